"""The DuckDB schema: migrations in order, the views, and ``migrate(con)`` that brings a db up to date.

In: a read-write DuckDB connection. Out: the same database at ``SCHEMA_VERSION``.
Each migration is SQL that takes the schema from version N-1 to N; they run in order, each in
its own transaction, and ``schema_version`` records every version applied. Views are rebuilt
after any migration because they describe the newest tables only.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import duckdb
import pyarrow as pa

from events.store.transaction import transaction

# Version 1: articles, their time expressions, timeline events, the article-level events behind
# them (sources) and the actors of each source.
_V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY,
    title VARCHAR, url VARCHAR, source VARCHAR,
    published DATE, published_basis VARCHAR,
    origin VARCHAR, text VARCHAR,
    n_events INTEGER, reason VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE timexes (
    article_id VARCHAR NOT NULL,
    start_offset INTEGER, end_offset INTEGER, text VARCHAR,
    type VARCHAR, value VARCHAR, mod VARCHAR, granularity VARCHAR,
    first_day DATE, last_day DATE
);
CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,
    type VARCHAR, status VARCHAR,
    date_start DATE, date_end DATE, precision VARCHAR, date_text VARCHAR,
    actors VARCHAR[],
    location VARCHAR, admin1 VARCHAR, country VARCHAR, latitude DOUBLE, longitude DOUBLE,
    fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER, victims VARCHAR,
    attributed_to VARCHAR, confidence DOUBLE,
    primary_source VARCHAR, n_sources INTEGER
);
CREATE TABLE event_sources (
    source_id VARCHAR PRIMARY KEY,
    event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
    type VARCHAR, status VARCHAR,
    date_start DATE, date_end DATE, precision VARCHAR, date_text VARCHAR, date_value VARCHAR, date_basis VARCHAR,
    evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER, trigger VARCHAR,
    location VARCHAR, place_text VARCHAR, admin1 VARCHAR, country VARCHAR, latitude DOUBLE, longitude DOUBLE,
    fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER, victims VARCHAR, fatalities_text VARCHAR,
    attributed_to VARCHAR, confidence DOUBLE
);
CREATE TABLE source_actors (
    source_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, position INTEGER,
    actor VARCHAR, text VARCHAR, start_offset INTEGER, end_offset INTEGER,
    known BOOLEAN, kind VARCHAR, acts_for VARCHAR, role VARCHAR
);
"""

# Version 2: ACLED type columns and the one-line summary (dashboard hover) on events and sources.
_V2 = """
ALTER TABLE events ADD COLUMN acled_event_type VARCHAR DEFAULT '';
ALTER TABLE events ADD COLUMN acled_sub_event_type VARCHAR DEFAULT '';
ALTER TABLE events ADD COLUMN summary VARCHAR DEFAULT '';
ALTER TABLE event_sources ADD COLUMN summary VARCHAR DEFAULT '';
"""

# Version 3: how each date was found, in the issue-12 vocabulary (explicit, anchored, publication, none), on
# timeline events too. Sources stored before it said "clause"/"sentence" (both explicit), "publication date"
# and "undated"; a timeline event takes its primary source's.
_V3 = """
UPDATE event_sources SET date_basis = CASE
    WHEN date_start IS NULL THEN 'none'
    WHEN date_basis IN ('clause', 'sentence') THEN 'explicit'
    WHEN date_basis = 'publication date' THEN 'publication'
    WHEN date_basis IN ('explicit', 'anchored', 'publication') THEN date_basis
    ELSE 'none' END;
ALTER TABLE events ADD COLUMN date_basis VARCHAR DEFAULT 'none';
UPDATE events SET date_basis = coalesce((SELECT s.date_basis FROM event_sources s WHERE s.source_id = events.primary_source
    AND s.date_start IS NOT DISTINCT FROM events.date_start AND s.date_end IS NOT DISTINCT FROM events.date_end),
    CASE WHEN events.date_start IS NULL THEN 'none' WHEN coalesce(events.date_text, '') <> '' THEN 'explicit' ELSE 'publication' END);
"""

#: MIGRATIONS[i] takes the schema from version i to version i + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)

#: The export columns, in order (docs/store.md documents each). ``summary`` is extra, after them.
EXPORT_COLUMNS = (
    "event_id", "type", "acled_event_type", "acled_sub_event_type", "status",
    "date_start", "date_end", "precision", "date_text", "actors",
    "location", "admin1", "country", "latitude", "longitude",
    "fatalities_low", "fatalities_best", "fatalities_high", "victims",
    "attributed_to", "confidence", "evidence", "evidence_start", "evidence_end",
    "article_id", "title", "url", "source", "published", "n_sources", "date_basis",
)
ROW_COLUMNS = EXPORT_COLUMNS + ("summary",)

_VIEWS = """
CREATE OR REPLACE VIEW event_actors AS
    SELECT DISTINCT event_id, actor, kind, known, role FROM source_actors;
CREATE OR REPLACE VIEW event_rows AS
    SELECT e.event_id, e.type, e.acled_event_type, e.acled_sub_event_type, e.status,
           e.date_start, e.date_end, e.precision, e.date_text, e.actors,
           e.location, e.admin1, e.country, e.latitude, e.longitude,
           e.fatalities_low, e.fatalities_best, e.fatalities_high, e.victims,
           e.attributed_to, e.confidence, s.evidence, s.evidence_start, s.evidence_end,
           s.article_id, a.title, a.url, a.source, a.published, e.n_sources, e.date_basis, e.summary
    FROM events e
    JOIN event_sources s ON s.source_id = e.primary_source
    JOIN articles a ON a.article_id = s.article_id;
"""


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the open database; 0 for an empty one."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not found:
        return 0
    return int(con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0])


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration the database lacks, in order; return the version reached."""
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise ValueError(
            f"database schema version {version} is newer than this code's {SCHEMA_VERSION}: upgrade the code"
        )
    if version == SCHEMA_VERSION:
        return version
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(con):
            con.execute(MIGRATIONS[target - 1])
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [target])
    con.execute(_VIEWS)
    return SCHEMA_VERSION


def quoted(columns: Sequence[str], prefix: str = "") -> str:
    """A SQL column list: ``"a", "b"`` (``s."a", s."b"`` with prefix "s.")."""
    return ", ".join(f'{prefix}"{c}"' for c in columns)


def arrow_schema(table: str, columns: Sequence[str]) -> pa.Schema:
    """The Arrow types of ``columns`` of ``table`` at ``SCHEMA_VERSION`` (read from an empty in-memory store,
    so the schema above stays the one source of truth). Rows built to it insert without casts."""
    return _arrow_schema(table, tuple(columns))


@cache
def _arrow_schema(table: str, columns: tuple[str, ...]) -> pa.Schema:
    con = duckdb.connect(":memory:")
    try:
        migrate(con)
        return con.sql(f"SELECT {quoted(columns)} FROM {table} LIMIT 0").to_arrow_table().schema
    finally:
        con.close()


def arrow_rows(rows: Sequence[tuple], schema: pa.Schema) -> pa.Table:
    """Row tuples (in the schema's column order) -> one Arrow table of that schema."""
    columns = list(zip(*rows)) if rows else [() for _ in schema]
    return pa.Table.from_arrays([pa.array(values, type=f.type) for values, f in zip(columns, schema)], schema=schema)
