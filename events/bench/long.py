"""Long-text benchmark: seconds per MB of one long text, at several sizes.

    python -m events.bench long [--sizes 0.1,1,3]

Each text is the bundled articles (data/articles) joined, repeated until it reaches the size (in MB,
UTF-8), like a long report or a PDF-to-text dump. Each is ingested on its own (analysis and store,
``events.store.pipeline.ingest``) into a new temporary database, after one warm-up article so that
loading the dictionaries is not counted. Prints figures, asserts nothing; the goal (issue 10): the
largest text costs at most 1.5 times per MB what the smallest costs.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from events.extract.records import Article
from events.store.bundled import bundled_articles
from events.store.pipeline import MAX_TEXT_BYTES, ingest


def long_text(articles: list[Article], megabytes: float) -> str:
    """The articles' texts joined and repeated up to ``megabytes`` (cut at a paragraph)."""
    limit = int(megabytes * 1e6)
    parts, size, index = [], 0, 0
    while True:
        text = articles[index % len(articles)].text.strip() + "\n\n"
        grown = size + len(text.encode("utf-8"))
        if grown > limit and parts:
            break
        parts.append(text)
        size, index = grown, index + 1
    return "".join(parts)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.bench long", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,1,3", help="text sizes in MB, comma-separated (default 0.1,1,3)")
    args = parser.parse_args(argv)
    try:
        sizes = [float(size) for size in args.sizes.split(",")]
    except ValueError:
        parser.error(f"--sizes {args.sizes!r}: comma-separated numbers")
    articles = bundled_articles()
    workdir = Path(tempfile.mkdtemp(prefix="events-bench-long-"))
    per_mb = {}
    try:
        ingest(workdir / "warm.duckdb", articles[:1])
        for megabytes in sizes:
            text = long_text(articles, megabytes)
            size = len(text.encode("utf-8")) / 1e6
            article = replace(articles[0], text=text, title=f"{megabytes:g} MB", origin=f"long-{megabytes:g}")
            started = time.perf_counter()
            summary = ingest(workdir / f"long-{megabytes:g}.duckdb", [article], max_bytes=max(MAX_TEXT_BYTES, int(2 * size * 1e6)))
            elapsed = time.perf_counter() - started
            per_mb[megabytes] = elapsed / size
            print(f"{size:.2f} MB: {elapsed:.1f} s = {elapsed / size:.1f} s/MB (analysis {summary.analyse_seconds:.1f} s,"
                  f" store {summary.store_seconds:.2f} s; {summary.events} events)"
                  + ("" if summary.ok else f" FAILED: {summary.failures}"), flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if len(per_mb) > 1:
        small, large = min(per_mb), max(per_mb)
        print(f"{large:g} MB costs {per_mb[large] / per_mb[small]:.2f} x per MB what {small:g} MB costs (goal: at most 1.5)")
    return 0
