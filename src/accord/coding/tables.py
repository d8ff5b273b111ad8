"""CAMEO, PLOVER, Goldstein and country-code tables, loaded from the data files beside this module.

Sources are named in each file's header (derived by tools/build_tables.py).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import CodingError

DATA = Path(__file__).with_name("data")
QUAD_NAMES = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict", 4: "Material Conflict"}
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a data file; lines starting with '#' are its header comment."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(line for line in f if not line.startswith("#")))
    except OSError as exc:
        raise CodingError(f"data file {str(path)!r} cannot be read: {exc.strerror}") from exc


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    out = {}
    for r in read_csv(DATA / "cameo_codes.csv"):
        out[r["code"]] = CameoCode(r["code"], r["name"], float(r["goldstein"]), int(r["quad_class"]),
                                   r["plover_type"] or None, r["plover_mode"] or None,
                                   tuple(c for c in r["plover_context"].split(";") if c))
    return out


def cameo(code: str) -> CameoCode:
    try:
        return cameo_codes()[code]
    except KeyError:
        raise CodingError(f"unknown CAMEO code {code!r}") from None


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    iso2: str
    fips: str
    cow: str
    gw: str


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    return {r["iso3"]: Country(r["iso3"], r["name"], r["iso2"], r["fips"], r["cow"], r["gw"])
            for r in read_csv(DATA / "countries.csv")}


@lru_cache(maxsize=1)
def iso2_to_iso3() -> dict[str, str]:
    return {c.iso2: c.code for c in countries().values() if c.iso2}
