"""One partition on a worker: Articles -> analysed -> Parquet rows of the store's tables, plus a done-marker.

In: a partition key, the input position of its first article, its Articles and the output directory.
Out (under that directory, every file named after the key so a rerun overwrites rather than adds):

    articles/KEY.parquet              one row per analysed article (the store's ``articles`` columns + seq)
    timexes/KEY.parquet               the store's ``timexes`` columns + seq
    events/month=YYYY-MM/KEY.parquet  article-level events (``event_sources`` columns + the canonical
                                      ``actors`` list, ACLED types, seq, ordinal), by month of the
                                      event's first day; ``month=undated`` for undated events
    source_actors/KEY.parquet         the store's ``source_actors`` columns + seq
    _done/KEY.json                    written last: the partition is complete (counts, failures)

``event_id`` in ``events`` and ``source_actors`` is the article-level event's own id; the timeline
event it joins is decided when the partitions are loaded in input order (events.batch.timeline).
Row values come from the store's own code where it has a function for them (``_source_row``,
``timeline_event``) and otherwise mirror events/store/write.py; the column types are read from the
store's schema, so the Parquet files load into the store unchanged.
"""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from events.extract.records import Analysis, Article
from events.store.merge import timeline_event
from events.store.pipeline import _origin
from events.store.write import (
    ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_COLUMNS, SOURCE_COLUMNS, TIMEX_COLUMNS, _source_row,
)

UNDATED = "undated"
TABLES = ("articles", "timexes", "events", "source_actors")
DONE_DIR = "_done"
#: Columns the batch engine adds to the store's: input position of the article, position of the event in it.
SEQ, ORDINAL, MONTH = "seq", "ordinal", "month"
EVENT_EXTRA = ("actors", "acled_event_type", "acled_sub_event_type")

Analyse = Callable[[Article], Analysis]
AcledTypes = Callable[[str], tuple[str, str]]


@dataclass
class PartitionResult:
    """What a partition's worker did; also the content of its done-marker."""

    key: str
    articles: int = 0  # analysed and written
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason), not written
    analyse_seconds: float = 0.0
    reused: bool = False  # found done on disk, not recomputed

    def to_json(self) -> str:
        return json.dumps({"key": self.key, "articles": self.articles, "failures": self.failures,
                           "analyse_seconds": self.analyse_seconds})

    @classmethod
    def from_json(cls, text: str) -> PartitionResult:
        data = json.loads(text)
        return cls(data["key"], data["articles"], [tuple(f) for f in data["failures"]], data["analyse_seconds"], True)


@cache
def store_schemas() -> dict[str, pa.Schema]:
    """Arrow schemas of the store's tables, read from an empty in-memory store (one source of truth)."""
    import duckdb

    from events.store.schema import migrate

    con = duckdb.connect(":memory:")
    try:
        migrate(con)

        def schema(table: str, columns) -> pa.Schema:
            names = ", ".join(f'"{c}"' for c in columns)
            return con.sql(f"SELECT {names} FROM {table} LIMIT 0").to_arrow_table().schema

        seq = pa.field(SEQ, pa.int64())
        events = schema("event_sources", SOURCE_COLUMNS)
        for name in EVENT_EXTRA:
            events = events.append(schema("events", (name,)).field(name))
        return {
            "articles": schema("articles", ARTICLE_COLUMNS).append(seq),
            "timexes": schema("timexes", TIMEX_COLUMNS).append(seq),
            "events": events.append(seq).append(pa.field(ORDINAL, pa.int32())),
            "source_actors": schema("source_actors", ACTOR_COLUMNS).append(seq),
            "timeline": schema("events", EVENT_COLUMNS),  # the store's merged events table
        }
    finally:
        con.close()


def done_marker(out_dir: str | os.PathLike, key: str) -> Path:
    return Path(out_dir) / DONE_DIR / f"{key}.json"


def read_done(out_dir: str | os.PathLike, key: str) -> PartitionResult | None:
    """The partition's result if a complete earlier run left it, else None."""
    marker = done_marker(out_dir, key)
    try:
        return PartitionResult.from_json(marker.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return None  # a damaged marker: recompute the partition


def partition_files(out_dir: str | os.PathLike, key: str) -> dict[str, list[Path]]:
    """The Parquet files a done partition left, by table."""
    root = Path(out_dir)
    return {
        "articles": [root / "articles" / f"{key}.parquet"],
        "timexes": [root / "timexes" / f"{key}.parquet"],
        "events": sorted(root.glob(f"events/{MONTH}=*/{key}.parquet")),
        "source_actors": [root / "source_actors" / f"{key}.parquet"],
    }


def article_rows(analysis: Analysis, seq: int, acled_types: AcledTypes) -> dict[str, list[tuple]]:
    """One analysed article's rows, as events/store/write.py builds them (before merging)."""
    article = analysis.article
    article_id = article.article_id
    basis = "given" if article.published else "text" if analysis.published else "none"
    events, seen = [], set()
    for event in analysis.events:
        if event.event_id not in seen:  # as the store does: the same span, type and trigger twice is one source
            seen.add(event.event_id)
            events.append(event)
    rows: dict[str, list[tuple]] = {
        "articles": [(article_id, article.title, article.url, article.source, analysis.published, basis,
                      article.origin, article.text, len(events), analysis.reason, seq)],
        "timexes": [(article_id, t.start, t.end, t.text, t.type, t.value, t.mod, t.granularity,
                     t.interval.first if t.interval else None, t.interval.last if t.interval else None, seq)
                    for t in analysis.timexes],
        "events": [],
        "source_actors": [],
    }
    for ordinal, event in enumerate(events):
        single = timeline_event(event, acled_types(event.type))
        rows["events"].append(_source_row(event, event.event_id) + (
            list(single.actors), single.acled_event_type, single.acled_sub_event_type, seq, ordinal))
        rows["source_actors"].extend(
            (event.event_id, event.event_id, position, actor.name, actor.text, actor.start, actor.end,
             actor.known, actor.kind, actor.acts_for, actor.role, seq)
            for position, actor in enumerate(event.actors)
        )
    return rows


def _table(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows)) if rows else [[] for _ in schema.names]
    return pa.Table.from_arrays([pa.array(list(values), type=f.type) for values, f in zip(columns, schema)],
                                schema=schema)


def _write_table(table: pa.Table, path: Path) -> None:
    """Write then rename, so a file is never seen half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial)
    os.replace(partial, path)


def _month(day) -> str:
    return day.strftime("%Y-%m") if day is not None else UNDATED


def write_partition(out_dir: str | os.PathLike, key: str, rows: dict[str, list[tuple]]) -> None:
    root = Path(out_dir)
    schemas = store_schemas()
    for stale in root.glob(f"events/{MONTH}=*/{key}.parquet"):
        stale.unlink()  # an earlier attempt with other months must not leave rows behind
    for table in ("articles", "timexes", "source_actors"):
        _write_table(_table(rows[table], schemas[table]), root / table / f"{key}.parquet")
    events = _table(rows["events"], schemas["events"])
    months = pa.array([_month(day) for day in events.column("date_start").to_pylist()], pa.string())
    for month in sorted(set(months.to_pylist())):
        _write_table(events.filter(pc.equal(months, month)),
                     root / "events" / f"{MONTH}={month}" / f"{key}.parquet")


def analyse_partition(
    key: str, first_seq: int, articles: list[Article], out_dir: str,
    analyse: Analyse | None = None, acled_types: AcledTypes | None = None,
) -> PartitionResult:
    """Analyse ``articles`` (input positions first_seq, first_seq + 1, ...) and write the partition.

    A failing article is recorded with its origin (as the local engine does) and the others go on;
    anything else that fails (the disk, the worker) fails the task, which Dask retries.
    """
    if analyse is None:
        from events.extract import analyse
    if acled_types is None:
        from events.extract import acled_types
    result = PartitionResult(key)
    rows: dict[str, list[tuple]] = {table: [] for table in TABLES}
    started = time.perf_counter()
    for offset, article in enumerate(articles):
        try:
            analysis = analyse(article)
            produced = article_rows(analysis, first_seq + offset, acled_types)
        except ValueError as error:
            result.failures.append((_origin(article), f"not stored: {error}"))
            continue
        except Exception as error:  # an extraction bug must not stop the other articles
            result.failures.append((_origin(article), f"extraction failed: {type(error).__name__}: {error}"))
            continue
        for table, table_rows in produced.items():
            rows[table].extend(table_rows)
        result.articles += 1
    result.analyse_seconds = time.perf_counter() - started
    write_partition(out_dir, key, rows)
    marker = done_marker(out_dir, key)
    marker.parent.mkdir(parents=True, exist_ok=True)
    partial = marker.with_name(marker.name + ".partial")
    partial.write_text(result.to_json(), encoding="utf-8")
    os.replace(partial, marker)
    return result
