"""The project's own event gold (tests/data/events-gold, the held-out sets tests/data/events-heldout16 and events-offtopic-heldout and the second
annotations of tests/data/events-agreement) is well formed: what the evaluator reads, it can trust."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from events.evaluate.events import FAMILIES, GoldArticle

GOLD = sorted((Path(__file__).parent / "data" / "events-gold").glob("*/*.json"))
HELD_OUT16 = sorted((Path(__file__).parent / "data" / "events-heldout16").glob("*.json"))
OFFTOPIC_HELD_OUT = sorted((Path(__file__).parent / "data" / "events-offtopic-heldout").glob("*.json"))
# Second annotations for the agreement figure; those of events-dev articles need ../shared beside the clone.
AGREEMENT = [p for p in sorted((Path(__file__).parent / "data" / "events-agreement").glob("*.json"))
             if (p.parent / json.loads(p.read_text(encoding="utf-8"))["article"]).exists()]
TYPES = set().union(*FAMILIES.values()) | {"other"}
STATUSES = {"occurred", "reported", "planned", "proposed", "denied", "hypothetical"}
VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")


def test_there_is_gold_for_every_bundled_article():
    assert len([p for p in GOLD if p.parent.name == "bundled"]) == 14
    assert len([p for p in GOLD if p.parent.name == "other"]) == 12
    assert len([p for p in GOLD if p.parent.name == "reviewed"]) == 10
    assert len([p for p in GOLD if p.parent.name == "added"]) == 16
    assert len([p for p in GOLD if p.parent.name == "reviewed2"]) == 12
    assert len([p for p in GOLD if p.parent.name == "reviewed3"]) == 25
    assert len([p for p in GOLD if p.parent.name == "added2"]) == 24
    assert len([p for p in GOLD if p.parent.name == "reviewed4"]) == 24
    assert len([p for p in GOLD if p.parent.name == "reviewed5"]) == 24  # the fifth held-out set, read since the seventh stop
    assert len([p for p in GOLD if p.parent.name == "reviewed6"]) == 24  # the sixth held-out set, read since the eighth stop
    assert len([p for p in GOLD if p.parent.name == "reviewed7"]) == 24  # the seventh held-out set, read since the ninth stop
    assert len([p for p in GOLD if p.parent.name == "reviewed8"]) == 24  # the eighth held-out set, read since the tenth stop
    assert len([p for p in GOLD if p.parent.name == "reviewed9"]) == 24  # the ninth held-out set, read since the eleventh stop
    assert len([p for p in GOLD if p.parent.name == "reviewed10"]) == 24  # the tenth held-out set, read since the twelfth stop
    assert len([p for p in GOLD if p.parent.name == "reviewed11"]) == 24  # the eleventh held-out set, read since the thirteenth stop
    assert len([p for p in GOLD if p.parent.name == "reviewed12"]) == 24  # the twelfth held-out set, read since the fourteenth stop
    assert len([p for p in GOLD if p.parent.name == "reviewed13"]) == 24  # the thirteenth held-out set, read since the fifteenth stop
    assert len([p for p in GOLD if p.parent.name == "reviewed14"]) == 24  # the fourteenth held-out set, read since the sixteenth stop
    assert len([p for p in GOLD if p.parent.name == "reviewed15"]) == 24  # the fifteenth held-out set, read since the twenty-second stop
    assert len([p for p in GOLD if p.parent.name == "offtopic"]) == 94  # off-subject news, dev half, twenty-fifth stop
    assert len(OFFTOPIC_HELD_OUT) == 94  # its held-out half
    assert len(HELD_OUT16) == 11  # the sixteenth, annotated before any rule of the sixteenth stop: the last FA-KES texts that pass the overlap filter


@pytest.mark.parametrize("path", GOLD + HELD_OUT16 + OFFTOPIC_HELD_OUT + AGREEMENT, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file_is_well_formed(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / raw["article"]).read_text(encoding="utf-8")
    assert raw["kind"] in ("conflict", "diplomacy", "fakes", "offtopic")
    for event in raw["events"]:
        assert text[event["start"]:event["end"]] == event["evidence"]
        assert event["type"] in TYPES and event["status"] in STATUSES
        assert (event["date"] is None) == (event["date_basis"] is None)
        assert event["date"] is None or VALUE.match(event["date"])
    # The evaluator reads every event; an off-topic article may rightly have none.
    assert len(GoldArticle.read(path).events) == len(raw["events"])


SHARED_DEV = sorted((Path(__file__).parent.parent.parent / "shared" / "corpora" / "events-dev").glob("*.json"))


def test_cleaning_never_cuts_gold_evidence():
    """Page chrome the cleaner drops (linked headlines, topic boxes, captions, tweets) is never an event's evidence: a
    chrome rule that takes a character of any gold evidence span cuts a real sentence."""
    from events.extract.clean import clean
    from events.extract.dictionaries import default_dictionaries
    dictionaries = default_dictionaries()
    cut = []
    for path in GOLD + [p for p in SHARED_DEV if p.name != "README.json"]:
        raw = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / raw["article"]).read_text(encoding="utf-8")
        dropped = clean(text, dictionaries).dropped
        for event in raw["events"]:
            if any(d.start < event["end"] and event["start"] < d.end for d in dropped):
                cut.append((path.name, event["evidence"][:80]))
    assert not cut
