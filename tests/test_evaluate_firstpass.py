"""The first-extraction filter evaluation: old commits' events come back as today's records, and the F1 change
is given with a paired interval."""
from __future__ import annotations

from pathlib import Path

from events.evaluate import firstpass, learned
from events.evaluate.events import GoldArticle, Tally, analyse_gold

ROOT = Path(__file__).parent.parent
GOLD = Path(__file__).parent / "data" / "events-gold"


def test_a_dump_made_in_a_tree_rebuilds_the_events_that_tree_extracts():
    article = GoldArticle.read(GOLD / "other" / "APW19980813.1117.json")
    dumped = firstpass.dump_with(ROOT, [article])
    [(events, sentences)] = firstpass.rebuild(dumped)
    assert events and tuple(events) == analyse_gold(article).extracted
    assert sentences and all(s.text for s in sentences)


def test_fields_an_old_record_lacks_take_defaults_and_fields_it_has_extra_are_dropped():
    old = {"article_id": "a", "type": "attack", "status": "occurred", "evidence": "Rebels shelled the town.",
           "evidence_start": 0, "evidence_end": 24, "retired_field": 1,
           "date": {"first": "1998-08-07", "last": "1998-08-07", "precision": "day"},
           "actors": [{"name": "rebels", "text": "Rebels", "start": 0, "end": 6}],
           "location": None, "fatalities": {"low": 2, "best": 2, "high": 2}}
    event = firstpass.rebuild_event(old)
    assert event.date.first.isoformat() == "1998-08-07" and event.date.basis == "none"
    assert event.actors[0].known and event.actors[0].role == "" and event.fatalities.best == 2
    assert event.trigger == "" and event.location is None


def test_the_paired_interval_is_zero_when_the_filter_changes_nothing_and_brackets_a_sure_gain():
    before = [Tally(tp=3, fp=2, fn=1), Tally(tp=1, fp=1, fn=2), Tally(tp=4, fp=0, fn=0)]
    assert firstpass.paired_interval(before, before, 200) == (0.0, 0.0)
    after = [Tally(tp=t.tp, fp=0, fn=t.fn) for t in before]
    low, high = firstpass.paired_interval(before, after, 200)
    assert 0 <= low < high


def test_the_nested_row_holds_every_article_once_and_chooses_each_threshold_without_its_own_articles():
    paths = sorted((GOLD / "other").glob("*.json"))[:4] + sorted((GOLD / "bundled").glob("*.json"))[:2]
    scored = [analyse_gold(GoldArticle.read(p)) for p in paths]
    samples = [s for n, one in enumerate(scored) for s in learned.label_article(n, one, learned._sentences(one.article))]
    before, after, thresholds, scores, cuts, out = firstpass.nested(scored, samples, k=2, seed=0, repeats=1, l2=10.0)
    assert sorted(before) == sorted(after) == list(range(len(scored)))
    assert all((before[n].tp, before[n].fp, before[n].fn) == (one.tally.tp, one.tally.fp, one.tally.fn)
               for n, one in enumerate(scored))  # before the filter: the evaluator's own tallies
    assert len(thresholds) == 2 and sorted((s.article, s.index) for s in out) == sorted((s.article, s.index) for s in samples)
    assert len(scores) == len(cuts) == len(out)
    for n in before:  # an article's events are dropped only under its fold's threshold
        dropped = sum(1 for s, score, cut in zip(out, scores, cuts) if s.article == n and score < cut)
        assert after[n].extracted == before[n].extracted - dropped
