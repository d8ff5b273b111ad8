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
