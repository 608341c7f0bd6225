"""Every example written beside a rule (rules/en.toml, rules/publication.toml) holds, and the rule files
are well formed."""
import re

import pytest

from events.temporal import find_publication_date, tag
from events.temporal.publication import publication_rules
from events.temporal.ruleset import alternation, english

RULES = english().rules
EXAMPLES = [(rule.name, *example) for rule in RULES for example in rule.examples]


def test_every_rule_has_an_example():
    assert [rule.name for rule in RULES if not rule.examples] == []


@pytest.mark.parametrize("name,text,reference,expected", EXAMPLES, ids=[f"{e[0]}:{e[1]}" for e in EXAMPLES])
def test_rule_example(name, text, reference, expected):
    rule = next(rule for rule in RULES if rule.name == name)
    if expected:  # "" marks a counter-example, which the rule need not match
        assert any(rule.regex.match(text, i) for i in range(len(text))), f"{name} does not match {text!r}"
    found = tag(text, reference)
    assert "|".join(t.value for t in found) == expected, [(t.text, t.value) for t in found]


PUBLICATION = publication_rules().examples


@pytest.mark.parametrize("text,expected", PUBLICATION, ids=[e[0][:40] for e in PUBLICATION])
def test_publication_example(text, expected):
    found = find_publication_date(text)
    assert (found.date.isoformat() if found else "") == expected
    if found:
        assert text[found.start:found.end] == found.text


def test_rule_names_are_unique():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


def test_kinds_have_resolvers():
    from events.temporal.resolve import RESOLVERS
    assert {rule.kind for rule in RULES} <= set(RESOLVERS)


def test_a_word_list_is_one_alternation_longest_first_that_never_matches_when_empty():
    pattern = re.compile(rf"\b(?:{alternation(['air', 'air strikes', 'a.m.'])})", re.IGNORECASE)
    assert pattern.match("Air strikes hit").group() == "Air strikes"  # the longer word wins
    assert pattern.match("am") is None  # the dot is a dot
    assert re.fullmatch(alternation(["air strikes"], flexible_spaces=True), "air \n strikes")
    assert not re.fullmatch(alternation(["air strikes"]), "air  strikes")
    assert re.search(alternation([]), "anything") is None


def test_a_word_list_shares_its_openings_as_a_trie_and_stays_flat_where_case_would_reorder_it():
    assert alternation(["air", "air strike", "air strikes"], flexible_spaces=True) == r"air(?:\s+strike(?:s)?)?"
    # Under IGNORECASE "Air" and "air strikes" both match "air strikes": the trie would try "Air" first, the list the
    # longer word first, so the list stays as it was; run only ignoring case, the words are lower-cased into one trie.
    assert alternation(["Air", "air strikes"]) == r"air\ strikes|Air"
    assert alternation(["Air", "air strikes"], ignore_case=True) == r"air(?:\ strikes)?"
    pattern = re.compile(alternation(["Air", "air strikes"], ignore_case=True), re.IGNORECASE)
    assert pattern.match("Air strikes hit").group() == "Air strikes"
