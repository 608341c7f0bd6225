"""Resolvers of dates relative to the reference date or to a date mentioned earlier: "yesterday",
"Tuesday morning", "last week", "earlier this month", "the next day", clock times ("3 p.m.").
In: a rule match and the Context; out: Resolved values (see resolve.py).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from events.temporal import dates
from events.temporal.dates import day_interval, duration_value, period, shift
from events.temporal.absolute import resolve_calendar
from events.temporal.resolve import (ANAPHORA_CHARS, Context, Resolved, group, lookup, month_number, normal,
                                     position_mod, quantity_mod, resolver)
from events.temporal.ruleset import Rule
from events.temporal.timex import Interval


# ------------------------------------------------------------------ dates relative to the reference date


def _day_with_part(day: date, part_word: str | None, ctx: Context, mod: str | None, forced_part=None):
    part = forced_part or (lookup(ctx.tables, "parts_of_day", part_word) if part_word else None)
    if part:
        return Resolved("TIME", f"{day.isoformat()}T{part}", "day", day_interval(day), mod)
    return Resolved("DATE", day.isoformat(), "day", day_interval(day), mod)


@resolver("deictic")
def resolve_deictic(match: re.Match, rule: Rule, ctx: Context):
    word = normal(match.group("word"))
    offset = lookup(ctx.tables, "deictic_days", word)
    mod, _ = position_mod(ctx.tables, match)
    day = ctx.ref + timedelta(days=offset)
    if word == "overnight":  # the night that ends on the reference date
        return [Resolved("TIME", f"{day.isoformat()}TNI", "day", Interval(day, ctx.ref), mod)]
    part = group(match, "part") or group(match, "part_before")
    return [_day_with_part(day, part, ctx, mod, "NI" if word == "tonight" else None)]


@resolver("part_of_day")
def resolve_part_of_day(match: re.Match, rule: Rule, ctx: Context):
    rel = group(match, "rel")
    if rel is None:  # a bare dawn: of the day its sentence has named ("told SANA on Wednesday that ... fired at dawn")
        named = ctx.recent(match.start(), DAWN_CHARS, "day")
        if named is not None and not SENTENCE_BREAK.search(ctx.text, named.end, match.start()):
            return [_day_with_part(named.interval.first, match.group("part"), ctx, None)]
    offset = -1 if rel and normal(rel) == "last" else 0
    return [_day_with_part(ctx.ref + timedelta(days=offset), match.group("part"), ctx, None)]


#: How far back a bare dawn looks for the day its sentence named, and what ends a sentence on the way.
DAWN_CHARS = 200
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"]|\n\s*\n")


def weekday_date(ctx: Context, weekday: int, rel_word: str | None, start: int, end: int,
                 possessive: bool = False) -> date:
    """The date of a named weekday near the reference date (ISO weekday, 1 = Monday). A possessive
    ("Wednesday's ruling", "Friday's close") names a day whose events are reported: the most recent one,
    whatever the clause's verb says about the rest ("would look for ways around Wednesday's ruling")."""
    ref = ctx.ref
    back = (ref.isoweekday() - weekday) % 7  # days back to the most recent one, 0 = today
    rel = normal(rel_word) if rel_word else None
    if rel in ("previous", "the previous"):
        # "down 4.5% from the previous Friday": the one before the day being talked about, if one was named
        earlier = ctx.recent(start, ANAPHORA_CHARS, "day")
        anchor = earlier.interval.first if earlier is not None else ref
        return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7 or 7)
    if rel in ("last", "past"):
        return ref - timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming"):
        return ref + timedelta(days=(weekday - ref.isoweekday()) % 7 or 7)
    if rel == "this":
        return dates.monday(ref) + timedelta(days=weekday - 1)
    if not possessive and ctx.future(start, end):
        return ref + timedelta(days=(weekday - ref.isoweekday()) % 7)
    return ref - timedelta(days=back)


@resolver("weekday")
def resolve_weekday(match: re.Match, rule: Rule, ctx: Context):
    weekday = lookup(ctx.tables, "weekdays", match.group("weekday"))
    mod, _ = position_mod(ctx.tables, match)
    # "Tuesdays suspected attack": a possessive whose apostrophe a scraped text lost (the rule takes that "s" only so)
    possessive = not group(match, "part") and (match.group()[-2:].lower() in ("'s", "’s") or match.group().endswith("days"))
    day = weekday_date(ctx, weekday, group(match, "rel"), match.start(), match.end(), possessive)
    part = group(match, "part") or group(match, "part_before") or ("night" if group(match, "overnight") else None)
    return [_day_with_part(day, part, ctx, mod)]


@resolver("anaphoric")
def resolve_anaphoric(match: re.Match, rule: Rule, ctx: Context):
    """"that day", "the next day", "later that year": relative to the date last mentioned, if any."""
    unit = UNIT_WORDS[normal(match.group("unit"))] if group(match, "unit") else "D"
    shift_by = rule.data.get("shift", 0)
    granularity = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}[unit]
    # "June 1998 ... later that year": a finer date names the period too
    earlier = ctx.recent_of(match.start(), ANAPHORA_CHARS, (granularity, "day") + FINER.get(granularity, ()))
    if earlier is None and not rule.data.get("or_reference"):
        return None
    anchor = shift(earlier.interval.first if earlier is not None else ctx.ref, unit, shift_by)
    value, granularity, interval = period(unit, anchor)
    mod, _ = position_mod(ctx.tables, match)
    part = group(match, "part")
    if part:
        return [_day_with_part(anchor, part, ctx, mod)]
    return [Resolved("DATE", value, granularity, dates.narrow(interval, mod), mod)]


#: Granularities whose dates also name the period of a coarser anaphor ("that year" after "June 1998"):
#: tried after the anaphor's own granularity and after a day.
FINER = {"quarter": ("month",), "year": ("month", "quarter", "season")}

UNIT_WORDS = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "weekend": "WE", "decade": "DE",
              "century": "CE", "day": "D"}


@resolver("relative")
def resolve_relative(match: re.Match, rule: Rule, ctx: Context):
    unit = UNIT_WORDS[normal(group(match, "unit") or match.group("unit2"))]
    rel_word = group(match, "rel")
    rel = lookup(ctx.tables, "relatives", rel_word) if rel_word else rule.data.get("rel", 0)
    mod, mod_word = position_mod(ctx.tables, match)
    if mod is None and "mod" in rule.data:  # "year-end"
        mod = rule.data["mod"]
    ref = ctx.ref
    if rel_word and normal(rel_word).startswith("the ") and rel != 0 and not mod:
        # "over the past week", "the past decade", "the past year": the time up to now, not a calendar
        # period. TimeBank annotates "the past year" as the calendar year before, but in conflict reporting
        # ("deaths over the past year") that interval would be wrong, so the product keeps the duration.
        return [Resolved("DURATION", duration_value(1, unit))]
    if unit == "WE":
        if rel == 0 and ref.isoweekday() >= 6:
            anchor = ref
        elif rel == 0:
            anchor = ref + timedelta(weeks=1 if ctx.future(match.start(), match.end()) else -1)
        else:
            anchor = ref + timedelta(weeks=rel if ref.isoweekday() >= 6 else (0 if rel > 0 else -1))
    else:
        anchor = shift(ref, unit, rel)
    value, granularity, interval = period(unit, anchor)
    if rel == 0 and mod_word in ("earlier", "later"):  # "earlier this month": the month so far
        interval = Interval(interval.first, ref) if mod_word == "earlier" else Interval(ref, interval.last)
    else:
        interval = dates.narrow(interval, mod)
    return [Resolved("DATE", value, granularity, interval, mod)]


# ------------------------------------------------------------------ clock times


@resolver("time")
def resolve_time(match: re.Match, rule: Rule, ctx: Context):
    if group(match, "clock"):
        hour, minute = (int(x) for x in lookup(ctx.tables, "clock_words", match.group("clock")).split(":"))
    else:
        hour = int(match.group("hour"))
        minute = int(group(match, "minute") or 0)
        ampm = group(match, "ampm")
        if ampm:
            if hour > 12:
                return None
            pm = ampm.lower().startswith("p")
            hour = (hour % 12) + (12 if pm else 0)
    if group(match, "part"):  # "4 in the morning", "9 in the evening"
        if hour > 12:
            return None
        hour = hour % 12 + (12 if normal(match.group("part")) in ("afternoon", "evening") or
                            (normal(match.group("part")) == "night" and hour >= 6) else 0)
    day = ctx.ref
    earlier = ctx.recent(match.start(), ANAPHORA_CHARS, "day")
    if earlier is not None:  # "Police said the blast came at 10:35 a.m.": the day just mentioned
        day = earlier.interval.first
    if group(match, "weekday"):
        weekday = lookup(ctx.tables, "weekdays", match.group("weekday"))
        day = weekday_date(ctx, weekday, None, match.start(), match.end())
    elif group(match, "word"):
        day = ctx.ref + timedelta(days=lookup(ctx.tables, "deictic_days", match.group("word")))
    elif group(match, "month"):
        resolved = resolve_calendar(ctx, year=None, month=month_number(ctx.tables, match.group("month")),
                                    day=int(match.group("day")), tense=ctx.tense(match.start(), match.end()))
        day = resolved.interval.first
    mod = quantity_mod(ctx.tables, match)
    return [Resolved("TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", "day", day_interval(day), mod)]
