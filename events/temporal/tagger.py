"""tag(text, reference_date) -> list[Timex]: find and resolve every time expression in a text.

One left-to-right pass: a trigger regex (starts.py: a trie of the first characters every rule can match,
read from the rules' own patterns) finds the next place where some rule may start; there the few rules
indexed under that start are tried, and the longest match that its resolver accepts wins (ties: the rule
written first); scanning goes on after it.
Results are in text order and never overlap. Linear in the text length: the rules have no nested
quantifiers and each position is visited once. (One alternation of all rules searched across the text
found the same matches about five times slower: Python's regex engine tries every alternative at every
position.)
"""
from __future__ import annotations

import re
from datetime import date, datetime

from events.temporal.caseless import lowered
from events.temporal.resolve import Context, to_timexes
from events.temporal.ruleset import english
from events.temporal.timex import Timex


def parse_reference_date(reference_date) -> date:
    """A datetime.date (or datetime) or an ISO date string -> date; anything else is a ValueError."""
    if isinstance(reference_date, datetime):
        return reference_date.date()
    if isinstance(reference_date, date):
        return reference_date
    if isinstance(reference_date, str):
        try:
            return date.fromisoformat(reference_date.strip()[:10])
        except ValueError:
            pass
        raise ValueError(f"reference_date: not an ISO date (YYYY-MM-DD): {reference_date!r}")
    raise ValueError(f"reference_date: expected a datetime.date or an ISO date string, got {reference_date!r}")


#: A quoted run of two or more capitalised words: the title of a show, a film, an operation.
_QUOTED_TITLE = re.compile(r"(?:``|''|[\"“])(?P<title>[A-Z0-9][\w’'-]*(?:[ \t]+[A-Z0-9][\w’'-]*)+)"
                           r"[.,!?]?(?:''|[\"”])")
_OPENING_QUOTES = ("``", "''", '"', "“")
_ANY_QUOTE = re.compile("[`'\"“]")


def quoted_title(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies inside a quoted title (ABC's "This Week", the film "High Noon")."""
    window = max(0, start - 60)
    if _ANY_QUOTE.search(text, window, start) is None:
        return False  # most expressions: no quote before them at all
    opening = max(text.rfind(quote, window, start) for quote in _OPENING_QUOTES)
    if opening < 0:
        return False
    title = _QUOTED_TITLE.match(text, opening)
    return title is not None and title.start("title") <= start and end <= title.end("title")


def tag(text: str, reference_date) -> list[Timex]:
    """Every time expression in ``text``, resolved against ``reference_date`` (date or 'YYYY-MM-DD')."""
    ref = parse_reference_date(reference_date)
    if not isinstance(text, str):
        raise ValueError(f"text: expected a string, got {type(text).__name__}")
    rules = english()
    ctx = Context(text, ref, rules)
    found: list[Timex] = []
    position = 0
    trigger = rules.trigger
    low = lowered(text)  # None when lower-casing would move a match: then every rule runs as written
    while True:
        hit = trigger.search(text, position)
        if hit is None:
            break
        start = hit.start()
        candidates = []
        for rule in rules.candidates(hit.group()):
            # Most rules tried fail; the case-sensitive twin on the lower-cased text tells so without IGNORECASE's
            # folding of every letter compared. Where it matches, the rule itself runs, for its groups as written.
            if low is not None and rule.twin is not None and rule.twin.match(low, start) is None:
                continue
            match = rule.regex.match(text, start)
            if match is not None and match.end() > start:
                candidates.append((match.end(), rule, match))
        candidates.sort(key=lambda candidate: -candidate[0])  # stable: ties keep the order of the rule file
        for end, rule, match in candidates:
            if quoted_title(text, start, end):
                continue  # ABC's "This Week", the film "High Noon": a name, not a time
            timexes = to_timexes(match, rule, ctx)
            if timexes:
                found.extend(timexes)
                ctx.remember(timexes)
                position = end
                break
        else:
            position = start + 1  # a shorter expression may start inside what the trigger read
    return found


#: Two reference dates that differ in year, month, week and weekday: an expression resolved the same way
#: against both does not depend on the reference ("Sept. 2014", "on 3 March 2016", "in 1988").
_FAR_APART = (date(1991, 3, 12), date(2033, 10, 28))


def tag_absolute(text: str) -> list[Timex]:
    """The time expressions of ``text`` that need no reference date: those that resolve to the same value and
    span against two far-apart references. For a text whose publication date is unknown: "In June" and "last
    week" cannot be placed, "in September 2014" can."""
    first, second = (tag(text, reference) for reference in _FAR_APART)
    same = {(t.start, t.end, t.value) for t in second}
    return [t for t in first if (t.start, t.end, t.value) in same and t.interval is not None]


def tag_without_reference(text: str) -> list[Timex]:
    """For a text whose publication date is unknown: the expressions that need no reference date (``tag_absolute``),
    and calendar dates told without their year ("on June 17", "in June") placed by the story's year: resolved against
    the last day told with its year before them ("On June 4 2014 Reuters reported ... are supposed to brief the
    council on June 17": 2014-06-17), as a reader of a dated chronicle does. Deictic and weekday expressions ("last
    week", "on Tuesday") stay out: they count from the report's day, which is unknown."""
    first, second = (tag(text, reference) for reference in _FAR_APART)
    same = {(t.start, t.end, t.value) for t in second}
    absolute = [t for t in first if (t.start, t.end, t.value) in same and t.interval is not None]
    other = {(t.start, t.end): t for t in second}
    yearless = [t for t in first if (t.start, t.end, t.value) not in same and _yearless(t, other.get((t.start, t.end)))]
    if not yearless:
        return absolute
    days = [t for t in absolute if t.granularity == "day"]
    placed: list[Timex] = []
    tagged: dict[date, dict[tuple[int, int], Timex]] = {}
    for timex in yearless:
        before = [t for t in days if t.end <= timex.start]
        if not before:
            continue  # no year told before it: it stays unplaced
        reference = before[-1].interval.first
        if reference not in tagged:
            tagged[reference] = {(t.start, t.end): t for t in tag(text, reference)}
        again = tagged[reference].get((timex.start, timex.end))
        if again is not None and again.interval is not None:
            placed.append(again)
    return sorted(absolute + placed, key=lambda t: t.start)


def _yearless(first: Timex, second: Timex | None) -> bool:
    """Is this a calendar date or month told without its year: resolved against the two far-apart references, the
    same month (and day), only the year differing ("June 17": 1991-06-17 and 2033-06-17)?"""
    return (second is not None and first.granularity in ("day", "month") and second.granularity == first.granularity
            and len(first.value) >= 7 and first.value[4:] == second.value[4:] and first.value[:4] != second.value[:4])
