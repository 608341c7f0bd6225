"""Would a learned filter over the extractor's events raise precision and F1 on articles it was not trained on?

    python -m events.evaluate learned GOLD.json... [--folds 5] [--blind DIR...] [--seed 0]

Every gold article is analysed as ``events`` does (``analyse_gold``); each extracted event is labelled 1 when it
pairs with a gold event (not ``other``), 0 when it is a false positive; events paired with a gold ``other`` are
left out of training. Features come from the event and its article only (type, status, date basis and precision,
actors, place, toll, attribution, trigger, position, sentence cues), never from article ids or story names.

A logistic regression (numpy, L2, Newton steps) is trained and judged by grouped cross-validation: whole articles
per fold, articles dealt to folds by a seeded shuffle. The threshold under which events are dropped is chosen inside
the training folds only (inner grouped cross-validation gives out-of-fold scores, and the threshold that maximises
the training articles' F1 with the evaluator's own pairing is kept). The held-out fold's kept events are then scored
by ``score_article``, beside the unfiltered extractor. ``--blind DIR`` adds a leave-one-set-out test: train on every
article not under the DIRs, test on those under them.

It is an evaluation only: no filter ships in the pipeline (see docs/extraction-log.md for the figures and why).
"""
from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from events.evaluate import prf
from events.evaluate.events import (GoldArticle, Scored, Tally, analyse_gold, canonical_names, score_article,
                                   summed)
from events.extract import Article, analyse
from events.extract.records import DATE_BASES, PRECISIONS, STATUSES, Event, Sentence

_CUES = {
    "quote": re.compile(r"[\"“”]"),
    "negation": re.compile(r"\b(?:not|no|never|n't|denied|denies|deny|without)\b", re.I),
    "reporting": re.compile(r"\b(?:said|says|told|tells|according to|reported|reports|claimed|claims|stated|added)\b", re.I),
    "modal": re.compile(r"\b(?:would|could|may|might|will|should|must|can)\b", re.I),
    "conditional": re.compile(r"\b(?:if|unless|whether)\b", re.I),
    "question": re.compile(r"\?"),
    "past_ref": re.compile(r"\b(?:last year|years ago|since|previous|earlier|former|history|in 19\d\d|in 20\d\d)\b", re.I),
    "number": re.compile(r"\d"),
    "future": re.compile(r"\b(?:plan|plans|planned|to be held|next week|next month|upcoming|tomorrow)\b", re.I),
}


@dataclass(frozen=True)
class Sample:
    """One extracted event, its article's index, its label (1 true, 0 false positive) and its raw features."""

    article: int
    index: int
    label: int
    raw: dict[str, float]


_WORD = re.compile(r"\b[a-z][a-z']+\b")


def sentence_index(starts: list[int], offset: int) -> int:
    """The index of the sentence holding ``offset``, from the sentences' ``starts`` in order (-1 before the first)."""
    return sum(1 for s in starts if s <= offset) - 1


def raw_features(event: Event, events: tuple[Event, ...], analysis_sentences: tuple[Sentence, ...],
                 words: bool = False) -> dict[str, float]:
    """Numeric features of one event, keyed by name; categorical ones as ``name=value`` set to 1."""
    starts = [s.start for s in analysis_sentences]
    position = sentence_index(starts, event.evidence_start)
    n_sentences = max(len(starts), 1)
    sentence = event.evidence
    n_words = len(sentence.split())
    same = [e for e in events if e.evidence_start == event.evidence_start]
    roles = {a.role for a in event.actors}
    kinds = {a.kind for a in event.actors}
    f: dict[str, float] = {
        f"type={event.type}": 1.0, f"status={event.status}": 1.0,
        f"basis={event.date.basis}": 1.0, f"precision={event.date.precision}": 1.0,
        "actors": min(len(event.actor_names), 4) / 4, "no_actor": float(not event.actors),
        "agent": float("agent" in roles), "target": float("target" in roles),
        "unknown_actor": float(any(not a.known for a in event.actors)),
        "person": float("person" in kinds), "state": float("state" in kinds), "media": float("media" in kinds),
        "armed": float("armed group" in kinds),
        "place": float(event.location is not None),
        "admin1": float(bool(event.location and event.location.admin1)),
        "toll": float(event.fatalities is not None),
        "attributed": float(bool(event.attributed_to)),
        "confidence": event.confidence,
        "headline": float(position <= 0), "position": position / n_sentences,
        "early": float(position <= 3),
        "log_sentence_index": math.log1p(max(position, 0)),
        "log_words": math.log1p(n_words),
        "same_sentence": min(len(same) - 1, 3) / 3,
        "rank_in_sentence": float(same.index(event) if event in same else 0),
        "log_article_events": math.log1p(len(events)),
        "same_type_share": sum(e.type == event.type for e in events) / max(len(events), 1),
        "date_text": float(bool(event.date.text)),
    }
    if event.trigger:
        f[f"trigger={event.trigger.lower()}"] = 1.0
    for name, pattern in _CUES.items():
        f[f"cue_{name}"] = float(bool(pattern.search(sentence)))
    if words:  # lower-case words only: no names of places, people or outlets
        for word in set(_WORD.findall(sentence)):
            f[f"w={word}"] = 1.0
    return f


def label_article(number: int, scored: Scored, sentences: tuple[Sentence, ...], words: bool = False) -> list[Sample]:
    gold_of = {i: j for i, j in scored.pairs}
    samples = []
    for i, event in enumerate(scored.extracted):
        if i in gold_of and scored.article.events[gold_of[i]].type == "other":
            continue
        samples.append(Sample(number, i, int(i in gold_of), raw_features(event, scored.extracted, sentences, words)))
    return samples


class Model:
    """Standardised features, L2 logistic regression fitted by Newton steps."""

    def __init__(self, samples: list[Sample], l2: float = 1.0, min_count: int = 5):
        counts = Counter(name for s in samples for name in s.raw)
        fixed = {f"{prefix}={v}" for prefix, values in (("status", STATUSES), ("precision", PRECISIONS),
                                                       ("basis", DATE_BASES)) for v in values}
        self.names = sorted(n for n, c in counts.items() if c >= min_count or n in fixed)
        x = self.matrix(samples, standardise=False)
        self.mean = x.mean(axis=0)
        self.std = x.std(axis=0) + 1e-9
        x = (x - self.mean) / self.std
        y = np.array([s.label for s in samples], dtype=float)
        x = np.hstack([np.ones((len(x), 1)), x])
        w = np.zeros(x.shape[1])
        penalty = np.full(x.shape[1], l2)
        penalty[0] = 0.0
        for _ in range(50):
            p = 1 / (1 + np.exp(-x @ w))
            gradient = x.T @ (p - y) + penalty * w
            hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
            step = np.linalg.solve(hessian, gradient)
            w -= step
            if np.abs(step).max() < 1e-8:
                break
        self.weights = w

    def matrix(self, samples: list[Sample], standardise: bool = True) -> np.ndarray:
        index = {n: k for k, n in enumerate(self.names)}
        x = np.zeros((len(samples), len(self.names)))
        for r, s in enumerate(samples):
            for name, value in s.raw.items():
                if name in index:
                    x[r, index[name]] = value
        return (x - self.mean) / self.std if standardise else x

    def scores(self, samples: list[Sample]) -> np.ndarray:
        if not samples:
            return np.zeros(0)
        x = self.matrix(samples)
        return 1 / (1 + np.exp(-(self.weights[0] + x @ self.weights[1:])))


def auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve by ranks (ties share their mean rank)."""
    positives = labels.sum()
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    order = scores.argsort()
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def folds_of(articles: list[int], k: int, seed: int) -> list[list[int]]:
    shuffled = list(articles)
    np.random.default_rng(seed).shuffle(shuffled)
    return [sorted(shuffled[f::k]) for f in range(k)]


def filtered_tallies(scored: list[Scored | None], samples: list[Sample], scores: np.ndarray,
                     threshold: float | None) -> dict[int, Tally]:
    """The evaluator's tally of each article (by number; None entries skipped) when events scoring under
    ``threshold`` are dropped (neutral events, not scored by the model, are always kept)."""
    drop: dict[int, set[int]] = {}
    if threshold is not None:
        for s, p in zip(samples, scores):
            if p < threshold:
                drop.setdefault(s.article, set()).add(s.index)
    tallies = {}
    for number, one in enumerate(scored):
        if one is None:
            continue
        gone = drop.get(number, set())
        kept = [e for i, e in enumerate(one.extracted) if i not in gone]
        tallies[number] = score_article(one.article, kept).tally if gone else one.tally
    return tallies


def filtered_tally(scored: list[Scored | None], samples: list[Sample], scores: np.ndarray,
                   threshold: float | None) -> Tally:
    total = Tally()
    for tally in filtered_tallies(scored, samples, scores, threshold).values():
        total.add(tally)
    return total


def f1_of(t: Tally) -> float:
    return prf(t.tp, t.tp + t.fp, t.tp + t.fn)[2]


THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 15)]


def choose_threshold(scored: list[Scored], samples: list[Sample], articles: list[int], k: int, seed: int,
                     l2: float) -> float | None:
    """The threshold that maximises F1 over ``articles`` given out-of-fold scores from an inner grouped CV;
    None (keep every event) when no threshold beats keeping all."""
    inner = folds_of(articles, k, seed + 1)
    out_samples: list[Sample] = []
    out_scores: list[np.ndarray] = []
    for fold in inner:
        held = set(fold)
        model = Model([s for s in samples if s.article in set(articles) - held], l2)
        test = [s for s in samples if s.article in held]
        out_samples += test
        out_scores.append(model.scores(test))
    scores = np.concatenate(out_scores)
    subset = [one if n in set(articles) else None for n, one in enumerate(scored)]
    best, best_f1 = None, f1_of(filtered_tally(subset, out_samples, scores, None))
    for threshold in THRESHOLDS:
        f1 = f1_of(filtered_tally(subset, out_samples, scores, threshold))
        if f1 > best_f1 + 1e-9:
            best, best_f1 = threshold, f1
    return best


def evaluate_split(name: str, scored: list[Scored], samples: list[Sample], train: list[int], test: list[int],
                   seed: int, l2: float, inner_k: int) -> tuple[dict[int, Tally], dict[int, Tally], float]:
    train_set, test_set = set(train), set(test)
    threshold = choose_threshold(scored, samples, train, inner_k, seed, l2)
    model = Model([s for s in samples if s.article in train_set], l2)
    test_samples = [s for s in samples if s.article in test_set]
    scores = model.scores(test_samples)
    labels = np.array([s.label for s in test_samples])
    area = auc(labels, scores)
    subset = [one if n in test_set else None for n, one in enumerate(scored)]
    before_each = filtered_tallies(subset, test_samples, scores, None)
    after_each = filtered_tallies(subset, test_samples, scores, threshold)
    before = summed(before_each.values())
    after = summed(after_each[number] for number in before_each)
    print(f"{name:<12} {len(test):>4} {labels.sum():>5} {len(labels) - labels.sum():>4} | {area:>5.3f} | "
          f"{'none' if threshold is None else f'{threshold:.2f}':>5} | {_prf(before)} | {_prf(after)} | "
          f"{f1_of(after) - f1_of(before):+.3f}")
    return before_each, after_each, area


def _prf(t: Tally) -> str:
    p, r, f = prf(t.tp, t.tp + t.fp, t.tp + t.fn)
    return f"{p:.3f} {r:.3f} {f:.3f}"


HEADER = (f"{'split':<12} {'docs':>4} {'pos':>5} {'neg':>4} | {'AUC':>5} | {'thr':>5} | "
          f"{'before P R F1':<17} | {'after P R F1':<17} | dF1")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.evaluate learned", description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--l2", type=float, default=10.0, help="L2 penalty on standardised weights")
    parser.add_argument("--blind", type=Path, nargs="*", default=[], metavar="DIR",
                        help="leave-one-set-out: test on the articles under DIR, train on the others")
    parser.add_argument("--words", action="store_true",
                        help="add the sentence's lower-case words (seen in 5 training events or more) as features")
    parser.add_argument("--weights", action="store_true", help="print the weights of a model fitted on every article")
    args = parser.parse_args(argv)
    scored: list[Scored] = []
    samples: list[Sample] = []
    names = canonical_names()  # actor names read as ``events`` reads them
    for number, path in enumerate(args.gold):
        try:
            article = GoldArticle.read(path, names)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"{path}: cannot read gold file or its article: {exc}", file=sys.stderr)
            return 2
        one = analyse_gold(article)
        sentences = _sentences(article)
        scored.append(one)
        samples += label_article(number, one, sentences, args.words)
    labels = np.array([s.label for s in samples])
    neutral = sum(len(s.extracted) for s in scored) - len(samples)
    print(f"{len(scored)} articles, {len(samples)} labelled events: {labels.sum()} true, {len(labels) - labels.sum()} "
          f"false positives ({neutral} paired with gold 'other', left out)\n")
    print(HEADER)
    print("-" * len(HEADER))
    everything = list(range(len(scored)))
    before: dict[int, Tally] = {}
    after: dict[int, Tally] = {}
    for f, fold in enumerate(folds_of(everything, args.folds, args.seed)):
        train = [n for n in everything if n not in set(fold)]
        one_before, one_after, _ = evaluate_split(f"fold {f + 1}", scored, samples, train, fold, args.seed, args.l2,
                                                  args.folds)
        before.update(one_before)
        after.update(one_after)
    kinds = sorted({one.article.kind for one in scored})
    for label, wanted in [(f"CV {kind}", {kind}) for kind in kinds] + [("CV pooled", set(kinds))]:
        numbers = [n for n in everything if scored[n].article.kind in wanted]
        b, a = Tally(), Tally()
        for n in numbers:
            b.add(before[n])
            a.add(after[n])
        print(f"{label:<12} {len(numbers):>4} {'':>5} {'':>4} | {'':>5} | {'':>5} | {_prf(b)} | {_prf(a)} | "
              f"{f1_of(a) - f1_of(b):+.3f}")
    if args.blind:
        blind_dirs = [d.resolve() for d in args.blind]
        test = [n for n, path in enumerate(args.gold) if any(d in path.resolve().parents for d in blind_dirs)]
        train = [n for n in everything if n not in set(test)]
        print()
        evaluate_split("blind sets", scored, samples, train, test, args.seed, args.l2, args.folds)
        for d in blind_dirs:
            one = [n for n in test if d in args.gold[n].resolve().parents]
            evaluate_split(d.name[:12], scored, samples, train, one, args.seed, args.l2, args.folds)
    if args.weights:
        model = Model(samples, args.l2)
        print("\nweights of a model fitted on every article (standardised features), largest first:")
        for w, name in sorted(zip(model.weights[1:], model.names), key=lambda p: -abs(p[0]))[:30]:
            print(f"  {w:+.3f} {name}")
    return 0


def _sentences(article: GoldArticle) -> tuple[Sentence, ...]:
    """The sentences the extractor split the article into (for positions), read as ``analyse_gold`` reads it
    (``Scored`` keeps only the events; a second analysis costs a few seconds over the whole dev gold)."""
    given = article.publication_date if article.publication_in_text is False else None
    return analyse(Article(text=article.text, origin=str(article.path), published=given)).sentences
