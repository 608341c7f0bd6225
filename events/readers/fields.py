"""Parsing the metadata values readers find: publication dates and ``--column field=name`` maps.

In: strings from files or flags. Out: ``date`` / ``dict``; a ValueError naming the value otherwise.
"""
from __future__ import annotations

import re
from datetime import date, datetime

#: Article fields a table (JSONL/CSV) row can fill, and which one it must have.
ARTICLE_FIELDS = ("title", "published", "text", "url", "source")
REQUIRED_FIELD = "text"

# ISO dates, alone or leading a timestamp ("2016-07-27T10:15:00Z"), e.g. "2016-07-27".
_ISO_DATE = re.compile(r"^\s*(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ][0-9:.+\-Z]*)?\s*$")


def parse_published(value: object, what: str = "published") -> date | None:
    """An ISO date (or timestamp) -> date; empty -> None; anything else -> ValueError naming ``what``."""
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
        raise ValueError(f"{what}: expected an ISO date like 2016-07-27, got {value!r}")
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError as error:
        raise ValueError(f"{what}: {value!r} is not a calendar date ({error})") from None


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
