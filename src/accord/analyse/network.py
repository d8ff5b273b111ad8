"""The actor network of a window, the blocs in it, and the dyads that shifted between windows."""
from __future__ import annotations

import pandas as pd

from ..errors import UsageError
from ..store import Store
from .common import (
    as_days,
    check_level,
    check_modalities,
    check_period,
    opened,
    period_end,
    period_start,
    with_actors,
)

EDGE_COLUMNS = ["a", "b", "events", "cooperation", "conflict", "a_to_b", "b_to_a", "goldstein_sum", "goldstein_mean",
                "weight"]


def _edges(s: Store, since, until, level, modalities, min_confidence) -> pd.DataFrame:
    """The window's edges, aggregated by the store, with the derived columns."""
    g = s.edges(since=since, until=until, level=check_level(level), modalities=check_modalities(modalities),
                min_confidence=min_confidence)
    for c in ("events", "cooperation", "conflict", "a_to_b"):
        g[c] = g[c].astype(int)
    g["b_to_a"] = g.events - g.a_to_b
    g["goldstein_mean"] = g.goldstein_sum / g.events
    g["weight"] = g.goldstein_sum        # cooperation counts for, conflict against, by Goldstein
    return g[EDGE_COLUMNS].sort_values(["events", "a", "b"], ascending=[False, True, True]).reset_index(drop=True)


def _frame(s: Store, since, until, level, modalities, min_confidence) -> pd.DataFrame:
    frame = s.analysis_events(since=since, until=until, modalities=check_modalities(modalities),
                              min_confidence=min_confidence)
    return with_actors(frame, check_level(level))


def network(store: Store | str, *, since: str | None = None, until: str | None = None, level: str = "country",
            modalities=("asserted",), min_confidence: float = 0.0, min_events: int = 1) -> pd.DataFrame:
    """The edges of the actor network over a window: one row per pair of actors (a < b) with its
    event counts (cooperation is QuadClass 1-2, conflict 3-4; a_to_b and b_to_a by direction),
    the Goldstein sum and mean, and ``weight``: the Goldstein sum, positive where cooperation
    outweighs conflict."""
    with opened(store) as s:
        edges = _edges(s, since, until, level, modalities, min_confidence)
    return edges[edges.events >= min_events].reset_index(drop=True)


def _communities(edges: pd.DataFrame, resolution: float, seed: int) -> list[set[str]]:
    import networkx as nx

    g = nx.Graph()
    for r in edges.itertuples():
        if r.weight > 0:
            g.add_edge(r.a, r.b, weight=float(r.weight))
    if g.number_of_edges() == 0:
        return []
    comms = nx.community.louvain_communities(g, weight="weight", resolution=resolution, seed=seed)
    return [set(c) for c in comms if len(c) > 1]


def _windows(s: Store, since, until, by, modalities, min_confidence) -> list[tuple]:
    days = as_days(s.timeline(by="day", since=since, until=until, modalities=check_modalities(modalities),
                              min_confidence=min_confidence).period).dt.date
    if by is None:
        first = since or (days.min().isoformat() if not days.empty else None)
        last = until or (days.max().isoformat() if not days.empty else None)
        return [(first, last)]
    check_period(by)
    starts = sorted({period_start(d, by) for d in days})
    return [(p.isoformat(), period_end(p, by).isoformat()) for p in starts]


def blocs(store: Store | str, *, since: str | None = None, until: str | None = None, by: str | None = None,
          level: str = "country", modalities=("asserted",), min_confidence: float = 0.0,
          resolution: float = 1.0, seed: int = 0, min_overlap: float = 0.25) -> pd.DataFrame:
    """Blocs: Louvain communities of the cooperation network (edges whose Goldstein sum is
    positive), in one window or per period with ``by``. Labels stay stable across windows: a
    community takes the label of the earlier bloc it overlaps most (Jaccard of members at least
    ``min_overlap``), else a new one. Columns: window_start, window_end, actor, bloc, core (the
    bloc's member with the most events in the window), events. Actors in no bloc are left out."""
    rows, last_members, next_label = [], {}, 1
    with opened(store) as s:
        windows = [(w, _edges(s, w[0], w[1], level, modalities, min_confidence))
                   for w in _windows(s, since, until, by, modalities, min_confidence)]
    for (start, end), edges in windows:
        activity = pd.concat([edges.groupby("a").events.sum(), edges.groupby("b").events.sum()]).groupby(level=0).sum()
        comms = sorted(_communities(edges, resolution, seed), key=lambda c: (-len(c), sorted(c)))
        pairs = sorted(((len(c & m) / len(c | m), i, label) for i, c in enumerate(comms)
                        for label, m in last_members.items()), reverse=True)
        assigned: dict[int, int] = {}
        used: set[int] = set()
        for overlap, i, label in pairs:
            if overlap >= min_overlap and i not in assigned and label not in used:
                assigned[i], used = label, used | {label}
        for i, members in enumerate(comms):
            if i not in assigned:
                assigned[i], next_label = next_label, next_label + 1
            label = assigned[i]
            last_members[label] = members
            core = max(sorted(members), key=lambda m: activity.get(m, 0))
            for m in sorted(members):
                rows.append({"window_start": start, "window_end": end, "actor": m, "bloc": label, "core": core,
                             "events": int(activity.get(m, 0))})
    return pd.DataFrame(rows, columns=["window_start", "window_end", "actor", "bloc", "core", "events"])


def _window(value) -> tuple[str | None, str | None]:
    if isinstance(value, str):
        if ".." not in value:
            raise UsageError(f"invalid window {value!r}; expected START..END (YYYY-MM-DD..YYYY-MM-DD)")
        start, end = value.split("..", 1)
        return start or None, end or None
    start, end = value
    return start, end


def shifts(store: Store | str, before, after, *, level: str = "country", modalities=("asserted",),
           min_confidence: float = 0.0, min_events: int = 2, top: int = 20, drivers: int = 3) -> pd.DataFrame:
    """The dyads whose relationship changed most between two windows (each "START..END" or a
    (start, end) pair). A dyad's relationship in a window is the mean Goldstein of its events
    (both directions; 0 when there were none); ``change`` is after minus before. Dyads with at
    least ``min_events`` events in the two windows together are ranked by the size of the
    change; ``drivers`` lists the events that pushed it most (the after window's events furthest
    in the direction of the change, then the before window's furthest against it), with quotes."""
    (b0, b1), (a0, a1) = _window(before), _window(after)
    with opened(store) as s:
        eb, ea = _edges(s, b0, b1, level, modalities, min_confidence), _edges(s, a0, a1, level, modalities, min_confidence)
        fb = _frame(s, b0, b1, level, modalities, min_confidence)       # the events, for the drivers
        fa = _frame(s, a0, a1, level, modalities, min_confidence)
    both = eb[["a", "b", "events", "goldstein_mean"]].merge(ea[["a", "b", "events", "goldstein_mean"]], on=["a", "b"],
                                                             how="outer", suffixes=("_before", "_after"))
    for col, kind in (("events_before", int), ("events_after", int), ("goldstein_mean_before", float),
                      ("goldstein_mean_after", float)):
        both[col] = pd.to_numeric(both[col], errors="coerce").fillna(0).astype(kind)
    both["change"] = both.goldstein_mean_after - both.goldstein_mean_before
    both = both[(both.events_before + both.events_after >= min_events) & (both.change != 0)]
    both = both.assign(size=both.change.abs()).sort_values(["size", "events_after"], ascending=[False, False]).head(top)

    def pushed(a: str, b: str, change: float) -> tuple[list[str], list[str]]:
        def of(frame):
            lo = frame[["a_src", "a_tgt"]].min(axis=1)
            hi = frame[["a_src", "a_tgt"]].max(axis=1)
            return frame[(lo == a) & (hi == b)]
        sign = 1 if change > 0 else -1
        late = of(fa).assign(push=lambda f: sign * f.goldstein)
        early = of(fb).assign(push=lambda f: -sign * f.goldstein)
        ranked = pd.concat([late[late.push > 0], early[early.push > 0]]).sort_values("push", ascending=False).head(drivers)
        return list(ranked.event_id), list(ranked.quote)

    rows = []
    for r in both.itertuples():
        ids, quotes = pushed(r.a, r.b, r.change)
        rows.append({"a": r.a, "b": r.b, "events_before": r.events_before, "events_after": r.events_after,
                     "goldstein_before": round(r.goldstein_mean_before, 3), "goldstein_after": round(r.goldstein_mean_after, 3),
                     "change": round(r.change, 3), "trend": "warmer" if r.change > 0 else "cooler",
                     "drivers": ids, "driver_quotes": quotes})
    return pd.DataFrame(rows, columns=["a", "b", "events_before", "events_after", "goldstein_before", "goldstein_after",
                                       "change", "trend", "drivers", "driver_quotes"])
