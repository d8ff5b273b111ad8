"""Alignment: how far two actors behave alike toward third parties, and how they treat each
other, corrected for the agreement chance alone would give.

Method (docs/analysis.md has the worked example). Over a window, an actor's *position* toward
a third party is the sign of the Goldstein sum of its events toward it: +1 cooperative, -1
conflictual, 0 neutral or no events. The items are the third parties either actor acted on.

- ``kappa`` is Häge's (2011) chance-corrected agreement, as used for UN votes:
  1 - d_obs / d_exp, where d_obs is the mean distance |pos_a - pos_b| over the items and d_exp
  the mean distance expected if each actor's positions were drawn independently from its own
  distribution of positions. 1 is perfect agreement, 0 what chance gives, below 0 worse.
- ``s`` is Signorino and Ritter's S on the same items (1 - mean distance), not chance-corrected.
- ``mutual`` is how they treat each other: the mean of the signs of a's Goldstein sum toward b
  and b's toward a (the directions with events).
- ``score`` weighs kappa by its number of items and mutual by its number of directions.
"""
from __future__ import annotations

import math

import pandas as pd

from ..store import Store
from .common import as_days, check_actor, check_level, check_modalities, check_period, matches, opened, period_start, with_actors

EACH_OTHER = "(each other)"


def _sign(x: float) -> int:
    return 0 if x == 0 else (1 if x > 0 else -1)


def _items(frame: pd.DataFrame, a: str, b: str, level: str) -> pd.DataFrame:
    col = "country" if level == "country" else "code"
    in_a = matches(frame.source_code, frame.source_country, a)
    in_b = matches(frame.source_code, frame.source_country, b)
    to_a = matches(frame.target_code, frame.target_country, a)
    to_b = matches(frame.target_code, frame.target_country, b)
    rows = []
    third = frame[(in_a | in_b) & ~to_a & ~to_b]
    for k, group in third.groupby(f"target_{col}"):
        ga = group[matches(group.source_code, group.source_country, a)]
        gb = group[matches(group.source_code, group.source_country, b)]
        rows.append((k, ga, gb))
    mutual_a, mutual_b = frame[in_a & to_b], frame[in_b & to_a]
    rows.append((EACH_OTHER, mutual_a, mutual_b))
    out = []
    for k, ga, gb in rows:
        if k == EACH_OTHER and ga.empty and gb.empty:
            continue
        out.append({"item": k, "a_position": _sign(ga.goldstein.sum()), "b_position": _sign(gb.goldstein.sum()),
                    "a_events": len(ga), "b_events": len(gb), "a_goldstein": float(ga.goldstein.sum()),
                    "b_goldstein": float(gb.goldstein.sum()),
                    "event_ids": list(ga.event_id) + list(gb.event_id)})
    return pd.DataFrame(out, columns=["item", "a_position", "b_position", "a_events", "b_events", "a_goldstein",
                                      "b_goldstein", "event_ids"])


def _scores(items: pd.DataFrame) -> dict:
    third = items[items.item != EACH_OTHER]
    n = len(third)
    kappa = s = math.nan
    if n:
        d_obs = (third.a_position - third.b_position).abs().mean()
        s = 1 - d_obs       # positions span 2, so S = 1 - 2 * d / 2
        pa = third.a_position.value_counts(normalize=True)
        pb = third.b_position.value_counts(normalize=True)
        d_exp = sum(pa[i] * pb[j] * abs(i - j) for i in pa.index for j in pb.index)
        if d_exp > 0:
            kappa = 1 - d_obs / d_exp
    mutual_row = items[items.item == EACH_OTHER]
    signs = []
    if not mutual_row.empty:
        r = mutual_row.iloc[0]
        signs = [p for p, e in ((r.a_position, r.a_events), (r.b_position, r.b_events)) if e]
    mutual = sum(signs) / len(signs) if signs else math.nan
    parts = [(kappa, n)] if not math.isnan(kappa) else []
    if signs:
        parts.append((mutual, len(signs)))
    weight = sum(w for _, w in parts)
    score = sum(v * w for v, w in parts) / weight if weight else math.nan
    return {"score": score, "kappa": kappa, "s": s, "mutual": mutual, "items": n,
            "events": int(items.a_events.sum() + items.b_events.sum())}


def alignment_items(store: Store | str, a: str, b: str, *, since: str | None = None, until: str | None = None,
                    level: str = "country", modalities=("asserted",), min_confidence: float = 0.0) -> pd.DataFrame:
    """The evidence behind an alignment score: one row per third party (and one for how the two
    treat each other) with each actor's position, event count, Goldstein sum and event ids."""
    a, b, level = check_actor(a), check_actor(b), check_level(level)
    with opened(store) as s:
        frame = s.analysis_events(since=since, until=until, modalities=check_modalities(modalities),
                                  min_confidence=min_confidence, involving=[a, b])
    return _items(with_actors(frame, level), a, b, level)


def alignment(store: Store | str, a: str, b: str | list[str], *, since: str | None = None, until: str | None = None,
              by: str | None = None, level: str = "country", modalities=("asserted",),
              min_confidence: float = 0.0) -> pd.DataFrame:
    """Alignment of ``a`` with ``b`` (or with each of a list) over the window, or per period with
    ``by`` ("month", ...): columns a, b, [period,] score, kappa, s, mutual, items, events."""
    a, level = check_actor(a), check_level(level)
    others = [check_actor(x) for x in ([b] if isinstance(b, str) else b)]
    if by is not None:
        check_period(by)
    with opened(store) as s:
        frame = s.analysis_events(since=since, until=until, modalities=check_modalities(modalities),
                                  min_confidence=min_confidence, involving=[a, *others])
    frame = with_actors(frame, level)
    rows = []
    for other in others:
        if by is None:
            rows.append({"a": a, "b": other, **_scores(_items(frame, a, other, level))})
            continue
        dated = frame[frame.day.notna()]
        periods = as_days(dated.day).dt.date.map(lambda d: period_start(d, by))
        for period, part in dated.groupby(periods):
            rows.append({"a": a, "b": other, "period": period, **_scores(_items(part, a, other, level))})
    cols = ["a", "b"] + (["period"] if by else []) + ["score", "kappa", "s", "mutual", "items", "events"]
    return pd.DataFrame(rows, columns=cols)
