"""Words a regex cannot match without: a cheap test (``str.find``) that skips a search bound to fail.

    required_literals(regex, flags=0) -> tuple[str, ...] | None   one of these is in every match; None: no such set
    Gated(pattern)                                                  the pattern's search/match/finditer, gated on them

Python's regex engine tries a pattern at every position unless it starts with a literal; the long alternations of
the rules ("\\bsince ...|\\b(?:killed|died) in ...") start with a word boundary and are tried at every character of
every sentence they are searched in, which cost more than any other step of the event loop. Most sentences contain
none of the words such a rule needs ("since", "war", "statement"), and ``str.find`` tells that in a fraction of the
time. The words are read from the regex's own parse, so a rule added to the TOML data is gated with no list to keep.
Only case-sensitive regexes are gated (those run on the folded text): a literal of an IGNORECASE regex may match
other cases.
"""
from __future__ import annotations

import re
import sys
from re import _constants, _parser

# Shorter words are in nearly every sentence, and many words cost more finds than the search they would skip.
MIN_LENGTH = 3
MAX_WORDS = 40
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, getattr(_constants, "POSSESSIVE_REPEAT", None))


def required_literals(regex: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``regex`` contains, or None if the parse gives no useful such set."""
    try:
        parsed = _parser.parse(regex, flags)
    except (re.error, RecursionError):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _sequence(list(parsed))
    if not found or min(map(len, found)) < MIN_LENGTH or len(found) > MAX_WORDS:
        return None
    return tuple(sorted(found))


def _sequence(items) -> frozenset[str] | None:
    """The best set of a sequence: every item of it matches, so any one item's set is required."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            better(frozenset(("".join(run),)))
            run = []
        better(_item(op, av))
    if run:
        better(frozenset(("".join(run),)))
    return best


def _item(op, av) -> frozenset[str] | None:
    if op is _constants.SUBPATTERN:
        _group, add_flags, _del_flags, pattern = av
        return None if add_flags & re.IGNORECASE else _sequence(list(pattern))
    if op is _constants.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if not found:
                return None  # an alternative with no required word: the branch requires none
            union |= found
        return frozenset(union)
    if op in _REPEATS and op is not None:
        low, _high, pattern = av
        return _sequence(list(pattern)) if low >= 1 else None
    if op is getattr(_constants, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None  # classes, any character, anchors, lookarounds (outside the match), back references


class Gated:
    """A compiled regex whose searches first ask whether one of its required words is in the range searched: a match
    lies inside [pos, endpos), so a word of it does too (a lookbehind looks outside, but adds no required word)."""

    __slots__ = ("regex", "words", "pattern")

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.words = required_literals(regex.pattern, regex.flags) if isinstance(regex.pattern, str) else None

    def possible(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        words = self.words
        if words is None:
            return True
        for word in words:
            if text.find(word, pos, endpos) >= 0:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.search(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.match(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.fullmatch(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.finditer(text, pos, endpos) if self.possible(text, pos, endpos) else iter(())
