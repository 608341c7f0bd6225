"""The trend evaluation: an old commit's events, dumped and rebuilt, are scored per gold set with today's pairing, and
the printed rows carry only summaries."""
from __future__ import annotations

from pathlib import Path

import pytest

from events.evaluate import firstpass, trend
from events.evaluate.events import GoldArticle, Tally, analyse_gold, summed

ROOT = Path(__file__).parent.parent
GOLD = Path(__file__).parent / "data" / "events-gold"
ONE = GOLD / "other" / "APW19980813.1117.json"
TWO = GOLD / "other" / "APW19980219.0476.json"


def test_a_dump_scored_per_group_gives_the_tallies_of_todays_evaluator():
    articles = [GoldArticle.read(ONE), GoldArticle.read(TWO)]
    extracted = [events for events, _ in firstpass.rebuild(firstpass.dump_with(ROOT, articles))]
    groups = trend.score_groups({"a": articles[:1], "b": articles[1:]}, extracted)
    assert groups["a"] == [analyse_gold(articles[0]).tally] and groups["b"] == [analyse_gold(articles[1]).tally]
    assert groups["a"][0].tp > 0
    with pytest.raises(ValueError):
        trend.score_groups({"a": articles}, extracted[:1])


def test_the_summary_gives_counts_ratios_and_events_per_article():
    t = Tally(articles=2, extracted=9, tp=6, fp=3, fn=2, type_hits=3, dated_pairs=4, date_hits=2, actor_pairs=0,
              mains=2, main_hits=1)
    assert trend.summary(t) == "0.667 0.750 0.706 (  6   3   2) 0.500 0.500   -   0.500   4.5"


def test_the_dev_size_counts_the_commits_gold_files_and_the_shared_ones():
    assert trend.dev_size("HEAD", ROOT, shared=5) == 5 + len(list(GOLD.glob("**/*.json")))


def test_main_prints_summary_rows_per_commit_and_set_and_a_zero_interval_for_the_same_output(monkeypatch, capsys, tmp_path):
    for name, path in (("a", ONE), ("b", TWO)):
        (tmp_path / name).mkdir()
        (tmp_path / name / path.name).symlink_to(path)
        (tmp_path / name / path.with_suffix(".txt").name).symlink_to(path.with_suffix(".txt"))
    calls = []

    def today(articles, commit, cache=None):
        calls.append(commit)
        return [(list(analyse_gold(a).extracted), ()) for a in articles]

    monkeypatch.setattr(trend, "first_extraction", today)
    assert trend.main(["--commit", "x=HEAD", "y=HEAD", "--set", f"a={tmp_path / 'a'}", f"b={tmp_path / 'b'}",
                       "--shared", str(tmp_path), "--bootstrap", "50"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert calls == ["HEAD", "HEAD"] and len(lines) == 1 + 4 + 2
    expected = trend.summary(summed([analyse_gold(GoldArticle.read(ONE)).tally]))
    assert lines[1].startswith("x ") and lines[1].endswith(f"| a           {expected}")
    assert not any(ONE.stem in line or TWO.stem in line for line in lines)
    assert lines[-1].startswith("b: F1 x -> y") and lines[-1].endswith("[+0.000 +0.000]")
