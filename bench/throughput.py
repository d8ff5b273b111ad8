#!/usr/bin/env python3
"""Throughput, side by side in one run: the raw spaCy pipeline vs accord's whole path
(extract -> nlp -> code) on the same article texts.

    .venv/bin/python bench/throughput.py [--corpus ../shared/corpora/voa/voa_stories.jsonl] [--repeat 2]

Prints articles/s for each and accord's share of the raw throughput. Not a test: numbers
depend on the machine; report them with the command that made them.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import accord
from accord.records import RawDocument
from accord.run import pipeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared/corpora/voa/voa_stories.jsonl")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    stories = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [RawDocument(origin=s["id"], kind="record", content=s["text"], title=s["title"],
                        published=s["published"]) for s in stories]
    pipe = pipeline(accord.load_settings())
    nlp = pipe.annotator.nlp
    texts = [f"{s['title']}\n\n{s['text']}" for s in stories]
    list(nlp.pipe(texts[:2]))                      # warm both paths once
    list(pipe.code(docs[:2]))
    raw, full, events = [], [], 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        raw.append(time.perf_counter() - t)
        t = time.perf_counter()
        events = sum(len(c.events) for c in pipe.code(docs) if not isinstance(c, accord.Failure))
        full.append(time.perf_counter() - t)
    n = len(texts)
    r, f = n / min(raw), n / min(full)
    print(f"articles: {n}, events: {events}, best of {args.repeat}")
    print(f"raw spaCy nlp.pipe:    {r:6.2f} articles/s")
    print(f"accord extract+nlp+code: {f:6.2f} articles/s  ({100 * f / r:.0f}% of raw)")


if __name__ == "__main__":
    main()
