"""Merging restated events: an article's events (numbered by sentence) in, the same story with fewer events out.

    merge_in_sentences(numbered, dictionaries) -> numbered
    merge_retold(numbered, dictionaries) -> numbered

Events of one type told in one sentence ("Air strikes and raids on Douma killed 12", "the army said ... the army
added") are one event: the strongest (a toll, then an agent, then the higher confidence, then the first) is kept
and takes the others' actors, place, toll and a dated time expression it lacks. Two of them stay apart when both
have a toll of their own or both have agents and no agent in common ("Russian strikes killed 10 in Idlib while
coalition strikes killed 5 in Raqqa").
"""
from __future__ import annotations

import re
from functools import lru_cache

from events.extract.dictionaries import Dictionaries
from events.extract.folding import load_folds
from events.extract.records import Event, replace
from events.extract.status import SPEECH_TYPES
from events.extract.roles import may_do_it
from events.extract.story import family
from events.temporal.caseless import Caseless
from events.temporal.ruleset import alternation

TEXT_DATES = ("explicit", "anchored")
HAPPENED = ("occurred", "reported")
# "The Syrian fighter jets in several combat flights pounded ISIL's strongholds", "The Syrian warplanes and artillery fire
# targeted the terrorists' positions": "the" and a word naming whose aircraft they are (a demonym, a force) open a new strike
# by them, as "Syrian warplanes" would; "the warplanes" alone are those of a strike told before.
AIRCRAFT = re.compile(r"(?:fighter\s+jets?|jets?|warplanes?|war\s+planes?|helicopters?|helicopter\s+gunships?|aircraft|drones?|bombers?)$",
                      re.IGNORECASE)
NAMED_AIRCRAFT = re.compile(r"\b[Tt]he\s+(?!Same\b|Other\b)[A-Z][\w-]*\s+$")
# "The source added that other shells hit the neighborhoods of al-Mazzeh", "that another mortar shell fell": more of
# them, another happening, whatever determiner the reading of "that" finds before; "the other shells" are those told.
# Both as Caseless (see pipeline.DEFINITE): searched before every trigger merged or folded.
OTHER_ONE = Caseless(r"(?<!\bthe\s)\b(?:other|another)\s+(?:[\w-]+\s+)?$")
DEFINITE = Caseless(r"\b(?:the|this|that|these|those|such|both|the same)\s+(?:[\w-]+\s+)?$")


def agents(event: Event) -> set[str]:
    """The sides an event's agents stand for: each agent and whom it acts for."""
    return {side for a in event.actors if a.role == "agent" for side in (a.name, a.acts_for) if side}


def _apart(a: Event, b: Event) -> bool:
    """Two events of one type in one sentence that cannot be one: two tolls that differ ("killed 5 in Homs and 7 in
    Hama"), agents with none in common. One toll read twice (from the sentence for each clause) is one event."""
    if a.fatalities is not None and b.fatalities is not None and a.fatalities.best != b.fatalities.best:
        return True
    return bool(agents(a) and agents(b) and not agents(a) & agents(b))


def _strength(event: Event) -> tuple:
    return (event.fatalities is not None, bool(agents(event)), event.confidence)


def _fold(kept: Event, other: Event) -> Event:
    seen = {(a.name, a.role, a.start) for a in kept.actors}
    actors = kept.actors + tuple(a for a in other.actors if (a.name, a.role, a.start) not in seen)
    when = kept.date
    if when.basis not in TEXT_DATES and other.date.basis in TEXT_DATES:
        when = other.date
    merged = replace(kept, actors=actors, location=kept.location or other.location,
                     fatalities=kept.fatalities or other.fatalities, date=when,
                     confidence=min(1.0, round(max(kept.confidence, other.confidence), 2)))
    return merged


def merge_in_sentences(numbered: list[tuple[int, Event]], dictionaries,
                       runs: set[tuple[int, str]] = frozenset()) -> list[tuple[int, Event]]:
    """Events of one type in one sentence are one event unless told apart; so are deaths told in one clause and the
    violence told in another ("The attacks Aug. 7 at the embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania,
    killed 257 people": the attacks, with their toll). The specific type is kept. ``runs``: the (sentence start,
    trigger) of violence told by the verbs of a run, each with its own victims and place ("executed two others in
    Mouhessen town and assassinated lawyer X"): told apart."""
    types = dictionaries.types
    in_run = lambda e: (e.evidence_start, e.trigger.lower()) in runs  # noqa: E731
    result: list[tuple[int, Event]] = []
    open_groups: dict[tuple[int, str], list[int]] = {}  # (sentence, type) -> positions in result
    violent_groups: dict[int, list[int]] = {}  # sentence -> positions of its violent events
    for index, event in numbered:
        positions = open_groups.setdefault((index, event.type), [])
        target = next((p for p in positions if not _apart(result[p][1], event)
                       and not (in_run(event) and in_run(result[p][1]))), None)
        if target is None and types[event.type].violent:
            target = next((p for p in violent_groups.get(index, ()) if "casualties" in (event.type, result[p][1].type)
                           and result[p][1].type != event.type and not _apart(result[p][1], event)
                           and not (in_run(event) and in_run(result[p][1]))), None)
        if target is None:
            positions.append(len(result))
            if types[event.type].violent:
                violent_groups.setdefault(index, []).append(len(result))
            result.append((index, event))
            continue
        current = result[target][1]
        if current.type != event.type:
            kept, other = (current, event) if event.type == "casualties" else (event, current)
        else:
            kept, other = (event, current) if _strength(event) > _strength(current) else (current, event)
        result[target] = (index, _fold(kept, other))
    return result


@lru_cache(maxsize=4)
def answering_phrase(dictionaries: Dictionaries) -> Caseless:
    """cues.toml [clauses] placed_after ("in response to", "in retaliation for"): what follows names the happening that
    the violence told before it answers."""
    words = dictionaries.cues.get("clauses", {}).get("placed_after", ())
    return Caseless(rf"\b(?:{alternation(words)})\s" if words else r"(?!)")


def answers(event: Event, other: Event, dictionaries: Dictionaries) -> bool:
    """Is ``other`` the violence of ``event``'s own sentence that answers it ("Iran launched missiles ... in response to
    the US airstrike": the missiles answer the airstrike)? An answered happening named with "the" is no retelling of
    the answer told before it in its sentence."""
    if other.evidence_start != event.evidence_start or not other.trigger or not event.trigger:
        return False
    low = event.evidence.lower()
    answer, answered = low.find(other.trigger.lower()), low.rfind(event.trigger.lower())
    return 0 <= answer < answered and answering_phrase(dictionaries).search(event.evidence, answer, answered) is not None


def merge_retold(numbered: list[tuple[int, Event]], dictionaries,
                 attributions: set[tuple[int, str]] = frozenset(),
                 by_verb: set[tuple[int, str]] = frozenset(),
                 said_dated: set[tuple[int, str]] = frozenset()) -> list[tuple[int, Event]]:
    """A violent event told again is the same event: a sentence repeated word for word (scraped pages repeat
    their lead), or "the strikes", "those raids", "the blast" with no toll of its own after an event of the same
    family (air strikes and shelling are one; what happened is never a plan told before). It is folded into the first
    telling, which takes the agent, place and dated time expression it lacks ("... The strikes were carried out by the
    coalition"). ``attributions``: the (sentence start, verb) of speech that may only be the source of its sentence's
    other event: no speech told next is folded into one ("... Saudi officials said. The Saudi 'window of vulnerability is closing,' Prince
    Bandar said" is Bandar's statement). ``by_verb``: the (sentence start, trigger) of violence told by a verb, whose
    determiner is its subject's ("units of the army hit the gatherings", "the regime struck"): no telling again.
    ``said_dated``: the (sentence start, trigger) of violence dated only by its reporting verb's day ("About 30 fighters
    were killed ..., activists said on Tuesday"): a retelling dated by its own words ("the blast which occurred on
    Monday") dates the happening instead."""
    types = dictionaries.types

    def said(event: Event) -> bool:  # dated only by its reporting verb's day
        return (event.evidence_start, event.trigger.lower()) in said_dated

    result: list[tuple[int, Event]] = []
    # Positions in ``result`` by (type, evidence), which folding leaves as they are: a long text has thousands of
    # events, and a scan of all earlier ones for each made it quadratic.
    told: dict[tuple[str, str], list[int]] = {}
    # (family, told as happened) -> position of its last violent event that is neither denied nor hypothetical (with True:
    # of the last that happened). What happened is not a plan told before ("The first would be to launch the invasion of
    # Saudi Arabia ... jet fighters, which managed to escape the Iraqi invasion"); a plan may name what happened ("She
    # was scheduled to lay flowers at the bombed embassy ... survived the blast").
    last_told: dict[tuple[str, bool], int] = {}
    ordered = all(a <= b for (a, _), (b, _) in zip(numbered, numbered[1:]))
    for index, event in numbered:
        spec = types[event.type]
        earlier = None
        if spec.violent:
            same_text = [p for p in told.get((event.type, event.evidence), ())
                         if result[p][1].evidence_start != event.evidence_start]
            if same_text:
                earlier = same_text[0]
            elif (event.fatalities is None and definite(event)
                  and not ((event.evidence_start, event.trigger.lower()) in by_verb and _subject_before(event))
                  and not (AIRCRAFT.match(event.trigger) and before_trigger(event, NAMED_AIRCRAFT, 40))
                  and event.status not in ("denied", "hypothetical")):
                earlier = last_told.get((family(event.type), event.status in HAPPENED))
                if earlier is not None and answers(event, result[earlier][1], dictionaries):
                    earlier = None  # "Iran launched missiles ... in response to the US airstrike": another happening
                if earlier is not None and (_places_it(event, result[earlier][1]) or (
                        _begun_another_time(event, result[earlier][1], dictionaries)
                        and not said(event) and not said(result[earlier][1]))):
                    earlier = None
        elif event.type in SPEECH_TYPES and agents(event):
            # "The government welcomes reports ... SANA reported this week that the government welcomes ...":
            # one speaker's same words told again in the next sentence are one statement.
            earlier = next((p for p in _recent(result, index, ordered) if index - result[p][0] <= 1
                            and result[p][1].type == event.type and result[p][1].trigger.lower() == event.trigger.lower()
                            and agents(result[p][1]) & agents(event)
                            and (result[p][1].evidence_start, result[p][1].trigger.lower()) not in attributions), None)
        if earlier is None:
            told.setdefault((event.type, event.evidence), []).append(len(result))
            if spec.violent and event.status not in ("denied", "hypothetical"):
                last_told[(family(event.type), False)] = len(result)
                if event.status in HAPPENED:
                    last_told[(family(event.type), True)] = len(result)
            result.append((index, event))
            continue
        first_index, first = result[earlier]
        result[earlier] = (first_index, _take_missing(first, event, dictionaries, said(first) and not said(event)))
    return result


def means_told_apart(event: Event, other: Event) -> bool:
    """Do the two tellings' own words for the violence name means of different kinds (folds.toml [words] air,
    ground_fire: "Recent airstrikes by the regime's jets targeted a bakery" after "killed in mutual shelling ... on
    Wednesday")? Then they are two happenings of the day, not one told again. Only the triggers are read: a means named
    elsewhere in the sentence is often another clause's ("Fighting raged ... as helicopters dropped a barrel bomb",
    "After shelling ... the regime has resorted to chemical substances").
    A sentence naming both kinds ("Hours of air strikes and shelling on Saturday struck Jayrud") tells one
    bombardment, which the other kind's telling ("he was killed in an air raid") may be told of."""
    words = load_folds().words
    kinds = ("air", "ground_fire")
    means = [{kind for kind in kinds if words[kind].search(e.trigger)} for e in (event, other)]
    named = [{kind for kind in kinds if words[kind].search(e.evidence)} for e in (event, other)]
    return bool(means[0] and means[1] and not named[0] & named[1])


def _places_it(event: Event, first: Event) -> bool:
    """Does a definite telling place in time an undated first telling ("Terrorist bombings at U.S. embassies ...
    The suspected car bombings occurred ... on Friday")? Then it is the telling that dates the happening: narrative
    dating (events.extract.narrative) folds the undated one into it, and keeps its sentence."""
    return event.date.basis == "explicit" and first.date.basis not in TEXT_DATES


def event_cues(dictionaries: Dictionaries, key: str) -> str:
    """cues.toml [events] ``key`` as one alternation (ruleset.alternation)."""
    return alternation(dictionaries.cues.get("events", {}).get(key, ()))


@lru_cache(maxsize=32)
def cue_words(dictionaries: Dictionaries, key: str) -> Caseless:
    """cues.toml [events] ``key`` as whole words in any case; never matches when the list is empty. As Caseless, gated
    on the words (callers read spans only). Here, below narrative, so that merging and the story rules read a cue list
    one way."""
    return Caseless(rf"\b(?:{event_cues(dictionaries, key)})\b", gated=True)


#: How far after a definite violent noun the verb of its beginning may be told ("The US-led raids in Syria which began").
BEGUN_REACH = 40


def _begun_another_time(event: Event, first: Event, dictionaries) -> bool:
    """Is a definite violent noun told with the verb of its beginning right after it (cues.toml [events] begun_after:
    "The assault started on Sunday", "let the ground offensive begin as previously planned Saturday night", "The US-led
    raids in Syria which began last September") and dated by its own words to a time that does not meet the time the
    first telling's words give? The start of a happening told apart on another day: no happening told before named
    again (the guide's violence "on different days, told apart, are separate events"). Without the verb, a definite
    dated apart is mostly the story's happening with a stray time ("The overnight strikes involved aircraft from Saudi
    Arabia", "joined the Chemical Weapons Convention ... in 2013")."""
    one, other = event.date, first.date
    if not (one.basis == "explicit" and other.basis in TEXT_DATES
            and None not in (one.first, one.last, other.first, other.last)
            and (one.last < other.first or other.last < one.first)):
        return False
    at = event.trigger_at
    if at < 0:
        return False
    end = at + len(event.trigger)
    return cue_words(dictionaries, "begun_after").search(event.evidence, end, end + BEGUN_REACH) is not None


#: At most one word between the agent named and its verb ("units of the army hit", "the Syrian army units destroyed").
SUBJECT_GAP = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?")


def _subject_before(event: Event) -> bool:
    """Is the determiner before the trigger the agent's ("units of the army hit the gatherings", "the regime struck
    Aleppo")? The article names who acts, not a happening told before: no definite retelling."""
    position = event.evidence_start + event.trigger_at
    text = event.evidence
    return any(a.role == "agent" and event.evidence_start <= a.end <= position
               and SUBJECT_GAP.fullmatch(text, a.end - event.evidence_start, position - event.evidence_start) is not None
               for a in event.actors)


def definite(event: Event) -> bool:
    return before_trigger(event, DEFINITE, 25) and not before_trigger(event, OTHER_ONE, 25)


def before_trigger(event: Event, pattern: re.Pattern | Caseless, reach: int) -> bool:
    """Does ``pattern`` match in the ``reach`` characters of the event's sentence right before its trigger ("the
    blast", "had levied")? Patterns end with ``$``, so they match up to the trigger."""
    position = event.trigger_at
    return position > 0 and pattern.search(event.evidence, max(0, position - reach), position) is not None


def _recent(result: list[tuple[int, Event]], index: int, ordered: bool):
    """Positions in ``result``, last first; when sentence numbers never go down, only those of the sentence
    ``index`` and the one before it (a long text has thousands of earlier events: scanning them all was quadratic)."""
    for p in range(len(result) - 1, -1, -1):
        if ordered and index - result[p][0] > 1:
            return
        yield p


def _take_missing(first: Event, later: Event, dictionaries, told_day: bool = False) -> Event:
    """``told_day``: the first telling is dated only by its reporting verb's day, which a later one's own date replaces."""
    actors = first.actors
    if not agents(first) and agents(later):
        actors = actors + tuple(a for a in later.actors if may_do_it(first, a, dictionaries))
    when = first.date
    if (when.basis not in TEXT_DATES or told_day) and later.date.basis in TEXT_DATES:
        when = later.date
    return replace(first, actors=actors, location=first.location or later.location, date=when)
