"""find_publication_date: markers, datelines glued to titles, page metadata, and what gives None."""
from datetime import date

import pytest

from events.temporal import find_publication_date


@pytest.mark.parametrize("text,expected", [
    ("Syria strikes kill 15 near Damascus Monitor AFP Monday 9 Feb 2015 At least 15 people", date(2015, 2, 9)),
    ("Print this page Tuesday 19 July 2016 16:45 Russian Airstrikes Disrupt", date(2016, 7, 19)),
    ("Syrian Army Kills Dozens Middle East Syria Military 07-08-2013 0147 PM A Syrian army unit",
     date(2013, 8, 7)),
    ("Some title\n\nUpdated: Wednesday, 27 July 2016 10:14 GMT\n\nBody", date(2016, 7, 27)),
])
def test_finds_the_dateline(text, expected):
    found = find_publication_date(text)
    assert found is not None and found.date == expected
    assert text[found.start:found.end] == found.text


def test_marker_beats_an_earlier_event_date():
    text = "On 3 March 2015 the town fell, a year before this report.\nPublished 27 July 2016"
    assert find_publication_date(text).date == date(2016, 7, 27)


@pytest.mark.parametrize("text", ["", "No date here at all.", "WASHINGTON, July 27 (Reuters) - Talks resumed."])
def test_none_without_a_dated_dateline(text):
    assert find_publication_date(text) is None


def test_text_must_be_a_string():
    with pytest.raises(ValueError, match="text"):
        find_publication_date(None)


def test_a_wire_dateline_filed_the_day_before_the_archive_date_is_the_reports_day():
    from events.temporal import dateline_day

    text = "\n\nWARSAW, February 26 (Xinhua) --\n\nThe presidents of Poland and the Czech Republic have signed papers."
    assert dateline_day(text, date(1999, 2, 27)) == date(1999, 2, 26)
    assert dateline_day(text, date(1999, 2, 26)) is None  # the same day: nothing to change
    assert dateline_day(text, date(1999, 3, 27)) is None  # a month apart: not this report's filing
    assert dateline_day("WASHINGTON, December 31 (AP) -- Text.", date(1999, 1, 1)) == date(1998, 12, 31)
    assert dateline_day("No dateline here.", date(1999, 2, 27)) is None


def test_a_head_date_told_with_a_preposition_is_no_dateline():
    # A list article opening on a dated item: the date is when the item happened, not the page's date.
    text = "Timeline. 1. Khan Shaykhun: On April 4 2017 warplanes dropped sarin on the town. 2. Shayrat: the US struck back."
    assert find_publication_date(text) is None
    # The same head date standing alone is still the dateline, and a later date of the head still counts.
    assert find_publication_date("April 4 2017 Warplanes dropped sarin on the town.").date == date(2017, 4, 4)
    assert find_publication_date("Since 4 April 2017 the town has been shelled. AFP 6 April 2017").date == date(2017, 4, 6)
