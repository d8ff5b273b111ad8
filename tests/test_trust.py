"""Trust: hostile and broken inputs each get a clear error while the rest land, and an ingest
killed with SIGKILL at random points leaves every article stored exactly once after a rerun."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import accord
from accord.ingest import published_date
from accord.store import Store

ROOT = Path(__file__).resolve().parent.parent


def write_bad_inputs(d: Path) -> dict[str, str]:
    """Broken and hostile inputs beside good ones; returns file -> the words its error must hold."""
    (d / "good.txt").write_text("Chile and Peru sign a fishing accord\n\nChile and Peru signed an accord on fishing "
                                "rights on Monday.\n")
    (d / "latin1.txt").write_bytes("Brazil and Bolivia hold talks\n\nBrazil held talks with Bolivia in São Paulo on "
                                   "Tuesday.\n".encode("cp1252"))
    (d / "utf16.txt").write_bytes("Japan protests to China\n\nJapan protested to China on Monday.\n".encode("utf-16"))
    (d / "script.html").write_text(
        "<html><head><script>alert(1)</script></head><body><article><h1>Kenya and Ethiopia sign a pact</h1>"
        "<p onclick='alert(2)'>Kenya signed a trade pact with Ethiopia on Monday.<script>document.write('x')</script>"
        "</p></article></body></html>")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"  \n\n ")
    (d / "mixed.txt").write_bytes("Café talks\n\nFrance hosted ".encode() + "Café".encode("latin-1") + b" talks.\n")
    (d / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (d / "huge.html").write_text("<html><body><article>" + "<p>Officials met again to talk about the harbour.</p>"
                                 * 1_000_000 + "</article></body></html>")           # 53 MB
    (d / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + "India and Nepal agreed to reopen the border."
                                 + "</div>" * 100_000 + "</body></html>")
    lines = [json.dumps({"id": "ok1", "text": "Egypt and Sudan agreed to share river data.", "published": "2025-03-01"}),
             '{"id": "broken", "text": "unterminated',
             json.dumps({"id": "d1", "text": "Turkey and Greece held talks.", "published": "99999-12-31"}),
             json.dumps({"id": "d2", "text": "Poland sent aid to Ukraine.", "published": "2025-13-45"}),
             json.dumps({"id": "d3", "text": "Vietnam and Laos signed a deal.", "published": "yesterday"}),
             json.dumps({"id": "d4", "text": "Vietnam and Laos signed a deal.", "published": 12345}),
             json.dumps({"id": "d5", "text": "Kenya hosted talks with Somalia.", "published": "0001-01-01"}),
             "[1, 2, 3]",
             json.dumps({"id": "ok2", "text": "Kenya hosted talks with Somalia.",
                         "published": "Tue, 02 Sep 2025 08:00:00 GMT"})]
    (d / "batch.jsonl").write_text("\n".join(lines) + "\n")
    return {"binary.txt": "binary", "empty.txt": "empty", "blank.txt": "empty", "mixed.txt": "mixes UTF-8",
            "report.txt": "PDF", "huge.html": "more than the limit", "deep.html": "no article text",
            "batch.jsonl:2": "not valid JSON", "batch.jsonl:3": "is not a date", "batch.jsonl:4": "is not a date",
            "batch.jsonl:5": "is not a date", "batch.jsonl:6": "is not a date", "batch.jsonl:7": "outside the years",
            "batch.jsonl:8": "must be an object"}


def test_bad_inputs_get_clear_errors_and_the_rest_land(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    expected = write_bad_inputs(inputs)
    db = str(tmp_path / "bad.duckdb")
    summary = accord.ingest([str(inputs)], settings=accord.load_settings(db=db, workers=1))
    failed = {f.origin.replace(str(inputs) + "/", ""): f.message for f in summary.failures}
    assert set(failed) == set(expected)
    for origin, words in expected.items():
        assert words in failed[origin] and origin.split(":")[0] in failed[origin], (origin, failed[origin])
    assert summary.articles == 6 and summary.exit_code() == 1
    with Store(db) as store:
        arts = store.articles().set_index("origin")
        texts = {o: store.article(a)["text"] for o, a in arts["article_id"].items()}
        assert store.con.execute("SELECT count(*) FROM failures").fetchone()[0] == len(expected)
    by_name = {o.replace(str(inputs) + "/", ""): t for o, t in texts.items()}
    assert "São Paulo" in by_name["latin1.txt"] and "Japan protested" in by_name["utf16.txt"]
    assert "alert" not in by_name["script.html"] and "document.write" not in by_name["script.html"]
    assert arts.loc[str(inputs / "batch.jsonl") + ":9", "published"] == "2025-09-02T08:00:00+00:00"


def test_published_dates():
    assert published_date("2025-03-01", "x") == "2025-03-01"
    assert published_date("2025-03-01T10:00:00Z", "x") == "2025-03-01T10:00:00Z"
    for bad in ("2025-02-30", "soon", "", 20250301, "1066-10-14", "3025-01-01"):
        with pytest.raises(accord.errors.InputError, match="published"):
            published_date(bad, "line 4")


def _corpus(path: Path, n: int) -> None:
    rnd = random.Random(11)
    pairs = [("Japan", "China"), ("Kenya", "Ethiopia"), ("Brazil", "Bolivia"), ("France", "Germany"), ("India", "Nepal")]
    verbs = ["signed a trade agreement with", "held talks with", "accused", "sent aid to", "protested to"]
    with path.open("w") as f:
        for i in range(n):
            a, b = rnd.choice(pairs)
            text = (f"{a} {rnd.choice(verbs)} {b} on Monday, officials said in report {i}. "
                    f"The government of {b} {rnd.choice(verbs)} {a} later that week.")
            f.write(json.dumps({"id": f"r{i}", "title": f"Report {i}", "text": text, "published": "2025-05-0%d" % (1 + i % 9)})
                    + "\n")


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if int((p / "stat").read_text().rsplit(") ", 1)[1].split()[1]) == pid:
                    out.append(int(p.name))
            except (OSError, IndexError, ValueError):
                continue
    return out


def test_ingest_killed_at_random_points_stores_each_article_once(tmp_path):
    """SIGKILL a real `accord ingest` three times at random moments while it works, then run it to
    the end: the store holds every article once, with the same events as one clean run. (1,200
    short articles take about 15 s to ingest here; the kills come within 6 s of the workers starting.)"""
    n = 1200
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, n)
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "accord", "ingest", str(corpus), "--db", str(db), "--quiet", "--workers", "2"]
    rnd = random.Random(5)
    killed_with, seen_workers = [], []
    for _ in range(3):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # wait until it has begun writing (the store exists) and its workers run, then kill it at a
        # random moment (waiting for the workers keeps a slow start on a busy machine from letting
        # every kill land before them)
        deadline = time.monotonic() + 120
        while not db.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        while len(_children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rnd.uniform(0.5, 6.0))
        workers = _children(proc.pid)
        seen_workers += workers
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed_with.append(-signal.SIGKILL)
        proc.wait()
        # its worker processes do not outlive it
        deadline = time.monotonic() + 10
        while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if Path(f"/proc/{w}").exists()], "a worker outlived the killed ingest"
        err = proc.stderr.read().decode()
        proc.stderr.close()
        assert proc.returncode in (0, -signal.SIGKILL), err
    assert killed_with, "the ingest finished every time before it could be killed"
    assert len(seen_workers) >= 2, "the ingest was never killed while its workers ran"
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    clean = accord.ingest([str(corpus)], settings=accord.load_settings(db=str(tmp_path / "clean.duckdb"), workers=1))
    with Store(str(db)) as killed, Store(str(tmp_path / "clean.duckdb")) as once:
        arts = killed.con.execute("SELECT article_id FROM articles").fetchall()
        assert len(arts) == n == clean.articles and len(set(arts)) == n
        ours = killed.con.execute("SELECT event_id, global_id, first_mention FROM events ORDER BY event_id").fetchall()
        theirs = once.con.execute("SELECT event_id, global_id, first_mention FROM events ORDER BY event_id").fetchall()
        assert ours == theirs and len(ours) == clean.events
        # nothing half-written: every event's article is stored, every article has its sketch
        assert killed.con.execute("SELECT count(*) FROM events e LEFT JOIN articles a USING (article_id) "
                                  "WHERE a.article_id IS NULL").fetchone()[0] == 0
        assert killed.con.execute("SELECT count(*) FROM articles a LEFT JOIN sketches s USING (article_id) "
                                  "WHERE s.article_id IS NULL").fetchone()[0] == 0
        n_events = killed.con.execute("SELECT sum(n_events) FROM articles").fetchone()[0]
        assert n_events == len(ours)
