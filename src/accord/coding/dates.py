"""An event's date, from the DATE entities of its clause, resolved against the publication date.

dateparser's ``search_dates`` invents dates from "may" and "march", so only spaCy DATE entities
are parsed, each on its own.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

_VAGUE = re.compile(r"^(recent|recently|now|currently|the past|past|decades?|years?|months?|weeks?|days?|"
                    r"the (coming|next|last|past) (few )?(years|decades|months))$", re.IGNORECASE)
_WEEKDAYS = {d: n for n, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_PERIOD = {"day": "day", "week": "day", "time": "day", "month": "month", "year": "year"}



def parse_published(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")[:25]).replace(tzinfo=None)
    except ValueError:
        try:
            return datetime.strptime(published.strip()[:10], "%Y-%m-%d")
        except ValueError:
            return None


def resolve(text: str, published: datetime | None, *, prefer: str = "current_period") -> tuple[str | None, str]:
    """(ISO date, precision) for a DATE phrase, or (None, 'none')."""
    text = text.strip()
    text = re.sub(r"^(on|in|since|by|from|until|the)\s+", "", text, flags=re.IGNORECASE)
    if not text or _VAGUE.match(text) or len(text) > 40:
        return None, "none"
    day = _WEEKDAYS.get(text.lower())
    if day is not None and published is not None:
        # the nearest such day on the side of publication the tense points to (today included)
        back = (published.weekday() - day) % 7
        ahead = (day - published.weekday()) % 7
        d = published + timedelta(days=ahead) if prefer == "future" else published - timedelta(days=back)
        return d.strftime("%Y-%m-%d"), "day"
    settings = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = published
    try:
        import dateparser

        data = dateparser.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:   # dateparser raises assorted errors on odd strings
        return None, "none"
    if data is None or data.date_obj is None:
        return None, "none"
    precision = _PERIOD.get(data.period or "day", "day")
    if re.fullmatch(r"\d{4}", text):
        precision = "year"
    d = data.date_obj
    iso = d.strftime("%Y-%m-%d") if precision == "day" else d.strftime("%Y-%m") if precision == "month" else d.strftime("%Y")
    return iso, precision
