"""Read PETRARCH / TABARI actor and agent dictionaries into accord's own CSV formats.

The TABARI format, as PETRARCH and its successors use it:

    # a comment
    BARACK_OBAMA [USAELI 040101-090119] [USAGOV 090120-170119] [USAELI >170120]
    +PRESIDENT_OBAMA
    +OBAMA_
    NORTH_KOREA [PRK]
    PRESIDENT [~GOV]
    +PRESIDENTS

A primary line is a phrase (words joined by ``_``; a trailing ``_`` marks a whole word) and one
or more codes in brackets; ``+`` lines are synonyms of the primary above. A code may carry a
date restriction: ``YYMMDD-YYMMDD``, ``>YYMMDD`` (from) or ``<YYMMDD`` (until); two-digit years
below 50 are 20xx. A code starting with ``~`` is an agent (a title or noun that gives a sector).
Lines accord cannot read are reported with their numbers, never silently dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .tables import countries

_CODE = re.compile(r"\[\s*(~?[A-Z0-9]+)\s*([<>]?\d{6}(?:\s*-\s*\d{6})?)?\s*\]")
_LINE = re.compile(r"^\s*(\+?)([^\[#;]+?)\s*((?:\[[^\]]*\]\s*)*)\s*(?:[#;].*)?$")


@dataclass
class Imported:
    """What a dictionary file gave: rows in accord's actor and agent CSV formats, and what was skipped."""

    actors: list[dict[str, str]] = field(default_factory=list)
    agents: list[dict[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)      # "file:line: reason"

    @property
    def people(self) -> int:
        return len({r["name"] for r in self.actors if r["kind"] == "person"})


def _date(yymmdd: str) -> str:
    yy, mm, dd = int(yymmdd[:2]), yymmdd[2:4], yymmdd[4:6]
    return f"{2000 + yy if yy < 50 else 1900 + yy}-{mm}-{dd}"


def _spell(restriction: str | None) -> tuple[str, str]:
    """(start, end) in ISO dates from a TABARI date restriction; accord's end is exclusive."""
    if not restriction:
        return "", ""
    r = restriction.replace(" ", "")
    if r.startswith(">"):
        return _date(r[1:]), ""
    if r.startswith("<"):
        return "", _next_day(_date(r[1:]))
    a, _, b = r.partition("-")
    return _date(a), _next_day(_date(b)) if b else ""


def _next_day(iso: str) -> str:
    """TABARI's end dates are the last day held; accord's end is the first day not held."""
    from datetime import date, timedelta

    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "de", "del", "la", "le", "al", "bin", "van", "von"}


def _phrase(words: str) -> str:
    """BARACK_OBAMA_ -> "Barack Obama", KINGDOM_OF_SPAIN -> "Kingdom of Spain"; dotted forms
    (U.S.) keep their capitals."""
    parts = words.strip().strip("_").replace("_", " ").split()
    out = []
    for n, w in enumerate(parts):
        if "." in w:
            out.append(w)
        elif n and w.lower() in SMALL_WORDS:
            out.append(w.lower())
        else:
            out.append("-".join(x.capitalize() for x in w.split("-")))
    return " ".join(out)


def _patterns(words: str) -> list[str]:
    """The forms to match: the capitalised phrase, and for one short word also the capitals
    (NATO and NLF are acronyms; Vukic is a name; both are kept)."""
    phrase = _phrase(words)
    bare = words.strip().strip("_")
    if "_" not in bare and bare.isupper() and len(re.sub(r"[^A-Z]", "", bare)) <= 5 and bare != phrase:
        return [phrase, bare]
    return [phrase]


def _sectors(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3) if len(code[i:i + 3]) == 3]


# CAMEO's sector and non-state codes (CAMEO manual, actor codebook).
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LEG",
           "HLH", "REF", "ELI", "LAB", "AGR", "ENV", "HRI", "REL", "UAF", "SEP", "INS", "MOD", "RAD", "NGO",
           "IMG", "MNC", "DEV", "AMN", "ICG", "IRC", "PRO", "MOS", "CHR", "JEW", "HIN", "BUD"}


def _actor_fields(code: str) -> tuple[str | None, list[str]]:
    """(country, sectors) of a CAMEO actor code; None for the country of a non-state code."""
    if code.startswith("IGO"):
        return code[:6] if len(code) > 6 else code, []
    if code[:3] in countries():
        return code[:3], [s for s in _sectors(code[3:]) if s in SECTORS]
    return None, [s for s in _sectors(code) if s in SECTORS]


def read_petrarch(path: str | Path) -> Imported:
    """Parse one PETRARCH/TABARI dictionary file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text = p.read_text(encoding="latin-1")
    except OSError as exc:
        raise InputError(f"{p}: cannot be read: {exc.strerror}") from exc
    out = Imported()
    current: list[dict[str, str]] = []       # the rows of the primary entry being read
    current_agent: dict[str, str] | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";", "<!--")) or line.upper().startswith(("<ACTOR", "</ACTOR", "<AGENT", "</AGENT")):
            continue
        m = _LINE.match(line)
        if not m or not m.group(2).strip():
            out.skipped.append(f"{p}:{n}: not a dictionary entry: {line[:60]!r}")
            continue
        plus, words, codes = m.group(1), m.group(2), m.group(3)
        if any(ch in words for ch in "!{}()<>&="):
            out.skipped.append(f"{p}:{n}: pattern syntax accord does not read: {line[:60]!r}")
            continue
        phrase = _phrase(words)
        forms = _patterns(words)
        found = _CODE.findall(codes or "")
        if plus:
            if current:
                for r in current:
                    r["patterns"] += "|" + "|".join(forms)
            elif current_agent is not None:
                current_agent["patterns"] += "|" + phrase.lower()
            else:
                out.skipped.append(f"{p}:{n}: synonym with no entry before it")
            continue
        if not found:
            out.skipped.append(f"{p}:{n}: no [CODE] on the entry")
            current, current_agent = [], None
            continue
        if found[0][0].startswith("~"):
            current, current_agent = [], {"patterns": phrase.lower(), "sectors": "|".join(_sectors(found[0][0][1:])),
                                          "kind": "person"}
            out.agents.append(current_agent)
            continue
        current_agent = None
        dated = [(c, _spell(r)) for c, r in found]
        if any(r for _, r in found):
            dated = [(c, s) for c, s in dated if s != ("", "")] or dated
        else:
            dated = dated[:1]
        current = []
        for code, (start, end) in dated:
            country, sectors = _actor_fields(code)
            if country is None and not sectors:
                out.skipped.append(f"{p}:{n}: code {code!r} names no country, IGO or CAMEO sector; kept without a country")
            if start or end:
                kind = "person"
            elif code.startswith(("IGO", "NGO")):
                kind = "organisation"
            elif country and not sectors:
                kind = "state"
            else:
                kind = "group"
            row = {"patterns": "|".join(forms), "name": forms[-1] if len(forms) > 1 else phrase, "code": code, "country": country or "",
                   "sectors": "|".join(sectors), "kind": kind, "start": start, "end": end}
            current.append(row)
            out.actors.append(row)
    return out


def write_dictionary(path: str | Path, rows: list[dict[str, str]], kind: str) -> None:
    """Write actor or agent rows in accord's CSV format, with a header naming the origin."""
    import csv

    from .dictionary import ACTOR_COLUMNS, AGENT_COLUMNS

    columns = ACTOR_COLUMNS if kind == "actors" else AGENT_COLUMNS
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(f"# accord {kind} dictionary, converted from PETRARCH/TABARI format by `accord dict import`.\n")
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
