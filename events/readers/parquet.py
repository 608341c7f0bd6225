"""Parquet files -> one Article per row (columns title, published, text, url, source, or mapped).

Rows are read in batches, so a large shard never sits in memory whole. Each row goes through the
same check as a JSONL or CSV row (events.readers.tables.row_item): a bad row yields a
ReadFailure naming ``FILE:row N`` and the other rows are still read.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from events.extract.records import Article
from events.readers.failure import ReadFailure
from events.readers.fields import REQUIRED_FIELD, table_columns
from events.readers.tables import missing_text_column, row_item

_BATCH_ROWS = 1000


def read_parquet_file(path: Path, published: date | None, columns: dict[str, str]) -> Iterator[Article | ReadFailure]:
    import pyarrow as pa  # late: only Parquet inputs need it
    import pyarrow.parquet as pq

    try:
        shard = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as error:
        yield ReadFailure(str(path), f"cannot read Parquet: {error}")
        return
    names = shard.schema_arrow.names
    if table_columns(names, columns)[REQUIRED_FIELD] not in names:
        yield ReadFailure(str(path), f"{missing_text_column(columns)} (columns: {', '.join(names) or 'none'})")
        return
    number = 0
    for batch in shard.iter_batches(batch_size=_BATCH_ROWS):
        for row in batch.to_pylist():
            number += 1
            yield row_item(row, columns, f"{path}:row {number}", published)
