"""The DuckDB store: the only package that knows SQL.

Tables: ``articles`` (one row per article id), ``events`` (the flat event columns of
:mod:`accord.formats`), ``failures`` (input, stage, reason, per run) and ``runs`` (resolved
settings and counts). Ids are content-derived, so storing the same article again changes nothing.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from ..errors import StoreError
from ..formats import FLAT_COLUMNS, flatten, unflatten
from ..records import Article, EventRecord, Failure

SCHEMA_VERSION = 1
log = logging.getLogger("accord.store")
_TYPES = {"schema_version": "INTEGER", "sentence_index": "INTEGER", "span_start": "INTEGER", "span_end": "INTEGER",
          "quad_class": "INTEGER", "goldstein": "DOUBLE", "location_lat": "DOUBLE", "location_lon": "DOUBLE",
          "location_geonameid": "BIGINT", "confidence": "DOUBLE"}
EVENT_DDL = ",\n  ".join(f"{c} {_TYPES.get(c, 'VARCHAR')}" + (" PRIMARY KEY" if c == "event_id" else "")
                          for c in FLAT_COLUMNS)
def _arrow_types() -> dict:
    import pyarrow as pa

    kinds = {"INTEGER": pa.int32(), "DOUBLE": pa.float64(), "BIGINT": pa.int64()}
    return {c: kinds.get(_TYPES.get(c, "VARCHAR"), pa.string()) for c in FLAT_COLUMNS}


class _LazyTypes(dict):
    def __missing__(self, key):
        self.update(_arrow_types())
        return dict.__getitem__(self, key)


_ARROW = _LazyTypes()
DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
  article_id VARCHAR PRIMARY KEY, origin VARCHAR, title VARCHAR, text VARCHAR, url VARCHAR,
  published VARCHAR, source VARCHAR, blocks VARCHAR, n_events INTEGER, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS events (
  {EVENT_DDL});
-- counting events, not reports (accord.dedup): the event an event repeats, and whether it is the first report
ALTER TABLE events ADD COLUMN IF NOT EXISTS global_id VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS first_mention BOOLEAN;
-- the event's day (its own full date, else its article's publication day), kept as a DATE so
-- that windows are range scans
ALTER TABLE events ADD COLUMN IF NOT EXISTS day DATE;
CREATE TABLE IF NOT EXISTS event_keys (global_id VARCHAR PRIMARY KEY, key VARCHAR, day DATE);
CREATE TABLE IF NOT EXISTS sketches (article_id VARCHAR PRIMARY KEY, signature BLOB);
CREATE TABLE IF NOT EXISTS lsh (band SMALLINT, bucket BIGINT, article_id VARCHAR);
-- the article's publication day: only articles published within dedup.COPY_DAYS are compared,
-- and the day lets a batch read only the blocks of its own days
ALTER TABLE sketches ADD COLUMN IF NOT EXISTS day DATE;
ALTER TABLE lsh ADD COLUMN IF NOT EXISTS day DATE;
CREATE TABLE IF NOT EXISTS article_links (article_id VARCHAR PRIMARY KEY, duplicate_of VARCHAR, similarity DOUBLE);
CREATE SEQUENCE IF NOT EXISTS run_ids START 1;
CREATE TABLE IF NOT EXISTS runs (
  run_id BIGINT PRIMARY KEY, started_at TIMESTAMP, ended_at TIMESTAMP, settings VARCHAR, inputs VARCHAR,
  articles INTEGER, events INTEGER, failures INTEGER);
CREATE TABLE IF NOT EXISTS failures (
  run_id BIGINT, origin VARCHAR, stage VARCHAR, error VARCHAR, message VARCHAR, article_id VARCHAR, failed_at TIMESTAMP);
-- accord watch: what each feed last answered, and every page it has listed (by canonical URL)
CREATE TABLE IF NOT EXISTS feeds (
  feed_url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, polled_at TIMESTAMP, status VARCHAR,
  message VARCHAR, items INTEGER);
CREATE TABLE IF NOT EXISTS pages (
  url VARCHAR PRIMARY KEY, link VARCHAR, feed_url VARCHAR, title VARCHAR, published VARCHAR, queued_at TIMESTAMP,
  fetched_at TIMESTAMP, state VARCHAR, attempts INTEGER, article_id VARCHAR, reason VARCHAR, message VARCHAR);
CREATE TABLE IF NOT EXISTS reviews (
  review_id VARCHAR PRIMARY KEY, event_id VARCHAR, action VARCHAR, name VARCHAR, email VARCHAR, note VARCHAR,
  correction VARCHAR, created_at TIMESTAMP);
"""
# Columns an analyst's correction may override (accord.review computes the values).
CORRECTABLE = {"cameo": "VARCHAR", "cameo_root": "VARCHAR", "cameo_name": "VARCHAR", "quad_class": "INTEGER",
               "quad_name": "VARCHAR", "goldstein": "DOUBLE", "plover_type": "VARCHAR", "plover_mode": "VARCHAR",
               "plover_context": "VARCHAR", "source_code": "VARCHAR", "source_country": "VARCHAR",
               "source_name": "VARCHAR", "source_sectors": "VARCHAR", "target_code": "VARCHAR",
               "target_country": "VARCHAR", "target_name": "VARCHAR", "target_sectors": "VARCHAR",
               "location_name": "VARCHAR", "location_country": "VARCHAR", "location_admin1": "VARCHAR",
               "location_lat": "DOUBLE", "location_lon": "DOUBLE", "location_geonameid": "BIGINT",
               "location_precision": "VARCHAR", "date": "VARCHAR", "date_precision": "VARCHAR"}


def _override(c: str) -> str:
    if c not in CORRECTABLE:
        return c
    # a key present in the correction wins, even when it sets the value to null
    return (f"CASE WHEN json_exists(r.correction, '$.columns.{c}') "
            f"THEN TRY_CAST(json_extract_string(r.correction, '$.columns.{c}') "
            f"AS {CORRECTABLE[c]}) ELSE e.{c} END AS {c}")


# The events as analysts left them: the latest review of each event decides; a rejected event
# is hidden, a corrected one reads with its corrections, and the review column says which.
EFFECTIVE_VIEW = f"""
CREATE OR REPLACE VIEW effective_events AS
WITH r AS (
  SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY event_id ORDER BY created_at DESC, review_id DESC) AS rn
                 FROM reviews) WHERE rn = 1)
SELECT {', '.join(_override(c) for c in FLAT_COLUMNS)}, e.global_id, e.first_mention,
       CASE WHEN json_exists(r.correction, '$.columns.date') THEN
            COALESCE(TRY_CAST(CASE WHEN length(json_extract_string(r.correction, '$.columns.date')) = 10
                                   THEN json_extract_string(r.correction, '$.columns.date') END AS DATE),
                     TRY_CAST(substr(e.published, 1, 10) AS DATE))
            ELSE e.day END AS day,
       CASE r.action WHEN 'confirm' THEN 'confirmed' WHEN 'correct' THEN 'corrected' WHEN 'reject' THEN 'rejected'
       END AS review
FROM events e LEFT JOIN r USING (event_id);
"""
PERIODS = ("day", "week", "month", "year")
FILTERS = ("actor", "country", "type", "cameo", "since", "until", "text", "limit")


def _between(day: str, since, until, *, cast: bool) -> tuple[list[str], list]:
    """SQL clauses keeping rows whose ``day`` expression lies within [since, until]."""
    mark = "TRY_CAST(? AS DATE)" if cast else "?"
    bounds = [(op, v) for op, v in ((">=", since), ("<=", until)) if v]
    return [f"{day} {op} {mark}" for op, _ in bounds], [str(v) for _, v in bounds]


def _check_period(by: str) -> None:
    if by not in PERIODS:      # it is spliced into SQL: only the known names pass
        raise StoreError(f"unknown period {by!r}; expected one of: {', '.join(PERIODS)}")


def _day(date_text, published):
    from ..dedup import event_day

    return event_day(date_text if isinstance(date_text, str) else None, published if isinstance(published, str) else None)


RECONNECT_EVERY = 10_000       # articles written between two reconnections (Store._reconnect)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Store:
    """A DuckDB file of articles, events, runs and failures.

    >>> with Store("accord.duckdb") as store:
    ...     frame = store.events(country="PRK", type="CONSULT")
    """

    def __init__(self, path: str, *, read_only: bool = False, memory_mb: int = 0):
        """``memory_mb``: DuckDB's memory limit for this connection (0: DuckDB's default, 80% of
        the machine's memory). A long writer sets it (``Settings.writer_memory_mb``): DuckDB keeps
        the blocks it writes and reads cached up to its limit, so a writer without one grows with
        the store; blocks beyond it are read again from the file when needed."""
        self.path = str(path)
        self._written = 0           # articles written since the connection was opened
        self._memory_mb = int(memory_mb)
        try:
            self.con = self._connect(read_only)
        except Exception as exc:   # duckdb raises IOException, CatalogException, ...
            if "Conflicting lock" in str(exc):
                import re

                pid = re.search(r"PID (\d+)", str(exc))
                raise StoreError(f"store {self.path!r} is in use by another process"
                                 f"{f' (PID {pid.group(1)})' if pid else ''}: one process at a time writes a "
                                 "store. Stop it, or let it do the work: accord serve --watch FEEDS_FILE follows "
                                 "feeds while it serves, and POST /api/articles adds articles to a running "
                                 "server") from exc
            raise StoreError(f"store {self.path!r} cannot be opened: {exc}") from exc
        if not read_only:
            self.con.execute(DDL)
            self.con.execute(f"UPDATE events SET day = {self.DAY_SQL} WHERE day IS NULL AND {self.DAY_SQL} IS NOT NULL")
            for table in ("sketches", "lsh"):     # stores written before dedup.COPY_DAYS
                self.con.execute(f"UPDATE {table} t SET day = TRY_CAST(substr(a.published, 1, 10) AS DATE) "
                                 f"FROM articles a WHERE t.day IS NULL AND a.article_id = t.article_id "
                                 f"AND TRY_CAST(substr(a.published, 1, 10) AS DATE) IS NOT NULL")
            self.con.execute(EFFECTIVE_VIEW)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        # a store written before reviews existed reads its events as they are
        self._effective = "effective_events" in tables
        self._events = "effective_events" if self._effective else "events"
        self._base = "events"
        # stores written before events were counted once have no first_mention column
        columns = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
        self._counted_once = "first_mention" in columns
        if "day" not in columns:
            self.DAY = self.DAY_SQL     # an older store opened read-only: compute the day per row

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writing --------------------------------------------------------------------------------
    def begin_run(self, settings, inputs: list[str]) -> int:
        run_id = self.con.execute("SELECT nextval('run_ids')").fetchone()[0]
        self.con.execute("INSERT INTO runs VALUES (?, ?, NULL, ?, ?, 0, 0, 0)",
                         [run_id, _now(), json.dumps(settings.to_dict()), json.dumps(inputs)])
        return run_id

    def end_run(self, run_id: int, summary) -> None:
        self.con.execute("UPDATE runs SET ended_at = ?, articles = ?, events = ?, failures = ? WHERE run_id = ?",
                         [_now(), summary.articles, summary.events, len(summary.failures), run_id])

    def add_failure(self, run_id: int, f: Failure) -> None:
        self.con.execute("INSERT INTO failures VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [run_id, f.origin, f.stage, f.error, f.message, f.article_id, _now()])

    def add_article(self, article: Article, events: tuple[EventRecord, ...] | list[EventRecord]) -> bool:
        """Store an article and its events in one transaction; False when it was already stored."""
        return self.add_articles([(article, events)])[0]

    def add_articles(self, items: list[tuple[Article, tuple[EventRecord, ...] | list[EventRecord]]], *,
                     pages: dict[str, str] | None = None, sketches: dict[str, bytes] | None = None) -> list[bool]:
        """Store articles and their events in one transaction (all or none); for each, whether it
        was new. Articles already stored, or repeated in ``items``, are left as they are.
        ``pages`` maps the canonical URL of a watched page to the article_id it became: the page
        is marked stored in the same transaction, so a crash never leaves it half done.
        ``sketches`` maps article ids to MinHash signatures computed by the coding workers
        (``Coded.sketch``); an article without one has it computed here."""
        import duckdb

        while True:
            try:
                return self._add_articles(items, pages=pages, sketches=sketches)
            except (duckdb.OutOfMemoryException, StoreError) as exc:
                cause = exc if isinstance(exc, duckdb.OutOfMemoryException) else exc.__cause__
                if not self._memory_mb or not isinstance(cause, duckdb.OutOfMemoryException) or self._memory_mb >= 4096:
                    raise
                # the memory limit bounds DuckDB's cache, not what one batch needs: give it room
                self._memory_mb *= 2
                self.con.execute(f"SET memory_limit = '{self._memory_mb}MB'")
                log.warning("store %s: a batch of %d articles needed more memory (%s); DuckDB's limit is now %d MB",
                            self.path, len(items), str(cause).splitlines()[0][:160], self._memory_mb)

    def _add_articles(self, items, *, pages, sketches) -> list[bool]:
        import pyarrow as pa

        ids = [a.article_id for a, _ in items]
        if not ids:
            return []
        stored = {r[0] for r in self.con.execute(
            f"SELECT article_id FROM articles WHERE article_id IN ({', '.join('?' for _ in ids)})", ids).fetchall()}
        new, fresh = [], []
        for art, evs in items:
            is_new = art.article_id not in stored
            fresh.append(is_new)
            if is_new:
                stored.add(art.article_id)
                new.append((art, evs))
        if not new:
            if pages:
                self._mark_stored(pages)
            return fresh
        links, sketches, lsh_rows = self._near_duplicates(new, sketches or {})
        groups, keys = self._event_groups(new)
        now = _now()
        arts = pa.table({
            "article_id": [a.article_id for a, _ in new], "origin": [a.origin for a, _ in new],
            "title": pa.array([a.title for a, _ in new], pa.string()), "text": [a.text for a, _ in new],
            "url": pa.array([a.url for a, _ in new], pa.string()),
            "published": pa.array([a.published for a, _ in new], pa.string()),
            "source": pa.array([a.source for a, _ in new], pa.string()),
            "blocks": [json.dumps(a.blocks) for a, _ in new], "n_events": pa.array([len(e) for _, e in new], pa.int32()),
            "ingested_at": pa.array([now] * len(new), pa.timestamp("us"))})
        # one columnar insert per table: executemany binds row by row (10 ms an article)
        flat = [{**flatten(e), "global_id": groups[e.event_id][0], "first_mention": groups[e.event_id][1]}
                for _, evs in new for e in evs]
        columns = {c: pa.array([f[c] for f in flat], type=_ARROW[c]) for c in FLAT_COLUMNS}
        columns["global_id"] = pa.array([f["global_id"] for f in flat], pa.string())
        columns["first_mention"] = pa.array([f["first_mention"] for f in flat], pa.bool_())
        columns["day"] = pa.array([_day(f["date"], f["published"]) for f in flat], pa.date32())
        events = pa.table(columns)
        cols = ", ".join((*FLAT_COLUMNS, "global_id", "first_mention", "day"))
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.register("_new_articles", arts)
            self.con.register("_new_events", events)
            self.con.execute("INSERT INTO articles SELECT * FROM _new_articles")
            if flat:
                self.con.execute(f"INSERT OR IGNORE INTO events ({cols}) SELECT {cols} FROM _new_events")
            if keys:        # executemany binds row by row: 300 ms a batch; one Arrow insert is 2 ms
                self.con.register("_keys", pa.table({"global_id": [k[0] for k in keys], "key": [k[1] for k in keys],
                                                     "day": pa.array([k[2] for k in keys], pa.date32())}))
                self.con.execute("INSERT OR IGNORE INTO event_keys SELECT * FROM _keys")
            self.con.register("_sketches", pa.table({"article_id": [r[0] for r in sketches],
                                                      "signature": pa.array([r[1] for r in sketches], pa.binary()),
                                                      "day": pa.array([r[2] for r in sketches], pa.date32())}))
            self.con.register("_lsh", pa.table({"band": pa.array([r[0] for r in lsh_rows], pa.int16()),
                                                "bucket": pa.array([r[1] for r in lsh_rows], pa.int64()),
                                                "article_id": [r[2] for r in lsh_rows],
                                                "day": pa.array([r[3] for r in lsh_rows], pa.date32())}))
            self.con.execute("INSERT OR IGNORE INTO sketches (article_id, signature, day) SELECT * FROM _sketches")
            self.con.execute("INSERT INTO lsh (band, bucket, article_id, day) SELECT * FROM _lsh")
            if links:
                self.con.register("_links", pa.table({"article_id": [r[0] for r in links],
                                                       "duplicate_of": [r[1] for r in links],
                                                       "similarity": pa.array([r[2] for r in links], pa.float64())}))
                self.con.execute("INSERT OR IGNORE INTO article_links SELECT * FROM _links")
            if pages:
                self._mark_stored(pages, now)
            self.con.execute("COMMIT")
            self._written += len(new)
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"store {self.path!r}: articles {', '.join(str(a.article_id) for a, _ in new[:3])}"
                             f"{' ...' if len(new) > 3 else ''} could not be written: {exc}") from exc
        finally:
            for name in ("_new_articles", "_new_events", "_sketches", "_lsh", "_keys", "_links"):
                try:
                    self.con.unregister(name)
                except Exception:       # not registered when building the tables failed
                    pass
        if self._written >= RECONNECT_EVERY:
            self._reconnect()
        return fresh

    def _connect(self, read_only: bool = False):
        import duckdb

        con = duckdb.connect(self.path, read_only=read_only)
        if self._memory_mb:
            con.execute(f"SET memory_limit = '{self._memory_mb}MB'")
        return con

    def _reconnect(self) -> None:
        """Close the connection and open it again (with the same memory limit). DuckDB holds on
        to memory for the many small appends of a long ingest (about 2 KB an article, measured
        with DuckDB alone) and gives it back only when the database is closed; doing so every
        RECONNECT_EVERY articles keeps a long-running writer's memory bounded."""
        self.con.close()
        self.con = self._connect()
        self._written = 0

    # -- watched feeds and pages ----------------------------------------------------------------
    def _mark_stored(self, pages: dict[str, str], now: datetime | None = None) -> None:
        self.con.executemany("UPDATE pages SET state = 'stored', article_id = ?, fetched_at = ?, reason = NULL, "
                             "message = NULL, attempts = attempts + 1 WHERE url = ?",
                             [[aid, now or _now(), url] for url, aid in pages.items()])

    def feed_state(self, feed_url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified a feed last answered with (for a conditional GET)."""
        row = self.con.execute("SELECT etag, last_modified FROM feeds WHERE feed_url = ?", [feed_url]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def record_feed(self, feed_url: str, *, status: str, message: str | None = None, etag: str | None = None,
                    last_modified: str | None = None, entries: list[dict] | None = None) -> int:
        """Record a feed poll, and queue its entries (dicts of url, link, title, published) in the
        same transaction: a feed's new ETag is never kept without its items. Returns how many
        entries were new (their canonical URL never seen before)."""
        entries = entries or []
        self.con.execute("BEGIN TRANSACTION")
        try:
            before = self.con.execute("SELECT count(*) FROM pages").fetchone()[0]
            if entries:
                now = _now()
                self.con.executemany(
                    "INSERT OR IGNORE INTO pages VALUES (?, ?, ?, ?, ?, ?, NULL, 'queued', 0, NULL, NULL, NULL)",
                    [[e["url"], e["link"], feed_url, e.get("title"), e.get("published"), now] for e in entries])
            added = self.con.execute("SELECT count(*) FROM pages").fetchone()[0] - before
            keep = status == "ok"       # a failed poll keeps the validators of the last good one
            self.con.execute(
                "INSERT INTO feeds VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_url) DO UPDATE SET "
                "etag = CASE WHEN ? THEN excluded.etag ELSE feeds.etag END, "
                "last_modified = CASE WHEN ? THEN excluded.last_modified ELSE feeds.last_modified END, "
                "polled_at = excluded.polled_at, status = excluded.status, message = excluded.message, "
                "items = CASE WHEN ? THEN excluded.items ELSE feeds.items END",
                [feed_url, etag, last_modified, _now(), status, message, len(entries), keep, keep, keep])
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"store {self.path!r}: the poll of feed {feed_url} could not be recorded: {exc}") from exc
        return added

    def pending_pages(self, *, max_attempts: int) -> list[dict[str, Any]]:
        """Pages still to fetch: queued, or failed for a passing reason (state ``retry``) fewer than
        ``max_attempts`` times."""
        cur = self.con.execute("SELECT url, link, feed_url, title, published, attempts FROM pages "
                               "WHERE state = 'queued' OR (state = 'retry' AND attempts < ?) "
                               "ORDER BY queued_at, url", [max_attempts])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def page_failed(self, url: str, *, reason: str, message: str, retry: bool) -> None:
        """Record why a page could not be fetched or coded; ``retry`` when the cause may pass."""
        self.con.execute("UPDATE pages SET state = ?, attempts = attempts + 1, fetched_at = ?, reason = ?, "
                         "message = ? WHERE url = ?", ["retry" if retry else "failed", _now(), reason, message, url])

    def pages(self, *, state: str | None = None):
        """The watched pages as a DataFrame (url, link, feed, title, state, attempts, article, reason, message)."""
        where, params = ("WHERE state = ?", [state]) if state else ("", [])
        return self.con.execute(f"SELECT * FROM pages {where} ORDER BY queued_at, url", params).df()

    def feeds(self):
        return self.con.execute("SELECT * FROM feeds ORDER BY feed_url").df()

    def _near_duplicates(self, new: list, given: dict[str, bytes]) -> tuple[list, list, list]:
        """Links to earlier near-duplicate articles (MinHash + LSH), and the new articles' sketches.
        The stored LSH buckets are searched once per batch (one join), not once per article."""
        import numpy as np
        import pyarrow as pa

        from ..dedup import CANDIDATES, COPY_DAYS, NEAR_DUPLICATE, bands, copy_window, event_day, minhash, similarity

        sigs = [np.frombuffer(given[art.article_id], dtype=np.uint64) if art.article_id in given else minhash(art.text)
                for art, _ in new]
        days = [event_day(None, art.published) for art, _ in new]
        buckets = [bands(sig) for sig in sigs]
        probe = pa.table({"i": [i for i, bs in enumerate(buckets) for _ in bs],
                          "band": pa.array([b for bs in buckets for b in range(len(bs))], pa.int16()),
                          "bucket": pa.array([x for bs in buckets for x in bs], pa.int64()),
                          "day": pa.array([days[i] for i, bs in enumerate(buckets) for _ in bs], pa.date32())})
        # Stored articles outside the batch's days are never read: the range lets DuckDB skip their
        # blocks (a batch with an undated article reads them all)
        span, params = "TRUE", []
        if all(days):
            span = "(day BETWEEN ? AND ? OR day IS NULL)"
            params = [min(days) - timedelta(days=COPY_DAYS), max(days) + timedelta(days=COPY_DAYS)]
        self.con.register("_probe", probe)
        try:       # how many bands each new article shares with each stored one (one streaming join)
            shared = self.con.execute(f"""
                SELECT p.i, l.article_id, count(*) AS n FROM _probe p
                JOIN (SELECT band, bucket, article_id, day FROM lsh WHERE {span}) l
                ON l.band = p.band AND l.bucket = p.bucket
                AND (p.day IS NULL OR l.day IS NULL OR abs(l.day - p.day) <= {COPY_DAYS})
                GROUP BY p.i, l.article_id""", params).fetchall()
        finally:
            self.con.unregister("_probe")
        # the CANDIDATES sharing most bands with each (ranked here: a window over every pair
        # could need more memory than a bounded writer has)
        ranked: dict[int, list[tuple[int, str]]] = {}
        for i, aid, n in shared:
            ranked.setdefault(i, []).append((-n, aid))
        chosen = {i: sorted(pairs)[:CANDIDATES] for i, pairs in ranked.items()}
        wanted = sorted({aid for pairs in chosen.values() for _n, aid in pairs})
        stored: dict[str, tuple[np.ndarray, str]] = {}
        if wanted:      # their sketches and roots
            self.con.register("_wanted_ids", pa.table({"article_id": wanted}))
            try:
                for aid, blob, root in self.con.execute(f"""
                        SELECT s.article_id, s.signature, k.duplicate_of FROM _wanted_ids w
                        JOIN (SELECT article_id, signature FROM sketches WHERE {span}) s USING (article_id)
                        LEFT JOIN article_links k USING (article_id)""", params).fetchall():
                    stored[aid] = (np.frombuffer(blob, dtype=np.uint64), root or aid)
            finally:
                self.con.unregister("_wanted_ids")
        found: dict[int, list[tuple[str, np.ndarray]]] = {}
        roots: dict[str, str] = {aid: root for aid, (_sig, root) in stored.items()}
        for i in sorted(chosen):
            found[i] = [(aid, stored[aid][0]) for aid in sorted(aid for _n, aid in chosen[i]) if aid in stored]
        links, sketches, lsh_rows = [], [], []
        seen: dict[tuple[int, int], list[int]] = {}
        for i, (art, _) in enumerate(new):
            sig = sigs[i]
            cands = list(found.get(i, ()))
            cands += [(new[j][0].article_id, sigs[j]) for j in sorted({j for b, x in enumerate(buckets[i])
                                                                         for j in seen.get((b, x), [])})
                      if copy_window(days[i], days[j])]
            best, best_sim = None, 0.0
            for aid, other in cands:
                sim = similarity(sig, other)
                if sim > best_sim:
                    best, best_sim = aid, sim
            if best is not None and best_sim >= NEAR_DUPLICATE:
                root = roots.get(best, best)
                roots[art.article_id] = root
                links.append((art.article_id, root, round(best_sim, 4)))
            for b, x in enumerate(buckets[i]):
                seen.setdefault((b, x), []).append(i)
            sketches.append((art.article_id, sig.tobytes(), days[i]))
            lsh_rows += [(b, x, art.article_id, days[i]) for b, x in enumerate(buckets[i])]
        return links, sketches, lsh_rows

    def _event_groups(self, new: list) -> tuple[dict[str, tuple[str, bool]], list]:
        """Each new event's (global_id, first_mention): the stored or batch event it repeats (the same
        source and target countries, PLOVER type and modality, within dedup.SAME_EVENT_DAYS), else itself."""
        from ..dedup import SAME_EVENT_DAYS, event_day, event_key

        events = [e for _, evs in new for e in evs]
        keyed = {e.event_id: (event_key(e.source.country if e.source else None, e.target.country if e.target else None,
                                        f"{e.plover.get('type') or e.cameo}|{e.modality}"), event_day(e.date, e.published))
                 for e in events}
        wanted = sorted({(k, d) for k, d in keyed.values() if d is not None})
        known: dict[str, list] = {}
        if wanted:      # one join for the batch: only stored keys within the window of a new event
            import pyarrow as pa

            self.con.register("_wanted", pa.table({"key": [k for k, _ in wanted],
                                                   "day": pa.array([d for _, d in wanted], pa.date32())}))
            try:    # the range on k.day lets DuckDB skip the blocks of other days
                rows = self.con.execute(
                    f"SELECT DISTINCT k.global_id, k.key, k.day FROM _wanted w "
                    f"JOIN (SELECT * FROM event_keys WHERE day BETWEEN ? AND ?) k ON k.key = w.key "
                    f"AND k.day BETWEEN w.day - {SAME_EVENT_DAYS} AND w.day + {SAME_EVENT_DAYS} "
                    f"ORDER BY k.key, k.day, k.global_id",
                    [min(d for _, d in wanted) - timedelta(days=SAME_EVENT_DAYS),
                     max(d for _, d in wanted) + timedelta(days=SAME_EVENT_DAYS)]).fetchall()
            finally:
                self.con.unregister("_wanted")
            for gid, key, day in rows:
                known.setdefault(key, []).append((day, gid))
        out, fresh = {}, []
        for e in events:
            if e.event_id in out:
                continue
            key, day = keyed[e.event_id]
            if day is None:
                out[e.event_id] = (e.event_id, True)
                continue
            near = [(abs((d - day).days), gid) for d, gid in known.get(key, []) if abs((d - day).days) <= SAME_EVENT_DAYS]
            if near:
                out[e.event_id] = (min(near)[1], False)
            else:
                out[e.event_id] = (e.event_id, True)
                known.setdefault(key, []).append((day, e.event_id))
                fresh.append((e.event_id, key, day))
        return out, fresh

    def event_counts(self):
        """One row per event counted once: global_id, num_mentions (reports), num_articles, and
        num_sources (distinct outlets: the article's source, else its URL's host, else the article)."""
        return self.con.execute("""
            SELECT COALESCE(e.global_id, e.event_id) AS global_id, count(*) AS num_mentions,
                   count(DISTINCT e.article_id) AS num_articles,
                   count(DISTINCT COALESCE(a.source, regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), e.article_id))
                       AS num_sources
            FROM events e LEFT JOIN articles a USING (article_id)
            GROUP BY 1""").df()

    def mentions(self, global_id: str):
        """The reports of one event: article, sentence, quote, source, url."""
        return self.con.execute("""
            SELECT e.event_id, e.article_id, e.sentence_index, e.quote, a.source, a.url, a.published
            FROM events e LEFT JOIN articles a USING (article_id)
            WHERE COALESCE(e.global_id, e.event_id) = ? ORDER BY a.published, e.article_id, e.sentence_index""",
                                [global_id]).df()

    def near_duplicates(self):
        return self.con.execute("SELECT * FROM article_links ORDER BY duplicate_of, article_id").df()

    # -- reading --------------------------------------------------------------------------------
    def _where(self, actor=None, country=None, type=None, cameo=None, since=None, until=None, text=None):
        clauses, params = [], []
        if actor:
            clauses.append("(source_code = ? OR target_code = ? OR source_code LIKE ? OR target_code LIKE ?)")
            params += [actor, actor, actor + "%", actor + "%"]
        if country:
            clauses.append("(source_country = ? OR target_country = ?)")
            params += [country.upper(), country.upper()]
        if type:
            clauses.append("plover_type = ?")
            params.append(type.upper())
        if cameo:
            clauses.append("cameo LIKE ?")
            params.append(str(cameo) + "%")
        between, bparams = _between("COALESCE(NULLIF(date, ''), SUBSTR(published, 1, 10))", since, until, cast=False)
        clauses += between
        params += bparams
        if text:
            for word in str(text).split():
                clauses.append("quote ILIKE ?")
                params.append(f"%{word}%")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _event_where(self, actor=None, country=None, type=None, cameo=None, since=None, until=None, text=None,
                     article_id=None, event_ids=None, min_confidence=None, include_rejected=False):
        """The WHERE clause (and parameters) of :meth:`events` and :meth:`count_events`."""
        where, params = self._where(actor, country, type, cameo, since, until, text)
        extra, extra_params = [], []
        if self._effective and not include_rejected:
            extra.append("review IS DISTINCT FROM 'rejected'")
        if article_id:
            extra.append("article_id = ?")
            extra_params.append(article_id)
        if event_ids is not None:
            extra.append(f"event_id IN ({', '.join('?' for _ in event_ids) or 'NULL'})")
            extra_params += list(event_ids)
        if min_confidence:
            extra.append("confidence >= ?")
            extra_params.append(float(min_confidence))
        if extra:
            where = (where + " AND " if where else " WHERE ") + " AND ".join(extra)
            params = params + extra_params
        return where, params

    def events(self, *, limit: int | None = None, offset: int | None = None, **filters: Any):
        """Stored events as a pandas DataFrame of the flat columns (and ``review``), with
        analysts' corrections applied and rejected events left out, in article order. Filters:
        actor, country, type, cameo, since, until, text, article_id, event_ids, min_confidence,
        include_rejected."""
        where, params = self._event_where(**filters)
        cols = FLAT_COLUMNS + (("review",) if self._effective else ()) + \
            (("global_id", "first_mention") if self._counted_once else ())
        sql = (f"SELECT {', '.join(cols)} FROM {self._events}{where} "
               f"ORDER BY COALESCE(published, ''), article_id, sentence_index, event_id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if offset:
            sql += f" OFFSET {int(offset)}"
        return self.con.execute(sql, params).df()

    def event_records(self, *, counts: bool = False, **filters: Any) -> list[EventRecord]:
        """The events of :meth:`events` as records; a reviewed one carries ``extra["review"]``,
        and each its ``global_id`` and ``first_mention`` (the event it reports, and whether it is
        that event's first report). With ``counts``, also the event's ``num_mentions``,
        ``num_sources`` and ``num_articles``."""
        out = []
        totals = {}
        if counts:
            totals = {r["global_id"]: r for r in self.event_counts().to_dict("records")}
        for row in self.events(**filters).to_dict("records"):
            rec = unflatten(row)
            status = row.get("review")
            if isinstance(status, str):
                rec.extra["review"] = status
            gid = row.get("global_id") if isinstance(row.get("global_id"), str) else rec.event_id
            rec.extra["global_id"] = gid
            rec.extra["first_mention"] = row.get("first_mention") is not False
            if counts and gid in totals:
                rec.extra.update({k: int(totals[gid][k]) for k in ("num_mentions", "num_sources", "num_articles")})
            out.append(rec)
        return out

    def count_events(self, **filters: Any) -> int:
        """How many events :meth:`events` would give, counted inside DuckDB."""
        where, params = self._event_where(**filters)
        return self.con.execute(f"SELECT count(*) FROM {self._events}{where}", params).fetchone()[0]

    # -- reviews --------------------------------------------------------------------------------
    def add_review(self, *, review_id: str, event_id: str, action: str, name: str, email: str,
                   note: str | None, correction: dict[str, Any] | None) -> None:
        if not self.con.execute("SELECT 1 FROM events WHERE event_id = ?", [event_id]).fetchone():
            raise StoreError(f"no stored event has the id {event_id!r}")
        self.con.execute("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [review_id, event_id, action, name, email, note,
                          json.dumps(correction) if correction else None, _now()])

    def reviews(self, *, event_id: str | None = None, with_email: bool = False):
        """Reviews, oldest first; the reviewer's email only with ``with_email`` (it is never shown)."""
        cols = "review_id, event_id, action, name, " + ("email, " if with_email else "") + "note, correction, created_at"
        where, params = ("WHERE event_id = ?", [event_id]) if event_id else ("", [])
        frame = self.con.execute(f"SELECT {cols} FROM reviews {where} ORDER BY created_at, review_id", params).df()
        frame["correction"] = [json.loads(c) if isinstance(c, str) else None for c in frame["correction"]]
        return frame

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.con.execute("SELECT article_id, origin, title, text, url, published, source, blocks, n_events "
                               "FROM articles WHERE article_id = ?", [article_id]).fetchone()
        if row is None:
            return None
        keys = ("article_id", "origin", "title", "text", "url", "published", "source", "blocks", "n_events")
        out = dict(zip(keys, row))
        out["blocks"] = json.loads(out["blocks"] or "[]")
        return out

    def articles(self, *, limit: int | None = None, offset: int | None = None, text: str | None = None):
        where, params = "", []
        words = str(text or "").split()
        if words:
            where = " WHERE " + " AND ".join("(title ILIKE ? OR text ILIKE ?)" for _ in words)
            for w in words:
                params += [f"%{w}%", f"%{w}%"]
        sql = ("SELECT article_id, origin, title, url, published, source, n_events, ingested_at "
               f"FROM articles{where} ORDER BY published DESC NULLS LAST, article_id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if offset:
            sql += f" OFFSET {int(offset)}"
        return self.con.execute(sql, params).df()

    def failures(self):
        return self.con.execute("SELECT * FROM failures ORDER BY failed_at").df()

    # -- analysis reads ---------------------------------------------------------------------------
    # An event's day: its own date when it has a full one, else its article's publication day.
    DAY = "day"
    DAY_SQL = "TRY_CAST(CASE WHEN length(date) = 10 THEN date ELSE substr(published, 1, 10) END AS DATE)"

    @staticmethod
    def _actor_sql(role: str, spec: str) -> tuple[str, list]:
        """An actor spec: a bare country (PRK) matches the country, a longer code (PRKGOV,
        IGOUNO) matches codes that start with it."""
        spec = spec.upper()
        if len(spec) == 3 and spec.isalpha():
            return f"{role}_country = ?", [spec]
        return f"{role}_code LIKE ?", [spec + "%"]

    @property
    def _reviewed(self) -> bool:
        """Whether any review exists: without one, reads skip the view's join (10M-event scans)."""
        return self._effective and self.con.execute("SELECT EXISTS (SELECT 1 FROM reviews)").fetchone()[0]

    @property
    def _source(self) -> str:
        return "effective_events" if self._reviewed else "events"

    def _analysis_where(self, *, since=None, until=None, modalities=None, min_confidence=0.0):
        clauses, params = [], []
        if modalities:
            clauses.append(f"modality IN ({', '.join('?' for _ in modalities)})")
            params += list(modalities)
        if min_confidence:
            clauses.append("confidence >= ?")
            params.append(float(min_confidence))
        between, bparams = _between(self.DAY, since, until, cast=True)
        if self._reviewed:
            clauses.append("review IS DISTINCT FROM 'rejected'")
        if self._counted_once:
            clauses.append("first_mention IS DISTINCT FROM false")     # an event counts once, not per report
        return clauses + between, params + bparams

    def analysis_events(self, *, since: str | None = None, until: str | None = None,
                        modalities: tuple[str, ...] | None = ("asserted",), min_confidence: float = 0.0,
                        involving: list[str] | None = None, roots: tuple[str, ...] | None = None):
        """The columns analysis needs, one row per event, with its ``day`` (a date or NaT)."""
        clauses, params = self._analysis_where(since=since, until=until, modalities=modalities,
                                               min_confidence=min_confidence)
        if involving:
            ors = []
            for spec in involving:
                for role in ("source", "target"):
                    sql, p = self._actor_sql(role, spec)
                    ors.append(sql)
                    params += p
            clauses.append("(" + " OR ".join(ors) + ")")
        if roots:
            clauses.append(f"cameo_root IN ({', '.join('?' for _ in roots)})")
            params += list(roots)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = (f"SELECT event_id, article_id, sentence_index, {self.DAY} AS day, source_code, source_country, "
               f"target_code, target_country, quad_class, goldstein, plover_type, cameo, modality, confidence, "
               f"location_name, location_country, location_lat, location_lon, date, published, quote "
               f"FROM {self._source}{where} "
               f"ORDER BY day NULLS LAST, article_id, sentence_index, event_id")
        return self.con.execute(sql, params).df()

    def dyad_aggregate(self, a: str, b: str, *, by: str = "month", since: str | None = None,
                       until: str | None = None, modalities: tuple[str, ...] | None = ("asserted",),
                       min_confidence: float = 0.0):
        """Events between a and b per period and direction ('a>b', 'b>a'): counts by QuadClass and
        the Goldstein sum, aggregated inside DuckDB."""
        _check_period(by)
        clauses, params = self._analysis_where(since=since, until=until, modalities=modalities,
                                               min_confidence=min_confidence)
        sa, pa = self._actor_sql("source", a)
        tb, pb = self._actor_sql("target", b)
        sb, pb2 = self._actor_sql("source", b)
        ta, pa2 = self._actor_sql("target", a)
        fwd = f"({sa} AND {tb})"
        clauses.append(f"({fwd} OR ({sb} AND {ta}))")
        where = " AND ".join(clauses)
        sql = f"""
            SELECT date_trunc('{by}', {self.DAY}) AS period,
                   CASE WHEN {fwd} THEN 'a>b' ELSE 'b>a' END AS direction,
                   count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                   count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                   sum(goldstein) AS goldstein_sum
            FROM {self._source} WHERE {where} AND {self.DAY} IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2"""
        return self.con.execute(sql, pa + pb + params + pa + pb + pb2 + pa2).df()

    def timeline(self, *, by: str = "month", since: str | None = None, until: str | None = None,
                 modalities: tuple[str, ...] | None = ("asserted",), min_confidence: float = 0.0):
        """All events per period, by QuadClass, with the Goldstein sum."""
        _check_period(by)
        clauses, params = self._analysis_where(since=since, until=until, modalities=modalities,
                                               min_confidence=min_confidence)
        where = " AND ".join(clauses + [f"{self.DAY} IS NOT NULL"])
        return self.con.execute(f"""
            SELECT date_trunc('{by}', {self.DAY}) AS period, count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                   count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                   sum(goldstein) AS goldstein_sum
            FROM {self._source} WHERE {where} GROUP BY 1 ORDER BY 1""", params).df()

    def places(self, *, since: str | None = None, until: str | None = None,
               modalities: tuple[str, ...] | None = ("asserted",), min_confidence: float = 0.0):
        """Events per location (country, and place with coordinates where known)."""
        clauses, params = self._analysis_where(since=since, until=until, modalities=modalities,
                                               min_confidence=min_confidence)
        where = " AND ".join(clauses + ["location_country IS NOT NULL"])
        return self.con.execute(f"""
            SELECT location_country AS country, location_name AS place, location_precision AS precision,
                   avg(location_lat) AS lat, avg(location_lon) AS lon, count(*) AS events,
                   count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
                   count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
                   sum(goldstein) AS goldstein_sum
            FROM {self._source} WHERE {where} GROUP BY 1, 2, 3 ORDER BY events DESC, country, place""", params).df()

    def edges(self, *, since: str | None = None, until: str | None = None, level: str = "country",
              modalities: tuple[str, ...] | None = ("asserted",), min_confidence: float = 0.0):
        """The network's edges aggregated inside DuckDB: one row per unordered pair (a < b) with
        event counts (cooperation, conflict, each direction) and the Goldstein sum."""
        col = {"country": "country", "code": "code"}.get(level)
        if col is None:
            raise StoreError(f"unknown actor level {level!r}; expected country or code")
        clauses, params = self._analysis_where(since=since, until=until, modalities=modalities,
                                               min_confidence=min_confidence)
        clauses += [f"source_{col} IS NOT NULL", f"target_{col} IS NOT NULL", f"source_{col} <> target_{col}"]
        # group by direction first (a plain two-column key is 2.5 times faster over 10M rows than
        # least/greatest), then fold the few directed pairs into unordered ones
        return self.con.execute(f"""
            WITH d AS (
              SELECT source_{col} AS s, target_{col} AS t, count(*) AS n,
                     count(*) FILTER (WHERE quad_class IN (1, 2)) AS coop,
                     count(*) FILTER (WHERE quad_class IN (3, 4)) AS conf, sum(goldstein) AS g
              FROM {self._source} WHERE {' AND '.join(clauses)} GROUP BY 1, 2)
            SELECT least(s, t) AS a, greatest(s, t) AS b, sum(n) AS events, sum(coop) AS cooperation,
                   sum(conf) AS conflict, COALESCE(sum(n) FILTER (WHERE s < t), 0) AS a_to_b, sum(g) AS goldstein_sum
            FROM d GROUP BY 1, 2""", params).df()

    def article_counts(self, *, by: str = "month", since: str | None = None, until: str | None = None):
        """Stored articles per period (by publication day, else the day they were stored)."""
        _check_period(by)
        day = "COALESCE(TRY_CAST(substr(published, 1, 10) AS DATE), CAST(ingested_at AS DATE))"
        clauses, params = _between(day, since, until, cast=True)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return self.con.execute(f"SELECT date_trunc('{by}', {day}) AS period, count(*) AS articles FROM articles"
                                f"{where} GROUP BY 1 ORDER BY 1", params).df()

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "failures", "runs") + (("reviews",) if self._effective else ())}
