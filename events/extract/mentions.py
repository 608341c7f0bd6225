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
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from events.extract.clean import inside
from events.extract.dictionaries import WordStartPattern
from events.extract.matcher import PhraseMatcher, fold
from events.extract.records import ActorMention, Place, replace
from events.temporal.caseless import Caseless
from events.temporal.ruleset import alternation

# A mention's start, as a sort key: a C-level getter, called once for every mention sorted.
_START = attrgetter("start")

LOCATIVE = Caseless(r"(?:\b(?:in|near|at|inside|outside|into|around|across|outskirts of|town of|city of|province of|countryside of|"
                    r"border with|borders with|border of|banned in|outlawed in|prohibited in|of|capital|from|towards?|suburbs of|"
                    r"held|controlled|besieged|central|eastern|western|northern|southern|rural|downtown|greater)\s+(?:the\s+)?)$")
# "in Kenya and Tanzania", "in Mindanao, Philippines", "the port town of Mokha, Yemen": a country listed after a place
# that a locative word governs is a place too (the comma form only at the end of the phrase: "In Aleppo, Russia said").
LISTED_PLACE = re.compile(r"\b(?:in|near|at|inside|outside|of|across|throughout)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
                          r"[A-Z][\w'’-]*(?:(\s*,\s*)|\s+(?:and|or)\s+)$")
PHRASE_END = re.compile(r"\s*(?:[.,;:)]|$|\s+(?:on|in|at|and|last|this|early|late)\b)")
GROUP_WORDS = r"(?:Forces|Force|Group|Army|Brigades?|Battalions?|Militias?|Front|Movement|Party|Council|Committees?|Division|Regiment|Corps|Units|Guards?|Legion)s?"
UNKNOWN_ACTOR = re.compile(
    r"\b((?:(?:al-|Al-|el-|Liwa\s|Jaish\s|Jabhat\s|Harakat\s|Kataib\s)?[A-Z][\w'’-]+\s+){1,4}" + GROUP_WORDS + r")\Z"
)
GROUP_END = WordStartPattern(r"\b" + GROUP_WORDS + r"\b")
#: An armed group named by an Arabic group noun and its "al-" word with no English group word after it ("Faylaq
#: al-Sham", "Ansar al-Sharia", "Ansar al-Haq"; the gold names such groups as written): an unknown armed group, kept as
#: written as those ending in a group word are. Not a longer capitalised name ("Liwa al-Quds Brigade" is UNKNOWN_ACTOR's)
#: nor a name run into a hyphenated word ("Jabhat al-Nusra-linked").
ARABIC_GROUP_NOUNS = ("Ansar", "Faylaq", "Failaq", "Jaish", "Jaysh", "Liwa", "Harakat", "Kataib", "Kataeb", "Jabhat", "Saraya", "Jund")
ARABIC_GROUP = WordStartPattern(r"\b((?:" + "|".join(ARABIC_GROUP_NOUNS) + r")\s+(?:al|el|Al|El)[-\s][A-Z][\w'’]+)"
                                r"(?![\w'’-])(?!\s+(?:[A-Z]|[a-z]+-))")
GROUP_WORD = re.compile(GROUP_WORDS)
BODY_WORDS = (r"(?:Services|Agency|Organi[sz]ation|Association|Foundation|Society|Institute|Fund|Commission|Mission|Federation|"
              r"Network|Cent(?:er|re)|Watch)")
UNKNOWN_BODY = re.compile(r"\b((?:[A-Z][\w'’-]+\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,5}" + BODY_WORDS + r")\Z")
BODY_END = WordStartPattern(r"\b" + BODY_WORDS + r"\b")
BODY_WORD = re.compile(BODY_WORDS)
DESCRIPTOR_AFTER = Caseless(r"-(?:based|born|made|educated)\b")
# "U.S.-backed fighters", "Turkey-backed rebels", "Iran-backed Lebanese Shia militia": the backer of an armed group
# is not a party to what the group does (a backed deal, embargo or meeting is the backer's own).
BACKER_OF_GROUP = Caseless(r"-(?:backed|supported|trained|armed|funded)\s+(?:[\w-]+\s+){0,3}?(?:fighters|rebels|militants|"
                           r"forces|groups?|alliance|militias?|militiamen|factions?|troops|opposition|kurds|gunmen|insurgents)\b")
APPOSITIVE_LABELS = {"terrorists", "terrorist", "rebels", "rebel", "militants", "gunmen", "insurgents", "jihadists", "jihadist group", "the terrorists",
                     "terrorist groups", "terrorist organizations", "extremists"}
APPOSITION_GAP = re.compile(r"\s*\)?\s*(?:\([^()]{0,60}\))?\s*")
PLACE_NOUN_AFTER = Caseless(r"\s+(?:district|neighbou?rhood|village|town|city|hills?|area|camp|mountains?|quarter|suburb|"
                            r"square|street|road|crossing|airport|base|mosque|hospital|region|valley|farms)\b")
PROPER_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
# "backed by Moscow which stepped up its air strikes", "air strikes from Russia which launched its own air war": a
# state or capital that a relative clause's verb follows is that verb's subject, the government, not a place (scraped
# copy drops the comma before "which"); only after "from" / "by", since "the war in Syria which started" is the war's.
WHICH_DID = re.compile(r",?\s+(?:which|who)\s+(?:(?:has|had|have|also|then)\s+)?[a-z]+ed\b")
FROM_BY = Caseless(r"\b(?:from|by)\s+(?:the\s+)?$")
# "the deal reached by Damascus", "a truce brokered by Moscow": a capital after a past participle's "by" is who did it,
# the government (an irregular participle is left out: "a unit run by Damascus ally Hezbollah" names an ally).
PASSIVE_BY = Caseless(r"\b[a-z]+(?:ed|en)\s+(?:[a-z]+ly\s+)?by\s+$")
PARTISAN = Caseless(r"\b(?:pro|anti)-$")  # "Pro-Damascus media": for or against the government
COORDINATED = Caseless(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?")
LABEL_RUN = 30  # characters: names of one group closer than this are one mention
NOT_ACTOR_START = {"The", "A", "An", "In", "On", "At", "And", "But", "Tags", "Syrian", "Syrias"}


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    rank: int



#: The kind of a place's own governing body (``_local_bodies``).
LOCAL_AUTHORITY = "local authority"
NAME_PARTICLE = r"(?:(?:al|el|de|da|di|du|van|von|der|den|bin|ibn|abu|dos|la|le)[\s-]+)"
#: Bodies a title "of" names before its holder ("President of the Syrian Coalition Anas Alabdah"), with an organisation
#: that is a party's (member of a side, as the Coalition is the opposition's); not states, whose "Director of the U.S.
#: Federal Bureau of Investigation (FBI) Louis Freeh" names a body of the state between them, nor a monitor ("The
#: chairman of the Syrian Network for Human Rights Fadel Abdul Ghani told"), whose people stay that source.
BODY_OF_TITLE = frozenset({"intergovernmental", "coalition"})
TITLE_REACH = 40  # people named before a bare title ("the president") that it may stand for
PARTICLE_START = re.compile(rf"(?-i:{NAME_PARTICLE}|arap\s)")  # a name that may begin in lower case ("al-Assad")
# A person's name after a title: one to five capitalised words, with Arabic and European particles ("Jaap de Hoop
# Scheffer", "Mahmoud al-Zahar") and middle initials ("James A. Baker III").
PERSON_NAME = re.compile(rf"(?-i:{NAME_PARTICLE}?[A-Z][\w'’-]*[\w](?:\s+(?:{NAME_PARTICLE}*[A-Z][\w'’-]*[\w]|[A-Z]\.(?=\s+[A-Z]))){{0,4}})")
# "Leonid Kuchma of Ukraine", "King Abdullah of Jordan": a person's name (two capitalised words) "of" a state names
# whom the person acts for, not a place.
NAME_OF = re.compile(r"(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+of\s+(?:the\s+)?$")
OF_AFTER_NAME = re.compile(r"\s+of\s+(?:the\s+)?")
AND_NAME = re.compile(r"(?:\s+and|\s*,(?:\s+and)?)\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})")
# "the three foreign ministers of Bronislaw Geremek of Poland, Janos Martonyi of Hungary and Jan Kavan of the Czech
# Republic": a title's "of" before a name that is "of" a state lists people acting for their states.
OF_NAME = WordStartPattern(r"\bof\s+(?=(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+of\s)")
NOT_NAME = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "On", "In", "At", "And", "But", "The",
            "Said", "Says", "Told", "Who", "Also", "Has", "Had", "Was", "Is", "Will", "Would", "Had", "Of", "For", "To"}
CAPITAL_ADVERB = r"(?:(?:also|again|now|then|still|quickly|promptly|immediately|officially|publicly|swiftly|reportedly|has|have|had|" \
                 r"on\s+\w+|\w+ly)\s+)?"
OWNER_BEFORE = re.compile(r"(?:['’]s)?\s+")  # "Cuban government", "Castro's government"
PEOPLE_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:ish|ian|an|ese|i|ic))\s+$")  # a people's adjective ("Kurdish")
QUALIFIER = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:al|el|de)[\s-]+)?){1,3})$")
QUALIFIER_SKIP = {"The", "A", "An", "In", "On", "At", "And", "But", "Tags", "Some", "Two", "Three", "Four", "Five", "Several", "Many",
                  "Other", "Both", "All", "Most", "When", "While", "After", "Before", "As", "If", "Of", "By", "From", "With", "For"}
# "UN Resident Representative in Syria Ali al-Zaatari said ... Al-Zaatari said": a body's title states.toml does not list
# (capitalised words, "in"/"to"/"for"/"of" a place) before a name whose surname the article names alone further on: the
# person acts for the body, as a listed title would make him (`_unlisted_title_name`). The later surname is the guard: a
# run of capitals after a body's name is far more often a longer name of a body or a place than a title and a person.
# Only after the bodies a title "of" may name (BODY_OF_TITLE, intergovernmental bodies and coalitions): after a state
# ("UK Parliament Bustan al-Qasr Russian", "US Service Member Dies of Injuries in Northern Syria") the run was a
# headline or a tag line in 8 of 9 corpus articles.
# The particle of a name in such a run, either case at its start ("Ali al-Zaatari", "Al-Zaatari"); narrower than
# NAME_PARTICLE, whose longer list and spaces would read more of a title run as a name.
TITLE_RUN_PARTICLE = r"(?:(?:al|el|Al|El|de|bin|ibn|abu)[ -])"
UNLISTED_TITLE_RUN = re.compile(r"(?:['’]s)?[ \t]+((?-i:[A-Z])[a-z]+(?:[ \t]+(?:(?:in|to|for|of)[ \t]+(?:the[ \t]+)?)?"
                                + TITLE_RUN_PARTICLE + r"?(?-i:[A-Z])[\w'’-]*[a-z]){2,7})(?![\w'’-])")
# acts_for of a titled person of a side of the article's own conflict ("Government spokesman X", "Rebel spokesman Y"),
# resolved with the side's words.
SIDE_OF_PERSON = {"government": "@government", "opposition": "@opposition"}
# acts_for of a person titled with an office of a state's own government and no state ("President Arpad Gencz"):
# the state of the wire dateline, resolved with the sides (_resolve_sides).
OFFICE_HOLDER = "@office"
# The look-behind comes after the capital it tests the character before ("(?<![\w'’.-].)"): a pattern opening with a
# look-behind is tried at every position, one opening with a capital only at capitals.
OFFICE_AFTER_NAME = re.compile(r"[A-Z](?<![\w'’.-].)[\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3},[ \t]+the[ \t]+(?P<title>[A-Za-z-]+(?:[ \t]+[A-Za-z-]+){0,3}),")
# Every match holds one ", the" (its name words and title hold no comma): it is searched for only in the run of name
# characters before each, up to the first comma after it (_offices_after_names).
COMMA_THE = re.compile(r",[ \t]+the[ \t]")
NAME_RUN_STOPS = (".", ",", "\n", '"', "“", "”", "(", ")", ";", ":")  # characters no name word or gap between them takes
# A wire dateline opens the text with its place in capitals: "BUDAPEST, March 12 (Xinhua) --", "CANBERRA, Australia (AP)_".
DATELINE_REACH = 200
DATELINE_AFTER = re.compile(r"\s*(?:,|\(|-|_)")
#: After a place in capitals, the outlet that files from it: "MOSCOW (Sputnik)", "NAIROBI, Kenya (AP)".
FILED_FROM = re.compile(r"(?:,\s*(?:[A-Z][\w.'’-]*\s*){1,4})?\s*\((?:[A-Z][\w.-]*\s?){1,3}\)")
DATELINE_COUNTRY = re.compile(r",\s*(?:[A-Z][\w.'’-]*\s*){1,4}(?=\()")  # ", Kenya (AP)": the country, not a date


@dataclass(frozen=True)
class StateContext:
    """Compiled once per Dictionaries: what must follow a demonym, a capital or a state for it to be the state
    (states.toml [states])."""

    demonym: re.Pattern  # "Sudanese troops", "Israeli air strikes", "Russian and Syrian warplanes"
    capital: Caseless  # "Tokyo said", "Khartoum's", "the Khartoum government"
    capital_object: Caseless  # "accused Damascus", "warned Pyongyang"
    title: Caseless  # "Defence Minister Fumio Kyuma"
    title_to: Caseless  # "US Ambassador to the United Nations Nikki Haley": the title, then the body it is sent to
    title_apposed: Caseless  # "The Czech foreign minister, Jan Kavan, who ...": the title, a comma, then the name set off
    body_of: Caseless  # "the Parliament of Iraq", "the Supreme Leader of Iran": "of" names whose, not where
    occupation: PhraseMatcher  # "journalist Gebran Tueni"
    people: Caseless  # "ethnic " before a demonym: a people, not the state
    owned: Caseless  # "Fighter jets also believed to be " before a demonym: whose the force is
    titles: tuple[str, ...]
    bare_title: PhraseMatcher  # "Former Prime Minister Rafik Hariri": a capitalised title with no state before it
    historical: dict  # successor code -> [(historical state, pattern of its names)]
    definite_title: re.Pattern  # "the president", "the king": a title with "the" and no name
    offices: frozenset[str]  # titles of a state's own government: with no state named, the dateline's state's
    speaking: WordStartPattern | None  # "Syria accuses ...": a state's subject name opening a sentence before a speech verb
    speaking_state: dict  # subject name -> its state
    partner: Caseless  # "a deal with Damascus": a capital that a pact or its talks are with is the government
    business: Caseless  # "U.S. auto maker", "Britain's biggest car maker": the state's name describes a company


@lru_cache(maxsize=8)
def state_context(dictionaries) -> StateContext:
    from events.extract.dictionaries import _plural

    rules = dictionaries.state_rules
    nouns = {n for spec in dictionaries.types.values() for noun in spec.nouns for n in (noun, _plural(noun))}
    follow = alternation((*rules.force_words, *rules.titles, *nouns), flexible_spaces=True, ignore_case=True)
    demonym = re.compile(rf"(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*and\s+)(?-i:[A-Z])[\w'’-]+){{0,3}}\s+(?:(?-i:[a-z][\w-]+)\s+)?(?:{follow})\b",
                         re.IGNORECASE)
    verbs = alternation(rules.capital_verbs, flexible_spaces=True)
    forces = alternation(rules.force_words, flexible_spaces=True, ignore_case=True)
    capital = Caseless(rf"(?:['’]s\b|\s+{CAPITAL_ADVERB}(?:{verbs})\b|\s+(?:{forces})\b)")
    capital_object = Caseless(rf"\b(?:{verbs})\s+$")
    titles = alternation(rules.titles, flexible_spaces=True, ignore_case=True)
    title = Caseless(rf"(?:['’]s)?\s+(?:(?:chief|top|senior|deputy|acting|former|new|then)\s+)?(?:(?:{titles})\s+)+(?=[A-Z])")
    title_to = Caseless(rf"(?:['’]s)?\s+(?:(?:chief|top|senior|deputy|acting|former|new|then)\s+)?(?:{titles})\s+to\s+(?:the\s+)?")
    # The name set off after its title by commas (the closing comma is tested after the name, APPOSED_NAME_END).
    title_apposed = Caseless(rf"(?:['’]s)?\s+(?:(?:chief|top|senior|deputy|acting|former|new|then)\s+)?(?:(?:{titles})\s+)*(?:{titles}),[ \t]+(?=[A-Z])")
    # "the presidents of Poland and the Czech Republic": a title (plural too) before "of" says whose, not where.
    state_nouns = alternation(rules.state_nouns, flexible_spaces=True, ignore_case=True)
    body_of = Caseless(rf"\b(?:{titles}|{forces}|{state_nouns})s?\s+of\s+(?:the\s+)?$")
    occupation = PhraseMatcher(((w, w) for w in rules.occupations), possessive=False)
    people = Caseless(rf"\b(?:{alternation(rules.peoples, flexible_spaces=True)})\s+$")
    owner_verbs = alternation(rules.owner_verbs, flexible_spaces=True) if rules.owner_verbs else r"(?!)"
    owned = Caseless(rf"\b(?:{forces})\s+(?:[a-z]+\s+){{0,2}}?(?:{owner_verbs})\s+$")
    # One automaton pass finds the titles (a regex alternation of a hundred titles tries each at every position).
    # Plural too: "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia".
    bare_title = PhraseMatcher(((form, t) for t in rules.titles if t[0].isupper() for form in (t, _plural(t))), possessive=False)
    historical: dict[str, list] = {}
    for actor in dictionaries.actors:
        if actor.successor:
            names = alternation((actor.name, *actor.aliases, *actor.demonyms), flexible_spaces=True)
            historical.setdefault(actor.successor, []).append((actor, re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")))
    lowered = tuple(t.lower() for t in rules.titles)
    # The word boundary is read after the first letter, so that the engine skips ahead to the T's of the article.
    definite_title = re.compile(rf"(?-i:[Tt](?<!\w.)he)\s+(?P<title>(?:{alternation((t for t in lowered if len(t) > 3), flexible_spaces=True)}))\b",
                                re.IGNORECASE)
    speaking_state = {n: actor for actor in dictionaries.actors for n in actor.subject_names}
    # Speech and acts only: "Syria has been locked in a civil war", "Syria is one of a handful of countries" are the country.
    not_acts = frozenset(rules.subject_not_verbs)
    acts = alternation((v for v in rules.capital_verbs if v not in not_acts), flexible_spaces=True)
    # Tried only where a name is written: the engine tries a regex that opens with look-behinds at every position.
    speaking = (WordStartPattern(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)|(?<=\n))(?:{alternation(speaking_state, flexible_spaces=True)})"
                                 rf"(?=\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?:{acts})\b)") if speaking_state else None)
    partners = alternation(rules.capital_partners, flexible_spaces=True) if rules.capital_partners else r"(?!)"
    partner = Caseless(rf"\b(?:{partners})\s+with\s+$")
    businesses = alternation(rules.business_nouns, flexible_spaces=True) if rules.business_nouns else r"(?!)"
    business = Caseless(rf"(?:['’]s)?\s+(?:(?:biggest|largest|second-largest|third-largest|leading|top|major|no\.\s*\d+)\s+)?"
                        rf"(?:[a-z][\w-]*\s+)?(?:{businesses})\b")
    return StateContext(demonym, capital, capital_object, title, title_to, title_apposed, body_of, occupation, people, owned, lowered,
                        bare_title, historical, definite_title, frozenset(rules.offices), speaking, speaking_state, partner,
                        business)


def find_actors(text: str, folded: str, kept, dictionaries) -> list[ActorMention]:
    return find_mentions(text, folded, kept, dictionaries)[0]


def find_mentions(text: str, folded: str, kept, dictionaries) -> tuple[list[ActorMention], list[PlaceMention]]:
    """Actors and places of an article. Generic words ("rebels", "the government", "terrorists") are resolved last,
    against the article's main country, which its places tell."""
    dateline = _dateline(text, dictionaries)
    mentions = _known_actors(text, folded, kept, dictionaries)
    if dateline is not None:
        # "NAIROBI, Kenya (AP) _": the place the report is filed from, never the government acting (a capital next
        # to its country reads as two coordinated states); left a place, it counts for the article's own country.
        mentions = [m for m in mentions if not (dateline.start <= m.start < dateline.end)]
    mentions = _titled_people(text, mentions, dictionaries, folded)
    mentions = _definite_titles(text, mentions, dictionaries)
    places = find_places(text, folded, kept, dictionaries, mentions)
    if dateline is not None:
        # "NAIROBI, Kenya" names one place: its country counts once for the article's own.
        places = [p for p in places if not (dateline.place_end <= p.start < dateline.end)]
    main = main_state(places, mentions, dictionaries, text)
    if main is not None:
        # "MOSCOW (Sputnik) An explosion occurred not far from central Damascus": a wire dateline told inside a scraped
        # page, after its title, is where the report is filed from; in another country than the story's it is no
        # event's place.
        # An opening dateline ("MOSCOW (AP)_ Presidents Kuchma and Yeltsin signed") is wire copy's scene: left a place.
        places = [p for p in places if not (p.place.country and p.place.country != main.country
                                            and (dateline is None or p.start != dateline.start)
                                            and text[p.start:p.end].isupper() and FILED_FROM.match(text, p.end))]
        # "residents of the capital's largest slum" in a story about Kenya: the conflict dictionary's "the capital" is
        # Damascus (places.toml); in another country's story it is that country's capital, or no place we can name.
        described = [p for p in places if p.place.text.islower() and p.place.country and p.place.country != main.country]
        if described:
            capital = _capital_of(main, dictionaries)
            places = [p if p not in described else PlaceMention(p.start, p.end, replace(capital, text=p.place.text), p.rank)
                      for p in places if p not in described or capital is not None]
    mentions = _resolve_labels(text, _resolve_sides(text, mentions, main, dictionaries, dateline.state if dateline else None),
                               dictionaries, main)
    # Characters a mention takes: an unknown name's overlap is one lookup, not a scan of every mention.
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    points = [m.start for m in mentions if m.end <= m.start]  # an empty mention takes no character
    force_words = _force_words(dictionaries)
    unknown = [(m, "armed group") for m in _ending_names(UNKNOWN_ACTOR, GROUP_END, text)] + [
        (m, "organisation") for m in _ending_names(UNKNOWN_BODY, BODY_END, text)] + [
        (m, "armed group") for m in ARABIC_GROUP.finditer(text)]
    for match, kind in unknown:
        start, end = match.start(1), match.end(1)
        words = match.group(1).split()
        while words and (words[0] in NOT_ACTOR_START or words[0] in NOT_NAME):
            start += len(words[0]) + 1
            while start < end and text[start].isspace():
                start += 1
            words = words[1:]
        if len(words) < 2 or not inside(kept, start, end):
            continue
        if " ".join(words).lower() in force_words:
            continue  # "the Air Force destroyed", "The Syrian Armed Forces": a state's force, no group's own name
        if taken.find(1, start, end) != -1 or any(start < p < end for p in points):
            continue
        name = " ".join(text[start:end].split())
        mentions.append(ActorMention(name, text[start:end], start, end, False, kind))
        taken[start:end] = b"\x01" * (end - start)
    if any(word in folded for word in LOCAL_BODY_WORDS):
        mentions.extend(_local_bodies(text, places, taken))
    mentions.sort(key=_START)
    return mentions, places


#: "Idlib administration", "the Eastern Ghouta Damascus Countryside local council": a place's own governing body.
LOCAL_BODY_AFTER = re.compile(r"\s+(?:local\s+council|local\s+administration|administration|city\s+council|provincial\s+council)\b(?!\s+(?:buildings?|offices?|officials?)\b)")
#: Strings of the folded text every match of LOCAL_BODY_AFTER or LOCAL_BODY_BEFORE holds ("counc" of "council" in any
#: case): an article with none has no local body, and its places are not each tried.
LOCAL_BODY_WORDS = ("counc", "administration")
#: "The local council in Daraya": the same, the place after it.
LOCAL_BODY_BEFORE = re.compile(r"\blocal\s+council\s+(?:in|of)\s+$", re.IGNORECASE)
#: Capitalised words right before a place that are part of the body's name ("Eastern Ghouta Damascus Countryside").
CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}$")


def _local_bodies(text: str, places: list, taken: bytearray) -> list[ActorMention]:
    """A town's or province's governing body named by its place ("Idlib administration on Monday announced", "The local
    council in Daraya accused"): a body of its own, kept as written with the place first (kind "local authority": it
    speaks as a party does, no source, and acts for no state); not "the Bush administration" (no place)."""
    found = []
    for place in places:
        after = LOCAL_BODY_AFTER.match(text, place.end)
        before = None if after is not None else LOCAL_BODY_BEFORE.search(text, max(0, place.start - 20), place.start)
        if after is not None:
            run = CAPITALISED_BEFORE.search(text, max(0, place.start - 60), place.start)
            start = run.start() if run is not None and run.group(0).split()[0] not in NOT_ACTOR_START else place.start
            end = after.end()
            name = " ".join(text[start:end].split())
        elif before is not None:
            start, end = before.start(), place.end
            name = " ".join(text[place.start:place.end].split()) + " local council"
        else:
            continue
        if taken.find(1, start, end) != -1:
            continue
        found.append(ActorMention(name, text[start:end], start, end, False, LOCAL_AUTHORITY))
        taken[start:end] = b"\x01" * (end - start)
    return found


@lru_cache(maxsize=8)
def _force_words(dictionaries) -> frozenset[str]:
    """states.toml force_words, lower case: a capitalised name made only of them ("Air Force", "Armed Forces",
    "Coast Guard") is some state's force, which the words around it say (a demonym, [[side]] words), not a group."""
    return frozenset(" ".join(w.lower().split()) for w in dictionaries.state_rules.force_words)


def _definite_titles(text: str, mentions: list[ActorMention], dictionaries) -> list[ActorMention]:
    """ "the president said Washington would use force": a title with "the" and no name is the person last named with
    that title ("President Clinton", "Secretary of State Madeleine Albright"), among the last TITLE_REACH people named;
    a title followed by "of" names another ("the president of Egypt") and is left alone."""
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.end)
    if not people:
        return mentions
    pattern = state_context(dictionaries).definite_title
    ordered = sorted(mentions, key=_START)
    starts = [m.start for m in ordered]
    seen: deque[tuple[str, ActorMention]] = deque(maxlen=TITLE_REACH)  # (written form, person), in the order named
    next_person = 0
    found = []
    for match in pattern.finditer(text, people[0].end):
        while next_person < len(people) and people[next_person].end <= match.start():
            person = people[next_person]
            seen.append((person.written, person))
            next_person += 1
        if OF_AFTER_NAME.match(text, match.end()):
            continue
        title = " ".join(match.group("title").lower().split())
        last = next((person for written, person in reversed(seen) if title in written), None)
        if last is None:
            continue
        begin, end = match.start("title"), match.end()
        at = bisect.bisect_left(starts, end)
        if any(m.start < end and begin < m.end for m in ordered[max(0, at - 3):at]):
            continue  # the words already name an actor
        found.append(ActorMention(last.name, text[begin:end], begin, end, last.known, "person", last.acts_for))
    return sorted(mentions + found, key=_START) if found else mentions


def _ending_names(pattern: re.Pattern, ending: WordStartPattern, text: str):
    """Matches of ``pattern`` (capitalised words ending in a group word), found from their last word: a scan for the
    few group words, then the name before each, instead of trying every capitalised word of the article."""
    for word in ending.finditer(text):
        match = pattern.search(text, max(0, word.start() - 120), word.end())
        if match is not None:
            yield match


def _generic(table: dict, written: str):
    """The entry of a generic word as written, also with the scraped possessive "s" ("the armys air force")."""
    key = " ".join(written.lower().split())
    found = table.get(key)
    return table.get(key[:-1]) if found is None and key.endswith("s") else found


def _naming(actor, written: str, start: int, end: int) -> ActorMention:
    """A mention of a known actor (a person or outlet speaks for ``acts_for``, a group counts for its bloc)."""
    return ActorMention(actor.name, written, start, end, True, actor.kind, actor.acts_for or actor.member_of)


def _form(dictionaries, written: str) -> str:
    """ "demonym" or "capital" when ``written`` names its state only in context, else ""."""
    key = " ".join(fold(written).split())
    forms = dictionaries.state_forms
    if key in forms:
        return forms[key]
    if key.endswith("s") and forms.get(key[:-1]) == "demonym" and key not in dictionaries.generated:
        return "nationals"  # "Israelis": the demonym's plural; "Philippines" is the country's own name
    return ""


def _listed_place(text: str, start: int, end: int) -> bool:
    listed = LISTED_PLACE.search(text, max(0, start - 80), start)
    return listed is not None and (listed.group(1) is None or PHRASE_END.match(text, end) is not None)


def _after_article(folded: str, start: int) -> int:
    """Where a name opened by "the" ("the Netherlands") has its own first letter; else ``start``."""
    return start + 4 if folded.startswith("the ", start) else start


def _known_actors(text: str, folded: str, kept, dictionaries) -> list[ActorMention]:
    place_names = dictionaries.gazetteer
    context = state_context(dictionaries)
    generated = dictionaries.generated
    mentions: list[ActorMention] = []
    capitals: list[ActorMention] = []  # capitals with no verb: the government only next to another actor
    # Spans, not Match records: most matches are dropped below, and the kept ones become ActorMentions.
    for start, end, actor in dictionaries.actor_matcher.spans(text, folded, dictionaries.one_pass.hits(text, folded)["actors"]):
        if not inside(kept, start, end):
            continue
        written = text[start:end]
        if text.startswith("-", end) and (DESCRIPTOR_AFTER.match(text, end) or BACKER_OF_GROUP.match(text, end)):
            continue  # "the Britain-based monitor": a place word, not the actor
        if not text[_after_article(folded, start)].isupper() and " ".join(folded[start:end].split()) in generated:
            continue  # "turkey", "chad": country data names are proper names ("the Netherlands" is one)
        if actor.kind == "person" and text[start].islower() and not PARTICLE_START.match(text, start):
            continue  # "a bush", "the gore": a person's name is written with a capital ("al-Assad", "bin Laden" aside)
        if actor.kind == "state" and context.business.match(text, end):
            continue  # "the No. 1 U.S. auto maker", "Britain's biggest car maker": a company described, not the state
        form = _form(dictionaries, written) if actor.kind == "state" else ""
        acting = (actor.kind == "state" and form not in ("demonym", "nationals") and (
            (WHICH_DID.match(text, end) and FROM_BY.search(text, max(0, start - 20), start))
            or (form == "capital" and PASSIVE_BY.search(text, max(0, start - 30), start))))
        locative = (actor.kind == "state" and form not in ("demonym", "nationals") and not acting
                    and (LOCATIVE.search(text, max(0, start - 40), start) or _listed_place(text, start, end))
                    and not context.body_of.search(text, max(0, start - 60), start)
                    and not NAME_OF.search(text, max(0, start - 60), start))
        people = context.people.search(text, max(0, start - 20), start) if form in ("demonym", "nationals") else None
        if people is not None:
            if form == "nationals":  # "ethnic Albanians": a people, not the state, named as written
                mentions.append(ActorMention(text[people.start():end], text[people.start():end], people.start(),
                                             end, False, "people"))
            continue
        if form == "nationals":
            # "Three Israelis were injured": a country's people stand for it, but not for a government named apart
            # from its country ("Syrians" are not the Syrian government).
            before = PROPER_BEFORE.search(text, max(0, start - 30), start)
            if not text[start].isupper() or actor.name != actor.country or (
                    before is not None and _form(dictionaries, before.group(1)) == "demonym"):
                continue  # "Syrian Turkmens" are a people of Syria, not Turkmenistan
        elif form == "demonym":
            if not text[start].isupper() or not (context.demonym.match(text, end)
                                                 or context.owned.search(text, max(0, start - 80), start)):
                continue  # "the Sudanese region of Darfur": a description, not the state
        elif form == "capital":
            if not text[start].isupper() or locative:
                continue  # "talks in Beijing"
            if not acting and not context.capital.match(text, end) and not context.capital_object.search(
                    text, max(0, start - 30), start) and not PARTISAN.search(text, max(0, start - 5), start) and not context.partner.search(
                    text, max(0, start - 30), start):  # a capital after a passive's "by" is already acting
                capitals.append(ActorMention(actor.name, written, start, end, True, actor.kind, actor.acts_for))
                continue
        elif locative:
            # "in Damascus" is the place, not the government.
            written = text[start:end]
            if any(p.start == 0 and p.end == len(written) for p in place_names.find(written)):
                continue
        mentions.append(_naming(actor, written, start, end))
    if capitals:
        # "Moscow and Damascus", "between Washington and Tehran": a capital coordinated with an actor acts as one.
        states = [m for m in mentions + capitals if m.kind == "state"]
        by_start = sorted(states, key=_START)
        by_end = sorted(states, key=lambda m: m.end)
        starts, ends = [m.start for m in by_start], [m.end for m in by_end]
        for capital in capitals:
            # Only states within a coordinator's reach of the capital can be coordinated with it: a long text
            # names thousands, and trying each made this quadratic.
            after = by_start[bisect.bisect_left(starts, capital.end):bisect.bisect_right(starts, _reach(text, capital.end, 1))]
            before = by_end[bisect.bisect_left(ends, _reach(text, capital.start, -1)):bisect.bisect_right(ends, capital.start)]
            if any(COORDINATED.fullmatch(text, capital.end, other.start) for other in after if other is not capital) or any(
                    COORDINATED.fullmatch(text, other.end, capital.start) for other in before if other is not capital):
                mentions.append(capital)
        mentions.sort(key=_START)
    if context.speaking is not None:
        # "Syria accuses Saudi Arabia Turkey and Qatar of funding ...", "Syria has categorically denied carrying out the
        # gas attack": the name the war's news reads as the country opens a sentence as the subject of a speech verb.
        for match in context.speaking.finditer(text):
            if inside(kept, match.start(), match.end()):
                mentions.append(_naming(context.speaking_state[match.group(0)], match.group(0), match.start(), match.end()))
        mentions.sort(key=_START)
    # "Fatah al-Sham (formerly Al-Nusra Front) terrorists": a bare label right after a name describes that name.
    kept_mentions: list[ActorMention] = []
    for mention in mentions:
        previous = kept_mentions[-1] if kept_mentions else None
        if (previous is not None and mention.text.lower() in APPOSITIVE_LABELS
                and APPOSITION_GAP.fullmatch(text, previous.end, mention.start)):
            continue
        kept_mentions.append(mention)
    return kept_mentions


_SPACE = re.compile(r"\s")
_COORDINATOR_LETTERS = len(",and") + len("the")  # the most non-space characters COORDINATED matches


def _offices_after_names(text: str):
    """What ``OFFICE_AFTER_NAME.finditer(text)`` finds, searched only before each ", the": the next match from a place
    holds the first ", the" after it that any match holds, starts after the last character before it that no name takes,
    and ends at the first comma after its "the" (the title takes none), so a search bounded so finds it; the regex is not
    tried over the rest of the article."""
    position = 0
    for comma in COMMA_THE.finditer(text):
        at = comma.start()
        if at < position:
            continue
        start = max(position, max(text.rfind(stop, position, at) for stop in NAME_RUN_STOPS) + 1)
        closing = text.find(",", comma.end())
        match = OFFICE_AFTER_NAME.search(text, start, len(text) if closing < 0 else closing + 1)
        if match is not None:
            yield match
            position = match.end()


def _reach(text: str, position: int, step: int) -> int:
    """How far from ``position`` (forwards with step 1, backwards with -1) a COORDINATED match can end: where the
    gap would hold more non-space characters than any coordinator has."""
    letters = 0
    while (position > 0) if step < 0 else (position < len(text)):
        if step < 0:
            position -= 1
        if not _SPACE.match(text, position):
            letters += 1
            if letters > _COORDINATOR_LETTERS:
                return position
        if step > 0:
            position += 1
    return position


def _titled_people(text: str, mentions: list[ActorMention], dictionaries, folded: str | None = None) -> list[ActorMention]:
    """ "Zairean President Mobutu Sese Seko", "NATO Secretary-General Jaap de Hoop Scheffer", "Government spokesman
    Omar Amin": a person acting for the state, organisation or government named with the title; the rest of the
    article's mentions of that name or surname ("Mobutu said") are that person too."""
    context = state_context(dictionaries)
    side_of = dictionaries.side_of
    people: list[ActorMention] = []
    covered: list[tuple[int, int]] = []
    starts = [m.start for m in mentions]
    # Sorted mentions are searched by position (a long text has thousands); unsorted ones are scanned as given.
    by_start = starts if all(a <= b for a, b in zip(starts, starts[1:])) else None
    reach, furthest = [], -1
    for m in mentions:
        furthest = max(furthest, m.end)
        reach.append(furthest)

    def person_at(start: int, begin: int, acts_for: str, after: list[ActorMention], bare: bool = False,
                  of_only: bool = False, otherwise: str = "", apposed: bool = False) -> None:
        """``of_only``: a person only when "of" a state follows the name; ``otherwise``: whom the person acts for when
        neither the dictionary nor an "of" after the name says; ``apposed``: a name set off after its title, a person
        only when a comma closes it ("The Czech foreign minister, Jan Kavan, who ...")."""
        name = PERSON_NAME.match(text, start)
        if name is None:
            return
        words = name.group(0).split()
        while words and words[-1].strip(".,") in NOT_NAME:
            words = words[:-1]
        if words and words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]  # "Saddam Hussein's codefendants"
        if not words or not words[-1] or words[0] in NOT_NAME or GROUP_WORD.fullmatch(words[-1]):
            return  # "Sultan Murad Brigade" is a group, not Sultan Murad
        if BODY_WORD.fullmatch(words[0]) or GROUP_WORD.fullmatch(words[0]):
            return  # "Syrian Revolution General Commission SRGC": a title word inside a body's name, no person after it
        if PLACE_NOUN_AFTER.fullmatch(" " + words[-1]):
            return  # "captured Rajm al Sheikh Region", "Sheikh Maqsoud District": a titled name ending in a place noun
        joined = " ".join(words)
        end = start + len(joined) if text.startswith(joined, start) else name.end()
        if apposed and not text.startswith(",", end):
            return  # "the Syrian envoy, Damascus and Moscow": no name set off between commas
        if bare and (LOCATIVE.search(text, max(0, begin - 40), begin) or PLACE_NOUN_AFTER.match(text, end)
                     or dictionaries.gazetteer.find(text[begin:end])):
            return  # "the village of Sheikh Mustafa": a place
        if by_start is not None:  # the mentions from ``start`` to the name's end, found by search, not a scan
            window = mentions[bisect.bisect_left(by_start, start):bisect.bisect_right(by_start, end + 1)]
            inside_name = [m for m in window if m.end <= end + 1]
        else:
            inside_name = [m for m in after if m.start >= start and m.end <= end + 1]
        if any(m.kind != "person" and m.name for m in inside_name):
            return  # "Turkey's official Anadolu Agency": the outlet, not a person
        if bare and by_start is not None and any(m.start == start and m.end > end + 1 and m.kind == "person"
                                                 for m in mentions[bisect.bisect_left(by_start, start):bisect.bisect_right(by_start, start)]):
            return  # "President Daniel arap Moi": a known person's name, longer than the words read here
        person = next((m for m in inside_name if m.kind == "person"), None)
        written = person.name if person is not None else " ".join(text[start:end].split())
        acts_for = acts_for or (person.acts_for if person is not None else "")
        of_state = state_of(end) if not acts_for or of_only else None
        if of_only and of_state is None:
            return
        if of_state is not None and not acts_for:
            acts_for = of_state.name  # "President Leonid Kuchma of Ukraine"
        if person is None:
            acts_for = acts_for or otherwise  # a person the dictionaries know is whom they say, or no one's
        people.append(ActorMention(written, text[begin:end], begin, end, person is not None, "person", acts_for))
        covered.append((begin, end))
        if of_state is not None:
            # "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia": the next name "of" a state, too
            other = AND_NAME.match(text, of_state.end)
            if other is not None and state_of(other.end(1)) is not None:
                person_at(other.start(1), other.start(1), "", after, of_only=of_only)

    def state_of(end: int) -> ActorMention | None:
        """The state named right after "of" at ``end``."""
        of = OF_AFTER_NAME.match(text, end)
        if of is None:
            return None
        # Searched by position when the mentions are sorted (a long text names thousands), else scanned.
        at = mentions[bisect.bisect_left(by_start, of.end()):bisect.bisect_right(by_start, of.end())] if by_start is not None else mentions
        return next((m for m in at if m.start == of.end() and m.kind == "state" and m.name), None)

    # Titled people act for states, their bodies and coalitions; a monitor's or outlet's people ("Observatory head Rami
    # Abdel Rahman") stay that source.
    bodies = ("state", "intergovernmental", "coalition")
    for index, mention in enumerate(mentions):
        if ((mention.kind in BODY_OF_TITLE or (mention.kind == "organisation" and mention.acts_for))
                and mention.name and text.startswith(" ", mention.end)
                and text[mention.end + 1:mention.end + 2].isupper()
                and context.body_of.search(text, max(0, mention.start - 40), mention.start) is not None):
            # "Vice-president of the Syrian Coalition Muwaffaq Nyrabia said": the title "of" the body before it.
            person_at(mention.end + 1, mention.start, mention.name, [] if by_start is not None else mentions[index + 1:])
            continue
        if (mention.name and mention.kind not in bodies) or text[mention.end:mention.end + 1] not in (" ", "'", "’"):
            continue  # a title follows a state, a body or a side word, after a space or a possessive
        key = mention.written
        side = _generic(side_of, mention.text) if not mention.name else None
        if not mention.name and not side:
            continue
        title = context.title.match(text, mention.end)
        sent_to = context.title_to.match(text, mention.end)
        if sent_to is not None:
            # "US Ambassador to the United Nations Nikki Haley": the name follows the body the title is sent to.
            body = next((m for m in mentions[index + 1:index + 3] if m.start == sent_to.end()), None)
            if body is not None and text.startswith(" ", body.end):
                person_at(body.end + 1, mention.start, mention.name, [] if by_start is not None else mentions[index + 1:])
        elif title is not None:
            person_at(title.end(), mention.start, SIDE_OF_PERSON[side] if side else mention.name,
                      [] if by_start is not None else mentions[index + 1:])
        elif (apposed := context.title_apposed.match(text, mention.end)) is not None:
            # "The Czech foreign minister, Jan Kavan, who lived in London": the name set off after the title is the
            # titled person, acting for what the title follows, as "Czech Foreign Minister Jan Kavan" would be.
            person_at(apposed.end(), mention.start, SIDE_OF_PERSON[side] if side else mention.name,
                      [] if by_start is not None else mentions[index + 1:], apposed=True)
        elif key.endswith(context.titles) and text.startswith(" ", mention.end):
            # "U.S. Secretary of State Condoleezza Rice": the mention itself ends with the title.
            person_at(mention.end + 1, mention.start, mention.name, [] if by_start is not None else mentions[index + 1:])
        elif (mention.kind in BODY_OF_TITLE and not mention.text.endswith(".")
              and (named := _unlisted_title_name(text, mention.end)) is not None
              and not any(mention.end < m.start < named and m.name for m in mentions[index + 1:index + 8])):
            # "UN Resident Representative in Syria Ali al-Zaatari ... Al-Zaatari said": a title the lists lack.
            person_at(named, mention.start, mention.name, [] if by_start is not None else mentions[index + 1:])
    # "Former Prime Minister Rafik Hariri": a titled person whose state the text does not say here.
    hits = dictionaries.one_pass.hits(text, fold(text) if folded is None else folded)
    for title in context.bare_title.find(text, folded, hits["titles"]):
        name_start = title.end + 1
        if not (text[title.start].isupper() and text[title.end:name_start] == " " and text[name_start:name_start + 1].isupper()
                and text[title.start - 1:title.start] != "-"):
            continue
        if any(s <= title.start < e for s, e in covered) or _covers(mentions, by_start, reach, title.start):
            continue
        after = [] if by_start is not None else [m for m in mentions if m.start >= name_start]
        # "President Arpad Gencz" in a story filed from Budapest: an office of a state's government, no state said, is
        # the dateline's state's (states.toml offices).
        person_at(name_start, title.start, "", after, bare=True,
                  otherwise=OFFICE_HOLDER if title.payload in context.offices else "")
    # "Nabih Berri, the parliament speaker, said" in a story filed from Beirut: an office of a state's own government set
    # off after the name is the dateline's state's, as "Parliament Speaker Nabih Berri" would be; a company's or a
    # body's title ("the company president", "the executive director") is no office and makes no one act for a state.
    if ", the " in text:
        offices = _office_keys(context.offices)
        for office in _offices_after_names(text):
            if (" ".join(office.group("title").lower().split()) in offices
                    and not any(s <= office.start() < e for s, e in covered)):
                person_at(office.start(), office.start(), "", [] if by_start is not None else
                          [m for m in mentions if m.start >= office.start()], bare=True, otherwise=OFFICE_HOLDER)
    for of in OF_NAME.finditer(text):
        if (context.body_of.search(text, max(0, of.start() - 40), of.end()) is not None
                and not any(s <= of.end() < e for s, e in covered)):
            person_at(of.end(), of.end(), "", [] if by_start is not None else [m for m in mentions if m.start >= of.end()],
                      of_only=True)
    # "the killing of journalist Gebran Tueni": an occupation before a name makes it a person acting for no one.
    for word in context.occupation.find(text, folded, hits["occupations"]):
        name_start = word.end + 1
        if not (text[word.end:name_start] == " " and text[name_start:name_start + 1].isupper()) or text[word.start:word.start + 1].isupper():
            continue
        if any(s <= word.start < e for s, e in covered) or _covers(mentions, by_start, reach, name_start):
            continue
        person_at(name_start, name_start, "", [] if by_start is not None else [m for m in mentions if m.start >= name_start], bare=True)
    # People the dictionaries know, named in full ("Tony Blair"), are named on by surname ("Blair pledged"), unless
    # another person of the article bears it too ("Saddam Hussein" and "King Hussein").
    firsts: dict[str, ActorMention] = {}
    for m in mentions:
        if m.kind == "person" and m.known and m.name and " " in m.name.strip() and m.name not in firsts:
            firsts[m.name] = m
    if not people and not firsts:
        return mentions
    spans = sorted(covered)
    span_starts, span_reach, furthest = [s for s, _ in spans], [], -1
    for _, e in spans:
        furthest = max(furthest, e)
        span_reach.append(furthest)

    def within_covered(m: ActorMention) -> bool:
        count = bisect.bisect_right(span_starts, m.start)
        return count > 0 and span_reach[count - 1] >= m.end

    kept = [m for m in mentions if not within_covered(m)]
    # Later mentions of the same person by name or surname ("Kyuma said"). A person the dictionaries know is named by
    # surname before the full name too ("after Clinton met in Washington with President Havel" in a story that names
    # President Clinton further on): the bearers test above already keeps a surname two people of the article share;
    # an unknown person's surname is searched only after the name, which is what makes it a person's.
    later = []
    # Characters taken by a mention, so that a candidate's overlap is one lookup, not a scan of every mention.
    taken = bytearray(len(text))
    empty = []  # an empty mention takes no character but still overlaps what spans its position
    for m in kept + people:
        if m.end > m.start:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        else:
            empty.append(m)
    occurrences: dict[str, list[int]] = {}
    bearers: dict[str, set[str]] = {}  # a name's word -> the people of the article whose name has it
    for m in list(firsts.values()) + people:
        for word in m.name.split():
            bearers.setdefault(word, set()).add(m.name)
    offices_lower = _office_keys(context.offices)
    for person in people + [m for m in firsts.values() if m.name not in {p.name for p in people if p.known}]:
        words = person.name.split()
        if person.known:
            names = [words[-1]] if len(words[-1]) >= 4 and words[-1] not in NOT_NAME and len(bearers[words[-1]]) == 1 else []
        else:
            # "Kyuma" for Fumio Kyuma; "Mobutu" for Mobutu Sese Seko too (a long name's first word is its bearer's).
            short = [words[-1]] + ([words[0]] if len(words) >= 3 or len(words[-1]) < 4 else [])  # "Abdullah" for Abdullah II
            names = [person.name] + [w for w in short if len(w) >= 4 and w not in NOT_NAME]
            # "Ali al-Zaatari ... Al-Zaatari said": a surname with a lower-case particle opens a sentence capitalised.
            names += [w[:1].upper() + w[1:] for w in names[1:] if w[:1].islower()]
        if not names:
            continue
        for s, e in _name_matches(text, names, 0 if person.known else person.end, occurrences):
            if person.known and _other_first_name(text, s, words, offices_lower):
                continue  # "Juanita Castro said" in a story that names Fidel Castro: his sister, not he
            if taken.find(1, s, e) == -1 and not any(m.start < e and s < m.end for m in empty):
                later.append(ActorMention(person.name, text[s:e], s, e, person.known, "person", person.acts_for))
                taken[s:e] = b"\x01" * (e - s)
    return sorted(kept + people + later, key=_START)


def _unlisted_title_name(text: str, end: int) -> int | None:
    """Where the name starts in "<body> <Title Words> [in <Place>] <First> <Surname>" when the surname (its first letter
    capitalised: "al-Zaatari", "Al-Zaatari") stands alone further on in the article, with at least one title word
    between the body and the first name; else None (UNLISTED_TITLE_RUN)."""
    run = UNLISTED_TITLE_RUN.match(text, end)
    if run is None:
        return None
    words = list(re.finditer(TITLE_RUN_PARTICLE + r"?[A-Z][\w'’-]*", run.group(1)))
    if len(words) < 3:
        return None
    surname = words[-1].group(0)
    forms = {surname, surname[:1].upper() + surname[1:]}
    if len(surname.replace("-", "")) < 5 or not any(
            re.search(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])", text[run.end():]) for form in forms):
        return None
    first = words[-2]
    if first.group(0) in NOT_NAME or GROUP_WORD.fullmatch(first.group(0)) or BODY_WORD.fullmatch(first.group(0)):
        return None
    # "Strikes Near Raqqa", "Use of Banned Weapons": a name's words are never written in lower case in the article.
    for word in (first.group(0), surname):
        bare = word.split("-")[-1] if word[:3].lower() in ("al-", "el-") else word.split()[-1]
        if re.search(rf"(?<![\w'’-]){re.escape(bare.lower())}(?![\w'’-])", text) is not None:
            return None
    return run.start(1) + first.start()


# "Juanita Castro" in a story on Fidel Castro: a capitalised word right before a known person's surname that is none of
# his names, no title and never written in lower case in the article is another bearer's first name.
FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?-i:[A-Z])[a-z]{2,})\s$")
NAME_TITLES = frozenset({"mr", "mrs", "ms", "dr", "gen", "col", "sen", "rep", "lt", "maj", "capt", "sgt", "adm", "gov", "sir",
                         "lord", "lady", "sheikh", "emir", "king", "queen", "prince", "president", "premier", "minister",
                         "general", "colonel", "senator", "governor", "chancellor", "ambassador", "secretary", "leader",
                         "commander", "chairman", "chief", "spokesman", "comrade", "brother", "uncle", "father", "pope"})


def _other_first_name(text: str, start: int, own_words: list[str], offices: frozenset[str]) -> bool:
    """A known person's surname at ``start`` is another person's when a first name of its own stands right before it
    ("Juanita Castro, who arrived in Miami in 1961", in a story that names President Fidel Castro): a capitalised word
    that is none of the person's own names, no weekday or function word (NOT_NAME), no title and never written in lower
    case in the article ("But Castro said": "but" is written in lower case elsewhere)."""
    before = FIRST_NAME_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1)
    if word in own_words or word in NOT_NAME or word.lower() in NAME_TITLES or word.lower() in offices:
        return False
    return re.search(rf"(?<![\w-]){word.lower()}(?![\w-])", text) is None


@lru_cache(maxsize=8)
def _office_keys(offices: frozenset[str]) -> frozenset[str]:
    """states.toml offices as compared: lower case, single spaces (built once, not for every article)."""
    return frozenset(" ".join(o.lower().split()) for o in offices)


def _whole_word(char: str) -> bool:
    return char.isalnum() or char in "_-"  # the regex class [\w-]


def _whole_word_places(text: str, name: str) -> list[int]:
    """Starts of ``re.finditer(rf"(?<![\\w-])(?={re.escape(name)}(?![\\w-]))", text)``, found with str.find (a regex
    that opens with a look-behind is tried at every position of the text)."""
    if not name:
        return [m.start() for m in re.finditer(r"(?<![\w-])(?![\w-])", text)]
    places, size, at = [], len(text), text.find(name)
    while at >= 0:
        after = at + len(name)
        if (at == 0 or not _whole_word(text[at - 1])) and (after == size or not _whole_word(text[after])):
            places.append(at)
        at = text.find(name, at + 1)
    return places


def _name_matches(text: str, names: list[str], begin: int, occurrences: dict[str, list[int]]):
    """(start, end) of what ``re.finditer(r"(?<![\\w-])(?:NAME|NAME...)(?![\\w-])", text[begin:])`` finds, in text
    offsets: the leftmost whole-word name, the first in ``names`` where several start there, then on after it. Each
    name's places are found once per text (``occurrences``), not once per person: a long text names many people,
    and a scan of the rest of the text for each made the article's cost grow with the square of its length."""
    for name in names:
        if name not in occurrences:
            occurrences[name] = _whole_word_places(text, name)
    position = begin
    while True:
        best = None
        for name in names:
            places = occurrences[name]
            index = bisect.bisect_left(places, position)
            start = places[index] if index < len(places) else None
            # At ``begin`` the original pattern saw no character before the name (it searched a slice).
            if position == begin and (start is None or start > begin) and text.startswith(name, begin) \
                    and not re.match(r"[\w-]", text[begin + len(name):begin + len(name) + 1]):
                start = begin
            if start is not None and (best is None or start < best[0]):
                best = (start, start + len(name))
        if best is None:
            return
        yield best
        position = best[1]


def _covers(mentions: list[ActorMention], by_start: list[int] | None, reach: list[int], position: int) -> bool:
    """Does a mention span ``position``? Sorted mentions: the furthest end among those starting at or before it."""
    if by_start is None:
        return any(m.start <= position < m.end for m in mentions)
    count = bisect.bisect_right(by_start, position)
    return count > 0 and reach[count - 1] > position


@lru_cache(maxsize=256)
def _capital_of(state, dictionaries) -> Place | None:
    """The place of a state's first capital the gazetteer knows in that state ("Nairobi" for Kenya), or None."""
    for name in state.capitals:
        found = next((m for m in dictionaries.gazetteer.find(name, fold(name))
                      if m.start == 0 and m.end == len(name) and m.payload.country == state.country), None)
        if found is not None:
            info = found.payload
            return Place(name, info.name, info.admin1, info.country, info.latitude, info.longitude)
    return None


def main_state(places: list[PlaceMention], mentions: list[ActorMention], dictionaries, text: str = ""):
    """The article's own country: the state whose places it names by name most (the first named on a tie), else the
    state it names most as an actor; None when it names neither."""
    state_of = dictionaries.state_of_country
    counts: dict[str, int] = {}
    for place in places:
        if place.place.text.islower():
            continue  # "the capital" is Damascus only in places.toml's Syria: it names no country here
        state = state_of.get(place.place.country) or state_of.get(place.place.name)
        if state is not None:
            counts[state.name] = counts.get(state.name, 0) + 1
    if not counts:
        for mention in mentions:
            if mention.kind == "state" and mention.name:
                counts[mention.name] = counts.get(mention.name, 0) + 1
    if not counts:
        return None
    main = dictionaries.actor_by_name[max(counts, key=counts.get)]
    # Kinshasa in an article that names Zaire is Zaire's: the state of its time, not today's.
    for old, names in state_context(dictionaries).historical.get(main.code, ()) if main.code else ():
        if names.search(text):
            return old
    return main


def _qualifier(text: str, start: int, taken: list[ActorMention]) -> int:
    """Where the proper-name qualifier right before ``start`` begins ("Darfur" rebels), else ``start``."""
    qualifier = QUALIFIER.search(text, max(0, start - 60), start)
    if qualifier is None:
        return start
    words = qualifier.group(1).split()
    skip = QUALIFIER_SKIP | NOT_NAME
    while words and words[0] in skip:
        words = words[1:]
    if not words or any(word in skip for word in words):
        return start
    begin = start - len(qualifier.group(1)) + qualifier.group(1).find(words[0])
    return start if any(m.start < start and begin < m.end for m in taken) else begin


def _as_written(text: str, mention: ActorMention, taken: list[ActorMention]) -> ActorMention:
    """ "Darfur rebels", "Palestinian militants": the word with the proper-name qualifier right before it, as written."""
    start = _qualifier(text, mention.start, taken)
    written = text[start:mention.end]
    name = re.sub(r"^(?:the|The)\s+", "", " ".join(written.split()))
    return ActorMention(name, written, start, mention.end, False, "armed group")


@dataclass(frozen=True)
class Dateline:
    """A wire dateline's place: ``start``-``place_end`` the place ("NAIROBI"), up to ``end`` the country after it
    (", Kenya"), and the state it lies in (None in a land that is no state)."""

    start: int
    place_end: int
    end: int
    state: str | None


def _dateline(text: str, dictionaries) -> Dateline | None:
    """The wire dateline opening the text: its first line opening with a place in capitals, with the country that may
    follow it ("BUDAPEST, March 12 (Xinhua) --": Hungary; "NAIROBI, Kenya (AP) _": Kenya); None when the text opens with
    no dateline. The state is None in a land that is no state ("SAN JUAN, Puerto Rico (AP)": its officials are no other
    country's)."""
    start = len(text) - len(text.lstrip())
    if start > DATELINE_REACH:
        return None
    line = text[start:text.find("\n", start) if "\n" in text[start:start + DATELINE_REACH] else start + DATELINE_REACH]
    if any(char.islower() for char in line[:3]):
        return None  # "Syrian troops ...": the place would be all capitals and three letters or more (below)
    found = next((m for m in dictionaries.gazetteer.find(line, fold(line)) if m.start == 0), None)
    if found is None or len(found.text) < 3 or not found.text.isupper() or not DATELINE_AFTER.match(line, found.end):
        return None
    country = DATELINE_COUNTRY.match(line, found.end)
    state = dictionaries.state_of_country.get(found.payload.country)
    return Dateline(start, start + found.end, start + (country.end() if country else found.end),
                    state.name if state is not None else None)


def filed_from(text: str, places: list[PlaceMention], dictionaries) -> PlaceMention | None:
    """The place a wire dateline names ("NAIROBI, Kenya (AP) _": Nairobi), as the article's places read it, or None
    when the text opens with no dateline."""
    dateline = _dateline(text, dictionaries)
    if dateline is None:
        return None
    return next((p for p in places if p.start == dateline.start), None)


def _resolve_sides(text: str, mentions: list[ActorMention], main, dictionaries, dateline=None) -> list[ActorMention]:
    """ "rebels", "the government": a side of the article's own conflict (actors.toml [[side]], [[conflict]]). A
    person holding an office of a state with no state named (OFFICE_HOLDER) acts for the government of the wire
    dateline's state: the place the report is filed from is the country whose officials it names by title alone. With
    no dateline the title says nothing of a state ("President Lawrence Perlman" of a company, in a business story)."""
    side_of = dictionaries.side_of
    conflict = dictionaries.conflict_of.get(main.country) if main is not None else None
    government = (dictionaries.actor_by_name[conflict.government] if conflict else main)
    home = dictionaries.actor_by_name.get(dateline) if dateline is not None else None
    if home is not None:
        own = dictionaries.conflict_of.get(home.country)
        home = dictionaries.actor_by_name[own.government] if own else home
    # Without a conflict entry, "the rebels" are the armed group of the article's country that it names most
    # ("rebel representatives" of a Darfur story naming the Justice and Equality Movement).
    groups: dict[str, int] = {}
    if main is not None and conflict is None:
        actor_by_name = dictionaries.actor_by_name
        # A historical state's groups are filed under the state on its land now (Zaire's AFDL under DR Congo).
        countries = {main.country}
        if main.successor:  # (most states have none: then the actors are not each read)
            countries |= {a.country for a in dictionaries.actors if a.code == main.successor}
        for mention in mentions:
            entry = actor_by_name.get(mention.name)
            if entry is not None and entry.kind == "armed group" and entry.country in countries:
                groups[entry.name] = groups.get(entry.name, 0) + 1
    rebels = dictionaries.actor_by_name[max(groups, key=groups.get)] if groups else None
    opposition = dictionaries.actor_by_name[conflict.opposition] if conflict is not None else rebels
    resolved = []
    for index, mention in enumerate(mentions):
        if mention.acts_for == OFFICE_HOLDER:
            resolved.append(replace(mention, acts_for=home.name if home is not None else ""))
            continue
        if mention.acts_for in (SIDE_OF_PERSON["government"], SIDE_OF_PERSON["opposition"]):
            party = government if mention.acts_for == SIDE_OF_PERSON["government"] else opposition
            resolved.append(replace(mention, acts_for=party.name if party is not None else ""))
            continue
        side = _generic(side_of, mention.text) if not mention.name else None
        if side is None:
            resolved.append(mention)
        elif side == "government":
            whose = resolved[-1] if resolved else None
            if whose is not None and OWNER_BEFORE.fullmatch(text, whose.end, mention.start) and (
                    whose.kind == "state" or (whose.kind == "person" and whose.acts_for in dictionaries.actor_by_name)):
                # "the Cuban government", "Kenyan police", "Castro's government": the state named with the word is
                # whose it is, not the article's own country's.
                owner = dictionaries.actor_by_name.get(whose.name if whose.kind == "state" else whose.acts_for)
                if owner is not None:
                    resolved.append(_naming(owner, mention.text, mention.start, mention.end))
                    continue
            after = mentions[index + 1] if index + 1 < len(mentions) else None
            owner = (dictionaries.actor_by_name.get(after.name) if after is not None and after.kind == "state"
                     and OF_AFTER_NAME.fullmatch(text, mention.end, after.start) else None)
            if owner is not None:
                # "the General Staff of the Armed Forces of the Russian Federation", "the army of Iraq": the state
                # named after "of" is whose it is, not the article's own country's.
                resolved.append(_naming(owner, mention.text, mention.start, mention.end))
                continue
            people = PEOPLE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            if people is not None and people.group(1) not in QUALIFIER_SKIP | NOT_NAME and not (
                    resolved and resolved[-1].end > people.start(1)):
                continue  # "Kurdish police": the forces of a people that is no state named, not the article's state's
            if government is not None:
                resolved.append(_naming(government, mention.text, mention.start, mention.end))
        elif opposition is not None:
            resolved.append(_naming(opposition, mention.text, mention.start, mention.end))
        else:
            previous = resolved[-1] if resolved else None
            if previous is not None and previous.kind == "state" and not text[previous.end:mention.start].strip():
                resolved.pop()  # "Sudan rebels": the state names whose rebels they are, it does not act
            resolved.append(_as_written(text, mention, resolved))
    return resolved


@lru_cache(maxsize=8)
def _blocs(dictionaries) -> frozenset[str]:
    """The names the labels may mean (actors.toml [[label]] among): the same for every article."""
    return frozenset(name for label in dictionaries.label_of.values() for name in label.among)


def _resolve_labels(text: str, mentions: list[ActorMention], dictionaries, main=None) -> list[ActorMention]:
    """ "terrorists", "jihadists": the group of the label's ``among`` the article names most (the first named on a
    tie), else the label's default when the article is about the default's country; with neither, the label with a
    proper-name qualifier as written ("Palestinian militants"), else no actor (actors.toml [[label]])."""
    label_of = dictionaries.label_of
    if not label_of:
        return mentions
    counts: dict[str, int] = {}
    actor_by_name = dictionaries.actor_by_name
    blocs = _blocs(dictionaries)
    last_end: dict[str, int] = {}
    named_at: list[tuple[int, str]] = []  # (start, name) of the names, for a label that refers back (Label.last)
    for mention in mentions:
        if mention.written not in label_of and mention.name:
            named_at.append((mention.start, mention.name))
            # A member group counts for its bloc ("Faylaq al-Rahman" for the Syrian opposition), and for itself
            # where a label may mean it ("the Coalition" after "The Syrian Coalition"); a run of one group's names
            # ("ISIL (Islamic State, ISIS or Daesh)") counts once.
            entry = actor_by_name.get(mention.name)
            bloc = entry.member_of if entry is not None and entry.member_of in blocs else ""
            for side in (bloc, mention.name) if bloc and mention.name in blocs else (bloc or mention.name,):
                if mention.start - last_end.get(side, -LABEL_RUN) >= LABEL_RUN:
                    counts[side] = counts.get(side, 0) + 1  # dicts keep first-mention order for ties
                last_end[side] = mention.end
    resolved = []
    for mention in mentions:
        label = _generic(label_of, mention.text)
        if label is None or mention.name:
            if mention.name:
                resolved.append(mention)
            continue
        named = [(count, name) for name, count in counts.items() if name in label.among]
        name = max(named, key=lambda pair: pair[0])[1] if named else label.default
        if label.last:
            before = [other for start, other in named_at if start < mention.start and other in label.among]
            name = before[-1] if before else name
        default = actor_by_name.get(name)
        if not named and default is not None and default.country and (main is None or main.country != default.country):
            name = ""  # "terrorists" in an article about another country are not Syria's opposition
        if not name:
            if _qualifier(text, mention.start, resolved) < mention.start:
                resolved.append(_as_written(text, mention, resolved))
            continue
        resolved.append(_naming(dictionaries.actor_by_name[name], mention.text, mention.start, mention.end))
    return resolved


def find_places(text: str, folded: str, kept, dictionaries, actors: list[ActorMention]) -> list[PlaceMention]:
    # A name used as an actor ("Damascus said", "between Russia and the USA") is not a place there; a name
    # after a locative preposition was not made an actor (find_actors) and stays a place.
    persons = sorted((a.start, a.end) for a in actors)
    person_starts = [start for start, _ in persons]
    places: list[PlaceMention] = []
    shared: list[tuple[int, object]] = []  # (index in places, PlaceInfo) of names several governorates share
    for match in dictionaries.gazetteer.find(text, folded, dictionaries.one_pass.hits(text, folded)["places"]):
        info = match.payload
        if not inside(kept, match.start, match.end):
            continue
        if info.capitalised and not text[match.start].isupper():
            continue
        index = bisect.bisect_right(person_starts, match.start) - 1
        if index >= 0 and match.end <= persons[index][1]:
            continue  # inside an actor's name ("Vladimir" in "Vladimir Putin", "Russia" in "Russia said")
        if info.others:
            shared.append((len(places), info))
        place = Place(match.text, info.name, info.admin1, info.country, info.latitude, info.longitude)
        if info.country != US and info.rank == 3 and _us_state_after(dictionaries.us_states).match(text, match.end):
            # "Birmingham, Ala.": wire copy names a US town with its state; the larger town abroad's point is not it.
            place = Place(match.text, info.name, "", US, None, None)
        places.append(PlaceMention(match.start, match.end, place, info.rank))
    if shared:
        places = _in_context(places, shared)
    # "the capital, Riyadh", "the capital Sanaa", "the group's de facto Syrian capital Raqa": a description (lower case,
    # or a demonym and "capital", as "the capital" is Damascus in the conflict's dictionary) with a place named right
    # after it is that place, not the one the description means alone.
    starts, ends = {p.start: p for p in places}, {p.end: p for p in places}
    return [p for p in places if not ((p.place.text[:1].islower() or DESCRIPTION.search(p.place.text)) and (any(
        start in starts for start in (m.end() for m in [APPOSITION.match(text, p.end)] if m))
        or _capital_elsewhere(text, p, ends, starts)))]


def _capital_elsewhere(text: str, description: PlaceMention, ends: dict, starts: dict) -> bool:
    """ "Nairobi, the capital of Kenya", "Dar es Salaam, the capital of Tanzania": a description named by its own
    name just before it, or the capital "of" a state other than the one the description means alone, is that state's
    capital, not the conflict's ("the capital" is Damascus in places.toml)."""
    before = APPOSED_BEFORE.search(text, max(0, description.start - 3), description.start)
    if before is not None and before.start() in ends and ends[before.start()].place.name != description.place.name:
        return True
    # OF_AFTER_NAME, the same "of" reused: a module-level OF_NAME of its own here once rebound _titled_people's
    # OF_NAME (a title's "of" before a name), whose loop then ran at every " of " of the text.
    after = OF_AFTER_NAME.match(text, description.end)
    if after is None:
        return False
    owner = starts.get(after.end())
    if owner is None:
        # "the capital of the revolution", "Raqqa the capital of its Caliphate", "the capital of the province of the same
        # name": the capital of something that is not a state is no state's capital.
        return not OWN_STATE.match(text, after.end())
    return owner.place.country != description.place.country


APPOSED_BEFORE = re.compile(r",\s*$")
OWN_STATE = re.compile(r"(?:this\s+|that\s+)?(?:country|nation|state)\b")


US = "United States"


@lru_cache(maxsize=4)
def _us_state_after(states: tuple[str, ...]) -> re.Pattern:
    """A comma and a US state or its AP abbreviation right after a town (places.toml [gazetteer] us_states)."""
    return re.compile(rf",\s*(?:{alternation(states)})(?![\w])")


APPOSITION = re.compile(r",?\s+")
DESCRIPTION = re.compile(r"\scapital$")


def _in_context(places: list[PlaceMention], shared: list[tuple[int, object]]) -> list[PlaceMention]:
    """A name several governorates share ("al-Zahraa": a district of Aleppo and one of Homs) is the one in the
    governorate the article names nearest to it ("al-Zahraa neighbourhood in the city of Homs", "the towns of Nubbul
    and al-Zahraa"), by a name no other governorate shares; the first listed when the article names none of them."""
    ambiguous = {i for i, _ in shared}
    settled = [(p.start, p.place.admin1) for i, p in enumerate(places) if p.place.admin1 and i not in ambiguous]
    places = list(places)
    for i, info in shared:
        mention = places[i]
        readings = {r.admin1: r for r in (info, *info.others)}
        near = [(abs(start - mention.start), admin1) for start, admin1 in settled if admin1 in readings]
        if near:
            chosen = readings[min(near)[1]]
            places[i] = replace(mention, place=replace(mention.place, name=chosen.name, admin1=chosen.admin1, country=chosen.country,
                                                       latitude=chosen.latitude, longitude=chosen.longitude))
    return places


class Sorted:
    """Mentions sorted by start, for fast "which lie inside [start, end)" questions."""

    def __init__(self, items) -> None:
        self.items = sorted(items, key=_START)
        self.starts = [i.start for i in self.items]

    def within(self, start: int, end: int) -> list:
        items = self.items[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]
        # Half the ranges asked about hold none (a sentence with no place): no comprehension is run for those.
        return [i for i in items if i.end <= end] if items else items
