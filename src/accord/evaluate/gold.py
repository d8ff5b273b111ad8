"""Gold files: what a careful coder takes from a sentence or an article, one JSON record a line.

    {"id": "s-0001", "text": "...", "published": "2025-03-04", "tags": ["passive"],
     "events": [{"source": "CHNGOV", "target": "RUS", "plover": "SUPPORT", "cameo": "051",
                 "modality": "asserted", "location": "CHN", "date": "2025-03-04", "symmetric": false}]}

``source``/``target`` are actor codes (``PRKGOV``) or bare countries (``PRK``); ``target`` may be
null. ``plover`` is a PLOVER type, null only for CAMEO root 01 (statements have no PLOVER type).
``cameo`` is a code or a root. ``modality`` defaults to ``asserted``; ``location`` (a country
code) and ``date`` (ISO, day, month or year) are optional and scored only when given.
``symmetric`` marks events whose participants act together ("A and B met", "joint drills"): either
direction matches. A record with no events is a negative: the coder should find nothing in it.

Reading checks every field; a bad record is an error naming the file, the line and the field.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..coding.tables import PLOVER_TYPES, cameo_codes, countries
from ..errors import InputError

MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical")
DATE_PATTERN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE_PATTERN = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")


class GoldError(InputError):
    """A gold file that cannot be read or holds an invalid record."""


@dataclass(frozen=True)
class GoldEvent:
    source: str | None
    target: str | None
    plover: str | None
    cameo: str
    modality: str = "asserted"
    location: str | None = None
    date: str | None = None
    mutual: bool = False


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    published: str | None
    events: tuple[GoldEvent, ...]
    origin: str                       # "file:line"
    title: str | None = None
    tags: tuple[str, ...] = field(default=())

    @property
    def kind(self) -> str:
        return "article" if "\n" in self.text.strip() else "sentence"


@lru_cache(maxsize=1)
def igo_countries() -> dict[str, str]:
    """IGO actor codes and the country code the shipped dictionary gives each (IGOEUREEC -> EUR)."""
    from ..coding.dictionary import load_dictionary

    out: dict[str, str] = {}
    for bucket in load_dictionary().names.values():
        for e in bucket:
            if e.code.startswith("IGO") and e.country:
                out.setdefault(e.code, e.country)
    return out


@lru_cache(maxsize=1)
def transnational_codes() -> frozenset[str]:
    """Codes the shipped dictionary gives groups with no home country (al-Qaida is IMGMOSALQ)."""
    from ..coding.dictionary import load_dictionary

    return frozenset(e.code for bucket in load_dictionary().names.values() for e in bucket
                     if e.country is None and not e.code.startswith("IGO"))


@lru_cache(maxsize=1)
def _igo_codes() -> frozenset[str]:
    return frozenset(igo_countries()) | frozenset(igo_countries().values())


def valid_country(code: str | None) -> bool:
    """ISO 3166-1 alpha-3, a CAMEO region, or an IGO code the dictionary knows."""
    return code is None or code in countries() or code in _igo_codes()


def country_of(code: str | None) -> str | None:
    """The country an actor code belongs to: PRKGOV -> PRK, IGOUNOWHO -> IGOUNO, CVL -> None."""
    if not code:
        return None
    if code[:3] in countries():
        return code[:3]
    igos = igo_countries()
    if code.startswith("IGO"):
        for n in range(len(code), 5, -1):
            if code[:n] in igos:
                return igos[code[:n]]
        return code
    return None


def _fail(origin: str, msg: str) -> GoldError:
    return GoldError(f"{origin}: {msg}")


def _actor(origin: str, ev: dict, key: str) -> str | None:
    v = ev.get(key)
    if v is None:
        return None
    if not isinstance(v, str) or not CODE_PATTERN.match(v):
        raise _fail(origin, f"{key} {v!r} is not an actor code (upper-case letters, e.g. PRKGOV)")
    if v.startswith("IGO"):
        if country_of(v) not in igo_countries().values():
            raise _fail(origin, f"{key} {v!r} is not an IGO code the dictionary knows")
    elif v[:3] in countries() or v in transnational_codes():
        pass
    elif len(v) != 3:
        raise _fail(origin, f"{key} {v!r} does not start with a country, region or IGO code, "
                            "and is no transnational group's code in the dictionary")
    return v


def _event(origin: str, ev) -> GoldEvent:
    if not isinstance(ev, dict):
        raise _fail(origin, f"an event must be an object, not {type(ev).__name__}")
    unknown = set(ev) - {"source", "target", "plover", "cameo", "modality", "location", "date", "symmetric", "note"}
    if unknown:
        raise _fail(origin, f"unknown event field(s): {', '.join(sorted(unknown))}")
    cameo = ev.get("cameo")
    if not isinstance(cameo, str) or cameo not in cameo_codes():
        raise _fail(origin, f"cameo {cameo!r} is not a CAMEO code")
    plover = ev.get("plover")
    if plover is None and cameo[:2] != "01":
        raise _fail(origin, f"plover is missing; only CAMEO root 01 events have no PLOVER type (cameo {cameo})")
    if plover is not None and plover not in PLOVER_TYPES:
        raise _fail(origin, f"plover {plover!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
    table = cameo_codes()[cameo].plover_type
    if plover is not None and table and plover != table:
        raise _fail(origin, f"plover {plover!r} disagrees with cameo {cameo}, whose PLOVER type is {table}")
    mod = ev.get("modality", "asserted")
    if mod not in MODALITIES:
        raise _fail(origin, f"modality {mod!r} is not one of {', '.join(MODALITIES)}")
    loc = ev.get("location")
    if loc is not None and not (isinstance(loc, str) and valid_country(loc)):
        raise _fail(origin, f"location {loc!r} is not a country, region or IGO code")
    date = ev.get("date")
    if date is not None and not (isinstance(date, str) and DATE_PATTERN.match(date)):
        raise _fail(origin, f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    source, target = _actor(origin, ev, "source"), _actor(origin, ev, "target")
    if source is None and target is None:
        raise _fail(origin, "an event needs a source or a target")
    return GoldEvent(source, target, plover, cameo, mod, loc, date, bool(ev.get("symmetric", False)))


def read_gold(paths: list[str | Path]) -> list[GoldRecord]:
    """Every record in the gold files (directories are read for *.jsonl, sorted)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.jsonl")))
        elif p.is_file():
            files.append(p)
        else:
            raise GoldError(f"{p}: no such gold file or directory")
    if not files:
        raise GoldError(f"no gold files (*.jsonl) under {', '.join(map(str, paths))}")
    records: list[GoldRecord] = []
    seen: dict[str, str] = {}
    for f in files:
        try:
            lines = f.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{f}: cannot be read: {exc}") from exc
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            origin = f"{f}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _fail(origin, f"not JSON: {exc.msg} at column {exc.colno}") from None
            if not isinstance(obj, dict):
                raise _fail(origin, "a gold record must be a JSON object")
            rid, text = obj.get("id"), obj.get("text")
            if not isinstance(rid, str) or not rid:
                raise _fail(origin, "id is missing")
            if rid in seen:
                raise _fail(origin, f"id {rid!r} was already used at {seen[rid]}")
            seen[rid] = origin
            if not isinstance(text, str) or not text.strip():
                raise _fail(origin, f"{rid}: text is missing or empty")
            pub = obj.get("published")
            if pub is not None and not (isinstance(pub, str) and DATE_PATTERN.match(pub[:10])):
                raise _fail(origin, f"{rid}: published {pub!r} is not an ISO date")
            evs = obj.get("events", [])
            if not isinstance(evs, list):
                raise _fail(origin, f"{rid}: events must be a list")
            events = tuple(_event(f"{origin} ({rid})", e) for e in evs)
            tags = obj.get("tags", [])
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                raise _fail(origin, f"{rid}: tags must be a list of strings")
            records.append(GoldRecord(rid, text, pub, events, origin, obj.get("title"), tuple(tags)))
    return records
