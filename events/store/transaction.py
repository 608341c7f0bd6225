"""All-or-nothing writes to the store: ``with transaction(con): ...`` commits, or undoes everything on
any exception (KeyboardInterrupt too) and re-raises it. ``rollback(con)`` is the undo step alone, for
callers that decide after an error whether it was one."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction; DuckDB may have aborted it already (after an interrupt, say)."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass  # nothing left to undo: keep the original exception, not this one


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        rollback(con)
        raise
    con.execute("COMMIT")
