"""Ingest benchmark: articles per second into the store, and database size per 1,000 articles.

    python -m events.bench ingest [--articles 10000] [--jobs 1,N] [--db FILE] [--no-merge] [--keep]

The bundled articles (data/articles) are repeated until there are ``--articles`` of them; each copy
gets a one-line note appended ("Copy 17.") so its hash, hence its article_id, differs. Every copy is
analysed and stored like any ingest (``python -m events ingest --jobs N``: batched transactions), once
per value of ``--jobs`` (default: 1 and the number of cores), each into a new database. Prints
figures, asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from events.extract.records import Article
from events.store.bundled import bundled_articles
from events.store.pipeline import ingest


def copies(articles: list[Article], count: int) -> list[Article]:
    """``count`` distinct articles cycling through ``articles`` (text varied so the hashes differ)."""
    out = []
    for number in range(count):
        base = articles[number % len(articles)]
        round_ = number // len(articles)
        text = base.text if round_ == 0 else f"{base.text}\n\nCopy {round_}."
        out.append(replace(base, text=text, origin=f"{base.origin}#copy{round_}"))
    return out


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + ".wal")) if p.exists())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.bench ingest", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles to ingest (default 10000)")
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}",
                        help="comma-separated numbers of analysis processes, one run each (default: 1 and the cores)")
    parser.add_argument("--db", type=Path, help="database file to create (default: a temporary file; one --jobs value)")
    parser.add_argument("--no-merge", action="store_true", help="store without merging")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    try:
        jobs = list(dict.fromkeys(int(n) for n in args.jobs.split(",")))
    except ValueError:
        parser.error(f"--jobs {args.jobs!r}: comma-separated whole numbers")
    if min(jobs) < 1:
        parser.error("--jobs must be at least 1")
    if args.db is not None and (args.db.exists() or len(jobs) > 1):
        parser.error(f"--db {args.db}: the benchmark needs a new file, and one --jobs value")

    from tqdm import tqdm

    articles = copies(bundled_articles(), args.articles)
    ok, rates = True, {}
    for n in jobs:
        workdir = None
        db = args.db
        if db is None:
            workdir = tempfile.mkdtemp(prefix="events-bench-")
            db = Path(workdir) / "bench.duckdb"
        try:
            bar = tqdm(total=len(articles), desc=f"ingesting, --jobs {n}", unit="article", file=sys.stderr, mininterval=1)
            started = time.perf_counter()
            summary = ingest(db, articles, merge=not args.no_merge, jobs=n, progress=bar.update)
            elapsed = time.perf_counter() - started
            bar.close()
            print(f"--jobs {n}:")
            _report(summary, len(articles), elapsed, _size(db), args.no_merge)
            rates[n] = summary.stored / elapsed
            ok = ok and summary.ok
        finally:
            if workdir and not args.keep:
                shutil.rmtree(workdir, ignore_errors=True)
            elif workdir:
                print(f"kept: {db}")
    if 1 in rates and len(rates) > 1:
        print("scaling: " + "; ".join(f"--jobs {n}: {rate / rates[1]:.2f} x --jobs 1 ({rate / rates[1] / n:.2f} x N)"
                                      for n, rate in rates.items() if n != 1)
              + f" (cores: {os.cpu_count()}; a shared machine's other load counts against it)")
    return 0 if ok else 1


def _report(summary, requested: int, elapsed: float, size: int, no_merge: bool) -> None:
    stored = max(summary.stored, 1)
    print(f"articles: {summary.stored} stored of {requested} (the {len(bundled_articles())} bundled ones, repeated)")
    print(f"article-level events: {summary.events}; timeline events created: {summary.new_events};"
          f" merged into existing: {summary.merged}{' (merging off)' if no_merge else ''}")
    # with --jobs N analysis runs beside storing: its seconds are summed over the processes
    busy = max(summary.analyse_seconds + summary.store_seconds, 1e-9)
    print(f"total: {elapsed:.1f} s = {summary.stored / elapsed:.1f} articles/s"
          f" (analysis {summary.analyse_seconds:.1f} s = {1000 * summary.analyse_seconds / stored:.1f} ms/article,"
          f" {100 * summary.analyse_seconds / busy:.0f} %;"
          f" store {summary.store_seconds:.1f} s = {1000 * summary.store_seconds / stored:.1f} ms/article,"
          f" {100 * summary.store_seconds / busy:.0f} %)")
    print(f"database: {size / 1e6:.1f} MB = {size / 1e6 / stored * 1000:.2f} MB per 1,000 articles")
    if summary.failures:
        print(f"failures: {len(summary.failures)}, first: {summary.failures[0]}")
