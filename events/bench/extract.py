"""Extraction speed: the bundled articles in, ms per article (mean, p95) and articles per second out.

    python -m events.bench extract [--rounds N]

Runs the whole extraction (publication date, cleaning, time expressions, events) on
data/articles/articles.jsonl and the seed .txt there, on one core, after one warm-up pass that builds
the dictionaries and the gazetteer (built once per process, reported separately).
"""
from __future__ import annotations

import argparse
import statistics
import time

import events.temporal as temporal
from events.extract import analyse, default_dictionaries
from events.store.bundled import bundled_articles

def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.bench extract", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the articles (default 20)")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    articles = bundled_articles()
    started = time.perf_counter()
    dictionaries = default_dictionaries()
    dictionaries.gazetteer, dictionaries.actor_matcher, dictionaries.trigger_matcher  # noqa: B018 (build once)
    setup = time.perf_counter() - started
    for article in articles:
        analyse(article)
    timings, events = [], 0
    best = [float("inf")] * len(articles)
    tag_best = [float("inf")] * len(articles)
    cpu_rounds = []
    for _ in range(args.rounds):
        cpu_start, tag_cpu = time.process_time(), 0.0
        for index, article in enumerate(articles):
            t0 = time.perf_counter()
            analysis = analyse(article)
            elapsed = (time.perf_counter() - t0) * 1000
            timings.append(elapsed)
            best[index] = min(best[index], elapsed)
            events += len(analysis.events)
            if analysis.published is not None:
                t0, c0 = time.perf_counter(), time.process_time()
                temporal.tag(article.text, analysis.published)
                tag_best[index] = min(tag_best[index], (time.perf_counter() - t0) * 1000)
                tag_cpu += time.process_time() - c0
        cpu_rounds.append(time.process_time() - cpu_start - tag_cpu)
    words = [len(a.text.split()) for a in articles]
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
    ordered = sorted(best)
    per_word = sum(best) / sum(words)
    tag_share = sum(t for t in tag_best if t != float("inf")) / sum(best)
    print(f"extraction over {len(articles)} bundled articles (mean {statistics.mean(words):.0f} words) x {args.rounds} rounds, one core")
    print(f"dictionaries + gazetteer built once: {setup * 1000:.0f} ms")
    print(f"ms per article, all runs:      mean {statistics.mean(timings):.2f}, p95 {p95:.2f}, max {timings[-1]:.2f}")
    print(f"ms per article, best of rounds: mean {statistics.mean(best):.2f}, p95 {ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]:.2f}"
          f" (less sensitive to other load on a shared machine)")
    print(f"a 600-word article at the best-of-rounds rate: {per_word * 600:.2f} ms; time expressions (events.temporal.tag): "
          f"{tag_share:.0%} of it")
    # CPU time of this process only: other jobs on a shared machine inflate wall-clock times, not this.
    print(f"CPU time, best round: {min(cpu_rounds) * 1000 / len(articles):.2f} ms per article, "
          f"{min(cpu_rounds) * 1000 / sum(words) * 600:.2f} ms per 600 words")
    print(f"articles per second: {1000 / statistics.mean(timings):.0f}; events per article: {events / len(timings):.1f}")
    return 0
