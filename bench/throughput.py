#!/usr/bin/env python3
"""Throughput, side by side in one run, on the same article texts:

- raw spaCy (the same pipeline, ``nlp.pipe``) in one process, and with ``n_process`` = N;
- accord's whole path (read -> extract -> nlp -> code), 1 worker and N workers (local engine);
- accord on Dask (a LocalCluster of N single-threaded workers);
- accord ingest into a fresh DuckDB store with N workers (end to end: ... -> store).

    .venv/bin/python bench/throughput.py [--corpus ../shared/corpora/voa/voa_stories.jsonl]
                                         [--workers 2] [--repeat 1] [--copies 1] [--json ...]

Every timing includes loading the spaCy model, as a user's run does: raw spaCy loads it (and
forks its n_process workers from the loaded process); accord starts its workers, which load it.
With ``--repeat K`` the runs go in K interleaved rounds (each run once per round) and the best
time of each counts, so that a slow spell of a shared machine does not fall on one run only.
Prints a table (articles/s and accord's share of raw spaCy at the same process count; CPU
seconds of the run and its workers, and raw spaCy's CPU seconds as a share of them) and writes
it as JSON, with every round's times. Not a test: report the figures with the command
that made them.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
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


def _cpu() -> float:
    """CPU seconds of this process and of every child process that has ended."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _rounds(runs: list[tuple[str, int, object]], repeat: int) -> list[tuple[str, int, list[float], list[float], object]]:
    """Time every run once per round, ``repeat`` rounds: a slow spell of the machine then falls
    on all runs alike instead of on whichever ran during it. Each run's CPU seconds (its own and
    its worker processes') are taken too: on a shared machine they vary far less than the wall time."""
    times: dict[str, list[float]] = {name: [] for name, _, _ in runs}
    cpu: dict[str, list[float]] = {name: [] for name, _, _ in runs}
    out: dict[str, object] = {}
    for _ in range(repeat):
        for name, _, fn in runs:
            t, c = time.perf_counter(), _cpu()
            out[name] = fn()
            times[name].append(time.perf_counter() - t)
            cpu[name].append(_cpu() - c)
    return [(name, procs, times[name], cpu[name], out[name]) for name, procs, _ in runs]


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

    def ingest():
        with tempfile.TemporaryDirectory() as tmp:
            return accord.ingest([corpus], settings=accord.load_settings(workers=n_workers,
                                                                         db=str(Path(tmp) / "b.duckdb"))).events

    runs = [("raw spaCy nlp.pipe", 1, lambda: raw(1)), ("accord code, 1 worker", 1, lambda: accord_cold(one))]
    if n_workers > 1:
        many = accord.load_settings(workers=n_workers)
        runs += [(f"raw spaCy nlp.pipe, n_process={n_workers}", n_workers, lambda: raw(n_workers)),
                 (f"accord code, {n_workers} workers", n_workers, lambda: accord_cold(many))]
        if not args.no_dask:
            dask = accord.load_settings(workers=n_workers, engine="dask")
            runs.append((f"accord code, Dask LocalCluster of {n_workers}", n_workers, lambda: accord_cold(dask)))
        runs.append((f"accord ingest (to DuckDB), {n_workers} workers", n_workers, ingest))
    for name, procs, times, cpu, out in _rounds(runs, args.repeat):
        add(name, procs, min(times), None if name.startswith("raw") else out)
        rows[-1]["all_seconds"] = [round(t, 2) for t in times]
        rows[-1]["cpu_seconds"] = round(min(cpu), 2)
        rows[-1]["all_cpu_seconds"] = [round(c, 2) for c in cpu]

    raw = {r["processes"]: r["articles_per_s"] for r in rows if r["run"].startswith("raw")}
    raw_cpu = {r["processes"]: r["cpu_seconds"] for r in rows if r["run"].startswith("raw")}
    for r in rows:
        r["share_of_raw"] = round(r["articles_per_s"] / raw[r["processes"]], 3) if r["processes"] in raw else None
        # raw spaCy's CPU seconds over the run's: the share of the work that is spaCy's own
        r["cpu_share_of_raw"] = round(raw_cpu[r["processes"]] / r["cpu_seconds"], 3) if r["processes"] in raw_cpu else None
    print(f"corpus: {corpus} ({n} articles), best of {args.repeat} interleaved rounds, {os.cpu_count()} cores")
    print(f"{'run':48} {'proc':>4} {'s':>7} {'art/s':>7} {'of raw':>7} {'cpu s':>7} {'of raw':>7} {'events':>7}")
    for r in rows:
        share = f"{100 * r['share_of_raw']:.0f}%" if r["share_of_raw"] is not None else ""
        cpu_share = f"{100 * r['cpu_share_of_raw']:.0f}%" if r["cpu_share_of_raw"] is not None else ""
        print(f"{r['run']:48} {r['processes']:>4} {r['seconds']:>7.2f} {r['articles_per_s']:>7.2f} {share:>7} "
              f"{r['cpu_seconds']:>7.2f} {cpu_share:>7} {r['events'] if r['events'] is not None else '':>7}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                     "corpus": corpus, "articles": n, "cores": os.cpu_count(),
                                     "python": platform.python_version(), "repeat": args.repeat,
                                     "copies": args.copies, "rows": rows},
                                    indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
