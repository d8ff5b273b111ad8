"""Shared fixtures. The spaCy pipeline loads once per test session (accord.run.pipeline caches it)."""
from __future__ import annotations

from pathlib import Path

import pytest

import accord

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SEED = ROOT.parent / "shared" / "seed" / "seed_article.txt"


@pytest.fixture(scope="session")
def settings():
    return accord.load_settings()


@pytest.fixture(scope="session")
def code(settings):
    """code(text, published) -> events, through the real pipeline."""
    def _code(text: str, published: str = "2025-03-10", **kw):
        return accord.code_text(text, published=published, settings=settings, **kw)
    return _code


def dyads(events):
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.plover["type"])
            for e in events}


class LiveServer:
    """accord's app served by a real uvicorn on 127.0.0.1 (a free port), in a thread."""

    def __init__(self, db: str, settings=None, watch=None):
        import socket
        import threading
        import time

        import uvicorn

        from accord.serve import create_app

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(db, settings=settings, watch=watch)
        self.token = self.app.state.token          # the write token (generated unless the settings give one)
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@pytest.fixture(scope="module")
def live_server():
    """live_server(db, settings=None, watch=None) -> a running LiveServer (following the feed URLs
    of ``watch``); every one started is stopped after the module."""
    started = []

    def start(db: str, settings=None, watch=None) -> LiveServer:
        srv = LiveServer(db, settings, watch)
        started.append(srv)
        return srv
    yield start
    for srv in started:
        srv.stop()
