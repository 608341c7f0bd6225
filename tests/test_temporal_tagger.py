"""Unit tests of the tagger's conventions: spans, values, intervals, tense, bad input."""
from datetime import date

import pytest

from events.temporal import Interval, tag

REF = date(2016, 7, 27)  # a Wednesday, ISO week 2016-W30


def one(text, ref=REF):
    found = tag(text, ref)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize("text,value,first,last", [
    ("In June", "2016-06", date(2016, 6, 1), date(2016, 6, 30)),
    ("this week", "2016-W30", date(2016, 7, 25), date(2016, 7, 31)),
    ("Earlier this month", "2016-07", date(2016, 7, 1), REF),
    ("later this year", "2016", REF, date(2016, 12, 31)),
    ("the 1990s", "199", date(1990, 1, 1), date(1999, 12, 31)),
    ("the second quarter of 2016", "2016-Q2", date(2016, 4, 1), date(2016, 6, 30)),
    ("last summer", "2015-SU", date(2015, 6, 1), date(2015, 8, 31)),
    ("yesterday", "2016-07-26", date(2016, 7, 26), date(2016, 7, 26)),
    ("two days ago", "2016-07-25", date(2016, 7, 25), date(2016, 7, 25)),
    ("27/07/2016", "2016-07-27", REF, REF),
    ("July 27, 2016", "2016-07-27", REF, REF),
])
def test_value_and_interval(text, value, first, last):
    timex = one(text)
    assert timex.value == value
    assert timex.interval == Interval(first, last)


def test_preposition_left_out_of_span():
    timex = one("In June the talks failed")
    assert timex.text == "June" and timex.start == 3


def test_precision_is_honest():
    assert one("In June").granularity == "month"
    assert one("mid-2015").mod == "MID" and one("mid-2015").value == "2015"


def test_tense_picks_past_or_future():
    assert one("The army attacked on Tuesday").value == "2016-07-26"
    assert one("The talks will resume on Tuesday").value == "2016-08-02"
    assert one("Talks were held in September").value == "2015-09"
    assert one("Talks will be held in September").value == "2016-09"


@pytest.mark.parametrize("text,kind,value", [
    ("three years", "DURATION", "P3Y"),
    ("48 hours", "DURATION", "PT48H"),
    ("more than a decade", "DURATION", "P10Y"),
    ("every week", "SET", "P1W"),
    ("3 p.m.", "TIME", "2016-07-27T15:00"),
    ("Tuesday morning", "TIME", "2016-07-26TMO"),
    ("recently", "DATE", "PAST_REF"),
    ("now", "DATE", "PRESENT_REF"),
    ("in the future", "DATE", "FUTURE_REF"),
])
def test_types(text, kind, value):
    timex = one(text)
    assert (timex.type, timex.value) == (kind, value)


def test_more_than_a_decade_is_marked():
    assert one("more than a decade").mod == "MORE_THAN"


def test_ranges_share_the_year_and_know_the_whole():
    found = tag("between March and May 2015", REF)
    assert [t.value for t in found] == ["2015-03", "2015-05"]
    assert found[0].range_interval == Interval(date(2015, 3, 1), date(2015, 5, 31))
    found = tag("from 2014 to 2016", REF)
    assert [t.text for t in found] == ["2014", "2016"]
    assert found[1].range_interval == Interval(date(2014, 1, 1), date(2016, 12, 31))


def test_dates_inside_words_are_not_timexes():
    assert tag("Mayday2016 and TuesdayX", REF) == []


def test_may_the_verb_is_not_a_month():
    assert tag("Rebels may attack", REF) == []
    assert [t.value for t in tag("Fighting resumed in May", REF)] == ["2016-05"]


def test_counts_are_not_years():
    assert tag("some 2000 troops", REF) == []


def test_empty_text():
    assert tag("", REF) == []


@pytest.mark.parametrize("bad", [None, "", "yesterday", "2016-13-01", 20160727, "27/07/2016"])
def test_bad_reference_date(bad):
    with pytest.raises(ValueError, match="reference_date"):
        tag("today", bad)


def test_text_must_be_a_string():
    with pytest.raises(ValueError, match="text"):
        tag(None, REF)


def test_possessive_clitic_is_left_out_of_the_span():
    [timex] = tag("They would look for ways around Wednesday's ruling.", "2000-01-07")
    assert timex.text == "Wednesday" and timex.value == "2000-01-05"


@pytest.mark.parametrize("text", [
    'Secretary of State James Baker, speaking on ABC News\' "This Week," said',
    "The poster showed Gary Cooper from the film ``High Noon.''",
    "Gonzalez said on CBS's ''60 Minutes'' that he would wait.",
])
def test_quoted_titles_are_not_times(text):
    assert tag(text, "2000-04-17") == []


def test_quoted_speech_keeps_its_times():
    [timex] = tag('"We will meet next week," he said.', "2016-07-27")
    assert timex.value == "2016-W31"


def test_islamic_holidays_get_a_day_of_slack():
    [eid] = tag("bloody attacks during Eid al-Adha", "2017-09-20")
    assert (eid.value, eid.mod, eid.granularity) == ("2017-09-01", "APPROX", "day")
    assert eid.interval == Interval(date(2017, 8, 31), date(2017, 9, 2))
    [ramadan] = tag("at the start of Ramadan", "2017-05-29")
    assert (ramadan.value, ramadan.granularity) == ("2017", "month")
    assert ramadan.interval == Interval(date(2017, 5, 26), date(2017, 6, 25))


def test_islamic_holidays_outside_the_calendar_tables_are_left_out():
    assert tag("during Ramadan", "1900-06-01") == []
    assert [t.text for t in tag("Ramadan 1900", "2016-01-01")] == ["1900"]


def test_week_of_a_month_keeps_the_month_value_and_the_week_interval():
    [timex] = tag("the second week of June", "2016-07-27")
    assert (timex.value, timex.granularity) == ("2016-06", "week")
    assert timex.interval == Interval(date(2016, 6, 8), date(2016, 6, 14))
    [last] = tag("in the last week of February 2016", "2016-07-27")
    assert last.interval == Interval(date(2016, 2, 23), date(2016, 2, 29))


@pytest.mark.parametrize("text", ["August 13 2016 2037 UTC+3 Troops clashed", "shells fell at 2215 GMT"])
def test_four_digits_before_a_time_zone_are_a_clock_time_not_a_year(text):
    found = tag(text, date(2016, 8, 13))
    assert [t.granularity for t in found if t.type == "DATE" and t.granularity == "year"] == []
    assert any(t.type == "TIME" for t in found), [(t.text, t.value) for t in found]


def test_each_rule_twin_matches_where_the_rule_matches():
    # The tagger asks a rule's case-sensitive twin (on the lower-cased text) first and skips the rule where it fails:
    # the twin must match exactly where the IGNORECASE rule does, with the same span.
    from events.temporal.caseless import lowered
    from events.temporal.ruleset import english

    rules = english().rules
    assert all(rule.twin is not None for rule in rules)
    texts = [example[0] for rule in rules for example in rule.examples] + ["On TUESDAY, Last Week and NEXT MONTH’s talks"]
    for rule in rules:
        for text in texts:
            low = lowered(text)
            for start in range(len(text)):
                match, twin = rule.regex.match(text, start), rule.twin.match(low, start)
                assert (match and match.span()) == (twin and twin.span()), (rule.name, text, start)


def test_future_markers_find_the_spans_the_case_insensitive_regex_finds():
    import re

    from events.temporal.ruleset import _marker_regex, english

    future = english().future
    text = "They WILL meet; talks Are Expected to resume, officials said they'll go and PLAN TO vote Tomorrow."
    plain = _marker_regex(["will", "'ll", "are expected to", "plans? to", "tomorrow"])
    assert isinstance(plain, re.Pattern)
    assert [m.span() for m in future.finditer(text)] == [m.span() for m in re.compile(future.pattern, re.I).finditer(text)]
    assert {(m.span(), m.group().lower()) for m in plain.finditer(text)} <= {(m.span(), m.group()) for m in future.finditer(text)}


def test_without_a_reference_a_yearless_date_takes_the_year_the_story_told_last():
    from events.temporal import tag_absolute, tag_without_reference

    text = ("1. Talks: On 2 May 2015 envoys met in Geneva. 2. Next round: the envoys are due to meet again on June 9. "
            "3. Earlier: a truce was agreed last week and on Tuesday.")
    placed = {t.text: t.value for t in tag_without_reference(text)}
    assert placed == {"2 May 2015": "2015-05-02", "June 9": "2015-06-09"}
    assert "June 9" not in {t.text for t in tag_absolute(text)}
    # with no day told with its year before it, a yearless date stays unplaced
    assert [t.text for t in tag_without_reference("The envoys are due to meet on June 9. In 2015 they met.")] == ["2015"]
