"""Store -> pandas frames for the dashboard: filtered events, counts, facets, article text and timexes.

In: a DuckDB connection to the store (tables ``events``, ``event_sources``, ``articles``, ``timexes``,
``source_actors`` and the views ``event_rows`` / ``event_actors``, see docs/store.md) and a
:class:`Filters`. Out: pandas frames. Every filter is a SQL ``WHERE`` with bound parameters, so a million
events are filtered by DuckDB, never loaded whole into pandas.

Speed on large stores: counts, the timeline, the map and the summaries read the ``events`` table alone
(type, status, dates, actors and places live there). The primary source and its article
(``event_sources``, ``articles``) are read only when a source, article or text filter is set (a
semi-join) and for the rows actually shown (a page of the table, the events of a zoomed-in timeline).
``event_rows`` joins all three tables on every read, which costs a full join per query at a million
events. The timeline aggregates in SQL per day, week or month when too many events match.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from collections.abc import Mapping, Sequence
from typing import Any

import duckdb
import pandas as pd

from events.store import EXPORT_COLUMNS
from events.store.formats import Rendered, render

#: Timeline lanes: one per actor, or one per event type.
LANE_CHOICES = ("actor", "type")

#: Lane for events that name no actor.
NO_ACTOR = "(no actor)"

#: Lanes that gather the actors (types) beyond the ``max_lanes`` busiest.
OTHER_ACTORS = "(other actors)"
OTHER_TYPES = "(other types)"

#: Columns of the events table on the page and of the CSV download, in order.
TABLE_COLUMNS = (
    "date_start", "date_end", "precision", "date_text", "type", "status", "actors", "location", "admin1",
    "country", "fatalities_low", "fatalities_best", "fatalities_high", "victims", "attributed_to",
    "confidence", "summary", "evidence", "source", "title", "url", "published", "n_sources",
    "acled_event_type", "acled_sub_event_type", "latitude", "longitude", "event_id", "article_id", "date_basis",
)

#: ``event_rows`` columns that come from the event's primary source (``s``) or its article (``a``);
#: every other one is a column of the ``events`` table (``e``).
_FROM_SOURCE = ("evidence", "evidence_start", "evidence_end", "article_id")
_FROM_ARTICLE = ("title", "url", "source", "published")

#: The order of the events table and the download: dated first by date, then undated.
_ROW_ORDER = "e.date_start NULLS LAST, e.date_end, e.event_id"


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the events to. Empty tuples and None mean "no restriction".

    ``date_from``/``date_to`` keep dated events whose interval overlaps the range and drop undated ones.
    ``places`` are (latitude, longitude) pairs picked on the map.
    """

    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    places: tuple[tuple[float, float], ...] = ()
    event_ids: tuple[str, ...] = ()
    min_sources: int = 1  # reported by at least this many articles (merged reports: docs/store.md, "Merging")

    def __post_init__(self) -> None:
        for name in ("actors", "types", "statuses", "sources", "articles", "places", "event_ids"):
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, (tuple, list)):
                raise ValueError(f"Filters.{name} must be a tuple, got {value!r}")
            object.__setattr__(self, name, tuple(value))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"Filters.date_from {self.date_from} is after date_to {self.date_to}")
        if isinstance(self.min_sources, bool) or not isinstance(self.min_sources, int) or self.min_sources < 1:
            raise ValueError(f"Filters.min_sources must be a whole number of at least 1, got {self.min_sources!r}")

    def narrowed(self, span: tuple[date, date] | None = None,
                 places: tuple[tuple[float, float], ...] = ()) -> Filters:
        """These filters further narrowed to a date span (timeline selection) and places (map selection)."""
        result = self
        if span is not None:
            first, last = span
            if self.date_from:
                first = max(first, self.date_from)
            if self.date_to:
                last = min(last, self.date_to)
            if first > last:  # the selection lies outside the date range: nothing can match
                result = dataclasses.replace(result, event_ids=("",))
                first = last
            result = dataclasses.replace(result, date_from=first, date_to=last)
        if places:
            result = dataclasses.replace(result, places=tuple(places))
        return result


def as_date(value: Any) -> date | None:
    """A day from what DuckDB, pandas or a Plotly selection hands back (date, datetime, Timestamp,
    datetime64, ISO text); None when missing (None, NaT, NaN). ``ValueError`` for anything else."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        if pd.isna(value):
            return None
        return pd.Timestamp(value).date()
    except (TypeError, ValueError) as error:
        raise ValueError(f"not a date: {value!r}") from error


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _placeholders(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def where_clause(filters: Filters, alias: str = "e") -> tuple[str, list[Any]]:
    """SQL condition over the ``events`` table as ``alias`` and its parameters (always a valid condition).

    Source, article and text filters look at the event's primary source (what ``event_rows`` shows) through
    a semi-join; ``articles`` is joined only for a source filter.
    """
    parts: list[str] = []
    params: list[Any] = []

    def among(column: str, values: tuple) -> None:
        parts.append(f"{alias}.{column} IN ({_placeholders(values)})")
        params.extend(values)

    if filters.actors:  # the event's own canonical actor list (same names as event_actors, no join)
        # One list_contains per actor: several times faster in DuckDB than list_has_any with a list parameter.
        parts.append("(" + " OR ".join(f"list_contains({alias}.actors, ?)" for _ in filters.actors) + ")")
        params.extend(filters.actors)
    if filters.types:
        among("type", filters.types)
    if filters.statuses:
        among("status", filters.statuses)
    if filters.event_ids:
        among("event_id", filters.event_ids)
    if filters.min_sources > 1:
        parts.append(f"{alias}.n_sources >= ?")
        params.append(filters.min_sources)
    if filters.date_from:
        parts.append(f"{alias}.date_end >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        parts.append(f"{alias}.date_start <= ?")
        params.append(filters.date_to)
    if filters.places:
        pairs = " OR ".join(f"({alias}.latitude = ? AND {alias}.longitude = ?)" for _ in filters.places)
        parts.append(f"({pairs})")
        for latitude, longitude in filters.places:
            params.extend([float(latitude), float(longitude)])
    of_source: list[str] = []
    if filters.articles:
        of_source.append(f"s.article_id IN ({_placeholders(filters.articles)})")
        params.extend(filters.articles)
    if filters.text.strip():
        of_source.append("s.evidence ILIKE ? ESCAPE '\\'")
        params.append(_like_pattern(filters.text.strip()))
    if filters.sources:
        of_source.append(f"s.article_id IN (SELECT article_id FROM articles WHERE source IN "
                         f"({_placeholders(filters.sources)}))")
        params.extend(filters.sources)
    if of_source:
        parts.append(f"{alias}.primary_source IN (SELECT s.source_id FROM event_sources s "
                     f"WHERE {' AND '.join(of_source)})")
    return (" AND ".join(parts) or "TRUE"), params


def _row_columns(columns: Sequence[str]) -> str:
    """``event_rows`` columns as a select list over ``e`` (events), ``s`` (primary source), ``a`` (article)."""
    def qualified(column: str) -> str:
        table = "s" if column in _FROM_SOURCE else "a" if column in _FROM_ARTICLE else "e"
        return f'{table}."{column}"'
    return ", ".join(qualified(c) for c in columns)


def _with_sources(events_sql: str, columns: Sequence[str]) -> str:
    """SELECT of ``columns`` (as in ``event_rows``) for the rows of ``events_sql`` (a query over the events
    table): the primary source and its article are joined to those rows only."""
    return (f"SELECT {_row_columns(columns)} FROM ({events_sql}) e "
            f"LEFT JOIN event_sources s ON s.source_id = e.primary_source "
            f"LEFT JOIN articles a ON a.article_id = s.article_id")


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


# --- facets -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Facets:
    """Choices for the sidebar, each with its number of events in the whole store."""

    actors: pd.DataFrame  # actor, n
    types: pd.DataFrame  # type, n
    statuses: pd.DataFrame  # status, n
    sources: pd.DataFrame  # source, n
    first: date | None
    last: date | None
    total: int


def facets(con: duckdb.DuckDBPyConnection) -> Facets:
    """Every actor, type, status and source with its event count, and the dated extent.

    Cached by the page per store version: a million events cost a few tenths of a second here, once.
    """
    actors = _frame(con, "SELECT actor, count(*) AS n FROM (SELECT unnest(actors) AS actor FROM events) "
                         "WHERE actor IS NOT NULL GROUP BY actor ORDER BY n DESC, actor")
    grouped = _frame(con, """
        SELECT coalesce(type, '') AS type, coalesce(status, '') AS status,
               GROUPING(type) AS no_type, GROUPING(status) AS no_status,
               count(*) AS n, min(date_start) AS first, max(date_end) AS last
        FROM events GROUP BY GROUPING SETS ((type), (status), ())""")
    sources = _frame(con, """
        SELECT coalesce(a.source, '') AS source, count(*) AS n
        FROM events e JOIN event_sources s ON s.source_id = e.primary_source
        JOIN articles a ON a.article_id = s.article_id GROUP BY 1 ORDER BY n DESC, source""")

    def counts(column: str, other: str) -> pd.DataFrame:
        rows = grouped[(grouped[f"no_{column}"] == 0) & (grouped[f"no_{other}"] == 1)]
        return rows[[column, "n"]].sort_values(["n", column], ascending=[False, True]).reset_index(drop=True)

    overall = grouped[(grouped["no_type"] == 1) & (grouped["no_status"] == 1)]
    total = int(overall["n"].iloc[0]) if len(overall) else 0
    first = as_date(overall["first"].iloc[0]) if total else None
    last = as_date(overall["last"].iloc[0]) if total else None
    return Facets(actors=actors, types=counts("type", "status"), statuses=counts("status", "type"),
                  sources=sources, first=first, last=last, total=total)


def _article_counts(where: str) -> str:
    """Articles (``a``) that are the primary article of at least one event, with that number of events."""
    return (f"SELECT a.article_id, any_value(a.title) AS title, any_value(a.published) AS published, "
            f"count(*) AS n FROM events e JOIN event_sources s ON s.source_id = e.primary_source "
            f"JOIN articles a ON a.article_id = s.article_id WHERE {where} GROUP BY a.article_id")


def article_choices(con: duckdb.DuckDBPyConnection, sources: tuple[str, ...] = (),
                    limit: int = 500) -> pd.DataFrame:
    """The ``limit`` most recent articles with events (of ``sources`` if given): article_id, title, n."""
    where = f"a.source IN ({_placeholders(sources)})" if sources else "TRUE"
    return _frame(con, f"{_article_counts(where)} ORDER BY published DESC NULLS LAST, title, a.article_id "
                       f"LIMIT {int(limit)}", list(sources))


def article_titles(con: duckdb.DuckDBPyConnection, article_ids: tuple[str, ...]) -> pd.DataFrame:
    """Title and event count of the given articles (those picked from a shared link, say)."""
    if not article_ids:
        return _frame(con, f"{_article_counts('FALSE')}")
    return _frame(con, _article_counts(f"a.article_id IN ({_placeholders(article_ids)})"), list(article_ids))


# --- counts and table ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    total: int
    dated: int
    undated: int
    located: int


def counts(con: duckdb.DuckDBPyConnection, filters: Filters) -> Counts:
    """How many events match: all, dated, undated, with coordinates."""
    where, params = where_clause(filters)
    total, dated, located = con.execute(
        f"SELECT count(*), count(e.date_start), count(*) FILTER (WHERE e.latitude IS NOT NULL "
        f"AND e.longitude IS NOT NULL) FROM events e WHERE {where}", params).fetchone()
    return Counts(total=int(total), dated=int(dated), undated=int(total) - int(dated), located=int(located))


def event_table(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    """The filtered events, dated first in date order, then undated; ``limit`` None means all rows.

    The events table picks and orders the rows; only those rows are joined to their source and article.
    """
    where, params = where_clause(filters)
    page = f"SELECT * FROM events e WHERE {where} ORDER BY {_ROW_ORDER}"
    if limit is not None:
        page += f" LIMIT {int(limit)}"
    frame = _frame(con, f"{_with_sources(page, TABLE_COLUMNS)} ORDER BY {_ROW_ORDER}", params)
    frame["actors"] = frame["actors"].map(_join_names)
    return frame


def _names(value: Any) -> list:
    """An actors cell as a list: DuckDB gives a list, pandas NaN (a float) or None when there is none."""
    return [] if value is None or isinstance(value, float) else list(value)


def _join_names(value: Any) -> str:
    return value if isinstance(value, str) else "; ".join(str(v) for v in _names(value))


def undated_events(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int = 500) -> pd.DataFrame:
    """Events matching every filter but the date range that have no date: listed beside the timeline,
    the most recently published first."""
    undated = dataclasses.replace(filters, date_from=None, date_to=None)
    where, params = where_clause(undated)
    events_sql = f"SELECT * FROM events e WHERE {where} AND e.date_start IS NULL"
    columns = ("event_id", "type", "status", "actors", "location", "summary", "evidence", "source", "title")
    frame = _frame(con, f"{_with_sources(events_sql, columns)} ORDER BY a.published DESC NULLS LAST, e.event_id "
                        f"LIMIT {int(limit)}", params)
    frame["actors"] = frame["actors"].map(_join_names)
    return frame


# --- timeline -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineData:
    """What the timeline draws.

    ``mode`` "events": one row per (event, lane) with the event's own interval.
    ``mode`` "aggregate": one row per (lane, bucket, type) with ``n`` events starting in the bucket.
    """

    mode: str
    frame: pd.DataFrame
    lane_by: str
    bucket: str  # "" in events mode, else "day", "week" or "month"
    total: int  # dated events matching the filters


def _bucket_for(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return "day"
    days = (last - first).days  # about a hundred buckets at most: marks stay apart
    if days <= 120:
        return "day"
    if days <= 700:
        return "week"
    return "month"


def _lane_sql(lane_by: str, alias: str) -> str:
    """The lane(s) of an event row: an event is in the lane of each of its actors, or of its type.

    ``events.actors`` names each actor once (the store's merge keeps the union in order), so unnesting
    it gives each event once per actor lane without a costly ``list_distinct`` per row.
    """
    if lane_by not in LANE_CHOICES:
        raise ValueError(f"lane_by must be one of {LANE_CHOICES}, got {lane_by!r}")
    if lane_by == "type":
        return f"coalesce({alias}.type, '')"
    return (f"coalesce(unnest(CASE WHEN len({alias}.actors) > 0 THEN {alias}.actors ELSE [NULL::VARCHAR] END), "
            f"'{NO_ACTOR}')")


def timeline(con: duckdb.DuckDBPyConnection, filters: Filters, lane_by: str = "actor",
             max_events: int = 1000, max_lanes: int = 20) -> TimelineData:
    """Dated events for the timeline: each event when few enough, else counts per lane, bucket and type.

    Only the ``max_lanes`` busiest lanes are kept; the rest share one lane, so the figure stays legible.
    The bucket (day, week, month) follows the span of the matching events, so a narrow date range shows
    finer buckets, and few enough events show each event with its source. Aggregates read the events
    table only; an event with several actors in the shared lane counts once there.
    """
    lane = _lane_sql(lane_by, "f")
    where, params = where_clause(filters)
    dated = f"{where} AND e.date_start IS NOT NULL"
    total, first, last = con.execute(
        f"SELECT count(*), min(e.date_start), max(e.date_end) FROM events e WHERE {dated}", params).fetchone()
    total = int(total)
    other = OTHER_ACTORS if lane_by == "actor" else OTHER_TYPES
    top = f"top AS (SELECT lane FROM u GROUP BY lane ORDER BY count(*) DESC, lane LIMIT {int(max_lanes)})"
    if total <= max_events:
        columns = ("event_id", "type", "status", "date_start", "date_end", "precision", "date_text", "date_basis", "summary",
                   "actors", "location", "country", "fatalities_low", "fatalities_best", "fatalities_high",
                   "victims", "source", "title", "n_sources", "evidence")
        events_sql = f"SELECT * FROM events e WHERE {dated}"
        frame = _frame(con, f"""
            WITH f AS MATERIALIZED ({_with_sources(events_sql, columns)}),
            u AS MATERIALIZED (SELECT f.*, {lane} AS lane FROM f), {top}
            SELECT u.* EXCLUDE (lane), CASE WHEN lane IN (SELECT lane FROM top) THEN lane ELSE '{other}' END AS lane
            FROM u ORDER BY lane, date_start, date_end, event_id""", params)
        frame = frame.drop_duplicates(subset=["event_id", "lane"]).reset_index(drop=True)
        frame["actors"] = frame["actors"].map(_join_names)
        return TimelineData("events", frame, lane_by, "", total)
    bucket = _bucket_for(as_date(first), as_date(last))
    frame = _frame(con, f"""
        WITH f AS (SELECT e.event_id, e.type, e.actors, date_trunc('{bucket}', e.date_start)::DATE AS bucket_start,
                          coalesce(e.fatalities_best, 0) AS killed FROM events e WHERE {dated}),
        u AS MATERIALIZED (SELECT f.event_id, f.type, f.bucket_start, f.killed, {lane} AS lane FROM f), {top}
        SELECT lane, bucket_start, type, count(*) AS n, sum(killed) AS fatalities
        FROM u WHERE lane IN (SELECT lane FROM top) GROUP BY 1, 2, 3
        UNION ALL
        SELECT '{other}', bucket_start, type, count(*), sum(killed) FROM (
            SELECT DISTINCT event_id, bucket_start, type, killed FROM u WHERE lane NOT IN (SELECT lane FROM top))
        GROUP BY 2, 3
        ORDER BY 1, 2, 3""", params)
    step = {"day": timedelta(days=1), "week": timedelta(days=7)}.get(bucket)
    if step is not None:
        frame["bucket_end"] = frame["bucket_start"] + pd.Timedelta(step) - pd.Timedelta(days=1)
    else:
        frame["bucket_end"] = (frame["bucket_start"] + pd.offsets.MonthEnd(0))
    return TimelineData("aggregate", frame, lane_by, bucket, total)


# --- map ----------------------------------------------------------------------------------------------


def map_points(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Events with coordinates grouped per place and type: latitude, longitude, place, type, n, fatalities."""
    where, params = where_clause(filters)
    return _frame(con, f"""
        SELECT e.latitude, e.longitude, any_value(coalesce(e.location, '')) AS place,
               any_value(coalesce(e.country, '')) AS country, e.type, count(*) AS n,
               sum(coalesce(e.fatalities_best, 0)) AS fatalities
        FROM events e
        WHERE {where} AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        GROUP BY e.latitude, e.longitude, e.type ORDER BY n DESC""", params)


# --- summaries ----------------------------------------------------------------------------------------


def per_month(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Dated events per month (of their start) and type: month, type, n."""
    where, params = where_clause(filters)
    return _frame(con, f"""
        SELECT date_trunc('month', e.date_start)::DATE AS month, e.type, count(*) AS n
        FROM events e WHERE {where} AND e.date_start IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1, 2""", params)


def per_actor(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int = 20) -> pd.DataFrame:
    """The busiest actors among the filtered events: actor, type, n (events per actor and type)."""
    where, params = where_clause(filters)
    return _frame(con, f"""
        WITH per AS (SELECT actor, type, count(*) AS n FROM (
                SELECT unnest(e.actors) AS actor, e.type FROM events e WHERE {where})
            GROUP BY 1, 2),
        top AS (SELECT actor FROM per GROUP BY actor ORDER BY sum(n) DESC, actor LIMIT {int(limit)})
        SELECT per.* FROM per JOIN top USING (actor) ORDER BY actor, type""", params)


# --- one event, one article ---------------------------------------------------------------------------


def event_detail(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """One event row as a dict (actors as a list), with ``actor_rows`` from event_actors; None if unknown."""
    frame = _frame(con, "SELECT * FROM event_rows WHERE event_id = ? LIMIT 1", [event_id])
    if frame.empty:
        return None
    row = frame.iloc[0].to_dict()
    row["actors"] = _names(row.get("actors"))
    row["actor_rows"] = _frame(con, "SELECT * FROM event_actors WHERE event_id = ?", [event_id])
    return row


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article as a dict (text, title, source, url, published, ...); None if unknown."""
    frame = _frame(con, "SELECT * FROM articles WHERE article_id = ? LIMIT 1", [article_id])
    return None if frame.empty else frame.iloc[0].to_dict()


def article_timexes(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """Every time expression found in one article, in text order (offsets index the article text)."""
    return _frame(con, "SELECT start_offset, end_offset, text, type, value, mod, granularity, first_day, "
                       "last_day FROM timexes WHERE article_id = ? ORDER BY start_offset, end_offset",
                  [article_id])


def evidence_actors(con: duckdb.DuckDBPyConnection, event_id: str, article_id: str) -> pd.DataFrame:
    """Actor mentions (as written, with article offsets) of an event's source in one article."""
    return _frame(con, "SELECT DISTINCT sa.actor, sa.text, sa.start_offset, sa.end_offset, sa.kind, sa.role "
                       "FROM source_actors sa JOIN event_sources s ON s.source_id = sa.source_id "
                       "WHERE s.event_id = ? AND s.article_id = ? ORDER BY sa.start_offset",
                  [event_id, article_id])


def store_version(db_path: str | os.PathLike) -> tuple[int, int]:
    """Changes whenever the database file (or its write-ahead log) changes: a cache key for queries."""
    path = Path(db_path)
    stamp = (0, 0)
    for part in (path, path.with_name(path.name + ".wal")):
        if part.exists():
            info = part.stat()
            stamp = (max(stamp[0], info.st_mtime_ns), stamp[1] + info.st_size)
    return stamp


# --- download -----------------------------------------------------------------------------------------


def export_rows(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Exactly the filtered events in the store's export columns (docs/store.md), dates as ISO text."""
    where, params = where_clause(filters)
    events_sql = f"SELECT * FROM events e WHERE {where}"
    frame = _frame(con, f"{_with_sources(events_sql, EXPORT_COLUMNS)} ORDER BY {_ROW_ORDER}", params)
    for column in ("date_start", "date_end", "published"):
        frame[column] = [d.isoformat() if d else "" for d in frame[column].map(as_date)]
    frame["actors"] = [_names(v) for v in frame["actors"]]
    return frame


def export_file(con: duckdb.DuckDBPyConnection, filters: Filters, fmt: str) -> Rendered:
    """The filtered events written in an export format (``events.store.formats.RENDERED_FORMATS``)."""
    return render(con, export_rows(con, filters), fmt)


def analysis_events_frame(analysis: Any) -> pd.DataFrame:
    """The events of an ``Analysis`` (the add-an-article preview) as a table like the events table."""
    rows = []
    for event in analysis.events:
        place, toll = event.location, event.fatalities
        rows.append({
            "type": event.type, "status": event.status, "date_start": event.date.first,
            "date_end": event.date.last, "precision": event.date.precision, "date_text": event.date.text,
            "date_basis": event.date_basis, "actors": "; ".join(event.actor_names), "location": place.name if place else "",
            "fatalities_best": toll.best if toll else None, "summary": event.summary, "evidence": event.evidence,
        })
    return pd.DataFrame(rows, columns=["type", "status", "date_start", "date_end", "precision", "date_text",
                                       "date_basis", "actors", "location", "fatalities_best", "summary", "evidence"])


# --- filters <-> URL query parameters -----------------------------------------------------------------

#: URL parameter -> Filters field, for the list-valued filters.
URL_LISTS = {"actor": "actors", "type": "types", "status": "statuses", "source": "sources", "article": "articles"}


def filters_to_params(filters: Filters) -> dict[str, list[str] | str]:
    """The user's filters as URL query parameters (repeated keys for lists); defaults are left out.

    Chart selections (places, event ids) are not part of a shared view.
    """
    params: dict[str, list[str] | str] = {}
    for key, field_name in URL_LISTS.items():
        values = getattr(filters, field_name)
        if values:
            params[key] = list(values)
    if filters.date_from:
        params["from"] = filters.date_from.isoformat()
    if filters.date_to:
        params["to"] = filters.date_to.isoformat()
    if filters.text.strip():
        params["q"] = filters.text.strip()
    if filters.min_sources > 1:
        params["sources_min"] = str(filters.min_sources)
    return params


def filters_from_params(params: Mapping[str, Sequence[str]]) -> tuple[Filters, list[str]]:
    """Filters from URL query parameters (each a list of values) and a message per value ignored."""
    problems: list[str] = []
    lists = {field_name: tuple(dict.fromkeys(v for v in params.get(key, ()) if v))
             for key, field_name in URL_LISTS.items()}
    days: dict[str, date | None] = {}
    for key in ("from", "to"):
        values = [v for v in params.get(key, ()) if v]
        days[key] = None
        if values:
            try:
                days[key] = date.fromisoformat(values[-1])
            except ValueError:
                problems.append(f"URL parameter {key}={values[-1]!r} is not a date (YYYY-MM-DD): ignored")
    if days["from"] and days["to"] and days["from"] > days["to"]:
        problems.append(f"URL parameters from={days['from']} and to={days['to']} are reversed: swapped")
        days["from"], days["to"] = days["to"], days["from"]
    text = " ".join(v for v in params.get("q", ()) if v)
    min_sources = 1
    if values := [v for v in params.get("sources_min", ()) if v]:
        if values[-1].isdigit() and int(values[-1]) >= 1:
            min_sources = int(values[-1])
        else:
            problems.append(f"URL parameter sources_min={values[-1]!r} is not a whole number of at least 1: ignored")
    return Filters(**lists, date_from=days["from"], date_to=days["to"], text=text, min_sources=min_sources), problems
