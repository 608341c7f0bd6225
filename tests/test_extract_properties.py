"""Property tests: analyse() never raises on any text, and every offset it reports indexes the text; the trigger
patterns find what their regexes find."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.extract import Article, analyse, default_dictionaries

WORDS = ["Russian", "airstrikes", "killed", "12", "dozens", "of", "civilians", "in", "Aleppo", "on", "Sunday", "U.S.", "Sept.",
         "2014", "said", "SANA", "reported", "the", "regime", ".", ",", '"', "\n", "\n\n", "• Live", "| Photo: Reuters", "Tags",
         "Published 27 July 2016", "at least", "would", "denied", "ISIS", "Deir Ezzor", "Syrias", "—", "İ", "\u00a0"]
D = default_dictionaries()
texts = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))))
def test_analyse_never_raises_and_offsets_hold(text, published):
    analysis = analyse(Article(text=text, published=published))
    if not analysis.events:
        assert analysis.reason
    for sentence in (*analysis.sentences, *analysis.dropped):
        assert text[sentence.start:sentence.end] == sentence.text
    for event in analysis.events:
        assert 0 <= event.evidence_start <= event.evidence_end <= len(text)
        assert text[event.evidence_start:event.evidence_end] == event.evidence
        assert 0.0 <= event.confidence <= 1.0
        for actor in event.actors:
            assert text[actor.start:actor.end] == actor.text
        if event.date.first is not None:
            assert event.date.first <= event.date.last and event.date.precision != "none"
        else:
            assert event.date.precision == "none"


# What each pattern matches in its own example, glued to word and non-word characters, so that matches start
# mid-word too.
PATTERN_PIECES = [re.search(p.regex, p.example, re.IGNORECASE).group().lower() for spec in D.types.values() for p in spec.patterns
                  ] + ["x", "_", "9", "é", " ", "-", "."]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=80), st.lists(st.sampled_from(PATTERN_PIECES), max_size=8).map("".join)))
def test_a_word_start_pattern_finds_what_the_regex_with_its_leading_boundary_finds(text):
    # The speed-up leaves the leading \b out of the compiled regex: what it finds must not change, for every
    # type pattern of the dictionaries.
    for _, pattern in D.trigger_patterns:
        plain = re.compile(("\\b" if pattern.at_boundary else "") + pattern.regex.pattern)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


# Pieces of the chrome inline rules' examples and of news text, so that some lines hold a rule's strings and most
# hold only some of them.
CHROME_PIECES = ["(AFP)", "(Reuters Photo)", "(SOHR)", "(updated 1542 12.03.2017)", "Tags", "Get short URL", " 12", " 211 Related ",
                 "Related News ", "Print Tweet Views", "REUTERS ", "SEND http://x.co", "Last updated at ", "AA Photo", "Comment via Facebook",
                 "Syria", "The", " ", "-", ".", "(", ")", "Killed", "x"]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=80), st.lists(st.sampled_from(CHROME_PIECES), max_size=10).map("".join)))
def test_a_line_scanned_with_the_inline_rules_it_holds_strings_of_finds_what_all_of_them_find(text):
    from events.extract.clean import _inline_rule, _possible_rules

    rules = tuple(D.cues["chrome"]["inline"])
    for start, end in ((0, len(text)), (1, max(1, len(text) - 1))):
        narrowed = _inline_rule(_possible_rules(rules, text, start, end))
        assert [m.span() for m in narrowed.finditer(text, start, end)] == [m.span() for m in _inline_rule(rules).finditer(text, start, end)]


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(max_size=60), st.lists(st.sampled_from(
    ["accident", "Collapsed", "EARTHQUAKE", "flood", "crash", "talks", "Summit", "six-party", "forum", "negotiations", "the", " ",
     ",", "-", "x", "ſ", "İ", "\n"]), max_size=10).map("".join)))
def test_gated_story_words_find_what_the_ungated_regexes_find(text):
    # The accidental-cause words and the meeting nouns ask first whether the text holds one of their words.
    from events.extract import status
    from events.extract.story import _meeting_rules
    from events.temporal.caseless import Caseless

    gated_pairs = [(status._words(D.accidental, gated=True), status._words(D.accidental))]
    noun = _meeting_rules(D)[1]
    gated_pairs.append((noun, Caseless(noun.pattern)))
    for gated, plain in gated_pairs:
        for start, end in ((0, len(text)), (2, max(2, len(text) - 3))):
            found, expected = gated.search(text, start, end), plain.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span())


# What each type's other senses match in their own examples, glued to trigger words and other characters.
SENSE_PIECES = [re.search(s.regex, s.example, re.IGNORECASE).group().lower() for spec in D.types.values() for s in spec.senses
                ] + ["talks", "shelling", "ceasefire", "agreed", "said", "x", " ", "-", ".", "9"]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=60), st.lists(st.sampled_from(SENSE_PIECES), max_size=8).map(" ".join)),
       at=st.integers(min_value=0, max_value=400))
def test_other_senses_read_off_the_one_walk_and_gated_per_window_find_what_their_regexes_find(text, at):
    # The article's sense words come from the one automaton walk; each window asks for them before the search.
    from events.extract.matcher import fold
    from events.extract.pipeline import _other_sense
    from events.extract.triggers import TriggerMention

    folded = fold(text)
    present = D.trigger_pattern_words.present(folded, D.one_pass.hits(text, folded)["trigger words"])
    start = min(at, len(text))
    trig = TriggerMention(start, min(len(text), start + 5), text[start:start + 5], "", "noun")
    for name, pattern in D.trigger_senses.items():
        words = D.sense_words[name]
        if pattern.search(folded):
            assert words is None or not present.isdisjoint(words)
        expected = any(m.start() <= trig.start < m.end() for m in pattern.finditer(folded, max(0, trig.start - 80), trig.end + 80))
        assert _other_sense(folded, trig, D.sense_gates[name]) == expected


def test_records_replace_builds_what_dataclasses_replace_builds():
    import dataclasses

    from events.extract.records import EventDate, replace
    from events.temporal.timex import Timex

    event = analyse(Article(text="Russian airstrikes killed 12 civilians in Aleppo on Sunday, the Observatory said.",
                            published=date(2016, 5, 2))).events[0]
    event.event_id  # noqa: B018 (cached on the record: the copy's own is read off its own fields)
    for changes in ({"type": "shelling"}, {"summary": "x", "confidence": 0.2}, {"date": EventDate(None, None, "none")}, {}):
        copy, expected = replace(event, **changes), dataclasses.replace(event, **changes)
        assert copy == expected and repr(copy) == repr(expected) and hash(copy) == hash(expected)
        assert copy.event_id == expected.event_id and vars(copy).keys() <= vars(expected).keys() | {"event_id"}
        with pytest.raises(dataclasses.FrozenInstanceError):
            copy.type = "x"
    with pytest.raises(TypeError):
        replace(event, no_such_field=1)
    timex = [t for t in analyse(Article(text="On Sunday, 12 people died.", published=date(2016, 5, 2))).timexes][0]
    assert isinstance(timex, Timex) and replace(timex, value="X") == dataclasses.replace(timex, value="X")  # __post_init__: as is


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=80), st.lists(st.sampled_from(CHROME_PIECES), max_size=10).map("".join)),
       start=st.integers(min_value=0, max_value=90), length=st.integers(min_value=0, max_value=200))
def test_a_line_holds_one_of_the_inline_strings_by_one_walk_as_by_a_find_of_each(text, start, length):
    from events.extract.clean import _any_of, _holds, _inline_rule
    from events.temporal.caseless import required_literals

    needs = required_literals(_inline_rule(tuple(D.cues["chrome"]["inline"])).pattern)
    assert _holds(_any_of(needs), text, start, start + length) == any(text.find(s, start, start + length) >= 0 for s in needs)


@settings(max_examples=500, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=8)), max_size=8))
def test_longest_first_takes_what_the_occupied_scan_takes(spans):
    # Spans that do not overlap are all taken, in text order, without the scan: the same list as the scan's.
    from events.extract.matcher import _claimed_longest_first, longest_first

    triples = [(start, min(start + width, 40), index) for index, (start, width) in enumerate(spans)]
    assert longest_first(triples, 40) == _claimed_longest_first(triples, 40)
    apart = [(10 * i, 10 * i + 1 + width % 9, i) for i, (_, width) in enumerate(spans)][::-1]
    assert longest_first(apart, 100) == _claimed_longest_first(apart, 100)


OFFICE_PIECES = ["Nabih Berri", "Sheikh Hamad Al", "O'Neil", "al-Assad", "Ban Ki-moon", ", the ", ",\tthe ", ", the  ", "the ",
                 "parliament speaker", "foreign minister", "x", ",", ".", "\n", " ", "\t", '"', "(", "-", "Mr.", "said", "’s"]


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(st.text(max_size=80), st.lists(st.sampled_from(OFFICE_PIECES), max_size=16).map("".join)))
def test_offices_after_names_searched_before_each_comma_the_find_what_the_regex_finds(text):
    from events.extract.mentions import OFFICE_AFTER_NAME, _offices_after_names

    assert [m.span() for m in _offices_after_names(text)] == [m.span() for m in OFFICE_AFTER_NAME.finditer(text)]


# The speed rewrites of look-behind rules that start with a space (sentences._run_on, sentences._restrictive_rule) and of
# _surname_told_before's full-name pattern (one pattern and a set lookup instead of a pattern of the surnames) against
# the forms they replace, on any text and any range searched.
SPACE_PIECES = ["Meanwhile", "Earlier", " ", "  ", "\n", "\t", ",", ", ", "a", "city", "Z", "that", "which", "began", "hit",
                "attacked", "was", "\u00a0", "\u2009", ".", "also", "Riyad", "Alhassan", "Hassan", "al-Hassan", "O'Neil",
                "said", "Rouhani", "-", "'", "é", "Élise"]
space_texts = st.one_of(st.text(max_size=80), st.lists(st.sampled_from(SPACE_PIECES), max_size=14).map("".join),
                        st.lists(st.sampled_from(SPACE_PIECES), max_size=14).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(text=space_texts, bounds=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_the_look_behind_rules_written_to_start_with_a_space_match_as_before(text, bounds):
    from events.extract.sentences import _restrictive_rule, _run_on
    from events.temporal.ruleset import alternation
    pos, endpos = min(bounds), max(bounds)
    words = tuple(D.cues["abbreviations"]["run_on"])
    before = re.compile(rf"(?<=[a-z])\s+(?=(?:{alternation(words)})\s+[a-z])")
    run_on, adverbs = _run_on(D)
    found = [m.span() for m in run_on.finditer(text, pos, endpos)]
    assert found == [m.span() for m in before.finditer(text, pos, endpos)]
    assert not found or any(word in text for word in adverbs)  # split_sentences searches only a text holding one
    relative, verbs = tuple(D.cues["clauses"]["restrictive"]), tuple(D.cues["clauses"]["restrictive_verbs"])
    before = re.compile(rf"(?<![,\s])\s+(?P<clause>(?:{'|'.join(map(re.escape, relative))})\s+"
                        rf"(?:{'|'.join(map(re.escape, verbs))}|[a-z]+ed)\b[^,;:()\"“”]*)")
    assert ([(m.span(), m.span("clause")) for m in _restrictive_rule(relative, verbs).finditer(text, pos, endpos)]
            == [(m.span(), m.span("clause")) for m in before.finditer(text, pos, endpos)])


@settings(max_examples=400, deadline=None)
@given(text=space_texts, names=st.sets(st.sampled_from(["Alhassan", "Hassan", "Rouhani", "Riyad", "O'Neil", "Élise",
                                                          "Al-Hassan", "Also"]), min_size=1, max_size=3),
       endpos=st.integers(0, 90))
def test_the_full_name_before_a_verb_is_found_as_by_a_pattern_of_the_surnames(text, names, endpos):
    from events.extract.narrative import FULL_NAME_BEFORE_VERB
    before = re.compile(rf"\b[A-Z][a-z][\w'-]*\s+(?:{'|'.join(map(re.escape, sorted(names)))})\s+(?:also\s+)?$")
    found = FULL_NAME_BEFORE_VERB.search(text, 0, endpos)
    assert (found is not None and found.group(1) in names) == (before.search(text, 0, endpos) is not None)


OPENING_PIECES = ["U.S.", "Smith", "John", " ", "\t", "  ", "also", "then", "quickly", "Monday", "on Monday", "the", "The",
                  "president", "President", "foreign minister", "ministers", "of", ",", ", who", ", with", ";", " — ", " -- ",
                  " and following", "as of", "as well", ".", "10", "2016", "2016.", " (", "(Reuters Photo)", "(Photo AFP)",
                  "(TRT World and Agencies)", "agencies", "Source TRTWorld and agencies", "pic.twitter.com", "July", "'",
                  "’", "-", "é", "Élise", "_", "\n", "x"]
opening_texts = st.one_of(st.text(max_size=80), st.lists(st.sampled_from(OPENING_PIECES), max_size=16).map("".join),
                          st.lists(st.sampled_from(OPENING_PIECES), max_size=16).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(text=opening_texts, bounds=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_the_regexes_written_to_open_with_a_letter_or_a_stop_match_as_before(text, bounds):
    """Each regex below was rewritten so that the engine can skip ahead to its first characters (a word boundary or
    look-behind read after the first letter, a group around a choice taken away); the old form is written here."""
    from events.extract.clean import _inline_rule
    from events.extract.mentions import state_context
    from events.extract.roles import NAME_BEFORE
    from events.extract.sentences import _rules
    pos, endpos = min(bounds), max(bounds)
    name = r"[A-Z][\w'’-]*(?:\.(?:[A-Z]\.)*)?"
    before = re.compile(rf"(?<![\w'’-])(?P<np>(?:{name}[ \t]+){{0,3}}{name})" + NAME_BEFORE.pattern.split("){0,3})", 1)[1])
    assert ([(m.span(), m.span("np")) for m in [NAME_BEFORE.search(text, pos, endpos)] if m]
            == [(m.span(), m.span("np")) for m in [before.search(text, pos, endpos)] if m])
    title = state_context(D).definite_title
    before = re.compile(r"\b(?-i:[Tt]he)" + title.pattern.split("he)", 1)[1], title.flags)
    assert ([(m.span(), m.span("title")) for m in title.finditer(text, pos, endpos)]
            == [(m.span(), m.span("title")) for m in before.finditer(text, pos, endpos)])
    for rule in _rules(D)[1:3]:
        comma, marks = rule.original.pattern.split(r"\b)|", 1)
        before = re.compile(rf"{comma}\b)|(?:{marks})", re.IGNORECASE)
        assert [m.span() for m in rule.finditer(text, pos, endpos)] == [m.span() for m in before.finditer(text, pos, endpos)]
    # The glued-caption gate only lets lines through to the glued rules: it must match wherever the old gate or a
    # glued rule does.
    chrome = D.cues["chrome"]
    gate, glued = _inline_rule((chrome["glued_gate"],)), _inline_rule(tuple(chrome["glued"]))
    old_gate = re.compile(r"\d \d{4}\.|agencies|YouTube Source|pic\.twitter\.com|\d{4}\.? \((?:[A-Z]\w* )?(?:Photo|photo|TRT World)\b")
    if old_gate.search(text, pos, endpos) or glued.search(text, pos, endpos):
        assert gate.search(text, pos, endpos)


COMPANY_PIECES = ["Corp", "Corp.", "Inc", "Inc.", "Co", "Cos", "Coss", "PLC", "Ltd", "AG", "S.A", "S.A.", "N.V", "AB", "LLC",
                  "GmbH", "Star", "States", "said", "Group", ",", ", ", " ", "\n", "\t", "\u00a0", "-", "x", "."]
company_texts = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(COMPANY_PIECES), max_size=12).map("".join),
                          st.lists(st.sampled_from(COMPANY_PIECES), max_size=12).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(text=company_texts)
def test_a_company_form_is_found_in_a_sentence_where_the_speaker_rule_finds_one(text):
    """``company_in`` opens with the legal form (the engine skips ahead to its capitals) and reads the space or text start
    before it by a look-behind; in a sentence it is found where ``company_suffix`` is."""
    from events.extract.pipeline import _event_rules
    rules = _event_rules(D)
    assert (rules.company_in.search(text) is None) == (rules.company_suffix.search(text) is None)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=40), st.lists(st.sampled_from(
    ["'s", "’s", "'S", " ", "  ", "\n", "new", "foreign", "minister", "Minister", "ministry spokesman", "air", "strikes",
     "airstrike", "forces", "offer", "talks", "trip", "x", "-", "Defense", "sister", "Élise"]), max_size=8).map(" ".join)))
def test_the_possessor_rule_as_a_trie_matches_as_the_words_one_by_one(text):
    """roles' possessor reads its words (forces, titles, event nouns) as one trie: the same matches as the plain
    alternation, longest first, that it was."""
    from events.extract.roles import role_rules
    rules = role_rules(D)
    nouns = {n for spec in D.types.values() for n in spec.nouns}
    acting = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        {w.lower() for w in (*D.state_rules.force_words, *D.state_rules.titles, *nouns)}, key=len, reverse=True))
    before = re.compile(rf"['’]s\s+(?!(?:[a-z][\w-]*\s+){{0,2}}?(?:{acting})\b)(?-i:[a-z])", re.IGNORECASE)
    for pos in range(len(text) + 1):
        assert ([m.span() for m in [rules.possessor.match(text, pos)] if m]
                == [m.span() for m in [before.match(text, pos)] if m])


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.text(max_size=60), st.lists(st.sampled_from(
    ["but", "But", "BUT", "all", "All", "nothing", "anything", "last", "also", "one", "still", "x", "abut", "butter", " ",
     "  ", "\n", ",", "-", "_", "é", "İ", "ſ"]), max_size=10).map(" ".join), st.lists(st.sampled_from(
    ["but", "all ", "nothing ", " ", "x", "a", "ll", "last ", "also"]), max_size=10).map("".join)),
       bounds=st.tuples(st.integers(0, 70), st.integers(0, 70)))
def test_the_contrast_word_opening_its_regex_matches_as_the_look_behinds_before_it(text, bounds):
    """CONTRAST opens with "but" (the engine skips ahead to it) and reads the boundary and the excepted words before it
    by look-behinds after it: the same matches as the old form, look-behinds first."""
    from events.extract.pipeline import CONTRAST
    from events.temporal.caseless import Caseless
    before = Caseless(r"(?<!all )(?<!nothing )(?<!anything )(?<!last )\bbut\s+"
                      r"(?!(?:also|one|just|only|not|barely|nearly|almost|merely|still)\b)")
    pos, endpos = min(bounds), max(bounds)
    assert [m.span() for m in CONTRAST.finditer(text, pos, endpos)] == [m.span() for m in before.finditer(text, pos, endpos)]


def _caseless_rules():
    """The rules speed18 made Caseless (gated on their words), each with the IGNORECASE regex it replaced."""
    from events.extract.dating import PERFECT_BEFORE
    from events.extract.folding import load_folds
    from events.extract.merge import DEFINITE, OTHER_ONE, cue_words
    from events.extract.narrative import PAST_PERFECT, _blame, _military_cues, _placing
    from events.extract.pipeline import _event_rules
    from events.extract.story import _members_rule, going_on_rule
    from events.temporal.caseless import Caseless

    rules = _event_rules(D)
    found = [getattr(rules, name) for name in rules.__dataclass_fields__]
    found += list(load_folds().words.values()) + [cue_words(D, key) for key in ("countryside", "series_span", "toll_words")]
    found += [PERFECT_BEFORE, DEFINITE, OTHER_ONE, PAST_PERFECT, _blame(D), _placing(D), _military_cues(D)[0],
              _members_rule(D)[0], going_on_rule(D)]
    return [rule for rule in found if isinstance(rule, Caseless)]


CASELESS_RULES = _caseless_rules()
CUE_WORDS = ["were", "behind", "the", "attacks", "Responsible", "for", "has", "been", "also", "had", "already", "looking",
             "into", "investigation", "since", "deadliest", "attack", "Rebel", "group", "insurgents", "including", "ongoing",
             "offensive", "army", "said", "after", "air", "strikes", "toll", "countryside", "other", "another", "a", "news",
             "conference", "court", "Syrian", "Observatory", "source", "ſince", "İnquiry", "BEHIND", "\u212ailled", "."]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=60), st.lists(st.sampled_from(CUE_WORDS), max_size=30).map(" ".join)),
       bounds=st.tuples(st.integers(0, 80), st.integers(0, 200)))
def test_the_caseless_cue_rules_match_as_their_ignorecase_regexes(text, bounds):
    """speed18: cue rules searched over windows run as Caseless (the lower-cased text, gated on their words): the same
    spans as the IGNORECASE regex each replaced, at any window, for any text ("ſ", "İ" and the Kelvin sign included)."""
    assert len(CASELESS_RULES) > 40 and all(rule.lower is not None for rule in CASELESS_RULES[:5])
    pos, endpos = bounds
    for rule in CASELESS_RULES:
        slow = rule.original
        got, want = rule.search(text, pos, endpos), slow.search(text, pos, endpos)
        assert (got and got.span()) == (want and want.span()), rule.pattern
        got, want = rule.match(text, pos, endpos), slow.match(text, pos, endpos)
        assert (got and got.span()) == (want and want.span()), rule.pattern
        assert bool(rule.fullmatch(text, pos, endpos)) == bool(slow.fullmatch(text, pos, endpos)), rule.pattern
        assert [m.span() for m in rule.finditer(text, pos, endpos)] == [m.span() for m in slow.finditer(text, pos, endpos)]


# speed19: the type patterns the engine tries at every position, now tried only from their places (WordStartPattern's
# optional opening word, "(?:(?:[\w-]+-day|temporary)\s+)?(?:freeze|halt|...)"; digits as opening strings,
# "(?:two|[0-9]+)\s+days"), against the regex with its \b written out, on any text and any range searched.
LEAD_PIECES = ["two-day", "10-day", "-day", "a-b-day", "x3-day", "day", "temporary", "humanitarian", "unilateral", "freeze",
               "halt", "pause", "suspension", "on", "to", "in", "of", "the", "its", "their", "fighting", "bombing",
               "air strikes", "airstrikes", "shelling", "hostilities", "by", "days", "seven", "12", "3", "the second",
               "straight", "day", "intense", "bombardment", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "-", "_", "é", "ſ",
               "İ", "'", "’", ",", ".", "x"]
lead_texts = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(LEAD_PIECES), max_size=16).map("".join),
                       st.lists(st.sampled_from(LEAD_PIECES), max_size=16).map(" ".join))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=lead_texts, bounds=st.tuples(st.integers(0, 120), st.integers(0, 120)))
def test_type_patterns_tried_from_their_places_match_as_the_regex_tried_everywhere(text, bounds):
    pos, endpos = min(bounds), max(bounds)
    changed = [pattern for _, pattern in D.trigger_patterns if pattern.lead or pattern.starts and any(s.isdigit() for s in pattern.starts)]
    assert len(changed) >= 2  # halt_to_fighting and campaign_days at least
    for pattern in changed:
        written = re.compile(("\\b" if pattern.at_boundary else "") + pattern.regex.pattern, pattern.regex.flags)
        assert ([m.span() for m in pattern.finditer(text, pos, endpos)]
                == [m.span() for m in written.finditer(text, pos, endpos)])



@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(alphabet="anotherfuANOTHERFU \t\nſKİıé", max_size=12),
                      st.lists(st.sampled_from(["a", "A", "another", "ANOTHER", "Another", "further", "Further", " ", "  ",
                                                "\n", "\u00a0", "s", "'s", "x"]), max_size=4).map("".join)))
def test_elided_head_tells_what_the_elided_word_regex_tells(text):
    # _elided_head's ending test comes before ELIDED_WORD: it may only spare the regex, never change its answer.
    from events.extract.pipeline import ELIDED_WORD, _elided_head
    from events.extract.triggers import TriggerMention

    trig = TriggerMention(0, len(text), text, "casualties", "past")
    assert _elided_head(trig) == (ELIDED_WORD.fullmatch(text) is not None)
