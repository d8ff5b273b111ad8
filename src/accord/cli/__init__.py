"""The command line: thin commands over the library. Exit codes: 0 clean, 1 some inputs
failed, 2 nearly all failed or bad usage."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from .. import __version__
from ..config import DEFAULT_DB, load_settings, with_overrides
from ..errors import AccordError, UsageError
from ..formats import EXPORT_FORMATS, FORMATS, check_format
from ..records import EventRecord, Failure
from ..analyse.common import LEVELS, MODALITIES, PERIODS
from .render import FRAME_FORMATS, print_events, print_summary, progress_for, write_events, write_frame


def _date(value: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value[:10]).isoformat() if len(value) >= 10 else value
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}; expected YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="accord", description="News articles in, geopolitical event data out (CAMEO and PLOVER).")
    p.add_argument("--version", action="version", version=f"accord {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sp, *, db=True):
        if db:
            sp.add_argument("--db", help=f"the DuckDB store (default: $ACCORD_DB or {DEFAULT_DB})")
        sp.add_argument("--actors", action="append", metavar="CSV", help="an extra actor dictionary, layered over the shipped one")
        sp.add_argument("--agents", action="append", metavar="CSV", help="an extra agents (titles) file, layered over the shipped one")

    c = sub.add_parser("code", help="code articles and print their events (nothing is stored)")
    c.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .jsonl files, directories, - for standard input, or http(s) URLs")
    c.add_argument("--published", type=_date, help="publication date for inputs that carry none (YYYY-MM-DD)")
    c.add_argument("--format", default=None, help=f"one of: {', '.join(FORMATS)} (default: table on a terminal, else jsonl)")
    c.add_argument("--min-confidence", type=float, default=None, help="drop events below this confidence")
    common(c, db=False)

    i = sub.add_parser("ingest", help="code articles and store them")
    i.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, - for standard input, or http(s) URLs")
    i.add_argument("--published", type=_date)
    i.add_argument("--quiet", action="store_true", help="no progress bar and no event listing")
    i.add_argument("--show", action="store_true", help="print the coded events after the summary")
    i.add_argument("--workers", type=int, help="coding processes (default: one per core; 1: in this process)")
    i.add_argument("--engine", choices=("local", "dask"), help="local worker processes (default) or a Dask cluster")
    i.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="the Dask scheduler to use (default: a LocalCluster on this machine)")
    common(i)

    w = sub.add_parser("watch", help="follow RSS/Atom feeds: fetch new pages, code and store them, cycle after cycle")
    w.add_argument("feeds_file", nargs="?", metavar="FEEDS_FILE",
                   help="feed URLs, one per line, or an OPML export (default: feeds in the settings)")
    w.add_argument("--interval", metavar="DURATION", help="time between polls: 90s, 15m, 1h (default: 15m)")
    w.add_argument("--once", action="store_true", help="run one cycle and exit")
    common(w)

    e = sub.add_parser("events", help="query stored events")
    e.add_argument("--actor", help="actor code or prefix (PRKGOV, PRK)")
    e.add_argument("--country", help="ISO3 country of source or target")
    e.add_argument("--type", help="PLOVER type (CONSULT, SANCTION, ...)")
    e.add_argument("--cameo", help="CAMEO code or root (04, 163)")
    e.add_argument("--since", type=_date)
    e.add_argument("--until", type=_date)
    e.add_argument("--text", help="words the quote must contain")
    e.add_argument("--limit", type=int)
    e.add_argument("--format", default=None, help=f"one of: {', '.join(FORMATS)}")
    common(e)

    x = sub.add_parser("export", help="write every stored event (or, with --reviews, the analysts' reviews) to a file")
    x.add_argument("--format", help=f"one of: {', '.join(EXPORT_FORMATS)} (not with --reviews)")
    x.add_argument("--out", required=True, help="output file")
    x.add_argument("--reviews", action="store_true",
                   help="write the reviewed sentences as a gold file that accord eval reads (docs/review.md)")
    common(x)

    sv = sub.add_parser("serve", help="the dashboard and the HTTP API over the store (http://127.0.0.1:8000)")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--token", help="the write token for POST requests (default: $ACCORD_TOKEN, else one is generated "
                                    "and printed)")
    sv.add_argument("--protect-reads", action="store_true", help="reads need the token too")
    sv.add_argument("--watch", metavar="FEEDS_FILE",
                    help="also follow these feeds into the store while serving (as accord watch does)")
    sv.add_argument("--interval", metavar="DURATION", help="with --watch: time between polls (default: 15m)")
    sv.add_argument("--cors-origin", action="append", metavar="ORIGIN",
                    help="allow pages from this origin to call the API (repeatable; default: CORS off)")
    common(sv)

    r = sub.add_parser("review", help="confirm, reject or correct a stored event, with a note")
    r.add_argument("event_id", metavar="EVENT_ID")
    r.add_argument("--action", required=True, choices=("confirm", "reject", "correct"))
    r.add_argument("--name", required=True, help="your name (shown with the review)")
    r.add_argument("--email", required=True, help="your email (stored, never shown)")
    r.add_argument("--note", help="why")
    for fld, what in (("type", "PLOVER type"), ("cameo", "CAMEO code"), ("source", "actor code"),
                      ("target", "actor code ('' clears it)"), ("location", "ISO3 country"), ("date", "YYYY[-MM[-DD]]")):
        r.add_argument(f"--{fld}", help=f"correct the {fld}: a {what} (with --action correct)")
    common(r)

    v = sub.add_parser("eval", help="score the coder against gold files (see docs/evaluation.md)")
    v.add_argument("paths", nargs="+", metavar="GOLD", help="gold .jsonl files or directories of them")
    v.add_argument("--format", default="table", choices=("table", "json"), help="table (default) or json")
    v.add_argument("--by", default="type", choices=("type", "root", "country", "tag"), help="the breakdown table")
    v.add_argument("--out", metavar="JSON", help="also write the full report as JSON to this file")
    v.add_argument("--errors", type=int, default=0, metavar="N", help="list the missed and spurious events of N records")
    v.add_argument("--baseline", metavar="JSON", help="fail (exit 1) when a pinned figure falls below its pin")
    v.add_argument("--write-baseline", metavar="JSON", help="pin the current precision, recall, F1 and macro-F1")
    v.add_argument("--min-confidence", type=float, default=None, help="drop events below this confidence")
    common(v, db=False)

    def frame_out(sp):
        """The output options every analysis command shares."""
        sp.add_argument("--format", default=None, choices=FRAME_FORMATS,
                        help="table (default on a terminal), csv, jsonl (default otherwise) or json")
        sp.add_argument("--out", metavar="FILE", help="write to this file instead of standard output")
        sp.add_argument("--min-confidence", type=float, default=None, help="count only events at or above this confidence")
        sp.add_argument("--modality", action="append", choices=MODALITIES,
                        help="count events of this modality (repeatable; default: asserted)")
        common(sp)

    def window(sp):
        sp.add_argument("--since", type=_date, help="first day (YYYY-MM-DD)")
        sp.add_argument("--until", type=_date, help="last day (YYYY-MM-DD)")

    level_help = "country (default) or code: count actors by country or by full actor code"
    dy = sub.add_parser("dyad", help="what two actors did to each other, period by period")
    dy.add_argument("a", metavar="A", help="a country (PRK) or actor code (PRKGOV)")
    dy.add_argument("b", metavar="B")
    dy.add_argument("--by", default="month", choices=PERIODS)
    dy.add_argument("--direction", default="both", choices=("both", "split", "a>b", "b>a"),
                    help="both directions summed (default), split into rows, or one direction")
    window(dy)
    frame_out(dy)

    al = sub.add_parser("align", help="chance-corrected alignment of A with each B (docs/analysis.md)")
    al.add_argument("a", metavar="A")
    al.add_argument("b", nargs="+", metavar="B")
    al.add_argument("--by", choices=PERIODS, help="one score per period instead of one for the window")
    al.add_argument("--evidence", action="store_true", help="list the items and events behind the score of A and the first B")
    al.add_argument("--level", default="country", choices=LEVELS, help=level_help)
    window(al)
    frame_out(al)

    nw = sub.add_parser("network", help="the actor network of a window: pairs with cooperation, conflict and Goldstein")
    nw.add_argument("--level", default="country", choices=LEVELS, help=level_help)
    nw.add_argument("--min-events", type=int, default=1, help="leave out pairs with fewer events")
    window(nw)
    frame_out(nw)

    bl = sub.add_parser("blocs", help="blocs: communities of the cooperation network, labels stable across periods")
    bl.add_argument("--by", choices=PERIODS, help="one set of blocs per period")
    bl.add_argument("--level", default="country", choices=LEVELS, help=level_help)
    bl.add_argument("--resolution", type=float, default=1.0, help="Louvain resolution: higher gives smaller blocs")
    window(bl)
    frame_out(bl)

    sh = sub.add_parser("shifts", help="the dyads whose relationship changed most between two windows")
    sh.add_argument("--before", required=True, metavar="START..END")
    sh.add_argument("--after", required=True, metavar="START..END")
    sh.add_argument("--level", default="country", choices=LEVELS, help=level_help)
    sh.add_argument("--min-events", type=int, default=2)
    sh.add_argument("--top", type=int, default=20)
    frame_out(sh)

    tg = sub.add_parser("together", help="who appeared together at the same occasion (summits, parades, talks)")
    tg.add_argument("--actor", help="only occasions this actor took part in")
    tg.add_argument("--place", help="only occasions at this place (a city or an ISO3 country)")
    tg.add_argument("--pairs", action="store_true", help="count shared occasions per pair of participants")
    tg.add_argument("--min-size", type=int, default=3, help="leave out occasions with fewer participants")
    tg.add_argument("--level", default="country", choices=LEVELS, help=level_help)
    window(tg)
    frame_out(tg)

    d = sub.add_parser("dict", help="dictionaries: import PETRARCH/TABARI files into accord's CSV format")
    dsub = d.add_subparsers(dest="dict_command", required=True, metavar="ACTION")
    di = dsub.add_parser("import", help="convert PETRARCH/TABARI actor and agent dictionaries (docs/dictionaries.md)")
    di.add_argument("paths", nargs="+", metavar="FILE", help="PETRARCH/TABARI .txt dictionary files")
    di.add_argument("--out", required=True, metavar="CSV", help="the actor dictionary to write (accord's actors.csv format)")
    di.add_argument("--agents-out", metavar="CSV", help="where agent entries go (default: next to --out, *.agents.csv)")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 2 if exc.code not in (0, None) else 0
    try:
        actors, agents = getattr(args, "actors", None), getattr(args, "agents", None)
        settings = load_settings(db=getattr(args, "db", None), actors=tuple(actors) if actors else None,
                                 agents=tuple(agents) if agents else None,
                                 min_confidence=getattr(args, "min_confidence", None),
                                 workers=getattr(args, "workers", None), engine=getattr(args, "engine", None),
                                 scheduler=getattr(args, "scheduler", None),
                                 interval=getattr(args, "interval", None))
        return COMMANDS[args.command](args, settings)
    except UsageError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        return 2
    except AccordError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("accord: interrupted", file=sys.stderr)
        return 130


def _out_format(fmt: str | None) -> str:
    return check_format(fmt or ("table" if sys.stdout.isatty() else "jsonl"))


def cmd_code(args, settings) -> int:
    from ..run import RunSummary, code_paths

    fmt = _out_format(args.format)
    summary = RunSummary()
    events: list[EventRecord] = []

    def stream() -> Iterable[EventRecord]:
        for item in code_paths(args.paths, settings, published=args.published):
            if isinstance(item, Failure):
                summary.failures.append(item)
                print(f"accord: {item.stage}: {item.message}", file=sys.stderr)
                continue
            summary.articles += 1
            summary.events += len(item.events)
            yield from item.events

    if fmt == "table":
        events = list(stream())
        print_events(events)
    else:
        write_events(stream(), fmt, sys.stdout)
    if summary.failures:
        print(f"accord: {len(summary.failures)} of {summary.inputs} inputs failed", file=sys.stderr)
    return summary.exit_code(settings.nearly_all)


def cmd_ingest(args, settings) -> int:
    from ..api import ingest
    from ..ingest import count_inputs

    show = sys.stderr.isatty() and not args.quiet
    with progress_for(count_inputs(args.paths), enabled=show) as tick:
        summary = ingest(args.paths, published=args.published, settings=settings, progress=tick)
    print_summary(summary, settings.db)
    if args.show and not args.quiet:
        from ..store import Store

        with Store(settings.db, read_only=False) as store:
            print_events(store.event_records())
    return summary.exit_code(settings.nearly_all)


def cmd_watch(args, settings) -> int:
    import signal

    from ..watch import Watcher, read_feeds_file

    feeds = read_feeds_file(args.feeds_file) if args.feeds_file else list(settings.feeds)
    stop = []

    def on_signal(signum, _frame):
        stop.append(signum)
        print("accord: stopping after the current page", file=sys.stderr, flush=True)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    failed = [0]

    def on_cycle(report) -> None:
        print(report.line(), flush=True)
        for url, reason, message in report.feed_failures + report.failures:
            print(f"  {reason}: {message}", file=sys.stderr, flush=True)
        failed[0] = len(report.feed_failures)
    print(f"accord: watching {len(feeds)} feeds into {settings.db}"
          + ("" if args.once else f", every {settings.interval:g} s (Ctrl-C stops)"), file=sys.stderr, flush=True)
    with Watcher(feeds, settings) as watcher:
        watcher.run(once=args.once, on_cycle=on_cycle, should_stop=lambda: bool(stop))
    return 1 if args.once and failed[0] else 0


def cmd_events(args, settings) -> int:
    from ..store import Store

    fmt = _out_format(args.format)
    with Store(settings.db) as store:
        records = store.event_records(actor=args.actor, country=args.country, type=args.type, cameo=args.cameo,
                                      since=args.since, until=args.until, text=args.text, limit=args.limit)
    if fmt == "table":
        print_events(records)
    else:
        write_events(records, fmt, sys.stdout)
    return 0


def cmd_export(args, settings) -> int:
    from ..store import Store

    if args.reviews:
        from ..review import write_review_gold

        if args.format:
            raise UsageError("--reviews writes a gold file (JSON lines); leave out --format")
        with Store(settings.db) as store, open(args.out, "w", encoding="utf-8") as f:
            n = write_review_gold(store, f)
        print(f"wrote {n} reviewed sentences to {args.out} (gold; score with: accord eval {args.out})", file=sys.stderr)
        return 0
    if not args.format:
        raise UsageError(f"--format is required; one of: {', '.join(EXPORT_FORMATS)}")
    fmt = check_format(args.format, EXPORT_FORMATS)
    with Store(settings.db) as store:
        if fmt == "parquet":
            frame = store.events()
            frame.to_parquet(args.out, index=False)
            n = len(frame)
        else:
            records = store.event_records(counts=fmt == "gdelt")
            with open(args.out, "w", encoding="utf-8", newline="") as f:
                n = write_events(records, fmt, f)
    print(f"wrote {n} events to {args.out} ({fmt})", file=sys.stderr)
    return 0


def cmd_serve(args, settings) -> int:
    from pathlib import Path

    from ..serve import serve

    if not 0 < args.port < 65536:
        raise UsageError(f"port {args.port} is not between 1 and 65535")
    vendor = Path(__file__).resolve().parent.parent / "serve" / "static" / "vendor" / "chart.umd.min.js"
    if not vendor.is_file():
        print("accord: the dashboard's chart libraries are not installed (make assets); the API works without them",
              file=sys.stderr)
    if args.token:
        settings = with_overrides(settings, token=args.token)
    if args.cors_origin:
        settings = with_overrides(settings, cors_origins=tuple(args.cors_origin))
    if args.protect_reads:
        settings = with_overrides(settings, protect_reads=True)
    base = f"http://{args.host}:{args.port}/"

    def announce(token: str) -> None:
        print(f"accord: serving {settings.db} on {base} (API: /docs, /openapi.json)", file=sys.stderr)
        if args.watch:
            print(f"accord: following the feeds of {args.watch} every {settings.interval:g} s", file=sys.stderr)
        where = "as given" if settings.token else "generated for this run; set one with --token or ACCORD_TOKEN"
        print(f"accord: write token ({where}): {token}\n"
              f"accord: open {base}#token={token} to review events in the dashboard"
              + ("; reads need the token too" if settings.protect_reads else ""), file=sys.stderr, flush=True)
    feeds = None
    if args.watch:
        import logging

        from ..watch import read_feeds_file

        feeds = read_feeds_file(args.watch)
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log = logging.getLogger("accord.watch")
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    serve(settings.db, host=args.host, port=args.port, settings=settings, announce=announce, watch=feeds)
    return 0


def cmd_review(args, settings) -> int:
    from ..review import add_review
    from ..store import Store

    correction = {k: getattr(args, k) for k in ("type", "cameo", "source", "target", "location", "date")
                  if getattr(args, k) is not None}
    with Store(settings.db) as store:
        review = add_review(store, args.event_id, action=args.action, name=args.name, email=args.email,
                            note=args.note, correction=correction or None)
    print(f"review {review['review_id']}: {review['action']} event {args.event_id}", file=sys.stderr)
    return 0


def cmd_eval(args, settings) -> int:
    import json

    from ..evaluate import check_baseline, evaluate, read_gold
    from .render import print_report

    records = read_gold(args.paths)
    show = sys.stderr.isatty() and args.format == "table"
    with progress_for(len(records), enabled=show) as tick:
        report = evaluate(records, settings=settings, progress=tick)
    rep = report.to_dict(details=bool(args.errors) or args.format == "json" or bool(args.out))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(rep, f, indent=1)
    if args.format == "json":
        json.dump(rep, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        print_report(rep, args.by, errors=args.errors)
    if args.write_baseline:
        with open(args.write_baseline, "w", encoding="utf-8") as f:
            json.dump({"gold": args.paths, "pins": report.headline()}, f, indent=1)
            f.write("\n")
        print(f"pinned {report.headline()} in {args.write_baseline}", file=sys.stderr)
    status = 1 if rep["failures"] or rep["invalid"]["count"] else 0
    if args.baseline:
        drops = check_baseline(report, args.baseline)
        for d in drops:
            print(f"accord: quality gate: {d} (pinned in {args.baseline})", file=sys.stderr)
        if drops:
            return 1
        print(f"quality gate passed: {report.headline()} against {args.baseline}", file=sys.stderr)
    return status


def cmd_dict(args, settings) -> int:
    from pathlib import Path

    from ..coding.petrarch import read_petrarch, write_dictionary

    actors, agents, skipped = [], [], []
    for path in args.paths:
        if not Path(path).is_file():
            raise UsageError(f"dictionary file {path!r} does not exist")
        got = read_petrarch(path)
        actors += got.actors
        agents += got.agents
        skipped += got.skipped
    out = Path(args.out)
    write_dictionary(out, actors, "actors")
    print(f"wrote {len(actors)} actor rows ({len({r['name'] for r in actors if r['kind'] == 'person'})} people) to {out}",
          file=sys.stderr)
    if agents:
        agents_out = Path(args.agents_out) if args.agents_out else out.with_suffix(".agents.csv")
        write_dictionary(agents_out, agents, "agents")
        print(f"wrote {len(agents)} agent rows to {agents_out}", file=sys.stderr)
    for line in skipped[:20]:
        print(f"skipped {line}", file=sys.stderr)
    if len(skipped) > 20:
        print(f"... and {len(skipped) - 20} more skipped lines", file=sys.stderr)
    if not actors and not agents:
        print("accord: no dictionary entries found: is this a PETRARCH/TABARI dictionary?", file=sys.stderr)
        return 1
    print(f"use it with: accord code --actors {out}" + (f" --agents {agents_out}" if agents else "") + " ...",
          file=sys.stderr)
    return 0


def _analysis(args, settings, compute, title: str) -> int:
    """Run one analysis function on the store and write its frame with the shared options."""
    from pathlib import Path

    from ..store import Store

    if not Path(settings.db).is_file():
        raise UsageError(f"store {settings.db!r} does not exist; ingest articles first (accord ingest PATH --db {settings.db})")
    opts = {"modalities": tuple(args.modality) if args.modality else ("asserted",),
            "min_confidence": args.min_confidence or 0.0}
    with Store(settings.db, read_only=True) as store:
        frame = compute(store, opts)
    fmt = args.format or ("table" if (args.out is None and sys.stdout.isatty()) else "jsonl")
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            n = write_frame(frame, fmt, f, title=title)
        print(f"wrote {n} rows to {args.out} ({fmt})", file=sys.stderr)
    else:
        write_frame(frame, fmt, sys.stdout, title=title)
    return 0


def cmd_dyad(args, settings) -> int:
    from ..analyse import dyad

    return _analysis(args, settings, lambda s, o: dyad(s, args.a, args.b, by=args.by, direction=args.direction,
                                                         since=args.since, until=args.until, **o),
                     f"{args.a.upper()} and {args.b.upper()} by {args.by}")


def cmd_align(args, settings) -> int:
    from ..analyse import alignment, alignment_items

    if args.evidence:
        return _analysis(args, settings, lambda s, o: alignment_items(s, args.a, args.b[0], since=args.since,
                                                                        until=args.until, level=args.level, **o),
                         f"what the alignment of {args.a.upper()} and {args.b[0].upper()} rests on")
    return _analysis(args, settings, lambda s, o: alignment(s, args.a, args.b, by=args.by, since=args.since,
                                                              until=args.until, level=args.level, **o),
                     f"alignment of {args.a.upper()}")


def cmd_network(args, settings) -> int:
    from ..analyse import network

    return _analysis(args, settings, lambda s, o: network(s, since=args.since, until=args.until, level=args.level,
                                                            min_events=args.min_events, **o), "actor network")


def cmd_blocs(args, settings) -> int:
    from ..analyse import blocs

    return _analysis(args, settings, lambda s, o: blocs(s, since=args.since, until=args.until, by=args.by,
                                                          level=args.level, resolution=args.resolution, **o), "blocs")


def cmd_shifts(args, settings) -> int:
    from ..analyse import shifts

    return _analysis(args, settings, lambda s, o: shifts(s, args.before, args.after, level=args.level,
                                                           min_events=args.min_events, top=args.top, **o),
                     f"shifts from {args.before} to {args.after}")


def cmd_together(args, settings) -> int:
    from ..analyse import coparticipation

    def compute(s, o):
        if not args.modality:
            o["modalities"] = ("asserted", "future")
        return coparticipation(s, actor=args.actor, place=args.place, since=args.since, until=args.until,
                               level=args.level, min_size=args.min_size, pairs=args.pairs, **o)

    return _analysis(args, settings, compute, "together at the same occasion")


COMMANDS = {"dyad": cmd_dyad, "align": cmd_align, "network": cmd_network, "blocs": cmd_blocs,
            "shifts": cmd_shifts, "together": cmd_together, "review": cmd_review, "serve": cmd_serve, "dict": cmd_dict, "eval": cmd_eval, "code": cmd_code, "ingest": cmd_ingest, "watch": cmd_watch,
            "events": cmd_events, "export": cmd_export}
