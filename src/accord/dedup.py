"""Counting events, not reports.

Two things make one real-world event look like many in news data:

- **Copies of one report.** Wire stories are republished by many outlets and updated in place.
  Articles are compared by MinHash over word 5-shingles (128 hash functions). Locality-sensitive
  hashing (16 bands of 8 rows, kept in the store) proposes candidates, and an article whose
  estimated Jaccard similarity with an earlier one is at least ``NEAR_DUPLICATE`` (0.8) is linked
  to it as a near-duplicate. Only the ``CANDIDATES`` stored articles sharing most bands with a new
  one are compared, so a story copied a thousand times costs no more than one copied ten times.
  Copies and updates appear within days of each other: only articles published at most
  ``COPY_DAYS`` apart (or either without a publication day) are compared, so the cost of storing
  an article, and the writer's memory, do not grow with the store.
- **Many reports of one event.** Each coded event joins the event it repeats: the same source
  and target countries, PLOVER type and modality, on a day at most ``SAME_EVENT_DAYS`` from it.
  The day is the event's own date, else its article's publication day. Every report stays as a *mention* (its article,
  sentence and quote), and the event counts once, with NumMentions, NumSources and NumArticles
  as in GDELT.

Both are computed when articles are stored, in input order, so every engine gives the same ids.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta

import numpy as np

NUM_PERM = 128
BANDS, ROWS = 16, 8           # 16 x 8 = 128; candidates from about 0.7 Jaccard
NEAR_DUPLICATE = 0.8
CANDIDATES = 8                # stored articles compared with each new one
SAME_EVENT_DAYS = 3
COPY_DAYS = 7                 # articles published further apart are not copies of each other
SHINGLE = 5
_PRIME = (1 << 61) - 1
_rng = np.random.RandomState(20250903)      # fixed: signatures must agree across runs and machines
# h(x) = (A*lo + B*hi + C) mod P over the 20-bit halves of a 40-bit shingle hash: every product
# stays below 2^41, so the sums never overflow 64 bits.
_A = _rng.randint(1, 1 << 21, size=NUM_PERM).astype(np.uint64)[:, None]
_B = _rng.randint(1, 1 << 21, size=NUM_PERM).astype(np.uint64)[:, None]
_C = _rng.randint(0, 1 << 40, size=NUM_PERM).astype(np.uint64)[:, None]
_WORD = re.compile(r"\w+")


def _shingle_hashes(text: str) -> np.ndarray:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    return np.array([int.from_bytes(hashlib.blake2b(g.encode(), digest_size=5).digest(), "little") for g in grams],
                    dtype=np.uint64)


def minhash(text: str) -> np.ndarray:
    """The MinHash signature of a text: NUM_PERM 40-bit values."""
    h = _shingle_hashes(text)
    lo, hi = h % np.uint64(1 << 20), h >> np.uint64(20)
    sig = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    for i in range(0, len(h), 4096):
        v = (_A * lo[None, i:i + 4096] + _B * hi[None, i:i + 4096] + _C) % np.uint64(_PRIME)
        sig = np.minimum(sig, v.min(axis=1))
    return sig


def bands(sig: np.ndarray) -> list[int]:
    """One 63-bit bucket id per band."""
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append(int.from_bytes(digest, "little") >> 1)
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a == b))


def event_key(source: str | None, target: str | None, cameo: str) -> str:
    return f"{source or '-'}|{target or '-'}|{cameo}"


def event_day(date_text: str | None, published: str | None) -> date | None:
    for value in (date_text, (published or "")[:10]):
        if value and len(value) == 10:
            try:
                return date.fromisoformat(value)
            except ValueError:
                continue
    return None


def window(day: date) -> tuple[date, date]:
    return day - timedelta(days=SAME_EVENT_DAYS), day + timedelta(days=SAME_EVENT_DAYS)


def copy_window(a: date | None, b: date | None) -> bool:
    """Whether two articles with these publication days may be copies of each other."""
    return a is None or b is None or abs((a - b).days) <= COPY_DAYS
