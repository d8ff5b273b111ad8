"""Every output format parses; the gdelt export has 61 columns in every row."""
from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

import accord
from accord.cli import main
from accord.formats import FLAT_COLUMNS, GDELT_COLUMNS
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("fmt") / "t.duckdb")
    accord.ingest([str(EXAMPLES)], db=path)
    return path


def export(db, fmt, tmp_path):
    out = tmp_path / f"events.{fmt}"
    assert main(["export", "--db", db, "--format", fmt, "--out", str(out)]) == 0
    return out


def test_jsonl(db, tmp_path):
    rows = [json.loads(line) for line in export(db, "jsonl", tmp_path).read_text().splitlines()]
    assert rows and all(r["schema_version"] == 1 and len(r["cameo"]) >= 3 for r in rows)
    assert all(r["quote"] and r["span"][1] > r["span"][0] for r in rows)


def test_csv(db, tmp_path):
    rows = list(csv.DictReader(io.StringIO(export(db, "csv", tmp_path).read_text())))
    assert rows and tuple(rows[0]) == (*FLAT_COLUMNS, "review")
    rus = [r for r in rows if r["source_country"] == "RUS"]
    assert rus and rus[0]["source_cow"] == "365" and rus[0]["source_gw"] == "365"


def test_parquet(db, tmp_path):
    frame = pd.read_parquet(export(db, "parquet", tmp_path))
    assert len(frame) > 0 and tuple(frame.columns) == (*FLAT_COLUMNS, "review", "global_id", "first_mention")


def test_gdelt_has_61_columns(db, tmp_path):
    lines = export(db, "gdelt", tmp_path).read_text().splitlines()
    assert lines and len(GDELT_COLUMNS) == 61
    for line in lines:
        cols = line.split("\t")
        assert len(cols) == 61
        assert cols[1].isdigit() and len(cols[1]) == 8 and cols[26]   # SQLDATE, EventCode
    # geo country codes are FIPS: Sweden is SW in FIPS (ISO2 SE)
    assert any(line.split("\t")[53] == "SW" for line in lines)


def test_plover(db, tmp_path):
    rows = [json.loads(line) for line in export(db, "plover", tmp_path).read_text().splitlines()]
    assert rows and all(r["event_type"] in accord.coding.tables.PLOVER_TYPES for r in rows)


def test_empty_result_is_a_header(tmp_path, capsys):
    db = str(tmp_path / "empty.duckdb")
    accord.Store(db).close()
    assert main(["events", "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out.strip() == ",".join((*FLAT_COLUMNS, "review"))


def test_public_api_is_exact():
    assert sorted(accord.__all__) == sorted([
        "AccordError", "Actor", "Article", "EventRecord", "Failure", "Location", "Settings", "Store",
        "__version__", "code_articles", "code_file", "code_text", "ingest", "load_settings"])


def test_jsonl_record_round_trip(db):
    from accord.records import EventRecord

    with accord.Store(db) as store:
        records = store.event_records()
    assert records and all(EventRecord.from_dict(json.loads(json.dumps(e.to_dict()))) == e for e in records)
