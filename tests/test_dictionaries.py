"""PETRARCH/TABARI dictionaries: `accord dict import`, and the result layered over the shipped one."""
from __future__ import annotations

import csv
import subprocess
import sys

import accord
from accord.coding.petrarch import read_petrarch

# Written for this test in TABARI's format; the people and groups are invented.
TABARI = """\
# leaders and groups
ZORAN_VUKIC [SRBELI 150101-200630] [SRBGOV 200701-240531] [SRBELI >240601]
+PRESIDENT_VUKIC
+VUKIC_
NORTHERN_LIBERATION_FRONT [SDNREB]
+NLF
KINGDOM_OF_ATLANTIS [ATL]
COAST_WATCH [~COP]
+COAST_WATCHMEN
BROKEN LINE WITHOUT CODE
!PERSON!_ELDER [~ELI]
"""


def _rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def test_tabari_entries_become_accord_rows(tmp_path):
    src = tmp_path / "leaders.txt"
    src.write_text(TABARI, encoding="utf-8")
    got = read_petrarch(src)
    vukic = [r for r in got.actors if r["name"] == "Zoran Vukic"]
    assert [(r["code"], r["start"], r["end"]) for r in vukic] == [
        ("SRBELI", "2015-01-01", "2020-07-01"),     # TABARI's end day is held; accord's end is not
        ("SRBGOV", "2020-07-01", "2024-06-01"),
        ("SRBELI", "2024-06-01", "")]
    assert vukic[0]["patterns"] == "Zoran Vukic|President Vukic|Vukic|VUKIC"
    assert all(r["kind"] == "person" and r["country"] == "SRB" for r in vukic)
    nlf = next(r for r in got.actors if r["code"] == "SDNREB")
    assert (nlf["country"], nlf["sectors"], nlf["kind"]) == ("SDN", "REB", "group") and "NLF" in nlf["patterns"]
    assert got.agents == [{"patterns": "coast watch|coast watchmen", "sectors": "COP", "kind": "person"}]
    reasons = "\n".join(got.skipped)
    assert "leaders.txt:7: code 'ATL' names no country" in reasons
    assert "leaders.txt:10: no [CODE]" in reasons
    assert "leaders.txt:11: pattern syntax" in reasons


def test_dict_import_cli_and_layering(tmp_path):
    src = tmp_path / "leaders.txt"
    src.write_text(TABARI, encoding="utf-8")
    out = tmp_path / "mine.csv"
    run = subprocess.run([sys.executable, "-m", "accord", "dict", "import", str(src), "--out", str(out)],
                         capture_output=True, text=True, check=True)
    assert "wrote 5 actor rows (1 people)" in run.stderr and "mine.agents.csv" in run.stderr
    assert _rows(tmp_path / "mine.agents.csv")[0]["sectors"] == "COP"
    settings = accord.load_settings(actors=(str(out),), agents=(str(tmp_path / "mine.agents.csv"),))
    text = "President Vukic met Putin in Moscow on Monday."
    in_office = accord.code_text(text, published="2022-03-02", settings=settings)
    assert {e.source.code for e in in_office} == {"SRBGOV"}
    after = accord.code_text(text, published="2025-03-02", settings=settings)
    assert {e.source.code for e in after} == {"SRBELI"}     # out of office: an elite, not the government
    watch = accord.code_text("The coast watch arrested five Serbian fishermen.", published="2025-03-02",
                             settings=settings)
    assert [(e.source.sectors, e.target.code, e.plover["type"]) for e in watch] == [(("COP",), "SRBCVL", "COERCE")]


def test_dict_import_rejects_what_is_not_a_dictionary(tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("just some notes\nwith no codes at all\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "accord", "dict", "import", str(junk), "--out", str(tmp_path / "x.csv")],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1 and "no dictionary entries found" in run.stderr
    missing = subprocess.run([sys.executable, "-m", "accord", "dict", "import", str(tmp_path / "nope.txt"),
                              "--out", str(tmp_path / "x.csv")], capture_output=True, text=True, check=False)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
