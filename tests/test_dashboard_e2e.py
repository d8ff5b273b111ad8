"""The dashboard end to end in real headless Chromium (Debian's chromium, driven by Playwright),
against a real server on 127.0.0.1. CI installs chromium and sets ACCORD_REQUIRE_BROWSER=1, so
there a missing browser fails instead of skipping."""
from __future__ import annotations

import os
import re
import shutil
from dataclasses import replace

import pytest

from accord.store import Store
from test_analyse import article, fill_story
from test_serve_api import EMAIL, fill_pact

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    if os.environ.get("ACCORD_REQUIRE_BROWSER"):
        raise RuntimeError("chromium is not installed (apt-get install chromium): the browser tests cannot run")
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


HOSTILE = ("Markup stays text <script>window.pwned = 1</script>\n\n"
           "An image <img src=x onerror=\"window.pwned = 2\"> and a <a href=\"javascript:window.pwned=3\">link</a>.")


@pytest.fixture(scope="module")
def server(tmp_path_factory, live_server):
    db = str(tmp_path_factory.mktemp("e2e") / "e2e.duckdb")
    with Store(db) as store:
        fill_story(store)
        fill_pact(store)
        store.add_article(replace(article("x1", "2025-06-21"), text=HOSTILE, title="<b onmouseover=alert(1)>Hostile</b>",
                                  blocks=((0, HOSTILE.index("\n")), (HOSTILE.index("An image"), len(HOSTILE)))), [])
    return live_server(db)


@pytest.fixture(scope="module")
def site(server):
    return server.url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    """A fresh page that records every response body and every script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.bodies, pg.errors = [], []

    def keep(response):
        try:
            pg.bodies.append(response.text())
        except Exception:       # redirects and aborted loads have no body
            pass
    pg.on("response", keep)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def test_overview_draws_the_timeline(site, page):
    page.goto(site + "/")
    expect(page.locator("#timeline-table tbody tr")).to_have_count(4)      # Jan, Feb (news, no event), Mar, Jun
    assert page.locator("canvas#timeline").bounding_box()["height"] > 100
    assert page.evaluate("typeof Chart") == "function"
    assert not page.errors


def test_events_filter(site, page):
    page.goto(site + "/events")
    expect(page.locator("#events-table tbody tr")).not_to_have_count(0)
    page.select_option("select[name=type]", "SANCTION")
    page.fill("input[name=country]", "PRK")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events-count")).to_have_text("2 events")
    for cell in page.locator("#events-table tbody tr td:nth-child(3)").all_text_contents():
        assert "SANCTION" in cell
    assert "type=SANCTION" in page.url           # the filter is in the address, to share
    page.fill("input[name=since]", "2031-01-01")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events-count")).to_have_text("0 events")
    assert not page.errors


def test_article_highlights_its_events(site, page):
    page.goto(site + "/events?text=sanctioned")
    page.locator("#events-table tbody a").first.click()
    page.wait_for_url("**/articles/k1**")
    expect(page.locator("#article-title")).to_have_text("North Korea and Russia sign a defence pact")
    expect(page.locator("mark.ev")).to_have_count(2)
    expect(page.locator("mark.ev.selected .hl-trigger")).to_have_text("sanctioned")   # opened on its event
    expect(page.locator("mark.ev.selected .hl-source")).to_have_text("The United States")
    expect(page.locator("mark.ev.selected .hl-target")).to_have_text("North Korea")
    page.locator("#article-events li", has_text="057").click()
    expect(page.locator("mark.ev.selected .hl-trigger")).to_have_text("signed")
    assert not page.errors


def test_a_review_overrides_the_event_and_the_email_is_never_shown(site, server, page):
    page.goto(site + "/articles/k1#e0901")
    expect(page.locator("#reply")).to_be_visible()
    page.click("text=Post review")                                   # nothing filled in
    expect(page.locator("#review-error")).to_have_text("Name is required.")
    page.fill("input[name=name]", "Dana Reviewer")
    page.fill("input[name=email]", EMAIL)
    page.click("text=Post review")                                   # no write token yet
    expect(page.locator("#review-error")).to_contain_text("write token")
    page.goto(site + "/articles/k1#token=" + server.token)           # the link accord serve prints
    expect(page).not_to_have_url(re.compile("token"))               # taken out of the address bar
    page.locator("#article-events li#ev-e0901").click()
    page.check("input[name=action][value=correct]")
    page.select_option("select[name=type]", "COERCE")
    page.fill("input[name=date]", "2025-02-31")
    page.fill("input[name=name]", "Dana Reviewer")
    page.fill("input[name=email]", EMAIL)
    page.fill("textarea[name=note]", "a seizure, not a sanction")
    page.click("text=Post review")
    expect(page.locator("#review-error")).to_contain_text("date")    # the server names the field
    page.fill("input[name=date]", "2025-06-19")
    page.click("text=Post review")
    item = page.locator("#article-events li#ev-e0901")
    expect(item.locator(".badge")).to_have_text("corrected")
    expect(item.locator(".codes")).to_contain_text("COERCE")
    expect(item.locator(".reviews")).to_contain_text("Dana Reviewer: correct — a seizure, not a sanction")
    page.goto(site + "/events?type=COERCE")
    expect(page.locator("#events-table tbody tr", has_text="corrected")).to_have_count(1)
    for path in ("/", "/events", "/network", "/map", "/articles/k1"):
        page.goto(site + path)
        page.wait_for_load_state("networkidle")
        assert EMAIL not in page.content()
    assert page.bodies and not any(EMAIL in body for body in page.bodies)
    assert not page.errors


def test_markup_in_articles_is_never_run(site, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site + "/articles/x1")
    expect(page.locator("#article-text")).to_contain_text("<script>window.pwned = 1</script>")
    expect(page.locator("#article-text")).to_contain_text('<img src=x onerror="window.pwned = 2">')
    page.goto(site + "/")
    page.wait_for_load_state("networkidle")
    page.goto(site + "/articles/x1")
    page.wait_for_load_state("networkidle")
    page.locator("#article-text").hover()
    assert page.evaluate("window.pwned") is None and not dialogs
    assert page.locator("#article-text script, #article-text img, #article-text a[href^=javascript]").count() == 0
    response = page.request.get(site + "/articles/x1")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert not page.errors


def test_network_and_map_draw(site, page):
    page.goto(site + "/network")
    expect(page.locator("#blocs-table tbody tr")).not_to_have_count(0)
    expect(page.locator("#graph canvas").first).to_be_attached()
    page.goto(site + "/map")
    expect(page.locator("#map svg path.country")).to_have_count(177)
    expect(page.locator("#map svg circle")).to_have_count(1)         # Pyongyang
    assert not page.errors
