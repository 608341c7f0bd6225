"""Calendar arithmetic for the temporal engine: periods (year, month, ISO week, quarter, season, decade,
century) -> TIMEX3 value strings and first/last calendar days; shifting dates by calendar units;
durations -> TIMEX3 duration values ("P2Y6M").

In: plain ints and ``datetime.date``. Out: strings and ``Interval``. Raises ValueError (or OverflowError)
for dates the calendar cannot hold; callers treat that as "not a time expression".
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from events.temporal.timex import Interval

#: Meteorological seasons: first month, and how many months they last. Winter starts in December of its year.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day_interval(d: date) -> Interval:
    return Interval(d, d)


def month_interval(year: int, month: int) -> Interval:
    return Interval(date(year, month, 1), date(year, month, last_day(year, month)))


def year_interval(year: int) -> Interval:
    return Interval(date(year, 1, 1), date(year, 12, 31))


def quarter_interval(year: int, quarter: int) -> Interval:
    first_month = 3 * (quarter - 1) + 1
    return Interval(date(year, first_month, 1), month_interval(year, first_month + 2).last)


def half_interval(year: int, half: int) -> Interval:
    return Interval(date(year, 6 * (half - 1) + 1, 1), month_interval(year, 6 * half).last)


def season_interval(year: int, season: str) -> Interval:
    first = date(year, SEASON_START[season], 1)
    return Interval(first, add_months(first, 3) - timedelta(days=1))


def decade_interval(first_year: int) -> Interval:
    return Interval(date(max(first_year, 1), 1, 1), date(first_year + 9, 12, 31))


def century_interval(number: int) -> Interval:
    """``number`` is the TIMEX3 century value: 19 -> 1900..1999."""
    return Interval(date(max(number * 100, 1), 1, 1), date(number * 100 + 99, 12, 31))


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def week_value(d: date) -> str:
    iso_year, iso_week, _ = d.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def week_interval(d: date) -> Interval:
    start = monday(d)
    return Interval(start, start + timedelta(days=6))


def weekend_interval(d: date) -> Interval:
    saturday = monday(d) + timedelta(days=5)
    return Interval(saturday, saturday + timedelta(days=1))


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, last_day(year, month + 1)))


def add_years(d: date, years: int) -> date:
    year = d.year + years
    return date(year, d.month, min(d.day, last_day(year, d.month)))


def season_value(year: int, season: str) -> str:
    return f"{year:04d}-{season}"


def narrow(interval: Interval, mod: str | None) -> Interval:
    """The part of a period that "early"/"mid"/"late" points at: its first, middle or last third."""
    if mod not in ("START", "MID", "END"):
        return interval
    length = (interval.last - interval.first).days + 1
    third = max(length // 3, 1)
    if mod == "START":
        return Interval(interval.first, interval.first + timedelta(days=third - 1))
    if mod == "END":
        return Interval(interval.last - timedelta(days=third - 1), interval.last)
    start = interval.first + timedelta(days=third)
    return Interval(start, max(start, interval.last - timedelta(days=third)))


def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def period(unit: str, anchor: date) -> tuple[str, str, Interval]:
    """(value, granularity, interval) of the calendar period of ``unit`` containing ``anchor``."""
    if unit == "W":
        return week_value(anchor), "week", week_interval(anchor)
    if unit == "WE":
        return week_value(anchor) + "-WE", "day", weekend_interval(anchor)
    if unit == "M":
        return f"{anchor.year:04d}-{anchor.month:02d}", "month", month_interval(anchor.year, anchor.month)
    if unit == "Q":
        q = quarter_of(anchor)
        return f"{anchor.year:04d}-Q{q}", "quarter", quarter_interval(anchor.year, q)
    if unit == "Y":
        return f"{anchor.year:04d}", "year", year_interval(anchor.year)
    if unit == "DE":
        first = anchor.year // 10 * 10
        return f"{first // 10:03d}", "decade", decade_interval(first)
    if unit == "CE":
        return f"{anchor.year // 100:02d}", "century", century_interval(anchor.year // 100)
    if unit == "D":
        return anchor.isoformat(), "day", day_interval(anchor)
    raise ValueError(unit)


def shift(anchor: date, unit: str, n: int) -> date:
    if unit == "D":
        return anchor + timedelta(days=n)
    if unit in ("W", "WE"):
        return anchor + timedelta(weeks=n)
    if unit == "2W":
        return anchor + timedelta(weeks=2 * n)
    if unit == "M":
        return add_months(anchor, n)
    if unit == "Q":
        return add_months(anchor, 3 * n)
    if unit == "Y":
        return add_years(anchor, n)
    if unit == "DE":
        return add_years(anchor, 10 * n)
    if unit == "CE":
        return add_years(anchor, 100 * n)
    if unit in ("TH", "TM", "TS"):
        return anchor
    raise ValueError(unit)


#: Fractions of a unit are written in the next smaller unit: 2.5 years = P2Y6M.
SMALLER = {"Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60),
           "TM": ("TS", 60), "DE": ("Y", 10), "CE": ("Y", 100)}


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


VAGUE_LETTERS = {"DE": "E", "CE": "C", "ML": "L"}


def duration_value(n: float | None, unit: str) -> str:
    if unit == "2W":
        unit, n = "W", None if n is None else n * 2
    if unit == "DE" and n is not None:
        unit, n = "Y", n * 10
    if unit == "CE" and n is not None:
        unit, n = "Y", n * 100
    if n is None:  # vague: TimeBank writes decades, centuries, millennia with one letter (PXE, PXC, PXL)
        return f"PTX{unit[1]}" if unit.startswith("T") else f"PX{VAGUE_LETTERS.get(unit, unit)}"
    whole = int(n)
    parts = [(whole, unit)] if whole else []
    if n != whole and unit in SMALLER:
        small, factor = SMALLER[unit]
        rest = (n - whole) * factor
        if rest == int(rest):
            parts.append((int(rest), small))
        else:
            parts = [(n, unit)]
    elif n != whole:
        parts = [(n, unit)]
    date_part = "".join(f"{_fmt(k)}{u}" for k, u in parts if not u.startswith("T"))
    time_part = "".join(f"{_fmt(k)}{u[1]}" for k, u in parts if u.startswith("T"))
    if not date_part and not time_part:
        return f"P0{unit[-1]}" if not unit.startswith("T") else f"PT0{unit[1]}"
    return "P" + date_part + ("T" + time_part if time_part else "")
