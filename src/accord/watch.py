"""Following news as it breaks: poll RSS and Atom feeds, fetch their new pages, code and store them.

Each cycle:

1. **Poll** every feed with a conditional GET (the ETag and Last-Modified it last answered).
   The entries of a changed feed are queued in the store by canonical URL, in the same
   transaction that records the feed's new validators: a feed is never marked as read while
   its items are not safely queued.
2. **Fetch** every queued page (politely and safely: :mod:`accord.fetch`), extract, code and
   store it. A page is marked stored in the same transaction as its article and events.
3. **Report** one :class:`CycleReport`.

Everything the watcher knows lives in the store (tables ``feeds`` and ``pages``), so a watcher
killed at any point and started again carries on: pages stored are never fetched again, pages
queued are fetched on the next cycle, and nothing is lost or stored twice. A page that fails for
a passing reason (a timeout, a 5xx) is tried again on later cycles, up to ``MAX_ATTEMPTS``; one
that fails for good (a 404, robots.txt, a refused address, too large) keeps its reason.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .config import Settings
from .errors import FetchError, UsageError
from .fetch import FEED_TYPES, Fetcher, canonical_url
from .ingest import fetch_document
from .records import Failure, RawDocument

MAX_ATTEMPTS = 3
PAGE_BATCH = 16        # pages coded and stored together
PASSING = ("timeout", "connect", "dns", "http-429", "http-500", "http-502", "http-503", "http-504", "http-retries")


def read_feeds_file(path: str | Path) -> list[str]:
    """Feed URLs from a file: one URL per line (``#`` starts a comment), or an OPML export
    (every ``outline`` with an ``xmlUrl``)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"feeds file {str(p)!r} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"feeds file {str(p)!r} cannot be read: {exc}") from exc
    if text.lstrip().startswith("<"):
        import xml.etree.ElementTree as ET

        try:
            root = ET.fromstring(text)
        except ET.ParseError as exc:
            raise UsageError(f"feeds file {str(p)!r} is neither a list of URLs nor valid OPML: {exc}") from exc
        urls = [o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")]
    else:
        urls = [line.split("#", 1)[0].strip() for line in text.splitlines()]
        urls = [u for u in urls if u]
    bad = [(n, u) for n, u in enumerate(urls, 1) if not u.lower().startswith(("http://", "https://"))]
    if bad:
        raise UsageError(f"feeds file {str(p)!r}: entry {bad[0][0]} ({bad[0][1]!r}) is not an http or https URL")
    if not urls:
        raise UsageError(f"feeds file {str(p)!r} lists no feed")
    return list(dict.fromkeys(urls))


@dataclass
class CycleReport:
    """What one cycle did."""

    started: datetime
    seconds: float = 0.0
    feeds: int = 0
    unchanged: int = 0                 # feeds that answered 304 Not Modified
    feed_failures: list[tuple[str, str, str]] = field(default_factory=list)    # (feed, reason, message)
    new: int = 0                       # pages queued for the first time
    stored: int = 0                    # pages stored as articles
    events: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)         # (page, reason, message)

    def line(self) -> str:
        """One line for the log."""
        reasons = Counter(r for _u, r, _m in self.feed_failures + self.failures)
        why = f" [{', '.join(f'{r} {n}' for r, n in sorted(reasons.items()))}]" if reasons else ""
        def n(count: int, noun: str) -> str:
            return f"{count} {noun}{'' if count == 1 else 's'}"
        return (f"{self.started.isoformat(timespec='seconds')}Z {n(self.feeds, 'feed')} ({self.unchanged} unchanged, "
                f"{len(self.feed_failures)} failed), {n(self.new, 'new page')}, {self.stored} stored, "
                f"{n(self.events, 'event')}, {n(len(self.failures), 'page')} failed{why} in {self.seconds:.1f} s")


class Watcher:
    """Polls ``feeds`` into the store at ``settings.db``. Use as a context manager, or close().

    A process that already holds the store (``accord serve --watch``) passes it as ``store``,
    with the lock its other users take (``store_lock``) and the one that guards its spaCy
    pipeline (``coding_lock``); the watcher then takes turns with them and leaves the store open.
    """

    def __init__(self, feeds: Iterable[str], settings: Settings, *, fetcher: Fetcher | None = None,
                 store=None, store_lock=None, coding_lock=None):
        from contextlib import nullcontext

        from .store import Store

        self.feeds = list(dict.fromkeys(feeds))
        if not self.feeds:
            raise UsageError("no feeds to watch: give a feeds file or set feeds in the settings")
        self.settings = settings
        self.fetcher = fetcher or Fetcher(settings)
        self._own_store = store is None
        self.store = Store(settings.db, memory_mb=settings.writer_memory_mb) if store is None else store
        self._store_lock = store_lock or nullcontext()
        self._coding_lock = coding_lock or nullcontext()
        self._pipeline = None

    def __enter__(self) -> "Watcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._own_store:
            self.store.close()
        self.fetcher.close()

    # -- one cycle ------------------------------------------------------------------------------
    def cycle(self, *, should_stop: Callable[[], bool] = lambda: False) -> CycleReport:
        report = CycleReport(started=datetime.now(timezone.utc).replace(tzinfo=None))
        t0 = time.monotonic()
        for feed in self.feeds:
            if should_stop():
                break
            self._poll(feed, report)
        with self._store_lock:
            pending = self.store.pending_pages(max_attempts=MAX_ATTEMPTS)
        for k in range(0, len(pending), PAGE_BATCH):
            if should_stop():
                break
            self._pages(pending[k:k + PAGE_BATCH], report, should_stop)
        report.seconds = time.monotonic() - t0
        return report

    def run(self, *, once: bool = False, on_cycle: Callable[[CycleReport], None] | None = None,
            should_stop: Callable[[], bool] = lambda: False, sleep: Callable[[float], None] = time.sleep) -> None:
        """Cycle until ``should_stop()`` (or once); ``on_cycle`` gets each report."""
        while True:
            start = time.monotonic()
            report = self.cycle(should_stop=should_stop)
            if on_cycle:
                on_cycle(report)
            if once or should_stop():
                return
            wait = self.settings.interval - (time.monotonic() - start)
            while wait > 0 and not should_stop():
                sleep(min(wait, 1.0))
                wait -= 1.0
            if should_stop():
                return

    def _poll(self, feed: str, report: CycleReport) -> None:
        report.feeds += 1
        with self._store_lock:
            etag, modified = self.store.feed_state(feed)
        try:
            page = self.fetcher.get(feed, kinds=FEED_TYPES, etag=etag, last_modified=modified)
        except FetchError as exc:
            report.feed_failures.append((feed, exc.reason, str(exc)))
            with self._store_lock:
                self.store.record_feed(feed, status=exc.reason, message=str(exc))
            return
        if page.not_modified:
            report.unchanged += 1
            with self._store_lock:
                self.store.record_feed(feed, status="ok", message="not modified", etag=etag, last_modified=modified)
            return
        try:
            entries = parse_feed(page.body, page.final_url)
        except ValueError as exc:
            report.feed_failures.append((feed, "malformed", f"{feed}: {exc}"))
            with self._store_lock:
                self.store.record_feed(feed, status="malformed", message=f"{feed}: {exc}")
            return
        with self._store_lock:
            report.new += self.store.record_feed(feed, status="ok", etag=page.etag, last_modified=page.last_modified,
                                                 entries=entries)

    def _pages(self, batch: list[dict], report: CycleReport, should_stop: Callable[[], bool]) -> None:
        docs: list[tuple[dict, RawDocument]] = []
        for row in batch:
            if should_stop():       # the pages fetched so far are still coded and stored
                break
            doc = fetch_document(self.fetcher, row["link"], title=row["title"], published=row["published"])
            if isinstance(doc, Failure):
                self._failed(row, doc.error, doc.message, report)
                continue
            docs.append((row, doc))
        if not docs:
            return
        if self._pipeline is None:
            from .run import pipeline

            self._pipeline = pipeline(self.settings)
        coded, marks = [], {}
        with self._coding_lock:
            results = list(self._pipeline.code([d for _r, d in docs]))
        for (row, _doc), item in zip(docs, results):
            if isinstance(item, Failure):
                self._failed(row, item.stage, item.message, report)
                continue
            coded.append(item)
            marks[row["url"]] = item.article.article_id
        if coded:
            with self._store_lock:
                added = self.store.add_articles([(c.article, c.events) for c in coded], pages=marks,
                                                sketches={c.article.article_id: c.sketch for c in coded if c.sketch})
            report.stored += sum(added)
            report.events += sum(len(c.events) for c, new in zip(coded, added) if new)

    def _failed(self, row: dict, reason: str, message: str, report: CycleReport) -> None:
        report.failures.append((row["link"], reason, message))
        retry = reason in PASSING and (row.get("attempts") or 0) + 1 < MAX_ATTEMPTS
        with self._store_lock:
            self.store.page_failed(row["url"], reason=reason, message=message, retry=retry)


def parse_feed(body: bytes, base_url: str) -> list[dict]:
    """The entries of an RSS or Atom document: dicts of url (canonical), link, title and
    published (ISO date). ValueError when the document is not a feed."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    if not parsed.entries and not parsed.get("bozo") and not parsed.get("version"):
        raise ValueError("not an RSS or Atom feed")
    out, seen = [], set()
    for entry in parsed.entries:
        link = entry.get("link") or next((lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None)
        if not link and str(entry.get("id", "")).lower().startswith(("http://", "https://")):
            link = entry["id"]
        if not link or not link.lower().startswith(("http://", "https://")):
            continue
        url = canonical_url(link)
        if url in seen:
            continue
        seen.add(url)
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", when) if when else None
        out.append({"url": url, "link": link, "title": (entry.get("title") or "").strip() or None,
                    "published": published})
    if not out and parsed.get("bozo"):
        raise ValueError(f"not a readable feed ({parsed.get('bozo_exception')})")
    return out
