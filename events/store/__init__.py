"""Store: Articles and their Events in one DuckDB file (no server); merges the same event across articles.

    default_db_path(path=None) -> Path                 path, else $EVENTS_DB, else data/events.duckdb
    connect(path) -> connection                        read-write, schema migrated
    read_connection(path)                              context manager: read-only, retries while a writer holds the file
    add_article(con_or_path, article) -> StoreResult   analyse + store in one transaction
    ensure_bundled_database(path, progress=None)       build the db from data/articles if missing
    event_frame(con, Filters(...)) -> DataFrame        the event_rows view, typed, filtered
    to_safe_csv(frame) -> str                          CSV whose cells never run as spreadsheet formulas

Tables and the ``event_rows`` / ``event_actors`` views: docs/store.md.
"""
from events.store.bundled import ensure_bundled_database
from events.store.connection import connect, default_db_path, read_connection
from events.store.export import Filters, event_frame, export_frame, to_safe_csv
from events.store.pipeline import ExtractionError, IngestSummary, add_article, ingest
from events.store.schema import EXPORT_COLUMNS, ROW_COLUMNS, SCHEMA_VERSION
from events.store.write import StoreResult

__all__ = [
    "EXPORT_COLUMNS", "ROW_COLUMNS", "SCHEMA_VERSION", "ExtractionError", "Filters", "IngestSummary", "StoreResult",
    "add_article", "connect", "default_db_path", "ensure_bundled_database", "event_frame",
    "export_frame", "ingest", "read_connection", "to_safe_csv",
]
