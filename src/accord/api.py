"""The Python API: code text or files, ingest into a store."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .config import Settings, load_settings
from .errors import AccordError, InputError
from .records import EventRecord, Failure, RawDocument
from .run import Coded, RunSummary, code_paths, pipeline


# Articles written to the store per transaction.
STORE_BATCH = 32


def _settings(settings: Settings | None) -> Settings:
    return settings if settings is not None else load_settings()


def code_text(text: str, *, published: str | None = None, title: str | None = None, url: str | None = None,
              html: bool = False, settings: Settings | None = None) -> list[EventRecord]:
    """Code one article given as text (or HTML with ``html=True``); raises AccordError on bad input."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("code_text: the text is empty")
    doc = RawDocument(origin="<text>", kind="html" if html else "text", content=text, title=title,
                      url=url, published=published)
    (result,) = list(pipeline(_settings(settings)).code([doc]))
    if isinstance(result, Failure):
        raise AccordError(result.message)
    return list(result.events)


def code_file(path: str | Path, *, published: str | None = None, settings: Settings | None = None) -> list[EventRecord]:
    """Code every article in one file or directory; raises on the first failure."""
    events: list[EventRecord] = []
    for item in code_paths([str(path)], _settings(settings), published=published):
        if isinstance(item, Failure):
            raise AccordError(item.message)
        events.extend(item.events)
    return events


def code_articles(paths: Iterable[str], *, published: str | None = None, settings: Settings | None = None):
    """Yield a Coded (article and events) or a Failure for every input under ``paths``."""
    yield from code_paths(list(paths), _settings(settings), published=published)


def ingest(paths: Iterable[str], *, db: str | None = None, published: str | None = None,
           settings: Settings | None = None, progress: Callable[[Coded | Failure], None] | None = None,
           stdin=None) -> RunSummary:
    """Code the inputs and store them; failures are recorded in the store and summarised."""
    from .store import Store

    settings = _settings(settings)
    summary = RunSummary()
    with Store(db or settings.db, memory_mb=settings.writer_memory_mb) as store:
        run_id = store.begin_run(settings, list(paths))
        batch: list = []

        def flush() -> None:
            # one transaction per batch: every article in it is stored, or none is
            for added in store.add_articles([(c.article, c.events) for c in batch],
                                            sketches={c.article.article_id: c.sketch for c in batch if c.sketch}):
                summary.unchanged += not added
            batch.clear()

        for item in code_paths(list(paths), settings, published=published, stdin=stdin, progress=progress):
            if isinstance(item, Failure):
                summary.failures.append(item)
                store.add_failure(run_id, item)
                continue
            summary.articles += 1
            summary.events += len(item.events)
            batch.append(item)
            if len(batch) >= STORE_BATCH:
                flush()
        flush()
        store.end_run(run_id, summary)
    return summary
