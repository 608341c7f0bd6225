"""Narrative dating: an article's events (numbered by sentence, in order) in, the same story told once and dated out.

    settle(numbered, published, dictionaries) -> numbered

A news report tells one story from its lead on, and most of its sentences carry no time expression of their
own. These rules give each event the date its narrative gives it, never a date the text does not support:
1. Retold: an undated violent event of the same family as a day- or week-dated violent event of the article (the headline
   "18 dead in IS attack" before the lead "IS attacked the town on Monday, killing 18", "the blast"; "an attack that day on
   an air base ... Seventeen rockets struck near the base": a generic word on either side is any violence), with no
   toll or place of its own that differs and no word that says it is another ("also", "too", "another attack", "separately";
   "another man died" is one more victim), is that event told again: it is folded into it (it adds the actors, place
   and toll the first telling lacks). A title-case headline retells the body's violence whatever its word (the body's sentence is then the evidence;
   so it is for an opening line told as a headline in lower case, short, undated and with no auxiliary, when the body
   counts the dead: "8 persons killed 58 others injured in terrorist rocket attacks on Aleppo city"); when neither is dated, it is the first violence
   the body tells that happened, unless told apart (the headline's kind stands for a generic "the attack"). The opening
   headline's figures do not tell it apart from the body's first violence, dated: a headline sums the days' counts or
   gives the latest ("57 Civilians killed 150 Injured in Continued Terrorist Attacks on Aleppo." over the lead's 18 killed
   yesterday); that telling keeps its sentence and figure. A toll
   dated only by the reporting verb told after it ("At least 82 were killed, officials said as dawn broke Saturday")
   is a count told on: folded the same way into violence dated by its own words, it gives a toll, not its day nor its
   sentence. Where none takes it in, the violence dated by its own words that the next ANCHOR_REACH sentences tell (on a
   day or week begun by the telling's day: "... had been killed in battles since Wednesday afternoon", '"ISIL executed
   eight men" on Saturday') dates it (basis ``anchored``): the report's day is not the happening's. A vague toll ("scores of people killed") and a figure in its range are one count, and so are an open one
   ("over 19") and a figure from the number it names to the next step of it; deaths told without their cause take the
   type of the violence they are folded with. Where nothing dates the story, two undated tellings of one family that
   count the same dead (three or more) are one happening; so is undated violence that no story dates (rule 2), told after
   undated violence of its family in its words (a word of its trigger: "a missile attack" after "launched a missile"), as
   deaths told without their cause ("Among the killed militants is ...") or as violence of its very type at the very place
   it named ("fired rockets at a hospital in Aleppo" ... "a missile attack on the hospital in Aleppo"), unless told apart: two counts of their own, a place
   of its own sentence where the first names none or one that does not hold the first's, a scene it opens on ("In Hama army
   units ..."), victims or targets counted on ("three other persons", "another hospital", "more gatherings"). An air
   campaign told in its own words ("have intensified aerial attacks") and one day's strike are two happenings, never folded
   into each other (a headline still is); so are strikes told as many over a span of days or weeks ("came under intense
   airstrikes over the past few days", "In recent weeks regime helicopters ... have struck", cues.toml [events] series_span): a campaign, which rule 2 does not anchor to a day
   either; so is an offensive told as going on ("amid an intensified regime offensive", _going_on). A toll broken down by place right after the count it breaks down ("... killed at least 21 civilians ...
   At least 15 civilians were killed in raids in a northern district of Manbij while six others were killed in a
   village near the city"; cues.toml [events] toll_breakdown), its parts adding up to no more than that count told in
   the two sentences before, is that count told again: folded into it, which keeps its sentence and figure.
   (1c) A person's killing dated to a month or a year ("the October 1998 shooting death of Dr. Barnet Slepian") told
   again undated ("Slepian was killed by a single gunshot"), or with a coarser date of its own that holds the first's,
   is that killing whatever word tells it, when the later sentence names the person the first names as acted on and
   nothing tells them apart (_victim_retold); the dated telling keeps its sentence.
2. Anchored: an undated event that happened (occurred, reported, denied) told within ANCHOR_REACH sentences
   after a dated event of the same kind (violence after violence; speech or diplomacy after speech or
   diplomacy by the same party: "X said on Friday ... X added", in the same paragraph or after a paragraph of that
   one sentence, as wire copy writes them; a paragraph of several sentences ends the story) is part of that day's
   story and takes its date (basis ``anchored``); violence told in the next sentence of a dated happening's paragraph
   of another kind takes its day when no violence nearby dates it ("On Aug. 7, Bushnell had just ended a news
   conference ... They were talking when the bomb went off"). Nothing told in the present perfect right before its
   trigger ("has accused", "have shelled") is anchored: it places no day told before. Another party's reaction is the news of the report's day (rule 3). A statement told after a
   violent event is not dated by it: it is the news of the report's day (rule 3). Only day and week dates
   anchor: "in 2003" does not date what the next sentence tells. Further on, violence takes the day of the
   nearest dated violent happening told before it when that one is of its type ("air strikes ... killed 44 people on
   Monday" ... five sentences on "Elsewhere air strikes on Douma killed 10"); a dated one of another type told between
   ends that story (one dated only by a month or a year, "Daraya, which fell to regime forces last year", is background
   told in passing and does not). A dated violent event that tells more of one
   told before on the same day (within ANCHOR_REACH sentences, or further on by the same side in that telling's
   words: "after Turkey began a military offensive on Wednesday ... On Wednesday, Turkey began a military offensive
   with airstrikes") is that event; what was folded into either stays. Two kinds of violence told in two clauses of one
   sentence ("helicopters struck as intense clashes were underway") are two happenings, not a detail of each other.
3. Publication: a statement, accusation, meeting, proposal, agreement, ceasefire or sanctions act by a named
   party, told as fact (occurred or reported, not planned or feared; a proposal told as made, "Russia proposed a
   draft resolution"), with no time expression, is the news of the report's day (basis ``publication``): wire copy
   reports the day's news.
4. A meeting, proposal or agreement left undated that names no party at all can be neither placed nor
   attributed: a background mention ("a series of peace conferences over the past year"), a description.
   It is dropped (the guide's non-events). Violence, abductions and protests stay even then, undated
   ("gunmen fired at al-Midan killing 3": unknown attackers are no actor), and so does anything with a
   party named. A statement or accusation with no speaker
   named is no news of its own, dated or not ("the agency said", "it added"): dropped too. So is a
   hypothetical event undated or dated only by the publication ("a deal if the UN could guarantee a cease-fire",
   "efforts are ongoing to negotiate a peaceful end"): it neither happened nor has a place in time; except violence a
   named party's noun phrase calls possible or threatened ("a possible strike against Iraq", "the threat of NATO air
   strikes against Milosevic"), the guide's hypothetical event, kept once, undated (``_named_possible``). A speech placed only after another event ("flew home after the press conference") with no speaker named
   is dropped as well.
5. A meeting, deal, truce or sanction named by a noun alone, in a sentence that tells none being held or made
   (cues.toml [events] held, made_by), with no date of its own or of its story, is a mention: dropped.
6. A named party's "said" in a sentence that tells another event is only that event's attribution ("the army
   said it killed 20 militants"), unless that event was told before and folded away as a retelling after the verb
   (a retelling quoted before it, '"Unknown gunmen opened fire ...," police officer Col. Ali Muhmoud told Xinhua', or
   named again before its speaker, "... among those killed in the mortar attack ... the Britain-based watchdog said", is
   still only attributed; nor is one told again after the verb by a past verb of its clause, "the General Staff said 14
   militants were killed during the shelling": what is said describes the happening, the guide's "merely describing"):
   then the speech is the news ("Berri said the murder of Gemayel was an attack on the state"), or that event is only named
   in it, not told: placed after another ("following the killing of X") or referred to in what is said ("said the
   murder of X was ...") or placing it ("Netanyahu says gaps remain before next week's talks"). A speech whose only
   violence is a war-wide count told after its verb, with no day told there ("the government said over 3,000 people died
   in the conflict"), describes the war, no news (events.extract.pipeline drops it with the count). Violence placed by
   "after" but told by a past verb ("pilots were killed after DAESH shot down a helicopter, the military was quoted as
   saying") is told, not presupposed: the speech is its attribution.
7. Named again: a violent noun told with a definite article or a possessive ("the blast", "Tuesday's bombing", "the
   Kenya embassy bombing") names a happening already told: it is folded into the nearest violent event told
   before that its own date and place allow (of two kinds told side by side in that sentence, the one of its family:
   "air strikes ... as intense fighting was underway ... killed in the strikes"), whatever toll it counts ("Twelve Americans were killed in the Kenya
   embassy bombing"; "The 11 Americans were killed", "the toll for both bombings": dead or happenings counted again).
   A date of its own that is a day inside the first telling's longer span ("bombings this month ... The embassy
   bombings, on Aug. 7") dates that happening more closely; neither telling dated, the story dates it where it is
   told again. With a date or a place of its own that differs ("the bombing of Talbiseh on Sunday") it is
   another event. So are talks, a deal, a truce or sanctions named again ("Iran said the talks had made progress"):
   folded into the last of their type told before, unless each has a date of its own and they differ.
8. One speech: a named person's or group's statement told after another statement or accusation of theirs on the same
   day is that speech told on ("Clinton condemned the bombing ... Clinton said the United States will not retreat"); so is
   one with no time expression of its own told after a dated speech of theirs ("... in his speech delivered Monday said
   ... The LTTE leader's policy speech has renewed fears"). Not one told by an announcing verb (cues.toml [events]
   announcing_verbs: "Albright announced a gift of medical supplies"): an announcement is news of its own.
9. Placed by another: a deal, truce or sanction named only to place another event ("strikes hit the city hours after
   the US and Russia announced a deal") that the article tells in its own right, dated, with a party in common (any of
   its actors: "before the signing ceremony" of NATO is the day three states joined NATO), is
   that one: folded into it. Told nowhere else, it stays, undated. So is a meeting named as one known ("told reporters
   shortly after the conclusion of the NATO summit"); other meetings are left apart (a visit holds several). So is
   violence named again with a determiner or a possessive only to place another event ("Prior to the Slepian's
   shooting, Kopp had traveled"; "headed to East Africa after the bombings that targeted U.S. embassies"): the dated
   violence of its family told in its own right, with no toll or place that differs, nearest before it, else after.
10. Before the story: an undated event told in the past perfect ("The United States had also levied individual
   sanctions against al-Muhandis") happened before the story's day: rules 2 and 3 do not date it.
11. One deal a day: a deal, truce or sanction that happened, dated the same day as one of its type told before, with a
   party in common or no party named on one side ("Presidents Kuchma of Ukraine and Yeltsin of Russia signed an economic
   cooperation plan Friday ... The two presidents on Friday signed the plan"), is that one told again: folded into it.
12. One trip planned: a planned meeting with no date, told after a dated planned meeting of the same party ("Mottaki will
   visit Pakistan this week for talks ... Mottaki was also expected to discuss the nuclear programme with Pakistani
   officials"), is more of that trip: folded into it; so is one of the same party dated by a day the trip's week holds,
   told of the same place ("... Mottaki -- who was due to arrive in Pakistan on Wednesday -- will be making his first
   visit"), which dates the trip to that day. (Meetings that happened are not folded so: a visit holds several.)
13. Met just before: a meeting that happened, placed by "after" (cues.toml [anchors] same_day) before another happening of
   its sentence dated to the day by its own words ("the deal clinched on Tuesday after intense talks"), or opening the
   sentence as the scene of its main clause ("After a two-hour meeting with King Hussein, Bush said"), is that day's story
   and takes that day (basis ``anchored``); "days after", "since" do not, nor "Russia welcomed the deal following the
   visit" (welcomed on the report's day, the visit any day before).
14. Claimed: a statement that claims responsibility for violence named with a determiner ("claimed responsibility for the
   attack", "That attack was claimed by the Islamic State group"; cues.toml [responsibility] claims_named), with no time
   expression of its own, follows that violence: it takes the date of the nearest dated violent happening told before
   it within ANCHOR_REACH sentences (basis ``anchored``), whatever that date's precision ("In March two blasts ...
   claimed responsibility for the attack": March), and its place when the claim names none (made of that violence:
   "... in Damascus. The Tahrir al Sham militants reportedly claimed responsibility for the attack": Damascus). A bare
   "claimed responsibility" is the report's day's news (rule 3).
15. Round-up: violence still undated at the end, told as a happening (no perfect, present or saying before its trigger, no
   relative pronoun or infinitive's "to", no gerund after a preposition, no fight kept up), in the one paragraph of
   violence dated to a day at most ROUND_UP_DAYS before the report, with no violence dated otherwise told before it in
   that paragraph, is that day's round-up and takes that day (basis ``anchored``): "Six people were killed Monday by a car
   bomb in Homs ... [three sentences of background] ... helicopters dropped a barrel bomb on an opposition area of
   Aleppo ... North of the capital the army shelled Flita". It runs after folding, so it folds nothing; violence that took
   in a retelling is still left undated, and a happening whose sentence is a fuller retelling told further on counts
   from where it was first told.
16. The opening's day: violence left undated in the story's first sentences (the lead and the LEAD_REACH after it),
   told before any dated violence, takes the day of the first violence told after it within LEAD_REACH sentences in its
   paragraph, dated to a day of the report's news by its own words (basis ``anchored``): a lead names the happening and
   the next sentences say when ("Intense bombing of rebel-held areas of Aleppo has resumed ... Russian forces returned
   to their intense aerial bombardment of rebel-held eastern Aleppo on Tuesday"). Not across provinces; past the lead,
   only within the dated violence's family. It runs last, once the headline is folded into the lead.
17. Told on the report's day: a proposal, deal, truce or sanction with no time expression of its own (dated by the
   report) that a party tells dated by its own words within the story's days (STORY_DAYS before the report, not after
   it), with a party in common, of the same status, is that one told again: folded into the nearest such telling, which
   keeps its sentence ("Saddam Hussein ... in offering his first rough proposal" in the lead, "The Iraqi leader, in an
   'initiative' ..., announced yesterday"); a meeting or a deal only when told by the same word ("Fabius said on a
   visit to Ramallah", "Fabius arrived early Saturday on a visit to Israel"). "Also", "another", "a new" tell another.
18. What the story's happening came after: a happening placed by "after" (cues.toml [anchors] came_after) in a sentence
   whose subject names a happening told and that says only what it came after ("The assault came after rebels fired at
   least 70 rockets and mortar rounds at the capital", after the day's air strikes; "The announcement was made after
   Trump had a phone conversation with Erdogan"), not in the past perfect, is that day's scene: it takes the day of the
   nearest happening told before it within ANCHOR_REACH sentences dated to a day (basis ``anchored``).
19. Armed forces merely describing: a statement whose reporting verb has a state's armed forces (or their spokesman) as
   its subject and violence told after it with no word that judges, explains, denies, warns or asks (cues.toml [events]
   military_speakers, military_report: "The Russian military said two F-16 ... jets flew ... to carry out the
   strikes") is the guide's "the army said it killed 20 militants": dropped. It runs after rule 8, so a speech told on
   and folded into it ('"... we destroyed 18 off-road vehicles" Konashenkov said') goes too.
An event told as "recent" or "earlier" with no time of its own (``dating.VAGUE``: "Recently fierce clashes erupted",
"killed in clashes ... in recent days", "The Coalition earlier said") is placed before the report and nowhere more
precisely: rules 2, 3, 14, 15 and 16 do not date it (a retelling is still folded).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from events.extract.dating import PERFECT_BEFORE, RELATIVE, SENTENCE_END, SPANNED, UNDATED, VAGUE, nth_day_before, nth_of, publication_day, tally
from events.extract.dictionaries import Dictionaries, cue_set
from events.extract.fatalities import STALE, number_value
from events.extract.folding import load_folds
from events.extract.merge import TEXT_DATES, agents, answers, before_trigger, cue_words, definite, event_cues, means_told_apart
from events.extract.records import Event, EventDate, Fatalities, replace
from events.extract.sentences import quote_open
from events.extract.status import SPEECH_TYPES
from events.extract.story import family, told_going_on
from events.temporal.caseless import Caseless
from events.temporal.ruleset import alternation, english_macros, load_tables

ANCHOR_REACH = 3
CAMPAIGN = "air_campaign"
SAME_COUNT_FLOOR = 3  # the fewest dead whose count alone makes two undated tellings one happening (rule 1)
ANCHORING_PRECISIONS = ("day", "week")
COARSE_PRECISIONS = ("month", "year")  # a date that may hold a finer telling's (rule 1c)
HAPPENED = ("occurred", "reported", "denied")
NEWS_OF_THE_DAY = frozenset({"statement", "accusation", "diplomatic_meeting", "proposal", "agreement", "ceasefire",
                             "sanctions"})


def _dated(event: Event) -> bool:
    return event.date.first is not None


def _anchoring(event: Event) -> bool:
    """Is the event dated to a day or a week that dates its story? Not a week that only holds a tally counted back from
    the report ("killed several ISIL terrorists during the past two days ... Three other terrorists were killed in an
    ambush in al-Ghabra": dating.tally), which is no day's or week's happening of its own."""
    return event.date.precision in ANCHORING_PRECISIONS and not tally(event.date)


def _tolls_differ(a: Event, b: Event) -> bool:
    """Two tolls that cannot count the same dead: figures that differ, or a figure outside the other's vague range
    ("scores of people killed" and "killed 46 people" may be one count) or below its open one ("more than 40")."""
    if a.fatalities is None or b.fatalities is None or a.fatalities.best == b.fatalities.best:
        return False
    for vague, figure in ((a.fatalities, b.fatalities), (b.fatalities, a.fatalities)):
        if vague.best is None and figure.best is not None and vague.low is not None and vague.high is None:
            # "over 19 Civilians Killed" (low 20, no ceiling) and "at least 19 civilians were killed": the open figure
            # names a round number just under the count ("more than 60" for 62), not one a step or more below it
            # ("more than 50" in an hour, 213 in the day).
            named = max(vague.low - 1, 1)
            return not named <= figure.best < named + 10 ** (len(str(named)) - 1)
        if vague.best is None and figure.best is not None and vague.low is not None and vague.high is not None:
            return not vague.low <= figure.best <= vague.high
    low, high = sorted((a, b), key=lambda e: e.fatalities.best or 0)
    if (low.fatalities.best is not None and high.fatalities.best is not None
            and low.fatalities.low == low.fatalities.best and low.fatalities.high is None
            and low.evidence_start < high.evidence_start and _quoted(high) and not _quoted(low)):
        # 'At least 20 people were killed ... "... killing at least 22 civilians" Observatory chief Rami Abdel Rahman
        # told AFP': a floor is no ceiling, and a source quoted after it with a figure above it within its step (as for
        # "more than 60" above) may count the same dead. The reporter's own later figure may count a place's part ("At
        # least 25 civilians were killed in raids on Raqqa while six others ..."); a smaller floor told after is a part
        # ("at least 10 of the dead came in strikes outside the hospital") or more dead ("at least 10 were also killed").
        floor, figure = low.fatalities.best, high.fatalities.best
        return not floor <= figure < floor + 10 ** (len(str(floor)) - 1)
    return True


#: (not "also known as", "also called": a second name, not a second happening)
ANOTHER = Caseless(r"\b(?:also(?!\s+(?:known|called|spelled|spelt|dubbed|referred|among)\b)"
                   r"|separately|meanwhile|in the meantime|elsewhere|in a separate)\b"
                   # "too" as "also" ("a civilian was injured too in a terrorist bombing"), not before a word it grades
                   r"|\btoo\b(?=\s*(?:[,.;]|$|in\b|on\b|at\b|by\b|when\b|after\b|as\b))")
#: "another", "a second", told of the violence itself ("another attack ascribed to the Taliban"), not of its victims
#: ("Eleven civilians were killed in Saraqeb and another man died in Sheikh Mustafa"); so is "other" before it ("Other
#: rocket shells fired by terrorists on al-Ramouseh injured two civilians", "two other air strikes"), but not "the other"
#: ("the other bombing", one of two told before).
ANOTHER_ONE = r"\b(?:another|a\s+second|a\s+third|a\s+further|a\s+separate|a\s+new)\s+(?:[\w-]+\s+){{0,2}}{trigger}\b"
OTHER_ONE = r"(?<!the\s)\bother\s+(?:[\w-]+\s+){{0,2}}{trigger}\b"
SINCE_DATE = r"\bsince\s+{trigger}"  # "Since July 11 regime bombardment ...": a series since that day
WHOLE_WORD = r"\b{trigger}\b"
#: Deaths and victims counted on are no other happening ("other casualties are ferried away", "17 other dead").
VICTIM_TRIGGER = re.compile(r"(?:casualt|dead|death|bod(?:y|ies)|victim|killed|wounded|injur)", re.IGNORECASE)


@lru_cache(maxsize=2048)
def _with_word(template: str, word: str) -> re.Pattern:
    """``template`` (a case-insensitive rule with a ``{trigger}`` slot) around ``word``, compiled once per word: a corpus
    has more trigger words, dates and verbs than re's own cache keeps (512 patterns), and compiling costs more than
    the search."""
    return re.compile(template.format(trigger=re.escape(word)), re.IGNORECASE)


def _another(event: Event, also: bool = True) -> bool:
    """Does the event's sentence say it is another happening than one told before? ``also`` counts only for violence
    told anew: "Air strikes also targeted the nearby town", but not "five other civilians also died in last night's attack"."""
    if _with_word(ANOTHER_ONE, event.trigger).search(event.evidence):
        return True
    if not VICTIM_TRIGGER.match(event.trigger) and _with_word(OTHER_ONE, event.trigger).search(event.evidence):
        return True
    hit = ANOTHER.search(event.evidence)
    return hit is not None and (also or hit.group(0).lower() not in ("also", "too"))


@lru_cache(maxsize=8)
def provinces(dictionaries: Dictionaries) -> dict[str, str]:
    """cues.toml [events] one_area: province -> the first province of its group (one area for telling places apart)."""
    groups = [[name.strip() for name in group.split(",")] for group in dictionaries.cues.get("events", {}).get("one_area", ())]
    return {name: group[0] for group in groups for name in group}


def _places_differ(a: Event, b: Event, dictionaries: Dictionaries) -> bool:
    """Two places that are neither the same nor in the same province ("al-Hamadaniyeh" is in Aleppo), nor in provinces
    the news names as one area (cues.toml [events] one_area: Douma, in Rif Dimashq, and "the capital")."""
    if a.location is None or b.location is None or one_place(a.location, b.location):
        return False
    if a.location.name in (b.location.country, b.location.admin1) or b.location.name in (a.location.country, a.location.admin1):
        return False  # "U.S. embassies in Kenya" and "the blast in Nairobi": the one holds the other
    areas = provinces(dictionaries)
    first, second = a.location.admin1, b.location.admin1
    return not (first and areas.get(first, first) == areas.get(second, second))


@lru_cache(maxsize=8)
def _injury_counts(dictionaries: Dictionaries) -> tuple[re.Pattern, re.Pattern]:
    """A count of the wounded, before its verb ("three women including a girl child were wounded", "A person was
    injured") or after it ("injuring three persons", "injured two civilians"): numbers.toml [numbers] words or digits."""
    words = alternation(w for w in dictionaries.numbers if w not in ("a", "an"))
    figure = rf"(?P<n>\d+|{words}|an?(?!\s+(?:number|few|lot|dozen|score|handful|large|small)\b))"
    # Prose only: a headline drops the auxiliary ("10 Civilians killed 40 injured") and counts the day's attacks together.
    # No figure word between the figure and its verb: "In a related incident three people were injured" counts three,
    # not the "a" of "a related incident" (which parted one motorcycle bomb told twice; issue 12, twenty-second stop).
    before = re.compile(rf"\b{figure}\s+(?:(?!(?:and|killed|dead|died|{words})\b)[a-z][\w-]*\s+){{0,5}}?(?:were|was|have been|had been)\s+"
                        rf"(?:reported\s+)?(?:injured|wounded)\b", re.IGNORECASE)
    # "killed and injured five civilians" counts the dead with the wounded: no count of the wounded.
    after = re.compile(rf"(?<!killed and\s)(?<!killed or\s)\b(?:injuring|wounding|injured|wounded)\s+(?:at least\s+)?{figure}\b", re.IGNORECASE)
    return before, after


def _injured(event: Event, dictionaries: Dictionaries) -> int | None:
    """The first count of the wounded the event's sentence gives, or None."""
    if "injur" not in event.evidence.lower() and "wound" not in event.evidence.lower():
        return None
    found = [m for pattern in _injury_counts(dictionaries) for m in pattern.finditer(event.evidence)]
    if not found:
        return None
    word = min(found, key=lambda m: m.start()).group("n").lower()
    return int(word) if word.isdigit() else dictionaries.numbers.get(word, 1)


def _injuries_differ(event: Event, other: Event, dictionaries: Dictionaries) -> bool:
    """Two tellings that count different wounded ("A person was injured in a terrorist attack with a rocket shell on Hadar
    village" and "two children were injured in a terrorist attack with 13 rocket shells on Harfa"): two attacks, as two
    death tolls are (SANA's reports list one shell after another by its wounded). A toll updated ("the death toll ... rose
    to 8 in addition to 12 injured") counts the same attack again, and so do the same dead."""
    if "toll" in event.evidence.lower() or "toll" in other.evidence.lower():
        return False
    if event.fatalities is not None and other.fatalities is not None and event.fatalities.best == other.fatalities.best:
        return False  # the same dead: one attack counted whole ("a woman was killed and 35 others were injured") and in part
    mine, theirs = _injured(event, dictionaries), _injured(other, dictionaries)
    return mine is not None and theirs is not None and mine != theirs


def _told_apart(event: Event, other: Event, dictionaries: Dictionaries, sides_apart=None, places=None) -> bool:
    """Two tellings that cannot be one happening: tolls, wounded counts or places that differ, a word that says it is
    another ("also", "separately"; deaths told without their cause "also" are more victims: "An unknown number of
    jihadists were also killed"), agents with none in common, dates in years that do not meet (years_apart)."""
    added = _added_deaths(event, dictionaries)
    return ((_tolls_differ(event, other) and not _source_toll(event, dictionaries) and not added
             and not _toll_risen(event, dictionaries) and not _toll_risen(other, dictionaries))
            or (_injuries_differ(event, other, dictionaries) and not added)
            or (places or _places_differ)(event, other, dictionaries) or _another(event, also=event.type != "casualties")
            or (sides_apart or _sides_apart)(event, other) or _earlier_scene(event)
            or _city_and_countryside(event, other, dictionaries) or years_apart(event, other))


def years_apart(event: Event, other: Event) -> bool:
    """Are two tellings dated by the text (their own words or their sentence's: merge.TEXT_DATES) in years that share
    none? A happening of 2011 is never one of 2014, whatever gave each its year ("a civil war after a government
    crackdown" dated 2011 by its sentence, three sentences after a stoning of 2014; rule 1b's dates_differ asks for the
    retelling's own words). A telling dated coarsely that holds the other's day ("in 2014" and "on 3 May 2014", "since
    2011" and a day of 2014) is not apart: the years must not meet at all."""
    if not (_dated(event) and _dated(other)) or event.date.basis not in TEXT_DATES or other.date.basis not in TEXT_DATES:
        return False
    return event.date.last.year < other.date.first.year or other.date.last.year < event.date.first.year


def _city_and_countryside(event: Event, other: Event, dictionaries: Dictionaries) -> bool:
    """Does one telling's own sentence place it in a province's countryside and the other's in the city of that name
    ("one of their buildings in Haritan in the north Aleppo countryside was hit by an air strike" and "Three people ...
    died ... by barrel bombs dropped from helicopters in the city"; cues.toml [events] countryside, city_proper)? The
    place finder reads both as the one name; the news parts them as two places."""
    if event.location is None or other.location is None or event.location.name != other.location.name:
        return False
    rural, urban = cue_words(dictionaries, "countryside"), cue_words(dictionaries, "city_proper")

    def kind(evidence: str) -> str | None:
        found = bool(rural.search(evidence)), bool(urban.search(evidence))
        return {(True, False): "rural", (False, True): "urban"}.get(found)

    first, second = kind(event.evidence), kind(other.evidence)
    return first is not None and second is not None and first != second


#: "Earlier" as a time, not an earlier count's source ("Earlier reports said", "Earlier it was reported").
EARLIER_AS_TIME = r"earlier\b(?!\s+(?:reports?|it\s+was\s+reported|state\s+television|media)\b)"
#: "Earlier" opening a sentence.
OPENS_EARLIER = Caseless(rf"\W*{EARLIER_AS_TIME}")


def _earlier_scene(event: Event) -> bool:
    """Is the telling the report's previous scene, told with its own dead or wounded ("Earlier a source at Aleppo Police
    Command said that terrorists fired a number of rocket shells at al-Midan neighborhood in Aleppo city killing 3
    civilians", "Earlier two persons including a child were killed ... in terrorist rocket shells attack on
    al-Hamadaniyeh")? A day's report lists its incidents so, each with its count: another happening than the one just
    told. Without a count of its own ("Earlier Kerry broke off talks ... over the offensive which included air strikes")
    it may name that happening again."""
    return (OPENS_EARLIER.match(event.evidence) is not None and event.fatalities is not None
            and bool(event.fatalities.text) and event.fatalities.text.lower() in event.evidence.lower())


def _own_agents(event: Event) -> set[str]:
    """The sides of the agents named in the telling's own sentence: not one borrowed from the story told nearby
    (story.complete_from_story), which is a guess, nor one a telling folded into it gave."""
    return {side for a in event.actors if a.role == "agent" and event.evidence_start <= a.start < event.evidence_end
            for side in (a.name, a.acts_for) if side}


def _sides_apart(event: Event, other: Event) -> bool:
    """Do two tellings name agents with no side in common? Two tellings of one kind of violence in one place count only
    the agents each names in its own sentence: a side borrowed from the story nearby ("Another activist group the Local
    Coordination Committees said dozens of civilians were killed" in Tokhar, whose raiders the next sentence's Turkish
    strikes lent it) guesses who acted and tells no happening apart."""
    if family(event.type) == family(other.type) and _same_place(event, other):
        if roles_swapped(event, other):
            return False  # one reading of the roles disagrees, not the happening
        own, theirs = _own_agents(event), _own_agents(other)
    else:
        # Elsewhere a borrowed side is all that parts them: two kinds of violence are one happening only by a hand in
        # common ("Another three people were killed in strikes" and "Syrian Kurds fighting the IS group made fresh
        # advances" are two), and a telling placed nowhere ("the car bombing of the embassy") is not the far one told
        # of another place ("the Tanzania blast").
        own, theirs = agents(event), agents(other)
    return bool(own and theirs and not own & theirs)


@lru_cache(maxsize=8)
def _tolls_risen(dictionaries: Dictionaries) -> re.Pattern:
    verbs = event_cues(dictionaries, "toll_risen")
    return re.compile(rf"\btoll\b[^.;]{{0,160}}?\b(?:{verbs})\b", re.IGNORECASE)


def _toll_risen(event: Event, dictionaries: Dictionaries) -> bool:
    """Is the telling's figure a death toll told as risen ("The death toll in a suicide car bomb attack on buses ... has
    risen to at least 112"; cues.toml [events] toll_risen)? The latest count of a happening, told before or after the
    telling it updates: no figure parts the two."""
    return (event.fatalities is not None and "toll" in event.evidence.lower()
            and _tolls_risen(dictionaries).search(event.evidence) is not None)


@lru_cache(maxsize=8)
def _added_details(dictionaries: Dictionaries) -> re.Pattern:
    # The speaker and the cue open the sentence: "..., the ministry said adding that another 40 fighters were killed
    # around Albu Kamal" adds a clause to a telling of its own sentence.
    cues = event_cues(dictionaries, "added_detail")
    return re.compile(rf"^\W*(?:[\w-]+\W+){{0,4}}?(?:{cues})\b", re.IGNORECASE)


def _added_deaths(event: Event, dictionaries: Dictionaries) -> bool:
    """Are the telling's deaths, told without their cause, what a speaker adds to the violence told before ("A suicide
    bomber blew himself up with a car bomb on Saturday ... The source added that two civilians were killed and 4 others
    sustained serious injuries"; cues.toml [events] added_detail)? They are its results, however many: no figure parts
    them from it."""
    return _deaths_alone(event, dictionaries) and _added_details(dictionaries).match(event.evidence) is not None


def _among_told(event: Event, dictionaries: Dictionaries) -> bool:
    """Does the telling's sentence count its victims among a toll told before ("12 children were among the victims of the
    attack"; cues.toml [events] among_told)?"""
    lowered = event.evidence.lower()
    return "among" in lowered and cue_words(dictionaries, "among_told").search(event.evidence) is not None


def _counted_among(index: int, event: Event, kept: list[tuple[int, Event]], dictionaries: Dictionaries,
                   folded: dict[int, Event]) -> int | None:
    """Rule 1 for victims counted among a toll told before (_among_told): the position in ``kept`` of the nearest violence
    that happened, told at most ANCHOR_REACH sentences before, whose dead they are. The violence their sentence names
    ("as they tried to cross the river ... where the regime is fighting the Islamic State group", "losing ground to two
    separate offensives") is the scene of those dead or that happening's: neither its family nor its place parts them.
    A telling with a toll of its own tells its own happening ('"On Tuesday 25 people ... were killed in air strikes on
    Talbisseh" ... adding that a rebel commander was also among the dead'). ``folded``: what was folded into each kept
    telling so far (its toll may come from a headline folded into it)."""
    if not (dictionaries.types[event.type].violent and event.status in HAPPENED and event.fatalities is None
            and _among_told(event, dictionaries)):
        return None
    for position in range(len(kept) - 1, -1, -1):
        other_index, other = kept[position]
        if index - other_index > ANCHOR_REACH:
            return None
        other = folded.get(id(other), other)
        if (other_index < index and dictionaries.types[other.type].violent and other.status in HAPPENED
                and other.fatalities is not None):
            return position
    return None


@lru_cache(maxsize=8)
def _breakdowns(dictionaries: Dictionaries) -> re.Pattern:
    # The figure right before the cue counts one part: "six others were killed", "one was killed in each of".
    return re.compile(rf"\b([\w-]+)\s+(?:{event_cues(dictionaries, 'toll_breakdown')})\b", re.IGNORECASE)


def _broken_down(index: int, event: Event, kept: list[tuple[int, Event]], dictionaries: Dictionaries,
                 folded: dict[int, Event]) -> int | None:
    """Rule 1 for a toll broken down by place (cues.toml [events] toll_breakdown): the position in ``kept`` of the
    violence told in the two sentences before, with a figure, whose dead the telling counts again place by place ("killed
    at least 21 civilians ... At least 15 civilians were killed in raids in a northern district of Manbij while six
    others were killed in a village near the city"). The telling's own figure and its parts add up to no more than that
    count, and the telling is of its family or deaths alone; ``folded``: what was folded into each kept telling so far."""
    if not (dictionaries.types[event.type].violent and event.status in HAPPENED and _counted(event)):
        return None
    parts = [number_value(m.group(1), dictionaries) for m in _breakdowns(dictionaries).finditer(event.evidence)]
    if not parts or None in parts:
        return None  # "many others were killed": no count to add up
    total = event.fatalities.best + sum(parts)
    for position in range(len(kept) - 1, -1, -1):
        other_index, other = kept[position]
        if index - other_index > 2:
            return None  # kept is in text order: every telling further back is further away
        if other_index >= index:
            continue
        other = folded.get(id(other), other)
        whole = None if other.fatalities is None else other.fatalities.best or other.fatalities.low
        if (dictionaries.types[other.type].violent and other.status in HAPPENED and whole is not None
                and (family(other.type) == family(event.type) or _deaths_alone(event, dictionaries))
                and event.fatalities.best < whole and total <= whole):
            return position
    return None


def _deaths_alone(event: Event, dictionaries: Dictionaries) -> bool:
    """Is the telling's word a death ("killed", "dead"), whatever type the story lent it?"""
    if event.type == "casualties":
        return True
    spec, word = dictionaries.types["casualties"], event.trigger.lower()
    return word in spec.nouns or any(re.fullmatch(rf"(?:{verb})\w*", word) for verb in spec.verbs)


def _source_toll(event: Event, dictionaries: Dictionaries) -> bool:
    """Is the telling's count named as a source's toll ("SANA gave a toll of at least 12 dead"; cues.toml [events]
    source_toll) or as an earlier count ("SANA reported earlier that least one person was killed"; earlier_count)? Then
    it counts the happening told before again: another figure does not tell it apart."""
    if event.fatalities is None:
        return False
    lowered = event.evidence.lower()
    return ("toll" in lowered and cue_words(dictionaries, "source_toll").search(event.evidence) is not None
            or ("earlier" in lowered or "initial" in lowered)
            and cue_words(dictionaries, "earlier_count").search(event.evidence) is not None)


def _heading(index: int, event: Event, text: str) -> bool:
    """Is the event told in the article's opening headline, in title case or as a short undated line with no auxiliary
    ("57 Civilians killed 150 Injured in Continued Terrorist Attacks on Aleppo.", "Islamic State killed 270 in Syrian
    gas field battle: monitor.")?"""
    if index != 0:
        return False
    if _headline(event):
        return True
    # A line cut short of its lead ("... on Aleppo. Three people were killed in ...") is prose: the lead tells it.
    end = SENTENCE_END.search(text, event.evidence_start) if text else None
    return end is not None and end.end() >= event.evidence_end - 1 and _opening_headline(index, event, text)


def _heading_apart(event: Event, other: Event, dictionaries: Dictionaries) -> bool:
    """Rule 1 for an opening headline: it names the body's story, and its figures sum the body's counts or give the
    latest ("57 Civilians killed" over a lead's "18 civilians have been killed" yesterday and 10 the day before): only a
    place, a word that says it is another, or agents with no side in common (_headline_sides_apart) tell it apart."""
    return _told_places_differ(event, other, dictionaries) or _another(event) or _headline_sides_apart(event, other)


def _told_places_differ(a: Event, b: Event, dictionaries: Dictionaries) -> bool:
    """Places that differ (_places_differ), each named in its telling's own sentence. A place borrowed from the story
    nearby is a guess, as a borrowed side is (_sides_apart): "Death toll in bomb attack on Syria evacuees rises to 112",
    lent Fuaa by the next sentence, is still the bombing at a transit point west of Aleppo."""
    return _places_differ(a, b, dictionaries) and _own_place(a) and _own_place(b)


def _headline_sides_apart(event: Event, other: Event) -> bool:
    """Agents with no side in common, for a headline (``event``) and the body's telling. A headline names its parties
    loosely (it drops the subject, and a country before the noun may be the place: "Russia says kills 7 Nusra Front field
    commanders in Syria air strike"): of one kind of violence, a party both name in their own sentences is a side in
    common, unless it acts in the one and is hit in the other. Of two kinds the agents decide ("Syria Kurds Liberate Tel
    Hamiskills 175 ISIS Members" is not "its fighters have mounted new raids", though both name ISIS)."""
    if not _sides_apart(event, other) or family(event.type) != family(other.type):
        return _sides_apart(event, other)
    mine, theirs = _own_parties(event), _own_parties(other)

    def opposed(side: str) -> bool:  # acts in one telling and is hit in the other, never both in one
        return ({"agent", "target"} <= mine[side] | theirs[side]
                and not mine[side] & theirs[side] & {"agent", "target"})

    return all(opposed(side) for side in mine.keys() & theirs.keys())


def roles_swapped(event: Event, other: Event) -> bool:
    """Do two tellings of one type of violence, in two sentences and told with a word in common, name the same two
    parties and no other in their own sentences, each reading as the one agent the party the other does not? Then
    it is the role reading that disagrees, not the happening: '"at least 62 militants were killed in an ambush carried
    out by the Syrian regular forces west of ... Adra"' after "A Syrian army unit killed dozens of al-Nusra Front
    terrorists during an ambush ... southwest of ... Adra" (the Front misread as the killer there) is one ambush, whose
    agents with no side in common (_sides_apart, the scored fold's ``sides_apart``) tell nothing apart. A third party,
    another type, or another word ("firing missiles into government districts" and forces that "advanced to within
    firing range") and it is left to the agents; so is a headline, which its own rules fold (_headline_sides_apart)."""
    if (event.type != other.type or event.evidence_start == other.evidence_start
            or _headline(event) or _headline(other)
            or not set(WORD.findall(event.trigger.lower())) & set(WORD.findall(other.trigger.lower()))):
        return False
    mine, theirs = _own_parties(event, acts_for=False), _own_parties(other, acts_for=False)
    if len(mine) != 2 or mine.keys() != theirs.keys():
        return False
    acting = {side for side, roles in mine.items() if "agent" in roles}
    their_acting = {side for side, roles in theirs.items() if "agent" in roles}
    return len(acting) == 1 and len(their_acting) == 1 and not acting & their_acting


def _own_parties(event: Event, acts_for: bool = True) -> dict[str, set[str]]:
    """Every party named in the telling's own sentence, agent, target or neither, and (``acts_for``) whom each acts for:
    side -> roles."""
    parties: dict[str, set[str]] = {}
    for a in event.actors:
        if event.evidence_start <= a.start < event.evidence_end:
            for side in (a.name, a.acts_for if acts_for else ""):
                if side:
                    parties.setdefault(side, set()).add(a.role)
    return parties


def _series_and_one(a: Event, b: Event, dictionaries: Dictionaries) -> bool:
    """An air campaign told in its own words ("have recently intensified aerial attacks", "seven days of airstrikes") and
    one strike told apart from it are two happenings: the series holds the day's strike, it is not that strike told
    again. A generic word ("mass killings") that took the campaign's type from its story names no series. So are an
    offensive told as going on ("amid an intensified regime offensive", _going_on) and the day's happening."""
    campaigns = [e for e in (a, b) if e.type == "air_campaign" and e.trigger.lower() not in dictionaries.generic_words]
    if len(campaigns) == 1 and (a.type == "air_campaign") != (b.type == "air_campaign"):
        return True
    return _going_on(a, dictionaries) != _going_on(b, dictionaries)


#: A person's full name after a title ("Dr. Barnett Slepian"): a person the dictionaries need not know.
TITLED_NAME = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Rev)\.?\s+(?:[A-Z][a-z]+\s+){0,2}([A-Z][a-z]{3,})\b")
CAPITALIZED = re.compile(r"\b[A-Z][a-z]{3,}")
#: "..., was killed in a suicide bombing": a person named as the subject of a passive killing verb (at most
#: VICTIM_REACH characters after the name, an apposition between) is its victim, a role the role finder leaves open.
VICTIM_VERB = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:killed|assassinated|murdered|shot)\b")
VICTIM_REACH = 80


def _victims_named(event: Event) -> frozenset[str]:
    """The surnames of the persons ``event``'s own sentence names as acted on: a person actor in the target role, or
    with no role and a passive killing verb after it ("Former Prime Minister Rafik Hariri, also a prominent figure,
    was killed"), and a titled person ("the murder of Dr. Barnett Slepian")."""
    text, start = event.evidence, event.evidence_start
    names = {a.text.split()[-1] for a in event.actors
             if a.kind == "person" and a.text.split() and start <= a.start < event.evidence_end
             and (a.role == "target" or not a.role and VICTIM_VERB.search(text, a.end - start, a.end - start + VICTIM_REACH))}
    names |= {m.group(1) for m in TITLED_NAME.finditer(text)}
    return frozenset(n for n in names if len(n) > 3)


def _same_victim_named(event: Event, other: Event) -> bool:
    """Does ``event``'s sentence name a person ``other``'s sentence names, not as its agent ("Slepian was killed by a
    single gunshot" after "charged with gunning down Dr. Barnett Slepian")?"""
    agents_named = {w for a in event.actors if a.role == "agent" or a.name == event.attributed_to for w in a.text.split()}
    words = set(CAPITALIZED.findall(event.evidence)) - agents_named
    return bool(words & _victims_named(other))


def _going_on(event: Event, dictionaries: Dictionaries) -> bool:
    """Is the violence told as going on at the report's time (story.told_going_on: "amid an intensified regime
    offensive", "are taking part in an attack on Aleppo")? Such an offensive is a campaign that holds the day's
    happenings: never one of them told again, nor dated by the story's day."""
    if event.trigger[:1].isspace() or event.type == CAMPAIGN:
        return False
    if told_going_on(event, dictionaries):
        return True
    at = event.trigger_at
    nth = nth_day_before(event.evidence, at, max(0, at - 60)) if at > 0 else None
    if nth is not None and nth_of(nth) >= 2:
        return True  # "on Sunday the fifth day of an incursion": going on for days, it holds the day's happenings
    # "But in recent weeks an intensified offensive points to a new determination to retake the area": an undated offensive
    # named as one ("a"/"an", one noun) and told over a span of weeks (cues.toml [events] series_span) is going on too, as
    # strikes so told are a series; not "In recent weeks regime advances have severed the only remaining route" (what
    # was taken, told by many advances).
    return (event.type == "ground_offensive" and at > 0 and not _dated(event) and not event.trigger.lower().endswith("s")
            and NAMED_AS_ONE.search(event.evidence, max(0, at - 40), at) is not None
            and cue_words(dictionaries, "series_span").search(event.evidence) is not None)


#: "an intensified offensive", "an opposition offensive": a campaign named as one.
NAMED_AS_ONE = re.compile(r"\ban?\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _headline(event: Event) -> bool:
    """Is the event's sentence a title-case headline ("40 Terrorists Killed in Latest Syrian Army Offensive in Aleppo.")?
    Nearly every word of four letters or more is capitalised; a prose sentence has few such."""
    return _title_case(event.evidence)


@lru_cache(maxsize=256)  # the rules ask it of the same sentences' events again and again
def _title_case(sentence: str) -> bool:
    words = [w for w in WORD.findall(sentence) if len(w) >= 4 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: A finite verb of prose: a headline drops it ("8 persons killed 58 others injured in terrorist rocket attacks").
AUXILIARY = re.compile(r"\b(?:was|were|is|are|has|have|had|been|being)\b", re.IGNORECASE)
HEADLINE_WORDS = 16  # the most words of a headline told in lower case; a prose lead runs longer


def _opening_headline(index: int, event: Event, text: str) -> bool:
    """Is the event told in the article's opening line as a headline, whatever its case ("Aleppo bomb blast kills six",
    "8 persons killed 58 others injured in terrorist rocket attacks on Aleppo city")? Short, undated and with no
    auxiliary verb: a prose lead ("A bomb blast killed six people on Monday in the Salah al-Din district ...") has a
    date, an auxiliary or more words. The line is read from the text: the body told after it may share the evidence."""
    if index != 0 or _dated(event) or not text:
        return False
    end = SENTENCE_END.search(text, event.evidence_start)
    stop = event.evidence_end if _page_title(event, text) else end.start() if end else event.evidence_end
    line = text[event.evidence_start:stop]
    return len(WORD.findall(line)) <= HEADLINE_WORDS and AUXILIARY.search(line) is None


def _page_title(event: Event, text: str) -> bool:
    """Is the event's sentence a scraped page's title line, run into the page's date with no full stop ("Air raids kill
    11 civilians in east Syria Monitor AFP Friday 15 Jul 2016 ...")? The sentence cut at that date is the line: a
    headline whatever its case, never the prose lead."""
    return (bool(text) and text[event.evidence_end - 1:event.evidence_end].isalnum()
            and DATELINE_AFTER.match(text, event.evidence_end) is not None)


_TABLES = load_tables()
_MONTH_WORDS = alternation([*_TABLES["months"], *_TABLES["month_abbreviations"]])
_WEEKDAY_WORDS = alternation([*_TABLES["weekdays"], *_TABLES["weekday_abbreviations"]])
#: A page's date right after its title line: "Friday 15 Jul 2016", "Wednesday 9 Apr 2014", "July 15, 2016".
DATELINE_AFTER = re.compile(rf"\s+(?:(?:{_WEEKDAY_WORDS})\.?,?\s+)?(?:[0-3]?[0-9]\s+(?:{_MONTH_WORDS})\.?"
                            rf"|(?:{_MONTH_WORDS})\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?,?)\s+(?:19|20)[0-9]{{2}}\b",
                            re.IGNORECASE)


def _detail(event: Event, own: bool = False) -> tuple[int, bool, bool]:
    """How much a telling tells: a figure counts more than a vague toll ("At least nine people were killed ... in three
    suicide-bomber attacks" tells more than "several people were killed as a result of the explosion"), then a place,
    then who acted (``own``: named in its own sentence only)."""
    toll = 0 if event.fatalities is None else 3 if event.fatalities.best is not None else 2 if _passed(event.fatalities) else 1
    return toll, event.location is not None, bool(_own_agents(event) if own else agents(event))


def _passed(toll: Fatalities) -> bool:
    """Does the toll name a number it passes ("Over 130 civilians were killed", "more than 40 people")? Less than a
    figure ("at least 20" is 20), more than a vague word, which bounds it above too ("dozens", "scores", "hundreds")."""
    return toll.low is not None and toll.high is None


def _fold(first: Event, retold: Event, text: str = "", adjacent: bool = False, named_again: bool = False,
          count: bool = False, headline: bool = False, retold_headline: bool = False, toll_told: bool = False,
          risen_first: bool = False) -> Event:
    """One event from two tellings: the more detailed telling's sentence, type and toll (the headline "18 dead in IS
    attack" gives way to the lead that says where and by whom), the best date of the two, every actor once. Two
    tellings in adjacent sentences ("Twin bombings yesterday struck the cathedral. ... at least 20 were killed.")
    are both the evidence. A happening ``named_again`` ("the attacks have led to numerous deaths") with a toll told
    the first time only adds what that telling lacks; so does a ``count`` told on by a source ("At least 82 were killed,
    officials said as dawn broke Saturday"), which tells the toll, not the happening. A ``headline`` first telling in
    lower case (_opening_headline) gives way to a body telling with a figure of its own, told further on, as a title-case
    one does: its sentence, and its figure ("Islamic State executed 700 people from Syrian tribe" stays before "Those who were executed
    are all al-Sheitaat"). A retelling ``toll_told``, by a toll word alone ("Kurdish police put the death toll at 16
    earlier"), gives its figure, not its sentence."""
    keep_first = named_again and first.fatalities is not None or count
    # A retelling displaces the first telling only by what its own sentence tells: an agent lent it by the story nearby
    # is a guess ("Syria Civil Defence workers who went to the site said ... chlorine gas", lent the barrel bombs'
    # regime, tells no more than "a spokesman ... said that 33 people ... were affected by the gas" before it).
    base, other = (retold, first) if _detail(retold, own=True) > _detail(first) and not keep_first else (first, retold)
    if adjacent and text:
        start, end = min(first.evidence_start, retold.evidence_start), max(first.evidence_end, retold.evidence_end)
        base = replace(base, evidence=text[start:end], evidence_start=start, evidence_end=end)
    elif (base is retold and first.fatalities is not None and _quoted(retold) and not _quoted(first)
          and not _headline(first)):
        # '... has executed tens of its own fighters in recent days ... "The ISIL has executed at least 70 of its own
        # members ..." the sources said': the reporter's own telling of the dead is the happening's sentence, the
        # quotation gives its figure.
        base = replace(base, evidence=first.evidence, evidence_start=first.evidence_start, evidence_end=first.evidence_end)
    elif (base is retold and toll_told and first.type != "casualties" and not _headline(first)
          and (_dated(first) or not _dated(retold))):
        # '"A suicide bomber on a motorcycle blew himself up in ... Hasakah city" ... Kurdish police put the death toll
        # at 16 earlier': the count is the toll of the happening told before, whose sentence tells it (what it was, who,
        # where). Not when only the count is dated: the sentence dated by its own words is the story's.
        base = replace(base, evidence=first.evidence, evidence_start=first.evidence_start, evidence_end=first.evidence_end)
    elif base is first and risen_first and not keep_first:
        # "The death toll from air strikes on a Syrian town ... has risen to 61 a war monitor said on Tuesday" updates
        # the count of a happening the retelling tells ("three air strikes hit the market in Atareb ... and killed at
        # least 61 people"): the retelling's sentence tells the happening, the update its latest figure.
        base = replace(base, evidence=retold.evidence, evidence_start=retold.evidence_start,
                       evidence_end=retold.evidence_end)
    seen = {a.name for a in base.actors}
    actors = base.actors + tuple(a for a in other.actors if a.name not in seen)
    when = first.date if _dated(first) and (not _dated(retold) or first.date.basis == "explicit") else retold.date
    if _refines(retold, first):
        when = retold.date
    if headline and not adjacent and base.evidence_start == first.evidence_start:
        # The opening line's headline told in lower case is a headline still: the body tells the happening and its toll.
        base = replace(base, evidence=retold.evidence, evidence_start=retold.evidence_start,
                       evidence_end=retold.evidence_end, fatalities=_toll(retold.fatalities, base.fatalities))
    elif _headline(base) and not _headline(other) or retold_headline and base is retold:
        # A headline gives way to the body's sentence, which tells the happening in full (the guide's evidence); what
        # the fuller telling gave (type, parties, toll) stays.
        base = replace(base, evidence=other.evidence, evidence_start=other.evidence_start, evidence_end=other.evidence_end)
    if base.type == "casualties" and other.type != "casualties":  # folds join violence with violence only
        # Deaths told without their cause are the toll of the violence told with it: that is the type.
        base = replace(base, type=other.type, trigger=other.trigger)
    toll = _toll(base.fatalities, other.fatalities)
    if ((toll_told and "toll" in retold.trigger.lower() or _toll_named(retold)) and retold.fatalities is not None
            and retold.fatalities.best is not None and (toll is None or (toll.best or toll.low or 0) < retold.fatalities.best)
            and not STALE_COUNT.search(retold.evidence, 0, max(0, retold.evidence.lower().find("toll")))):
        # "... detonated a car bomb and killed at least 22 people. The Observatory said the death toll was at least 24":
        # a larger count told as the toll is the happening's latest figure, whichever telling keeps the sentence; not
        # one told as superseded ("It had initially given a death toll of 22").
        toll = retold.fatalities
    return replace(base, actors=actors, location=base.location or other.location, fatalities=toll, date=when)


def _toll_named(event: Event) -> bool:
    """Is the telling's figure given as the death toll ("local journalist ... placed the death toll from the air raids
    at 50"), the toll word before the figure in its sentence, whatever its trigger ("air raids")?"""
    if event.fatalities is None or not event.fatalities.text:
        return False
    lower = event.evidence.lower()
    toll, figure = lower.find("death toll"), lower.find(event.fatalities.text.lower())
    # in one sentence: "The death toll is expected to rise it added. The Civil Defence service said ... have killed 19"
    # (two tellings in adjacent sentences made one evidence) is a count of its own, not the toll named
    return 0 <= toll < figure and SENTENCE_END.search(lower, toll, figure) is None


def _same_family(retold: Event, first: Event) -> bool:
    """May ``retold`` be followed down a fold chain into ``first``? Only when told as the same kind of violence, or as
    deaths told alone (the toll of any violence): each link of a chain is a guess, and a retelling of another kind
    ("Russian fighter jets resumed their missions ... targeting positions of Al-Nusra Front", an airstrike) reaches
    through a telling of its kind folded into another ("The regime also pounded a key supply route", shelling) a
    happening it need not tell."""
    return retold.type in ("casualties", first.type)


def _chain_parties(retold: Event) -> Event:
    """A retelling followed down a fold chain keeps the parties its own sentence sets acting or hit (role agent or
    target), never its source: a speaker or commentator it names ("local journalist ... placed the death toll ... at
    50", "drew strong condemnation from the United States which said it had received reports of hospitals ... being
    bombed") is no party of the happening it joins, nor is a side the story nearby lent it (story.complete_from_story),
    a guess the surviving telling has made or not on its own words."""
    return replace(retold, actors=tuple(a for a in retold.actors if a.role in ("agent", "target")
                                        and retold.evidence_start <= a.start < retold.evidence_end
                                        and a.name != retold.attributed_to))


def _refines(event: Event, other: Event) -> bool:
    """Does ``event`` date more precisely, in its own words, a happening ``other`` dates by a longer span that holds
    it ("terrorist bombings this month ... The embassy bombings, on Aug. 7, killed 247")? A year is no such span: what
    happened "last fall" and "the January 1998 bombing" are two happenings of one year, not one told closer."""
    return (event.date.basis == "explicit" and _dated(other) and other.date.basis == "explicit"
            and other.date.precision != "year"
            and other.date.holds(event.date)
            and event.date.last - event.date.first < other.date.last - other.date.first)


#: a count told as one since replaced
STALE_COUNT = Caseless(rf"\b(?:{STALE})\b")


def _toll(kept: Fatalities | None, other: Fatalities | None) -> Fatalities | None:
    """The toll of one event told twice: the kept telling's, unless only the other gives a figure ("scores of people
    killed" and "killed 46 people": 46)."""
    if kept is None or kept.best is None and other is not None and other.best is not None:
        return other or kept
    return kept


def _retelling_of(index: int, event: Event, kept: list[tuple[int, Event]], dictionaries: Dictionaries,
                  lead: int | None = None, summaries: frozenset[int] = frozenset()) -> int | None:
    """Position in ``kept`` of the dated violent event that ``event`` (undated, violent, told in sentence ``index``)
    tells again: the nearest one that fits. ``lead``: the sentence of the body's first violence when ``event`` is the
    article's opening headline (_heading), which names that story whatever its figures (_heading_apart)."""
    types = dictionaries.types
    kin = family(event.type)
    for position in sorted(range(len(kept)), key=lambda p: abs(kept[p][0] - index)):
        other_index, other = kept[position]
        if _part_of_summary(event, other, summaries):
            continue
        loose = lead is not None and other_index == lead
        headline = _headline(event)
        # Deaths told alone ("Taliban spokesperson claimed 190 were dead") are the toll of any violence, and "the
        # attack" of a headline may be any.
        if (_dated(other) and _anchoring(other) and types[other.type].violent
                and (family(other.type) == kin or event.type == "casualties" or headline
                     or dictionaries.generic_words & {event.trigger.lower(), other.trigger.lower()})
                and other.status not in ("hypothetical", "planned", "proposed")
                and not (_heading_apart(event, other, dictionaries) if loose
                         else _told_apart(event, other, dictionaries,
                                          places=_told_places_differ if lead is not None else None))
                # A day's summary over the whole country ("also inflicted on Saturday heavy losses upon terrorists ...
                # in several areas across the country") is not the one placed happening told before it, as with no date.
                and not _summary_of_places(event, other)
                and (headline or not means_told_apart(event, other))
                and (headline or not _series_and_one(event, other, dictionaries))):
            return position
    return None


def _told_in_detail(index: int, event: Event, own_dated: list[tuple[int, Event]], dictionaries: Dictionaries) -> Event | None:
    """Violence dated only by its telling's day ("At least 70 fighters have been killed in 24 hours ..., a monitor said
    Thursday") that the next sentences tell in detail, dated by their own words ("30 regime soldiers and 39 rebel fighters
    had been killed in battles around Al Maleh since Wednesday afternoon"): the nearest such violent telling after it,
    within ANCHOR_REACH sentences, begun by the telling's day. The report's day is not the happening's."""
    types = dictionaries.types
    for other_index, other in own_dated:
        if (0 < other_index - index <= ANCHOR_REACH and types[other.type].violent and other.status in HAPPENED
                and _anchoring(other) and other.date.first <= event.date.last
                and not _another(other)):
            return other
    return None


def _undated_retelling(event: Event, kept: list[tuple[int, Event]], dictionaries: Dictionaries,
                       summaries: frozenset[int] = frozenset()) -> int | None:
    """Rule 1 where the story dates neither telling: the position in ``kept`` of the undated violent happening of
    ``event``'s family told before it, nearest first, that nothing tells apart, or None."""
    types = dictionaries.types
    kin = family(event.type)
    for position in range(len(kept) - 1, -1, -1):
        other_index, other = kept[position]
        if (not _dated(other) and types[other.type].violent and other.status in HAPPENED
                and not _part_of_summary(event, other, summaries)
                and (family(other.type) == kin or event.type == "casualties")
                and not _told_apart(event, other, dictionaries) and not _series_and_one(event, other, dictionaries)
                and not _named_apart(event, other, opening=_opening_line(position, other_index, other, dictionaries)) and not COUNTED_ON.search(event.evidence)
                and not (_counted(event) and _counted(other)) and not _headline(other)
                and not _summary_of_places(event, other)
                and (event.type == "casualties" or event.trigger.lower() in dictionaries.generic_words
                     or set(WORD.findall(event.trigger.lower())) & set(WORD.findall(other.trigger.lower()))
                     or event.type == other.type and _same_place(event, other))):
            return position
    return None


def _victim_retold(index: int, event: Event, own_dated: list[tuple[int, Event]], dictionaries: Dictionaries) -> int | None:
    """Position in ``own_dated`` of the violence, dated by its own words more finely, that ``event`` tells again with
    no date or a coarser one that holds it, naming the same person as its victim ("the 2005 murder of former premier
    Rafiq Hariri" after "Rafik Hariri ... was killed in a suicide bombing in February 2005"; "Slepian was killed by a
    single gunshot" after "charged with gunning down Dr. Barnett Slepian last fall"). A person's killing is one
    happening whatever word tells it: any violent type. Nothing may tell them apart (tolls, places, "also")."""
    types = dictionaries.types
    when = event.date
    for position in sorted(range(len(own_dated)), key=lambda p: abs(own_dated[p][0] - index)):
        other_index, other = own_dated[position]
        if other is event or other_index == index or not types[other.type].violent or other.status not in HAPPENED:
            continue
        if _dated(event) and not (when.holds(other.date) and (when.first, when.last) != (other.date.first, other.date.last)):
            continue
        if _same_victim_named(event, other) and not _told_apart(event, other, dictionaries):
            return position
    return None


def _summary_apart(event: Event, other: Event) -> bool:
    """Does one of two tellings sum up many happenings (folds.toml [words] summary: "targeted the terrorists gatherings
    across the country") and the other tell one? The summary is not the lead told again, with no date to part them
    either (folds.toml summary_apart, for the scored fold)."""
    summary = load_folds().words["summary"]
    return (summary.search(event.evidence) is None) != (summary.search(other.evidence) is None)


def _countrywide(event: Event) -> bool:
    """Is the telling spread over the country or many parts of it (folds.toml [words] countrywide: "stepped up its
    intensive operations against their positions and hideouts in various areas")? It sums up many happenings."""
    return load_folds().words["countrywide"].search(event.evidence) is not None


def _summary_of_places(event: Event, other: Event) -> bool:
    """Does one of two undated tellings sum up happenings all over the country (folds.toml [words] countrywide: "targeted
    the terrorists gatherings across the country"), placed nowhere in its own sentence, and the other tell one placed in
    its own ("targeted ISIL strongholds in Raqqa province")? The summary is not that happening told again. A span of time
    parts nothing here ("an intensified regime offensive in the area" ... "in recent weeks an intensified offensive")."""
    summary = [_countrywide(e) for e in (event, other)]
    if summary[0] == summary[1]:
        return False
    told, one = (event, other) if summary[0] else (other, event)
    return not _own_place(told) and _own_place(one)


def _own_place(event: Event) -> bool:
    """Is the event's place named in its own sentence, not borrowed from the sentences around it?"""
    return event.location is not None and event.location.text in event.evidence


def _fold_cues(index: int, event: Event, other_index: int, other: Event, dictionaries: Dictionaries, text: str,
               definite_noun: bool, reported: bool) -> dict[str, bool]:
    """The cues of folds.toml that ``event`` (told in sentence ``index``) is ``other`` (told in ``other_index``) told
    again: each a general mark of a retelling or of another happening, weighed together by folding.Folds."""
    own_place = _own_place(event)
    mine = event.fatalities.best if _counted(event) else None
    theirs = other.fatalities.best if _counted(other) else None
    own, their_agents = _own_agents(event), agents(other)
    words = load_folds().words
    places_differ = _places_differ(event, other, dictionaries)
    named_place = own_place or words["place_phrase"].search(event.evidence) is not None
    same_means = bool(_attack_means(event, own=True) & _attack_means(other))
    return {
        "same_family": family(event.type) == family(other.type),
        "other_family": family(event.type) != family(other.type) and event.type != "casualties",
        "deaths_alone": event.type == "casualties",
        "same_place": _same_place(event, other),
        # (not of the opening headline and the lead under it: the headline rules give their happening the body's
        # sentence that counts the dead, test_a_lower_case_opening_headline_gives_way_to_the_body_telling_with_its_figure)
        "names_same_place": own_place and mine is not None and other_index > 1 and _same_place(event, other),
        "no_place_of_its_own": not named_place,
        "same_toll": mine is not None and mine == theirs,
        "toll_within": mine is not None and theirs is not None and mine < theirs,
        "definite": definite_noun,
        "reported": reported,
        "adjacent": index - other_index <= 1,
        "own_date_none": not _dated(event) or event.date.basis == "anchored",
        "agents_shared": bool(own & their_agents),
        "same_paragraph": not text or not PARAGRAPH_BREAK.search(text, other.evidence_end, event.evidence_start),
        "place_differs": places_differ and named_place,
        "borrowed_place_differs": places_differ and not named_place,
        "toll_larger": mine is not None and theirs is not None and mine > theirs,
        "sides_apart": bool(own and their_agents and not own & their_agents)
                       and not _label_shared(event, other, dictionaries) and not roles_swapped(event, other),
        # Or dated by the text (own words or its sentence's) in years that do not meet: a year apart is never one.
        "dates_differ": (_dated(event) and _dated(other) and event.date.basis == "explicit" and not (
            event.date.first <= other.date.last and other.date.first <= event.date.last)) or years_apart(event, other),
        "own_date": event.date.basis == "explicit",
        "told_in_full": own_place and mine is not None and bool(own),
        "other_headline": other_index == 0,
        "same_type": event.type == other.type,
        "another": _another(event, also=event.type != "casualties"),
        "counted_on": counted_on(event),
        "toll_restated": words["toll_restated"].search(event.evidence) is not None,
        "same_means": same_means,
        "came_after_means": _came_after_means(event, other),
        # A place inside the first telling's (the Zubdiya neighbourhood of Aleppo) told with the means of one attack is
        # where that attack fell, told closer by a second source: not a scene of its own.
        "named_apart": _named_apart(event, other) and not (same_means and _placed_inside(event, other)),
        "opens_on_time": OPENS_ON_TIME.match(event.evidence) is not None,
        "means_differ": _means_differ(event, other),
        "summary_apart": _summary_apart(event, other),
        "denial_apart": (event.status == "denied") != (other.status == "denied"),
        "part_of_several": (mine is not None and theirs is not None and mine < theirs
                            and words["several"].search(other.evidence) is not None
                            and named_place),
    }


def _label_shared(event: Event, other: Event, dictionaries: Dictionaries) -> bool:
    """Does ``event`` name its agents only by a label or a side's generic word ("the rebel coalition", "the terrorists",
    "insurgents"; actors.toml [[label]] and folds.toml label_sides) that ``other``, told before, names among its parties,
    not as the one acted on? Then the word names that party called otherwise ("a massive multi-district assault by the
    rebel coalition" after "a new Islamist opposition alliance including Al-Qaeda's Syrian affiliate attacked"), not a
    second group. The first telling's target is no side in common ("terrorists around getting killed" after "The Syrian
    army has killed at least 100 ISIS terrorists": a label's agent there is a misread victim), nor is a label in the
    first telling, which the later one names by name: a later telling is the one a second source words its own way."""
    told = [a for a in event.actors if a.role == "agent" and event.evidence_start <= a.start < event.evidence_end]
    if not told or not all(_generic_word(a, dictionaries) for a in told):
        return False
    named = {side for a in other.actors if a.role != "target" and other.evidence_start <= a.start < other.evidence_end
             for side in (a.name, a.acts_for) if side}
    return bool({a.name for a in told} & named)


def _generic_word(actor, dictionaries: Dictionaries) -> bool:
    # The government's generic words ("army units", "the air force") open every scene of an army communique's round-up:
    # they name the one party of every scene, and would join them all (folds.toml label_sides).
    words = actor.written
    return words in dictionaries.label_of or dictionaries.side_of.get(words) in load_folds().label_sides


def _came_after_means(event: Event, other: Event) -> bool:
    """Does ``event``'s sentence name ``other``'s means of one attack as what it came after ("After the gas attack
    helicopters dropped barrel bombs on a hospital"; folds.toml [words] came_after)? Then it is a happening of its own
    (folds.toml came_after_means)."""
    return bool(_attack_means(other) & (_attack_means(event) - _attack_means(event, own=True)))


def _attack_means(event: Event, own: bool = False) -> frozenset[str]:
    """The means of one attack its sentence names (folds.toml [fold] one_attack: "gas believed to be chlorine",
    "explosive barrels"): the mark a second source's account shares with the first. ``own``: not the means of what it
    came after ("After the gas attack the Syrian regime reportedly bombarded a hospital"; [words] came_after), which is
    the happening told before named as a time, not this one's means."""
    return _means_in(event.evidence, own)


@lru_cache(maxsize=4096)
def _means_in(evidence: str, own: bool) -> frozenset[str]:
    # Each telling is weighed against several before it: its sentence is read once.
    folds = load_folds()
    after = folds.words["came_after"]
    return frozenset(kind for kind in folds.one_attack
                     if any(not own or not after.search(evidence, max(0, m.start() - 60), m.start())
                            for m in folds.words[kind].finditer(evidence)))


def _placed_inside(event: Event, other: Event) -> bool:
    """Is ``event``'s place one inside ``other``'s: a town or neighbourhood of the province or of the city that names it
    ("the Zubdiya neighbourhood of rebel-held Aleppo" after "a neighbourhood of the Syrian city of Aleppo")?"""
    return (event.location is not None and other.location is not None and bool(event.location.admin1)
            and event.location.admin1 == other.location.name)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


#: A sentence opened by a time of its own ("Earlier ISIL terrorists shot two citizens dead"): the report's next scene.
#: Not an earlier count's source ("Earlier reports said the Syrian Army and Air Force struck ..."): EARLIER_AS_TIME.
OPENS_ON_TIME = re.compile(rf"\W*(?:{EARLIER_AS_TIME}|later|meanwhile|in the meantime)\b", re.IGNORECASE)


def _scored_retelling(index: int, event: Event, kept: list[tuple[int, Event]], dictionaries: Dictionaries, text: str,
                      definite_noun: bool, reported: bool, folded: dict[int, Event],
                      last_told: dict[int, int] | None = None) -> int | None:
    """Rule 1b: the position in ``kept`` of the violence told at most folds.toml ``reach`` sentences before that
    ``event`` (violent, happened, left standing by every named rule) tells again, scored over folds.toml's cues; up to
    ``far_reach`` sentences before, only dated violence whose sentence names the same means of one attack (gas, barrel
    bombs). ``last_told``: id of a kept event -> the sentence of its latest telling folded into it: a happening told
    again and again is within reach of its latest telling (at most ``far_reach`` sentences after its first), the way a
    report goes on telling one attack paragraph after paragraph (``retold_within_reach``)."""
    folds = load_folds()
    types = dictionaries.types
    candidates, far_candidates = [], []
    means = _attack_means(event, own=True) if folds.far_reach > folds.reach else frozenset()
    last_told = last_told or {}
    for position in range(len(kept) - 1, -1, -1):
        other_index, other = kept[position]
        far = index - other_index > folds.reach
        if far and index - other_index > folds.far_reach:
            break
        if far and family(other.type) == family(event.type) and index - last_told.get(id(other), other_index) <= folds.reach:
            far = False  # retold within reach: scored as a telling near it
        if far and not means:
            continue
        if other_index == index or not types[other.type].violent or other.status not in HAPPENED:
            continue
        other = folded.get(id(other), other)
        if far and not (_dated(other) and means & _attack_means(other)):
            # Further back only a dated telling of one attack by its means (folds.toml far_reach): an undated one is
            # as likely the weapon's use told in general ("the use of chemical weapons by Assad's forces").
            continue
        (far_candidates if far else candidates).append(
            (position, _fold_cues(index, event, other_index, other, dictionaries, text, definite_noun, reported)))
    # A telling within reach that it retells comes first: the far one only when none near is.
    found = folds.best(candidates)
    return found if found is not None or not far_candidates else folds.best(far_candidates)


def _part_of_summary(event: Event, other: Event, summaries: frozenset[int]) -> bool:
    """Is ``event`` one of the happenings ``other`` sums up? A telling that names places in several provinces ("6 citizens
    killed 22 injured in terrorist attacks with shells in Damascus Aleppo and Idleb", ``summaries``: the starts of such
    sentences) counts the day's attacks together; a later telling placed in its own sentence ("terrorists fired a rocket
    shell on Iskandaron Street in al-Jamilyeh neighborhood") is one of them, told apart (events-guide.md: strikes on
    different places, told apart, are separate events), not the summary told again."""
    return other.evidence_start in summaries and event.evidence_start not in summaries and _own_place(event)


def _same_place(a: Event, b: Event) -> bool:
    """Do both tellings name the same place ("the Dabbit hospital in Aleppo" and "Aleppo")? A province holds many
    happenings: a town in it is not enough ("To the south of Deir ez-Zor ... killed in an airstrike" is another strike than
    the one on Mayadin)."""
    return a.location is not None and b.location is not None and one_place(a.location, b.location)


#: What a place name's spelling keeps across the ways the news writes it from Arabic: the article ("al-", "Al ",
#: "Ar "), vowels after the first letter, doubled letters, hyphens and spaces ("Jarabulus" / "Jarablus", "al-Qardaha" /
#: "Qardaha", "Mayadeen" / "Al Mayadin", "Tell Abyad" / "Tal Abyad"). Within one governorate the gazetteer's names
#: share 138 such keys, each read by eye (issue 12, nineteenth stop): every one the spellings of one place.
SPELLING_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|ash|az)[- ]", re.IGNORECASE)
SPELLING_DROPPED = re.compile(r"[^a-z]")
SPELLING_VOWELS = re.compile(r"[aeiouy]")
SPELLING_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=4096)
def spelling_key(name: str) -> str:
    """The consonants of a place name, its article dropped: one key for the spellings of one Arabic name."""
    bare = SPELLING_DROPPED.sub("", SPELLING_ARTICLE.sub("", name).lower())
    return SPELLING_DOUBLED.sub(r"\1", bare[:1] + SPELLING_VOWELS.sub("", bare[1:]))


def one_place(a, b) -> bool:
    """Are two resolved places one: the same name, or two spellings of one name in the same governorate (places.toml
    lists "Jarablus" and "Jarabulus", "Qardaha" and "al-Qardaha" as names of their own)? Two tellings of one attack by
    two sources spell the town each its own way; a place of another governorate, or of no governorate, is never matched
    by its spelling."""
    return a.name == b.name or (bool(a.admin1) and a.admin1 == b.admin1 and a.country == b.country
                                and spelling_key(a.name) == spelling_key(b.name))


def _counted(event: Event) -> bool:
    """Does the telling give a figure of its own? Two figures are two counts: _same_count alone makes them one."""
    return event.fatalities is not None and event.fatalities.best is not None


def _named_apart(event: Event, other: Event, opening: bool = False) -> bool:
    """Is ``event``, told after ``other``, placed apart from it: a place named in its own sentence where the first telling
    names none, or one that is neither the same nor one that holds the first telling's? With no date to tell them apart, a
    town named after its province ("In Idlib twenty-eight heads of Ahrar al-Sham were killed ... The army killed a number
    of terrorists in Saraqeb") is another happening; the province named after its town is the same place told loosely.
    ``opening``: ``other`` is the article's opening line (a standfirst or headline), which names the body's story before
    the body places it: a place the next telling names does not part it when the opening line names none of its own."""
    if event.location is None or event.location.text not in event.evidence:
        return False  # no place of its own sentence
    scene = SCENE.match(event.evidence)
    if scene and event.evidence.startswith(event.location.text.split()[0], scene.end()):
        return True  # "In Hama army units foiled an attack": a roundup's next scene, though in the province told before
    if other.location is None or other.location.text not in other.evidence:
        # "Air strikes hit a market in Idlib" after strikes told with no place of their own: a scene of its own; but not
        # after the opening line, which names the body's story before it is placed ("The bomber was on a motorcycle when
        # he attacked a crowd outside a bakery." over "A suicide bomber on a motorcycle blew himself up in ... Hasakah").
        return not opening
    return not one_place(event.location, other.location) and event.location.name not in (other.location.country,
                                                                                         other.location.admin1)


#: The sentences that may hold an article's opening line: the first, or the second after a page's chrome line ("Date of
#: publication"). The article's first telling told there names the body's story before the body places it (_named_apart).
OPENING_LINES = 1


def _opening_line(position: int, index: int, event: Event, dictionaries: Dictionaries) -> bool:
    """Is ``event`` (at ``position`` among the kept tellings, told in sentence ``index``) the article's opening line: its
    first telling, in its first sentence (or the one after a chrome line), told with no reporting verb? A headline or a
    standfirst names the story with no source ("The bomber was on a motorcycle when he attacked a crowd outside a
    bakery."); a first sentence with its source ("Air strikes hit a hospital at dawn, the monitor said.") is the prose
    report's first scene."""
    return (position == 0 and index <= OPENING_LINES
            and cue_words(dictionaries, "reporting_verbs").search(event.evidence) is None)
#: A sentence that opens on its place ("In Hama ...", "In Deir Ezzor province ..."): a report's next scene.
SCENE = re.compile(r"\W*(?:in|elsewhere in|meanwhile in)\s+(?:the\s+)?", re.IGNORECASE)
#: Victims or targets counted on from another happening: "Four more ISIS terrorists were killed", "A further nine people",
#: "3 other persons were injured", "an air raid on another hospital", "more gatherings of ISIS terrorists were targeted"
#: ("more than 10" counts one; "further said", "further added" tell more of the source's account, not more victims).
COUNTED_ON_TEMPLATE = (r"\b(?:{words})\s+(?!than\b)"
                       r"(?!(?:said|says|added|adds|stated|states|noted|explained|reported|claimed|told)\b)[a-z]")
COUNTED_ON = re.compile(COUNTED_ON_TEMPLATE.format(words="more|further|other|another")
                        + r"|\b\d+\s+others\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|died|dead)\b", re.IGNORECASE)
#: The same without "other" and "N others", for the fold of a detail told just after (_same_happening): there they
#: name other doers or the victims beside one named as often as victims of another happening ("Jabhat al-Nusra
#: terrorists and other terrorist groups targeted ...", "while other units destroyed a bulldozer", "His mother and 10
#: others died at sea"); the scored fold still weighs them.
COUNTED_MORE = re.compile(COUNTED_ON_TEMPLATE.format(words="more|further|another"), re.IGNORECASE)


def counted_on(event: Event, pattern: re.Pattern = COUNTED_ON) -> bool:
    """Does the event's sentence count its victims or targets on from another happening (COUNTED_ON: "Four more ISIS
    terrorists were killed in an army operation", "more gatherings of ISIS terrorists were targeted"), not the wounded
    of its own dead (folds.toml [words] more_wounded: "Twelve people were killed and dozens more were wounded")?"""
    if pattern.search(event.evidence) is None:
        return False  # the cheap test first: most sentences count nothing on
    wounded = [m.span() for m in load_folds().words["more_wounded"].finditer(event.evidence)]
    return any(not _inside(wounded, m.start()) for m in pattern.finditer(event.evidence))


#: A past perfect right before a verb trigger: "had also levied sanctions", "had been abducted".
PAST_PERFECT = Caseless(r"\bhad\s+(?:(?:also|already|earlier|previously|just|been)\s+){0,2}$")  # any case, cheaper


#: "had" and a past participle ("had fired", "had been", "had shot"), not "had" as a verb of its own ("had a phone
#: conversation"): the past perfect of what the story's happening came after, some time before it.
PAST_PERFECT_VERB = r"had\s+(?:(?:also|already|earlier|previously|just)\s+)?(?:been|[a-z]+(?:ed|en|wn|ght|t))\b"


#: A present perfect whose verb governs the trigger: a noun or gerund after its object's article or "by" ("pro-government
#: forces have also renewed an offensive around Mosul", "Opposition forces have responded by firing missiles"), or its
#: passive ("dozens of civilians have been killed"). Like the verb triggers of ``PERFECT_BEFORE``, what has happened by
#: the report, on no day of the story told before it. Not an infinitive's perfect ("were believed to have been killed"
#: in the raid told before: that raid's dead).
PERFECT_GOVERNS = Caseless(r"(?<!to )\b(?:has|have)\s+(?:(?:also|already|repeatedly|previously|long|since)\s+)?"
                           r"(?:been\s+$|[a-z]+(?:ed|en|un|wn|ght)\s+(?:(?:an?|the|its|their|by)\s+)(?:[a-z-]+\s+)?$)")


def _past_perfect(event: Event) -> bool:
    """Is the event told in the past perfect, as what had happened before the story's day?"""
    return before_trigger(event, PAST_PERFECT, 30)


def _own_dates_differ(a: Event, b: Event) -> bool:
    return (a.date.basis == b.date.basis == "explicit"
            and not (a.date.first <= b.date.last and b.date.first <= a.date.last))


#: "Thursday's government raids", "Mondays airstrikes": a day's possessive, at most two words before a violent word.
DAY_OWNS = re.compile(r"\b(?:" + english_macros()["WEEKDAYS"] + r"|yesterday|today)(?:['’]s|s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _referent(event: Event, kept: list[tuple[int, Event]], dictionaries: Dictionaries) -> int | None:
    """Position in ``kept`` of the violent event told before that ``event`` names again with a definite article or a
    possessive ("the blast", "Tuesday's bombing", "the Kenya embassy bombing"): the nearest one that happened, on a
    day its date allows, in no other place. Its toll may differ: a retelling often counts one side ("Twelve Americans
    were killed in the Kenya embassy bombing")."""
    types = dictionaries.types
    if not types[event.type].violent:
        # "the talks", "the agreement reached between Israel and the Palestinians": the one told before, unless each
        # has a date of its own and they differ ("the fourth-round talks ended on Sept. 19").
        return next((position for position in range(len(kept) - 1, -1, -1) if kept[position][1].type == event.type
                     and kept[position][1].status != "hypothetical" and not _places_differ(event, kept[position][1], dictionaries)
                     and not _own_dates_differ(event, kept[position][1])), None)
    nearest = None
    for position in range(len(kept) - 1, -1, -1):
        other = kept[position][1]
        if not types[other.type].violent or other.status not in HAPPENED or (_dated(event) and not _dated(other)):
            continue
        if answers(event, other, dictionaries):
            continue
        if _another(event, also=False):
            return None
        if _places_differ(event, other, dictionaries) and _own_place(event):
            continue  # a place of its own sentence, not one borrowed from the next
        if other.type != event.type and _going_on(other, dictionaries) and not _going_on(event, dictionaries):
            # "The infighting came amid an intensified regime offensive ... six civilians killed because of the clashes":
            # an offensive going on is named again as the offensive, not as the day's clashes.
            continue
        if event.date.basis == "explicit" and not (event.date.holds(other.date) or _refines(event, other)):
            continue
        if nearest is not None and kept[position][0] != kept[nearest][0]:
            break
        if nearest is None:
            nearest = position
        if family(other.type) == family(event.type):
            return position
    # "Airstrikes ... killed 85 on Tuesday as intense fighting was underway ... killed in the strikes": of two kinds of
    # violence told side by side in the nearest sentence, the strikes named again are the strikes. Not when the telling
    # dates itself ("Thursday's government raids on Hasakeh were the first time the regime had bombarded Kurdish positions
    # from the air" after "Since Wednesday clashes ... have rocked the city"): a kind of violence not told before, named by
    # its day's possessive; but "Tuesday's bombing", "attack" or "Monday's fighting" may name any violence of the day.
    if (nearest is not None and event.date.basis == "explicit" and family(kept[nearest][1].type) != family(event.type)
            and event.type not in ("casualties", "clashes") and before_trigger(event, DAY_OWNS, 40)
            and event.trigger.lower() not in dictionaries.generic_words | dictionaries.munitions):
        return None
    if nearest is not None and _next_part(event, kept[nearest][1], dictionaries):
        return None
    return nearest


def _next_part(event: Event, other: Event, dictionaries: Dictionaries) -> bool:
    """Is ``event`` the next part of a toll broken down by means, told after ``other`` ("Five of them died in air strikes
    on the town's market place ... Another three were killed in shelling earlier Wednesday")? Each names its means and
    they are of different kinds (folds.toml [words] air, ground_fire, as the means_differ veto reads them), and the
    later one's victims are counted on from the last ("another", "more", "other"): the shelling's dead are not the
    strikes' told again."""
    return COUNTED_ON.search(event.evidence) is not None and _means_differ(event, other)


def _means_differ(event: Event, other: Event) -> bool:
    """Does each telling name its means, of different kinds (folds.toml [words] air, ground_fire: "air strikes" against
    "shelling")?"""
    words = load_folds().words
    means = [{kind for kind in ("air", "ground_fire") if words[kind].search(e.evidence)} for e in (event, other)]
    return bool(means[0] and means[1] and not means[0] & means[1])


#: Right before a violent trigger, the topic of talk: "The senior officials exchanged views about the terrible suspected
#: chemical attack": violence named as what was talked about is told again, not done on the talk's day.
TALKED_ABOUT = re.compile(r"\b(?:about|regarding|concerning)\s+(?:the|a|an|this|that|these|those|last)\s+(?:[\w-]+\s+){0,4}$",
                          re.IGNORECASE)


def _anchor(index: int, event: Event, kept: list[tuple[int, Event]], dictionaries: Dictionaries, text: str = "") -> EventDate | None:
    """The date of the dated event this one's story follows, or None."""
    types = dictionaries.types
    violent = types[event.type].violent
    if ((event.type in SPEECH_TYPES or violent) and before_trigger(event, PERFECT_BEFORE, 40)
            or violent and before_trigger(event, PERFECT_GOVERNS, 50)):
        # "The Syrian government has accused rebels of launching the chemical attacks": a present perfect places no
        # speech on a day told before; it holds as of the report (the publication rule dates it). Nor violence: "IS
        # militants have seized a series of oil facilities" is what has happened by the report, on no day of the story
        # (the dev gold leaves 35 of 52 such violent tellings with no time words undated, anchors 6).
        return None
    previous: Event | None = None  # a dated happening of another kind told in the sentence just before
    for other_index, other in reversed(kept):
        distance = index - other_index
        if distance > ANCHOR_REACH:
            break
        if distance < 1 or not _dated(other) or not _anchoring(other):
            continue
        if other.date.basis not in ("explicit", "anchored"):
            continue
        if event.type in SPEECH_TYPES and other.status not in HAPPENED:
            # "... sign up for insurance under the new law starting October 1. We're going to focus on some specific
            # issues ... Obama said.": a speech told is the report's news; a day only planned or proposed is no day it
            # was made on.
            continue
        if violent == types[other.type].violent and (violent or (_parties(event) & _parties(other)
                                                                and _same_paragraph_story(other, event, text))):
            return replace(other.date, basis="anchored")
        if previous is None and distance == 1 and other.date.precision == "day" and other.status in HAPPENED:
            previous = other
    if (violent and previous is not None and text and not before_trigger(event, TALKED_ABOUT, 60)
            and not PARAGRAPH_BREAK.search(text, previous.evidence_end, event.evidence_start)):
        # "On Aug. 7, Bushnell and others had just ended a news conference ... They were talking when the bomb went off":
        # violence told in the next sentence of the same paragraph as a dated happening of another kind is that day's,
        # when no violence told nearby dates it.
        return replace(previous.date, basis="anchored")
    if violent:
        # "Government air strikes ... killed at least 44 people on Monday ... Elsewhere air strikes on Douma killed at
        # least 10": the day's violence of one kind, however far on, until violence dated otherwise is told between.
        for other_index, other in reversed(kept):
            if other_index >= index or not _dated(other) or not types[other.type].violent or other.status not in HAPPENED:
                continue
            if not _anchoring(other):
                continue  # "Daraya, which fell to regime forces last year": background told in passing ends no day's story
            if other.type == event.type and other.date.precision == "day" and other.date.basis in ("explicit", "anchored"):
                return replace(other.date, basis="anchored")
            break
    return None


#: How many days before the report a day may be for the violence of a round-up to be told on it: the day's news.
ROUND_UP_DAYS = 2
#: Before the trigger, a verb that tells a state or what is said, not a happening of the day ("have been under siege",
#: "tactics which have included the use of chemical weapons", "say most Russian bombs are directed at rebels"), a
#: relative pronoun ("areas that fell under Daish control": a description) or an infinitive's "to" ("use the Incirlik air
#: base to bomb ISIL positions": a purpose).
STATE_BEFORE = re.compile(r"\b(?:has|have|is|are|been|say|says)\b|\b(?:that|which|who)\s+(?:[\w-]+\s+){0,2}$|\bto\s+$",
                          re.IGNORECASE)
#: A preposition right before a gerund: "cooperation in fighting terrorism", "voted against bombing Syria".
GERUND_AFTER = re.compile(r"\b(?:in|against|for|of|on|from|by|about|without)\s+$", re.IGNORECASE)
#: Right after the trigger, the same: "besieged areas have been forced to eat dogs".
STATE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:has|have|is|are)\b", re.IGNORECASE)


def _round_up(settled: list[tuple[int, Event]], published: date | None, text: str, dictionaries: Dictionaries,
              left: set[int], first_told: dict[int, tuple[int, int]] | None = None) -> list[tuple[int, Event]]:
    """Rule 15: violence left undated (``left``: the ids of those neither vague nor told in the past perfect), told as a
    happening in the paragraph of the violence dated to a day of the report's news (at most ROUND_UP_DAYS before it),
    with no violence dated otherwise told before it in that paragraph, is that day's round-up: it takes that day ("Six people were
    killed Monday by a car bomb in Homs ... helicopters dropped a barrel bomb on an opposition area of Aleppo ... North of
    the capital the army shelled Flita"). Not a state, a description or a purpose (``STATE_BEFORE``, ``STATE_AFTER``),
    nor a gerund ("cooperation in fighting terrorism"), nor a fight kept up ("rebels fighting against Assad":
    cues.toml [events] struggle_verbs in -ing). ``first_told``: where a happening whose sentence is a fuller retelling told
    further on was first told (id -> start, end): "Syrian insurgents ... began a major offensive ... said on Thursday"
    told again as "The latest flareup of fighting was the widest rebel offensive" is the day's violence from the lead on."""
    if published is None or not text:
        return settled
    types = dictionaries.types
    struggles = cue_set(dictionaries, "struggle_verbs")
    result = []
    for position, (index, event) in enumerate(settled):
        if id(event) in left and not _dated(event) and types[event.type].violent and event.status in HAPPENED:
            dated = _round_up_day(settled[:position], event, published, text, types, struggles, first_told or {},
                                  _cue_right_before(dictionaries, "reporting_verbs"),
                                  _cue_right_before(dictionaries, "went_on"))
            if dated is not None:
                event = replace(event, date=dated)
        result.append((index, event))
    return result


#: How many sentences after the news lead the violence that gives it its day may be told: the lead's paragraph.
LEAD_REACH = 2


def _lead_day(settled: list[tuple[int, Event]], published: date | None, text: str, dictionaries: Dictionaries,
              left: set[tuple[int, str]]) -> list[tuple[int, Event]]:
    """Rule 16: violence of the story's opening (its first LEAD_REACH + 1 prose sentences after an opening headline)
    left undated, told before any dated violence, takes the day of the first violence told after it, at most LEAD_REACH
    sentences on in its paragraph and dated to a day of the report's news by its own words: a lead names the happening
    and the next sentences say when ("Intense bombing of rebel-held areas of Aleppo has resumed ... Russian forces
    returned to their intense aerial bombardment of rebel-held eastern Aleppo on Tuesday"). Rule 15 dates what is told
    after the day's violence; this, what the opening tells before it. Not when that violence is told in another province
    ("Assads Bombing of Aleppo" over the day's market bombed in Douma; a place the gazetteer puts in no province may be
    the lead's). Past the lead, violence of another family is another happening ("A notorious commander was killed in
    clashes ... In relevant developments in the province on Tuesday Syrian fighter jets ..."): only the dated one's
    family, deaths told alone, or a generic word take its day. Basis ``anchored``. ``left``: the (sentence start,
    trigger) of violence rule 15 may date (neither vague nor told in the past perfect)."""
    if published is None or not text:
        return settled
    types = dictionaries.types
    violence = [(position, index, event) for position, (index, event) in enumerate(settled)
                if types[event.type].violent and event.status in HAPPENED and not _heading(index, event, text)]
    day = next(((index, event) for _, index, event in violence if _dated(event)), None)
    if day is None:
        return settled
    day_index, other = day
    if (other.date.precision != "day" or other.date.basis != "explicit"
            or not 0 <= (published - other.date.first).days <= ROUND_UP_DAYS):
        return settled
    settled = list(settled)
    for position, index, event in violence:
        if index >= day_index or day_index - index > LEAD_REACH or _dated(event):
            continue
        told = any(event.evidence_start <= start < event.evidence_end and trigger.lower() == event.trigger.lower()
                   for start, trigger in left)  # a headline and lead told as one keep the lead's word
        if (told and len(SENTENCE_END.findall(text, 0, event.evidence_start)) <= 1 + LEAD_REACH
                and (family(event.type) == family(other.type) or "casualties" in (event.type, other.type)
                     or dictionaries.generic_words & {event.trigger.lower(), other.trigger.lower()}
                     or _bomb_word(event, dictionaries) or _bomb_word(other, dictionaries))
                and not PARAGRAPH_BREAK.search(text, event.evidence_end, other.evidence_start)
                and not (event.location and other.location and event.location.admin1 and other.location.admin1
                         and _places_differ(event, other, dictionaries))):
            settled[position] = (index, replace(event, date=replace(other.date, basis="anchored")))
    return settled


#: "an aerial bomb", "a car bomb", "another explosion": a bomb word told with an indefinite article is a happening of its own.
A_NEW_ONE = re.compile(r"\b(?:an?|one|another)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _bomb_word(event: Event, dictionaries: Dictionaries) -> bool:
    """Is the event told by a bare or definite bomb word ([generic] munitions: "Intense bombing of rebel-held areas",
    "Reporting the bombing of areas occupied by ... on Sunday"), which names an air strike or shelling as well as a
    bombing on the ground, rather than by "an aerial bomb" or "a car bomb", a happening of its own?"""
    if event.trigger.lower() not in dictionaries.munitions:
        return False
    at = event.trigger_at
    return at >= 0 and A_NEW_ONE.search(event.evidence, max(0, at - 30), at) is None


def _state_before(evidence: str, position: int, reported: re.Pattern, went_on: re.Pattern) -> bool:
    """``STATE_BEFORE`` in the sentence before the trigger, but for "that" right after a reporting verb: "It added that
    the army killed ..." tells what is reported, not a thing described ("areas that fell under Daish control"), and for
    "to" right after a past verb of going on (``went_on``): "the Syrian military continued to battle the insurgents in
    Jubar" tells the day's fighting, not a purpose ("use the Incirlik air base to bomb")."""
    no_state = (("that", reported), ("to", went_on))

    def kept(found: re.Match) -> bool:
        word = found.group().lower()
        return not any(word.startswith(lead) and cue.search(evidence, max(0, found.start() - 20), found.start())
                       for lead, cue in no_state)
    return any(kept(found) for found in STATE_BEFORE.finditer(evidence, 0, position))


def _round_up_day(before: list[tuple[int, Event]], event: Event, published: date, text: str, types,
                  struggles: frozenset[str], first_told: dict[int, tuple[int, int]], reported: re.Pattern,
                  went_on: re.Pattern) -> EventDate | None:
    position = event.trigger_at
    if (position < 0 or GERUND_AFTER.search(event.evidence, max(0, position - 20), position) and event.trigger.lower().endswith("ing")
            or event.trigger.lower() in struggles and event.trigger.lower().endswith("ing")
            or _state_before(event.evidence, position, reported, went_on) or STATE_AFTER.match(event.evidence, position + len(event.trigger))):
        return None
    day = None
    for _, other in reversed(before):
        if not _dated(other) or not types[other.type].violent or other.status not in HAPPENED:
            continue
        if not _anchoring(other):
            continue  # background told in passing ("which fell to regime forces last year") ends no day's story
        start, end = other.evidence_start, other.evidence_end
        if start >= event.evidence_start and id(other) in first_told:
            start, end = first_told[id(other)]
        if start >= event.evidence_start or PARAGRAPH_BREAK.search(text, end, event.evidence_start):
            break
        if (other.date.precision != "day" or other.date.basis not in ("explicit", "anchored")
                or not 0 <= (published - other.date.first).days <= ROUND_UP_DAYS
                or day is not None and other.date.first != day.first):
            return None  # violence dated otherwise in the paragraph: the round-up is of no one day
        day = day or other.date
    return None if day is None else replace(day, basis="anchored")


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: A sentence that opens its paragraph (a blank line or the text's start before it) and one that closes it.
OPENS_PARAGRAPH = re.compile(r"(?:^|\n[ \t]*\n)\s*$")
CLOSES_PARAGRAPH = re.compile(r"[ \t]*(?:\n[ \t]*\n|\s*$)")


def _same_paragraph_story(other: Event, event: Event, text: str) -> bool:
    """Is ``event`` told in the paragraph of ``other``, or is that paragraph ``other``'s sentence alone (wire copy
    gives each sentence a paragraph: its breaks do not end a story)? A paragraph of several sentences ends one.
    Paragraphs are parted by a blank line, as the readers write them."""
    if not text or not PARAGRAPH_BREAK.search(text, other.evidence_end, event.evidence_start):
        return True
    return (OPENS_PARAGRAPH.search(text[max(0, other.evidence_start - 100):other.evidence_start]) is not None
            and CLOSES_PARAGRAPH.match(text, other.evidence_end) is not None)


def _parties(event: Event) -> set[str]:
    """Who acts in a speech or diplomatic event: its first actor and whom that one acts for."""
    if not event.actors:
        return set()
    first = event.actors[0]
    return {side for side in (first.name, first.acts_for) if side}


def _same_happening(index: int, event: Event, kept: list[tuple[int, Event]],
                    dictionaries: Dictionaries, summaries: frozenset[int] = frozenset()) -> tuple[int, Event] | None:
    """The violent event told just before (within ANCHOR_REACH sentences) on the same day that ``event`` (dated,
    violent) tells more of: "IS fighters attacked a school in Sarrin on Monday ... A first attacker blew himself
    up ... At least 10 Kurdish fighters were killed in the blast". A detail with no date of its own (anchored)
    may be told with another word for the violence; one with its own date must be of the same family. Further on,
    the same day's violence by the same side told again with the first telling's word is that one too. Victims or
    targets counted on (COUNTED_MORE: "Four more ISIS terrorists were killed in an army operation" three sentences after
    "an army unit eliminated gatherings of ISIS terrorists") tell another happening, as in the scored fold's veto."""
    if counted_on(event, COUNTED_MORE):
        return None
    types = dictionaries.types
    for other_index, other in reversed(kept):
        if (not types[other.type].violent or not _dated(other) or _part_of_summary(event, other, summaries)
                or not (other.date.precision == "day" or tally(other.date) and tally(event.date))
                or (other.date.first, other.date.last) != (event.date.first, event.date.last)
                or other.status not in HAPPENED):
            continue
        if index - other_index > ANCHOR_REACH:
            # Further on, the same day's happening told again in its own words by the same side: "... after Turkey
            # began a military offensive into north-eastern Syria on Wednesday. ... On Wednesday, Turkey began a
            # military offensive with airstrikes followed by a ground invasion."
            # The word must name a kind of violence: "killed" or "the attack" may be any of the day's.
            if (_words_of(other) in _words_of(event, whole=True) and agents(event) & agents(other)
                    and other.type != "casualties" and other.trigger.lower() not in dictionaries.generic_words
                    and not _told_apart(event, other, dictionaries)):
                return other_index, other
            continue
        if (family(other.type) != family(event.type) and "casualties" not in (event.type, other.type)
                and (event.date.basis != "anchored" or other_index == index)):
            # Deaths told without their cause are the toll of any of the day's violence; two kinds told in two clauses of
            # one sentence ("helicopters struck as intense clashes were underway") are two happenings.
            continue
        if (_told_apart(event, other, dictionaries) or _next_part(event, other, dictionaries)
                or means_told_apart(event, other)):
            continue
        if _series_and_one(event, other, dictionaries):
            continue  # "on Monday the fourth day of an incursion" and a town taken that day: the series holds the one
        return other_index, other
    return None


#: What an article tells once between the same parties: a deal, a truce, sanctions. (Not meetings: a visit holds
#: several, with the same host: "Annan, who arrived here late Monday" before his talks with the foreign minister.)
TOLD_ONCE = frozenset({"agreement", "ceasefire", "sanctions"})


def _same_deal(event: Event, kept: list[tuple[int, Event]]) -> int | None:
    """Rule 11 (module docstring): the position in ``kept`` of the deal, truce or sanction of the same day, between the
    same parties, that ``event`` tells again ("Presidents Kuchma of Ukraine and Yeltsin of Russia signed an economic
    cooperation plan Friday ... The two presidents on Friday signed the plan"), or None."""
    if event.type not in TOLD_ONCE or not _dated(event) or event.status not in HAPPENED:
        return None
    parties = agents(event) or _parties(event)
    for position in range(len(kept) - 1, -1, -1):
        other = kept[position][1]
        if (other.type == event.type and other.status in HAPPENED and _dated(other)
                and (other.date.first, other.date.last) == (event.date.first, event.date.last)):
            theirs = agents(other) or _parties(other)
            if not parties or not theirs or parties & theirs:
                return position
    return None


def _same_plan(event: Event, kept: list[tuple[int, Event]]) -> int | None:
    """Rule 12 (module docstring): the position in ``kept`` of the dated planned meeting, by the same party, that an
    undated planned meeting tells more of ("Mottaki will visit Pakistan this week for talks ... Mottaki was also expected
    to discuss Iran's nuclear programme with Pakistani officials"), or that one dated by a day of its week tells the day
    of (``_day_of_trip``), or None."""
    if event.type != "diplomatic_meeting" or event.status != "planned":
        return None
    parties = _parties(event)
    return next((position for position in range(len(kept) - 1, -1, -1) if kept[position][1].type == event.type
                 and kept[position][1].status == "planned" and _dated(kept[position][1])
                 and parties & _parties(kept[position][1])
                 and (not _dated(event) or _day_of_trip(event, kept[position][1]))), None)


def _day_of_trip(event: Event, plan: Event) -> bool:
    """Is the dated planned meeting ``event`` the day of the trip ``plan`` dates by a week ("Mottaki will visit Pakistan
    this week ... Mottaki -- who was due to arrive in Pakistan on Wednesday -- will be making his first visit"): a day
    the plan's week holds, told of the same place (the place of one is the other's place, or a party it names: the
    country visited)?"""
    if not (plan.date.precision == "week" and event.date.precision == "day" and _refines(event, plan)):
        return False
    place = lambda e: {e.location.name} if e.location is not None else set()  # noqa: E731
    names = lambda e: place(e) | {a.name for a in e.actors}  # noqa: E731
    return bool(place(event) & names(plan) or place(plan) & names(event))


#: What a party's news of the report's day may retell: a proposal, deal, truce, sanction or meeting told again with no
#: time of its own; a meeting or a deal only by the same word (SAME_WORD). (Not statements: rule 8 folds those by speaker.)
RETOLD_ON_REPORT_DAY = TOLD_ONCE | {"proposal", "diplomatic_meeting"}
STORY_DAYS = timedelta(days=7)
#: Told again only by the same word: a visit holds several meetings, and "the Ukrainian parliament has already ratified
#: it" (the treaty) is not the presidents' signing of the day.
SAME_WORD = frozenset({"diplomatic_meeting", "agreement"})
#: "In another dramatic move, Castro announced that the chief ... was willing to": a new act of the party, anywhere before.
NEW_MOVE = re.compile(r"\b(?:another|a\s+new|a\s+second|a\s+further)\b.*$", re.IGNORECASE)


def _told_on_report_day(index: int, event: Event, kept: list[tuple[int, Event]], presupposed: set[int], fold_into,
                        published: date | None) -> bool:
    """Rule 17 (module docstring): a proposal, deal, truce or sanction dated only by the report (no time expression of its
    own), with a telling of its type dated by its own words between a party in common, is that one told again ("Saddam
    Hussein ... in offering his first rough proposal" in the lead, "The Iraqi leader, in an 'initiative' ..., announced
    yesterday"; "The main rebel coalition has said it is willing to accept a temporary truce" before "Syria's main
    opposition group agreed to the 'possibility' of a temporary truce Saturday"): folded into the nearest such telling.
    A meeting or a deal so only when told by the same word (SAME_WORD: "said on a visit to Ramallah", "arrived early
    Saturday on a visit to Israel"). "Also", "another" tell another; so does a telling dated before the story's days
    (STORY_DAYS before the report: "On April 4, 1949, ... Acheson signed the Washington treaty" is not the day's signing)
    or after the report, or told as a plan where the other happened."""
    if (published is None or event.date.basis != "publication" or event.type not in RETOLD_ON_REPORT_DAY
            or id(event) in presupposed or _another(event) or before_trigger(event, NEW_MOVE, len(event.evidence))):
        return False  # the cheap tests first: most events are of other types
    parties = agents(event) or _parties(event)
    if not parties:
        return False
    candidates = [(other_index, other) for other_index, other in kept
                  if other is not event and other.type == event.type and other.date.basis in ("explicit", "anchored")
                  and id(other) not in presupposed and other.status != "hypothetical"
                  and (other.status == event.status or {other.status, event.status} <= set(HAPPENED))
                  and published - STORY_DAYS <= other.date.first and other.date.last <= published
                  and (event.type not in SAME_WORD or other.trigger.lower() == event.trigger.lower())
                  and parties & (agents(other) | _parties(other))]
    target = min(candidates, key=lambda c: abs(c[0] - index), default=None)
    if target is None:
        return False
    # Kept as a count is: the dated telling keeps its sentence, which tells when (the retelling only adds its parties).
    fold_into(*target, index, event, count=True)
    return True


def _placed_retelling(index: int, event: Event, kept: list[tuple[int, Event]], presupposed: set[int], fold_into,
                      dictionaries: Dictionaries, back_references: set[tuple[int, str]]) -> bool:
    """Rule 9 (module docstring): a deal, truce or sanction placed only by another event ("strikes hit the city hours after the US
    and Russia announced a deal") that the article tells in its own right, dated, with a party in common ("The United
    States and Russia announced a deal Saturday"), is that one, named to place the other: folded into it. So is violence
    named again to place another ("Prior to the Slepian's shooting, Kopp had traveled", "headed to East Africa after the
    bombings that targeted U.S. embassies")."""
    if id(event) in presupposed and (event.evidence_start, event.trigger.lower()) in back_references:
        target = _placed_violence(index, event, kept, presupposed, dictionaries)
        if target is not None:
            fold_into(*target, index, event, named_again=True)
            return True
    if id(event) not in presupposed or not (event.type in TOLD_ONCE or event.type == "diplomatic_meeting" and definite(event)):
        return False  # a meeting only when named as one known ("shortly after the conclusion of the NATO summit")
    parties = agents(event) or _parties(event)
    for other_index, other in kept:
        if (other is not event and id(other) not in presupposed and other.type == event.type and _dated(other)
                and other.status != "hypothetical" and parties & ({a.name for a in other.actors} | agents(other))):
            fold_into(other_index, other, index, event, named_again=True)
            return True
    return False


def _placed_violence(index: int, event: Event, kept: list[tuple[int, Event]], presupposed: set[int],
                     dictionaries: Dictionaries) -> tuple[int, Event] | None:
    """The dated violent happening, told in its own right, that a violent noun named again with a determiner or a possessive
    only to place another event names (rule 9): one of its family (or either told with a generic word: "the attack") whose
    toll and place do not differ and that no word says is another, the nearest told before it, else the nearest after (a
    lead may place what its body tells). Agents do not part them: the names of the sentence are those of the event it
    places ("Mofaz gave the green light to targeted killings in the wake of the bombing at the mall")."""
    types = dictionaries.types
    if not types[event.type].violent:
        return None
    generic = dictionaries.generic_words & {event.trigger.lower()}
    candidates = [(other_index, other) for other_index, other in kept
                  if other is not event and id(other) not in presupposed and types[other.type].violent and _dated(other)
                  and other.status in HAPPENED and other_index != index  # its own sentence's is the happening it places
                  and not (_tolls_differ(event, other) or _places_differ(event, other, dictionaries) or _another(event))
                  and (family(other.type) == family(event.type) or generic or other.trigger.lower() in dictionaries.generic_words)]
    return min(candidates, key=lambda c: (c[0] > index, abs(c[0] - index)), default=None)


def _words_of(event: Event, whole: bool = False) -> str:
    """The trigger of an event as words (or, ``whole``, its sentence), lower case, spaced for a word match."""
    words = WORD.findall((event.evidence if whole else event.trigger).lower())
    return " " + " ".join(words) + " "


WORD = re.compile(r"[\w-]+")


def settle(numbered: list[tuple[int, Event]], published: date | None, dictionaries: Dictionaries,
           attributions: set[tuple[int, str]] = frozenset(), mentions: set[tuple[int, str]] = frozenset(),
           text: str = "", back_references: set[tuple[int, str]] = frozenset(),
           said_dated: set[tuple[int, str]] = frozenset(), retold: list[Event] = (),
           verb_told: set[tuple[int, str]] = frozenset(), summaries: frozenset[int] = frozenset()) -> list[tuple[int, Event]]:
    """Rules 1-14 of the module docstring, in one pass over the article's events in order. ``attributions``: the
    (sentence start, reporting verb) of statements that may only attribute another event of their sentence;
    ``mentions``: the (sentence start, trigger) of meetings, deals, truces and sanctions named by a noun alone;
    ``text``: the article's text, for the evidence of two tellings in adjacent sentences; ``back_references``: the
    (sentence start, trigger) of violent nouns told with a definite article or a possessive ("the blast"); ``said_dated``:
    the (sentence start, trigger) of violent events dated only by the time of a reporting verb told after them
    ("..., officials said as dawn broke Saturday"); ``retold``: violence already folded away as told again ("the mortar
    attack"), whose sentence's reporting verb told after it is its source (rule 6), as for those folded here;
    ``verb_told``: the (sentence start, trigger) of violent nouns whose clause tells the happening by a verb ("were killed
    during the strikes"): said after a reporting verb, they are described, not named (rule 6)."""
    types = dictionaries.types
    series = cue_words(dictionaries, "series_span")
    reporting = cue_words(dictionaries, "reporting_verbs")
    numbered = [(index, _series(event, series)) for index, event in numbered]
    # Rule 1 looks both ways: a headline retells the lead that comes after it.
    said = lambda e: (e.evidence_start, e.trigger.lower()) in said_dated  # noqa: E731
    dated_violent = [(i, e) for i, e in numbered if _dated(e) and types[e.type].violent]
    # A toll dated by its telling is the count of violence dated by its own words, never of another such toll.
    own_dated = [(i, e) for i, e in dated_violent if not said(e)]
    told_dated = [(i, e) for i, e in dated_violent if said(e)]
    kept: list[tuple[int, Event]] = []
    left: set[int] = set()  # ids of violence left undated that rule 15 may date: neither vague nor before the story
    folded: dict[int, Event] = {}  # id(first telling) -> first telling with what retellings added
    presupposed: set[int] = set()  # ids of events named as what another follows ("following the killing of X")

    verbs = {start: verb for start, verb in attributions}
    last_told: dict[int, int] = {}  # id(first telling) -> the sentence of its latest telling folded into it (rule 1b)
    told_first: set[int] = set()  # sentences whose retelling is told before their reporting verb, or described after it
    # Violence folded before settling, told before the reporting verb: where its trigger is, for the speaker to follow it.
    retold_first = {e.evidence_start: e.evidence_start + max(0, e.trigger_at) for e in retold
                    if e.evidence_start in verbs and not _after_verb(e, verbs[e.evidence_start])}

    went: dict[int, tuple[int, Event, Event]] = {}  # id(telling folded away) -> (sentence, event) it went into, itself

    def fold_into(first_index: int, first: Event, index: int, retold: Event, named_again: bool = False,
                  count: bool = False, sourced: bool = False) -> None:
        end_index, end = first_index, first
        while id(end) in went and went[id(end)][1] is not retold:
            end_index, end, _ = went[id(end)]
        if end is not first and _same_family(retold, end):
            # A target found among the dated tellings (own_dated) may itself have been folded away already: the
            # retelling goes where that telling went, its parties limited to those its sentence sets acting or hit.
            first_index, first, chained = end_index, end, True
        else:
            chained = False
        went[id(retold)] = (first_index, first, retold)  # the retelling held, so that its id names it alone
        if retold.evidence_start in verbs and (sourced or not _after_verb(retold, verbs[retold.evidence_start])):
            # '"Unknown gunmen opened fire at a car ..., killing ...," police officer Col. Ali Muhmoud told Xinhua': the
            # officer is the source of the retelling, not a speech of his own (rule 6).
            told_first.add(retold.evidence_start)
        elif retold.evidence_start in verbs and (retold.evidence_start, retold.trigger.lower()) in verb_told:
            # "The General Staff said that 14 militants were killed during the shelling": told again by a past verb
            # after the reporting verb, the happening is described, and the speech is its source (rule 6).
            told_first.add(retold.evidence_start)
        # What was already folded into either telling stays with the one event they make.
        last_told[id(first)] = max(last_told.get(id(first), first_index), last_told.pop(id(retold), index), index)
        told = folded.pop(id(retold), retold)
        folded[id(first)] = _fold(folded.get(id(first), first), _chain_parties(told) if chained else told, text,
                                  abs(first_index - index) == 1 and not count, named_again, count or chained,
                                  _opening_headline(first_index, first, text) and _counted(retold),
                                  # the opening line told in lower case gives way to the body's sentence all the same
                                  index == 0 and first_index > 0 and _heading(index, retold, text),
                                  _toll_told(retold, dictionaries) and not _toll_told(first, dictionaries),
                                  # a count updated gives way to the retelling that tells the happening with that count
                                  _toll_risen(first, dictionaries) and not _toll_risen(retold, dictionaries)
                                  and _counted(retold) and retold.fatalities.best == first.fatalities.best
                                  and not _headline(retold)
                                  and not _opening_headline(index, retold, text))

    # The body's first violence that happened: the story an opening headline names.
    lead, lead_event = next(((i, e) for i, e in numbered if i > 0 and types[e.type].violent and e.status in HAPPENED),
                            (None, None))
    waiting: Event | None = None  # an opening headline told again by its undated lead of its own family
    for index, event in numbered:
        if waiting is not None and event is lead_event:
            # The lead takes in the headline it tells: its sentence, with what the headline adds (toll, parties); where
            # the lead is folded or dated the headline goes with it.
            one = _fold(event, waiting)
            event = replace(one, evidence=event.evidence, evidence_start=event.evidence_start,
                            evidence_end=event.evidence_end, date=event.date)
            waiting = None
        if event.date.basis == RELATIVE and event.type in SPEECH_TYPES and not event.actors:
            continue  # "Freeh flew to Washington after the press conference": rule 4, no speaker named
        if event.date.basis == RELATIVE:  # "following the visit": placed by another event, never dated here ...
            came = _came_after(index, event, kept, dictionaries) if event.status in HAPPENED else None
            event = replace(event, date=UNDATED if came is None else came)  # ... unless as the scene (rule 18)
            presupposed.add(id(event))
            kept.append((index, event))
            continue
        if event.date.basis == SPANNED:  # "three sniper attacks ... between 1994 and 1997": a time of its own, no unit
            kept.append((index, replace(event, date=UNDATED)))  # holds it; no other telling's day, and no retelling
            continue
        among = _counted_among(index, event, kept, dictionaries, folded)
        if among is not None:  # "12 children were among the victims of the attack": the dead of the happening told
            fold_into(*kept[among], index, event, named_again=True)
            continue
        part = _broken_down(index, event, kept, dictionaries, folded)
        if part is not None:  # "while six others were killed in a village near the city": the count told, by place
            fold_into(*kept[part], index, event, count=True)
            continue
        vague = event.date.basis == VAGUE  # "Recently fierce clashes erupted": before the report, nowhere more precisely
        if vague:
            event = replace(event, date=UNDATED)
        if (not _dated(event) or said(event)) and types[event.type].violent and event.status in HAPPENED:
            if ((_headline(event) or _page_title(event, text)) and _heading(index, event, text)
                    and lead_event is not None and index < lead and not _dated(lead_event)
                    and family(lead_event.type) == family(event.type) and not _countrywide(lead_event)
                    and event.evidence_start not in summaries
                    and not _told_apart(event, lead_event, dictionaries, _headline_sides_apart, _told_places_differ)):
                # "Dozens Killed in International Coalition Airstrikes on Manbij" before "airstrikes led by the
                # international coalition have killed dozens of people ... in Tokhar", undated: the headline names its
                # lead, of its own family, before any dated violence of another kind told further on ("took control of
                # a base ... at the beginning of the week").
                waiting = event
                continue
            # Violence dated by its own words first; a toll dated only by its telling is a target of last resort.
            for targets in (own_dated, () if said(event) else told_dated):
                heading = _heading(index, event, text) and lead is not None
                target = _retelling_of(index, event, targets, dictionaries, lead if heading else None, summaries)
                if target is not None:
                    if said(event):  # a count told on: its telling's day is not the violence's, its sentence not the telling
                        fold_into(*targets[target], index, replace(event, date=UNDATED), count=True)
                    elif heading and targets[target][0] == lead and _told_apart(event, targets[target][1], dictionaries):
                        # A headline told apart by its figures alone: the body's telling keeps its sentence and figure
                        # (the headline's may sum the body's counts).
                        fold_into(*targets[target], index, event, count=True)
                    else:
                        fold_into(*targets[target], index, event)
                    if heading and targets[target][0] == lead and event.evidence_start in verbs:
                        # "Russia says kills 7 Nusra Front field commanders": the headline's speaker is its news's
                        # source, as the lead's is (rule 6).
                        told_first.add(event.evidence_start)
                    break
            if target is not None:
                continue
            # "Slepian was killed by a single gunshot" after "charged with gunning down Dr. Barnett Slepian last fall":
            # one person's killing told again, undated, against a telling dated to a season or a year (rule 1c).
            target = _victim_retold(index, event, own_dated, dictionaries)
            if target is not None:  # the finer telling keeps its sentence: it is the one that dates the killing
                fold_into(*own_dated[target], index, event, count=True)
                continue
            if said(event):
                detail = _told_in_detail(index, event, own_dated, dictionaries)
                if detail is not None:
                    event = replace(event, date=replace(detail.date, basis="anchored"))
        if (event.evidence_start, event.trigger.lower()) in back_references and event.status in HAPPENED:
            target = _referent(event, kept, dictionaries)
            if target is not None:
                if not _dated(event) and not _dated(folded.get(id(kept[target][1]), kept[target][1])):
                    # Neither telling has a date of its own: the story dates the happening where it is told again ("On
                    # Aug. 7, Bushnell had just ended a news conference. They were talking when the bomb went off").
                    anchored = _anchor(index, event, kept, dictionaries, text)
                    event = event if anchored is None else replace(event, date=anchored)
                fold_into(*kept[target], index, event, named_again=True)
                continue
        earlier = not _dated(event) and _past_perfect(event)
        if not _dated(event) and event.status in HAPPENED and not earlier:
            # (a series of strikes over weeks or months is no day's story)
            series = event.type == CAMPAIGN or _going_on(event, dictionaries)
            anchored = _anchor(index, event, kept, dictionaries, text) if not series and not vague else None
            if anchored is None and not vague and not series:
                left.add(id(event))
            if anchored is not None:
                event = replace(event, date=anchored)
            elif types[event.type].violent:
                target = _undated_retelling(event, kept, dictionaries, summaries)
                if target is not None:
                    fold_into(*kept[target], index, event)
                    continue
        if (_dated(event) and event.date.basis == "explicit" and event.date.precision in COARSE_PRECISIONS
                and types[event.type].violent and event.status in HAPPENED):
            # "the 2005 murder of former premier Rafiq Hariri" after his killing "in February 2005": a coarser date that
            # holds the first telling's is no other happening when the same person is its victim (rule 1c).
            target = _victim_retold(index, event, own_dated, dictionaries)
            if target is not None:  # the finer telling keeps its sentence: it is the one that dates the killing
                fold_into(*own_dated[target], index, event, count=True)
                continue
        if _dated(event) and types[event.type].violent and event.status in HAPPENED:
            same = _same_happening(index, event, kept, dictionaries, summaries)
            if same is not None:
                fold_into(*same, index, event)
                continue
        if not _dated(event) and (event.evidence_start, event.trigger.lower()) in mentions:
            continue  # "a series of peace conferences has made little progress": a mention, not a happening
        if not _dated(event) and event.type == "statement" and event.status in HAPPENED and not vague:
            claimed = _claimed(index, event, kept, dictionaries)
            if claimed is not None:  # rule 14: "claimed responsibility for the attack" follows that attack, made of it
                event = replace(event, date=replace(claimed.date, basis="anchored"), location=event.location or claimed.location)
        if (not _dated(event) and published is not None and event.type in NEWS_OF_THE_DAY and not earlier and not vague
                and (event.status in ("occurred", "reported") or (event.type, event.status) == ("proposal", "proposed"))
                and any(a.role != "target" for a in event.actors)):
            event = replace(event, date=publication_day(published))
        if not event.actors and (event.type in SPEECH_TYPES or not _dated(event) and event.type in NEWS_OF_THE_DAY):
            continue
        if event.status == "hypothetical" and (not _dated(event) or event.date.basis == "publication"):
            if not (types[event.type].violent and event.type != "casualties" and any(a.known for a in event.actors)
                    and _named_possible(event, dictionaries)
                    and not any(k.type == event.type and k.status == "hypothetical" for _, k in kept)):
                continue  # "if the UN could guarantee a cease-fire", "efforts are ongoing to negotiate": neither happened nor placed
            # Rule 4: "committed to a possible strike against Iraq", "the threat of NATO air strikes against Milosevic":
            # violence named as a possibility is the guide's hypothetical event, kept once, with no time of its own. A
            # party must be named in it: "an imminent threat of torture", "protect the donor from possible attacks" name
            # no one's violence, only a danger (a legal test, a fear).
            event = replace(event, date=UNDATED)
        if (event.status == "planned" and types[event.type].violent and (not _dated(event) or event.date.basis == "publication")
                and (_quoted(event) or not _own_plan(event, dictionaries))):
            # '"If (Islamic State) are done with us the other tribes will be targeted"', '``We will keep fighting with the
            # laws ...,'' Lazaro Gonzalez said': violence a speaker intends, threatens or fears in the words quoted, with no
            # time told but the report's day, is what is said (a speech, where a party makes it), not a happening placed
            # in time. So is violence the report only foresees, hopes for or expects ("The first would be to launch the
            # invasion of Saudi Arabia", "The U.S. hopes its troops will drive Iraqi forces out of Kuwait", "forces had long
            # been expected to try to encircle it"): a plan is news when a party is told making it (cues.toml [events]
            # own_plans: "The United States and Russia are preparing a joint airstrike campaign").
            continue
        if (event.type == "casualties" and event.date.precision == "year" and event.status in HAPPENED
                and event.fatalities is not None and (event.fatalities.best or 0) > 1):
            continue  # "The Israelis suffered a record 39 deaths in southern Lebanon last year": a year's total, no occasion
        if types[event.type].violent and event.status in HAPPENED and event.type != CAMPAIGN:
            scored = _scored_retelling(index, event, kept, dictionaries, text,
                                       (event.evidence_start, event.trigger.lower()) in back_references or definite(event),
                                       event.evidence_start in verbs or reporting.search(event.evidence) is not None,
                                       folded, last_told)
            if scored is not None:  # rule 1b: several weak cues at once say it is the happening told just before
                # Deaths told alone after violence told with its cause ("Earlier in the day a blast occurred near a bus
                # convoy ... there are many burnt bodies") are a count of it: the first sentence tells the happening.
                count = event.type == "casualties" and kept[scored][1].type != "casualties"
                first = folded.get(id(kept[scored][1]), kept[scored][1])
                place = first.location
                # A second source's count of one attack, told by its means ("Syria Civil Defence ... said it had
                # recorded three deaths ... after a barrel containing a gas ... fell"): the speaker is its source, no
                # statement of its own (rule 6). A party's account with no count ("Moscow ... saying that while Syrian
                # aircraft had carried out a strike the chemicals were part of a terrorist stockpile") is its position.
                sourced = event.fatalities is not None and bool(_attack_means(event, own=True) & _attack_means(first))
                fold_into(*kept[scored], index, event, count=count, sourced=sourced)
                if place is not None and not _own_place(event):
                    # A retelling's place borrowed from the sentences around it ('"A truck packed with explosives
                    # detonated..." ... In the northern province of Raqa') is not where the first telling placed it.
                    key = id(kept[scored][1])
                    if folded[key].location is None or folded[key].location.name != place.name:
                        folded[key] = replace(folded[key], location=place)
                continue
        plan = _same_plan(event, kept)
        if plan is not None:
            fold_into(*kept[plan], index, event)
            continue
        same_deal = _same_deal(event, kept)
        if same_deal is not None:
            fold_into(*kept[same_deal], index, event)
            continue
        kept.append((index, event))
    kept = [(index, event) for index, event in kept
            if not _placed_retelling(index, event, kept, presupposed, fold_into, dictionaries, back_references)]
    # Rule 17: a deal, truce, sanction or proposal told with no time of its own is the one its party's dated telling dates.
    told_on_day = [(index, event) for index, event in kept
                   if _told_on_report_day(index, event, kept, presupposed, fold_into, published)]
    kept = [(index, event) for index, event in kept if all(event is not e for _, e in told_on_day)]
    settled = [(index, folded.get(id(event), event)) for index, event in kept]
    # A first telling left undated that took in a retelling is still that violence left undated (rule 15 may date it).
    left |= {id(folded[id(event)]) for _, event in kept if id(event) in left and id(event) in folded}
    # Where each happening was first told, when a fuller retelling further on gave it its sentence (rule 15).
    first_told = {id(folded[id(event)]): (event.evidence_start, event.evidence_end) for _, event in kept if id(event) in folded}
    # Rule 6: sentences that still tell a happening of their own once retellings are folded away. A first telling whose
    # retelling gave the event its sentence (a fuller one) still told it in its own, if before the reporting verb
    # ("Dozens of Daesh militants early on Monday attacked government positions ... said the Syrian Observatory").
    placing = _placing(dictionaries)
    news = {e.evidence_start for _, e in settled if e.type not in SPEECH_TYPES
            and (id(e) not in presupposed or (e.evidence_start, e.trigger.lower()) in verb_told)
            and not ((definite(e) or _placed(e, placing)) and _after_verb(e, verbs.get(e.evidence_start))
                     and (e.evidence_start, e.trigger.lower()) not in verb_told)
            and (e.evidence_start, e.trigger.lower()) not in attributions} | told_first
    # A truce or proposal folded by rule 17 was its sentence's news still: "The main rebel coalition has said it is willing
    # to accept a temporary truce" tells the truce, its saying no statement of its own.
    news |= {e.evidence_start for _, e in told_on_day}
    news |= {e.evidence_start for _, e in kept if id(e) in folded and folded[id(e)].evidence_start != e.evidence_start
             and e.type not in SPEECH_TYPES and id(e) not in presupposed and e.evidence_start in verbs
             and (not _after_verb(e, verbs[e.evidence_start]) or (e.evidence_start, e.trigger.lower()) in verb_told)}
    # "The ministry also stressed that commanders were also killed during the strikes": violence folded away before
    # settling, told again by a verb after the reporting verb, is what the speech describes: the speech is its source.
    news |= {e.evidence_start for e in retold if e.evidence_start in verbs and (e.evidence_start, e.trigger.lower()) in verb_told
             and _after_verb(e, verbs[e.evidence_start])}
    blame = _blame(dictionaries)
    settled = [(index, _blames(e, blame, cue_set(dictionaries, "reporting_nouns")) or e) for index, e in settled]
    characterizing = _characterizing(dictionaries)
    settled = [(index, e) for index, e in settled if not _characterizes(e, characterizing, text)]
    settled = [(index, e) for index, e in settled
               if e.type == "accusation"
               or not ((e.evidence_start, e.trigger.lower()) in attributions
                       and (e.evidence_start in news or _source_after(e, retold_first.get(e.evidence_start))))]
    settled = _round_up(settled, published, text, dictionaries, left, first_told)
    undated_left = {(e.evidence_start, e.trigger) for _, e in settled if id(e) in left and not _dated(e)}
    settled = _same_count(settled, text, dictionaries)
    settled = [(index, _campaign(event)) for index, event in settled]
    settled = _one_speech_a_day(_headline_speech(_met_before(_headline_told_on(settled, dictionaries, text), presupposed,
                                                             dictionaries), text), cue_set(dictionaries, "announcing_verbs"), text)
    # Rule 19: once a speech told on is folded into it (rule 8), a statement of a state's armed forces that only tells
    # violence is that violence's source ("the army said it killed 20 militants").
    settled = [(index, e) for index, e in settled if not _military_report(e, dictionaries, text)]
    return _lead_day(settled, published, text, dictionaries, undated_left)


@lru_cache(maxsize=4)
def _military_cues(dictionaries: Dictionaries) -> tuple[Caseless, re.Pattern, Caseless] | None:
    """cues.toml [events] military_speakers (ending right before the verb), military_report (right after it) and the
    reporting verbs (cue_words)."""
    cues = dictionaries.cues.get("events", {})
    if not cues.get("military_speakers") or not cues.get("military_report"):
        return None
    speakers = Caseless("|".join(f"(?:{r})" for r in cues["military_speakers"]), gated=True)  # searched before each verb
    return speakers, re.compile(cues["military_report"], re.IGNORECASE), cue_words(dictionaries, "reporting_verbs")


def _military_report(event: Event, dictionaries: Dictionaries, text: str) -> bool:
    """Is ``event`` a statement whose reporting verb has a state's armed forces as its subject and violence told with no
    word that judges, denies or warns after it ("The Russian military said two F-16 ... jets flew ... to carry out the
    strikes")? The guide's "an official merely describing another event": no speech that is news. A speech noun
    ("In a statement carried by NTV the army said ...") is read by the reporting verb after it."""
    cues = _military_cues(dictionaries)
    if cues is None or event.type != "statement" or not text:
        return False
    speakers, report, verbs = cues
    nouns = cue_set(dictionaries, "reporting_nouns")
    at = event.trigger_at
    if at < 0:
        return False
    verb = verbs.match(event.evidence, at)
    if verb is None and event.trigger.lower() in nouns:
        verb = verbs.search(event.evidence, at + len(event.trigger))
    if verb is None:
        return False
    start, end = event.evidence_start + verb.start(), event.evidence_start + verb.end()
    return (speakers.search(text, max(0, start - 100), start) is not None
            and report.match(text, end) is not None)


@lru_cache(maxsize=8)
def _blame(dictionaries: Dictionaries) -> Caseless | None:
    """cues.toml [events] blames after a copula: "was behind", "were responsible for", "has been responsible for"."""
    words = dictionaries.cues.get("events", {}).get("blames", ())
    if not words:
        return None
    # As Caseless, gated on the blame words: searched after the speaker of every statement (spans only are read).
    return Caseless(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:"
                    + alternation(words) + r")\b", gated=True)


@lru_cache(maxsize=4)
def _characterizing(dictionaries: Dictionaries) -> re.Pattern | None:
    """cues.toml [events] characterizing_speech: "deals which the government says are ...", ending right before the verb."""
    pattern = dictionaries.cues.get("events", {}).get("characterizing_speech")
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _characterizes(event: Event, characterizing: re.Pattern | None, text: str) -> bool:
    """Is ``event`` a statement (not a blame) whose verb stands in a relative clause whose pronoun is its object ("deals
    which the government of President Bashar al-Assad says are the best way to end the violence")? It says what the
    antecedent is held to be: a description, no speech that is news."""
    if characterizing is None or event.type != "statement" or not text:
        return False
    verb = event.trigger_at
    if verb < 0:
        return False
    verb += event.evidence_start
    return characterizing.search(text, max(event.evidence_start, verb - 80), verb) is not None


#: Between the party blamed and its copula, or between the speech verb and the party: a relative, a doubt or the
#: speaker's own pronoun, so no party blamed by the speaker.
NO_BLAME = re.compile(r"\b(?:which|who|they|it|we|he|she|itself|themselves)\s*$|\b(?:whether|if)\b|[;:]", re.IGNORECASE)


def _blames(event: Event, blame: re.Pattern | None, speech_nouns: frozenset[str] = frozenset()) -> Event | None:
    """cues.toml [events] blames: a statement that says another party was behind or responsible for violence is that
    party's accusation (speaker first, the party blamed next); None when it is not one."""
    if blame is None or event.type != "statement":
        return None
    at = event.trigger_at
    if at < 0:
        return None
    after = at + len(event.trigger)
    speaker = _speaker(event)
    if speaker is not None and event.evidence_start + after < speaker.end and event.trigger.lower() in speech_nouns:
        # "In a statement late on Tuesday the Syrian Civil Defence confirmed that ... were behind": the noun opens the
        # sentence, its speaker comes after it; what is said follows the speaker.
        after = speaker.end - event.evidence_start
    match = blame.search(event.evidence, after, min(len(event.evidence), after + 140))
    if match is None or NO_BLAME.search(event.evidence, after, match.start()):
        return None
    start = event.evidence_start + after
    copula = event.evidence_start + match.start()
    blamed = [a for a in event.actors if start <= a.start and a.end <= copula
              and len(event.evidence[a.end - event.evidence_start:match.start()].split()) <= 2
              and (speaker is None or a.name != speaker.name)]
    if not blamed or speaker is None or speaker.end > start:
        return None
    party = blamed[-1]
    rest = tuple(a for a in event.actors if a.name not in (speaker.name, party.name))
    return replace(event, type="accusation", actors=(speaker, party, *rest))


#: Words for many strikes at once: a plural ("airstrikes", "warplanes") or a mass noun ("bombardment", "bombing").
MANY_STRIKES = re.compile(r"(?:s|bombardment|bombing)$", re.IGNORECASE)


def _campaign(event: Event) -> Event:
    """Strikes told as many, placed only in a year ("providing airstrikes in 2015", "NATO warplanes helped end the war in
    Bosnia almost four years ago") or going on since a day ("Since July 11 regime bombardment ... has cost the lives of
    136 civilians", told in a later part of the month), are a series over weeks or months: the guide's air campaign, not
    one strike. A month is no such span by itself ("airstrikes killed seven civilians" last month may be one day's
    strikes), nor days since Tuesday."""
    if event.type != "airstrike" or event.date.first is None or not MANY_STRIKES.search(event.trigger):
        return event
    since = bool(event.date.text) and _with_word(SINCE_DATE, event.date.text).search(event.evidence)
    if event.date.precision == "year" or since and event.date.precision == "month":
        return replace(event, type="air_campaign")
    return event


#: A count of days, weeks or months ("Seven days of", "a week of"): a span the strikes after it fill.
COUNTED_SPAN = r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:days?|weeks?|months?)\s+of\b"
#: A counted span right before the strikes, at most two words between ("Seven days of airstrikes", "a week of intense
#: bombing"): the series named by its length.
SPAN_BEFORE_STRIKES = re.compile(COUNTED_SPAN + r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
SPAN_AFTER_STRIKES = re.compile(COUNTED_SPAN, re.IGNORECASE)
#: A recent stretch of counted weeks or months ("In the past two weeks", "over the last three months"): the guide's "weeks
#: or months" of a campaign. Days are left out: "killed in airstrikes ... over the past three days" is a strike in the
#: gold (urn:fakes:528), as a few days' strikes often are.
RECENT_COUNTED_SPAN = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+"
    r"(?:weeks|months)\b", re.IGNORECASE)
#: How far after the strikes' word their span may be told ("came under intense airstrikes by Russian forces over the past
#: few days").
SERIES_REACH = 60


def series_span(text: str, start: int, end: int, trigger_start: int, trigger_end: int,
                series: re.Pattern | Caseless) -> tuple[int, int] | None:
    """Where the strikes told by the trigger at ``trigger_start``..``trigger_end`` of the sentence ``start``..``end`` are
    told as a series over a span (the guide's air campaign, "a series of strikes over weeks or months"): the span's
    characters, or None. The span is a cues.toml [events] series_span phrase or a counted span ("a week of") at most
    SERIES_REACH characters after the word ("came under intense airstrikes ... over the past few days", "scaled down air
    raids on Aleppo after hundreds were killed in a week of intense bombing"), a counted span right before it ("Seven
    days of airstrikes"), or a series_span phrase opening the sentence, which spans its main clause ("In recent weeks
    regime helicopters - along with Russian and Syrian warplanes - have struck a number of marketplaces")."""
    before = SPAN_BEFORE_STRIKES.search(text, max(start, trigger_start - SERIES_REACH), trigger_start)
    if before is not None:
        return before.span()
    reach = min(end, trigger_end + SERIES_REACH)
    found = [m for m in (series.search(text, trigger_end, reach), SPAN_AFTER_STRIKES.search(text, trigger_end, reach),
                         RECENT_COUNTED_SPAN.search(text, trigger_end, reach)) if m]
    if found:
        return min(found, key=lambda m: m.start()).span()
    opening = start + len(text[start:end]) - len(text[start:end].lstrip())
    opens = series.match(text, opening, end) or RECENT_COUNTED_SPAN.match(text, opening, end)
    if opens is not None:
        return opens.span()
    return _span_just_before(text, max(start, trigger_start - SPAN_BEFORE_REACH), trigger_start, series)


#: How far before the strikes' word a span phrase of their clause may stand ("have in recent weeks carried out air
#: raids"): the auxiliary and the verb between, no further clause.
SPAN_BEFORE_REACH = 30


def _span_just_before(text: str, start: int, trigger_start: int, series: re.Pattern | Caseless) -> tuple[int, int] | None:
    """A series_span phrase (or a recent counted span) told inside the strikes' own clause just before them, between its
    auxiliary and its verb ("Syrian regime and Russian forces have in recent weeks carried out air raids across the
    province", "the Syrian air force has in recent weeks stepped up attacks"): the span is the strikes' as when it opens
    the sentence. The phrase follows the perfect's auxiliary (SPAN_AUXILIARY: "heavy bombardment ... in recent weeks
    including air strikes that killed at least 23 people last month" gives the span to the bombardment, not the strikes),
    and only a comma-free stretch of at most SPAN_BEFORE_REACH characters lies between it and the strikes."""
    found = [*series.finditer(text, start, trigger_start), *RECENT_COUNTED_SPAN.finditer(text, start, trigger_start)]
    if not found:
        return None
    match = max(found, key=lambda m: m.start())
    if "," in text[match.end():trigger_start] or SPAN_AUXILIARY.search(text, max(0, match.start() - 6), match.start()) is None:
        return None
    return match.span()


#: The perfect's auxiliary right before a span phrase inside a clause ("have in recent weeks carried out").
SPAN_AUXILIARY = re.compile(r"\b(?:has|have|had)\s+$", re.IGNORECASE)


#: A bare mass noun of bombardment as the whole trigger ("heavy bombardment of areas in Idlib province in recent weeks",
#: "killed ... in the bombing on Idlib over the past few days"): typed shelling or bombing by the word alone, it names
#: strikes from the air as often as guns; told over a span of weeks it is the gold's air campaign (urn:fakes:238, 492).
MASS_BOMBARDMENT = re.compile(r"(?:bombardment|bombing)", re.IGNORECASE)
#: Words before the mass noun that make it the guns' or a bomber's on the ground ("heavy ground bombardment", "a car
#: bombing") or a side with no aircraft's ("heavy rebel bombardment"): no campaign from the air.
GROUND_BOMBARDMENT = re.compile(r"\b(?:artillery|tank|mortar|rocket|shell|shelling|ground|car|suicide|truck|roadside|"
                                r"bus|rebel|rebels|opposition|insurgent|militant|jihadist|terrorist)\W+(?:[\w-]+\W+)?$",
                                re.IGNORECASE)


def _mass_bombardment(event: Event) -> bool:
    """Is ``event`` (shelling or a bombing) told by a bare mass noun of bombardment (MASS_BOMBARDMENT), no ground weapon
    named just before it (GROUND_BOMBARDMENT)?"""
    if event.type not in ("shelling", "bombing") or not MASS_BOMBARDMENT.fullmatch(event.trigger):
        return False
    at = event.trigger_at
    return at >= 0 and GROUND_BOMBARDMENT.search(event.evidence, max(0, at - 40), at) is None


def _series(event: Event, series: Caseless) -> Event:
    """Strikes told as many over a span of days or weeks (cues.toml [events] series_span: "came under intense airstrikes
    over the past few days"; a counted span, "Seven days of airstrikes": series_span) are a series, the guide's air
    campaign: rule 1 keeps it apart from the day's strike."""
    if not (event.type == "airstrike" and MANY_STRIKES.search(event.trigger) or _mass_bombardment(event)):
        return event
    at = event.trigger_at
    if at < 0:
        return event
    if series_span(event.evidence, 0, len(event.evidence), at, at + len(event.trigger), series) is None:
        return event
    return replace(event, type=CAMPAIGN)


def _same_count(settled: list[tuple[int, Event]], text: str, dictionaries: Dictionaries) -> list[tuple[int, Event]]:
    """Rule 1 where nothing dates the story: two undated tellings of violence of one family that count the same dead
    ("At Least 10 Civilians killed 40 injured in Rocket Fire in Daraa" ... "Ten civilians have been killed and around
    40 injured following terrorists rocket attacks ... in Daraa City") in no places that differ, by no sides told apart,
    are one happening told twice: folded into the first. One or two dead name no happening: a day's report often tells
    several incidents that killed one or two ("ISIL terrorists shot two civilians dead ... Earlier ISIL terrorists killed
    and crucified two more citizens")."""
    types = dictionaries.types
    result: list[tuple[int, Event]] = []
    for index, event in settled:
        if (types[event.type].violent and event.status in HAPPENED
                and event.fatalities is not None and (event.fatalities.best or 0) >= SAME_COUNT_FLOOR):
            first = next((p for p, (i, e) in enumerate(result) if types[e.type].violent
                          and e.status in HAPPENED and e.fatalities is not None
                          and e.fatalities.best == event.fatalities.best
                          and _one_count(event, e, dictionaries,
                                         _headline(event) or _headline(e) or _opening_headline(i, e, text))), None)
            if first is not None:
                first_index, one = result[first]
                # A headline gives way to the body's sentence, which tells it in full.
                tellings = (event, one) if _headline(one) or _opening_headline(first_index, one, text) else (one, event)
                result[first] = (first_index, _fold(*tellings, text, abs(first_index - index) == 1))
                continue
        result.append((index, event))
    return result


#: How many words may stand between "possible" / "the threat of" and the violent noun it names ("possible U.S. military
#: strikes"): the noun phrase's own modifiers, no clause.
POSSIBLE_REACH = 3


@lru_cache(maxsize=8)
def _possible_pattern(dictionaries: Dictionaries) -> re.Pattern:
    """cues.toml [events] possible_violence ending the words before a trigger, built once per ``Dictionaries`` (as
    ``_tolls_risen``): the alternation's trie, rebuilt at each call, cost more than the search it feeds.
    "the severest possible crackdown", "all measures possible to avoid civilian casualties": a degree, or a clause
    that follows, no possibility named."""
    cues = event_cues(dictionaries, "possible_violence")
    return re.compile(rf"(?<!est\s)\b(?:{cues})\s+(?:(?!to\b|that\b|for\b)[\w.'-]+\s+){{0,{POSSIBLE_REACH}}}$", re.IGNORECASE)


def _named_possible(event: Event, dictionaries: Dictionaries) -> bool:
    """Is the violence named as a possibility or a threat in its own noun phrase (cues.toml [events] possible_violence
    just before the trigger: "a possible strike", "the threat of NATO air strikes"), the guide's hypothetical event?"""
    at = event.trigger_at
    if at <= 0:
        return False
    return _possible_pattern(dictionaries).search(event.evidence[max(0, at - 60):at]) is not None


def _own_plan(event: Event, dictionaries: Dictionaries) -> bool:
    """Is a party told making the plan of a planned event: a plan verb or noun (cues.toml [events] own_plans) before its
    trigger in its sentence?"""
    at = event.trigger_at
    return cue_words(dictionaries, "own_plans").search(event.evidence, 0, max(at, 0)) is not None


def _quoted(event: Event) -> bool:
    """Is the event's trigger inside the words a speaker is quoted as saying (straight, curly or ``...'' quotes opened
    before it in its sentence and not closed)?"""
    return quote_open(event.evidence[:max(event.trigger_at, 0)])


def _one_count(event: Event, other: Event, dictionaries: Dictionaries, headline: bool = False) -> bool:
    """Can two tellings that count the same dead (``_same_count``) be one happening? Both undated and of one family,
    nothing telling them apart (rule 1); or, neither a headline and one of them dated, or both on days that meet,
    whatever words of violence each uses: the same figure is the same dead told again ("Anadolu Agency put the death
    toll at least at 85" after "Airstrikes ... killed at least 85 civilians on Tuesday"; "Syrian regime and Russian airstrikes pounded multiple battlefronts ... At least 40 people were killed in the
    strikes" and "regime forces backed by Russian air support repel a rebel offensive ... killing 40 attackers"), unless
    their places differ, their sides have none in common or a word tells another happening ("another attack"; an
    "also" is no such word when the figure is the same: "put the death toll at 85 adding that 50 civilians were also
    wounded"), one is a series of strikes and the other not (an air campaign holds the day's strike), or either took its
    figure from a telling folded into it rather than its own sentence."""
    if not _dated(event) and not _dated(other):
        return family(other.type) == family(event.type) and not _told_apart(event, other, dictionaries)
    if headline:
        # A headline and its body dated by the story are rule 1's (_retelling_of): the headline stays the lead's telling.
        return False
    if _dated(event) and _dated(other) and not _same_dead_same_day(event, other):
        return False
    if family(event.type) != family(other.type) and not agents(event) & agents(other):
        return False  # two kinds of violence are one happening only by the same hand ("air strikes killed 12 ... rebel shelling killed 12")
    return (_own_figure(event) and _own_figure(other)
            and not (_places_differ(event, other, dictionaries) or _another(event, also=False)
                     or _series_and_one(event, other, dictionaries)
                     or _sides_apart(event, other)))


def _own_figure(event: Event) -> bool:
    """Is the telling's count told in its own sentence, not taken from one folded into it?"""
    return bool(event.fatalities.text) and event.fatalities.text.lower() in event.evidence.lower()


SAME_DAY_COUNT_FLOOR = 10  # the fewest dead whose count makes two tellings dated to one day one happening (_one_count)


def _same_dead_same_day(event: Event, other: Event) -> bool:
    """Two dated tellings of one count: days that meet, parts of the day that do not differ ("four Palestinians were
    killed on Thursday morning" and "Four Palestinian militants were killed on Thursday night" are two), and a count
    large enough that two happenings of one day seldom share it."""
    if not (event.date.first <= other.date.last and other.date.first <= event.date.last):
        return False
    if (event.fatalities.best or 0) < SAME_DAY_COUNT_FLOOR:
        return False
    parts = {value.partition("T")[2] for value in (event.date.value, other.date.value)} - {""}
    return len(parts) <= 1


@lru_cache(maxsize=8)
def _claims_named(dictionaries: Dictionaries) -> re.Pattern | None:
    patterns = dictionaries.cues.get("responsibility", {}).get("claims_named", ())
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def _claimed(index: int, event: Event, kept: list[tuple[int, Event]], dictionaries: Dictionaries) -> Event | None:
    """Rule 14: the violence a claim of responsibility names with a determiner, the nearest dated violent happening
    told before it in ANCHOR_REACH sentences, or None."""
    claims = _claims_named(dictionaries)
    if claims is None or "claim" not in event.evidence.lower() or not claims.search(event.evidence):
        return None
    for other_index, other in reversed(kept):
        if index - other_index > ANCHOR_REACH:
            break
        if (other_index < index and _dated(other) and dictionaries.types[other.type].violent
                and other.status in HAPPENED):
            return other
    return None


def _headline_told_on(settled: list[tuple[int, Event]], dictionaries: Dictionaries, text: str) -> list[tuple[int, Event]]:
    """Rule 1 for a lead no day dates: the article's undated opening headline (_heading, in title case or not: "Nusra Front
    Mortar Attack Kills Injures over 70 Syrians in Eastern Aleppo Province.", "Islamic State executed 700 people from
    Syrian tribe: monitoring group.") names the body's first violence, undated too ("Tens of civilians were killed and
    injured in Fatah al-Shams mortar attacks") or dated by a span ("has executed 700 members ... during the past two
    weeks", a tally's week: "killed ... in the last 48 hours"), whatever its word: folded into it unless rule 1 tells
    them apart (_told_apart: a figure, a place, a word that says it is another, agents with no side in common; "Over 40
    Civilians Killed" is not a lead's 12 in one village). A lead dated to a day or week is rule 1's in settle, where the headline's figures part nothing."""
    types = dictionaries.types
    if not settled or not (_headline(settled[0][1]) or _heading(settled[0][0], settled[0][1], text)):
        return settled
    index, headline = settled[0]
    if _dated(headline) or not types[headline.type].violent or headline.status not in HAPPENED:
        return settled
    for position in range(1, len(settled)):
        other_index, other = settled[position]
        if other_index == index or not types[other.type].violent or other.status not in HAPPENED:
            continue
        # A lead the story dated after rule 1 passed the headline (anchored) was undated there: it is this rule's.
        if (_dated(other) and _anchoring(other) and other.date.basis != "anchored"
                or _told_apart(headline, other, dictionaries, _headline_sides_apart)
                or not (_headline(headline) or _page_title(headline, text))
                and (not _dated(other) or family(other.type) != family(headline.type))):
            # A line in lower case is a headline against a lead its own words date; with neither dated it may be the
            # prose lead itself ("ISIL terrorists shot two civilians dead in the village. Two other civilians were also
            # crucified"). Another kind of violence parts it, as rule 1 has it for a lower-case headline.
            return settled
        one = _fold(other, headline)
        if one.evidence_start == headline.evidence_start:  # the body tells the happening in full: its sentence
            one = replace(one, evidence=other.evidence, evidence_start=other.evidence_start, evidence_end=other.evidence_end)
        if other.trigger.lower() in dictionaries.generic_words and headline.trigger.lower() not in dictionaries.generic_words:
            # "Homs Suicide Blasts" ... "reported the attack": the generic word names no kind, the headline's word does.
            one = replace(one, type=headline.type, trigger=headline.trigger)
        result = settled[1:]
        result[position - 1] = (other_index, one)
        return result
    return settled


HEADLINE_SPEECH_DAYS = 7  # a lead's speech of the week before the report is the headline's news ("on Sunday")
#: The kinds of news a headline says someone said, called for or blamed ("Zarif Urges Intl. Fact-Finding Mission ...").
HEADLINE_SPEECH = frozenset({"statement", "accusation", "proposal"})


def _headline_speech(settled: list[tuple[int, Event]], text: str) -> list[tuple[int, Event]]:
    """Rule 1 for words said: the article's opening title-case headline that tells a party's statement, call or blame
    ("Zarif Urges Intl. Fact-Finding Mission to Probe Syria Gas Attack.", "Syrian Coalition Declares Idlib Disaster
    Area amid Deadly Aerial Campaign.") names the speech the body tells in its lead (the LEAD_REACH + 1 sentences after
    it: "Iranian Foreign Minister Mohammad Javad Zarif has reiterated ... the need for ... a fact-finding committee"):
    a speech there of that speaker, of the same status and day, is that speech told again: the headline is left out, and
    the body's telling keeps its sentence, kind and parties (the guide's evidence; the headline's other names are what
    is said). The headline's day is the report's, told by no word of its own: a lead's speech told on a day of its own
    words, in the week up to the report's, is the same speech all the same. A headline whose speaker the lead does not name stays,
    and so does a line with a time of its own."""
    if not settled:
        return settled
    index, headline = settled[0]
    if (index != 0 or headline.type not in HEADLINE_SPEECH or not _headline(headline)
            or headline.date.basis != "publication"):
        # A line with a time expression of its own is a prose lead, title case or not ("The UN Security Council on
        # Friday denounced Libya."): a headline tells no day.
        return settled
    speakers = {a.name for a in headline.actors if a.role != "target"}
    for position in range(1, len(settled)):
        other_index, other = settled[position]
        if other_index - index > LEAD_REACH + 1:
            break
        if (other_index != index and other.type in HEADLINE_SPEECH and other.status == headline.status
                and ((other.date.first, other.date.last) == (headline.date.first, headline.date.last)
                     # the headline's day is the report's, told by no word of its own: the lead's own day is the speech's
                     # ("Extremists in Syria Admit Killing 30 Alawites ." ... "On Sunday ... Al-Nusra Front claimed")
                     or other.date.basis == "explicit" and other.date.precision == "day"
                     and 0 <= (headline.date.first - other.date.last).days <= HEADLINE_SPEECH_DAYS)
                and speakers & {a.name for a in other.actors if a.role != "target"}):
            return settled[1:]
    return settled


def _met_before(settled: list[tuple[int, Event]], presupposed: set[int], dictionaries: Dictionaries) -> list[tuple[int, Event]]:
    """Rule 13 of the module docstring, once rule 6 has used which events are only placed (``presupposed``)."""
    pattern = _just_after(dictionaries)
    result = []
    for index, event in settled:
        position = event.trigger_at if event.type == "diplomatic_meeting" else -1
        placed = pattern.search(event.evidence, max(0, position - 40), position) if position > 0 else None
        if placed is not None and id(event) in presupposed and event.status in HAPPENED and not _dated(event):
            # The scene the sentence opens with ("After a meeting ..., Bush said") is its main clause's occasion; placed
            # after it ("Russia welcomed the deal following the visit"), a meeting is that day's only when the happening
            # has a day of its own words ("clinched on Tuesday").
            opening = not event.evidence[:placed.start()].strip(" \"“`'")
            day = next((other.date for _, other in settled
                        if other.evidence_start == event.evidence_start and other is not event and id(other) not in presupposed
                        and other.status in HAPPENED and other.date.precision == "day"
                        and (opening or other.date.basis == "explicit")), None)
            if day is not None:
                event = replace(event, date=replace(day, basis="anchored"))
        result.append((index, event))
    return result


@lru_cache(maxsize=8)
def _came_after_cue(dictionaries: Dictionaries) -> re.Pattern:
    """cues.toml [anchors] came_after, opening its sentence after a subject that names a happening told ("The assault",
    "It"), at most eight words before the trigger."""
    alternatives = alternation(dictionaries.cues.get("anchors", {}).get("came_after", ()))
    return re.compile(rf"(?:^|[.!?]\s+)[\"“'`]*(?:(?:the|this|that|these|its|their)\s+(?:[\w'’-]+\s+){{0,3}}|it\s+|this\s+|that\s+)"
                      rf"(?:{alternatives})\s+(?:(?!{PAST_PERFECT_VERB})[\w'’-]+\s+){{0,8}}$", re.IGNORECASE)


def _came_after(index: int, event: Event, kept: list[tuple[int, Event]], dictionaries: Dictionaries) -> EventDate | None:
    """Rule 18: the day of a happening placed by "after" in a sentence that says only what the story's happening came
    after ("... air strikes on opposition areas around Damascus Thursday ... The assault came after rebels fired at least
    70 rockets"): the day of the nearest happening told before it within ANCHOR_REACH sentences, dated to a day (basis
    ``anchored``); None otherwise. Not told in the past perfect ("the air raids came after Turkeys military had
    determined that Daesh militants were preparing to attack")."""
    position = event.trigger_at
    if position <= 0 or _past_perfect(event) or not _came_after_cue(dictionaries).search(event.evidence, 0, position):
        return None
    for other_index, other in reversed(kept):
        if index - other_index > ANCHOR_REACH:
            break
        if (other_index < index and other.date.precision == "day" and other.date.basis in ("explicit", "anchored")
                and other.status in HAPPENED):
            return replace(other.date, basis="anchored")
    return None


@lru_cache(maxsize=8)
def _just_after(dictionaries: Dictionaries) -> re.Pattern:
    """cues.toml [anchors] same_day, right before a meeting word (at most three words between)."""
    alternatives = alternation(dictionaries.cues.get("anchors", {}).get("same_day", ()))
    return re.compile(rf"(?<![\w-])(?<!days\s)(?<!weeks\s)(?<!months\s)(?:{alternatives})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)


def _toll_told(event: Event, dictionaries: Dictionaries) -> bool:
    """Is the event told by a toll word alone (cues.toml [events] toll_words: "put the death toll at 16", "documented
    the deaths of 43 people"), a count of the dead with no word for what killed them?"""
    return cue_words(dictionaries, "toll_words").fullmatch(event.trigger) is not None


@lru_cache(maxsize=32)
def _cue_right_before(dictionaries: Dictionaries, key: str) -> re.Pattern:
    """cues.toml [events] ``key`` in lower case, ending right before a position searched up to: "added" before "that",
    "continued" before "to"."""
    return re.compile(rf"\b(?:{event_cues(dictionaries, key)})\s+$")


@lru_cache(maxsize=8)
def _placing(dictionaries: Dictionaries) -> Caseless:
    """cues.toml [anchors] before_trigger, right before a trigger (at most three words between); any case, as Caseless
    gated on the cue words."""
    alternatives = alternation(dictionaries.cues.get("anchors", {}).get("before_trigger", ()))
    return Caseless(rf"\b(?:{alternatives})\s+(?:[\w'’-]+\s+){{0,3}}$", gated=True)


#: Right before a meeting's word told after a reporting verb: the meeting is where the speech was made ("Obama said at a
#: news conference in Lima at the conclusion of a summit with leaders of Pacific Rim countries").
SPEECH_SETTING = re.compile(r"\b(?:at|during)\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)


def _placed(event: Event, placing: Caseless) -> bool:
    """ "Netanyahu says gaps remain before next week's talks": the talks place what is said; they are not its news. Nor is
    the meeting a speech was made at ("Obama said ... at the conclusion of a summit"): the speech is news, the meeting
    another happening beside it, not what the speaker describes."""
    return before_trigger(event, placing, 40) or event.type == "diplomatic_meeting" and before_trigger(event, SPEECH_SETTING, 40)


def _after_verb(event: Event, verb: str | None) -> bool:
    """Whether the event's trigger comes after the reporting verb of its sentence: "Berri said the murder of Gemayel
    was ..." names the murder in what is said; "The talks will begin on Nov. 9, the spokesman announced" tells the talks."""
    if verb is None:
        return False
    said = _with_word(WHOLE_WORD, verb).search(event.evidence)
    return said is not None and event.evidence.lower().find(event.trigger.lower(), said.end()) >= 0


def _source_after(event: Event, retold_at: int | None) -> bool:
    """Is the speaker of ``event`` named after the violence its sentence told again ("Pro-government militiamen were also
    among those killed in the mortar attack ... the Britain-based watchdog said")? Then the speaker is its source. One
    named first speaks of it in their own words ("The US and France termed the assaults 'war crimes' and said ...")."""
    if retold_at is None:
        return False
    speaker = _speaker(event)
    return speaker is not None and speaker.start > retold_at


def _speaker(event: Event):
    """Who speaks in a speech event: the agent named last before its verb ("In looking ahead to the expansion of NATO,
    Polish Foreign Minister Bronislaw Geremek said": Geremek, not NATO), else its first actor."""
    if not event.actors:
        return None
    verb = event.trigger_at
    verb = event.evidence_start + verb if verb >= 0 else event.evidence_end
    before = [a for a in event.actors if a.role == "agent" and a.end <= verb]
    return max(before, key=lambda a: a.start) if before else event.actors[0]


#: '``Poland forever returns where she has always belonged,'' said Bronislaw Geremek': a reporting verb right after the
#: quote it closes, its speaker named right after it.
QUOTE_CLOSED = re.compile(r"(?:''|\"|”|’’)\s*$")


def _quoted_speaker(event: Event):
    """The speaker named right after a reporting verb that closes a quote ("..., '' said Bronislaw Geremek, the foreign
    minister"), whom _speaker's "last named before the verb" would miss (the names before are those quoted), or None."""
    verb = event.trigger_at
    if verb <= 0 or not QUOTE_CLOSED.search(event.evidence, 0, verb):
        return None
    after = event.evidence_start + verb + len(event.trigger)
    return next((a for a in event.actors if a.role in ("agent", "") and 0 <= a.start - after <= 30
                 and not event.evidence[after - event.evidence_start:a.start - event.evidence_start].strip(" ,").count(",")), None)


#: "Alhassan stressed that ...": a bare capitalised word (a surname the gazetteer does not know) right before the
#: speech verb, "also" or "further" between them; or opening the sentence before a lower-case verb, the speech word
#: later in what he said ("Nyrabia pointed out that ... indicates systematic and deliberate attacks").
SURNAME_BEFORE_VERB = re.compile(r"(?:^|(?<=[\s,;]))([A-Z][a-z][\w'-]+)\s+(?:also\s+|further\s+)?$")
SURNAME_OPENS = re.compile(r"([A-Z][a-z][\w'-]+)\s+(?:also\s+|further\s+)?[a-z]")
#: "The Soviet Foreign Ministry said": the capitalised word is the tail of a longer name, no surname standing alone.
NAME_BEFORE = re.compile(r"[A-Z][\w'.-]*\s+$")
#: "Riyad Alhassan said": a capitalised given name and the word right before the verb, which _surname_told_before looks up
#: among the surnames. A surname is a whole word of [\w'-] between spaces, so the word captured is the one it would be;
#: when "also" ends the run, the leftmost match is the one with the word before it. Compiled once: a pattern built of
#: each article's surnames was compiled anew for nearly every call (some 0.5 ms an article).
FULL_NAME_BEFORE_VERB = re.compile(r"\b[A-Z][a-z][\w'-]*\s+([\w'-]+)\s+(?:also\s+)?$")


def _surname_told_before(event: Event, told: list[tuple[int, Event]]) -> int | None:
    """Where in ``told`` the speech stands that a speaker named by surname alone ("Alhassan stressed that Russia cannot
    claim ...") made earlier that day under the full name ("Riyad Alhassan said that ...", "Member of the Syrian
    Coalition Hussein Albuseis condemned ..."), or None. The gazetteer knows no such speaker, so _speaker gives the
    party he speaks of; the full name, a capitalised given name and the surname right before the verb of an earlier
    speech of the same day, is what says who he is ("Iranian President Hassan Rouhani said" names no "President" who
    speaks on in "President of Ukraine Volodymyr Zelenskyy said")."""
    verb = event.trigger_at
    names = {found.group(1) for found in (SURNAME_BEFORE_VERB.search(event.evidence, 0, verb) if verb > 0 else None,
                                          SURNAME_OPENS.match(event.evidence))
             if found is not None and not NAME_BEFORE.search(event.evidence, 0, found.start(1))
             and not any(a.start < event.evidence_start + found.end(1) and event.evidence_start + found.start(1) < a.end
                         for a in event.actors)}
    if not names:
        return None
    for position in range(len(told) - 1, -1, -1):
        first = told[position][1]
        if first.type not in SPEECH_TYPES or (first.date.first, first.date.last) != (event.date.first, event.date.last):
            continue
        said = first.trigger_at
        full = FULL_NAME_BEFORE_VERB.search(first.evidence, 0, said) if said > 0 else None
        if full is not None and full.group(1) in names:
            return position
    return None


def _surname_opening(event: Event):
    """The person a sentence opens with by surname alone, before a lower-case verb ("Nyrabia pointed out that the
    aftermath of the deadly airstrikes by the Assad regime and Russian forces ... indicates systematic attacks"): he
    speaks, whatever party is named later before the speech word; or None."""
    opening = SURNAME_OPENS.match(event.evidence)
    if opening is None:
        return None
    end = event.evidence_start + opening.end(1)
    return next((a for a in event.actors if a.kind == "person" and a.start == event.evidence_start and a.end == end
                 and a.written != a.name.lower()), None)


def _named_after_speech(event: Event, who, told: list[tuple[int, Event]], text: str) -> int | None:
    """Where in ``told`` the speech stands that a person speaking by surname alone gave, though it was told before he was
    named: "A senior Syrian official said here Tuesday that ... Information Minister Mahdi Dakhlullah made the remarks to
    reporters ... '...,' Dakhlullah told the reporters" (one speech, the official's); "... the United Nations said
    Wednesday ... said U.N. spokesman Martin Nesirky ... Nesirky said U.N. leader Ban Ki-moon remains mindful": the
    speech of that day told last before his full name is first written, if no person gave it; else None."""
    if who is None or who.kind != "person" or who.written == who.name.lower() or " " not in who.name:
        return None
    named = text.find(who.name, 0, event.evidence_start)
    if named < 0:
        return None
    for position in range(len(told) - 1, -1, -1):
        first = told[position][1]
        if first.evidence_start >= named or first.type not in SPEECH_TYPES:
            continue
        if (first.date.first, first.date.last) != (event.date.first, event.date.last):
            return None
        speaker = _quoted_speaker(first) or _speaker(first)
        if speaker is None or speaker.kind == "person" or who.acts_for not in ("", speaker.name):
            return None
        unnamed = UNNAMED_OFFICIAL_AFTER.match(text, speaker.end) is not None
        return position if unnamed or (who.acts_for == speaker.name and speaker.kind != "state") else None
    return None


#: "A senior Syrian official said": the party's name is a word before an official left unnamed, whom the story may name
#: next ("Information Minister Mahdi Dakhlullah made the remarks").
UNNAMED_OFFICIAL_AFTER = re.compile(r"\s*(?:(?:government|military|foreign|ministry|senior|top|high-ranking)\s+)*"
                                    r"(?:official|spokesman|spokeswoman|spokesperson|source)s?\b", re.IGNORECASE)


#: How many sentences after a state's statement its spokesman's may be the same one told again (the next paragraph).
SPOKESMAN_REACH = 2


def _says_again(event: Event, first: Event) -> bool:
    """Do the words said after the verb repeat the first statement's verb ("condemned" ... "said that Iran condemns")?"""
    verb = event.trigger_at
    stem = first.trigger.lower()[:max(4, len(first.trigger) - 3)]
    return verb >= 0 and " " not in stem and re.search(rf"\b{re.escape(stem)}", event.evidence[verb + len(event.trigger):],
                                                        re.IGNORECASE) is not None


def _one_speech_a_day(settled: list[tuple[int, Event]], announcing: frozenset[str] = frozenset(),
                      text: str = "") -> list[tuple[int, Event]]:
    """Rule 8: a statement whose speaker (its first actor: a person, a group or a body, not a state; the one named right
    after a verb that closes a quote: "``Poland forever returns ...,'' said Bronislaw Geremek" ... "``It helped us to
    win,'' Geremek said") made a statement or accusation told earlier on the same day is folded into that one; so is a
    spokesman's that says again the word of his state's statement told within SPOKESMAN_REACH sentences before it. A
    state speaks through many officials, each news of its own: "Iraq" twice on one day may be its prime minister and its
    foreign ministry. A statement told by an ``announcing`` verb (cues.toml [events] announcing_verbs: "Albright announced
    a gift of 500 pounds of medical supplies" after her vow that day) is news of its own, never folded into one before;
    later words of the speaker's are still folded into their first speech."""
    result: list[tuple[int, Event]] = []
    spoken: dict[tuple[str, object, object], int] = {}  # (speaker, first day, last day) -> position in result
    last_said: dict[str, int] = {}  # speaker -> position of their last speech with a date of its own
    state_said: dict[tuple[str, object, object], tuple[int, int]] = {}  # (state, days) -> (sentence, position) of its last
    for index, event in settled:
        who = _quoted_speaker(event) or _surname_opening(event) or _speaker(event)
        key = ((who.name, event.date.first, event.date.last)
               if who is not None and who.kind != "state" and _dated(event) else None)
        position = spoken.get(key) if key is not None else None
        if position is None and key is not None and event.date.basis == "publication":
            # No time expression of its own: "The LTTE leader's policy speech has renewed fears" after "Prabakaran in
            # his speech delivered Monday said ..." is the speech told before, not the report day's news.
            position = last_said.get(key[0])
        if position is None and key is not None:
            # "Iran Saturday condemned the bombing ... Foreign Ministry spokesman Mahmoud Mohammadi said that Iran condemns
            # any acts ...": the state's statement told just before on that day, the state named and its word said
            # again, is the one its spokesman voices.
            states = {who.acts_for} | {a.name for a in event.actors if a.kind == "state"}
            position = next((told[1] for state in states
                             for told in [state_said.get((state, event.date.first, event.date.last))]
                             if told is not None and index - told[0] <= SPOKESMAN_REACH
                             and _says_again(event, result[told[1]][1])), None)
        if position is None and event.type == "statement" and _dated(event):
            # "Alhassan stressed that ..." after "Riyad Alhassan said that ...": his words told on, the speaker known
            # only by the full name told before.
            position = _surname_told_before(event, result)
            key = key or (None if position is None else ("", event.date.first, event.date.last))
        if position is None and key is not None and event.type == "statement":
            position = _named_after_speech(event, who, result, text)
        if position is not None and event.trigger.lower() in announcing:
            position = None  # an announcement: news of its own, not the speech before told on
        if key is not None and event.type == "statement" and position is not None:
            first_index, first = result[position]
            seen = {a.name for a in first.actors}
            result[position] = (first_index, replace(first, actors=first.actors + tuple(a for a in event.actors if a.name not in seen)))
            if key[0]:
                spoken.setdefault(key, position)  # the spokesman's words told on ("He expressed hope ...") are that one too
            continue
        if key is None and who is not None and who.kind == "state" and _dated(event) and event.type in SPEECH_TYPES:
            state_said[(who.name, event.date.first, event.date.last)] = (index, len(result))
        if key is not None and event.type in SPEECH_TYPES:
            spoken.setdefault(key, len(result))
            if event.date.basis != "publication":
                last_said[key[0]] = len(result)
        result.append((index, event))
    return result
