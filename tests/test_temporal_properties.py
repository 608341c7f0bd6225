"""Property tests: on any text the tagger returns well-formed, non-overlapping timexes and never raises."""
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from events.temporal import find_publication_date, tag
from events.temporal.values import is_timex3_value

FRAGMENTS = [
    "27 July 2016", "July 27, 2016", "Sept. 2014", "mid-2015", "the 1990s", "2014-2016", "27/07/2016",
    "today", "yesterday", "on Tuesday", "last week", "this week", "earlier this month", "next month",
    "two days ago", "in June", "last summer", "the past decade", "three years", "48 hours",
    "more than a decade", "every week", "Tuesday morning", "3 p.m.", "recently", "now", "in the future",
    "between March and May 2015", "from 2014 to 2016", "the third quarter", "'90s", "May", "may", "2000",
    "31 February 2016", "99999 years ago", "0 days", "12:75", "Q5 2016", "the 99th century", "-", "/", ".",
    " ", "\n", ",", "will", "and", "to", "of", "the", "a", "1", "19", "2016", "Apr 152017", "fiscal",
]
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join),
)
REFERENCES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def check(text: str, found) -> None:
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.start >= previous_end, "overlapping or out of order"
        previous_end = timex.end
        assert text[timex.start:timex.end] == timex.text
        assert is_timex3_value(timex.value), timex.value
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        for interval in (timex.interval, timex.range_interval):
            if interval is not None:
                assert interval.first <= interval.last


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_tag_well_formed(text, reference):
    check(text, tag(text, reference))


@settings(max_examples=60, deadline=None)
@given(TEXTS, REFERENCES)
def test_tag_any_reference_date(text, reference):
    check(text, tag(text, reference))


@settings(max_examples=80, deadline=None)
@given(TEXTS)
def test_publication_date_well_formed(text):
    found = find_publication_date(text)
    if found is not None:
        assert text[found.start:found.end] == found.text


def test_long_text_is_linear():
    # Several megabytes of date-ish text must finish: no catastrophic backtracking. (No timing asserted.)
    paragraph = ("The army said on 27 July 2016 that fighting between March and May 2015 had killed 12 12 12 "
                 "people in the 1990s-style siege, 3 p.m. 2014-2016, and that it would go on. " + "word " * 200)
    text = paragraph * 2500
    assert len(text) > 2_000_000
    found = tag(text, date(2016, 7, 27))
    assert len(found) >= 2500 * 5
    check(text, found)


# Words that share openings, differ in case, hold spaces, dots and hyphens: the trie of alternation() must match
# exactly where, and as long as, the list longest first does, inside patterns that backtrack into it.
WORDS = ["a", "A", "ai", "air", "Air", "air strike", "air strikes", "airs", "b", "b.", "b-c", "bc", "of", "of the", "ſ", "s",
         "S", "k", "K", ""]
WORD_PIECES = st.lists(st.sampled_from(WORDS), max_size=8)
ALTERNATION_TEXT = st.lists(st.sampled_from(WORDS + ["AIR", "Strikes", " ", "  ", "\n", ".", "-", "x", "the"]),
                            max_size=8).map("".join)
AROUND = [r"(?:{})", r"\b(?:{})\b", r"(?:{})\s", r"(?:(?:{})\s+)+x", r"(?:{})(?:s|\s+the)?$", r"(?P<w>{})(?=\W|$)"]


@settings(max_examples=400, deadline=None)
@given(words=WORD_PIECES, text=ALTERNATION_TEXT, flexible=st.booleans(), ignore_case=st.booleans(),
       around=st.sampled_from(AROUND))
def test_an_alternation_written_as_a_trie_matches_what_the_words_longest_first_match(words, text, flexible, ignore_case,
                                                                                         around):
    from events.temporal.ruleset import _flat, _spaced, alternation

    if flexible:
        pieces = {tuple(_spaced(word)) for word in words}
    else:
        pieces = {tuple(re.escape(char) for char in word) for word in words}
    flags = (re.IGNORECASE,) if ignore_case else (0, re.IGNORECASE)
    for flag in flags:
        trie = re.compile(around.format(alternation(words, flexible, ignore_case)), flag)
        flat = re.compile(around.format(_flat(pieces)), flag)
        for start in range(len(text) + 1):
            got, want = trie.match(text, start), flat.match(text, start)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), (trie.pattern, flat.pattern)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
