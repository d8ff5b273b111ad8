"""Find and read inputs: files, directories (recursive), JSONL batches, standard input and
http(s) URLs (fetched politely and safely by :mod:`accord.fetch`).

``read_inputs`` yields a :class:`RawDocument` for each article and a :class:`Failure` for each
input that cannot be read, so that one bad file never stops a run.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Failure, RawDocument

SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html",
            ".jsonl": "jsonl", ".ndjson": "jsonl"}
STDIN = "-"
_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})[-_]")


def decode(data: bytes, origin: str) -> str:
    """Bytes to text, or an InputError saying why not."""
    if not data.strip():
        raise InputError(f"{origin}: the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: the file is binary (it holds NUL bytes), not text, HTML or JSONL")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: the file is not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from exc


def sniff(text: str) -> str:
    head = text.lstrip()[:1000].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>")):
        return "html"
    return "text"


def _record_docs(text: str, origin: str) -> Iterator[RawDocument | Failure]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise InputError(f"{where}: a JSONL line must be an object, got {type(rec).__name__}")
            body = rec.get("text") if rec.get("text") is not None else rec.get("html")
            if not isinstance(body, str) or not body.strip():
                raise InputError(f"{where}: the record has no \"text\" or \"html\" field with content")
            for key in ("title", "url", "published", "source", "id"):
                if rec.get(key) is not None and not isinstance(rec[key], (str, int)):
                    raise InputError(f"{where}: field {key!r} must be a string, got {type(rec[key]).__name__}")
            yield RawDocument(origin=where, kind="html" if rec.get("text") is None else "record",
                              content=body, title=rec.get("title"), url=rec.get("url"),
                              published=str(rec["published"]) if rec.get("published") else None,
                              source=rec.get("source"), doc_id=str(rec["id"]) if rec.get("id") is not None else None)
        except json.JSONDecodeError as exc:
            yield Failure(where, "ingest", "InputError", f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
        except InputError as exc:
            yield Failure(where, "ingest", "InputError", str(exc))


def _read_one(path: Path, origin: str, data: bytes, kind: str | None = None) -> Iterator[RawDocument | Failure]:
    try:
        text = decode(data, origin)
    except InputError as exc:
        yield Failure(origin, "ingest", type(exc).__name__, str(exc))
        return
    kind = kind or SUFFIXES.get(path.suffix.lower()) or sniff(text)
    if kind == "jsonl":
        yield from _record_docs(text, origin)
    else:
        # a file named "2025-03-11-story.txt" was published on that day unless its page says otherwise
        m = _DATED.match(path.name)
        yield RawDocument(origin=origin, kind=kind, content=text, published=m.group(1) if m else None)


def expand(paths: Iterable[str]) -> Iterator[str | Path]:
    """Paths as given, with directories expanded to the input files below them, sorted."""
    for p in paths:
        if p == STDIN or is_url(p):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield path


def is_url(p) -> bool:
    return isinstance(p, str) and p[:8].lower().startswith(("http://", "https://"))


def read_inputs(paths: Iterable[str], *, stdin=None, settings=None) -> Iterator[RawDocument | Failure]:
    """Yield the documents behind ``paths``; a path that cannot be read yields a Failure. URLs are
    fetched with the fetch settings of ``settings`` (the defaults when None)."""
    fetcher = None
    try:
        for path in expand(paths):
            if path == STDIN:
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from _read_one(Path("stdin"), "<stdin>", stream.read())
                continue
            if is_url(path):
                if fetcher is None:
                    from ..config import load_settings
                    from ..fetch import Fetcher

                    fetcher = Fetcher(settings or load_settings())
                yield fetch_document(fetcher, path)
                continue
            yield from _read_path(path)
    finally:
        if fetcher is not None:
            fetcher.close()


def fetch_document(fetcher, url: str, *, title: str | None = None, published: str | None = None
                   ) -> RawDocument | Failure:
    """A web page as a RawDocument (HTML, or text when served as text/plain), or a Failure saying
    why it could not be fetched."""
    from urllib.parse import urlsplit

    from ..errors import FetchError

    try:
        page = fetcher.get(url)
    except FetchError as exc:
        return Failure(url, "fetch", exc.reason, str(exc))
    kind = "text" if page.content_type.lower().startswith("text/plain") else "html"
    return RawDocument(origin=url, kind=kind, content=page.text(), title=title, url=page.final_url,
                       published=published, source=urlsplit(page.final_url).hostname)


def _read_path(path: Path) -> Iterator[RawDocument | Failure]:
    origin = str(path)
    if not path.exists():
        yield Failure(origin, "ingest", "InputError", f"{origin}: no such file or directory")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(origin, "ingest", "InputError", f"{origin}: cannot be read ({exc.strerror})")
        return
    yield from _read_one(path, origin, data)


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many files ``paths`` name (JSONL lines counted), or None when it cannot be known cheaply."""
    total = 0
    for path in expand(paths):
        if path == STDIN:
            return None
        if isinstance(path, Path) and path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
            with open(path, "rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            total += 1
    return total
