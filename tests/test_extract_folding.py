"""The scored fold (events.extract.folding, data/dictionaries/folds.toml): cues weighed at once, vetoes, the threshold."""
from __future__ import annotations

import pytest

from events.extract.folding import FOLDS, Folds, load_folds


def test_every_cue_of_folds_toml_has_an_example_pair_and_a_weight_or_a_veto():
    import tomllib
    table = tomllib.loads(FOLDS.read_text(encoding="utf-8"))
    for name, cue in table["cue"].items():
        assert len(cue["example"]) == 2, name
        assert ("weight" in cue) != bool(cue.get("veto")), name
    folds = load_folds()
    assert folds.threshold > 0 and folds.reach >= 1


def test_the_cues_folds_toml_names_are_those_narrative_reads():
    from events.extract.narrative import _fold_cues
    import inspect
    source = inspect.getsource(_fold_cues)
    folds = load_folds()
    for name in [*folds.weights, *folds.vetoes]:
        assert f'"{name}"' in source, name


def test_a_veto_outweighs_every_cue():
    folds = Folds(weights={"same_place": 5.0}, vetoes=frozenset({"another"}), threshold=1.0, reach=3)
    assert folds.score({"same_place": True}) == 5.0
    assert folds.score({"same_place": True, "another": True}) is None


def test_the_best_candidate_at_or_above_the_threshold_is_taken_the_nearest_of_equals():
    folds = Folds(weights={"a": 2.0, "b": 1.0}, vetoes=frozenset(), threshold=2.0, reach=3)
    assert folds.best([(5, {"b": True}), (4, {"a": True}), (3, {"a": True, "b": True})]) == 3
    assert folds.best([(5, {"a": True}), (4, {"a": True})]) == 5
    assert folds.best([(5, {"b": True})]) is None


def test_a_cue_with_no_example_is_refused(tmp_path):
    path = tmp_path / "folds.toml"
    path.write_text('[fold]\nthreshold = 1\nreach = 2\n[cue.same_place]\nweight = 1\n', encoding="utf-8")
    with pytest.raises(ValueError, match="example"):
        load_folds(path)


def test_every_word_list_of_folds_toml_matches_its_example():
    import tomllib
    table = tomllib.loads(FOLDS.read_text(encoding="utf-8"))
    folds = load_folds()
    for name, entry in table["words"].items():
        assert folds.words[name].search(entry["example"]), name


@pytest.mark.parametrize("name, text, found", [
    ("air", "Syrian warplanes bombed the town", True),
    ("air", "a missile attack in Hama", False),  # a missile is fired from the air and from the ground
    ("ground_fire", "mortar rounds hit the district", True),
    ("summary", "Assad's forces have used small amounts of sarin before", True),
    ("summary", "IS has taken three bases in recent weeks", True),
    ("summary", "a strike hit the town before dawn", False),
    ("countrywide", "the army targeted the terrorists gatherings across the country", True),
    ("countrywide", "IS has taken three bases in recent weeks", False),  # a span of time, not of places
    ("countrywide", "the army stepped up its operations against their hideouts in various areas", True),
    ("several", "twin blasts rocked the city", True),
    ("several", "a bomb exploded in the market", False),
    ("several", "50 fighters were killed in clashes, suicide bombings and air strikes in the town", True),
    ("several", "50 fighters were killed in clashes with the army in the town", False),
    ("place_phrase", "seven dead in the Tanzanian capital of Dar es Salaam", True),
    ("place_phrase", "seven dead in the capital", False),
    ("place_phrase", "three killed in the small town of Maasaran", True),
    ("toll_restated", "bringing the death toll to 61", True),
    ("toll_restated", "the toll has risen to 12", True),
    ("toll_restated", "a strike killed 12 people", False),
    ("more_wounded", "Twelve people were killed and dozens more were wounded", True),
    ("more_wounded", "killing one person and wounding another nine", True),
    ("more_wounded", "3 other persons were injured when terrorists fired a rocket shell", False),  # no dead before it
    ("more_wounded", "Four more people died in the city", False),
    ("gas", "a barrel containing a gas suspected of being chlorine", True),
    ("gas", "leading to the death of a woman and her child from suffocation", True),
    ("gas", "a gas station was hit by shelling", False),
    ("barrel", "helicopters dropped explosive barrels on the neighbourhoods", True),
    ("barrel", "the price of a barrel of oil", False),
    ("came_after", "Hours after the ", True),
    ("came_after", "Helicopters dropped ", False),
])
def test_the_word_lists_the_vetoes_read(name, text, found):
    assert (load_folds().words[name].search(text) is not None) == found


def test_the_label_sides_are_sides_of_actors_toml():
    # folds.toml label_sides: the generic sides whose words name a party as a label does (narrative._label_shared)
    from events.extract.dictionaries import SIDES
    assert load_folds().label_sides == ("opposition",) and set(load_folds().label_sides) <= set(SIDES)
