"""Records produced by the temporal engine: plain, frozen data."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: TIMEX3 types.
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

#: How precisely an interval is known, coarsest last. "none" means not placed on the calendar.
GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade", "century", "none")


@dataclass(frozen=True)
class Interval:
    """First and last calendar day an expression covers (both inclusive)."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(f"interval starts after it ends: {self.first} > {self.last}")


@dataclass(frozen=True)
class Timex:
    """One time expression found in a text.

    ``text == source[start:end]``. ``value`` is a TimeML TIMEX3 value ("2016-07", "2016-W30",
    "P3Y", "PAST_REF", ...). ``interval`` is None for durations, sets and vague references.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    granularity: str = "none"
    interval: Interval | None = None
    #: For one end of a written range ("from 2014 to 2016", "between March and May 2015"): the whole
    #: range, first day of its first end to last day of its last end. None otherwise.
    range_interval: Interval | None = None


@dataclass(frozen=True)
class PublicationDate:
    """A publication date found in an article's own text, and where it was found."""

    date: date
    start: int
    end: int
    text: str
