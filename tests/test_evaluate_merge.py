"""The cross-article identity gold is well formed, and the merge evaluation scores pairs as documented."""
import json
from datetime import date
from pathlib import Path

import pytest

from events.evaluate.merge import Identity, Outcome, event_key, scores
from events.store.merge import TimelineEvent, matches, refusal

ROOT = Path(__file__).parent
IDENTITY = ROOT / "data" / "events-crossdoc" / "identity.json"


def _gold_file(key: str) -> Path:
    folder, rest = key.split("/", 1)
    stem = rest.split("#")[0]
    if folder == "events-dev":
        return ROOT.parent.parent / "shared" / "corpora" / "events-dev" / f"{stem}.json"
    return ROOT / "data" / "events-gold" / folder / f"{stem}.json"


def test_every_judged_event_is_a_gold_event_in_one_unit_and_groups_take_one_report_per_article():
    data = json.loads(IDENTITY.read_text(encoding="utf-8"))
    seen = set()
    for name, unit in data["units"].items():
        assert unit["half"] in ("dev", "heldout")
        assert not seen & set(unit["events"]), name
        seen |= set(unit["events"])
        assert len({key.split("#")[0] for key in unit["events"]}) >= 2, name
        grouped = [key for group in unit["groups"] for key in group]
        assert len(grouped) == len(set(grouped)), name
        for group in unit["groups"]:
            assert len(group) >= 2 and len({key.split("#")[0] for key in group}) == len(group), (name, group)
    for key in sorted(seen):
        path = _gold_file(key)
        if not path.exists():  # events-dev lives in ../shared, which a plain clone lacks
            continue
        events = json.loads(path.read_text(encoding="utf-8"))["events"]
        assert events[int(key.rsplit("#", 1)[1])]["type"] != "other", key
    identity = Identity.read(IDENTITY)
    assert identity.judged("dev") | identity.judged("heldout") == identity.judged("all") == frozenset(seen)
    assert not identity.judged("dev") & identity.judged("heldout")


def test_event_key_names_folder_stem_and_index():
    assert event_key(Path("tests/data/events-gold/added2/urn_fakes_604.json"), 3) == "added2/urn_fakes_604#3"


def _single(event_id, **fields):
    base = dict(event_id=event_id, type="airstrike", status="occurred", date_start=date(2016, 9, 19),
                date_end=date(2016, 9, 19), precision="day", date_text="Monday", actors=("Russia",), date_basis="explicit")
    return TimelineEvent(**(base | fields))


def test_scores_count_pairs_from_two_articles_right_wrong_and_unjudged(tmp_path):
    path = tmp_path / "identity.json"
    path.write_text(json.dumps({"units": {
        "u0": {"half": "dev", "events": ["x/a#0", "x/b#0", "x/c#0"], "groups": [["x/a#0", "x/b#0"]]},
        "u1": {"half": "heldout", "events": ["x/a#1", "x/d#0"], "groups": []}}}))
    identity = Identity.read(path)
    one, other = _single("1"), _single("2")
    # a#0 and c#0 merged (wrong), b#0 apart (the grouped pair a#0-b#0 missed), an unjudged event merged with b#0 and
    # another with d#0 (a held-out event: not the dev half's)
    outcome = Outcome([("x/a#0", "T1", one), ("x/c#0", "T1", one), ("x/b#0", "T2", other), (None, "T2", other),
                       ("x/d#0", "T3", other), (None, "T3", other)])
    dev = scores(outcome, identity, "dev")
    assert (dev["merged"], dev["same"], dev["hits"], dev["groups"], dev["once"]) == (1, 1, 0, 1, 0)
    assert (dev["unjudged"], scores(outcome, identity, "heldout")["unjudged"], scores(outcome, identity, "all")["unjudged"]) == (1, 1, 2)
    outcome = Outcome([("x/a#0", "T1", one), ("x/b#0", "T1", one), ("x/c#0", "T2", other)])
    dev = scores(outcome, identity, "dev")
    assert (dev["precision"], dev["recall"], dev["once"]) == (1.0, 1.0, 1)


def test_a_group_of_one_event_is_refused(tmp_path):
    path = tmp_path / "identity.json"
    path.write_text(json.dumps({"units": {"u0": {"half": "dev", "events": ["x/a#0", "x/b#0"], "groups": [["x/a#0"]]}}}))
    with pytest.raises(ValueError, match="fewer than two"):
        Identity.read(path)


@pytest.mark.parametrize("change, reason", [
    (dict(type="shelling"), "types differ"),
    (dict(date_start=None, date_end=None, precision="none"), "undated"),
    (dict(date_basis="anchored"), "dated by its story"),
    (dict(actors=("Turkey",)), "no shared actor"),
    (dict(date_start=date(2016, 9, 21), date_end=date(2016, 9, 21)), "dates apart"),
    (dict(location="Homs", admin1="Homs"), "places differ"),
])
def test_refusal_names_the_rule_that_keeps_two_reports_apart(change, reason):
    existing = _single("1", location="Aleppo", admin1="Aleppo")
    assert refusal(existing, _single("2", **change)) == reason
    assert not matches(existing, _single("2", **change))
    assert refusal(existing, _single("2")) == "" and matches(existing, _single("2"))


def test_links_count_each_group_of_n_as_n_minus_one_links(tmp_path):
    path = tmp_path / "identity.json"
    path.write_text(json.dumps({"units": {"u0": {"half": "dev", "events": ["x/a#0", "x/b#0", "x/c#0", "x/d#0"],
                                                 "groups": [["x/a#0", "x/b#0", "x/c#0"]]}}}))
    identity = Identity.read(path)
    one, other = _single("1"), _single("2")
    # the group a-b-c cut in two (a-b together, c apart): 1 of its 2 links kept; d wrongly joined c: 0 of 1 link right
    outcome = Outcome([("x/a#0", "T1", one), ("x/b#0", "T1", one), ("x/c#0", "T2", other), ("x/d#0", "T2", other)])
    dev = scores(outcome, identity, "dev")
    assert (dev["link_recall"], dev["link_precision"]) == (0.5, 0.5)
