"""JSONL and CSV files -> one Article per row (columns title, published, text, url, source).

Other column names are mapped with ``columns={"text": "body"}`` (the CLI's ``--column text=body``).
A bad row yields a ReadFailure naming the file and line/row; the other rows are still read.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

from events.extract.records import Article
from events.readers.failure import ReadFailure
from events.readers.fields import ARTICLE_FIELDS, REQUIRED_FIELD, parse_published
from events.readers.text import decode

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies exceed csv's 128 KiB default


def row_article(row: Mapping[str, object], columns: dict[str, str], origin: str, published: date | None) -> Article:
    """One table row (JSONL, CSV or Parquet) -> Article; ValueError starting with ``origin`` when it is bad."""
    values: dict[str, object] = {field: row.get(columns.get(field, field)) for field in ARTICLE_FIELDS}
    text = values["text"]
    if not isinstance(text, str) or not text.strip():
        column = columns.get(REQUIRED_FIELD, REQUIRED_FIELD)
        raise ValueError(f"{origin}: no text (column {column!r} is missing or empty)")
    strings = {}
    for field in ("title", "url", "source"):
        value = values[field]
        if value is not None and not isinstance(value, (str, int, float)):
            raise ValueError(f"{origin}: {field} must be a string, got {type(value).__name__}")
        strings[field] = "" if value is None else " ".join(str(value).split())  # one-line metadata
    found = parse_published(values["published"], f"{origin}: published")
    return Article(
        text=text.replace("\r\n", "\n").replace("\r", "\n").strip(),
        published=found or published,
        origin=origin,
        **strings,
    )


def row_item(row: Mapping[str, object], columns: dict[str, str], origin: str, published: date | None) -> Article | ReadFailure:
    """``row_article``, with a bad row as a ReadFailure (reading goes on with the next row)."""
    try:
        return row_article(row, columns, origin, published)
    except ValueError as error:
        return ReadFailure(origin, str(error).removeprefix(f"{origin}: "))


def read_jsonl_file(path: Path, published: date | None, columns: dict[str, str]) -> Iterator[Article | ReadFailure]:
    text = decode(path.read_bytes(), str(path))
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadFailure(origin, f"invalid JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(row, dict):
            yield ReadFailure(origin, f"expected a JSON object, got {type(row).__name__}")
            continue
        yield row_item(row, columns, origin, published)


def read_csv_file(path: Path, published: date | None, columns: dict[str, str]) -> Iterator[Article | ReadFailure]:
    text = decode(path.read_bytes(), str(path))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    needed = columns.get(REQUIRED_FIELD, REQUIRED_FIELD)
    if needed not in header:
        raise ValueError(f"{path}: no {needed!r} column (columns: {', '.join(header) or 'none'})")
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield ReadFailure(f"{path}:{reader.line_num}", f"malformed CSV ({error})")
            return  # the csv module cannot resync after a malformed record
        number += 1
        origin = f"{path}:row {number}"
        if None in row:
            yield ReadFailure(origin, f"{len(row[None])} more cells than header columns")
            continue
        yield row_item(row, columns, origin, published)
