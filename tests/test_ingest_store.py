"""The ingest -> store -> query path on the shipped examples, each input kind, failures, idempotency."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import accord
from accord.cli import main
from tests.conftest import EXAMPLES, ROOT


def test_ingest_examples_and_query(tmp_path, settings):
    db = str(tmp_path / "t.duckdb")
    summary = accord.ingest([str(EXAMPLES)], db=db, settings=settings)
    assert summary.failures == [] and summary.articles == 6 and summary.events > 20
    with accord.Store(db) as store:
        assert store.counts()["articles"] == 6
        frame = store.events(country="RUS", type="SANCTION")
        assert len(frame) >= 1 and set(frame["plover_type"]) == {"SANCTION"}
        assert len(store.events(cameo="04")) >= 3
        assert len(store.events(text="ceasefire")) >= 1
        assert len(store.events(since="2025-01-01", until="2025-01-31")) >= 1
        assert len(store.events(limit=2)) == 2
        assert store.events(actor="ZZZ").empty and list(store.events(actor="ZZZ").columns)


def test_reingest_changes_nothing(tmp_path, settings):
    db = str(tmp_path / "t.duckdb")
    accord.ingest([str(EXAMPLES)], db=db, settings=settings)
    with accord.Store(db) as s:
        before = s.events()
    again = accord.ingest([str(EXAMPLES)], db=db, settings=settings)
    assert again.unchanged == again.articles == 6
    with accord.Store(db) as s:
        after = s.events()
        assert s.counts()["articles"] == 6
    assert before.equals(after)


def test_store_round_trip(tmp_path, settings):
    db = str(tmp_path / "t.duckdb")
    coded = [e for item in accord.code_articles([str(EXAMPLES)], settings=settings) for e in item.events]
    accord.ingest([str(EXAMPLES)], db=db, settings=settings)
    with accord.Store(db) as s:
        stored = {e.event_id: e for e in s.event_records()}
    assert stored and all(stored[e.event_id] == e for e in coded)


def test_bad_files_are_recorded_and_others_land(tmp_path, settings):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    # UTF-8 with a stray Latin-1 byte (a legacy file alone is read as Windows-1252: tests/test_trust.py)
    (tmp_path / "in" / "latin1.txt").write_bytes("Café".encode() + " caf\xe9 story".encode("latin-1"))
    (tmp_path / "in" / "broken.jsonl").write_text('{"text": "Iran condemned Israel on Monday in Tehran."}\n{not json\n',
                                                  encoding="utf-8")
    (tmp_path / "in" / "good.txt").write_text("Good Story\n\nIran condemned Israel on Monday.", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    summary = accord.ingest([str(tmp_path / "in")], db=db, settings=settings)
    reasons = {f.origin.rsplit("/", 1)[-1]: f.message for f in summary.failures}
    assert "empty" in reasons["empty.txt"]
    assert "PNG image" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "not valid JSON" in reasons["broken.jsonl:2"]
    assert summary.articles == 2 and summary.exit_code() == 1
    with accord.Store(db) as s:
        assert s.counts()["articles"] == 2
        assert len(s.failures()) == 4 and set(s.failures()["stage"]) == {"ingest"}


def test_exit_codes(tmp_path, capsys):
    db = str(tmp_path / "t.duckdb")
    good = tmp_path / "good.txt"
    good.write_text("Good Story\n\nIran condemned Israel on Monday.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["ingest", str(good), "--db", db, "--quiet"]) == 0
    assert main(["ingest", str(good), str(bad), "--db", db, "--quiet"]) == 1
    assert main(["ingest", str(bad), "--db", db, "--quiet"]) == 2
    assert main(["events", "--db", db, "--format", "jsn"]) == 2
    assert "expected one of" in capsys.readouterr().err
    assert main(["nonsense"]) == 2


def test_each_input_kind_through_the_cli(tmp_path):
    """.txt, .html, .jsonl, a directory and standard input, in a real subprocess."""
    cmd = [sys.executable, "-m", "accord", "code", "--format", "jsonl", "--published", "2025-03-12"]
    for path in ("2025-03-11-india-japan-defence.txt", "2025-02-20-baltic-sanctions.html", "briefs.jsonl"):
        out = subprocess.run(cmd + [str(EXAMPLES / path)], capture_output=True, text=True, cwd=ROOT, check=True).stdout
        assert [json.loads(line) for line in out.splitlines()], path
    out = subprocess.run(cmd + ["-"], input="Story Title\n\nIran condemned Israel on Monday.", capture_output=True,
                         text=True, cwd=ROOT, check=True).stdout
    (event,) = [json.loads(line) for line in out.splitlines()]
    assert event["source"]["country"] == "IRN" and event["date"] == "2025-03-10"


def test_add_articles_is_one_transaction_and_skips_repeats(tmp_path):
    from dataclasses import replace as _replace

    from test_analyse import article, event

    db = str(tmp_path / "batch.duckdb")
    with accord.Store(db) as store:
        a, b = article("b1", "2025-01-01"), article("b2", "2025-01-02")
        assert store.add_articles([(a, [event(1, "b1", "PRK", "RUS", "040", "2025-01-01")]), (b, []), (a, [])]) == \
            [True, True, False]
        assert store.add_articles([(a, [])]) == [False]
        bad = _replace(article("b3", "2025-01-03"), article_id=None)      # violates the primary key
        with pytest.raises(accord.AccordError, match="could not be written"):
            store.add_articles([(article("b4", "2025-01-04"), []), (bad, [])])
        assert store.counts()["articles"] == 2, "a failed batch leaves nothing half-written"


def test_a_long_writer_reconnects_and_loses_nothing(tmp_path, monkeypatch):
    """The store reopens its connection every RECONNECT_EVERY articles (DuckDB gives back the
    memory of many small appends only on close); writes and reads carry on across it."""
    import accord.store as store_module
    from test_analyse import article, event

    monkeypatch.setattr(store_module, "RECONNECT_EVERY", 3)
    db = str(tmp_path / "long.duckdb")
    with accord.Store(db) as store:
        first = store.con
        for n in range(8):
            store.add_articles([(article(f"l{n}", "2025-01-01"), [event(n, f"l{n}", "PRK", "RUS", "040", "2025-01-01")])])
        assert store.con is not first
        assert store.counts()["articles"] == 8 and store.counts()["events"] == 8
        assert store.add_articles([(article("l0", "2025-01-01"), [])]) == [False]


def test_a_writer_s_memory_limit_bounds_its_cache_not_a_batch(tmp_path, caplog):
    """Settings.writer_memory_mb caps DuckDB's cache for a long writer; a batch that needs more
    than the cap (64 articles need more than 4 MB) is given more, the limit doubling, instead of
    failing; the limit outlives a reconnection."""
    from test_analyse import article, event

    def limit(store) -> str:
        return store.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
    with accord.Store(str(tmp_path / "default.duckdb")) as store:
        default = limit(store)
    with accord.Store(str(tmp_path / "small.duckdb"), memory_mb=4) as store:
        assert limit(store) != default
        batch = [(article(f"m{n}", "2025-01-01"), [event(n, f"m{n}", "PRK", "RUS", "040", "2025-01-01")])
                 for n in range(64)]
        with caplog.at_level("WARNING", logger="accord.store"):
            assert store.add_articles(batch) == [True] * 64
        assert store.counts()["articles"] == 64 and store.counts()["events"] == 64
        raised = limit(store)
        assert f"DuckDB's limit is now {store._memory_mb} MB" in caplog.text, "a raised limit is logged"
        store._reconnect()
        assert limit(store) == raised != default
