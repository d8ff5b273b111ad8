"""Fit accord's confidence model on the tuning part of the gold set.

    .venv/bin/python tools/calibrate.py [--gold tests/gold/tune] [--out src/accord/coding/data/confidence.csv]

Codes every tuning record, marks each coded event right or wrong (its source country, target
country and PLOVER type match a gold event of the record, as `accord eval` matches them), and
fits a logistic model on the features `accord.coding.confidence.features` gives each event.
Only the tuning part is read; the held-out part stays unseen. Run it after changing the coder.
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from accord.config import load_settings
from accord.evaluate.gold import read_gold
from accord.evaluate.score import _match, from_gold, from_system
from accord.records import Failure, RawDocument
from accord.run import pipeline


def labelled(gold_dir: Path) -> list[tuple[list[str], int]]:
    records = read_gold([gold_dir])
    docs = [RawDocument(origin=r.id, kind="text", content=r.text, title=r.title, published=r.published, doc_id=r.id)
            for r in records]
    by_id = {r.id: r for r in records}
    out = []
    for item in pipeline(load_settings()).code(docs):
        if isinstance(item, Failure):
            continue
        gold = [from_gold(g) for g in by_id[item.article.origin].events if g.plover]
        seen = set()
        for e in item.events:
            ev = from_system(e)
            if ev.plover is None or ev.key("country") in seen:
                continue
            seen.add(ev.key("country"))
            out.append((e.extra["features"], int(any(_match(g, ev, "country") for g in gold))))
    return out


def fit(rows: list[tuple[list[str], int]], l2: float = 1.0, steps: int = 3000, rate: float = 0.1) -> dict[str, float]:
    """Logistic regression by gradient descent, L2-penalised towards 0 (the bias is not penalised)."""
    names = sorted({f for feats, _ in rows for f in feats})
    w = {f: 0.0 for f in names}
    prior = sum(y for _, y in rows) / len(rows)
    b = math.log(prior / (1 - prior))
    n = len(rows)
    for _ in range(steps):
        gb, gw = 0.0, dict.fromkeys(names, 0.0)
        for feats, y in rows:
            p = 1 / (1 + math.exp(-(b + sum(w[f] for f in feats))))
            gb += p - y
            for f in feats:
                gw[f] += p - y
        b -= rate * gb / n
        for f in names:
            w[f] -= rate * (gw[f] + l2 * w[f]) / n
    return {"bias": b, **w}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold" / "tune"))
    ap.add_argument("--out", default=str(ROOT / "src" / "accord" / "coding" / "data" / "confidence.csv"))
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        out.unlink()           # calibrate the coder, not the coder with the old weights
    rows = labelled(Path(args.gold))
    weights = fit(rows)
    right = sum(y for _, y in rows)
    counts = Counter(f for feats, _ in rows for f in feats)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# accord's confidence model: logistic weights over how an event was found.\n")
        f.write(f"# Fitted by tools/calibrate.py on {Path(args.gold).relative_to(ROOT) if Path(args.gold).is_absolute() else args.gold}"
                f" ({len(rows)} coded events, {right} right) on {date.today().isoformat()}; refit after changing the coder.\n")
        f.write("feature,weight,events\n")
        f.writelines(f"{name},{value:.4f},{counts.get(name, len(rows))}\n" for name, value in weights.items())
    print(f"{len(rows)} events, {right} right ({right / len(rows):.2f}); wrote {out}")


if __name__ == "__main__":
    main()
