"""Story-level rules: the events of one article in (numbered by sentence), the same events completed out.

    claim_responsibility(text, sentences, actors, numbered, dictionaries, cues) -> numbered   cues: status.CueIndex
    meeting_members(text, sentences, actors, numbered, dictionaries) -> numbered
    complete_from_story(numbered, dictionaries) -> list[Event]

News tells one story from its lead on, so an event told without its means or its agent takes them from
the events told next to it: "X claimed responsibility" names the agent of the agentless violent events of
that sentence and the CLAIM_REACH before it; a generic violent event ("the attack", "were killed") takes
the type of the nearest specific one ([generic] in event_types.toml); a violent event with no agent takes
the agents of a same-family event nearby, else of the next violent event within STORY_REACH sentences.
Deaths with an accidental cause ("the accident", "collapsed") borrow nothing. A named meeting whose members the
article lists ("the six-party talks group China, ...") has them as actors where it is told with no party.
"""
from __future__ import annotations

import re
from functools import lru_cache

from events.extract import status as status_rules
from events.extract.dating import RELATIVE
from events.extract.dictionaries import Dictionaries, cue_set
from events.extract.mentions import Sorted
from events.extract.records import ActorMention, Event, replace
from events.extract.roles import SOURCE_KINDS, may_do_it, role_rules
from events.temporal.caseless import Caseless
from events.temporal.ruleset import alternation

CLAIM_REACH = 5
# Between a claimant and its claim: its label and adverbs ("The Tahrir al Sham militants reportedly claimed
# responsibility", "The Islamic State ... subsequently claimed responsibility").
CLAIM_GAP = re.compile(r"(?:(?:group|militants|fighters|members|movement|jihadists|rebels|insurgents)\s+)?"
                       r"(?:(?:\w+ly|also|later|then|has|have|had|quickly|swiftly)\s+){0,2}", re.IGNORECASE)
STORY_REACH = 4
# The one step whose lender outranks the event's own words (`_bombed_by`): the next sentence, which goes on telling
# the same strike ("Air raids killed 11 civilians. Russian warplanes pounded the town"); a lender further off is more
# often another strike ("a coalition raid on Manbij" two sentences after a raid on rebel-held Sheikh Said).
OWN_WORDS_YIELD_TO = 1


@lru_cache(maxsize=8)
def _rules(dictionaries: Dictionaries):
    """cues.toml [responsibility] (after the actor, before it) and [generic] accidental, compiled once."""
    cues = dictionaries.cues.get("responsibility", {})
    after_words, before_words = tuple(cues.get("after_actor", ())), tuple(cues.get("before_actor", ()))
    return (status_rules._words(after_words), status_rules._words(before_words, anchored_end=True),
            status_rules._words(dictionaries.accidental, gated=True))


def claim_responsibility(text: str, sentences, actors: Sorted, numbered: list[tuple[int, Event]],
                         dictionaries: Dictionaries, cues) -> list[tuple[int, Event]]:
    """ "X claimed responsibility (for the attack)": X is the agent of the agentless violent events of that
    sentence and the CLAIM_REACH sentences before it (cues.toml [responsibility])."""
    after, before, _ = _rules(dictionaries)
    claims: list[tuple[int, ActorMention]] = []
    for index, sentence in enumerate(sentences):
        if not cues.has_claim_cue(sentence.start, sentence.end):
            continue  # the article's cue index says no cue is here: no regex to run
        for actor in actors.within(sentence.start, sentence.end):
            if actor.kind in SOURCE_KINDS:
                continue
            said = CLAIM_GAP.match(text, actor.end + 1, sentence.end).end()
            if after.match(text, said, min(sentence.end, said + 40)) or before.search(
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
                event = replace(event, actors=event.actors + (agent,))
        result.append((index, event))
    return result


@lru_cache(maxsize=8)
def _meeting_rules(dictionaries: Dictionaries) -> tuple[re.Pattern, Caseless, Caseless]:
    """cues.toml [events] meeting_nouns: a named meeting ("six-party talks", "Geneva talks"); meeting_members: a verb
    listing its members."""
    cues = dictionaries.cues.get("events", {})
    nouns = alternation(cues.get("meeting_nouns", ()))
    named = re.compile(rf"(?<![\w-])((?-i:[A-Z][\w-]*)|[a-z]+-[\w-]+)\s+(?:{nouns})\b", re.IGNORECASE)
    # What every match of ``named`` holds, searched first: the look-behind that opens ``named`` has it tried at
    # every position of a sentence, and most sentences name no meeting.
    # Gated: asked first whether the sentence holds one of the nouns at all (most hold none).
    noun = Caseless(rf"\s(?:{nouns})\b", gated=True)
    return named, noun, status_rules._words(tuple(cues.get("meeting_members", ())))


MEMBER_KINDS = ("state", "intergovernmental", "armed group", "coalition")


ROUND = re.compile(r"\bround\b", re.IGNORECASE)


def meeting_members(text: str, sentences, actors: Sorted, numbered: list[tuple[int, Event]],
                    dictionaries: Dictionaries) -> list[tuple[int, Event]]:
    """ "The six-party talks ... group China, the DPRK, the United States, ...": the tellings of that named meeting
    that name no party ("The fourth-round six-party talks ended on Sept. 19") take its members (cues.toml [events]
    meeting_nouns, meeting_members)."""
    named, noun, members = _meeting_rules(dictionaries)
    parties: dict[str, tuple[ActorMention, ...]] = {}
    for sentence in sentences:
        if noun.search(text, sentence.start, sentence.end) is None:
            continue
        for meeting in named.finditer(text, sentence.start, sentence.end):
            verb = members.search(text, meeting.end(), sentence.end)
            if verb is None:
                continue
            listed = tuple(a for a in actors.within(verb.end(), sentence.end) if a.kind in MEMBER_KINDS)
            if len({a.name for a in listed}) >= 2:
                parties.setdefault(" ".join(meeting.group(0).lower().split()), listed)
    if not parties:
        return numbered
    result = []
    for index, event in numbered:
        if event.type == "diplomatic_meeting" and not event.actors:
            told = next((key for key in parties if key in " ".join(event.evidence.lower().split())), None)
            if told is None and len(parties) == 1 and ROUND.search(event.trigger):
                told = next(iter(parties))  # "The first round was held in August 2003": a round of the one named meeting
            if told is not None:
                seen: dict[str, ActorMention] = {}
                for a in parties[told]:
                    seen.setdefault(a.name, replace(a, role=""))
                event = replace(event, actors=tuple(seen.values()))
        result.append((index, event))
    return result


@lru_cache(maxsize=4)
def going_on_rule(dictionaries: Dictionaries) -> Caseless:
    """cues.toml [events] offensive_going_on, then at most three words, ending where it is searched up to."""
    words = alternation(dictionaries.cues.get("events", {}).get("offensive_going_on", ()))
    # As Caseless, gated on the cue words: searched before every violent noun (see EventRules' ``around``).
    return Caseless(rf"\b(?:{words})\s+(?:[\w'’-]+\s+){{0,3}}$" if words else r"(?!)", gated=True)


#: A violent noun and the aim it is told with ("an attack to capture", event_types.toml operation_to_take): the noun's
#: own telling, which a going-on cue before it places as it would the noun alone.
NOUN_AND_AIM = re.compile(r"[\w-]+\s+to\s+[\w-]+")


@lru_cache(maxsize=4)
def progressive_rule(dictionaries: Dictionaries) -> re.Pattern:
    """cues.toml [events] progressive_going_on, then at most one adverb, ending where it is searched up to."""
    words = alternation(dictionaries.cues.get("events", {}).get("progressive_going_on", ()))
    # "There has been fighting": a noun in -ing told as a fact, not a verb's course.
    return re.compile(rf"(?<!\bthere\s)\b(?:{words})\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+)?$" if words else r"(?!)",
                      re.IGNORECASE)


def told_going_on(event: Event, dictionaries: Dictionaries) -> bool:
    """Is the violence told by a noun as going on at the report's time (cues.toml [events] offensive_going_on at most
    three words before it: "amid an intensified regime offensive", "are taking part in an attack on Aleppo"), or by a
    verb in the perfect progressive ([events] progressive_going_on: "have been advancing on Manbij")? Such an offensive
    is a campaign that holds the day's happenings, not the means or the hand of one of them."""
    if event.type == "air_campaign" or " " in event.trigger.strip() and not NOUN_AND_AIM.fullmatch(event.trigger.strip()):
        return False
    at = event.trigger_at
    if at > 0 and event.trigger.lower().endswith("ing") and progressive_rule(dictionaries).search(
            event.evidence, max(0, at - 30), at) is not None:
        return True
    return at > 0 and going_on_rule(dictionaries).search(event.evidence, max(0, at - 80), at) is not None


def _inferred_means(event: Event, dictionaries: Dictionaries) -> bool:
    """A trigger of several words whose first is a [generic] word ("targeted ISIS sites"): a means inferred by a pattern."""
    words = event.trigger.lower().split()
    return len(words) > 1 and words[0] in dictionaries.generic_words


def complete_from_story(numbered: list[tuple[int, Event]], dictionaries: Dictionaries) -> list[Event]:
    """A generic violent event ("the attack", "were killed") takes the means told nearby: see [generic] in event_types.toml."""
    types = dictionaries.types
    by_index: dict[int, list[Event]] = {}
    for i, e in numbered:
        by_index.setdefault(i, []).append(e)
    # Violence named only to place another ("Just days after a deadly chemical attack a woman was killed ... on a bus")
    # is no means of what it places.
    # Nor is an offensive told as going on ("The infighting came amid an intensified regime offensive") the means or the
    # hand of the day's deaths told next to it.
    # Nor is a means read off who aimed at what, a trigger that opens with a generic word ("an army unit targeted ISIS
    # sites": shelling, the army reports' fire at a distance): it types its own event, not the deaths told around it.
    specific = {i: [e for e in events if types[e.type].violent and types[e.type].priority >= dictionaries.specific_priority
                    and e.date.basis != RELATIVE and not told_going_on(e, dictionaries) and not _inferred_means(e, dictionaries)]
                for i, events in by_index.items()}
    accidental = _rules(dictionaries)[2]
    cause_is_accident: dict[int, bool] = {}
    result = []
    for index, event in numbered:
        spec = types[event.type]
        if event.evidence_start not in cause_is_accident:
            cause_is_accident[event.evidence_start] = accidental.search(event.evidence) is not None
        if cause_is_accident[event.evidence_start]:
            result.append(event)  # no attack to borrow a type or an agent from
            continue
        if spec.violent and spec.priority < dictionaries.specific_priority and event.trigger.lower() in dictionaries.generic_words:
            for step in (0, 1, 2, -1, -2):
                near = specific.get(index + step, ())
                if near:
                    chosen = near[0]
                    event = replace(event, type=chosen.type, trigger=event.trigger,
                                    actors=event.actors if any(a.role == "agent" for a in event.actors) else
                                    event.actors + tuple(a for a in chosen.actors if a.role == "agent"),
                                    fatalities=event.fatalities or (chosen.fatalities if step == 0 else None))
                    break
        if spec.violent and not any(a.role == "agent" for a in event.actors):
            # "Air raids kill 11 civilians": who raided is told in the next sentences of the same story — by an
            # event of the same family nearby, else by the next violent event told within STORY_REACH sentences.
            # Nor does the war's opening act told in a background line ("... descended into a civil war after a government
            # crackdown", cues.toml [events] war_opening_acts) lend its hand to a day's violence of its family told before.
            same = [(step, lambda e: family(e.type) == family(event.type) and not _war_opening(e, dictionaries))
                    for step in (1, 2, -1)]
            later = [(step, lambda e: types[e.type].violent and e.date.precision not in BACKGROUND_PRECISIONS
                      and not told_going_on(e, dictionaries))
                     for step in range(1, STORY_REACH + 1)]
            # Whoever the event hit did not do it ("30 Terrorists Killed" does not borrow the terrorists' attack told
            # next), and only an air force flies air strikes. Background dated by a month or a year ("In November Nusra
            # Front expelled rebels from their Idlib positions") is another story: its agent is not borrowed.
            # The event's own words outrank a lender beyond the next sentence that names another hand: an air raid "on
            # the rebel-held neighbourhood" is the regime's (`_bombed_by`) though a coalition raid is told two sentences on.
            own = _bombed_by(event, dictionaries)
            for step, fits in same + later:
                near = [e for e in by_index.get(index + step, ()) if fits(e)
                        and any(may_do_it(event, a, dictionaries) for a in e.actors)]
                if near:
                    agents = [a for a in near[0].actors if may_do_it(event, a, dictionaries)]
                    if step != OWN_WORDS_YIELD_TO and own is not event and own.actors[-1].name not in {a.name for a in agents}:
                        event = own
                    else:
                        event = replace(event, actors=event.actors + tuple(agents))
                    break
        if spec.violent and not any(a.role == "agent" for a in event.actors):
            event = _bombed_by(event, dictionaries)
        result.append(event)
    return _one_air_force(result, dictionaries)


# Characters after the cue word in which the groups it names begin ("... that included al Qaedas Syrian offshoot Nusra
# Front"); a name further on belongs to another clause ("... fighting under the name of the Free Syrian Army").
MEMBERS_REACH = 60
LIST_GAP = 25  # at most this many characters between two names of one list (" and Salafi ")
# "al Qaedas Syrian offshoot", "al-Qaeda's former Syrian affiliate": a group named in the possessive is whose the member is.
POSSESSIVE_AFTER = re.compile(r"['’]?s\b")
# "The Army of Conquest, an opposition coalition that includes ...": the name before the head is the grouping itself.
APPOSITION_GAP = re.compile(r"[\"”’]?[\s,]+(?:an?\s+|the\s+)?(?:(?:new|opposition|rebel|Islamist|insurgent)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _members_rule(dictionaries: Dictionaries) -> tuple[Caseless, re.Pattern] | None:
    """cues.toml [roles] members_heads / members_words: "insurgents from", "a coalition of groups that included";
    and a head word ending in "group" right before a name ("Rebel group Jaysh al-Islam")."""
    cues = dictionaries.cues.get("roles", {})
    heads, words = tuple(cues.get("members_heads", ())), tuple(cues.get("members_words", ()))
    if not heads or not words:
        return None
    # Searched over the whole article: as Caseless, gated on the head words (most articles hold none).
    cue = Caseless(rf"\b(?:{alternation(heads)})\s+(?:(?:who|that|which)\s+(?:\w+\s+)?)?(?:{alternation(words)})\s+",
                   gated=True)
    group_before = re.compile(rf"\b(?:{alternation(tuple(h for h in heads if h.lower().endswith(' group')))})\s+$",
                              re.IGNORECASE)
    return cue, group_before


def _definitions(text: str, actors: Sorted, dictionaries: Dictionaries, opposition: set[str],
                 government: set[str]) -> list[tuple[int, tuple[ActorMention, ...]]]:
    """Where the article says who its rebels are, and the armed groups it names there: (position, groups)."""
    cue, group_before = _members_rule(dictionaries)
    side_of = dictionaries.side_of

    def armed(m: ActorMention) -> bool:
        return (m.kind == "armed group" and m.name not in opposition and m.written not in side_of
                and not POSSESSIVE_AFTER.match(text, m.end))

    found: list[tuple[int, tuple[ActorMention, ...]]] = []
    for match in cue.finditer(text):
        stop = text.find(".", match.end())
        window = actors.within(match.end(), min(stop if stop >= 0 else len(text), match.end() + MEMBERS_REACH))
        if any(m.name in government for m in window):
            continue  # "armed groups including Al-Qaeda, non-jihadist rebels and government forces": every party, no rebels
        groups = [m for m in window if armed(m)]
        # The list runs on from its first name ("Nusra Front and Salafi Ahrar al Sham"): names each close to the last.
        listed = actors.within(match.end(), stop if stop >= 0 else len(text))
        for m in listed:
            if groups and m.start > groups[-1].end and m.start - groups[-1].end <= LIST_GAP and armed(m) and m not in groups:
                groups.append(m)
        itself = [m for m in actors.within(max(0, match.start() - 60), match.start())
                  if armed(m) and APPOSITION_GAP.fullmatch(text, m.end, match.start())]
        groups = itself[-1:] + groups
        # "al Qaedas Syrian offshoot Nusra Front": a group named with its parent is the group, not the parent.
        groups = [m for m in groups if not any(o.acts_for == m.name for o in groups)]
        if groups:
            found.append((match.start(), tuple(groups)))
    for m in actors.items:
        if armed(m) and group_before.search(text, max(0, m.start - 30), m.start):
            found.append((m.start, (m,)))
    return found


def named_rebels(text: str, events: list[Event], actors: Sorted, dictionaries: Dictionaries) -> list[Event]:
    """A violent event whose agent is a conflict's opposition named by a generic word ("rebels fired at least 70
    rockets", "an alliance of rebels ... shelled"), in an article that says who its rebels are (cues.toml [roles]
    members_heads, members_words: "insurgents from the Islamic Front and the Shields of the Revolution Council", "Rebel
    group Jaysh al-Islam"), has the armed groups of the nearest such telling as its agents first, then the side: the
    guide names armed groups by their names, and the article has named them. Background told by a month or a year
    ("since the insurgents took over the east of the city in the summer of 2012") is another story's: it takes none."""
    opposition = {c.opposition for c in dictionaries.conflicts}
    government = {c.government for c in dictionaries.conflicts}
    if _members_rule(dictionaries) is None:
        return events
    side_of = dictionaries.side_of
    types = dictionaries.types

    def generic(a: ActorMention) -> bool:
        return a.role == "agent" and a.name in opposition and a.written in side_of

    if not any(generic(a) for e in events for a in e.actors):
        return events
    definitions = _definitions(text, actors, dictionaries, opposition, government)
    if not definitions:
        return events
    defined = {m.name for _, groups in definitions for m in groups}
    result = []
    for event in events:
        first = next((a for a in event.actors if generic(a)), None)
        if first is None or not types[event.type].violent or event.date.precision in BACKGROUND_PRECISIONS:
            result.append(event)
            continue
        told = [a for a in event.actors if a.name in defined and a.role != "target"]
        if told:
            # A telling that names them folded into one that did not ("rebels set off a bomb ... insurgents from the
            # Islamic Front ... set off tonnes of explosives"): the names go first.
            rest = tuple(a for a in event.actors if a not in told)
            at = rest.index(first)
            result.append(replace(event, actors=rest[:at] + tuple(replace(a, role="agent") for a in told) + rest[at:]))
            continue
        # With the government also an agent, or another group named in the event (whatever its role), the rebels
        # are not told by the word alone ("13 rebels were among 48 people executed by government forces", "rebels
        # opened a new front ... according to the Twitter account of the Islamic Front").
        if (any(a.role == "agent" and (a.name in government or a.acts_for in government) for a in event.actors)
                or any(a.kind == "armed group" and a.name not in opposition
                       and a.written not in side_of for a in event.actors)):
            result.append(event)
            continue
        _, groups = min(definitions, key=lambda d: abs(d[0] - first.start))
        agents, seen = [], set()
        for m in groups:
            if m.name not in seen:
                seen.add(m.name)
                agents.append(ActorMention(m.name, first.text, first.start, first.end, m.known, m.kind, m.acts_for, "agent"))
        at = event.actors.index(first)
        result.append(replace(event, actors=event.actors[:at] + tuple(agents) + event.actors[at:]))
    return result


BACKGROUND_PRECISIONS = ("month", "year")


def _war_opening(event: Event, dictionaries: Dictionaries) -> bool:
    """Is ``event`` the war's opening act told as background: a crackdown word (cues.toml [events] war_opening_acts)
    dated by a month or a year ("a civil war after a government crackdown" in 2011)? Another story than the day's."""
    return (event.date.precision in BACKGROUND_PRECISIONS
            and event.trigger.lower() in cue_set(dictionaries, "war_opening_acts"))


def family(type_name: str) -> str:
    """Air and artillery strikes are told with each other's words ("warplanes pound", "bombardment")."""
    return "remote" if type_name in ("airstrike", "air_campaign", "shelling") else type_name


AIR_TYPES = ("airstrike", "air_campaign")  # a bomb word also names a bombing on the ground ("an attack targeting a wedding")


def _one_air_force(events: list[Event], dictionaries: Dictionaries) -> list[Event]:
    """An air strike still without an agent, in an article whose air strikes with an agent, two or more, all name the
    same one ("Syrian government air strikes on Tuesday killed at least 39 people ... the deaths of at least 27
    people... in air strikes targeting the outskirts of Tal Hamis ... Earlier Tuesday the Observatory reported a
    string of air strikes against the town of Saraqeb": the second takes the first's agent, and so does the third):
    that agent, the story's one air force. Two air forces told apart ("regime raids ...
    coalition strikes") leave it without one, and so does a single telling: one strike named in passing ("In the east
    of Syria Russian air strikes on Sunday killed 34") is no story's air force (corpus: 4 right, 0 wrong; with one
    telling enough, 8 right, 3 wrong)."""
    rules = role_rules(dictionaries)
    aerial = [e for e in events if e.type in AIR_TYPES and rules.aerial.search(e.trigger)]
    told = [frozenset(a.name for a in e.actors if a.role == "agent") for e in aerial]
    flown = set(told) - {frozenset()}
    if len(flown) != 1 or sum(1 for t in told if t) < 2:
        return events
    source = next(e for e in aerial if any(a.role == "agent" for a in e.actors))
    result = []
    for event in events:
        if event in aerial and not any(a.role == "agent" for a in event.actors):
            named = {a.name for a in event.actors}
            agents = tuple(a for a in source.actors if may_do_it(event, a, dictionaries) and a.name not in named)
            if agents:
                # A guess from the story, not a reading of the sentence: the confidence says so.
                event = replace(event, actors=event.actors + agents, confidence=round(max(0.0, event.confidence - 0.2), 2))
        result.append(event)
    return result


def _bombed_by(event: Event, dictionaries: Dictionaries) -> Event:
    """An air strike on a place held by a side that only one air force bombs ("air strikes on the rebel-held
    town") with no agent named or told nearby: that air force's (actors.toml ``bombed_by``)."""
    rules = role_rules(dictionaries)
    if not rules.aerial.search(event.trigger):
        return event
    by = dictionaries.actor_by_name
    bomber = next((by[a.name].bombed_by for a in event.actors if a.role == "target" and a.name in by and by[a.name].bombed_by), "")
    if not bomber:
        return event
    entry = by[bomber]
    offset = event.trigger_at
    start = event.evidence_start + max(offset, 0)
    agent = ActorMention(entry.name, event.trigger, start, start + len(event.trigger), True, entry.kind,
                         entry.acts_for or entry.member_of, "agent")
    # An inferred agent is a guess, not a reading of the text: the event's confidence says so.
    return replace(event, actors=event.actors + (agent,), confidence=round(max(0.0, event.confidence - 0.2), 2))
