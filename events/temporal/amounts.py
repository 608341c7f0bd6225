"""Resolvers of amounts of time and of vague references: durations ("three years", "more than a decade"),
"two days ago", sets ("every week"), "now", "recently". In: a rule match and the Context; out: Resolved
values (see resolve.py).
"""
from __future__ import annotations

import re

from events.temporal.dates import duration_value, period, quarter_interval, shift
from events.temporal.resolve import (ANAPHORA_CHARS, Context, Resolved, group, lookup, month_number, normal, number,
                                     quantity_mod, resolver)
from events.temporal.ruleset import Rule


def _count(match: re.Match, ctx: Context) -> tuple[float | None, bool]:
    """(number, is_vague) of the "num" group."""
    word = group(match, "num")
    if not word:
        return None, True
    if lookup(ctx.tables, "vague_numbers", word) is not None:
        return None, True
    n = number(ctx.tables, word)
    if n is None:
        raise ValueError(word)
    if group(match, "half"):
        n += 0.5
    return n, False


def _unit(match: re.Match, ctx: Context) -> str:
    return lookup(ctx.tables, "units", match.group("unit"))


@resolver("duration")
def resolve_duration(match: re.Match, rule: Rule, ctx: Context):
    unit = _unit(match, ctx)
    word = group(match, "num")
    if normal(match.group("unit")) == "second" and (word is None or not word[:1].isdigit()):
        return None  # "a second attack"
    if group(match, "qmod") and normal(match.group("qmod")) == "over" and \
            re.match(r"over\s+the\b", match.group(), re.IGNORECASE):
        return None  # "over the past five weeks": "over" means during; the expression starts at "the"
    if unit == "Q" and re.match(r"\s+of\b", ctx.text[match.end():match.end() + 4]) and \
            (normal(word or "") in ("a", "an", "one") or "-" in match.group()):
        return None  # "three-quarters of its food", "more than a quarter of the market": fractions
    if word is None and not normal(match.group("unit")).endswith("s"):
        n, vague = 1.0, False  # "a day-long siege"
    else:
        n, vague = _count(match, ctx)
    if not vague and (n <= 0 or n >= 1000 and word[:1].isdigit()):
        return None  # "the 1988 quarter" is a year
    if group(match, "half2"):
        n += 0.5
    if word and normal(word) in ("a", "an") and not (group(match, "qmod") or group(match, "rel")):
        if not _opens_duration(ctx, match.start()):
            return None
    return [Resolved("DURATION", duration_value(n, unit), "none", None, quantity_mod(ctx.tables, match))]


def _opens_duration(ctx: Context, start: int) -> bool:
    """Is the word before ``start`` one that introduces a duration ("for a week")? A sentence start counts."""
    before = ctx.text[max(0, start - 30):start]
    previous = re.search(r"(\w+)\W*$", before)
    if previous is None or re.search(r"[.!?:;\"(]\s*$", before):
        return True
    return previous.group(1).lower() in ctx.tables["duration_openers"]


#: The dates "N <unit> earlier/later" may count from, by unit: a day for days, a month or a day for months ...
NAMED_BEFORE = {"D": ("day",), "W": ("day",), "M": ("month", "day"), "Y": ("year", "month", "day")}


@resolver("ago")
def resolve_ago(match: re.Match, rule: Rule, ctx: Context):
    unit = _unit(match, ctx)
    n, vague = _count(match, ctx) if group(match, "num") else (1, False)
    mod = quantity_mod(ctx.tables, match)
    if vague:
        return [Resolved("DATE", "PAST_REF", mod=mod)]
    if n != int(n) or n > 5000:
        return None
    word = normal(match.group("dir"))
    direction = 1 if word in ("from now", "hence", "later") else -1
    start_from = ctx.ref
    if word in ("earlier", "later"):
        # "first announced seven days earlier", "returned three years later": counted from the date last
        # named; "earlier" with none is counted from the reference date, "later" with none is a duration.
        # "up 15% from a year earlier" compares with the same period before now, not before 1988.
        sources = () if (unit, word) == ("Y", "earlier") else NAMED_BEFORE.get(unit, ())
        named = ctx.recent_of(match.start(), ANAPHORA_CHARS, sources)
        if named is not None:
            start_from = named.interval.first
        elif word == "later":
            return None
    if unit == "Y" and direction < 0:
        # "profit fell from $9 million a year earlier" after "the third quarter": the same quarter then.
        in_view = ctx.quarter_in_view(match.start())
        if in_view is not None:
            year, q = in_view[0] - int(n), in_view[1]
            return [Resolved("DATE", f"{year:04d}-Q{q}", "quarter", quarter_interval(year, q), mod)]
    anchor = shift(start_from, unit, direction * int(n))
    calendar_unit = {"2W": "W", "DE": "Y", "CE": "Y", "TH": "D", "TM": "D", "TS": "D"}.get(unit, unit)
    value, granularity, interval = period(calendar_unit, anchor)
    return [Resolved("DATE", value, granularity, interval, mod)]


@resolver("set")
def resolve_set(match: re.Match, rule: Rule, ctx: Context):
    if group(match, "word"):
        if match.group("word")[:1].isupper() and re.match(r"\s+[A-Z]", ctx.text[match.end():match.end() + 2]):
            return None  # The Daily Telegraph, the Weekly Standard: a title
        return [Resolved("SET", lookup(ctx.tables, "sets", match.group("word")))]
    if group(match, "month"):
        return [Resolved("SET", f"XXXX-{month_number(ctx.tables, match.group('month')):02d}")]
    weekday_word = group(match, "weekday") or group(match, "weekdays")
    if weekday_word:
        weekday = lookup(ctx.tables, "weekdays", weekday_word)
        part_word = group(match, "part") or group(match, "parts")
        part = lookup(ctx.tables, "parts_of_day", part_word.rstrip("sS")) if part_word else None
        return [Resolved("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))]
    unit = _unit(match, ctx)
    n, vague = _count(match, ctx) if group(match, "num") else (1, False)
    if not vague and (n <= 0 or n > 10000):
        return None
    return [Resolved("SET", duration_value(None if vague else n, unit))]


@resolver("vague")
def resolve_vague(match: re.Match, rule: Rule, ctx: Context):
    if rule.data.get("unless_past") and ctx.tense(match.start(), match.end()) == "past":
        return None
    return [Resolved("DATE", lookup(ctx.tables, rule.data.get("table", "vague"), match.group("word")))]
