"""The evaluation and benchmark commands run end to end on small inputs (figures are printed, not asserted)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from events.bench import extract as bench_extract
from events.evaluate import events as evaluate_events
from events.evaluate import fakes as evaluate_fakes

SEED_DIR = Path(__file__).parent / "data" / "seed"


def test_evaluate_events_on_the_seed(tmp_path, capsys):
    for name in ("expected.json", "telesur-2016-07-27-us-russia-airstrikes.txt"):
        shutil.copy(SEED_DIR / name, tmp_path / name)
    assert evaluate_events.main([str(tmp_path / "expected.json")]) == 0
    out = capsys.readouterr().out
    assert "gold events found" in out and "events: P" in out and "matched events: actors" in out


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
