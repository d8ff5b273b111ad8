"""accord serve: the HTTP API (with its OpenAPI document at /openapi.json and /docs) and the
dashboard, over one DuckDB store, needing no other service.

    from accord.serve import create_app
    app = create_app("accord.duckdb")          # an ASGI app: run it with uvicorn
"""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, settings=None, log_level: str = "info",
          announce=None, watch: list[str] | None = None) -> None:
    """Run the server until interrupted; ``announce(token)`` is called with the write token first.
    ``watch``: feed URLs that a thread of the server follows into the store (accord watch)."""
    import uvicorn

    app = create_app(db, settings=settings, watch=watch)
    if announce:
        announce(app.state.token)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
