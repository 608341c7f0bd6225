"""A deterministic stand-in for extraction, so store and CLI tests control exactly which events exist.

Each paragraph "Actor[ and Actor] VERB Place on YYYY-MM-DD[, killing N]." becomes one event
(VERB: bombed -> airstrike, attacked -> attack; "in YYYY-MM" gives a month-precision date;
no date -> undated; the actor "Someone" names no actor). Run the CLI with it: ``PYTHONPATH=. python tests/test_store_fakes.py ingest ...``.
"""
from __future__ import annotations

import re
import sys
from datetime import date, timedelta

from events.extract.records import ActorMention, Analysis, Article, Event, EventDate, Fatalities, Place

PARAGRAPH = re.compile(
    r"(?P<actors>[A-Z]\w+(?: and [A-Z]\w+)*) (?P<verb>bombed|attacked|met) (?P<place>[A-Z]\w+)"
    r"(?: on (?P<day>\d{4}-\d{2}-\d{2})| in (?P<month>\d{4}-\d{2}))?(?:, killing (?P<killed>\d+))?\."
)
TYPES = {"bombed": "airstrike", "attacked": "attack", "met": "meeting"}
ADMIN1 = {"Aleppo": "Aleppo", "Azaz": "Aleppo", "Homs": "Homs", "Raqqa": "Raqqa"}


def acled(event_type: str) -> tuple[str, str]:
    return {"airstrike": ("Explosions/Remote violence", "Air/drone strike"),
            "attack": ("Battles", "Armed clash")}.get(event_type, ("", ""))


def _date(match) -> EventDate:
    if match["day"]:
        day = date.fromisoformat(match["day"])
        return EventDate(day, day, "day", match["day"], match["day"], "explicit")
    if match["month"]:
        first = date.fromisoformat(match["month"] + "-01")
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return EventDate(first, last, "month", match["month"], match["month"], "explicit")
    return EventDate(None, None, "none", "", "", "undated")


def analyse(article: Article) -> Analysis:
    events = []
    for match in PARAGRAPH.finditer(article.text):
        actors = tuple(
            ActorMention(name=name, text=name, start=match.start(), end=match.start() + len(name), kind="state")
            for name in match["actors"].split(" and ") if name != "Someone"
        )
        place = match["place"]
        killed = int(match["killed"]) if match["killed"] else None
        events.append(Event(
            article_id=article.article_id, type=TYPES[match["verb"]], status="occurred", date=_date(match),
            evidence=match.group(0), evidence_start=match.start(), evidence_end=match.end(),
            actors=actors, location=Place(place, place, ADMIN1.get(place, ""), "Syria", 36.0, 37.0),
            fatalities=Fatalities(killed, killed, killed, "civilians", f"killing {killed}") if killed else None,
            trigger=match["verb"], confidence=0.8, summary=match.group(0),
        ))
    return Analysis(article=article, published=article.published, events=tuple(events),
                    reason="" if events else "no event sentence")


if __name__ == "__main__":
    # The real CLI with this fake extraction plugged in (the SIGKILL test runs it with PYTHONPATH=repo).
    import events.store.pipeline as ingest_module
    from events.cli import main

    ingest_module.default_analyse = lambda: analyse
    ingest_module.default_acled = lambda: acled
    sys.exit(main(sys.argv[1:]))
