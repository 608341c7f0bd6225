"""Ingest: Articles (or reader failures) -> analysed (in ``jobs`` processes) and stored in batches,
each batch one transaction, so each article whole or absent.

In: a read-write connection (or the database path) and an iterable of ``Article | ReadFailure``. Out: an ``IngestSummary``
(counts, failures with reasons, time spent analysing and storing). Also ``add_article`` for one
article (the dashboard's "add an article").
"""
from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import duckdb

from events.extract.records import Analysis, Article
from events.readers import ReadFailure
from events.readers.long import DEFAULT_MAX_BYTES, cut_long
from events.store.connection import connect
from events.store.rows import origin
from events.store.timeline import Timeline, stored_timeline
from events.store.write import Batch, StoreResult, is_stored, store_analysis

Analyse = Callable[[Article], Analysis]


def default_analyse() -> Analyse:
    from events.extract import analyse  # late: extraction loads its dictionaries on first use

    return analyse


def default_acled():
    from events.extract import acled_types

    return acled_types


@dataclass
class IngestSummary:
    """What an ingest run did; ``ok`` is False when anything failed or the run was interrupted."""

    read: int = 0  # articles read from the inputs
    stored: int = 0  # newly stored
    present: int = 0  # already in the store, left as they were
    events: int = 0  # article-level events found in the newly stored articles
    new_events: int = 0  # timeline events created
    merged: int = 0  # article-level events that joined an existing timeline event
    no_events: Counter = field(default_factory=Counter)  # stored without events, by reason
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason), skipped
    cut: list[tuple[str, str]] = field(default_factory=list)  # (origin, what was done): over the size limit
    interrupted: bool = False
    analyse_seconds: float = 0.0
    store_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures and not self.interrupted

    def lines(self) -> list[str]:
        out = [
            f"articles read: {self.read}",
            f"stored: {self.stored}",
            f"already present: {self.present}",
            f"skipped: {len(self.failures)}",
        ]
        out += [f"  {origin}: {reason}" for origin, reason in self.failures]
        if self.cut:
            out.append(f"cut into parts, over the size limit: {len(self.cut)}")
            out += [f"  {origin}: {what}" for origin, what in self.cut]
        out.append(f"events found: {self.events} (new timeline events: {self.new_events}, merged into existing: {self.merged})")
        if self.no_events:
            out.append(f"stored without events: {sum(self.no_events.values())}")
            out += [f"  {count} x {reason or 'no reason given'}" for reason, count in self.no_events.most_common()]
        if self.interrupted:
            out.append("interrupted: every article listed as stored is complete; the rest was not stored")
        return out


class ExtractionError(Exception):
    """analyse() failed on an article (its own exception is the cause)."""


def store_article(
    con: duckdb.DuckDBPyConnection,
    article: Article,
    *,
    merge: bool = True,
    analyse: Analyse | None = None,
    acled_types=None,
) -> StoreResult:
    """Analyse ``article`` (unless already stored) and store it in one transaction."""
    if is_stored(con, article.article_id):
        return StoreResult(article.article_id, "present")
    try:
        analysis = (analyse or default_analyse())(article)
    except Exception as error:
        raise ExtractionError(f"{type(error).__name__}: {error}") from error
    return store_analysis(con, analysis, acled_types=acled_types or default_acled(), merge=merge)


#: A batch is committed once it holds this many articles or is this old, whichever comes first.
BATCH_ARTICLES = 256
BATCH_SECONDS = 1.0


def _ingest_batches(
    con: duckdb.DuckDBPyConnection | os.PathLike | str,
    items: Iterable[Article | ReadFailure],
    *,
    merge: bool,
    analyse: Analyse | None,
    acled_types,
    stop: Callable[[], bool],
    jobs: int,
    max_bytes: int | None,
    progress: Callable[[int], None] | None,
    batch_articles: int,
    batch_seconds: float,
) -> IngestSummary:
    from events.store.analysis import analysed_in_order
    from events.store.handover import Writer

    summary = IngestSummary()
    items = cut_long(items, max_bytes, summary.cut)  # a text over the limit becomes article-sized parts
    acled_types = acled_types or default_acled()
    progress = progress or (lambda count: None)
    writer = Writer(con)
    # The run holds the store's timeline in memory for merge candidates (loaded when first needed):
    # no candidate query per article, and no scan that grows with the store.
    new_timeline = (lambda: Timeline(merge=merge, load=lambda: stored_timeline(writer.con))) if merge else (lambda: None)
    timeline = new_timeline()
    stored = writer.stored_ids()
    batch = Batch(acled_types, merge=merge, timeline=timeline)
    started = time.perf_counter()

    def todo(item) -> str:
        """Why ``item`` is not analysed ("" when it is); runs where the items are read, in order."""
        if isinstance(item, ReadFailure):
            return "failure"
        if item.article_id in stored:
            return "present"
        stored.add(item.article_id)  # a repeat later in the input is present
        return ""

    def flush() -> None:
        nonlocal batch, timeline, started
        if len(batch):
            began = time.perf_counter()
            try:
                writer.flush(batch)
                _count(summary, batch.results)
            except Exception as error:
                if isinstance(error, duckdb.InterruptException):
                    raise KeyboardInterrupt from error
                # one article spoils the batch: store them one by one to name it (fresh timeline)
                timeline = new_timeline()
                for analysis in batch.analyses:
                    try:
                        result = store_analysis(writer.con, analysis, acled_types=acled_types, merge=merge,
                                                timeline=timeline)
                    except Exception as single_error:
                        timeline = new_timeline()
                        summary.failures.append((origin(analysis.article),
                                                 f"not stored: {type(single_error).__name__}: {single_error}"))
                        continue
                    if result.status == "present":
                        timeline = new_timeline()  # placed before its row was refused
                    _count(summary, [result])
            summary.store_seconds += time.perf_counter() - began
            progress(len(batch))
        batch = Batch(acled_types, merge=merge, timeline=timeline)
        started = time.perf_counter()
        if writer.readers_waiting():
            writer.hand_over(on_change=reset)

    def reset() -> None:
        # another writer got in during the hand-over: the timeline in memory is stale
        nonlocal timeline, batch
        timeline = new_timeline()
        batch = Batch(acled_types, merge=merge, timeline=timeline)

    try:
        for item, why_not, outcome, seconds in analysed_in_order(items, todo, analyse, jobs):
            if stop():
                summary.interrupted = True
                break
            summary.analyse_seconds += seconds
            if why_not == "failure":
                summary.failures.append((item.origin, item.reason))
                progress(1)
                continue
            summary.read += 1
            if why_not == "present":
                summary.present += 1
                progress(1)
            elif isinstance(outcome, str):
                summary.failures.append((origin(item), f"extraction failed: {outcome}"))
                progress(1)
            else:
                try:
                    batch.add(outcome)
                except Exception as error:
                    summary.failures.append((origin(item), f"not stored: {type(error).__name__}: {error}"))
                    progress(1)
            if len(batch) >= batch_articles or time.perf_counter() - started >= batch_seconds:
                flush()
        flush()  # what was analysed before a stop is stored too
    except KeyboardInterrupt:
        summary.interrupted = True  # the uncommitted batch was rolled back: every stored article is whole
    finally:
        writer.close()
    return summary


def _count(summary: IngestSummary, results: Iterable[StoreResult]) -> None:
    for result in results:
        if result.status == "present":
            summary.present += 1
            continue
        summary.stored += 1
        summary.events += result.n_events
        summary.new_events += result.new_events
        summary.merged += result.merged
        if not result.n_events:
            summary.no_events[result.reason] += 1


def ingest(
    con: duckdb.DuckDBPyConnection | str | os.PathLike,
    items: Iterable[Article | ReadFailure],
    *,
    merge: bool = True,
    analyse: Analyse | None = None,
    acled_types=None,
    stop: Callable[[], bool] | None = None,
    jobs: int = 1,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    progress: Callable[[int], None] | None = None,
    batch_articles: int = BATCH_ARTICLES,
    batch_seconds: float = BATCH_SECONDS,
) -> IngestSummary:
    """Store every article; a failing one is recorded in the summary and the rest go on.

    ``con``: a read-write connection, or the database's path: then the run opens it itself and,
    between batches, hands the file to readers that wait for it (events.store.handover).
    Articles are analysed in ``jobs`` processes (1: in this one), in input order, and stored from
    this process in batches of up to ``batch_articles`` articles or ``batch_seconds``, each batch one
    transaction: a crash loses at most the uncommitted batch, never part of an article.
    A text over ``max_bytes`` of UTF-8 (None: no limit) is cut at paragraph boundaries into parts, each
    stored as an article of its own (events.readers.long); the summary lists what was cut. ``progress(n)``: n more articles
    done (stored ones when their batch commits).

    ``stop()`` is asked before each article (the CLI's first Ctrl-C sets it): when true the run stores
    what it analysed and ends there. The run keeps the store's timeline in memory for merging
    (events.store.timeline). A KeyboardInterrupt also ends it: the batch in progress is rolled back.
    Either way the summary says ``interrupted``.
    """
    return _ingest_batches(con, items, merge=merge, analyse=analyse, acled_types=acled_types,
                           stop=stop or (lambda: False), jobs=jobs, max_bytes=max_bytes, progress=progress,
                           batch_articles=batch_articles, batch_seconds=batch_seconds)


def add_article(con_or_path: duckdb.DuckDBPyConnection | str | os.PathLike, article: Article, *, merge: bool = True) -> StoreResult:
    """Analyse and store one article (one transaction). Given a path, opens and closes a connection."""
    if isinstance(con_or_path, duckdb.DuckDBPyConnection):
        return store_article(con_or_path, article, merge=merge)
    con = connect(con_or_path)
    try:
        return store_article(con, article, merge=merge)
    finally:
        con.close()
