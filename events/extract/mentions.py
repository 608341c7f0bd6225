"""Mentions: article text and kept spans in, actor and place mentions out (one pass per dictionary).

    find_actors(text, folded, kept, dictionaries) -> list[ActorMention]
    find_places(text, folded, kept, dictionaries, actors) -> list[PlaceMention]
    Sorted(mentions).within(start, end)   mentions lying inside a span, by bisection

Known actors come from actors.toml (canonical name, kind, acts_for). Unknown actors are capitalised
names ending in a group word ("Tiger Forces", "Liwa al-Quds Brigade") that no dictionary knows: they are
kept as written with known=False. A place name that is also an actor alias ("Damascus", "Moscow")
counts as an actor only when no locative preposition ("in", "near", ...) comes right before it; a
gazetteer place inside a person's name ("Vladimir" in "Vladimir Putin") is no place. A label ("terrorists",
"jihadists": actors.toml [[label]]) means the group of its list the article names most, else its default.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from events.extract.clean import inside
from events.extract.records import ActorMention, Place

LOCATIVE = re.compile(r"(?:\b(?:in|near|at|inside|outside|into|around|across|outskirts of|town of|city of|province of|countryside of|"
                      r"border with|borders with|border of|banned in|outlawed in|prohibited in|of|capital|from|towards?|suburbs of|"
                      r"held|controlled|besieged|central|eastern|western|northern|southern|rural|downtown|greater)\s+(?:the\s+)?)$",
                      re.IGNORECASE)
UNKNOWN_ACTOR = re.compile(
    r"\b((?:(?:al-|Al-|el-|Liwa\s|Jaish\s|Jabhat\s|Harakat\s|Kataib\s)?[A-Z][\w'’-]+\s+){1,4}"
    r"(?:Forces|Force|Group|Army|Brigades?|Battalions?|Militias?|Front|Movement|Party|Council|Committees?|Division|Regiment|Corps|Units|Guards?|Legion)s?)\b"
)
DESCRIPTOR_AFTER = re.compile(r"-(?:based|born|made|educated)\b", re.IGNORECASE)
APPOSITIVE_LABELS = {"terrorists", "terrorist", "rebels", "rebel", "militants", "gunmen", "insurgents", "jihadists", "the terrorists",
                     "terrorist groups", "terrorist organizations", "extremists"}
APPOSITION_GAP = re.compile(r"\s*\)?\s*(?:\([^()]{0,60}\))?\s*")
LABEL_RUN = 30  # characters: names of one group closer than this are one mention
NOT_ACTOR_START = {"The", "A", "An", "In", "On", "At", "And", "But", "Tags", "Syrian", "Syrias"}


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    rank: int



def find_actors(text: str, folded: str, kept, dictionaries) -> list[ActorMention]:
    place_names = dictionaries.gazetteer
    mentions: list[ActorMention] = []
    for match in dictionaries.actor_matcher.find(text, folded):
        if not inside(kept, match.start, match.end):
            continue
        actor = match.payload
        if DESCRIPTOR_AFTER.match(text, match.end):
            continue  # "the Britain-based monitor": a place word, not the actor
        if actor.kind == "state" and LOCATIVE.search(text, max(0, match.start - 40), match.start):
            # "in Damascus" is the place, not the government.
            written = text[match.start:match.end]
            if any(p.start == 0 and p.end == len(written) for p in place_names.find(written)):
                continue
        mentions.append(ActorMention(actor.name, match.text, match.start, match.end, True, actor.kind,
                                     actor.acts_for or actor.member_of))
    # "Fatah al-Sham (formerly Al-Nusra Front) terrorists": a bare label right after a name describes that name.
    kept_mentions: list[ActorMention] = []
    for mention in mentions:
        previous = kept_mentions[-1] if kept_mentions else None
        if (previous is not None and mention.text.lower() in APPOSITIVE_LABELS
                and APPOSITION_GAP.fullmatch(text, previous.end, mention.start)):
            continue
        kept_mentions.append(mention)
    mentions = _resolve_labels(kept_mentions, dictionaries)
    taken = [(m.start, m.end) for m in mentions]
    for match in UNKNOWN_ACTOR.finditer(text):
        start, end = match.start(1), match.end(1)
        words = match.group(1).split()
        while words and words[0] in NOT_ACTOR_START:
            start += len(words[0]) + 1
            while start < end and text[start].isspace():
                start += 1
            words = words[1:]
        if len(words) < 2 or not inside(kept, start, end):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        name = " ".join(text[start:end].split())
        mentions.append(ActorMention(name, text[start:end], start, end, False, "armed group"))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _resolve_labels(mentions: list[ActorMention], dictionaries) -> list[ActorMention]:
    """ "terrorists", "jihadists": the group of the label's ``among`` the article names most (the first named on a
    tie), else the label's default; with neither, no actor (actors.toml [[label]])."""
    label_of = dictionaries.label_of
    if not label_of:
        return mentions
    counts: dict[str, int] = {}
    actor_by_name = dictionaries.actor_by_name
    blocs = {name for label in label_of.values() for name in label.among}
    last_end: dict[str, int] = {}
    for mention in mentions:
        if " ".join(mention.text.lower().split()) not in label_of and mention.name:
            # A member group counts for its bloc ("Faylaq al-Rahman" for the Syrian opposition); a run of one
            # group's names ("ISIL (Islamic State, ISIS or Daesh)") counts once.
            entry = actor_by_name.get(mention.name)
            side = entry.member_of if entry is not None and entry.member_of in blocs else mention.name
            if mention.start - last_end.get(side, -LABEL_RUN) >= LABEL_RUN:
                counts[side] = counts.get(side, 0) + 1  # dicts keep first-mention order for ties
            last_end[side] = mention.end
    resolved = []
    for mention in mentions:
        label = label_of.get(" ".join(mention.text.lower().split()))
        if label is None:
            if mention.name:
                resolved.append(mention)
            continue
        named = [(count, name) for name, count in counts.items() if name in label.among]
        name = max(named, key=lambda pair: pair[0])[1] if named else label.default
        if not name:
            continue
        actor = dictionaries.actor_by_name[name]
        resolved.append(ActorMention(actor.name, mention.text, mention.start, mention.end, True, actor.kind,
                                     actor.acts_for or actor.member_of))
    return resolved


def find_places(text: str, folded: str, kept, dictionaries, actors: list[ActorMention]) -> list[PlaceMention]:
    # A name used as an actor ("Damascus said", "between Russia and the USA") is not a place there; a name
    # after a locative preposition was not made an actor (find_actors) and stays a place.
    persons = sorted((a.start, a.end) for a in actors)
    person_starts = [start for start, _ in persons]
    places: list[PlaceMention] = []
    for match in dictionaries.gazetteer.find(text, folded):
        info = match.payload
        if not inside(kept, match.start, match.end):
            continue
        if info.capitalised and not text[match.start].isupper():
            continue
        index = bisect.bisect_right(person_starts, match.start) - 1
        if index >= 0 and match.end <= persons[index][1]:
            continue  # inside an actor's name ("Vladimir" in "Vladimir Putin", "Russia" in "Russia said")
        places.append(PlaceMention(match.start, match.end,
                                   Place(match.text, info.name, info.admin1, info.country, info.latitude, info.longitude),
                                   info.rank))
    return places


class Sorted:
    """Mentions sorted by start, for fast "which lie inside [start, end)" questions."""

    def __init__(self, items) -> None:
        self.items = sorted(items, key=lambda i: i.start)
        self.starts = [i.start for i in self.items]

    def within(self, start: int, end: int) -> list:
        return [i for i in self.items[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)] if i.end <= end]
