"""The whole store at a glance: cooperation and conflict over time, and where events happen."""
from __future__ import annotations

import pandas as pd

from ..store import Store
from .common import as_days, check_modalities, check_period, opened


def timeline(store: Store | str, *, by: str = "month", since: str | None = None, until: str | None = None,
             modalities=("asserted",), min_confidence: float = 0.0) -> pd.DataFrame:
    """All events per period: counts by QuadClass, the Goldstein sum, and the stored articles."""
    by = check_period(by)
    with opened(store) as s:
        rows = s.timeline(by=by, since=since, until=until, modalities=check_modalities(modalities),
                          min_confidence=min_confidence)
        volume = s.article_counts(by=by, since=since, until=until)
    rows["period"] = as_days(rows["period"])
    volume["period"] = as_days(volume["period"])
    out = rows.merge(volume, on="period", how="outer").sort_values("period")
    num = ["events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict"]
    out[num + ["articles"]] = out[num + ["articles"]].fillna(0).astype(int)
    out["goldstein_sum"] = out["goldstein_sum"].fillna(0.0)
    out["period"] = as_days(out["period"]).dt.date
    return out[["period", *num, "goldstein_sum", "articles"]].reset_index(drop=True)


def places(store: Store | str, *, since: str | None = None, until: str | None = None, modalities=("asserted",),
           min_confidence: float = 0.0) -> pd.DataFrame:
    """Events per location: country, place, precision, lat, lon, events, cooperation, conflict,
    Goldstein sum. Events without a location are not counted."""
    with opened(store) as s:
        return s.places(since=since, until=until, modalities=check_modalities(modalities),
                        min_confidence=min_confidence)
