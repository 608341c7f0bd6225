"""Readers: files -> Articles. .txt, .md, .html/.htm, .jsonl, .csv, .parquet, and directories of them.

    read_paths(paths, *, published=None, columns=None, exclude=None) -> Iterator[Article | ReadFailure]

``published`` (a date) fills articles whose file states none (extraction then looks in the text);
``columns`` maps article fields to table columns, {"text": "body"} or ["text=body"].
A file or row that cannot be read yields ``ReadFailure(origin, reason)`` and reading goes on.
Directories are walked recursively in sorted order, skipping hidden files, unknown extensions,
README/LICENSE files and anything under ``exclude`` (a directory: the Dask engine's own output).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from events.extract.records import Article
from events.readers.failure import ReadFailure
from events.readers.fields import parse_column_map, parse_published
from events.readers.html import read_html_file
from events.readers.parquet import read_parquet_file
from events.readers.tables import read_csv_file, read_jsonl_file
from events.readers.text import read_markdown_file, read_text_file

__all__ = ["ReadFailure", "SUFFIXES", "read_paths", "parse_published", "parse_column_map"]

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".csv", ".parquet")
_DOC_NAMES = ("readme", "license", "licenses", "licence", "licences", "copying")


def read_paths(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    *,
    published: date | str | None = None,
    columns: dict[str, str] | list[str] | None = None,
    exclude: str | os.PathLike | None = None,
) -> Iterator[Article | ReadFailure]:
    """Every Article in ``paths`` (files or directories), in order; failures as ReadFailure.
    ``exclude``: a directory whose files a directory walk skips."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    skip = Path(exclude).resolve() if exclude is not None else None
    default = parse_published(published, "published") if isinstance(published, str) else published
    mapping = parse_column_map(columns)
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path, skip):
                yield from _read_file(child, default, mapping)
        elif path.exists():
            yield from _read_file(path, default, mapping)
        else:
            yield ReadFailure(str(path), "no such file or directory")


def _walk(directory: Path, skip: Path | None) -> list[Path]:
    found = []
    for path in directory.rglob("*"):
        relative = path.relative_to(directory)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if skip is not None and path.resolve().is_relative_to(skip):
            continue
        if path.suffix.lower() in SUFFIXES and path.stem.lower() not in _DOC_NAMES:
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(directory).as_posix())


def _read_file(path: Path, published: date | None, columns: dict[str, str]) -> Iterator[Article | ReadFailure]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".txt":
            yield read_text_file(path, published)
        elif suffix in (".md", ".markdown"):
            yield read_markdown_file(path, published)
        elif suffix in (".html", ".htm"):
            yield read_html_file(path, published)
        elif suffix == ".jsonl":
            yield from read_jsonl_file(path, published, columns)
        elif suffix == ".csv":
            yield from read_csv_file(path, published, columns)
        elif suffix == ".parquet":
            yield from read_parquet_file(path, published, columns)
        else:
            yield ReadFailure(str(path), f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUFFIXES)}")
    except ValueError as error:
        yield ReadFailure(str(path), str(error).removeprefix(f"{path}: "))
    except OSError as error:
        yield ReadFailure(str(path), f"cannot read: {error.strerror or error}")
