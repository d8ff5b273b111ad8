#!/usr/bin/env python3
"""Peak memory while ingesting a large generated corpus: does resident memory stay flat?

    .venv/bin/python bench/memory.py [--articles 100000] [--workers 2] [--every 5000]

Writes N generated news-like articles (four sentences each, countries and verbs drawn from
fixed lists; every article different) to a JSONL file, ingests it into a fresh DuckDB store with
the local engine, and samples the resident memory of the ingesting process and of its worker
processes every ``--every`` articles. Prints the samples and the peaks, and writes JSON. Not a
test.
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
                                "published": (start + timedelta(days=i % 2000)).isoformat(),
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--every", type=int, default=5000)
    ap.add_argument("--json", type=Path, default=HERE / "results" / "memory.json")
    args = ap.parse_args()

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

        settings = accord.load_settings(workers=args.workers, db=str(Path(tmp) / "memory.duckdb"))
        summary = accord.ingest([str(corpus)], settings=settings, progress=progress)
        elapsed = time.perf_counter() - t0
    peak_main = max(s["main_rss_mb"] for s in samples)
    peak_total = max(s["total_rss_mb"] for s in samples)
    half = [s for s in samples if s["articles"] <= args.articles // 2]
    print(f"ingested {summary.articles:,} articles, {summary.events:,} events, {len(summary.failures)} failed, "
          f"in {elapsed:.0f} s ({summary.articles / elapsed:.1f} articles/s)")
    print(f"peak resident memory: ingesting process {peak_main:.0f} MB, with workers {peak_total:.0f} MB; "
          f"at half way: {max((s['total_rss_mb'] for s in half), default=0):.0f} MB")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                     "articles": args.articles, "workers": args.workers,
                                     "events": summary.events, "seconds": round(elapsed, 1),
                                     "peak_main_rss_mb": peak_main, "peak_total_rss_mb": peak_total,
                                     "samples": samples}, indent=1) + "\n")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
