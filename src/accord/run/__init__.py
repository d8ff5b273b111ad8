"""The only place that chains the stages: inputs -> extract -> nlp -> coding (-> store).

``Pipeline`` loads the spaCy model and the dictionaries once per process and is reused; a
failing article becomes a Failure and the run goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..config import Settings
from ..extract import extract_articles
from ..ingest import read_inputs
from ..records import Article, EventRecord, Failure, RawDocument


@dataclass(frozen=True)
class Coded:
    """One article and the events coded from it, with the article's MinHash signature when a
    worker process computed it (engines.code_chunk)."""

    article: Article
    events: tuple[EventRecord, ...]
    sketch: bytes | None = None


@dataclass
class RunSummary:
    articles: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    unchanged: int = 0          # articles already in the store

    @property
    def inputs(self) -> int:
        return self.articles + len(self.failures)

    def exit_code(self, nearly_all: float = 0.9) -> int:
        """0 clean, 1 when some inputs failed, 2 when nearly all did (likely a configuration fault)."""
        if not self.failures:
            return 0
        return 2 if len(self.failures) >= max(1, nearly_all * self.inputs) else 1


class Pipeline:
    def __init__(self, settings: Settings):
        from ..coding import Coder
        from ..nlp import Annotator

        self.settings = settings
        self.coder = Coder(settings)
        self.annotator = Annotator(settings, is_known=self.coder.is_known_word)

    def code(self, items: Iterable[RawDocument | Failure]) -> Iterator[Coded | Failure]:
        for item in self.coder(self.annotator(extract_articles(items))):
            if isinstance(item, Failure):
                yield item
            else:
                ann, events = item
                yield Coded(ann.article, tuple(events))


@lru_cache(maxsize=4)
def pipeline(settings: Settings) -> Pipeline:
    """One pipeline per settings per process: the model loads once."""
    return Pipeline(settings)


def code_paths(paths: Iterable[str], settings: Settings, *, published: str | None = None,
               stdin=None, progress: Callable[[Coded | Failure], None] | None = None) -> Iterator[Coded | Failure]:
    """Read, extract and code every input under ``paths``; ``published`` fills in missing dates."""
    from .engines import code_documents

    docs = read_inputs(paths, stdin=stdin, settings=settings)
    if published:
        docs = (d if isinstance(d, Failure) or d.published else _with_published(d, published) for d in docs)
    for item in code_documents(docs, settings):
        if progress:
            progress(item)
        yield item


def _with_published(doc: RawDocument, published: str) -> RawDocument:
    from dataclasses import replace

    return replace(doc, published=published)
