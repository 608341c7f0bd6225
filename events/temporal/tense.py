"""Tense of the clause around a time expression: future, past, or no signal.

In: the text, the expression's offsets, the compiled future and past marker regexes (rules/en.toml
[tense]). Out: "future", "past" or None, from the marker nearest to the expression within its clause
("officials said they would appeal the ruling announced Wednesday": "announced" is nearer than "would",
so Wednesday is the one just gone). Resolvers read None as "no signal" (most often the most recent one;
for a month and day, the nearest one).
"""
from __future__ import annotations

import re

#: How far to look on each side, in characters; a clause rarely runs longer.
BEFORE, AFTER = 80, 40
#: Characters within which a weak marker (a word in -ed, from the rules' past_pattern) counts.
WEAK_REACH = 25
_CLAUSE_END = re.compile("[.!?;][\'\"’”)]*\\s|\n")


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the clause around text[start:end], cut at sentence punctuation or the window edges."""
    left = max(0, start - BEFORE)
    boundaries = [m.end() for m in _CLAUSE_END.finditer(text, left, start)]
    if boundaries:
        left = boundaries[-1]
    right_limit = min(len(text), end + AFTER)
    found = _CLAUSE_END.search(text, end, right_limit)
    right = found.start() if found else right_limit
    return left, right


def tense(text: str, start: int, end: int, future: re.Pattern, past: re.Pattern,
          future_before: re.Pattern | None = None, past_before: re.Pattern | None = None) -> str | None:
    window = max(0, start - 20)
    if future_before is not None and future_before.search(text, window, start):
        return "future"
    if past_before is not None and past_before.search(text, window, start):
        return "past"
    left, right = clause(text, start, end)
    best, best_distance = None, None
    for label, markers in (("future", future), ("past", past)):
        for region in ((left, start), (end, right)):
            for marker in markers.finditer(text, *region):
                distance = start - marker.end() if marker.end() <= start else marker.start() - end
                if distance > WEAK_REACH and marker.groupdict().get("weak"):
                    continue  # a word in -ed far away is as likely an adjective ("unspecified") as a verb
                if best_distance is None or distance < best_distance:
                    best, best_distance = label, distance
    return best
