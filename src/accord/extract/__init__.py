"""From a raw document to an Article: main text, title, date, URL and paragraph blocks.

HTML goes through trafilatura (navigation, share bars and comment sections are not article
text). Plain text keeps its blank-line paragraphs and its headings as separate blocks, so a
heading never merges into the next sentence. Page furniture that survives in plain text (a
comment form pasted with the story) is dropped by the patterns in ``boilerplate.txt``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from ..errors import ExtractError
from ..ids import article_id
from ..records import Article, Failure, RawDocument

_BLANK = re.compile(r"\n[ \t]*\n")
# (a quote or bracket closes a sentence only after its own end mark: "Trump warns of 'fire and
# fury'" is a headline, "... called the claims "baseless."" a sentence)
_END_PUNCT = re.compile(r"[.!?:;]$|[.!?][\"'”’)\]]+$")
# An initialism's closing period ends no sentence: "... pact between Australia, Britain and U.S."
_INITIALISM = re.compile(r"(?:\b[A-Z]\.){2,}$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for line in (Path(__file__).with_name("boilerplate.txt")).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, rx = line.split("\t", 1)
            out.append((kind, re.compile(rx.strip(), re.I)))
    return tuple(out)


def boilerplate(block: str) -> str | None:
    """'comments' or 'other' when the block is page furniture, else None."""
    flat = " ".join(block.split())
    for kind, rx in _patterns():
        if rx.search(flat):
            return kind
    return None


def is_heading(line: str) -> bool:
    """A short line with no closing punctuation: a title or a section heading."""
    words = line.split()
    line = line.strip()
    return 0 < len(words) <= 16 and (not _END_PUNCT.search(line) or bool(_INITIALISM.search(line)))


def split_blocks(text: str) -> list[str]:
    """Paragraphs split on blank lines; a heading line is a block of its own even without one."""
    blocks: list[str] = []
    for para in _BLANK.split(text):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        current: list[str] = []
        for ln in lines:
            if is_heading(ln) and len(lines) > 1:
                if current:
                    blocks.append(" ".join(current))
                    current = []
                blocks.append(ln)
            else:
                current.append(ln)
        if current:
            blocks.append(" ".join(current))
    return [" ".join(b.split()) for b in blocks if b.strip()]


def assemble(title: str | None, blocks: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Join blocks with blank lines, dropping page furniture and all that follows a comment form."""
    kept: list[str] = []
    for b in blocks:
        kind = boilerplate(b)
        if kind == "comments":
            break
        if kind is None:
            kept.append(b)
    if title and (not kept or kept[0] != title):
        kept.insert(0, title)
    spans, pos = [], 0
    for b in kept:
        spans.append((pos, pos + len(b)))
        pos += len(b) + 2
    return "\n\n".join(kept), tuple(spans)


def _from_text(doc: RawDocument) -> tuple[str | None, list[str]]:
    blocks = split_blocks(doc.content)
    title = doc.title
    if title is None and doc.kind == "text" and blocks and is_heading(blocks[0]):
        title = blocks[0]
    return title, blocks


def _from_html(doc: RawDocument) -> tuple[str | None, list[str], str | None, str | None]:
    import trafilatura   # imported here: its import costs a second that plain-text runs skip

    try:
        result = trafilatura.bare_extraction(doc.content, include_comments=False, include_tables=False,
                                             with_metadata=True, favor_precision=True, url=doc.url)
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        raise ExtractError(f"{doc.origin}: HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    if result is None:
        raise ExtractError(f"{doc.origin}: no article text found in the HTML page")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    blocks = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    return data.get("title") or doc.title, blocks, data.get("date"), data.get("url")


def extract_article(doc: RawDocument) -> Article:
    """One raw document to one Article, or ExtractError."""
    url, published = doc.url, doc.published
    if doc.kind == "html":
        title, blocks, date, page_url = _from_html(doc)
        published = date or published
        url = url or page_url
    else:
        title, blocks = _from_text(doc)
    text, spans = assemble(title, blocks)
    body = text[spans[1][0]:] if title and len(spans) > 1 else ("" if title else text)
    if len(body.split()) < 3:
        raise ExtractError(f"{doc.origin}: no article text (only {len(text.split())} words after extraction)")
    return Article(article_id=article_id(url=url, text=text), origin=doc.origin, title=title, text=text,
                   url=url, published=published, source=doc.source, blocks=spans)


def extract_articles(docs: Iterable[RawDocument | Failure]) -> Iterator[Article | Failure]:
    """The stage: failures pass through, each document becomes an Article or a Failure."""
    for doc in docs:
        if isinstance(doc, Failure):
            yield doc
            continue
        try:
            yield extract_article(doc)
        except ExtractError as exc:
            yield Failure(doc.origin, "extract", "ExtractError", str(exc))
