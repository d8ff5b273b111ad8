"""Concurrency: bench/load.py runs a real `accord serve` (its own process) and drives it from
another with several clients posting articles while others read the API and the dashboard. No
request may fail or get a 5xx, no answer may mention a locked database, and every article the
server said it stored is in the store once."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_concurrent_posts_and_reads_lose_nothing(tmp_path):
    out = tmp_path / "load.json"
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "load.py"), "--clients", "6", "--posts", "30",
                          "--reads", "90", "--seconds", "240", "--json", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    got = json.loads(out.read_text())
    assert got["requests"] == 120
    assert (got["server_errors"], got["failed_requests"], got["client_errors"], got["locked"]) == (0, 0, 0, 0)
    assert got["articles_posted"] == 60 and got["lost"] == 0 and got["doubled"] == 0
    assert got["articles_stored"] == 60
    assert {r["request"] for r in got["by_request"]} >= {"POST /api/articles", "GET /api/events", "GET /api/network",
                                                         "GET /api/articles/{id}", "GET /"}
