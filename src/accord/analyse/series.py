"""Dyad time series: what two actors did to each other, period by period."""
from __future__ import annotations

import pandas as pd

from ..errors import UsageError
from ..store import Store
from .common import as_days, check_actor, check_modalities, check_period, opened

QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def dyad(store: Store | str, a: str, b: str, *, by: str = "month", direction: str = "both",
         since: str | None = None, until: str | None = None, modalities=("asserted",),
         min_confidence: float = 0.0) -> pd.DataFrame:
    """Events between ``a`` and ``b`` per period: counts by QuadClass, the Goldstein sum and
    mean, and the count per 1,000 articles stored for that period (so that a busy news month
    does not look like a crisis).

    ``direction``: ``both`` (a to b and b to a, one row per period), ``split`` (a row per period
    and direction), ``a>b`` or ``b>a`` (one direction). Periods with no event between them but
    with stored articles are kept with zero counts, so a quiet month shows as quiet.
    """
    a, b = check_actor(a), check_actor(b)
    by = check_period(by)
    mods = check_modalities(modalities)
    if direction not in ("both", "split", "a>b", "b>a"):
        raise UsageError(f"unknown direction {direction!r}; expected one of: both, split, a>b, b>a")
    with opened(store) as s:
        rows = s.dyad_aggregate(a, b, by=by, since=since, until=until, modalities=mods,
                                min_confidence=min_confidence)
        volume = s.article_counts(by=by, since=since, until=until)
    # an empty frame from DuckDB has no date type: make both sides dates before joining them
    rows["period"] = as_days(rows["period"])
    volume["period"] = as_days(volume["period"])
    if direction in ("a>b", "b>a"):
        rows = rows[rows.direction == direction]
    keys = ["period"] if direction != "split" else ["period", "direction"]
    num = ["events", *QUADS, "goldstein_sum"]
    if direction == "split":
        grouped = rows[keys + num]
    else:
        grouped = rows.groupby("period", as_index=False)[num].sum()
    periods = pd.DataFrame({"period": as_days(sorted(set(volume.period) | set(grouped.period)))})
    if direction == "split":
        periods = periods.merge(pd.DataFrame({"direction": ["a>b", "b>a"]}), how="cross")
    out = periods.merge(grouped, on=keys, how="left").merge(volume, on="period", how="left")
    out[num] = out[num].fillna(0)
    out[["events", *QUADS]] = out[["events", *QUADS]].astype(int)
    out["articles"] = out["articles"].fillna(0).astype(int)
    out["goldstein_mean"] = (out.goldstein_sum / out.events).where(out.events > 0)
    out["per_1000_articles"] = (1000 * out.events / out.articles).where(out.articles > 0)
    out.insert(0, "a", a)
    out.insert(1, "b", b)
    if direction in ("a>b", "b>a"):
        out.insert(2, "direction", direction)
    elif direction == "both":
        out.insert(2, "direction", "both")
    out["period"] = as_days(out["period"]).dt.date
    cols = ["a", "b", "direction", "period", "events", *QUADS, "goldstein_sum", "goldstein_mean", "articles",
            "per_1000_articles"]
    return out[cols].sort_values(["period", "direction"]).reset_index(drop=True)
