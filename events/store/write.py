"""Writing one analysed article: its row, time expressions, sources, actors and timeline events.

In: a read-write connection and ``Analysis``es. Out: ``StoreResult``s. Everything for one article
happens in one transaction (``Batch``: many articles in one), so a crash (even SIGKILL) leaves each
article either whole or absent. Rows go in as one Arrow batch per table per transaction.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from events.extract.records import Analysis
from events.store.merge import MERGEABLE_SQL, Placement, TimelineEvent, mergeable, place_events
from events.store.rows import (
    ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_COLUMNS, SOURCE_COLUMNS, TIMEX_COLUMNS, AcledTypes, article_rows, timeline_from_row,
    timeline_row,
)
from events.store.schema import arrow_rows, arrow_schema, quoted
from events.store.timeline import Timeline
from events.store.transaction import rollback


@dataclass(frozen=True)
class StoreResult:
    """What storing one article did. ``status`` is "stored" or "present" (already in the store)."""

    article_id: str
    status: str
    n_events: int = 0  # article-level events stored (extraction's events, exact repeats dropped)
    new_events: int = 0  # timeline events created
    merged: int = 0  # article-level events that joined an existing timeline event
    reason: str = ""  # why the article has no events, when it has none
    event_ids: tuple[str, ...] = ()  # timeline events the article's events belong to, in order


def is_stored(con: duckdb.DuckDBPyConnection, article_id: str) -> bool:
    return con.execute("SELECT count(*) FROM articles WHERE article_id = ?", [article_id]).fetchone()[0] > 0


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    # DuckDB finds the local variable ``arrow_batch`` itself (a replacement scan): cheaper than register/unregister
    return f"INSERT INTO {table} ({quoted(columns)}) SELECT * FROM arrow_batch"


#: table -> (columns, statement).
_TABLES = {
    "articles": (ARTICLE_COLUMNS, _insert_sql("articles", ARTICLE_COLUMNS)),
    "timexes": (TIMEX_COLUMNS, _insert_sql("timexes", TIMEX_COLUMNS)),
    "event_sources": (SOURCE_COLUMNS, _insert_sql("event_sources", SOURCE_COLUMNS)),
    "source_actors": (ACTOR_COLUMNS, _insert_sql("source_actors", ACTOR_COLUMNS)),
    "events": (EVENT_COLUMNS, _insert_sql("events", EVENT_COLUMNS)),
}


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Append ``rows`` as one Arrow batch: far cheaper in DuckDB than binding every value as a parameter."""
    if not rows:
        return
    columns, statement = _TABLES[table]
    arrow_batch = arrow_rows(rows, arrow_schema(table, columns))  # noqa: F841 - DuckDB's replacement scan reads it
    con.execute(statement)


_CANDIDATES = (
    f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE list_contains($types, type)"
    f" AND date_start <= $last AND date_end >= $first AND (list_has_any(actors, $actors) OR list_contains($places, location))"
    f" AND {MERGEABLE_SQL}"
)


def _candidates(con: duckdb.DuckDBPyConnection, new: Sequence[TimelineEvent]) -> list[TimelineEvent]:
    """Stored timeline events that may pass merge rules 1-3 for one of ``new``: one query for the whole
    article, a superset (type of one event, actor of another) that ``best_match`` narrows."""
    wanted = [event for event in new if mergeable(event)]
    if not wanted:
        return []
    rows = con.execute(_CANDIDATES, {
        "types": sorted({e.type for e in wanted}),
        "last": max(e.date_end for e in wanted),
        "first": min(e.date_start for e in wanted),
        "actors": sorted({actor for e in wanted for actor in e.actors}),
        "places": sorted({e.location for e in wanted if e.location}),
    }).fetchall()
    return [timeline_from_row(row) for row in rows]


class Batch:
    """Analysed articles placed on the timeline one after the other, then stored together by ``flush``
    in one transaction: one statement per table for the whole batch instead of one per article.

    ``add`` places an article's events at once (on ``timeline`` when given, so later articles of the
    batch can join them; else with ``place``, by default no merging), so a failed ``flush`` leaves
    ``timeline`` ahead of the store: discard it then.
    """

    def __init__(self, acled_types: AcledTypes, *, merge: bool = True, timeline: Timeline | None = None,
                 place: Callable[[Sequence[TimelineEvent]], Placement] | None = None) -> None:
        self.acled_types = acled_types
        self.merge = merge
        self.timeline = timeline
        self.place = place
        self.analyses: list[Analysis] = []
        self.results: list[StoreResult] = []
        self._rows: dict[str, list[tuple]] = {table: [] for table in _TABLES}
        self._events: dict[str, TimelineEvent] = {}  # timeline events to write, newest version of each
        self._created: set[str] = set()  # created in this batch: nothing stored to replace
        self._replaced: set[str] = set()  # stored before this batch and changed by it

    def __len__(self) -> int:
        return len(self.analyses)

    def add(self, analysis: Analysis) -> StoreResult:
        """Place ``analysis``'s events and keep its rows for ``flush``; an exception here leaves the
        batch and the timeline as they were."""
        rows = article_rows(analysis, self.acled_types)
        if self.timeline is not None:
            placement = self.timeline.place(rows.singles)
        elif self.merge and self.place is not None:
            placement = self.place(rows.singles)
        else:
            placement = place_events((), rows.singles, merge=False)
        sources, actors = rows.sources(placement.event_ids), rows.actors(placement.event_ids)
        if self.timeline is not None:
            self.timeline.apply(placement)  # later articles of the batch may join these events
        self._rows["articles"].append(rows.article)
        self._rows["timexes"] += rows.timexes
        self._rows["event_sources"] += sources
        self._rows["source_actors"] += actors
        for event_id, event in placement.created.items():
            self._events[event_id] = event
            self._created.add(event_id)
        for event_id, event in placement.updated.items():
            self._events[event_id] = event
            if event_id not in self._created:
                self._replaced.add(event_id)
        result = StoreResult(
            article_id=rows.article[0], status="stored", n_events=len(rows.events),
            new_events=len(placement.created), merged=placement.merged, reason=analysis.reason,
            event_ids=tuple(placement.event_ids),
        )
        self.analyses.append(analysis)
        self.results.append(result)
        return result

    def flush(self, con: duckdb.DuckDBPyConnection) -> None:
        """Store every added article in one transaction: all of them, or (on any exception) none."""
        if not self.analyses:
            return
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("articles", "timexes", "event_sources", "source_actors"):  # articles first: a stored
                _insert(con, table, self._rows[table])  # article fails there, on its primary key
            if self._replaced:
                # replacing the rows takes two statements however many events the batch joined (DuckDB's
                # INSERT OR REPLACE does it in one, but costs three times as much)
                replaced = pa.table({"event_id": sorted(self._replaced)})  # noqa: F841 - read by the scan
                con.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM replaced)")
            _insert(con, "events", [timeline_row(e) for e in self._events.values()])
        except BaseException:
            # KeyboardInterrupt too: each article must be all or nothing.
            rollback(con)
            raise
        con.execute("COMMIT")


def store_analysis(
    con: duckdb.DuckDBPyConnection,
    analysis: Analysis,
    *,
    acled_types: AcledTypes,
    merge: bool = True,
    timeline: Timeline | None = None,
) -> StoreResult:
    """Store one analysed article in one transaction; an article already stored is left as it is
    (its primary key refuses the second copy).

    ``timeline``: the store's timeline in memory: merge candidates come from it instead of a query
    (see ``Batch``). It must hold every timeline event of the store, so nothing else may write the
    store while it is in use.
    """
    batch = Batch(acled_types, merge=merge, timeline=timeline,
                  place=lambda singles: place_events(_candidates(con, singles), singles))
    result = batch.add(analysis)
    try:
        batch.flush(con)
    except duckdb.ConstraintException:
        # the article row's primary key: stored meanwhile (or before); leave it as it is
        if is_stored(con, result.article_id):
            return StoreResult(result.article_id, "present")
        raise
    return result
