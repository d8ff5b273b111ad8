"""accord.analyse on a real DuckDB store filled with hand-made events (no coder involved)."""
from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from accord.analyse import alignment, alignment_items, blocs, coparticipation, dyad, network, shifts
from accord.cli import main
from accord.coding.tables import cameo
from accord.errors import UsageError
from accord.records import Actor, Article, EventRecord, Location
from accord.store import Store

BEIJING = Location(name="Beijing", country="CHN", admin1=None, lat=39.9, lon=116.4, geonameid=1816670, precision="city")


def actor(code: str | None) -> Actor | None:
    return None if code is None else Actor(text=code, name=code, code=code, country=code[:3],
                                           sectors=(code[3:],) if len(code) > 3 else ())


def event(n: int, article: str, src: str, tgt: str | None, code: str, published: str, *, date=None,
          modality="asserted", location=None, confidence=0.9) -> EventRecord:
    c = cameo(code)
    return EventRecord(event_id=f"e{n:04d}", article_id=article, sentence_index=n, quote=f"sentence {n}",
                       span=(0, 10), trigger="t", source=actor(src), target=actor(tgt), cameo=code,
                       cameo_root=code[:2], quad_class=c.quad_class, goldstein=c.goldstein,
                       plover={"type": c.plover_type, "mode": None, "context": []}, modality=modality,
                       date=date, date_precision="day" if date else "none", location=location,
                       confidence=confidence, coder={"rule": "test", "version": "0"}, published=published)


def article(aid: str, published: str) -> Article:
    return Article(article_id=aid, origin=aid, title=aid, text="x", url=None, published=published, source=None,
                   blocks=((0, 1),))


# (article, published, events): January is cooperative between PRK and RUS; March is not.
STORY = {
    ("a1", "2025-01-10"): [("PRK", "RUS", "040"), ("RUS", "PRK", "057"), ("PRK", "CHN", "051"),
                           ("RUS", "CHN", "051"), ("USA", "PRK", "163"), ("RUS", "USA", "111")],
    ("a2", "2025-01-20"): [("CHN", "RUS", "040"), ("KOR", "JPN", "062"), ("JPN", "USA", "062"), ("KOR", "USA", "062")],
    ("a3", "2025-02-05"): [],       # a quiet article: it still counts as news volume
    ("a4", "2025-03-02"): [("PRK", "RUS", "111"), ("RUS", "PRK", "112"), ("PRK", "USA", "138")],
    ("a5", "2025-03-03"): [("PRK", "RUS", "130", "future")],
}
PARADE = [("PRKGOV", "CHN", "042"), ("RUSGOV", "CHN", "042"), ("BLRGOV", "CHN", "042"), ("CHNGOV", "PRKGOV", "043")]


def fill_story(store: Store) -> int:
    """Store STORY's articles and events; returns the last event number used."""
    n = 0
    for (aid, pub), rows in STORY.items():
        evs = []
        for row in rows:
            n += 1
            evs.append(event(n, aid, row[0], row[1], row[2], pub, modality=row[3] if len(row) > 3 else "asserted"))
        store.add_article(article(aid, pub), evs)
    return n


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("analyse") / "a.duckdb")
    with Store(path) as store:
        n = fill_story(store)
        evs = []
        for src, tgt, code in PARADE:
            n += 1
            evs.append(event(n, "p1", src, tgt, code, "2025-08-28", location=BEIJING, modality="future",
                             date="2025-09-03" if code == "043" else None))
        n += 1
        evs.append(event(n, "p1", "CHNGOV", "RUSGOV", "044", "2025-08-28", modality="future"))   # no place: joins Beijing
        store.add_article(article("p1", "2025-08-28"), evs)
    return path


def test_dyad_counts_quads_goldstein_and_news_volume(db):
    frame = dyad(db, "PRK", "RUS", by="month")
    assert list(frame.period.astype(str)) == ["2025-01-01", "2025-02-01", "2025-03-01", "2025-08-01"]
    jan, feb, mar = (frame.iloc[i] for i in range(3))
    assert (jan.events, jan.verbal_coop, jan.material_conflict) == (2, 2, 0)
    assert jan.goldstein_sum == pytest.approx(cameo("040").goldstein + cameo("057").goldstein)
    assert jan.articles == 2 and jan.per_1000_articles == pytest.approx(1000.0)
    assert feb.events == 0 and feb.articles == 1 and math.isnan(feb.goldstein_mean)
    assert (mar.events, mar.verbal_conflict) == (2, 2)          # the future threat is not counted
    assert dyad(db, "PRK", "RUS", by="month", modalities=("asserted", "future")).iloc[2].events == 3


def test_dyad_directions_and_codes(db):
    split = dyad(db, "PRK", "RUS", by="month", direction="split")
    jan = split[split.period.astype(str) == "2025-01-01"].set_index("direction").events
    assert (jan["a>b"], jan["b>a"]) == (1, 1)
    one = dyad(db, "RUS", "PRK", by="year", direction="a>b")
    assert list(one.events) == [2]
    assert dyad(db, "PRKGOV", "CHN", by="year", modalities=("future",)).events.sum() == 2   # a code matches by prefix


def test_alignment_is_chance_corrected_and_traceable(db):
    frame = alignment(db, "PRK", ["RUS", "USA"], until="2025-01-31").set_index("b")
    rus = frame.loc["RUS"]
    # PRK and RUS are both warm to CHN and to each other; RUS is hostile to USA, PRK silent on it
    assert rus["items"] == 2 and rus["mutual"] == 1.0
    assert rus["s"] == pytest.approx(0.5)                 # one item of two agrees
    assert rus["kappa"] == pytest.approx(1 - 0.5 / 1.0)   # d_exp: PRK always +1, RUS half +1 half -1
    assert rus["score"] == pytest.approx((2 * 0.5 + 2 * 1.0) / 4)    # the worked example of docs/analysis.md
    assert frame.loc["USA"]["mutual"] == -1.0
    items = alignment_items(db, "PRK", "RUS", until="2025-01-31").set_index("item")
    assert set(items.index) == {"CHN", "USA", "(each other)"}
    assert items.loc["USA", "b_position"] == -1 and items.loc["USA", "a_position"] == 0
    assert len(items.loc["(each other)", "event_ids"]) == 2


def test_alignment_by_month_shows_the_relationship_turning(db):
    frame = alignment(db, "PRK", "RUS", by="month")
    by_month = dict(zip(frame.period.astype(str), frame.mutual))
    assert by_month["2025-01-01"] == 1.0 and by_month["2025-03-01"] == -1.0


def test_network_edges_weigh_cooperation_against_conflict(db):
    edges = network(db, until="2025-03-31").set_index(["a", "b"])
    assert edges.loc[("PRK", "RUS"), "events"] == 4
    assert edges.loc[("PRK", "RUS"), "cooperation"] == 2 and edges.loc[("PRK", "RUS"), "conflict"] == 2
    assert edges.loc[("CHN", "RUS"), "weight"] > 0 and edges.loc[("PRK", "USA"), "weight"] < 0
    assert edges.loc[("PRK", "USA"), "a_to_b"] == 1 and edges.loc[("PRK", "USA"), "b_to_a"] == 1


def test_blocs_are_found_and_keep_their_labels(db):
    one = blocs(db, until="2025-01-31")
    groups = {frozenset(g.actor) for _, g in one.groupby("bloc")}
    assert frozenset({"KOR", "JPN", "USA"}) in groups
    assert any({"PRK", "RUS", "CHN"} <= g for g in groups)
    per_month = blocs(db, by="month")
    east = per_month[per_month.actor == "CHN"].bloc.unique()
    assert len(east) == 1, "the bloc around CHN keeps one label from January to August"


def test_shifts_rank_the_dyad_that_turned_with_its_drivers(db):
    frame = shifts(db, "2025-01-01..2025-01-31", "2025-03-01..2025-03-31")
    top = frame.iloc[0]
    assert (top.a, top.b, top.trend) == ("PRK", "RUS", "cooler")
    assert top.events_before == 2 and top.events_after == 2 and top.change < 0
    assert len(top.drivers) == 3 and all(q.startswith("sentence") for q in top.driver_quotes)
    with pytest.raises(UsageError, match="START..END"):
        shifts(db, "2025-01", "2025-03-01..2025-03-31")


def test_coparticipation_finds_who_stood_together(db):
    frame = coparticipation(db)
    assert len(frame) == 1
    occ = frame.iloc[0]
    assert occ.participants == ["BLR", "CHN", "PRK", "RUS"] and occ.place == "Beijing" and occ.day == "2025-09-03"
    assert coparticipation(db, actor="USA").empty
    pairs = coparticipation(db, pairs=True)
    assert len(pairs) == 6 and set(pairs.occasions) == {1}


@pytest.mark.parametrize("call, message", [
    (lambda db: dyad(db, "PRK", "RUS", by="fortnight"), "unknown period 'fortnight'"),
    (lambda db: dyad(db, "PRK", "", by="month"), "invalid actor ''"),
    (lambda db: dyad(db, "PRK", "RUS", direction="sideways"), "unknown direction 'sideways'"),
    (lambda db: network(db, modalities=("rumoured",)), "unknown modality 'rumoured'"),
    (lambda db: blocs(db, level="region"), "unknown actor level 'region'"),
])
def test_bad_arguments_name_the_value(db, call, message):
    with pytest.raises(UsageError, match=message):
        call(db)


def test_cli_commands_write_the_frames(db, capsys, tmp_path):
    assert main(["dyad", "PRK", "RUS", "--db", db, "--by", "month", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["events"] for r in rows] == [2, 0, 2, 0]
    out = tmp_path / "blocs.csv"
    assert main(["blocs", "--db", db, "--until", "2025-01-31", "--format", "csv", "--out", str(out)]) == 0
    assert pd.read_csv(out).actor.nunique() >= 6
    assert main(["together", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["participants"] == ["BLR", "CHN", "PRK", "RUS"]
    assert main(["shifts", "--db", db, "--before", "2025-01-01..2025-01-31", "--after", "2025-03-01..2025-03-31",
                 "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["trend"] == "cooler"
    assert main(["align", "PRK", "RUS", "--db", db, "--evidence", "--format", "jsonl"]) == 0
    assert main(["network", "--db", db, "--format", "table"]) == 0
    assert main(["dyad", "PRK", "RUS", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_an_article_dated_centuries_ago_does_not_break_the_series(tmp_path):
    """A mistyped year ("0629") is outside what pandas' nanosecond timestamps can hold; the
    analyses still answer, with that period in its place (found by the API fuzz test)."""
    from accord.analyse import timeline
    path = str(tmp_path / "old.duckdb")
    with Store(path) as store:
        fill_story(store)
        store.add_article(article("old", "0629-06-01"), [event(900, "old", "PRK", "RUS", "040", "0629-06-01")])
    frame = dyad(path, "PRK", "RUS", by="month")
    assert str(frame.period.iloc[0]) == "0629-06-01" and frame.events.iloc[0] == 1
    assert str(timeline(path, by="year").period.iloc[0]) == "0629-01-01"
    assert not network(path).empty
    assert blocs(path, by="year") is not None and blocs(path) is not None
    assert not alignment(path, "PRK", "RUS", by="year").empty
