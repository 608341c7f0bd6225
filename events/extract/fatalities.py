"""Death tolls: a clause of text in, ``Fatalities`` (low/best/high, victims) out, or None.

    read_toll(text, start, end, dictionaries) -> Fatalities | None

A figure counts as a death toll when a death word follows it ("12 civilians were killed", "six dead")
or governs it ("killed dozens of civilians", "death toll rose to 40", "kills six"), and it is not
governed by an injury or other non-death word ("injured 32"), nor counts the dead with others ("49 were killed
and wounded"); a year after "in" is no figure ("in 2016 the fighter had been killed"). Exact figures give low == best == high;
modifiers from numbers.toml shift them ("at least 12" -> low 12, best 12, high unknown; "more than 40"
-> low 41); "between 500 and 1300" -> 500..1300; "the death toll ... rose to 61" counts; vague quantities give ranges ("dozens" -> 24..99, best unknown). Figures introduced by
"including"/"among them" are part of a larger toll and are not added; one set off as an aside ("23 civilians -
including nine children - and 16 fighters") does not end the toll. Tolls joined by "and" with
different victims ("5 civilians and 3 soldiers") are added up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from events.extract.records import Fatalities
from events.temporal.caseless import Caseless
from events.temporal.ruleset import alternation, load_tables

SUBSET = re.compile(r"(?:including|among them|among whom|of whom|of them|among the dead|among those killed|mostly|most of them)\s*$", re.I)
# "Six civilians including a child were among at least 22 people killed": the figure after "among" is the toll.
AMONG = re.compile(r"[\w\s,-]{0,40}?\b(?:were|was|are|is)\s+among\s+", re.I)
# "killed five children, four of them brothers": the second figure counts some of the first.
OF_THEM = re.compile(r"\bof\s+(?:them|whom)\b", re.I)
# A day of the month is no toll: "on Aug. 7 killed 257 people", "on 7 August". The month words are the temporal
# engine's (tables.toml): names capitalised, abbreviations with their full stop.
_MONTHS = "(?:" + "|".join([name.capitalize() for name in load_tables()["months"]]
                           + [re.escape(f"{short.capitalize()}.") for short in load_tables()["month_abbreviations"]]) + ")"
DAY_AFTER_MONTH = re.compile(rf"\b{_MONTHS}\s*$")
DAY_BEFORE_MONTH = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}")
# "in 2016 the fighter had been killed": a year after "in", "since" is no toll even with a victim noun after it.
# "how many of the remaining six were civilians", "there were so many civilians killed", "too many people died": a
# question or an exclamation, no count (events-guide.md: the number as the article states it).
NO_COUNT_BEFORE = re.compile(r"\b(?:how|so|too)\s+$", re.I)
# "the killing of 34-year-old Gemayel": a figure before "-year-old" is an age, no count of the dead.
AGE = re.compile(r"-?\s*years?[\s-]+old\b", re.I)
# "in less than one month have killed over 350 militants", "a three-day offensive killed 40": a figure before a unit
# of time is how long the killing went on, not how many died; the count is the figure told after it.
DURATION = re.compile(r"(?:\s+|-)(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b", re.I)
YEAR_AFTER = re.compile(r"\b(?:in|since|until|during)\s*$", re.I)
JOIN = re.compile(r"^\s*(?:,\s*)?(?:(?:and|as well as|plus)\s*)?$", re.I)
# Two death verbs, each with its own count, in one run ("crucifying two people and executing 23 others", "killed five
# soldiers and beheaded three"): the counts of one happening, summed as "5 civilians and 3 soldiers" are. Only with
# nothing but the verb between the figures (a place or a time between them tells another happening).
JOIN_VERB = re.compile(r"^\s*(?:,\s*)?and\s+(?:(?:kill|execut|behead|murder|massacr)(?:ing|ed)|crucif(?:ying|ied))\s+$", re.I)


def _joined(between: str) -> bool:
    """Is the text between two figures one that joins them into one toll (JOIN, JOIN_VERB)?"""
    return bool(JOIN.match(between) or JOIN_VERB.match(between))


# An aside counting some of a toll, set off by dashes or commas: "23 civilians - including nine children - and 16 ...".
ASIDE = re.compile(r"^\s*[,\u2013\u2014-]\s*(?:including|among them)\s*$", re.I)
JOIN_AFTER_ASIDE = re.compile(r"^\s*[,\u2013\u2014-]?\s*(?:and|as well as|plus)\s*$", re.I)
# "Some 120 Daesh extremists and 60 foreign mercenaries were killed": two groups of one class joined by "and" are both
# counted; without it ("15 civilians 3 children killed") the second counts some of the first.
AND_WORD = re.compile(r"\b(?:and|as well as|plus)\b", re.I)
# "a family of six killed": the figure after "of" counts the collective's members, the collective is no one person.
MEMBERS_OF = re.compile(r"\s+of\s+(\w+)")
COLLECTIVES = {"family"}
# "A woman and child were killed", "a man and his wife": one person more, named without a figure of its own.
PARTNER = re.compile(r"\s*,?\s*and\s+(?:(?:her|his|their)\s+)?(?:child|baby|son|daughter|wife|husband|mother|father|man|woman|boy|girl)\b"
                     r"(?!\s+of\b|-)", re.I)
# Victim classes counted within another ("civilians including children").
PART_OF = {"civilians": ("children", "women"), "people": ("children", "women", "civilians")}


@lru_cache(maxsize=8)
def _compile(numbers: tuple, multipliers: tuple, quantifiers: tuple, modifiers: tuple, victims: tuple, after: tuple, before: tuple,
             not_deaths: tuple, fractions: tuple = ()):
    def alt(words):
        return alternation(words, flexible_spaces=True)

    number_words = [w for w in dict(numbers) if w not in ("a", "an")]
    units = alt(number_words)
    scaled = rf"(?:{alt(dict(fractions))}|\d+\.\d+)\s+(?:{alt(dict(multipliers))})" if fractions else r"\d+\.\d+(?!\S)"
    num = (rf"(?:{scaled}|(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{units})(?:[\s-](?:{units}))?|an?(?!\s+(?:[A-Za-z-]+\s+)?(?:\d[\d,]*|{units})\b(?!-)))"
           rf"(?:\s+(?:{alt(dict(multipliers))}))?)")
    phrase = Caseless(  # its groups are lower-cased when it runs on the lower-cased text: each is read case-insensitively
        rf"\b(?:between\s+(?P<lo>\d[\d,]*)\s+and\s+(?P<hi>\d[\d,]*)|(?:(?P<mod>{alt(dict(modifiers))})\s+)?"
        rf"(?:(?P<quant>{alt(dict(quantifiers))})|(?P<num>{num})))\b"
        rf"(?:\s+of)?(?:\s+(?:the|them|those|whom)\b)?"
        # three words before the victim noun only in a sum ("Some 120 Daesh terror group extremists and 60 foreign
        # mercenaries were killed"): elsewhere a third word reaches past the figure's own noun ("One mother and her child")
        rf"(?:\s+(?:(?:[A-Za-z][\w-]*\s+){{0,2}}?|(?:[A-Za-z][\w-]*\s+){{3}}"
        rf"(?=(?:{alt(dict(victims))})\s+(?:and|as\s+well\s+as|plus)\s+\d))(?P<victim>{alt(dict(victims))})\b)?")
    after_rule = re.compile(rf"^\s*(?:,?\s*(?:including|among them|among whom|mostly)\s+[\w\s-]{{0,40}}?\s+(?=were|was|have|had|are|killed|died|dead))?"
                            rf"(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:(?:were|was|have|has|had|are|been|being|reportedly|also|all|people)\s+)*"
                            rf"(?:{alt(after)})\b", re.I)
    before_rule = re.compile(rf"\b(?:{alt(before)})\s*(?:(?:at least|a total of|to|of|the|some|at)\s+)?$", re.I)
    not_rule = re.compile(rf"^\s*(?:(?:were|was|have|has|had|are|been|people|others|more)\s+)*(?:{alt(not_deaths)})\b", re.I)
    not_before = re.compile(rf"\b(?:{alt(not_deaths)})\s*(?:(?:at least|about|some|a further|another)\s+)?$", re.I)
    # "49 fighters were killed and wounded", "hundreds were killed or injured": one figure for the dead and the others
    # ("claiming two lives and injuring three": an -ing verb has an object of its own).
    and_others = re.compile(rf"\s*(?:,|and|or|&|/)\s*(?:{alt(w for w in not_deaths if not w.endswith('ing'))})\b"
                            r"|(?-i:\s+(?:Injured|Wounded))\b", re.I)  # a headline's "Dozens Killed Injured"
    return phrase, after_rule, before_rule, not_rule, not_before, and_others


@lru_cache(maxsize=8)
def _rules(dictionaries):
    """The compiled toll rules of one Dictionaries (hashed by identity: built once, not per clause)."""
    return _compile(tuple(dictionaries.numbers.items()), tuple(dictionaries.multipliers.items()),
                    tuple(dictionaries.quantifiers.items()), tuple(dictionaries.modifiers.items()),
                    tuple(dictionaries.victims.items()), dictionaries.death_after, dictionaries.death_before,
                    dictionaries.not_deaths, tuple(dictionaries.fractions.items()))


def _fewer(part: _Figure, whole: _Figure) -> bool:
    """Can ``part`` count some of ``whole``? A part is fewer: "a man and a woman were killed" are two."""
    return part.values[1] is None or whole.values[1] is None or part.values[1] < whole.values[1]


def _members(text: str, position: int, end: int, dictionaries) -> bool:
    after = MEMBERS_OF.match(text, position, end)
    return bool(after) and (after.group(1).isdigit() or after.group(1).lower() in dictionaries.numbers)


def number_value(word: str, dictionaries) -> int | None:
    """The number a figure's words name ("six", "21", "twenty-one"), or None."""
    word = " ".join(word.lower().replace("-", " ").split())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", word):
        return int(word.replace(",", ""))
    *head, last = word.split() or [""]
    if last in dictionaries.multipliers:
        # "a quarter of a million", "1.5 million": a fraction or a decimal of the multiplier.
        share = dictionaries.fractions.get(" ".join(head))
        if share is None and len(head) == 1 and re.fullmatch(r"\d+\.\d+", head[0]):
            share = float(head[0])
        if share is not None:
            return round(share * dictionaries.multipliers[last])
    parts = word.split()
    total, current = 0, 0
    for part in parts:
        if part in dictionaries.multipliers and current:
            current *= dictionaries.multipliers[part]
            total, current = total + current, 0
        elif part.isdigit():
            current += int(part)
        elif part in dictionaries.numbers:
            current += dictionaries.numbers[part]
        elif part in dictionaries.multipliers:
            current = dictionaries.multipliers[part]
        else:
            return None
    return total + current or None


def _apply(rule: tuple[str, str, str], n: int) -> tuple[int | None, int | None, int | None]:
    def one(spec: str) -> int | None:
        return {"n": n, "n+1": n + 1, "n-1": max(0, n - 1)}.get(spec)

    return one(rule[0]), one(rule[1]), one(rule[2])


# "the death toll from airstrikes on a market ... rose to 61", "put the death toll at 58", "the number of civilians
# killed by the airstrike has risen to 20", "told Reuters the death toll from the strikes was 45".
TOLL_TO = Caseless(r"\b(?:toll|number\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|fatalities|victims))\b[^.]{0,120}?\b(?:to|at|of|reached|reaches|hit|hits|stands at|stood at|was|is|surpasses|surpassed|exceeds|exceeded|tops|topped)\s+(?:at least\s+|more than\s+|over\s+)?$")
# A toll called earlier than the report's own is one it replaces ("has risen to 70 ... The previous death toll was 20",
# "It had initially given a death toll of 22").
STALE = r"initial(?:ly)?|previous(?:ly)?|earlier|preliminary"
STALE_TOLL = Caseless(rf"\b(?:{STALE})\s+(?:death\s+)?$")
DEAD_NOUNS = {"bodies", "martyrs", "dead", "corpses"}
DEATH_HINT = Caseless(r"kill|dead|die|death|toll|lives|bod(?:y|ies)|martyr|execut|massacr|perish|slain|behead|fatal|murder|"
                        r"eliminat|neutrali[sz]|liquidat|corpses")


def read_toll(text: str, start: int, end: int, dictionaries) -> Fatalities | None:
    if not DEATH_HINT.search(text, start, end):
        return None
    phrase, after_rule, before_rule, not_rule, not_before, and_others = _rules(dictionaries)
    candidates: list[_Figure] = []
    for match in phrase.finditer(text, start, end):
        num, quant, victim = match.group("num"), match.group("quant"), match.group("victim")
        between = (match.group("lo"), match.group("hi")) if match.group("lo") else None
        if num and num.lower() in ("a", "an") and (not victim or victim.lower() in COLLECTIVES
                                                   and _members(text, match.end(), end, dictionaries)):
            continue
        if num and re.fullmatch(r"(1[89]|20)\d\d", num) and (not victim or YEAR_AFTER.search(text, max(start, match.start() - 10), match.start())):
            continue  # a year
        stop = match.end()
        tail = text[stop:min(end, stop + 90)]
        if victim and (num or quant) and not_rule.match(tail):
            # "2 killed others injured in terrorist attacks" (a headline with its comma lost): the death word after the
            # figure is its verb, not a word of its victim noun, and the noun after it ("others") is the wounded's.
            figure_end = match.end("num") if num else match.end("quant")
            if after_rule.match(text[figure_end:match.start("victim")]):
                victim, stop = None, figure_end
                tail = text[stop:min(end, stop + 90)]
        if num and AGE.match(tail):
            continue
        if num and not victim and DURATION.match(tail):
            continue
        head = text[max(start, match.start() - 40):match.start()]
        if (num and num.isdigit() and len(num) <= 2 and match.start("num") == match.start()
                and (DAY_AFTER_MONTH.search(head) or DAY_BEFORE_MONTH.match(tail))):
            continue
        injury = not_rule.match(tail)
        if injury and injury.group(0).lower().endswith("ing") and before_rule.search(head):
            # "killing 8 persons injuring more than 55" (a scraped comma lost): the -ing verb opens a clause of its own,
            # the figure is the object of the death verb before it.
            injury = None
        if injury or not_before.search(head):
            continue
        if between:
            low, high = sorted(int(v.replace(",", "")) for v in between)
            values = (low, None, high)
        elif quant:
            if NO_COUNT_BEFORE.search(head):
                continue
            low, high = dictionaries.quantifiers[" ".join(quant.lower().split())]
            values = (low, None, high)
        else:
            n = number_value(num, dictionaries)
            if n is None:
                continue
            modifier = match.group("mod")
            values = _apply(dictionaries.modifiers[" ".join(modifier.lower().split())], n) if modifier else (n, n, n)
        rise = TOLL_TO.search(text, max(start, match.start() - 160), match.start())
        if rise and STALE_TOLL.search(text, max(start, rise.start() - 30), rise.start()):
            rise = None
        dead_noun = victim is not None and victim.lower() in DEAD_NOUNS  # "65 bodies", "4 martyrs"
        after = after_rule.match(tail)
        if after and and_others.match(tail, after.end()):
            continue  # the dead counted with the wounded: no death toll
        deaths = bool(after or before_rule.search(head) or rise or dead_noun)
        candidates.append(_Figure(match.start(), stop, values, dictionaries.victims.get(victim.lower(), "") if victim else "",
                                  deaths, bool(SUBSET.search(head) or OF_THEM.search(match.group(0)))))
    # "Seven children were among 71 civilians killed": the first figure counts some of the second, the toll.
    for position, right in enumerate(candidates):
        for left in candidates[:position]:
            if AMONG.fullmatch(text, left.end, right.start):
                left.subset, right.deaths = True, right.deaths or left.deaths
    # A figure joined to a death toll ("5 civilians and 3 soldiers were killed", "40 Civilians 25 YPG Fighters
    # Killed") is part of it, before or after.
    for _ in range(2):
        for left, right in zip(candidates, candidates[1:]):
            if _joined(text[left.end:right.start]) and (left.deaths or right.deaths) and not (left.subset or right.subset):
                left.deaths = right.deaths = True
    group: list[_Figure] = []
    joined_from = 0  # where the text joining the next figure to the group starts
    for figure in candidates:
        if group and figure.subset and ASIDE.match(text[group[-1].end:figure.start]):
            joined_from = figure.end  # "23 civilians - including nine children - and 16 fighters": an aside
            continue
        after_aside = bool(group) and joined_from > group[-1].end
        if after_aside and not figure.subset and JOIN_AFTER_ASIDE.match(text[joined_from:figure.start]):
            figure.deaths = True  # "killing 5 civilians, including two children, and 3 soldiers"
        if not figure.deaths or figure.subset:
            if group:
                break
            continue
        if group and not (JOIN_AFTER_ASIDE.match(text[max(joined_from, group[-1].end):figure.start]) if after_aside
                          else _joined(text[group[-1].end:figure.start])):
            break
        if group and (figure.victims in PART_OF.get(group[0].victims, ()) and _fewer(figure, group[0])
                      or figure.victims == group[-1].victims and not (
                          figure.victims and AND_WORD.search(text, group[-1].end, figure.start))):
            break  # "15 civilians 3 children killed": the children are among the civilians
        group.append(figure)
    if not group:
        return None
    low, best, high = group[0].values
    words_end = group[-1].end
    partner = PARTNER.match(text, words_end, end) if group[-1].values == (1, 1, 1) else None
    for figure in group[1:]:
        low = None if low is None or figure.values[0] is None else low + figure.values[0]
        best = None if best is None or figure.values[1] is None else best + figure.values[1]
        high = None if high is None or figure.values[2] is None else high + figure.values[2]
    if partner:  # "A woman and child were killed": two
        low, best, high = (None if value is None else value + 1 for value in (low, best, high))
        words_end = partner.end()
    victims = group[0].victims if len({f.victims for f in group}) == 1 else "people"
    words = text[group[0].start:words_end]
    return Fatalities(low, best, high, victims, words)


@dataclass
class _Figure:
    start: int
    end: int
    values: tuple[int | None, int | None, int | None]
    victims: str
    deaths: bool
    subset: bool
