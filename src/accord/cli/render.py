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
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=None, transient=False) as bar:
        task = bar.add_task("coding", total=total)
        yield lambda item: bar.advance(task)
