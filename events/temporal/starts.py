"""How can a regex match begin? Used to index rules by the text where they may match.

In: a regex pattern (Python syntax) and its flags. Out: a set of start keys: the first characters a match
can begin with, lower case, at most KEY_CHARS long, where " " stands for any run of white space and "#"
for any run of digits; a key stops after a punctuation mark ("the #s" for "the 1990s", "mid-" for
"mid-2015", "# jul" for "27 July", "a week"). ANY: cannot tell (a letter class): refused, a rule must
start with something written. Read from Python's own regex parser (re._parser, stable since Python 3.11
where it was renamed from sre_parse), so the index never misses a place where a rule really matches.
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the parser's opcodes)
from re import _parser

from events.temporal.caseless import Caseless

DIGIT, ANY = "#", "<any>"
KEY_CHARS = 6
#: A class with more characters than this is treated as "any letter".
_SMALL_CLASS = 40


def _class_chars(items) -> set[str] | None:
    """Characters of a [...] class, or None if it is negated or holds a category (\\w, \\s...)."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE:
            low, high = av
            if high - low > _SMALL_CLASS:
                return None
            chars.update(chr(c) for c in range(low, high + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars.update("0123456789")
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None
    return chars


def start_keys(pattern: str, flags: int = 0) -> set[str]:
    tree = _parser.parse(pattern, flags)
    keys: set[str] = set()
    seen: set = set()

    def step(rest: tuple, prefix: str, char: str) -> None:
        if char.isalpha():
            walk(rest, prefix + char)
        elif char.isspace():
            if not prefix:
                keys.add(ANY)
            walk(rest, prefix if prefix.endswith(" ") else prefix + " ")
        elif char.isdigit():  # a run of digits is one "#"; the key goes on after it ("# jul", "#:")
            walk(rest, prefix if prefix.endswith(DIGIT) else prefix + DIGIT)
        elif char in "'’" and not prefix:  # "'90s": go on to the digit
            walk(rest, prefix + char)
        else:  # punctuation ends a key, and belongs to it ("mid-", "sept.")
            keys.add(prefix + char)

    def walk(stack: tuple, prefix: str) -> None:
        state = (stack, prefix)
        if state in seen:
            return
        seen.add(state)
        if len(prefix) >= KEY_CHARS:
            keys.add(prefix)
            return
        if not stack:
            keys.add(prefix.rstrip() or ANY)
            return
        seq, index = stack[-1]
        if index >= len(seq):
            walk(stack[:-1], prefix)
            return
        rest = stack[:-1] + ((seq, index + 1),)
        op, av = seq[index]
        if op is C.LITERAL:
            step(rest, prefix, chr(av).lower())
        elif op is C.IN:
            chars = _class_chars(av)
            if chars is None:
                keys.add(prefix.rstrip() or ANY)
                return
            for char in {c.lower() for c in chars}:
                step(rest, prefix, char)
        elif op is C.BRANCH:
            for branch in av[1]:
                walk(rest + ((branch, 0),), prefix)
        elif op is C.SUBPATTERN:
            walk(rest + ((av[-1], 0),), prefix)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, item = av
            if low == 0:
                walk(rest, prefix)
            walk(rest + ((item, 0),), prefix)
            if high is C.MAXREPEAT or high > 1:
                walk(rest + ((item, 0), (item, 0)), prefix)
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            walk(rest, prefix)
        elif op is C.GROUPREF_EXISTS:
            _, yes, no = av
            walk(rest + ((yes, 0),), prefix)
            walk(rest + ((no, 0),) if no is not None else rest, prefix)
        elif op is C.GROUPREF:
            keys.add(prefix.rstrip() or ANY)
            if not prefix:
                keys.add(DIGIT)
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            step(rest, prefix, " ")
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            step(rest, prefix, "0")
        else:  # ANY, NOT_LITERAL, other categories: could be a letter
            keys.add(prefix.rstrip() or ANY)

    walk(((tree, 0),), "")
    return keys


def normalise(text: str) -> str:
    """Text where a trigger matched -> the key form: lower case, white space runs as " ", digits as "#"."""
    return _DIGITS.sub(DIGIT, _SPACES.sub(" ", text.lower()))


_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")


def _trie(keys: list[str]) -> str:
    """Keys as one regex, a character trie ("the pa|the fi" -> "the\\s+(?:pa|fi)"): fast to try."""
    groups: dict[str, list[str]] = {}
    ends = False
    for key in keys:
        if key:
            groups.setdefault(key[0], []).append(key[1:])
        else:
            ends = True
    parts = []
    for first, rests in sorted(groups.items()):
        head = {" ": r"\s+", DIGIT: "[0-9]+"}.get(first, re.escape(first))
        parts.append(head + _trie(sorted(set(rests))))
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if ends else body


def trigger(keys: set[str]) -> Caseless:
    """One regex finding the next place where some rule may match; what it matches, normalised, is the
    longest start key there (its shorter keys are its prefixes; the match may be lower-cased)."""
    if ANY in keys:
        raise ValueError("a rule may start with any letter: write its first word(s) literally")
    return Caseless(r"(?<!\w)" + _trie(sorted(keys)))
