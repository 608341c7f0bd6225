"""Where the database lives and how to open it.

In: a path (or nothing: ``default_db_path()``). Out: DuckDB connections, the schema up to date.

DuckDB allows one process to open a file read-write; other processes cannot open it at all
while that lasts (not even read-only), and one process cannot mix read-only and read-write
connections to the same file. ``read_connection`` therefore opens a short-lived read-only
connection and, while a writer holds the file, asks it for the file (an ingest run hands it over
between batches: events.store.handover) and retries for a while.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from events.store.schema import migrate

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = REPO_ROOT / "data" / "events.duckdb"
#: Environment variable that overrides the default database path (CLI and dashboard alike).
DB_ENV = "EVENTS_DB"
#: Write-ahead log size at which DuckDB folds the log into the database file (see ``connect``).
CHECKPOINT_THRESHOLD = "128MB"


def default_db_path(db_path: str | os.PathLike | None = None) -> Path:
    """``db_path`` if given, else ``$EVENTS_DB`` if set, else data/events.duckdb in the repository."""
    if db_path is not None:
        return Path(db_path)
    configured = os.environ.get(DB_ENV, "").strip()
    return Path(configured) if configured else DEFAULT_DB


def connect(db_path: str | os.PathLike | None = None, *, threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the database read-write and bring its schema up to date.

    ``threads=1`` suits ingest: its statements are tiny, and DuckDB's worker threads only add hand-offs.
    """
    path = default_db_path(db_path)
    if path.is_dir():
        raise ValueError(f"db path {path} is a directory, not a database file")
    path.parent.mkdir(parents=True, exist_ok=True)
    # A checkpoint folds the write-ahead log into the file (changed row groups, whole indexes). At
    # DuckDB's default, every 16 MB of log (about 400 articles: each logs about 40 kB), ingest paid
    # about 1 ms per article for it, more as the store grows. Commits still reach the log at once, so
    # a crash loses nothing committed; only replaying the log on the next open takes longer after a
    # crash (measured: 7 s for 160 MB). A clean close checkpoints as before.
    config = {"checkpoint_threshold": CHECKPOINT_THRESHOLD}
    if threads:
        config["threads"] = threads
    try:
        con = duckdb.connect(str(path), config=config)
    except (duckdb.IOException, duckdb.ConnectionException) as error:
        raise ValueError(f"cannot open database {path} for writing: {error}") from error
    migrate(con)
    return con


def _is_lock_error(error: Exception) -> bool:
    text = str(error).lower()
    return "lock" in text or "different configuration" in text


@contextmanager
def read_connection(
    db_path: str | os.PathLike | None = None, *, wait_seconds: float = 10.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, closed on exit; retries while another process writes the file."""
    path = default_db_path(db_path)
    if not path.exists():
        raise ValueError(f"database {path} does not exist (run `python -m events ingest` first)")
    from events.store.handover import POLL_SECONDS, request_read, withdraw_request

    deadline = time.monotonic() + wait_seconds
    requested = False
    while True:
        try:
            con = duckdb.connect(str(path), read_only=True)
            break
        except (duckdb.IOException, duckdb.ConnectionException) as error:
            if not _is_lock_error(error) or time.monotonic() >= deadline:
                if requested:
                    withdraw_request(path)
                raise ValueError(f"cannot open database {path} for reading: {error}") from error
            # an ingest run hands the file over between batches when asked (events.store.handover)
            request_read(path)
            requested = True
            time.sleep(POLL_SECONDS)
    if requested:
        withdraw_request(path)
    try:
        yield con
    finally:
        con.close()
