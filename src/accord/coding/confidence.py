"""An event's confidence: the probability, fitted on the tuning part of the gold set, that an
event coded this way is right (source country, target country and PLOVER type all match).

A logistic model over a few facts of how the event was found (how its source was found, noun or
verb trigger, whether it has a target, whether its actors are named, its modality and QuadClass).
The weights are data (``data/confidence.csv``), refitted by ``tools/calibrate.py`` whenever the
coder changes; with no weights file every event gets the prior in its header.
"""
from __future__ import annotations

import math
from functools import lru_cache

from .tables import DATA, read_csv


def features(basis: str, pos: str, has_target: bool, asserted: bool, source_named: bool,
             target_named: bool, paired: bool, quad: int) -> list[str]:
    out = [f"basis={basis}", f"pos={pos}", f"quad={quad}"]
    if not has_target:
        out.append("no_target")
    elif not target_named:
        out.append("target_unnamed")
    if not asserted:
        out.append("not_asserted")
    if not source_named:
        out.append("source_unnamed")
    if paired:
        out.append("paired")
    return out


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    path = DATA / "confidence.csv"
    if not path.is_file():
        return {}
    return {r["feature"]: float(r["weight"]) for r in read_csv(path)}


def confidence(feats: list[str]) -> float:
    w = weights()
    z = w.get("bias", 0.0) + sum(w.get(f, 0.0) for f in feats)
    return round(min(0.99, max(0.01, 1 / (1 + math.exp(-z)))), 2)
