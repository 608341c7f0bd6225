"""Event extraction against gold files in the seed's format: gold JSON files in, P/R/F1 and attribute accuracy out.

    python -m events.evaluate events GOLD.json...

Each gold file names its article ("article", relative to the gold file) and lists "events". The
article is analysed with no publication date given (the gold's "publication_date" is only compared).
An extracted event matches a gold one by type (or "type_also") and overlapping evidence span when the
gold event has "start"/"end", else by the seed's rule (a shared canonical actor and the same date
interval: same first day, last day at most a week earlier; a null date matches only undated events).
A gold event's span may be "start"/"end", "evidence_start"/"evidence_end" or "span": [start, end]. If the
text does not give its publication date, the gold file's "publication_date" is used (and the output says so).
Matching is one-to-one, greedy in gold order. Printed: precision, recall, F1 over all files, then on
matched pairs the accuracy of actors (a shared canonical actor), date (the seed's date rule) and status.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from events.evaluate import prf
from events.extract import Article, analyse
from events.extract.records import Event


def _norm(name: str) -> str:
    return name.lower().replace(" ", "").replace("_", "")


def gold_interval(value: str | None) -> tuple[date, date] | None:
    if value is None:
        return None
    if "-W" in value:
        year, week = value.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return first, first + timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        return first, date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1) - timedelta(days=1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def type_ok(event: Event, gold: dict) -> bool:
    return _norm(event.type) in {_norm(gold["type"]), *(_norm(t) for t in gold.get("type_also", []))}


def actors_ok(event: Event, gold: dict) -> bool:
    names = set(event.actor_names) | {a.acts_for for a in event.actors if a.acts_for}
    return bool(names & set(gold.get("actors", [])))


def date_ok(event: Event, gold: dict) -> bool:
    interval = gold_interval(gold.get("date"))
    if interval is None:
        return event.date.first is None
    if event.date.first is None or event.date.last is None:
        return False
    return event.date.first == interval[0] and interval[1] - timedelta(days=7) <= event.date.last <= interval[1]


def gold_span(gold: dict) -> tuple[int, int] | None:
    """The gold event's evidence span, under any of the names gold files use for it."""
    for first, last in (("start", "end"), ("evidence_start", "evidence_end")):
        if isinstance(gold.get(first), int) and isinstance(gold.get(last), int):
            return gold[first], gold[last]
    span = gold.get("span")
    if isinstance(span, list) and len(span) == 2 and all(isinstance(v, int) for v in span):
        return span[0], span[1]
    return None


def pair_ok(event: Event, gold: dict) -> bool:
    if not type_ok(event, gold):
        return False
    span = gold_span(gold)
    if span is not None:
        return event.evidence_start < span[1] and span[0] < event.evidence_end
    return actors_ok(event, gold) and date_ok(event, gold)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.evaluate events", description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    args = parser.parse_args(argv)
    tp = fp = fn = 0
    pairs: list[tuple[Event, dict]] = []
    for path in args.gold:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = (path.parent / gold["article"]).read_text(encoding="utf-8")
        except (OSError, ValueError, KeyError) as exc:
            print(f"{path}: cannot read gold file or its article: {exc}", file=sys.stderr)
            return 2
        origin = str(path.parent / gold["article"])
        analysis = analyse(Article(text=text, origin=origin))
        note = ""
        if analysis.published is None and gold.get("publication_date"):
            # The text does not say when it was published: use the gold file's date, and say so.
            analysis = analyse(Article(text=text, origin=origin, published=date.fromisoformat(gold["publication_date"])))
            note = " (not found in the text: the gold file's date was used)"
        remaining = list(analysis.events)
        matched = 0
        for expected in gold.get("events", []):
            hit = next((e for e in remaining if pair_ok(e, expected)), None)
            if hit is not None:
                remaining.remove(hit)
                pairs.append((hit, expected))
                matched += 1
        tp += matched
        fn += len(gold.get("events", [])) - matched
        fp += len(remaining)
        pub = gold.get("publication_date")
        print(f"{path}: {matched}/{len(gold.get('events', []))} gold events found, {len(remaining)} extra; "
              f"publication date {analysis.published} (gold {pub}){note}")
    precision, recall, f1 = prf(tp, tp + fp, tp + fn)
    print(f"events: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    if pairs:
        n = len(pairs)
        print(f"on {n} matched events: actors {sum(actors_ok(e, g) for e, g in pairs) / n:.3f}  "
              f"date {sum(date_ok(e, g) for e, g in pairs) / n:.3f}  "
              f"status {sum(e.status == g.get('status') for e, g in pairs) / n:.3f}")
    return 0
