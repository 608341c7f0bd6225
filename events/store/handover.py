"""The ingest's hold on the database, handed to readers between batches.

DuckDB lets one process open a file read-write and then no other process can open it at all, not
even read-only. A long ingest would lock the dashboard out for its whole run. So a reader that finds
the file locked leaves a request beside it (``NAME.read-request``, touched at every retry), and the
writer, between two committed batches, closes the file, waits for the readers to get in and out,
and opens it again. Readers see the articles committed so far, each whole; a run without readers
never closes the file.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb

from events.store.connection import connect, default_db_path

#: A request older than this is left over from a reader that went away.
STALE_SECONDS = 2.0
#: After the last request is gone, the writer waits this long before taking the file back, so the
#: next query of the same page load gets in without a request of its own.
LINGER_SECONDS = 0.3
#: The writer gives up taking the file back after this long (a reader holding it for minutes).
REOPEN_SECONDS = 600.0
#: Readers get at most this long per hand-over; then the writer takes the file back when it is free.
HANDOVER_SECONDS = 5.0
POLL_SECONDS = 0.02


def request_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".read-request")


def request_read(db_path: Path) -> None:
    """Tell a writer that a reader waits for the file (a reader calls it at every retry)."""
    try:
        request_path(db_path).touch()
    except OSError:
        pass  # a read-only folder: the reader just waits for the writer to finish


def withdraw_request(db_path: Path) -> None:
    try:
        request_path(db_path).unlink(missing_ok=True)
    except OSError:
        pass


def _fresh_request(db_path: Path) -> bool:
    try:
        age = time.time() - request_path(db_path).stat().st_mtime
    except OSError:
        return False
    return age < STALE_SECONDS


class Writer:
    """The ingest's connection: given a path it may close and reopen it to let readers in."""

    def __init__(self, con_or_path: duckdb.DuckDBPyConnection | str | os.PathLike) -> None:
        if isinstance(con_or_path, duckdb.DuckDBPyConnection):
            self.con, self.path, self._owned = con_or_path, None, False
        else:
            self.path = default_db_path(con_or_path)
            self.con, self._owned = connect(self.path, threads=1), True
        self.handovers = 0

    def stored_ids(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT article_id FROM articles").fetchall()}

    def flush(self, batch) -> None:
        batch.flush(self.con)

    def readers_waiting(self) -> bool:
        return self._owned and _fresh_request(self.path)

    def hand_over(self, on_change) -> None:
        """Close the file, let the waiting readers read, reopen; ``on_change()`` if someone else wrote meanwhile."""
        before = self._count()
        self.con.close()
        self.handovers += 1
        closed = time.monotonic()
        deadline = closed + REOPEN_SECONDS
        quiet_since = None
        while True:
            if _fresh_request(self.path) and time.monotonic() - closed < HANDOVER_SECONDS:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= LINGER_SECONDS:
                try:
                    self.con = connect(self.path, threads=1)
                    break
                except ValueError:
                    if time.monotonic() >= deadline:
                        raise
            time.sleep(POLL_SECONDS)
        if self._count() != before:
            on_change()

    def _count(self) -> int:
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def close(self) -> None:
        if self._owned:
            self.con.close()
