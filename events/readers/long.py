"""Texts over a size limit, cut into article-sized parts at paragraph boundaries.

In: Articles (and read failures, passed through) and a limit in bytes of UTF-8. Out: the same, each article over
the limit replaced by its parts in order, each an Article of its own with the same metadata and ``#part-N`` after
its url and origin, and a message per cut article. A UN report or a PDF-to-text dump is many articles' worth of
text: analysed whole it costs minutes and its events would be dated and merged across chapters that have nothing
to do with each other.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from events.extract.records import Article
from events.readers.failure import ReadFailure

DEFAULT_MAX_BYTES = 5_000_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_SPACE = re.compile(r"\s+")
_UNITS = {"K": 1000, "M": 1000 * 1000}


def parse_size(value: str) -> int:
    """A byte count: '100K', '3M' or plain digits (ValueError otherwise)."""
    value = value.strip().upper()
    if value[-1:] in _UNITS:
        return int(float(value[:-1]) * _UNITS[value[-1]])
    return int(value)


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _pieces(text: str, max_bytes: int) -> Iterator[str]:
    """``text`` as pieces of at most ``max_bytes``: paragraphs, else lines, else words, else characters."""
    for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SPACE):
        if pattern.search(text):
            for piece in pattern.split(text):
                if not piece.strip():
                    continue
                if _size(piece) <= max_bytes:
                    yield piece
                else:
                    yield from _pieces(piece, max_bytes)
            return
    piece: list[str] = []
    size = 0
    for char in text:  # one word longer than the limit: cut between characters, never inside one
        width = _size(char)
        if piece and size + width > max_bytes:
            yield "".join(piece)
            piece, size = [], 0
        piece.append(char)
        size += width
    if piece:
        yield "".join(piece)


def split_text(text: str, max_bytes: int) -> list[str]:
    """Consecutive paragraphs of ``text``, gathered into parts of at most ``max_bytes`` (joined by blank lines)."""
    if max_bytes < 1:
        raise ValueError(f"the size limit must be at least 1 byte, not {max_bytes}")
    parts, current, size = [], [], 0
    for piece in _pieces(text, max_bytes):
        grown = size + (2 if current else 0) + _size(piece)
        if current and grown > max_bytes:
            parts.append("\n\n".join(current))
            current, grown = [], _size(piece)
        current.append(piece)
        size = grown
    if current:
        parts.append("\n\n".join(current))
    return parts


def _suffixed(value: str, number: int) -> str:
    return f"{value}#part-{number}" if value else ""


def cut_long(items: Iterable[Article | ReadFailure], max_bytes: int | None,
             notes: list[tuple[str, str]]) -> Iterator[Article | ReadFailure]:
    """``items`` with every article over ``max_bytes`` (None: no limit) cut into parts; ``notes`` gets
    (origin, what was done) for each one cut."""
    for item in items:
        if max_bytes is None or not isinstance(item, Article) or not isinstance(item.text, str) \
                or _size(item.text) <= max_bytes:
            yield item
            continue
        parts = split_text(item.text, max_bytes)
        notes.append((item.origin or item.url or item.title,
                      f"{_size(item.text):,} bytes of text, over the limit of {max_bytes:,} (--max-bytes): cut at "
                      f"paragraph boundaries into {len(parts)} articles, #part-1 to #part-{len(parts)}"))
        for number, text in enumerate(parts, 1):
            yield replace(item, text=text, url=_suffixed(item.url, number),
                          origin=_suffixed(item.origin, number) or f"#part-{number}")
