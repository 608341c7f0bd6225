"""Story-level rules: the events of one article in (numbered by sentence), the same events completed out.

    claim_responsibility(text, sentences, actors, numbered, dictionaries) -> numbered
    complete_from_story(numbered, dictionaries) -> list[Event]

News tells one story from its lead on, so an event told without its means or its agent takes them from
the events told next to it: "X claimed responsibility" names the agent of the agentless violent events of
that sentence and the CLAIM_REACH before it; a generic violent event ("the attack", "were killed") takes
the type of the nearest specific one ([generic] in event_types.toml); a violent event with no agent takes
the agents of a same-family event nearby, else of the next violent event within STORY_REACH sentences.
Deaths with an accidental cause ("the accident", "collapsed") borrow nothing.
"""
from __future__ import annotations

from dataclasses import replace

from events.extract import status as status_rules
from events.extract.dictionaries import Dictionaries
from events.extract.mentions import Sorted
from events.extract.records import ActorMention, Event
from events.extract.roles import SOURCE_KINDS
from events.extract.summary import with_summary

CLAIM_REACH = 5
STORY_REACH = 4


def claim_responsibility(text: str, sentences, actors: Sorted, numbered: list[tuple[int, Event]],
                    dictionaries: Dictionaries) -> list[tuple[int, Event]]:
    """ "X claimed responsibility (for the attack)": X is the agent of the agentless violent events of that
    sentence and the CLAIM_REACH sentences before it (cues.toml [responsibility])."""
    cues = dictionaries.cues.get("responsibility", {})
    after = status_rules._words(tuple(cues.get("after_actor", ())))
    before = status_rules._words(tuple(cues.get("before_actor", ())), anchored_end=True)
    claims: list[tuple[int, ActorMention]] = []
    for index, sentence in enumerate(sentences):
        if not after.search(sentence.text) and "claimed by" not in sentence.text and "carried out by" not in sentence.text:
            continue
        for actor in actors.within(sentence.start, sentence.end):
            if actor.kind in SOURCE_KINDS:
                continue
            if after.match(text, actor.end + 1, min(sentence.end, actor.end + 40)) or before.search(
                    text, max(sentence.start, actor.start - 40), actor.start):
                claims.append((index, actor))
    if not claims:
        return numbered
    types = dictionaries.types
    result = []
    for index, event in numbered:
        if types[event.type].violent and not any(a.role == "agent" for a in event.actors):
            claim = next((a for i, a in claims if 0 <= i - index <= CLAIM_REACH), None)
            if claim is not None:
                agent = ActorMention(claim.name, claim.text, claim.start, claim.end, claim.known, claim.kind, claim.acts_for, "agent")
                event = with_summary(replace(event, actors=event.actors + (agent,)), types[event.type].label)
        result.append((index, event))
    return result


def complete_from_story(numbered: list[tuple[int, Event]], dictionaries: Dictionaries) -> list[Event]:
    """A generic violent event ("the attack", "were killed") takes the means told nearby: see [generic] in event_types.toml."""
    types = dictionaries.types
    specific = [(i, e) for i, e in numbered if types[e.type].violent and types[e.type].priority >= dictionaries.specific_priority]
    accidental = status_rules._words(dictionaries.accidental)
    result = []
    for index, event in numbered:
        spec = types[event.type]
        if accidental.search(event.evidence):
            result.append(event)  # no attack to borrow a type or an agent from
            continue
        if spec.violent and spec.priority < dictionaries.specific_priority and event.trigger.lower() in dictionaries.generic_words:
            for step in (0, 1, 2, -1, -2):
                near = [e for i, e in specific if i == index + step]
                if near:
                    chosen = near[0]
                    event = replace(event, type=chosen.type, trigger=event.trigger,
                                    actors=event.actors if any(a.role == "agent" for a in event.actors) else
                                    event.actors + tuple(a for a in chosen.actors if a.role == "agent"),
                                    fatalities=event.fatalities or (chosen.fatalities if step == 0 else None))
                    event = with_summary(event, types[event.type].label)
                    break
        if spec.violent and not any(a.role == "agent" for a in event.actors):
            # "Air raids kill 11 civilians": who raided is told in the next sentences of the same story — by an
            # event of the same family nearby, else by the next violent event told within STORY_REACH sentences.
            same = [(step, lambda e: family(e.type) == family(event.type)) for step in (1, 2, -1)]
            later = [(step, lambda e: types[e.type].violent) for step in range(1, STORY_REACH + 1)]
            for step, fits in same + later:
                near = [e for i, e in numbered if i == index + step and fits(e) and any(a.role == "agent" for a in e.actors)]
                if near:
                    agents = [a for a in near[0].actors if a.role == "agent"]
                    event = with_summary(replace(event, actors=event.actors + tuple(agents)), types[event.type].label)
                    break
        result.append(event)
    return result


def family(type_name: str) -> str:
    """Air and artillery strikes are told with each other's words ("warplanes pound", "bombardment")."""
    return "remote" if type_name in ("airstrike", "air_campaign", "shelling") else type_name
