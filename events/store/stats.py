"""Counts over the timeline events: by type, by actor, by month (of the event's first day), by date basis.

In: a connection. Out: ``Stats`` (lists of (label, count), largest first; months in order, "undated" last).
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class Stats:
    articles: int
    events: int
    sources: int
    by_type: list[tuple[str, int]]
    by_actor: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    by_basis: list[tuple[str, int]]  # how the dates were found (explicit, anchored, publication, none)


def stats(con: duckdb.DuckDBPyConnection) -> Stats:
    def pairs(sql: str) -> list[tuple[str, int]]:
        return [(str(label), int(count)) for label, count in con.execute(sql).fetchall()]

    return Stats(
        articles=con.execute("SELECT count(*) FROM articles").fetchone()[0],
        events=con.execute("SELECT count(*) FROM events").fetchone()[0],
        sources=con.execute("SELECT count(*) FROM event_sources").fetchone()[0],
        by_type=pairs("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type"),
        by_actor=pairs("SELECT actor, count(DISTINCT event_id) AS n FROM event_actors"
                       " GROUP BY actor ORDER BY n DESC, actor"),
        by_month=pairs("SELECT coalesce(strftime(date_start, '%Y-%m'), 'undated') AS month, count(*)"
                       " FROM events GROUP BY month ORDER BY month = 'undated', month"),
        by_basis=pairs("SELECT date_basis, count(*) AS n FROM events GROUP BY date_basis ORDER BY n DESC, date_basis"),
    )
