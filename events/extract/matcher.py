"""One-pass phrase matching: a dictionary of phrases in, non-overlapping whole-word matches out.

Built once per dictionary (an Aho-Corasick automaton from ``pyahocorasick``), then run over a whole
article in one pass. Matching is case-insensitive except for acronyms: phrases with no lower-case letter ("IS", "U.S.",
"SAA") and short mixed-case ones ("LeT"), which must appear exactly as written. Where matches overlap the longest wins.
A possessive "s" whose apostrophe the scraper stripped ("Aleppos", "Assads") is accepted after a phrase.

``PresentWords``: the same kind of automaton for plain presence, which of many strings a text holds anywhere.

``OnePass``: several of these dictionaries walked over the same article at once (one automaton over their union); each
dictionary then reads its own share of the hits, as if it had walked the text itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Generic, Iterable, TypeVar

import ahocorasick

T = TypeVar("T")


_SAME_LENGTH = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ", "\n": " ", "\r": " ",
                              "\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


# What _SAME_LENGTH maps, as (character, replacement) pairs: no replacement is itself mapped, so replacing each in
# turn is the translation; ``str.translate`` looks up every character of an article in the table (twenty times slower).
_SAME_LENGTH_PAIRS = tuple((chr(code), same) for code, same in _SAME_LENGTH.items())
# Those an ASCII text can hold (tab, newline, carriage return): most texts are ASCII, and ``str.isascii`` is one test.
_ASCII_PAIRS = tuple((char, same) for char, same in _SAME_LENGTH_PAIRS if char.isascii())


def fold(text: str) -> str:
    """Lower-case ``text`` and unify spaces, apostrophes and hyphens without changing its length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for char, same in _ASCII_PAIRS if lowered.isascii() else _SAME_LENGTH_PAIRS:
        if char in lowered:
            lowered = lowered.replace(char, same)
    return lowered


def _written_exactly(phrase: str) -> bool:
    """An acronym must match as written: "IS" is not "is", and the short mixed-case "LeT" is not the verb "let"."""
    if not any(ch.islower() for ch in phrase):
        return True
    return len(phrase) <= 5 and phrase.isalpha() and sum(ch.isupper() for ch in phrase) >= 2


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int
    end: int
    text: str
    payload: T


class PhraseMatcher(Generic[T]):
    """Whole-word, longest-match lookup of many phrases at once."""

    def __init__(self, entries: Iterable[tuple[str, T]], *, possessive: bool = True, shadow_same: bool = False) -> None:
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, bool, T]]] = {}
        for phrase, payload in entries:
            phrase = " ".join(phrase.split())
            if not phrase:
                continue
            exact = _written_exactly(phrase)
            table.setdefault(fold(phrase), []).append((phrase, exact, payload))
        # Folded phrase -> what a hit on it carries; OnePass merges these tables.
        self.keys = {key: (len(key), values) for key, values in table.items()}
        for key, entry in self.keys.items():
            self._automaton.add_word(key, entry)
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()
        self._possessive = possessive
        self._shadow_same = shadow_same

    def find(self, text: str, folded: str | None = None, hits=None) -> list[Match[T]]:
        """All matches in ``text``, longest first where they overlap, in text order. ``hits``: this dictionary's share
        of a ``OnePass`` over the same text, in place of a walk of its own."""
        return [Match(start, stop, text[start:stop], payload) for start, stop, payload in self.spans(text, folded, hits)]

    def spans(self, text: str, folded: str | None = None, hits=None) -> list[tuple[int, int, T]]:
        """What ``find`` finds as (start, end, payload), for a caller that builds records of its own from them."""
        candidates = self._candidates(text, folded, every=False, hits=hits)
        chosen = longest_first(candidates, len(text))
        if self._shadow_same and len(chosen) > 1:
            shadows = same_payload_shadows(candidates)
            if shadows:
                return [(start, stop, payload) for start, stop, payload in chosen
                        if not any(left <= start and stop <= right and payload is not owner
                                   for left, right, owner in shadows)]
        return chosen

    def find_grouped(self, text: str, folded: str | None = None, hits=None) -> dict[object, list[tuple[int, int, object]]]:
        """For payloads ``(group, value)``: one scan, then non-overlapping longest matches within each group, as
        (start, end, value) in text order (several cue lists share one automaton; a phrase may belong to several
        groups). Spans, not Match records: a cue index asks only where each cue is."""
        by_group: dict = {}
        for start, stop, (group, value) in self._candidates(text, folded, every=True, hits=hits):
            by_group.setdefault(group, []).append((start, stop, value))
        return {group: longest_first(spans, len(text)) for group, spans in by_group.items()}

    def _candidates(self, text: str, folded: str | None, every: bool, hits=None) -> list[tuple[int, int, T]]:
        if self._empty or not text:
            return []
        if hits is None:
            hits = self._automaton.iter(fold(text) if folded is None else folded)
        n = len(text)
        possessive = self._possessive
        candidates: list[tuple[int, int, T]] = []
        append = candidates.append
        # The word tests of _is_word_char written out: this loop runs for every automaton hit of every dictionary.
        for end_index, (length, values) in hits:
            start = end_index - length + 1
            end = end_index + 1
            if start > 0:
                ch = text[start - 1]
                if ch.isalnum() or ch == "_":
                    ch = text[start]
                    if ch.isalnum() or ch == "_":
                        continue
            stop = end
            if end < n:
                ch = text[end]
                if ch.isalnum() or ch == "_":
                    last = text[end - 1]
                    if last.isalnum() or last == "_":
                        # "Aleppos" / "Assad's": accept one possessive s, nothing longer.
                        if possessive and ch == "s" and (end + 1 == n or not _is_word_char(text[end + 1])):
                            stop = end + 1
                        else:
                            continue
                elif possessive and end + 1 < n and ch in "'’" and text[end + 1] == "s" and (
                    end + 2 == n or not _is_word_char(text[end + 2])
                ):
                    stop = end  # keep the apostrophe outside the mention
            if not every:
                for phrase, exact, payload in values:
                    # An acronym's hits are mostly the lower-case word ("is", "us"): a first letter that differs, and that
                    # unifying spaces, apostrophes and hyphens leaves as it is, says so without a translated copy.
                    if exact and (text[start] != phrase[0] and ord(text[start]) not in _SAME_LENGTH
                                  or text[start:end].translate(_SAME_LENGTH) != phrase):
                        continue
                    append((start, stop, payload))
                    break
                continue
            seen = set()
            for phrase, exact, payload in values:
                if exact and (text[start] != phrase[0] and ord(text[start]) not in _SAME_LENGTH
                              or text[start:end].translate(_SAME_LENGTH) != phrase):
                    continue
                if payload[0] not in seen:  # the first value of each group wins
                    seen.add(payload[0])
                    append((start, stop, payload))
        return candidates


# A span's start, as a sort key: a C-level getter, called once for every span sorted (some hundreds an article).
_start = itemgetter(0)


def same_payload_shadows(spans: list[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    """The span over each two spans of one payload that overlap without one holding the other: the longest-match
    guard of the actor dictionary. "US-led coalition airstrikes" holds "US-led coalition" and "coalition airstrikes",
    both the coalition; the longer alone wins and would leave "US" of "US-led" free to name the United States. A span
    of another payload wholly inside such a shadow is dropped (``PhraseMatcher.spans``); the kept spans themselves stay
    as they are. Nested spans cast none: "Syrian" inside "Syrian regime" stays the fallback when "regime airstrikes"
    takes "regime"."""
    if len(spans) < 2:
        return []
    by_payload: dict[int, list[tuple[int, int, T]]] = {}
    for span in spans:
        by_payload.setdefault(id(span[2]), []).append(span)
    shadows = []
    for group in by_payload.values():
        if len(group) < 2:
            continue
        group.sort(key=_start)
        for i, (start, stop, payload) in enumerate(group):
            for other_start, other_stop, _ in group[i + 1:]:
                if other_start >= stop:
                    break  # the rest start later still: no overlap
                if start < other_start and stop < other_stop:
                    shadows.append((start, other_stop, payload))
    return shadows


def longest_first(spans: list[tuple[int, int, T]], length: int) -> list[tuple[int, int, T]]:
    """Non-overlapping spans, the longest taken first (then the leftmost), returned in text order."""
    if len(spans) < 2:
        return list(spans)
    # Most calls find no two spans overlapping: then every span is taken, and text order is all there is to do. Empty
    # spans and spans sharing a start take the general way (their order there is the longest-first one).
    ordered = sorted(spans, key=_start)
    previous_end = -1
    for start, stop, _ in ordered:
        if start < previous_end or stop <= start:
            break
        previous_end = stop
    else:
        return ordered
    return _claimed_longest_first(spans, length)


def _claimed_longest_first(spans: list[tuple[int, int, T]], length: int) -> list[tuple[int, int, T]]:
    """The general way: each span, longest first, claims its characters unless one is already claimed."""
    occupied = bytearray(length + 1)
    chosen = []
    for start, stop, payload in sorted(spans, key=lambda c: (c[0] - c[1], c[0])):
        if occupied.find(1, start, stop) >= 0:
            continue
        occupied[start:stop] = b"\x01" * (stop - start)
        chosen.append((start, stop, payload))
    chosen.sort(key=_start)
    return chosen


class PresentWords:
    """Which of many strings a text holds, in one pass of an Aho-Corasick automaton (every occurrence of every string,
    overlapping ones too): ``present(text) == {w for w in words if w in text}``."""

    def __init__(self, words) -> None:
        self._words = frozenset(words)
        self.keys = {word: word for word in self._words}
        self._automaton = ahocorasick.Automaton()
        for word in self._words:
            self._automaton.add_word(word, word)
        if self._words:
            self._automaton.make_automaton()

    def present(self, text: str, hits=None) -> set[str]:
        """``hits``: this dictionary's share of a ``OnePass`` over ``text``, in place of a walk of its own."""
        if not self._words:
            return set()
        return {word for _, word in (self._automaton.iter(text) if hits is None else hits)}

    def places(self, hits) -> dict[str, list[int]]:
        """Where each string found starts, from this dictionary's share of a ``OnePass`` (its keys are ``present``):
        for the trigger patterns' start strings (``WordStartPattern.walked``), read off the walk, not scanned for."""
        found: dict[str, list[int]] = {}
        for end_index, word in hits:
            found.setdefault(word, []).append(end_index - len(word) + 1)
        return found


class OnePass:
    """Named dictionaries (``PhraseMatcher``s and ``PresentWords``) walked over a folded article together:
    ``hits(text, folded)[name]`` is, in the same order, what that dictionary's own automaton finds in ``folded``, for its
    ``hits=`` argument. Every phrase dictionary of the pipeline reads the same article, so the walk of the last text is
    kept for the next dictionary to ask."""

    def __init__(self, dictionaries: dict[str, PhraseMatcher | PresentWords]) -> None:
        self._names = tuple(dictionaries)
        table: dict[str, list[tuple[str, object]]] = {}
        for name, dictionary in dictionaries.items():
            for key, entry in dictionary.keys.items():
                table.setdefault(key, []).append((name, entry))
        self._automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            self._automaton.add_word(key, tuple(entries))
        if table:
            self._automaton.make_automaton()
        self._empty = not table
        self._last: tuple[str, str, dict[str, list]] | None = None

    def hits(self, text: str, folded: str) -> dict[str, list]:
        last = self._last  # read once: another thread may replace it
        if last is not None and last[0] == text and last[1] == folded:
            return last[2]
        found: dict[str, list] = {name: [] for name in self._names}
        if not self._empty:
            for end_index, entries in self._automaton.iter(folded):
                for name, entry in entries:
                    found[name].append((end_index, entry))
        self._last = (text, folded, found)
        return found
