"""Scoring coded events against gold records. The matching rules are in docs/evaluation.md.

Within one record, events are compared as sets of keys: an article that reports the same event
three times is credited once, and one that invents it three times is charged once. Three keys:

- ``country``: (source country, target country, PLOVER type) -- the headline measure;
- ``sector``:  (source code, target code, PLOVER type), e.g. (PRKGOV, RUSGOV, CONSULT);
- ``root``:    (source country, target country, CAMEO root).

A gold event marked ``symmetric`` matches in either direction. Events with no PLOVER type (CAMEO
root 01) take part only in the ``root`` measure.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ..coding.tables import PLOVER_TYPES, cameo_codes
from ..records import EventRecord
from .gold import GoldEvent, GoldRecord, country_of, valid_country

LEVELS = ("country", "sector", "root")
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8)


@dataclass(frozen=True)
class Ev:
    """A gold or system event reduced to what scoring compares."""

    src: str | None
    tgt: str | None
    src_c: str | None
    tgt_c: str | None
    plover: str | None
    root: str
    quad: int
    modality: str
    location: str | None
    date: str | None
    mutual: bool = False
    confidence: float = 1.0
    label: str = ""          # for error listings: trigger and rule, or the gold codes

    def key(self, level: str) -> tuple:
        if level == "country":
            return (self.src_c, self.tgt_c, self.plover)
        if level == "sector":
            return (self.src, self.tgt, self.plover)
        return (self.src_c, self.tgt_c, self.root)

    def type_label(self) -> str:
        return self.plover or f"({self.root})"


def from_gold(g: GoldEvent) -> Ev:
    code = cameo_codes()[g.cameo]
    return Ev(g.source, g.target, country_of(g.source), country_of(g.target), g.plover, g.cameo[:2],
              code.quad_class, g.modality, g.location, g.date, g.mutual,
              label=f"{g.source or '-'} -> {g.target or '-'} {g.plover or '-'} {g.cameo}")


def from_system(e: EventRecord) -> Ev:
    s, t = e.source, e.target
    return Ev(s.code if s else None, t.code if t else None, s.country if s else None, t.country if t else None,
              (e.plover or {}).get("type"), e.cameo_root, e.quad_class, e.modality,
              e.location.country if e.location else None, e.date, confidence=e.confidence,
              label=f"{s.code if s else '-'} -> {t.code if t else '-'} {(e.plover or {}).get('type') or '-'} "
                    f"{e.cameo} '{e.trigger}' [{e.coder.get('rule', '')}]")


def _match(g: Ev, s: Ev, level: str) -> bool:
    kg, ks = g.key(level), s.key(level)
    return kg == ks or (g.mutual and (kg[1], kg[0], kg[2]) == ks)


def _distinct(evs: Iterable[Ev], level: str) -> list[Ev]:
    """One event per key: among duplicates (the same event reported in several sentences) the
    most confident stands for them, with the date and place any of them gives."""
    groups: dict[tuple, list[Ev]] = {}
    for e in evs:
        groups.setdefault(e.key(level), []).append(e)
    out = []
    for same in groups.values():
        best = max(same, key=lambda e: e.confidence)
        date = best.date or next((e.date for e in same if e.date), None)
        location = best.location or next((e.location for e in same if e.location), None)
        out.append(replace(best, date=date, location=location) if (date, location) != (best.date, best.location) else best)
    return out


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    found: int = 0       # gold events matched by a system event
    correct: int = 0     # system events matching a gold event

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.system += other.system
        self.found += other.found
        self.correct += other.correct

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "gold": self.gold, "system": self.system, "found": self.found, "correct": self.correct}


def tally(gold: list[Ev], system: list[Ev], level: str, keep: Callable[[Ev], bool] = lambda e: True) -> tuple[Tally, list[tuple[Ev, Ev]], list[Ev], list[Ev]]:
    """Matched pairs, missed gold and spurious system events of one record at one level."""
    if level != "root":
        keep_ = keep
        keep = lambda e: e.plover is not None and keep_(e)
    g = _distinct([e for e in gold if keep(e)], level)
    s = _distinct([e for e in system if keep(e)], level)
    pairs, missed = [], []
    for ge in g:
        hits = [se for se in s if _match(ge, se, level)]
        if hits:
            hits.sort(key=lambda se: se.key(level) != ge.key(level))   # same direction first
            pairs.append((ge, hits[0]))
        else:
            missed.append(ge)
    spurious = [se for se in s if not any(_match(ge, se, level) for ge in g)]
    t = Tally(len(g), len(s), len(g) - len(missed), len(s) - len(spurious))
    return t, pairs, missed, spurious


def _align(gold: list[Ev], system: list[Ev], same: Callable[[Ev, Ev], bool], score: Callable[[Ev, Ev], float]):
    """Greedy one-to-one pairs where ``same`` holds, best ``score`` first."""
    cands = sorted(((score(g, s), i, j) for i, g in enumerate(gold) for j, s in enumerate(system) if same(g, s)),
                   key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_s, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((gold[i], system[j]))
    return pairs, [g for i, g in enumerate(gold) if i not in used_g], [s for j, s in enumerate(system) if j not in used_s]


def _same_dyad(g: Ev, s: Ev) -> bool:
    return (g.src_c, g.tgt_c) == (s.src_c, s.tgt_c) or (g.mutual and (g.tgt_c, g.src_c) == (s.src_c, s.tgt_c))


def _actor_hits(g: Ev, s: Ev) -> tuple[bool, bool]:
    straight = (g.src_c == s.src_c, g.tgt_c == s.tgt_c)
    if g.mutual:
        swapped = (g.src_c == s.tgt_c, g.tgt_c == s.src_c)
        return max(straight, swapped, key=sum)
    return straight


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += bool(ok)

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_dict(self) -> dict:
        v = self.value
        return {"accuracy": None if v is None else round(v, 4), "right": self.right, "total": self.total}


@dataclass
class RecordResult:
    id: str
    origin: str
    text: str
    missed: list[Ev]
    spurious: list[Ev]
    failure: str | None = None


@dataclass
class Report:
    records: int = 0
    sentences: int = 0
    articles: int = 0
    failures: list[str] = field(default_factory=list)
    levels: dict[str, Tally] = field(default_factory=lambda: {lv: Tally() for lv in LEVELS})
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_root: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_country: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_tag: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    confusion: Counter = field(default_factory=Counter)      # (gold label, system label) -> n
    quad: Ratio = field(default_factory=Ratio)
    source_country: Ratio = field(default_factory=Ratio)
    target_country: Ratio = field(default_factory=Ratio)
    modality: Ratio = field(default_factory=Ratio)
    location: Ratio = field(default_factory=Ratio)
    date: Ratio = field(default_factory=Ratio)
    eventless: Ratio = field(default_factory=Ratio)
    eventless_by_tag: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    bands: dict[float, Tally] = field(default_factory=lambda: {b: Tally() for b in BANDS})
    thresholds: dict[float, Tally] = field(default_factory=lambda: {t: Tally() for t in THRESHOLDS})
    invalid: list[str] = field(default_factory=list)
    results: list[RecordResult] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        types = [t for t, v in self.by_type.items() if v.gold or v.system]
        return sum(self.by_type[t].f1 for t in types) / len(types) if types else 0.0

    def to_dict(self, details: bool = False) -> dict:
        def table(d):
            return {k: v.to_dict() for k, v in sorted(d.items())}
        out = {
            "records": self.records, "sentences": self.sentences, "articles": self.articles,
            "failures": self.failures,
            "events": {lv: t.to_dict() for lv, t in self.levels.items()},
            "macro_f1": round(self.macro_f1, 4),
            "by_type": table(self.by_type), "by_root": table(self.by_root), "by_country": table(self.by_country),
            "by_tag": table(self.by_tag),
            "confusion": [{"gold": g, "system": s, "n": n} for (g, s), n in sorted(self.confusion.items())],
            "quad_class": self.quad.to_dict(),
            "source_country": self.source_country.to_dict(), "target_country": self.target_country.to_dict(),
            "modality": self.modality.to_dict(), "location": self.location.to_dict(), "date": self.date.to_dict(),
            "eventless": self.eventless.to_dict(),
            "eventless_by_tag": {k: v.to_dict() for k, v in sorted(self.eventless_by_tag.items())},
            "confidence_bands": [{"from": b, **t.to_dict()} for b, t in self.bands.items()],
            "confidence_thresholds": [{"min_confidence": th, **t.to_dict()} for th, t in self.thresholds.items()],
            "invalid": {"count": len(self.invalid), "examples": self.invalid[:20]},
        }
        if details:
            out["errors"] = [{"id": r.id, "origin": r.origin, "failure": r.failure,
                              "missed": [e.label for e in r.missed], "spurious": [e.label for e in r.spurious]}
                             for r in self.results if r.missed or r.spurious or r.failure]
        return out

    def headline(self) -> dict[str, float]:
        """The figures the quality gate pins."""
        c = self.levels["country"]
        return {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                "macro_f1": round(self.macro_f1, 4)}


def invalid_codes(e: EventRecord) -> list[str]:
    """What in a coded event is not in CAMEO, PLOVER or the country code lists."""
    bad = []
    if e.cameo not in cameo_codes():
        bad.append(f"CAMEO code {e.cameo!r}")
    ptype = (e.plover or {}).get("type")
    if ptype is None and e.cameo_root != "01" or ptype is not None and ptype not in PLOVER_TYPES:
        bad.append(f"PLOVER type {ptype!r}")
    for role, a in (("source", e.source), ("target", e.target)):
        if a is not None and a.country is not None and not valid_country(a.country):
            bad.append(f"{role} country {a.country!r}")
    if e.location is not None and e.location.country is not None and not valid_country(e.location.country):
        bad.append(f"location country {e.location.country!r}")
    return bad


def score_record(report: Report, rec: GoldRecord, system_events: list[EventRecord] | None, failure: str | None = None) -> None:
    report.records += 1
    if rec.kind == "article":
        report.articles += 1
    else:
        report.sentences += 1
    if failure is not None:
        report.failures.append(f"{rec.origin} ({rec.id}): {failure}")
    sys_events = system_events or []
    for e in sys_events:
        for what in invalid_codes(e):
            report.invalid.append(f"{rec.id}: {what} in '{e.trigger}'")
    gold = [from_gold(g) for g in rec.events]
    system = [from_system(e) for e in sys_events]

    if not gold:
        report.eventless.add(not system)
        for tag in rec.tags:
            report.eventless_by_tag[tag].add(not system)

    main_pairs, missed, spurious = [], [], []
    for level in LEVELS:
        t, pairs, m, s = tally(gold, system, level)
        report.levels[level].add(t)
        if level == "country":
            main_pairs, missed, spurious = pairs, m, s
            for tag in rec.tags:
                report.by_tag[tag].add(t)
    for ptype in PLOVER_TYPES:
        if any(e.plover == ptype for e in gold + system):
            report.by_type[ptype].add(tally(gold, system, "country", lambda e, p=ptype: e.plover == p)[0])
    for root in sorted({e.root for e in gold + system}):
        report.by_root[root].add(tally(gold, system, "root", lambda e, r=root: e.root == r)[0])
    for c in sorted({e.src_c or "-" for e in gold + system}):
        report.by_country[c].add(tally(gold, system, "country", lambda e, c=c: (e.src_c or "-") == c)[0])
    for th in THRESHOLDS:
        report.thresholds[th].add(tally(gold, [e for e in system if e.confidence >= th], "country")[0])
    pooled = _distinct([e for e in system if e.plover is not None], "country")
    gold_typed = [g for g in gold if g.plover is not None]
    for e in pooled:
        band = max(b for b in BANDS if e.confidence >= b)
        ok = any(_match(g, e, "country") for g in gold_typed)
        report.bands[band].add(Tally(0, 1, 0, int(ok)))

    for g, s in main_pairs:
        report.modality.add(g.modality == s.modality)
        if g.location is not None:
            report.location.add(g.location == s.location)
        if g.date is not None:
            report.date.add(s.date is not None and s.date == g.date)

    pairs, g_left, s_left = _align(gold, system, _same_dyad,
                                   lambda g, s: 2 * (g.plover == s.plover) + (g.quad == s.quad) + (g.root == s.root) / 2)
    for g, s in pairs:
        report.confusion[(g.type_label(), s.type_label())] += 1
        report.quad.add(g.quad == s.quad)
    for g in g_left:
        report.confusion[(g.type_label(), "(none)")] += 1
    for s in s_left:
        report.confusion[("(none)", s.type_label())] += 1

    typed, _, _ = _align([g for g in gold if g.plover], [s for s in system if s.plover],
                         lambda g, s: g.plover == s.plover, lambda g, s: sum(_actor_hits(g, s)))
    for g, s in typed:
        src_ok, tgt_ok = _actor_hits(g, s)
        report.source_country.add(src_ok)
        report.target_country.add(tgt_ok)

    report.results.append(RecordResult(rec.id, rec.origin, rec.text, missed, spurious, failure))
