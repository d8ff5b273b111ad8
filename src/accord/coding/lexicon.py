"""The trigger lexicon (``data/triggers.csv``): which words evoke which CAMEO event."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import CodingError
from .tables import DATA, cameo_codes, read_csv


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    cameo: str
    obj: frozenset[str]
    mod: frozenset[str]
    prep: tuple[str, ...]
    sym: str
    subj: str
    row: int

    @property
    def rule(self) -> str:
        extra = f"+{'|'.join(sorted(self.obj or self.mod))}" if (self.obj or self.mod) else ""
        return f"{self.pos.lower()}:{self.lemma}{extra}->{self.cameo}"


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """(lemma, pos) -> the rows for it, in file order."""
    known = cameo_codes()
    out: dict[tuple[str, str], list[Trigger]] = {}
    for n, r in enumerate(read_csv(DATA / "triggers.csv"), 2):
        if r["cameo"] not in known:
            raise CodingError(f"triggers.csv row {n}: {r['cameo']!r} is not a CAMEO code")
        if r["sym"].strip() not in ("", "group", "all"):
            raise CodingError(f"triggers.csv row {n}: sym {r['sym']!r} must be empty, 'group' or 'all'")
        if r["pos"] not in ("VERB", "NOUN", "ADJ"):
            raise CodingError(f"triggers.csv row {n}: pos {r['pos']!r} must be VERB, NOUN or ADJ")
        t = Trigger(r["lemma"].strip(), r["pos"], r["cameo"], frozenset(filter(None, r["obj"].split("|"))),
                    frozenset(filter(None, r["mod"].split("|"))), tuple(filter(None, r["prep"].split("|"))),
                    r["sym"].strip(), r["subj"].strip(), n)
        out.setdefault((t.lemma, t.pos), []).append(t)
    return {k: tuple(v) for k, v in out.items()}
