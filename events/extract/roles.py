"""Roles of actors in one event: the event's trigger, clause and actor mentions in, mentions with roles out.

    assign_roles(text, clause, trigger, actors, violent) -> list[ActorMention]   role "agent", "target" or ""
    speaker(text, trigger, actors) -> ActorMention | None                        who makes a statement

Rules (docs/extraction.md, "Roles"): an actor whose name contains the trigger ("Russian airstrikes") or
that follows "by" / "warplanes from" is the agent; victims ("kills 10 terrorists", "Four Hezbollah members
were killed", "militiamen were also among those killed"), whoever holds the place hit ("a town held by Daesh", "IS-held", "rebel town") and what
follows "against/on/targeting" the trigger are targets; otherwise the last other name before the trigger,
with names coordinated to it, is the agent -- unless that name is the object of a verb and the clause
opens with another name, or it is the speaker of "X said ... airstrikes". Outlets and monitors are never agents.
Also: a name right before a trigger noun ("a Daesh counterattack") is its agent; "by" after another participle
("brokered by", "led by": cues.toml [roles] not_agent_by) names no agent; every party of "clashes between A and B"
fought; an air strike ([roles] aerial words) has only an actor with an air force as agent; the side whose dead are
told before the trigger is not its subject; a non-violent verb coordinated to another ("condemned ..., and expressed
sympathy") has the subject that opens the sentence.

    role_rules(dictionaries) -> RoleRules      may_do_it(event, actor, dictionaries) -> bool   can_fly(actor, rules)
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from events.extract.records import ActorMention
from events.extract.status import _words
from events.extract.triggers import TriggerMention
from events.temporal.caseless import Caseless
from events.temporal.ruleset import alternation, load_tables

SOURCE_KINDS = {"media", "organisation"}


def reports_only(actor: ActorMention) -> bool:
    """Is a speaker only a source (an outlet, a monitor, an aid agency), whose saying is no news of its own? An
    organisation that is a party's political body (actors.toml member_of: the Syrian National Coalition of the Syrian
    opposition) speaks as that party: "The Syrian Coalition has declared the entire province of Idlib a disaster area"
    is the guide's statement by a named party."""
    return actor.kind in SOURCE_KINDS and not (actor.kind == "organisation" and actor.acts_for)
# Bodies of states (UN, AU, NATO, ...) act in diplomacy, but a violent event told near them is not theirs: like
# outlets and monitors they are never its agent by position.
BYSTANDER_KINDS = SOURCE_KINDS | {"intergovernmental"}
# "a claim from X", "condemned by X", "condemned by members of X"
SPEAKER_AFTER = Caseless(r"^\s+(?:from|by|of)\s+(?:the\s+)?(?:(?:members|leaders|officials|states|governments)\s+of\s+(?:the\s+)?)?$")
COORDINATION = Caseless(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?")
# "It is accused by human rights groups of ...", "has been accused of committing war crimes ... by insurgent groups": a
# speech verb in the passive is spoken by its agent after "by" (none named there: no party speaks), never by its subject;
# not through another participle, whose "by" is its own ("accused of attacks carried out by militias").
PASSIVE_AUX_BEFORE = Caseless(r"\b(?:is|are|was|were|been|being)\s+(?:(?:also|widely|repeatedly|often|now)\s+)?$")
AGENT_BY_OR_END = re.compile(r"\bby\s+(?:the\s+)?(?=\S)|[.;!?]", re.IGNORECASE)  # the agent's "by", or the sentence's end
AGENT_HEAD = Caseless(r"(?:(?:members|leaders|officials|states|governments)\s+of\s+(?:the\s+)?)")
PARTICIPLE_WORD = re.compile(r"\b[a-z]+(?:ed|en)\b")
PASSIVE_REACH = 120  # characters from the verb to its agent
# "the gas attack that Washington has blamed on Assads forces": after "has", "have" or "had" a participle is the active
# perfect, its object moved before its subject; "blamed on" tells who blames, not whom a passive is about.
PERFECT_AUX_BEFORE = Caseless(r"\b(?:has|have|had)\s+(?:(?:also|already|long|repeatedly|[a-z]+ly)\s+)?$")
VICTIM_AFTER = Caseless(r"^\s*(?:[\w-]+\s+){0,2}?(?:members|fighters|soldiers|troops|militants|jihadists|rebels|personnel|"
                        r"officers|commanders?|men)?\s*(?:were|was|have been|had been|has been)\s+(?:also\s+)?(?:among\s+(?:those\s+|the\s+)?)?"
                        r"(?:killed|executed|wounded|dead)\b")
NUMBER_BEFORE = Caseless(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores|several)"
                         r"\s+(?:[\w-]+\s+)?$")
BARE_DEATH = Caseless(r"^\s*(?:[\w-]+\s+){0,2}?(?:killed|dead|died|executed)\b")
CONTROLLER = Caseless(r"\b(?:held|controlled|run|besieged|occupied)\s+by\s+(?:the\s+)?$")
CONTROLLED = Caseless(r"^(?:-|\s)?(?:held|controlled|run|besieged)\b|^\s+(?:town|city|village|areas?|territory|stronghold|bastion|"
                      r"positions?|posts?|neighbou?rhoods?|districts?|enclave|headquarters|base)\b")
KILL_BEFORE = Caseless(r"\b(?:kill|kills|killed|killing|execute[sd]?|executing|eliminat\w+|behead\w*)\s+(?:(?:at least|more than|over|about|some|nearly)\s+)?"
                       r"(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores|several|tens"
                       r"|a|an|the)\s+(?:[a-z][\w-]*\s+)?)?$")
FROM_AFTER_TRIGGER = Caseless(r"^\s+(?:from)\s+(?:the\s+)?(?:[\w-]+\s+)?$")  # "warplanes from the coalition"
# "had been wrested back from the insurgents", "recaptured the town from IS": ground is taken from whoever held it
# (not "fighters from Al-Qaeda affiliate Al-Nusra Front": the force's own side)
TAKEN_FROM = Caseless(r"(?<!fighters )(?<!members )(?<!militants )(?<!troops )(?<!forces )(?<!units )(?<!jihadists )(?<!rebels )"
                      r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?$")
CAPTURE_TYPE = "ground_offensive"  # the type whose verbs tell a capture (cues.toml [events] subordinate_capture)
OBJECT_BEFORE = Caseless(r"\b(?:destroy(?:s|ed)?|hit|hits|target(?:s|ed)?|struck|strikes?|pound(?:s|ed)?|attack(?:s|ed)?|repel(?:s|led)?|"
                         r"push(?:es|ed)?|expel(?:s|led)?|bomb(?:s|ed)?|shell(?:s|ed)?|ambush(?:es|ed)?|defeat(?:s|ed)?|drive[sn]?|drove|"
                         r"thwart(?:s|ed)?|foil(?:s|ed)?|frustrate[sd]?|repulse[sd]?|fend(?:s|ed)?\s+off|fought\s+off|fights?\s+off)"
                         r"\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "were hit by multiple drone strikes", "was struck in an air raid": the subject of a passive is what the trigger hit.
PASSIVE_BEFORE = Caseless(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:hit|struck|targeted|attacked|bombed|shelled|"
                          r"pounded|rocked|destroyed|damaged|killed|wounded|injured)\s+(?:by|in)\s+(?:[\w-]+\s+){0,3}$")
ASIDE_REACH = 160  # characters before a speech verb searched for a participle aside (speaker), the aside's own 100 and more
PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+(?:ing|ed)\b[^,;]{0,100},\s*(?:(?:also|then|later|again|\w+ly)\s+)?(?:(?:has|have|had)\s+)?$")
CLAUSE_START = Caseless(r"\W*(?:(?:the|a|an)\s+)?")
# "Iran Saturday condemned the bombing of U.S. embassies ..., and expressed sympathy": a verb coordinated to the one
# before it, with no subject of its own, shares the clause's subject, not the last name of the predicate before it.
COORDINATED_VERB = Caseless(r"\b(?:and|but)\s+(?:(?:also|then|later|[a-z]+ly)\s+)?$")
SENTENCE_OPENING = Caseless(r"\W*(?:[a-z]+,\s+)?(?:(?:the|a|an)\s+)?")  # "Indeed, French President Francois Mitterrand said"
SPEECH_AFTER = Caseless(r"\W*(?:\w+\s+){0,3}?(?:said|says|say|claimed|claims|reported|reports|told|accused|announced|stated|described|describes|"
                        r"condemned|condemns|denounced|denounces|deplored|deplores|decried|decries|blamed|blames|critici[sz]ed|critici[sz]es|warned|warns)\b")
OWNER_GAP = re.compile(r"['’]s\s+")
ENVOY_AFTER = Caseless(r"\s+(?:ambassador|envoy|representative|delegate|delegation|mission)\b")
SELF_CLAIM = Caseless(r"\s+(?:that\s+)?(?:it|they|its|their)\b")
# "by the coalition", "by either Russian or regime warplanes", "by aircraft belonging to the Syrian government"; with an
# indefinite article too ("airstrikes conducted by a US-led coalition").
AGENT_BEFORE = Caseless(r"\bby\s+(?:(?:either|both)\s+)?(?:the\s+|an?\s+)?(?:(?:aircraft|warplanes?|jets?|planes?|helicopters?|forces|troops|"
                        r"fighters|gunmen|militants|members)\s+(?:belonging\s+to|of|from|loyal\s+to)\s+(?:the\s+)?)?$")
# "clashes between the army and rebels", "infighting among Faylaq al-Rahman Jaysh al-Islam and Nusra": every party fought.
BETWEEN_AFTER = Caseless(r"^\s+(?:(?:erupted|broke\s+out|raged|continued|raging|continuing)\s+)?(?:between|among|amongst)\s+(?:the\s+)?$")
# "killed in clashes with Syrian Kurdish fighters", "government forces clashed with IS terrorists": the one clashed with
# fought too (a party, like those "between"), for the clashes type only (an attack "with" names its means or a victim).
# Not the absolute "with" ("the fighting with Britain France and the United States demanding Russia rein in its
# ally"): names, then a participle, tell a circumstance, not who was fought.
WITH_AFTER = Caseless(r"^\s+with\s+(?:the\s+)?$")
ABSOLUTE_WITH = re.compile(r"(?:[A-Z][\w'’.-]*|and|the|,|\s)+?\s(?:[a-z]+ing)\b")
CLASHES_TYPE = "clashes"
PARTY_GAP = Caseless(r"\s*(?:,|and|,\s*and|&)?\s*(?:the\s+)?")
# A name right before a trigger noun, or its possessive, says whose act it is.
MODIFIER_GAP = re.compile(r"(?:['’]s)?\s+|['’]s\s+|s\s+")
# "Four more militants were killed in an army operation against their gathering": a name heading an operation noun
# (cues.toml [roles] acts) right after "in a/an" did the violence told before it.
IN_ACT_GAP = Caseless(r"^\s+in\s+(?:an?\s+)?$")
ALTERNATIVE = Caseless(r"\s*(?:,|and|or|,\s*and|,\s*or|&)\s*(?:the\s+)?")
TARGET_BEFORE = Caseless(r"\b(?:against|on|targeting|targeted|at|hit|hitting|struck|striking|killing|killed|kill|kills|attacked|attacking|"
                         r"shelled|shelling|bombed|bombing|over|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$")


@dataclass(frozen=True)
class RoleRules:
    """cues.toml [roles], compiled once per Dictionaries."""

    aerial: Caseless
    air_force_kinds: frozenset[str]
    not_agent_by: Caseless
    kind_of: dict
    passive_speech: Caseless
    possessor: Caseless  # "Saddam Hussein's codefendants", "Laden's extradition": whose thing, not who acts
    inverted_speech: frozenset[str]
    title_words: frozenset[str]
    subject_after: re.Pattern
    official_titles: frozenset[str]
    monitors: frozenset[str] = frozenset()  # bodies that count violence: never an actor of a violent event
    investigators: frozenset[str] = frozenset()  # law enforcement as written: never lent as violence's agent
    act_head: re.Pattern = re.compile(r"(?!)")  # an operation noun ([roles] acts) ending a name or right after it


@lru_cache(maxsize=8)
def role_rules(dictionaries) -> RoleRules:
    cues = dictionaries.cues.get("roles", {})
    aerial = alternation(cues.get("aerial", ()))
    participles = "|".join(re.escape(w) for w in cues.get("not_agent_by", ())) or r"(?!)"
    # A possessive before a word that is no force, title or event noun ("Russia's air force", "Kenya's trade minister"
    # act).
    # An event noun says whose act it is ("Albright's one-day trip", "Saddam's message").
    nouns = {n for spec in dictionaries.types.values() for n in spec.nouns}
    # A trie (one try of each opening) rather than the words one by one: a look-ahead asks only whether some word fits.
    acting = alternation({w.lower() for w in (*dictionaries.state_rules.force_words, *dictionaries.state_rules.titles, *nouns)},
                         flexible_spaces=True, ignore_case=True)
    title_words = frozenset(w.lower() for w in cues.get("title_words", ()))
    possessor = Caseless(rf"['’]s\s+(?!(?:[a-z][\w-]*\s+){{0,2}}?(?:{acting})\b)(?-i:[a-z])")
    return RoleRules(Caseless(rf"\b(?:{aerial})"), frozenset(cues.get("air_force_kinds", ())),
                     Caseless(rf"\b(?:{participles})\s+by\s+(?:the\s+|an?\s+)?$"),
                     {a.name: a.kind for a in dictionaries.actors}, _words(tuple(cues.get("passive_speech", ()))), possessor,
                     frozenset(w.lower() for w in cues.get("inverted_speech", ())), title_words, _subject_after(title_words),
                     frozenset(w.lower() for w in cues.get("official_titles", ())), frozenset(cues.get("monitors", ())),
                     frozenset(w.lower() for w in cues.get("investigators", ())),
                     re.compile(rf"(?:\s+)?(?:{alternation(cues.get('acts', ()))})\b", re.IGNORECASE))


def _heads_act(text: str, actor: ActorMention, rules: RoleRules) -> bool:
    """Does the name end in an operation noun ("army operation") or head one ("a Turkish operation")?"""
    words = actor.text.split()
    return bool(words and rules.act_head.fullmatch(words[-1])) or rules.act_head.match(text, actor.end) is not None


def can_fly(actor: ActorMention, rules: RoleRules) -> bool:
    """Whether an actor (or the state a person or outlet acts for) has an air force."""
    return actor.kind in rules.air_force_kinds or rules.kind_of.get(actor.acts_for, "") in rules.air_force_kinds


def may_do_it(event, actor: ActorMention, dictionaries) -> bool:
    """Whether ``actor``, an agent told elsewhere, can be the agent of ``event``: not a side the event hit, not law
    enforcement (cues.toml [roles] investigators: the police of a crime story investigate it), and for an air strike
    an actor with an air force."""
    if actor.role != "agent":
        return False
    rules = role_rules(dictionaries)
    if actor.written in rules.investigators:
        return False
    hit = {side for a in event.actors if a.role == "target" for side in (a.name, a.acts_for) if side}
    if {actor.name, actor.acts_for} & hit:
        return False
    if unsided_ally(event, actor):
        return False
    return not rules.aerial.search(event.trigger) or can_fly(actor, rules)


def unsided_ally(event, actor: ActorMention) -> bool:
    """An unknown group (kept as written, no side in the dictionaries) told as the agent elsewhere is not lent to an
    event that hit an armed group: it may be that group's ally ("175 Nusra Terrorists Killed ... militants from the
    Nusra Front and its allied terrorists of Faylaq al-Sham mounted an attack ... the army launched a counter-offensive
    killing 29": the dead were killed by the army, not by Faylaq al-Sham)."""
    return not actor.known and any(a.role == "target" and a.kind == "armed group" for a in event.actors)


def participle_aside(text: str, start: int, trigger: TriggerMention) -> re.Match | None:
    """A participle set off by commas right before the verb ("Kikwete, speaking at a news conference with Albright,
    said"; "Gonzalez, backed by Castro, has demanded"), searched from ``start``: None when no comma is within 16
    characters of the verb."""
    comma = text.rfind(",", start, trigger.start)
    return PARTICIPLE_ASIDE.search(text, start, trigger.start) if 0 <= trigger.start - comma <= 16 else None


def speaker(text: str, trigger: TriggerMention, actors: list[ActorMention], rules: RoleRules | None = None) -> ActorMention | None:
    """Who makes a statement: "a claim from X", "X said", "X, who ... called on"; in the passive ("killings blamed on
    the IRA", cues.toml [roles] passive_speech) only one named after "by". The speaker is the head of the verb's
    subject, with its title ("Rami Abdel Rahman, director of the Syrian Observatory", "U.N. spokesman Stephane
    Dujarric"): a name told in an earlier clause or a relative clause is not who speaks, and a subject the product does
    not know ("..., said the Britain-based group", '"...," Abdel Rahman said') is no named party (see _subject)."""
    after = [a for a in actors if a.start >= trigger.end and SPEAKER_AFTER.match(text[trigger.end:a.start])]
    if after:
        return after[0]
    if (trigger.tense == "past" and PASSIVE_AUX_BEFORE.search(text, max(0, trigger.start - 24), trigger.start)
            and (by := AGENT_BY_OR_END.search(text, trigger.end, min(len(text), trigger.end + PASSIVE_REACH))) is not None
            and by.group()[:2].lower() == "by" and not PARTICIPLE_WORD.search(text, trigger.end, by.start())):
        return next((a for a in actors if by.start() + 2 < a.start <= by.end()
                     or (a.start > by.end() and AGENT_HEAD.fullmatch(text, by.end(), a.start))), None)
    if (rules is not None and rules.passive_speech.match(text, trigger.start)
            and not PERFECT_AUX_BEFORE.search(text, max(0, trigger.start - 24), trigger.start)):
        return None
    if rules is not None and trigger.tense in ("past", "present"):
        found, subject = _subject(text, trigger, actors, rules)
        if found:
            return subject
    before = [a for a in actors if a.end <= trigger.start]
    aside = participle_aside(text, max(0, trigger.start - ASIDE_REACH), trigger) if before else None
    if aside is not None:
        # "Some of the family's backers, fearing that the girl would be used as a pawn by Moscow, have said": a name inside
        # a participle set off by commas before the verb is what that participle is about, never who speaks (as in
        # assign_roles); the subject before it, when the product does not know it, leaves no named speaker.
        before = [a for a in before if not aside.start() <= a.start < aside.end()]
    if before and rules is not None and named_in_phrase(text, before[-1], trigger, rules):
        before = before[:-1]  # "The brother of Raul Castro said": whose brother speaks
    if trigger.tense == "ing":
        # "Elian's Miami relatives are fighting to keep the boy in the United States, saying they can give him a better
        # life": a participle's speaker is its clause's subject, never a name governed by a preposition ("in the
        # United States"). "with the opposition accusing the government" names its speaker after "with", a passive's
        # "by" its agent: not these.
        before = [a for a in before if not PLACE_OR_OBJECT_BEFORE.search(text, max(0, a.start - 12), a.start)]
    if len(before) > 1 and OWNER_GAP.fullmatch(text, before[-2].end, before[-1].start) and ENVOY_AFTER.match(text, before[-1].end):
        return before[-2]  # "Turkey's U.N. ambassador said": the body names where the envoy is sent, the state speaks
    return before[-1] if before else None


# "a friend of Yitzhak Rabin's assassin said", "a Republican critic of Obamas Syria policy said": a person named after
# "of" with a noun before it that is no title names whose friend or critic speaks, not who speaks ("a spokesman of X",
# "Secretary of State Madeleine Albright said" are not these: the person or his party speaks).
SPEECH_ROLE_TYPES = frozenset({"statement", "accusation", "proposal"})  # the speech types named_in_phrase is asked for
NOUN_OF_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its)[ \t]+(?:[\w-]+[ \t]+)?(?P<noun>[a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")
PHRASE_GAP = re.compile(r"[^.;:!?\"“”]{0,40}")


def named_in_phrase(text: str, actor: ActorMention, trigger: TriggerMention, rules: RoleRules) -> bool:
    """Whether a person named before a speech verb is inside another noun's "of" phrase, not the verb's subject."""
    if actor.kind != "person" or not PHRASE_GAP.fullmatch(text, actor.end, trigger.start):
        return False
    of = NOUN_OF_BEFORE.search(text, max(0, actor.start - 40), actor.start)
    return of is not None and of.group("noun") not in rules.title_words and of.group("noun") not in rules.official_titles


# The subject of a speech verb, as a run of name and title words: capitalised words ("U.S.", "Abdel"), hyphenated words
# ("Britain-based"), and cues.toml [roles] title_words ("director of the", "spokesman for").
_NAME_TOKEN = r"[A-Z][\w'’-]*(?:\.(?:[A-Z]\.)*)?"
_SUBJECT_END = (r"(?=[.!?]?[\"'”’]*[ \t]*(?:\n|$)|(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!Gen)(?<!Col)(?<!Lt)(?<!Sen)(?<!Rep)(?<!Gov)(?<!St)"
                r"[.!?][\"'”’]*\s|\s*[,;:]"
                r"|[ \t]+(?:in|on|at|during|after|according|who|which|when|while)\b)")


def _subject_after(title_words: frozenset[str]) -> re.Pattern:
    titles = alternation(title_words)
    token = rf"(?:{_NAME_TOKEN}|[a-z]+-[\w-]+|(?:the|a|an|of|for|to|and|{titles})\b)"
    return re.compile(rf"[ \t]+(?P<np>{token}(?:,?[ \t]+{token}){{0,19}}){_SUBJECT_END}")


# Up to four name words; the first opens the regex, what comes before it read by a look-behind, so that the engine
# skips ahead to the window's capitals.
NAME_BEFORE = re.compile(r"(?P<np>[A-Z](?<![\w'’-].)[\w'’-]*(?:\.(?:[A-Z]\.)*)?(?:[ \t]+[A-Z][\w'’-]*(?:\.(?:[A-Z]\.)*)?){0,3})"
                         r"(?:[ \t]+(?:also|later|then|again|further|earlier|has|have|had|[a-z]+ly|(?:on[ \t]+)?[A-Z][a-z]+day))*[ \t]*$")
# "Kimotho, who was hospitalized with a head wound, said": what a relative clause names is not the subject.
RELATIVE_BEFORE = re.compile(r",[ \t]*(?:who|which)\b[^,;.\"“”]{0,140},[ \t]*(?:(?:also|later|then|again|[a-z]+ly)[ \t]+)*$")
# Words that open a time, not a name ("said Tuesday", "said last week"): the temporal tables' months and weekdays.
TIME_WORDS = frozenset({"today", "yesterday", "tonight", "last", "this", "earlier",
                        *load_tables()["months"], *load_tables()["weekdays"]})
NOT_NAME = TIME_WORDS | frozenset({"the", "a", "an", "that", "these", "those", "it", "he", "she", "they", "we", "i", "in", "on",
                                    "at", "but", "and", "or", "as", "after", "before", "when", "while"})
BODY_NAMED = re.compile(r"\b(?:of|for|at|with)\b")  # "president of Safaricentre International": the body is named
PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|from|near|at|on|to|for|with|by|into|across|outside|inside|around)[ \t]+(?:the[ \t]+)?$")
PLACE_OR_OBJECT_BEFORE = re.compile(r"\b(?:in|of|from|near|at|on|to|for|into|across|outside|inside|around)[ \t]+(?:the[ \t]+)?$")
# "EU's diplomatic chief Federica Mogherini", "the Hungarian foreign minister, Janos Martonyi": up to five words of a
# title (capitalised, or cues.toml [roles] title_words).
TITLE_GAP = re.compile(r"(?:['’]?s)?,?(?P<words>(?:[ \t]+[\w.'’-]+){0,5}),?[ \t]+")


def _subject(text: str, trigger: TriggerMention, actors: list[ActorMention], rules: RoleRules) -> tuple[bool, ActorMention | None]:
    """(found, speaker) from the subject of a speech verb. Inverted ('..., said Rami Abdel Rahman director of the
    Syrian Observatory'): the first actor in the words after the verb, which run to the sentence's end. Before the verb:
    a name the product knows, or one it does not preceded by its title's actor ("U.N. spokesman Stephane Dujarric");
    a name it does not know with no such title is a subject of its own, not the last actor of an earlier clause.
    Nothing found: (False, None), and the caller keeps the last actor before the verb."""
    if trigger.text.lower() in rules.inverted_speech:
        inverted = rules.subject_after.match(text, trigger.end)
        if inverted is not None and inverted.group("np").split()[0].lower().strip(",.") not in TIME_WORDS:
            start, end = inverted.span("np")
            # The words before the verb are what is said, so a subject with no actor the product knows ("said Jalal
            # Ebrahim, president of Safaricentre International") leaves no speaker, never a name from those words; only a
            # bare official title ("said spokesman Colonel Chris Garver") speaks for the body the story is about.
            found = next((a for a in actors if start <= a.start < end and (a.known or a.acts_for)), None)
            np = inverted.group("np")
            return found is not None or not _official(np, rules) or BODY_NAMED.search(np) is not None, found
    head = max(0, trigger.start - 200)
    end = trigger.start
    aside = RELATIVE_BEFORE.search(text, head, end) if text.rfind(",", max(head, end - 24), end) >= 0 else None
    if aside is not None:
        end = aside.start()
    name = NAME_BEFORE.search(text, max(head, end - 60), end)
    if name is None:
        return False, None
    start, stop = name.span("np")
    known = [a for a in actors if a.start < stop and a.end > start]
    if known:
        return True, known[-1]
    words = name.group("np").split()
    if any(w.lower().strip(".") in NOT_NAME for w in words) or PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return False, None  # "in Douma said": a place in a phrase, not the subject
    opening = text[max(0, start - 3):start].strip()
    if len(words) == 1 and (start == 0 or opening[-1:] in ".!?\n" or not opening):
        return False, None  # "Officials said", "Police said": a sentence's first word is capitalised anyway
    titled = _titled(text, start, actors, rules)
    if titled is not None:
        return True, titled
    if _official(re.split(r"[,;:.\"“”]", text[max(0, start - 60):start])[-1], rules):
        return False, None  # "FBI agent Bernard Tolbert said": an official of a body the product does not know
    return True, None


def _titled(text: str, start: int, actors: list[ActorMention], rules: RoleRules) -> ActorMention | None:
    """The party whose title a name at ``start`` bears: "EU's diplomatic chief Federica Mogherini" the EU; along a chain
    of titles the first ("The U.S. ambassador to Poland, Dan Fried": the United States, Poland being where he serves)."""
    found = None
    for actor in reversed([a for a in actors if a.end <= start]):
        gap = TITLE_GAP.fullmatch(text, actor.end, start)
        if start - actor.end > 60 or gap is None or not all(
                w[:1].isupper() or w.lower().strip(",.") in rules.title_words for w in gap.group("words").split()):
            break
        found, start = actor, actor.start
    return found


def _official(words: str, rules: RoleRules) -> bool:
    return any(w.strip(",.").lower() in rules.official_titles for w in words.split())


def _reports_others(text: str, actor: ActorMention, trigger: TriggerMention) -> bool:
    """ "Kerry said ... bombings": the speaker is the source. "DAESH said that it killed": a claim of its own act."""
    speech = SPEECH_AFTER.match(text, actor.end, min(trigger.start, actor.end + 40))
    return speech is not None and not SELF_CLAIM.match(text, speech.end(), trigger.start)


def assign_roles(text: str, clause: tuple[int, int], trigger: TriggerMention, actors: list[ActorMention], violent: bool,
                 rules: RoleRules | None = None, sentence_start: int | None = None) -> list[ActorMention]:
    """Agent and target of one event; see the module docstring of docs/extraction.md ("Roles"). ``sentence_start``: where
    the clause's sentence opens, for the subject a coordinated verb shares."""
    roles: dict[int, str] = {}
    grounded: set[int] = set()
    if rules is not None and violent and rules.aerial.search(trigger.text):
        # Air strikes are flown by air forces: an armed group is never their agent (it may be their target).
        grounded = {id(a) for a in actors if not can_fly(a, rules) and not a.start <= trigger.start < a.end}
    by_agent: ActorMention | None = None
    party: ActorMention | None = None
    fought_with: set[int] = set()  # named after "clashes with": a party, unless its own dead are what the clause tells
    for actor in actors:
        head = text[max(clause[0], actor.start - 45):actor.start]
        tail = text[actor.end:actor.end + 60]
        if actor.kind in (BYSTANDER_KINDS if violent else SOURCE_KINDS):
            roles[id(actor)] = ""
        elif actor.start <= trigger.start < actor.end:
            roles[id(actor)] = "agent"  # "Russian airstrikes", "US-led strikes"
        elif (trigger.tense == "noun" and id(actor) not in grounded and actor.end <= trigger.start
              and MODIFIER_GAP.fullmatch(text, actor.end, trigger.start)):
            roles[id(actor)] = "agent"  # "An Islamic State counteroffensive", "a Daesh counterattack", "Turkey's shelling"
        elif violent and CONTROLLER.search(head):
            roles[id(actor)] = "target"  # "a town held by Daesh"
        elif (trigger.type == CAPTURE_TYPE and trigger.tense != "noun" and actor.start >= trigger.end
              and TAKEN_FROM.search(head)):
            roles[id(actor)] = "target"  # "wrested back from the insurgents": the side the ground was taken from
        elif id(actor) not in grounded and actor.start >= trigger.end and (
                (AGENT_BEFORE.search(head) and not (rules and rules.not_agent_by.search(head)))
                or (actor.start - trigger.end <= 30 and FROM_AFTER_TRIGGER.match(text[trigger.end:actor.start]))
                or (by_agent is not None and ALTERNATIVE.fullmatch(text, by_agent.end, actor.start))):
            roles[id(actor)] = "agent"
            by_agent = actor  # "by Russian or regime warplanes": both are named as who did it
        elif (violent and rules is not None and id(actor) not in grounded and actor.start >= trigger.end
              and IN_ACT_GAP.match(text[trigger.end:actor.start]) and _heads_act(text, actor, rules)):
            roles[id(actor)] = "agent"  # "killed in an army operation"
        elif (violent and id(actor) not in grounded and actor.start >= trigger.end
              and (BETWEEN_AFTER.match(text[trigger.end:actor.start])
                   or (party is not None and PARTY_GAP.fullmatch(text, party.end, actor.start)))):
            roles[id(actor)] = "agent"
            if party is not None and id(party) in fought_with:
                fought_with.add(id(actor))  # "clashed with al-Nusra and Jund al-Aqsa terrorists"
            party = actor
        elif (violent and trigger.type == CLASHES_TYPE and id(actor) not in grounded and actor.start >= trigger.end
              and WITH_AFTER.match(text[trigger.end:actor.start]) and not ABSOLUTE_WITH.match(text, actor.start, actor.start + 80)):
            roles[id(actor)] = "agent"
            fought_with.add(id(actor))
            party = actor
        elif violent and (KILL_BEFORE.search(head) or VICTIM_AFTER.match(tail)  # CONTROLLER: ruled out above
                          or CONTROLLED.match(tail) or (NUMBER_BEFORE.search(head) and BARE_DEATH.match(tail))
                          or (actor.start >= trigger.end and TARGET_BEFORE.search(head))):
            # Victims ("kills 10 terrorists", "Four Hezbollah members were killed"), who holds the place hit
            # ("IS-held", "held by Daesh"), and what the attack was aimed at ("airstrikes on ...").
            roles[id(actor)] = "target"
    # The subject: the last other name before the trigger, with names coordinated to it
    # ("The United States and Russia are preparing").
    # The speaker of "X said ... airstrikes" is the source, not the one who struck.
    # Nobody is told attacking its own side: a name of the side whose dead are told before the trigger is not
    # its subject ("Daesh on the Run ... 30 Terrorists Killed", the terrorists being Daesh).
    hit = {side for a in actors if roles.get(id(a)) == "target" and a.end <= trigger.start for side in (a.name, a.acts_for) if side}
    # "An army unit clashed with ISIS terrorists ... killing 9 terrorists": the side clashed with whose dead the clause
    # counts is told as hit, not as a hand (it would join the army's act to any other act told of that side).
    dead = {side for a in actors if roles.get(id(a)) == "target" for side in (a.name, a.acts_for) if side}
    for a in actors:
        if id(a) in fought_with and a.name in dead:
            roles[id(a)] = "target"
    # A person acting for no side ("local journalist Zouhir al-Shimale placed the death toll from the air raids at 50")
    # is a witness, a source or a victim of violence told near him, not who did it.
    # "A lawyer for Saddam Hussein's codefendants was killed when gunmen opened fire": a name owning the noun after it
    # is inside that noun's phrase, not who struck.
    before = [a for a in actors if a.end <= trigger.start and id(a) not in roles and id(a) not in grounded
              and not (violent and (_reports_others(text, a, trigger) or {a.name, a.acts_for} & hit
                                    or (a.kind == "person" and not a.acts_for)
                                    or (rules is not None and rules.possessor.match(text, a.end))))]
    if not violent and rules is not None and trigger.type in SPEECH_ROLE_TYPES:
        # "a friend of Yitzhak Rabin's assassin said": the person names whose friend speaks (named_in_phrase).
        before = [a for a in before if not named_in_phrase(text, a, trigger, rules)]
    aside = participle_aside(text, clause[0], trigger)
    if aside is not None and (any(a.end <= aside.start() for a in before)
                              or (not violent and trigger.type in SPEECH_ROLE_TYPES)):
        # "Tanzanian Foreign Minister Jakaya Kikwete, speaking at a joint news conference with Albright, said": the
        # name inside a participle set off by commas is not the subject of the verb after it. A speech's: not even when the
        # subject is a name the product does not know ("Gonzalez, backed by Castro, has demanded": no speaker, not Castro).
        before = [a for a in before if not aside.start() <= a.start < aside.end()]
    if len(before) > 1 and OWNER_GAP.fullmatch(text, before[-2].end, before[-1].start) and ENVOY_AFTER.match(text, before[-1].end):
        before = before[:-1]  # "Turkey's U.N. ambassador said": the state's envoy, sent to the body
    if len(before) > 1 and OBJECT_BEFORE.search(text, max(clause[0], before[-1].start - 25), before[-1].start) \
            and CLAUSE_START.fullmatch(text, clause[0], before[0].start) \
            and not SPEECH_AFTER.match(text, before[0].end, min(trigger.start, before[0].end + 40)):
        # "Russian Aerospace Forces destroy ISIS oil stations, kill 77": the name after a verb is its object;
        # the clause's subject did it.
        before = before[:1]
    if (not violent and trigger.tense != "noun" and len(before) > 1 and COORDINATED_VERB.search(text, max(clause[0], trigger.start - 16), trigger.start)
            and SENTENCE_OPENING.fullmatch(text, min(clause[0], before[0].start if sentence_start is None else sentence_start), before[0].start)):
        first = 1
        while first < len(before) and COORDINATION.fullmatch(text[before[first - 1].end:before[first].start]):
            first += 1
        before = before[:first]  # the clause's subject, with the names coordinated to it
    if violent and PASSIVE_BEFORE.search(text, max(clause[0], trigger.start - 60), trigger.start):
        before = []  # "oil facilities belonging to Saudi Arabia's Saudi Aramco were hit by drone strikes": what was hit
    if not violent and by_agent is not None and trigger.tense == "past" and PASSIVE_AUX_BEFORE.search(text, max(clause[0], trigger.start - 24), trigger.start):
        before = []  # "The Assad regime has been accused of war crimes by insurgent groups": the subject is the one accused
    if before:
        roles[id(before[-1])] = "agent"
        for left, right in zip(reversed(before[:-1]), reversed(before[1:])):
            if not COORDINATION.fullmatch(text[left.end:right.start]):
                break
            roles[id(left)] = "agent"
    # A mention whose role stays as it was is returned as it is (a record is immutable): most are, and building each
    # again for every trigger of a sentence cost more than deciding the roles.
    return [a if a.role == roles.get(id(a), "") else ActorMention(a.name, a.text, a.start, a.end, a.known, a.kind, a.acts_for,
                                                                   roles.get(id(a), "")) for a in actors]
