"""find_publication_date(text) -> PublicationDate | None: the date an article states for itself.

In: an article's text as scraped (bylines, datelines glued to titles, page chrome). Out: the date and the
span it was read from, or None. Rules and search order are data: rules/publication.toml. Only dates that
carry their year count; a yearless dateline gives None. dateparser reads what the patterns do not (a date
in another language after a marker such as "Publié le").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from events.temporal.resolve import Context, month_number, to_timexes
from events.temporal.ruleset import FLAGS, RULES_DIR, Rule, _load, compile_rules, english, english_macros, expand
from events.temporal.timex import PublicationDate

#: Any reference date will do: every pattern carries its own year.
_ANY_REFERENCE = date(2000, 1, 1)
#: How far before a head date its preposition is looked for (``prose_before``: "On August 21 2013 the regime ...").
PROSE_REACH = 8


@dataclass(frozen=True)
class PublicationRules:
    patterns: tuple[Rule, ...]
    markers: re.Pattern
    timestamp: re.Pattern
    marker_chars: int
    head_chars: int
    fallback_chars: int
    yearless: re.Pattern
    copyright: re.Pattern
    prose: re.Pattern
    examples: tuple[tuple[str, str], ...]


@lru_cache(maxsize=None)
def publication_rules() -> PublicationRules:
    path = RULES_DIR / "publication.toml"
    raw = _load(path)
    macros = english_macros()
    patterns = compile_rules(raw.get("patterns", []), macros, path.name, bounded=False)
    words = sorted(raw.get("markers", []), key=len, reverse=True)
    gap = raw.get("marker_gap", r"\s*")
    markers = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                         + r")(?![^\W\d_])" + gap, FLAGS)
    timestamp = re.compile(expand(raw["timestamp"]["pattern"], macros, f"{path.name} timestamp"), FLAGS)
    examples = [tuple(example) for rule in raw.get("patterns", []) for example in rule.get("examples", [])]
    examples += [(example["text"], example["expected"]) for example in raw.get("examples", [])]
    yearless = re.compile(expand(raw["yearless_dateline"]["pattern"], macros, f"{path.name} dateline"), FLAGS)
    copyright_ = re.compile(expand(raw["yearless_dateline"]["copyright"], macros, f"{path.name} copyright"), FLAGS)
    prose = re.compile(raw["prose_before"], FLAGS)
    return PublicationRules(patterns, markers, timestamp, int(raw.get("marker_chars", 3000)),
                            int(raw.get("head_chars", 250)), int(raw.get("fallback_chars", 40)), yearless,
                            copyright_, prose, tuple(examples))


def _read(match: re.Match, rule: Rule, ctx: Context) -> PublicationDate | None:
    timexes = to_timexes(match, rule, ctx)
    if not timexes or timexes[-1].interval is None or timexes[-1].granularity != "day":
        return None
    return PublicationDate(timexes[-1].interval.first, match.start(), match.end(), match.group())


def _at(text: str, position: int, rules: PublicationRules, ctx: Context) -> PublicationDate | None:
    """The longest date pattern matching exactly at ``position``."""
    best = None
    for rule in rules.patterns:
        match = rule.regex.match(text, position)
        if match and (best is None or match.end() > best[0].end()):
            best = (match, rule)
    return _read(*best, ctx) if best else None


def _first_in(text: str, start: int, end: int, rules: PublicationRules, ctx: Context) -> PublicationDate | None:
    """The earliest date pattern match starting in text[start:end] (longest at that place), not told with a
    preposition ("On August 21 2013 the regime fired": the time of what the sentence tells, no dateline)."""
    found = []
    for rule in rules.patterns:
        match = rule.regex.search(text, start)
        while match and match.start() < end and rules.prose.search(text, max(0, match.start() - PROSE_REACH),
                                                                    match.start()):
            match = rule.regex.search(text, match.end())
        if match and match.start() < end:
            found.append((match.start(), -match.end(), match, rule))
    for _, _, match, rule in sorted(found, key=lambda f: (f[0], f[1])):
        result = _read(match, rule, ctx)
        if result:
            return result
    return None


def _dateparser_after(text: str, position: int, chars: int) -> PublicationDate | None:
    window = text[position:position + chars]
    if not any(c.isdigit() for c in window):
        return None  # every date worth a publication date has a number in it: spare dateparser
    from dateparser.search import search_dates  # slow import; only for the rare foreign or odd dateline

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        found = search_dates(window, settings=settings) or []
    except Exception:  # dateparser raises assorted errors on odd input; a missing date is the honest answer
        return None
    for substring, moment in found:
        offset = window.find(substring)
        if offset >= 0:
            start = position + offset
            return PublicationDate(moment.date(), start, start + len(substring), substring)
    return None


def find_publication_date(text: str) -> PublicationDate | None:
    """The article's own publication date: after a marker ("Published", "Updated:", ...), in page
    metadata (ISO timestamp), or the dateline at the head of the text. None if it states none with a year."""
    if not isinstance(text, str):
        raise ValueError(f"text: expected a string, got {type(text).__name__}")
    rules = publication_rules()
    ctx = Context(text, _ANY_REFERENCE, english())
    marker_hits = list(rules.markers.finditer(text, 0, min(len(text), rules.marker_chars)))
    for marker in marker_hits:
        result = _at(text, marker.end(), rules, ctx)
        if result:
            return result
    stamp = rules.timestamp.search(text)
    if stamp:
        try:
            moment = date(int(stamp.group("year")), int(stamp.group("month")), int(stamp.group("day")))
            return PublicationDate(moment, stamp.start(), stamp.end(), stamp.group())
        except ValueError:
            pass
    result = _first_in(text, 0, rules.head_chars, rules, ctx)
    if result:
        return result
    for marker in marker_hits:
        result = _dateparser_after(text, marker.end(), rules.fallback_chars)
        if result:
            return result
    return _yearless_dateline(text, rules)


def dateline_day(text: str, published: date) -> date | None:
    """The day of a yearless wire dateline ("WARSAW, February 26 (Xinhua) --") filed up to two days before the
    ``published`` date of an archive's metadata: the report tells that day's news. None when there is no such dateline."""
    if not isinstance(text, str) or published is None:
        return None
    rules = publication_rules()
    if "(" not in text[:rules.head_chars]:
        return None  # no "(Xinhua)": no wire dateline, and no regex search
    dateline = rules.yearless.search(text, 0, min(len(text), rules.head_chars))
    if dateline is None:
        return None
    month = month_number(english().tables, dateline.group("month"))
    try:
        day = date(published.year - (month > published.month), month, int(dateline.group("day")))
    except (TypeError, ValueError):
        return None
    return day if 0 < (published - day).days <= 2 else None


def _yearless_dateline(text: str, rules: PublicationRules) -> PublicationDate | None:
    """"WASHINGTON, July 27 (Reuters) -" with "© 2016 Reuters" further down the page."""
    dateline = rules.yearless.search(text, 0, min(len(text), rules.head_chars))
    copyright_ = rules.copyright.search(text) if dateline else None
    if copyright_ is None:
        return None
    month = month_number(english().tables, dateline.group("month"))
    try:
        moment = date(int(copyright_.group("year")), month, int(dateline.group("day")))
    except (TypeError, ValueError):
        return None
    return PublicationDate(moment, dateline.start(), dateline.end(), dateline.group())
