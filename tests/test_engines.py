"""Engines give the same records: worker processes on this machine, and Dask, with a real
scheduler and two real workers on 127.0.0.1, one of them killed mid-run."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import accord
from accord.run import code_paths
from accord.store import Store
from conftest import EXAMPLES, ROOT

VOA = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
DASK = Path(sys.executable).parent / "dask"


def _records(items) -> dict[str, dict]:
    out = {}
    for item in items:
        assert not isinstance(item, accord.Failure), item
        for e in item.events:
            out[e.event_id] = e.to_dict()
    return out


def _corpus(tmp_path: Path, n: int) -> Path:
    """n real news stories (VOA, public domain) when they are beside the checkout, else the
    shipped examples repeated under new ids."""
    out = tmp_path / "corpus.jsonl"
    if VOA.is_file():
        lines = VOA.read_text(encoding="utf-8").splitlines()[:n]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
        lines = [json.dumps({"id": f"x{i}", "text": texts[i % len(texts)] + f"\n\nStory {i}.", "published": "2025-03-01"})
                 for i in range(n)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_local_workers_give_the_same_records_as_one_process(tmp_path):
    corpus = _corpus(tmp_path, 20)
    one = _records(code_paths([str(corpus)], accord.load_settings(workers=1)))
    two = _records(code_paths([str(corpus)], accord.load_settings(workers=2)))
    assert one and one == two


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(proc: subprocess.Popen, log: Path, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while text not in log.read_text(errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"dask did not start: {log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.2)


@pytest.fixture()
def dask_cluster(tmp_path):
    """A real `dask scheduler` and two `dask worker` processes (no nanny: a killed worker stays dead)."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs, env = [], {**os.environ, "PYTHONUNBUFFERED": "1"}
    slog = tmp_path / "scheduler.log"
    sched = subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                             stdout=slog.open("w"), stderr=subprocess.STDOUT, env=env, start_new_session=True)
    procs.append(sched)
    workers = []
    try:
        _wait(sched, slog, "Scheduler at:")
        for n in range(2):
            wlog = tmp_path / f"worker{n}.log"
            w = subprocess.Popen([str(DASK), "worker", address, "--no-nanny", "--nthreads", "1", "--host", "127.0.0.1",
                                  "--no-dashboard", "--name", f"w{n}"],
                                 stdout=wlog.open("w"), stderr=subprocess.STDOUT, env=env, start_new_session=True)
            procs.append(w)
            workers.append(w)
        for n, w in enumerate(workers):
            _wait(w, tmp_path / f"worker{n}.log", "Registered to:")
        yield address, workers
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)


def test_dask_gives_the_same_rows_and_survives_a_dead_worker(tmp_path, dask_cluster):
    address, workers = dask_cluster
    corpus = _corpus(tmp_path, 40)
    reference = _records(code_paths([str(corpus)], accord.load_settings(workers=1)))
    db = str(tmp_path / "dask.duckdb")
    seen = []

    def progress(item):
        seen.append(item)
        if len(seen) == 8 and workers[0].poll() is None:     # the first chunk is home: kill a worker
            os.kill(workers[0].pid, signal.SIGKILL)

    settings = accord.load_settings(engine="dask", scheduler=address, db=db)
    summary = accord.ingest([str(corpus)], settings=settings, progress=progress)
    assert workers[0].poll() is not None, "the worker was killed mid-run"
    assert summary.articles == 40 and not summary.failures
    with Store(db) as store:
        counts = store.con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone()
        stored = {e.event_id: e.to_dict() for e in store.event_records()}
    assert counts == (40, 40), "every article once"
    assert stored == reference, "the same event rows as one process, none lost, none doubled"


def test_a_bad_scheduler_address_is_a_clear_error(tmp_path):
    corpus = _corpus(tmp_path, 12)
    settings = accord.load_settings(engine="dask", scheduler=f"tcp://127.0.0.1:{_free_port()}", workers=1)
    with pytest.raises(accord.AccordError, match="cannot reach the Dask scheduler"):
        list(code_paths([str(corpus)], settings))
    with pytest.raises(accord.AccordError, match="needs the dask engine"):
        accord.load_settings(scheduler="tcp://127.0.0.1:1")


def test_a_script_without_a_main_guard_can_use_worker_processes(tmp_path):
    """Spawned workers must not run the caller's script again (it has no __main__ guard)."""
    corpus = _corpus(tmp_path, 12)
    script = tmp_path / "script.py"
    script.write_text("import accord\n"
                      f"s = accord.ingest([{str(corpus)!r}], settings=accord.load_settings(workers=2, "
                      f"db={str(tmp_path / 's.duckdb')!r}))\n"
                      "print('stored', s.articles)\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.count("stored") == 1 and "stored 12" in out.stdout
