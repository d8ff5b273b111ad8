"""Analyst review: corrections override the machine coding in queries, analysis and exports;
emails are never shown; reviews become a gold file that accord eval reads."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from accord.analyse import dyad
from accord.cli import main
from accord.evaluate import read_gold
from accord.review import ReviewError, add_review, public_reviews, review_gold
from accord.store import Store
from test_analyse import article, event


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "r.duckdb")
    with Store(path) as s:
        first = [replace(event(n, "a1", *row, "2025-03-01"), sentence_index=0, quote="one sentence")
                 for n, row in ((1, ("WST", "PRK", "163")), (2, ("PRK", "RUS", "040")))]
        s.add_article(article("a1", "2025-03-01"), first + [event(3, "a1", "CHN", "RUS", "051", "2025-03-01")])
    return path


def test_a_correction_overrides_the_coding_and_says_so(db):
    with Store(db) as s:
        review = add_review(s, "e0001", action="correct", name="Ann Analyst", email="ann@example.org",
                            correction={"source": "USAGOV", "cameo": "1312"}, note="it was a threat")
        assert "email" not in review
        row = s.events(event_ids=["e0001"]).iloc[0]
        assert (row.source_code, row.source_country, row.cameo, row.plover_type, row.quad_class, row.review) == \
            ("USAGOV", "USA", "1312", "THREATEN", 3, "corrected")
        (rec,) = s.event_records(event_ids=["e0001"])
        assert rec.to_dict()["review"] == "corrected" and rec.source.code == "USAGOV"
        assert dyad(s, "USA", "PRK", by="month").events.sum() == 1     # analysis reads the corrected event


def test_a_rejected_event_leaves_queries_but_the_latest_review_decides(db):
    with Store(db) as s:
        add_review(s, "e0003", action="reject", name="Ann", email="ann@example.org", note="not an event")
        assert "e0003" not in set(s.events().event_id)
        assert "e0003" in set(s.events(include_rejected=True).event_id)
        assert dyad(s, "CHN", "RUS", by="month").events.sum() == 0
        add_review(s, "e0003", action="confirm", name="Bob", email="bob@example.org")
        assert s.events(event_ids=["e0003"]).iloc[0].review == "confirmed"


@pytest.mark.parametrize("kw, field", [
    ({"action": "approve"}, "action"),
    ({"name": " "}, "name"),
    ({"email": ""}, "email"),
    ({"email": "ann at example"}, "email"),
    ({"action": "correct", "correction": None}, "correction"),
    ({"action": "confirm", "correction": {"type": "AID"}}, "correction"),
    ({"action": "correct", "correction": {"type": "FRIENDSHIP"}}, "type"),
    ({"action": "correct", "correction": {"cameo": "999"}}, "cameo"),
    ({"action": "correct", "correction": {"target": "XXXGOV"}}, "target"),
    ({"action": "correct", "correction": {"location": "Narnia"}}, "location"),
    ({"action": "correct", "correction": {"date": "2025-02-30"}}, "date"),
    ({"action": "correct", "correction": {"mood": "sad"}}, "mood"),
])
def test_bad_reviews_name_the_field_and_store_nothing(db, kw, field):
    args = {"action": "confirm", "name": "Ann", "email": "ann@example.org", **kw}
    with Store(db) as s:
        with pytest.raises(ReviewError) as err:
            add_review(s, "e0001", **args)
        assert err.value.field == field
        assert s.counts()["reviews"] == 0


def test_reviews_are_shown_without_the_email(db):
    with Store(db) as s:
        add_review(s, "e0002", action="confirm", name="Ann", email="ann.secret@example.org", note="right")
        shown = public_reviews(s, "e0002")
        assert shown[0]["name"] == "Ann" and shown[0]["note"] == "right"
        assert "secret" not in json.dumps(shown)
        assert s.reviews(with_email=True).email.tolist() == ["ann.secret@example.org"]


def test_reviews_export_as_gold_that_eval_reads(db, tmp_path, capsys):
    with Store(db) as s:
        add_review(s, "e0001", action="correct", name="Ann", email="ann@example.org", correction={"source": "USA"})
        add_review(s, "e0003", action="reject", name="Ann", email="ann@example.org")
        rec, rejected = review_gold(s)
    assert rec["tags"] == ["review", "partial"]         # e0002, in the same sentence, was not reviewed
    assert {(e["source"], e["target"], e["plover"]) for e in rec["events"]} == {("USA", "PRK", "SANCTION"),
                                                                                  ("PRK", "RUS", "CONSULT")}
    assert rejected["events"] == [] and rejected["tags"] == ["review"]   # the coder should find nothing there
    out = tmp_path / "reviews.jsonl"
    assert main(["export", "--reviews", "--out", str(out), "--db", db]) == 0
    gold, negative = read_gold([out])
    assert gold.published == "2025-03-01" and len(gold.events) == 2 and not negative.events
    assert main(["export", "--reviews", "--format", "csv", "--out", str(out), "--db", db]) == 2


def test_the_review_command(db, capsys):
    assert main(["review", "e0002", "--action", "correct", "--type", "COOPERATE", "--name", "Ann",
                 "--email", "ann@example.org", "--db", db]) == 0
    with Store(db) as s:
        assert s.events(event_ids=["e0002"]).iloc[0].plover_type == "COOPERATE"
    assert main(["review", "e9999", "--action", "confirm", "--name", "Ann", "--email", "ann@example.org",
                 "--db", db]) == 1
    assert "no stored event has the id 'e9999'" in capsys.readouterr().err
