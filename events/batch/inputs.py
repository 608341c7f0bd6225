"""Batch inputs: what events.readers reads, plus Parquet shards (columns title, published, text, url, source).

In: files and directories, ``published`` and ``columns`` as for ``read_paths``. Out: Articles and
ReadFailures in input order. A directory yields its readable files first (``read_paths``' sorted
walk), then its .parquet files in sorted order. Each Parquet row goes through the readers' own row
check (events.readers.tables), so a bad row becomes a ReadFailure naming ``FILE:row N``, as in a CSV.
Parquet under the engine's own output directory is never read as input.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from events.extract.records import Article
from events.readers import ReadFailure, parse_column_map, read_paths
from events.readers.tables import _article

PARQUET = ".parquet"
_BATCH_ROWS = 1000


def read_parquet_file(path: Path, published: date | None, columns: dict[str, str]) -> Iterator[Article | ReadFailure]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        shard = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as error:
        yield ReadFailure(str(path), f"cannot read Parquet: {error}")
        return
    needed = columns.get("text", "text")
    if needed not in shard.schema_arrow.names:
        yield ReadFailure(str(path), f"no {needed!r} column (columns: {', '.join(shard.schema_arrow.names) or 'none'})")
        return
    number = 0
    for batch in shard.iter_batches(batch_size=_BATCH_ROWS):
        for row in batch.to_pylist():
            number += 1
            origin = f"{path}:row {number}"
            try:
                yield _article(row, columns, origin, published)
            except ValueError as error:
                yield ReadFailure(origin, str(error).removeprefix(f"{origin}: "))


def _parquet_in(directory: Path, exclude: Path | None) -> list[Path]:
    found = [p for p in directory.rglob(f"*{PARQUET}") if p.is_file()
             and not any(part.startswith(".") for part in p.relative_to(directory).parts)
             and not (exclude and p.resolve().is_relative_to(exclude))]
    return sorted(found, key=lambda p: p.relative_to(directory).as_posix())


def read_inputs(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    *,
    published: date | None = None,
    columns: dict[str, str] | list[str] | None = None,
    exclude: str | os.PathLike | None = None,
) -> Iterator[Article | ReadFailure]:
    """``exclude``: a directory whose Parquet files are never inputs (the batch engine's own output)."""
    skip = Path(exclude).resolve() if exclude is not None else None
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    mapping = parse_column_map(columns)
    for raw in paths:
        path = Path(raw)
        if path.is_file() and path.suffix.lower() == PARQUET:
            yield from read_parquet_file(path, published, mapping)
            continue
        yield from read_paths([path], published=published, columns=mapping)
        if path.is_dir():
            for shard in _parquet_in(path, skip):
                yield from read_parquet_file(shard, published, mapping)
