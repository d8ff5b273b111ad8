"""accord: news articles in, geopolitical event data out.

Every event is coded in CAMEO and PLOVER and carries the sentence it came from.

    >>> import accord
    >>> events = accord.code_text("Iran condemned Israel on Monday.", published="2025-03-10")
    >>> store = accord.Store("accord.duckdb")
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import code_articles, code_file, code_text, ingest   # noqa: E402
from .config import Settings, load_settings                      # noqa: E402
from .errors import AccordError                                  # noqa: E402
from .records import Actor, Article, EventRecord, Failure, Location   # noqa: E402
from .store import Store                                         # noqa: E402

__all__ = [
    "AccordError",
    "Actor",
    "Article",
    "EventRecord",
    "Failure",
    "Location",
    "Settings",
    "Store",
    "__version__",
    "code_articles",
    "code_file",
    "code_text",
    "ingest",
    "load_settings",
]
