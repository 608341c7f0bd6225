"""Parsing the metadata values readers find: publication dates, ``--column field=name`` maps, and which column of a
table fills which article field.

In: strings from files or flags, a table's column names. Out: ``date`` / ``dict``; a ValueError naming the value
otherwise.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from email.utils import parsedate_to_datetime

#: Article fields a table (JSONL/CSV) row can fill, and which one it must have.
ARTICLE_FIELDS = ("title", "published", "text", "url", "source")
REQUIRED_FIELD = "text"

#: Names other tools give an article field's column, tried in this order when a table has no column of the field's own
#: name and ``--column`` does not map it: the JSON of trafilatura ("date", "sitename") and news-please ("maintext",
#: "date_publish", "source_domain"), newspaper3k's "publish_date", RSS exports ("link", "pubDate"), spreadsheets
#: ("headline", "body"). Names match whatever their case ("Text", "DATE").
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("headline",),
    "published": ("date_publish", "publish_date", "published_at", "publication_date", "pubdate", "date"),
    "text": ("maintext", "body", "content", "article"),
    "url": ("link",),
    "source": ("source_domain", "sitename", "publisher", "outlet"),
}

# Spelled-out dates no reader can take two ways, e.g. "27 July 2016", "July 27, 2016", "Jul 27 2016"; numeric
# day/month forms ("03/04/2016") are refused, since they read as 3 April or 4 March.
_WORDED_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")

# ISO dates, alone or leading a timestamp ("2016-07-27T10:15:00Z"), e.g. "2016-07-27".
_ISO_DATE = re.compile(r"^\s*(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ][0-9:.+\-Z]*)?\s*$")


def parse_published(value: object, what: str = "published") -> date | None:
    """An ISO date (or timestamp), an RFC 2822 date as RSS writes it ("Wed, 27 Jul 2016 10:15:00 +0000") or a date
    spelled with its month's name ("27 July 2016") -> date; empty -> None; anything else -> ValueError naming ``what``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{what}: expected an ISO date like 2016-07-27, got {value!r}")
    if not value.strip():
        return None
    match = _ISO_DATE.match(value)
    if not match:
        worded = _worded_date(value)
        if worded is None:
            raise ValueError(f"{what}: expected an ISO date like 2016-07-27, got {value!r}")
        return worded
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError as error:
        raise ValueError(f"{what}: {value!r} is not a calendar date ({error})") from None


def _worded_date(value: str) -> date | None:
    """The day an RFC 2822 or month-name date gives as written (its own time zone), or None."""
    text = " ".join(value.split())
    if "," in text[:5]:  # "Wed, 27 Jul 2016 ..." opens with a weekday
        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError):
            return None
    for pattern in _WORDED_DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def table_columns(available: Iterable[str], columns: dict[str, str]) -> dict[str, str | None]:
    """Each article field -> the column of ``available`` that fills it, or None: the ``--column`` map first, then a
    column named as the field, then the first of ``COLUMN_ALIASES`` (names compared whatever their case)."""
    names = list(available)
    by_lower = {}
    for name in names:
        by_lower.setdefault(name.lower(), name)
    chosen: dict[str, str | None] = {}
    for field in ARTICLE_FIELDS:
        if field in columns:
            chosen[field] = columns[field]
            continue
        chosen[field] = next((by_lower[name.lower()] for name in (field, *COLUMN_ALIASES[field])
                              if name.lower() in by_lower), None)
    return chosen


def parse_column_map(specs: list[str] | dict[str, str] | None) -> dict[str, str]:
    """``["text=body", "published=date"]`` -> ``{"text": "body", "published": "date"}`` (field -> column)."""
    if not specs:
        return {}
    pairs = specs.items() if isinstance(specs, dict) else (_split_spec(spec) for spec in specs)
    mapping: dict[str, str] = {}
    for field, column in pairs:
        if field not in ARTICLE_FIELDS:
            raise ValueError(f"--column {field}={column}: unknown field {field!r}, expected one of {', '.join(ARTICLE_FIELDS)}")
        if not column:
            raise ValueError(f"--column {field}=: the column name is empty")
        mapping[field] = column
    return mapping


def _split_spec(spec: str) -> tuple[str, str]:
    field, sep, column = spec.partition("=")
    if not sep:
        raise ValueError(f"--column {spec!r}: expected FIELD=COLUMN, e.g. text=body")
    return field.strip(), column.strip()
