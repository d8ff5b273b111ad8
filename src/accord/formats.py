"""Output formats: jsonl, csv, parquet (flat), gdelt (GDELT 2.0 event export), plover.

The flat columns are the store's columns too, so a stored event reads back equal.
"""
from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable
from datetime import datetime
from typing import IO, Any

from .coding.tables import QUAD_NAMES, cameo_codes, countries
from .errors import UsageError
from .records import Actor, EventRecord, Location

FORMATS = ("table", "jsonl", "csv", "gdelt", "plover")
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")

_ACTOR = ("text", "name", "code", "country", "sectors", "kind")
_LOC = ("name", "country", "admin1", "lat", "lon", "geonameid", "precision")
FLAT_COLUMNS: tuple[str, ...] = (
    "schema_version", "event_id", "article_id", "sentence_index", "quote", "span_start", "span_end", "trigger",
    *(f"source_{k}" for k in _ACTOR), "source_cow", "source_gw",
    *(f"target_{k}" for k in _ACTOR), "target_cow", "target_gw",
    "cameo", "cameo_root", "cameo_name", "quad_class", "quad_name", "goldstein",
    "plover_type", "plover_mode", "plover_context", "modality", "date", "date_precision",
    *(f"location_{k}" for k in _LOC), "location_cow", "location_gw",
    "confidence", "coder_rule", "coder_version", "published", "url", "title",
)


def json_safe(v: Any) -> Any:
    """A JSON-safe value from a data-frame cell: NaN -> None, dates -> ISO strings, numpy -> Python."""
    from datetime import date

    if hasattr(v, "item") and not isinstance(v, (list, tuple, str, dict)):
        v = v.item()
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [json_safe(x) for x in v]
    return v


def check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    if fmt not in allowed:
        raise UsageError(f"unknown output format {fmt!r}; expected one of: {', '.join(allowed)}")
    return fmt


def _codes(iso3: str | None) -> tuple[str | None, str | None]:
    c = countries().get(iso3 or "")
    return (c.cow or None, c.gw or None) if c else (None, None)


def flatten(e: EventRecord) -> dict[str, Any]:
    row: dict[str, Any] = {
        "schema_version": e.schema_version, "event_id": e.event_id, "article_id": e.article_id,
        "sentence_index": e.sentence_index, "quote": e.quote, "span_start": e.span[0], "span_end": e.span[1],
        "trigger": e.trigger,
    }
    for role, a in (("source", e.source), ("target", e.target)):
        for k in _ACTOR:
            v = getattr(a, k) if a else None
            row[f"{role}_{k}"] = "|".join(v) if k == "sectors" and v is not None else v
        row[f"{role}_cow"], row[f"{role}_gw"] = _codes(a.country if a else None)
    code = cameo_codes().get(e.cameo)
    row.update({
        "cameo": e.cameo, "cameo_root": e.cameo_root, "cameo_name": code.name if code else None,
        "quad_class": e.quad_class, "quad_name": QUAD_NAMES.get(e.quad_class), "goldstein": e.goldstein,
        "plover_type": e.plover.get("type"), "plover_mode": e.plover.get("mode"),
        "plover_context": "|".join(e.plover.get("context") or []), "modality": e.modality, "date": e.date,
        "date_precision": e.date_precision,
    })
    for k in _LOC:
        row[f"location_{k}"] = getattr(e.location, k) if e.location else None
    row["location_cow"], row["location_gw"] = _codes(e.location.country if e.location else None)
    row.update({"confidence": e.confidence, "coder_rule": e.coder.get("rule"), "coder_version": e.coder.get("version"),
                "published": e.published, "url": e.url, "title": e.title})
    return row


def unflatten(row: dict[str, Any]) -> EventRecord:
    def actor(role: str) -> Actor | None:
        if row.get(f"{role}_text") is None and row.get(f"{role}_code") is None:
            return None
        sectors = row.get(f"{role}_sectors") or ""
        return Actor(text=row[f"{role}_text"], name=row[f"{role}_name"], code=row[f"{role}_code"],
                     country=row[f"{role}_country"], sectors=tuple(s for s in sectors.split("|") if s),
                     kind=row[f"{role}_kind"])

    loc = None
    if row.get("location_name") is not None:
        loc = Location(**{k: _none(row[f"location_{k}"]) for k in _LOC})
        if loc.geonameid is not None:
            loc = Location(**{**loc.__dict__, "geonameid": int(loc.geonameid)})
    return EventRecord(
        event_id=row["event_id"], article_id=row["article_id"], sentence_index=int(row["sentence_index"]),
        quote=row["quote"], span=(int(row["span_start"]), int(row["span_end"])), trigger=row["trigger"],
        source=actor("source"), target=actor("target"), cameo=row["cameo"], cameo_root=row["cameo_root"],
        quad_class=int(row["quad_class"]), goldstein=float(row["goldstein"]),
        plover={"type": row["plover_type"], "mode": row["plover_mode"],
                "context": [c for c in (row["plover_context"] or "").split("|") if c]},
        modality=row["modality"], date=row["date"], date_precision=row["date_precision"], location=loc,
        confidence=float(row["confidence"]), coder={"rule": row["coder_rule"], "version": row["coder_version"]},
        published=row["published"], url=row["url"], title=row["title"], schema_version=int(row["schema_version"]))


def _none(v):
    """pandas reads a missing number back as NaN; the record holds None."""
    return None if isinstance(v, float) and math.isnan(v) else v


# -- GDELT 2.0 -------------------------------------------------------------------------------
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{k}" for k in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    *(f"Actor2{k}" for k in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{p}Geo_{k}" for p in ("Actor1", "Actor2", "Action") for k in
      ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61


def _gdelt_actor(a: Actor | None) -> list[str]:
    if a is None:
        return [""] * 10
    known_group = a.code if a.code and a.code.startswith("IGO") else ""
    types = list(a.sectors[:3]) + [""] * (3 - len(a.sectors[:3]))
    country = a.country if a.country and len(a.country) == 3 else ""
    return [a.code or "", (a.name or a.text or "").upper(), country, known_group, "", "", "", *types]


def _gdelt_geo(loc: Location | None) -> list[str]:
    if loc is None:
        return ["0", "", "", "", "", "", "", ""]
    c = countries().get(loc.country or "")
    fips = c.fips if c else ""
    geo_type = "1" if loc.precision == "country" else "4"
    adm1 = f"{fips}{loc.admin1}" if loc.admin1 and fips else fips
    return [geo_type, loc.name, fips, adm1, "", _num(loc.lat), _num(loc.lon), str(loc.geonameid or "")]


def _num(v) -> str:
    return "" if v is None else f"{v:.4f}"


def gdelt_row(e: EventRecord, *, mentions: int = 1, sources: int = 1, articles: int = 1) -> list[str]:
    day = (e.date if e.date and len(e.date) == 10 else None) or (e.published or "")[:10] or "1970-01-01"
    try:
        d = datetime.strptime(day, "%Y-%m-%d")
    except ValueError:
        d = datetime(1970, 1, 1)
    added = (e.published or day)[:10].replace("-", "") + "000000"
    row = [str(int(e.event_id[1:16], 16)), d.strftime("%Y%m%d"), d.strftime("%Y%m"), d.strftime("%Y"),
           f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}",
           *_gdelt_actor(e.source), *_gdelt_actor(e.target),
           "1" if e.sentence_index < 3 else "0", e.cameo, e.cameo[:3], e.cameo_root, str(e.quad_class),
           f"{e.goldstein:.1f}", str(mentions), str(sources), str(articles), "0",
           *_gdelt_geo(None), *_gdelt_geo(None), *_gdelt_geo(e.location),
           added if len(added) == 14 else d.strftime("%Y%m%d") + "000000", e.url or ""]
    return [c.replace("\t", " ").replace("\n", " ") for c in row]


# -- PLOVER ----------------------------------------------------------------------------------
def plover_record(e: EventRecord) -> dict[str, Any] | None:
    """A PLOVER event record; CAMEO 01 (public statements) has no PLOVER type and gives None."""
    if not e.plover.get("type"):
        return None

    def actor(a: Actor | None):
        return None if a is None else {"name": a.name or a.text, "text": a.text, "code": a.code,
                                       "country": a.country, "sectors": list(a.sectors)}

    return {
        "id": e.event_id, "story_id": e.article_id, "date": e.date or (e.published or "")[:10] or None,
        "event_type": e.plover["type"], "mode": e.plover.get("mode") or "", "context": e.plover.get("context") or [],
        "modality": e.modality, "actor": actor(e.source), "recipient": actor(e.target),
        "location": e.location.to_dict() if e.location else None, "text": e.quote, "trigger": e.trigger,
        "cameo": e.cameo, "confidence": e.confidence, "url": e.url,
    }


# -- writers ---------------------------------------------------------------------------------
def write(events: Iterable[EventRecord], fmt: str, out: IO[str]) -> int:
    """Write events to a text stream in a text format; returns how many were written."""
    n = 0
    if fmt == "jsonl":
        for e in events:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=(*FLAT_COLUMNS, "review"), lineterminator="\n")
        w.writeheader()
        for e in events:
            w.writerow({**flatten(e), "review": e.extra.get("review")})
            n += 1
    elif fmt == "gdelt":
        for e in events:
            if e.extra.get("first_mention") is False:
                continue        # GDELT rows are events: later reports only raise the first one's counts
            out.write("\t".join(gdelt_row(e, mentions=e.extra.get("num_mentions", 1),
                                           sources=e.extra.get("num_sources", 1),
                                           articles=e.extra.get("num_articles", 1))) + "\n")
            n += 1
    elif fmt == "plover":
        for e in events:
            rec = plover_record(e)
            if rec is not None:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    else:
        raise UsageError(f"format {fmt!r} is not a text format; expected one of: jsonl, csv, gdelt, plover")
    return n


