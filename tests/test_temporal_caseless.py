"""Caseless regexes: the same matches as IGNORECASE, on any text."""
import re

import pytest

from events.temporal.caseless import Caseless, lower_literals, lowered

PATTERNS = [
    r"kill|dead|die|death|bod(?:y|ies)|neutrali[sz]",
    r"\b(?:in|near|at|outskirts of)\s+(?:the\s+)?$",
    r"(?<!\w)(?:[0-9]+\s+(?:jan|feb)\.?|mid-|the\s+\w+days?)",
    r"\b(?P<num>\d+|two|three)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?P<victim>civilians|people)\b",
    r"[\w'’-]+\s+(?P<w>said|says)\b",
]
TEXTS = [
    "Two CIVILIANS were Killed in Aleppo on 3 Jan. and the Bodies found mid-March; Neutralised, he SAYS.",
    "İstanbul: ſtrikes KILL three people in Diyarbakır’s outskirts of the city; ΣΟΦΙΑ says “dead” — Straße",
    "Kelvin \u212a killed; micro \u00b5 dies; the mondays; two \u00c9migr\u00e9s civilians",
    "",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_ignorecase(pattern, text):
    fast, slow = Caseless(pattern), re.compile(pattern, re.IGNORECASE)
    assert fast.lower is not None  # these patterns have a lower-case twin
    for pos, endpos in [(0, len(text)), (5, len(text)), (3, 40), (0, 30)]:
        assert [m.span() for m in fast.finditer(text, pos, endpos)] == [m.span() for m in slow.finditer(text, pos, endpos)]
        for at in range(pos, min(endpos, len(text))):
            got, want = fast.match(text, at, endpos), slow.match(text, at, endpos)
            assert (got and got.span()) == (want and want.span())
            assert (got and [got.span(g) for g in range(got.re.groups + 1)]) == (want and [want.span(g) for g in range(want.re.groups + 1)])
        got, want = fast.search(text, pos, endpos), slow.search(text, pos, endpos)
        assert (got and got.span()) == (want and want.span())


def test_lowered_refuses_characters_that_lower_case_unlike_ignorecase():
    assert lowered("Killed in ALEPPO") == "killed in aleppo"
    assert lowered("“Dead” — É") == "“dead” — é"
    assert lowered("ſtrike") is None  # IGNORECASE reads the long s as "s"
    assert lowered("İdlib") is None  # lower-cases to two characters
    assert lowered("Diyarbakır") is None  # the dotless i is "i" to IGNORECASE


def test_scoped_flags_and_cased_non_ascii_keep_the_ignorecase_regex():
    assert Caseless(r"(?-i:[A-Z])\w+").lower is None
    assert Caseless(r"straße|É").lower is None
    assert Caseless(r"(?P<Name>a)(?P=Name)").lower.pattern == "(?P<Name>a)(?P=Name)"


def test_lower_literals_keeps_escapes_and_group_names():
    assert lower_literals(r"(?P<Lo>\d+)\S\W[A-Z]Abc") == r"(?P<Lo>\d+)\S\W[a-z]abc"


def test_required_literals_are_in_every_match():
    from events.temporal.caseless import required_literals

    pattern = r"(?:\s*\([A-Z]\w*\)\s*$)|(?:\bTags\b[^.]*$)|(?:Get short URL(?:\s+\d+)*)|(?:SEND https?\S*)"
    assert required_literals(pattern) == ("(", "Tags", "Get short URL", "SEND http")
    for text in ["x (AB) ", "Tags Syria", "Get short URL 12", "SEND https://x", "nothing"]:
        found = [m.group() for m in re.finditer(pattern, text)]
        assert all(any(literal in match for literal in required_literals(pattern)) for match in found)
    assert required_literals(r"a|b*") is None  # the second alternative needs no character
    assert required_literals(r"abc|(?i:x)") is None  # case-insensitive: not as written


def test_required_literals_read_nested_choices_and_repeats():
    from events.temporal.caseless import required_literals

    # "days" is needed whatever the count; of the sequence, the longest needed strings stand for it.
    assert required_literals(r"\b(?:two|three|[0-9]+)\s+days\b") == ("days",)
    assert required_literals(r"\bsince\s+(?:the\s+)?(?:start|beginning)\s+of\b") == ("since",)
    assert required_literals(r"\bon\s+(?:the\s+)?(?:start|beginning)\s+of\b") == ("start", "beginning")
    assert required_literals(r"(?:peace\s+)?talks|(?:negotiat(?:ions|ors))+") == ("talks", "negotiat")
    assert required_literals(r"\b(?:killed|died)(?:\s+in)?") == ("killed", "died")
    assert required_literals(r"(?i)abc") is None  # case-insensitive: not as written
    assert required_literals(r"(?:abc)?\d+") is None  # the optional group needs nothing


def test_gated_search_finds_what_the_regex_finds():
    from events.temporal.caseless import Gated

    regex = re.compile(r"\b(?:in|says|said)\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:statement|remarks)\b")
    gated = Gated(regex)
    assert gated.words == ("statement", "remarks")
    texts = ["he said in the statement that", "in this joint statement", "the remarks", "said the remarks", "no such words"]
    for text in texts:
        for pos, endpos in [(0, len(text)), (3, len(text)), (0, 12)]:
            expected = regex.search(text, pos, endpos)
            found = gated.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span())
            assert [m.span() for m in gated.finditer(text, pos, endpos)] == [m.span() for m in regex.finditer(text, pos, endpos)]
            assert bool(gated.match(text, pos, endpos)) == bool(regex.match(text, pos, endpos))
            assert bool(gated.fullmatch(text, pos, endpos)) == bool(regex.fullmatch(text, pos, endpos))
    assert gated.fullmatch("in the statement") and gated.fullmatch("in the statement.") is None
    assert gated.fullmatch("in the statement.", 0, 16) and gated.fullmatch("in the remark") is None
    assert Gated(re.compile(r"\bis\b|\bwas\b")).words is None  # short words are in every sentence: not worth a find


def test_gated_with_many_words_walks_an_automaton_with_the_same_answers():
    import sys

    from events.temporal.caseless import Gated

    words = ["airstrike", "bombing", "shelling", "mortar", "rocket", "sniper", "ambush", "raid", "clash", "siege", "blast"]
    regex = re.compile(r"\b(?:" + "|".join(words) + r")s?\b")
    gated = Gated(regex)
    assert gated._automaton is not None and set(gated.words) == set(words)
    texts = ["a mortar shell hit", "the siege’s end", "no such words at all", "blast", "raids and clashes", ""]
    for text in texts:
        for pos, endpos in [(0, sys.maxsize), (0, len(text)), (2, len(text)), (0, 5), (4, 4), (9, 3), (0, len(text) + 50)]:
            expected = any(word in text[pos:endpos] for word in words)
            assert gated.possible(text, pos, endpos) == expected, (text, pos, endpos)
            assert (gated.search(text, pos, endpos) and gated.search(text, pos, endpos).span()) == (
                regex.search(text, pos, endpos) and regex.search(text, pos, endpos).span())


def test_required_prefixes_begin_every_match():
    from events.temporal.caseless import required_prefixes

    # Assertions take no character; a repeat done at least once starts as its item; "begin" covers "begins".
    assert required_prefixes(r"\b(?:begins|begin|launched)\s+bombing") == ("begin", "launched")
    assert required_prefixes(r"(?<!\bto\s)\b(?:rally|rallies)\s") == ("rall",)
    assert required_prefixes(r"(?:(?:two|three|[0-9]+)\s+days|the\s+second\s+day)") == tuple(
        sorted([*"0123456789", "the", "two", "three"], key=lambda s: (len(s), s)))
    assert required_prefixes(r"(?:abc)?def") is None  # the optional group may be skipped
    # A choice of assertions only (a sentence's start) takes no character either; one of them that takes one does.
    assert required_prefixes(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Syria|Iran)(?=\s+said)") == ("Iran", "Syria")
    assert required_prefixes(r"(?:^|\n)(?:Syria|Iran)") is None
    assert required_prefixes(r"\w+ed") is None  # a category: any letter
    assert required_prefixes(r"(?i)abc") is None  # case-insensitive: not as written
    pattern = r"\b(?:left|leave|departed)\s+(?:for|to)\b|(?:was|were)\s+en\s+route"
    text = "He left for Paris; they were en route; the leaves left to ..."
    assert all(text.startswith(required_prefixes(pattern), m.start()) for m in re.finditer(pattern, text))


@pytest.mark.parametrize("text", TEXTS + ["Clashes erupted in recent days; hours earlier, LATELY, of late", "Recently: nothing"])
def test_gated_caseless_finds_what_ignorecase_finds(text):
    pattern = r"\b(?:in\s+recent\s+days|recently|lately|of late|earlier)\b"
    fast, slow = Caseless(pattern, gated=True), re.compile(pattern, re.IGNORECASE)
    assert fast.lower is not None and fast.lower.words  # the twin is gated on its words
    for pos, endpos in [(0, len(text)), (5, len(text)), (3, 40), (0, 30)]:
        assert [m.span() for m in fast.finditer(text, pos, endpos)] == [m.span() for m in slow.finditer(text, pos, endpos)]
        got, want = fast.search(text, pos, endpos), slow.search(text, pos, endpos)
        assert (got and got.span()) == (want and want.span())


def test_gated_match_is_the_regex_match_at_every_place():
    """``Gated.match`` asks the regex alone (no walk of the range for a word): the same match at every place, with the
    required words standing inside the match, far after it, or nowhere in the text."""
    import sys

    from events.temporal.caseless import Gated

    words = ["airstrike", "bombing", "shelling", "mortar", "rocket", "sniper", "ambush", "raid", "clash", "siege", "blast"]
    few = Gated(re.compile(r"\s+\b(?:in|after)\s+(?:the\s+)?(?:bombing|shelling)s?\b"))
    many = Gated(re.compile(r"\s+\b(?:the\s+)?(?:" + "|".join(words) + r")s?\b"))
    assert few.words is not None and few._automaton is None and many._automaton is not None
    texts = ["killed in the bombing and after shelling", "a raid, then nothing for a long while ... a siege",
             "no such words at all", " mortars", ""]
    for gated in (few, many):
        for text in texts:
            for pos in range(len(text) + 1):
                for endpos in (sys.maxsize, len(text), pos + 10):
                    found, expected = gated.match(text, pos, endpos), gated.regex.match(text, pos, endpos)
                    assert (found and found.span()) == (expected and expected.span()), (text, pos, endpos)
    assert many.match("a raid, then", 1).span() == (1, 6) and few.match(" in the bombing").span() == (0, 15)
