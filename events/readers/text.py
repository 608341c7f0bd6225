"""Plain-text (.txt) and Markdown (.md) files -> one Article each.

Markdown may open with a front-matter block (``---`` lines around ``key: value`` pairs: title,
date/published, url/link, source); its first ``# heading`` is the title otherwise. The text keeps
the body (front matter removed, heading marks dropped) so offsets index what extraction sees.
A .txt file's title is its file name; its publication date comes from ``--published`` or, later,
from the text itself (extraction looks for it).
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from events.extract.records import Article
from events.readers.fields import parse_published

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
# "key: value" inside front matter, e.g. 'title: "Strikes hit Aleppo"'.
_FRONT_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
# An ATX heading line, e.g. "## Strikes hit Aleppo".
_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<title>.*?)[ \t#]*$", re.MULTILINE)

_KEYS = {
    "title": "title", "date": "published", "published": "published",
    "url": "url", "link": "url", "original_link": "url", "source": "source",
}


def decode(data: bytes, origin: str) -> str:
    """UTF-8 bytes -> text with \\n line ends; ValueError naming the file when it is not UTF-8 text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"{origin}: not UTF-8 text (byte {error.start})") from None
    if "\x00" in text:
        raise ValueError(f"{origin}: binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path, published: date | None = None) -> Article:
    text = decode(path.read_bytes(), str(path)).strip()
    if not text:
        raise ValueError(f"{path}: empty file")
    return Article(text=text, published=published, title=path.stem, origin=str(path))


def read_markdown_file(path: Path, published: date | None = None) -> Article:
    text = decode(path.read_bytes(), str(path))
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front["body"].splitlines():
            match = _FRONT_LINE.match(line)
            if match and match["key"].lower() in _KEYS:
                meta.setdefault(_KEYS[match["key"].lower()], match["value"].strip("\"'"))
        text = text[front.end():]
    heading = _HEADING.search(text)
    if "title" not in meta and heading:
        meta["title"] = heading["title"]
    body = _HEADING.sub(lambda m: m["title"], text).strip()
    if not body:
        raise ValueError(f"{path}: no text")
    found = parse_published(meta.get("published"), f"{path}: front matter date")
    return Article(
        text=body,
        published=found or published,
        title=meta.get("title", path.stem),
        url=meta.get("url", ""),
        source=meta.get("source", ""),
        origin=str(path),
    )
