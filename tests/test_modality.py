"""Each modality of EVENT_SCHEMA.md, and event dates resolved against publication."""
from __future__ import annotations

import pytest


def only(events, root):
    found = [e for e in events if e.cameo_root == root]
    assert found, f"no event with root {root}: {[(e.cameo, e.trigger) for e in events]}"
    return found[0]


@pytest.mark.parametrize("sentence, root, modality", [
    ("Russian forces attacked the city of Kharkiv on Monday.", "19", "asserted"),
    ("Russian forces did not attack the city of Kharkiv on Monday.", "19", "negated"),
    ("Japan's prime minister will visit India next week.", "04", "future"),
    ("Japan's prime minister is set to visit India next week.", "04", "future"),
    ("Japan's prime minister may visit India next month.", "04", "hypothetical"),
    ("China could impose sanctions on Lithuania.", "16", "hypothetical"),
    ("Germany invaded Poland in 1939.", "19", "historical"),
])
def test_modality(code, sentence, root, modality):
    assert only(code(sentence, "2025-03-12"), root).modality == modality


def test_anniversary_is_history(code):
    events = code("The parade marks the anniversary of Japan's surrender in World War II.", "2025-08-28")
    assert all(e.modality == "historical" for e in events if e.source and e.source.country == "JPN")


def test_date_resolved_against_publication(code):
    e = only(code("Kim Jong Un will attend a parade in Beijing on September 3.", "2025-08-28"), "04")
    assert (e.date, e.date_precision) == ("2025-09-03", "day")
    e = only(code("Iran condemned Israel on Monday.", "2025-03-12"), "11")   # a Wednesday
    assert e.date == "2025-03-10"


def test_place_is_where_it_happens(code):
    e = only(code("Lula met Milei in Brasilia on Monday to discuss trade with China.", "2025-05-06"), "04")
    assert e.location.name == "Brasília" and e.location.country == "BRA" and e.location.precision == "city"
