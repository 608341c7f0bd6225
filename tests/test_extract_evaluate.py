"""The evaluation and benchmark commands run end to end on small inputs (figures are printed, not asserted)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from events.bench import extract as bench_extract
from events.evaluate import events as evaluate_events
from events.evaluate import fakes as evaluate_fakes
from events.evaluate.events import GoldArticle, GoldEvent, Tally, bootstrap_intervals, can_pair, pair, score_article
from events.extract.records import ActorMention, Event, EventDate

SEED_DIR = Path(__file__).parent / "data" / "seed"


def test_evaluate_events_on_the_seed(tmp_path, capsys):
    for name in ("expected.json", "telesur-2016-07-27-us-russia-airstrikes.txt"):
        shutil.copy(SEED_DIR / name, tmp_path / name)
    assert evaluate_events.main([str(tmp_path / "expected.json"), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "  FP " in out or "  MISS " in out or "  PAIR " in out  # --errors lists what did not match
    assert "gold events found" in out and "events: P" in out and "actor1" in out and "main ok" in out and "place" in out


def _event(type_name: str, start: int, end: int, actors=(), first=None, last=None) -> Event:
    when = EventDate(first, last, "day" if first else "none", value=first.isoformat() if first else "")
    return Event(article_id="a", type=type_name, status="occurred", date=when, evidence="x", evidence_start=start,
                 evidence_end=end, actors=tuple(ActorMention(name, name, 0, 1) for name in actors))


def _gold(type_name: str, span=None, actors=(), value=None, main=False, type_also=()) -> GoldEvent:
    return GoldEvent(type=type_name, type_also=type_also, status="occurred", date=value, date_basis=None,
                     actors=tuple(actors), main=main, span=span, evidence="x")


def test_pairing_needs_a_shared_family_and_overlapping_evidence_or_dates_and_an_actor():
    from datetime import date
    day = date(2006, 11, 21)
    assert can_pair(_event("casualties", 0, 10), _gold("airstrike", span=(5, 20)))  # same family, spans overlap
    assert not can_pair(_event("diplomatic_meeting", 0, 10), _gold("airstrike", span=(5, 20)))  # other family
    assert can_pair(_event("statement", 0, 10), _gold("proposal", span=(5, 20)))  # proposal is diplomacy and speech
    assert not can_pair(_event("airstrike", 50, 60), _gold("airstrike", span=(5, 20)))  # apart, no date
    assert can_pair(_event("airstrike", 50, 60, ["Israel"], day, day), _gold("airstrike", (5, 20), ["Israel"], "2006-11"))
    assert not can_pair(_event("airstrike", 50, 60, ["Hamas"], day, day), _gold("airstrike", (5, 20), ["Israel"], "2006-11"))


def test_a_type_the_guide_does_not_list_pairs_only_with_a_gold_other():
    assert can_pair(_event("weapons_seized", 0, 10), _gold("other", span=(5, 20)))
    assert not can_pair(_event("weapons_seized", 0, 10), _gold("bombing", span=(5, 20)))


def test_pairs_are_taken_best_first_one_to_one():
    # Both extracted events overlap the gold one's evidence; the one of the exact type wins it.
    extracted = [_event("casualties", 0, 10), _event("airstrike", 0, 10)]
    assert pair(extracted, [_gold("airstrike", span=(0, 10))]) == [(1, 0)]


def test_an_event_paired_with_a_gold_other_is_neutral_and_an_unfound_other_is_no_miss():
    article = GoldArticle(path=Path("g.json"), kind="conflict", text="", publication_date=None, publication_in_text=False,
                          events=(_gold("other", span=(0, 10)), _gold("other", span=(100, 110)),
                                  _gold("airstrike", span=(20, 30), main=True)))
    scored = score_article(article, [_event("clashes", 0, 10), _event("statement", 40, 50)])
    t = scored.tally
    assert (t.tp, t.fp, t.fn, t.gold_events, t.mains, t.main_hits) == (0, 1, 1, 1, 1, 0)


def test_evaluate_events_refuses_a_missing_file(tmp_path, capsys):
    assert evaluate_events.main([str(tmp_path / "nothing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_evaluate_fakes_prints_every_metric(tmp_path, capsys):
    rows = [
        {"url": "urn:test:1", "title": "t", "source": "x",
         "text": "12 March 2016 Russian airstrikes killed 12 civilians in Saraqeb in Idlib province on Saturday.",
         "facts": {"date": "2016-03-12", "location": "idlib", "actor": "syrian government or russian troops",
                   "cause": "shelling", "civilians": 12, "noncivilians": 0, "children": 0, "women": 0}},
        {"url": "urn:test:2", "title": "t", "source": "x", "text": "No date and nothing happened.",
         "facts": {"date": "2016-03-12", "location": "aleppo", "actor": "unknown", "cause": "unknown",
                   "civilians": 0, "noncivilians": 0, "children": 0, "women": 0}},
    ]
    corpus = tmp_path / "fakes.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    assert evaluate_fakes.main([str(corpus), "--errors", str(errors)]) == 0
    out = capsys.readouterr().out
    for metric in ("pubdate", "province", "perpetrator", "type", "toll"):
        assert metric in out
    first = json.loads(errors.read_text(encoding="utf-8").splitlines()[0])
    assert first["verdicts"] == {"pubdate": True, "pubdate_crowd": True, "province": True, "perpetrator": True, "type": True, "toll": True}


def test_bench_extract_runs(capsys):
    assert bench_extract.main(["--rounds", "1"]) == 0
    assert "ms per article" in capsys.readouterr().out


def test_an_annotation_scored_against_itself_agrees_fully_and_one_with_an_event_less_misses_it(tmp_path, capsys):
    gold = Path(__file__).parent / "data" / "events-gold" / "other" / "APW19980813.1117.json"
    raw = json.loads(gold.read_text(encoding="utf-8"))
    second = tmp_path / gold.name
    raw["article"] = str(gold.parent / raw["article"])
    second.write_text(json.dumps(raw), encoding="utf-8")
    assert evaluate_events.main([str(gold), "--against", str(tmp_path)]) == 0
    assert "events: P 1.000  R 1.000  F1 1.000" in capsys.readouterr().out
    kept = [e for e in raw["events"] if e["type"] != "other"]
    raw["events"] = kept[1:]
    second.write_text(json.dumps(raw), encoding="utf-8")
    assert evaluate_events.main([str(gold), "--against", str(tmp_path)]) == 0
    assert f"(tp {len(kept) - 1}, fp 0, fn 1)" in capsys.readouterr().out


def test_an_annotation_of_another_text_is_refused(tmp_path, capsys):
    gold = Path(__file__).parent / "data" / "events-gold" / "other" / "APW19980813.1117.json"
    raw = json.loads(gold.read_text(encoding="utf-8"))
    (tmp_path / "other.txt").write_text("Another text.", encoding="utf-8")
    raw["article"] = "other.txt"
    (tmp_path / gold.name).write_text(json.dumps(raw), encoding="utf-8")
    assert evaluate_events.main([str(gold), "--against", str(tmp_path)]) == 2
    assert "annotates another text" in capsys.readouterr().err


def test_gold_actor_names_are_read_through_the_products_alias_table_but_never_generic_labels():
    names = evaluate_events.canonical_names()
    item = {"type": "ground_offensive", "actors": ["Army of Conquest", "Syrian rebels", "rebels", "Syrian", "Jaish al-Fatah"]}
    canonical = GoldEvent.from_json(item, names).actors
    # Two spellings of one group become one actor; a label and a demonym stay as written (they need context).
    assert canonical == ("Jaish al-Fatah", "Syrian opposition", "rebels", "Syrian")
    assert GoldEvent.from_json(item).actors == tuple(item["actors"])
    assert "militants" not in names and "rebels" not in names


def test_main_fates_tell_a_main_event_found_dated_otherwise_told_elsewhere_or_missed():
    from datetime import date
    from events.evaluate.events import main_fates
    day, other_day = date(2016, 5, 3), date(2016, 5, 2)
    article = GoldArticle(path=Path("g.json"), kind="fakes", text="", publication_date=None, publication_in_text=False,
                          events=(_gold("airstrike", span=(0, 10), value="2016-05-03", main=True),
                                  _gold("shelling", span=(20, 30), value="2016-05-03", main=True),
                                  _gold("bombing", span=(40, 50), main=True),
                                  _gold("clashes", span=(60, 70), main=True),
                                  _gold("clashes", span=(80, 90), value="2016-05-03"),
                                  _gold("airstrike", span=(100, 110))))
    extracted = [_event("airstrike", 0, 10, first=day, last=day), _event("shelling", 20, 30, first=other_day, last=other_day),
                 _event("statement", 40, 50), _event("clashes", 60, 90, first=day, last=day)]
    fates = [fate for fate, _ in main_fates(score_article(article, extracted))]
    # The bombing's sentence tells only a statement of ours; the clashes' sentence went to the dated other clashes.
    assert fates == ["ok", "date", "missed", "elsewhere"]


def test_bootstrap_interval_holds_the_figure_collapses_on_identical_articles_and_is_seeded():
    same = [Tally(articles=1, tp=3, fp=1, fn=2) for _ in range(10)]
    for low, high in bootstrap_intervals(same, 200).values():
        assert low == high
    assert bootstrap_intervals(same, 200)["P"][0] == 0.75
    mixed = [Tally(articles=1, tp=tp, fp=fp, fn=fn) for tp, fp, fn in [(5, 0, 0), (0, 4, 4), (2, 1, 1), (3, 2, 0), (1, 0, 3)]]
    intervals = bootstrap_intervals(mixed, 500)
    tp, fp, fn = 11, 7, 8
    point = {"P": tp / (tp + fp), "R": tp / (tp + fn)}
    for name, value in point.items():
        low, high = intervals[name]
        assert low < value < high  # articles differ, so the interval is wide and holds the figure of all of them
    assert intervals == bootstrap_intervals(mixed, 500)  # seeded: a rerun prints the same interval


def test_bootstrap_is_printed_and_refuses_nothing_to_draw(tmp_path, capsys):
    for name in ("expected.json", "telesur-2016-07-27-us-russia-airstrikes.txt"):
        shutil.copy(SEED_DIR / name, tmp_path / name)
    assert evaluate_events.main([str(tmp_path / "expected.json"), "--bootstrap", "50"]) == 0
    assert "95% interval over 50 resamples of the 1 articles: P " in capsys.readouterr().out
    with pytest.raises(ValueError):
        bootstrap_intervals([], 10)


def test_status_view_lists_the_pairs_whose_status_is_not_the_golds_and_tables_them():
    from dataclasses import replace

    from events.evaluate.events import status_pairs, status_table
    article = GoldArticle(path=Path("g.json"), kind="fakes", text="", publication_date=None, publication_in_text=False,
                          events=(_gold("airstrike", span=(0, 10)), replace(_gold("shelling", span=(20, 30)), status="reported"),
                                  _gold("other", span=(40, 50))))
    extracted = [_event("airstrike", 0, 10), _event("shelling", 20, 30), replace(_event("clashes", 40, 50), status="planned")]
    rows = status_pairs(score_article(article, extracted))
    # The gold ``other`` pair is left out; the shelling the gold calls reported and we call occurred is listed.
    assert [(gold, ours) for gold, ours, _ in rows] == [("occurred", "occurred"), ("reported", "occurred")]
    assert "STATUS gold reported ours occurred" in rows[1][2]
    table = status_table({("occurred", "occurred"): 3, ("reported", "occurred"): 1})
    assert table[0].split()[1:] == ["occurred", "reported"]  # columns in the product's order
    assert table[1].split() == ["occurred", "3", "0"] and table[2].split() == ["reported", "1", "0"]
    assert table[-1] == "status agrees on 3 of 4 pairs (0.750)"


def test_evaluate_events_prints_the_status_table(tmp_path, capsys):
    for name in ("expected.json", "telesur-2016-07-27-us-russia-airstrikes.txt"):
        shutil.copy(SEED_DIR / name, tmp_path / name)
    assert evaluate_events.main([str(tmp_path / "expected.json"), "--status"]) == 0
    assert "status agrees on" in capsys.readouterr().out


def test_off_subject_articles_are_counted_by_whether_they_were_left_empty(capsys):
    # two held-out off-topic articles with no event besides `other`: the line counts those given none
    folder = Path(__file__).parent / "data" / "events-offtopic-heldout"
    empty = [p for p in sorted(folder.glob("wsj_*.json")) if not json.loads(p.read_text(encoding="utf-8"))["events"]][:2]
    assert evaluate_events.main([str(p) for p in empty]) == 0
    out = capsys.readouterr().out
    assert "articles with no gold event besides `other`: 2, given no event: " in out


def test_a_place_is_right_when_it_is_the_golds_or_in_its_province_or_in_the_country_the_gold_names_alone():
    from dataclasses import replace

    from events.evaluate.events import gold_place, place_ok
    from events.extract.records import Place

    gold = replace(_gold("airstrike"), location="Azaz", country="Syria")
    where = gold_place(gold)
    assert where is not None and where.admin1 == "Aleppo"
    at = lambda name, admin1, country="Syria": replace(_event("airstrike", 0, 1), location=Place(name, name, admin1, country))  # noqa: E731
    assert place_ok(at("Azaz", "Aleppo"), where) and place_ok(at("Aleppo", "Aleppo"), where)
    assert not place_ok(at("Homs", "Homs"), where) and not place_ok(_event("airstrike", 0, 1), where)
    syria = gold_place(replace(_gold("airstrike"), location="Syria", country="Syria"))
    assert place_ok(at("Homs", "Homs"), syria) and not place_ok(at("Mosul", "Nineveh", "Iraq"), syria)
    assert gold_place(replace(_gold("airstrike"), location="Nowhere In Particular")) is None
