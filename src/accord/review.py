"""Analyst review ("Leave a Reply"): confirm, reject or correct a coded event, with a note.

    add_review(store, event_id, action="correct", name="A. Analyst", email="a@example.org",
               correction={"type": "SANCTION", "target": "PRK"}, note="the sanctions hit PRK")

The latest review of an event decides how it reads: a rejected event is left out of queries and
exports; a corrected one reads with its corrections and says so (``review`` = ``corrected``). A
reviewer's name is shown with the review; the email is stored for the project's own contact and
is never shown on a page nor returned by the API. ``review_gold`` turns the reviews into a gold
file that ``accord eval`` reads.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from typing import IO, Any

from .coding.tables import PLOVER_TYPES, QUAD_NAMES, cameo_codes, countries
from .errors import InputError
from .coding.petrarch import SECTORS
from .evaluate.gold import CODE_PATTERN, DATE_PATTERN, country_of, valid_country

ACTIONS = ("confirm", "reject", "correct")
CORRECTABLE = ("type", "cameo", "source", "target", "location", "date")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


class ReviewError(InputError):
    """A review that cannot be taken; ``field`` names the form field at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def _actor_columns(role: str, code: Any) -> dict[str, Any]:
    if code is None or code == "":
        return {f"{role}_{k}": None for k in ("code", "country", "name", "sectors")}
    if not isinstance(code, str) or not CODE_PATTERN.match(code.strip().upper()):
        raise ReviewError(role, f"{role} {code!r} is not an actor code; expected a country (PRK) or a code (PRKGOV)")
    code = code.strip().upper()
    country = country_of(code)
    if code[:3] in countries():
        sectors = [code[i:i + 3] for i in range(3, len(code), 3)]
    elif code.startswith("IGO"):
        sectors = []
    else:
        country, sectors = None, [code[i:i + 3] for i in range(0, len(code), 3)]
    if (country is not None and not valid_country(country)) or any(s not in SECTORS for s in sectors):
        raise ReviewError(role, f"{role} {code!r} is not a known country, IGO or sector code")
    name = countries()[country].name if country in countries() else code
    return {f"{role}_code": code, f"{role}_country": country, f"{role}_name": name,
            f"{role}_sectors": "|".join(sectors) or None}


def correction_columns(correction: dict[str, Any]) -> dict[str, Any]:
    """The stored columns a correction overrides, checked field by field.

    ``type`` (a PLOVER type), ``cameo`` (a CAMEO code: its root, QuadClass and Goldstein follow,
    and its PLOVER type unless ``type`` is given too), ``source`` and ``target`` (actor codes;
    an empty target clears it), ``location`` (an ISO3 country) and ``date`` (YYYY[-MM[-DD]])."""
    if not isinstance(correction, dict) or not correction:
        raise ReviewError("correction", "a correction needs at least one of: " + ", ".join(CORRECTABLE))
    unknown = [k for k in correction if k not in CORRECTABLE]
    if unknown:
        raise ReviewError(unknown[0], f"{unknown[0]!r} cannot be corrected; correctable: {', '.join(CORRECTABLE)}")
    cols: dict[str, Any] = {}
    if correction.get("cameo") not in (None, ""):
        code = str(correction["cameo"]).strip()
        c = cameo_codes().get(code)
        if c is None:
            raise ReviewError("cameo", f"cameo {code!r} is not a CAMEO code")
        cols.update({"cameo": code, "cameo_root": code[:2], "cameo_name": c.name, "quad_class": c.quad_class,
                     "quad_name": QUAD_NAMES.get(c.quad_class), "goldstein": c.goldstein,
                     "plover_type": c.plover_type, "plover_mode": c.plover_mode,
                     "plover_context": "|".join(c.plover_context) or None})
    if correction.get("type") not in (None, ""):
        ptype = str(correction["type"]).strip().upper()
        if ptype not in PLOVER_TYPES:
            raise ReviewError("type", f"type {correction['type']!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        if ptype != cols.get("plover_type"):
            cols.update({"plover_type": ptype, "plover_mode": None, "plover_context": None})
    for role in ("source", "target"):
        if role in correction:
            cols.update(_actor_columns(role, correction[role]))
    if "location" in correction:
        loc = correction["location"]
        if loc in (None, ""):
            cols.update({k: None for k in ("location_name", "location_country", "location_admin1", "location_lat",
                                           "location_lon", "location_geonameid", "location_precision")})
        else:
            iso = str(loc).strip().upper()
            if iso not in countries():
                raise ReviewError("location", f"location {loc!r} is not an ISO 3166 alpha-3 country code")
            cols.update({"location_name": countries()[iso].name, "location_country": iso, "location_admin1": None,
                         "location_lat": None, "location_lon": None, "location_geonameid": None,
                         "location_precision": "country"})
    if "date" in correction:
        day = correction["date"]
        if day in (None, ""):
            cols.update({"date": None, "date_precision": "none"})
        else:
            day = str(day).strip()
            if not DATE_PATTERN.match(day):
                raise ReviewError("date", f"date {day!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            try:
                datetime.strptime(day + "-01-01"[len(day) - 4:] if len(day) < 10 else day, "%Y-%m-%d")
            except ValueError:
                raise ReviewError("date", f"date {day!r} is not a calendar date") from None
            cols.update({"date": day, "date_precision": {4: "year", 7: "month", 10: "day"}[len(day)]})
    return cols


def check_review(action: Any, name: Any, email: Any, note: Any, correction: Any) -> tuple[str, str, str, str | None]:
    """The form's checks: every required field present and well formed; the first fault raises."""
    if action not in ACTIONS:
        raise ReviewError("action", f"action {action!r} is not one of: {', '.join(ACTIONS)}")
    if not isinstance(name, str) or not name.strip():
        raise ReviewError("name", "name is required")
    if len(name.strip()) > 200:
        raise ReviewError("name", "name is longer than 200 characters")
    if not isinstance(email, str) or not email.strip():
        raise ReviewError("email", "email is required")
    if not _EMAIL.match(email.strip()) or len(email) > 320:
        raise ReviewError("email", "email does not look like an email address (name@example.org)")
    if note is not None and not isinstance(note, str):
        raise ReviewError("note", "note must be text")
    if note is not None and len(note) > 5000:
        raise ReviewError("note", "note is longer than 5,000 characters")
    if action == "correct" and not correction:
        raise ReviewError("correction", "a correction needs at least one of: " + ", ".join(CORRECTABLE))
    if action != "correct" and correction:
        raise ReviewError("correction", f"only the action 'correct' takes a correction, not {action!r}")
    return action, name.strip(), email.strip(), (note.strip() or None) if note else None


def add_review(store, event_id: str, *, action: str, name: str, email: str, note: str | None = None,
               correction: dict[str, Any] | None = None) -> dict[str, Any]:
    """Check and store a review; returns it as shown to others (without the email)."""
    action, name, email, note = check_review(action, name, email, note, correction)
    cols = correction_columns(correction) if action == "correct" else None
    now = datetime.now(timezone.utc).isoformat()
    review_id = "r" + hashlib.sha1(f"{event_id}|{action}|{name}|{email}|{note}|{now}".encode()).hexdigest()[:15]
    store.add_review(review_id=review_id, event_id=event_id, action=action, name=name, email=email, note=note,
                     correction={"input": correction, "columns": cols} if cols else None)
    return {"review_id": review_id, "event_id": event_id, "action": action, "name": name, "note": note,
            "correction": correction if cols else None}


def public_reviews(store, event_id: str | None = None) -> list[dict[str, Any]]:
    """An event's reviews as anyone may see them: no email."""
    frame = store.reviews(event_id=event_id)
    out = []
    for r in frame.to_dict("records"):
        corr = r.get("correction")
        out.append({"review_id": r["review_id"], "event_id": r["event_id"], "action": r["action"],
                    "name": r["name"], "note": r["note"] if isinstance(r["note"], str) else None,
                    "correction": corr.get("input") if isinstance(corr, dict) else None,
                    "created_at": r["created_at"].isoformat() if hasattr(r["created_at"], "isoformat") else str(r["created_at"])})
    return out


def review_gold(store) -> list[dict[str, Any]]:
    """Gold records (docs/evaluation.md) from the reviewed sentences.

    A record is a sentence with at least one reviewed event. Its events are the ones the
    analysts confirmed or corrected, as corrected, plus the sentence's unreviewed events as
    coded, so that a partly reviewed sentence is not scored as if the coder had invented
    them. Such a record is tagged ``partial``. Rejected events are left out: the gold says they
    are not there. Headlines are left out: alone, a headline reads as a title with no article."""
    reviewed = store.events(include_rejected=True)
    if "review" not in reviewed.columns:
        return []
    touched = reviewed[reviewed.review.notna()][["article_id", "sentence_index"]].drop_duplicates()
    out = []
    for art_id, idx in touched.itertuples(index=False):
        rows = reviewed[(reviewed.article_id == art_id) & (reviewed.sentence_index == idx)]
        events, partial = [], False
        for r in rows.to_dict("records"):
            status = r.get("review")
            if status == "rejected":
                continue
            partial = partial or not isinstance(status, str)
            ev = {"source": _code(r["source_code"]), "target": _code(r["target_code"]),
                  "plover": r["plover_type"] if isinstance(r["plover_type"], str) else None,
                  "cameo": r["cameo"], "modality": r["modality"]}
            if isinstance(r.get("location_country"), str) and r["location_country"] in countries():
                ev["location"] = r["location_country"]
            if isinstance(r.get("date"), str) and DATE_PATTERN.match(r["date"]):
                ev["date"] = r["date"]
            events.append(ev)
        first = rows.iloc[0]
        if isinstance(first["title"], str) and first["title"].strip() == first["quote"].strip():
            continue    # a headline alone reads as a title with no article under it: it cannot be scored
        published = first["published"] if isinstance(first["published"], str) else None
        rec = {"id": f"review-{art_id}-{int(idx)}", "text": first["quote"],
               "published": (published or "")[:10] or None, "tags": ["review"] + (["partial"] if partial else []),
               "events": events}
        out.append(rec)
    return out


def _code(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def write_review_gold(store, out: IO[str]) -> int:
    records = review_gold(store)
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)
