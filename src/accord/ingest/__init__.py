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


# A well-formed UTF-8 sequence of two to four bytes (RFC 3629).
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                         rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                         rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)


_MAGIC = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or EPUB file)"),
          (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"\x1f\x8b", "gzip-compressed"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
          (b"\x7fELF", "a program"))


def decode(data: bytes, origin: str) -> str:
    """Bytes to text, or an InputError saying why not.

    UTF-8 (with or without a BOM) first; else the charset an HTML or XML document declares; else,
    when no byte sequence in it is UTF-8, Windows-1252 (the usual legacy encoding of Western news
    pages, a superset of Latin-1's printable range). A file that mixes UTF-8 with another
    encoding is refused: guessing would garble names."""
    if not data.strip():
        raise InputError(f"{origin}: the file is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{origin}: the file starts as UTF-16 but is not (byte {exc.start})") from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{origin}: the file is {what}, not text, HTML or JSONL")
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: the file is binary (it holds NUL bytes), not text, HTML or JSONL")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start
    m = _DECLARED.search(data[:4096])
    declared = (m.group(1) or m.group(2)).decode("ascii", "ignore").lower() if m else None
    if declared and declared.replace("-", "").replace("_", "") not in ("utf8", "utf8sig"):
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    if _UTF8_MULTI.search(data):
        raise InputError(f"{origin}: the file mixes UTF-8 with another encoding (byte {bad}: "
                         f"{data[bad:bad + 1]!r} is not UTF-8); convert it to UTF-8")
    return data.decode("cp1252", errors="replace")


EARLIEST, LATEST = 1800, 2200     # publication years outside these are taken for mistakes


def published_date(value, where: str) -> str:
    """A publication date as given in an input (ISO 8601 date or date-time, or an RFC 2822 date
    as in RSS), returned as ISO text; InputError naming ``where`` for anything else.

    >>> published_date("Tue, 02 Sep 2025 08:00:00 GMT", "x")
    '2025-09-02T08:00:00+00:00'
    """
    from datetime import datetime
    from email.utils import parsedate_to_datetime

    text = str(value).strip()
    when, iso = None, text
    if isinstance(value, str) and text:
        try:
            when = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            try:
                when = parsedate_to_datetime(text)
                iso = when.isoformat()
            except (TypeError, ValueError, IndexError):
                when = None
    if when is None:
        raise InputError(f"{where}: published {value!r} is not a date (write YYYY-MM-DD, an ISO 8601 date-time, "
                         "or an RFC 2822 date)")
    if not EARLIEST <= when.year <= LATEST:
        raise InputError(f"{where}: published {value!r} is outside the years {EARLIEST}-{LATEST}")
    return iso


def sniff(text: str) -> str:
    head = text.lstrip()[:1000].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>")):
        return "html"
    return "text"


def _record_docs(text: str, origin: str, limit: int) -> Iterator[RawDocument | Failure]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        if len(line) > limit:
            yield Failure(where, "ingest", "InputError", f"{where}: the record is {len(line):,} characters, more than "
                          f"the limit of {limit:,} (max_input_bytes)")
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise InputError(f"{where}: a JSONL line must be an object, got {type(rec).__name__}")
            body = rec.get("text") if rec.get("text") is not None else rec.get("html")
            if not isinstance(body, str) or not body.strip():
                raise InputError(f"{where}: the record has no \"text\" or \"html\" field with content")
            for key in ("title", "url", "source", "id"):
                if rec.get(key) is not None and not isinstance(rec[key], (str, int)):
                    raise InputError(f"{where}: field {key!r} must be a string, got {type(rec[key]).__name__}")
            if rec.get("published") is not None:
                rec["published"] = published_date(rec["published"], where)
            yield RawDocument(origin=where, kind="html" if rec.get("text") is None else "record",
                              content=body, title=rec.get("title"), url=rec.get("url"),
                              published=str(rec["published"]) if rec.get("published") else None,
                              source=rec.get("source"), doc_id=str(rec["id"]) if rec.get("id") is not None else None)
        except json.JSONDecodeError as exc:
            yield Failure(where, "ingest", "InputError", f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
        except InputError as exc:
            yield Failure(where, "ingest", "InputError", str(exc))


def _read_one(path: Path, origin: str, data: bytes, limit: int, kind: str | None = None
              ) -> Iterator[RawDocument | Failure]:
    try:
        text = decode(data, origin)
    except InputError as exc:
        yield Failure(origin, "ingest", type(exc).__name__, str(exc))
        return
    kind = kind or SUFFIXES.get(path.suffix.lower()) or sniff(text)
    if kind == "jsonl":
        yield from _record_docs(text, origin, limit)
    elif len(data) > limit:
        yield Failure(origin, "ingest", "InputError", _too_big(origin, len(data), limit))
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
    limit = settings.max_input_bytes if settings is not None else _default_limit()
    try:
        for path in expand(paths):
            if path == STDIN:
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from _read_one(Path("stdin"), "<stdin>", stream.read(), limit)
                continue
            if is_url(path):
                if fetcher is None:
                    from ..config import load_settings
                    from ..fetch import Fetcher

                    fetcher = Fetcher(settings or load_settings())
                yield fetch_document(fetcher, path)
                continue
            yield from _read_path(path, limit)
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


def _default_limit() -> int:
    from ..config import Settings

    return Settings.max_input_bytes


def _too_big(origin: str, size: int, limit: int) -> str:
    return (f"{origin}: the file is {size:,} bytes, more than the limit of {limit:,} for one article "
            f"(max_input_bytes; JSONL batches are limited per line)")


def _read_path(path: Path, limit: int) -> Iterator[RawDocument | Failure]:
    origin = str(path)
    if not path.exists():
        yield Failure(origin, "ingest", "InputError", f"{origin}: no such file or directory")
        return
    try:
        size = path.stat().st_size
        if size > limit and path.suffix.lower() not in (".jsonl", ".ndjson"):
            yield Failure(origin, "ingest", "InputError", _too_big(origin, size, limit))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(origin, "ingest", "InputError", f"{origin}: cannot be read ({exc.strerror})")
        return
    yield from _read_one(path, origin, data, limit)


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
