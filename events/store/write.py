"""Writing one analysed article: its row, time expressions, sources, actors and timeline events.

In: a read-write connection and an ``Analysis``. Out: a ``StoreResult``. Everything for one article
happens in one transaction, so a crash (even SIGKILL) leaves each article either whole or absent.
Rows go in as one Arrow batch per table per article, which keeps ingest fast.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

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
    f" AND date_start <= $last AND date_end >= $first AND list_has_any(actors, $actors) AND {MERGEABLE_SQL}"
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
    }).fetchall()
    return [timeline_from_row(row) for row in rows]


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

    ``timeline``: the store's timeline in memory (an ingest run keeps one): merge candidates come
    from it instead of a query, and it records the article once committed. It must hold every
    timeline event of the store, so nothing else may write the store while it is in use.
    """
    article_id = analysis.article.article_id
    con.execute("BEGIN TRANSACTION")
    try:
        result, placement = _write(con, analysis, acled_types, merge, timeline)
    except duckdb.ConstraintException:
        # the article row's primary key: stored meanwhile (or before); leave it as it is
        rollback(con)
        if is_stored(con, article_id):
            return StoreResult(article_id, "present")
        raise
    except BaseException:
        # KeyboardInterrupt too: the article must be all or nothing.
        rollback(con)
        raise
    con.execute("COMMIT")
    if timeline is not None:
        timeline.apply(placement)
    return result


def _write(con, analysis: Analysis, acled_types: AcledTypes, merge: bool,
           timeline: Timeline | None) -> tuple[StoreResult, Placement]:
    rows = article_rows(analysis, acled_types)
    _insert(con, "articles", [rows.article])  # first: a stored article fails here, on its primary key
    _insert(con, "timexes", rows.timexes)
    if not merge:
        placement = place_events((), rows.singles, merge=False)
    elif timeline is not None:
        placement = timeline.place(rows.singles)
    else:
        placement = place_events(_candidates(con, rows.singles), rows.singles)
    _insert(con, "event_sources", rows.sources(placement.event_ids))
    _insert(con, "source_actors", rows.actors(placement.event_ids))
    updated = placement.updated
    if updated:
        # replacing the rows takes two statements however many events the article joined (DuckDB's
        # INSERT OR REPLACE does it in one, but costs three times as much)
        con.execute(f"DELETE FROM events WHERE event_id IN ({', '.join('?' for _ in updated)})", list(updated))
    _insert(con, "events", [timeline_row(e) for e in [*placement.created.values(), *updated.values()]])
    return StoreResult(
        article_id=rows.article[0],
        status="stored",
        n_events=len(rows.events),
        new_events=len(placement.created),
        merged=placement.merged,
        reason=analysis.reason,
        event_ids=tuple(placement.event_ids),
    ), placement
