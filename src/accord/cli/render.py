"""Terminal output: the events table, the run summary, the progress bar."""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from typing import IO

from ..formats import write
from ..records import EventRecord


def _actor(a) -> str:
    return "" if a is None else (a.code or "?")


def print_events(events: list[EventRecord], out: IO[str] | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out or sys.stdout, width=None if (out or sys.stdout).isatty() else 160)
    table = Table(show_lines=False, header_style="bold")
    for col in ("date", "source", "event", "target", "modality", "where", "quote"):
        table.add_column(col, overflow="fold", max_width=60 if col == "quote" else None)
    for e in events:
        ptype = e.plover.get("type") or "-"
        day = e.date or (f"({e.published[:10]})" if e.published else "")
        where = e.location.name if e.location else ""
        quote = e.quote if len(e.quote) <= 120 else e.quote[:117] + "..."
        table.add_row(day, _actor(e.source), f"{e.cameo} {ptype}", _actor(e.target), e.modality, where, quote)
    console.print(table)
    console.print(f"{len(events)} events")


def write_events(events: Iterable[EventRecord], fmt: str, out: IO[str]) -> int:
    return write(events, fmt, out)


def print_summary(summary, db: str) -> None:
    err = sys.stderr
    print(f"ingested {summary.articles} articles ({summary.unchanged} already stored), "
          f"{summary.events} events, {len(summary.failures)} failed -> {db}", file=err)
    for f in summary.failures:
        print(f"  failed at {f.stage}: {f.message}", file=err)
    code = summary.exit_code()
    if code == 2:
        print("nearly every input failed: check the paths and formats, or the installation", file=err)


@contextlib.contextmanager
def progress_for(total: int | None, *, enabled: bool):
    """A progress callback; a rich progress bar on a terminal, nothing otherwise."""
    if not enabled:
        yield lambda item: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=None, transient=False) as bar:
        task = bar.add_task("coding", total=total)
        yield lambda item: bar.advance(task)


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f}"


def print_report(rep: dict, by: str, out: IO[str] | None = None, errors: int = 0) -> None:
    """The evaluation report as terminal tables (``rep`` is Report.to_dict())."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    stream = out or sys.stdout
    console = Console(file=stream, width=None if stream.isatty() else 120)
    failed = f", {len(rep['failures'])} failed to code" if rep["failures"] else ""
    console.print(f"{rep['records']} gold records ({rep['sentences']} sentences, {rep['articles']} articles){failed}")
    t = Table(title="events matched on", header_style="bold")
    for col in ("key", "precision", "recall", "F1", "gold", "system"):
        t.add_column(col, justify="left" if col == "key" else "right")
    names = {"country": "source country, target country, PLOVER type", "sector": "source code, target code, PLOVER type",
             "root": "source country, target country, CAMEO root"}
    for lv, v in rep["events"].items():
        t.add_row(names[lv], _pct(v["precision"]), _pct(v["recall"]), _pct(v["f1"]), str(v["gold"]), str(v["system"]))
    console.print(t)
    m = Table(title="other measures", header_style="bold")
    m.add_column("measure")
    m.add_column("value", justify="right")
    m.add_column("over", justify="right")
    m.add_row("PLOVER type macro-F1", _pct(rep["macro_f1"]), f"{len(rep['by_type'])} types")
    for key, label in (("quad_class", "QuadClass accuracy (same dyad)"), ("source_country", "source country accuracy (same type)"),
                       ("target_country", "target country accuracy (same type)"), ("modality", "modality accuracy (matched)"),
                       ("location", "location country accuracy (matched)"), ("date", "date accuracy (matched)"),
                       ("eventless", "event-less records with no event")):
        v = rep[key]
        m.add_row(label, _pct(v["accuracy"]), str(v["total"]))
    m.add_row("invalid codes in the output", str(rep["invalid"]["count"]), "")
    console.print(m)
    table = {"type": "by_type", "root": "by_root", "country": "by_country", "tag": "by_tag"}[by]
    b = Table(title=f"by {by}", header_style="bold")
    for col in (by, "precision", "recall", "F1", "gold", "system"):
        b.add_column(col, justify="left" if col == by else "right")
    for k, v in rep[table].items():
        if by == "tag" and not v["gold"] and not v["system"]:
            continue        # a tag of event-less records: see the table below
        b.add_row(k, _pct(v["precision"]), _pct(v["recall"]), _pct(v["f1"]), str(v["gold"]), str(v["system"]))
    console.print(b)
    if by == "tag" and rep["eventless_by_tag"]:
        n = Table(title="event-less records with no event, by tag", header_style="bold")
        for col in ("tag", "no event", "records"):
            n.add_column(col, justify="left" if col == "tag" else "right")
        for k, v in rep["eventless_by_tag"].items():
            n.add_row(k, _pct(v["accuracy"]), str(v["total"]))
        console.print(n)
    if by == "type":
        labels = sorted({c["gold"] for c in rep["confusion"]} | {c["system"] for c in rep["confusion"]})
        cells = {(c["gold"], c["system"]): c["n"] for c in rep["confusion"]}
        c = Table(title="confusion of types on the same dyad (rows gold, columns coder; none: no event)",
                  header_style="bold", padding=(0, 0))
        c.add_column("gold \\ coder", no_wrap=True)
        for lab in labels:
            c.add_column(lab.strip("()")[:4], justify="right", no_wrap=True, min_width=4)
        for g in labels:
            c.add_row(g.strip("()"), *[str(cells.get((g, s), "")) for s in labels])
        Console(file=stream, width=None if stream.isatty() else 160).print(c)
    for f in rep["failures"]:
        console.print(f"failed: {escape(f)}")
    for ex in rep["invalid"]["examples"]:
        console.print(f"invalid: {escape(ex)}")
    for e in rep.get("errors", [])[:errors]:
        console.print(f"[bold]{escape(e['id'])}[/bold] {escape(e['origin'])}")
        for x in e["missed"]:
            console.print(f"  missed   {escape(x)}")
        for x in e["spurious"]:
            console.print(f"  spurious {escape(x)}")


FRAME_FORMATS = ("table", "csv", "jsonl", "json")


def _cell(v) -> str:
    import math

    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    if isinstance(v, (list, tuple)):
        return ", ".join(str(x) for x in v)
    return str(v)


def write_frame(frame, fmt: str, out: IO[str], *, title: str | None = None) -> int:
    """An analysis frame as a table (rich), CSV, JSON lines or one JSON array; the row count."""
    import csv
    import json

    from ..formats import json_safe

    records = [{k: json_safe(v) for k, v in row.items()} for row in frame.to_dict("records")]
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        console = Console(file=out, width=None if out.isatty() else 160)
        table = Table(title=title, header_style="bold")
        for col in frame.columns:
            table.add_column(str(col), overflow="fold", max_width=60)
        for r in records:
            table.add_row(*(_cell(r[c]) for c in frame.columns))
        console.print(table)
        console.print(f"{len(records)} rows")
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(list(frame.columns))
        for r in records:
            w.writerow(["|".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v) for v in r.values()])
    elif fmt == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return len(records)
