"""accord.fetch against a real HTTP server on 127.0.0.1: safety (schemes, addresses checked after
resolution and on every redirect), politeness (robots.txt, per-host delay, conditional GET) and
robustness (timeouts, retries, size, content type, redirects)."""
from __future__ import annotations

import pytest

import accord
from accord.errors import FetchError
from accord.fetch import Fetcher, address_allowed, canonical_url

from newssite import NewsSite, article_html

LOOPBACK = ("127.0.0.0/8",)


@pytest.fixture
def site():
    s = NewsSite()
    s.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    s.route("/story", article_html("Ministers meet", ["The ministers met in the capital on Monday."]))
    yield s
    s.stop()


def fetcher(**kw) -> tuple[Fetcher, list[float]]:
    """A Fetcher that allows loopback (the test site) and records its waits instead of sleeping:
    its clock moves only by the waits."""
    slept: list[float] = []
    clock = [1000.0]

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        clock[0] += seconds
    opts = {"allow_networks": LOOPBACK, "host_delay": 0, "fetch_backoff": 0.01, "fetch_timeout": 2, **kw}
    return Fetcher(accord.load_settings(**opts), sleep=sleep, clock=lambda: clock[0]), slept


def reason(f: Fetcher, url: str, **kw) -> str:
    with pytest.raises(FetchError) as info:
        f.get(url, **kw)
    assert url in str(info.value) or info.value.url == url
    return info.value.reason


def test_a_page_is_fetched_with_its_validators(site):
    site.route("/etagged", article_html("A", ["Text."]), etag='"abc"')
    f, _ = fetcher()
    page = f.get(site.url + "/story")
    assert page.status == 200 and "ministers met" in page.text()
    first = f.get(site.url + "/etagged")
    assert first.etag == '"abc"'
    again = f.get(site.url + "/etagged", etag=first.etag)
    assert again.not_modified
    assert site.requests[-1][2]["if-none-match"] == '"abc"'
    assert site.requests[0][2]["user-agent"].startswith("accord/")


def test_last_modified_makes_a_conditional_get(site):
    stamp = "Tue, 02 Sep 2025 08:00:00 GMT"

    def feed(req):
        if req.headers.get("If-Modified-Since") == stamp:
            return 304, {}, b""
        return 200, {"Content-Type": "application/rss+xml", "Last-Modified": stamp}, b"<rss version='2.0'></rss>"
    site.route("/dated.xml", feed)
    f, _ = fetcher()
    first = f.get(site.url + "/dated.xml", kinds=("application/rss+xml",))
    assert first.last_modified == stamp and first.etag is None
    assert f.get(site.url + "/dated.xml", kinds=("application/rss+xml",), last_modified=stamp).not_modified


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/", "javascript:alert(1)",
                                 "/relative/path", "http://user:secret@127.0.0.1/"])
def test_only_http_and_https_are_fetched(site, url):
    f, _ = fetcher()
    assert reason(f, url) == "scheme"
    assert site.requests == []


def test_loopback_is_refused_unless_allowed(site):
    strict = Fetcher(accord.load_settings(host_delay=0))
    assert reason(strict, site.url + "/story") == "address"
    assert reason(strict, "http://localhost:%d/story" % site.port) == "address"
    assert site.requests == []          # refused before any request, robots.txt included
    f, _ = fetcher()
    assert f.get(site.url + "/story").status == 200


def test_the_check_is_on_the_resolved_address(site):
    """A public-looking name that resolves to a private address is refused; one that resolves to
    the (allowed) loopback is fetched from the address that was checked, with the name as Host."""
    names = {"intranet.example": ["10.1.2.3"], "metadata.example": ["169.254.169.254"],
             "mixed.example": ["93.184.216.34", "192.168.1.1"], "news.example": ["127.0.0.1"]}
    f = Fetcher(accord.load_settings(allow_networks=LOOPBACK, host_delay=0),
                resolve=lambda host, port: names[host])
    for host in ("intranet.example", "metadata.example", "mixed.example"):
        assert reason(f, f"http://{host}:{site.port}/story") == "address"
    page = f.get(f"http://news.example:{site.port}/story")
    assert page.status == 200
    assert site.requests[-1][2]["host"] == f"news.example:{site.port}"


def test_every_redirect_is_checked(site):
    site.route("/to-metadata", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    site.route("/to-file", status=301, headers={"Location": "file:///etc/passwd"})
    site.route("/hop1", status=302, headers={"Location": "/hop2"})
    site.route("/hop2", status=307, headers={"Location": site.url + "/story"})
    site.route("/loop", status=302, headers={"Location": "/loop"})
    f, _ = fetcher(max_redirects=3)
    assert reason(f, site.url + "/to-metadata") == "address"
    assert reason(f, site.url + "/to-file") == "scheme"
    page = f.get(site.url + "/hop1")
    assert page.final_url == site.url + "/story" and page.url == site.url + "/hop1"
    assert reason(f, site.url + "/loop") == "redirects"
    assert site.hits("/loop") == 4      # the first request and 3 redirects, then it stops


def test_robots_txt_is_honoured(site):
    site.route("/private/memo", article_html("Memo", ["Not for crawlers."]))
    f, _ = fetcher()
    assert reason(f, site.url + "/private/memo") == "robots"
    assert site.hits("/private/memo") == 0
    f.get(site.url + "/story")
    assert site.hits("/robots.txt") == 1            # read once per host


def test_a_failing_robots_txt_closes_the_site(site):
    site.route("/robots.txt", "down", status=503, content_type="text/plain")
    f, _ = fetcher(fetch_retries=0)
    assert reason(f, site.url + "/story") == "robots"
    assert site.hits("/story") == 0


def test_no_robots_txt_allows_everything(site):
    del site.routes["/robots.txt"]
    f, _ = fetcher()
    assert f.get(site.url + "/story").status == 200


def test_each_host_waits_its_turn(site):
    site.route("/robots.txt", "User-agent: *\nCrawl-delay: 3\n", content_type="text/plain")
    f, slept = fetcher(host_delay=0.5)
    for _ in range(3):
        f.get(site.url + "/story")
    # robots.txt, then three pages: every request after the first waits for the crawl delay,
    # which is longer than the host delay
    assert slept == [3.0, 3.0, 3.0]
    f, slept = fetcher(host_delay=0.5)
    site.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    f.get(site.url + "/story")
    f.get(site.url + "/story")
    assert slept == [0.5, 0.5]


def test_a_slow_page_times_out_and_is_retried(site):
    site.route("/slow", article_html("Slow", ["Late."]), delay=1.5)
    f, slept = fetcher(fetch_timeout=0.3, fetch_retries=1)
    assert reason(f, site.url + "/slow") == "timeout"
    assert site.hits("/slow") == 2 and slept == [0.01]


def test_server_errors_are_retried_with_backoff(site):
    answers = iter([(503, {"Retry-After": "0"}, b"busy"), (500, {}, b"oops"), (200, {"Content-Type": "text/html"},
                                                                                 article_html("Back", ["Up."]).encode())])
    site.route("/flaky", lambda _req: next(answers))
    site.route("/broken", "always down", status=500, content_type="text/plain")
    f, slept = fetcher(fetch_retries=2)
    assert f.get(site.url + "/flaky").status == 200
    assert slept == [0.01, 0.02]
    assert reason(f, site.url + "/broken") == "http-500"
    assert site.hits("/broken") == 3


def test_client_errors_are_not_retried(site):
    f, _ = fetcher()
    assert reason(f, site.url + "/missing") == "http-404"
    assert site.hits("/missing") == 1


def test_oversized_pages_are_refused(site):
    big = article_html("Big", ["word " * 200_000])
    site.route("/big", big)
    site.route("/big-chunked", big, headers={"X-Chunked": "1"})
    f, _ = fetcher(max_page_bytes=100_000)
    assert reason(f, site.url + "/big") == "too-large"            # by its Content-Length
    assert reason(f, site.url + "/big-chunked") == "too-large"    # by counting, when no length is given


def test_other_content_types_are_refused(site):
    site.route("/photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, content_type="image/png")
    site.route("/empty", "", content_type="text/html")
    f, _ = fetcher()
    assert reason(f, site.url + "/photo.png") == "content-type"
    assert reason(f, site.url + "/empty") == "empty"


def test_the_charset_is_respected(site):
    site.route("/latin", article_html("Caf\xe9", ["S\xe3o Paulo hosted the talks."]).encode("latin-1"),
               content_type="text/html; charset=ISO-8859-1")
    f, _ = fetcher()
    assert "São Paulo" in f.get(site.url + "/latin").text()


def test_canonical_urls():
    assert canonical_url("HTTPS://News.Example:443/a?utm_source=x&b=2&a=1#top") == "https://news.example/a?a=1&b=2"
    assert canonical_url("http://news.example") == "http://news.example/"
    assert canonical_url("http://news.example:8080/x?fbclid=1") == "http://news.example:8080/x"
    assert canonical_url("http://news.example/x?id=7") != canonical_url("http://news.example/x?id=8")


def test_special_addresses():
    assert address_allowed("8.8.8.8")
    for addr in ("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.0.1", "169.254.169.254", "0.0.0.0", "::1",
                 "fe80::1", "fc00::1", "::ffff:127.0.0.1", "224.0.0.1", "100.64.0.1"):
        assert not address_allowed(addr), addr
    assert address_allowed("127.0.0.1", ("127.0.0.0/8",)) and not address_allowed("10.0.0.1", ("127.0.0.0/8",))


def test_bad_fetch_settings_are_named():
    for bad in ({"allow_networks": ["localhost"]}, {"max_redirects": -1}, {"fetch_timeout": "soon"},
                {"feeds": ["ftp://x/feed"]}):
        with pytest.raises(accord.errors.UsageError) as info:
            accord.load_settings(**bad)
        assert next(iter(bad)).rstrip("s") in str(info.value)


def test_robots_txt_is_read_again_after_a_day(site):
    now = [0.0]
    f = Fetcher(accord.load_settings(allow_networks=LOOPBACK, host_delay=0), sleep=lambda s: None,
                clock=lambda: now[0])
    f.get(site.url + "/story")
    now[0] += 3600
    site.route("/robots.txt", "User-agent: *\nDisallow: /story\n", content_type="text/plain")
    f.get(site.url + "/story")                      # within the day: the rules read before
    now[0] += 86400
    with pytest.raises(FetchError, match="disallows"):
        f.get(site.url + "/story")
    assert site.hits("/robots.txt") == 2
