"""A real HTTP server on 127.0.0.1 that plays a news site: feeds, article pages, robots.txt, and
every kind of bad answer a crawler meets (slow, failing, oversized, redirecting, malformed).

Routes are set per test: ``site.route("/path", body, status=200, headers={...}, delay=0.0)`` or
``site.route("/path", handler)`` with ``handler(request) -> (status, headers, body)``. Every
request is logged in ``site.requests`` as (method, path, headers).
"""
from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class NewsSite:
    def __init__(self):
        self.routes: dict[str, object] = {}
        self.requests: list[tuple[str, str, dict]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):   # noqa: N802 (the http.server name)
                site.requests.append(("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(self.path)
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"no such page"
                elif callable(route):
                    status, headers, body = route(self)
                else:
                    delay = route.get("delay", 0.0)
                    if delay:
                        time.sleep(delay)
                    status, headers, body = route["status"], dict(route["headers"]), route["body"]
                    if route.get("etag") and self.headers.get("If-None-Match") == route["etag"]:
                        status, body = 304, b""
                    if route.get("etag"):
                        headers["ETag"] = route["etag"]
                chunked = headers.pop("X-Chunked", None)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if chunked:     # no Content-Length: the client sees the size only as it reads
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for k in range(0, len(body), 65536):
                        part = body[k:k + 65536]
                        try:
                            self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                        except (BrokenPipeError, ConnectionResetError):
                            return
                    self.wfile.write(b"0\r\n\r\n")
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def route(self, path: str, body=b"", *, status: int = 200, headers: dict | None = None,
              content_type: str = "text/html; charset=utf-8", delay: float = 0.0, etag: str | None = None):
        if callable(body):
            self.routes[path] = body
            return
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = {"status": status, "headers": {"Content-Type": content_type, **(headers or {})},
                             "body": body, "delay": delay, "etag": etag}

    def hits(self, path: str) -> int:
        return sum(1 for _m, p, _h in self.requests if p == path)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def article_html(headline: str, paragraphs: list[str], *, footer: bool = True) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    tail = ("<div class='comments'><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>"
            if footer else "")
    return (f"<!doctype html><html><head><title>{headline}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{headline}</h1>{body}</article>{tail}</body></html>")


def rss(items: list[tuple[str, str, str]], *, title: str = "World news") -> str:
    """items: (title, link, published YYYY-MM-DD)."""
    def pub(d: str) -> str:
        y, m, day = (int(x) for x in d.split("-"))
        import calendar
        return formatdate(calendar.timegm((y, m, day, 9, 0, 0)), usegmt=True)
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{pub(d)}</pubDate></item>"
                      for t, link, d in items)
    return (f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>{title}</title>"
            f"<link>http://example.invalid/</link><description>news</description>{entries}</channel></rss>")


def atom(items: list[tuple[str, str, str]], *, title: str = "Region news") -> str:
    entries = "".join(f"<entry><title>{t}</title><link href='{link}'/><id>{link}</id><updated>{d}T08:00:00Z</updated></entry>"
                      for t, link, d in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>{title}</title>"
            f"<id>urn:accord:test</id><updated>2025-09-04T00:00:00Z</updated>{entries}</feed>")
