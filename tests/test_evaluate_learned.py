"""The learned-filter evaluation: its logistic regression, AUC, grouped folds and the evaluator's own scoring."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from events.evaluate import learned
from events.evaluate.events import GoldArticle, analyse_gold
from events.evaluate.learned import Model, Sample, auc, filtered_tally, folds_of

GOLD = Path(__file__).parent / "data" / "events-gold"


def test_auc_counts_ranks_and_shares_ties():
    assert auc(np.array([0, 0, 1, 1]), np.array([0.1, 0.2, 0.3, 0.4])) == 1.0
    assert auc(np.array([1, 1, 0, 0]), np.array([0.1, 0.2, 0.3, 0.4])) == 0.0
    assert auc(np.array([0, 1]), np.array([0.5, 0.5])) == 0.5


def test_the_model_learns_a_feature_that_tells_the_labels_apart():
    samples = [Sample(n % 7, n, n % 2, {"cue": float(n % 2), "noise": float(n % 3)}) for n in range(60)]
    model = Model(samples, l2=1.0, min_count=1)
    scores = model.scores(samples)
    labels = np.array([s.label for s in samples])
    assert scores[labels == 1].min() > 0.5 > scores[labels == 0].max()
    assert dict(zip(model.names, model.weights[1:]))["cue"] > 0


def test_folds_hold_whole_articles_and_are_the_same_for_the_same_seed():
    folds = folds_of(list(range(23)), 5, seed=3)
    assert sorted(n for fold in folds for n in fold) == list(range(23))
    assert folds == folds_of(list(range(23)), 5, seed=3)
    assert folds != folds_of(list(range(23)), 5, seed=4)


def test_filtering_scores_with_the_evaluator_and_keeping_all_changes_nothing():
    scored = [analyse_gold(GoldArticle.read(GOLD / "other" / "APW19980813.1117.json"))]
    samples = learned.label_article(0, scored[0], learned._sentences(scored[0].article))
    assert samples and all(s.label in (0, 1) for s in samples)
    assert all(any(name.startswith("type=") for name in s.raw) for s in samples)
    worded = learned.label_article(0, scored[0], learned._sentences(scored[0].article), words=True)
    words = {name[2:] for s in worded for name in s.raw if name.startswith("w=")}
    assert words and all(w == w.lower() for w in words) and not any(n.startswith("w=") for s in samples for n in s.raw)
    kept = filtered_tally(scored, samples, np.ones(len(samples)), None)
    assert (kept.tp, kept.fp, kept.fn) == (scored[0].tally.tp, scored[0].tally.fp, scored[0].tally.fn)
    dropped = filtered_tally(scored, samples, np.zeros(len(samples)), 0.5)
    neutral = len(scored[0].extracted) - len(samples)
    assert dropped.extracted == neutral
    assert dropped.tp == 0 and dropped.fn == scored[0].tally.tp + scored[0].tally.fn


def test_the_command_prints_each_fold_and_the_blind_set(capsys):
    paths = sorted((GOLD / "other").glob("*.json"))[:4] + sorted((GOLD / "bundled").glob("*.json"))[:2]
    assert learned.main([str(p) for p in paths] + ["--folds", "2", "--blind", str(GOLD / "bundled")]) == 0
    out = capsys.readouterr().out
    assert "fold 1" in out and "fold 2" in out and "CV pooled" in out and "blind sets" in out
