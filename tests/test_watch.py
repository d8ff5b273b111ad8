"""accord watch against a real news site on 127.0.0.1: feeds polled with conditional GET, pages
fetched once by canonical URL, failures recorded with their reason, and a watcher killed in the
middle of a cycle that carries on without losing or doubling anything."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import accord
from accord.errors import UsageError
from accord.store import Store
from accord.watch import Watcher, read_feeds_file

from newssite import NewsSite, article_html, atom, rss

PAIRS = [("Japan", "China"), ("Kenya", "Ethiopia"), ("Brazil", "Bolivia"), ("France", "Germany"), ("India", "Nepal"),
         ("Turkey", "Greece"), ("Egypt", "Sudan"), ("Poland", "Ukraine"), ("Vietnam", "Laos"), ("Chile", "Peru")]
STORIES = [
    ("{a} and {b} sign a trade pact", ["{a} and {b} signed an agreement on Monday to cut tariffs on farm goods.",
                                        "Officials from {a} said the pact would double trade within five years."]),
    ("{a} protests {b} border move", ["{a} lodged a formal protest with {b} on Tuesday over new fencing along the border.",
                                      "The foreign ministry of {a} summoned the ambassador of {b} to explain the decision."]),
]


def story(n: int) -> tuple[str, str]:
    a, b = PAIRS[n % len(PAIRS)]
    head, paras = STORIES[(n // len(PAIRS)) % len(STORIES)]
    return head.format(a=a, b=b), article_html(head.format(a=a, b=b), [p.format(a=a, b=b) for p in paras])


@pytest.fixture
def site():
    s = NewsSite()
    s.route("/robots.txt", "User-agent: *\nDisallow: /members/\n", content_type="text/plain")
    yield s
    s.stop()


def publish(site: NewsSite, paths: list[str], *, feed: str = "/feed.xml", etag: str | None = None, kind: str = "rss",
            day: str = "2025-09-03") -> None:
    items = []
    for p in paths:
        n = int(p.rsplit("/", 1)[1].split("?")[0])
        head, page = story(n)
        site.route(p.split("?")[0], page)
        items.append((head, site.url + p, day))
    body, ctype = (rss(items), "application/rss+xml") if kind == "rss" else (atom(items), "application/atom+xml")
    site.route(feed, body, content_type=ctype, etag=etag)


def settings(tmp_path: Path, **kw):
    opts = {"db": str(tmp_path / "watch.duckdb"), "allow_networks": ["127.0.0.0/8"], "host_delay": 0,
            "fetch_backoff": 0.01, "fetch_timeout": 2, "workers": 1, **kw}
    return accord.load_settings(**opts)


def test_a_cycle_stores_each_new_page_once(site, tmp_path):
    publish(site, ["/a/1", "/a/2", "/a/3"], etag='"v1"')
    # the Atom feed lists one of the same stories under a tracking link
    publish(site, ["/a/3?utm_source=atom&utm_medium=feed"], feed="/atom.xml", kind="atom")
    with Watcher([site.url + "/feed.xml", site.url + "/atom.xml"], settings(tmp_path)) as w:
        first = w.cycle()
        assert (first.feeds, first.new, first.stored, first.failures) == (2, 3, 3, [])
        assert first.events > 0
        second = w.cycle()
        assert (second.unchanged, second.new, second.stored, second.events) == (1, 0, 0, 0)
        pages = w.store.pages()
        articles = w.store.articles()
    assert sorted(pages["state"]) == ["stored"] * 3
    assert len(articles) == 3 and set(articles["url"]) == {site.url + f"/a/{n}" for n in (1, 2, 3)}
    assert all(site.hits(f"/a/{n}") == 1 for n in (1, 2, 3))
    assert site.requests[-2][2].get("if-none-match") == '"v1"'      # the conditional GET of the second poll
    assert "2 feeds (1 unchanged, 0 failed), 0 new pages, 0 stored, 0 events, 0 pages failed" in second.line()


def test_items_that_change_between_polls(site, tmp_path):
    publish(site, ["/a/1", "/a/2"])
    with Watcher([site.url + "/feed.xml"], settings(tmp_path)) as w:
        assert w.cycle().stored == 2
        publish(site, ["/a/2", "/a/4", "/a/5"])            # one item gone, two new
        later = w.cycle()
        assert (later.new, later.stored) == (2, 2)
        assert len(w.store.articles()) == 4
    assert [site.hits(f"/a/{n}") for n in (1, 2, 4, 5)] == [1, 1, 1, 1]


def test_bad_pages_and_feeds_are_recorded_with_their_reason(site, tmp_path):
    publish(site, ["/a/1", "/a/2", "/a/3", "/a/4", "/a/5", "/a/6", "/members/7", "/a/8", "/a/9"])
    site.route("/a/2", "gone", status=404, content_type="text/plain")
    busy = iter([(503, {"Content-Type": "text/plain"}, b"busy")] * 3)
    site.route("/a/3", lambda _req: next(busy, (200, {"Content-Type": "text/html"}, story(3)[1].encode())))
    site.route("/a/4", story(4)[1], delay=1.0)                                  # slower than the timeout
    site.route("/a/5", article_html("Huge", ["word " * 400_000]))                 # larger than the limit
    site.route("/a/6", status=302, headers={"Location": "/a/16"})                # moved: stored under its new URL
    site.route("/a/16", story(6)[1])
    site.route("/a/8", b"%PDF-1.7 not a page", content_type="application/pdf")
    site.route("/a/9", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    site.route("/broken.xml", "<rss><channel><item><title>cut off", content_type="application/rss+xml")
    site.route("/not-a-feed.xml", "<html><body>Welcome</body></html>", content_type="text/html")
    feeds = [site.url + "/feed.xml", site.url + "/broken.xml", site.url + "/not-a-feed.xml", site.url + "/gone.xml"]
    opts = settings(tmp_path, fetch_timeout=0.5, fetch_retries=1, max_page_bytes=500_000)
    with Watcher(feeds, opts) as w:
        first = w.cycle()
        pages = w.store.pages().set_index("link")
        stored_after_first = set(w.store.articles()["url"])
        second = w.cycle()          # the page that was busy is tried again and stored; the others are not
        pages2 = w.store.pages().set_index("link")
        feed_rows = w.store.feeds().set_index("feed_url")
    reasons = {link.rsplit("/", 2)[-2] + "/" + link.rsplit("/", 1)[1]: (row.state, row.reason)
               for link, row in pages.iterrows()}
    assert reasons == {"a/1": ("stored", None), "a/2": ("failed", "http-404"), "a/3": ("retry", "http-503"),
                       "a/4": ("retry", "timeout"), "a/5": ("failed", "too-large"), "a/6": ("stored", None),
                       "members/7": ("failed", "robots"), "a/8": ("failed", "content-type"),
                       "a/9": ("failed", "address")}
    assert all(site.url in pages.loc[link, "message"] for link in pages.index if pages.loc[link, "reason"])
    assert stored_after_first == {site.url + "/a/1", site.url + "/a/16"}
    assert pages2.loc[site.url + "/a/3", "state"] == "stored"
    assert second.stored == 1 and site.hits("/a/2") == 1            # a 404 is not asked again
    assert [r for _f, r, _m in first.feed_failures] == ["malformed", "malformed", "http-404"]
    assert feed_rows.loc[site.url + "/gone.xml", "status"] == "http-404"
    assert "3 failed" in first.line() and "timeout 1" in first.line()


def test_a_watcher_killed_mid_cycle_carries_on(site, tmp_path):
    """SIGKILL while pages are being fetched, then again after the first batch was stored: the
    third run finishes, and the store holds every page once, exactly as one clean run does."""
    paths = [f"/a/{n}" for n in range(20)]
    publish(site, paths)
    for p in paths:     # slow enough to be killed in the middle
        site.routes[p]["delay"] = 0.25
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# the test site\n{site.url}/feed.xml\n")
    conf = tmp_path / "accord.toml"
    conf.write_text('allow_networks = ["127.0.0.0/8"]\nhost_delay = 0\nworkers = 1\n')
    db = tmp_path / "killed.duckdb"
    env = {**os.environ, "ACCORD_SETTINGS": str(conf)}
    cmd = [sys.executable, "-m", "accord", "watch", str(feeds), "--once", "--db", str(db)]

    def pages_fetched() -> int:
        return sum(site.hits(p) for p in paths)

    for kill_after in (3, 3 + 18):      # mid-fetch of the first batch; mid-fetch of the second
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while pages_fetched() < kill_after:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "1 feed (" in done.stdout
    for p in paths:
        site.routes[p]["delay"] = 0
    clean = accord.load_settings(db=str(tmp_path / "clean.duckdb"), allow_networks=["127.0.0.0/8"], host_delay=0,
                                 workers=1)
    with Watcher([site.url + "/feed.xml"], clean) as w:
        w.cycle()
    with Store(str(db)) as killed, Store(clean.db) as once:
        assert sorted(killed.pages()["state"]) == ["stored"] * 20
        a, b = killed.articles(), once.articles()
        assert len(a) == 20 and a["url"].is_unique and sorted(a["article_id"]) == sorted(b["article_id"])
        ka, kb = killed.events(), once.events()
        assert len(ka) == len(kb) > 0 and sorted(ka["event_id"]) == sorted(kb["event_id"])
        assert killed.con.execute("SELECT count(*) FROM articles a LEFT JOIN pages p ON p.article_id = a.article_id "
                                  "WHERE p.url IS NULL").fetchone()[0] == 0


def test_feeds_files(tmp_path):
    text = tmp_path / "feeds.txt"
    text.write_text("# world\nhttps://news.example/world.xml\n\nhttps://news.example/asia.xml  # asia\n"
                    "https://news.example/world.xml\n")
    assert read_feeds_file(text) == ["https://news.example/world.xml", "https://news.example/asia.xml"]
    opml = tmp_path / "feeds.opml"
    opml.write_text("<?xml version='1.0'?><opml version='2.0'><body><outline text='News'>"
                    "<outline type='rss' text='World' xmlUrl='https://news.example/world.xml'/></outline></body></opml>")
    assert read_feeds_file(opml) == ["https://news.example/world.xml"]
    for content, says in (("ftp://news.example/feed\n", "not an http or https URL"), ("# nothing\n", "lists no feed"),
                          ("<opml><body>", "neither a list of URLs nor valid OPML")):
        bad = tmp_path / "bad.txt"
        bad.write_text(content)
        with pytest.raises(UsageError, match=says):
            read_feeds_file(bad)
    with pytest.raises(UsageError, match="does not exist"):
        read_feeds_file(tmp_path / "missing.txt")


def test_watch_and_ingest_url_from_the_command_line(site, tmp_path, monkeypatch, capsys):
    from accord.cli import main

    publish(site, ["/a/1", "/a/2"])
    conf = tmp_path / "accord.toml"
    conf.write_text('allow_networks = ["127.0.0.0/8"]\nhost_delay = 0\nworkers = 1\n')
    monkeypatch.setenv("ACCORD_SETTINGS", str(conf))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(site.url + "/feed.xml\n")
    db = str(tmp_path / "cli.duckdb")
    assert main(["watch", str(feeds), "--once", "--db", db]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "1 feed (0 unchanged, 0 failed), 2 new pages, 2 stored" in out[0]
    # single pages: the same fetcher, the same checks
    site.route("/a/12", story(12)[1])
    assert main(["ingest", site.url + "/a/12", site.url + "/a/13", "--db", db, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "/a/13 answered HTTP 404" in err
    with Store(db) as store:
        assert site.url + "/a/12" in set(store.articles()["url"])
    monkeypatch.delenv("ACCORD_SETTINGS")
    assert main(["ingest", site.url + "/a/12", "--db", db, "--quiet"]) == 2
    assert "non-public address" in capsys.readouterr().err


def test_post_a_url_to_the_api(site, tmp_path, live_server):
    import httpx

    site.route("/a/14", story(14)[1])
    strict = live_server(str(tmp_path / "strict.duckdb"))
    auth = {"Authorization": f"Bearer {strict.token}"}
    r = httpx.post(strict.url + "/api/articles", json={"url": site.url + "/a/14"}, headers=auth, timeout=60)
    assert r.status_code == 422
    assert r.json()["failures"][0]["reason"] == "address" and site.hits("/a/14") == 0
    r = httpx.post(strict.url + "/api/articles", json={"url": "file:///etc/passwd"}, headers=auth, timeout=60)
    assert r.status_code == 422 and r.json()["error"]["field"] == "url"
    srv = live_server(str(tmp_path / "open.duckdb"), settings(tmp_path, db=str(tmp_path / "open.duckdb")))
    r = httpx.post(srv.url + "/api/articles", json={"url": site.url + "/a/14", "published": "2025-09-03"},
                   headers={"Authorization": f"Bearer {srv.token}"}, timeout=60)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"] == 1 and body["events"] > 0
    art = httpx.get(srv.url + "/api/articles/" + body["articles"][0]["article_id"], timeout=30).json()["article"]
    assert art["url"] == site.url + "/a/14" and art["published"] == "2025-09-03"


def test_serve_follows_feeds_while_it_serves(site, tmp_path, live_server):
    """accord serve --watch: one process holds the store, and feeds, posts and reads take turns."""
    import httpx

    publish(site, ["/a/1", "/a/2", "/a/3"])
    db = str(tmp_path / "served.duckdb")
    srv = live_server(db, settings(tmp_path, db=db, interval=3600), watch=[site.url + "/feed.xml"])
    auth = {"Authorization": f"Bearer {srv.token}"}
    posted = httpx.post(srv.url + "/api/articles", json={"text": "Chile and Peru signed a fishing accord on Monday.",
                                                         "published": "2025-09-03"}, headers=auth, timeout=120)
    assert posted.status_code == 201
    deadline = time.monotonic() + 120
    while True:
        urls = {a["url"] for a in httpx.get(srv.url + "/api/articles", timeout=30).json()["articles"]}
        if {site.url + f"/a/{n}" for n in (1, 2, 3)} <= urls or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert {site.url + f"/a/{n}" for n in (1, 2, 3)} <= urls
    assert len(httpx.get(srv.url + "/api/articles", timeout=30).json()["articles"]) == 4
    # a second process cannot write the store meanwhile, and is told why and what to do instead
    other = subprocess.run([sys.executable, "-m", "accord", "ingest", "-", "--db", db, "--quiet"],
                           input="Kenya hosted talks with Somalia.", capture_output=True, text=True, timeout=120)
    assert other.returncode == 1
    assert "is in use by another process" in other.stderr and "accord serve --watch" in other.stderr
