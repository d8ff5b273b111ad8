"""Co-participation: who appeared together at the same occasion (a summit, a parade, talks).

An occasion is built from gathering events (CAMEO 04: meet, visit, host, meet at a third
place), including announced ones (modality ``future``):

1. within an article, gathering events at the same place form one occasion; events that name
   no place join it when the article's gatherings name only that one place ("the event will
   see Xi, Putin and Kim" in a story about a parade in Beijing);
2. across articles, occasions at the same place on the same day are one occasion (the day is
   the events' date where one is given, else the article's publication day);
3. an event with no place in an article with no single place is an occasion of its own.

Its participants are every source and target of its events.
"""
from __future__ import annotations

import pandas as pd

from ..store import Store
from .common import check_actor, check_level, check_modalities, matches, opened

GATHERING_ROOTS = ("04",)
COLUMNS = ["occasion", "place", "country", "day", "participants", "size", "events", "articles", "event_ids"]


def _occasions(frame: pd.DataFrame, level: str) -> list[dict]:
    col = "country" if level == "country" else "code"
    pieces: list[tuple[str | None, str | None, list]] = []     # (place, place country, rows)
    for _, art in frame.groupby("article_id", sort=False):
        placed = art[art.location_name.notna()]
        places = list(dict.fromkeys(placed.location_name))
        unplaced = art[art.location_name.isna()]
        for place in places:
            rows = placed[placed.location_name == place]
            if len(places) == 1:
                rows = pd.concat([rows, unplaced])
            pieces.append((place, rows.location_country.dropna().iloc[0] if rows.location_country.notna().any() else None, rows))
        if len(places) != 1:
            for _, row in unplaced.iterrows():
                pieces.append((None, None, row.to_frame().T))
    merged: dict[tuple, dict] = {}
    for n, (place, country, rows) in enumerate(pieces):
        dated = rows[rows.date.fillna("").str.len() == 10]
        day = (dated.date.min() if not dated.empty else
               (pd.Timestamp(rows.day.dropna().min()).date().isoformat() if rows.day.notna().any() else None))
        key = (place, day) if place is not None else ("#", n)
        occ = merged.setdefault(key, {"place": place, "country": country, "day": day, "rows": []})
        occ["rows"].append(rows)
    out = []
    for occ in merged.values():
        rows = pd.concat(occ["rows"]).drop_duplicates("event_id")
        people = set(rows[f"source_{col}"].dropna()) | set(rows[f"target_{col}"].dropna())
        out.append({"place": occ["place"], "country": occ["country"], "day": occ["day"],
                    "participants": sorted(people), "size": len(people), "events": len(rows),
                    "articles": sorted(set(rows.article_id)), "event_ids": list(rows.event_id)})
    return out


def coparticipation(store: Store | str, *, actor: str | None = None, place: str | None = None,
                    since: str | None = None, until: str | None = None, level: str = "country",
                    modalities=("asserted", "future"), min_confidence: float = 0.0, min_size: int = 3,
                    pairs: bool = False) -> pd.DataFrame:
    """Occasions with at least ``min_size`` participants (optionally those ``actor`` took part in,
    or at ``place``), largest first: occasion, place, country, day, participants, size, events,
    articles, event_ids. With ``pairs=True``: one row per pair of co-participants with the
    number of occasions they shared (a, b, occasions, places)."""
    level = check_level(level)
    spec = check_actor(actor) if actor else None
    with opened(store) as s:
        frame = s.analysis_events(since=since, until=until, modalities=check_modalities(modalities),
                                  min_confidence=min_confidence, roots=GATHERING_ROOTS)
    occasions = [o for o in _occasions(frame, level) if o["size"] >= min_size]
    if place:
        occasions = [o for o in occasions if (o["place"] or "").lower() == place.lower()
                     or (o["country"] or "") == place.upper()]
    if spec:
        def takes_part(o) -> bool:
            names = pd.Series(o["participants"], dtype=object)
            return bool(matches(names, names.str[:3], spec).any())
        occasions = [o for o in occasions if takes_part(o)]
    occasions.sort(key=lambda o: (-o["size"], o["day"] or "", o["place"] or ""))
    for o in occasions:
        o["occasion"] = f"{o['place'] or 'unplaced'} {o['day'] or ''}".strip()
    table = pd.DataFrame(occasions, columns=COLUMNS)
    if not pairs:
        return table
    counts: dict[tuple[str, str], list[str]] = {}
    for o in occasions:
        ps = o["participants"]
        for i, x in enumerate(ps):
            for y in ps[i + 1:]:
                counts.setdefault((x, y), []).append(o["occasion"])
    return pd.DataFrame([{"a": x, "b": y, "occasions": len(v), "places": v} for (x, y), v in
                         sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
                        columns=["a", "b", "occasions", "places"])
