"""Case-insensitive regexes run as case-sensitive ones on the lower-cased text: the same matches, several times faster.

    Caseless(pattern, flags)   .search / .match / .fullmatch / .finditer (text, pos, endpos), like re.Pattern
    lowered(text) -> str | None   the text lower-cased at the same offsets, None when that would change a match

Python's regex engine skips ahead to a pattern's possible first characters only without IGNORECASE; with it, every
alternative is tried at every position (a death-word hint over a clause: about 20 us instead of 3). A pattern whose
letters are all lower case, run on the lower-cased text, matches where the IGNORECASE one matches on the text as
long as lower-casing keeps every character one character that the engine sees as IGNORECASE sees the original: one
character long, the engine's own lower case, no special case equivalence ("ſ" is "s" to IGNORECASE), the same
word / space / digit class. ``lowered`` checks that for each distinct non-ASCII character (ASCII always holds) and
gives None otherwise; ``Caseless`` then runs the IGNORECASE pattern on the text itself. Matches of the lower-cased
text have lower-cased groups: read spans, or compare groups case-insensitively.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from re import _casefix  # the engine's own case equivalences ("s" and "ſ"), stable since Python 3.11

import _sre
from re import _constants, _parser  # the regex's own parse, for required_literals

_UNSAFE_PATTERN = re.compile(r"\(\?(?:[aiLmsux]+(?:-[imsx]+)?|-[imsx]+)[:)]")  # scoped or inline flags: the case rules would change
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SAFE: dict[str, bool] = {}
_recent: list[tuple[str, str | None]] = []  # the last few texts asked about (an article, its sentences)
_RECENT = 8
_CACHED_FROM = 200  # characters


def _safe(char: str) -> bool:
    """Does lower-casing ``char`` keep every match of a lower-case pattern the same as IGNORECASE on ``char``?"""
    known = _SAFE.get(char)
    if known is None:
        low = char.lower()
        known = (len(low) == 1 and ord(low) == _sre.unicode_tolower(ord(char)) and ord(low) not in _casefix._EXTRA_CASES
                 and all((re.match(cls, char) is None) == (re.match(cls, low) is None) for cls in (r"\w", r"\s", r"\d")))
        _SAFE[char] = known
    return known


def lowered(text: str) -> str | None:
    """``text`` lower-cased at the same offsets, or None when some character of it lower-cases unlike IGNORECASE
    reads it (then run the IGNORECASE pattern on ``text``). The last few long texts' answers are kept: a pipeline
    asks about the same article many times; a clause's slice costs less to lower-case again than to look up."""
    if len(text) < _CACHED_FROM:
        return text.lower() if text.isascii() else _lowered(text)
    for seen, low in _recent:
        if seen is text:
            return low
    low = _lowered(text)
    _recent.insert(0, (text, low))
    del _recent[_RECENT:]
    return low


def _lowered(text: str) -> str | None:
    if text.isascii():
        return text.lower()
    if not all(_safe(char) for char in set(_NON_ASCII.findall(text))):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def lower_literals(regex: str) -> str:
    """A regex for lower-cased text: letters lower-cased, escapes (\\S, \\W, \\B, \\D) and group names kept as written."""
    out, escaped, index = [], False, 0
    while index < len(regex):
        ch = regex[index]
        if not escaped and regex.startswith(("(?P<", "(?P="), index):
            close = regex.index(">" if regex[index + 3] == "<" else ")", index)
            out.append(regex[index:close + 1])
            index = close + 1
            continue
        out.append(ch if escaped else ch.lower())
        escaped = not escaped and ch == "\\"
        index += 1
    return "".join(out)


class Caseless:
    """An IGNORECASE regex that runs as a case-sensitive one on ``lowered(text)`` when it can (see the module doc)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.original = re.compile(pattern, flags | re.IGNORECASE)
        self.pattern = pattern
        self.lower = None
        cased = [ch for ch in pattern if not ch.isascii() and (ch.lower() != ch or ch.upper() != ch)]
        if not cased and not _UNSAFE_PATTERN.search(pattern):
            lower = re.compile(lower_literals(pattern), flags & ~re.IGNORECASE)
            if lower.groupindex == self.original.groupindex and lower.groups == self.original.groups:
                self.lower = lower
        if self.lower is None:  # no twin: the IGNORECASE regex's own methods, with no call in between
            self.search, self.match = self.original.search, self.original.match
            self.fullmatch, self.finditer = self.original.fullmatch, self.original.finditer

    # Each method asks for the lower-cased text itself: these run hundreds of times per article, and a shared helper
    # returning (regex, text) cost as much as the case-insensitive search saved on short texts.
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lowered(text)
        return self.original.search(text, pos, endpos) if low is None else self.lower.search(low, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lowered(text)
        return self.original.match(text, pos, endpos) if low is None else self.lower.match(low, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lowered(text)
        return self.original.fullmatch(text, pos, endpos) if low is None else self.lower.fullmatch(low, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lowered(text)
        return self.original.finditer(text, pos, endpos) if low is None else self.lower.finditer(low, pos, endpos)


@lru_cache(maxsize=64)
def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of the case-sensitive ``pattern`` contains (for each top-level alternative,
    its longest run of plain characters), or None when some alternative has none: a text holding none of them
    cannot match, and ``str.find`` says so far faster than a regex tried at every position."""
    if re.search(r"\(\?[aLmsux-]*i", pattern):
        return None  # case-insensitive somewhere: the literals are not as written

    def alternatives(items) -> list:
        items = list(items)
        while len(items) == 1 and items[0][0] is _constants.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
            items = list(items[0][1][3])  # a group with no flags of its own: its contents
        if len(items) == 1 and items[0][0] is _constants.BRANCH:
            return [found for branch in items[0][1][1] for found in alternatives(branch)]
        return [items]

    literals = []
    for sequence in alternatives(_parser.parse(pattern)):
        best, run = "", ""
        for op, av in sequence:
            run = run + chr(av) if op is _constants.LITERAL else ""
            best = max(best, run, key=len)
        if not best:
            return None
        literals.append(best)
    return tuple(dict.fromkeys(literals))
