"""Analysis for an ingest run, in this process or in a pool of processes, results in input order.

In: the items to ingest, ``todo(item)`` (why an item is not analysed: "" when it is; called in input
order), the analysis function and a number of processes. Out: ``(item, why_not, outcome, seconds)``
per item, in input order; ``outcome`` is the ``Analysis``, the error text when analysis raised, or
None for items not analysed. The store is written by the caller alone, so ``--jobs N`` stores
exactly what ``--jobs 1`` does.
"""
from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import islice

from events.extract.records import Analysis, Article

#: Articles handed to the pool at a time, per process: two windows are in flight, so the pool works
#: on the next one while this process stores the last, and memory stays bounded.
WINDOW_PER_JOB = 32

_analyse: Callable[[Article], Analysis] | None = None  # set in each pool process


def _run(analyse: Callable[[Article], Analysis], article: Article | None) -> tuple[Analysis | str | None, float]:
    if article is None:
        return None, 0.0
    started = time.perf_counter()
    try:
        return analyse(article), time.perf_counter() - started
    except Exception as error:
        return f"{type(error).__name__}: {error}", time.perf_counter() - started


def _start_worker(analyse: Callable[[Article], Analysis]) -> None:
    global _analyse
    _analyse = analyse
    # Ctrl-C goes to the whole process group: the writer decides what to store, the workers just stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(article: Article | None) -> tuple[Analysis | str | None, float]:
    outcome, seconds = _run(_analyse, article)
    if isinstance(outcome, Analysis):
        for event in outcome.events:
            event.event_id  # noqa: B018 - hashed here (cached, pickled along), not in the writer
        # the writer has the article already and stores no sentences: not pickled back
        outcome = replace(outcome, article=None, sentences=())
    return outcome, seconds


def analysed_in_order(
    items: Iterable, todo: Callable[[object], str], analyse: Callable[[Article], Analysis] | None, jobs: int,
) -> Iterator[tuple[object, str, Analysis | str | None, float]]:
    if analyse is None:
        from events.store.pipeline import default_analyse

        analyse = default_analyse()
    if jobs <= 1:
        for item in items:
            why_not = todo(item)
            yield (item, why_not, *_run(analyse, None if why_not else item))
        return
    try:
        analyse(Article(text="Warm-up."))  # loads the dictionaries once, before the workers are forked
    except Exception:
        pass  # a real article will report the problem
    # fork: the workers inherit the analysis function and its loaded dictionaries (no pickling, no reload)
    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_start_worker, initargs=(analyse,))
    try:
        flying: deque = deque()
        source = iter(items)
        while True:
            window = [(item, todo(item)) for item in islice(source, jobs * WINDOW_PER_JOB)]
            if window:
                tasks = [None if why_not else item for item, why_not in window]
                flying.append((window, pool.map_async(_work, tasks, chunksize=4)))
            if not flying:
                return
            if window and len(flying) < 2:
                continue
            done, results = flying.popleft()
            for (item, why_not), (outcome, seconds) in zip(done, results.get()):
                if isinstance(outcome, Analysis):
                    outcome = replace(outcome, article=item)
                yield item, why_not, outcome, seconds
    finally:
        pool.terminate()
        pool.join()
