"""Merging across articles against a gold of which reports tell the same happening.

    python -m events.evaluate merge GOLD.json... --identity IDENTITY.json [--half dev|heldout|all] [--errors]

In: the event gold files of the articles, and the identity gold (tests/data/events-crossdoc/identity.json): *units* of
gold events from two or more articles that could tell one happening (types of one family, dates of a week or less
that overlap, no two countries), each split by annotators into *groups*, the reports of one happening. Out: how the
store's merge rule (events/store/merge.py) groups those events, twice:

- **gold events**: the annotated events themselves go through the merge, as if extraction were perfect: the rule
  alone is measured (an annotator's place is read through the product's gazetteer);
- **extracted**: the extractor's events, each standing for the gold event it pairs with in its article (the
  matching rule of ``events.evaluate.events``), go through it as an ingest does (one timeline, the articles in the
  order given).

Scored over the judged events: MUC's links (Vilain et al. 1995, the coreference measure: a group of n reports is n-1
links; precision counts the links the merge made that the annotators made too, recall the annotators' links the merge
kept), then pairs (a merged pair from two articles is right when the annotators grouped the two; pairs weigh a big
group by its size's square, so the one story told by many articles dominates them), and how many of the happenings
reported by several articles end up as one timeline event. Merges that touch an event nobody judged (an extracted
event paired with no judged gold event, a gold event of a month or more) are counted apart, not scored.

Units are halved with a seed (``half`` in the identity file): rules are fitted on ``dev``; ``heldout`` is read by its
summary rows only. ``--errors`` lists the wrong merges and the missed ones, with the rule that kept a missed pair
apart (``events.store.merge.refusal``).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from events.evaluate import prf
from events.evaluate.events import GoldArticle, annotated_events, canonical_names, gold_place, pair, read_as_product
from events.extract import acled_types, default_dictionaries
from events.extract.records import Analysis, Article, replace
from events.store.merge import TimelineEvent, refusal
from events.store.rows import article_rows
from events.store.timeline import Timeline

HALVES = ("dev", "heldout", "all")


def event_key(path: Path, index: int) -> str:
    """A gold event's name in the identity file: its gold file's folder and stem, and its index there."""
    return f"{path.parent.name}/{path.stem}#{index}"


@dataclass(frozen=True)
class Identity:
    """The identity gold: each judged event's unit, each unit's half, and the groups (two or more events each)."""

    unit_of: dict[str, str]
    half_of: dict[str, str]
    groups: tuple[frozenset[str], ...]

    @classmethod
    def read(cls, path: Path) -> Identity:
        data = json.loads(path.read_text(encoding="utf-8"))
        unit_of, half_of, groups = {}, {}, []
        for name, unit in data["units"].items():
            half_of[name] = unit["half"]
            for key in unit["events"]:
                unit_of[key] = name
            for group in unit["groups"]:
                if not set(group) <= set(unit["events"]) or len(group) < 2:
                    raise ValueError(f"{path}: unit {name}: a group of fewer than two of its events: {group}")
                groups.append(frozenset(group))
        return cls(unit_of, half_of, tuple(groups))

    def judged(self, half: str) -> frozenset[str]:
        return frozenset(k for k, unit in self.unit_of.items() if half == "all" or self.half_of[unit] == half)

    def same(self, half: str) -> set[frozenset[str]]:
        """The pairs of judged events the annotators grouped."""
        judged = self.judged(half)
        return {frozenset(p) for g in self.groups if g <= judged for p in combinations(sorted(g), 2)}


@dataclass
class Outcome:
    """Where each article-level event of a run went: its gold key (None: stands for no judged event) and timeline id."""

    placed: list[tuple[str | None, str, TimelineEvent]]

    def merged_pairs(self) -> tuple[set[frozenset[str]], list[tuple[str | None, str | None]]]:
        """Pairs of judged events from different articles put in one timeline event, and the merges that touch an
        event nobody judged."""
        by_timeline: dict[str, list[tuple[str | None, TimelineEvent]]] = defaultdict(list)
        for key, timeline_id, single in self.placed:
            by_timeline[timeline_id].append((key, single))
        pairs, unjudged = set(), []
        for members in by_timeline.values():
            for (a, _), (b, _) in combinations(members, 2):
                if a is None or b is None:
                    unjudged.append((a, b))
                elif a.split("#")[0] != b.split("#")[0]:
                    pairs.add(frozenset((a, b)))
        return pairs, unjudged

    def singles(self) -> dict[str, TimelineEvent]:
        return {key: single for key, _, single in self.placed if key is not None}


def _run(articles: Iterable[tuple[Sequence[str | None], Sequence[TimelineEvent]]]) -> Outcome:
    """Each article's events (with the judged event each stands for) placed on one timeline, in order."""
    timeline, placed = Timeline(), []
    for keys, singles in articles:
        ids, _ = timeline.add_article(singles)
        placed.extend(zip(keys, ids, singles))
    return Outcome(placed)


def gold_run(articles: list[GoldArticle], dictionaries) -> Outcome:
    """The annotated events through the merge, as if extraction were perfect."""
    def article_events(article: GoldArticle):
        golds = [(j, g) for j, g in enumerate(article.events) if g.type != "other"]
        events = tuple(replace(e, location=gold_place(g, dictionaries))
                       for e, (_, g) in zip(annotated_events(article), golds))
        annotated = Analysis(Article(text=article.text, origin=str(article.path), published=article.publication_date),
                             article.publication_date, events=events)
        return _stored(annotated, [event_key(article.path, j) for j, _ in golds])
    return _run(article_events(a) for a in articles)


def extracted_run(articles: list[GoldArticle], analyses: list[Analysis]) -> Outcome:
    """The extractor's events through the merge as an ingest stores them, each with the gold event it pairs with."""
    def article_events(article: GoldArticle, analysis: Analysis):
        extracted = list(analysis.events)
        paired = dict(pair(extracted, list(article.events)))
        return _stored(analysis, [event_key(article.path, paired[i]) if i in paired else None for i in range(len(extracted))])
    return _run(article_events(a, x) for a, x in zip(articles, analyses))


def _stored(analysis: Analysis, keys: list[str | None]) -> tuple[list[str | None], list[TimelineEvent]]:
    """The timeline events an ingest makes of ``analysis`` (store.rows.article_rows: one per event id), each with the
    judged event its first telling stands for."""
    rows = article_rows(analysis, acled_types)
    key_of: dict[str, str | None] = {}
    for key, event in zip(keys, analysis.events):
        key_of.setdefault(event.event_id, key)
    return [key_of[e.event_id] for e in rows.events], list(rows.singles)


def _links(clusters: Iterable[frozenset[str]], partition_of: dict[str, object]) -> tuple[int, int]:
    """MUC's count (Vilain et al. 1995): the links of ``clusters`` kept by another partition (each cluster's size less
    the number of parts that partition cuts it into; a key the partition lacks is a part of its own), and all links."""
    kept = total = 0
    for cluster in clusters:
        parts = {partition_of.get(key, key) for key in cluster}
        kept += len(cluster) - len(parts)
        total += len(cluster) - 1
    return kept, total


def scores(outcome: Outcome, identity: Identity, half: str) -> dict[str, float | int]:
    judged = identity.judged(half)
    merged, touching = outcome.merged_pairs()
    unjudged = sum(1 for pair in touching if half == "all" or any(key in judged for key in pair))
    unjudged += sum(1 for p in merged if not p <= judged and (half == "all" or p & judged))
    merged = {p for p in merged if p <= judged}
    same = identity.same(half)
    hits = len(merged & same)
    precision, recall, f1 = prf(hits, len(merged), len(same))
    where = {key: tid for key, tid, _ in outcome.placed if key is not None and key in judged}
    groups = [g for g in identity.groups if g <= judged]
    group_of = {key: g for g in groups for key in g}
    by_timeline: dict[str, set[str]] = defaultdict(set)
    for key, timeline_id in where.items():
        by_timeline[timeline_id].add(key)
    found_links, gold_links = _links(groups, where)
    right_links, made_links = _links((frozenset(c) for c in by_timeline.values()), group_of)
    link_precision = right_links / made_links if made_links else 0.0
    link_recall = found_links / gold_links if gold_links else 0.0
    link_f1 = 2 * link_precision * link_recall / (link_precision + link_recall) if link_precision + link_recall else 0.0
    once = sum(1 for g in groups if all(k in where for k in g) and len({where[k] for k in g}) == 1)
    return dict(merged=len(merged), same=len(same), hits=hits, precision=precision, recall=recall, f1=f1,
                link_precision=link_precision, link_recall=link_recall, link_f1=link_f1,
                groups=len(groups), found=sum(all(k in where for k in g) for g in groups), once=once, unjudged=unjudged)


def _describe(key: str, single: TimelineEvent | None, articles: dict[str, GoldArticle]) -> str:
    stem, index = key.rsplit("#", 1)
    gold = articles[stem].events[int(index)]
    if single is None:
        return f"{key}: not extracted; gold {gold.type} {gold.date}: {gold.evidence[:110]!r}"
    return (f"{key}: {single.type} {single.date_start}..{single.date_end} ({single.date_basis}) "
            f"actors {', '.join(single.actors) or '-'} at {single.location or '-'}: {gold.evidence[:110]!r}")


def errors(outcome: Outcome, identity: Identity, half: str, articles: dict[str, GoldArticle]) -> list[str]:
    judged = identity.judged(half)
    merged, _ = outcome.merged_pairs()
    merged = {p for p in merged if p <= judged}
    same = identity.same(half)
    singles = outcome.singles()
    lines = []
    for label, pairs in (("WRONG MERGE", merged - same), ("MISSED", same - merged)):
        for a, b in sorted(tuple(sorted(p)) for p in pairs):
            first, second = singles.get(a), singles.get(b)
            why = ""
            if label == "MISSED":
                why = "not extracted" if first is None or second is None else refusal(first, second) or "another event joined first"
            lines.append(f"{label} ({identity.unit_of[a]}){': ' + why if why else ''}")
            lines.append(f"    {_describe(a, first, articles)}")
            lines.append(f"    {_describe(b, second, articles)}")
    return lines


def _row(name: str, s: dict) -> str:
    return (f"{name:<12} | {s['link_precision']:.3f} {s['link_recall']:.3f} {s['link_f1']:.3f} | {s['merged']:>6} {s['same']:>5} "
            f"{s['hits']:>5} {s['precision']:.3f} {s['recall']:.3f} {s['f1']:.3f} | {s['once']:>4} / {s['found']:>4} / "
            f"{s['groups']:>4} | {s['unjudged']:>8}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.evaluate merge", description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--identity", type=Path, required=True, help="the identity gold (groups of reports of one happening)")
    parser.add_argument("--half", choices=HALVES, default="dev", help="the units scored (default dev)")
    parser.add_argument("--errors", action="store_true", help="list wrong and missed merges")
    args = parser.parse_args(argv)
    identity = Identity.read(args.identity)
    names = canonical_names()
    articles = [GoldArticle.read(path, names) for path in args.gold]
    by_stem = {f"{a.path.parent.name}/{a.path.stem}": a for a in articles}
    missing = {key.split("#")[0] for key in identity.unit_of} - set(by_stem)
    if missing:
        print(f"{len(missing)} articles of the identity gold not given, e.g. {sorted(missing)[0]}: their units score "
              f"as if those events were never reported", file=sys.stderr)
    dictionaries = default_dictionaries()
    runs = {"gold events": gold_run(articles, dictionaries),
            "extracted": extracted_run(articles, [read_as_product(a)[0] for a in articles])}
    print(f"units {args.half}: {len({identity.unit_of[k] for k in identity.judged(args.half)})}, "
          f"judged events {len(identity.judged(args.half))}, articles given {len(articles)}")
    print(f"{'':<12} |  links (MUC)      | pairs                                | groups shown once     |")
    print(f"{'':<12} |     P     R    F1 | merged  same right     P     R    F1 | once / found / groups | unjudged")
    for name, outcome in runs.items():
        print(_row(name, scores(outcome, identity, args.half)))
    print("links: MUC's link precision and recall (a group of n reports is n-1 links; big groups weigh as much as their "
          "size, not its square); pairs: judged pairs from two articles put in one timeline event (merged), grouped by "
          "the annotators (same), both (right); once: groups shown as one timeline event, of those whose every report "
          "was extracted (found); unjudged: merges that touch an event nobody judged")
    if args.errors:
        for name, outcome in runs.items():
            print(f"\n== {name}")
            for line in errors(outcome, identity, args.half, by_stem):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
