"""The command line: ``python -m events ingest|export|stats ...`` (``--help`` on each).

In: argv. Out: an exit code; results on stdout, progress and problems on stderr.
    ingest PATH...   read files/directories, analyse (in --jobs processes), store (each article whole)
    export           the timeline events as csv, jsonl, xlsx, parquet, acled, geojson, kml or timelinejs, filtered
    stats            counts by type, actor, month and date basis
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

from events.readers import parse_column_map, parse_published, read_paths
from events.store import Filters, default_db_path, read_connection
from events.store.export import export_frame, write_parquet
from events.store.formats import BINARY_FORMATS, FORMATS, render
from events.readers.long import DEFAULT_MAX_BYTES, parse_size
from events.store.pipeline import ingest
from events.store.stats import stats

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _date(value: str):
    try:
        return parse_published(value, "date")
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _at_least_one(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)


def _byte_count(value: str) -> int:
    try:
        count = parse_size(value)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"not a byte count (like 5000000, 500K or 5M): {value!r}")
    return count


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m events", description="Conflict-event timelines from news text.")
    commands = parser.add_subparsers(dest="command", required=True)

    def with_db(sub):
        sub.add_argument("--db", type=Path, default=None,
                         help=f"DuckDB file (default: $EVENTS_DB or {default_db_path()})")
        return sub

    ingest_cmd = with_db(commands.add_parser("ingest", help="read, analyse and store articles"))
    ingest_cmd.add_argument("paths", nargs="+", metavar="PATH", help=".txt .md .html .jsonl .csv .parquet files or directories")
    ingest_cmd.add_argument("--published", type=_date, help="publication date for articles that state none (YYYY-MM-DD)")
    ingest_cmd.add_argument("--column", action="append", default=[], metavar="FIELD=COLUMN",
                            help="read FIELD (title, published, text, url, source) from COLUMN of .jsonl/.csv/.parquet "
                                 "(without it: a column of the field's name, else one named as other tools "
                                 "name it, e.g. maintext, body, date, link)")
    ingest_cmd.add_argument("--no-merge", action="store_true", help="keep every article's events apart")
    ingest_cmd.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest_cmd.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                            help="local engine: analyse in N processes, store from one (default: the number of cores)")
    ingest_cmd.add_argument("--max-bytes", type=_byte_count, default=DEFAULT_MAX_BYTES, metavar="N",
                            help="a text longer than N bytes (default 5000000, i.e. 5 MB; 500K, 5M also read) is cut at "
                                 "paragraph boundaries into parts stored as articles of their own; 0: no limit")
    ingest_cmd.add_argument("--engine", choices=("local", "dask"), default="local",
                            help="local: this machine, --jobs processes; dask: a Dask cluster (docs/scale.md)")
    ingest_cmd.add_argument("--scheduler", metavar="ADDRESS",
                            help="with --engine dask: an existing Dask scheduler (default: a local cluster)")
    ingest_cmd.add_argument("--partitions", type=int, metavar="N", help="with --engine dask: number of partitions")

    export_cmd = with_db(commands.add_parser("export", help="write the timeline events"))
    export_cmd.add_argument("--format", choices=list(FORMATS), default="csv",
                            help="; ".join(f"{f.name}: {f.about}" for f in FORMATS.values()))
    export_cmd.add_argument("--output", type=Path, help="file to write (default: stdout; required for parquet and xlsx)")
    export_cmd.add_argument("--actor", action="append", default=[], help="keep events with this actor (repeatable: any)")
    export_cmd.add_argument("--type", action="append", default=[], help="keep events of this type (repeatable: any)")
    export_cmd.add_argument("--since", type=_date, help="keep events overlapping this day or later")
    export_cmd.add_argument("--until", type=_date, help="keep events overlapping this day or earlier")
    export_cmd.add_argument("--min-sources", type=_at_least_one, default=1, metavar="N",
                            help="keep events reported by at least N articles (default 1: all)")

    with_db(commands.add_parser("stats", help="counts by type, actor, month and date basis"))
    return parser


@contextmanager
def _first_ctrl_c_stops_after_current_article():
    """Yield ``stop()``: true after a first Ctrl-C; a second Ctrl-C interrupts at once.

    A KeyboardInterrupt raised inside a DuckDB statement comes out as some other error, so the
    first Ctrl-C only sets a flag that ingest checks between articles (it then stores the batch it
    has analysed and stops).
    """
    requested = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield requested.is_set
        return

    def on_sigint(signum, frame):
        if requested.is_set():
            raise KeyboardInterrupt
        requested.set()
        print("\nstopping after the current article (Ctrl-C again to stop now)", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield requested.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def _ingest(args) -> int:
    from tqdm import tqdm

    columns = parse_column_map(args.column)
    if args.engine == "dask":
        from events.batch import ingest_with_dask

        summary = ingest_with_dask(args.paths, args.db, scheduler=args.scheduler, partitions=args.partitions,
                                   merge=not args.no_merge, published=args.published, columns=columns,
                                   progress=not args.quiet, max_bytes=args.max_bytes or None)
        print("\n".join(summary.lines()))
        return EXIT_INTERRUPTED if summary.interrupted else 0 if summary.ok else EXIT_FAILED
    if args.scheduler or args.partitions:
        raise ValueError("--scheduler and --partitions go with --engine dask")
    from events.batch import default_parquet_dir

    # the Dask engine's Parquet output sits beside the store: never read it back as input
    db_path = default_db_path(args.db)
    items = list(tqdm(read_paths(args.paths, published=args.published, columns=columns,
                                 exclude=default_parquet_dir(db_path)),
                      desc="reading", unit="article", file=sys.stderr, disable=args.quiet, leave=False))
    if args.jobs < 1:
        raise ValueError("--jobs must be at least 1")
    with _first_ctrl_c_stops_after_current_article() as stop:
        # counts articles as their batch commits: what the bar shows is stored
        bar = tqdm(total=len(items), desc="ingesting", unit="article", file=sys.stderr, disable=args.quiet)
        summary = ingest(db_path, items, merge=not args.no_merge, stop=stop, jobs=args.jobs,
                         max_bytes=args.max_bytes or None, progress=bar.update)
        bar.close()
    print("\n".join(summary.lines()))
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return 0 if summary.ok else EXIT_FAILED


def _export(args) -> int:
    if args.format in ("parquet", *BINARY_FORMATS) and args.output is None:
        raise ValueError(f"--output is required for --format {args.format}")
    filters = Filters(tuple(args.actor), tuple(args.type), args.since, args.until, args.min_sources)
    with read_connection(args.db) as con:
        if args.format == "parquet":
            rows = write_parquet(con, args.output, filters)
            print(f"{rows} events written to {args.output}", file=sys.stderr)
            return 0
        frame = export_frame(con, filters)
        rendered = render(con, frame, args.format)
    if args.output is None:
        sys.stdout.write(rendered.content)
    elif isinstance(rendered.content, bytes):
        args.output.write_bytes(rendered.content)
    else:
        args.output.write_text(rendered.content, encoding="utf-8")
        print(f"{rendered.rows} of {len(frame)} events written to {args.output} ({args.format})", file=sys.stderr)
    if rendered.left_out:
        print(f"left out of {args.format}:", file=sys.stderr)
        print("\n".join(rendered.left_out_lines()), file=sys.stderr)
    return 0


def _stats(args) -> int:
    with read_connection(args.db) as con:
        counts = stats(con)
    print(f"articles: {counts.articles}  timeline events: {counts.events}  article-level events: {counts.sources}")
    for title, pairs in (("type", counts.by_type), ("actor", counts.by_actor), ("month", counts.by_month),
                         ("date basis", counts.by_basis)):
        print(f"\nby {title}:")
        width = max((len(label) for label, _ in pairs), default=0)
        for label, count in pairs:
            print(f"  {label:<{width}}  {count:>6}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"ingest": _ingest, "export": _export, "stats": _stats}
    try:
        return handlers[args.command](args)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`... | head`): stop quietly, and keep Python's exit flush quiet too
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
