"""Fetching web pages and feeds, politely and safely.

A :class:`Fetcher` gets one URL at a time, the way a careful crawler does:

- **Safety.** Only ``http`` and ``https``. The host name is resolved first and every address it
  resolves to must be public: private, loopback, link-local, multicast, reserved and unspecified
  addresses are refused unless a network in ``allow_networks`` holds them. The request then goes to the address that
  was checked (the name is sent as the Host header and as the TLS server name), so a name cannot
  resolve to one address for the check and another for the connection. Redirects are followed
  by hand, and every hop is checked again, up to ``max_redirects``.
- **Politeness.** robots.txt is read once per host a day and honoured (a server error on robots.txt
  means "keep out", as RFC 9309 says); each host is asked at most once per ``host_delay`` seconds
  (or its robots.txt Crawl-delay, when longer); conditional GET with ETag and Last-Modified.
- **Robustness.** A timeout on every request; timeouts, connection errors, 429 and 5xx are
  retried with exponential backoff (Retry-After honoured, capped); a page larger than
  ``max_page_bytes`` is cut off and refused; a content type that is not a page or a feed is
  refused.

Every refusal or failure is a :class:`FetchError` whose ``reason`` is a short code
(``scheme``, ``address``, ``dns``, ``robots``, ``timeout``, ``connect``, ``http-404``,
``too-large``, ``content-type``, ``redirects``, ``empty``) and whose message names the URL and why.
"""
from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from .config import Settings
from .errors import FetchError

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json", "application/json") + PAGE_TYPES
# Query parameters that only track the reader; they never change the page.
TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|ocid|cmpid|smid|ref_src)$", re.I)
RETRY_AFTER_CAP = 60.0


def canonical_url(url: str) -> str:
    """The form of a URL used to recognise a page seen before: scheme and host lower-cased,
    default port, fragment and tracking parameters dropped, the remaining query sorted.

    >>> canonical_url("HTTPS://Example.com:443/a/b?utm_source=x&b=2&a=1#top")
    'https://example.com/a/b?a=1&b=2'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]" if port is None else f"[{host}]:{port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not TRACKING.match(k)))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


@dataclass(frozen=True)
class Page:
    """A fetched page: the URL asked for, the URL it ended at, and its body."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body as text: the charset the server names, else the page's own meta charset,
        else UTF-8, else Windows-1252 (which decodes any byte)."""
        candidates = []
        m = re.search(r"charset=[\"']?([\w.:-]+)", self.content_type, re.I)
        if m:
            candidates.append(m.group(1))
        m = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", self.body[:4096], re.I)
        if m:
            candidates.append(m.group(1).decode("ascii", "ignore"))
        for enc in (*candidates, "utf-8"):
            try:
                return self.body.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
        return self.body.decode("cp1252", errors="replace")


def address_allowed(addr: str, allow_networks: tuple[str, ...] = ()) -> bool:
    """True for a public address, or one inside ``allow_networks``; False for private, loopback,
    link-local, multicast, reserved, unspecified and other special-use addresses (IPv4-mapped
    IPv6 addresses are judged as IPv4).

    >>> address_allowed("93.184.216.34"), address_allowed("169.254.169.254"), address_allowed("::ffff:10.0.0.1")
    (True, False, False)
    """
    ip = ipaddress.ip_address(addr.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in ipaddress.ip_network(net, strict=False) for net in allow_networks):
        return True
    return ip.is_global and not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                                 or ip.is_reserved or ip.is_unspecified)


class Fetcher:
    """Fetches URLs one at a time under the settings' limits. Thread-safe; one per process is
    enough (it keeps the robots.txt cache and the per-host clocks).

    ``resolve``, ``sleep`` and ``clock`` can be replaced (tests); by default the system resolver,
    ``time.sleep`` and ``time.monotonic``.
    """

    def __init__(self, settings: Settings, *, resolve=None, sleep=time.sleep, clock=time.monotonic):
        import httpx

        self.settings = settings
        self._resolve = resolve or _resolve
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._last: dict[str, float] = {}       # when each host was last asked
        self._robots: dict[str, tuple[float, RobotFileParser | str]] = {}     # origin -> (expires, rules)
        # No connection is kept for reuse: connections are made to checked addresses, and one made
        # for one host name (its TLS certificate checked for that name) must never carry a request
        # for another name that resolves to the same address.
        self._client = httpx.Client(follow_redirects=False, trust_env=False,
                                    limits=httpx.Limits(max_keepalive_connections=0),
                                    timeout=httpx.Timeout(settings.fetch_timeout),
                                    headers={"User-Agent": settings.user_agent,
                                             "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- public ---------------------------------------------------------------------------------
    def get(self, url: str, *, kinds: tuple[str, ...] = PAGE_TYPES, etag: str | None = None,
            last_modified: str | None = None) -> Page:
        """Fetch ``url`` (following checked redirects); a Page, whose status is 304 when the
        server says it has not changed since ``etag`` / ``last_modified``. Raises FetchError,
        whose message names ``url`` (and the redirect it failed at)."""
        try:
            return self._get(url, kinds, etag, last_modified)
        except FetchError as exc:
            if str(exc).startswith(url):
                raise
            raise FetchError(url, exc.reason, f"{url}, redirected to {exc}") from exc

    def _get(self, url: str, kinds: tuple[str, ...], etag: str | None, last_modified: str | None) -> Page:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            checked = self._address(current, url)       # refused before anything is asked of the host
            self._obey_robots(current, url)
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            status, rheaders, body = self._request(current, url, headers, checked=checked)
            if status in (301, 302, 303, 307, 308):
                location = rheaders.get("location")
                if not location:
                    raise FetchError(url, "redirects", f"{current} answered {status} without a Location")
                current = urljoin(current, location.strip())
                continue
            ctype = rheaders.get("content-type", "")
            page = Page(url, current, status, ctype, body, rheaders.get("etag"), rheaders.get("last-modified"))
            if status == 304:
                return page
            if status >= 400:
                raise FetchError(url, f"http-{status}", f"{current} answered HTTP {status}")
            if status != 200:
                raise FetchError(url, f"http-{status}", f"{current} answered HTTP {status}, not a page")
            mime = ctype.split(";", 1)[0].strip().lower()
            if mime and mime not in kinds:
                raise FetchError(url, "content-type", f"{current} is {mime}, not one of {', '.join(kinds)}")
            if not body.strip():
                raise FetchError(url, "empty", f"{current} answered with an empty body")
            return page
        raise FetchError(url, "redirects", f"{url}: more than {self.settings.max_redirects} redirects, the last to {current}")

    # -- checks ---------------------------------------------------------------------------------
    def _check_url(self, current: str, asked: str) -> tuple[str, str, int]:
        parts = urlsplit(current)
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchError(asked, "scheme", f"{current}: only http and https are fetched, not {parts.scheme or 'a bare path'}")
        if not parts.hostname:
            raise FetchError(asked, "scheme", f"{current}: the URL names no host")
        if parts.username or parts.password:
            raise FetchError(asked, "scheme", f"{current}: URLs with credentials are not fetched")
        try:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        except ValueError as exc:
            raise FetchError(asked, "scheme", f"{current}: bad port ({exc})") from exc
        return parts.scheme.lower(), parts.hostname, port

    def _address(self, current: str, asked: str) -> tuple[str, str, int, str]:
        """(scheme, host, port, checked address) for the URL, or FetchError."""
        scheme, host, port = self._check_url(current, asked)
        try:
            addrs = self._resolve(host, port)
        except OSError as exc:
            raise FetchError(asked, "dns", f"{current}: the host {host!r} does not resolve ({exc})") from exc
        if not addrs:
            raise FetchError(asked, "dns", f"{current}: the host {host!r} resolves to no address")
        blocked = [a for a in addrs if not address_allowed(a, self.settings.allow_networks)]
        if blocked:
            raise FetchError(asked, "address", f"{current}: {host} resolves to {blocked[0]}, a private, loopback or "
                             "otherwise non-public address (allow its network in allow_networks to fetch it)")
        return scheme, host, port, addrs[0]

    def _obey_robots(self, current: str, asked: str) -> None:
        parts = urlsplit(current)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            expires, rules = self._robots.get(origin, (0.0, None))
        if rules is None or self._clock() >= expires:
            rules = self._read_robots(origin, asked)
            # kept for a day, as RFC 9309 allows; a site closed by an error is asked again in an hour
            with self._lock:
                self._robots[origin] = (self._clock() + (3600.0 if isinstance(rules, str) else 86400.0), rules)
        if isinstance(rules, str):
            raise FetchError(asked, "robots", f"{current}: {rules}")
        if not rules.can_fetch(self.settings.user_agent, current):
            raise FetchError(asked, "robots", f"{current}: robots.txt of {origin} disallows it")

    def _read_robots(self, origin: str, asked: str) -> RobotFileParser | str:
        rules = RobotFileParser(origin + "/robots.txt")
        try:
            status, _h, body = self._request(origin + "/robots.txt", asked, {}, retries=1)
        except FetchError as exc:
            if exc.reason in ("timeout", "connect"):
                return f"robots.txt of {origin} cannot be read ({exc.reason}), so the site is treated as closed"
            raise
        if status >= 500:
            return f"robots.txt of {origin} answered HTTP {status}, so the site is treated as closed"
        if status >= 400 or status in (301, 302, 303, 307, 308):
            rules.parse([])         # no robots.txt: everything is allowed
        else:
            rules.parse(body.decode("utf-8", errors="replace").splitlines())
        return rules

    def _crawl_delay(self, origin: str) -> float:
        rules = self._robots.get(origin, (0.0, None))[1]
        delay = None
        if isinstance(rules, RobotFileParser):
            try:
                delay = rules.crawl_delay(self.settings.user_agent)
            except (AttributeError, ValueError):
                delay = None
        return max(self.settings.host_delay, float(delay or 0))

    def _wait_turn(self, origin: str) -> None:
        """Keep at least the host's delay between two requests to it."""
        with self._lock:
            now = self._clock()
            last = self._last.get(origin)
            at = now if last is None else max(now, last + self._crawl_delay(origin))
            self._last[origin] = at
        if at > now:
            self._sleep(at - now)

    # -- the request ----------------------------------------------------------------------------
    def _request(self, current: str, asked: str, headers: dict, *, retries: int | None = None,
                 checked: tuple[str, str, int, str] | None = None) -> tuple[int, dict, bytes]:
        """GET ``current`` from the address ``checked`` (its scheme, host, port and checked
        address; resolved and checked here when not given)."""
        import httpx

        retries = self.settings.fetch_retries if retries is None else retries
        scheme, host, port, addr = checked or self._address(current, asked)
        parts = urlsplit(current)
        ip_host = f"[{addr}]" if ":" in addr else addr
        pinned = urlunsplit((scheme, f"{ip_host}:{port}", parts.path or "/", parts.query, ""))
        host_header = parts.netloc.rsplit("@", 1)[-1]
        origin = f"{scheme}://{parts.netloc.lower()}"
        for attempt in range(retries + 1):
            self._wait_turn(origin)
            try:
                with self._client.stream("GET", pinned, headers={**headers, "Host": host_header},
                                         extensions={"sni_hostname": host}) as r:
                    if r.status_code in (429, 500, 502, 503, 504) and attempt < retries:
                        self._backoff(attempt, r.headers.get("retry-after"))
                        continue
                    size = r.headers.get("content-length")
                    if size and size.isdigit() and int(size) > self.settings.max_page_bytes:
                        raise FetchError(asked, "too-large", f"{current} is {int(size):,} bytes, more than the "
                                         f"limit of {self.settings.max_page_bytes:,}")
                    chunks, total = [], 0
                    for chunk in r.iter_bytes():
                        total += len(chunk)
                        if total > self.settings.max_page_bytes:
                            raise FetchError(asked, "too-large", f"{current} is more than the limit of "
                                             f"{self.settings.max_page_bytes:,} bytes")
                        chunks.append(chunk)
                    return r.status_code, {k.lower(): v for k, v in r.headers.items()}, b"".join(chunks)
            except httpx.TimeoutException as exc:
                if attempt < retries:
                    self._backoff(attempt, None)
                    continue
                raise FetchError(asked, "timeout", f"{current}: no answer within {self.settings.fetch_timeout:g} s "
                                 f"({attempt + 1} tries)") from exc
            except (httpx.TransportError, httpx.DecodingError) as exc:
                if attempt < retries and not isinstance(exc, httpx.DecodingError):
                    self._backoff(attempt, None)
                    continue
                raise FetchError(asked, "connect", f"{current}: {type(exc).__name__}: {exc or 'connection failed'} "
                                 f"({attempt + 1} tries)") from exc
        raise FetchError(asked, "http-retries", f"{current}: still failing after {retries + 1} tries")

    def _backoff(self, attempt: int, retry_after: str | None) -> None:
        delay = self.settings.fetch_backoff * (2 ** attempt)
        if retry_after:
            try:
                wait = float(retry_after)
            except ValueError:
                try:
                    wait = parsedate_to_datetime(retry_after).timestamp() - time.time()
                except (TypeError, ValueError):
                    wait = 0.0
            delay = max(delay, min(wait, RETRY_AFTER_CAP))
        self._sleep(delay)


def _resolve(host: str, port: int) -> list[str]:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return [host.strip("[]")]
    except ValueError:
        pass
    seen: list[str] = []
    for *_rest, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        if sockaddr[0] not in seen:
            seen.append(sockaddr[0])
    return seen
