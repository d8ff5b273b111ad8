"""Fuzzing. Property-based tests (hypothesis) over the readers, the HTML extraction and the coder:
no exception escapes, and every span indexes the text. schemathesis runs the server's OpenAPI
document against a real server: whatever it sends, no answer is a 5xx, and every error has the
one error shape."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings, strategies as st

import accord
from accord.extract import extract_articles
from accord.ingest import _read_one
from accord.records import Article, Failure, RawDocument
from accord.run import pipeline
from accord.serve.spans import highlights
from accord.store import Store

# ACCORD_FUZZ_EXAMPLES=1000 for a deeper run than the suite's
EXAMPLES = int(os.environ.get("ACCORD_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
WORDS = ["Russia", "Ukraine", "China's", "President", "Xi", "Jinping", "met", "accused", "signed", "a", "the",
         "deal", "with", "on", "Monday", "in", "Beijing", "troops", "attacked", "said", "not", "will", "sanctions",
         "U.S.", "NATO", "\u201cwe\u201d", "—", "(AP)", "2025", "Sept.", "3", ",", ".", "?", "!", "\n", "\n\n",
         "\u00e9", "\u0416", "\U0001F600", "\u200b", "\t", "  ", "'", '"', "&amp;", "<", ">"]
TAGS = ["<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<h1>", "</h1>", "<script>", "</script>",
        "<style>", "</style>", "<br>", "<b onmouseover='x()'>", "</b>", "<!--", "-->", "<![CDATA[", "]]>",
        "<table><tr><td>", "</td></tr></table>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>", "</a>",
        "<meta charset='koi8-r'>", "<title>", "</title>", "<html>", "<body>", "&nbsp;", "&#x0;", "&bogus;"]
news_text = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), min_size=0, max_size=80).map(" ".join)
html_text = st.lists(st.sampled_from(TAGS) | st.sampled_from(WORDS) | st.text(max_size=6), max_size=120).map("".join)


def _check_blocks(art: Article) -> None:
    assert art.text
    for start, end in art.blocks:
        assert 0 <= start <= end <= len(art.text)


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".md"]))
def test_reading_any_bytes_never_raises(data, suffix):
    for item in _read_one(Path("input" + suffix), "input" + suffix, data, 10_000):
        assert isinstance(item, (RawDocument, Failure))
        if isinstance(item, Failure):
            assert item.message.startswith("input")


@FUZZ
@given(html=html_text)
def test_extracting_any_html_never_raises(html):
    for item in extract_articles([RawDocument(origin="page.html", kind="html", content=html)]):
        if isinstance(item, Failure):
            assert item.stage == "extract" and "page.html" in item.message
        else:
            _check_blocks(item)


@FUZZ
@given(text=news_text, kind=st.sampled_from(["text", "html"]))
def test_coding_any_text_never_raises_and_every_span_indexes_it(text, kind):
    doc = RawDocument(origin="fuzz", kind=kind, content=text, published="2025-09-03")
    for item in pipeline(accord.load_settings(workers=1)).code([doc]):
        if isinstance(item, Failure):
            assert item.stage in ("extract", "nlp") and item.message
            continue
        art = item.article
        _check_blocks(art)
        for e in item.events:
            assert art.text[e.span[0]:e.span[1]] == e.quote
            assert e.trigger and e.trigger in e.quote
            assert 0.0 <= e.confidence <= 1.0
            # the spans the dashboard highlights: inside the sentence, or None when an actor was
            # inferred rather than named in it (an attack "at home", a reply to an earlier act)
            for name, span in highlights(art.text, e).items():
                if span is not None:
                    assert e.span[0] <= span[0] <= span[1] <= e.span[1], name


# -- the API ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory, live_server):
    from test_analyse import fill_story
    from test_serve_api import fill_pact

    db = str(tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb")
    with Store(db) as store:
        fill_story(store)
        fill_pact(store)
    return live_server(db, accord.load_settings(db=db, fetch_timeout=1, fetch_retries=0, max_body_bytes=200_000))


def test_the_api_never_answers_5xx(fuzz_server):
    """Every operation of the OpenAPI document, with cases generated from it (valid and not), with
    and without the write token."""
    schema = schemathesis.openapi.from_url(fuzz_server.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    tried = []
    for operation in operations:
        @settings(max_examples=max(20, EXAMPLES // 3), deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def check(case):
            for headers in ({"Authorization": f"Bearer {fuzz_server.token}"}, {}):
                response = case.call(base_url=fuzz_server.url, headers=headers, timeout=60)
                where = f"{case.method} {case.formatted_path}"
                assert response.status_code < 500, f"{where}: {response.status_code} {response.text[:300]}"
                ctype = response.headers.get("content-type") or [""]
                if response.status_code >= 400 and ctype[0].startswith("application/json"):
                    error = response.json()["error"]
                    assert error["status"] == response.status_code and error["message"], where
                if case.method.upper() == "POST" and not headers:
                    assert response.status_code in (401, 413), where
            tried.append(case.method)
        check()
    assert len(tried) >= 15 * 5
