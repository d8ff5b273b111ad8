"""What the analysis functions share: opening the store, checking arguments, the actor level."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pandas as pd

from ..errors import UsageError
from ..store import PERIODS, Store

MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical")
LEVELS = ("country", "code")


@contextmanager
def opened(store: Store | str) -> Iterator[Store]:
    """The store itself, or a read-only one opened on a path for the length of the call."""
    if isinstance(store, Store):
        yield store
        return
    with Store(str(store), read_only=True) as s:
        yield s


def as_days(values) -> pd.Series:
    """Dates as microsecond timestamps: pandas' default nanoseconds cannot hold a year before 1677,
    and an article dated "0629" by mistake must not break an analysis."""
    if isinstance(values, pd.Series):
        return values.astype("datetime64[us]")
    return pd.Series(list(values), dtype="datetime64[us]")


def period_start(day: date, by: str) -> date:
    """The first day of ``day``'s period (weeks start on Monday, as in the store's queries)."""
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "year":
        return day.replace(month=1, day=1)
    return day


def period_end(start: date, by: str) -> date:
    """The last day of the period that begins on ``start``."""
    if by == "week":
        return start + timedelta(days=6)
    if by == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if by == "year":
        return start.replace(month=12, day=31)
    return start


def check_period(by: str) -> str:
    if by not in PERIODS:
        raise UsageError(f"unknown period {by!r}; expected one of: {', '.join(PERIODS)}")
    return by


def check_modalities(modalities) -> tuple[str, ...] | None:
    if modalities is None:
        return None
    mods = (modalities,) if isinstance(modalities, str) else tuple(modalities)
    bad = [m for m in mods if m not in MODALITIES]
    if bad:
        raise UsageError(f"unknown modality {bad[0]!r}; expected some of: {', '.join(MODALITIES)}")
    return mods


def check_actor(spec: str) -> str:
    if not isinstance(spec, str) or not spec.strip() or not spec.strip().replace("_", "").isalnum():
        raise UsageError(f"invalid actor {spec!r}; expected a country (PRK) or an actor code (PRKGOV)")
    return spec.strip().upper()


def check_level(level: str) -> str:
    if level not in LEVELS:
        raise UsageError(f"unknown actor level {level!r}; expected one of: {', '.join(LEVELS)}")
    return level


def matches(codes: pd.Series, countries: pd.Series, spec: str) -> pd.Series:
    """Rows whose actor is ``spec``: the country for a bare country, else a code prefix."""
    if len(spec) == 3 and spec.isalpha():
        return countries == spec
    return codes.fillna("").str.startswith(spec)


def with_actors(frame: pd.DataFrame, level: str) -> pd.DataFrame:
    """Add ``a_src``/``a_tgt``: each event's source and target at the chosen level (country or
    code); events without both are dropped."""
    col = "country" if level == "country" else "code"
    out = frame.assign(a_src=frame[f"source_{col}"], a_tgt=frame[f"target_{col}"])
    out = out[out.a_src.notna() & out.a_tgt.notna() & (out.a_src != out.a_tgt)]
    return out.reset_index(drop=True)
