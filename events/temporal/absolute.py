"""Resolvers of calendar dates written out: "27 July 2016", "Sept. 2014", "June", "the 1990s", "the third
quarter", "last summer", "Christmas", ranges ("between March and May 2015"). In: a rule match and the
Context; out: Resolved values (see resolve.py). A date without its year takes the one the clause's tense
points to.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from events.temporal import dates
from events.temporal.dates import (add_months, century_interval, day_interval, decade_interval, half_interval,
                                   month_interval, quarter_interval, season_interval, year_interval)
from events.temporal.resolve import (ANAPHORA_CHARS, Context, Resolved, group, lookup, month_number, normal,
                                     number, position_mod, resolver)
from events.temporal.ruleset import Rule
from events.temporal.timex import Interval


# ------------------------------------------------------------------ calendar dates


def resolve_calendar(ctx: Context, *, year: int | None, month: int | None, day: int | None,
                     rel: int | None = None, mod: str | None = None, tense: str | None = None) -> Resolved:
    """Year/month/day as written (any may be missing) -> the date they name, near the reference date."""
    ref = ctx.ref
    if year is None and month is not None:
        if rel is not None:  # "last November": the most recent one before this month; "next April"
            if rel < 0:
                # the month just ended is "last month"; "last February" said in March is a year before
                year = ref.year if month < ref.month - 1 else ref.year - 1
            elif rel > 0:
                year = ref.year if month > ref.month else ref.year + 1
            else:
                year = ref.year
        elif day is not None:  # "Nov. 9": the next one if the clause is future, else the nearest
            year = _year_of_day(ref, lambda y: date(y, month, min(day, dates.last_day(y, month))), tense)
        else:  # "June": the next one if future, the last one if past, else the nearest
            year = _nearest_year(ref, lambda y: date(y, month, 15) if month != ref.month else ref, tense)
    if year is None:
        raise ValueError("no year")
    if month is None:
        return Resolved("DATE", f"{year:04d}", "year", dates.narrow(year_interval(year), mod), mod)
    if day is None:
        return Resolved("DATE", f"{year:04d}-{month:02d}", "month", dates.narrow(month_interval(year, month), mod), mod)
    d = date(year, month, day)
    return Resolved("DATE", d.isoformat(), "day", day_interval(d), mod)


def _year_of_day(ref: date, on, tense: str | None) -> int:
    """The year of a day named without one (``on(year)`` is that day in that year)."""
    return pick_occurrence(ref, [on(year) for year in (ref.year - 1, ref.year, ref.year + 1)], tense).year


def pick_occurrence(ref: date, occurrences: list[date], tense: str | None) -> date:
    """Of the dates a yearless day may name, the one the clause's tense points at (future: the next,
    past: the last, none: the nearest), except that a past clause may name the weeks ahead and a future
    one the days just gone."""
    ahead = min((d for d in occurrences if d >= ref), default=None)
    behind = max((d for d in occurrences if d <= ref), default=None)
    if tense == "past" and ahead is not None and (ahead - ref).days <= 31:
        tense = None  # "the deadline was extended to Nov. 16": a past clause may name the weeks ahead
    if tense == "future" and ahead is not None and behind is not None and (ahead - ref).days > 300 \
            and (ref - behind).days <= 31:
        tense = None  # "had to return the boy by Jan. 14", said on Jan. 15
    if tense == "future" and ahead is not None:
        return ahead
    if tense == "past" and behind is not None:
        return behind
    return min(occurrences, key=lambda d: (abs((d - ref).days), d > ref))  # a tie goes to the past


def _nearest_year(ref: date, on, tense: str | None) -> int:
    """The year whose ``on(year)`` is after (future tense), before (past) or nearest to (no signal) ``ref``."""
    before = ref.year if on(ref.year) <= ref else ref.year - 1
    after = ref.year if on(ref.year) >= ref else ref.year + 1
    if tense == "future":
        return after
    if tense == "past":
        return before
    return after if (on(after) - ref) < (ref - on(before)) else before


def _relative_month_year(rel_word: str | None) -> int | None:
    if not rel_word:
        return None
    key = normal(rel_word)
    return {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1, "this coming": 1}.get(key)


@resolver("date")
def resolve_date(match: re.Match, rule: Rule, ctx: Context):
    tables = ctx.tables
    month_word = group(match, "month")
    month = month_number(tables, month_word)
    day = int(group(match, "day")) if group(match, "day") else None
    if group(match, "day_word"):
        day = lookup(tables, "day_ordinals", match.group("day_word"))
    year = int(group(match, "year")) if group(match, "year") else None
    if group(match, "spoken"):
        year = spoken_year(tables, match.group("spoken"))
    if month is None:
        return None
    # "the first week of may" names the month as surely as a day or a year does
    if day is None and year is None and not group(match, "week_ordinal") \
            and normal(month_word) in tables["ambiguous_months"]:
        if not month_word[:1].isupper() or _after_name(ctx.text, match.start("month")) \
                or _a_march(ctx.text, match.start("month"), match.end("month")):
            return None  # "may" the verb; "Theresa May"; "the annual March for Life"
    mod, _ = position_mod(tables, match)
    rel = _relative_month_year(group(match, "rel"))
    if group(match, "relyear"):  # "March last year"
        year = ctx.ref.year + _relative_month_year(match.group("relyear"))
    tense_ = ctx.tense(match.start(), match.end()) if year is None and rel is None else None
    resolved = resolve_calendar(ctx, year=year, month=month, day=day, rel=rel, mod=mod, tense=tense_)
    if group(match, "hour"):
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        resolved = Resolved("TIME", f"{resolved.value}T{hour:02d}:{minute:02d}", "day", resolved.interval)
    if group(match, "week_of"):  # "the week of March 6": the week holding that day
        resolved = Resolved("DATE", *dates.period("W", resolved.interval.first))
    if group(match, "week_ordinal"):
        resolved = _week_of_month(tables, match.group("week_ordinal"), resolved)
    if group(match, "part_before") and day is not None:  # "the night of July 15"
        part = lookup(tables, "parts_of_day", match.group("part_before"))
        resolved = Resolved("TIME", f"{resolved.value}T{part}", "day", resolved.interval, resolved.mod)
    # "Thursday, Jan. 6" is one expression naming one day (TimeBank/AQUAINT tag it as one span): the
    # weekday only confirms the date, which decides the value.
    return [resolved]


def _week_of_month(tables: dict, ordinal: str, month: Resolved) -> Resolved:
    """"the second week of June": days 8-14 of that June. TIMEX3 has no week of a month: the value is the
    month's, the interval and the precision are the week's."""
    whole = month.interval
    word = normal(ordinal)
    if word in ("last", "final"):
        interval = Interval(whole.last - timedelta(days=6), whole.last)
    else:
        first = whole.first + timedelta(days=7 * (lookup(tables, "ordinals", word) - 1))
        interval = Interval(first, min(first + timedelta(days=6), whole.last))
    return Resolved("DATE", month.value, "week", interval)


def _after_name(text: str, start: int) -> bool:
    """Is the word at ``start`` preceded by a capitalised word on the same line (a name, not a date)?
    Not when that word only opens the sentence ("The March accession", "In May")."""
    before = text[max(0, start - 30):start]
    found = re.search(r"([A-Z][\w.]*)\s+$", before)
    return bool(found) and found.group(1).lower() not in {"in", "since", "by", "until", "during", "from",
                                                         "early", "late", "mid", "last", "next", "this",
                                                         "on", "of", "before", "after", "through", "to",
                                                         "the", "a", "and", "but", "for", "at", "as", "that"}


_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|annual|this\s+year's|last\s+year's)|``|\"|“)\s*$",
                                re.IGNORECASE)
_PREPOSITION_AFTER = re.compile(r"\s+(?:for|on|against|of\s+(?![0-9]|last|this|next))\b")


def _a_march(text: str, start: int, end: int) -> bool:
    """A protest march, not the month: a determiner before it and for/on/against/of after it ("the annual
    March for Life", "a March on Washington", "the ``March of the Combatant Mothers''"; but "in March of 2015")."""
    return bool(_DETERMINER_BEFORE.search(text, max(0, start - 20), start)) \
        and bool(_PREPOSITION_AFTER.match(text, end))


@resolver("numeric_date")
def resolve_numeric_date(match: re.Match, rule: Rule, ctx: Context):
    first, second, year = int(match.group("first")), int(match.group("second")), int(match.group("year"))
    if first > 12:
        day, month = first, second
    elif second > 12:
        month, day = first, second
    elif rule.data.get("order", "dmy") == "dmy":
        day, month = first, second
    else:
        month, day = first, second
    return [resolve_calendar(ctx, year=year, month=month, day=day)]


@resolver("year")
def resolve_year(match: re.Match, rule: Rule, ctx: Context):
    mod, _ = position_mod(ctx.tables, match)
    prepost = group(match, "prepost")
    if prepost:
        mod = "BEFORE" if prepost.lower() == "pre" else "AFTER"
    resolved = resolve_calendar(ctx, year=int(match.group("year")), month=None, day=None, mod=mod)
    if prepost:  # "post-1959": not placed inside 1959
        resolved.interval = None
    return [resolved]


@resolver("year_words")
def resolve_year_words(match: re.Match, rule: Rule, ctx: Context):
    return [resolve_calendar(ctx, year=spoken_year(ctx.tables, match.group("spoken")), month=None, day=None)]


def spoken_year(tables: dict, words: str) -> int:
    """"nineteen ninety-six" -> 1996, "nineteen oh five" -> 1905, "two thousand and six" -> 2006."""
    key = normal(words)
    if key.startswith("two thousand"):
        rest = key[len("two thousand"):].replace(" and ", " ").strip()
        return 2000 + int(number(tables, rest) if rest else 0)
    hundreds, _, rest = key.partition(" ")
    if rest == "hundred":
        tail = 0
    elif rest.startswith("oh "):
        tail = number(tables, rest[3:])
    else:
        tail = number(tables, rest)
    return int(number(tables, hundreds) * 100 + tail)


@resolver("decade")
def resolve_decade(match: re.Match, rule: Rule, ctx: Context):
    if group(match, "decade"):
        first_year = int(match.group("decade"))
    else:
        if group(match, "short"):
            tens = int(match.group("short")[0])
        else:
            tens = lookup(ctx.tables, "decade_words", match.group("word"))
        first_year = (ctx.ref.year // 100) * 100 + tens * 10
        if first_year > ctx.ref.year:
            first_year -= 100
    mod, _ = position_mod(ctx.tables, match)
    interval = dates.narrow(decade_interval(first_year), mod)
    return [Resolved("DATE", f"{first_year // 10:03d}", "decade", interval, mod)]


@resolver("century")
def resolve_century(match: re.Match, rule: Rule, ctx: Context):
    ordinal = int(match.group("ordinal"))
    if not 1 <= ordinal <= 21:
        return None
    mod, _ = position_mod(ctx.tables, match)
    number_ = ordinal - 1
    return [Resolved("DATE", f"{number_:02d}", "century", dates.narrow(century_interval(number_), mod), mod)]


def _year_or_reference(match: re.Match, ctx: Context) -> int:
    for name in ("year", "lead_year"):
        if group(match, name):
            return int(match.group(name))
    return ctx.ref.year


@resolver("quarter")
def resolve_quarter(match: re.Match, rule: Rule, ctx: Context):
    word = match.group("ordinal")
    quarter = int(word) if word.isdigit() else lookup(ctx.tables, "ordinals", word)
    if not quarter or not 1 <= quarter <= 4:
        return None
    year = _year_or_reference(match, ctx)
    if group(match, "relyear"):
        year += _relative_month_year(match.group("relyear"))
    elif not (group(match, "year") or group(match, "lead_year")) and \
            quarter_interval(year, quarter).first > ctx.ref and not ctx.future(match.start(), match.end()):
        year -= 1  # "profits fell in the fourth quarter", said in January: the one just reported
    if group(match, "ago"):
        year -= 1
    return [Resolved("DATE", f"{year:04d}-Q{quarter}", "quarter", quarter_interval(year, quarter))]


@resolver("latest_period")
def resolve_latest_period(match: re.Match, rule: Rule, ctx: Context):
    """"the quarter": the one named last, else the latest complete one; shifted back a year for
    "the year-ago quarter"; "the 1988 period": the quarter in view, in 1988."""
    in_view = None if group(match, "latest") or group(match, "latest2") else ctx.quarter_in_view(match.start())
    if in_view is None:
        latest = add_months(ctx.ref, -3)
        in_view = (latest.year, dates.quarter_of(latest))
    year, quarter = in_view
    if group(match, "year"):
        year = int(match.group("year"))
    year -= rule.data.get("years_back", 0)
    return [Resolved("DATE", f"{year:04d}-Q{quarter}", "quarter", quarter_interval(year, quarter))]


@resolver("year_in_view")
def resolve_year_in_view(match: re.Match, rule: Rule, ctx: Context):
    """"the year": the year named last (within a few sentences), else the reference date's."""
    named = ctx.recent(match.start(), ANAPHORA_CHARS, "year")
    year = named.interval.first.year if named is not None else ctx.ref.year
    if year > ctx.ref.year and not ctx.future(match.start(), match.end()):
        # "For the year, volume was flat" after "next year" was named: the year reported on, not a forecast's
        year = ctx.ref.year
    mod, mod_word = position_mod(ctx.tables, match)
    interval = year_interval(year)
    if mod_word in ("earlier", "later") and year == ctx.ref.year:  # "earlier in the year": up to now
        interval = Interval(interval.first, ctx.ref) if mod_word == "earlier" else Interval(ctx.ref, interval.last)
    else:
        interval = dates.narrow(interval, mod)
    return [Resolved("DATE", f"{year:04d}", "year", interval, mod)]


@resolver("holiday")
def resolve_holiday(match: re.Match, rule: Rule, ctx: Context):
    rule_text = lookup(ctx.tables, "holidays", match.group("holiday"))
    if rule_text.startswith("hijri:"):
        return [_lunar_holiday(rule_text.removeprefix("hijri:"), match, ctx)]
    on = lambda y: holiday_date(rule_text, y)  # noqa: E731
    if group(match, "year"):
        year = int(match.group("year"))
    else:
        rel = _relative_month_year(group(match, "rel"))
        if rel == 0:
            year = ctx.ref.year
        elif rel is not None:
            year = _nearest_year(ctx.ref, on, "past" if rel < 0 else "future")
            if on(year) == ctx.ref:
                year += rel
        else:
            year = _year_of_day(ctx.ref, on, ctx.tense(match.start(), match.end()) or "past")
    d = on(year)
    if group(match, "week"):  # "Easter week": the week holding the day
        return [Resolved("DATE", *dates.period("W", d))]
    return [Resolved("DATE", d.isoformat(), "day", day_interval(d))]


def _lunar_holiday(spec: str, match: re.Match, ctx: Context) -> Resolved:
    """An Islamic holiday ("10-01": Eid al-Fitr) or month ("09": Ramadan), "|" between alternatives ("Eid":
    either feast), on the Umm al-Qura calendar (hijridate). Countries begin a lunar month on sighting the
    moon, up to a day apart: the interval gets a day on each side and the mod APPROX. TIMEX3 has no lunar
    months, so a month's value is its Gregorian year; its interval gives the days."""
    wanted = [tuple(int(part) for part in alternative.split("-")) for alternative in spec.split("|")]
    if group(match, "year"):  # "Ramadan 2016": the one that begins in that Gregorian year
        year = int(match.group("year"))
        around = Gregorian(year, 7, 1).to_hijri().year
        starts = {d: hijri for d, hijri in _lunar_starts(wanted, around).items() if d.year == year}
        tense = "past"
        ref = date(year, 12, 31)
    else:
        ref = ctx.ref
        starts = _lunar_starts(wanted, Gregorian.fromdate(ref).to_hijri().year)
        rel = _relative_month_year(group(match, "rel"))
        tense = {-1: "past", 1: "future", 0: None}.get(rel) if rel is not None else \
            ctx.tense(match.start(), match.end()) or "past"
        if rel:  # "last Ramadan" said during Ramadan is the one before; "next Eid" is not today's
            span = timedelta(days=29 if len(wanted[0]) == 1 else 0)
            starts = {d: hijri for d, hijri in starts.items() if (d + span < ref if rel < 0 else d > ref)}
    start = pick_occurrence(ref, list(starts), tense)
    hijri = starts[start]
    slack = timedelta(days=1)
    if len(wanted[0]) == 2:
        return Resolved("DATE", start.isoformat(), "day", Interval(start - slack, start + slack), "APPROX")
    last = start + timedelta(days=hijri.month_length() - 1)
    return Resolved("DATE", f"{start.year:04d}", "month", Interval(start - slack, last + slack), "APPROX")


def _lunar_starts(wanted: list[tuple[int, ...]], around: int) -> dict[date, Hijri]:
    """Gregorian first days of the wanted Hijri (month, day) or (month,) in the Hijri years around ``around``
    that the Umm al-Qura tables cover, each with its Hijri date."""
    starts = {}
    for year in (around - 1, around, around + 1):
        for month_day in wanted:
            try:
                hijri = Hijri(year, month_day[0], month_day[1] if len(month_day) == 2 else 1)
            except OverflowError:
                continue  # before 1343 or after 1500 AH
            starts[date.fromordinal(hijri.to_gregorian().toordinal())] = hijri
    return starts


def holiday_date(rule_text: str, year: int) -> date:
    if rule_text == "thanksgiving":
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if rule_text.startswith("easter"):
        return dates.easter(year) + timedelta(days=int(rule_text[6:]))
    month, day = rule_text.split("-")
    return date(year, int(month), int(day))


@resolver("half")
def resolve_half(match: re.Match, rule: Rule, ctx: Context):
    word = normal(match.group("ordinal"))
    half = 2 if word in ("last", "latter") else lookup(ctx.tables, "ordinals", word)
    if half not in (1, 2):
        return None
    year = _year_or_reference(match, ctx)
    return [Resolved("DATE", f"{year:04d}-H{half}", "year", half_interval(year, half))]


def _season_instances(season: str, around: int):
    return [(y, season_interval(y, season)) for y in range(around - 2, around + 2)]


@resolver("season")
def resolve_season(match: re.Match, rule: Rule, ctx: Context):
    season = lookup(ctx.tables, "seasons", match.group("season"))
    if match.group() == match.group("season"):
        return None  # "spring" or "fall" alone is as often a verb or a noun as a season
    mod, _ = position_mod(ctx.tables, match)
    ref = ctx.ref
    if group(match, "year"):
        year = int(match.group("year"))
    elif group(match, "spoken"):
        year = spoken_year(ctx.tables, match.group("spoken"))
    else:
        rel = lookup(ctx.tables, "relatives", match.group("rel")) if group(match, "rel") else None
        instances = _season_instances(season, ref.year)
        current = [y for y, i in instances if i.first <= ref <= i.last]
        if rel == 0 or (rel is None and current):
            year = current[0] if current else next(y for y, i in instances if i.first.year == ref.year
                                                    or (season == "WI" and i.last.year == ref.year and ref.month <= 2))
        elif rel == -1 or (rel is None and not ctx.future(match.start(), match.end())):
            year = max(y for y, i in instances if i.last < ref)
        else:
            year = min(y for y, i in instances if i.first > ref)
    interval = dates.narrow(season_interval(year, season), mod)
    return [Resolved("DATE", dates.season_value(year, season), "season", interval, mod)]


# ------------------------------------------------------------------ ranges


def _end_fields(match: re.Match, ctx: Context, end: str) -> dict:
    fields = {}
    for name in ("year", "month", "day"):
        word = group(match, f"{end}_{name}")
        if word:
            fields[name] = month_number(ctx.tables, word) if name == "month" else int(word)
    yy = group(match, f"{end}_yy")
    if yy:
        fields["yy"] = int(yy)
    return fields


@resolver("range")
def resolve_range(match: re.Match, rule: Rule, ctx: Context):
    a, b = _end_fields(match, ctx, "a"), _end_fields(match, ctx, "b")
    if "yy" in b:
        if "year" not in a:
            return None
        b["year"] = a["year"] // 100 * 100 + b.pop("yy")
        if b["year"] <= a["year"]:
            return None  # "2014-05" is not a range of years
    if "month" in a and "month" not in b and "day" in b:
        b["month"] = a["month"]
    if "month" in b and "month" not in a and "day" in a:
        a["month"] = b["month"]
    borrowed = "year" not in a and "year" in b
    if borrowed:
        a["year"] = b["year"]
    if "year" not in b:
        end = resolve_calendar(ctx, year=None, month=b.get("month"), day=b.get("day"),
                               tense=ctx.tense(match.start(), match.end()))
        b["year"] = int(end.value[:4])
        a.setdefault("year", b["year"])
        borrowed = True
    end = resolve_calendar(ctx, year=b["year"], month=b.get("month"), day=b.get("day"))
    start = resolve_calendar(ctx, year=a["year"], month=a.get("month"), day=a.get("day"))
    if start.interval.first > end.interval.last and borrowed:
        start = resolve_calendar(ctx, year=a["year"] - 1, month=a.get("month"), day=a.get("day"))
    if start.interval.first > end.interval.last:
        return None
    whole = None if rule.data.get("list") else Interval(start.interval.first, end.interval.last)
    return [(match.span("a"), start, whole), (match.span("b"), end, whole)]
