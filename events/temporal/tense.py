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
#: How far an expression that opens its sentence looks ahead for the verb it dates.
FRONTED_AFTER = 120
#: Characters within which a weak marker (a word in -ed, from the rules' past_pattern) counts.
WEAK_REACH = 60
_CLAUSE_END = re.compile("[.!?;][\'\"’”)]*\\s|\n")


def clause_end(abbreviations: list[str]) -> re.Pattern:
    """The clause end, save the full stop of one of ``abbreviations`` ("Mr. Bush", "Roe vs. Wade"): there
    the clause runs on to its verb."""
    if not abbreviations:
        return _CLAUSE_END
    # the guards follow the stop, so they are tried only where one is found
    guards = "".join(f"(?<!\\b{re.escape(word)}\\.)" for word in abbreviations)
    return re.compile("[.!?;]" + guards + _CLAUSE_END.pattern.removeprefix("[.!?;]"))


def clause(text: str, start: int, end: int, after: int = AFTER, ends: re.Pattern = _CLAUSE_END) -> tuple[int, int]:
    """Offsets of the clause around text[start:end], cut at sentence punctuation or the window edges."""
    left = max(0, start - BEFORE)
    boundaries = [m.end() for m in ends.finditer(text, left, start)]
    if boundaries:
        left = boundaries[-1]
    right_limit = min(len(text), end + after)
    while right_limit < len(text) and text[right_limit - 1].isalpha() and text[right_limit].isalpha():
        right_limit += 1  # the window's edge does not cut a word: "killed" is a verb, "kil" nothing
    found = ends.search(text, end, right_limit)
    right = found.start() if found else right_limit
    return left, right


def tense(text: str, start: int, end: int, future: re.Pattern, past: re.Pattern,
          future_before: re.Pattern | None = None, past_before: re.Pattern | None = None,
          overturned: re.Pattern | None = None, auxiliary: re.Pattern | None = None,
          perfect: re.Pattern | None = None, reporting: frozenset = frozenset(),
          ends: re.Pattern | None = None) -> str | None:
    """"future", "past" or None. ``overturned``: what, right before a future marker, makes it a plan
    overtaken by events ("had been due to expire Friday": past); ``auxiliary``: a past auxiliary that
    only carries the plan of the future marker right after it ("were planning to march Saturday":
    future); ``perfect``: a past perfect that makes "by"/"until" a past deadline ("had filed by Wednesday");
    ``reporting``: verbs that, after a comma, frame what comes before ("will resume Tuesday, officials said");
    ``ends``: where a clause ends (``clause_end``: not at "Mr." or "vs.")."""
    window = max(0, start - 20)
    ends = ends or _CLAUSE_END
    left, right = clause(text, start, end, ends=ends)
    if future_before is not None and future_before.search(text, window, start):
        if perfect is not None:
            for done in perfect.finditer(text, left, right):
                between = (done.end(), start) if done.end() <= start else (end, done.start())
                if not future.search(text, *between):  # not "had said it would close by Friday"
                    return "past"
        return "future"
    if past_before is not None and past_before.search(text, window, start):
        return "past"
    # "In September, it announced ...": an expression opening its sentence dates the verb after the comma,
    # however long the subject before that verb ("On Tuesday, the National Abortion ... League plans to")
    fronted = len(text[left:start].split()) <= 2
    if fronted:
        right = clause(text, start, end, FRONTED_AFTER, ends)[1]
    best, best_distance = None, None
    far_weak = None  # a fronted expression's nearest far word in -ed after it, if nothing else speaks
    for label, markers in (("future", future), ("past", past)):
        for region in ((left, start), (end, right)):
            for marker in markers.finditer(text, *region):
                # On a tie the verb before wins: "said on Monday it would act" dates the saying.
                distance = start - marker.end() if marker.end() <= start else marker.start() - end + 0.5
                if distance > WEAK_REACH and marker.groupdict().get("weak"):
                    if fronted and marker.start() >= end and far_weak is None:
                        far_weak = label
                    continue  # a word in -ed far away is as likely an adjective ("the troubled region") as a verb
                if not fronted and marker.start() >= end and marker.group().lower() in reporting \
                        and "," in text[end:marker.start()]:
                    continue  # "..., officials said": the saying is not what the expression dates
                kind = label
                if label == "past" and auxiliary is not None and auxiliary.fullmatch(marker.group()):
                    after = future.match(text, _skip_space(text, marker.end(), right))
                    if after is not None:
                        continue  # "were planning to": the future marker that follows decides
                if label == "future" and overturned is not None and \
                        overturned.search(text, max(left, marker.start() - 30), marker.start()):
                    kind = "past"
                if best_distance is None or distance < best_distance:
                    best, best_distance = kind, distance
    # "In January, a week after the 25th anniversary of the ... decision, a clinic bombing in Birmingham
    # killed ...": the verb a fronted expression dates may lie past a long subject; when no nearer marker
    # speaks, the first word in -ed after it is that verb more often than an adjective.
    return best if best is not None else far_weak


def _skip_space(text: str, position: int, limit: int) -> int:
    while position < limit and text[position].isspace():
        position += 1
    return position
