"""The timex evaluation's scoring: one-to-one matching, strict and relaxed spans, value agreement."""
from datetime import date

from events.evaluate.timex import Counts, Document, Span, format_table, match, normalise_value, score_document


def doc(gold):
    return Document("d", date(2016, 7, 27), "x" * 100, gold)


def test_relaxed_matching_is_one_to_one():
    gold = [Span(0, 10, "DATE", "2016")]
    system = [Span(0, 4, "DATE", "2016"), Span(5, 10, "DATE", "2016")]
    strict, relaxed = match(gold, system)
    assert strict == set()
    assert len(relaxed) == 1


def test_strict_needs_identical_offsets():
    gold = [Span(3, 9, "DATE", "2016-07")]
    strict, relaxed = match(gold, [Span(3, 9, "DATE", "2016-06")])
    assert strict == {(0, 0)} and relaxed == [(0, 0)]


def test_counts_per_type_and_value():
    gold = [Span(0, 5, "DATE", "2016"), Span(10, 15, "DURATION", "P3Y"), Span(20, 25, "SET", "P1W")]
    system = [Span(0, 5, "DATE", "2016"), Span(11, 15, "DURATION", "P2Y"), Span(50, 55, "DATE", "2015")]
    counts = score_document(doc(gold), system)
    overall = counts["ALL"]
    assert (overall.gold, overall.system, overall.strict, overall.relaxed) == (3, 3, 1, 2)
    assert overall.value_ok == 1 and overall.type_ok == 2
    assert counts["SET"].relaxed == 0 and counts["SET"].gold == 1
    assert counts["DATE"].system == 2  # the unmatched system timex counts under its own type


def test_week_numbers_compare_with_their_leading_zero():
    assert normalise_value("2000-W7") == "2000-W07"
    assert normalise_value("2000-W07-WE") == "2000-W07-WE"
    assert normalise_value("2016-07") == "2016-07"


def test_table_prints_value_f1():
    from events.evaluate.timex import Errors, Result
    counts = {key: Counts() for key in ("ALL", "DATE", "TIME", "DURATION", "SET")}
    counts["ALL"] = Counts(gold=2, system=2, strict=1, relaxed=2, type_ok=2, value_ok=1)
    table = format_table([Result("x", counts, 1.0, 1.0, 0.0, Errors())])
    assert "0.500" in table  # value F1 = relaxed F1 (1.0) x value accuracy (0.5)


def test_select_by_document_id_prefix():
    from events.evaluate.timex import select
    docs = [Document(name, date(2016, 7, 27), "", []) for name in ("APW1", "NYT2", "wsj_3")]
    assert [d.doc_id for d in select(docs, "APW,NYT")] == ["APW1", "NYT2"]
    assert [d.doc_id for d in select(docs, exclude="APW, NYT")] == ["wsj_3"]
    assert [d.doc_id for d in select(docs)] == ["APW1", "NYT2", "wsj_3"]


def test_wrong_values_are_sorted_by_kind():
    from events.evaluate.breakdown import kind
    assert kind("1949-XX", "1949") == "placeholder"
    assert kind("2000-01-07", "2000-01-07TNI") == "part_of_day"
    assert kind("1990-08-07", "1990-08-14") == "week_apart"
    assert kind("1988", "1988-Q3") == "quarter"
    assert kind("P1W", "1998-W33") == "duration_vs_point"
    assert kind("1998-01", "1999-01") == "other"


def test_gold_conventions_count_the_forms_written_two_ways():
    from events.evaluate.breakdown import gold_conventions
    text = "last week and last week and last week and last week and Friday"
    spans = [Span(m, m + 9, "DATE", v) for m, v in zip((0, 14, 28, 42), ("1998-W32", "1999-W02", "1989-WXX", "1998-W07"))]
    report = gold_conventions([Document("d", date(1998, 8, 11), text, spans)])
    assert "'last week'" in report and "9999-W99 3, 9999-WXX 1" in report
    assert report.endswith("1 gold values are written otherwise than the commonest way of their form")


def test_breakdown_flag_prints_both_tables(tmp_path, capsys):
    import json

    from events.evaluate.timex import main
    corpus = tmp_path / "corpus.jsonl"
    record = {"doc_id": "d1", "dct": "2016-07-29", "text": "We met on Friday night.",
              "timexes": [{"start": 10, "end": 16, "type": "DATE", "value": "2016-07-29"}]}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main([str(corpus), "--no-baseline", "--breakdown", "--memory-docs", "1"]) == 0
    out = capsys.readouterr().out
    assert "wrong values by kind (1):" in out and "only the part of day differs" in out
    assert "gold written more than one way" in out
