#!/usr/bin/env python3
"""Query latency over a large store: the dyad time series and the actor network over N
generated events (10 million by default), each timed several times.

    .venv/bin/python bench/query.py [--events 10000000] [--db /tmp/accord-bench-10m.duckdb] [--runs 5]

The events are generated inside DuckDB (random dyads among 60 countries and 20 sectors, random
CAMEO codes with their QuadClass and Goldstein values, ten years of dates), then the queries run
through the same library calls the CLI and the API use. The store is reused when it already
holds N events. Prints a table and writes JSON. Not a test.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path

from accord.analyse import dyad, network
from accord.coding.tables import cameo_codes, countries
from accord.store import Store

HERE = Path(__file__).resolve().parent


def generate(store: Store, n: int) -> None:
    codes = [c for c in cameo_codes().values() if c.plover_type]
    named = ["PRK", "RUS", "CHN", "USA", "KOR", "JPN", "IND", "PAK", "IRN", "ISR", "UKR", "DEU", "FRA", "GBR", "TUR"]
    iso = named + [c for c in sorted(countries()) if len(c) == 3 and c not in named][:60 - len(named)]
    con = store.con
    con.execute("CREATE TEMP TABLE g_codes AS SELECT * FROM (VALUES " +
                ", ".join(f"({i}, '{c.code}', {c.quad_class}, {c.goldstein}, '{c.plover_type}')"
                          for i, c in enumerate(codes)) + ") t(i, cameo, quad, goldstein, plover)")
    con.execute("CREATE TEMP TABLE g_iso AS SELECT * FROM (VALUES " +
                ", ".join(f"({i}, '{c}')" for i, c in enumerate(iso)) + ") t(i, iso)")
    sectors = ["", "GOV", "MIL", "OPP", "REB", "CVL", "BUS", "MED", "JUD", "LEG", "COP", "ELI", "LAB", "EDU", "REL",
               "HLH", "REF", "NGO", "PTY", "AGR"]
    con.execute("CREATE TEMP TABLE g_sec AS SELECT * FROM (VALUES " +
                ", ".join(f"({i}, '{s}')" for i, s in enumerate(sectors)) + ") t(i, sec)")
    nc, ni, ns = len(codes), len(iso), len(sectors)
    con.execute(f"""
        INSERT INTO events (schema_version, event_id, article_id, sentence_index, quote, span_start, span_end, trigger,
                            source_code, source_country, target_code, target_country, cameo, cameo_root, quad_class,
                            goldstein, plover_type, modality, date, date_precision, confidence, published,
                            global_id, first_mention, day)
        SELECT 1, 'g' || r.range, 'a' || (r.range // 8), (r.range % 8)::INTEGER, 'generated', 0, 10, 't',
               s.iso || ss.sec, s.iso, t.iso || ts.sec, t.iso, c.cameo, substr(c.cameo, 1, 2), c.quad, c.goldstein,
               c.plover, 'asserted', strftime(DATE '2015-01-01' + ((r.range * 7919) % 3650)::INTEGER, '%Y-%m-%d'),
               'day', 0.9, strftime(DATE '2015-01-01' + ((r.range * 7919) % 3650)::INTEGER, '%Y-%m-%d'),
               'g' || r.range, true, DATE '2015-01-01' + ((r.range * 7919) % 3650)::INTEGER
        FROM range({n}) r
        JOIN g_codes c ON c.i = (hash(r.range) % {nc})
        JOIN g_iso s ON s.i = (hash(r.range * 31) % {ni})
        JOIN g_iso t ON t.i = ((hash(r.range * 31) % {ni}) + 1 + hash(r.range * 17) % {ni - 1}) % {ni}
        JOIN g_sec ss ON ss.i = (hash(r.range * 13) % {ns})
        JOIN g_sec ts ON ts.i = (hash(r.range * 29) % {ns})""")
    con.execute("CHECKPOINT")


def timed(fn, runs: int) -> dict:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return {"median_s": round(statistics.median(times), 4), "max_s": round(max(times), 4), "rows": len(out)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--db", default="/tmp/accord-bench-10m.duckdb")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", type=Path, default=HERE / "results" / "query.json")
    args = ap.parse_args()
    with Store(args.db) as store:
        have, dated = store.con.execute("SELECT count(*), count(day) FROM events").fetchone()
        if have != args.events or dated != have:
            store.con.execute("DELETE FROM events")
            t = time.perf_counter()
            generate(store, args.events)
            print(f"generated {args.events:,} events in {time.perf_counter() - t:.1f} s")
        rows = [
            ("dyad PRK RUS by month, all years", lambda: dyad(store, "PRK", "RUS", by="month")),
            ("dyad PRKGOV RUS by week, one year", lambda: dyad(store, "PRKGOV", "RUS", by="week",
                                                               since="2020-01-01", until="2020-12-31")),
            ("network, one year (countries)", lambda: network(store, since="2020-01-01", until="2020-12-31")),
            ("network, all years (countries)", lambda: network(store)),
            ("network, one month (actor codes)", lambda: network(store, since="2020-03-01", until="2020-03-31",
                                                                 level="code")),
        ]
        results = []
        for name, fn in rows:
            fn()        # the first call pays for loading the columns from disk
            r = {"query": name, **timed(fn, args.runs)}
            results.append(r)
    print(f"store: {args.db} ({args.events:,} events), median of {args.runs} warm runs")
    print(f"{'query':40} {'median s':>9} {'max s':>7} {'rows':>7}")
    for r in results:
        print(f"{r['query']:40} {r['median_s']:>9.3f} {r['max_s']:>7.3f} {r['rows']:>7}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                     "events": args.events, "runs": args.runs, "results": results}, indent=1) + "\n")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
