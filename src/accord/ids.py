"""Content-derived ids: the same input gives the same id on every run and every worker."""
from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit, urlunsplit


def _digest(*parts: object, size: int = 16) -> str:
    h = hashlib.blake2b(digest_size=size // 2)
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no trailing slash, no tracking parameters."""
    parts = urlsplit(url.strip())
    query = "&".join(q for q in parts.query.split("&") if q and not q.lower().startswith(("utm_", "fbclid", "gclid")))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def text_fingerprint(text: str) -> str:
    """A hash of the text with whitespace and case folded, so reformatting keeps the id."""
    return _digest(re.sub(r"\s+", " ", text).strip().lower())


def article_id(*, url: str | None, text: str) -> str:
    return "a" + (_digest("url", canonical_url(url)) if url else _digest("text", text_fingerprint(text)))[1:]


def event_id(article_id: str, sentence_index: int, cameo: str, source: str | None, target: str | None) -> str:
    return "e" + _digest(article_id, sentence_index, cameo, source or "", target or "")[1:]
