"""Article text: HTML furniture and comment forms are not news; headings are their own blocks."""
from __future__ import annotations

from accord.extract import extract_article, split_blocks
from accord.records import RawDocument
from tests.conftest import EXAMPLES


def test_html_main_text_without_furniture():
    page = (EXAMPLES / "2025-02-20-baltic-sanctions.html").read_text(encoding="utf-8")
    art = extract_article(RawDocument("page.html", "html", page))
    assert art.title.startswith("EU Adopts New Sanctions")
    assert "imposed new sanctions on Russia" in art.text
    for furniture in ("Leave a Reply", "email address", "Share this article", "Subscribe", "All rights reserved"):
        assert furniture not in art.text
    assert art.published == "2025-02-20"
    assert art.url == "https://example.org/news/2025/02/20/eu-sanctions-baltic"


def test_text_comment_form_is_dropped():
    text = "A Title Here\n\nIran condemned Israel on Monday.\n\nLeave a Reply\n\nYour email address will not be published."
    art = extract_article(RawDocument("t.txt", "text", text))
    assert art.text.endswith("Monday.") and "Reply" not in art.text


def test_headings_are_blocks():
    blocks = split_blocks("Big Title\n\nA Section Heading\nThe first sentence runs on.\nAnd wraps here.")
    assert blocks == ["Big Title", "A Section Heading", "The first sentence runs on. And wraps here."]


def test_heading_never_merges_into_sentence(code):
    from accord.config import load_settings
    from accord.run import pipeline

    ann = pipeline(load_settings()).annotator.annotate(extract_article(RawDocument(
        "t.txt", "text", "Title Of Story\n\nConclusion\n\nThe parade will not honor history.")))
    assert [s.text for s in ann.sentences] == ["Title Of Story", "Conclusion", "The parade will not honor history."]
    for s in ann.sentences:
        assert ann.article.text[s.start:s.end] == s.text
