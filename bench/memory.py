#!/usr/bin/env python3
"""Peak memory while ingesting a large generated corpus: does resident memory stay flat?

    .venv/bin/python bench/memory.py [--articles 100000] [--workers 2] [--every 5000]
                                     [--writer-memory MB]
    .venv/bin/python bench/memory.py --store-only [--articles 40000] [--writer-memory 0 64 ...]

Writes N generated news-like articles (four sentences each, countries and verbs drawn from
fixed lists; every article different; PER_DAY published a day, in date order) to a JSONL file,
ingests it into a fresh DuckDB store with the local engine, and samples the resident memory of
the ingesting process and of its worker processes every ``--every`` articles. Prints the
samples and the peaks, and writes JSON. Not a test.

``--store-only`` isolates the writer: 300 generated articles are coded once, then N articles
made from them (new ids, words added so that none is a near-duplicate, and publication days in
order, PER_DAY a day, like those of the generated corpus) are stored, once for
each DuckDB memory limit given (``Settings.writer_memory_mb``; 0 is DuckDB's default), each in a
fresh process, side by side: resident memory, DuckDB's own account of its memory, and seconds.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
COUNTRIES = ["Russia", "Ukraine", "China", "Japan", "India", "Pakistan", "Iran", "Israel", "Turkey", "Egypt",
             "Nigeria", "Kenya", "Brazil", "Mexico", "France", "Germany", "Poland", "Sweden", "Vietnam", "Indonesia"]
TEMPLATES = [
    "{a} accused {b} of violating the ceasefire on {day}.",
    "The foreign ministers of {a} and {b} met in {a_cap} on {day} to discuss trade.",
    "{a} imposed new sanctions on {b} over its nuclear programme.",
    "{a} pledged to send humanitarian aid to {b} after the floods.",
    "Protesters rallied outside the {b} embassy in {a_cap} against the border closure.",
    "{a} and {b} agreed to hold joint naval exercises next month.",
    "{a} expelled two {b_adj} diplomats, accusing them of spying.",
    "{a} warned {b} against any further military build-up near the border.",
]
CAPITALS = {"Russia": "Moscow", "Ukraine": "Kyiv", "China": "Beijing", "Japan": "Tokyo", "India": "New Delhi",
            "Pakistan": "Islamabad", "Iran": "Tehran", "Israel": "Jerusalem", "Turkey": "Ankara", "Egypt": "Cairo",
            "Nigeria": "Abuja", "Kenya": "Nairobi", "Brazil": "Brasilia", "Mexico": "Mexico City", "France": "Paris",
            "Germany": "Berlin", "Poland": "Warsaw", "Sweden": "Stockholm", "Vietnam": "Hanoi", "Indonesia": "Jakarta"}
ADJ = {"Russia": "Russian", "Ukraine": "Ukrainian", "China": "Chinese", "Japan": "Japanese", "India": "Indian",
       "Pakistan": "Pakistani", "Iran": "Iranian", "Israel": "Israeli", "Turkey": "Turkish", "Egypt": "Egyptian",
       "Nigeria": "Nigerian", "Kenya": "Kenyan", "Brazil": "Brazilian", "Mexico": "Mexican", "France": "French",
       "Germany": "German", "Poland": "Polish", "Sweden": "Swedish", "Vietnam": "Vietnamese", "Indonesia": "Indonesian"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


PER_DAY = 100       # articles published a day: a stream arrives in date order


def generate(path: Path, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    start = date(2020, 1, 1)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            sents = []
            for _ in range(4):
                a, b = rnd.sample(COUNTRIES, 2)
                sents.append(rnd.choice(TEMPLATES).format(a=a, b=b, a_cap=CAPITALS[a], b_adj=ADJ[b],
                                                         day=rnd.choice(DAYS)))
            text = " ".join(sents) + f" Officials gave no further details in report {i}."
            f.write(json.dumps({"id": f"g{i}", "title": f"Report {i}", "text": text,
                                "published": (start + timedelta(days=i // PER_DAY)).isoformat(),
                                "source": f"outlet{i % 50}"}) + "\n")


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if int((p / "stat").read_text().split(") ", 1)[1].split()[1]) == pid:
                    out.append(int(p.name))
            except (OSError, IndexError, ValueError):
                continue
    return out


def store_only(n: int, memory_mb: int, every: int) -> list[dict]:
    """Store ``n`` coded articles with one writer memory limit; samples every ``every`` articles.
    Runs in its own process (see ``--store-only``)."""
    from dataclasses import replace

    import accord
    from accord.records import RawDocument
    from accord.run import pipeline
    from accord.store import Store

    rnd = random.Random(3)
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda sigma tau omega".split()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "templates.jsonl"
        generate(corpus, 300)
        docs = [RawDocument(origin=r["id"], kind="text", content=r["text"], title=r["title"], published=r["published"])
                for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())]
        coded = list(pipeline(accord.load_settings(workers=1)).code(docs))
        samples, t0, batch = [], time.perf_counter(), []
        with Store(str(Path(tmp) / "store.duckdb"), memory_mb=memory_mb) as store:
            for i in range(n):
                c = coded[i % len(coded)]
                aid = f"s{i:08d}"
                text = c.article.text + " " + " ".join(rnd.choice(words) for _ in range(30)) + f" {i}"
                day = (date(2020, 1, 1) + timedelta(days=i // PER_DAY)).isoformat()
                art = replace(c.article, article_id=aid, origin=f"s{i}", text=text, published=day)
                batch.append((art, tuple(replace(e, event_id=f"{aid}-{k}", article_id=aid, published=day, date=None)
                                         for k, e in enumerate(c.events))))
                if len(batch) == 32 or i == n - 1:
                    store.add_articles(batch)
                    batch = []
                if (i + 1) % every == 0:
                    duck = store.con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()[0]
                    samples.append({"articles": i + 1, "seconds": round(time.perf_counter() - t0, 1),
                                    "rss_mb": round(rss_mb(os.getpid()), 1), "duckdb_mb": round(duck / 1e6, 1),
                                    "limit_mb": store._memory_mb})
    return samples


def main_store_only(args) -> None:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    limits = args.writer_memory or [0, 64]
    runs = {}
    for mb in limits:      # one fresh process each: resident memory is not shared between runs
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            runs[mb] = pool.submit(store_only, args.articles, mb, args.every).result()
        print(f"writer memory limit {mb or 'DuckDB default'}{' MB' if mb else ''}: done", flush=True)
    print(f"{'articles':>9}  " + "  ".join(f"{'limit ' + (str(mb) + ' MB' if mb else 'default'):>30}" for mb in limits))
    print(f"{'':>9}  " + "  ".join(f"{'RSS MB':>10}{'DuckDB MB':>10}{'s':>10}" for _ in limits))
    for row in zip(*(runs[mb] for mb in limits)):
        print(f"{row[0]['articles']:>9,}  " + "  ".join(
            f"{s['rss_mb']:>10.1f}{s['duckdb_mb']:>10.1f}{s['seconds']:>10.1f}" for s in row))
    out = args.json if args.json != HERE / "results" / "memory.json" else HERE / "results" / "memory-store.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                               "articles": args.articles,
                               "runs": [{"writer_memory_mb": mb, "samples": runs[mb]} for mb in limits]},
                              indent=1) + "\n")
    print(f"wrote {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=None, help="default: 100,000 (40,000 with --store-only)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--every", type=int, default=5000)
    ap.add_argument("--writer-memory", type=int, nargs="+", metavar="MB",
                    help="DuckDB memory limit of the writer (default: the settings'; --store-only: 0 64)")
    ap.add_argument("--store-only", action="store_true", help="store already coded articles, per memory limit")
    ap.add_argument("--json", type=Path, default=HERE / "results" / "memory.json")
    args = ap.parse_args()
    if args.store_only:
        args.articles = args.articles or 40_000
        return main_store_only(args)
    args.articles = args.articles or 100_000

    import accord

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "generated.jsonl"
        t = time.perf_counter()
        generate(corpus, args.articles)
        print(f"generated {args.articles:,} articles ({corpus.stat().st_size / 1e6:.0f} MB) "
              f"in {time.perf_counter() - t:.0f} s")
        samples, done, t0 = [], [0], time.perf_counter()
        me = os.getpid()

        def progress(_item) -> None:
            done[0] += 1
            if done[0] % args.every == 0 or done[0] == args.articles:
                kids = children(me)
                main_mb = rss_mb(me)
                workers_mb = [round(rss_mb(k), 1) for k in kids]
                samples.append({"articles": done[0], "seconds": round(time.perf_counter() - t0, 1),
                                "main_rss_mb": round(main_mb, 1), "worker_rss_mb": workers_mb,
                                "total_rss_mb": round(main_mb + sum(workers_mb), 1)})
                s = samples[-1]
                print(f"{s['articles']:>8,} articles {s['seconds']:>8.1f} s  main {s['main_rss_mb']:>7.1f} MB  "
                      f"workers {s['worker_rss_mb']}  total {s['total_rss_mb']:>7.1f} MB", flush=True)

        import logging

        raised: list[str] = []       # the store says when a batch needed a higher memory limit

        class Raised(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                raised.append(f"at {done[0]:,} articles: {record.getMessage()}")
        logging.getLogger("accord.store").addHandler(Raised())
        settings = accord.load_settings(workers=args.workers, db=str(Path(tmp) / "memory.duckdb"),
                                        writer_memory_mb=(args.writer_memory or [None])[0])
        summary = accord.ingest([str(corpus)], settings=settings, progress=progress)
        elapsed = time.perf_counter() - t0
    peak_main = max(s["main_rss_mb"] for s in samples)
    peak_total = max(s["total_rss_mb"] for s in samples)
    half = [s for s in samples if s["articles"] <= args.articles // 2]
    print(f"ingested {summary.articles:,} articles, {summary.events:,} events, {len(summary.failures)} failed, "
          f"in {elapsed:.0f} s ({summary.articles / elapsed:.1f} articles/s)")
    print(f"peak resident memory: ingesting process {peak_main:.0f} MB, with workers {peak_total:.0f} MB; "
          f"at half way: {max((s['total_rss_mb'] for s in half), default=0):.0f} MB")
    for line in raised:
        print(f"writer memory limit raised {line}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                     "articles": args.articles, "workers": args.workers,
                                     "writer_memory_mb": settings.writer_memory_mb,
                                     "events": summary.events, "seconds": round(elapsed, 1),
                                     "peak_main_rss_mb": peak_main, "peak_total_rss_mb": peak_total,
                                     "writer_memory_raised": raised,
                                     "samples": samples}, indent=1) + "\n")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
