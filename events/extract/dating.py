"""Dating: an event's trigger, clause, sentence and the article's time expressions in, ``EventDate`` out.

    date_event(...) -> EventDate

Rules, in order (docs/extraction.md has them with examples):
1. The time expression of the event's own clause (the nearest one to the trigger; for a trigger right after "and", one
   after it when there is one: "touring Dar es Salaam Thursday and meeting police leaders Friday morning") dates it.
2. Failing that, the nearest time expression of its sentence.
3. Failing that, a statement, accusation, proposal, agreement or meeting told in the present tense,
   or any event planned or proposed in the present tense ("are preparing", "is proposing"), takes
   the publication date: it holds as of publication.
4. Otherwise the event is undated (precision "none", first and last None). Never a guessed date.
An event named after "following", "after", "before", "since" ... ("following the visit to Moscow") is
placed only relative to another event: it takes no time expression that comes before that word and
never the publication date, unless a reporting noun comes between ("following reports that ...").
In rules 1 and 2 a statement, accusation or proposal told as done (past verb, "has invited") takes no time expression
after its word that falls after the publication: that is what is said or asked ("has invited the ministers to a
ceremony on March 12"); with none other in its sentence it takes the publication date.
In rules 1 and 2 a time expression in a relative clause set off by commas ("McGurk, who was envoy until December,
also criticized the decision"), in a clause opened by "but" ("to investigate the bombings but there was no word on
Tuesday of any leads") or in a quotation ('"The incidents of Aug. 7 underscore ...," Burleigh said') dates only what
that clause or quotation tells. So does one in a relative clause with no comma before it ("that began Friday") told after
a speech, diplomacy or protest verb (the caller passes ``restrictive`` for those only).
Before these rules, a noun told N units old ("the IRA's 8-month-old truce") began N units before the publication and is
dated by that unit (`aged`).
A day told between a determiner and a noun ("over an August 21 gas attack", "a controversial June 3 poll"), or as a
possessive ("blamed Monday's attack", "Mondays attack"), names that noun's event: it dates no other event of its clause
or sentence.
A time expression between an anchoring word and the event it places ("Netanyahu says gaps remain before next week's
talks") dates that event, not a speech told before the anchoring word.
Precision is the time expression's granularity (day, week, month, year); quarters and seasons are reported as
their whole year ("last fall" in 1999: 1998); decades and centuries date no event (the guide's dates are days, weeks, months and years: "the fabled 11th
century temple", "in the late 1970s" place nothing on a timeline); vague expressions (no calendar interval) are not used. "Early", "mid-" and
"late" place an event in the whole unit ("late December 2016": December). "Overnight" (a night running into the reference
day) places it on the day the night ends on. Violence going on "since" a day is dated
by the smallest week, month or year that holds that day and the publication ("Since July 11 regime bombardment ..."
in a July 22 article: July); one "in the last 10 days" (``to_report``) by the smallest week or month holding it, if a
month does (a tally, which anchors nothing: ``tally``).
A happening placed "after" a clause dated by a month or a year told before the anchoring word takes that year
(``placed_in_year``: "in 1993 after Clinton met with Havel").
A "when" clause right after a time expression is dated by it ("from 1968, when the Soviets invaded Czechoslovakia, until
1989": 1968). "Tonight", "today", "yesterday" are adverbs of their clause, never a noun's attribute, and "tonight" is the
report day's evening. A planned event's bare weekday that the engine placed before the report is the next one
(``_ahead``). An event told as "recent" or "earlier" with no time of its own (cues.toml [anchors] vague_past, ``vague``)
is undated with basis ``VAGUE``: narrative dating neither anchors it nor gives it the report's day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from events.extract.mentions import Sorted
from events.extract.records import EventDate, replace
from events.extract.status import SPEECH_TYPES
from events.temporal.caseless import Caseless
from events.temporal.dates import period, shift
from events.temporal.ruleset import alternation, english_macros, load_tables
from events.temporal.timex import Interval, Timex

PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year", "quarter": "year", "season": "year"}
#: The basis of an event placed only relative to another ("following the visit"): undated, and narrative
#: dating (events.extract.narrative) must not date it either. ``settle`` turns it into "none".
RELATIVE = "relative"
#: Speech acts whose time, when told as done, cannot be after the report: a later time is their content's.
DONE_ACTS = {"statement", "accusation", "proposal"}
PRESENT_HOLDS = {"statement", "accusation", "proposal", "agreement", "diplomatic_meeting", "ceasefire", "sanctions"}


#: An event of unknown time.
UNDATED = EventDate(None, None, "none", "", "", "none")
UNDATED_RELATIVE = EventDate(None, None, "none", "", "", RELATIVE)  # undated, placed only by another event (built once)
#: The basis of an event told as "recent" or "earlier" with no time of its own: undated, and narrative dating neither
#: anchors it nor gives it the report's day (``settle`` turns it into "none").
VAGUE = "vague"
UNDATED_VAGUE = EventDate(None, None, "none", "", "", VAGUE)
#: The basis of an event told over a span of years ("between 1994 and 1997", ``years_span``): undated, as no unit of the
#: guide holds it, yet told with a time of its own, so narrative dating neither dates it nor folds it into another
#: telling as told again (``settle`` turns it into "none").
SPANNED = "spanned"
UNDATED_SPANNED = EventDate(None, None, "none", "", "", SPANNED)


def publication_day(published: date) -> EventDate:
    """The publication day as an event's date: the news of the report's day."""
    return EventDate(published, published, "day", "", published.isoformat(), "publication")


def usable(timex: Timex) -> bool:
    return timex.interval is not None and timex.granularity in PRECISION and timex.type in ("DATE", "TIME")


def _nearest(timexes: list[Timex], position: int) -> Timex | None:
    if not timexes:
        return None
    # At equal distance the time told after the trigger is its own ("... decades ago in a rally Saturday demanding"):
    # one told before it ends another clause.
    return min(timexes, key=lambda t: (t.start - position, 0) if t.start >= position else (position - t.end, 1))


#: The calendar unit an event dated "early", "mid-" or "late" in one is placed in.
WHOLE_UNIT = {"week": "W", "month": "M", "year": "Y"}


def holding(first: date, last: date) -> tuple[str, str, Interval] | None:
    """(value, precision, interval) of the smallest ISO week, month or year that holds both days, or None (a span over
    a new year)."""
    for unit in ("W", "M", "Y"):
        value, precision, whole = period(unit, first)
        if whole.last >= last:
            return value, precision, whole
    return None


def _from(timex: Timex, basis: str, text: str = "", timexes: Sorted | None = None) -> EventDate:
    """An event's date is a calendar unit (day, week, month, year) as precise as the text: "late December 2016" and
    "earlier this month" place it in that month, the whole of it (the guide's "write the month"), not in the
    third of it the time expression points at. Two days, a weekend ("said over the weekend") or days told together
    ("killed on Tuesday and Wednesday", looked up in ``timexes`` when given), are no day: the smallest week, month or
    year that holds both."""
    interval = timex.interval
    if timex.granularity in ("quarter", "season"):
        # "last fall", "in the third quarter": the guide's dates are days, weeks, months and years, a season none of
        # them: the year it is told in ("gunned down last fall" in a 1999 report: 1998), never the months it spans.
        year = int(timex.value[:4])
        return EventDate(date(year, 1, 1), date(year, 12, 31), "year", timex.text, timex.value[:4], basis)
    if timex.mod in ("START", "MID", "END") and timex.granularity in WHOLE_UNIT:
        interval = period(WHOLE_UNIT[timex.granularity], interval.first)[2]
    joined = _joined_day(timex, text, timexes) if timexes is not None and timex.granularity == "day" else None
    if joined is not None or timex.value.endswith("-WE"):
        first = min(interval.first, joined.interval.first) if joined else interval.first
        last = max(interval.last, joined.interval.last) if joined else interval.last
        held = holding(first, last)
        if held is not None:
            return EventDate(held[2].first, held[2].last, held[1], timex.text, held[0], basis)
    if (timex.granularity == "day" and timex.value.endswith("TNI") and interval.first != interval.last
            and not DEICTIC.match(timex.text)):
        # "killed overnight": the night runs from the evening before into the report's day, and what it tells is
        # that day's early hours' news (the guide's dates are days): the day the night ends on.
        return EventDate(interval.last, interval.last, "day", timex.text, interval.last.isoformat(), basis)
    return EventDate(interval.first, interval.last, PRECISION[timex.granularity], timex.text, timex.value, basis)


DAYS_JOINED = re.compile(r"\s*(?:and|or|to|through|-|–)\s*(?:on\s+)?")


def _joined_day(timex: Timex, text: str, timexes: Sorted) -> Timex | None:
    """The day told together with ``timex`` ("on Tuesday and Wednesday"), right before or right after it."""
    for other in timexes.within(max(0, timex.start - 20), timex.end + 20):
        if other is timex or other.granularity != "day" or other.type != "DATE" or other.interval is None:
            continue
        gap = text[timex.end:other.start] if other.start >= timex.end else text[other.end:timex.start]
        if DAYS_JOINED.fullmatch(gap) and other.interval != timex.interval:
            return other
    return None


#: "between 1994 and 1997", "from 2011 to 2013": the word opening a span of years, right before its first year, and the
#: word joining its two years.
SPAN_OPENS = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
YEARS_JOINED = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*", re.IGNORECASE)


def years_span(timex: Timex, text: str, timexes: Sorted) -> bool:
    """Is ``timex`` one end of a span of years ("three non-fatal sniper attacks ... between 1994 and 1997")? No calendar
    unit of the guide holds two years, and one of them is not when the span's events happened: such an event is
    undated (the gold's null), as "never more precise than the text" asks. Years told together without "between" or
    "from" are two times, each its own event's ("three attacks in 2014 and 2015": the gold lists two)."""
    if timex.granularity != "year" or not text:
        return False
    for other in timexes.within(max(0, timex.start - 20), timex.end + 20):
        if other is timex or other.granularity != "year" or other.interval is None or other.interval == timex.interval:
            continue
        first, second = (timex, other) if other.start >= timex.end else (other, timex)
        if (YEARS_JOINED.fullmatch(text, first.end, second.start)
                and SPAN_OPENS.search(text, max(0, first.start - 10), first.start)):
            return True
    return False


#: A duration counted back from the report ("in the last 10 days", "within the past 24 hours"): its number and unit.
SPAN_TO_REPORT = re.compile(r"P(\d+)([DWMY])|PT(\d+)H")
#: Hours a span counted back may run and still be one day's news ("in the past 24 hours": the report's day).
DAY_HOURS = 24
#: How far after a span counted back a day told in its sentence may be the one it counts from, the day its source spoke
#: ("over the past 24 hours the defence ministry said on Saturday").
COUNTED_FROM_REACH = 80


#: The text of a span of days counted back from the report once dated (``to_report``): "the past two days", "the last
#: 48 hours".
TALLY_TEXT = re.compile(r".*\b(?:days|hours)", re.IGNORECASE | re.DOTALL)


def tally(when: EventDate) -> bool:
    """Is the date a week that holds a span counted back from the report (``to_report``: "killed several ISIL terrorists
    during the past two days")? A tally over days, not a happening of that week: it anchors no story (narrative rule 2)
    and no other telling is folded into it as told again ("Three other terrorists were killed in an ambush in al-Ghabra"
    is a killing of its own)."""
    return when.precision == "week" and TALLY_TEXT.fullmatch(when.text or "") is not None


def day_told(timexes: Sorted, span: tuple[int, int], published: date | None) -> EventDate | None:
    """The one past day a span names by a date ("on Thursday", "on March 3"), or None. A bare time of day ("at around
    noon") is left out: it reads the report's day, where the span's date tells which."""
    days = [t for t in timexes.within(*span) if t.type == "DATE" and t.granularity == "day"
            and published is not None and t.interval.first <= published]
    if len({t.value for t in days}) != 1:
        return None
    return _from(days[0], "explicit")


def told_in_phrase(timex: Timex) -> EventDate:
    """The date a time expression of an event's own phrase gives it ("the deal reached ... in March")."""
    return _from(timex, "explicit")


def _counted_from(timex: Timex, text: str, reference: date, timexes: list[Timex] | None,
                  reporting: Reporting | None) -> date:
    """The day a span counts back from: a past day told right after a reporting verb after it in its sentence, the day
    its source spoke ("in the last 48 hours military sources said on Friday"), else the report's day."""
    if reporting is None:
        return reference
    for other in timexes or ():
        if (other.start >= timex.end and other.start - timex.end <= COUNTED_FROM_REACH and other.type == "DATE"
                and other.granularity == "day" and other.interval is not None and other.interval.first <= reference
                and not SENTENCE_END.search(text, timex.end, other.start)
                and reporting.right_before.search(text, timex.end, other.start)):
            return other.interval.first
    return reference


#: A full stop before a space: the end of a sentence (narrative.py reads sentence ends with it too).
SENTENCE_END = re.compile(r"[.!?](?=\s)")


def to_report(timex: Timex, text: str, reference: date | None, words: re.Pattern | None,
              timexes: list[Timex] | None = None, reporting: Reporting | None = None) -> Timex:
    """A span counted back from the report ("repelled 7 waves of attacks in the last 10 days", cues.toml [anchors]
    to_report before the duration) as a date: the smallest week or month that holds it and the report's day, never
    one day of it ("killed nearly 50 people over the past two days" on Wednesday: that week, as the guide writes a
    span it can); hours in whole days, a day's worth or less the day's news ("in the past 24 hours": that day). The
    day counted back from is a past day told after the span in its sentence right after a reporting verb, the day its
    source spoke, else the report's (``_counted_from``). It is a tally over days, not a happening of its week: such a
    week anchors no sentence after it and takes none of the separate killings told around it as its retellings
    (``tally``: "killed several ISIL terrorists during the past two days ... Three other terrorists were killed in an
    ambush in al-Ghabra"). One that no month holds stays a duration. Other time expressions are returned as they are."""
    if timex.type != "DURATION" or reference is None or words is None or not words.match(timex.text):
        return timex
    found = SPAN_TO_REPORT.fullmatch(timex.value)
    if found is None:
        return timex
    reference = _counted_from(timex, text, reference, timexes, reporting)
    if found.group(3) is not None:
        # Hours count whole days back: one day's worth or less is that day's news ("killed 10 IS members in the past 24
        # hours"), more a span of days ("over the last 48 hours" on a Friday: that week).
        hours = int(found.group(3))
        if hours <= DAY_HOURS:
            value = reference.isoformat()
            return replace(timex, type="DATE", value=value, granularity="day", interval=Interval(reference, reference))
        first = reference - timedelta(days=-(-hours // DAY_HOURS))
    else:
        first = shift(reference, found.group(2), -int(found.group(1)))
    # The smallest week or month that holds the span ("in the past four days" on Saturday June 18: that week); one that
    # no month holds ("over the past ten days" on May 2) is left a duration: a year would be honest but places nothing
    # the text tells.
    held = holding(first, reference)
    if held is None or held[1] == "year":
        return timex
    value, granularity, whole = held
    return replace(timex, type="DATE", value=value, granularity=granularity, interval=whole)


#: Right before a vague word (not a phrase: "in the area in recent weeks"), what makes it no time of the clause: an article, a count or
#: a preposition ("an earlier strike", "hours earlier", "a day earlier", "the most recently", "according to earlier media
#: reports": an adjective of another noun).
VAGUE_NOT_AFTER = re.compile(r"\b(?:a|an|the|most|hours?|days?|weeks?|months?|years?|minutes?|moments?|shortly|just|"
                             r"to|of|in|by|from|with|than|on)\s+$",
                             re.IGNORECASE)
#: How far before its trigger a vague word tells the trigger's time ("have in recent weeks stepped up attacks").
VAGUE_REACH = 60


def vague(text: str, clause: tuple[int, int], trigger_start: int, trigger_end: int, words: re.Pattern | None) -> bool:
    """Is the happening at the trigger told as "recent" or "earlier" (cues.toml [anchors] vague_past): such a word in
    its clause before it, or a phrase after it ("killed in clashes ... in recent days"; "recently" after the trigger
    qualifies another verb: "attacked a town recently captured")?"""
    if words is None:
        return False
    for found in words.finditer(text, max(clause[0], trigger_start - VAGUE_REACH), clause[1]):
        if trigger_start <= found.start() < trigger_end:
            continue
        if found.start() >= trigger_end and " " not in found.group().strip():
            continue
        if " " not in found.group().strip() and VAGUE_NOT_AFTER.search(text, max(0, found.start() - 12), found.start()):
            continue
        return True
    return False


#: "recent" right before an event noun, at most one word between ("Recent airstrikes by the regime's jets", "the army's
#: recent victories"): the noun's happening is told as recent, with no day of its own (as ``vague``, which reads
#: "recently" and "in recent weeks" but not the adjective, which may qualify any noun of the clause).
RECENT_NOUN = re.compile(r"\brecent\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
RECENT_REACH = 30


def recent_noun(text: str, trigger_start: int) -> bool:
    """Is the event noun at ``trigger_start`` told as "recent" (``RECENT_NOUN``)?"""
    return RECENT_NOUN.search(text, max(0, trigger_start - RECENT_REACH), trigger_start) is not None


PAST_PERFECT_BETWEEN = re.compile(r"\bhad\b")
#: The time expressions coarse enough to hold what came just before the happening they date.
COARSE = ("month", "quarter", "season", "year")


def placed_in_year(text: str, anchor: int, sentence: tuple[int, int], timexes: Sorted,
                   just_before: re.Pattern | None) -> EventDate | None:
    """The year of a happening placed just before another ("after", "following": cues.toml [anchors] same_day) whose
    clause is dated by a month or a year told before the anchoring word: "embarked on the expansion of NATO in 1993
    after Clinton met with Havel" (1993), "recaptured by the state in 2016 following heavy bombing" (2016), "began in
    March 2011 but escalated after the government unleashed a crackdown" (2011: just before March, or after it, in that
    year). Its year, never more precise: the month may be the one before. None otherwise (a day stays the anchoring
    word's business: narrative rule 13)."""
    if just_before is None:
        return None
    word = just_before.search(text, max(sentence[0], anchor - 25), anchor)
    # A capitalised "After" is a title-case headline's ("Kobani in Ruins After Anti-IS Airstrikes"), no clause of a date.
    if word is None or not text[word.start()].islower():
        return None
    told = [t for t in timexes.within(sentence[0], word.start()) if t.granularity in COARSE and t.type == "DATE"]
    # "In January this year, police concluded he had probably been killed soon after being captured": what came just
    # before a past perfect came before the story's time, not in it.
    if not told or PAST_PERFECT_BETWEEN.search(text, told[-1].end, word.start()):
        return None
    year = told[-1].interval.first.year
    if told[-1].interval.last.year != year:
        return None
    return EventDate(date(year, 1, 1), date(year, 12, 31), "year", told[-1].text, f"{year:04d}", "anchored")


AND_BEFORE = re.compile(r"\band\s+$")
@dataclass(frozen=True)
class Reporting:
    """Where a reporting verb (cues.toml [events] reporting_verbs) stands to a time expression: anywhere after it, right
    after it ("on Wednesday said") or right before it ("said on Wednesday")."""

    after: re.Pattern
    right_after: re.Pattern
    right_before: re.Pattern

    @classmethod
    def of(cls, verbs: re.Pattern) -> Reporting:
        """From the verbs as one alternation (word boundaries around it)."""
        alternation = verbs.pattern
        return cls(re.compile(alternation), re.compile(rf",?\s+{alternation}"),
                   re.compile(rf"{alternation}\s+(?:on\s+|late\s+|early\s+)?$"))


SAID_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|did|could|can)\b", re.IGNORECASE)


def _in_what_is_said(text: str, trigger_start: int, timex: Timex) -> bool:
    """Is ``timex``, after the speech verb at ``trigger_start``, in a clause of its own verb (what is said)?"""
    return timex.start > trigger_start and SAID_CLAUSE_VERB.search(text, trigger_start, timex.start) is not None


def _said_when(text: str, timex: Timex, trigger_start: int, reporting: Reporting) -> bool:
    """Is ``timex`` the time of a reporting verb rather than of the event at ``trigger_start``: told before that verb
    and the event after it, or right next to the verb ("officials on Wednesday said", "said on Wednesday")?"""
    if timex.end <= trigger_start and reporting.after.search(text, timex.end, trigger_start):
        return True
    return bool(reporting.right_after.match(text, timex.end)
                or reporting.right_before.search(text, max(0, timex.start - 20), timex.start))


#: The statuses of a happening still to come: no day of its own is the day a source told of it.
TO_COME = ("planned",)
#: Between a reporting verb told after the trigger and a time of its own: a short phrase of no verb of its own
#: ("said at a regular news briefing today"), not what is said ("said Kerry will meet Lavrov on Saturday").
SAYING_ADJUNCT = re.compile(r"(?:\s+(?!(?:that|will|would|is|are|was|were|has|have|had|to)\b)[\w'-]+){0,6}\s+")


def saying_only(text: str, times: list[Timex], trigger_start: int, reporting: Reporting) -> bool:
    """Are all ``times`` (at least one) the time of a reporting verb, not of the happening at ``trigger_start``: told
    right next to the verb or before it ("officials on Wednesday said", "said on Wednesday"), or after the trigger in a
    reporting clause of its own, a short verbless phrase after the verb (``SAYING_ADJUNCT``: "is also expected to visit
    Baghdad, Gremitskikh said at a regular news briefing today")? For a plan, such a time is when it was told of,
    never when it is to happen: the guide dates no more precisely than the text."""
    def told_of(t: Timex) -> bool:
        if _said_when(text, t, trigger_start, reporting):
            return True
        verb = reporting.after.search(text, trigger_start, t.start) if t.start > trigger_start else None
        return verb is not None and SAYING_ADJUNCT.fullmatch(text, verb.end(), t.start) is not None
    return bool(times) and all(told_of(t) for t in times)


WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)
#: From a time expression to a trigger in the "when" clause that follows it: ", when the Soviets " (no other clause between).
WHEN_CLAUSE = re.compile(r",?\s+when\s+[^,;.:()]*")
PERFECT_BEFORE = Caseless(r"\b(?:has|have)\s+(?:(?:also|already|repeatedly|previously|long|since)\s+)?$")  # any case, cheaper


def _until_now(when: EventDate, timex: Timex, text: str, published: date | None, until_now: re.Pattern | None,
               trigger_start: int) -> EventDate:
    """Violence told as going on since a day ("Since July 11 regime bombardment ... has cost the lives of 136") is a
    series from that day to the publication: it is dated by the smallest week, month or year that holds both, not by
    its first day (a truce "in force since Monday" began that day: the caller passes no ``until_now`` for it). One
    that began in an earlier year keeps the date it began ("since 1985"); so does one told in a "when" clause of that
    day ("battling ISIL since June 9, when it launched an offensive": the offensive's day)."""
    if (until_now is None or published is None or when.last > published
            or not until_now.search(text, max(0, timex.start - 20), timex.start)
            or WHEN.search(text, timex.end, trigger_start)):
        return when
    held = holding(when.first, published)
    if held is None:
        return when
    return EventDate(held[2].first, held[2].last, held[1], when.text, held[0], when.basis)


def _conjunct(own: list[Timex], text: str, clause: tuple[int, int], trigger_start: int) -> list[Timex]:
    """The time expressions of the later verb phrase of a clause, when the trigger opens it right after "and": "After
    touring Dar es Salaam Thursday and meeting police leaders Friday morning": the meeting is Friday's, Thursday is the
    touring's. "The LTTE and the government meeting ... since 2002" joins two names, not two verbs: no conjunct. One
    after the trigger may be shared by both verbs ("kidnapped and presumed killed two years ago"): the conjunct ends
    with the clause."""
    if len(own) < 2 or not text:
        return []
    joined = AND_BEFORE.search(text, clause[0], trigger_start)
    return [] if joined is None else [t for t in own if t.start >= trigger_start]


#: A determiner (and at most one adjective) right before a date, and a lower-case word right after it: the date is an
#: attribute of that noun ("an August 21 gas attack", "a controversial June 3 poll"), not the time of the clause.
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|in|on|at|of|to|for|by|with|as|that|when|was|were|is|are|had|has|have|will|would|said|says|during|after|before|from|amid|while|following|until|since|against|but|near|into|despite|through|across|around)\b)[a-z][\w-]*\b")
#: The trigger's one word right before a date ("a rally Saturday demanding"): the date is that noun's, not an attribute.
OWN_WORD = re.compile(r"[\w-]+\s+")
#: Between a possessive day and the violent noun it names: the possessive "s", then at most two words ("Mondays twin
#: bombings", "Tuesday's suspected chemical attack").
OWN_WORD_RUN = re.compile(r"(?:[\x27’]s)?\s+(?:[\w-]+\s+){0,2}")
#: How far after an attributive date its noun's trigger may start ("the August 21 chemical weapons attack").
ATTRIBUTE_REACH = 30


def _attributive(text: str, timex: Timex) -> bool:
    """Is the day ``timex`` told as the attribute of the noun after it ("the August 21 gas attack", and a possessive,
    itself a determiner: "blamed Saturday's attack on terrorists", "Mondays twin bombings" where a scraped text lost the
    apostrophe)?"""
    if not text or timex.granularity != "day":
        return False
    apostrophe = POSSESSIVE_MARK.match(text, timex.end)  # the tagger leaves "'s" out of the expression
    if NOUN_AFTER.match(text, apostrophe.end() if apostrophe else timex.end) is None:
        return False
    return (apostrophe is not None or timex.text.lower().endswith("days")
            or not DEICTIC.match(timex.text) and DETERMINER_BEFORE.search(text, max(0, timex.start - 25), timex.start) is not None)


POSSESSIVE_MARK = re.compile(r"[\x27’]s\b")
#: A time told from the report's day ("tonight", "today", "yesterday"): an adverb of its clause, never a noun's attribute
#: ("killed in an explosion that targeted a meeting tonight"); "tonight" is the evening of that day, not the night's end.
DEICTIC = re.compile(r"(?:to(?:day|night|morrow)|yesterday)\b", re.IGNORECASE)


def _possessive(text: str, timex: Timex) -> bool:
    """Is the day told as a possessive ("Saturday's attack", "Saturdays attack" with the apostrophe lost)?"""
    return POSSESSIVE_MARK.match(text, timex.end) is not None or timex.text.lower().endswith("days")


AGE = re.compile(r"(?:\b(\d+|[a-z]+)-|(?<![\w-]))(day|week|month|year)-old\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
AGE_UNITS = {"day": ("D", "day"), "week": ("W", "week"), "month": ("M", "month"), "year": ("Y", "year")}


def aged(text: str, trigger_start: int, published: date | None, numbers: dict[str, int]) -> EventDate | None:
    """ "the IRA's 8-month-old truce" (March 1998): what is N units old began N units before the report, dated by
    that unit (July 1997), never more precisely. None when no age is told right before the trigger."""
    if published is None or text.find("-old", max(0, trigger_start - 40), trigger_start) < 0:
        return None
    found = AGE.search(text, max(0, trigger_start - 40), trigger_start)
    if found is None:
        return None
    count = (found.group(1) or "one").lower()  # "Syria's fragile week-old ceasefire": one week
    n = int(count) if count.isdigit() else numbers.get(count)
    if not n:
        return None
    unit, precision = AGE_UNITS[found.group(2).lower()]
    value, _, interval = period(unit, shift(published, unit, -n))
    return EventDate(interval.first, interval.last, precision, found.group(0).strip(), value, "explicit")


# "Tuesday's reports came on the eve of a meeting in Brussels", "The reports come just a day after 100 civilians were
# killed": the happening placed is one day from the main clause's day (its own day, or the publication day for the
# day's news that "comes" or "came" with no day told); +1 for the eve and "a day before", -1 for "a day after". A count
# of days counts the same: "The attack on the hospital comes two days after Russian jets hit a UN aid convoy" is -2 ("a
# few days", "several days" count nothing).
# A week is a round figure, not a count of days: "The row ... comes just a week after the long-running talks restarted"
# (a Monday report) places the restart six to eight days before, the smallest week or month holding them (that
# November; one that only a year holds places nothing): its own time words (basis explicit), which keep "the talks" so
# placed from being folded into talks of another day. "Barely a week since the US and Russia agreed to halt bombing"
# counts back from now, the report's day, when no day is told: "since" measures up to the time of telling. "less than a
# week after", "within a week of" bound the gap, they do not give it.
_COUNTS = {word: n for word, n in load_tables()["numbers"].items() if isinstance(n, int) and 2 <= n <= 31}
_COUNT = r"(?P<count>" + alternation(list(_COUNTS)) + r"|[1-9]|[12][0-9]|3[01])"
_ROUGHLY = r"(?:(?:just|barely|only|about|approximately|roughly|nearly|almost|some)\s+)?"
DAY_APART = re.compile(r"\b(?:(?P<eve>on\s+the\s+eve\s+of)|(?:(?:a|one|the)\s+day|" + _COUNT + r"\s+days)\s+(?P<dir>before|after)"
                       r"|(?<!than\s)(?<!within\s)" + _ROUGHLY + r"(?:a|one|(?P<weeks>" + alternation(list(_COUNTS)) + r"|[2-9]))\s+(?P<week>weeks?)\s+"
                       r"(?P<wdir>after|since))\s+(?:(?!to\s)[\w'’-]+\s+){0,8}(?:\w+-)?$",
                       re.IGNORECASE)
COMES_BEFORE = re.compile(r"\b(?:comes?|came)\s+(?:just\s+|only\s+)?$")


def day_apart(text: str, trigger_start: int, sentence: tuple[int, int], timexes: Sorted,
              published: date | None) -> EventDate | None:
    """The date of a happening placed a day, a count of days or weeks from its main clause's day (``DAY_APART``), or
    None."""
    low = max(sentence[0], trigger_start - 90)
    before = text[low:trigger_start]
    if "eve of" not in before and "day " not in before and "days " not in before and "week" not in before:
        return None
    found = DAY_APART.search(text, low, trigger_start)
    if found is None:
        return None
    days = [t for t in timexes.within(sentence[0], found.start())
            if t.type == "DATE" and t.granularity == "day" and t.interval is not None]
    if days:
        day = days[-1].interval.first
    elif published is not None and (COMES_BEFORE.search(text, max(sentence[0], found.start() - 20), found.start())
                                    or (found.group("wdir") or "").lower() == "since"):
        day = published
    else:
        return None
    if found.group("week"):
        weeks = found.group("weeks")
        count = 1 if weeks is None else int(weeks) if weeks.isdigit() else _COUNTS[weeks.lower()]
        held = holding(day - timedelta(days=8 * count), day - timedelta(days=6 * count))
        if held is None or held[1] == "year":
            return None
        value, precision, whole = held
        return EventDate(whole.first, whole.last, precision, text[found.start():found.end("wdir")], value, "explicit")
    count = found.group("count")
    apart = 1 if count is None else int(count) if count.isdigit() else _COUNTS[count.lower()]
    day += timedelta(days=-apart if found.group("dir") and found.group("dir").lower() == "after" else apart)
    phrase = found.group("eve") or text[found.start():found.end("dir")]
    return EventDate(day, day, "day", phrase, day.isoformat(), "anchored")


# "air strikes killed 20 civilians on Sunday the fifth day of an incursion", "Monday was the fourth day of intense air
# raids": the happening named after "day of" began that many days before the day told (-(N-1)).
_ORDINALS = load_tables()["day_ordinals"]
_ORDINAL = r"(?P<nth>" + alternation(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
NTH_DAY = re.compile(r"\b(?:the|a|its|their)\s+" + _ORDINAL + r"\s+(?:straight\s+|consecutive\s+|successive\s+|full\s+)?day\s+of\s+"
                     r"(?P<words>(?:[\w'’-]+\s+){0,4})", re.IGNORECASE)
#: Right before "the Nth day" with no day told in the sentence: the report's day ("It's the second day of an offensive").
NTH_DAY_NOW = re.compile(r"\b(?:it'?s|it\s+is|is|marks|marked|was)\s+$", re.IGNORECASE)


def nth_of(found: re.Match) -> int:
    """The N of an ``NTH_DAY`` match ("fifth" -> 5, "2nd" -> 2)."""
    nth = found.group("nth").lower()
    return _ORDINALS.get(nth) or int(re.match(r"\d+", nth).group())


def nth_day_before(text: str, at: int, low: int) -> re.Match | None:
    """The "the Nth day of" (``NTH_DAY``) that ends right at ``at`` ("the fifth day of" an incursion), looked for from
    ``low``; None."""
    if "day of" not in text[low:at].lower():
        return None
    return next((m for m in NTH_DAY.finditer(text, low, at) if m.end() == at), None)


def nth_day(text: str, trigger_start: int, sentence: tuple[int, int], timexes: Sorted,
            published: date | None) -> tuple[EventDate, date] | None:
    """The first day of a happening told as in its Nth day (``NTH_DAY`` right before its trigger, or opening a trigger
    that holds it: "the fourth day of intense air raids"), counted back from the day its sentence tells, or from the
    report's day for the present ("today is the eighth day of Desert Shield", "It's the second day of an offensive"),
    and that day; None when the text tells no such day."""
    low = max(sentence[0], trigger_start - 80)
    if "day of" not in text[low:trigger_start + 40].lower():
        return None
    found = nth_day_before(text, trigger_start, low) or NTH_DAY.match(text, trigger_start, sentence[1])
    if found is None:
        return None
    count = nth_of(found)
    days = [t for t in timexes.within(*sentence) if t.type == "DATE" and t.granularity == "day" and t.interval is not None
            and not found.start() <= t.start < found.end()]
    if days:
        told = min(days, key=lambda t: abs(t.start - found.start())).interval.first
    elif published is not None and NTH_DAY_NOW.search(text, max(sentence[0], found.start() - 12), found.start()):
        told = published
    else:
        return None
    day = told - timedelta(days=count - 1)
    return EventDate(day, day, "day", text[found.start():found.start("words")].strip(), day.isoformat(), "explicit"), told


#: A weekday alone ("Tuesday morning", "on Friday"): the engine places it by the tense nearest to it in its clause.
BARE_WEEKDAY = re.compile(r"(?:on\s+)?" + english_macros()["WEEKDAYS"] + r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)


#: A verb in the past right before a weekday ("picked Saturday night", "said Wednesday"): the weekday is that verb's.
PAST_VERB_BEFORE = re.compile(r"\b(?:[a-z]+ed|said|told|saw|took|gave|made|began|met|won|went|came)\s+$", re.IGNORECASE)


def _ahead(when: EventDate, timex: Timex, status: str, published: date | None, text: str) -> EventDate:
    """A planned event's bare weekday is the next one, not the one gone: "Albright ... is scheduled to spend only five
    hours on the ground in Dar es Salaam, Tanzania, her first stop Tuesday morning" (a Monday report) is the next day,
    though the schedule's verb is too far from the weekday for the engine's tense. Not a weekday right after a verb in
    the past ("the United Nations said Wednesday", "secretly picked Saturday night"): that verb's day, gone."""
    if (status != "planned" or published is None or when.first is None or when.precision != "day"
            or when.last >= published or not BARE_WEEKDAY.fullmatch(timex.text) or not text
            or PAST_VERB_BEFORE.search(text, max(0, timex.start - 20), timex.start)):
        return when
    day = when.first + timedelta(days=7)
    return EventDate(day, day, "day", when.text, day.isoformat() + when.value[10:], when.basis)


def _told_before(timexes: Sorted, clause: tuple[int, int], trigger_start: int) -> date | None:
    """The last day of the time expression told last in ``clause`` before the trigger, or None."""
    before = [t for t in timexes.within(clause[0], trigger_start) if t.end <= trigger_start]
    return before[-1].interval.last if before else None


#: From a trigger to a time: words only (no punctuation), then "since" right before the time.
SINCE_AFTER = re.compile(r"[\w'’ -]{0,80}?\bsince\s+$", re.IGNORECASE)
#: How far before its trigger the word counting it first since a time is looked for (cues.toml [events] first_since).
FIRST_REACH = 40


def counted_since(text: str, trigger_start: int, timex: Timex, first_since: Caseless) -> bool:
    """Is ``timex`` the "since" of a happening counted first (or most) since then ("will be making his first visit to the
    country since August", cues.toml [events] first_since right before the trigger): when the last one was, or when the
    count began, not when this one is?"""
    return (timex.start > trigger_start and SINCE_AFTER.fullmatch(text, trigger_start, timex.start) is not None
            and first_since.search(text, max(0, trigger_start - FIRST_REACH), trigger_start) is not None)


def date_event(*, trigger_start: int, clause: tuple[int, int], sentence: tuple[int, int], anchor: int | None,
               timexes: Sorted, published: date | None, type_name: str, status: str, tense: str, text: str = "",
               reporting: Reporting, asides: tuple[tuple[int, int], ...] = (), until_now: re.Pattern | None = None,
               placing: tuple[tuple[int, int], ...] = (), restrictive: tuple[tuple[int, int], ...] = (),
               first_since: Caseless | None = None) -> EventDate:
    """``anchor``: offset just after an anchoring word ("following") before the trigger, or None. ``timexes``: the
    article's, sorted (a long text has thousands: each event looks only at its clause's and sentence's). ``text``: the
    article's, to tell a verb phrase after "and". ``reporting``: where the reporting verbs stand. ``asides``: the sentence's relative clauses set off by commas
    ("McGurk, who was envoy until December, also criticized") and clauses opened by "but": their time expressions
    date what they tell only. ``until_now``: a word right before a time expression that makes it the start of violence
    still going on ("since"); None for other events. ``placing``: (end of an anchoring word, start of the trigger it
    places) in the sentence: a time expression between them dates the event placed ("before next week's talks"), not
    one told before the anchoring word ("Netanyahu says gaps remain"). ``restrictive``: relative clauses with no comma before
    them ("that began Friday"); a time in one told after the trigger dates that clause only. ``first_since``: the words that
    count a happening first since a time, right before its trigger (``counted_since``): that time is not its own."""
    floor = anchor if anchor is not None else -1
    # A meeting held over days ("the summit on April 24 and 25") is placed at its opening day.
    joinable = timexes if type_name != "diplomatic_meeting" else None
    aside = [(s, e) for s, e in asides if not s <= trigger_start < e]
    aside += [(a, p) for a, p in placing if trigger_start < a]
    # "protested against infighting between the insurgent groups that began Friday": the time of a relative clause told
    # after the trigger is what the clause's noun did; the caller passes these for speech, diplomacy and protest only.
    aside += [(s, e) for s, e in restrictive if trigger_start < s]
    theirs = lambda t: any(s <= t.start and t.end <= e for s, e in aside)  # noqa: E731
    speech = type_name in SPEECH_TYPES and bool(text)
    # "Kavan said he was in Kansas City in 1968": a time told after a speech word, in what is said, dates the words,
    # not the saying.
    said = (lambda t: _in_what_is_said(text, trigger_start, t)) if speech else (lambda t: False)  # noqa: E731
    if speech and PERFECT_BEFORE.search(text, max(0, trigger_start - 30), trigger_start):
        # "Human Rights Watch has accused the regime of eight attacks ... last year": a present perfect takes no definite
        # past time either; one told after it dates what is said (unless it is the time of a reporting verb: "has
        # agreed to ..., Scheffer said on Wednesday").
        said = (lambda t: t.start > trigger_start and not _said_when(text, t, trigger_start, reporting))  # noqa: E731
    # "has invited the ministers to a ceremony on March 12", "Police have warned of violence ahead of December 2007
    # elections": an act told as done was done by the report; a later time told after its word is what is asked or said.
    done = published is not None and type_name in DONE_ACTS and tense in ("past", "perfect")
    content = (lambda t: t.start > trigger_start and t.interval.first > published) if done else (lambda t: False)  # noqa: E731
    if published is None and type_name in DONE_ACTS and tense in ("past", "perfect"):
        # A page with no date of its own: the act's time told before its word bounds it instead ("On 15 November
        # 2013 the Executive Council ... decides ... declared chemicals ... not later than 30 June 2014": the deadline
        # is what is decided, not when).
        bound = _told_before(timexes, clause, trigger_start)
        if bound is not None:
            content = lambda t: t.start > trigger_start and t.interval.first > bound  # noqa: E731
    # "over an August 21 gas attack", "in a controversial June 3 poll": a date between a determiner and its noun names
    # that thing; it dates only the event the noun tells, not the clause's other events.
    # ... unless the noun right before the date is the event's own ("in a rally Saturday demanding the return of Elian"):
    # the date follows its noun, not the next word (a possessive still names the next: "blamed Saturday's attack").
    named = lambda t: (not t.end <= trigger_start <= t.end + ATTRIBUTE_REACH  # noqa: E731
                       and (not OWN_WORD.fullmatch(text, trigger_start, t.start) or _possessive(text, t))
                       and _attributive(text, t))
    counted = text and first_since is not None
    since = lambda t: counted and counted_since(text, trigger_start, t, first_since)  # noqa: E731
    own = [t for t in timexes.within(*clause) if t.start >= floor and not theirs(t) and not said(t) and not content(t)
           and not named(t) and not since(t)]
    if len(own) > 1 and status in ("planned", "proposed", "hypothetical") and not speech and text:
        # "US officials on Wednesday said Kerry will meet Lavrov on Saturday": the time before the reporting verb is
        # the saying's; a planned meeting's is the one of its own words ("announced it had entered into an agreement"
        # keeps the saying's day: what is told done was done by then).
        own = [t for t in own if not _said_when(text, t, trigger_start, reporting)] or own
    to_come = status in TO_COME and type_name not in DONE_ACTS and bool(text)
    if to_come and saying_only(text, own, trigger_start, reporting):
        # "Sytenko is also expected to visit Baghdad, Gremitskikh said at a regular news briefing today": the day the
        # plan was told of, not the day of the visit (the gold dates no plan by its source's day).
        return UNDATED_RELATIVE if anchor is not None else UNDATED
    chosen = _nearest(_conjunct(own, text, clause, trigger_start) or own, trigger_start)
    if chosen and anchor is None and text:
        # "who lived in London from 1968, when the Soviets invaded Czechoslovakia, until 1989": a "when" clause right
        # after a time expression tells what happened at that time, whatever time is told after the clause.
        chosen = next((t for t in timexes.within(sentence[0], trigger_start) if t.end <= trigger_start
                       and WHEN_CLAUSE.fullmatch(text, t.end, trigger_start) and not named(t)), chosen)
    if chosen and years_span(chosen, text, timexes):
        return UNDATED_SPANNED
    if chosen:
        return _ahead(_until_now(_from(chosen, "explicit", text, joinable), chosen, text, published, until_now, trigger_start),
                      chosen, status, published, text)
    if anchor is None:
        nearby = [t for t in timexes.within(*sentence) if not theirs(t) and not said(t) and not content(t) and not named(t)
                  and not since(t)]
        if to_come and saying_only(text, nearby, trigger_start, reporting):
            return UNDATED
        chosen = _nearest(nearby, trigger_start)
        if chosen and years_span(chosen, text, timexes):
            return UNDATED_SPANNED
        if chosen:
            return _until_now(_from(chosen, "explicit", text, joinable), chosen, text, published, until_now, trigger_start)
        holds = type_name in PRESENT_HOLDS or status in ("planned", "proposed")
        told_done = done and any(content(t) for t in timexes.within(*sentence))
        if published is not None and (tense == "present" and holds or told_done):
            return publication_day(published)
    return UNDATED_RELATIVE if anchor is not None else UNDATED
