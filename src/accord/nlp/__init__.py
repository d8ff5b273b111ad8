"""The spaCy pipeline, loaded once per worker, turning Articles into plain annotated records.

Each block (paragraph or heading) is parsed on its own, so that sentences never cross blocks.
Headings in Title Case parse badly ("Kim Jong Un to Join Xi" tags "Join" as a name), so a
heading is parsed with its common words lower-cased: a capitalised word stays capitalised only
when the article's body also writes it capitalised mid-sentence, or the caller names it as a
known proper name. Lower-casing keeps every offset, and token texts come from the original.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator

from ..config import Settings
from ..errors import NlpError
from ..extract import is_heading
from ..records import AnnotatedArticle, Article, Failure, Sentence, Token

_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def load_pipeline(name: str):
    """Import the packaged spaCy pipeline; nothing is downloaded."""
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise NlpError(f"spaCy pipeline {name!r} is not installed; install accord with its "
                       f"dependencies (pip install -e .)") from exc
    return module.load()


def _midsentence_capitals(text: str) -> set[str]:
    caps = set()
    for m in re.finditer(r"(?<=[a-z,;] )([A-Z][\w'’.-]*)", text):
        caps.add(m.group(1))
    return caps


def normalise_heading(heading: str, keep: set[str], is_known: Callable[[str], bool]) -> str:
    """Lower-case Title Case words that are not proper names; the length never changes."""
    words = list(_WORD.finditer(heading))
    capitalised = sum(1 for w in words if w.group()[0].isupper())
    if len(words) < 3 or capitalised < 0.6 * len(words):
        return heading
    out = list(heading)
    for w in words:
        word = w.group()
        if word.isupper() or word in keep or is_known(word):
            continue
        low = word.lower()
        if len(low) == len(word):
            out[w.start():w.end()] = low
    return "".join(out)


class Annotator:
    """Loads the pipeline once (per process); call it on Articles to get AnnotatedArticles."""

    def __init__(self, settings: Settings, *, is_known: Callable[[str], bool] | None = None):
        self.settings = settings
        self.nlp = load_pipeline(settings.model)
        self.is_known = is_known or (lambda w: False)

    def _block_texts(self, art: Article) -> list[str]:
        blocks = [art.text[s:e] for s, e in art.blocks]
        heads = [(n == 0 and art.title is not None and b == art.title) or is_heading(b) for n, b in enumerate(blocks)]
        body_caps = _midsentence_capitals(" ".join(b for b, h in zip(blocks, heads) if not h))
        return [normalise_heading(b, body_caps, self.is_known) if h else b for b, h in zip(blocks, heads)]

    def annotate(self, art: Article) -> AnnotatedArticle:
        return next(iter(self(iter([art]))))

    def __call__(self, articles: Iterable[Article | Failure]) -> Iterator[AnnotatedArticle | Failure]:
        """Annotate a stream of articles in order. The blocks of ``batch_size`` articles go through
        one ``nlp.pipe`` call together (batching across articles is most of spaCy's speed); an
        article whose blocks fail is retried alone, so one bad article costs one Failure."""
        batch: list[Article | Failure] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= self.settings.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Article | Failure]) -> Iterator[AnnotatedArticle | Failure]:
        arts = [a for a in batch if not isinstance(a, Failure)]
        texts: list[tuple[str, tuple[int, int]]] = []
        for n, art in enumerate(arts):
            texts.extend((t, (n, b)) for b, t in enumerate(self._block_texts(art)))
        try:
            docs: dict[int, list] = {}
            for doc, (n, _b) in self.nlp.pipe(texts, as_tuples=True, batch_size=max(8, self.settings.batch_size)):
                docs.setdefault(n, []).append(doc)
        except Exception:   # find the article at fault: annotate each alone
            docs = None
        done = iter(range(len(arts)))
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            n = next(done)
            try:
                parsed = docs[n] if docs is not None else list(self.nlp.pipe(self._block_texts(item)))
                yield self._annotate(item, parsed)
            except Exception as exc:   # one article's parse failure must not stop the run
                yield Failure(item.origin, "nlp", type(exc).__name__, f"{item.origin}: {exc}", item.article_id)

    def _annotate(self, art: Article, docs: list) -> AnnotatedArticle:
        sentences: list[Sentence] = []
        for (start, _end), doc in zip(art.blocks, docs):
            for sent in doc.sents:
                toks = []
                for t in sent:
                    toks.append(Token(
                        i=t.i - sent.start, text=art.text[start + t.idx:start + t.idx + len(t.text)],
                        idx=start + t.idx, lemma=t.lemma_, pos=t.pos_, tag=t.tag_, dep=t.dep_,
                        head=t.head.i - sent.start, ent_type=t.ent_type_, ent_iob=t.ent_iob_ or "O"))
                s0 = start + sent.start_char
                s1 = start + sent.end_char
                sentences.append(Sentence(index=len(sentences), start=s0, end=s1,
                                          text=art.text[s0:s1], tokens=tuple(toks)))
        return AnnotatedArticle(article=art, sentences=tuple(sentences))
