"""Where the value errors of a temporal tagger come from, and how consistent the gold is with itself.

In: the evaluation's documents (gold spans) and the (document, gold span, system span) triples whose
values differ. Out: printable tables.

- ``kinds``: each wrong value put in one kind, first that applies: the gold leaves a part unknown ("X")
  where ours names it; only the part of day differs (TNI, TMO ...); a day exactly a week apart (the gold
  read the weekday against another date than the document's); quarters (fiscal reporting); one is a
  duration and the other a point in time; anything else.
- ``gold_conventions``: expressions that recur in the gold with the same words, and the value *shapes*
  the gold gives them (digits as 9: "1998-W32" and "1989-W43" are one shape, "1989-WXX" another). A form
  written two ways by the annotators caps what any consistent rule can score on it.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date

_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|aug|sept|oct|nov|dec")

KINDS = (
    ("placeholder", "gold leaves a part unknown (X) that ours names"),
    ("part_of_day", "only the part of day differs (TNI, TMO ...)"),
    ("week_apart", "a day exactly a week apart"),
    ("quarter", "quarters (fiscal reporting)"),
    ("duration_vs_point", "one a duration, the other a point in time"),
    ("other", "other"),
)


def kind(gold: str, ours: str) -> str:
    """The kind of one wrong value (see the module docstring)."""
    if "X" in gold and "X" not in ours:
        return "placeholder"
    if _PART_OF_DAY.sub("", gold) == _PART_OF_DAY.sub("", ours):
        return "part_of_day"
    if _DAY.match(gold) and _DAY.match(ours) and \
            abs((date.fromisoformat(gold[:10]) - date.fromisoformat(ours[:10])).days) == 7:
        return "week_apart"
    if "Q" in gold or "Q" in ours:
        return "quarter"
    if gold.startswith("P") != ours.startswith("P"):
        return "duration_vs_point"
    return "other"


def kinds(wrong: list[tuple]) -> str:
    """A table of the wrong values by kind; ``wrong`` holds (document, gold span, system span)."""
    counts: Counter = Counter()
    examples: dict[str, str] = {}
    for doc, gold, ours in wrong:
        name = kind(gold.value, ours.value)
        counts[name] += 1
        examples.setdefault(name, f'"{doc.text[gold.start:gold.end]}": gold {gold.value}, ours {ours.value}')
    lines = [f"wrong values by kind ({len(wrong)}):"]
    for name, label in KINDS:
        if counts[name]:
            lines.append(f"  {counts[name]:5d}  {label:<45}  e.g. {examples[name]}")
    return "\n".join(lines)


def form(text: str) -> str:
    """The words of an expression with weekday and month names, and digits, made general."""
    text = re.sub(r"\s+", " ", text.lower().strip(" .,'\"`"))
    text = re.sub(rf"\b(?:{_WEEKDAYS})\b", "<weekday>", text)
    text = re.sub(rf"\b(?:{_MONTHS})\b\.?", "<month>", text)
    return re.sub(r"\d", "9", text)


def shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def gold_conventions(documents: list, top: int = 12, least: int = 4) -> str:
    """Forms the gold writes with more than one value shape, most split first (at least ``least`` times)."""
    shapes: dict[str, Counter] = defaultdict(Counter)
    for doc in documents:
        for span in doc.gold:
            shapes[form(doc.text[span.start:span.end])][shape(span.value)] += 1
    split = []
    for words, counter in shapes.items():
        total = sum(counter.values())
        if total >= least and len(counter) > 1:
            split.append((total - counter.most_common(1)[0][1], total, words, counter))
    split.sort(key=lambda item: (-item[0], item[2]))
    lines = ["gold written more than one way (form: times, value shapes):"]
    for minority, total, words, counter in split[:top]:
        written = ", ".join(f"{name} {count}" for name, count in counter.most_common(4))
        lines.append(f"  {words!r:28} {total:4d}  {written}")
    minority_total = sum(item[0] for item in split)
    lines.append(f"  {minority_total} gold values are written otherwise than the commonest way of their form")
    return "\n".join(lines)
