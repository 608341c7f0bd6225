"""Loading: the partitions' Parquet files -> the DuckDB store, merged, in one transaction.

In: a read-write store connection (``events.store.connect``), the done partitions in input order,
the output directory and the merge flag. Out: ``LoadResult`` counts. The events that can merge
(dated, with actors) are merged article by article in input order (events.store.timeline); every
table is then bulk-inserted from the Parquet files with the timeline event ids filled in (the other
events are timeline events of their own), and the stored timeline events that absorbed new sources
are updated. All of it commits together or not at all.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from events.batch.partition import ORDINAL, SEQ, TABLES, partition_files
from events.store.merge import MERGEABLE_SQL, TimelineEvent
from events.store.rows import (
    ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_COLUMNS, SOURCE_COLUMNS, TIMEX_COLUMNS, timeline_from_row, timeline_row,
)
from events.store.schema import arrow_rows, arrow_schema, quoted
from events.store.timeline import Timeline, stored_timeline
from events.store.transaction import transaction


@dataclass
class LoadResult:
    stored: int = 0
    events: int = 0  # article-level events of the stored articles, as extraction found them
    new_events: int = 0
    merged: int = 0
    no_events: Counter = field(default_factory=Counter)


def _parquet(files: list[Path]) -> str:
    listed = ", ".join("'" + str(path).replace("'", "''") + "'" for path in files)
    return f"read_parquet([{listed}], hive_partitioning = false)"


def _mergeable_singles(con: duckdb.DuckDBPyConnection, files: list[Path]) -> list[tuple[int, TimelineEvent]]:
    """(seq, single-source timeline event) for every mergeable article-level event, in input order.

    The others never join nor receive another event: each becomes a timeline event of its own,
    inserted straight from the Parquet files."""
    rows = con.execute(f"SELECT {SEQ}, {quoted(EVENT_COLUMNS)} FROM {_parquet(files)}"
                       f" WHERE {MERGEABLE_SQL} ORDER BY {SEQ}, {ORDINAL}").fetchall()
    return [(row[0], timeline_from_row(row[1:])) for row in rows]


def _event_table(events: list[TimelineEvent]) -> pa.Table:
    return arrow_rows([timeline_row(e) for e in events], arrow_schema("events", EVENT_COLUMNS))


def load_partitions(
    con: duckdb.DuckDBPyConnection, out_dir: str | Path, keys: list[str], *, merge: bool = True,
) -> LoadResult:
    """Merge and insert the partitions ``keys`` (in input order) into the store, in one transaction."""
    files: dict[str, list[Path]] = {table: [] for table in TABLES}
    for key in keys:
        for table, paths in partition_files(out_dir, key).items():
            files[table].extend(paths)
    result = LoadResult()
    if not files["articles"]:
        return result
    with transaction(con):
        _insert_articles(con, files, result)
        if files["events"]:
            _insert_events(con, files, merge, result)
    return result


def _insert_articles(con: duckdb.DuckDBPyConnection, files: dict[str, list[Path]], result: LoadResult) -> None:
    articles = _parquet(files["articles"])
    con.execute(f"INSERT INTO articles ({quoted(ARTICLE_COLUMNS)}) SELECT {quoted(ARTICLE_COLUMNS)}"
                f" FROM {articles} ORDER BY {SEQ}")
    counts = con.execute(f"SELECT count(*), coalesce(sum(n_events), 0) FROM {articles}").fetchone()
    result.stored, result.events = int(counts[0]), int(counts[1])
    for reason, count in con.execute(f"SELECT reason, count(*) FROM {articles} WHERE n_events = 0"
                                     f" GROUP BY reason ORDER BY min({SEQ})").fetchall():
        result.no_events[reason] += count
    con.execute(f"INSERT INTO timexes ({quoted(TIMEX_COLUMNS)}) SELECT {quoted(TIMEX_COLUMNS)}"
                f" FROM {_parquet(files['timexes'])} ORDER BY {SEQ}")


def _insert_events(con: duckdb.DuckDBPyConnection, files: dict[str, list[Path]], merge: bool, result: LoadResult) -> None:
    events = _parquet(files["events"])
    timeline = Timeline(stored_timeline(con) if merge else (), merge=merge)
    assignment: list[tuple[str, str]] = []  # (source_id, timeline event_id) of the mergeable events
    if merge:
        by_article: dict[int, list[TimelineEvent]] = {}
        for seq, single in _mergeable_singles(con, files["singles"]):
            by_article.setdefault(seq, []).append(single)
        for seq in sorted(by_article):
            singles = by_article[seq]
            event_ids, merged = timeline.add_article(singles)
            result.merged += merged
            assignment.extend((single.event_id, event_id) for single, event_id in zip(singles, event_ids))
    mapping = pa.table({"source_id": pa.array([a for a, _ in assignment], pa.string()),
                        "timeline_id": pa.array([b for _, b in assignment], pa.string())})
    con.register("batch_mapping", mapping)
    try:
        sources = ", ".join("coalesce(m.timeline_id, s.source_id)" if c == "event_id" else f's."{c}"'
                            for c in SOURCE_COLUMNS)
        con.execute(f"INSERT INTO event_sources ({quoted(SOURCE_COLUMNS)}) SELECT {sources}"
                    f" FROM {events} s LEFT JOIN batch_mapping m USING (source_id) ORDER BY s.{SEQ}, s.{ORDINAL}")
        actors = ", ".join("coalesce(m.timeline_id, a.source_id)" if c == "event_id" else f'a."{c}"'
                           for c in ACTOR_COLUMNS)
        con.execute(f"INSERT INTO source_actors ({quoted(ACTOR_COLUMNS)}) SELECT {actors}"
                    f" FROM {_parquet(files['source_actors'])} a LEFT JOIN batch_mapping m USING (source_id)"
                    f" ORDER BY a.{SEQ}, a.position")
        # Events that cannot merge are timeline events of their own, as they are.
        alone = con.execute(f"INSERT INTO events ({quoted(EVENT_COLUMNS)}) SELECT {quoted(EVENT_COLUMNS, 's.')}"
                            f" FROM {_parquet(files['singles'])} s ANTI JOIN batch_mapping m"
                            f" ON s.event_id = m.source_id").fetchone()[0]
    finally:
        con.unregister("batch_mapping")
    result.new_events = int(alone) + len(timeline.created)
    for name, ids in (("batch_created", timeline.created), ("batch_changed", timeline.changed)):
        if not ids:
            continue
        con.register(name, _event_table(timeline.rows(ids)))
        try:
            if name == "batch_created":
                con.execute(f"INSERT INTO events ({quoted(EVENT_COLUMNS)}) SELECT {quoted(EVENT_COLUMNS)} FROM {name}")
            else:
                assignments = ", ".join(f'"{c}" = c."{c}"' for c in EVENT_COLUMNS if c != "event_id")
                con.execute(f"UPDATE events SET {assignments} FROM {name} c WHERE events.event_id = c.event_id")
        finally:
            con.unregister(name)
