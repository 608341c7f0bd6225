"""Do hand rules carry over to unseen articles? Gold sets scored with the extractor of several old commits.

    python -m events.evaluate trend --commit LABEL=COMMIT... --set NAME=DIR... [--cache DIR] [--bootstrap N]

Each ``--commit`` is extracted with THAT commit's code, through the machinery of ``firstpass`` (a detached worktree
under /tmp, run in a subprocess; the events come back as JSON and are rebuilt as today's records), and scored with
TODAY's gold, pairing and ``score_article``. Only summary rows are printed (no article names, no errors), so a blind
set can be one of the ``--set`` folders. ``dev`` is the dev gold's size at the commit: the gold files under
tests/data/events-gold in that commit plus today's /work/shared corpus folder (``--shared``, not versioned).
``--bootstrap N`` adds, per set, the 95% interval of the F1 change from the first commit to the last, paired over
articles (``firstpass.paired_interval``, seed 0).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from events.evaluate.events import GoldArticle, Tally, _ratio, canonical_names, score_article, summed
from events.evaluate.firstpass import first_extraction, paired_interval
from events.evaluate.learned import _prf, f1_of
from events.extract.records import Event


def _pair(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name or not value:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def score_groups(groups: dict[str, list[GoldArticle]], extracted: list[list[Event]]) -> dict[str, list[Tally]]:
    """Each group's per-article tallies, from ``extracted``: one event list per article, in the groups' order."""
    total = sum(len(articles) for articles in groups.values())
    if len(extracted) != total:
        raise ValueError(f"{len(extracted)} extractions for {total} articles")
    out, at = {}, 0
    for name, articles in groups.items():
        out[name] = [score_article(a, list(events)).tally for a, events in zip(articles, extracted[at:at + len(articles)])]
        at += len(articles)
    return out


def dev_size(commit: str, repo: Path = Path("."), shared: int = 0) -> int:
    """Dev gold files under tests/data/events-gold in ``commit``, plus ``shared`` (the unversioned corpus folder)."""
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "--name-only", commit, "tests/data/events-gold"],
                             check=True, capture_output=True, text=True).stdout.split()
    return shared + sum(name.endswith(".json") for name in listing)


def summary(t: Tally) -> str:
    """P R F1 (tp fp fn), type / date / actor1 / main ok, our events per article."""
    return (f"{_prf(t)} ({t.tp:>3} {t.fp:>3} {t.fn:>3}) "
            f"{_ratio(t.type_hits, t.tp)} {_ratio(t.date_hits, t.dated_pairs)} {_ratio(t.actor_hits, t.actor_pairs)} "
            f"{_ratio(t.main_hits, t.mains)} {t.extracted / max(t.articles, 1):>5.1f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.evaluate trend", description=__doc__.splitlines()[0])
    parser.add_argument("--commit", nargs="+", type=_pair, required=True, metavar="LABEL=COMMIT")
    parser.add_argument("--set", nargs="+", type=_pair, required=True, metavar="NAME=DIR")
    parser.add_argument("--cache", type=Path, default=None, help="keep each commit's dump here")
    parser.add_argument("--shared", type=Path, default=Path("../shared/corpora/events-dev"),
                        help="the unversioned dev gold folder counted into dev (today's content)")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    names = canonical_names()
    groups = {name: [GoldArticle.read(p, names) for p in sorted(Path(folder).glob("*.json"))] for name, folder in args.set}
    articles = [a for group in groups.values() for a in group]
    shared = len(list(args.shared.glob("*.json")))
    print(f"{'stop':<8} {'commit':<8} {'dev':>4} | {'set':<11} {'P':>5} {'R':>5} {'F1':>5} ({'tp':>3} {'fp':>3} {'fn':>3}) "
          f"{'type':>5} {'date':>5} {'actr1':>5} {'main':>5} {'ev/dc':>5}")
    tallies: dict[str, dict[str, list[Tally]]] = {}
    for label, commit in args.commit:
        try:
            extracted = [events for events, _ in first_extraction(articles, commit, args.cache)]
        except subprocess.CalledProcessError as exc:
            print(f"{label:<8} {commit[:8]:<8} failed to run: {exc}", flush=True)
            continue
        tallies[label] = score_groups(groups, extracted)
        size = dev_size(commit, shared=shared)
        for name, each in tallies[label].items():
            print(f"{label:<8} {commit[:8]:<8} {size:>4} | {name:<11} {summary(summed(each))}", flush=True)
    if args.bootstrap > 0 and len(tallies) > 1:
        first, last = list(tallies)[0], list(tallies)[-1]
        for name in groups:
            before, after = tallies[first][name], tallies[last][name]
            low, high = paired_interval(before, after, args.bootstrap, seed=0)
            print(f"{name}: F1 {first} -> {last} {f1_of(summed(before)):.3f} -> {f1_of(summed(after)):.3f} "
                  f"({f1_of(summed(after)) - f1_of(summed(before)):+.3f}), paired 95% interval over {args.bootstrap} "
                  f"resamples of {len(before)} articles [{low:+.3f} {high:+.3f}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
