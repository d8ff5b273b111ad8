"""The actor dictionary: countries, blocs, organisations, groups, people and agent titles.

Shipped data (``data/country_names.csv``, ``data/actors.csv``, ``data/agents.csv``) is layered
with users' own files in the same formats; a later entry for the same words wins. Names match
case-sensitively on the words of a sentence; agent titles match on lower-cased lemmas.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import CodingError
from ..records import Token
from .tables import DATA, countries, read_csv

MAX_WORDS = 8
ACTOR_COLUMNS = ("patterns", "name", "code", "country", "sectors", "kind", "start", "end")
AGENT_COLUMNS = ("patterns", "sectors", "kind")
_KINDS = {"person", "state", "organisation", "group"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIRST_PART = re.compile(r"[\-.']")


def norm(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")


@dataclass(frozen=True)
class Entry:
    """One actor the dictionary knows. ``form`` says how a country was named: name, adjective,
    capital; other entries have form 'entity'."""

    name: str
    code: str
    country: str | None
    sectors: tuple[str, ...]
    kind: str
    form: str = "entity"
    start: str = ""
    end: str = ""

    def holds_on(self, day: str | None) -> bool:
        if not day:
            return not self.end
        return (not self.start or self.start <= day[:10]) and (not self.end or day[:10] < self.end)


@dataclass(frozen=True)
class Mention:
    start: int          # token indices within the sentence, end exclusive
    end: int
    entries: tuple[Entry, ...]      # all spells / readings; pick by date
    agent: tuple[str, ...] = ()     # sectors when this is an agent title
    agent_kind: str = ""

    @property
    def is_agent(self) -> bool:
        return bool(self.agent)

    def entry_on(self, day: str | None) -> Entry | None:
        for e in self.entries:
            if e.holds_on(day):
                return e
        persons = [e for e in self.entries if e.kind == "person"]
        return None if persons else (self.entries[0] if self.entries else None)


def _key(words: str) -> str:
    return re.sub(r"\s+", "", norm(words))


class ActorDictionary:
    def __init__(self, extra_actors: tuple[str, ...] = (), extra_agents: tuple[str, ...] = ()):
        self.names: dict[str, list[Entry]] = {}
        self.first: set[str] = set()          # the first words of all name patterns
        self.agents: dict[str, tuple[tuple[str, ...], str]] = {}
        self.agent_first: set[str] = set()    # the first words of all agent titles
        self._load_countries()
        self._load_actors(DATA / "actors.csv", replace=False)
        for p in extra_actors:
            self._load_actors(Path(p), replace=True)
        self._load_agents(DATA / "agents.csv")
        for p in extra_agents:
            self._load_agents(Path(p))

    # -- loading -----------------------------------------------------------------------------
    def _add(self, pattern: str, entry: Entry, replace: bool) -> None:
        pattern = norm(pattern.strip())
        if not pattern:
            return
        key = _key(pattern)
        bucket = self.names.setdefault(key, [])
        if replace:
            bucket[:] = [e for e in bucket if e.kind == "person" and e.name == entry.name]
        if entry not in bucket:
            bucket.append(entry)
        first = re.split(r"[\s\-.']", pattern)[0] or pattern
        self.first.add(first)

    def _load_countries(self) -> None:
        known = countries()
        for r in read_csv(DATA / "country_names.csv"):
            iso3 = r["iso3"]
            if iso3 not in known:
                raise CodingError(f"country_names.csv: {iso3!r} is not in countries.csv")
            name = known[iso3].name
            for form, col in (("name", "names"), ("adjective", "adjectives"), ("capital", "capitals")):
                for pat in filter(None, r[col].split("|")):
                    self._add(pat, Entry(name, iso3, iso3, (), "state", form), replace=False)

    def _load_actors(self, path: Path, *, replace: bool) -> None:
        rows = read_csv(path)
        if rows and set(ACTOR_COLUMNS) - set(rows[0]):
            raise CodingError(f"actor dictionary {str(path)!r} lacks columns: "
                              f"{', '.join(sorted(set(ACTOR_COLUMNS) - set(rows[0])))}; expected {', '.join(ACTOR_COLUMNS)}")
        for n, r in enumerate(rows, 2):
            kind = (r["kind"] or "group").strip()
            if kind not in _KINDS:
                raise CodingError(f"{path}: row {n}: kind {kind!r} is not one of {', '.join(sorted(_KINDS))}")
            for col in ("start", "end"):
                if r[col] and not _DATE.match(r[col]):
                    raise CodingError(f"{path}: row {n}: {col} {r[col]!r} is not a YYYY-MM-DD date")
            entry = Entry(r["name"].strip(), r["code"].strip(), r["country"].strip() or None,
                          tuple(s for s in r["sectors"].split("|") if s), kind, "entity",
                          r["start"].strip(), r["end"].strip())
            for pat in r["patterns"].split("|"):
                self._add(pat, entry, replace)

    def _load_agents(self, path: Path) -> None:
        rows = read_csv(path)
        if rows and set(AGENT_COLUMNS) - set(rows[0]):
            raise CodingError(f"agent file {str(path)!r} lacks columns; expected {', '.join(AGENT_COLUMNS)}")
        for r in rows:
            sectors = tuple(s for s in r["sectors"].split("|") if s)
            for pat in r["patterns"].split("|"):
                if pat.strip():
                    self.agents[pat.strip().lower()] = (sectors, r["kind"].strip() or "person")
                    self.agent_first.add(pat.strip().lower().split()[0])

    # -- matching ----------------------------------------------------------------------------
    def is_known_word(self, word: str) -> bool:
        return norm(word) in self.first

    def match(self, tokens: tuple[Token, ...]) -> list[Mention]:
        """Longest dictionary matches, left to right; names first, then agent titles."""
        out: list[Mention] = []
        n, i = len(tokens), 0
        while i < n:
            found = None
            text = norm(tokens[i].text)
            first = _FIRST_PART.split(text, 1)[0] or text
            if text in self.first or first in self.first:
                acc = ""
                for j in range(i, min(n, i + MAX_WORDS)):
                    acc += norm(tokens[j].text)
                    if acc in self.names:
                        found = Mention(i, j + 1, tuple(self.names[acc]))
            tok = tokens[i]
            if found is None and tok.pos in ("NOUN", "PROPN", "ADJ", "VERB") and (
                    tok.text.lower() in self.agent_first or tok.lemma.lower() in self.agent_first):
                lem = ""
                for j in range(i, min(n, i + 4)):
                    word = tokens[j].lemma.lower() if tokens[j].pos != "PROPN" else tokens[j].text.lower()
                    lem = f"{lem} {word}".strip()
                    alt = " ".join(t.text.lower() for t in tokens[i:j + 1])
                    # ("secretary-general" comes as three tokens)
                    hit = self.agents.get(lem) or self.agents.get(alt) or self.agents.get(lem.replace(" - ", "-"))
                    if hit and tokens[j].pos in ("NOUN", "PROPN"):
                        found = Mention(i, j + 1, (), hit[0], hit[1])
            if found is None and "-" in text:
                # "U.S.-led", "Russian-backed": the part before the last hyphen names an actor
                prefix = text.rsplit("-", 1)[0]
                if prefix in self.names:
                    found = Mention(i, i + 1, tuple(self.names[prefix]))
            if found and found.end == i + 1 and found.end < n and found.entries \
                    and all(e.kind == "person" for e in found.entries) \
                    and tokens[i].ent_type == "PERSON" and tokens[found.end].ent_type == "PERSON" \
                    and tokens[found.end].ent_iob == "I" and tokens[found.end].pos == "PROPN":
                found = None    # "Qassem Soleimani": a first name, not the surname "Qassem" of another man
            if found:
                out.append(found)
                i = found.end
            else:
                i += 1
        return out


@lru_cache(maxsize=8)
def load_dictionary(extra_actors: tuple[str, ...] = (), extra_agents: tuple[str, ...] = ()) -> ActorDictionary:
    return ActorDictionary(extra_actors, extra_agents)
