"""The records that pass between stages: small, frozen, picklable.

A stage takes an iterable of one record type and yields the next:

    RawDocument -> Article -> AnnotatedArticle -> EventRecord

spaCy objects never leave ``accord.nlp``; they become :class:`Sentence` and :class:`Token` there.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class RawDocument:
    """One input as read, before extraction. ``kind`` is ``text``, ``html`` or ``record``."""

    origin: str                      # where it came from: a path, "path:line", "<stdin>"
    kind: str
    content: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    doc_id: str | None = None        # an id the input itself gives (JSONL "id")


@dataclass(frozen=True)
class Article:
    """An article's text and metadata. ``blocks`` are (start, end) offsets of paragraphs and
    headings in ``text``; a sentence never crosses a block boundary."""

    article_id: str
    origin: str
    title: str | None
    text: str
    url: str | None
    published: str | None
    source: str | None
    blocks: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Token:
    i: int              # index within the sentence
    text: str
    idx: int            # character offset in the article text
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int           # index within the sentence (the root points at itself)
    ent_type: str
    ent_iob: str        # "B", "I" or "O"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class AnnotatedArticle:
    article: Article
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Actor:
    text: str
    name: str | None
    code: str | None
    country: str | None
    sectors: tuple[str, ...] = ()
    kind: str = "state"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["sectors"] = list(self.sectors)
        return d


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: str          # city, admin1 or country

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EventRecord:
    event_id: str
    article_id: str
    sentence_index: int
    quote: str
    span: tuple[int, int]
    trigger: str
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: dict[str, Any]
    modality: str
    date: str | None
    date_precision: str
    location: Location | None
    confidence: float
    coder: dict[str, str]
    published: str | None = None
    url: str | None = None
    title: str | None = None
    schema_version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of EVENT_SCHEMA.md (plus the article's published, url, title)."""
        return {
            "schema_version": self.schema_version,
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "quote": self.quote,
            "span": list(self.span),
            "trigger": self.trigger,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": dict(self.plover),
            "modality": self.modality,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "confidence": self.confidence,
            "coder": dict(self.coder),
            "published": self.published,
            "url": self.url,
            "title": self.title,
            # an analyst's verdict, when there is one: "confirmed" or "corrected" (the coding above
            # is then the corrected one)
            **({"review": self.extra["review"]} if self.extra.get("review") else {}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "EventRecord":
        def actor(a):
            return Actor(**{**a, "sectors": tuple(a.get("sectors") or ())}) if a else None
        return cls(
            event_id=d["event_id"], article_id=d["article_id"], sentence_index=d["sentence_index"],
            quote=d["quote"], span=tuple(d["span"]), trigger=d["trigger"],
            source=actor(d.get("source")), target=actor(d.get("target")), cameo=d["cameo"],
            cameo_root=d["cameo_root"], quad_class=d["quad_class"], goldstein=d["goldstein"],
            plover=d["plover"], modality=d["modality"], date=d.get("date"),
            date_precision=d.get("date_precision", "none"),
            location=Location(**d["location"]) if d.get("location") else None,
            confidence=d["confidence"], coder=d["coder"], published=d.get("published"),
            url=d.get("url"), title=d.get("title"), schema_version=d.get("schema_version", SCHEMA_VERSION),
        )


@dataclass(frozen=True)
class Failure:
    """One input that could not be processed: which, at what stage, and why."""

    origin: str
    stage: str
    error: str
    message: str
    article_id: str | None = None
