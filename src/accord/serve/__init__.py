"""accord serve: the HTTP API (with its OpenAPI document at /openapi.json and /docs) and the
dashboard, over one DuckDB store, needing no other service.

    from accord.serve import create_app
    app = create_app("accord.duckdb")          # an ASGI app: run it with uvicorn
"""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, settings=None, log_level: str = "info") -> None:
    """Run the server until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db, settings=settings), host=host, port=port, log_level=log_level)
