"""Trigger words: article text in, trigger mentions (type, tense, span) out.

    find_triggers(text, folded, kept, dictionaries) -> list[TriggerMention]

One pass of the trigger automaton (nouns with plurals, verbs with their inflections, from
event_types.toml) plus each type's patterns; where they overlap the longer
wins ("began bombing" over "bombing"); only triggers inside the kept (cleaned) text count.
"""
from __future__ import annotations

from dataclasses import dataclass

from events.extract.clean import inside
from events.extract.dictionaries import Dictionaries
from events.extract.matcher import longest_first


@dataclass(frozen=True)
class TriggerMention:
    start: int
    end: int
    text: str
    type: str
    tense: str


def find_triggers(text: str, folded: str, kept, dictionaries: Dictionaries) -> list[TriggerMention]:
    hits = dictionaries.one_pass.hits(text, folded)
    found = [TriggerMention(start, end, text[start:end], payload.type, payload.tense)
             for start, end, payload in dictionaries.trigger_matcher.spans(text, folded, hits["triggers"])]
    # Where each of the patterns' gate words and start strings stands, read off the one walk; the strings found are
    # its keys (``PresentWords.present``).
    places = dictionaries.trigger_pattern_words.places(hits["trigger words"])
    present = places.keys()
    for type_name, pattern in dictionaries.trigger_patterns:
        if pattern.gate.words is not None and present.isdisjoint(pattern.gate.words):
            continue  # the gate ``finditer`` asks first, asked here: most patterns' strings are in no article
        spanned = "trigger" in pattern.regex.groupindex  # the context around the trigger is no part of it
        for match in pattern.finditer(folded, present=present, places=places):
            start, end = match.span("trigger") if spanned else match.span()
            found.append(TriggerMention(start, end, text[start:end], type_name, "pattern"))
    # Overlaps: the longer wins (a pattern "began bombing" over the word "bombing").
    chosen = longest_first([(t.start, t.end, t) for t in found], len(text))
    return [t for _, _, t in chosen if inside(kept, t.start, t.end)]
