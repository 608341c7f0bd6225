"""Resolvers: one rule match + reference date -> Timex records (TimeML TIMEX3 value, mod, interval).

In: a regex match of one rule (its named groups), the rule, and a ``Context`` (text, reference date,
tables, tense). Out: a list of ``Timex`` (two for a range), or None when the match is not a time
expression after all (lower-case "may" alone, 31 February...). A resolver never guesses more precision
than the text gives: "June" is a month, "earlier this month" is the month up to the reference date.
Each resolver is registered under the rule ``kind`` that names it in the TOML rules; they live in
absolute.py (calendar dates, ranges), relative.py (dates relative to the reference date or to a date
mentioned earlier, clock times) and amounts.py (durations, "ago", sets, vague references).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import Callable

from events.temporal.ruleset import Rule, RuleSet
from events.temporal.tense import tense
from events.temporal.timex import Interval, Timex

RESOLVERS: dict[str, Callable] = {}


def resolver(kind: str):
    def register(function):
        RESOLVERS[kind] = function
        return function
    return register


#: How far back (characters) "that day", "a year earlier" or a bare clock time look for what they refer to.
ANAPHORA_CHARS = 400

#: How far back (characters) a report's figures stay about the quarter it named: most of a short article.
QUARTER_CHARS = 1500
_QUARTER_WORD = re.compile(r"quarter|\bQ[1-4]\b", re.IGNORECASE)
_SHIFTED = re.compile(r"ago|earlier|before|prior|last|previous|comparable|corresponding", re.IGNORECASE)


@dataclass
class Context:
    """What resolvers may look at: the text, the reference date, the rules, and the time expressions
    already found earlier in the text (for "that day", "the next day", a bare "10 p.m.")."""

    text: str
    ref: date
    rules: RuleSet
    found: list = field(default_factory=list)

    def remember(self, timexes: list[Timex]) -> None:
        self.found.extend(timexes)

    def recent(self, before: int, within: int, granularity: str, text: re.Pattern | None = None,
               not_text: re.Pattern | None = None) -> Timex | None:
        """The last time expression of that granularity, with an interval, ending at most ``within``
        characters before ``before`` (and whose text matches ``text`` and not ``not_text``, if given)."""
        for timex in reversed(self.found):
            if timex.end < before - within:
                return None
            if timex.granularity == granularity and timex.interval is not None and timex.type in ("DATE", "TIME") \
                    and (text is None or text.search(timex.text)) \
                    and (not_text is None or not not_text.search(timex.text)):
                return timex
        return None

    def recent_of(self, before: int, within: int, granularities: tuple[str, ...]) -> Timex | None:
        """The last time expression of the first of ``granularities`` that has one (see ``recent``)."""
        for granularity in granularities:
            found = self.recent(before, within, granularity)
            if found is not None:
                return found
        return None

    def quarter_in_view(self, before: int) -> tuple[int, int] | None:
        """(year, quarter) of the quarter the text is talking about: the last one named outright
        ("the third quarter", not "the year-ago quarter"), within QUARTER_CHARS."""
        for timex in reversed(self.found):
            if timex.end < before - QUARTER_CHARS:
                return None
            if timex.granularity != "quarter" or timex.interval is None or \
                    not re.fullmatch(r"[0-9]{4}-Q[1-4]", timex.value) or \
                    not _QUARTER_WORD.search(timex.text) or _SHIFTED.search(timex.text):
                continue
            if timex.interval.first > self.ref or (timex.interval.last >= self.ref and
                                                   self.tense(timex.start, timex.end) == "future"):
                continue  # a forecast ("expect the trend to continue into the fourth quarter"), not the results
            return int(timex.value[:4]), int(timex.value[-1])
        return None

    @property
    def tables(self) -> dict:
        return self.rules.tables

    def tense(self, start: int, end: int) -> str | None:
        """"future", "past" or None (no signal) for the clause around text[start:end]."""
        rules = self.rules
        return tense(self.text, start, end, rules.future, rules.past, rules.future_before, rules.past_before,
                     rules.overturned, rules.auxiliary, rules.perfect, rules.reporting, rules.clause_end)

    def future(self, start: int, end: int) -> bool:
        return self.tense(start, end) == "future"


@dataclass
class Resolved:
    """What a span means, before it gets its offsets."""

    type: str
    value: str
    granularity: str = "none"
    interval: Interval | None = None
    mod: str | None = None


@lru_cache(maxsize=65536)
def normal(word: str) -> str:
    return re.sub(r"[\s-]+", " ", word.lower()).strip(" .")


def lookup(tables: dict, table: str, word: str):
    words = tables[table]
    key = normal(word)
    if key in words:
        return words[key]
    return words.get(key.replace(" ", "-"), words.get(key.replace(" ", "")))


def group(match: re.Match, name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def number(tables: dict, word: str) -> float | None:
    """"three" -> 3, "twenty-five" -> 25, "2 1/2" -> 2.5, "several" -> None."""
    key = normal(word)
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?(?:\s+1/2)?", key):
        whole, _, half = key.partition(" ")
        return float(whole) + (0.5 if half else 0)
    value = lookup(tables, "numbers", key)
    if value is not None:
        return float(value)
    parts = key.split(" ")
    if len(parts) == 2 and all(lookup(tables, "numbers", p) is not None for p in parts):
        return float(lookup(tables, "numbers", parts[0]) + lookup(tables, "numbers", parts[1]))
    return None


def month_number(tables: dict, word: str) -> int | None:
    key = normal(word)
    if key.isdigit():
        return int(key)
    return lookup(tables, "months", key) or lookup(tables, "month_abbreviations", key)


def position_mod(tables: dict, match: re.Match) -> tuple[str | None, str | None]:
    """(TIMEX3 mod, the word) of a position modifier group ("early" -> START)."""
    word = group(match, "mod")
    if not word:
        return None, None
    return lookup(tables, "position_modifiers", word), normal(word)


def quantity_mod(tables: dict, match: re.Match) -> str | None:
    word = group(match, "qmod")
    return lookup(tables, "quantity_modifiers", word) if word else None


POSSESSIVE = ("'s", "’s")


def to_timexes(match: re.Match, rule: Rule, ctx: Context) -> list[Timex] | None:
    """Run the rule's resolver; None if it refuses the match or the date cannot exist."""
    try:
        results = RESOLVERS[rule.kind](match, rule, ctx)
    except (ValueError, OverflowError, KeyError, TypeError, IndexError, AttributeError, ZeroDivisionError):
        return None  # a date the calendar cannot hold, a word missing from a table: not a time expression
    if not results:
        return None
    timexes = []
    for result in results:
        if isinstance(result, tuple):
            (start, end), resolved, whole = result
        else:
            (start, end), resolved, whole = match.span(), result, None
        if resolved.value is None:
            return None
        if ctx.text.endswith(POSSESSIVE, start, end):
            end -= 2  # TimeML leaves the clitic out: "[Wednesday]'s ruling"
        timexes.append(Timex(start, end, ctx.text[start:end], resolved.type, resolved.value, resolved.mod,
                             resolved.granularity, resolved.interval, whole))
    return timexes


# The resolvers register themselves when imported; they use the names above, so they are imported last.
from events.temporal import absolute, amounts, relative  # noqa: E402,F401  (registration)
