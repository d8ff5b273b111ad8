#!/usr/bin/env python3
"""Throughput, side by side in one run, on the same article texts:

- raw spaCy (the same pipeline, ``nlp.pipe``) in one process, and with ``n_process`` = N;
- accord's whole path (read -> extract -> nlp -> code), 1 worker and N workers (local engine);
- accord on Dask (a LocalCluster of N single-threaded workers);
- accord ingest into a fresh DuckDB store with N workers (end to end: ... -> store).

    .venv/bin/python bench/throughput.py [--corpus ../shared/corpora/voa/voa_stories.jsonl]
                                         [--workers 2] [--repeat 1] [--copies 1] [--json ...]

Every timing includes loading the spaCy model, as a user's run does: raw spaCy loads it (and
forks its n_process workers from the loaded process); accord starts its workers, which load it. Prints a table (articles/s and accord's share of raw spaCy at the same process count)
and writes it as JSON. Not a test: report the figures with the command that made them.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import accord
from accord.run import code_paths, pipeline

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def _texts(corpus: Path) -> list[str]:
    stories = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [f"{s.get('title') or ''}\n\n{s['text']}" for s in stories]


def _best(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.is_file()
                    else HERE.parent / "examples" / "articles")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", type=Path, default=HERE / "results" / "throughput.json")
    ap.add_argument("--no-dask", action="store_true", help="leave out the Dask run")
    ap.add_argument("--copies", type=int, default=1,
                    help="run on K copies of a JSONL corpus (each copy's texts marked, so none is a duplicate), "
                         "to see steady throughput once the workers have started")
    args = ap.parse_args()
    n_workers = args.workers
    corpus = str(args.corpus)
    if args.copies > 1 and args.corpus.suffix == ".jsonl":
        stories = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        tmp = Path(tempfile.mkdtemp()) / "copies.jsonl"
        with tmp.open("w", encoding="utf-8") as f:
            for k in range(args.copies):
                for s in stories:
                    f.write(json.dumps({**s, "id": f"{s['id']}-{k}", "text": s["text"] + f"\n\n(Copy {k}.)"}) + "\n")
        args.corpus, corpus = tmp, str(tmp)
    texts = _texts(args.corpus) if args.corpus.suffix == ".jsonl" else None

    from accord.nlp import load_pipeline

    one = accord.load_settings(workers=1)
    if texts is None:
        texts = [a.text for a in (c.article for c in code_paths([corpus], one) if not isinstance(c, accord.Failure))]
    n = len(texts)
    list(load_pipeline(one.model).pipe(texts[:4]))      # the first load reads the files from disk; time the rest
    rows = []

    def raw(processes: int) -> int:
        nlp = load_pipeline(one.model)
        return sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=processes))

    def accord_cold(settings) -> int:
        pipeline.cache_clear()          # the in-process pipeline loads its model inside the timing
        return sum(len(c.events) for c in code_paths([corpus], settings) if not isinstance(c, accord.Failure))

    def add(name: str, processes: int, seconds: float, events: int | None = None):
        rows.append({"run": name, "processes": processes, "seconds": round(seconds, 2),
                     "articles_per_s": round(n / seconds, 2), "events": events})

    t, _ = _best(lambda: raw(1), args.repeat)
    add("raw spaCy nlp.pipe", 1, t)
    t, ev = _best(lambda: accord_cold(one), args.repeat)
    add("accord code, 1 worker", 1, t, ev)
    if n_workers > 1:
        t, _ = _best(lambda: raw(n_workers), args.repeat)
        add(f"raw spaCy nlp.pipe, n_process={n_workers}", n_workers, t)
        many = accord.load_settings(workers=n_workers)
        t, ev = _best(lambda: accord_cold(many), args.repeat)
        add(f"accord code, {n_workers} workers", n_workers, t, ev)
        if not args.no_dask:
            dask = accord.load_settings(workers=n_workers, engine="dask")
            t, ev = _best(lambda: accord_cold(dask), args.repeat)
            add(f"accord code, Dask LocalCluster of {n_workers}", n_workers, t, ev)

        def ingest():
            with tempfile.TemporaryDirectory() as tmp:
                return accord.ingest([corpus], settings=accord.load_settings(workers=n_workers,
                                                                             db=str(Path(tmp) / "b.duckdb"))).events
        t, ev = _best(ingest, args.repeat)
        add(f"accord ingest (to DuckDB), {n_workers} workers", n_workers, t, ev)

    raw = {r["processes"]: r["articles_per_s"] for r in rows if r["run"].startswith("raw")}
    for r in rows:
        r["share_of_raw"] = round(r["articles_per_s"] / raw[r["processes"]], 3) if r["processes"] in raw else None
    print(f"corpus: {corpus} ({n} articles), best of {args.repeat}, {os.cpu_count()} cores")
    print(f"{'run':48} {'proc':>4} {'s':>7} {'art/s':>7} {'of raw':>7} {'events':>7}")
    for r in rows:
        share = f"{100 * r['share_of_raw']:.0f}%" if r["share_of_raw"] is not None else ""
        print(f"{r['run']:48} {r['processes']:>4} {r['seconds']:>7.2f} {r['articles_per_s']:>7.2f} {share:>7} "
              f"{r['events'] if r['events'] is not None else '':>7}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                     "corpus": corpus, "articles": n, "cores": os.cpu_count(),
                                     "python": platform.python_version(), "repeat": args.repeat,
                                     "copies": args.copies, "rows": rows},
                                    indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
