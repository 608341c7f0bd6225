"""Event extraction against an exhaustive event gold: gold JSON files in, P/R/F1 and attribute figures out.

    python -m events.evaluate events GOLD.json... [--errors] [--mains] [--status] [--against DIR] [--bootstrap N]

Each gold file (format: ../shared/corpora/events-guide.md) names its article ("article", relative to the
gold file), its "kind" (conflict, diplomacy, fakes, offtopic: news off the subject, where most articles have no event) and lists every event an analyst would put on the
timeline. The article is analysed as the product would read it: with the gold's publication date as
metadata when the date is not in the text ("publication_date_in_text": false), else with no date given
(found in the text; if it is not, the gold's date is used and the output says so).

Matching rule (issue 12, shared with the held-out scoring): per article, an extracted event may pair with
a gold event when their types share a family (FAMILIES) and either their evidence spans overlap or their
dates overlap and they share an actor. Pairs are taken best first (overlapping evidence, then exact type,
then exact date, then a shared actor), one to one. An extracted event paired with a gold ``other`` event
is neutral; unpaired extracted events are false positives; unpaired gold events other than ``other`` are
misses. A gold event with no span (the seed's format) pairs by dates and actors only.

Printed per kind and overall: precision, recall, F1; on matched pairs the exact type (the gold type or
one of its ``type_also``), the exact date interval (pairs whose gold event has a date), the first gold
actor among ours; the share of ``main`` gold events found with the right date; events per article beside
the gold's (``other`` events left out of the gold's count); the share of extracted events that are undated; on matched
pairs whose gold event names a place (the guide's ``location``, read through the product's gazetteer), the share whose
place is the gold's, in the gold place's province, or in the country the gold names alone. ``--errors`` lists false
positives and misses with their sentences.

Gold actor names are read through the product's own alias table (data/dictionaries): an annotator's "Army of
Conquest", "Syrian rebels" or "Kurdish forces" is the actor the product calls "Jaish al-Fatah", "Syrian opposition" or
"People's Protection Units", and "Kerry" is the United States, as the issue's canonical names say. Only a whole name
that is one actor's name or alias is mapped; generic labels ("rebels", "militants") and context-only forms
(demonyms, capitals) never are. ``--names as-written`` compares the gold's names as written instead.

``--status`` lists the pairs whose status (occurred, reported, planned, proposed, denied, hypothetical) is not the
gold's, and ends with a gold-by-ours status table and the share of pairs that agree. Status is not scored, but it
decides what is kept (hypothetical and planned violence is dropped unless dated) and analysts filter by it.

``--bootstrap N`` adds a 95% interval for P, R and F1 by resampling the articles N times (seeded, so a rerun prints the
same interval): how far the figure of a small gold set may be from the figure of the articles it stands for. A change
whose effect lies inside the interval is not shown by that set.

``--against DIR`` scores a second annotator instead of the extractor: DIR holds that annotator's gold file of the same
name for each article (``other`` events left out), scored by the same rule. It measures how far two people who
follow the guide agree: the ceiling any extractor can be expected to reach against one of them.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from events.evaluate import prf
from events.extract import Article, analyse
from events.extract.dictionaries import Dictionaries, default_dictionaries
from events.extract.clean import clean
from events.extract.matcher import fold
from events.extract.mentions import find_places
from events.extract.records import STATUSES, ActorMention, Analysis, Event, EventDate, Place
from events.temporal.dates import day_interval, month_interval, week_interval, year_interval

#: Types that may stand for one another when pairing (the issue's rule): a gold proposal may be found as
#: a statement, a gold airstrike as casualties, but never a meeting as an airstrike.
FAMILIES = {
    "violence": {"airstrike", "air_campaign", "shelling", "bombing", "chemical_attack", "ground_offensive", "clashes",
                 "attack_on_civilians", "abduction", "casualties"},
    "protest": {"protest"},
    "diplomacy": {"diplomatic_meeting", "proposal", "agreement", "ceasefire", "sanctions"},
    "speech": {"statement", "accusation", "proposal", "ceasefire", "sanctions", "agreement"},
}
KINDS = ("conflict", "diplomacy", "fakes", "offtopic")


def _norm(name: str) -> str:
    return name.lower().strip().replace(" ", "_")


def families(type_name: str) -> frozenset[str]:
    """The families a type belongs to; ``other`` belongs to every family (it pairs, then counts for nothing). A type
    of ours the guide does not list ("weapons_seized") is what the guide calls ``other``: it pairs with a gold
    ``other`` only, and counts for nothing then."""
    name = _norm(type_name)
    if name == "other":
        return frozenset(FAMILIES) | {"other"}
    return frozenset(family for family, members in FAMILIES.items() if name in members) or frozenset({"other"})


def gold_interval(value: str | None) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers: ``2006-11-21``, ``2006-W47``, ``2006-11`` or ``2006``."""
    if not value:
        return None
    if "-W" in value:
        year, week = value.split("-W")
        interval = week_interval(date.fromisocalendar(int(year), int(week[:2]), 1))
    else:
        parts = [int(p) for p in value.split("-")]
        interval = (day_interval(date(*parts)) if len(parts) == 3 else
                    month_interval(*parts) if len(parts) == 2 else year_interval(parts[0]))
    return interval.first, interval.last


def canonical_names(dictionaries: Dictionaries | None = None) -> dict[str, str]:
    """Whole names (lower case, spaces folded) that stand for exactly one actor, with that actor's name."""
    dictionaries = dictionaries or default_dictionaries()
    labels = {" ".join(label.lower().split()) for label in dictionaries.label_of}
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in dictionaries.actors:
        for alias in (actor.name, *actor.aliases):
            owners[" ".join(alias.lower().split())].add(actor.name)
    return {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1 and alias not in labels}


def _canonical(names: tuple[str, ...], table: dict[str, str] | None) -> tuple[str, ...]:
    if table is None:
        return names
    mapped = [table.get(" ".join(name.lower().split()), name) for name in names]
    return tuple(dict.fromkeys(mapped))  # "Kofi Annan, United Nations" is one actor twice


@dataclass(frozen=True)
class GoldEvent:
    type: str
    type_also: tuple[str, ...]
    status: str
    date: str | None
    date_basis: str | None
    actors: tuple[str, ...]
    main: bool
    span: tuple[int, int] | None
    evidence: str
    location: str = ""  # as the annotator wrote it ("Al Bab and Kafr Hamra")
    country: str = ""

    @property
    def interval(self) -> tuple[date, date] | None:
        return gold_interval(self.date)

    @classmethod
    def from_json(cls, item: dict, names: dict[str, str] | None = None) -> GoldEvent:
        span = None
        for first, last in (("start", "end"), ("evidence_start", "evidence_end")):
            if isinstance(item.get(first), int) and isinstance(item.get(last), int):
                span = (item[first], item[last])
                break
        date_value = item.get("date")
        if date_value and item.get("precision") == "none":
            date_value = None
        return cls(type=_norm(item["type"]), type_also=tuple(_norm(t) for t in item.get("type_also") or ()),
                   status=item.get("status", ""), date=date_value, date_basis=item.get("date_basis"),
                   actors=_canonical(tuple(item.get("actors") or ()), names), main=bool(item.get("main")), span=span,
                   evidence=item.get("evidence") or item.get("what") or "",
                   location=item.get("location") or "", country=item.get("country") or "")


@dataclass(frozen=True)
class GoldArticle:
    path: Path
    kind: str
    text: str
    publication_date: date | None
    publication_in_text: bool | None
    events: tuple[GoldEvent, ...]

    @classmethod
    def read(cls, path: Path, names: dict[str, str] | None = None) -> GoldArticle:
        """``names``: the alias table gold actor names are read through (``canonical_names``), or None for as written."""
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["article"]).read_text(encoding="utf-8")
        published = gold.get("publication_date")
        return cls(path=path, kind=gold.get("kind") or "other", text=text,
                   publication_date=date.fromisoformat(published) if published else None,
                   publication_in_text=gold.get("publication_date_in_text"),
                   events=tuple(GoldEvent.from_json(item, names) for item in gold.get("events", [])))


def type_ok(event: Event, gold: GoldEvent) -> bool:
    return _norm(event.type) in {gold.type, *gold.type_also}


def date_ok(event: Event, gold: GoldEvent) -> bool:
    """The same interval, day for day; an undated gold event wants an undated one."""
    interval = gold.interval
    if interval is None:
        return event.date.first is None
    return (event.date.first, event.date.last) == interval


def dates_overlap(event: Event, gold: GoldEvent) -> bool:
    interval = gold.interval
    if interval is None or event.date.first is None or event.date.last is None:
        return False
    return event.date.first <= interval[1] and interval[0] <= event.date.last


def spans_overlap(event: Event, gold: GoldEvent) -> bool:
    return gold.span is not None and event.evidence_start < gold.span[1] and gold.span[0] < event.evidence_end


def gold_place(gold: GoldEvent, dictionaries: Dictionaries | None = None) -> Place | None:
    """The annotator's place ("Al Bab and Kafr Hamra", "Syria") read through the product's gazetteer: its first
    place name, or None when the gazetteer knows none of it."""
    text = ", ".join(part for part in (gold.location, gold.country) if part)
    if not text:
        return None
    dictionaries = dictionaries or default_dictionaries()
    found = find_places(text, fold(text), clean(text, dictionaries).kept, dictionaries, [])
    return found[0].place if found else None


def place_ok(event: Event, expected: Place) -> bool:
    """Our place is the gold's, or in the same province, or in the country the gold names alone."""
    ours = event.location
    if ours is None:
        return False
    if ours.name == expected.name or (expected.admin1 and ours.admin1 == expected.admin1):
        return True
    return expected.name == expected.country and ours.country == expected.country


def first_actor_ok(event: Event, gold: GoldEvent) -> bool:
    return bool(gold.actors) and gold.actors[0] in event.names_and_states


def can_pair(event: Event, gold: GoldEvent) -> bool:
    if not families(event.type) & families(gold.type):
        return False
    return spans_overlap(event, gold) or (dates_overlap(event, gold) and bool(event.names_and_states & set(gold.actors)))


def pair(extracted: list[Event], gold: list[GoldEvent]) -> list[tuple[int, int]]:
    """One-to-one pairs (index into extracted, index into gold), best first by the issue's order."""
    candidates = []
    for i, event in enumerate(extracted):
        for j, expected in enumerate(gold):
            if can_pair(event, expected):
                score = (spans_overlap(event, expected), type_ok(event, expected), date_ok(event, expected),
                         bool(event.names_and_states & set(expected.actors)))
                candidates.append((score, i, j))
    candidates.sort(key=lambda c: (tuple(not s for s in c[0]), c[1], c[2]))
    used_e: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_e and j not in used_g:
            used_e.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class Tally:
    """Counts for one group of articles."""

    articles: int = 0
    gold_events: int = 0
    extracted: int = 0
    undated: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    type_hits: int = 0
    dated_pairs: int = 0
    date_hits: int = 0
    actor_pairs: int = 0
    actor_hits: int = 0
    mains: int = 0
    main_hits: int = 0
    place_pairs: int = 0
    place_hits: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def summed(tallies) -> Tally:
    """One tally for a group of articles' tallies."""
    total = Tally()
    for tally in tallies:
        total.add(tally)
    return total


@dataclass(frozen=True)
class Scored:
    """One article's extraction, its pairs and its tally."""

    article: GoldArticle
    extracted: tuple[Event, ...]
    pairs: tuple[tuple[int, int], ...]
    tally: Tally
    note: str


def score_article(article: GoldArticle, extracted: list[Event], note: str = "") -> Scored:
    pairs = pair(extracted, list(article.events))
    tally = Tally(articles=1, gold_events=sum(g.type != "other" for g in article.events), extracted=len(extracted),
                  undated=sum(e.date.first is None for e in extracted))
    paired_gold = {j for _, j in pairs}
    tally.fn = sum(1 for j, g in enumerate(article.events) if j not in paired_gold and g.type != "other")
    tally.fp = len(extracted) - len(pairs)
    for i, j in pairs:
        event, expected = extracted[i], article.events[j]
        if expected.type == "other":
            continue
        tally.tp += 1
        tally.type_hits += type_ok(event, expected)
        if expected.date is not None:
            tally.dated_pairs += 1
            tally.date_hits += date_ok(event, expected)
        if expected.actors:
            tally.actor_pairs += 1
            tally.actor_hits += first_actor_ok(event, expected)
        if expected.location and (where := gold_place(expected)) is not None:  # a place the text names (the guide)
            tally.place_pairs += 1
            tally.place_hits += place_ok(event, where)
    found = {j: i for i, j in pairs}
    for j, expected in enumerate(article.events):
        if expected.main:
            tally.mains += 1
            tally.main_hits += j in found and date_ok(extracted[found[j]], expected)
    return Scored(article, tuple(extracted), tuple(pairs), tally, note)


def read_as_product(article: GoldArticle) -> tuple[Analysis, str]:
    """The article analysed as the product reads it (the gold's publication date given only where the text has none,
    or where the product finds none), and a note when the date it used is not the one it found."""
    origin = str(article.path)
    given = article.publication_date if article.publication_in_text is False else None
    analysis = analyse(Article(text=article.text, origin=origin, published=given))
    note = ""
    if analysis.published is None and article.publication_date is not None:
        analysis = analyse(Article(text=article.text, origin=origin, published=article.publication_date))
        note = "publication date not found in the text: the gold's was used"
    elif given is None and analysis.published != article.publication_date:
        note = f"publication date found {analysis.published}, gold {article.publication_date}"
    return analysis, note


def analyse_gold(article: GoldArticle) -> Scored:
    """Analyse the article as the product reads it, then score it."""
    analysis, note = read_as_product(article)
    return score_article(article, list(analysis.events), note)


def annotated_events(article: GoldArticle) -> list[Event]:
    """A second annotator's gold events (``other`` left out) as extracted events, to score one annotator against another."""
    events = []
    for gold in article.events:
        if gold.type == "other":
            continue
        interval = gold.interval
        precision = ("none" if gold.date is None else "week" if "-W" in gold.date else
                     ("year", "month", "day")[gold.date.count("-")])
        when = EventDate(first=interval[0] if interval else None, last=interval[1] if interval else None,
                         precision=precision, value=gold.date or "", basis=gold.date_basis or "none")
        start, end = gold.span or (0, 0)
        events.append(Event(article_id=article.path.stem, type=gold.type, status=gold.status, date=when,
                            evidence=gold.evidence, evidence_start=start, evidence_end=end,
                            actors=tuple(ActorMention(name=name, text=name, start=start, end=start) for name in gold.actors)))
    return events


def against(article: GoldArticle, folder: Path, names: dict[str, str] | None = None) -> Scored:
    """Score the annotation of the same article in ``folder`` against ``article``."""
    other = GoldArticle.read(folder / article.path.name, names)
    if other.text != article.text:
        raise ValueError(f"{other.path} annotates another text than {article.path}")
    return score_article(article, annotated_events(other), "")


def bootstrap_intervals(tallies: list[Tally], rounds: int, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of P, R and F1 over ``rounds`` resamples of the articles, with replacement: articles, not
    events, are the unit drawn, because an article's events stand or fall together (one misread story costs several)."""
    if not tallies or rounds < 1:
        raise ValueError("bootstrap needs at least one article and one round")
    draw = random.Random(seed)
    samples: dict[str, list[float]] = {"P": [], "R": [], "F1": []}
    for _ in range(rounds):
        picked = [draw.choice(tallies) for _ in tallies]
        tp = sum(t.tp for t in picked)
        for name, value in zip(("P", "R", "F1"), prf(tp, tp + sum(t.fp for t in picked), tp + sum(t.fn for t in picked))):
            samples[name].append(value)
    low, high = int(0.025 * (rounds - 1)), int(round(0.975 * (rounds - 1)))
    return {name: (sorted(values)[low], sorted(values)[high]) for name, values in samples.items()}


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "  -  "


HEADER = (f"{'kind':<10} {'docs':>4} {'gold':>5} {'ours':>5} | {'P':>5} {'R':>5} {'F1':>5} | "
          f"{'type':>5} {'date':>5} {'actor1':>6} | {'main ok':>7} | {'ev/doc ours':>11} {'gold':>5} | {'undated':>7} | "
          f"{'place':>5}")


def row(name: str, t: Tally) -> str:
    precision, recall, f1 = prf(t.tp, t.tp + t.fp, t.tp + t.fn)
    per_doc = lambda n: f"{n / t.articles:.1f}" if t.articles else "-"  # noqa: E731
    return (f"{name:<10} {t.articles:>4} {t.gold_events:>5} {t.extracted:>5} | {precision:>5.3f} {recall:>5.3f} {f1:>5.3f} | "
            f"{_ratio(t.type_hits, t.tp):>5} {_ratio(t.date_hits, t.dated_pairs):>5} {_ratio(t.actor_hits, t.actor_pairs):>6} | "
            f"{_ratio(t.main_hits, t.mains):>7} | {per_doc(t.extracted):>11} {per_doc(t.gold_events):>5} | "
            f"{_ratio(t.undated, t.extracted):>7} | {_ratio(t.place_hits, t.place_pairs):>5}")


def _describe(event: Event) -> str:
    when = event.date.value or "undated"
    return f"{event.type} {event.status} {when} [{', '.join(event.actor_names)}]"


def errors(scored: Scored) -> list[str]:
    """False positives and misses of one article, with their sentences."""
    lines = []
    paired_e = {i for i, _ in scored.pairs}
    paired_g = {j for _, j in scored.pairs}
    for i, event in enumerate(scored.extracted):
        if i not in paired_e:
            lines.append(f"  FP   {_describe(event)}: {event.evidence.strip()[:220]!r}")
    for j, expected in enumerate(scored.article.events):
        if j not in paired_g and expected.type != "other":
            lines.append(f"  MISS {expected.type} {expected.status} {expected.date or 'undated'} [{', '.join(expected.actors)}]"
                         f"{' main' if expected.main else ''}: {expected.evidence.strip()[:220]!r}")
    for i, j in scored.pairs:
        event, expected = scored.extracted[i], scored.article.events[j]
        if expected.type == "other":
            continue
        wrong = [what for what, ok in (("type", type_ok(event, expected)),
                                       ("date", expected.date is None and event.date.first is None or date_ok(event, expected)),
                                       ("actor1", not expected.actors or first_actor_ok(event, expected))) if not ok]
        if wrong:
            lines.append(f"  PAIR {'/'.join(wrong)} wrong: ours {_describe(event)} gold {expected.type} "
                         f"{expected.date or 'undated'} [{', '.join(expected.actors)}]: {expected.evidence.strip()[:160]!r}")
    return lines


#: What became of a main gold event, worst last: found and dated right; paired but dated otherwise; an event of ours that
#: could stand for it was paired with another gold event (a headline or a retelling took the pair, or its evidence went
#: elsewhere); none of ours could stand for it (missed as a trigger, or told as another family).
MAIN_FATES = ("ok", "date", "elsewhere", "missed")


def main_fates(scored: Scored) -> list[tuple[str, str]]:
    """(fate, line) for each main gold event of one article (``MAIN_FATES``), with what of ours stands for it."""
    found = dict((j, i) for i, j in scored.pairs)
    paired_to = dict(scored.pairs)
    lines = []
    for j, expected in enumerate(scored.article.events):
        if not expected.main:
            continue
        gold = (f"gold {expected.type} {expected.date or 'undated'} ({expected.date_basis or 'no basis'}): "
                f"{expected.evidence.strip()[:160]!r}")
        if j in found:
            event = scored.extracted[found[j]]
            fate = "ok" if date_ok(event, expected) else "date"
            lines.append((fate, f"  MAIN {fate}: {gold}\n      ours {_describe(event)} ({event.date.basis}): "
                                f"{event.evidence.strip()[:160]!r}"))
            continue
        told = [i for i, event in enumerate(scored.extracted) if can_pair(event, expected)]
        if not told:
            lines.append(("missed", f"  MAIN missed: {gold}"))
            continue
        ours = "; ".join(f"{_describe(scored.extracted[i])} ({scored.extracted[i].date.basis}), "
                         + (f"paired with gold {scored.article.events[paired_to[i]].type}"
                            f" {scored.article.events[paired_to[i]].date or 'undated'}" if i in paired_to else "unpaired")
                         for i in told)
        lines.append(("elsewhere", f"  MAIN elsewhere: {gold}\n      ours {ours}"))
    return lines


def status_pairs(scored: Scored) -> list[tuple[str, str, str]]:
    """(gold status, our status, line) for each pair of one article whose gold event is not ``other``: status is not
    scored, but it decides what settle keeps and drops, and analysts filter by it (``--status``)."""
    rows = []
    for i, j in scored.pairs:
        event, expected = scored.extracted[i], scored.article.events[j]
        if expected.type == "other":
            continue
        rows.append((expected.status, event.status,
                     f"  STATUS gold {expected.status} ours {event.status}: {_describe(event)}: {event.evidence.strip()[:200]!r}"))
    return rows


def status_table(counts: dict[tuple[str, str], int]) -> list[str]:
    """The gold-by-ours status table of the pairs (rows the gold's status, columns ours) and the share that agree."""
    statuses = [s for s in STATUSES if any(s in key for key in counts)]
    statuses += sorted({s for key in counts for s in key} - set(statuses))
    width = max(len(s) for s in statuses) if statuses else 8
    corner = "gold/ours"
    lines = [f"{corner:<{width + 1}} " + " ".join(f"{s:>{width}}" for s in statuses)]
    for gold_status in statuses:
        lines.append(f"{gold_status:<{width + 1}} " + " ".join(f"{counts.get((gold_status, s), 0):>{width}}" for s in statuses))
    total = sum(counts.values())
    agree = sum(n for (g, o), n in counts.items() if g == o)
    lines.append(f"status agrees on {agree} of {total} pairs ({_ratio(agree, total)})")
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.evaluate events", description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--errors", action="store_true", help="list false positives, misses and wrong attributes")
    parser.add_argument("--mains", action="store_true",
                        help="list what became of each main gold event (ok, dated otherwise, told elsewhere, missed) and count them")
    parser.add_argument("--against", type=Path, metavar="DIR",
                        help="score a second annotator's gold files in DIR (same names) instead of the extractor")
    parser.add_argument("--bootstrap", type=int, metavar="N", default=0,
                        help="print a 95%% interval for P, R and F1 from N resamples of the articles (seeded)")
    parser.add_argument("--status", action="store_true",
                        help="list the pairs whose status is not the gold's and print a gold-by-ours status table")
    parser.add_argument("--names", choices=("canonical", "as-written"), default="canonical",
                        help="read gold actor names through the product's alias table (default) or compare them as written")
    args = parser.parse_args(argv)
    names = canonical_names() if args.names == "canonical" else None
    articles = []
    scores: dict[Path, Scored] = {}
    for path in args.gold:
        try:
            articles.append(GoldArticle.read(path, names))
            if args.against is not None:
                scores[path] = against(articles[-1], args.against, names)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"{path}: cannot read gold file or its article: {exc}", file=sys.stderr)
            return 2
    by_kind: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    fates: dict[str, int] = dict.fromkeys(MAIN_FATES, 0)
    tallies: list[Tally] = []
    statuses: dict[tuple[str, str], int] = defaultdict(int)
    for article in articles:
        scored = scores[article.path] if args.against is not None else analyse_gold(article)
        by_kind[article.kind].add(scored.tally)
        total.add(scored.tally)
        tallies.append(scored.tally)
        t = scored.tally
        print(f"{article.path.name}: {t.tp}/{t.tp + t.fn} gold events found, {t.fp} extra"
              f"{'; ' + scored.note if scored.note else ''}")
        if args.errors:
            print("\n".join(errors(scored)))
        if args.mains:
            for fate, line in main_fates(scored):
                fates[fate] += 1
                if fate != "ok":
                    print(line)
        if args.status:
            for gold_status, ours, line in status_pairs(scored):
                statuses[gold_status, ours] += 1
                if gold_status != ours:
                    print(line)
    print()
    print(HEADER)
    print("-" * len(HEADER))
    for kind in [k for k in KINDS if k in by_kind] + sorted(k for k in by_kind if k not in KINDS):
        print(row(kind, by_kind[kind]))
    print(row("ALL", total))
    precision, recall, f1 = prf(total.tp, total.tp + total.fp, total.tp + total.fn)
    print(f"\nevents: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (tp {total.tp}, fp {total.fp}, fn {total.fn})")
    empty = [t for t in tallies if t.gold_events == 0]
    if empty:
        # Off-subject news: what the timeline gains from an article that has nothing for it.
        left_empty = sum(t.extracted == 0 for t in empty)
        print(f"articles with no gold event besides `other`: {len(empty)}, given no event: {left_empty} ({_ratio(left_empty, len(empty))})")
    if args.bootstrap > 0:
        intervals = bootstrap_intervals(tallies, args.bootstrap)
        print(f"95% interval over {args.bootstrap} resamples of the {len(tallies)} articles: "
              + "  ".join(f"{name} {low:.3f}-{high:.3f}" for name, (low, high) in intervals.items()))
    if args.mains:
        print("main events: " + ", ".join(f"{fate} {count}" for fate, count in fates.items()))
    if args.status:
        print("\n".join(status_table(statuses)))
    return 0
