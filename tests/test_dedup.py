"""Counting events, not reports: GDELT counted one kidnapping reported by hundreds of stories as
hundreds of kidnappings. Here 200 generated stories about one kidnapping make one event, with
its mentions and GDELT's NumMentions, NumSources and NumArticles; wire copies are linked as
near-duplicates."""
from __future__ import annotations

import csv
import json

import pytest

import accord
import accord.cli
from accord.dedup import bands, minhash, similarity
from accord.formats import GDELT_COLUMNS
from accord.store import Store

LEADS = [
    "Gunmen abducted 25 students from a secondary school in Kaduna state, Nigeria, on Friday, police said.",
    "Armed men kidnapped 25 pupils from a school in Nigeria's Kaduna state on Friday.",
    "Police in Nigeria said gunmen seized 25 students from their school in Kaduna state on Friday.",
    "Bandits abducted 25 schoolchildren in Kaduna state in northwest Nigeria on Friday, officials said.",
]
TITLES = ["Gunmen kidnap students in Nigeria", "Students abducted by gunmen in Kaduna", "Nigerian school attacked",
          "Kaduna school kidnapping"]
OUTLETS = [f"outlet{n:02d}.example" for n in range(20)]
DAYS = ["2024-03-08", "2024-03-09", "2024-03-10"]


def stories(n: int = 200) -> list[dict]:
    out = []
    for i in range(n):
        outlet = OUTLETS[i % len(OUTLETS)]
        lead = LEADS[(i // len(OUTLETS)) % len(LEADS)]
        # every tenth story is a wire copy: the same text as the story before it, another outlet
        body = (out[-1]["text"] if i % 10 == 9 and out else
                f"{lead}\n\nSchools in the area closed for the rest of the week, residents told {outlet} "
                f"(update {i}). Parents gathered outside the school gate.")
        out.append({"id": f"k{i}", "title": TITLES[i % len(TITLES)], "text": body, "published": DAYS[i % len(DAYS)],
                    "url": f"https://{outlet}/news/{i}", "source": outlet})
    return out


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    root = tmp_path_factory.mktemp("dedup")
    corpus = root / "kidnapping.jsonl"
    corpus.write_text("\n".join(json.dumps(s) for s in stories()) + "\n", encoding="utf-8")
    db = str(root / "k.duckdb")
    summary = accord.ingest([str(corpus)], settings=accord.load_settings(workers=1, db=db))
    assert summary.articles == 200 and not summary.failures
    return db, root


def test_one_kidnapping_reported_200_times_is_one_event(store_path):
    db, _ = store_path
    with Store(db, read_only=True) as store:
        kidnaps = store.event_records(cameo="181", counts=True)
        assert len(kidnaps) >= 200, "every report is kept as a mention"
        events = {e.extra["global_id"] for e in kidnaps}
        assert len(events) == 1, f"one kidnapping, not {len(events)}"
        first = [e for e in kidnaps if e.extra["first_mention"]]
        assert len(first) == 1
        e = first[0]
        assert (e.extra["num_articles"], e.extra["num_sources"]) == (200, 20)
        mentions = store.mentions(e.extra["global_id"])
        # the headline "Nigerian school attacked" reports the same event as an attack: a mention too
        assert e.extra["num_mentions"] == len(mentions) >= len(kidnaps)
        assert set(mentions.article_id) == {k.article_id for k in kidnaps}
        counted = store.analysis_events(roots=("18",))
        assert (counted.cameo == "181").sum() == 1, "analysis counts the event once"


def test_wire_copies_are_linked_as_near_duplicates(store_path):
    db, _ = store_path
    with Store(db, read_only=True) as store:
        links = store.near_duplicates()
    assert len(links) >= 20 and (links.similarity >= 0.8).all()


def test_the_gdelt_export_carries_the_counts(store_path, capsys):
    db, root = store_path
    out = root / "k.gdelt.tsv"
    assert accord.cli.main(["export", "--format", "gdelt", "--out", str(out), "--db", db]) == 0
    rows = [dict(zip(GDELT_COLUMNS, r)) for r in csv.reader(out.open(encoding="utf-8"), delimiter="\t")]
    kidnap = [r for r in rows if r["EventCode"] == "181"]
    assert len(kidnap) == 1
    assert (kidnap[0]["NumArticles"], kidnap[0]["NumSources"]) == ("200", "20")
    assert int(kidnap[0]["NumMentions"]) >= 200


def test_minhash_estimates_similarity():
    a = " ".join(LEADS) + " The foreign ministers of Egypt and Jordan met in Cairo on Sunday to discuss the war."
    b = a.replace("Sunday", "Monday")          # one word in about ninety
    c = "Floods swept through the capital after days of heavy rain, and schools were closed across the region."
    sa, sb, sc = minhash(a), minhash(b), minhash(c)
    assert similarity(sa, sa) == 1.0 and similarity(sa, sb) > 0.8 and similarity(sa, sc) < 0.1
    assert len(bands(sa)) == 16 and bands(sa) == bands(minhash(a)), "signatures are stable"


def test_copies_are_looked_for_within_days_and_an_older_store_learns_the_days(tmp_path):
    """Articles published more than COPY_DAYS apart are not compared (so a batch reads only the
    blocks of its own days); undated ones are compared with all. A store written before the
    days were kept gets them from its articles when it is opened."""
    import duckdb

    from accord.dedup import COPY_DAYS
    from accord.records import Article

    text = " ".join(LEADS) + " Schools in the area closed for the rest of the week."

    def article(aid: str, published: str | None) -> Article:
        return Article(article_id=aid, origin=aid, title=None, text=text, url=None, published=published,
                       source=None, blocks=[])
    db = str(tmp_path / "days.duckdb")
    with Store(db) as store:
        store.add_articles([(article("first", "2024-03-08"), ())])
        store.add_articles([(article("same-week", "2024-03-12"), ()), (article("later", "2024-05-01"), ())])
        store.add_articles([(article("undated", None), ())])
        links = dict(zip(store.near_duplicates().article_id, store.near_duplicates().duplicate_of))
        assert links == {"same-week": "first", "undated": "first"}, f"{COPY_DAYS} days apart at most: {links}"
        store.con.execute("UPDATE sketches SET day = NULL")
        store.con.execute("UPDATE lsh SET day = NULL")
    with Store(db) as store:
        days = dict(store.con.execute("SELECT article_id, day::VARCHAR FROM sketches").fetchall())
        assert days == {"first": "2024-03-08", "same-week": "2024-03-12", "later": "2024-05-01", "undated": None}
        assert store.con.execute("SELECT count(*) FROM lsh WHERE day IS NULL").fetchall()[0][0] == 16
    assert duckdb.connect(db, read_only=True).execute("SELECT count(*) FROM lsh").fetchall()[0][0] == 64
