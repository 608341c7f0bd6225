"""Writing one analysed article: its row, time expressions, sources, actors and timeline events.

In: a read-write connection and an ``Analysis``. Out: a ``StoreResult``. Everything for one article
happens in one transaction, so a crash (even SIGKILL) leaves each article either whole or absent.
Rows go in as one Arrow batch per table per article, which keeps ingest fast.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields

import duckdb
import pyarrow as pa

from events.extract.records import Analysis, Event
from events.store.merge import TimelineEvent, absorb, best_match, timeline_event

EVENT_COLUMNS = tuple(f.name for f in fields(TimelineEvent))

AcledTypes = Callable[[str], tuple[str, str]]


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


_SCHEMAS: dict[tuple[str, tuple[str, ...]], pa.Schema] = {}


def _arrow_schema(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str]) -> pa.Schema:
    key = (table, tuple(columns))
    if key not in _SCHEMAS:
        names = ", ".join(f'"{c}"' for c in columns)
        _SCHEMAS[key] = con.sql(f"SELECT {names} FROM {table} LIMIT 0").to_arrow_table().schema
    return _SCHEMAS[key]


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    """Append ``rows`` as one Arrow batch: far cheaper in DuckDB than binding every value as a parameter."""
    if not rows:
        return
    schema = _arrow_schema(con, table, columns)
    arrow_batch = pa.Table.from_arrays(  # noqa: F841 - read by name by DuckDB's replacement scan below
        [pa.array([row[i] for row in rows], type=schema.field(i).type) for i in range(len(columns))], schema=schema
    )
    names = ", ".join(f'"{c}"' for c in columns)
    # DuckDB finds the local variable ``arrow_batch`` itself: half the cost of register/unregister
    con.execute(f"INSERT INTO {table} ({names}) SELECT * FROM arrow_batch")


def _row(event: TimelineEvent) -> tuple:
    return tuple(list(event.actors) if c == "actors" else getattr(event, c) for c in EVENT_COLUMNS)


def _candidates(con: duckdb.DuckDBPyConnection, new: list[TimelineEvent]) -> list[TimelineEvent]:
    """Stored timeline events that pass merge rules 1-3 for at least one of ``new`` (one query)."""
    wanted = [event for event in new if event.dated and event.actors]
    if not wanted:
        return []
    condition = "(type = ? AND date_start <= ? AND date_end >= ? AND list_has_any(actors, ?::VARCHAR[]))"
    params = [value for e in wanted for value in (e.type, e.date_end, e.date_start, list(e.actors))]
    names = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
    rows = con.execute(
        f"SELECT {names} FROM events WHERE {' OR '.join(condition for _ in wanted)}", params
    ).fetchall()
    position = EVENT_COLUMNS.index("actors")
    return [TimelineEvent(*row[:position], tuple(row[position]), *row[position + 1:]) for row in rows]


def _source_row(event: Event, event_id: str) -> tuple:
    place, toll, when = event.location, event.fatalities, event.date
    return (
        event.event_id, event_id, event.article_id, event.type, event.status,
        when.first, when.last, when.precision if when.first else "none", when.text, when.value, when.basis,
        event.evidence, event.evidence_start, event.evidence_end, event.trigger,
        place.name if place else "", place.text if place else "", place.admin1 if place else "",
        place.country if place else "", place.latitude if place else None, place.longitude if place else None,
        toll.low if toll else None, toll.best if toll else None, toll.high if toll else None,
        toll.victims if toll else "", toll.text if toll else "",
        event.attributed_to, event.confidence, event.summary,
    )


SOURCE_COLUMNS = (
    "source_id", "event_id", "article_id", "type", "status",
    "date_start", "date_end", "precision", "date_text", "date_value", "date_basis",
    "evidence", "evidence_start", "evidence_end", "trigger",
    "location", "place_text", "admin1", "country", "latitude", "longitude",
    "fatalities_low", "fatalities_best", "fatalities_high", "victims", "fatalities_text",
    "attributed_to", "confidence", "summary",
)
ACTOR_COLUMNS = ("source_id", "event_id", "position", "actor", "text", "start_offset", "end_offset",
                 "known", "kind", "acts_for", "role")
TIMEX_COLUMNS = ("article_id", "start_offset", "end_offset", "text", "type", "value", "mod", "granularity",
                 "first_day", "last_day")
ARTICLE_COLUMNS = ("article_id", "title", "url", "source", "published", "published_basis", "origin", "text",
                   "n_events", "reason")


def store_analysis(
    con: duckdb.DuckDBPyConnection,
    analysis: Analysis,
    *,
    acled_types: AcledTypes,
    merge: bool = True,
) -> StoreResult:
    """Store one analysed article in one transaction; an article already stored is left as it is
    (its primary key refuses the second copy)."""
    article_id = analysis.article.article_id
    con.execute("BEGIN TRANSACTION")
    try:
        result = _write(con, analysis, acled_types, merge)
    except duckdb.ConstraintException:
        # the article row's primary key: stored meanwhile (or before); leave it as it is
        _rollback(con)
        if is_stored(con, article_id):
            return StoreResult(article_id, "present")
        raise
    except BaseException:
        # KeyboardInterrupt too: the article must be all or nothing.
        _rollback(con)
        raise
    con.execute("COMMIT")
    return result


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction; DuckDB may have aborted it already (after an interrupt, say)."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass  # nothing left to undo: keep the original exception, not this one


def _write(con, analysis: Analysis, acled_types: AcledTypes, merge: bool) -> StoreResult:
    article = analysis.article
    article_id = article.article_id
    basis = "given" if article.published else "text" if analysis.published else "none"
    # the same span, type and trigger twice: one source is enough (event_id is a hash: compute it once)
    events, seen = [], set()
    for event in analysis.events:
        if (key := event.event_id) not in seen:
            seen.add(key)
            events.append(event)
    _insert(con, "articles", ARTICLE_COLUMNS, [(
        article_id, article.title, article.url, article.source, analysis.published, basis,
        article.origin, article.text, len(events), analysis.reason,
    )])
    _insert(con, "timexes", TIMEX_COLUMNS, [(
        article_id, t.start, t.end, t.text, t.type, t.value, t.mod, t.granularity,
        t.interval.first if t.interval else None, t.interval.last if t.interval else None,
    ) for t in analysis.timexes])

    singles = [timeline_event(event, acled_types(event.type)) for event in events]
    candidates = {c.event_id: c for c in _candidates(con, singles)} if merge else {}
    created: dict[str, TimelineEvent] = {}
    updated: dict[str, TimelineEvent] = {}
    joined: set[str] = set()  # timeline events this article already joined (rule 5)
    sources, actors, event_ids = [], [], []
    merged = 0
    for event, single in zip(events, singles):
        pool = [c for key, c in candidates.items() if key not in joined]
        target = best_match(pool, single) if merge else None
        if target is None:
            timeline = created.setdefault(single.event_id, single)
            event_id = timeline.event_id
        else:
            event_id = target.event_id
            updated[event_id] = absorb(target, single)
            joined.add(event_id)
            merged += 1
        event_ids.append(event_id)
        sources.append(_source_row(event, event_id))
        actors.extend(
            (event.event_id, event_id, position, actor.name, actor.text, actor.start, actor.end,
             actor.known, actor.kind, actor.acts_for, actor.role)
            for position, actor in enumerate(event.actors)
        )
    _insert(con, "event_sources", SOURCE_COLUMNS, sources)
    _insert(con, "source_actors", ACTOR_COLUMNS, actors)
    if updated:
        # replacing the rows takes two statements however many events the article joined
        con.execute(f"DELETE FROM events WHERE event_id IN ({', '.join('?' for _ in updated)})", list(updated))
    _insert(con, "events", EVENT_COLUMNS, [_row(event) for event in [*created.values(), *updated.values()]])
    return StoreResult(
        article_id=article_id,
        status="stored",
        n_events=len(events),
        new_events=len(created),
        merged=merged,
        reason=analysis.reason,
        event_ids=tuple(event_ids),
    )
