"""Where an event sits in its article's text: its sentence, trigger, source and target."""
from __future__ import annotations

import re

from ..records import Actor, EventRecord


def _find(text: str, start: int, end: int, needle: str | None) -> list[int] | None:
    """The first whole-word occurrence of ``needle`` within text[start:end], as [start, end]."""
    if not needle or not needle.strip():
        return None
    m = re.search(r"(?<!\w)" + re.escape(needle.strip()) + r"(?!\w)", text[start:end])
    if m is None:
        m = re.search(re.escape(needle.strip()), text[start:end], flags=re.IGNORECASE)
    return [start + m.start(), start + m.end()] if m else None


def _actor(text: str, start: int, end: int, a: Actor | None) -> list[int] | None:
    if a is None:
        return None
    return _find(text, start, end, a.text) or _find(text, start, end, a.name)


def highlights(text: str, e: EventRecord) -> dict[str, list[int] | None]:
    """Character spans [start, end) in the article text: the sentence (the event's own span),
    then the trigger, source and target where the sentence names them in those words."""
    s0, s1 = e.span
    if not (0 <= s0 <= s1 <= len(text)):
        return {"sentence": None, "trigger": None, "source": None, "target": None}
    return {"sentence": [s0, s1], "trigger": _find(text, s0, s1, e.trigger),
            "source": _actor(text, s0, s1, e.source), "target": _actor(text, s0, s1, e.target)}
