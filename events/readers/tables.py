"""JSONL and CSV files -> one Article per row (columns title, published, text, url, source).

Other column names are mapped with ``columns={"text": "body"}`` (the CLI's ``--column text=body``); without a map,
the names other tools write ("maintext", "date", "link", ...: ``fields.COLUMN_ALIASES``) are taken.
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
from events.readers.fields import COLUMN_ALIASES, REQUIRED_FIELD, parse_published, table_columns
from events.readers.text import decode

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies exceed csv's 128 KiB default


def row_article(row: Mapping[str, object], columns: dict[str, str], origin: str, published: date | None) -> Article:
    """One table row (JSONL, CSV or Parquet) -> Article; ValueError starting with ``origin`` when it is bad."""
    chosen = table_columns(row.keys(), columns)
    values: dict[str, object] = {field: None if column is None else row.get(column) for field, column in chosen.items()}
    text = values["text"]
    if not isinstance(text, str) or not text.strip():
        column = chosen[REQUIRED_FIELD]
        why = f"column {column!r} is empty" if column in row else missing_text_column(columns)
        raise ValueError(f"{origin}: no text ({why})")
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


def missing_text_column(columns: dict[str, str]) -> str:
    """Why a row or table has no text column, naming the columns looked for."""
    if REQUIRED_FIELD in columns:
        return f"no {columns[REQUIRED_FIELD]!r} column"
    looked = ", ".join(repr(name) for name in (REQUIRED_FIELD, *COLUMN_ALIASES[REQUIRED_FIELD]))
    return f"no column named {looked}; name it with --column text=NAME"


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
    chosen = table_columns(header, columns)
    if chosen[REQUIRED_FIELD] not in header:
        raise ValueError(f"{path}: {missing_text_column(columns)} (columns: {', '.join(header) or 'none'})")
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
