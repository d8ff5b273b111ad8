"""Measured accuracy: code the text of gold records and score the events against the gold.

    report = evaluate(["tests/gold/tune"])
    report.levels["country"].f1, report.macro_f1, report.to_dict()

The matching rules are documented in docs/evaluation.md and in :mod:`accord.evaluate.score`.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from ..config import Settings, load_settings
from ..errors import UsageError
from ..records import Failure, RawDocument
from .gold import GoldError, GoldEvent, GoldRecord, read_gold
from .score import Report, score_record

__all__ = ["GoldError", "GoldEvent", "GoldRecord", "Report", "check_baseline", "evaluate", "read_gold"]


def evaluate(gold: Iterable[str | Path] | list[GoldRecord], *, settings: Settings | None = None,
             progress: Callable[[GoldRecord], None] | None = None) -> Report:
    """Code every gold record's text with ``settings`` and score the events against the gold."""
    from ..run import pipeline

    items = list(gold)
    records = items if items and all(isinstance(r, GoldRecord) for r in items) else read_gold(items)
    settings = settings or load_settings()
    docs = [RawDocument(origin=f"{r.origin} ({r.id})", kind="text", content=r.text, title=r.title,
                        published=r.published, doc_id=r.id) for r in records]
    by_origin = {d.origin: r for d, r in zip(docs, records)}
    report = Report()
    for result in pipeline(settings).code(docs):
        rec = by_origin[result.origin if isinstance(result, Failure) else result.article.origin]
        if isinstance(result, Failure):
            score_record(report, rec, None, failure=result.message)
        else:
            score_record(report, rec, list(result.events))
        if progress:
            progress(rec)
    return report


def check_baseline(report: Report, baseline: str | Path, tolerance: float = 0.0) -> list[str]:
    """The pinned figures the report falls below: an empty list means the gate passes."""
    path = Path(baseline)
    try:
        pins = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"baseline {str(path)!r} cannot be read: {exc}") from exc
    pinned = pins.get("pins", pins)
    now = report.headline()
    unknown = set(pinned) - set(now)
    if unknown:
        raise UsageError(f"baseline {str(path)!r} pins unknown figures: {', '.join(sorted(unknown))}; "
                         f"known: {', '.join(now)}")
    return [f"{k} fell from {float(v):.4f} to {now[k]:.4f}" for k, v in sorted(pinned.items())
            if now[k] < float(v) - tolerance]
