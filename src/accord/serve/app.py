"""The HTTP API and the dashboard: a FastAPI app over one DuckDB store.

The server owns its store connection while it runs; requests take turns on it (DuckDB allows
one writer), and new articles arrive through POST /api/articles. Every dashboard page is a
static shell whose script reads the JSON API, so each page has a JSON twin that calls the same
library function. Errors have one shape, ``{"error": {"status", "code", "message", "field"}}``;
bad input gets a 4xx that names the field, never a 500.

Access: requests that change data (POST articles, POST reviews) need the server's write token,
as ``Authorization: Bearer TOKEN`` or ``X-Accord-Token: TOKEN``; reads are public unless
``protect_reads`` is set. Request bodies larger than ``max_body_bytes`` get a 413. CORS is off
unless ``cors_origins`` names the origins allowed.
"""
from __future__ import annotations

import json
import secrets
import threading
from contextlib import asynccontextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.security import HTTPBearer
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, analyse
from ..config import Settings, load_settings
from ..errors import InputError, StoreError, UsageError
from ..formats import json_safe
from ..records import EventRecord, Failure, RawDocument
from ..review import ReviewError, add_review, public_reviews
from ..store import Store
from .spans import highlights

HERE = Path(str(resources.files("accord.serve")))
PAGES = {"/": "overview.html", "/events": "events.html", "/network": "network.html", "/map": "map.html"}
PERIOD = Literal["day", "week", "month", "year"]
LEVEL = Literal["country", "code"]
MAX_OFFSET = 1_000_000_000          # beyond any store; larger offsets are refused, not passed to SQL
# Content-Security-Policy for every response: scripts, styles and data only from this server.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


def _error(status: int, code: str, message: str, field: str | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "code": code, "message": message, "field": field}},
                        status_code=status)


def _rows(frame) -> list[dict[str, Any]]:
    return [{k: json_safe(v) for k, v in r.items()} for r in frame.to_dict("records")]


class ReviewIn(BaseModel):
    """The review form: like the comment form at the foot of a blog post, name and email are
    required; the email is never shown."""
    model_config = ConfigDict(extra="forbid")
    action: Literal["confirm", "reject", "correct"]
    name: str = Field(min_length=1, max_length=200)
    email: str = Field(min_length=3, max_length=320)
    note: str | None = Field(default=None, max_length=5000)
    correction: dict[str, Any] | None = None


class ArticleIn(BaseModel):
    """An article to code: its ``text`` or ``html``, or only a ``url`` for the server to fetch."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    id: str | None = None


class Server:
    """The store and the coding pipeline one server process holds."""

    def __init__(self, db: str, settings: Settings):
        self.settings = settings
        self.lock = threading.RLock()          # the store: one request at a time
        self.coding = threading.Lock()         # the spaCy pipeline: one request's articles at a time
        self.store = Store(db)
        self._pipeline = None
        self._fetcher = None

    def fetcher(self):
        """One Fetcher for the server (it keeps robots.txt and the per-host clocks)."""
        with self.lock:
            if self._fetcher is None:
                from ..fetch import Fetcher
                self._fetcher = Fetcher(self.settings)
            return self._fetcher

    def pipeline(self):
        if self._pipeline is None:
            from ..run import pipeline
            self._pipeline = pipeline(self.settings)
        return self._pipeline

    def close(self) -> None:
        self.store.close()
        if self._fetcher is not None:
            self._fetcher.close()


def _event_json(e: EventRecord) -> dict[str, Any]:
    return e.to_dict()


def _doc(item: dict[str, Any], origin: str) -> RawDocument:
    """A posted article as a raw document; the first missing or malformed field raises."""
    try:
        art = ArticleIn(**item)
    except Exception as exc:       # pydantic's ValidationError: name the first field
        errs = getattr(exc, "errors", lambda: [])()
        field = ".".join(str(x) for x in errs[0]["loc"]) if errs else None
        raise ApiError(422, "invalid_field", f"{origin}: {errs[0]['msg'] if errs else exc}", field) from None
    if not art.text and not art.html and art.url:
        if not art.url.lower().startswith(("http://", "https://")):
            raise ApiError(422, "invalid_field", f"{origin}: url {art.url!r} is not an http or https URL", "url")
        fetch = True
    elif bool(art.text) == bool(art.html):
        raise ApiError(422, "invalid_field", f"{origin}: give exactly one of 'text' and 'html', or a 'url' to fetch",
                       "text")
    else:
        fetch = False
    published = art.published
    if published is not None:
        from ..ingest import published_date

        try:
            published = published_date(published, origin)
        except InputError as exc:
            raise ApiError(422, "invalid_field", str(exc), "published") from None
    return RawDocument(origin=origin, kind="url" if fetch else "html" if art.html else "text",
                       content=art.html or art.text or "", title=art.title, url=art.url, published=published,
                       source=art.source, doc_id=art.id)


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes is refused with 413, whether its
    Content-Length says so or it only turns out so while it is read (chunked uploads)."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            return await _send_json(send, _too_large(self.limit))
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise ApiError(413, "too_large", _too_large(self.limit)["error"]["message"], "body")
            return message

        async def tracked_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)
        try:
            await self.app(scope, limited_receive, tracked_send)
        except ApiError as exc:
            if exc.status != 413 or started:
                raise
            await _send_json(send, _too_large(self.limit))


def _too_large(limit: int) -> dict:
    return {"error": {"status": 413, "code": "too_large", "field": "body",
                      "message": f"the request body is larger than the limit of {limit:,} bytes (max_body_bytes)"}}


async def _send_json(send, payload: dict) -> None:
    body = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": payload["error"]["status"],
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff")]})
    await send({"type": "http.response.body", "body": body})


def create_app(db: str | None = None, *, settings: Settings | None = None, watch: list[str] | None = None) -> FastAPI:
    """The app over the store ``db`` (default: the settings' store). The write token is
    ``settings.token``, or one generated now; either way it is ``app.state.token``. With
    ``watch`` (feed URLs), a thread of the server follows them into the store while it runs."""
    settings = settings or load_settings()
    db = db or settings.db
    state: dict[str, Server] = {}
    token = settings.token or secrets.token_urlsafe(24)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        stop = threading.Event()
        watcher = None
        if watch:           # accord serve --watch: the server's own thread follows the feeds
            watcher = threading.Thread(target=_watch, args=(list(watch), stop), name="accord-watch", daemon=True)
            watcher.start()
        yield
        stop.set()
        if watcher is not None:
            watcher.join(timeout=60)
        if "server" in state:       # the store is closed when the server stops
            state.pop("server").close()

    def _watch(feeds: list[str], stop: threading.Event) -> None:
        """Follow the feeds into the server's store, taking turns with requests on its locks;
        each cycle's line goes to the ``accord.watch`` logger."""
        import logging

        from ..watch import Watcher

        log = logging.getLogger("accord.watch")
        s = server()
        try:
            with Watcher(feeds, settings, store=s.store, store_lock=s.lock, coding_lock=s.coding) as w:
                w.run(on_cycle=lambda report: log.info(report.line()), should_stop=stop.is_set,
                      sleep=lambda seconds: stop.wait(seconds))
        except Exception:       # the server goes on serving; the log says why the watching stopped
            log.exception("watching the feeds stopped")

    app = FastAPI(title="accord", version=__version__, lifespan=lifespan,
                  description="Geopolitical events coded from news, with the sentence behind each one. "
                              "Requests that change data need the server's write token "
                              "(Authorization: Bearer TOKEN).")
    app.state.token = token
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "X-Accord-Token", "Content-Type"])

    def authorised(request: Request) -> bool:
        given = request.headers.get("x-accord-token") or ""
        auth = request.headers.get("authorization") or ""
        if auth[:7].lower() == "bearer ":
            given = given or auth[7:].strip()
        return bool(given) and secrets.compare_digest(given.encode(), token.encode())

    bearer = HTTPBearer(auto_error=False, description="the server's write token (accord serve prints it)")

    def require_token(request: Request, _credentials=Depends(bearer)) -> None:
        """A dependency of every route that changes data (declared in OpenAPI as bearer auth)."""
        if not authorised(request):
            raise ApiError(401, "unauthorized", "this request changes data and needs the server's write token, sent "
                           "as 'Authorization: Bearer TOKEN' (accord serve prints it at start-up)", "authorization")

    opening = threading.Lock()

    def server() -> Server:
        with opening:           # the first requests may arrive together
            if "server" not in state:
                state["server"] = Server(db, settings)
            return state["server"]

    # -- errors: one shape --------------------------------------------------------------------
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return _error(exc.status, exc.code, exc.message, exc.field)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body")]
        field = ".".join(loc) or None
        return _error(422, "invalid_field", f"{field or 'request'}: {first.get('msg')}", field)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(ReviewError)
    async def _review_error(request: Request, exc: ReviewError):
        return _error(422, "invalid_field", str(exc), exc.field)

    @app.exception_handler(UsageError)
    async def _usage(request: Request, exc: UsageError):
        return _error(400, "bad_request", str(exc))

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError):
        return _error(422, "invalid_input", str(exc))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError):
        missing = "no stored event" in str(exc)
        return _error(404 if missing else 503, "not_found" if missing else "store_unavailable", str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):   # never expected; still one shape
        return _error(500, "internal_error", f"{type(exc).__name__}: the server could not answer this request")

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        if settings.protect_reads and request.url.path.startswith("/api/") and not authorised(request):
            response = _error(401, "unauthorized", "this server protects its data: send its token as "
                              "'Authorization: Bearer TOKEN'", "authorization")
        else:
            response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    # -- reads ----------------------------------------------------------------------------------
    @app.get("/api/health", tags=["meta"])
    def health():
        s = server()
        with s.lock:
            return {"status": "ok", "version": __version__, **s.store.counts()}

    @app.get("/api/events", tags=["events"])
    def events(actor: str | None = Query(None, max_length=40, pattern=r"^[A-Za-z0-9]+$"),
               country: str | None = Query(None, pattern=r"^[A-Za-z]{3}$"),
               type: str | None = Query(None, max_length=20, pattern=r"^[A-Za-z]+$"),
               cameo: str | None = Query(None, pattern=r"^\d{2,4}$"),
               since: date | None = None, until: date | None = None,
               text: str | None = Query(None, max_length=200),
               article_id: str | None = Query(None, max_length=64),
               min_confidence: float = Query(0.0, ge=0.0, le=1.0),
               include_rejected: bool = False,
               limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        """Stored events, newest articles last, with analysts' corrections applied."""
        s = server()
        filters = dict(actor=actor, country=country, type=type, cameo=cameo, since=since and since.isoformat(),
                       until=until and until.isoformat(), text=text, article_id=article_id,
                       min_confidence=min_confidence, include_rejected=include_rejected)
        with s.lock:
            total = s.store.count_events(**filters)
            records = s.store.event_records(**filters, limit=limit, offset=offset)
        return {"count": total, "limit": limit, "offset": offset, "events": [_event_json(e) for e in records]}

    def _one_event(event_id: str) -> EventRecord:
        s = server()
        with s.lock:
            found = s.store.event_records(event_ids=[event_id], include_rejected=True)
        if not found:
            raise ApiError(404, "not_found", f"no stored event has the id {event_id!r}", "event_id")
        return found[0]

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: str = PathParam(..., max_length=64)):
        e = _one_event(event_id)
        with server().lock:
            reviews = public_reviews(server().store, event_id)
        return {"event": _event_json(e), "reviews": reviews}

    @app.get("/api/events/{event_id}/reviews", tags=["reviews"])
    def reviews(event_id: str = PathParam(..., max_length=64)):
        _one_event(event_id)
        with server().lock:
            return {"reviews": public_reviews(server().store, event_id)}

    @app.post("/api/events/{event_id}/reviews", status_code=201, tags=["reviews"], dependencies=[Depends(require_token)])
    def review(body: ReviewIn, event_id: str = PathParam(..., max_length=64)):
        """Confirm, reject or correct an event. The email is required and never returned."""
        _one_event(event_id)
        s = server()
        with s.lock:
            saved = add_review(s.store, event_id, action=body.action, name=body.name, email=body.email,
                               note=body.note, correction=body.correction)
        return {"review": saved, "event": _event_json(_one_event(event_id))}

    @app.get("/api/articles", tags=["articles"])
    def articles(text: str | None = Query(None, max_length=200), limit: int = Query(50, ge=1, le=1000),
                 offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        s = server()
        with s.lock:
            frame = s.store.articles(limit=limit, offset=offset, text=text)
        return {"articles": _rows(frame.drop(columns=["ingested_at"]))}

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def article(article_id: str = PathParam(..., max_length=64)):
        """An article's text with its events and, for each, the character spans of its sentence,
        trigger, source and target in the text."""
        s = server()
        with s.lock:
            art = s.store.article(article_id)
            if art is None:
                raise ApiError(404, "not_found", f"no stored article has the id {article_id!r}", "article_id")
            records = s.store.event_records(article_id=article_id, include_rejected=True)
        evs = []
        for e in records:
            d = _event_json(e)
            d["highlights"] = highlights(art["text"], e)
            evs.append(d)
        return {"article": art, "events": evs}

    # -- analysis -------------------------------------------------------------------------------
    def _analysis(fn, **kw):
        s = server()
        with s.lock:
            return {"rows": _rows(fn(s.store, **kw))}

    actor_q = dict(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9]+$")

    @app.get("/api/dyad", tags=["analysis"])
    def dyad(a: str = Query(..., **actor_q), b: str = Query(..., **actor_q), by: PERIOD = "month",
             direction: Literal["both", "split", "a>b", "b>a"] = "both", since: date | None = None,
             until: date | None = None, min_confidence: float = Query(0.0, ge=0.0, le=1.0)):
        return _analysis(analyse.dyad, a=a, b=b, by=by, direction=direction, since=_d(since), until=_d(until),
                         min_confidence=min_confidence)

    @app.get("/api/alignment", tags=["analysis"])
    def alignment(a: str = Query(..., **actor_q), b: list[str] = Query(..., min_length=1),
                  by: PERIOD | None = None, since: date | None = None, until: date | None = None,
                  level: LEVEL = "country"):
        _actors("b", b)
        return _analysis(analyse.alignment, a=a, b=b, by=by, since=_d(since), until=_d(until), level=level)

    @app.get("/api/alignment/items", tags=["analysis"])
    def alignment_items(a: str = Query(..., **actor_q), b: str = Query(..., **actor_q), since: date | None = None,
                        until: date | None = None, level: LEVEL = "country"):
        return _analysis(analyse.alignment_items, a=a, b=b, since=_d(since), until=_d(until), level=level)

    @app.get("/api/network", tags=["analysis"])
    def network(since: date | None = None, until: date | None = None, level: LEVEL = "country",
                min_events: int = Query(1, ge=1, le=10000)):
        """Nodes (with their bloc) and edges of the actor network of a window."""
        s = server()
        with s.lock:
            edges = analyse.network(s.store, since=_d(since), until=_d(until), level=level, min_events=min_events)
            groups = analyse.blocs(s.store, since=_d(since), until=_d(until), level=level)
        bloc_of = {r["actor"]: r for r in _rows(groups)}
        counts: dict[str, int] = {}
        for r in edges.itertuples():
            counts[r.a] = counts.get(r.a, 0) + int(r.events)
            counts[r.b] = counts.get(r.b, 0) + int(r.events)
        nodes = [{"id": n, "events": c, "bloc": bloc_of.get(n, {}).get("bloc"), "core": bloc_of.get(n, {}).get("core")}
                 for n, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        return {"nodes": nodes, "edges": _rows(edges)}

    @app.get("/api/blocs", tags=["analysis"])
    def blocs(since: date | None = None, until: date | None = None, by: PERIOD | None = None,
              level: LEVEL = "country", resolution: float = Query(1.0, gt=0.0, le=10.0)):
        return _analysis(analyse.blocs, since=_d(since), until=_d(until), by=by, level=level, resolution=resolution)

    @app.get("/api/shifts", tags=["analysis"])
    def shifts(before: str = Query(..., pattern=r"^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$"),
               after: str = Query(..., pattern=r"^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$"),
               level: LEVEL = "country", min_events: int = Query(2, ge=1), top: int = Query(20, ge=1, le=500)):
        return _analysis(analyse.shifts, before=before, after=after, level=level, min_events=min_events, top=top)

    @app.get("/api/together", tags=["analysis"])
    def together(actor: str | None = Query(None, **actor_q), place: str | None = Query(None, max_length=100),
                 since: date | None = None, until: date | None = None, pairs: bool = False,
                 min_size: int = Query(3, ge=2, le=1000)):
        return _analysis(analyse.coparticipation, actor=actor, place=place, since=_d(since), until=_d(until),
                         pairs=pairs, min_size=min_size)

    @app.get("/api/timeline", tags=["analysis"])
    def timeline(by: PERIOD = "month", since: date | None = None, until: date | None = None,
                 min_confidence: float = Query(0.0, ge=0.0, le=1.0)):
        return _analysis(analyse.timeline, by=by, since=_d(since), until=_d(until), min_confidence=min_confidence)

    @app.get("/api/places", tags=["analysis"])
    def places(since: date | None = None, until: date | None = None):
        return _analysis(analyse.places, since=_d(since), until=_d(until))

    @app.get("/api/countries", tags=["meta"])
    def country_codes():
        """ISO 3166 numeric codes by alpha-3, to join events to the bundled country shapes."""
        import pycountry
        return {"numeric": {c.alpha_3: c.numeric for c in pycountry.countries}}

    # -- writes ---------------------------------------------------------------------------------
    @app.post("/api/articles", status_code=201, tags=["articles"], dependencies=[Depends(require_token)],
              openapi_extra={"requestBody": {"content": {
                  "application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/ArticleIn"},
                                                            {"type": "object", "properties": {"articles": {
                                                                "type": "array",
                                                                "items": {"$ref": "#/components/schemas/ArticleIn"}}}}]}},
                  "text/plain": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}},
                  "application/x-ndjson": {"schema": {"type": "string"}}}, "required": True}})
    async def post_articles(request: Request, title: str | None = Query(None, max_length=500),
                            published: date | None = None, url: str | None = Query(None, max_length=2000)):
        """Code and store articles: JSON ``{"text"|"html", "title", "url", "published", "source"}``
        (with only a ``url``, the server fetches the page, under the same safety rules as
        ``accord ingest URL``),
        ``{"articles": [...]}``, JSON lines (application/x-ndjson, a bad line is reported by its
        number), or a raw text/plain or text/html body (title, url and published as query
        parameters)."""
        ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        raw = await request.body()
        if not raw.strip():
            raise ApiError(422, "invalid_field", "the request body is empty", "body")
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ApiError(422, "invalid_field", f"the body is not UTF-8 (byte {exc.start})", "body") from None
        docs: list[RawDocument] = []
        failures: list[dict[str, Any]] = []
        if ctype in ("text/plain", "text/html"):
            docs.append(RawDocument(origin="<post>", kind="html" if ctype == "text/html" else "text", content=body,
                                    title=title, url=url, published=published and published.isoformat()))
        elif ctype in ("application/x-ndjson", "application/jsonl", "application/json-lines"):
            for n, line in enumerate(body.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    if not isinstance(item, dict):
                        raise ApiError(422, "invalid_field", f"line {n}: expected a JSON object", "body")
                    docs.append(_doc(item, f"line {n}"))
                except json.JSONDecodeError as exc:
                    failures.append({"line": n, "stage": "ingest", "message": f"line {n}: not JSON ({exc.msg})"})
                except ApiError as exc:
                    failures.append({"line": n, "stage": "ingest", "field": exc.field, "message": exc.message})
        elif ctype == "application/json":
            try:
                data = json.loads(body)
            except json.JSONDecodeError as exc:
                raise ApiError(422, "invalid_field", f"the body is not JSON: {exc.msg} at line {exc.lineno}",
                               "body") from None
            if isinstance(data, dict) and "articles" in data:
                items = data["articles"]
                if not isinstance(items, list) or not items:
                    raise ApiError(422, "invalid_field", "'articles' must be a non-empty list", "articles")
                for n, item in enumerate(items):
                    if not isinstance(item, dict):
                        raise ApiError(422, "invalid_field", f"articles[{n}]: expected an object", f"articles.{n}")
                    docs.append(_doc(item, f"articles[{n}]"))
            elif isinstance(data, dict):
                docs.append(_doc(data, "article"))
            else:
                raise ApiError(422, "invalid_field", "expected an object with 'text' or 'html', or 'articles'", "body")
        else:
            raise ApiError(415, "unsupported_media_type",
                           f"content type {ctype or '(none)'!r} is not accepted; use application/json, "
                           "application/x-ndjson, text/plain or text/html", "content-type")
        if not docs and not failures:
            raise ApiError(422, "invalid_field", "the body holds no article", "body")
        s = server()
        stored, unchanged, n_events, arts = 0, 0, 0, []
        import anyio

        def code_and_store():
            nonlocal stored, unchanged, n_events
            from ..ingest import fetch_document

            todo = []
            for d in docs:
                if d.kind != "url":
                    todo.append(d)
                    continue
                got = fetch_document(s.fetcher(), d.url, title=d.title, published=d.published)
                if isinstance(got, Failure):
                    failures.append({"origin": got.origin, "stage": got.stage, "reason": got.error,
                                     "message": got.message})
                else:
                    todo.append(got)
            with s.coding:
                results = list(s.pipeline().code(todo)) if todo else []
            coded = [r for r in results if not isinstance(r, Failure)]
            for res in results:
                if isinstance(res, Failure):
                    failures.append({"origin": res.origin, "stage": res.stage, "message": res.message})
            with s.lock:        # one transaction for the request: all its articles land, or none
                added_all = s.store.add_articles([(r.article, r.events) for r in coded],
                                                 sketches={r.article.article_id: r.sketch for r in coded if r.sketch}) if coded else []
            for res, added in zip(coded, added_all):
                stored += int(added)
                unchanged += int(not added)
                n_events += len(res.events)
                arts.append({"article_id": res.article.article_id, "title": res.article.title,
                             "events": len(res.events), "stored": added})

        await anyio.to_thread.run_sync(code_and_store)
        status = 201 if arts else 422
        payload = {"stored": stored, "unchanged": unchanged, "events": n_events, "articles": arts,
                   "failures": failures}
        if not arts:
            payload["error"] = {"status": 422, "code": "invalid_input",
                                "message": failures[0]["message"] if failures else "no article could be coded",
                                "field": "body"}
        return JSONResponse(payload, status_code=status)

    # -- pages ----------------------------------------------------------------------------------
    layout = (HERE / "pages" / "_layout.html").read_text(encoding="utf-8")

    def _page(name: str) -> HTMLResponse:
        """A page: its body file, whose first line names its title and vendor scripts, in the layout."""
        head, body = (HERE / "pages" / name).read_text(encoding="utf-8").split("\n", 1)
        meta = dict(part.strip().split("=", 1) for part in head.removeprefix("<!-- accord page:")
                    .removesuffix("-->").split(";"))
        scripts = "".join(f'<script src="/static/vendor/{v}" defer></script>\n'
                          for v in meta.get("vendor", "").split(",") if v)
        return HTMLResponse(layout.replace("{{title}}", meta["title"]).replace("{{page}}", meta["page"])
                            .replace("{{scripts}}", scripts).replace("{{body}}", body))

    for route, name in PAGES.items():
        app.add_api_route(route, (lambda n=name: _page(n)), methods=["GET"], include_in_schema=False,
                          response_class=HTMLResponse)

    @app.get("/articles/{article_id}", include_in_schema=False, response_class=HTMLResponse)
    def article_page(article_id: str):
        return _page("article.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app


def _d(v: date | None) -> str | None:
    return v.isoformat() if v else None


def _actors(field: str, values: list[str]) -> None:
    import re
    for v in values:
        if not re.fullmatch(r"[A-Za-z0-9]{1,40}", v or ""):
            raise ApiError(422, "invalid_field", f"{field}: {v!r} is not an actor code", field)
