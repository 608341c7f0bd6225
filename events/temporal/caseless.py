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

import ahocorasick  # Gated: one walk finds whether any of many words is in a range

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

    def __init__(self, pattern: str, flags: int = 0, gated: bool = False) -> None:
        """``gated``: the lower-cased twin first asks whether a string every match needs is in the range (``Gated``),
        for a long choice of words that most ranges searched hold none of."""
        self.original = re.compile(pattern, flags | re.IGNORECASE)
        self.pattern = pattern
        self.lower = None
        cased = [ch for ch in pattern if not ch.isascii() and (ch.lower() != ch or ch.upper() != ch)]
        if not cased and not _UNSAFE_PATTERN.search(pattern):
            lower = re.compile(lower_literals(pattern), flags & ~re.IGNORECASE)
            if lower.groupindex == self.original.groupindex and lower.groups == self.original.groups:
                self.lower = Gated(lower) if gated else lower
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


@lru_cache(maxsize=256)
def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of the case-sensitive ``pattern`` contains, or None when the parse gives none:
    a text holding none of them cannot match, and ``str.find`` says so far faster than a regex tried at every
    position. Of a sequence, every item matches, so the item whose strings are longest (then fewest) stands for it; of
    alternatives, each needs one of its own; a group, or a repeat done at least once, needs what its contents need."""
    parsed = _parsed_as_written(pattern, flags)
    return None if parsed is None else _sequence_literals(parsed)


def _parsed_as_written(pattern: str, flags: int) -> list | None:
    """The pattern's parse, or None when it cannot be parsed or ignores case (its literals are then not as written)."""
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    return None if parsed.state.flags & re.IGNORECASE else list(parsed)


def _sequence_literals(items) -> tuple[str, ...] | None:
    best: tuple[str, ...] | None = None
    run: list[str] = []

    def better(found: tuple[str, ...] | None) -> None:
        nonlocal best
        if found and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            better(("".join(run),))
            run = []
        better(_item_literals(op, av))
    if run:
        better(("".join(run),))
    return best


_REPEATS = tuple(op for op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, getattr(_constants, "POSSESSIVE_REPEAT", None)) if op)


def _item_literals(op, av) -> tuple[str, ...] | None:
    if op is _constants.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _sequence_literals(list(av[3]))  # (?i:...): not as written
    if op is _constants.BRANCH:
        union: list[str] = []
        for alternative in av[1]:
            found = _sequence_literals(list(alternative))
            if not found:
                return None  # an alternative that needs no string: the choice needs none
            union.extend(found)
        return tuple(dict.fromkeys(union))
    if op in _REPEATS:
        return _sequence_literals(list(av[2])) if av[0] >= 1 else None
    if op is getattr(_constants, "ATOMIC_GROUP", None):
        return _sequence_literals(list(av))
    return None  # a class, any character, an anchor, a lookaround (outside the match), a back reference


@lru_cache(maxsize=256)
def required_prefixes(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of the case-sensitive ``pattern`` starts with, or None when the parse gives
    none: a match can begin only where one of them is found, and ``str.find`` finds those places far faster than the
    regex engine tries every position of a text. Assertions before the first character (``\\b``, look-behinds) take
    no character; of alternatives, each needs one of its own; a group, or a repeat done at least once, starts as its
    contents do; a small class of characters gives each one. A string that starts with another of them is left out
    (where "begins" is, "begin" is too)."""
    parsed = _parsed_as_written(pattern, flags)
    return None if parsed is None else prefixes_of(parsed)


def prefixes_of(items) -> tuple[str, ...] | None:
    """``required_prefixes`` of a case-sensitive regex's parsed items (all of them, or those after an opening one)."""
    found = _sequence_prefixes(list(items))
    if not found:
        return None
    found = sorted(set(found), key=lambda s: (len(s), s))
    kept: list[str] = []
    for string in found:
        if not any(string.startswith(shorter) for shorter in kept):
            kept.append(string)
    return tuple(kept)


_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_SMALL_CLASS = 16


def takes_nothing(op, av) -> bool:
    """An assertion, or a group or choice made only of assertions ("(?:^|(?<=[.!?]\\s)|(?<=\\n))": a sentence's start)."""
    if op in _ZERO_WIDTH:
        return True
    if op is _constants.SUBPATTERN:
        return all(takes_nothing(*item) for item in av[3])
    if op is _constants.BRANCH:
        return all(takes_nothing(*item) for alternative in av[1] for item in alternative)
    return False


def _sequence_prefixes(items) -> list[str] | None:
    for index, (op, av) in enumerate(items):
        if takes_nothing(op, av):
            continue
        if op is _constants.LITERAL:
            run = []
            for following, value in items[index:]:
                if following is not _constants.LITERAL:
                    break
                run.append(chr(value))
            return ["".join(run)]
        return _item_prefixes(op, av)
    return None  # nothing taken: an empty match may start anywhere


def _item_prefixes(op, av) -> list[str] | None:
    if op is _constants.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _sequence_prefixes(list(av[3]))
    if op is _constants.BRANCH:
        union: list[str] = []
        for alternative in av[1]:
            found = _sequence_prefixes(list(alternative))
            if not found:
                return None
            union.extend(found)
        return union
    if op is _constants.IN:
        chars: list[str] = []
        for kind, value in av:
            if kind is _constants.LITERAL:
                chars.append(chr(value))
            elif kind is _constants.RANGE and value[1] - value[0] < _SMALL_CLASS:
                chars.extend(chr(code) for code in range(value[0], value[1] + 1))
            else:
                return None  # a negated class, a category, a wide range
        return chars
    if op in _REPEATS:
        return _sequence_prefixes(list(av[2])) if av[0] >= 1 else None
    return None


class Gated:
    """A compiled case-sensitive regex whose search, fullmatch and finditer first ask ``str.find`` whether one of its
    ``required_literals`` is in the range searched (a match lies inside [pos, endpos), so a string it needs does too):
    for the long rule alternations that start with a word boundary, which the engine tries at every position, and
    that most sentences hold none of the words of. Short strings are in nearly every sentence and many cost more
    finds than the search they would spare: those regexes run ungated.

    ``match`` runs ungated: a match is tried at one place and mostly fails on its first characters there, while the
    gate reads the whole range after ``pos`` (often to the text's end) for a word that may stand far past any match.
    The regex alone gives the same answer, the gate being only a shortcut to None."""

    __slots__ = ("regex", "pattern", "words", "_automaton")
    MIN_LENGTH, MAX_WORDS = 3, 40
    #: From this many words on, one automaton walk over the range beats asking ``word in range`` of each (whose cost
    #: grows with the words; the walk's is mostly a fixed cost of about a microsecond a call).
    AUTOMATON_FROM = 11

    def __init__(self, regex: re.Pattern) -> None:
        self.regex, self.pattern = regex, regex.pattern
        words = required_literals(regex.pattern, regex.flags) if isinstance(regex.pattern, str) else None
        useful = words is not None and min(map(len, words)) >= self.MIN_LENGTH and len(words) <= self.MAX_WORDS
        self.words = words if useful else None
        self._automaton = None
        if self.words is not None and len(self.words) >= self.AUTOMATON_FROM:
            self._automaton = ahocorasick.Automaton()
            for word in self.words:
                self._automaton.add_word(word, word)
            self._automaton.make_automaton()

    def possible(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        words = self.words
        if words is None:
            return True
        if self._automaton is not None and pos >= 0:
            end = min(endpos, len(text))  # never past the text: pyahocorasick does not check its end argument
            return pos < end and next(self._automaton.iter(text, pos, end), None) is not None
        if pos > 0 or endpos < len(text):
            text = text[pos:endpos]  # one copy of a window, then ``in``: cheaper than a bounded find per word
        for word in words:
            if word in text:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.search(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """Not gated (see the class doc): the regex's own answer, which the gate could only have shortened to None."""
        return self.regex.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.finditer(text, pos, endpos) if self.possible(text, pos, endpos) else iter(())

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.fullmatch(text, pos, endpos) if self.possible(text, pos, endpos) else None
