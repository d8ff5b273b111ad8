#!/usr/bin/env python3
"""Load: a real `accord serve` while several clients post articles and others read the dashboard.

    .venv/bin/python bench/load.py [--clients 8] [--posts 200] [--reads 600] [--seconds 300]
                                   [--json bench/results/load.json]

Starts `accord serve` on a free port of 127.0.0.1 over a fresh store (a separate process), then
drives it from this process with ``--clients`` threads: each takes the next task, a POST of
one generated article (every one different, some in batches of three, some as JSON lines) or a
read (the event list, an article with its highlights, the network, blocs, a dyad, a dashboard
page), until the count or ``--seconds`` is used up. Afterwards it stops the server and opens
the store: every article the server answered "stored" must be there exactly once.

Prints requests/s and latency percentiles by kind, the 5xx count, the answers that mention a
locked database, and the writes lost; writes JSON. Not a test (tests/test_load.py runs it small).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
COUNTRIES = ["Japan", "China", "Kenya", "Ethiopia", "Brazil", "Bolivia", "France", "Germany", "India", "Nepal",
             "Turkey", "Greece", "Egypt", "Sudan", "Poland", "Ukraine"]
VERBS = ["signed a trade agreement with", "held talks with", "accused", "sent aid to", "protested to",
         "expelled diplomats from", "threatened"]


def article(i: int) -> dict:
    rnd = random.Random(i)
    a, b = rnd.sample(COUNTRIES, 2)
    text = (f"{a} {rnd.choice(VERBS)} {b} on Monday, officials said in dispatch {i}. "
            f"Later, {b} {rnd.choice(VERBS)} {a}.")
    return {"id": f"load-{i}", "title": f"Dispatch {i}", "text": text, "published": f"2025-06-{1 + i % 28:02d}"}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--posts", type=int, default=200, help="POST requests (each one, three or two articles)")
    ap.add_argument("--reads", type=int, default=600, help="read requests")
    ap.add_argument("--seconds", type=float, default=300, help="stop sending new requests after this long")
    ap.add_argument("--json", type=Path, default=HERE / "results" / "load.json")
    args = ap.parse_args(argv)

    import httpx

    tmp = Path(tempfile.mkdtemp())
    db = tmp / "load.duckdb"
    port, token = free_port(), "load-test-token-0123456789"
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "accord", "serve", "--db", str(db), "--port", str(port),
                               "--token", token], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start: {server.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)
        # one article first, so the reads have something to find
        httpx.post(url + "/api/articles", json=article(0), headers={"Authorization": f"Bearer {token}"}, timeout=120)

        tasks: list[tuple[str, int]] = [("post", i) for i in range(1, args.posts + 1)] + \
                                       [("read", i) for i in range(args.reads)]
        random.Random(3).shuffle(tasks)
        lock = threading.Lock()
        results: list[dict] = []
        posted: dict[str, bool] = {}       # article id -> the server said it was stored
        t0 = time.monotonic()
        reads = ["/api/events?limit=50", "/api/events?country=JPN", "/api/network", "/api/blocs",
                 "/api/dyad?a=JPN&b=CHN", "/api/timeline", "/", "/events", "/network", "/api/articles?limit=20"]

        def work(client: httpx.Client) -> None:
            while True:
                with lock:
                    if not tasks or time.monotonic() - t0 > args.seconds:
                        return
                    kind, i = tasks.pop()
                start = time.monotonic()
                ids: list[str] = []
                try:
                    if kind == "post":
                        shape = i % 3
                        arts = [article(i * 10 + k) for k in range(1 if shape == 0 else 3 if shape == 1 else 2)]
                        ids = [a["id"] for a in arts]
                        if shape == 0:
                            r = client.post("/api/articles", json=arts[0])
                        elif shape == 1:
                            r = client.post("/api/articles", json={"articles": arts})
                        else:
                            r = client.post("/api/articles", content="\n".join(json.dumps(a) for a in arts),
                                            headers={"Content-Type": "application/x-ndjson"})
                        name = "POST /api/articles"
                    else:
                        path = reads[i % len(reads)]
                        if path == "/api/articles?limit=20" and i % 2:
                            listed = client.get(path).json()["articles"]
                            path = f"/api/articles/{listed[0]['article_id']}" if listed else path
                        r = client.get(path)
                        name = "GET " + ("/api/articles/{id}" if path.startswith("/api/articles/") else path.split("?")[0])
                    status, text = r.status_code, r.text
                except httpx.HTTPError as exc:
                    status, text, name = 0, f"{type(exc).__name__}: {exc}", kind
                took = time.monotonic() - start
                with lock:
                    results.append({"kind": kind, "name": name, "status": status, "seconds": took,
                                    "locked": "lock" in text.lower() and "database" in text.lower()})
                    if kind == "post" and status == 201:
                        body = json.loads(text)
                        for a in body["articles"]:
                            posted[a["article_id"]] = a["stored"]

        headers = {"Authorization": f"Bearer {token}"}
        clients = [httpx.Client(base_url=url, timeout=120, headers=headers) for _ in range(args.clients)]
        threads = [threading.Thread(target=work, args=(c,)) for c in clients]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - t0
        for c in clients:
            c.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        server.stderr.close()

    from accord.store import Store

    with Store(str(db), read_only=True) as store:
        stored = {r[0]: r[1] for r in store.con.execute(
            "SELECT article_id, count(*) FROM articles GROUP BY article_id").fetchall()}
    lost = sorted(a for a in posted if a not in stored)
    doubled = sorted(a for a, n in stored.items() if n > 1)
    rows = []
    for name in sorted({r["name"] for r in results}):
        lat = [r["seconds"] for r in results if r["name"] == name]
        rows.append({"request": name, "count": len(lat), "p50_ms": round(1000 * percentile(lat, 0.5), 1),
                     "p99_ms": round(1000 * percentile(lat, 0.99), 1), "max_ms": round(1000 * max(lat), 1)})
    every = [r["seconds"] for r in results]
    summary = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "cores": os.cpu_count(),
        "clients": args.clients, "requests": len(results), "seconds": round(elapsed, 1),
        "requests_per_s": round(len(results) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(1000 * percentile(every, 0.5), 1), "p99_ms": round(1000 * percentile(every, 0.99), 1),
        "server_errors": sum(1 for r in results if r["status"] >= 500),
        "failed_requests": sum(1 for r in results if r["status"] == 0),
        "client_errors": sum(1 for r in results if 400 <= r["status"] < 500),
        "locked": sum(1 for r in results if r["locked"]),
        "articles_posted": len(posted), "articles_stored": len(stored) - (1 if "load-0" not in posted else 0),
        "lost": len(lost), "doubled": len(doubled), "by_request": rows}
    print(f"{summary['requests']} requests from {args.clients} clients in {summary['seconds']} s: "
          f"{summary['requests_per_s']} requests/s, p50 {summary['p50_ms']} ms, p99 {summary['p99_ms']} ms")
    print(f"{'request':34} {'count':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for r in rows:
        print(f"{r['request']:34} {r['count']:>6} {r['p50_ms']:>8} {r['p99_ms']:>8} {r['max_ms']:>8}")
    print(f"5xx: {summary['server_errors']}, failed: {summary['failed_requests']}, 4xx: {summary['client_errors']}, "
          f"'database is locked': {summary['locked']}, articles posted {summary['articles_posted']}, "
          f"lost {summary['lost']}, stored twice {summary['doubled']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, indent=1) + "\n")
    print(f"wrote {args.json}")
    return 0 if not (summary["server_errors"] or summary["failed_requests"] or summary["locked"] or lost
                     or doubled or summary["client_errors"]) else 1


if __name__ == "__main__":
    sys.exit(main())
