"""Faster ways to find what a regex finds: WordStartPattern (a leading \\b checked apart), whole-word name places."""
import re

import pytest

from events.extract.dictionaries import WordStartPattern

TEXT = "Tags: Syria Tags Aleppo ReTags tags Forces of the Tiger Forces, Group; Forcesx Army"


@pytest.mark.parametrize("pattern", [r"\bTags\b", r"\bTags|Keywords", r"\b(?:Forces|Group|Army)s?\b", r"\bAleppo\b|\bRe"])
@pytest.mark.parametrize("pos,endpos", [(0, len(TEXT)), (3, 60), (13, 40), (0, 5)])
def test_same_matches_as_the_regex(pattern, pos, endpos):
    fast, plain = WordStartPattern(pattern), re.compile(pattern)
    assert [m.span() for m in fast.finditer(TEXT, pos, endpos)] == [m.span() for m in plain.finditer(TEXT, pos, endpos)]


def test_one_opening_word_after_look_behinds_is_tried_where_it_starts():
    # The engine skips ahead to one opening word by itself, but not past look-behinds ("Syria" opening a sentence).
    pattern = r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Syria)(?=\s+\w+s\b)"
    text = "Syria accuses Turkey. Syria denies it. In Syria talks stall.\nSyria says no. Syria"
    fast = WordStartPattern(pattern)
    assert fast.starts == ("Syria",)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(pattern, text)] == [(0, 5), (22, 27), (61, 66)]
    assert WordStartPattern(r"(?:Syria)\s+said").starts is None  # the engine's own skip


def test_a_boundary_before_one_alternative_is_kept_in_the_regex():
    assert not WordStartPattern(r"\bTags|Keywords").at_boundary
    assert WordStartPattern(r"\b(?:Tags|Keywords)").at_boundary


@pytest.mark.parametrize("name", ["Abab", "ab ab", "X X", "Abab-Abab", "é", ""])
def test_whole_word_places_are_those_of_the_lookbehind_regex(name):
    from events.extract.mentions import _whole_word_places

    text = "Abab-Abab Abab_x Abab Ababé ab ab ab X X X é-é é"
    expected = [m.start() for m in re.finditer(rf"(?<![\w-])(?={re.escape(name)}(?![\w-]))", text)]
    assert _whole_word_places(text, name) == expected


def test_fold_replaces_as_the_translation_table_does():
    from events.extract.matcher import _SAME_LENGTH, fold

    mapped = "".join(chr(code) for code in _SAME_LENGTH)
    for text in ["Assad\u2019s\u00a0forces\tshelled\nal\u2010Bab \u2013 ", mapped + mapped.upper() + "İstanbul ŞAM", "plain"]:
        expected = text.lower() if len(text.lower()) == len(text) else "".join(
            ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        assert fold(text) == expected.translate(_SAME_LENGTH)
        assert len(fold(text)) == len(text)


@pytest.mark.parametrize("pattern", [r"\b(?:Tags|Forces|Group)s?\b", r"(?<!of )(?:Forces|Army|Aleppo)\b", r"\b(?:Tags|Army)\w*"])
@pytest.mark.parametrize("pos,endpos", [(0, len(TEXT)), (3, 60), (13, 40), (0, 5)])
def test_tried_where_its_words_start_the_same_matches(pattern, pos, endpos):
    fast, plain = WordStartPattern(pattern), re.compile(pattern)
    assert fast.starts is not None  # a choice of opening words of three letters or more: tried only where they start
    assert [m.span() for m in fast.finditer(TEXT, pos, endpos)] == [m.span() for m in plain.finditer(TEXT, pos, endpos)]


def test_present_words_are_those_the_text_holds():
    from events.extract.matcher import PresentWords

    words = ["bomb", "bombing", "talks", "alks", "rally"]
    text = "the bombing talks went on"
    assert PresentWords(words).present(text) == {w for w in words if w in text}  # overlapping ones too
    assert PresentWords([]).present(text) == set()
    fast = WordStartPattern(r"\b(?:Tags|Forces|Group)s?\b")
    present = PresentWords(fast.gate.words).present(TEXT)
    assert [m.span() for m in fast.finditer(TEXT, present=present)] == [m.span() for m in fast.finditer(TEXT)]
    assert list(fast.finditer(TEXT, present=set())) == []  # none of its words: not searched


def test_one_pass_gives_each_dictionary_what_its_own_walk_gives():
    from events.extract.matcher import OnePass, PhraseMatcher, PresentWords, fold

    actors = PhraseMatcher([("Assad", "person"), ("IS", "group"), ("Islamic State", "group"), ("Damascus", "capital")])
    places = PhraseMatcher([("Damascus", "city"), ("Aleppo", "city")])
    cues = PhraseMatcher([("said", ("reporting", "said")), ("is", ("tense", "present"))], possessive=False)
    words = PresentWords(["bomb", "omb", "damas"])
    both = OnePass({"actors": actors, "places": places, "cues": cues, "words": words, "none": PhraseMatcher([])})
    text = "Assads forces bombed Damascus, IS said; the Islamic State's men is in Aleppos.\nDamascus'"
    folded = fold(text)
    hits = both.hits(text, folded)
    assert both.hits(text, folded) is hits  # the next dictionary asking of the same text reads the same walk
    for name, matcher in (("actors", actors), ("places", places)):
        assert matcher.find(text, folded, hits[name]) == matcher.find(text) != []
    assert cues.find_grouped(text, folded, hits["cues"]) == cues.find_grouped(text)
    assert words.present(folded, hits["words"]) == words.present(folded) == {"bomb", "omb", "damas"}
    assert hits["none"] == []


@pytest.mark.parametrize("pos,endpos", [(0, 10_000), (3, 60), (13, 40), (0, 5)])
def test_two_letter_opening_words_are_tried_at_word_starts_the_same_matches(pos, endpos):
    # "is" and "are" are inside many words ("this", "declared"): only at a word start is the regex tried.
    pattern = r"\b(?:is|are|left|was)\s+(?:\w+\s+){0,2}?(?:for|to)\b"
    text = "This is due to end; they left for Geneva, declared it was set to go. Crisis is to come, isle was for"
    fast, plain = WordStartPattern(pattern), re.compile(pattern)
    assert fast.starts is not None and min(map(len, fast.starts)) == 2
    assert [m.span() for m in fast.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    assert WordStartPattern(r"(?:is|are|left)\s+to").starts is None  # no boundary: two letters are found everywhere


DAYS = r"\b(?:(?:two|three|several|\d+)\s+days|the\s+(?:second|third)\s+day)\s+of\s+(?:air\s*strikes|bombing)\b"
DAYS_TEXT = ("a 3 days of bombing; 12 days of airstrikes, then the third day of air strikes x3 days of bombing "
             "xthe second day of bombing _two days of bombing several days of bombings two  days of bombing")


@pytest.mark.parametrize("pos,endpos", [(0, len(DAYS_TEXT)), (3, 60), (2, 19), (40, 120), (70, len(DAYS_TEXT) - 2)])
def test_a_regex_tried_everywhere_keeps_its_boundary_with_the_same_matches(pos, endpos):
    # A digit category and "the" in the opening choice: the engine has nothing to skip ahead to, so the boundary is
    # tested first by the engine itself (``bounded``), not after each match. (With "[0-9]+" the digits are opening
    # strings: test_a_digit_is_an_opening_string_to_try_from.)
    fast, plain = WordStartPattern(DAYS), re.compile(DAYS)
    assert fast.starts is None and fast.bounded is not None
    found = [m.span() for m in fast.finditer(DAYS_TEXT, pos, endpos)]
    assert found == [m.span() for m in plain.finditer(DAYS_TEXT, pos, endpos)]
    if (pos, endpos) == (0, len(DAYS_TEXT)):
        assert len(found) == 4  # not after "x" or "_", nor before "bombings"


def test_a_regex_the_engine_skips_ahead_in_keeps_the_boundary_out():
    assert WordStartPattern(r"\b(?:slew|slays|slay)\b").bounded is None  # a set of first letters to skip to
    assert WordStartPattern(r"\b(?:[0-9]+\s+)?(?:days)?").bounded is None  # an empty match: finditer's own rules for it


HALT_TEXT = ("A two-day freeze on fighting ended. The 10-day  halt to the bombing held; a temporary\tpause in\nshelling, "
             "a-b-day pause of the air strikes; x3-day suspension of its hostilities; -day halt to fighting; halt to it")


@pytest.mark.parametrize("pos,endpos", [(0, len(HALT_TEXT)), (2, 60), (6, 40), (40, 120), (118, len(HALT_TEXT) - 3)])
def test_a_regex_opening_with_an_optional_word_is_tried_where_the_rest_starts_the_same_matches(pos, endpos):
    # "(?:(?:[\w-]+-day|temporary)\s+)?(?:freeze|halt|...)": no opening string, so the engine tries every position;
    # a match starts where "freeze" or "halt" does, or inside the word and spaces just before one.
    pattern = (r"\b(?:(?:[\w-]+-day|temporary|humanitarian)\s+)?(?:freeze|halt|pause|suspension)\s+(?:on|to|in|of)\s+"
               r"(?:the\s+|its\s+)?(?:fighting|bombing|shelling|air\s*strikes|hostilities)\b")
    fast = WordStartPattern(pattern)
    assert fast.lead and set(fast.starts) == {"freeze", "halt", "pause", "suspension"}
    assert [m.span() for m in fast.finditer(HALT_TEXT, pos, endpos)] == [m.span() for m in re.compile(pattern).finditer(HALT_TEXT, pos, endpos)]


@pytest.mark.parametrize("pattern", [r"\b(?:(?:[\w-]+|a\.b)\s+)?halt", r"\b(?:[\w-]+\s*)?halt", r"\b(?:[\w-]+\s+)?(?:a|halt)",
                                     r"\b(?:[^\s]+\s+)?halt", r"\b(?:[\w-]+\s+)(?:halt)", r"(?i)\b(?:[\w-]+\s+)?halt"])
def test_only_an_optional_word_of_word_characters_then_spaces_is_read_as_a_lead(pattern):
    # A dot in the word, spaces that may be none, a two-letter-or-shorter opening after it, a word that is not
    # optional, any character but a space, a case-insensitive regex: none is tried from the rest's places.
    assert not WordStartPattern(pattern).lead


def test_a_digit_is_an_opening_string_to_try_from():
    # "(?:two|three|[0-9]+)\s+days": digits are few in news text, so the places of each and of "two", "the" are tried.
    pattern = r"\b(?:(?:two|three|[0-9]+)\s+days|the\s+second\s+day)\s+of\s+bombing"
    fast = WordStartPattern(pattern)
    assert fast.starts is not None and "7" in fast.starts
    text = "After 12 days of bombing, the second day of bombing, a12 days of bombing, three days of bombing, x7 days of bombing"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
    assert WordStartPattern(r"\b(?:a|[0-9])\s+days").starts is None  # a one-letter word is found everywhere


LAUNCHED = (r"\b(?:launched|launches|launching|began|begun|begins|beginning|in|had)\s+(?:a|the)\s+"
            r"(?:campaign|operation)\b")
LAUNCH_TEXT = ("They launched a campaign; the army began the operation in a day, launches launching a campaign, "
               "having begun a campaign in the operation we had a campaign, to launched a campaign in a campaign")


@pytest.mark.parametrize("pos,endpos", [(0, 10_000), (3, 60), (13, 40), (0, 5)])
def test_start_strings_with_a_shared_prefix_are_found_by_one_scan_the_same_matches(pos, endpos):
    fast, plain = WordStartPattern(LAUNCHED), re.compile(LAUNCHED)
    roots = dict(fast.roots)
    assert set(roots["launch"]) == {"launched", "launches", "launching"}  # one scan for three strings
    assert roots["in"] is None and roots["began"] is None  # a string alone is its own root
    assert [m.span() for m in fast.finditer(LAUNCH_TEXT, pos, endpos)] == [m.span() for m in plain.finditer(LAUNCH_TEXT, pos, endpos)]


def test_start_strings_read_off_the_walk_the_same_matches():
    from events.extract.matcher import OnePass, PresentWords

    fast, plain = WordStartPattern(LAUNCHED), re.compile(LAUNCHED)
    assert "in" not in fast.walked and "had" not in fast.walked and "launched" in fast.walked  # short ones are scanned
    words = PresentWords(list(fast.gate.words) + list(fast.walked))
    hits = OnePass({"trigger words": words}).hits(LAUNCH_TEXT, LAUNCH_TEXT)["trigger words"]
    places = words.places(hits)
    assert places["launched"] == [m.start() for m in re.finditer("launched", LAUNCH_TEXT)]
    expected = [m.span() for m in plain.finditer(LAUNCH_TEXT)]
    assert len(expected) == 8
    assert [m.span() for m in fast.finditer(LAUNCH_TEXT, present=places.keys(), places=places)] == expected
    # a part of the text: the walk's places are of the whole, so the strings are scanned for
    assert ([m.span() for m in fast.finditer(LAUNCH_TEXT, 10, 90, places=places)]
            == [m.span() for m in plain.finditer(LAUNCH_TEXT, 10, 90)])
