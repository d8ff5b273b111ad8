"""The HTTP API, served by a real uvicorn on 127.0.0.1 over a real DuckDB store: every route,
with good and bad input. Bad input gets a 4xx in one JSON shape naming the field, never a 500."""
from __future__ import annotations

import json
from dataclasses import replace

import httpx
import pytest

from accord.records import Location
from accord.store import Store
from test_analyse import BEIJING, PARADE, article, event, fill_story

TEXT = "North Korea and Russia sign a defence pact\n\nNorth Korea signed a defence pact with Russia. " \
       "The United States sanctioned North Korea over the deal."
EMAIL = "reviewer.private@example.org"
PYONGYANG = Location(name="Pyongyang", country="PRK", admin1=None, lat=39.03, lon=125.75, geonameid=1871859,
                     precision="city")


def _named(e, source_text, target_text, trigger, sentence):
    start = TEXT.index(sentence)
    return replace(e, quote=sentence, span=(start, start + len(sentence)), trigger=trigger,
                   source=replace(e.source, text=source_text), target=replace(e.target, text=target_text))


def fill_pact(store: Store) -> None:
    """An article with real text and two events whose words are in it (for highlights)."""
    pact = replace(article("k1", "2025-06-20"), text=TEXT, title="North Korea and Russia sign a defence pact",
                   blocks=((0, 42), (44, len(TEXT))))
    s1, s2 = "North Korea signed a defence pact with Russia.", "The United States sanctioned North Korea over the deal."
    store.add_article(pact, [
        replace(_named(event(900, "k1", "PRK", "RUS", "057", "2025-06-20"), "North Korea", "Russia", "signed", s1),
                location=PYONGYANG),
        _named(event(901, "k1", "USA", "PRK", "163", "2025-06-20"), "The United States", "North Korea", "sanctioned", s2),
    ])


@pytest.fixture(scope="module")
def api(tmp_path_factory, live_server):
    db = str(tmp_path_factory.mktemp("api") / "api.duckdb")
    with Store(db) as store:
        fill_story(store)
        fill_pact(store)
        evs = [event(950 + i, "p1", s, t, c, "2025-08-28", location=BEIJING, modality="future")
               for i, (s, t, c) in enumerate(PARADE)]
        store.add_article(article("p1", "2025-08-28"), evs)
    srv = live_server(db)
    with httpx.Client(base_url=srv.url, timeout=60, headers={"Authorization": f"Bearer {srv.token}"}) as client:
        client.server = srv
        yield client


def _error(r: httpx.Response, status: int, field: str | None = None) -> dict:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["status"] == status and err["message"]
    if field is not None:
        assert err["field"] == field, err
    return err


def test_health_and_openapi(api):
    h = api.get("/api/health").json()
    assert h["status"] == "ok" and h["articles"] == 7 and h["events"] > 10
    doc = api.get("/openapi.json").json()
    paths = set(doc["paths"])
    assert {"/api/events", "/api/events/{event_id}/reviews", "/api/articles", "/api/articles/{article_id}",
            "/api/dyad", "/api/alignment", "/api/network", "/api/blocs", "/api/shifts", "/api/together"} <= paths
    assert api.get("/docs").status_code == 200


def test_events_filters_and_paging(api):
    r = api.get("/api/events", params={"country": "PRK", "type": "SANCTION"}).json()
    assert r["count"] == 2 and {e["source"]["country"] for e in r["events"]} == {"USA"}
    page = api.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert len(page["events"]) == 2 and page["count"] > 4
    assert api.get("/api/events", params={"since": "2025-03-01", "until": "2025-03-31"}).json()["count"] == 4
    assert api.get("/api/events", params={"text": "sanctioned"}).json()["count"] == 1
    assert api.get("/api/events", params={"actor": "PRKGOV"}).json()["count"] == 2


@pytest.mark.parametrize("params, field", [
    ({"since": "2025-13-01"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"limit": 0}, "limit"),
    ({"limit": 100000}, "limit"),
    ({"offset": -1}, "offset"),
    ({"min_confidence": 2}, "min_confidence"),
    ({"country": "Korea"}, "country"),
    ({"cameo": "abc"}, "cameo"),
    ({"actor": "PRK; DROP TABLE events"}, "actor"),
])
def test_events_bad_filters_name_the_field(api, params, field):
    _error(api.get("/api/events", params=params), 422, field)


def test_one_event_and_unknown_ids(api):
    e = api.get("/api/events/e0900").json()
    assert e["event"]["cameo"] == "057"
    _error(api.get("/api/events/nope"), 404, "event_id")
    _error(api.get("/api/events/nope/reviews"), 404, "event_id")
    _error(api.get("/api/articles/nope"), 404, "article_id")
    _error(api.get("/api/no/such/route"), 404)


def test_article_with_highlighted_spans(api):
    listing = api.get("/api/articles", params={"text": "defence"}).json()["articles"]
    assert [a["article_id"] for a in listing] == ["k1"]
    data = api.get("/api/articles/k1").json()
    text = data["article"]["text"]
    sanction = next(e for e in data["events"] if e["cameo"] == "163")
    h = sanction["highlights"]
    assert text[slice(*h["sentence"])] == "The United States sanctioned North Korea over the deal."
    assert text[slice(*h["trigger"])] == "sanctioned"
    assert text[slice(*h["source"])] == "The United States" and text[slice(*h["target"])] == "North Korea"


def test_reviews_need_name_and_email_and_never_return_the_email(api):
    r = api.post("/api/events/e0900/reviews", json={"action": "correct", "name": "Dana", "email": EMAIL,
                                                    "note": "it was a treaty", "correction": {"type": "COOPERATE"}})
    assert r.status_code == 201, r.text
    assert EMAIL not in r.text and r.json()["event"]["review"] == "corrected"
    assert r.json()["event"]["plover"]["type"] == "COOPERATE"
    listed = api.get("/api/events/e0900/reviews")
    assert listed.json()["reviews"][0]["name"] == "Dana" and EMAIL not in listed.text
    assert api.get("/api/events", params={"type": "COOPERATE", "actor": "PRK"}).json()["count"] >= 1
    for path in ("/api/events/e0900", "/api/articles/k1", "/api/events?limit=1000", "/api/health"):
        assert EMAIL not in api.get(path).text


@pytest.mark.parametrize("body, field", [
    ({"action": "confirm", "email": "a@example.org"}, "name"),
    ({"action": "confirm", "name": "Dana"}, "email"),
    ({"action": "confirm", "name": "", "email": "a@example.org"}, "name"),
    ({"action": "confirm", "name": "Dana", "email": "not-an-email"}, "email"),
    ({"action": "approve", "name": "Dana", "email": "a@example.org"}, "action"),
    ({"action": "correct", "name": "Dana", "email": "a@example.org"}, "correction"),
    ({"action": "correct", "name": "Dana", "email": "a@example.org", "correction": {"cameo": "999"}}, "cameo"),
    ({"action": "correct", "name": "Dana", "email": "a@example.org", "correction": {"date": "2025-02-31"}}, "date"),
    ({"action": "confirm", "name": "Dana", "email": "a@example.org", "extra": 1}, "extra"),
])
def test_bad_reviews_name_the_field(api, body, field):
    _error(api.post("/api/events/e0901/reviews", json=body), 422, field)


def test_review_of_an_unknown_event_and_a_broken_body(api):
    _error(api.post("/api/events/nope/reviews", json={"action": "confirm", "name": "D", "email": "d@example.org"}), 404)
    _error(api.post("/api/events/e0901/reviews", content=b"{not json", headers={"Content-Type": "application/json"}), 422)


@pytest.mark.parametrize("path, params", [
    ("/api/dyad", {"a": "PRK", "b": "RUS", "by": "month"}),
    ("/api/alignment", {"a": "PRK", "b": ["RUS", "USA"]}),
    ("/api/alignment/items", {"a": "PRK", "b": "RUS"}),
    ("/api/blocs", {"until": "2025-01-31"}),
    ("/api/shifts", {"before": "2025-01-01..2025-01-31", "after": "2025-03-01..2025-03-31"}),
    ("/api/together", {}),
    ("/api/timeline", {"by": "month"}),
    ("/api/places", {}),
])
def test_analysis_routes_answer_rows(api, path, params):
    rows = api.get(path, params=params).json()["rows"]
    assert rows


def test_analysis_answers_the_seed_questions(api):
    together = api.get("/api/together").json()["rows"][0]
    assert together["participants"] == ["BLR", "CHN", "PRK", "RUS"]
    net = api.get("/api/network", params={"until": "2025-01-31"}).json()
    assert {n["id"] for n in net["nodes"]} >= {"PRK", "RUS", "CHN"} and net["edges"]
    assert any(n["bloc"] is not None for n in net["nodes"])
    shift = api.get("/api/shifts", params={"before": "2025-01-01..2025-01-31", "after": "2025-03-01..2025-03-31"}).json()
    assert shift["rows"][0]["trend"] == "cooler"
    assert api.get("/api/countries").json()["numeric"]["PRK"] == "408"


@pytest.mark.parametrize("path, params, field", [
    ("/api/dyad", {"a": "PRK"}, "b"),
    ("/api/dyad", {"a": "PRK", "b": "RUS", "by": "fortnight"}, "by"),
    ("/api/dyad", {"a": "PRK", "b": "RUS", "direction": "up"}, "direction"),
    ("/api/alignment", {"a": "PRK", "b": "R U S"}, "b"),
    ("/api/network", {"level": "region"}, "level"),
    ("/api/network", {"min_events": 0}, "min_events"),
    ("/api/blocs", {"resolution": -1}, "resolution"),
    ("/api/shifts", {"before": "2025-01", "after": "2025-03-01..2025-03-31"}, "before"),
    ("/api/shifts", {"after": "2025-03-01..2025-03-31"}, "before"),
    ("/api/together", {"min_size": 1}, "min_size"),
    ("/api/timeline", {"since": "2025-02-30"}, "since"),
    ("/api/timeline", {"by": "hour"}, "by"),
    ("/api/places", {"until": "soon"}, "until"),
    ("/api/alignment/items", {"a": "PRK"}, "b"),
    ("/api/articles", {"limit": 0}, "limit"),
    ("/api/articles", {"offset": -5}, "offset"),
])
def test_analysis_bad_input_names_the_field(api, path, params, field):
    _error(api.get(path, params=params), 422, field)


def test_post_articles_in_every_shape(api):
    one = api.post("/api/articles", json={"text": "Iran condemned Israel on Monday after the strike on its consulate.",
                                          "title": "Iran condemns Israel", "published": "2024-04-03"})
    assert one.status_code == 201, one.text
    assert one.json()["stored"] == 1 and one.json()["events"] >= 1
    again = api.post("/api/articles", json={"text": "Iran condemned Israel on Monday after the strike on its consulate.",
                                            "title": "Iran condemns Israel", "published": "2024-04-03"}).json()
    assert again["stored"] == 0 and again["unchanged"] == 1
    batch = api.post("/api/articles", json={"articles": [
        {"text": "China warned the Philippines against further provocations in the South China Sea.", "published": "2024-06-01"},
        {"html": "<html><body><article><h1>Kenya sends police</h1><p>Kenya sent 400 police officers to Haiti on "
                 "Tuesday to confront gangs, the government said.</p></article></body></html>", "published": "2024-06-25"}]})
    assert batch.status_code == 201 and len(batch.json()["articles"]) == 2
    plain = api.post("/api/articles", params={"title": "Seoul protests", "published": "2024-05-01"},
                     content="South Korea lodged a protest with Japan over the textbook.".encode(),
                     headers={"Content-Type": "text/plain"})
    assert plain.status_code == 201 and plain.json()["articles"][0]["title"] == "Seoul protests"
    lines = "\n".join([json.dumps({"text": "Egypt hosted talks between Israel and Hamas in Cairo.", "published": "2024-02-01"}),
                       "{broken", json.dumps([1, 2]), json.dumps({"title": "no text"})])
    nd = api.post("/api/articles", content=lines.encode(), headers={"Content-Type": "application/x-ndjson"})
    assert nd.status_code == 201
    failed = {f["line"]: f for f in nd.json()["failures"]}
    assert set(failed) == {2, 3, 4} and nd.json()["stored"] == 1


@pytest.mark.parametrize("kw, status, field", [
    ({"content": b"", "headers": {"Content-Type": "application/json"}}, 422, "body"),
    ({"content": b"{oops", "headers": {"Content-Type": "application/json"}}, 422, "body"),
    ({"json": {"title": "no text"}}, 422, "text"),
    ({"json": {"text": "a", "html": "<p>b</p>"}}, 422, "text"),
    ({"json": {"text": "Words words words.", "published": "last week"}}, 422, "published"),
    ({"json": {"text": "Words.", "colour": "red"}}, 422, "colour"),
    ({"json": {"articles": []}}, 422, "articles"),
    ({"json": ["a list"]}, 422, "body"),
    ({"content": b"\xff\xfe\x00bad", "headers": {"Content-Type": "text/plain"}}, 422, "body"),
    ({"content": b"x", "headers": {"Content-Type": "image/png"}}, 415, "content-type"),
    ({"json": {"text": "Too short."}}, 422, "body"),
])
def test_post_articles_bad_input(api, kw, status, field):
    _error(api.post("/api/articles", **kw), status, field)


def test_pages_are_served_with_a_content_security_policy(api):
    for path in ("/", "/events", "/network", "/map", "/articles/k1"):
        r = api.get(path)
        assert r.status_code == 200 and "<main>" in r.text
        assert "default-src 'self'" in r.headers["content-security-policy"]
    assert api.get("/static/app.js").status_code == 200


def test_writes_need_the_token_and_reads_do_not(api):
    body = {"action": "confirm", "name": "Dana", "email": "d@example.org"}
    for headers in ({"Authorization": ""}, {"Authorization": "Bearer wrong-token-123"}, {"X-Accord-Token": "nope"}):
        with httpx.Client(base_url=api.server.url, timeout=60, headers=headers) as anon:
            _error(anon.post("/api/events/e0900/reviews", json=body), 401, "authorization")
            _error(anon.post("/api/articles", json={"text": "Chile protested to Peru."}), 401, "authorization")
            assert anon.get("/api/events").status_code == 200
    with httpx.Client(base_url=api.server.url, timeout=60, headers={"X-Accord-Token": api.server.token}) as other:
        assert other.post("/api/events/e0900/reviews", json=body).status_code == 201
    spec = api.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def test_huge_bodies_get_413(api):
    big = b"x" * 10_000_001
    _error(api.post("/api/articles", content=big, headers={"Content-Type": "text/plain"}), 413, "body")

    def chunks():           # no Content-Length: the limit is found while reading
        for _ in range(11):
            yield b"y" * 1_000_000
    _error(api.post("/api/articles", content=chunks(), headers={"Content-Type": "text/plain"}), 413, "body")
    assert api.get("/api/health").status_code == 200


def test_cors_is_off_by_default(api):
    r = api.options("/api/events", headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in r.headers
    r = api.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers


def test_protected_reads_and_cors_when_asked(tmp_path, live_server):
    from accord import load_settings

    db = str(tmp_path / "locked.duckdb")
    with Store(db) as store:
        fill_pact(store)
    srv = live_server(db, load_settings(db=db, token="a-long-enough-token", protect_reads=True,
                                        cors_origins=["https://analysts.example"]))
    assert srv.token == "a-long-enough-token"
    _error(httpx.get(srv.url + "/api/events", timeout=30), 401, "authorization")
    ok = httpx.get(srv.url + "/api/events", headers={"Authorization": "Bearer a-long-enough-token",
                                                    "Origin": "https://analysts.example"}, timeout=30)
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == "https://analysts.example"
    assert httpx.get(srv.url + "/", timeout=30).status_code == 200        # the page shell has no data
