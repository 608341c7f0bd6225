"""Long texts: seconds per MB of one text of 100 KB, 1 MB and 3 MB made of the bundled articles.

    python -m events.bench long [--sizes 100K,1M,3M]

Each text is the bundled articles' bodies, paragraphs separated by blank lines, repeated in order until
the size is reached, analysed as one article with a publication date. Analysis time should grow with the
text's length, not its square: the last line compares the largest text's cost per MB with the smallest's.
"""
from __future__ import annotations

import argparse
import time
from datetime import date

from events.extract import analyse, default_dictionaries
from events.extract.records import Article
from events.readers.long import parse_size
from events.store.bundled import bundled_articles

PUBLISHED = date(2016, 7, 27)


def long_text(size: int) -> str:
    """Bundled article bodies joined by blank lines, cycled until ``size`` bytes of UTF-8."""
    bodies = [article.text.strip() for article in bundled_articles() if article.text.strip()]
    parts, total, index = [], 0, 0
    while total < size:
        body = bodies[index % len(bodies)]
        parts.append(body)
        total += len(body.encode("utf-8")) + 2
        index += 1
    return "\n\n".join(parts)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.bench long", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100K,1M,3M", help="text sizes, comma-separated (default 100K,1M,3M)")
    args = parser.parse_args(argv)
    try:
        sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: not a list of sizes like 100K,1M: {args.sizes!r}")
    if not sizes or min(sizes) <= 0:
        parser.error("--sizes needs at least one size above 0")
    dictionaries = default_dictionaries()
    analyse(bundled_articles()[0], dictionaries=dictionaries)  # warm-up: dictionaries, gazetteer, regexes
    per_mb = []
    for size in sizes:
        text = long_text(size)
        megabytes = len(text.encode("utf-8")) / 1e6
        started = time.perf_counter()
        analysis = analyse(Article(text, PUBLISHED, title="bench long", url=f"bench://long/{size}"),
                           dictionaries=dictionaries)
        seconds = time.perf_counter() - started
        per_mb.append(seconds / megabytes)
        print(f"{megabytes * 1000:8.0f} KB: {seconds:7.2f} s, {seconds / megabytes:6.2f} s per MB, "
              f"{len(analysis.sentences)} sentences, {len(analysis.events)} events")
    if len(per_mb) > 1:
        print(f"largest / smallest cost per MB: {per_mb[-1] / per_mb[0]:.2f} (goal: at most 1.5)")
    return 0
