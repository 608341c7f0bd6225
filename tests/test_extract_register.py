"""Off-subject news (events.extract.register and the rules fitted on tests/data/events-gold/offtopic): business
stories give no timeline of noise, and a state named to describe a company is not the state acting."""
from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from events.extract import Article, analyse
from events.extract.dictionaries import default_dictionaries
from events.extract.matcher import fold
from events.extract.mentions import find_actors
from events.extract.register import is_business_news

D = default_dictionaries()
REGISTER = D.cues["register"]


@pytest.mark.parametrize("text", REGISTER["business_examples"])
def test_a_business_story_is_business_news_and_gives_no_event_and_says_why(text):
    assert is_business_news(text, D)
    analysis = analyse(Article(text=text, published=date(1989, 11, 1)))
    assert analysis.events == ()
    assert analysis.reason == "business news: no conflict or diplomacy events"
    undated = analyse(Article(text=text))  # no publication date: the reason is still the register's
    assert undated.events == () and undated.reason == "business news: no conflict or diplomacy events"


@pytest.mark.parametrize("text", REGISTER["business_not_examples"])
def test_war_news_naming_a_company_and_a_price_keeps_its_events(text):
    assert not is_business_news(text, D)
    assert "airstrike" in {e.type for e in analyse(Article(text=text, published=date(2016, 5, 2))).events}


def test_violence_that_names_its_dead_stays_in_business_news():
    text = ("Shares of Gulf Oil Corp. fell $2 to $40 and earnings slid. Bond prices fell 20 cents as shares dropped. "
            "Gunmen killed 12 workers at the company's plant near Lagos on Monday, police said.")
    assert is_business_news(text, D)
    kept = analyse(Article(text=text, published=date(1989, 11, 1))).events
    assert kept and all(D.types[e.type].violent and e.fatalities is not None for e in kept)


STATES_TOML = tomllib.loads((Path(__file__).parent.parent / "data" / "dictionaries" / "states.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", STATES_TOML["states"]["business_nouns_examples"])
def test_a_state_named_before_a_business_noun_describes_a_company(text):
    # states.toml [states] business_nouns: "the No. 1 U.S. auto maker", "Britain's biggest car maker"
    found = find_actors(text, fold(text), [(0, len(text))], D)
    assert not [m for m in found if m.kind == "state" and m.text in ("U.S.", "Britain")]


def test_a_state_named_before_its_own_affairs_stays_the_state():
    text = "A U.S. aircraft carrier launched strikes on Monday."  # "carrier" is left out of business_nouns for this
    assert "United States" in {m.name for m in find_actors(text, fold(text), [(0, len(text))], D)}


@pytest.mark.parametrize("text", [
    "There's nothing new on why the plane exploded. It just blew up in the air, and then we saw two fireballs go down.",
    "Men smoking cigars after shooting skeet at the Buffalo Shooting Club said their feelings about abortion were mixed.",
    "A powerful ice storm continues to maintain its grip.",
    "``The mother was practically kidnapped along with the boy'' to make the trip, Castro said.",
    "Shell eased 1 to 416 on turnover of 4.8 million shares.",
    "Advanced Medical Technologies Inc. said it purchased 93% of a unit of Henley Group Inc.",
])
def test_off_subject_senses_of_violent_words_give_no_violence(text):
    # event_types.toml senses aircraft_exploded, sport_or_film_shooting, weather_storm, hedged_kidnapping,
    # shell_company; cues.toml name_words_examples (a name run on to its legal form); off-topic dev, second pass
    assert not [e for e in analyse(Article(text=text, published=date(1998, 1, 14))).events if D.types[e.type].violent]


def test_a_law_struck_down_is_no_strike_but_a_bare_struck_down_stays_one():
    # event_types.toml [types.airstrike] sense struck_down_law: "down" after the verb's object, or a law's word after it
    assert "airstrike" not in {e.type for e in analyse(Article(text="The Supreme Court struck down the ban on Monday.",
                                                               published=date(2016, 5, 2))).events}
    kept = analyse(Article(text="Jets struck down the road in Idlib on Monday, killing five.", published=date(2016, 5, 2)))
    assert "airstrike" in {e.type for e in kept.events}


def test_a_change_attributed_to_a_force_stays_an_accusation():
    # event_types.toml [types.accusation] sense change_attributed: a cause that is a force or its violence blames a party
    text = "The UN envoy attributed the rise in civilian deaths to coalition air strikes on Monday."
    assert "accusation" in {e.type for e in analyse(Article(text=text, published=date(2016, 5, 2))).events}
    text = "The airline attributed the increase to higher passenger traffic on Monday."
    assert "accusation" not in {e.type for e in analyse(Article(text=text, published=date(2016, 5, 2))).events}
