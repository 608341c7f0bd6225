"""Ingest: Articles (or reader failures) -> analysed and stored, one transaction per article.

In: a read-write connection and an iterable of ``Article | ReadFailure``. Out: an ``IngestSummary``
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
from events.store.write import StoreResult, is_stored, store_analysis

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
    summary: IngestSummary | None = None,
    timeline: Timeline | None = None,
) -> StoreResult:
    """Analyse ``article`` (unless already stored) and store it in one transaction (``timeline``:
    see ``store_analysis``)."""
    if is_stored(con, article.article_id):
        return StoreResult(article.article_id, "present")
    started = time.perf_counter()
    try:
        analysis = (analyse or default_analyse())(article)
    except Exception as error:
        raise ExtractionError(f"{type(error).__name__}: {error}") from error
    analysed = time.perf_counter()
    result = store_analysis(con, analysis, acled_types=acled_types or default_acled(), merge=merge, timeline=timeline)
    if summary is not None:
        summary.analyse_seconds += analysed - started
        summary.store_seconds += time.perf_counter() - analysed
    return result


def ingest(
    con: duckdb.DuckDBPyConnection,
    items: Iterable[Article | ReadFailure],
    *,
    merge: bool = True,
    analyse: Analyse | None = None,
    acled_types=None,
    stop: Callable[[], bool] | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> IngestSummary:
    """Store every article; a failing one is recorded in the summary and the rest go on.

    ``stop()`` is asked before each article (the CLI's first Ctrl-C sets it): when true the run ends
    there, every stored article complete. The run keeps the store's timeline in memory for merging
    (events.store.timeline): nothing else may write the store meanwhile. A KeyboardInterrupt also ends it: the article in progress
    is rolled back. Either way the summary says ``interrupted``.

    An article over ``max_bytes`` of text (None: no limit) is cut at paragraph boundaries into parts, each stored
    as an article of its own (events.readers.long); the summary lists what was cut.
    """
    summary = IngestSummary()
    items = cut_long(items, max_bytes, summary.cut)
    analyse = analyse or default_analyse()
    acled_types = acled_types or default_acled()
    stop = stop or (lambda: False)
    # The run holds the store's timeline in memory for merge candidates (loaded when first needed):
    # no candidate query per article, and no scan that grows with the store.
    timeline = Timeline(merge=merge, load=lambda: stored_timeline(con)) if merge else None
    try:
        for item in items:
            if stop():
                summary.interrupted = True
                break
            if isinstance(item, ReadFailure):
                summary.failures.append((item.origin, item.reason))
                continue
            summary.read += 1
            try:
                result = store_article(con, item, merge=merge, analyse=analyse, acled_types=acled_types, summary=summary,
                                       timeline=timeline)
            except Exception as error:
                if stop() or isinstance(error, duckdb.InterruptException):
                    # DuckDB turns a Ctrl-C during a statement into an error of its own
                    summary.interrupted = True
                    break
                if isinstance(error, ExtractionError):
                    summary.failures.append((origin(item), f"extraction failed: {error}"))
                else:
                    summary.failures.append((origin(item), f"not stored: {type(error).__name__}: {error}"))
                continue
            if result.status == "present":
                summary.present += 1
                continue
            summary.stored += 1
            summary.events += result.n_events
            summary.new_events += result.new_events
            summary.merged += result.merged
            if not result.n_events:
                summary.no_events[result.reason] += 1
    except KeyboardInterrupt:
        summary.interrupted = True
    return summary


def add_article(con_or_path: duckdb.DuckDBPyConnection | str | os.PathLike, article: Article, *, merge: bool = True) -> StoreResult:
    """Analyse and store one article (one transaction). Given a path, opens and closes a connection."""
    if isinstance(con_or_path, duckdb.DuckDBPyConnection):
        return store_article(con_or_path, article, merge=merge)
    con = connect(con_or_path)
    try:
        return store_article(con, article, merge=merge)
    finally:
        con.close()
