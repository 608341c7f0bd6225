"""The extraction pipeline: one Article in, one Analysis (sentences, time expressions, events) out.

    analyse(article, dictionaries=None) -> Analysis

Stages: publication date (given, or found in the text) -> cleaning (page chrome, captions, linked
headlines, tag runs, the dateline) -> sentences and clauses -> one pass of each dictionary over the
text (actors, places, triggers, type patterns) -> time expressions (events.temporal.tag) -> events.
Bad content never raises: no text or no events give an empty event list and a ``reason``. With no
publication date, only time expressions that need none date events (events.temporal.tag_without_reference: absolute
ones, and yearless calendar dates placed by the year the story told last), the others stay undated, and ``reason``
says so.

Events: each clause's triggers are grouped; violent types keep only the highest-priority one, with
the clause's death words folded into it; other types give one event each. A statement whose speaker is
an outlet or monitor ("SANA reported", "a monitoring group said"), or nobody, is only the source of
the other events of its sentence, not an event of its own; so is a reporting verb ("said", "told") in a sentence
with another event. Agreement / proposal nouns that refer back, speech in a sentence that quotes "the statement" or
says where "the remarks" were made (a speech told before), and planned strikes that are what a statement or
proposal of the sentence says, are no events (cues.toml [events]); restated events are merged (merge.py).
"""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import events.temporal as temporal
from events.extract import dating, status as status_rules
from events.extract.clean import clean, inside
from events.extract.dictionaries import ActorEntry, Dictionaries, cue_set, default_dictionaries, lower_literals
from events.extract.fatalities import read_toll
from events.extract.matcher import fold
from events.extract.merge import answering_phrase, merge_in_sentences, merge_retold
from events.extract.narrative import MANY_STRIKES, provinces, series_span, settle
from events.extract.mentions import PlaceMention, Sorted, filed_from, find_mentions
from events.extract.records import ActorMention, Analysis, Article, Event, EventDate, Fatalities, Place, Sentence, replace
from events.extract.register import is_business_news, legal_form_pattern
from events.extract.sentences import asides, clauses, quote_open, restrictive, split_sentences
from events.extract.roles import (BYSTANDER_KINDS, CAPTURE_TYPE, PARTY_GAP, SOURCE_KINDS, TIME_WORDS, assign_roles, reports_only,
                                  role_rules, speaker)
from events.extract.story import claim_responsibility, complete_from_story, family, going_on_rule, meeting_members, named_rebels
from events.extract.summary import with_summary
from events.extract.triggers import TriggerMention, find_triggers
from events.temporal.caseless import Caseless, Gated
from events.temporal.ruleset import alternation, english_macros, load_tables

DEMONSTRATIVE = Caseless(r"\b(?:those|these|such|the same|the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}$")
# A violent noun told with a definite article or a possessive ("the blast", "Tuesday's bombing", "the Kenya embassy
# bombing", "these evil acts", "the toll for both bombings") names a happening the reader already knows: narrative.settle
# folds it into that one.
# An adverb that sits between a subject and its verb ends the phrase: "The terrorists also fired rocket shells" names no
# known shells.
BACK_REFERENCE = Caseless(r"\b(?:the|this|these|those|such|both|its|their|[\w-]+['’]s?|\w+days)\s+"
                          r"(?:(?!(?:by|of|in|on|at|with|and|or|from|for|to|after|before|was|were|is|are|has|had|have|that|"
                          r"which|who|said|says|also|then|again|later|reportedly|allegedly|repeatedly|subsequently|"
                          r"previously|earlier)\s)[\w-]+\s+){0,3}$")
# "The 11 Americans were killed in Kenya", "The 176 people on board were all killed": dead already counted, a part of a
# toll told before.
THE_COUNT = Caseless(r"\b(?:the|those|these)\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}(?:were|was|had\s+been|have\s+been)\s+(?:all\s+)?$")
# The victims named again as the subject of violence told of them ("The two victims were also crucified in the square",
# "Most of the victims are believed to have been killed by IS"): the happening told before, which "also" does not part.
THE_VICTIMS = Caseless(r"\b(?:(?:most|all|some|many)\s+of\s+)?the\s+(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                       r"victims\s+(?:were|was|had\s+been|have\s+been|are\s+believed\s+to\s+have\s+been|were\s+believed\s+to\s+have\s+been)"
                       r"\s+(?:all\s+|also\s+)?$")
THERE = Caseless(r"\bthere\s+(?:\w+\s+){0,2}(?:is|was|were|are|be|been)\b")  # an existential copula
# "... 5812 civilians killed in air raids over the past year. Meanwhile rebel fire on regime-held areas killed 1102
# people": a sentence opened by a word that adds to the count told just before goes on with that count.
COUNT_GOES_ON = Caseless(r"\W*(?:meanwhile|and|also|in addition|similarly|likewise)\b")
THOSE = Caseless(r"\bthose\s+$")  # "nine of those killed": the dead of an attack told before
#: "of" right after a capture noun ("the recapture of Aleppo city") and the words that follow it.
CAPTURE_OF = re.compile(r"\s+of\s+(?:the\s+)?")
#: A place noun at most three words on ("the capture of the strategic Castello Road", "the town of Kasab").
PLACE_NOUN_NEXT = Caseless(r"(?:[\w'’-]+\s+){0,3}?(?:town|city|village|district|neighbou?rhood|road|highway|hill|hilltop|"
                           r"airport|airbase|base|border\s+crossing|province|farms|area|region)\b")
#: Ground fighting (a battle, an offensive, ground taken): a war-wide frame drops it only with a toll (see _events).
GROUND_TYPES = frozenset({"ground_offensive", "clashes"})
NOUN_USE = Caseless(r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w-]+\s+)?$")
# A verb's -s form used as a plural noun: right after a determiner, a number, a copula or a verb of seeing ("see signs
# Saddam is nervous", "there are signs that", "weighs 150 to 175 pounds"), or right before "of" ("signs of"). Not "the
# army pounds": a word between.
PLURAL_USE_BEFORE = Caseless(r"(?:\b(?:the|its|their|his|her|these|those|any|no|some|many|few|several|clear|first|early|are|were|see|"
                             r"sees|saw|seen|show|shows|showed|shown)|\d)\s+$")
PLURAL_USE_AFTER = Caseless(r"\s+of\b")
# "its self-declared caliphate", "the self-declared security zone": a compound adjective, no speech either.
# The same after "about", "from", "into", "under", a demonstrative or "such" ("following up on press reports about
# alleged Russian airstrikes"), and after a determiner or a preposition with one adjective of time or kind between
# ("including a recent alleged poison gas attack"; ATTRIBUTIVE_ADJECTIVES): the participle qualifies the noun after it,
# no one's speech is told. Not after a bare count ("informed it of 13 alleged chemical weapons attacks"): right there,
# but its one corpus article then dates a spokesman's words told on by the report's day (speechfp20's log section).
ATTRIBUTIVE_ADJECTIVES = r"(?:recent|new|latest|further|fresh|other|earlier|previous|possible|apparent)"
ATTRIBUTIVE = Caseless(r"\b(?:a|an|the|its|their|his|her|with|against|of|on|for|over|in|at|to|by|about|from|into|under|"
                       r"these|those|such)\s+(?:" + ATTRIBUTIVE_ADJECTIVES + r"\s+)?$|\bself-$")
# "A Libyan leader within the so-called "Deir Ezzor Airport Front" nicknamed ...": a name the writer holds at a distance,
# no one's words; "so-called" never tells a speech, whatever follows it.
SO_CALLED = Caseless(r"\bso[-\s]$")
# "the failure of the international community to offer them a better alternative": a speech word between "to" and an
# object pronoun is an infinitive, whatever the trigger table read it as (a noun is never followed by "them"); a speech
# only intended, failed or refused, as ATTRIBUTIVE's "to" has it.
INFINITIVE_BEFORE = Caseless(r"\bto\s+$")
OBJECT_PRONOUN_AFTER = Caseless(r"\s+(?:them|him|us|me|you)\b")
# "to debate a Western-drafted resolution condemning the air strike", "An earlier Western-drafted statement submitted to the
# council ... was not approved": a text drafted is put forward, not said; its words are no statement made (a draft
# resolution is a proposal, its own trigger).
DRAFTED = Caseless(r"\bdrafted\s+(?:(?:resolution|text|declaration)\s+)?$")
READINESS_AUX = frozenset(("is", "are", "was", "were", "am"))  # event_types.toml [types.proposal] pattern readiness
# "Reuters quoted the US State Department as saying that it was looking into the reported use of chemical weapons", "The
# Commission of Inquiry said it had begun investigating the alleged use of chemical weapons", "The Organization of African
# Unity said Friday it would investigate the genocide": a speaker that says it looks into what is told announces its own
# inquiry (the guide's announcement, news in itself), not only the source of the happening its words name.
SELF_INQUIRY = Caseless(r"(?:\s+(?:on\s+)?\w+day)?,?\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:was|is|were|are|had|has|have|would|will)"
                        r"\s+(?:(?:begun|started|already|now|also)\s+)?(?:investigating|investigate|looking\s+into|look\s+into|probing|probe)\b")
# "U.S. President Donald Trump said he ordered missile strikes against an airfield", "Clinton said Thursday that he had
# ordered the strikes": a speaker that says it ordered or authorised the violence its words name announces its own
# decision (the guide's announcement by a government, news in itself), not only the source of that violence; "the army
# said it killed 20 militants" (the act itself, no decision) stays the killing's attribution.
SELF_ORDER = Caseless(r"(?:\s+(?:on\s+)?\w+day)?,?\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:personally\s+)?"
                      r"(?:ordered|authori[sz]ed|approved)\b")
# "The Russian air force targeted 243 facilities between September 30 2015 and March 15 2016 when Russia announced partial
# withdrawal of its forces", "Turkish forces fired seven mortar rounds ... a day after President Recep Tayyip Erdogan
# announced the operation": a speech told in a clause of time after every other event of its sentence places them; it is
# not their source (what it says comes after its verb), but news of its own.
PLACED_BY_SPEECH = Caseless(r"\b(?:when|after|before|until|since)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,6}$")
# Quoted words that name a happening with a definite noun ("who suffered in the bombing") are the speaker's own, news
# of their own; quoted words that tell it ("the attack killed 20") are what the speech reports.
QUOTED_TOLL = Caseless(r"\s+(?:\w+\s+){0,2}?(?:killed|killing|left|wounded|injured|claimed|hit|struck|targeted)\b")
# What may stand before a generic speaker (``_generic_speaker``): only spaces or quotation marks from the sentence's
# start, or a conjunction right before the noun ("..., while activists say").
OPENING_MARKS = re.compile(r"[\s\"“'`]*")
GENERIC_LEAD = re.compile(r"\b(?:while|but|and|though|although|whereas)\s+$")
SPEECH_BOUNDARY = re.compile(r"[,;:\"“”()]|``|''")
# "the Pentagon stated that the US-led coalitions airstrikes on the Syrian army positions were an 'unintentional regrettable
# error'", "Syrian officials stated that the attack was intentional", "She said Rabin's murder was a black stain on Israel":
# a happening named with a definite or possessive noun after the speech verb, then said to be something by a copula, is
# judged, not told: the judgment (an admission, a blame, a condemnation) is the speech's news. Not a passive participle
# ("the strike was carried out by"), a hedge ("was likely to", "was probably") or a degree word ("were especially
# intense"): those tell or describe the happening.
JUDGED = Caseless(r"(?:\s+(?!(?:was|were|is|are)\b)[^\s.;,]+){0,8}?\s+(?:was|were|is|are)\s+(?:not\s+)?"
                  r"(?:an?\s|``|[\"“]|(?!(?:[a-z]+ly|being|still|under|in|on|at|by|to|from|due|part|carried|believed|thought|"
                  r"said|reported|expected|aimed|targeted|intended|launched|conducted)\b)[a-z]+(?<!ed)(?<!en)\b)")
# "Since then, 427 fugitives have been taken into custody, the FBI said.", "For now, the State Department says, Embassy
# employees can offer only emergency consular service": a reporting verb after the clause it reports, with a subject of a
# few words after an unquoted comma and nothing but a time after it, is the attribution of the sentence (its source,
# events-guide.md), not a speech that is news. Quoted words ('"...," Adams said Sunday') are the speaker's own: not these.
TRAILING_SUBJECT = re.compile(r"[^\s\"“”'`],\s+(?:[^\s,;:\"“”`]+\s+){1,7}$")
TRAILING_END = Caseless(r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:\w+day|yesterday|today|tonight|earlier|later|now))?\s*(?:[.;]|,(?!\s*(?:``|\"|“|'))|$)")
# "attacks including those claimed by Daesh", "humanitarian pauses declared by Damascus": a speech verb's participle
# right after a noun (no auxiliary of a passive before it) and before its agent qualifies that noun: a reduced relative
# clause names a speech told elsewhere, it tells none ("The attack was claimed by the Houthis" still does).
REDUCED_PASSIVE_AFTER = Caseless(r"\s+by\s")
PASSIVE_AUXILIARY_BEFORE = Caseless(r"\b(?:is|are|was|were|be|been|being|get|gets|got|has|have|had)\s+(?:[\w-]+ly\s+)?$|[,;:(]\s*$")
# "the Turkish army statement added", "The statement mentioned that": a speech noun as the subject of the verb after it.
CLAIMED_THAT = Caseless(r"\s+(?:on\s+\w+day\s+)?(?:that\s|to\s+have\s)")
NOUN_REPORTED = re.compile(r"\s+(?:also\s+|further\s+)?(?P<verb>[a-z]+)\b")
DEMONSTRATIVE_BEFORE = Caseless(r"\b(?:that|this|these|those)\s+$")
#: "fighting the Houthis", "fighting IS", "fighting against Assad's Moscow-backed government" (issue 12, eighteenth stop)
PARTICIPLE_OBJECT = re.compile(r"\s+(?:against\s+)?(?:the\s|a\s|an\s|(?-i:[A-Z]))", re.IGNORECASE)
INFINITIVE = Caseless(r"\bto\s+$")
#: "have carried out similar attacks in the past", "have blamed each other for chlorine gas attacks in the past": a bare
#: "in the past" after the trigger in its clause makes the sentence habitual, the war's history, no occasion (events-guide.md:
#: habitual sentences; the dev gold keeps no event in any of its ten such sentences). Violence and speech only: a truce
#: "extended longer because of ... something they had done in the past" is the clause's topic. Not a counted past ("in the
#: past 24 hours", "in the past few weeks": a period with its happenings) nor a denial's "not in the past" (issue 12,
#: twenty-second stop).
HABITUAL_PAST = Caseless(r"(?<!not\s)\bin\s+the\s+past\b(?!\s+(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|"
                         r"weeks?|months?|years?|days?|hours?|decades?|couple|fortnight)\b)", gated=True)
#: An infinitive's second verb, joined to the first by "and" or "or": "had vowed to live and die there", "ready to fight
#: or die" (issue 12, twenty-second stop). One word between "to" and the conjunction, so a place ("went to Aleppo and
#: died") is the verb's own clause, not an infinitive: only a base-form trigger is read with it.
INFINITIVE_JOINED = Caseless(r"\bto\s+[a-z]+\s+(?:and|or)\s+$")
#: A relative clause on a place, up to the effort told in it: "a town that members of the SDF have been [trying]".
DESCRIBED_GROUND = re.compile(r"\b(?:that|which|areas?|towns?|cities|city|villages?|places?|positions?|districts?|neighbou?rhoods?)"
                              r"\s+(?:[\w.()-]+\s+){0,14}?(?:has|have|had|is|are|was|were)\s+(?:been\s+)?$", re.IGNORECASE)
IMPERATIVE_BEFORE = re.compile(r"(?:``|[\"“]|,)\s*$")  # a base-form verb opening quoted words or a clause in them
# "at an emergency meeting Friday": a day told right after the meeting's noun dates the meeting, a happening of its own
OWN_DAY = Caseless(r"\s+(?:on\s+|late\s+|early\s+)?(?:" + english_macros()["WEEKDAYS"] + r"|yesterday|today|tonight)\b")
SETTING = Caseless(r"\b(?:at|during|on)\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w.'’-]+\s+){0,3}$")  # "at last year's Madrid summit", "on an official visit"
ARTICLE_BEFORE = Caseless(r"\b(?:a|an|the)\s+$")
# A violent participle between a determiner (or a degree word, or a possessive) and a lower-case noun is an adjective
# ("the most advanced plant", "Hewlett-Packard's advanced systems"), not a verb that tells violence.
ADJECTIVE_BEFORE = Caseless(r"(?:\b(?:a|an|the|its|their|his|her|our|most|more|highly)|['’]s)\s+$")
ADJECTIVE_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|into|to|toward|towards|at|from|by|with|through|across|against|near|after|"
                                  r"and|or|but|as|for|of|over|under|back|up|down|out|off|the|a|an|its|their|his|her)\b)[a-z][\w-]*")
COPULA_BEFORE = Caseless(r"\b(?:is|are|was|were|been|being)\s+(?:a\s+|the\s+)?$")
ORIGIN = Caseless(r"\b(?:from|residents of|natives of|positioned in|stationed in|based in|deployed in|launched from|fired from)\s+(?:the\s+)?"
                  r"(?:(?!(?:in|at|near|into|to|on)\b)[\w-]+\s+){0,3}?(?:of\s+)?$")
PLACE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
# "Russia's proposal", "Rouhani's new security plan", "entice Arab leaders with his proposal": one told before
POSSESSIVE = Caseless(r"(?:\w['’]s|\b(?:his|her|its|their))\s+(?:[\w-]+\s+){0,2}$")
SOME_OF = re.compile(r"\b(?:some|much|part)\s+of\s+(?:[\w'’-]+\s+)?$")  # "some of Syrias worst violence"
DEFINITE = Caseless(r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+)?$")
#: Right before a time expression: the start of a state it counts ("the Baath regime in power since 1963"), no date of a happening.
SINCE_BEFORE = Caseless(r"\bsince\s+(?:early\s+|late\s+|mid\s+)?$")
# "the bombing at the mall", "a blast": a determiner makes a bomb word an event of its own, not a strike's weapon.
# "in the attack", "after the blasts": a happening named again (_told_before).
# "The province forms an important front for the soldiers who recently slew 170 terrorists there", "Another strike
# targeted a settlement on the provinces east": a sentence that names a province only as "the province" goes on about
# the one told before it (_province_named_again).
THE_PROVINCE = Caseless(r"\b(?:the|this|that)\s+(?:same\s+)?(?:provinces?|provincial\s+capital|governorate)\b(?!\s+of\b)",
                        gated=True)  # most sentences hold no "provinc" or "governorate": str.find says so
THE_NOUN = Caseless(r"\b(?:the|this|these|those)\s+(?:[\w-]+\s+)?$")
DETERMINED = Caseless(r"\b(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+)?$")
# "He accused Kuwait of ...", "It also called for ...": a sentence opened by a pronoun subject goes on about the party the
# sentence before named first (a person for he/she, a state or body for it).
# A time adverbial may come first ("Last month it acknowledged the deaths of over 700 civilians", "On Monday he said"):
# the pronoun, then in lower case, is still the subject.
_NAMES = "|".join(name.capitalize() for name in (*load_tables()["weekdays"], *load_tables()["months"]))  # as written mid-sentence
PRONOUN_LEAD = (r"(?:(?:(?:Last|Earlier|Later|This|On|In)\s+(?:this\s+|last\s+|that\s+|the\s+)?(?:week|month|year|weekend|"
                r"morning|afternoon|evening|night|day|" + _NAMES + r"|\d{4})(?:\s+\d{1,2})?|Earlier|Later|"
                r"Previously)\s*,?\s+(?P<low>he|she|it)\b)")
PRONOUN_SUBJECT = re.compile(r"\s*(?:``|[\"“])?\s*(?:(?P<pronoun>He|She|It)|" + PRONOUN_LEAD + r")\s+(?:(?:also|later|then|further|again|however|"
                             r"has|had|have|was|is|would|will|had\s+also|has\s+also)\s+)?(?=[a-z])")
SUBJECT_LEAD = re.compile(r"\s*(?:``|[\"“])?(?:[^\W\d][\w.'’-]*\s+){0,5}")  # up to the subject: a few words, no comma
# Right after "called for", up to a meeting noun: the call's object ("an emergency Security Council", "an international").
CALLED_OBJECT = re.compile(r"\s+(?:an?|the)\s+(?:[\w.'’-]+\s+){0,5}")
#: A quotation closed in its sentence: straight, curly or ``...'' quotation marks.
QUOTATION = re.compile(r'"[^"\n]{1,800}"|“[^”\n]{1,800}”|``(?:(?!\'\').){1,800}\'\'')
# Speech acts that are news only from a party (events-guide.md: statements, accusations and calls for something).
VOICED_TYPES = status_rules.SPEECH_TYPES | {"proposal"}
PRONOUN_KINDS = {"He": ("person",), "She": ("person",), "It": ("state", "organisation", "coalition", "armed group")}
# "the army backed by its Lebanese ally Hezbollah shelled Flita as it prepared an offensive", "Moscow has complained that
# ..., and it called for Security Council action": "it" / "they" right after a word that joins a clause to the main
# clause is that clause's subject, the party the sentence opens with (_inner_pronoun), when its own verb follows.
INNER_PRONOUN = re.compile(r"\b(?:when|as|after|while|before|since|because|and|but)\s+(?P<pronoun>it|they)\s+"
                           r"(?:(?:had|has|have|would|will|also|then|later|again|first|soon)\s+){0,2}(?=[a-z])")
# The words a main clause's subject may follow: none, or a place or time put first ("North of the capital the army
# ... shelled Flita as it prepared"). Any other words before the first name ("A longtime backer of the government in
# Damascus Moscow", "Gunmen attacked the police") make it no subject.
INNER_SUBJECT_LEAD = re.compile(r"\s*(?:``|[\"“])?\s*(?:(?:In|On|At|Near|North|South|East|West|Elsewhere|Meanwhile|Earlier|"
                                r"Later|Last|Since)\b(?:\s+[\w'’-]+){0,5}?\s+)?")
INNER_PRONOUN_KINDS = {"it": ("state", "organisation", "coalition", "armed group", "intergovernmental"),
                       "they": ("state", "coalition", "armed group")}
# "The group has carried out such barrages before": a sentence opened by "the group" is about the group the story
# last named, within GROUP_REACH sentences before it.
GROUP_SUBJECT = re.compile(r"\s*(?:``|[\"“])?\s*The\s+(?:(?:militant|rebel|jihadist|extremist|armed|Islamist|insurgent)\s+)?"
                           r"group\s+(?:(?:also|later|then|has|had|have|was|is|would|will)\s+){0,2}(?=[a-z])")
GROUP_REACH = 2
GROUP_TRIGGER_REACH = 80  # characters to the first event word: "... such barrages before including on January 25 when it fired"
# Bodies "the group" may stand for: a monitor or an outlet named after the armed group ("... said the Syrian
# Observatory. The group added") is the nearer antecedent, and then the armed group is not the one meant.
GROUP_KINDS = ("armed group", "organisation", "media", "intergovernmental", "coalition")
MEDIA_KIND = "media"  # actors.toml kind of an outlet: a source, whoever owns it


# The time of day a dateline gives its date ("August 13 2016 2037 UTC+3", "Tuesday 19 July 2016 16:45") is the
# report's, not any event's: it is cut with the date.
STAMP_ZONE = r"(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST)(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?"
STAMP_TIME = re.compile(rf"\s*,?\s*(?:(?:at\s+)?(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:\s*[ap]\.?m\.?)?(?:\s*{STAMP_ZONE})?"
                        rf"|(?:at\s+)?(?:[01][0-9]|2[0-3])[0-5][0-9]\s*{STAMP_ZONE}|at\s+(?:[01][0-9]|2[0-3])[0-5][0-9])(?![0-9])")


#: A wire dateline told inside a scraped page, after the page's own date ("01.10.2014 ... MOSCOW October 1 (RIA Novosti) -
#: A double terrorist attack in ... Homs has claimed the lives of 18 civilians"): its day is the report's, not the
#: time of what the lead tells (a violent lead with no time words of its own is undated, annotation-conventions Q2; a
#: statement takes the report's day by the publication rule). Before the day, a place in capitals and at most three
#: words ("NAIROBI, Kenya,"); after it, an optional year and the agency in brackets, then a dash or the lead.
WIRE_DATELINE_BEFORE = re.compile(r"\b[A-Z]{3,}(?:,?\s+[A-Z][A-Za-z.]*){0,3},?\s+$")
WIRE_DATELINE_AFTER = re.compile(r"\s*,?\s*(?:(?:19|20)[0-9]{2}\s*)?\((?:[A-Z][\w.&\x27-]*)(?:\s+[A-Z][\w.&\x27-]*){0,3}\)"
                                 r"\s*(?:[-–—_]+|(?=[A-Z]))")


def in_wire_dateline(text: str, start: int, end: int) -> bool:
    """Is the day at ``start``-``end`` that of a wire dateline ("MOSCOW October 1 (RIA Novosti) -")?"""
    return (WIRE_DATELINE_AFTER.match(text, end) is not None
            and WIRE_DATELINE_BEFORE.search(text, max(0, start - 60), start) is not None)


def _publication(article: Article) -> tuple[date | None, tuple[tuple[int, int], ...]]:
    if article.published is not None:
        return article.published, ()
    found = temporal.find_publication_date(article.text)
    if found is None:
        return None, ()
    clock = STAMP_TIME.match(article.text, found.end)
    return found.date, ((found.start, clock.end() if clock else found.end),)


def analyse(article: Article, *, dictionaries: Dictionaries | None = None) -> Analysis:
    if not isinstance(article, Article):
        raise TypeError(f"analyse() needs an Article, not {type(article).__name__}")
    dictionaries = dictionaries or default_dictionaries()
    text = article.text if isinstance(article.text, str) else ""
    if not text.strip():
        return Analysis(article, article.published, reason="no text")
    published, cut = _publication(article)
    # An archive's date may be the day after the wire's dateline ("WARSAW, February 26 (Xinhua)" published the 27th):
    # the report tells the dateline day's news, and its events are dated against that day.
    reported = (temporal.dateline_day(text, published) if article.published is not None else None) or published
    cleaned = clean(text, dictionaries, cut)
    sentences = split_sentences(text, cleaned.kept, dictionaries)
    kept = cleaned.kept
    # With no publication date, only expressions that need none can date an event ("in September 2014"), and
    # calendar dates told without their year placed by the last year the story told ("On June 4 2014 ... on June 17");
    # the rest of the article's events stay undated, and the reason says so.
    found = temporal.tag(text, reported) if reported is not None else temporal.tag_without_reference(text)
    timexes = [t for t in found if inside(kept, t.start, t.end)]
    folded = fold(text)
    actors, places = find_mentions(text, folded, kept, dictionaries)
    triggers = find_triggers(text, folded, kept, dictionaries)
    elided = _elided_kills(text, triggers, dictionaries.types) + _listed_items(text, triggers, dictionaries.types)
    triggers = sorted(triggers + elided, key=lambda t: t.start) if elided else triggers
    event_rules = _event_rules(dictionaries)
    usable_timexes = [t for t in (dating.to_report(t, text, reported, event_rules.to_report, timexes, event_rules.reporting)
                                  for t in timexes) if dating.usable(t) and not in_wire_dateline(text, t.start, t.end)]
    events = _events(article, text, folded, sentences, actors, places, triggers, usable_timexes, reported, dictionaries)
    business = bool(events) and is_business_news(text, dictionaries)
    if business:
        # A company's words, deals and meetings are no party's, and the words of war are figures of speech there:
        # only violence that names its dead is news of the kind the timeline holds.
        events = [e for e in events if dictionaries.types[e.type].violent and e.fatalities is not None]
    if business and not events:
        reason = "business news: no conflict or diplomacy events"  # with or without a publication date
    elif published is None:
        reason = ("no publication date: only absolute dates resolved, other events undated" if events
                  else "no publication date, and no events")
    else:
        reason = "" if events else "no events"
    return Analysis(article, published, tuple(sentences), tuple(timexes), tuple(events), reason, cleaned.dropped)


# "killed 19 people outside Saraqeb and another 23 people in the town of Ehsim": a clause that counts further dead in a
# place of its own, its verb left out (the first clause's), tells its own casualties. No verb of its own may come
# before the place (with one, "and another 39 were killed by airstrikes in Idlib", its verb is a trigger already).
ELIDED_COUNT = Caseless(r"\s+and\s+(?P<another>another|a\s+further)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|"
                        r"nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens)\b"
                        r"(?:\s+(?!(?:were|was|have|has|had|are|is|died|killed|wounded|injured|said|says)\b)[\w'’-]+){0,6}?"
                        r"\s+(?:in|at|near|outside|around)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:town|city|village|district|province|neighbou?rhood)\s+of\s+)?"
                        r"(?-i:[A-Z])")
ELIDED_WORD = Caseless(r"another|a\s+further")
ELIDED_ENDINGS = ("another", "further")  # how each ELIDED_WORD ends, lower-cased (_elided_head)
ELIDED_VERB = "killed"  # the verb left out, put back before the count to read it (_elided_toll)
ELIDED_REACH = 160  # characters after the killing verb: its own sentence's next clause
ELIDED_MEANS_REACH = 60  # characters from the violence's noun back from the killing verb ("The air raids on Sunday ... killed")


def _elided_kills(text: str, triggers: list[TriggerMention], types) -> list[TriggerMention]:
    """A past killing verb's second clause that counts further dead in another place with the verb left out
    (ELIDED_COUNT) gets a trigger of its own at "another": its own happening. Its kind is the violence that killed in
    the first clause when one is named just before the verb ("The air raids ... killed 19 ... and another 23": air
    raids), else casualties."""
    added = []
    for n, trig in enumerate(triggers):
        if trig.type != "casualties" or trig.tense != "past":
            continue
        stop = text.find(".", trig.end, trig.end + ELIDED_REACH)
        window = text[trig.end:stop if stop >= 0 else trig.end + ELIDED_REACH]
        found = ELIDED_COUNT.search(window)
        if found is not None:
            at = trig.end + found.start("another")
            means = _means_before(text, triggers, n, types, FULL_STOP) or "casualties"
            added.append(TriggerMention(at, trig.end + found.end("another"), text[at:trig.end + found.end("another")],
                                        means, "past"))
    return added


FULL_STOP = re.compile(r"\.")  # any full stop, "on Aug. 7" too: _elided_kills looks back within its own words only


def _means_before(text: str, triggers: list[TriggerMention], n: int, types, boundary: re.Pattern) -> str | None:
    """The kind of violence named within ELIDED_MEANS_REACH before the killing verb ``triggers[n]``, with no ``boundary``
    match between them ("The air raids ... killed 19 ... and another 23": airstrike), or None: what killed, for the
    clauses that count further dead with the verb left out (_elided_kills) and the items of a list (_listed_items)."""
    trig = triggers[n]
    return next((t.type for t in reversed(triggers[:n]) if trig.start - t.end <= ELIDED_MEANS_REACH
                 and types[t.type].violent and t.type != "casualties" and not boundary.search(text, t.end, trig.start)), None)


def _elided_head(trig: TriggerMention) -> bool:
    """Is the trigger the word of a clause whose killing verb is left out (_elided_kills: ELIDED_WORD, "another" or "a
    further")? Such a word ends with one of ELIDED_ENDINGS in any case (no other character is one of their letters to
    a case-insensitive regex): that test spares the regex for the sentence's other triggers."""
    return trig.text[-7:].lower() in ELIDED_ENDINGS and ELIDED_WORD.fullmatch(trig.text) is not None


def _elided_toll(text: str, trig: TriggerMention, clause: tuple[int, int], dictionaries) -> Fatalities | None:
    """The count of a clause whose killing verb is left out (_elided_kills), read as if the verb were told before it:
    "another 23 people among them 10 children in Ehsim" -> 23 people."""
    return read_toll(ELIDED_VERB + text[trig.end:clause[1]], 0, len(ELIDED_VERB) + clause[1] - trig.end, dictionaries)


def _elided_cut(text: str, s_clauses: list, s_triggers: list[TriggerMention]) -> list:
    """The sentence's clauses with each clause holding an elided-verb trigger (_elided_kills: its word "another" or "a
    further", no trigger word of the dictionaries) or a listed item's (_listed_items: its count or ordinal) cut before
    it, and before the "and" or comma that joins it to the item before."""
    heads = {t.start for t in s_triggers if _elided_head(t) or LISTED_HEAD.fullmatch(t.text)}
    if not heads:
        return s_clauses
    cut = []
    for clause in s_clauses:
        inner = sorted(h for h in heads if clause[0] < h < clause[1])
        start = clause[0]
        for head in inner:
            join = LISTED_JOIN.search(text, max(start, head - 12), head)
            conj = join.start() if join is not None else head
            if conj <= start:
                continue
            cut.append((start, conj))
            start = head
        cut.append((start, clause[1]))
    return cut


# A list told after one happening's words: "launched 10 air strikes against IS in Syria nine near Kobani and one at Deir
# Ezzor", "killed 247 people in Kenya and 10 in Tanzania", "Another three people were killed in strikes elsewhere in
# Syria one in Aleppo province a second in Damascus province and a third in Busra": each item a count (or an ordinal)
# and a place of its own, no verb between. Strikes (or dead) in different places told apart are separate events
# (events-guide.md); the first item stays with the words that tell the happening, each further one is its own.
LISTED_COUNT = (r"(?:\d[\d,]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|"
                r"[Tt]welve|(?:[Aa]|[Tt]he)\s+(?:second|third|fourth|fifth))")
# Case-sensitive, the count words' capitals spelt out: the engine then skips ahead to a count's first characters (a
# scoped "(?-i:...)" for the place's capital would make the case-blind pattern try every position).
LISTED_ITEM = re.compile(rf"(?<![\w-])(?P<item>{LISTED_COUNT})(?:\s+(?:people|persons|civilians|of\s+them|(?:air\s*)?strikes?|"
                         r"airstrikes?|raids?|attacks?))?\s+(?:in|near|at|around|outside)\s+(?:the\s+)?[A-Z]")
LISTED_PLACE = re.compile(r"\s(?:in|near|at|around|outside)\s+(?:the\s+)?[A-Z]")  # a cheap first look: two places at least
LISTED_HEAD = Caseless(LISTED_COUNT)
#: The plural violence counted: "launched 10 air strikes", "three non-fatal sniper attacks" (a count among the three
#: words before the noun; read from the words, a case-blind regex anchored at the noun would try every position).
LISTED_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve dozens several".split())


def _counted(text: str, at: int) -> bool:
    """Is a count (LISTED_COUNTS, or figures) among the three words before ``at``?"""
    return any(w.replace(",", "").isdigit() or w.lower() in LISTED_COUNTS for w in text[max(0, at - 40):at].split()[-3:])


LISTED_JOIN = Caseless(r",?\s+and\s+$|,\s+$|\s+$")
LISTED_REACH = 160  # characters after the happening's word: its own sentence
LISTED_GAP = 40  # characters at most from one item's place to the next item: the place's own words ("in Daraa province")
LISTED_VERB = Caseless(r"\b(?:was|were|is|are|has|have|had|said|says|killed|died|wounded|injured)\b")


def _listed_items(text: str, triggers: list[TriggerMention], types) -> list[TriggerMention]:
    """Each further item of a list told right after a past killing verb or a counted plural violent noun (LISTED_ITEM,
    at least two items, each within LISTED_GAP of the one before with no verb between) gets a trigger of its own at its
    count:
    its own happening, of the kind of violence the list follows (the noun's; for a killing verb the violence named
    before it or between it and the list, else casualties). Not a list of bodies counted ("150 bodies were counted in
    Hammouriya 100 in Kfar Batna"): no killing verb, no plural violence."""
    added = []
    seen: set[int] = set()
    for n, trig in enumerate(triggers):
        verb = trig.tense == "past" and trig.type == "casualties"
        if not verb and not (trig.tense == "noun" and trig.text[-1:] in "sS" and trig.type != "casualties"
                             and types[trig.type].violent and _counted(text, trig.start)):
            continue
        stop = text.find(".", trig.end, trig.end + LISTED_REACH)
        end = stop if stop >= 0 else min(len(text), trig.end + LISTED_REACH)
        place = LISTED_PLACE.search(text, trig.end, end)
        if place is None or LISTED_PLACE.search(text, place.end(), end) is None:
            continue  # fewer than two places told: no list
        run = []
        for m in LISTED_ITEM.finditer(text, trig.end, end):
            if run and not (m.start() - run[-1].end() <= LISTED_GAP
                            and not LISTED_VERB.search(text, run[-1].end(), m.start())):
                if len(run) >= 2:
                    break
                run = []
            run.append(m)
        if len(run) < 2:
            continue
        if verb:
            kind = _means_before(text, triggers, n, types, NEW_SENTENCE) or next(
                (t.type for t in triggers[n + 1:] if t.start < run[0].start() and types[t.type].violent
                 and t.type != "casualties"), "casualties")
        else:
            kind = trig.type
        for m in run[1:]:
            at = m.start("item")
            if at not in seen:
                seen.add(at)
                added.append(TriggerMention(at, m.end("item"), m.group("item"), kind, "past"))
    return added


def _listed_toll(text: str, trig: TriggerMention, clause: tuple[int, int], dictionaries) -> Fatalities | None:
    """The dead of a listed item (_listed_items) when the list counts dead: an ordinal is one ("a second in Damascus
    province"), a count is read as the killing verb's ("10 in Tanzania")."""
    if not LISTED_DEAD.search(text, max(0, trig.start - LISTED_REACH), trig.start):
        return None
    if not trig.text[:1].isdigit() and trig.text.split()[0].lower() in ("a", "the"):
        return Fatalities(low=1, best=1, high=1)
    return read_toll(ELIDED_VERB + " " + text[trig.start:clause[1]], 0, len(ELIDED_VERB) + 1 + clause[1] - trig.start, dictionaries)


def _listed_first(text: str, clause: tuple[int, int], s_triggers: list[TriggerMention]) -> TriggerMention | None:
    """The first item of a list (_listed_items) told at the end of ``clause``, when the next item's trigger follows
    the clause: its count as a trigger-like mention, or None."""
    if not any(LISTED_HEAD.fullmatch(t.text) and clause[1] <= t.start <= clause[1] + 12 for t in s_triggers):
        return None
    last = None
    for last in LISTED_ITEM.finditer(text, clause[0], clause[1]):
        pass
    return None if last is None else TriggerMention(last.start("item"), last.end("item"), last.group("item"), "casualties", "past")


LISTED_DEAD = Caseless(r"\b(?:killed|died|dead)\b")
NEW_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")  # a sentence's end, not "on Aug. 7, killed" (dating.SENTENCE_END is any stop)


def _location(text: str, trigger: TriggerMention, clause, sentence: Sentence, places: Sorted,
              nearby: list[list[PlaceMention]], outskirts: dict[str, str] | None = None,
              outskirts_before: re.Pattern | None = None) -> Place | None:
    """The clause's most specific place, else the sentence's; a violent event told with no place finer than
    a country or region ("Air raids kill 11 civilians in east Syria") takes the governorate-level place of
    the nearest neighbouring sentences (``nearby``: next five, then previous three) that tell the same story.
    A place people came or fired from ("evacuated from Fuaa", "positioned in the Eastern Ghouta") is where the
    event happened only if no other place is named. A city that is a governorate of its own, told with a word that puts
    the place outside it ("a town northeast of the capital", "outside the capital Damascus"), is placed in the
    governorate around it (``outskirts``)."""
    own = places.within(*clause) or places.within(sentence.start, sentence.end)
    told_here = True
    if nearby and not any(p.place.admin1 for p in own):
        told_here = False
        own = next((group for group in nearby if group), own)
    if not own:
        return None
    origins = _origins(text, own)

    def key(p: PlaceMention):
        origin = p.start in origins
        distance = p.start - trigger.end if p.start >= trigger.end else (trigger.start - p.end) + 1000
        return (origin, 0 if p.place.admin1 else 1, p.rank if p.place.admin1 else 0, distance)

    chosen = min(own, key=key)
    around = outskirts.get(chosen.place.admin1) if outskirts else None
    if around and told_here and chosen.place.name == chosen.place.admin1 and outskirts_before.search(text, max(0, chosen.start - 60), chosen.start):
        return replace(chosen.place, admin1=around)
    return chosen.place


def _told_before(text: str, clause: tuple[int, int], trigger: TriggerMention) -> bool:
    """Violence named by a definite noun ("... claimed its fighters killed 30 soldiers in the attack", "clashes broke
    out after the blasts"): a happening told before, so a sentence that places it in no governorate borrows the place of
    the sentences before it first (``_nearby``), not of the next one, which may open another scene ("Near the capital
    hundreds protested ..."). Only the event's own trigger counts ("Warplanes later struck near where victims of the
    attack were treated" is a strike told first), and only "the/this/these/those" at most one word before it ("the
    regime first deployed warplanes" names no happening), in lower case ("joined the Chemical Weapons Convention" is a
    name). Violence told first ("Air raids kill 11 civilians in east
    Syria") still looks ahead."""
    return (trigger.tense == "noun" and trigger.text[:1].islower()  # "the Chemical Weapons Convention": a name
            and THE_NOUN.search(text, max(clause[0], trigger.start - 30), trigger.start) is not None)


def _province_named_again(text: str, sentence: Sentence) -> bool:
    """A sentence that speaks of "the province" (or "the provincial capital", "this governorate") with no name after it
    means the province told before: violence it places in no governorate borrows the place of the sentences before it
    first (``_nearby``), not of the next one ("The province forms an important front ... Backed by Russian airpower the
    troops have entered the neighbouring Raqqah Province": Aleppo, told before, not Raqqa)."""
    return THE_PROVINCE.search(text, sentence.start, sentence.end) is not None


def _origins(text: str, places: list[PlaceMention]) -> set[int]:
    """Starts of the places people came or fired from. A place listed after one is one too ("evacuees from the northern
    towns of Fuaa and Kafraya were killed ... at a transit point west of Aleppo"); a description after a comma is no
    listed place ("from Belgrade, the capital of Serbia")."""
    origins: set[int] = set()
    for i, p in enumerate(places):
        if ORIGIN.search(text, max(0, p.start - 45), p.start) or (
                i and places[i - 1].start in origins and p.place.text[:1].isupper()
                and PLACE_LIST_GAP.fullmatch(text, places[i - 1].end, p.start)):
            origins.add(p.start)
    return origins


def _events(article, text, folded, sentences, actors, places, triggers, timexes, published, dictionaries) -> list[Event]:
    types = dictionaries.types
    article_id = article.article_id
    cue_index = status_rules.CueIndex(text, dictionaries, folded)
    background = status_rules._words(dictionaries.background)
    tolls: dict[tuple[int, int], Fatalities | None] = {}
    event_rules = _event_rules(dictionaries)
    roles = role_rules(dictionaries)
    # A type's other senses are looked for around each of its triggers only in an article that holds a string every
    # match of them needs ("de-escalation", "itself"): most hold none of some types'.
    # The strings are read off the article's one automaton walk (with the trigger patterns' words), not searched for.
    present = dictionaries.trigger_pattern_words.present(folded, dictionaries.one_pass.hits(text, folded)["trigger words"])
    senses = {name: gate for name, gate in dictionaries.sense_gates.items()
              if gate.words is None or not present.isdisjoint(gate.words)}

    def toll_of(start: int, end: int) -> Fatalities | None:
        if (start, end) not in tolls:
            tolls[(start, end)] = read_toll(text, start, end, dictionaries)
        return tolls[(start, end)]

    totals: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def totals_until(start: int, end: int, trigger_start: int) -> bool:
        """A war-wide toll from the sentence's start to the end of a clause (searched once for all its triggers), unless
        it measures the occasion the trigger tells (_yardstick)."""
        if (start, end) not in totals:
            totals[(start, end)] = [(m.start(), _yardstick(m.start(), start)) for m in event_rules.totals.finditer(folded, start, end)]
        return any(not (0 <= trigger_start < compared) for _, compared in totals[(start, end)])

    def _yardstick(at: int, start: int) -> int:
        """ "killing all five people on board in the biggest loss of life for Russian forces since they started operations":
        the period after "since" measures the occasion told before the comparing word (compared_since), no toll counted
        over it. Where that word starts, or -1. Not "some of the worst violence since the outbreak" (a period's), nor
        "the deadliest attack to hit the city since 2011" (the occasion told after the word is one told before)."""
        if not folded.startswith("since", at):
            return -1
        if (state := _state_since(folded, at, start, len(folded), event_rules)) is not None:
            return state.start()
        compared = event_rules.compared_before_since.search(folded, max(start, at - 100), at)
        if compared is None or SOME_OF.search(folded, max(start, compared.start() - 25), compared.start()):
            return -1
        return compared.start()

    result: list[tuple[int, Event]] = []
    attributions: set[tuple[int, str]] = set()
    mentions: set[tuple[int, str]] = set()
    framed: set[tuple[int, str]] = set()  # deals named as the frame of another act: kept undated, not mere mentions
    back_references: set[tuple[int, str]] = set()
    said_dated: set[tuple[int, str]] = set()
    verb_told: set[tuple[int, str]] = set()
    # (sentence start, trigger) of violence told by a verb ("units of the army hit", "the regime struck"): a determiner
    # before it is its subject's, no happening named again (merge.merge_retold).
    by_verb: set[tuple[int, str]] = set()
    in_runs: set[tuple[int, str]] = set()  # violence told by a verb of a run (_verb_run): a happening of its own
    anonymous = event_rules.anonymous_in(folded)
    sources = event_rules.sources_in(folded)
    previous_violent: list[Event] = []
    previous_index = -10
    count_index = -10  # the last sentence whose violence was all dropped as a count ([generic] totals)
    private_people = event_rules.private_people(text, actors)
    sides = frozenset(name for c in dictionaries.conflicts for name in (c.government, c.opposition))
    filed = filed_from(text, places, dictionaries)
    actors, places, triggers, timexes = Sorted(actors), Sorted(places), Sorted(triggers), Sorted(timexes)
    by_sentence = [[p for p in places.within(s.start, s.end) if p.place.admin1] for s in sentences]
    # Sentences that place violence in several provinces ("attacks with shells in Damascus Aleppo and Idleb") sum up the
    # day's happenings: narrative.settle folds none of their details, told apart with a place of their own, into them.
    areas = provinces(dictionaries)
    summaries = frozenset(s.start for s, found in zip(sentences, by_sentence)
                          if any(areas.get(p.place.admin1, p.place.admin1) != areas.get(q.place.admin1, q.place.admin1)
                                 and PLACE_LIST_GAP.fullmatch(text, p.end, q.start) for p, q in zip(found, found[1:])))

    def _nearby(index: int, told_before: bool = False) -> list[list[PlaceMention]]:
        """The governorate-level places of the neighbouring sentences, nearest first: the next five, then the three
        before; the three before first for a happening named again (``_told_before``) or a sentence that speaks of
        "the province" told before (``_province_named_again``)."""
        order = ([index - 1, index - 2, index - 3, index + 1, index + 2, index + 3, index + 4, index + 5] if told_before
                 else [index + 1, index + 2, index + 3, index + 4, index + 5, index - 1, index - 2, index - 3])
        return [by_sentence[i] for i in order if 0 <= i < len(sentences)]

    for index, sentence in enumerate(sentences):
        s_triggers = triggers.within(sentence.start, sentence.end)
        s_actors = actors.within(sentence.start, sentence.end)
        pronoun = _pronoun_subject(text, sentences, index, s_triggers, s_actors, actors, sides, dictionaries) if s_triggers else None
        if pronoun is not None:
            s_actors = [pronoun] + s_actors
        inner = _inner_pronoun(text, sentence, s_triggers, s_actors) if s_triggers else []
        # A capitalised trigger inside a party's name is part of the name ("the High Negotiations Committee",
        # "Islamic Jihad"), not an event; "Russian warplanes" (lower case) still names the strike.
        s_triggers = [t for t in s_triggers if not (t.text[:1].isupper() and any(
            a.start <= t.start and t.end <= a.end and a.text != t.text for a in s_actors))
                      and not (t.text.lower() in event_rules.calling and (not event_rules.calls_it.match(text, t.end)
                                                                          or SO_CALLED.search(text, max(0, t.start - 4), t.start)))
                      # "Bombing Claims 5 in Latakia": in a title-case headline the capitalised "Claims" is the verb
                      and not (t.text[:5].lower() == "claim" and (t.tense != "noun" or t.text[:1].isupper()) and event_rules.toll_claim.match(text, t.end))
                      and not (t.tense == "pattern" and t.type == "diplomatic_meeting" and t.text[-1:].isspace()
                               and not _official_trip(text, t, sentence, s_actors, event_rules))]
        if not s_triggers:
            continue  # no event told: its clauses, asides and source are not needed
        source = cue_index.source(sentence, s_actors)
        candidates: list[tuple[tuple[int, int], TriggerMention, list[TriggerMention]]] = []
        s_clauses, subordinate = _subordinate_captures(folded, clauses(sentence, dictionaries), s_triggers, s_actors, types,
                                                       event_rules, senses.get(CAPTURE_TYPE))
        s_asides = tuple(asides(sentence, dictionaries)) + subordinate  # their time expressions date the capture only
        # '"The incidents of Aug. 7 underscore that terrorists know no boundaries," Burleigh said': a time told in a
        # quotation dates what the quotation tells, not the saying nor another event of its sentence.
        s_asides += tuple(m.span() for m in QUOTATION.finditer(text, sentence.start, sentence.end))
        # "Netanyahu says gaps remain before next week's talks": the time expression between an anchoring word and
        # the event it places dates that event, not the speech told before it (speech is the report's day's news).
        s_placing: list[tuple[tuple[int, int], ...]] = []  # computed for the sentence's first speech only
        s_province_again: list[bool] = []  # computed for the sentence's first violent event only (_province_named_again)

        def province_again_of() -> bool:
            if not s_province_again:
                s_province_again.append(_province_named_again(text, sentence))
            return s_province_again[0]

        def placing_of() -> tuple[tuple[int, int], ...]:
            if not s_placing:
                s_placing.append(tuple((a, t.start) for a in cue_index.anchor_ends(sentence.start, sentence.end)
                                       for t in s_triggers if t.start >= a and len(text[a:t.start].split()) <= 4))
            return s_placing[0]
        s_restrictive: list[tuple[tuple[int, int], ...]] = []  # computed for the sentence's first event not violent

        def restrictive_of() -> tuple[tuple[int, int], ...]:
            if not s_restrictive:
                s_restrictive.append(tuple(restrictive(sentence, dictionaries)))
            return s_restrictive[0]
        s_state_periods: list[tuple[tuple[int, int], ...]] = []  # computed for the sentence's first violent event or noun

        def state_periods_of() -> tuple[tuple[int, int], ...]:
            if not s_state_periods:
                s_state_periods.append(_state_periods(folded, sentence, event_rules))
            return s_state_periods[0]
        opposed: frozenset[tuple[int, int]] = frozenset()  # another side's act cut off (_opposed_sides)
        placed_openings: frozenset[tuple[int, int]] = frozenset()  # "Just days after a deadly chemical attack"
        answered: frozenset[tuple[int, int]] = frozenset()  # "... in response to the US airstrike" (_placed_after)
        run_subjects: dict[tuple[int, int], list[ActorMention]] = {}
        # "Mondays twin bombings came as IS fighters press their assault on ... Kobane": the noun's own words end at the verb.
        placed_by_verb = _placed_by_verb(text, s_clauses, s_triggers, dictionaries)
        # ... and so are the times told after the verb ("came a day after ... its air strikes last week"): an aside's.
        s_asides += tuple((at, next(c[1] for c in s_clauses if c[0] <= at <= c[1])) for at in placed_by_verb.values())
        cuts = SentenceClauses(s_clauses)
        if len(s_triggers) > 1:
            cuts.take(_side_by_side(text, cuts.clauses, s_triggers, dictionaries), in_parts=False)
            # Two sides' acts are two happenings: never one sentence's event (merge), however alike their kinds.
            opposed = cuts.take(_opposed_sides(text, cuts.clauses, s_triggers, s_actors, dictionaries), in_parts=False)
            # The placed violence and the main clause's are two happenings: never one sentence's event (merge).
            made = cuts.take(_placed_opening(text, cuts.clauses, s_triggers, dictionaries))
            placed_openings = frozenset(c for c in made if _placed_opening_rule(dictionaries).match(text, c[0], c[1]))
            # "Iran launched missiles ... in response to the US airstrike that killed Soleimani": the main clause's
            # violence and the one it answers are two happenings; the answered one is placed, as an opening's is.
            made = cuts.take(_placed_after(text, cuts.clauses, s_triggers, dictionaries))
            answered = frozenset(c for c in made if answering_phrase(dictionaries).match(text, c[0], c[1]))
            cuts.take(_including(text, cuts.clauses, s_triggers, dictionaries))
            # "found on Friday two days after militants kidnapped them": the act counted days before is its own
            # happening, dated by the count (dating.day_apart), never one sentence's event with the first (merge).
            cuts.take(_placed_days_after(text, cuts.clauses, s_triggers, dictionaries, placed_by_verb))
            # "Wednesdays explosion came as Kurdish forces pressed ahead with their offensive to take Manbij": the ground
            # offensive the placing verb's noun is placed by is a happening of its own, never one event with it (merge).
            cuts.take(_placed_by_ground_taken(cuts.clauses, s_triggers, dictionaries, placed_by_verb))
            cut, weapons = _nth_day_cut(text, cuts.clauses, s_triggers, timexes, dictionaries)
            if cuts.take(cut):
                # The bare bomb words cut off take the kind of the strikes whose weapon they name (_nth_day_cut).
                s_triggers = [TriggerMention(t.start, t.end, t.text, weapons.get(t.start, t.type), t.tense) for t in s_triggers]
            # "killed 19 people outside Saraqeb and another 23 people in Ehsim": the counted-on clause is its own
            # happening (ELIDED_COUNT), never one sentence's event with the first (merge).
            cuts.take(_elided_cut(text, cuts.clauses, s_triggers))
            run, run_heads = _verb_run(text, cuts.clauses, s_triggers, dictionaries)
            if cuts.take(run, in_parts=False):
                # Each verb of the run is done by the subject told before its first verb.
                run_subjects = {c: [a for a in actors.within(sentence.start, head) if a.kind not in BYSTANDER_KINDS]
                                for c, head in run_heads.items()}
        s_clauses, side, parts = cuts.clauses, cuts.side, cuts.parts
        for clause in s_clauses:
            c_triggers = [t for t in s_triggers if clause[0] <= t.start < clause[1]]
            if not c_triggers:
                continue
            violent = [t for t in c_triggers if types[t.type].violent]
            if any(t.type in dictionaries.munitions_of and t.tense == "noun" for t in violent):
                # "Air strikes pounded Aleppo in renewed bombing": the strike's bombs ([generic] munitions), unless a
                # determiner makes them an event of their own ("the bombing at the mall").
                violent = [t for t in violent if not (t.type not in dictionaries.munitions_of and t.text.lower() in dictionaries.munitions
                                                      and not DETERMINED.search(text, max(clause[0], t.start - 30), t.start))]
            kinds = {t.type for t in violent} if len(violent) > 1 or violent and violent[0].tense == "noun" else ()
            if kinds and not kinds.isdisjoint(event_rules.arms_held_types):
                # "Iraq has destroyed its long-range missiles": arms held, not fired.
                violent = [t for t in violent if not (t.type in event_rules.arms_held_types and t.tense == "noun"
                                                      and event_rules.arms_held.search(text, max(clause[0], t.start - 40), t.start))]
            if kinds:
                # "looking into the reported use of chemical weapons": what an inquiry looks into, not told; unless the
                # clause dates it before the report ("to investigate the genocide ... nearly four years ago").
                violent = [t for t in violent if not (t.tense == "noun"
                                                      and event_rules.inquired.search(text, max(clause[0], t.start - 60), t.start)
                                                      and not _dated_before(timexes, t.end, clause[1], published))]
            if kinds and not kinds.isdisjoint(event_rules.arms_handled_types):
                # "destroyed ... two car bombs", "a chemical weapons factory": arms handled as things, not fired; the
                # clause's other violent words still tell theirs.
                violent = [t for t in violent if not (t.type in event_rules.arms_handled_types and t.tense == "noun"
                                                      and _arms_handled(text, clause, t, event_rules))]
            if "airstrike" in kinds:
                # "forces ... covered by helicopters and fighting drones had occupied the town": air cover, no strike.
                # "Army units with a cover from the Syrian Air Force targeted hideouts" (pattern aircraft_fired): the
                # units' act, the aircraft their cover.
                violent = [t for t in violent if not (t.type == "airstrike" and t.tense in ("noun", "pattern")
                                                      and event_rules.air_support.search(text, max(clause[0], t.start - 60), t.start))]
            if {"airstrike", "shelling"} <= set(kinds) and all(t.tense not in ("noun", "pattern") for t in violent if t.type == "airstrike"):
                # "mortar rounds struck near the Russian embassy", "a shell belonging to opposition forces struck a school":
                # the verb of an air strike after a shell is the shell's impact, unless aircraft are named in the clause.
                shells = [t.start for t in violent if t.type == "shelling" and t.tense == "noun" and t.text.lower() in event_rules.shell_strikes]
                if shells and not event_rules.aerial.search(text, clause[0], clause[1]):
                    violent = [t for t in violent if not (t.type == "airstrike" and t.start > shells[0])]
            if len(kinds) > 1 and AGENT_NOUN_TYPE in kinds:
                # "Gunmen abducted two aid workers": the attackers named, the abduction told by the verb.
                named = [t for t in violent if t.tense == "noun" and t.text.lower() in event_rules.agent_nouns]
                if named and any(t.tense != "noun" for t in violent):
                    told = [t for t in violent if t.type not in (AGENT_NOUN_TYPE, "casualties")]
                    if told and all(t.tense != "noun" and t.text.lower() in event_rules.agent_fire for t in told):
                        violent = [t for t in violent if t not in told]  # "gunmen opened fire": their gunshots, a shooting
                    else:
                        violent = [t for t in violent if t not in named]
            if len({t.type for t in violent}) > 1:
                # "Clashes between regime forces and ISIL broke out after the blasts": the violence the clause is about
                # is told first; the violent noun after "after" or "following" is what placed it in time, no type of it.
                plain = [t for t in violent if senses.get(t.type) is None or not _other_sense(folded, t, senses[t.type])]
                violent = [t for t in violent if not _placed_by_earlier(text, clause, t, plain, dictionaries)]
            if violent:
                top = max(types[t.type].priority for t in violent)
                best = [t for t in violent if types[t.type].priority == top]
                deaths = [t for t in violent if t.type == "casualties"]
                # Of several equal triggers, the one told with the deaths is the event ("killed ... in airstrikes").
                main = min(best, key=lambda t: min((abs(t.start - d.start) for d in deaths), default=0))
                candidates.append((clause, main, violent))
            for type_name in dict.fromkeys(t.type for t in c_triggers if not types[t.type].violent):
                group = [t for t in c_triggers if t.type == type_name]
                # "That pledge follows a claim from Assad": the speech told here is the claim, not the pledge referred to;
                # '"The statement was a surprise," Gabriel said': the speech is the saying, not the one quoted.
                told = [t for t in group if not DEMONSTRATIVE_BEFORE.search(text, max(clause[0], t.start - 8), t.start)
                        and not (t.tense == "noun" and inside_quotes(text, sentence, t.start))]
                first = (told or group)[0]
                if type_name == "diplomatic_meeting" and len(group) > 1:
                    # "the chief negotiators might also attend the APEC summit slated for mid November", "a visit aimed
                    # at encouraging recently resumed peace talks": a meeting noun told with its own holding participle
                    # is a meeting of its own, not the one the clause's first meeting word tells.
                    apart = [t for t in group if t is not first and _own_meeting(text, clause, t, event_rules)]
                    group = [t for t in group if t not in apart]
                    candidates.extend((clause, t, [t]) for t in apart)
                candidates.append((clause, first, group))
        candidates = _without_references(text, folded, sentence, candidates, event_rules)
        if any(t.type == "proposal" and t.tense == "pattern" and t.text.split()[0].lower() in READINESS_AUX for _, t, _ in candidates):
            # "The rebel coalition has said it is willing to accept a truce", "in a speech, saying at the time he was
            # willing to withdraw": a readiness in what a speech verb says (no comma or quote between) is the speech's
            # content, no proposal of its own. 'In addition to welcoming a campaign, the government "is ready to ..."'
            # tells the readiness itself.
            candidates = [c for c in candidates if not (
                c[1].type == "proposal" and c[1].tense == "pattern" and c[1].text.split()[0].lower() in READINESS_AUX
                and any(t.type in status_rules.SPEECH_TYPES and t.tense != "noun" and t.end <= c[1].start
                        and not SPEECH_BOUNDARY.search(text, t.end, c[1].start) for t in s_triggers))]
        if event_rules.retold_speech is not None and event_rules.retold_speech.search(folded, sentence.start, sentence.end):
            # "The DPRK pledged in the statement to ...", "Annan made the remarks at a press conference": what a
            # speech told before says, or where it was made, is no new speech.
            candidates = [c for c in candidates if c[1].type not in CONTENT_OF]
        # "plans to attack American diplomats", "Iranian attack plans": a plot of violence is no diplomatic proposal,
        # and the violence it names has not happened.
        plots = {(p[1], v) for p in candidates if p[1].type == "proposal" and all(t.tense == "noun" for t in p[2])
                 for v in s_triggers if types[v.type].violent and (
                     0 <= v.start - p[1].end <= 4 and text[p[1].end:v.start].strip().lower() == "to" or 0 <= p[1].start - v.end <= 1)}
        plotted = {v for _, v in plots}
        if plots:  # the plots' proposals, built once (most sentences tell none)
            proposals = {p for p, _ in plots}
            candidates = [c for c in candidates if c[1] not in proposals]
        # "In a statement following the attack, al-Assadi blamed Israel": the statement is the blaming, one speech.
        spoken = {t.type for _, t, group in candidates if t.type in status_rules.SPEECH_TYPES and any(g.tense != "noun" for g in group)}
        candidates = [c for c in candidates if not (c[1].type in status_rules.SPEECH_TYPES and all(g.tense == "noun" for g in c[2])
                                                    and spoken - {c[1].type})]
        # "Pompeo posted a message blaming Iran for the attacks, saying there was no evidence ...": a participle after a
        # comma goes on with the speech told before it in the sentence, by the same speaker; it is no speech of its own.
        # "Iran welcomed the plan and called for monitoring of the truce": a call told after a speech verb of its sentence is
        # made in that speech, one event ("a report said that Saddam's message called for a conference": a reporting verb
        # attributes the call, it is no speech of its own; "Moscow has complained that Turkey is about to send forces, and it
        # called for Security Council action": an accusation is an act of its own type, the call another); "Spitzer called for Vacco to revive the unit, saying ..." goes
        # on with the call.
        spoke_first = min((t.start for _, t, group in candidates
                           if t.type == "statement" and any(g.tense != "noun" for g in group)
                           and t.text.lower() not in event_rules.reporting_verbs), default=sentence.end)
        candidates = [c for c in candidates if not (
            c[1].type == "proposal" and any(g.text.lower() in event_rules.calls and g.start > spoke_first for g in c[2])
            and all(g.tense == "noun" or g.text.lower() in event_rules.calls for g in c[2]))]
        said_first = min((t.start for _, t, group in candidates if t.type in status_rules.SPEECH_TYPES
                          or t.type == "proposal" and t.text.lower() in event_rules.calls), default=sentence.end)
        candidates = [c for c in candidates if not (c[1].type == "statement" and c[1].start > said_first
                                                    and event_rules.continued_speech.match(text, c[0][0], c[1].end))]
        # "Damascus denied responsibility and blamed rebels", "Jihadist rebels blamed Russian warplanes of carrying out
        # Mondays attack and said they would fight back": a speech verb joined by "and" to a speech verb of another type
        # before it in its clause, with no subject, clause, quotation or other verb between, goes on with that speech, by
        # the same speaker: one event, the first (cues.toml [events] joined_speech).
        candidates = [c for c in candidates
                      if not _joined_to_earlier_speech(text, c, candidates, s_triggers, event_rules)]
        has_other = any(t.type not in status_rules.SPEECH_TYPES for _, t, _ in candidates)
        # '"... our opposition to terrorism ...," the president said': a name inside the words quoted is not who says them.
        quoted = '"' in sentence.text or "“" in sentence.text or "``" in sentence.text
        speakers = [a for a in s_actors if not _in_quoted_words(text, sentence, a.start)] if quoted else s_actors
        spoken_by: dict[tuple[int, bool], ActorMention | None] = {}

        def speaker_of(t: TriggerMention, can_speak: list[ActorMention]) -> ActorMention | None:
            """Who speaks with ``t``, looked up once: several rules below ask of the same speech verb. Keyed by the
            trigger's identity (the sentence's triggers live as long as the table): a record's hash is a Python call."""
            key = (id(t), can_speak is speakers)
            if key not in spoken_by:
                spoken_by[key] = speaker(text, t, can_speak, roles)
            return spoken_by[key]
        sentence_events: list[Event] = []
        background_at: list[int] = []  # violence of the sentence dropped as a war-wide count: where its trigger is
        reported: list[tuple[int, Event]] = []  # statements made with a reporting verb, and where the verb is

        def c_triggers_of(clause: tuple[int, int]) -> list[TriggerMention]:
            return [t for t in s_triggers if clause[0] <= t.start < clause[1]]

        sentence_found: dict[object, bool] = {}

        def sentence_has(rule) -> bool:
            """Whether ``rule`` is found in the sentence's text: searched once for all the sentence's triggers."""
            if rule not in sentence_found:
                sentence_found[rule] = rule.search(sentence.text) is not None
            return sentence_found[rule]

        for clause, trig, group in candidates:
            spec = types[trig.type]
            # Each word is read against its own type's other senses: "a video purportedly shot ... showed a room filled
            # with 90 bodies" groups a shooting word (a camera's, attack_on_civilians picture_shot) with a death word
            # (casualties bodies_seen), and both are other senses (issue 12, twenty-second stop).
            if any(t.type in senses for t in group):
                in_sense = [t.type in senses and _other_sense(folded, t, senses[t.type]) for t in group]
                if all(in_sense):
                    continue  # "struggling to deal with casualties", "protests met with a crackdown": the word's other sense
                if any(in_sense) and (trig.type in NAMED_TYPES or (spec.violent and all(t.type == "casualties" for t, other in zip(group, in_sense) if not other))):
                    # "from Madaya and Zabadani settlements ... within the framework of the population swap deal": the
                    # word of the other sense is no trigger; the meeting, deal, truce or sanctions is told by the rest of
                    # its group, and so are deaths when only death words are left ("eliminated over 75 militants
                    # including the suicide bombers": the killing, not a bombing). Other violence left is not retyped:
                    # the other sense's word often still names the clause's kind ("renewed fighting has halted aid").
                    group = [t for t, other in zip(group, in_sense) if not other]
                    trig = group[0]
                    spec = types[trig.type]
            if trig.type == "diplomatic_meeting" and len(group) > 1 and _briefing(text, clause, trig, event_rules):
                # "Obama said at a news conference in Lima at the conclusion of a summit with leaders of Pacific Rim
                # countries": the news conference is one party speaking to reporters (no meeting, below), the summit
                # a meeting held: told by the rest of its group, as a word of another sense is left out of it.
                rest = [t for t in group if not _briefing(text, clause, t, event_rules)]
                if rest:
                    group, trig = rest, rest[0]
            own = actors.within(*clause)
            if pronoun is not None and clause[0] <= pronoun.start < clause[1]:
                own = [pronoun] + own
            if inner:  # the clause's own subject; not the sentence's, which decides no cut (_subordinate_captures)
                own = sorted(own + [m for m in inner if clause[0] <= m.start < clause[1]], key=lambda a: a.start)
            c_actors = _with_antecedent(text, clause, trig, own, s_actors) or s_actors
            if clause in run_subjects and spec.violent:
                c_actors = run_subjects[clause] + [a for a in own if a not in run_subjects[clause]]
                in_runs.add((sentence.start, trig.text.lower()))
            elif (clause in parts or clause in opposed) and spec.violent:
                in_runs.add((sentence.start, trig.text.lower()))
            elif subordinate and trig.type == CAPTURE_TYPE:
                # "made fresh advances near Kobani ... a week after the flashpoint town was recaptured from IS": the
                # capture cut off (_subordinate_captures) and the offensive before it are two happenings, never merged.
                in_runs.add((sentence.start, trig.text.lower()))
            if trig.type in status_rules.SPEECH_TYPES and event_rules.continued_speech.match(text, clause[0], trig.end):
                c_actors = _participle_subject(s_clauses, clause, s_actors, c_actors)
            can_speak = s_actors if quoted and _in_quoted_words(text, sentence, trig.start) else speakers
            stance = False
            if trig.type == "accusation" and all(t.tense == "ing" for t in group if t.tense != "noun") and trig.tense == "ing":
                who = next((w for w in (speaker_of(t, can_speak) for t in group if t.tense != "noun") if w is not None), None)
                if who is not None and (who.kind == MEDIA_KIND or who.name in roles.monitors):
                    # 'Observatory head Rami Abdel Rahman said "military aircraft" had targeted the market blaming the
                    # regime for the strike', "SANA said blaming the attacks on terrorists": a monitor or an outlet
                    # naming, as it reports the violence, who did it is its source's attribution (the guide's "according
                    # to sources"), no party's accusation; the blame still names the agent (cues.toml [responsibility]).
                    # Its own verb is a report's news ("Human Rights Watch has accused the Syrian regime of ...").
                    continue
            if trig.type == "statement" and has_other:
                # "Describing Gemayel as ..., Free Patriotic Movement leader Michel Aoun also denounced ...": the speech
                # verb of the clause that has a speaker says who speaks.
                who = next((w for w in (speaker_of(t, can_speak) for t in group if t is trig or t.tense != "noun")
                            if w is not None), None)
                stance = who is not None and _stance(text, sentence, who, group, event_rules, roles.monitors)
                if (who is None and trig.tense != "noun") or (who is not None and reports_only(who) and not stance):
                    continue  # "SANA reported that ...": the source of the other event, not an event
                verb = next((t for t in group if t.tense != "noun"), None)
                blamed = verb is not None and event_rules.blamed_known.search(text, verb.end, sentence.end)
                if blamed:
                    # "... confirmed that Russian and regime warplanes were behind the "deliberate attacks" that
                    # targeted the convoy": blame for a happening named with a determiner is said of one told before;
                    # its violence (the warplanes, the attacks) is named again, not told.
                    back_references.update((sentence.start, t.text.lower()) for _, t, _ in candidates
                                           if types[t.type].violent and t.start > verb.end)
                placed_by = PLACED_BY_SPEECH.search(text, max(sentence.start, trig.start - 80), trig.start)
                if placed_by is not None and all(t.end <= placed_by.start() for _, t, _ in candidates
                                                 if t.type not in status_rules.SPEECH_TYPES):
                    pass  # "... between September 30 2015 and March 15 2016 when Russia announced partial withdrawal"
                elif trig.start > sentence.start and all(
                        t.tense == "noun" and t.end <= trig.start and _in_quoted_words(text, sentence, t.start)
                        and DEFINITE.search(text, max(sentence.start, t.start - 25), t.start)
                        and not QUOTED_TOLL.match(text, t.end, trig.start)
                        for _, t, _ in candidates if types[t.type].violent) and any(
                        types[t.type].violent for _, t, _ in candidates):
                    pass  # "``... to help innocent Kenyans who suffered in the bombing,'' Satcher said": the speaker's words
                elif ((said_by := _reported_by(text, trig, group, event_rules)) is not None and who is not None
                      and who.kind == "armed group" and event_rules.own_fighters.match(text, said_by.end)):
                    # "IS said in a statement that one of its fighters had fired on a gathering ... before blowing himself
                    # up": a group telling its own fighters' act claims it (news of its own); the act is the happening
                    # the article reports apart, named again.
                    back_references.update((sentence.start, t.text.lower()) for _, t, _ in candidates
                                           if types[t.type].violent and t.start > said_by.end)
                elif (said_by is not None  # read by the test before, which this one follows
                      and not SELF_INQUIRY.match(text, said_by.end) and not SELF_ORDER.match(text, said_by.end)
                      and not _judged(text, sentence, said_by, candidates, types)) and not all(
                        t.end <= trig.start and len(text[t.end:trig.start].split()) <= 6
                        and not SPEECH_BOUNDARY.search(text, t.end, trig.start) and all(g.end <= trig.start for g in others)
                        for _, t, others in candidates if t.type not in status_rules.SPEECH_TYPES):
                    # ... unless every other event is named in the speaker's own words before the verb ("Visiting UN
                    # Secretary-General Kofi Annan said Tuesday that ..."): then the speech is what is told. Not when a
                    # word of that event comes after the verb too ("The coalition which launched an air war against ISIL
                    # said it had carried out air strikes against Raqa": what is said tells the strikes).
                    # "the army said it killed 20" is the attribution of the killing; "Berri said the murder of
                    # Gemayel was an attack on the state" is news if the murder was told before: narrative decides.
                    attributions.add((sentence.start, trig.text.lower()))
            if event_rules.named_only(folded, sentence, group):
                mentions.add((sentence.start, trig.text.lower()))
            if trig.type in NAMED_TYPES and all(
                    t.tense == "noun" and event_rules.stance_object.search(folded, max(clause[0], t.start - 40), t.start)
                    and not _participle_after(text, t.end, event_rules) for t in group):
                # "the alliance denounced the ceasefire talks and pledged to keep fighting": what a party condemns, welcomes
                # or rejects is the topic of its statement, no truce nor talks told; "welcomed the truce agreed on
                # Friday" tells the truce made (cues.toml [events] rejecting)
                continue
            if trig.type in VOICED_TYPES and all(
                    t.tense == "noun" and INFINITIVE_BEFORE.search(text, max(clause[0], t.start - 4), t.start)
                    and OBJECT_PRONOUN_AFTER.match(text, t.end) for t in group):
                continue  # "the failure of the international community to offer them a better alternative": not made
            if trig.type in status_rules.SPEECH_TYPES and all(ATTRIBUTIVE.search(text, max(clause[0], t.start - 22), t.start)
                                                              for t in group if t.tense != "noun") and trig.tense != "noun":
                continue  # "strikes against alleged terrorist camps": a participle used as an adjective tells no speech
            if trig.type == "statement" and all(DRAFTED.search(text, max(clause[0], t.start - 30), t.start) for t in group):
                continue  # "a Western-drafted resolution condemning the air strike": a draft's words, not said
            if trig.type in status_rules.SPEECH_TYPES and trig.tense == "past" and all(
                    t.tense == "past" and REDUCED_PASSIVE_AFTER.match(text, t.end)
                    and not PASSIVE_AUXILIARY_BEFORE.search(text, max(clause[0], t.start - 24), t.start) for t in group) and not (
                    trig.type == "accusation" and speaker_of(trig, can_speak) is not None):
                # "attacks including those claimed by Daesh": a speech named by a reduced relative clause. A blame with
                # its accuser named after "by" is made by that party ("the Syrian regime accused by Washington of using
                # starvation as a weapon"): the guide's accusation, whoever it qualifies.
                continue
            if (trig.type == "statement" and trig.tense != "noun" and all(
                    t.text.lower() in event_rules.reporting_verbs and TRAILING_END.match(text, t.end)
                    and TRAILING_SUBJECT.search(text, max(sentence.start, t.start - 80), t.start) for t in group)):
                continue  # "..., the FBI said.": the source of what the sentence tells, no speech of its own
            if trig.type in status_rules.SPEECH_TYPES and any(t.tense != "noun" for t in group) and all(
                    speaker_of(t, can_speak) is None
                    and (t.tense != "noun" or _set_off_before_verb(text, t, group)) for t in group):
                # "activists said that ...": speech is news only from a named party; "In speeches before the signing
                # ceremony, the ministers said ...": a speech noun set off before a verb with no speaker has none either
                continue
            if trig.type in status_rules.SPEECH_TYPES and all(t.tense == "noun" and _owned_by_unnamed(text, t, s_actors)
                                                              for t in group):
                continue  # "dismissed Juan Miguel's comments as the words of Castro": the owner speaks, and is no named party
            if private_people and trig.type in VOICED_TYPES and trig.tense != "noun" and all(
                    getattr(speaker_of(t, can_speak), "name", None) in private_people
                    for t in group if t.tense != "noun"):
                # "activist Nayef Mustafa said", "Local activist Amir al-Huwaidi called for an investigation": a private
                # person's words, a source like "activists said"; a call or offer is news only from a party (the guide's
                # speakers), as a statement is
                continue
            if (trig.type in VOICED_TYPES and trig.tense != "noun" and sentence_has(event_rules.company_in)
                    and all(
                        _company(text, speaker_of(t, can_speak), event_rules.company_suffix)
                        for t in group if t.tense != "noun")):
                continue  # "Diversified Investment Group Inc. said": a company's words, no government, official or body's
            if (trig.type == "statement" and all(t.text.lower() in event_rules.reporting_verbs for t in group)
                    and _unnamed(event_rules.unnamed_speaker.search(text, max(sentence.start, trig.start - 40), trig.start), s_actors)):
                continue  # "..., it said.", "the newspaper said": an attribution, or a speech told on
            if (trig.type == "statement" and all(t.text.lower() in event_rules.reporting_verbs for t in group)
                    and all(event_rules.source_subject_before.search(text, max(sentence.start, t.start - 120), t.start)
                            or event_rules.source_subject_after.match(text, t.end, sentence.end) for t in group)
                    and not SELF_INQUIRY.match(text, trig.end)):
                continue  # "..., the London based monitor said", "said the source adding that": the source of what is said
            if (trig.type == "statement" and all(t.text.lower() in event_rules.reporting_verbs
                                                 and event_rules.relayed_reports.match(text, t.end, sentence.end) for t in group)):
                continue  # "also confirmed the reports", "officials say there are reports that ...": reports relayed
            if (trig.type == "statement" and all(t.text.lower() in event_rules.reporting_verbs
                                                 and event_rules.recollection.match(text, t.end, sentence.end) for t in group)):
                continue  # "a neurologist in Saraqib said he treated 16 of 29 cases": a witness's account, its source
            if (trig.type == "statement" and all(t.tense != "noun" and event_rules.own_ignorance.match(text, t.end, sentence.end)
                                                 for t in group)):
                continue  # "police admit ... they don't know where he is": the speaker's own ignorance, no news (speechfp20)
            # A body that speaks for a party ("The Syrian Coalition said", acts_for the Syrian opposition) is the
            # speaker of its own words, not their mere source; so is a body whose speech tells no happening of its own
            # sentence but names another party (`_speaks_of_its_news`).
            voiced = trig.type in status_rules.SPEECH_TYPES
            speaks = voiced and (stance or not has_other and _speaks_of_its_news(c_actors, source))
            event_actors = [a for a in c_actors if a.kind != MEDIA_KIND
                            and not (a.kind in SOURCE_KINDS and a.name == source and not (voiced and a.acts_for or speaks))
                            and not (spec.violent and a.name in roles.monitors)]
            if spec.violent and not any(a.end <= trig.start or a.start >= trig.end for a in event_actors if a.kind not in BYSTANDER_KINDS):
                # "those airstrikes": the actors of the violent events just told.
                if DEMONSTRATIVE.search(text[max(clause[0], trig.start - 40):trig.start]) and previous_violent:
                    inherited = {a.name: a for e in previous_violent for a in e.actors if a.role in ("agent", "")}
                    event_actors = event_actors + list(inherited.values())
            generic = spec.violent and spec.priority < dictionaries.specific_priority and trig.text.lower() in dictionaries.generic_words
            if (spec.violent or trig.type in status_rules.SPEECH_TYPES) and HABITUAL_PAST.search(text, trig.end, clause[1]):
                continue  # "have blamed each other for chlorine gas attacks in the past": habitual, the war's history
            if generic and sentence_has(background):
                continue  # a war-wide count ("killed since the conflict began"), not an event
            if ((generic or trig.type == "protest") and trig.tense == "noun" and toll_of(*clause) is None
                    and event_rules.predicate.search(text, max(clause[0], trig.start - 80), trig.start)
                    and not THERE.search(text, max(clause[0], trig.start - 80), trig.start)):  # "There was an attack": told
                # '"This appears to have been a very well-planned attack," X said', "The accession is perhaps the clearest
                # demonstration of the fact that ...": what something was, no new happening
                continue
            # "has been under Daesh control since May but in recent weeks government troops have advanced": a period
            # counted before "but" is that clause's; what the verb of the clause after it tells is a happening of its own
            contrast = [m.end() for m in CONTRAST.finditer(text, sentence.start, trig.start)] if trig.tense != "noun" else []
            war_toll = spec.violent and event_rules.totals is not None and totals_until(
                contrast[-1] if contrast else sentence.start, clause[1], trig.start)
            if spec.violent and not war_toll and count_index == index - 1 and COUNT_GOES_ON.match(text, sentence.start, sentence.end) \
                    and not any(t.granularity in ("day", "time", "week") for t in timexes.within(sentence.start, sentence.end)):
                war_toll = True  # the count told just before goes on, with no day of its own
            if war_toll and trig.type in GROUND_TYPES and _own_time_before_frame(
                    totals[(contrast[-1] if contrast else sentence.start, clause[1])], clause, trig, timexes) \
                    and toll_of(*clause) is None and not any(
                    t.type == "casualties" and clause[0] <= t.start < clause[1] for t in s_triggers):
                # A war-wide frame counts a toll: ground fighting told with a time of its own before the frame and no
                # toll in its clause is the day's fighting, the frame another clause's ("Clashes in Zabadani raged on
                # Thursday according to the observatory which has documented heavy shelling on the town since early
                # July", "Last year the Syrian army wrested back control of ... Kasab ... after less than three months
                # of control by opposition forces").
                war_toll = False
            if war_toll and toll_of(*clause) is None and _strike_series(text, folded, sentence, clause, trig, event_rules):
                # "Aleppo has also witnessed massive air raids in recent weeks one of the most ferocious aerial assaults
                # since the start of the war": strikes told over their own span are the guide's air campaign
                # (narrative._series types them), not a toll counted over the war. With a count of the dead over that
                # span ("Since the beginning of last week eastern Ghouta has been under intensive strikes ... that
                # resulted in the killing of more than 70 people") the frame stays: the week's count outranks the day's
                # strike as the article's deadliest event (FA-KES toll fell).
                war_toll = False
            # "a civil war since early 2011 initiated by the regime which cracked down on protests": the war's opening
            # act, kept without the war's toll (cues.toml [events] war_opening_acts); war_origin below still decides it.
            opening_act = trig.text.lower() in event_rules.war_opening_acts
            if war_toll and not opening_act and not (trig.tense == "noun" and event_rules.war_began_with.search(
                    folded, max(sentence.start, trig.start - 140), trig.start)) and not (
                    event_rules.since_when.search(folded, max(sentence.start, trig.start - 120), trig.start)) and not (
                    trig.tense == "pattern" and event_rules.campaign_since.search(folded, max(sentence.start, trig.start - 80), trig.end)) and not (
                    _fighting_begun_since(folded, sentence, trig, event_rules, toll_of(*clause) is not None)):
                # A toll counted over a war or a period ([generic] totals), not an occasion; searched up to the end
                # of the trigger's clause ("The conflict in Syria, which has lasted five years, has killed ..."). What
                # the war began with ("since the war started with the brutal repression of protests") is a happening
                # (kept below without the war's toll).
                background_at.append(trig.start)
                continue
            if ((spec.violent or trig.type == "protest")
                    and (origin := event_rules.war_origin.search(folded, max(sentence.start, trig.start - 240), trig.start))
                    and not any(t.type == "DATE" and not SINCE_BEFORE.search(text, max(sentence.start, t.start - 12), t.start)
                                for t in timexes.within(origin.start(), sentence.end))):
                # "Syrias uprising began as a series of peaceful protests ... but escalated into a full-scale insurgency
                # after the regime launched a devastating crackdown": how the war began, told with no time of its own,
                # is its background (cues.toml [events] war_origin_nouns); dated, it is a happening (war_began_with)
                background_at.append(trig.start)
                continue
            if (generic and DEFINITE.search(text, max(clause[0], trig.start - 25), trig.start) and toll_of(*clause) is None
                    and index - previous_index <= 2
                    and any(types[e.type].priority >= dictionaries.specific_priority for e in previous_violent)):
                # "the attack" names the attack just told, not a new one; its own day ("The attack was carried out at
                # around noon on Thursday") is that attack's when the telling before gave none
                undated = [e for e in previous_violent if e.date.basis == "none"
                           and types[e.type].priority >= dictionaries.specific_priority]
                if undated and trig.tense == "noun":
                    own_day = dating.day_told(timexes, (trig.end, clause[1]), published)
                    if own_day is not None and not event_rules.said_when(text, trig.end, sentence.end, own_day.text):
                        dated = {id(e): replace(e, date=own_day) for e in undated}
                        result = [(i, dated.get(id(e), e)) for i, e in result]
                        previous_violent = [dated.get(id(e), e) for e in previous_violent]
                continue
            event_actors = assign_roles(text, clause, trig, event_actors, spec.violent, roles, sentence.start)
            anchor = cue_index.anchor(clause[0], trig.start)
            if anchor is not None and spec.violent and _deaths_it_caused(text, sentence, anchor, s_triggers):
                # "six more people lost their lives in a village near Manbij after similar attacks by coalition fighter
                # jets": the deaths of the main clause and the violence that caused them are one happening, told, not
                # placed by another; the story dates it as any other.
                anchor = None
            status = cue_index.status(sentence, clause, trig.start, trig.type, anchor)
            participle = trig.type in NAMED_TYPES and trig.tense == "noun" and _participle_after(text, trig.end, event_rules)
            if participle and status in ("planned", "hypothetical"):
                # "the Quartet will monitor the implementation of the deal clinched on Tuesday": the deal's own
                # participle tells it made; the future is the monitoring's
                status = "occurred"
            if (status != "denied" and event_rules.negated(folded, clause[0], trig.start, trig.end if trig.tense == "noun" else -1)
                    and not participle):
                # "has no intention of attacking": told as not happening; but "will not lift the sanctions imposed on
                # Iraq in 1990" negates the lifting, and the sanctions' own participle tells them imposed
                continue
            if spec.violent and status != "denied" and event_rules.description.search(folded, max(clause[0], trig.start - 80), trig.start):
                continue  # "blamed for a string of recent murders": what a party is known for, not a happening
            if (trig.type in status_rules.SPEECH_TYPES and all(t.tense == "noun" and inside_quotes(text, sentence, t.start) for t in group)):
                continue  # '"The WH statement tonight demonstrates a lack of understanding"': a speech the speaker talks about
            if trig.type == "proposal" and trig.tense == "pattern" and quoted and _in_quoted_words(text, sentence, trig.start):
                continue  # '"... we are willing to talk today about security," Lubrani told': what is said, no proposal made
            if (trig.type in event_rules.unquoted_types and status != "planned" and inside_quotes(text, sentence, trig.start)
                    and not quoted_phrase(text, sentence, trig.start)):
                continue  # a meeting or a deal named in a quotation is what the speaker talks about
            if trig.tense == "base" and NOUN_USE.search(text, max(clause[0], trig.start - 30), trig.start) and toll_of(*clause) is None \
                    and not (trig.type == "ground_offensive" and _ground_taken_of_place(text, trig, places)):
                continue  # "destined for an unknown target": a verb used as a noun, with no toll, names nothing that happened
            if trig.type == "ground_offensive" and event_rules.market_figure.search(text, clause[0], clause[1]):
                continue  # "Net advanced to $94.2 million", "advances in Tokyu Group shares": a market's figures, no ground taken
            if (spec.violent and trig.tense == "past"
                    and ADJECTIVE_BEFORE.search(text, max(clause[0], trig.start - 12), trig.start)
                    and ADJECTIVE_NOUN_AFTER.match(text, trig.end) and toll_of(*clause) is None):
                continue  # "the world's most advanced cereal plant", "Hewlett-Packard's advanced systems": an adjective, no violence
            if not spec.violent and trig.tense == "past" and ARTICLE_BEFORE.search(text, max(clause[0], trig.start - 5), trig.start):
                continue  # "a negotiated end to the confrontation": a participle that qualifies a noun tells no meeting
            if trig.type == "diplomatic_meeting" and trig.text.lower() == "host" and COPULA_BEFORE.search(
                    text, max(clause[0], trig.start - 12), trig.start):
                continue  # "It is host to an anti-Houthi coalition": what a place is, no talks hosted
            if trig.type in NAMED_TYPES and event_rules.wished.search(text, max(clause[0], trig.start - 100), trig.start):
                continue  # "forcing them to agree to local truces": the deal someone wants made (cues.toml [events] wishes)
            if trig.type in ("diplomatic_meeting", "agreement") and INFINITIVE.search(text, max(clause[0], trig.start - 12), trig.start) and (
                    status == "proposed" or any(t.type == "proposal" and t.tense != "noun" and t.end <= trig.start
                                                for t in c_triggers_of(clause))):
                # "invited Geremek to visit the United States", "offered to host talks", "urged all Balkan states to sign
                # a joint declaration": the content of the proposal or call, not a meeting or deal of its own
                continue
            if trig.type == "diplomatic_meeting" and trig.tense == "noun" and any(
                    t.type == "proposal" and t.text.lower() in event_rules.calls and 0 <= trig.start - t.end <= 60
                    and CALLED_OBJECT.fullmatch(text, t.end, trig.start) for t in c_triggers_of(clause)):
                continue  # "called for an emergency Security Council meeting": the meeting asked for is the call's content
            if (trig.type == "diplomatic_meeting" and trig.tense == "noun" and status != "planned"
                    and SETTING.search(text, max(clause[0], trig.start - 40), trig.start)
                    and not OWN_DAY.match(text, trig.end)
                    and any(t.type in ("proposal", "agreement") and t.tense != "noun" for t in c_triggers_of(clause))):
                # "The alliance invited the three countries to join in July 1997 at the Madrid summit", "NATO decided at
                # last year's Madrid summit to invite ...", "Freeh, on an official visit to Mexico, asked Mexican authorities to
                # join the hunt": the summit or visit named as where the act was done is its occasion, told once (the act),
                # no meeting of its own
                continue
            if trig.type == "proposal" and all(t.tense == "noun" for t in group) and any(
                    t.type == "agreement" and t.tense not in ("noun", "pattern") and 0 <= trig.start - t.end <= 40
                    and not SPEECH_BOUNDARY.search(text, t.end, trig.start) for t in c_triggers_of(clause)):
                continue  # "The two presidents signed the plan": the plan signed is the agreement, no proposal
            if (trig.type == "agreement" and all(g.tense == "noun" for g in group)
                    and all(any(t.type == "ceasefire" and 0 <= g.start - t.end <= 1 for t in s_triggers) for g in group)
                    and not event_rules.truce_in_force.search(folded, sentence.start, sentence.end)):
                continue  # "a February ceasefire deal": the truce agreed, one happening (cues.toml [events] truce_in_force)
            if (trig.type == "ceasefire" and trig.tense == "noun" and event_rules.violated.search(text, max(clause[0], trig.start - 30), trig.start)
                    and any(types[c[1].type].violent for c in candidates)):
                continue  # "terrorists breached the cessation of hostilities by targeting ...": the violence is told (cues.toml [events] violated)
            if trig.type == "agreement" and trig.tense == "present" and not event_rules.signed_object.match(text, trig.end):
                continue  # "as shop signs lay in the street": the plural noun, no deal signed (a verb takes its object)
            if trig.tense == "present" and (PLURAL_USE_BEFORE.search(text, max(clause[0], trig.start - 12), trig.start)
                                            or PLURAL_USE_AFTER.match(text, trig.end)) and toll_of(*clause) is None:
                continue  # "see signs Saddam is nervous", "weighs 175 pounds": a plural noun, not the verb
            if (spec.violent and trig.tense == "noun" and status in ("occurred", "reported") and toll_of(*clause) is None
                    and _modal_after(text, trig.end, clause[1], event_rules)):
                status = "hypothetical"  # "US air strikes against Iraq could do serious harm": strikes talked of, not told
            if (spec.violent and status in ("occurred", "reported") and toll_of(*clause) is None
                    and _under_ability(text, folded, trig, clause, event_rules)):
                continue  # "the people can't repel them": a capacity, not a happening, and no event (modal22)
            # "have been trying to capture": the capture's offensive under way (cues.toml [events] efforts)
            # Not in a relative clause that describes the ground ("Manbij a town that members of the SDF have been trying
            # to capture", "one of the areas regime forces have been battling to recapture"): the place's background.
            effort_at = (event_rules.effort_before.search(text, max(0, trig.start - 80), trig.start)
                         if trig.type == CAPTURE_TYPE and trig.tense == "base" else None)
            effort = effort_at is not None and not DESCRIBED_GROUND.search(text, max(clause[0], effort_at.start() - 120), effort_at.start())
            aimed = False  # a meeting made hypothetical by the infinitive alone ("Kerry and Lavrov to meet")
            if (trig.tense == "base" and status in ("occurred", "reported")
                    and (INFINITIVE.search(text, max(0, trig.start - 12), trig.start)
                         or INFINITIVE_JOINED.search(text, max(0, trig.start - 30), trig.start))
                    and not effort and not (spec.violent and _attempt_made(text, clause, trig.start, event_rules))):
                # "leaving them to die": an infinitive names no event that happened; but "killed in an abortive attempt
                # to infiltrate" tells the attempt made (cues.toml [events] attempts)
                status = "hypothetical"
                aimed = trig.type == "diplomatic_meeting"
            if spec.violent and status in ("planned", "proposed") and toll_of(*clause) is None and any(
                    t.type in CONTENT_OF and t.start < trig.start for _, t, _ in candidates):
                # "X welcomes reports that the US and Russia are preparing to carry out airstrikes", "the U.S. is
                # proposing that it and Russia coordinate an airstrike campaign": what was said or proposed.
                continue
            if trig.type in ASKED_FOR_TYPES and status == "proposed":
                # "France and Britain called for UN sanctions against the regime", "a draft resolution calling for the
                # imposition of a 7-day cease-fire", "the proposed resolution": the deal, truce or sanctions asked for is
                # the proposal's content (the guide's proposal, type_also sanctions), no deal made nor truce in force
                continue
            naming = [t for _, first, said in candidates if first.type in status_rules.SPEECH_TYPES for t in said
                      if (t.type == "accusation" and t.tense != "noun" or t.text.lower() in event_rules.condemning)
                      and clause[0] <= t.start and 0 <= trig.start - t.end <= 45] if spec.violent and trig.tense == "noun" else []
            if naming and toll_of(*clause) is None:
                # Only a condemnation places what it names: what is alleged ("an alleged chemical weapons attack") is a claim.
                condemned_first = min((t.end for t in naming if t.text.lower() in event_rules.condemning), default=None)
                named_end = min([t.start for t in c_triggers_of(clause) if t.start > trig.end], default=clause[1])
                if condemned_first is None or not _days_before(text, timexes, condemned_first, (clause[0], named_end), published):
                    # "It strongly condemned cross-border shelling", 'condemned the "cowardly, criminal" bombings': named, not
                    # told; but violence the speech names with a day of its own some days before the report's ("condemned
                    # weekend air raids on four hospitals" on Tuesday, "condemned Iraq's invasion of Kuwait on Aug. 2") is a
                    # happening placed in time: told (a retelling of one told before folds into it)
                    continue
            if spec.violent and any(m.start() <= trig.start and trig.end <= m.end()
                                    for m in event_rules.conditions.finditer(text, max(clause[0], trig.start - 20), trig.end + 20)):
                continue  # "neighborhoods under siege": a lasting condition, not a happening
            if spec.violent and trig.tense == "noun" and toll_of(*clause) is None and event_rules.condemned_after.match(text, trig.end):
                continue  # "Russia's airstrikes have been blamed for increasing the war's toll": the topic of speech, not told
            if spec.violent and trig.tense == "noun" and toll_of(*clause) is None and event_rules.judged_after.match(text, trig.end, clause[1]):
                continue  # "the bombing ... is not random at all", "the airstrikes ... were an error": judged, told elsewhere (cues.toml judged)
            if spec.violent and trig.tense == "noun" and trig.text.lower() in event_rules.judged and any(
                    t.tense == "noun" and types[t.type].violent and t.end <= trig.start
                    and (m := event_rules.judged_after.match(text, t.end, clause[1])) is not None and m.end() == trig.end
                    for t in c_triggers_of(clause)):
                continue  # "The murder of the doctor is the latest depraved assault": the judgement's word, no second violence
            if plotted and trig in plotted and status != "occurred":  # (most sentences tell no plot: no hash)
                continue
            tense_end = trig.end if trig.tense == "pattern" else trig.start
            tense = cue_index.tense(clause[0], tense_end, trig.tense)
            when = ((trig.tense == "noun" and dating.aged(text, trig.start, published, dictionaries.numbers))
                    or dating.day_apart(text, trig.start, (sentence.start, sentence.end), timexes, published)
                    or dating.date_event(trigger_start=trig.start, clause=clause, sentence=(sentence.start, sentence.end),
                                     anchor=anchor, timexes=timexes, published=published, type_name=trig.type,
                                     reporting=event_rules.reporting,
                                     status=status, tense=tense, text=text, asides=s_asides,
                                     placing=placing_of() if trig.type in status_rules.SPEECH_TYPES else (),
                                     restrictive=state_periods_of() if spec.violent or trig.tense == "noun" else restrictive_of(),
                                     until_now=event_rules.until_now if spec.violent else None,
                                     first_since=event_rules.first_since))
            if (spec.violent and trig.tense == "noun" and published is not None and anchor is None and when.first is None
                    and trig.text.lower() not in dictionaries.generic_words and event_rules.going_on.match(text, trig.end)):
                # "clashes are ongoing": going on as the report is written. Not a generic word ("an attack is ongoing in
                # the area"): that is the story's attack, still going on, told again.
                when = dating.publication_day(published)
            if participle:
                # "within the framework of the population swap deal reached by Damascus and opposition forces in March":
                # the time told in the noun's own participle phrase (up to the next event word of its clause) dates the
                # deal, truce or sanctions it tells made, not a nearer time of the clause's other happening
                phrase_end = min([t.start for t in c_triggers_of(clause) if t.start > trig.end], default=clause[1])
                phrase_time = next((t for t in timexes.within(trig.end, phrase_end) if dating.usable(t)), None)
                if phrase_time is not None and not (when.basis == "explicit" and when.text == phrase_time.text):
                    when = dating.told_in_phrase(phrase_time)
            if spec.violent and when.basis == "explicit" and event_rules.said_when(text, trig.end, sentence.end, when.text):
                # "At least 82 were killed, officials said as dawn broke Saturday": the day of the telling, not of the
                # deaths; narrative.settle lets such a toll be the count of a violent event dated by its own words.
                said_dated.add((sentence.start, trig.text.lower()))
            if (spec.violent and anchor is not None and when.basis == "explicit" and when.text
                    and _main_clause_time(text, trig, sentence, when.text)):
                # "seconds before the bomb exploded was positively identified Thursday": the time of the main clause's
                # verb, not of the happening the anchor word places (dating.RELATIVE: placed only by another event).
                when = dating.UNDATED_RELATIVE
            if when.basis == dating.RELATIVE and anchor is not None and status in ("occurred", "reported"):
                # "embarked on the expansion of NATO in 1993 after Clinton met with Havel": the year of the clause it
                # came just before, when a month or a year dates that clause.
                when = dating.placed_in_year(text, anchor, (sentence.start, sentence.end), timexes,
                                             event_rules.just_before) or when
            if (spec.violent and trig.tense == "noun" and when.basis == "explicit" and when.text
                    and _in_relative_clause(text, sentence, trig, when.text, event_rules.said_before)):
                # "finish talks that were interrupted by the car bombing of the embassy": a happening named in a
                # relative clause is not dated by the main clause's time expression; narrative dating places it.
                when = dating.UNDATED
            if trig.type in FRAMED_TYPES and trig.tense == "noun" and when.basis in ("explicit", "publication", "none"):
                frame = event_rules.frame.search(text, max(clause[0], trig.start - 80), trig.start)
                if frame is not None and (when.basis == "publication"
                                          or when.basis == "none" and _framed_deal_told(text, trig, frame)
                                          or when.basis == "explicit"
                                          and 0 <= text.find(when.text, sentence.start, frame.start()) < frame.start()):
                    # "leaving Fuaa and Kafraya on Friday under a deal reached between the government and opposition
                    # groups": a deal made before the act it frames, at no time the report gives (cues.toml [events] frames).
                    # With no time in its sentence at all it is still that deal, kept undated, when its phrase names
                    # its parties or tells it broken (_framed_deal_told), not a mere mention (narrative rule 5).
                    when = dating.UNDATED_VAGUE
                    framed.add((sentence.start, trig.text.lower()))
            if when.basis in ("none", "publication") and (dating.vague(text, clause, trig.start, trig.end, event_rules.vague_past)
                                                          or trig.tense == "noun" and dating.recent_noun(text, trig.start)):
                # "Recently fierce clashes erupted ...", "killed in clashes ... in recent days", "The Coalition earlier
                # said": before the report, no day of the story's nor the report's (narrative.settle leaves it undated).
                when = dating.UNDATED_VAGUE
            if effort and when.basis in ("none", "publication"):
                when = dating.UNDATED_VAGUE  # an effort going on for weeks is no day's happening, nor the story's
            if (trig.type in NAMED_TYPES and trig.tense == "noun" and not (status == "planned" and when.basis == "explicit")
                    and not participle and event_rules.process.search(text, max(clause[0], trig.start - 60), trig.start)):
                continue  # "expelled from peace talks", "interest in resuming talks": a process named, none held
            if trig.type == "bombing" and any(t.type == SEIZED and t.start <= trig.start and trig.end <= t.end for t in s_triggers):
                continue  # "police found 600 kg of explosives": a seizure (weapons_seized), not a bombing
            if trig.type == SEIZED and _seized_in_operation(text, clause, trig, event_rules):
                continue  # "seized a weapons cache ... in an operation near Sperwan Ghar": a part of the operation
            if spec.violent and _inside_name(text, sentence, trig, spec, event_rules.company_suffix):
                continue  # "Merrill Lynch", "Battle Creek", "according to Advanced Medical": a word of a name, no violence
            if spec.violent and (trig.tense != "noun" and event_rules.abstract_object.match(text, trig.end)
                                 or _gerund_with_object(text, trig, event_rules)):
                continue  # "advancing stability, peace and cooperation": a figure of speech, no violence
            if trig.type == "protest" and trig.text.lower() in PROTESTERS and event_rules.protesters_speak.match(text, trig.end):
                continue  # "Protesters have claimed Iran is influencing their government": the speakers, no protest told
            if spec.violent and trig.tense == "noun" and event_rules.qualified.match(text, trig.end):
                continue  # "meeting with bombing victims", "two bombing suspects": named, not told
            if spec.violent and trig.tense == "noun" and _victims_of(text, clause, trig, event_rules):
                continue  # "to help victims of terrorist attacks on the U.S. embassies": named, not told
            if spec.violent and trig.tense == "noun" and _questioned_over(text, clause, trig, places, event_rules):
                continue  # "in custody for questioning about the bombing": the custody's topic, told elsewhere
            if (spec.violent and (trig.tense == "noun" or text[trig.start - 1:trig.start] == "-")
                    and event_rules.figurative.search(text, max(clause[0], trig.start - 20), trig.start)):
                continue  # "a long verbal attack read on television", "a diplomatic offensive": a figure of speech
            if ((spec.violent or trig.type == "protest") and trig.tense == "ing"
                    and event_rules.gerund_for.search(text, max(clause[0], trig.start - 12), trig.start)):
                continue  # "as punishment for seizing Kuwait": the happening punished is named, not told
            if (spec.violent and trig.tense == "noun" and when.first is None
                    and event_rules.span.search(folded, max(clause[0], trig.start - 40), trig.start)):
                continue  # "after two years of bombardment and siege": what a span was full of, the war's background
            if (spec.violent and trig.tense == "noun"
                    and (cause := event_rules.cause.search(folded, max(clause[0], trig.start - 50), trig.start))
                    and not event_rules.cause_toll.search(folded, sentence.start, sentence.end)
                    and not (when.first is not None and when.text and text.find(when.text, cause.start(), sentence.end) >= 0)
                    and not CAUSE_OWN_PARTY.search(text, cause.start() + 1, trig.end)
                    and not CAUSE_OWN_PLACE.match(text, trig.end, clause[1])):
                continue  # "people displaced by fighting", "for fear of aerial bombardment": a cause of a state, background
            if (spec.violent and trig.tense == "noun"
                    and event_rules.halted.search(folded, max(clause[0], trig.start - 40), trig.start)
                    and not event_rules.cause_toll.search(folded, clause[0], clause[1])
                    and not HALTED_BY.match(text, trig.end)):
                continue  # "agreed to halt bombing", "a freeze on fighting": what is to stop, the truce's object
            if (spec.violent and when.first is None
                    and event_rules.used_to.search(text, max(clause[0], trig.start - 120), trig.start)):
                continue  # "The US and allies use the Incirlik air base to bomb ISIL positions": a habit, no happening
            if (spec.violent
                    and (kept := _kept_up(event_rules, text, max(clause[0], trig.start - 60), trig.start))
                    and not event_rules.cause_toll.search(folded, clause[0], clause[1])
                    and not (when.first is not None and when.text and text.find(when.text, kept.start(), sentence.end) >= 0)
                    # a present perfect is kept by any time told in its sentence ("Since the beginning of last week the
                    # suburb has been under intensive strikes": the campaign over its own span, pipeline._strike_series)
                    and not (kept.re is event_rules.kept_up_perfect and timexes.within(sentence.start, sentence.end))
                    and not any(p.place.admin1 for p in places.within(sentence.start, sentence.end))):
                continue  # "Syria continues to use chemical substances against citizens": the war's course, no happening
            if (trig.type == "clashes" and trig.tense == "noun" and trig.text.lower() == "fighting"
                    and _fighting_grows(event_rules, text, trig.start, trig.end, clause)
                    and not event_rules.cause_toll.search(folded, clause[0], clause[1])
                    and not any(p.place.admin1 for p in places.within(
                        trig.start if GROWS_SUBORDINATE.search(text, max(clause[0], trig.start - 16), trig.start) else clause[0],
                        clause[1]))):
                continue  # "as fighting has intensified", "there has been increased fighting": the war's course grows
            if (spec.violent and event_rules.compared_since.search(text, max(clause[0], trig.start - 120), trig.start)
                    and not (trig.tense == "pattern" and event_rules.campaign_since.search(folded, max(sentence.start, trig.start - 80), trig.end))):
                # "the deadliest chemical attack since sarin gas killed hundreds in Ghouta": a yardstick, no news; but "the
                # largest instance of civilian casualties since the US-led coalition began its bombing campaign in Syria in
                # 2014" tells the campaign begun (cues.toml [events] campaign_since)
                continue
            if (trig.type in BUSINESS_SENSE_TYPES and event_rules.commerce.search(folded, clause[0], clause[1])
                    and not any(a.acts_for for a in event_actors)):
                # "agreed to acquire the jeweler for $50 a share", "a meeting of shareholders": business, no diplomacy;
                # a president's visit to a gas company stays his (a person acting for a state is a party of diplomacy)
                continue
            if trig.type == "diplomatic_meeting" and event_rules.comforted.match(text, trig.end, clause[1]):
                continue  # "The Governor also visited the injured persons": a visit of comfort, no diplomacy
            if trig.type in ("diplomatic_meeting", "proposal") and trig.tense != "noun" and _private_doer(text, trig, clause, s_actors, event_rules):
                continue  # "Civilians fleeing ... travelled to Iraq", "demonstrators took to the streets to call for": no party's diplomacy
            if (trig.type == "diplomatic_meeting" and _briefing(text, clause, trig, event_rules)
                    and len({a.name for a in event_actors if clause[0] <= a.start and a.end <= trig.start}) < 2):
                continue  # "Bush told a news conference": one party speaking to reporters (a statement), no meeting
            if (trig.type == "statement" and trig.tense == "noun" and trig.text.lower() in APPEALS
                    and (event_rules.court_before.search(text, max(clause[0], trig.start - 30), trig.start)
                         or event_rules.court_after.match(text, trig.end))):
                continue  # "a federal court appeal", "the court of appeals": a lawsuit's step, no party's call
            if trig.type in NAMED_TYPES and trig.tense == "noun" and event_rules.named_modifier.match(text, trig.end):
                continue  # "the Nordic truce monitors", "the ceasefire line": people or a place, no truce told
            if (spec.violent and trig.tense == "noun" and event_rules.modified.match(text, trig.end)
                    and (not trig.text.lower().endswith("ing") or NOUN_USE.search(text, max(clause[0], trig.start - 30), trig.start))):
                # "the main fighting force of the SDF", "early battle reports": a word that qualifies a noun names no
                # happening ("rebels are fighting forces loyal to Assad" has no determiner before it: a verb)
                continue
            if trig.type == "protest" and trig.tense == "noun" and event_rules.protest_modified.match(text, trig.end):
                continue  # "campaigns of harassment by protest groups": the people who protest, no protest held
            if (spec.violent and trig.tense == "base" and quoted and inside_quotes(text, sentence, trig.start)
                    and IMPERATIVE_BEFORE.search(text, max(sentence.start, trig.start - 12), trig.start)):
                continue  # '"Fight them," he urged Iraqis': an exhortation quoted, nothing told
            if (spec.violent and when.first is None and trig.text[-3:].lower() == "ing"
                    and (PARTICIPLE_OBJECT.match(text, trig.end) or event_rules.party_object.match(text, trig.end))
                    and (any(trig.start - 30 <= a.end <= trig.start and event_rules.described_gap.fullmatch(text, a.end, trig.start)
                             for a in s_actors)
                         or event_rules.described.search(text, max(clause[0], trig.start - 30), trig.start))):
                # "a pro-government coalition fighting the Houthis": a participle that describes a party, no happening; so
                # does one in the present progressive ("areas where the Syrian regime is fighting the Islamic State group",
                # "Government forces have been fighting against several rebel groups", "an alliance also fighting the
                # militants"): who fights whom, the war's background, not a battle on an occasion
                continue
            if (spec.violent and when.first is None and trig.text.lower() in event_rules.struggle_verbs
                    and STRUGGLE_OBJECT.match(text, trig.end)):
                continue  # "relatives fighting to keep the boy", "rebels fighting to oust Assad": a cause kept up, no battle
            if (trig.tense == "noun" and when.basis in ("none", "publication")
                    and event_rules.generic_plural.search(folded, max(clause[0], trig.start - 40), trig.start)):
                continue  # "Dozens of similar agreements have been brokered": a class of happenings, no one told
            if (spec.violent or trig.type == "protest") and when.first is None and _habitual(
                    text, folded, _own_words(text, clause, trig, dictionaries), sentence, event_rules):
                continue  # "barrel bombs are typically dropped", "protesters ... for the past three summers": what usually happens
            if trig.type in status_rules.SPEECH_TYPES and (
                    any(sentence.start <= a < sentence.end for a in anonymous)
                    or any(sentence.start <= a < sentence.end for a in sources) and any(
                        t.type not in status_rules.SPEECH_TYPES and not event_rules.negated(folded, c[0], t.start)
                        for c, t, _ in candidates)
                    or when.first is None and event_rules.habitual_speech.search(folded, clause[0], min(clause[1], trig.end + 16))
                    or trig.type == "statement" and when.basis in ("none", "publication") and trig.text.lower() in PLAIN_SAYING
                    and event_rules.standing_practice.search(folded, sentence.start, sentence.end)
                    or when.basis in ("none", "publication") and _generic_speaker(folded, sentence, trig, event_rules)):
                # "an official, speaking on condition of anonymity, said": a source. "has often claimed", "have indicated in
                # the past": habitual; the cue must tell how the speech is made (before its verb or right after it), not what
                # it says ("pledged to consult each other regularly"); a standing practice of sparing civilians ("says it
                # takes all measures possible to avoid civilian casualties": cues.toml [events] standing_practice) is
                # what the party always says; "Rebels say they amount to forced relocations": what a side holds
                continue
            toll = toll_of(*clause) if spec.violent and not war_toll else None
            if toll is None and _elided_head(trig):
                toll = _elided_toll(text, trig, clause, dictionaries)
            elif spec.violent and LISTED_HEAD.fullmatch(trig.text):
                toll = _listed_toll(text, trig, clause, dictionaries)
            elif toll is not None and (first := _listed_first(text, clause, s_triggers)) is not None:
                # "Another three people were killed in strikes ... one in Aleppo province a second in ...": the clause
                # that tells the list's first item counts that item's dead, not the whole list's.
                toll = _listed_toll(text, first, clause, dictionaries) or toll
            if spec.violent and not war_toll and toll is None and clause != (sentence.start, sentence.end) and clause not in side:
                toll = toll_of(sentence.start, sentence.end)  # not the toll of the other happening of a sentence told side by side
            if effort:
                # "hundreds of civilians killed in operations against IS ... where the SDF is fighting to capture Raqqa":
                # the dead told with an effort going on are the war's tally, no count of the effort's own.
                toll = None
            if clause in answered:
                # The happening answered is placed by its own words only: the sentence's places are the answer's.
                location = _location(text, trig, clause, Sentence(*clause, text[clause[0]:clause[1]]), places, [],
                                     event_rules.outskirts, event_rules.outskirts_before)
            elif trig.start in placed_by_verb:
                # The places after the verb are those of what it is placed by, not of the happening named again; nor do
                # the neighbours' places say where it was: the telling it names says that.
                own = (clause[0], placed_by_verb[trig.start])
                location = _location(text, trig, own, Sentence(*own, text[own[0]:own[1]]), places, [],
                                     event_rules.outskirts, event_rules.outskirts_before)
            else:
                location = _location(text, trig, clause, sentence, places,
                                     _nearby(index, _told_before(text, clause, trig) or province_again_of())
                                     if spec.violent else [],
                                     event_rules.outskirts, event_rules.outskirts_before)
            type_name = trig.type
            if ((status in ("occurred", "reported") or (status == "hypothetical" and _aim_or_future_in_past(
                    aimed, cue_index, clause, trig.start))) and trig.type not in status_rules.SPEECH_TYPES and published is not None
                    and when.first is not None and when.first > published):
                # "before next week's talks in London": what is dated after the report has not happened yet (a speech
                # is dated by what it says only when its own date is missing: its saying has happened)
                status = "planned"
            if type_name == "statement" and trig.tense != "noun" and any(
                    a.start > trig.end and event_rules.blamed.match(text, a.end) for a in s_actors):
                type_name = "accusation"  # "dela Vega said the Abu Sayyaf Group are the suspected perpetrators": blame
            confidence = _confidence(spec.violent, event_actors, location, when, toll, status, len(group))
            event = Event(
                article_id=article_id, type=type_name, status=status, date=when, evidence=sentence.text,
                evidence_start=sentence.start, evidence_end=sentence.end, actors=tuple(event_actors), location=location,
                fatalities=toll, attributed_to=source, trigger=trig.text, confidence=confidence, summary="",
            )
            sentence_events.append(event)
            if spec.violent and trig.tense != "noun":
                by_verb.add((sentence.start, trig.text.lower()))
            if type_name == "statement" and trig.text.lower() in event_rules.reporting_verbs:
                reported.append((trig.start, event))
            if (spec.violent or trig.type in NAMED_TYPES or trig.type == SEIZED) and (
                    (trig.tense == "noun" or trig.type == SEIZED)
                    and BACK_REFERENCE.search(text, max(clause[0], trig.start - 50), trig.start)
                    or spec.violent and THOSE.search(text, max(clause[0], trig.start - 8), trig.start)
                    or trig.type == "casualties" and THE_COUNT.search(text, max(clause[0], trig.start - 60), trig.start)
                    or spec.violent and trig.tense == "past" and THE_VICTIMS.search(text, max(clause[0], trig.start - 70), trig.start)
                    or trig.type in MEANS_TYPES and toll is None and trig.tense == "noun" and _means_of_named(text, sentence, trig)
                    # violence that opens a sentence only to place its news is one the reader knows, named again
                    or spec.violent and trig.tense == "noun" and clause in placed_openings):
                back_references.add((sentence.start, trig.text.lower()))
            if spec.violent and status in ("occurred", "reported") and any(
                    t.tense == "past" and not any(0 <= n.start - t.end <= 1 for n in group if n.tense == "noun") for t in group):
                # "commanders were also killed during the strikes", "said Russian jets struck the towns": a past verb of the
                # clause tells the happening as done (a definite noun only frames it); said of it, the speech describes it
                # (narrative rule 6), names it in no news. Not a participle used as an adjective ("the targeted killings
                # ... will continue"), nor what is planned or feared.
                verb_told.add((sentence.start, trig.text.lower()))
        if background_at and reported and not any(types[e.type].violent for e in sentence_events):
            # "the government, saying that over 3,000 people died in the conflict": a speech that gives a war-wide count
            # (no occasion, events-guide.md) describes the war; it is no news of its own.
            # A day told after the verb is an occasion's ("on Wednesday may be the deadliest attack since the war began").
            days = [t.start for t in timexes.within(sentence.start, sentence.end) if t.granularity in ("day", "time", "week")]
            dropped = {id(e) for at, e in reported if any(b > at for b in background_at) and not any(d > at for d in days)}
            sentence_events = [e for e in sentence_events if id(e) not in dropped]
        if background_at and not any(types[e.type].violent for e in sentence_events):
            count_index = index
        result.extend((index, e) for e in sentence_events)
        violent_here = [e for e in sentence_events if types[e.type].violent]
        if violent_here:
            previous_violent, previous_index = violent_here, index
    result = merge_in_sentences(result, dictionaries, in_runs)
    result = claim_responsibility(text, sentences, actors, result, dictionaries, cue_index)
    result = meeting_members(text, sentences, actors, result, dictionaries)
    told = result
    told_on = {(e.evidence_start, e.trigger.lower()): e.date for _, e in result
               if (e.evidence_start, e.trigger.lower()) in said_dated}
    result = merge_retold(result, dictionaries, attributions, by_verb, said_dated)
    # A toll whose day a retelling's own words replaced is dated by the happening, no longer a count told on.
    said_dated -= {(e.evidence_start, e.trigger.lower()) for _, e in result
                   if told_on.get((e.evidence_start, e.trigger.lower()), e.date) != e.date}
    kept = {(e.evidence_start, e.trigger, e.type) for _, e in result}
    retold = [e for _, e in told if types[e.type].violent and (e.evidence_start, e.trigger, e.type) not in kept]
    completed = complete_from_story(result, dictionaries)
    settled = settle([(index, event) for (index, _), event in zip(result, completed)], published, dictionaries,
                     attributions, mentions - framed, text, back_references, said_dated, retold, verb_told, summaries)
    settled = _named_day(settled, text, timexes, triggers, dictionaries)
    settled = _day_said_on(settled, text, sentences, timexes, published, event_rules.reporting)
    # A proposal is a party's (events-guide.md: a proposal, offer, plan, request or call, like a statement, is news from a
    # government, official, armed group or body): one with no actor at all, even after the story rules, and no name right
    # before its word ("On Monday, Spitzer called for": a maker the dictionaries do not know), is someone's plan or
    # readiness the guide does not count ("A memorial service planned at the University", "Just how far they are willing
    # to go", a company's "cost cutting initiative", "The thrift announced the plan").
    # So is a visit, trip, arrival or call told as held: the guide's meetings are between parties, and one with no party
    # nor unknown name before its word is private people's ("Juanita Castro, who arrived in Miami in 1961", "his son in
    # telephone conversations", "Castro is orchestrating the visit"). Talks, summits and conferences are the parties'
    # own ("The third round of six-party talks was held in Beijing", "the long-running talks restarted": their parties
    # told elsewhere or known to the reader), and one planned keeps its place: its traveller is often told by a pronoun
    # the story rules leave unnamed ("He will then travel to Washington DC").
    settled = [(i, e) for i, e in settled if e.actors or _maker_named(e)
               or not (e.type == "proposal" or e.type == "diplomatic_meeting" and e.status != "planned"
                       and not PARTIES_OWN_MEETING.search(e.trigger))]
    settled = [(i, _nth_day(e, text, sentences, timexes, published)) for i, e in settled]
    settled = [(i, part) for i, e in settled for part in _objects_with_own_times(e, text, actors, timexes, published)]
    settled = [(i, _state_of_its_time(e, dictionaries)) for i, e in settled]
    # Once the tellings of one happening are one event: the rebels' names go to the event as the article tells it.
    settled = list(zip([i for i, _ in settled], named_rebels(text, [e for _, e in settled], actors, dictionaries)))
    if filed is not None:
        # "Annan, who arrived here late Monday, made the remarks", "Kuchma assured Yeltsin that Ukraine would not join
        # NATO": words and meetings told with no place in their sentence, in wire copy, are said or held where the report
        # is filed from, the place its dateline names ("MOSCOW (AP)_"). So are words whose every place is that of the
        # violence they speak of ("Iran Saturday condemned the bombing of U.S. embassies in Kenya and Tanzania": Tehran,
        # not Kenya). Placed once the story rules have told the happenings apart: the place is the report's, no sign of
        # which telling is which.
        home = dictionaries.state_of_country.get(filed.place.country)
        home = home.name if home is not None else None
        settled = [(i, replace(e, location=filed.place) if e.location is None and e.type in FILED_TYPES
                    and not places.within(e.evidence_start, e.evidence_end)
                    and (e.type not in HOSTED_TYPES or home in e.names_and_states
                         or HERE.search(text, e.evidence_start, e.evidence_end))
                    or e.type in status_rules.SPEECH_TYPES and _places_of_violence_only(text, e, places, event_rules)
                    else e) for i, e in settled]
    settled = _placed_by_the_violence_named(settled, dictionaries)
    # Summaries last, once per event, after the story rules have completed them.
    return [with_summary(e, types[e.type].label) for _, e in settled]


@lru_cache(maxsize=8)
def _historical_states(dictionaries: Dictionaries) -> dict[str, ActorEntry]:
    """A state's name -> the historical state that held its land until a year (states.toml ``until``: Russia -> the
    Soviet Union, until 1991)."""
    by_code = {actor.code: actor.name for actor in dictionaries.actors if actor.code}
    return {by_code[actor.successor]: actor for actor in dictionaries.actors
            if actor.until and actor.successor in by_code}


def _state_of_its_time(event: Event, dictionaries: Dictionaries) -> Event:
    """An event that ended by a historical state's last year names that state where the text names its successor
    ("Russian troops swept through Prague in the occupation of Czechoslovakia" in 1968 is the Soviet Union's: the gold
    and the guide name the state of the time); a person of the time acts for it too."""
    historical = _historical_states(dictionaries)
    last = event.date.last
    if not historical or last is None or not any(a.name in historical or a.acts_for in historical for a in event.actors):
        return event
    actors = []
    for actor in event.actors:
        old = historical.get(actor.name)
        if old is not None and last.year <= old.until:
            actor = replace(actor, name=old.name)
        old = historical.get(actor.acts_for)
        if old is not None and last.year <= old.until:
            actor = replace(actor, acts_for=old.name)
        actors.append(actor)
    return replace(event, actors=tuple(actors))


#: After a cue, up to two words (a determiner, an adjective) before the violent noun that is its object, none opening a
#: phrase of its own ("escaped following Turkish airstrikes"): cues.toml causes and halted.
NOUN_OBJECT_AFTER = r"(?:\s+(?!(?:following|after|before|amid|during|since|in|on|at|by|with|when|as)\b)[\w'’-]+){0,2}\s+$"
#: "after" or "following" right before a placed happening, with no span between ("days after", "hours after": another day).
CAUSE_AFTER = re.compile(r"(?<!\bdays\s)(?<!\bday\s)(?<!\bhours\s)(?<!\bweeks\s)(?<!\bmonths\s)(?<!\byears\s)"
                         r"\b(?:after|following)\s*$", re.IGNORECASE)


def _speaks_of_its_news(actors: list[ActorMention], source: str | None) -> bool:
    """A human-rights body, an aid agency or another organisation that only reports (roles.SOURCE_KINDS) is dropped from
    the events of the sentence it is the source of; but a speech of its that tells no other happening in its sentence
    (the caller's test) and names another party is its own news about that party, and it is the speaker: "Amnesty
    International said the government held up the request for nearly two weeks" is Amnesty's accusation (the gold names
    it first), not a statement by no one about the government. A speech that names no other party ("They sought refuge
    in ..., Amnesty International said") stays the source of its sentence, with no actor, and is dropped as before."""
    return any(a.name != source and a.kind != MEDIA_KIND for a in actors)


#: Speech verbs that only tell what a party says (cues.toml [events] standing_practice): "urged all sides to avoid
#: civilian casualties" is a call, news whatever it asks.
PLAIN_SAYING = frozenset({"say", "says", "said", "saying", "pledge", "pledges", "pledged", "state", "states", "stated",
                          "insist", "insists", "insisted", "maintain", "maintains", "maintained", "add", "adds", "added"})
#: A present form of going on (cues.toml [events] kept_up) right before a violent verb, an adverb in -ly allowed between
#: ("continue to relentlessly hit", "are continuing targeting", "is continuing to attack", where "attack" reads as the
#: noun), or before the weapon it goes on using ("continues to use chemical substances", one word allowed between).
#: "carry out" stands before the violent noun as "use" before the weapon ("is currently carrying out airstrikes").
#: So do "fight back against" and "fighting against" before the assaults fought ("have been fighting back against
#: Daesh assaults in the area").
KEPT_UP = (r"\s+(?:[a-z]+ly\s+)?(?:(?:use|using|carry\s+out|carrying\s+out|fight(?:ing)?\s+(?:back\s+)?against|under)"
           r"\s+(?:[\w-]+\s+)?)?$")
#: A present perfect of going on (cues.toml [events] kept_up_perfect: "have been", "has also been") is the same course
#: only before a verb in -ing ("have been fighting back", "have also been bombarding", "have been carrying out") or a
#: state of being attacked ("IS has also been under attack in neighbouring Iraq"): "has been shelled" is a passive, a
#: happening told.
KEPT_UP_PERFECT_ING = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ing|under)\b")


def _kept_up(rules: "EventRules", text: str, start: int, trigger_start: int) -> re.Match | None:
    """The cue of violence told as kept up (cues.toml [events] kept_up, kept_up_perfect) between ``start`` and the
    trigger, or opening a pattern trigger ("is currently carrying out airstrikes", event_types.toml air_campaign
    campaign_going_on): "continues to use", "have been fighting back"; None when there is none."""
    kept = rules.kept_up.search(text, start, trigger_start) or rules.kept_up_opening.match(text, trigger_start)
    if kept is None:
        kept = rules.kept_up_perfect.search(text, start, trigger_start)
        if kept is not None and not KEPT_UP_PERFECT_ING.match(text, kept.start("going")):
            return None
    return kept


#: A subordinator right before "fighting" told as growing ("warning that civilians in Aleppo are at risk as fighting
#: has intensified"): the places of the clause before it are not the fighting's (_fighting_grows' place guard).
GROWS_SUBORDINATE = re.compile(r"\b(?:as|while|amid|since|because)\s+(?:the\s+)?$", re.IGNORECASE)


def _fighting_grows(rules: "EventRules", text: str, trigger_start: int, trigger_end: int, clause: tuple[int, int]) -> bool:
    """The noun "fighting" told as growing (cues.toml [events] fighting_grows): a present perfect of growth after it in
    its clause ("Fighting in Syrias civil war has intensified since ...", "as fighting has intensified") or "there has
    been increased" right before it: the war's course, no happening of its own (issue 12, twentieth stop)."""
    return bool(rules.fighting_grows_after.match(text, trigger_end, clause[1])
                or rules.fighting_grows_before.search(text, max(clause[0], trigger_start - 45), trigger_start))


#: The agent named right after violence to stop ("a halt to the military operations by the Assad regime and Russian
#: forces"): the party's campaign is named, and a telling of it folds its agents into the happening told beside it.
HALTED_BY = re.compile(r"\s+by\b")
#: A named place right after a violent noun of cues.toml [events] causes ("displaced as a result of the Kurdish-led
#: offensive in Eastern Aleppos Abu Qalqal and Menbij"): the happening told with its own place, not a cause described.
#: A capital between the cue and the noun ("managed to escape the Iraqi invasion", "as a result of the US-led coalition
#: bombing of Raqqa"): the happening named by its party, one told, not a cause described.
CAUSE_OWN_PARTY = re.compile(r"[A-Z]")
CAUSE_OWN_PLACE = re.compile(r"\s+(?:in|on|at|near|around|of|for|against)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[A-Z]")

#: A gerund right after the anchoring word ("after taking several days to confirm"): an act of the subject, no cause.
GERUND_NEXT = re.compile(r"\s+[a-z]+ing\b")
#: A span counted back before the anchoring word ("In the past two weeks more than 200 civilians have been killed"): a tally.
SPAN_BEFORE = re.compile(r"\b(?:past|last|recent)\s+(?:[\w-]+\s+)?(?:days|weeks|months|years)\b", re.IGNORECASE)


#: How many days a violent noun's possessive day may lie before the day its happening was dated by ("Jihadist rebels
#: blamed Russian warplanes of carrying out Mondays attack" in a Tuesday report): within a week, the weekday names one day.
NAMED_DAY_REACH = 6


def _named_day(settled: list[tuple[int, Event]], text: str, timexes: Sorted, triggers: Sorted, dictionaries: Dictionaries) -> list[tuple[int, Event]]:
    """A day told as the possessive of a violent noun ("Mondays attack", "Tuesday's bombing", dating._possessive) names the
    day of a happening: violence its article dated only by a later day its own sentence does not tell (the report's day,
    a toll updated "on Tuesday", a headline's dateline) takes that day when the noun's kind is its kind or a generic word
    ("attack"). Not when the article already dates violence to that day (the noun names it again), nor violence whose
    own sentence tells its day or holds the noun ("A car bomb killed 20 people on Tuesday ... a day after Monday's
    attack": another happening), nor a day after the one the happening was dated by."""
    types, generic = dictionaries.types, dictionaries.generic_words
    named = []
    for timex in timexes.items:
        if timex.granularity != "day" or timex.interval is None or not dating._possessive(text, timex):
            continue
        noun = next((t for t in triggers.within(timex.end, timex.end + dating.ATTRIBUTE_REACH + 40)
                     if t.tense == "noun" and types[t.type].violent), None)
        if noun is not None and dating.OWN_WORD_RUN.fullmatch(text, timex.end, noun.start):
            named.append((timex, noun))
    if not named:
        return settled
    settled = list(settled)
    for timex, noun in named:
        day = timex.interval.first
        if timex.interval.last != day or any(
                types[e.type].violent and e.date.precision == "day" and e.date.first == day for _, e in settled):
            continue
        for position, (index, event) in enumerate(settled):
            when = event.date
            if not (types[event.type].violent and event.status in ("occurred", "reported") and when.precision == "day"
                    and 0 < (when.first - day).days <= NAMED_DAY_REACH
                    and (family(event.type) == family(noun.type) or "casualties" in (event.type, noun.type)
                         or noun.text.lower() in generic or event.trigger.lower() in generic)):
                continue
            # Only the first violence that may be the one named: if its own words date it, the noun names another.
            if not (event.evidence_start <= noun.start < event.evidence_end or when.text and when.text in event.evidence):
                settled[position] = (index, replace(event, date=EventDate(day, day, "day", timex.text, day.isoformat(), "anchored")))
            break
    return settled


#: A pronoun right before a reporting verb (cues.toml [events] reporting_verbs): the speaker told before goes on speaking
#: ("it said late Tuesday", "he said in the video posted on YouTube on Sunday").
SPEAKER_PRONOUN = Caseless(r"\b(?:he|she|it|they)\s+")
#: How many sentences after a speech event's own its speaker's pronoun may stand, and how far after the reporting verb
#: the day of the saying.
SAID_ON_SENTENCES = 3
SAID_ON_REACH = 60


def _day_said_on(settled: list[tuple[int, Event]], text: str, sentences: list[Sentence], timexes: Sorted,
                 published: date | None, reporting: dating.Reporting) -> list[tuple[int, Event]]:
    """A statement, accusation or proposal with no time words of its own, dated the report's day (the guide's rule for
    speech in a dated report), whose speaker goes on in one of the next three sentences (SAID_ON_SENTENCES) by a
    pronoun and a reporting verb with a day ("Russia has accused Belgium of killing six civilians ... "Two of
    Belgium's F-16s were identified at that time" it said late Tuesday"; "The head of the tribe called in a video
    message for ... They are the next target he said in the video posted on Sunday") was made that day: the pronoun's
    clause tells when the speech told first was made. Only the first pronoun's reporting clause after the speech,
    with no other speech event between (another speaker's: the pronoun may be theirs), and only a single day before
    the report's."""
    if published is None:
        return settled
    speech = [e.evidence_start for _, e in settled if e.type in dating.DONE_ACTS]
    settled = list(settled)
    starts = [s.start for s in sentences]
    pronoun_said: dict[int, tuple[int, int] | None] = {}  # sentence -> (its pronoun's start, its reporting verb's end)
    for position, (index, event) in enumerate(settled):
        if event.type not in dating.DONE_ACTS or event.date.basis != "publication":
            continue
        own = bisect_right(starts, event.evidence_start) - 1  # sentences are in order and do not overlap
        if own < 0 or event.evidence_start >= sentences[own].end:
            continue
        for k in range(own + 1, min(own + 1 + SAID_ON_SENTENCES, len(sentences))):
            sentence = sentences[k]
            if k not in pronoun_said:  # the sentence's first pronoun and reporting verb: the same for every speech event
                pronoun_said[k] = next(((m.start(), verb.end())
                                        for m in SPEAKER_PRONOUN.finditer(text, sentence.start, sentence.end)
                                        if (verb := reporting.after.match(text, m.end()))), None)
            said = pronoun_said[k]
            if said is None:
                continue
            said_at, verb_end = said
            if any(event.evidence_end <= start < said_at for start in speech):
                break
            day = next((t for t in timexes.within(verb_end, min(sentence.end, verb_end + SAID_ON_REACH))
                        if t.granularity == "day" and t.interval is not None and t.interval.first == t.interval.last
                        and t.interval.first < published), None)
            if day is not None:
                first = day.interval.first
                settled[position] = (index, replace(event, date=EventDate(first, first, "day", day.text, first.isoformat(),
                                                                          "anchored")))
            break
    return settled


#: Right before a violent noun: the happening it names is the time another is placed after ("broke out after the blasts",
#: "recaptured ... following heavy bombing"), at most two words (a determiner, an adjective) between.
AFTER_BEFORE = Caseless(r"\b(?:after|following)\s+(?:[\w'’-]+\s+){0,2}$")


#: Right after the noun a placing word names: a verb of its own, so the noun tells a happening with its own clause ("after
#: a deadly airstrike on Monday killed 12 aid workers", "after tens of explosive devices and mines were removed", "after
#: the blasts which the Observatory said killed several soldiers": the toll is the blasts'); not a verb after a
#: conjunction ("after the bombings but there was no breakdown").
OWN_VERB_AFTER = Caseless(r"(?:\s+(?!(?:but|while|whereas|as)\b)[\w'’-]+){0,4}?\s+"
                          r"(?:was|were|is|are|has|have|had|been|killed|kills|hit|hits|struck|destroyed|wounded|injured|left|claimed)\b")
#: Between the placing word and the noun: a determiner or possessive. Without one the noun is plural or a mass noun in
#: running text ("after the blasts", "following heavy bombing", "after strikes by Syrian forces"); a bare singular is a
#: headline's ("Assads forces bombard Damascus suburbs after gas attack: activists"), whose noun is the news itself.
DETERMINER_IN = Caseless(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|such)\b|['’]s?\s")
PLURAL_OR_MASS = Caseless(r"(?:s|ing|bombardment|fire|violence)$")
#: Before the placing word in its clause: the violence told first is only threatened ("despite threats of further US
#: strikes against the regime following the chemical attack").
THREATENED = Caseless(r"\bthreat(?:s|en|ens|ened|ening)?\b")


def _placed_by_earlier(text: str, clause: tuple[int, int], trig: TriggerMention, violent: list,
                       dictionaries: Dictionaries) -> bool:
    """Is ``trig`` a violent noun after "after" or "following" in a clause that tells violence of another type before it
    (not a bare count of deaths; ``violent``: the clause's violent triggers in their plain sense, so "This photo captured
    from the town ... after the explosion" keeps the explosion)? Issue 12, twentieth stop: "Clashes between regime forces and ISIL broke out after the
    blasts", "Another 11 were killed in clashes that ensued ... after the bombings", "The district was recaptured ...
    following heavy bombing": the clause's happening is the one told first (the dev gold types all three by it); the
    bombing it follows is told elsewhere or is part of it, and does not outrank it by priority. Not when the violence
    told first is itself named again ("The attack comes a day after ...": _placed_by_verb's), or only threatened or
    planned ("threats of further US strikes ... following the chemical attack"), nor when the noun has a verb of its
    own (OWN_VERB_AFTER: a clause of its own), nor when it is a bare singular (DETERMINER_IN, PLURAL_OR_MASS: a
    headline's)."""
    if trig.tense != "noun":
        return False
    found = AFTER_BEFORE.search(text, max(clause[0], trig.start - 40), trig.start)
    if found is None or OWN_VERB_AFTER.match(text, trig.end, clause[1]):
        return False
    if not DETERMINER_IN.search(text, found.start(), trig.start) and not PLURAL_OR_MASS.search(trig.text):
        return False
    told = [t for t in violent if t.end <= found.start() and t.type != trig.type and t.type != "casualties"]
    return bool(told) and not any(_named_again(text, clause[0], t) for t in told) \
        and not _not_done(dictionaries).search(text, clause[0], found.start()) \
        and not THREATENED.search(text, clause[0], found.start())


def _ground_taken_of_place(text: str, trig: TriggerMention, places: Sorted) -> bool:
    """Is a capture verb used as a noun the capture of a place ("the regimes recapture of Aleppo city late last year",
    "The capture of the Castello Road came in the wake of ..."): ground taken, named by its noun, as "the liberation
    of" names it? A known place or a place noun at most three words after "of"; not weapons or people taken ("capture
    of heavy weapons", "the capture of two soldiers")."""
    of = CAPTURE_OF.match(text, trig.end)
    if of is None:
        return False
    return (any(p.start - of.end() <= 25 for p in places.within(of.end(), of.end() + 40))
            or PLACE_NOUN_NEXT.match(text, of.end()) is not None)


def _own_time_before_frame(frames: list[tuple[int, int]], clause: tuple[int, int], trig: TriggerMention,
                           timexes: Sorted) -> bool:
    """Does the trigger's clause give it a time of its own (a day, a week, a month or a year, at most 60 characters
    from it) before the first war-wide frame ([generic] totals) of its sentence, the trigger told before that frame
    too? Not a time told far before it ("A truce agreed ... in February has been violated ... where the regime and
    rebel groups have fought for control since 2012": the truce's)."""
    first = min((at for at, _ in frames), default=-1)
    return first > trig.start and any(t.granularity in ("day", "time", "week", "month", "year") and t.end <= first
                                      and t.end >= trig.start - 60 and t.start <= trig.end + 60
                                      for t in timexes.within(clause[0], first))


#: "since the beginning of last week", "since the start of this month": a start a week or a month back, no war's.
RECENT_START = re.compile(r"\s+of\s+(?:last|this|the(?:\s+past)?)\s+(?:week|month)\b", re.IGNORECASE)


def _fighting_begun_since(folded: str, sentence: Sentence, trig: TriggerMention, event_rules: EventRules,
                          toll_in_clause: bool) -> bool:
    """"... since shortly after fighting began there in mid-2012": a fighting noun told as the start of a period, with the
    year of its beginning right after it (cues.toml [events] fighting_since), is that fighting begun, a happening, not a
    toll counted over the war; only the noun the match is built around is kept, not a toll word elsewhere in the clause."""
    if trig.tense != "noun" or toll_in_clause:
        return False  # "killed since fighting began in 2011": the toll counted over the war keeps its frame
    found = event_rules.fighting_since.search(folded, max(sentence.start, trig.start - 40), min(sentence.end, trig.end + 60))
    return found is not None and found.start() < trig.start and trig.end <= found.end()


def _strike_series(text: str, folded: str, sentence: Sentence, clause: tuple[int, int], trig: TriggerMention,
                   event_rules: EventRules) -> bool:
    """Are air strikes told as many (a plural or a mass noun) told over a span of their own (narrative.series_span:
    "massive air raids in recent weeks", "a week of intense bombing", a series_span phrase opening the sentence), every
    war-wide frame ([generic] totals) of the sentence up to the clause's end lying inside that span ("Since the
    beginning of last week ... under intensive strikes": the frame's "since the beginning of" is the span's) or told after
    it ("... one of the most ferocious aerial assaults since the start of the war": a comparison, no count over the
    war)? Then they are a series, the guide's air campaign, not a toll. A span that is itself the war's ("since the start
    of the war") makes none: "since the start" or "since the beginning" counts only with a recent week or month after it."""
    if trig.type != "airstrike" or trig.tense != "noun" or not MANY_STRIKES.search(trig.text):
        return False
    span = series_span(text, sentence.start, sentence.end, trig.start, trig.end, event_rules.series)
    if span is None:
        return False
    first, last = span
    if re.search(r"(?:start|beginning)$", folded[first:last]):
        recent = RECENT_START.match(folded, last)
        if recent is None:
            return False
        last = recent.end()
    frames = [m.span() for m in event_rules.totals.finditer(folded, sentence.start, clause[1])]
    return all(first <= a and b <= last or a >= last for a, b in frames)


def _joined_to_earlier_speech(text: str, candidate, candidates, s_triggers, event_rules) -> bool:
    """Is every verb of ``candidate`` (a speech) joined by "and" (cues.toml [events] joined_speech) to a verb of another
    speech type told before it in its clause, with no other verb between? Then it goes on with that speech."""
    clause, trig, group = candidate
    if trig.type not in status_rules.SPEECH_TYPES:
        return False
    earlier_verbs = [t for other in candidates if other is not candidate and other[1].type in status_rules.SPEECH_TYPES
                     for t in other[2] if t.tense != "noun"]
    return all(
        verb.tense != "noun" and any(
            t.type != verb.type and clause[0] <= t.start and t.end < verb.start
            and event_rules.joined_speech.match(text, t.end, verb.start)
            and not any(t.end <= v.start < verb.start and v.tense not in ("noun", "pattern") for v in s_triggers)
            for t in earlier_verbs)
        for verb in group)


#: "since July 2012", "since mid-2012": a place's state counted from a date. "since the war began" is the war's own
#: period, told with the toll or the aim it frames ("vowed to recapture Aleppo which has been divided ... since the war").
SINCE_DATE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?(?:19|20)\d\d\b")


def _state_since(folded: str, at: int, start: int, end: int, event_rules) -> re.Match | None:
    """The relative clause that gives a place's state ("that has been divided", cues.toml [events] state_since) right
    before the "since" of a date at ``at`` ("since July 2012", ending by ``end``), looked for no further back than
    ``start``."""
    if not SINCE_DATE.match(folded, at, end):
        return None
    return event_rules.state_since.search(folded, max(start, at - 100), at)


def _state_periods(folded: str, sentence, event_rules) -> tuple[tuple[int, int], ...]:
    """ "killed two civilians in the city that has been divided since July 2012": the relative clause that gives a place's
    state and its period (_state_since), to its sentence's end; its time dates the state, no violence."""
    spans = []
    at = folded.find("since", sentence.start, sentence.end)
    while at >= 0:
        if (state := _state_since(folded, at, sentence.start, sentence.end, event_rules)) is not None:
            spans.append((state.start(), sentence.end))
        at = folded.find("since", at + 1, sentence.end)
    return tuple(spans)


def _deaths_it_caused(text: str, sentence, anchor: int, s_triggers) -> bool:
    """Is the happening placed after "after" the cause of deaths or wounds its sentence's main clause tells ("At least
    ten people have been killed and dozens injured after terrorists launched a rocket on Dabbit hospital", "Casualties
    are also reported in Al-Zahra quarter after a car bomb explosion"): deaths told before the anchoring word, in the
    same sentence, with no other violence between?"""
    if not CAUSE_AFTER.search(text, max(sentence.start, anchor - 20), anchor) or GERUND_NEXT.match(text, anchor):
        return False  # "reported their deaths after taking several days to confirm ... an earlier strike": another act
    if SPAN_BEFORE.search(text, sentence.start, anchor):
        return False  # "In the past two weeks more than 200 civilians have been killed ... after": a tally, not one toll
    before = [t for t in s_triggers if t.end <= anchor]
    return bool(before) and all(t.type == "casualties" or t.type in status_rules.SPEECH_TYPES for t in before) and any(
        t.type == "casualties" for t in before)


def _nth_day(event: Event, text: str, sentences, timexes, published: date | None) -> Event:
    """A happening told in its Nth day ("on Sunday the fifth day of an incursion") began N-1 days before the day its
    sentence tells (dating.nth_day). Done once the story is settled: the sentence's day, not the first one, is the day
    of the story told around it, which the narrative anchors to."""
    if "day of" not in event.evidence.lower() or event.date.basis not in ("explicit", "none"):
        return event
    at = event.trigger_at
    if at < 0:
        return event
    start = event.evidence_start + at
    sentence = next(((s.start, s.end) for s in sentences if s.start <= start < s.end), None)
    found = sentence and dating.nth_day(text, start, sentence, timexes, published)
    if not found or _dated_other_day(event, found[1]):
        return event
    return replace(event, date=found[0])


#: "meetings with Blair 10 days ago and President Clinton last week", "visits to China later this week and Russia early
#: next week": after a first object and its own time, "and" (maybe "then") opens a second object with a time of its own.
OWN_TIME_GAP = re.compile(r"\s*,?\s+and\s+(?:then\s+)?(?P<object>(?:[^\s.;:]+\s+){1,9}?)$", re.IGNORECASE)
#: the first object: a preposition after the event's word, at most eight words before the first time expression.
FIRST_OBJECT = re.compile(r"\b(?:with|to|in)\s+(?:[^\s.;:]+\s+){1,8}?$", re.IGNORECASE)
#: a verb in the second object makes it a clause of its own, not an object sharing the event's word.
GAP_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|said|says|did|does)\b|\b[a-z]+ed\b")
OWN_TIME_TYPES = frozenset({"diplomatic_meeting"})
DATED_GRANULARITIES = frozenset({"day", "week", "month", "year"})


def _objects_with_own_times(event: Event, text: str, actors: Sorted, timexes: Sorted,
                            published: date | None) -> list[Event]:
    """Two happenings in one clause (events-guide.md: no two events from one clause unless it tells two): a meeting
    word with two objects, each with its own time ("pending meetings with British Prime Minister Tony Blair 10 days ago
    and President Clinton last week", "visits to China later this week and Russia early next week"), tells a meeting
    with each party on its own day. The event, dated by the first object's time, keeps it and loses the second
    object's parties; a second event takes the second object, its parties (in place of the first object's) and its
    time. A second time the same day as the first ("Tuesday morning, and then ... later in the day") is that day."""
    if event.type not in OWN_TIME_TYPES or not event.date.text:
        return [event]
    told = [t for t in timexes.within(event.evidence_start, event.evidence_end)
            if t.type in ("DATE", "TIME") and t.granularity in DATED_GRANULARITIES and t.interval is not None]
    for first, second in zip(told, told[1:]):
        if first.text != event.date.text:
            continue
        gap = OWN_TIME_GAP.match(text, first.end, second.start)
        opening = FIRST_OBJECT.search(text, max(event.evidence_start, first.start - 80), first.start)
        if gap is None or opening is None or GAP_VERB.search(gap.group("object")):
            continue
        own = list(actors.within(gap.start("object"), second.start))
        theirs = {a.name for a in event.actors if opening.start() <= a.start < first.start}
        if not own or not theirs or {a.name for a in own} & theirs:
            continue
        if second.interval.first == first.interval.first and second.granularity == first.granularity == "day":
            when = replace(event.date, text=second.text, value=event.date.value[:10])  # "later in the day": that day
        else:
            when = dating._ahead(dating._from(second, event.date.basis, text, timexes), second, event.status, published, text)
        kept = tuple(a for a in event.actors if not gap.start("object") <= a.start < second.start)
        others = tuple(a for a in event.actors if a.name not in theirs or a.start >= second.start)
        seen = {a.name for a in others}
        joined = others + tuple(a for a in own if a.name not in seen and not seen.add(a.name))
        return [replace(event, actors=kept),
                replace(event, actors=joined, date=when, evidence=text[gap.start("object"):second.end],
                        evidence_start=gap.start("object"), evidence_end=second.end)]
    return [event]


def _dated_other_day(event: Event, told: date) -> bool:
    """Is the event dated, but not to the day its sentence tells (a date from another telling folded into it)?"""
    return event.date.first is not None and not (event.date.precision == "day" and event.date.first == told)


JOINED_BY = re.compile(r"\s+(?:(?!with\b)[\w'’-]+\s+){0,5}?with\b", re.IGNORECASE)  # "a news conference in Dar es Salaam with"
# "Bushnell, Kimotho and others had just ended a news conference": two held it. Not an "and" between two capitalised
# words, which joins the words of one name ("the National Abortion and Reproductive Rights Action League plans to hold a
# news conference", "the Foreign Affairs and Defense Committee"): one party, briefing reporters. Two parties each named
# ("Albright and Kikwete held a news conference") are two actors, kept apart by _briefing's caller.
COORDINATED = re.compile(r"\band\b", re.IGNORECASE)


def _coordinated(text: str, start: int, end: int) -> bool:
    """Is there an "and" between ``start`` and ``end`` that joins two parties (COORDINATED), not the words of one name
    (a capitalised word on each side, NAME_WORD_BEFORE and NAME_WORD_AFTER as `_inside_name` reads them)?"""
    return any(not (NAME_WORD_BEFORE.search(text, max(start, m.start() - 40), m.start())
                    and NAME_WORD_AFTER.match(text, m.end()))
               for m in COORDINATED.finditer(text, start, end))


def _briefing(text: str, clause: tuple[int, int], trig: TriggerMention, event_rules: EventRules) -> bool:
    """Is ``trig`` a news or press conference held by one party ("Bush told a news conference"): reporters briefed, no
    meeting? Not one held jointly or with another party ("a joint news conference", "a news conference ... with Gore")."""
    return (trig.tense == "noun" and trig.text.lower() == "conference"
            and event_rules.briefing.search(text, max(clause[0], trig.start - 20), trig.start) is not None
            and not event_rules.joint_briefing.search(text, max(clause[0], trig.start - 20), trig.start)
            and not JOINED_BY.match(text, trig.end, clause[1])
            and not _coordinated(text, clause[0], trig.start))


@dataclass(frozen=True)
class EventRules:
    """cues.toml [events] and the [generic] totals of event_types.toml, compiled once per Dictionaries. Those searched
    most often (totals, made_by, held, negation and its companions, description, habitual, retold_speech) are compiled
    for the folded text (lower-cased, same length): pass it, not the text."""

    reporting_verbs: frozenset[str]
    reporting_nouns: frozenset[str]  # speech nouns that tell no stance: "statement", "remarks" (not "condemnation")
    claim_verbs: frozenset[str]  # "claimed" passing its sentence's other event on when "that" or "to have" follows
    reference_types: frozenset[str]
    made_by: Gated
    totals: Gated | None  # event_types.toml [generic] totals, as one lower-cased regex for the folded text
    negation: Gated  # a negation at most three words before the end of the text searched
    negation_after: Gated  # a negation right after a noun trigger
    not_negation: Gated
    unquoted_types: frozenset[str]
    held: Gated  # a meeting, deal, truce or sanction told as happening, not merely named
    description: Gated  # violence told as what a party is or is known for (at most six words before)
    process: re.Pattern  # talks, a deal or a truce named as a process joined, left or wanted (at most four words before)
    frame: re.Pattern  # a deal, truce or sanctions named as the frame of another act ("under a deal"; a determiner, four words)
    habitual: Gated  # what usually happens, in the clause of an undated violent or protest trigger
    habitual_speech: Gated  # what a party usually says, in the clause of an undated speech: habitual + "in the past"
    standing_practice: Gated  # "to avoid civilian casualties" in an undated statement's sentence: what a party always says
    anonymous_speech: Gated  # "on condition of anonymity", "said privately": the speaker is a source, no party
    anonymous_gate: tuple[str, ...]  # the longest word of each anonymous_speech cue: a cheap test before the regex
    anonymous_source: Gated  # "a source at Damascus Police Command": the source of another event of its sentence
    effort_before: re.Pattern  # an effort going on right before a capture's infinitive: "have been trying to capture"
    attempt_before: re.Pattern  # an attempt noun right before a violent infinitive: "in an abortive attempt to infiltrate"
    wished: re.Pattern  # a deal's verb or noun wanted or pushed for, right before it: "forcing them to agree to local"
    private_before: re.Pattern  # a private person's lower-case role noun right before a name: "activist Nayef Mustafa"

    def private_people(self, text: str, actors) -> frozenset[str]:
        """The people the article tells as private ones (cues.toml [events] private_speakers) at any of their mentions:
        "activist Nayef Mustafa said ..." makes the later "Mustafa told AFP" a private person's words too."""
        return frozenset(a.name for a in actors if a.kind == "person" and not a.acts_for
                         and self.private_before.search(text, max(0, a.start - 30), a.start) is not None)

    def anonymous_in(self, folded: str) -> list[int]:
        """Where the (folded) text says a speaker is kept anonymous; most articles never do, and a substring test of the
        cues' longest words spares them the regex."""
        if not any(word in folded for word in self.anonymous_gate):
            return []
        return [m.start() for m in self.anonymous_speech.finditer(folded)]

    def sources_in(self, folded: str) -> list[int]:
        """Where the (folded) text names "a source" by where it works; the word "source" gates the regex."""
        return [m.start() for m in self.anonymous_source.finditer(folded)] if "source" in folded else []
    until_now: re.Pattern  # cues.toml [anchors] until_now right before a time expression: "since July 11", not "since the"
    going_on: re.Pattern  # cues.toml [anchors] going_on after a violent noun and "is"/"are": "clashes are ongoing"
    just_before: re.Pattern  # cues.toml [anchors] same_day ending right before a trigger's anchor: "in 1993 after"
    to_report: re.Pattern  # cues.toml [anchors] to_report opening a duration counted back from the report: "the last 10 days"
    vague_past: Caseless  # cues.toml [anchors] vague_past: "recently", "in recent days", "earlier": told before the report, undated
    unnamed_speaker: re.Pattern  # "it said", "the newspaper said": ends the text before a reporting verb
    source_subject_before: re.Pattern  # "the London based monitor": a monitor or source, ends the text before a reporting verb
    source_subject_after: re.Pattern  # "the source adding": a monitor or source right after an inverted reporting verb
    relayed_reports: re.Pattern  # right after a reporting verb: "the reports." or "there are reports": reports relayed
    recollection: re.Pattern  # right after a reporting verb: "he treated", "that he remembered": a witness's account
    own_ignorance: re.Pattern  # right after a speech verb: "they don't know", "she had no information": no news
    market_figure: re.Pattern  # in a ground-taking verb's clause: "advanced to $94.2 million", "advances in Tokyu shares"
    relayed_noun: re.Pattern  # right before a speech noun: "according to a", "citing an Ahrar al-Sham": its words relayed
    condemning: frozenset[str]  # verbs whose object is named, not told: "condemned cross-border shelling"
    retold_speech: Gated | None  # "in the statement", "made the remarks": a speech told before, told again
    modified: re.Pattern  # a noun right after a violent word that makes it a qualifier: "fighting force"
    protest_modified: re.Pattern  # a noun right after a protest word that names its people: "protest groups"
    qualified: re.Pattern  # the people or things of a happening right after a violent noun: "bombing victims"
    victims_of: Caseless  # "victims of", at most three words before a violent noun: "victims of terrorist attacks"
    questioned_over: Caseless  # "in connection with", at most four words before a violent noun: "questioning about the bombing"
    figurative: re.Pattern  # right before a violent noun, a word that makes it a figure of speech: "verbal attack"
    gerund_for: re.Pattern  # right before a violent gerund, what names the happening a punishment is for: "for seizing"
    used_to: re.Pattern  # "use the air base to bomb": a present means to an undated violent end, a habit
    violence_placed: Caseless  # "condemned the bomb attacks in": a place of the violence spoken of, not of the words
    kept_up: re.Pattern  # "continues to use", "is continuing to attack" right before a violent verb: the war's course
    kept_up_perfect: re.Pattern  # "have been" right before a violent verb in -ing: the same course (_kept_up)
    kept_up_opening: re.Pattern  # the same cue opening a pattern trigger ("is currently carrying out airstrikes")
    fighting_grows_after: Caseless  # "... has intensified" after "fighting" in its clause: the war's course (_fighting_grows)
    fighting_grows_before: Caseless  # "there has been increased" right before "fighting": the same (_fighting_grows)
    span: Gated  # "two years of" right before an undated violent noun: the war's background
    cause: Gated  # "displaced by", "for fear of" right before a violent noun: the cause of a state, background
    cause_toll: Gated  # a death or injury word: the caused happening is told by its toll
    halted: Gated  # "agreed to halt", "a freeze on" right before a violent noun: what is to stop, no happening told
    stance_object: Gated  # "denounced the", "rejected a" right before a meeting, deal, truce or sanctions noun: its topic
    generic_plural: Gated  # "Dozens of similar agreements" right before a trigger noun: a class of happenings, no one
    generic_speaker: Gated  # a bare plural side noun right before a present speech verb: "Rebels say", a side's position
    generic_verbs: tuple[str, ...]  # its speech verbs' last words, lower-cased: every match of generic_speaker ends with one
    compared_since: re.Pattern  # "the deadliest attack since ...": the happening after "since" is a yardstick
    compared_before_since: re.Pattern  # "the biggest loss ... " up to a "since": a period that measures, no toll over it
    first_since: Caseless  # "his first" right before a trigger: a time after "since" is not its own (dating.counted_since)
    state_since: Gated  # "the city that has been divided" up to a "since": the period of a place's state, no toll over it
    war_began_with: Gated  # "since the war started with the brutal repression of": what began it, before a violent noun
    war_opening_acts: frozenset[str]  # "crackdown", "cracked down": the war's opening act, never its toll's background
    since_when: Gated  # "since 2012 when rebels": the happening a period is counted from, before a violent verb or noun
    war_origin: Gated  # "the uprising began as ... after the regime launched": the war's story told, before its trigger
    campaign_since: Gated  # "since the coalition began its bombing campaign": the campaign begun, a period's start
    fighting_since: Gated  # "since fighting began there in mid-2012": the fighting begun in a year, a period's start
    series: re.Pattern  # cues.toml [events] series_span, any case: strikes told over a span are a series (_strike_series)
    subordinate_capture: Gated  # "which", "a week after", "since 2012 when" at most six words before a capture verb
    lasting: re.Pattern  # "has", "are": a capture told in the present or perfect is a state ("which IS has besieged")
    capture_forces: Gated  # a fighting force as a capture's own subject: "which Turkish-led forces captured"
    passive_before: re.Pattern  # "was", "been" at most two words before a capture verb: "the town was recaptured"
    arms_held: re.Pattern  # an owner's possessive, at most two words, before a weapon noun: "its long-range missiles"
    arms_held_types: frozenset[str]
    arms_handled: re.Pattern  # a verb of destroying, seizing, keeping or making, at most ten words, before a weapon noun
    arms_handled_types: frozenset[str]
    arms_handled_passive: Caseless  # the weapon noun the subject of a passive of handling: "... shells ... were destroyed"
    arms_handled_passive_acts: tuple[str, ...]  # endings of a trigger that names the act, not the weapon: "bombardments"
    seized_in_operation: Caseless  # "in an operation", "during the raid" (cues.toml seized_in_operation)
    seized_left_behind: Caseless  # "mines left behind" (cues.toml seized_left_behind)
    inquired: re.Pattern  # a verb of inquiry, at most four words, before a violent noun: "looking into the reported use of"
    arms_fired: re.Pattern  # the weapon's own verb of going off right after it: "a car bomb exploded"
    arms_about: re.Pattern  # what a deal or a disarmament is about, before a chemical weapon: "resolution on Syria chemical arms"
    agent_nouns: frozenset[str]  # trigger nouns naming the attackers: "gunmen"
    agent_fire: frozenset[str]  # the verbs by which such attackers only fire: "gunmen opened fire" is a shooting
    air_support: re.Pattern  # "covered by", at most four words, before an air-strike noun: "covered by helicopters"
    shell_strikes: frozenset[str]  # "mortar rounds struck": the shells' own impact, no air strike
    aerial: re.Pattern  # a word of aircraft ([roles] aerial): "jets", "warplanes"
    travellers: re.Pattern  # who makes an official trip: "delegation", "team", "envoy"
    private_doers: re.Pattern  # who makes no diplomacy by a trip or a call: "civilians", "correspondent", "demonstrators"
    described: re.Pattern  # a party noun right before a participle with an object: "coalition fighting the Houthis"
    described_gap: re.Pattern  # what may stand between the party and the participle: "have been", "also"
    struggle_verbs: frozenset[str]  # "fighting" and the like: with an infinitive of purpose, a cause kept up
    party_object: re.Pattern  # a bare party noun as the participle's object: "group fighting government forces"
    court_before: re.Pattern  # a court word right before an appeal noun: "a federal court appeal", "the court of appeals"
    court_after: re.Pattern  # a court word right after it: "an appeals court"
    named_modifier: re.Pattern  # a noun right after a truce, deal or sanctions word that makes it a qualifier: "truce monitors"
    comforted: re.Pattern  # whom a meeting verb is with when it is no diplomacy: "visited the injured persons"
    company_suffix: re.Pattern  # a company's legal form right after or at the end of a name: "Inc.", "Corp", "PLC"
    company_in: re.Pattern  # found in a text where company_suffix is, opening with the legal form for the engine to skip to
    commerce: re.Pattern  # a transaction over shares or a company in the clause: a business deal, offer or talks, no diplomacy
    briefing: re.Pattern  # "news", "press" right before "conference": reporters briefed, no meeting
    signed_object: re.Pattern  # right after "signs": its object, when the word is the verb
    violated: re.Pattern  # right before a truce's noun: what violence broke ("in violation of a cease-fire")
    truce_in_force: Gated  # a truce taking effect: its deal and it are two happenings
    joint_briefing: re.Pattern  # "a joint news conference": two parties meet
    protesters_speak: re.Pattern  # a speech verb right after "protesters": they speak, no protest is told
    condemned_after: re.Pattern  # "have been condemned", "were blamed" right after a violent noun: named, not told
    judged_after: re.Pattern  # "... is not random", "... were an error" after a violent noun: an opinion of it, not told
    judged: frozenset[str]  # the judgements themselves (cues.toml [events] judged)
    conditions: re.Pattern  # "under siege": a lasting condition named by a violent word
    abstract_object: re.Pattern  # the object of a violent verb used figuratively: "advancing stability"
    abstract_gerund_object: re.Pattern  # the same right after a gerund read as a noun: "fighting terrorism"
    continued_speech: re.Pattern  # a clause opened by "saying", "adding": the speech before it goes on
    joined_speech: re.Pattern  # from one speech verb to the next: "and" and no subject, clause or quotation between
    calls: frozenset[str]  # "called for": a proposal made by speaking, one speech with the speech verbs of its sentence
    calling: frozenset[str]  # "call" and its forms: a statement only as "calls X Y"
    # A governorate that is its city alone, with the governorate around it ("Damascus" -> "Rif Dimashq"), and the words
    # that put a place outside the city ("outside the capital", "northeast of Damascus"): cues.toml [events] outskirts.
    outskirts: dict[str, str]
    outskirts_before: re.Pattern
    calls_it: re.Pattern  # right after "calls": an object, then what it is called ("X ``a movement ...''", "X a success")
    blamed_after: re.Pattern  # a party blamed in what is said: "were behind", "was responsible for" ([events] blames)
    blamed_known: re.Pattern  # the same, of a happening named with a determiner: "were behind the attacks"
    own_fighters: re.Pattern  # right after a reporting verb: the speaking group's own fighters as the doers
    toll_claim: re.Pattern  # right after "claimed": a toll ("the lives of 8 persons"), deaths told, no claim made
    blamed: re.Pattern  # right after a party named in what is said: "are responsible for", "'s doing"
    predicate: re.Pattern  # a copula and the words of a noun phrase before a generic violent noun: "was a well-planned attack"
    reporting: dating.Reporting  # the same reporting verbs, as dating reads them: "officials on Wednesday said"
    said_before: re.Pattern  # a reporting verb at most three words before the end of the text searched: "said as dawn broke"
    told_after: re.Pattern  # a held or made_by participle right after a meeting, deal or sanctions noun: "sanctions imposed"
    conditional_after: re.Pattern  # a modal or "if" at most three words after a violent noun: "strikes against Iraq could"
    ability_before: re.Pattern  # "can" / "can't" right before a violent word, at the end of the text searched: "cant repel"
    ability_stem: str  # what every ability modal begins with, lower-cased ("can"): a window without it holds no match
    ability_after: re.Pattern  # "can" and an onset at most three words after a violent noun: "confrontation ... can break out"

    def said_when(self, text: str, trigger_end: int, sentence_end: int, timex_text: str) -> bool:
        """Is the time expression ``timex_text``, after the trigger, the time of a reporting verb told after the trigger
        ("..., officials said as dawn broke Saturday", "killed 22 children, UNICEF said Wednesday")?"""
        position = text.find(timex_text, trigger_end, sentence_end) if timex_text else -1
        return position >= 0 and self.said_before.search(text, trigger_end, position) is not None

    def named_only(self, folded: str, sentence: Sentence, group: list) -> bool:
        """A meeting, deal, truce or sanction named by nouns alone in a sentence that tells none being held or made."""
        return (group[0].type in NAMED_TYPES and all(t.tense == "noun" for t in group)
                and not self.held.search(folded, sentence.start, sentence.end)
                and not self.made_by.search(folded, sentence.start, sentence.end))

    def negated(self, text: str, clause_start: int, trigger_start: int, trigger_end: int = -1) -> bool:
        """ "has no intention of attacking", "no additional action is planned", "protests are not reported": the
        trigger is told as not happening."""
        if trigger_end >= 0 and self.negation_after.match(text, trigger_end, trigger_end + 30):
            return True
        start = max(clause_start, trigger_start - 60)
        hit = self.negation.search(text, start, trigger_start)
        return hit is not None and not self.not_negation.search(text, max(start, hit.start() - 1), trigger_start)


#: The copula before a blame word of cues.toml [events] blames ("the IRA was behind", "have been responsible for").
COPULA_BEFORE_BLAME = r"\s(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?"


def _modal_after(text: str, trigger_end: int, clause_end: int, event_rules: EventRules) -> bool:
    """Whether a modal or "if" follows a violent noun within three words (cues.toml [events] conditional_after: "US air
    strikes against Iraq could do serious harm"). "May" written with its capital inside a sentence is the month, as
    the status cues read it (status.is_month_may): "eliminated by Russian airstrikes on May 25", "launched a wide-scale military
    operation in May 2013" are told, dated."""
    found = event_rules.conditional_after.match(text, trigger_end, clause_end)
    return found is not None and not status_rules.is_month_may(text, found.end() - 3, found.end())


#: modal22: how far back before a violent word "can" may stand (the modal, adverbs, a verb and two words of its object).
ABILITY_REACH = 60


def _under_ability(text: str, folded: str, trig, clause: tuple[int, int], event_rules: EventRules) -> bool:
    """Whether a violent word is told under "can" / "cannot" / "can't": a capacity or a possibility in the present, not
    a happening ("the people cant repel them", "No cause can justify wanton murder", "confrontation among rival groups
    can break out anytime"; cues.toml [events] ability_modals). The dev gold keeps no event so told; "was able to repel"
    (a past ability, told as done) and "I can confirm the attack" (what is said happened) are not this form. Every
    modal begins with ``ability_stem``: a clause with none (``folded``, lower-cased at the same offsets) is answered by
    ``str.find``."""
    if folded.find(event_rules.ability_stem, max(clause[0], trig.start - ABILITY_REACH), max(trig.start, clause[1])) < 0:
        return False
    if event_rules.ability_before.search(text, max(clause[0], trig.start - ABILITY_REACH), trig.start) is not None:
        return True
    return trig.tense == "noun" and event_rules.ability_after.match(text, trig.end, clause[1]) is not None


def _aim_or_future_in_past(aimed: bool, cue_index: status_rules.CueIndex, clause: tuple[int, int], trigger_start: int) -> bool:
    """Whether a hypothetical event is a meeting one only by its infinitive ("Kerry and Lavrov to meet in Switzerland on
    Saturday") or any event one by "would", the future told from the past ("announced a deal that would establish a
    cease-fire starting on Monday"): dated after the report, it is the guide's planned event (scheduled or intended),
    not a condition or a fear ("could", "might", "if" stay hypothetical). Not other infinitives: "given the relatives
    until Tuesday to sign", "refused to sign the agreement ... deadline until Tuesday" are a demand and a refusal."""
    return aimed or cue_index.nearest_status_cue(max(clause[0], trigger_start - status_rules.WINDOW), trigger_start) == "would"


def _attempt_made(text: str, clause: tuple[int, int], trigger_start: int, event_rules: EventRules) -> bool:
    """Whether a violent verb in the infinitive follows an attempt noun in its clause ("rebels killed in an abortive
    attempt to infiltrate the capital", "massed its fighters around the city in an attempt to seize it"): the attempt told is a
    happening, of the clause's own status, not the infinitive's unrealised aim (cues.toml [events] attempts)."""
    return event_rules.attempt_before.search(text, max(clause[0], trigger_start - 24), trigger_start) is not None


@lru_cache(maxsize=8)
def _event_rules(dictionaries: Dictionaries) -> EventRules:
    cues = dictionaries.cues.get("events", {})

    def words(key: str, extra: tuple[str, ...] = (), section: dict = cues) -> re.Pattern:
        return status_rules._words(tuple(section.get(key, ())) + extra)

    def around(key: str, before: str = "", after: str = "", extra: tuple[str, ...] = (), section: dict = cues) -> Caseless:
        """The cue list ``key`` as one alternation, with ``before`` and ``after`` around it, any case. Searched over
        windows of the article hundreds of times: as ``Caseless`` (the lower-cased text, once per article, and a
        case-sensitive regex, gated on the cue words every match needs), the same matches at a fraction of the cost
        of IGNORECASE, which the engine tries at every position. Callers read spans only (groups come lower-cased)."""
        return Caseless(before + words(key, extra, section).pattern + after, gated=True)

    def any_of(key: str) -> Caseless:
        """The cue list ``key`` of regexes as one pattern, any case; one that never matches when the list is empty. As
        Caseless, gated, like ``around``."""
        return Caseless("|".join(f"(?:{r})" for r in cues.get(key, ())) or r"(?!)", gated=True)

    def for_folded(pattern: re.Pattern) -> Gated:
        """The same pattern for the folded (lower-cased, same length) text: three times faster than IGNORECASE; and
        case-sensitive, so gated on the words it needs (most windows searched hold none of them)."""
        return Gated(re.compile(lower_literals(pattern.pattern)))

    totals = "|".join(f"(?:{p.regex})" for p in dictionaries.totals)
    return EventRules(
        reporting_verbs=frozenset(w.lower() for w in cues.get("reporting_verbs", ())),
        reporting_nouns=frozenset(w.lower() for w in cues.get("reporting_nouns", ())),
        claim_verbs=frozenset(w.lower() for w in cues.get("claim_verbs", ())),
        reference_types=frozenset(cues.get("reference_types", ())),
        made_by=for_folded(words("made_by")),
        violence_placed=any_of("violence_placed"),
        totals=Gated(re.compile(lower_literals(totals))) if totals else None,
        negation=for_folded(around("negations", after=r"(?:,?\s+[\w'-]+){0,3},?\s*$")),
        negation_after=for_folded(around("negations_after", before=r"\s+")),
        not_negation=for_folded(words("not_negations")),
        unquoted_types=frozenset(cues.get("unquoted_types", ())),
        held=for_folded(words("held")),
        description=for_folded(around("descriptions", after=r"(?:\s+[\w'-]+){0,6}\s*$")),
        process=around("processes", after=r"(?:\s+[\w'-]+){0,4}\s*$"),
        frame=around("frames", before=r"\b", after=r"\s+(?:a|an|the|this|that|its|their)(?:\s+[\w'-]+){0,4}\s*$"),
        habitual=for_folded(words("habitual")),
        habitual_speech=for_folded(words("habitual", extra=tuple(cues.get("habitual_speech", ())))),
        standing_practice=for_folded(words("standing_practice")),
        anonymous_speech=for_folded(words("anonymous_speech")),
        # The longest word of a cue is its rarest: "source" gates "a source at", not "at".
        anonymous_gate=tuple(sorted({max(w.split(), key=len).lower() for w in cues.get("anonymous_speech", ())})),
        anonymous_source=for_folded(words("anonymous_source")),
        # case-sensitive: the lower-case occupation ("activist Havidar"), not a title ("Surgeon General David Satcher")
        wished=around("wishes", after=r"\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:(?:agree|sign|accept)\s+(?:to\s+|on\s+)?(?:[\w'’-]+\s+){0,3})?$"),
        effort_before=around("efforts", before=r"(?<!\bhad\sbeen\s)", after=r"\s+(?:(?!to\b)[\w-]+\s+){0,4}?to\s+$"),  # no verb of its own between
        attempt_before=around("attempts", after=r"\s+to\s+$"),
        private_before=re.compile(words("private_speakers").pattern + r"\s+$"),
        until_now=around("until_now", after=r"\s+$", section=dictionaries.cues.get("anchors", {})),
        going_on=around("going_on", before=r"\s+(?:is|are)\s+(?:still\s+)?", after=r"\b", section=dictionaries.cues.get("anchors", {})),
        just_before=around("same_day", after=r"\s*$", section=dictionaries.cues.get("anchors", {})),
        # case-sensitive: a title-case headline's "in Last Three Days" retells the lead, dated by its own words
        to_report=re.compile(words("to_report", section=dictionaries.cues.get("anchors", {})).pattern + r"\s"),
        # on the lower-cased text (Caseless): the same spans; vague reads spans and spaces only. Gated: most clauses
        # hold none of "recent", "late", "earlier".
        vague_past=Caseless(words("vague_past", section=dictionaries.cues.get("anchors", {})).pattern, gated=True),
        unnamed_speaker=around("unnamed_speakers", after=r",?\s+(?:also\s+)?$"),
        source_subject_before=any_of("source_subjects_before"),
        relayed_reports=re.compile(cues.get("relayed_reports", r"(?!)"), re.IGNORECASE),
        recollection=re.compile(cues.get("recollection", r"(?!)"), re.IGNORECASE),
        own_ignorance=re.compile(cues.get("own_ignorance", r"(?!)"), re.IGNORECASE),
        market_figure=re.compile(cues.get("market_figure", r"(?!)")),
        relayed_noun=re.compile(cues.get("relayed_noun", r"(?!)"), re.IGNORECASE),
        source_subject_after=any_of("source_subjects_after"),
        condemning=frozenset(w.lower() for w in cues.get("condemning", ())),
        retold_speech=(for_folded(re.compile("|".join(f"(?:{r})" for r in cues["retold_speech"])))
                       if cues.get("retold_speech") else None),
        modified=around("modified", before=r"\s+"),
        protest_modified=around("protest_modified", before=r"\s+"),
        qualified=around("qualified", before=r"\s+"),
        victims_of=around("victims_of", before=r"\b", after=r"\s+(?:[\w'’-]+\s+){0,3}$"),
        questioned_over=around("questioned_over", before=r"\b", after=r"\s+(?:[\w'’-]+\s+){0,4}$"),
        figurative=_figurative(tuple(cues.get("figurative", ()))),
        gerund_for=around("gerund_for", after=r"\s+$"),
        # case-sensitive: a title-case headline's "Use ... to Attack" tells the news
        used_to=re.compile(words("used_to").pattern + r"[^.,;:]{0,80}?\bto\s+(?:[\w'’-]+\s+)?$"),
        kept_up=re.compile(words("kept_up").pattern + KEPT_UP, re.IGNORECASE),
        kept_up_perfect=re.compile(words("kept_up_perfect").pattern + "(?P<going>" + KEPT_UP[:-1] + ")$", re.IGNORECASE),
        kept_up_opening=re.compile(words("kept_up").pattern + r"\s+", re.IGNORECASE),
        fighting_grows_after=around("fighting_grows", before=r"[^.;]{0,60}?\b(?:has|have)\s+(?:also\s+|further\s+)?", after=r"\b"),
        fighting_grows_before=around("fighting_grows", before=r"\bthere\s+(?:has|have)\s+been\s+(?:an?\s+)?", after=r"\s+$"),
        span=for_folded(around("spans", after=r"(?:\s+[\w'’-]+){0,2}\s+$")),
        cause=for_folded(around("causes", before=r"\b", after=NOUN_OBJECT_AFTER)),
        cause_toll=for_folded(words("causes_tolls")),
        halted=for_folded(around("halted", before=r"\b", after=NOUN_OBJECT_AFTER)),
        stance_object=for_folded(around("condemning", before=r"\b", after=NOUN_OBJECT_AFTER, extra=tuple(cues.get("rejecting", ())))),
        generic_plural=for_folded(around("generic_plural", before=r"\b", after=r"(?:\s+[\w'’-]+)?\s+$")),
        generic_speaker=for_folded(re.compile(words("generic_speakers").pattern + r"\s+" + words("generic_speech_verbs").pattern)),
        generic_verbs=tuple(verb.lower().split()[-1] for verb in cues.get("generic_speech_verbs", ())),
        compared_since=around("compared_since", after=r"[^.;]{0,60}?\bsince\s+(?:[\w'’-]+\s+){0,6}$"),
        compared_before_since=around("compared_since", before=r"\b", after=r"\b[^.;]{0,100}$"),
        first_since=around("first_since", before=r"\b", after=r"\s+(?:[\w'’-]+\s+){0,2}$",
                           extra=tuple(cues.get("compared_since", ()))),
        state_since=for_folded(around("state_since", before=r"\b(?:which|that)\s+(?:has|have|had)\s+(?:[a-z]+ly\s+|also\s+)*been\s+(?:[a-z]+ly\s+)?",
                                      after=r"\b[^.;,]{0,80}$")),
        war_began_with=for_folded(around("war_began_with", after=r"(?:\s+[\w'’-]+){0,3}?\s+(?:with|after)\s+(?:[\w'’-]+\s+){0,8}$")),
        war_opening_acts=cue_set(dictionaries, "war_opening_acts"),
        subordinate_capture=for_folded(around("subordinate_capture", before=r"(?P<lead>\b(?:since\s+(?:[\w-]+\s+){1,3}(?=when\b))?",
                                              after=r")\s+(?:[\w'’-]+\s+){0,6}$")),
        lasting=re.compile(r"\b(?:is|are|has|have)\b"),
        capture_forces=for_folded(words("capture_forces")),
        passive_before=re.compile(r"\b(?:was|were|been|being)\s+(?:[\w-]+\s+)?$"),
        war_origin=for_folded(around("war_began_with", before=r"\b" + words("war_origin_nouns").pattern + r"(?:\s+[\w'’-]+){0,6}?\s+",
                                     after=r"[^.;:]*$")),
        since_when=for_folded(around("since_when", before=r"\bsince\s+(?:[\w-]+\s+){1,3}", after=r"\s+(?:[\w'’-]+\s+){0,8}$")),
        fighting_since=for_folded(around("fighting_since", before=r"\bsince\s+(?:[\w'’-]+\s+){0,2}?(?:fighting|clashes|battles?|hostilities)\s+(?:there\s+|here\s+)?",
                                          after=r"\s+(?:there\s+|here\s+)?in\s+(?:(?:early|mid|late)[\s-]+)?(?:[a-z]+\s+)?(?:19|20)\d\d\b")),
        series=words("series_span"),
        campaign_since=for_folded(around("campaign_since", before=r"\bsince\s+(?:[\w'’-]+\s+){1,6}?(?:", after=r")\s+(?:(?:its|their|an?|the)\s+)?(?:own\s+)?(?:(?:air|bombing|aerial|airstrike|air\s+strike)\s+(?:campaign|war)|bombing|air\s*strikes|air\s+raids)$")),
        arms_held=around("arms_held", after=r"\s+(?:[\w-]+\s+){0,2}$"),
        arms_held_types=frozenset(cues.get("arms_held_types", ())),
        arms_handled=around("arms_handled", before=r"\b", after=r"\s+(?:(?!" + words("arms_handled_stop").pattern
                            + r")(?!(?!" + words("arms_equipped").pattern + r")[\w-]+ed\b)[\w-]+\s+){0,10}?$"),
        arms_handled_types=frozenset(cues.get("arms_handled_types", ())),
        arms_handled_passive=around("arms_handled_passive",
                                    before=r"\s+(?:(?!(?:" + words("arms_handled_stop").pattern[2:-2] + "|" + words("arms_fired").pattern[2:-2]
                                    + r")\b)[\w-]+\s+){0,20}?(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?", after=r"\b"),
        arms_handled_passive_acts=tuple(cues.get("arms_handled_passive_acts", ())),
        seized_in_operation=around("seized_in_operation", before=r"\b(?:in|during)\s+(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?",
                                   after=r"\b"),
        seized_left_behind=around("seized_left_behind", before=r"\b", after=r"\b"),
        inquired=around("inquired", before=r"\b", after=r"\s+(?:(?!" + words("arms_fired").pattern
                        + r")[\w-]+\s+){0,4}?$"),
        arms_fired=around("arms_fired", before=r"(?:\s+[\w-]+){0,2}?\s+"),
        arms_about=around("arms_about", before=r"\b", after=r"\s+(?:(?!(?:use|used|using|attacks?)\b)[\w-]+\s+){0,3}?$"),
        agent_nouns=frozenset(w.lower() for w in cues.get("agent_nouns", ())),
        agent_fire=frozenset(w.lower() for w in cues.get("agent_fire", ())),
        air_support=around("air_support", after=r"\s+(?:[\w.,-]+\s+){0,4}$"),
        shell_strikes=frozenset(w.lower() for w in cues.get("shell_strikes", ())),
        aerial=around("aerial", before=r"\b", after=r"\b", section=dictionaries.cues.get("roles", {})),
        travellers=words("travellers"),
        private_doers=around("private_doers", before=r"\b", after=r"\b"),
        described=around("parties", after=r"\s+(?:(?:" + words("described_gap").pattern + r")\s+){0,2}$"),
        described_gap=re.compile(r"\s*(?:\s(?:" + words("described_gap").pattern + r"))*\s*", re.IGNORECASE),
        struggle_verbs=frozenset(w.lower() for w in cues.get("struggle_verbs", ())),
        party_object=around("parties", before=r"\s+(?:against\s+)?(?:[a-z][\w-]*\s+){0,2}", after=r"\b"),
        named_modifier=around("named_modifier", before=r"\s+", after=r"\b"),
        court_before=around("courts", after=r"\s+(?:of\s+)?$"),
        court_after=around("courts", before=r"\s+"),
        comforted=around("comforted", before=r"(?:\s+[\w'’-]+){0,3}?\s+", after=r"\b"),
        commerce=for_folded(around("commerce", after=r"\b")),
        # Up to three capitalised words may come between the speaker and the legal form: "First of America Bank Corp.
        # said" reads "America" as the speaker, and the company's name runs on past it.
        company_suffix=re.compile(r"(?:(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’.-]*){1,3}?)?(?:,?\s+|^)(?:"
                                  + "|".join(re.escape(w) for w in cues.get("company_suffixes", ())) + r")\.?(?![\w-])"),
        company_in=legal_form_pattern(cues.get("company_suffixes", ())),
        briefing=around("briefings", after=r"\s+$"),
        violated=around("violated", after=r"\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$"),
        truce_in_force=for_folded(words("truce_in_force")),
        signed_object=re.compile(r"\s+(?:" + words("signed_object").pattern + r"|\d|(?-i:[A-Z])|(?:[\w'’-]+\s+){0,3}?(?:"
                                 + "|".join(re.escape(n) for n in dictionaries.types["agreement"].nouns) + r")\b)", re.IGNORECASE),
        joint_briefing=around("briefings", before=r"\bjoint\s+", after=r"\s+$"),
        protesters_speak=around("protesters_speak", before=r"\s+"),
        condemned_after=around("condemning", before=r"\s+(?:have|has|had|was|were|is|are)\s+(?:been\s+)?(?:widely\s+|strongly\s+)?",
                               extra=("blamed", "accused")),
        # the copula in lower case ("as IS fighters press their assault" is no copula): a plain regex, tried only at a trigger's end
        judged_after=re.compile(r"(?:\s+[\w'’.-]+){0,8}?\s+(?:is|are|was|were)\s+(?:not\s+|also\s+|clearly\s+|nothing\s+(?:but|short\s+of)\s+)?"
                                r"(?:(?:a|an|the)\s+)?[\"“]?(?:[\w-]+\s+){0,3}?(?i:" + words("judged").pattern + r")\b"),
        judged=frozenset(w.lower() for w in cues.get("judged", ())),
        conditions=words("conditions"),
        told_after=around("held", before=r"\s+", after=r"\b", extra=tuple(cues.get("made_by", ()))),
        # "engaging in a ``massive financial fraud''": "in" and an article, a quotation mark and two words may come first.
        abstract_object=around("abstract_objects", before=r"\s+(?:(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?"
                                                                       r"|in\s+(?:an?\s+)?[\"“'`]*(?:[\w-]+\s+){0,2}?)"),
        # Right after the gerund only: a word between may be a verb ("Heavy fighting threatens stability": a battle).
        abstract_gerund_object=around("abstract_objects", before=r"\s+"),
        continued_speech=around("continued_speech", before=r"\W*", after=r"$"),
        joined_speech=around("joined_speech", before=r"(?:(?!\b(?:that|who|which|whom|whose|while|but|whether|if|as)\b)[^;:\"“”()])"
                             r"{0,120}?\s", after=r"\s+$"),
        calls=frozenset(w.lower() for w in cues.get("calls", ())),
        calling=frozenset(("call", "calls", "called", "calling")),
        calls_it=re.compile(cues.get("calls_it", r"(?!)"), re.IGNORECASE),
        toll_claim=re.compile(cues.get("toll_claim", r"(?!)"), re.IGNORECASE),
        blamed_after=around("blames", before=COPULA_BEFORE_BLAME, after=r"\b"),
        blamed_known=around("blames", before=COPULA_BEFORE_BLAME, after=r"\s+(?:the|this|that|these|those|both)\s"),
        own_fighters=re.compile(cues.get("own_fighters", r"(?!)"), re.IGNORECASE),
        blamed=re.compile(r"(?:\s+[a-z]+)?\s+(?:" + words("blamed").pattern + r")|['’]s\s+doing\b", re.IGNORECASE),
        predicate=around("copulas", after=r"\s+(?:(?:\w+ly|perhaps|also|still|just|only)\s+)?(?:a|an|the|one\s+of\s+the)\s+(?:(?!(?:of|in|on|at|by|from|to|with|for|after|and|that|"
                         r"which|who)\b)[\w-]+,?\s+){0,6}$"),
        said_before=around("reporting_verbs", after=r"(?:\s+[\w'-]+){0,3}\s+$"),
        reporting=dating.Reporting.of(words("reporting_verbs")),
        # The noun's own words up to the modal: no relative pronoun or conjunction, which would open another predicate.
        conditional_after=around("conditional_after", before=r"(?:\s+(?!(?:that|which|who|and|or|but)\b)[\w'’-]+){0,3}?\s+",
                                 after=r"(?!\s+have\b)"),
        # modal22: only adverbs or "be" between the modal and the violent word, or one verb (not one of saying or seeing)
        # and at most two words of its object; no conjunction or relative pronoun, which would open another clause.
        ability_before=around("ability_modals", after=r"\s+(?:" + words("ability_adverbs").pattern + r"\s+)*(?:(?!"
                              + words("ability_not_verbs").pattern + r"|(?:that|and|or|but|which|who|when|if|as)\b)[a-z]+\s+"
                              r"(?:(?!(?:that|and|or|but|which|who|when|if|as)\b)[\w'’-]+\s+){0,2})?$"),
        ability_stem=os.path.commonprefix([modal.lower() for modal in cues.get("ability_modals", ())]),
        ability_after=around("ability_modals", before=r"(?:\s+(?!(?:that|which|who|and|or|but)\b)[\w'’-]+){0,3}?\s+",
                             after=r"\s+(?:" + words("ability_adverbs").pattern + r"\s+)*" + words("ability_onsets").pattern),
        outskirts={city.strip(): around.strip() for city, around in (pair.split(",") for pair in cues.get("outskirts", ()))},
        outskirts_before=around("outskirts_before", before=r"(?<!the )", after=r"\s+(?:the\s+)?(?:Syrian\s+|Syria'?s\s+)?(?:capital\s+)?$"),
    )


VICTIMS_REACH = 60  # characters before a violent noun in which "victims of" and its words may stand
VICTIMS_COPULA = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:(?:also|all|among|the|not)\s+)*$", re.IGNORECASE)


def _victims_of(text: str, clause: tuple[int, int], trig: TriggerMention, event_rules: EventRules) -> bool:
    """Is the violent noun ``trig`` governed by "victims of" / "survivors of" (cues.toml victims_of: "to help victims of
    terrorist attacks on the U.S. embassies"), the people named, the violence not told? Not after a copula ("were the
    victims of an air strike on Monday" tells the strike)."""
    found = event_rules.victims_of.search(text, max(clause[0], trig.start - VICTIMS_REACH), trig.start)
    return found is not None and VICTIMS_COPULA.search(text, max(clause[0], found.start() - 30), found.start()) is None


QUESTIONED_REACH = 60  # characters before a violent noun in which "in connection with" and its words may stand


def _questioned_over(text: str, clause: tuple[int, int], trig: TriggerMention, places: Sorted,
                     event_rules: EventRules) -> bool:
    """Is the violent noun ``trig`` what suspects are held, wanted or questioned over (cues.toml questioned_over: "six
    people were in custody for questioning about the bombing"), a happening told before by a definite noun
    (``_told_before``) and placed nowhere after it in its clause? Then the custody is the news and the violence is
    its topic. A noun with a place of its own ("in connection with the shooting of doctors in Winnipeg") or no
    determiner ("for questioning in two other shootings") may be the only telling and is kept."""
    return (event_rules.questioned_over.search(text, max(clause[0], trig.start - QUESTIONED_REACH), trig.start) is not None
            and _told_before(text, clause, trig) and not places.within(trig.end, clause[1]))


SEIZED_REACH = 60  # characters after a seizure's words in which "left behind" names what it cleared


def _seized_in_operation(text: str, clause: tuple[int, int], trig: TriggerMention, event_rules: EventRules) -> bool:
    """Are the arms of a seizure (weapons_seized) taken in the course of an operation its clause tells ("seized an enemy
    weapons cache ... in an operation near Sperwan Ghar") or cleared where the enemy left them ("dismantled scores of
    explosive devices and mines left behind")? Then the seizure is a part of that operation, told as the raid or the
    capture, no happening of its own (cues.toml seized_in_operation)."""
    return (event_rules.seized_in_operation.search(text, trig.end, clause[1]) is not None
            or event_rules.seized_left_behind.search(text, trig.end, min(clause[1], trig.end + SEIZED_REACH)) is not None)


def _arms_handled(text: str, clause: tuple[int, int], trig: TriggerMention, event_rules: EventRules) -> bool:
    """Is the weapon noun named as a thing handled (destroyed, seized, kept, made: cues.toml [events] arms_handled) and
    not set off right after, or, for a chemical weapon, governed by a noun of its handling (arms_about)?"""
    if (event_rules.arms_handled.search(text, max(clause[0], trig.start - 90), trig.start)
            and not event_rules.arms_fired.match(text, trig.end)):
        return True
    if (event_rules.arms_handled_passive.match(text, trig.end, clause[1])
            and not text[trig.start:trig.end].lower().endswith(event_rules.arms_handled_passive_acts)):
        # "... artillery shells ... were destroyed in the attacks": the same handling told in the passive, of a weapon
        # noun ("killed in the bombardments ... and their vehicles were destroyed" names the act: kept).
        return True
    return trig.type == "chemical_attack" and bool(event_rules.arms_about.search(text, max(clause[0], trig.start - 60), trig.start))


def _other_sense(folded: str, trig: TriggerMention, senses: Gated) -> bool:
    """Is the trigger inside a match of its type's other senses (event_types.toml [types.NAME] senses;
    ``Dictionaries.sense_gates``)?"""
    start, end = max(0, trig.start - 80), trig.end + 80
    # A match lies inside the window, and so does a string every match holds: most windows hold none.
    return senses.possible(folded, start, end) and any(
        m.start() <= trig.start < m.end() for m in senses.regex.finditer(folded, start, end))


def _official_trip(text: str, trip: TriggerMention, sentence: Sentence, s_actors: list[ActorMention], event_rules: EventRules) -> bool:
    """A trip told by the pattern that stops before its destination ("left for Europe") is a visit only to a named place
    and by officials: a person named before it in its sentence, or a traveller word (cues.toml [events] travellers)."""
    if not text[trip.end:trip.end + 1].isupper():
        return False  # "left Tuesday for consultations": the noun tells the talks
    return (any(a.kind == "person" and a.end <= trip.start for a in s_actors)
            or event_rules.travellers.search(text, sentence.start, trip.start) is not None)


def _private_doer(text: str, trig: TriggerMention, clause: tuple[int, int], s_actors: list[ActorMention],
                  event_rules: EventRules) -> bool:
    """Is the trip or call done by private people, reporters or a crowd (cues.toml [events] private_doers): the last such
    word before it in its clause, with no party named between them?"""
    last = None
    for last in event_rules.private_doers.finditer(text, max(clause[0], trig.start - 100), trig.start):
        pass
    return last is not None and not any(last.end() <= a.start and a.end <= trig.start for a in s_actors)


NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?][\"'’”]\s)\b[A-Z][\w&'’.-]*\s+$")  # a capitalised word, not a sentence's first
NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
NAMED_OPERATION = re.compile(r"\bOperations?\s+(?:[A-Z][\w'’-]*\s+){0,2}$")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{3,}")
UPPER_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]{3,}")


def _inside_name(text: str, sentence: Sentence, trig: TriggerMention, spec, company_suffix: re.Pattern | None = None) -> bool:
    """A capitalised violent word next to another capitalised word, inside a sentence in ordinary case, is a word of a
    proper name ("led by Merrill Lynch Capital Markets", "a facility at its Battle Creek headquarters", "according to
    Advanced Medical"): a company or a place, no violence. Not a sentence's first word, a title-case headline's words (the sentence's
    or the three words before the name), a trigger of several words ("joined the Chemical Weapons
    Convention": a name, but one whose sentence tells which state holds the weapons, what the article's chemical
    attack is blamed on), a word the
    dictionaries write capitalised ("Tomahawk") nor a named military operation ("Operation Desert Storm")."""
    word = trig.text
    if (company_suffix is not None and word[:1].isupper() and not word.isupper() and " " not in word
            and NAME_WORD_AFTER.match(text, trig.end) and company_suffix.match(text, trig.end)):
        # "Advanced Medical Technologies Inc. said it purchased 93% of a unit": the capitalised words run on to a
        # company's legal form (cues.toml [events] company_suffixes), even as a sentence's first word: a company's name.
        return True
    if not word[:1].isupper() or word.isupper() or " " in word or word in spec.nouns or trig.start <= sentence.start:
        return False
    if not (NAME_WORD_BEFORE.search(text, max(sentence.start, trig.start - 40), trig.start)
            or NAME_WORD_AFTER.match(text, trig.end)):
        return False
    if NAMED_OPERATION.search(text, max(sentence.start, trig.start - 50), trig.start):
        return False
    lower = len(LOWER_WORD.findall(sentence.text))
    if lower < 3 or lower < len(UPPER_WORD.findall(sentence.text)):
        return False
    # A headline run into the body ("58 Killed in Suspected Gas Attack in Syrias Idlib Dozens of people have been
    # killed"): the words just before the name are capitalised too.
    before = text[max(sentence.start, trig.start - 40):trig.start].split()[-4:]
    return any(LOWER_WORD.fullmatch(w.strip(",;:()\"'’”“")) for w in before[:-1] or before)


def _company(text: str, who: ActorMention | None, suffix: re.Pattern) -> bool:
    """A speaker named with a company's legal form ("Giant Group Ltd.", "Motors Corp") that acts for no side."""
    if who is None or who.acts_for:
        return False
    return suffix.match(text, who.end) is not None or suffix.search(who.text) is not None


def _gerund_with_object(text: str, trig: TriggerMention, event_rules: EventRules) -> bool:
    """A violent "-ing" word read as a noun ("heavy fighting") but followed at once by a figurative object ("Moreover
    fighting terrorism piecemeal will not end the threat", cues.toml abstract_objects) is a gerund with its object: a
    policy, no battle. Only the object right after it: "fighting ended the talks" is a battle and its effect."""
    return (trig.tense == "noun" and trig.text.lower().endswith("ing")
            and event_rules.abstract_gerund_object.match(text, trig.end) is not None)


def _figurative(words: tuple[str, ...]) -> re.Pattern:
    """Right before a violent word: a qualifying word and a space ("verbal attack"), or a prefix ("pre-attack")."""
    prefixes = [w for w in words if w.endswith("-")]
    whole = status_rules._words(tuple(w for w in words if not w.endswith("-"))).pattern
    joined = "|".join(re.escape(p) for p in prefixes) or r"(?!)"
    return re.compile(rf"(?:{whole}\s+|\b(?:{joined}))$", re.IGNORECASE)


FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b", re.IGNORECASE)


def _main_clause_time(text: str, trigger: TriggerMention, sentence: Sentence, timex_text: str) -> bool:
    """Is the time expression after the trigger, past a finite verb of another clause ("before the bomb exploded was
    identified Thursday"), rather than the trigger's own ("after the bombing on Friday")?"""
    position = text.find(timex_text, trigger.end, sentence.end)
    return position >= 0 and FINITE.search(text, trigger.end, position) is not None


#: "the attack" named again as the subject or object of a clause that tells how it was done: "Houthi military spokesperson
#: Yahya Sarea said it had carried out the attack using ten drones", "They claimed the attack was caused by an airstrike",
#: "the Saudi government said the attack included cruise missles".
NAMED_ATTACK = Caseless(r"\b(?:the|this|that)\s+(?:attack|attacks|assault|incident|strike|strikes)\b(?!\s+(?:on|in|at|against)\b)")


#: "after the attack", "victims of the attack", "condemned the attacks": the attack places or is what is spoken of, it is
#: told no means.
PLACING_BEFORE = Caseless(r"\b(?:after|following|since|before|prior to|of|response to|retaliation for|condemned|condemn|condemns|denounced)\s+$")
MEANS_TYPES = frozenset({"airstrike", "shelling", "bombing", "chemical_attack"})  # the weapons an attack is carried out with
MEANS_REACH = 60  # the means is told next to the attack it names: "the attack was caused by an airstrike"


def _means_of_named(text: str, sentence: Sentence, trigger: TriggerMention) -> bool:
    """Is a weapon's noun (MEANS_TYPES) with no toll the means of "the attack" its sentence names again, within MEANS_REACH
    characters ("carried out the attack using ten drones", "the attack was caused by an airstrike")? (A ground advance
    tells a happening of its own: "The attacks come as Syrian Kurdish fighters continue to advance".) Then it tells how the attack told before was done, no
    happening of its own: named again (narrative rule 7), it folds into that attack, or stays where none was told."""
    for hit in NAMED_ATTACK.finditer(text, max(sentence.start, trigger.start - MEANS_REACH), min(sentence.end, trigger.end + MEANS_REACH)):
        if (not hit.start() <= trigger.start < hit.end()
                and not PLACING_BEFORE.search(text, max(sentence.start, hit.start() - 30), hit.start())):
            return True
    return False


#: Deals, truces and sanctions: named as the frame of another act (cues.toml [events] frames) they are no happening of its day.
FRAMED_TYPES = frozenset({"agreement", "ceasefire", "sanctions"})
#: A framed deal's own phrase naming its parties: "between" at most two words after the noun ("under a deal reached
#: between the regime and rebels", "under a deal between the Syrian regime and armed opposition").
DEAL_PARTIES_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?between\s", re.IGNORECASE)
#: Frames of cues.toml [events] frames that tell the deal or truce broken, so in force ("accused the ISIL of violating
#: the cease-fire agreement"): the guide's ceasefire "in force or broken".
BROKEN_FRAME = re.compile(r"\b(?:violated|violating|in\s+violation\s+of)\b", re.IGNORECASE)


def _framed_deal_told(text: str, trig: TriggerMention, frame: re.Match) -> bool:
    """Whether a deal, truce or sanction named as the frame of another act, with no time expression in its sentence, is
    told as that deal (kept, undated) rather than merely mentioned (dropped by narrative rule 5): its phrase names its
    parties ("evacuated ... under a deal reached between the regime and rebels") or tells it broken ("of violating the
    cease-fire agreement"). A bare "They had left under a deal where ..." names the deal the lead told: a mention."""
    return DEAL_PARTIES_AFTER.match(text, trig.end) is not None or BROKEN_FRAME.search(frame.group(0)) is not None
RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)
RELATIVE_VERB = re.compile(r"[a-z]+(?:ed|[^s]s)")  # "contained", "carries": a verb right after "that", in lower case


def _in_relative_clause(text: str, sentence: Sentence, trigger: TriggerMention, timex_text: str, said: re.Pattern) -> bool:
    """Is a definite violent noun ("the car bombing") told in a relative clause that opens after the time expression
    of the sentence ("wrapped up business on Wednesday, meeting with the minister to finish talks that were
    interrupted by the car bombing")? A "that" after a reporting verb opens what is said, no relative clause ("Reports
    said on Thursday that militants died in the battle")."""
    position = text.find(timex_text, sentence.start, trigger.start)
    definite = DEFINITE.search(text, max(sentence.start, trigger.start - 25), trigger.start) if position >= 0 else None
    if definite is None:
        return False
    opener = definite.group(0).split()
    if opener[0].lower() == "that" and len(opener) == 2 and RELATIVE_VERB.fullmatch(opener[1]):
        # "targeted on Sunday al-Hamadaniyeh with shells that contained toxic gases": "that" and a past or present verb
        # open the relative clause, no determiner; the noun is the means of the main clause's happening, dated with it
        # ("warnings ... that US air strikes could do harm": a name after "that" is no verb).
        return False
    return any(not (word.group(0).lower() == "that" and said.search(text, sentence.start, word.start()))
               for word in RELATIVE_WORD.finditer(text, position + len(timex_text), trigger.start))


def _generic_speaker(folded: str, sentence: Sentence, trig: TriggerMention, rules: EventRules) -> bool:
    """Is the speech verb ``trig`` a present "say" or "claim" whose subject is a side named by a bare plural noun
    (cues.toml [events] generic_speakers: "Rebels say they amount to forced relocations", "... while activists say")?
    What a side holds, told as a generic sentence, not a speech made on a day. The noun and verb must end at the trigger,
    and the noun open the sentence (only spaces or quotation marks before it) or follow a conjunction (GENERIC_LEAD), so
    that "The rebels say" and "U.S. officials say" stay speech."""
    start = max(sentence.start, trig.start - 40)
    if not folded.endswith(rules.generic_verbs, start, trig.end):  # no verb of the list ends at the trigger: no match can
        return False
    found = rules.generic_speaker.search(folded, start, trig.end)
    if found is None or found.end() != trig.end:
        return False
    return (OPENING_MARKS.fullmatch(folded, sentence.start, found.start()) is not None
            or GENERIC_LEAD.search(folded, max(sentence.start, found.start() - 12), found.start()) is not None)


def _habitual(text: str, folded: str, clause: tuple[int, int], sentence: Sentence, rules: EventRules) -> bool:
    """A cue of [events] habitual in the clause, not a word of a name written in capitals inside the sentence ("according to
    Daily Mail": a newspaper, no habit)."""
    for match in rules.habitual.finditer(folded, clause[0], clause[1]):
        at = match.start()
        if not (text[at].isupper() and at > sentence.start and match.end() < len(text) - 1
                and text[match.end()] == " " and text[match.end() + 1].isupper()):
            return True
    return False


RELATIVE_AFTER = re.compile(r"\b(?:which|that|who|whose|where)\b", re.IGNORECASE)


def _own_words(text: str, clause: tuple[int, int], trig: TriggerMention, dictionaries: Dictionaries) -> tuple[int, int]:
    """The clause of a violent noun told as going on ("amid an intensified regime offensive in the area near Damascus which
    the opposition fighters have controlled for years", story.going_on_rule), cut before a relative clause told after
    it: that clause describes the place, and its span ("for years") is no habit of the offensive's."""
    if trig.tense != "noun" or going_on_rule(dictionaries).search(text, max(clause[0], trig.start - 80), trig.start) is None:
        return clause
    relative = RELATIVE_AFTER.search(text, trig.end, clause[1])
    return clause if relative is None else (clause[0], relative.start())


def inside_quotes(text: str, sentence: Sentence, position: int) -> bool:
    """Is ``position`` inside a quotation opened in its sentence (straight quotes counted, curly and ``...'' ones paired)?"""
    return quote_open(text[sentence.start:position])


DETERMINED_SOURCE = re.compile(r"(?:the|a|an|it|he|she|they|we|state)\b", re.IGNORECASE)


def _reported_by(text: str, trig: TriggerMention, group: list[TriggerMention], rules: EventRules) -> TriggerMention | None:
    """The reporting verb that tells the speech ``trig`` of a sentence with another event, or None: the verb itself
    ("said"), or, for a speech noun, the verbs of its group when all are reporting verbs ("In a statement carried by NTV
    the army said the casualties came after a rocket attack") or the reporting verb right after it with the noun as its
    subject ("... in clashes in the same region, the Turkish army statement added", "The statement mentioned that 40
    people were killed"): a statement that only passes on the sentence's other event is its source, as "said" is. Only a
    noun that tells no stance (cues.toml [events] reporting_nouns): "drew strong condemnation from the United States
    which said" is news."""
    reporting = rules.reporting_verbs
    if trig.text.lower() in reporting:
        return trig
    if (trig.tense == "noun" and trig.text.lower() in rules.reporting_nouns
            and rules.relayed_noun.search(text, max(0, trig.start - 60), trig.start)):
        return trig  # "... killed in barrel bomb attacks according to a Syrian opposition statement": the source, as "said"
    if trig.text.lower() in rules.claim_verbs and CLAIMED_THAT.match(text, trig.end):
        return trig  # "forces claimed that Russian jets hit an outpost": the claim is the strike's status, reported
    if trig.tense != "noun" or trig.text.lower() not in rules.reporting_nouns:
        return None
    verbs = [t for t in group if t.tense != "noun"]
    if verbs:
        # Not a participle: "released a statement saying an attack produced no casualties" tells the release.
        return verbs[0] if all(t.text.lower() in reporting and t.tense != "ing" for t in verbs) else None
    after = NOUN_REPORTED.match(text, trig.end)
    if after is None or after.group("verb").lower() not in reporting:
        return None
    return TriggerMention(after.start("verb"), after.end("verb"), after.group("verb"), trig.type, "past")


def _stance(text: str, sentence: Sentence, who: ActorMention, group: list[TriggerMention], rules: EventRules,
            monitors: frozenset[str]) -> bool:
    """Does a body that is otherwise only a source (an aid or rescue organisation: roles.reports_only) take a stance
    in this speech, which makes it news of its own? It condemns ("The civil defence condemns the bombing and raids
    ..." the group said) or blames ("the Syrian Civil Defence confirmed that Russian and regime warplanes were behind
    the attacks"). Not an outlet, and not a monitor, whose words are its count of the violence."""
    if who.kind != "organisation" or who.name in monitors:
        return False
    if any(t.text.lower() in rules.condemning for t in group):
        return True
    verbs = [t for t in group if t.tense != "noun"]
    return bool(verbs) and rules.blamed_after.search(text, verbs[0].end, sentence.end) is not None


def _judged(text: str, sentence: Sentence, verb: TriggerMention, candidates: list, types: dict) -> bool:
    """Is every violent event of the sentence named after the speech ``verb`` by a definite noun that the speech then
    judges ("stated that the attack was intentional": JUDGED)? Then the speech is news, not their attribution."""
    violent = [t for _, t, _ in candidates if types[t.type].violent]
    return bool(violent) and all(
        t.start > verb.end and t.tense == "noun" and BACK_REFERENCE.search(text, max(verb.end, t.start - 50), t.start)
        and JUDGED.match(text, t.end, sentence.end) for t in violent)


def _unnamed(found: re.Match | None, actors: list) -> bool:
    """Is the unnamed source ``found`` before a reporting verb ("police said", "officials said") really unnamed? A name
    right before it, or a mention that takes it in, says whose it is: "Serbian police say", "the FBI and Kenyan police
    said", "U.S. officials said" are a named party speaking."""
    if found is None:
        return False
    if DETERMINED_SOURCE.match(found.group(0)):
        # "Kurdish forces a monitor said" (a scraped comma lost): a pronoun or a determiner opens its own phrase; "Nigeria
        # state radio says": an outlet, whoever owns it
        return True
    return not any(a.start < found.start() and found.start() - a.end <= 1 for a in actors)


QUOTE_CLOSING = re.compile(r'[,.!?;]"(?:\s|$)')  # 'shooting," said': a straight quote after punctuation closes


def _in_quoted_words(text: str, sentence: Sentence, position: int) -> bool:
    """Is ``position`` inside a quotation opened in its sentence, after at least one quoted word ('"... our
    opposition to terrorism', "``We should keep the door of the alliance open"), not a name in scare quotes ('the
    "Islamic State" group')? Straight quotes are counted, curly and ``...'' ones paired."""
    before = text[sentence.start:position]
    carried = _quote_carried(text, sentence)
    if carried and '"' not in before:
        return bool(before.strip(" `\"“"))  # words of the quotation the sentence before opened
    opened = max(before.rfind("``") + 1 if before.rfind("``") > before.rfind("''") else 0,
                 before.rfind("“") + 1 if before.rfind("“") > before.rfind("”") else 0,
                 before.rfind('"') + 1 if (before.count('"') + carried) % 2 == 1 else 0)
    return opened > 0 and bool(before[opened:].strip(" `\"“"))


def _quote_carried(text: str, sentence: Sentence) -> bool:
    """Does a straight-quoted quotation opened in an earlier sentence run on into ``sentence`` ('"As far as
    I am concerned, my officers had no orders. We are looking into it," said Nairobi police commander X': the second
    sentence's first straight quote closes the words quoted, so the name after it speaks)? Read where the quote is, not
    by counting from the paragraph's start (a stray quote in a scraped page would turn every later sentence): the
    sentence's first straight quote closes when punctuation comes right before it and no space (QUOTE_CLOSING)."""
    first = text.find('"', sentence.start, sentence.end)
    return first > sentence.start and QUOTE_CLOSING.match(text, first - 1) is not None


#: The owner written as a possessive right before a speech noun ("Juan Miguel's comments", "the envoy's remarks").
SPEECH_OWNER = re.compile(r"(?P<owner>\b[\w-]+)['’]s[ \t]+$")


def _owned_by_unnamed(text: str, noun: TriggerMention, actors: list) -> bool:
    """Is the speech noun owned by a possessive that names no party the product knows? "Protesters dismissed Juan
    Miguel's comments as selfish or the words of Castro": the comments are their owner's, so a name told after them (what
    the words are called, who is blamed for them) is not who made them, and with the owner unknown the speech has no
    named speaker (the guide's speech by a named party). A day's possessive ("Tuesday's statement") is a time, not an owner."""
    owner = SPEECH_OWNER.search(text, max(0, noun.start - 40), noun.start)
    if owner is None or owner.group("owner").lower() in TIME_WORDS:
        return False
    return not any(a.start < owner.end("owner") and a.end >= owner.end("owner") for a in actors)


def _set_off_before_verb(text: str, noun: TriggerMention, group: list) -> bool:
    """Is the speech noun told before a speech verb of its group but not as its subject ("In speeches before the
    signing ceremony, the ministers said": a comma, quote or bracket between)? Its subject ("the statement said", "An
    accompanying statement specifically warned", "The statement released jointly by 33 factions called on") speaks for
    whoever issued it, and a noun after the verb ('"...," it said in a statement') tells how the speech was made."""
    verbs = [t for t in group if t.tense != "noun" and noun.end <= t.start]
    return bool(verbs) and not any(not SPEECH_BOUNDARY.search(text, noun.end, t.start)
                                   and len(text[noun.end:t.start].split()) <= 8 for t in verbs)


#: "recently resumed peace talks": a holding participle, with "recently", right before a meeting noun.
RECENTLY_HELD = Caseless(r"\brecently\s+(?:held|resumed|restarted|concluded|ended|launched|started|begun)\s+(?:[\w-]+\s+)?$")


def _own_meeting(text: str, clause: tuple[int, int], trig: TriggerMention, rules: EventRules) -> bool:
    """Is the meeting noun ``trig`` told with its own holding participle, right after it ("the summit slated for mid
    November") or with "recently" right before it ("recently resumed peace talks"): a meeting of its own?"""
    return trig.tense == "noun" and (rules.told_after.match(text, trig.end) is not None
                                     or RECENTLY_HELD.search(text, max(clause[0], trig.start - 40), trig.start) is not None)


def _participle_after(text: str, position: int, rules: EventRules) -> bool:
    """ "the sanctions imposed on Iraq", "the deal clinched on Tuesday": a past participle of making or holding right
    after a meeting, deal or sanctions noun tells it made (not "talks begin", nor "talks resume")."""
    found = rules.told_after.match(text, position)
    return found is not None and found.group().strip().lower().endswith(PAST_FORMS)


PAST_FORMS = ("ed", "held", "met", "struck", "broke")
# After a fighting verb: an infinitive of purpose ("fighting to keep", not "fighting to the north") or a bare "it".
STRUGGLE_OBJECT = re.compile(r"\s+(?:to\s+(?!(?:the|a|an|death|his|her|their|its|this|that|these|those)\b)[a-z]+\b|it\b(?!\s+out\b))")
QUOTED_WORDS = 4  # at most this many words between the quotation marks: a phrase quoted, not a speaker's words


def quoted_phrase(text: str, sentence: Sentence, position: int) -> bool:
    """Is the quotation around ``position`` a short phrase the report quotes ('the government "approved the agreement"
    brokered between US and Russia'), not a speaker's own words?"""
    opened = max(text.rfind('"', sentence.start, position), text.rfind("“", sentence.start, position))
    closers = [i for i in (text.find('"', position, sentence.end), text.find("”", position, sentence.end)) if i >= 0]
    return opened >= 0 and bool(closers) and len(text[opened + 1:min(closers)].split()) <= QUOTED_WORDS


@lru_cache(maxsize=8)
def _side_by_side_rule(dictionaries: Dictionaries) -> Caseless:
    """cues.toml [clauses] side_by_side as the end of the text before a violent trigger: the word with no comma before it,
    then at most three words."""
    words = "|".join(re.escape(w) for w in dictionaries.cues.get("clauses", {}).get("side_by_side", ()))
    return Caseless(rf"(?<![,;])\s+(?:{words})\s+(?:(?:[\w-]+\s+){{0,3}}?|{DEATHS_BY_MEANS})$" if words else r"(?!)")


#: The dead told right after the subordinator, then the means that killed them ("... killing one woman while one child
#: was killed by a sniper's gunfire in another street"): the means is the second happening's own word, told after its
#: deaths; at most five words for the dead, at most three before the means (the second happening's kind still decides).
DEATHS_BY_MEANS = (r"(?:[\w-]+\s+){0,5}?(?:was|were|had\s+been|have\s+been)\s+(?:also\s+)?(?:killed|injured|wounded)"
                   r"\s+(?:by|in)\s+(?:[\w'’-]+\s+){0,3}?")
#: How far before a violent trigger its subordinator may stand: three words, or the dead and the means' first words.
SIDE_BY_SIDE_REACH = 120


def _side_by_side(text: str, s_clauses: list[tuple[int, int]], s_triggers: list, dictionaries: Dictionaries) -> list[tuple[int, int]]:
    """The clauses of a sentence, each cut before a comma-less "as" or "while" (cues.toml [clauses] side_by_side)
    that opens a violent happening of another family than the one told just before it and not told again after it, each
    told by a word of its own kind (deaths, "the attack" may belong to either: "killed 15 while 30 more were wounded" is
    one happening): "Air strikes ... killed at least 85 civilians on Tuesday as intense fighting was underway between the
    militants and U.S-backed fighters" tells the strikes and the fighting, two events."""
    types, generic, rule = dictionaries.types, dictionaries.generic_words, _side_by_side_rule(dictionaries)
    named_again = dictionaries.cues.get("clauses", {}).get("side_by_side_named_again", ())
    result = []
    for start, end in s_clauses:
        kinds = [(t, family(t.type)) for t in s_triggers if start <= t.start < end and types[t.type].violent
                 and t.type != "casualties" and t.text.lower() not in generic]
        last = ""
        for position, (t, kind) in enumerate(kinds):
            # The first kind told again after the subordinator ("Warplanes pound Idlib as battles rage in Aleppo ... came
            # under heavy bombardment"): no two happenings side by side, one clause as before.
            if last and kind != last and all(k != last for _, k in kinds[position + 1:]):
                cut = rule.search(text, max(start, t.start - SIDE_BY_SIDE_REACH), t.start)
                if (cut is not None and any(words in cut.group().lower() for words in named_again)
                        and sum(k == last for _, k in kinds[:position]) < 2):
                    # "followed by" parts what follows from violence named again only ("the car bomb detonated ... the
                    # blast was followed by rocket fire"): "the liberation of Idlib ... was followed by escalated
                    # bombardment" names the bombardment's occasion, one telling.
                    cut = None
                if cut is not None:
                    result.append((start, cut.start()))
                    start = cut.start()
            last = kind
        result.append((start, end))
    return result


@lru_cache(maxsize=4)
def _opposed_sides_rule(dictionaries: Dictionaries) -> re.Pattern:
    """cues.toml [clauses] opposed_sides with no comma before it, then maybe "the": the words that open a second side's act."""
    words = dictionaries.cues.get("clauses", {}).get("opposed_sides", ())
    return re.compile(rf"(?<![,;])\s+(?:{alternation(words)})\s+(?:the\s+)?$" if words else r"(?!)", re.IGNORECASE)


#: At most two words between a side and its act: the second side and its verb, the first side and its violent word
#: ("government aerial assault", "Russian jets struck").
SIDE_ACT_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}$")


def _sides(mention: ActorMention) -> set[str]:
    return {side for side in (mention.name, mention.acts_for) if side}


def _opposed_sides(text: str, s_clauses: list[tuple[int, int]], s_triggers: list, s_actors: list,
                   dictionaries: Dictionaries) -> list[tuple[int, int]]:
    """The clauses of a sentence, each cut before a comma-less "while", "whereas" or "as" (cues.toml [clauses]
    opposed_sides) that opens another side's act: a party named right after the word, then within two words a violent
    verb in the past, when the clause's violent word before it is told with a party of its own (over its words or within
    two words before them) with no side in common with the second ("with Russia and the Assad regime bombing ISIS-held
    parts of the city while ISIS bombed regime-held parts", "killed and 15 injured as Syrian regime forces attacked the
    village" after the rebels' capture): the two sides' acts are two happenings (events-guide.md), however alike their
    kinds. Deaths ("killed as terrorists shelled the town") and a first act with no party of its own part nothing: the
    deaths are the second act's, and a party told only by the story may be the same one. Not "after": the act the first
    came after is placed by it, and the story tells it again in its own right ("air strikes ... Thursday after rebels
    fired dozens of mortar rounds at the capital" before "The assault came after rebels fired at least 70 rockets")."""
    types, rule = dictionaries.types, _opposed_sides_rule(dictionaries)
    result = []
    for start, end in s_clauses:
        for verb in [t for t in s_triggers if start < t.start < end and t.tense == "past" and types[t.type].violent]:
            second = next((a for a in s_actors if start < a.start and a.end <= verb.start
                           and SIDE_ACT_GAP.fullmatch(text, a.end, verb.start)), None)
            if second is None:
                continue
            cue = rule.search(text, max(start, second.start - 20), second.start)
            if cue is None:
                continue
            first = [t for t in s_triggers if start <= t.start < cue.start() and types[t.type].violent
                     and t.type != "casualties"]
            if not first:
                continue
            word = first[-1]  # "government aerial assault"; "Russian jets bombing", "regime bombing": in or over its words
            own = [a for a in s_actors if start <= a.start < word.end and a.end <= cue.start()
                   and (a.end > word.start or SIDE_ACT_GAP.fullmatch(text, a.end, word.start))]
            if own and not any(_sides(a) & _sides(second) for a in own):
                result.append((start, cue.start()))
                start = cue.start()
        result.append((start, end))
    return result


@lru_cache(maxsize=4)
def _placed_opening_rule(dictionaries: Dictionaries) -> Caseless:
    """cues.toml [clauses] placed_opening at a clause's opening, at most three of placed_opening_lead before it."""
    clauses = dictionaries.cues.get("clauses", {})
    words, lead = clauses.get("placed_opening", ()), clauses.get("placed_opening_lead", ())
    return Caseless(rf"\W*(?:(?:{alternation(lead)})\s+){{0,3}}(?:{alternation(words)})\s" if words and lead else r"(?!)")


def _placed_opening(text: str, s_clauses: list[tuple[int, int]], s_triggers: list,
                    dictionaries: Dictionaries) -> list[tuple[int, int]]:
    """The clauses of a sentence, one that opens by placing its news after violence with no comma to close the phrase
    (cues.toml [clauses] placed_opening: "Just days after a deadly Assad regime chemical attack a woman was killed ... on
    Saturday") cut after that violent noun when a verb trigger follows it in the clause: the noun is placed by the
    opening, the verb tells the main clause's happening."""
    types, rule = dictionaries.types, _placed_opening_rule(dictionaries)

    def after_the_noun(start: int, end: int) -> int | None:
        opening = rule.match(text, start, end)
        inside = [t for t in s_triggers if start <= t.start < end] if opening is not None else ()
        noun = next((t for t in inside if t.start >= opening.end()), None) if opening is not None else None
        if (noun is not None and noun.tense == "noun" and types[noun.type].violent
                and any(t.start >= noun.end and t.tense != "noun" and types[t.type].violent for t in inside)):
            return noun.end
        return None
    return _cut_each(s_clauses, after_the_noun)


def _cut_each(s_clauses: list[tuple[int, int]], cut_of) -> list[tuple[int, int]]:
    """The clauses, each cut in two where ``cut_of(start, end)`` says (None: the clause stays whole)."""
    result = []
    for start, end in s_clauses:
        at = cut_of(start, end)
        result.extend(((start, end),) if at is None else ((start, at), (at, end)))
    return result


@dataclass
class SentenceClauses:
    """The clauses of one sentence, as the clause cutters (_side_by_side, _placed_opening, _verb_run ...) leave them.

    In: the sentence's clauses, (start, end) in order, before any cutter; then each cutter's result (the same clauses,
    some cut in two) through ``take``, one cutter after another. Out: ``clauses``, cut by every cutter so far, and two
    sets of the clauses the cutters made: ``side``, all of them (each tells a happening beside the sentence's other: it
    takes no toll of the whole sentence), and ``parts``, those that tell a happening of its own, never one sentence's
    event with the other (merge). _side_by_side's clauses are not parts; _opposed_sides' and _verb_run's are kept
    apart by sets of their own."""
    clauses: list[tuple[int, int]]
    side: frozenset[tuple[int, int]] = frozenset()
    parts: frozenset[tuple[int, int]] = frozenset()

    def take(self, cut: list[tuple[int, int]], in_parts: bool = True) -> frozenset[tuple[int, int]]:
        """One cutter's result: the clauses it made (those not among the clauses before it) join ``side``, and
        ``parts`` unless ``in_parts`` is False; ``cut`` becomes the clauses. Returns the clauses made: none, and nothing
        changed, when the cutter cut nothing (a cutter only cuts in two, so a cut gives more clauses)."""
        if len(cut) <= len(self.clauses):
            return frozenset()
        made = frozenset(cut) - frozenset(self.clauses)
        self.side = self.side | made
        if in_parts:
            self.parts = self.parts | made
        self.clauses = cut
        return made


#: How far after the answering phrase the violent noun it names may stand ("in response to the US airstrike").
PLACED_AFTER_WORDS = 4


def _named_again(text: str, start: int, trigger) -> bool:
    """Is the trigger a violent noun named again ("The strikes came in response to a rebel offensive"): a happening
    told before, placed here by what it answered, no answer told here?"""
    return trigger.tense == "noun" and BACK_REFERENCE.search(text, max(start, trigger.start - 50), trigger.start) is not None


@lru_cache(maxsize=4)
def _not_done(dictionaries: Dictionaries) -> Caseless:
    """cues.toml [status] hypothetical and planned words: an answer threatened or planned ("warned that it would launch a
    barrage of missiles at the capital in response to deadly air strikes on Douma") is no happening of its own to part
    from what it answers."""
    status = dictionaries.cues.get("status", {})
    words = (*status.get("hypothetical", ()), *status.get("planned", ()))
    return Caseless(rf"\b(?:{alternation(words)})\b" if words else r"(?!)")


def _placed_after(text: str, s_clauses: list[tuple[int, int]], s_triggers: list,
                  dictionaries: Dictionaries) -> list[tuple[int, int]]:
    """The clauses of a sentence, one that tells violence and then what it answers with no comma before the phrase
    (cues.toml [clauses] placed_after: "Iran launched missiles targeting US troops in response to the US airstrike that
    killed Soleimani", "Militants fired rockets at Sderot in retaliation for an Israeli raid") cut before that phrase when
    a violent noun follows it within PLACED_AFTER_WORDS words: the clause's own violence is its happening, dated by its
    own words and typed by them; the noun names the happening answered, an earlier one by another party. The anchoring
    phrase already keeps the noun from the sentence's time (cues.toml [anchors] before_trigger). Not when the answer
    is only named again ("The strikes came in response to a rebel offensive") or only threatened or planned."""
    types, rule = dictionaries.types, answering_phrase(dictionaries)
    words = dictionaries.cues.get("clauses", {}).get("placed_after", ())
    if not words:
        return list(s_clauses)
    unsure = _not_done(dictionaries)

    def before_the_answer(start: int, end: int) -> int | None:
        inside = [t for t in s_triggers if start <= t.start < end and types[t.type].violent]
        for noun in inside:
            if noun.tense != "noun" or not any(t.end <= noun.start and t.type != "casualties" for t in inside):
                continue
            low = max(start, noun.start - 60)
            for found in rule.finditer(text, low, noun.start):
                if (found.start() > start and len(text[found.end():noun.start].split()) <= PLACED_AFTER_WORDS
                        and not any(found.start() <= t.start < noun.start for t in inside)
                        and any(t.end <= found.start() and t.type != "casualties" and not _named_again(text, start, t)
                                for t in inside)
                        and not unsure.search(text, start, found.start())):
                    return found.start()
        return None
    return _cut_each(s_clauses, before_the_answer)


#: A verb told as not done, or to be done ("a day after the ministry said it would halt fire"): no act to place.
UNDONE_BEFORE = Caseless(r"\b(?:would|will|could|may|might|to|not|never)\s+(?:[\w-]+\s+)?$")


def _placed_days_after(text: str, s_clauses: list[tuple[int, int]], s_triggers: list,
                       dictionaries: Dictionaries, placed: dict[int, int]) -> list[tuple[int, int]]:
    """The clauses of a sentence, one that tells violence and then, with no comma, a count of days or weeks "after"
    another violent act told by its verb (`dating.DAY_APART`: "The bullet-riddled bodies of the three were found on
    Friday two days after suspected militants kidnapped them", "carried out renewed barrel bomb attacks ... a day after
    bombardments killed at least 24 people") cut before the count: the act so placed is another happening, days before
    the first, which day_apart dates from the clause's day; one clause, it was folded into the first telling's event
    (one event per clause). Only a verb after the count: a noun so placed ("two days after the attack") names a happening
    told before; a noun naming the attackers may stand between ("two days after gunmen abducted them", cues.toml
    [events] agent_nouns). Not without violence of its own before the count (deaths alone may be the placed act's), nor when that
    violence is only named again as the subject of a verb that places it (``placed``, _placed_by_verb: "The attack came
    one day after the group kidnapped eight militants"): what it is placed by is then the story's background, told in
    its own right elsewhere."""
    types, attackers = dictionaries.types, _event_rules(dictionaries).agent_nouns

    def before_the_count(start: int, end: int) -> int | None:
        inside = [t for t in s_triggers if start <= t.start < end and types[t.type].violent]
        for verb in inside:
            if verb.tense == "noun":
                continue
            found = dating.DAY_APART.search(text, max(start, verb.start - 90), verb.start)
            if (found is not None and found.start() > start and "after" in (found.group("dir") or found.group("wdir") or "").lower()
                    and not any(found.start() <= t.start < verb.start and t.text.lower() not in attackers for t in inside)
                    and any(t.end <= found.start() and t.type != "casualties" and t.start not in placed for t in inside)
                    and not UNDONE_BEFORE.search(text, max(found.start(), verb.start - 30), verb.start)):
                return found.start()
        return None
    return _cut_each(s_clauses, before_the_count)


@lru_cache(maxsize=4)
def _placed_by_verb_rule(dictionaries: Dictionaries) -> Caseless:
    """cues.toml [clauses] placed_by_verb right after a violent noun, then at most three words (how long: "a day") and
    one of placed_by_words."""
    clauses = dictionaries.cues.get("clauses", {})
    verbs, words = clauses.get("placed_by_verb", ()), clauses.get("placed_by_words", ())
    return Caseless(rf"\s+(?:{alternation(verbs)})(?=\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(words)})\s)"
                    if verbs and words else r"(?!)")


def _placed_by_verb(text: str, s_clauses: list[tuple[int, int]], s_triggers: list,
                    dictionaries: Dictionaries) -> dict[int, int]:
    """Violent nouns named again (a determiner or possessive before them, BACK_REFERENCE, at most four words into their
    clause) as the subject of a verb that places them in time (cues.toml [clauses] placed_by_verb: "Mondays twin
    bombings came as IS fighters press their assault on ... Kobane"): trigger start -> the end of that verb. What follows
    the verb tells the other happening the noun is placed by; its place is not the noun's. Not deaths ("The latest civilian
    deaths come as ..." counts victims, no happening named)."""
    types, rule = dictionaries.types, _placed_by_verb_rule(dictionaries)
    result = {}
    for start, end in s_clauses:
        noun = next((t for t in s_triggers if start <= t.start < end), None)
        verb = rule.match(text, noun.end, end) if noun is not None else None
        if (verb is not None and noun.tense == "noun" and types[noun.type].violent and noun.type != "casualties"
                and len(text[start:noun.start].split()) <= 4 and BACK_REFERENCE.search(text, start, noun.start)):
            result[noun.start] = verb.end()
    return result


def _placed_by_ground_taken(s_clauses: list[tuple[int, int]], s_triggers: list, dictionaries: Dictionaries,
                            placed: dict[int, int]) -> list[tuple[int, int]]:
    """The clauses of a sentence, one whose violent noun is named again as the subject of a placing verb (``placed``,
    _placed_by_verb: "Wednesdays explosion came as ...", "The chemical raids come as ...") cut at the verb's end when
    the words after it tell a ground offensive of its own, by a verb or one of the type's patterns ("U.S.-backed Kurdish
    forces pressed ahead with their offensive to take the Daesh-held town of Manbij", "the Syrian army is making progress
    in operations to retake Aleppo", "the faction said it had begun a new offensive to liberate Zahra"): that offensive
    is the other happening the noun is placed by, and one clause made it one event with the noun's strike or blast (one
    violent event a clause, the strike's priority over ground fighting's). A bare noun ("comes as government forces are
    on the offensive", "came as IS fighters press their assault on Kobane") is left in the clause: the dev gold lists
    neither (a state of a side, or an offensive told in its own right elsewhere); nor is violence of another kind cut here."""
    if not placed:
        return list(s_clauses)  # no noun placed by a verb (most sentences): every clause whole, as _cut_each leaves it

    def after_the_verb(start: int, end: int) -> int | None:
        for noun in s_triggers:
            if start <= noun.start < end and noun.start in placed and noun.type != CAPTURE_TYPE:
                verb_end = placed[noun.start]
                if any(verb_end <= t.start < end and t.type == CAPTURE_TYPE and t.tense != "noun" for t in s_triggers):
                    return verb_end
        return None
    return _cut_each(s_clauses, after_the_verb)


# "nearly 2000 air raids against ISIS ... including four strikes in Kobane on Tuesday", "heavy bombardment of areas in Idlib
# province in recent weeks including air strikes that killed at least 23 people last month": many strikes and one of them.
INCLUDING = re.compile(r"\bincluding\s+(?:(?!(?:in|on|at|of|by|from|with)\s)[\w-]+\s+){0,2}$", re.IGNORECASE)
MANY = re.compile(r"(?:s|bombardment|bombing|shelling)$", re.IGNORECASE)


def _including(text: str, s_clauses: list[tuple[int, int]], s_triggers: list, dictionaries: Dictionaries) -> list[tuple[int, int]]:
    """The clauses of a sentence, each cut before "including" that names, by a violent word of the same family, a part of
    violence told as many just before it (strikes in the plural or a mass noun): the series and the strike it includes
    are two happenings (events-guide.md: an air campaign and a strike told apart)."""
    types, generic = dictionaries.types, dictionaries.generic_words
    result = []
    for start, end in s_clauses:
        kinds = [t for t in s_triggers if start <= t.start < end and types[t.type].violent
                 and t.type != "casualties" and t.text.lower() not in generic]
        for position, after in enumerate(kinds):
            before = next((t for t in reversed(kinds[:position]) if family(t.type) == family(after.type)), None)
            if before is None or before.tense != "noun" or after.tense != "noun" or not MANY.search(before.text):
                continue
            cut = INCLUDING.search(text, max(start, after.start - 40), after.start)
            if cut is not None and cut.start() > before.end:
                result.append((start, cut.start()))
                start = cut.start()
        result.append((start, end))
    return result


def _nth_day_cut(text: str, s_clauses: list[tuple[int, int]], s_triggers: list, timexes: Sorted,
                 dictionaries: Dictionaries) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The clauses of a sentence, each cut before "the Nth day of" (N of two or more, ``dating.NTH_DAY``) right before a
    violent word when violence and the day it fell on are told before it in the clause: "Turkish shelling and air strikes
    killed at least 20 civilians on Sunday the fifth day of an incursion" tells the day's strikes and the incursion, which
    began four days before (dated so by ``_nth_day``): two happenings, as the guide's air campaign and a strike told
    apart. With no day told ("Rebels fought on the fifth day of an offensive") nothing parts them in time: one telling.
    Also the new types, by trigger start, of bare bomb words so cut off ([generic] munitions: "Air strikes pounded
    eastern Aleppo on Wednesday in a second day of renewed bombing"): the strikes' kind, whose weapon they name."""
    types = dictionaries.types
    result = []
    weapons: dict[int, str] = {}
    for start, end in s_clauses:
        violent = [t for t in s_triggers if start <= t.start < end and types[t.type].violent]
        for position, after in enumerate(violent):
            if not position:
                continue
            found = dating.nth_day_before(text, after.start, max(start, after.start - 60))
            if found is None or dating.nth_of(found) < 2 or found.start() <= violent[position - 1].end:
                continue
            if not any(t.type == "DATE" and t.granularity == "day" for t in timexes.within(start, found.start())):
                continue
            strike = next((t for t in reversed(violent[:position]) if t.type in dictionaries.munitions_of and t.tense == "noun"), None)
            if strike is not None and after.type not in dictionaries.munitions_of and after.text.lower() in dictionaries.munitions:
                weapons[after.start] = strike.type
            result.append((start, found.start()))
            start = found.start()
        result.append((start, end))
    return result, weapons


# Between two verbs of a run: the first verb's own object and place ("two more citizens in al-Hessan village"), then at
# most "and" before the next verb; no subordinator, comma or other verb between.
RUN_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:in|at|on|near)\s+(?:[\w'’-]+\s+){1,4}?(?:and\s+)?$", re.IGNORECASE)
# Deaths are the toll; ground taken and fighting told by a run of verbs ("advanced in the countryside and regained Trax
# hill") are one operation's steps.
RUN_FREE_TYPES = frozenset({"casualties", "ground_offensive", "clashes"})
RUN_STOP = re.compile(r"[,;:]|\b(?:after|before|when|as|while|which|who|that|to|by|during|following|since|then)\b", re.IGNORECASE)


def _verb_run(text: str, s_clauses: list[tuple[int, int]], s_triggers: list,
              dictionaries: Dictionaries) -> tuple[list[tuple[int, int]], dict[tuple[int, int], int]]:
    """The clauses of a sentence, each cut before a past violent verb that follows another past violent verb of its
    clause told with its own object and place ("ISIL terrorists killed and crucified two more citizens in al-Hessan village
    executed two others in Mouhessen town and assassinated lawyer Dawood al-Shaher": three happenings, each its victims
    and place). Verbs joined directly ("killed and crucified two citizens") tell one happening; deaths and generic words
    ("killed") are the toll, never a happening of their own here. Also: each clause of a run -> where the run's first
    verb starts (its subject is told before it)."""
    types, generic = dictionaries.types, dictionaries.generic_words
    result = []
    heads: dict[tuple[int, int], int] = {}
    for start, end in s_clauses:
        verbs = [t for t in s_triggers if start <= t.start < end and types[t.type].violent and t.tense == "past"
                 and t.type not in RUN_FREE_TYPES and t.text.lower() not in generic
                 and not ARTICLE_BEFORE.search(text, max(start, t.start - 5), t.start)]  # "the besieged town": an adjective
        pieces, head = [], None
        for before, t in zip(verbs, verbs[1:]):
            gap = text[before.end:t.start]
            if RUN_STOP.search(gap) or RUN_GAP.fullmatch(" " + gap) is None:
                continue
            cut = t.start - (len(gap) - len(gap.rstrip())) if not gap.rstrip().lower().endswith(" and") else \
                before.end + gap.lower().rstrip().rfind(" and")
            head = verbs[0].start if head is None else head
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
        if head is not None:
            heads.update(dict.fromkeys(pieces, head))
        result.extend(pieces)
    return result, heads


def _days_before(text: str, timexes: Sorted, after: int, clause: tuple[int, int], published: date | None) -> bool:
    """Does a day or week told after ``after`` in the clause end two days or more before the report's day ("condemned
    weekend air raids" in a Tuesday report, "Iraq's invasion of Kuwait on Aug. 2" in an August 15 one)? The report's day
    and the day before are the speech's own ("Estrada on Tuesday condemned the bombings", "the Council condemned the
    bombing ... on Thursday"), and so is a day before the object's determiner ("deplored Friday the bomb blasts"). The
    clause is cut at the next event word ("welcomed a joint air campaign ..., its foreign ministry said on Tuesday")."""
    if published is None:
        return False
    return any(t.granularity in ("day", "week") and t.interval is not None and (published - t.interval.last).days >= 2
               and not OBJECT_AFTER.match(text, t.end) for t in timexes.within(after, clause[1]))


def _dated_before(timexes: Sorted, after: int, end: int, published: date | None) -> bool:
    """Does a time told after ``after`` up to ``end`` (a day, week, month or year) end two days or more before the report's
    day ("the genocide ... nearly four years ago", "who shot down ... plane on April 6, 1994")?"""
    return published is not None and any(t.interval is not None and (published - t.interval.last).days >= 2
                                         for t in timexes.within(after, end))


OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|two|three|several)\b", re.IGNORECASE)


def _without_references(text: str, folded: str, sentence: Sentence, candidates: list, rules: EventRules) -> list:
    """Drop agreement / proposal nouns that refer back ("the agreement between ...", "That pledge", "Russia's proposal") or that a
    statement of the sentence is about, unless the sentence tells one being made (cues.toml [events])."""
    if not rules.reference_types or not any(t.type in rules.reference_types for _, t, _ in candidates):
        return candidates
    speech = any(t.type in status_rules.SPEECH_TYPES for _, t, _ in candidates)
    nouns = [t for _, t, group in candidates if t.type in rules.reference_types for t in group if t.tense == "noun"]
    # "welcomed the latest agreement reached between Israel and the PNA": a participle after a determined noun names
    # the deal told before, it does not tell one being made.
    # "a test of that agreement, under which Iraq agreed to give inspectors full access": what a relative clause of a
    # determined noun tells is that deal's terms.
    described = [(t.end, sentence.end) for t in nouns if DEFINITE.search(text, max(sentence.start, t.start - 25), t.start)
                 and TERMS_OF.match(text, t.end)]
    if not nouns:
        made = rules.made_by.search(folded, sentence.start, sentence.end) is not None
    else:
        made = any(not any(t.end <= m.start() and not text[t.end:m.start()].strip()
                           and DEFINITE.search(text, max(sentence.start, t.start - 25), t.start) for t in nouns)
                   and not any(s <= m.start() < e for s, e in described)
                   for m in rules.made_by.finditer(folded, sentence.start, sentence.end))
    kept = []
    for clause, trig, group in candidates:
        if trig.type in rules.reference_types and not made and all(
                t.tense == "noun" or any(s <= t.start < e for s, e in described) for t in group) and (
                speech or described or DEFINITE.search(text, max(clause[0], trig.start - 25), trig.start)
                or POSSESSIVE.search(text, max(clause[0], trig.start - 25), trig.start)):
            continue
        kept.append((clause, trig, group))
    return kept


def _subordinate_captures(folded: str, spans: list[tuple[int, int]], s_triggers: list, s_actors: list, types,
                          event_rules, senses: Gated | None = None) -> tuple[list[tuple[int, int]], tuple[tuple[int, int], ...]]:
    """Clauses with a capture told in a subordinate or relative clause after another violent word cut before it
    (cues.toml [events] subordinate_capture): each clause tells one violent event, and the capture is another. Also
    returns the subordinate clauses cut off, whose time expressions date the capture only. A capture word in another
    sense of its type (``senses``: "killed since the rebels launched their separatist campaign", the war's start) is
    none: its clause stays whole, and the period's toll with it."""
    cuts = []
    for trig in s_triggers:
        if trig.type != CAPTURE_TYPE or trig.tense == "noun" or senses is not None and _other_sense(folded, trig, senses):
            continue
        clause = next((c for c in spans if c[0] <= trig.start < c[1]), None)
        if clause is None:
            continue
        lead = event_rules.subordinate_capture.search(folded, max(clause[0], trig.start - 90), trig.start)
        if lead is None or lead.start() <= clause[0]:
            continue
        if not (event_rules.since_when.match(folded, lead.start(), trig.start) or any(clause[0] <= t.start < lead.start() and types[t.type].violent
                                                              for t in s_triggers)):
            continue
        if any(lead.start() <= t.start < trig.start for t in s_triggers) or event_rules.lasting.search(folded, lead.end("lead"), trig.start):
            continue  # another happening in between; "which IS has besieged for months", "where forces are advancing": a state
        # Its own subject ("since rebels seized", "which Turkish-led forces captured"), a passive ("a week after the town
        # was recaptured") or "fell to" naming the captor after the verb; a pronoun subject ("killed 270 soldiers when
        # they captured a gas field") is the main clause's party telling on one happening.
        # A force named by a common noun is a subject of its own too ("which Turkish-led forces captured on the first
        # day of the incursion", "where its forces captured several hilltops").
        if trig.tense == "pattern" or event_rules.passive_before.search(folded, lead.start(), trig.start) or any(
                lead.end("lead") <= a.start and a.end <= trig.start for a in s_actors) or event_rules.capture_forces.search(
                folded, lead.end("lead"), trig.start):
            cuts.append(lead.start())
    if not cuts:
        return spans, ()
    result, subordinate = [], []
    for start, end in spans:
        for cut in sorted(c for c in cuts if start < c < end):
            result.append((start, cut))
            subordinate.append((cut, end))
            start = cut
        result.append((start, end))
    return result, tuple(subordinate)


#: Meeting words that name the parties' own institutions, never private people's: talks, summits, conferences, rounds.
PARTIES_OWN_MEETING = re.compile(r"talk|negotiat|summit|conference|meeting|round", re.IGNORECASE)
# A capitalised name right before a word, maybe with two lower-case words between ("Spitzer called for", "McCaw
# continued to call for"), not a sentence's opening article or pronoun.
MAKER_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|This|That|These|Those|It|Its|They|Their|He|His|She|Her|We|Our|In|On|At|But|And)\b)"
                          r"[A-Z][\w'’-]*(?:\s+[a-z]+){0,2}\s+$")


def _maker_named(event: Event) -> bool:
    """Is a name the dictionaries do not know told right before the proposal's word?"""
    at = event.trigger_at
    return at > 0 and MAKER_BEFORE.search(event.evidence, max(0, at - 60), at) is not None


def _pronoun_subject(text: str, sentences: list[Sentence], index: int, s_triggers: list, s_actors: list, actors: Sorted,
                     sides: frozenset[str], dictionaries: Dictionaries):
    """The party a sentence's opening pronoun stands for, as a mention at the pronoun ("He" -> Saddam Hussein), or None:
    the first person (he, she) or state or body (it) named in the sentence before, when it opens that sentence (its
    subject) and no name comes before this sentence's first event word. "He" or "she" needs that person to be the only
    one the sentence before names: "Albright has invited Geremek to visit. He will then travel" is Geremek's travel,
    "Howard said Queen Elizabeth II is taking an interest. She is following it" the queen's."""
    opening = PRONOUN_SUBJECT.match(text, sentences[index].start)
    if opening is None and index > 0 and not (s_actors and s_actors[0].start < s_triggers[0].start):
        return _group_subject(text, sentences, index, s_triggers, actors, sides, dictionaries)
    if opening is None or index == 0 or (s_actors and s_actors[0].start < s_triggers[0].start):
        return None
    if s_triggers[0].start - opening.end() > 20:
        return None
    said = "pronoun" if opening.group("pronoun") else "low"
    kinds = PRONOUN_KINDS[opening.group(said).capitalize()]
    before = sentences[index - 1]
    candidates = [a for a in actors.within(before.start, before.end) if a.kind in kinds]
    named = candidates[0] if candidates else None
    if kinds == ("person",) and len({a.name for a in candidates}) > 1:
        return None  # two people named: nothing here says which one a pronoun means
    if named is None or not SUBJECT_LEAD.fullmatch(text, before.start, named.start):
        return None  # "A resolution, co-sponsored by Kenya, ... It strongly condemns": "it" is the resolution
    return replace(named, text=opening.group(said), start=opening.start(said), end=opening.end(said), role="")


def _inner_pronoun(text: str, sentence: Sentence, s_triggers: list, s_actors: list) -> list:
    """Mentions at an "it" / "they" that opens a joined clause (INNER_PRONOUN), each standing for the party the
    sentence opens with (its subject: the first name, after a few words and no comma), when an event word of the
    sentence is the pronoun's own verb (it starts within 20 characters after it). "North of the capital the army
    backed by its Lebanese ally Hezbollah shelled Flita as it prepared an offensive": the offensive is the army's, not
    Hezbollah's, the name nearest before the pronoun."""
    if not s_actors or not INNER_SUBJECT_LEAD.fullmatch(text, sentence.start, s_actors[0].start):
        return []  # "Gunmen attacked the police station when they ...": a name after a verb is its object, no subject
    subject = s_actors[0]
    found = []
    for match in INNER_PRONOUN.finditer(text, subject.end, sentence.end):
        said = match.group("pronoun")
        if subject.kind not in INNER_PRONOUN_KINDS[said] or not any(0 <= t.start - match.end() <= 20 for t in s_triggers):
            continue
        if said == "they" and not subject.text.endswith("s"):
            continue  # "ISIL has threatened to kill more FSA members ... after they rejected": "they" wants a plural name
        found.append(replace(subject, text=said, start=match.start("pronoun"), end=match.end("pronoun"), role=""))
    return found


def _group_subject(text: str, sentences: list[Sentence], index: int, s_triggers: list, actors: Sorted, sides: frozenset[str],
                   dictionaries: Dictionaries):
    """ "The group has carried out such barrages before including on January 25 when it fired dozens of rockets", told
    after "Rebel group Jaysh al-Islam warned two days ago that it would launch a barrage": the named armed group told
    last in the GROUP_REACH sentences before, as a mention at "The group", or None. A side's generic word ("rebels")
    names no group; a monitor, outlet or other body named after it may be the group meant, and then none is."""
    opening = GROUP_SUBJECT.match(text, sentences[index].start)
    if opening is None or s_triggers[0].start - opening.end() > GROUP_TRIGGER_REACH:
        return None
    begin = sentences[max(0, index - GROUP_REACH)].start
    named = [a for a in actors.within(begin, sentences[index].start) if a.kind in GROUP_KINDS and a.name not in sides]
    if not named or named[-1].kind != "armed group" or not named[-1].known or not _by_its_name(named[-1], dictionaries):
        return None  # "Kobani's Kurdish defenders and the jihadists ... The group also said": a description, no name
    return replace(named[-1], text=text[opening.start():opening.end()].strip(), start=opening.start() + len(
        opening.group(0)) - len(opening.group(0).lstrip()), end=opening.end(), role="")


def _by_its_name(mention: ActorMention, dictionaries: Dictionaries) -> bool:
    """Is the mention written as one of its actor's names ("Jaysh al-Islam"), not a label or a description?"""
    entry = dictionaries.actor_by_name.get(mention.name)
    return entry is not None and any(" ".join(alias.lower().split()) == mention.written for alias in (entry.name, *entry.aliases))


def _with_antecedent(text: str, clause: tuple[int, int], trigger: TriggerMention, own: list, sentence_actors: list) -> list:
    """The actors of a clause, with the names before it that are its subject: a list of names cut at its last ", and"
    ("China, Iran, and Russia have pledged funds") is one subject; a clause opened by "who" / "which" is about the
    name right before it ("The British and Irish governments, which cosponsor the talks"). When the trigger follows the
    relative clause ("The Islamic State, which is linked to the Abu Sayyaf Group, subsequently claimed responsibility",
    "Annan, who arrived late Monday, made the remarks"), that name is the main clause's subject and the relative
    clause's names are not its actors."""
    before = [a for a in sentence_actors if a.end <= clause[0]]
    listed = LIST_END.match(text, clause[0], clause[1])
    if listed is not None and own and own[0].start == listed.end() and before and LIST_GAP.fullmatch(text, before[-1].end, clause[0]):
        return _run(text, before, LIST_GAP) + own
    opened = RELATIVE.match(text, clause[0], clause[1])
    if opened is None or not before or not (ANTECEDENT_GAP.fullmatch(text, before[-1].end, clause[0]) or (
            opened.group(0)[:1] in "Ww" and ORIGIN_GAP.fullmatch(text, before[-1].end, clause[0]))):
        return own
    antecedent = _run(text, before, PARTY_GAP)  # "The British and Irish governments": the whole coordinated name
    if LOCATIVE_BEFORE.search(text, max(0, antecedent[0].start - 20), antecedent[0].start):
        return own  # "the bombings at U.S. embassies in Kenya and Tanzania, which have killed": not what "which" is
    closed = opened.group(1) is not None and opened.end() <= trigger.start
    own = [a for a in own if not closed or a.start >= opened.end()]
    if any(a.end <= trigger.start for a in own):
        return own  # the clause names its own subject ("who called on the U.S. to suspend airstrikes")
    return antecedent + own


def _participle_subject(s_clauses: list[tuple[int, int]], clause: tuple[int, int], s_actors: list, c_actors: list) -> list:
    """The actors of a clause opened by a speech participle, led by the subject of the clause before it: in "Iraq's
    deputy foreign minister responded from Baghdad, saying Washington would break international law" Iraq says it,
    though the participle's own clause names only Washington."""
    previous = next((c for c in reversed(s_clauses) if c[1] <= clause[0]), None)
    subject = next((a for a in s_actors if previous is not None and previous[0] <= a.start < previous[1]), None)
    if subject is None or any(a.name == subject.name for a in c_actors):
        return c_actors
    return [subject, *c_actors]


def _run(text: str, before: list, gap: re.Pattern) -> list:
    """The last of ``before`` with the names joined to it by ``gap`` (a comma, "and") before it."""
    run = [before[-1]]
    for left in reversed(before[:-1]):
        if not gap.fullmatch(text, left.end, run[0].start):
            break
        run.insert(0, left)
    return run


TERMS_OF = re.compile(r",?\s+(?:under|by|in|through)\s+which\b", re.IGNORECASE)
LIST_END = re.compile(r"(?:and|or)\s+(?:the\s+)?", re.IGNORECASE)
LIST_GAP = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)
# "which is linked to the Abu Sayyaf Group, " (group 1: the comma that closes it, when one does in the clause)
RELATIVE = re.compile(r"(?:who|which)\b[^,;]*(,\s*)?", re.IGNORECASE)
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside|into|across|around|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
ANTECEDENT_GAP = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*,\s*")
# "Khmer Rouge guerrillas from Anlong Veng, who have formed an alliance": where the people come from stands between
# them and their "who" (a place is no "who").
ORIGIN_GAP = re.compile(r"\s+from\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*\s*,\s*")
CONTENT_OF = status_rules.SPEECH_TYPES | {"proposal"}
SEIZED = "weapons_seized"
AGENT_NOUN_TYPE = "attack_on_civilians"  # the type of the trigger nouns that name attackers (cues.toml agent_nouns)
PROTESTERS = frozenset({"protesters", "demonstrators"})
# A coordinate clause of contrast, with its own subject and time; not "all but one of the villages" nor "but just
# minutes apart" (cues.toml [clauses] phrase_contrast: one clause's two phrases). The word opens the regex, what comes
# before it read by look-behinds, so that the engine skips ahead to each "but".
CONTRAST = Caseless(r"but(?<!\wbut)(?<!all but)(?<!nothing but)(?<!anything but)(?<!last but)\s+"
                    r"(?!(?:also|one|just|only|not|barely|nearly|almost|merely|still)\b)")
NAMED_TYPES = frozenset({"diplomatic_meeting", "agreement", "ceasefire", "sanctions"})
# Deals, truces and sanctions that a call or offer asks for are its content (events-guide.md: a proposal), never made
# or in force themselves; a meeting asked for has its own rules (CALLED_OBJECT, INFINITIVE).
ASKED_FOR_TYPES = frozenset({"agreement", "ceasefire", "sanctions"})
APPEALS = frozenset({"appeal", "appeals"})  # the statement nouns a court word makes a lawsuit's step
# What a company does too: a meeting, an offer or a deal (cues.toml [events] commerce tells the business one).
BUSINESS_SENSE_TYPES = frozenset({"diplomatic_meeting", "proposal", "agreement"})


@lru_cache(maxsize=8)
def _violence_named(dictionaries) -> re.Pattern | None:
    patterns = dictionaries.cues.get("responsibility", {}).get("violence_named", ())
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def _placed_by_the_violence_named(settled: list[tuple[int, Event]], dictionaries) -> list[tuple[int, Event]]:
    """ "The United States accused Damascus of that attack", "Damascus denied responsibility", "The Taliban have claimed
    responsibility": words that name violence told before (cues.toml [responsibility] violence_named), with no place
    of their own, are about that happening, and the guide places them where it was: the place of the nearest violent
    event told before them."""
    named = _violence_named(dictionaries)
    if named is None:
        return settled
    placed = []
    for i, e in settled:
        if e.location is None and e.type in status_rules.SPEECH_TYPES and named.search(e.evidence):
            before = [o for _, o in settled if o.evidence_start <= e.evidence_start and o is not e
                      and dictionaries.types[o.type].violent and o.location is not None]
            if before:
                e = replace(e, location=max(before, key=lambda o: o.evidence_start).location)
        placed.append((i, e))
    return placed


# "said here Friday", "who arrived here late Monday": the place the dateline names.
HERE = re.compile(r"\b(?:here|in\s+this\s+capital)\b")


def _places_of_violence_only(text: str, event: Event, places: Sorted, event_rules) -> bool:
    """ "The Cuban government Friday condemned the two bomb explosions near U.S. embassies in Kenya and Tanzania": every
    place the words name is that of the violence they speak of (cues.toml [events] violence_placed), not where they
    were said."""
    own = places.within(event.evidence_start, event.evidence_end)
    if not own or event.location is None:
        return False
    for n, p in enumerate(own):
        # a place listed after one is one too ("in Kenya and Tanzania")
        if not (event_rules.violence_placed.search(text, max(event.evidence_start, p.start - VIOLENCE_PLACED_REACH), p.start)
                or n and PLACE_LIST_GAP.fullmatch(text, own[n - 1].end, p.start)):
            return False
    return True


VIOLENCE_PLACED_REACH = 60  # characters before a place: the violence's own words ("attacks on alleged terrorist sites in")


# Happenings of words and meetings: told with no place, they are the dateline's (_events).
# A meeting a report tells from another capital ("Albright will meet President Moi", filed from Dar es Salaam) is held
# where its parties are: the dateline's only when its state takes part or the text says "here".
HOSTED_TYPES = frozenset({"diplomatic_meeting"})
FILED_TYPES = frozenset({"statement", "accusation", "diplomatic_meeting", "proposal", "agreement", "protest", "ceasefire", "sanctions"})


def _confidence(violent: bool, actors, location, when: EventDate, toll: Fatalities | None, status: str, triggers: int) -> float:
    score = 0.35
    if any(a.role == "agent" for a in actors):
        score += 0.15
    elif actors:
        score += 0.08
    if location is not None:
        score += 0.1
    if when.precision != "none":
        score += 0.1
    if violent and toll is not None:
        score += 0.1
    if triggers > 1:
        score += 0.1
    if status in ("hypothetical", "denied"):
        score -= 0.2
    return round(min(1.0, max(0.05, score)), 2)
