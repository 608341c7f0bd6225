"""Golden test: every time expression of the seed article, with its value and interval, and its
publication date."""
from datetime import date

from events.temporal import find_publication_date, tag


def _spans_match(found, expected) -> bool:
    if (found.start, found.end) == (expected["start"], expected["end"]):
        return True
    # "In June" may be found as "June": TimeML leaves the preposition out of the span.
    return expected["start"] <= found.start and found.end == expected["end"] and \
        expected["text"].lower().endswith(found.text.lower()) and expected["text"].split()[0].lower() in ("in", "on")


def test_seed_timexes(seed_text, seed_expected, seed_published):
    found = tag(seed_text, seed_published)
    for expected in seed_expected["timexes"]:
        hits = [t for t in found if _spans_match(t, expected)]
        assert hits, f"not found: {expected['text']!r} at {expected['start']}"
        timex = hits[0]
        assert seed_text[timex.start:timex.end] == timex.text
        assert timex.type == expected["type"], expected["text"]
        assert timex.value == expected["value"], expected["text"]
        first, last = (date.fromisoformat(d) for d in expected["interval"])
        assert timex.interval is not None and (timex.interval.first, timex.interval.last) == (first, last), \
            expected["text"]


def test_seed_publication_date(seed_text, seed_expected):
    published = find_publication_date(seed_text)
    assert published is not None
    assert published.date.isoformat() == seed_expected["publication_date"]
    assert seed_text[published.start:published.end] == published.text
    assert "27 July 2016" in published.text


def test_seed_accepts_iso_string(seed_text):
    assert tag(seed_text, "2016-07-27") == tag(seed_text, date(2016, 7, 27))
