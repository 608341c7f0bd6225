"""One partition on a worker: Articles -> analysed -> Parquet rows of the store's tables, plus a done-marker.

In: a partition key, the input position of its first article, its Articles and the output directory.
Out (under that directory, every file named after the key so a rerun overwrites rather than adds):

    articles/KEY.parquet              one row per analysed article (the store's ``articles`` columns + seq)
    timexes/KEY.parquet               the store's ``timexes`` columns + seq
    events/month=YYYY-MM/KEY.parquet  article-level events (``event_sources`` columns + the canonical
                                      ``actors`` list, ACLED types, seq, ordinal), by month of the
                                      event's first day; ``month=undated`` for undated events
    singles/KEY.parquet               each article-level event as a timeline event of its own (the
                                      store's ``events`` columns + seq, ordinal): what merging starts from
    source_actors/KEY.parquet         the store's ``source_actors`` columns + seq
    _done/KEY.json                    written last: the partition is complete (counts, failures)

``event_id`` in ``events`` and ``source_actors`` is the article-level event's own id; the timeline
event it joins is decided when the partitions are loaded in input order (events.store.timeline).
Row values are the store's own (``events.store.rows.article_rows``, as the local engine writes
them); the column types are read from the store's schema, so the files load into the store unchanged.
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
from events.store.rows import (
    ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_COLUMNS, SOURCE_COLUMNS, TIMEX_COLUMNS, AcledTypes, article_rows, origin,
    timeline_row,
)
from events.store.pipeline import Analyse, default_acled, default_analyse
from events.store.schema import arrow_rows, arrow_schema

UNDATED = "undated"
TABLES = ("articles", "timexes", "events", "singles", "source_actors")
DONE_DIR = "_done"
#: Columns the batch engine adds to the store's: input position of the article, position of the event in it.
SEQ, ORDINAL, MONTH = "seq", "ordinal", "month"
EVENT_EXTRA = ("actors", "acled_event_type", "acled_sub_event_type")

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
    """Arrow schemas of the files: the store's own columns and types (``arrow_schema``) plus the batch columns."""
    seq, ordinal = pa.field(SEQ, pa.int64()), pa.field(ORDINAL, pa.int32())
    events = arrow_schema("event_sources", SOURCE_COLUMNS)
    for column in arrow_schema("events", EVENT_EXTRA):
        events = events.append(column)
    return {
        "articles": arrow_schema("articles", ARTICLE_COLUMNS).append(seq),
        "timexes": arrow_schema("timexes", TIMEX_COLUMNS).append(seq),
        "events": events.append(seq).append(ordinal),
        "singles": arrow_schema("events", EVENT_COLUMNS).append(seq).append(ordinal),
        "source_actors": arrow_schema("source_actors", ACTOR_COLUMNS).append(seq),
    }


def done_marker(out_dir: str | os.PathLike, key: str) -> Path:
    return Path(out_dir) / DONE_DIR / f"{key}.json"


def read_done(out_dir: str | os.PathLike, key: str) -> PartitionResult | None:
    """The partition's result if a complete earlier run left it, else None."""
    marker = done_marker(out_dir, key)
    try:
        result = PartitionResult.from_json(marker.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return None  # a damaged marker: recompute the partition
    if not all(path.is_file() for table, paths in partition_files(out_dir, key).items() if table != "events"
               for path in paths):
        return None  # files missing (or an older layout without some): recompute
    return result


def partition_files(out_dir: str | os.PathLike, key: str) -> dict[str, list[Path]]:
    """The Parquet files a done partition left, by table."""
    root = Path(out_dir)
    files = {table: [root / table / f"{key}.parquet"] for table in TABLES if table != "events"}
    files["events"] = sorted(root.glob(f"events/{MONTH}=*/{key}.parquet"))
    return files


def partition_rows(analysis: Analysis, seq: int, acled_types: AcledTypes) -> dict[str, list[tuple]]:
    """One analysed article's rows (the store's ``article_rows``, before merging), tagged with ``seq``."""
    rows = article_rows(analysis, acled_types)
    return {
        "articles": [rows.article + (seq,)],
        "timexes": [row + (seq,) for row in rows.timexes],
        "events": [source + (list(single.actors), single.acled_event_type, single.acled_sub_event_type, seq, ordinal)
                   for ordinal, (source, single) in enumerate(zip(rows.sources(), rows.singles))],
        "singles": [timeline_row(single) + (seq, ordinal) for ordinal, single in enumerate(rows.singles)],
        "source_actors": [row + (seq,) for row in rows.actors()],
    }


def _write_whole(path: Path, write: Callable[[Path], object]) -> None:
    """``write`` to a side file, then rename it to ``path``, so a file is never seen half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    write(partial)
    os.replace(partial, path)


def _write_table(table: pa.Table, path: Path) -> None:
    _write_whole(path, lambda partial: pq.write_table(table, partial))


def _month(day) -> str:
    return day.strftime("%Y-%m") if day is not None else UNDATED


def write_partition(out_dir: str | os.PathLike, key: str, rows: dict[str, list[tuple]]) -> None:
    root = Path(out_dir)
    schemas = store_schemas()
    for stale in root.glob(f"events/{MONTH}=*/{key}.parquet"):
        stale.unlink()  # an earlier attempt with other months must not leave rows behind
    for table in ("articles", "timexes", "singles", "source_actors"):
        _write_table(arrow_rows(rows[table], schemas[table]), root / table / f"{key}.parquet")
    events = arrow_rows(rows["events"], schemas["events"])
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
        analyse = default_analyse()
    if acled_types is None:
        acled_types = default_acled()
    result = PartitionResult(key)
    rows: dict[str, list[tuple]] = {table: [] for table in TABLES}
    started = time.perf_counter()
    for offset, article in enumerate(articles):
        try:
            analysis = analyse(article)
            produced = partition_rows(analysis, first_seq + offset, acled_types)
        except ValueError as error:
            result.failures.append((origin(article), f"not stored: {error}"))
            continue
        except Exception as error:  # an extraction bug must not stop the other articles
            result.failures.append((origin(article), f"extraction failed: {type(error).__name__}: {error}"))
            continue
        for table, table_rows in produced.items():
            rows[table].extend(table_rows)
        result.articles += 1
    result.analyse_seconds = time.perf_counter() - started
    write_partition(out_dir, key, rows)
    _write_whole(done_marker(out_dir, key), lambda partial: partial.write_text(result.to_json(), encoding="utf-8"))
    return result
