"""Long texts: the size limit cuts a text at paragraph boundaries into parts stored as articles of their own,
says so, and loses nothing; ``python -m events.bench long`` runs (its figures are printed, never asserted)."""
from __future__ import annotations

import re
from datetime import date

import pytest

import events.store.pipeline as pipeline
from events.bench import long as bench_long
from events.cli import main
from events.extract.clean import _alone
from events.extract.mentions import _name_matches
from events.extract.records import Article
from events.readers import ReadFailure
from events.readers.long import DEFAULT_MAX_BYTES, cut_long, parse_size, split_text
from events.store import connect, ingest
from test_store_fakes import acled, analyse

PARAGRAPH = "Russia bombed Aleppo on 2016-07-20, killing 12. Turkey attacked Azaz in 2016-07."


def _long(paragraphs: int) -> str:
    return "\n\n".join(f"{PARAGRAPH} Paragraph {n}." for n in range(paragraphs))


def test_default_limit_is_five_megabytes():
    assert DEFAULT_MAX_BYTES == 5_000_000 == parse_size("5M")
    assert parse_size("2K") == 2000 and parse_size("1234") == 1234


def test_split_text_keeps_every_paragraph_in_order_within_the_limit():
    text = _long(60)
    parts = split_text(text, 2000)
    assert len(parts) > 1
    assert all(len(part.encode("utf-8")) <= 2000 for part in parts)
    assert "\n\n".join(parts) == text  # cut only at paragraph boundaries: nothing lost, nothing reordered


def test_split_text_cuts_a_paragraph_longer_than_the_limit_at_words_and_multibyte_characters_whole():
    words = " ".join(f"Алеппо{n}" for n in range(400))
    parts = split_text(words, 500)
    assert all(len(part.encode("utf-8")) <= 500 for part in parts)
    assert " ".join(" ".join(parts).split()) == words
    one_word = "é" * 1000
    parts = split_text(one_word, 301)
    assert "".join(parts) == one_word and all(len(p.encode("utf-8")) <= 301 for p in parts)


def test_cut_long_names_the_parts_and_passes_the_rest_through():
    big = Article(_long(60), date(2016, 7, 27), "Report", "https://x/report", "UN", "report.txt")
    small = Article(PARAGRAPH, date(2016, 7, 27), "Small", "https://x/small", "S", "small.txt")
    failure = ReadFailure("bad.txt", "not UTF-8 text")
    notes: list[tuple[str, str]] = []
    out = list(cut_long([small, big, failure], 2000, notes))
    assert out[0] == small and out[-1] == failure
    parts = out[1:-1]
    assert [p.url for p in parts] == [f"https://x/report#part-{n}" for n in range(1, len(parts) + 1)]
    assert [p.origin for p in parts] == [f"report.txt#part-{n}" for n in range(1, len(parts) + 1)]
    assert {(p.title, p.source, p.published) for p in parts} == {("Report", "UN", date(2016, 7, 27))}
    assert len({p.article_id for p in parts}) == len(parts)
    assert notes == [("report.txt", f"{len(big.text.encode()):,} bytes of text, over the limit of 2,000 (--max-bytes): "
                                    f"cut at paragraph boundaries into {len(parts)} articles, "
                                    f"#part-1 to #part-{len(parts)}")]
    assert list(cut_long([big], None, notes)) == [big]


def test_ingest_stores_each_part_once_and_reports_the_cut(tmp_path):
    big = Article(_long(60), date(2016, 7, 27), "Report", "https://x/report", "UN", "report.txt")
    con = connect(tmp_path / "t.duckdb")
    try:
        summary = ingest(con, [big], analyse=analyse, acled_types=acled, max_bytes=2000)
        parts = summary.stored
        assert parts > 1 and summary.ok and summary.read == parts
        assert any(line.startswith("cut into parts, over the size limit: 1") for line in summary.lines())
        stored = con.execute("SELECT url, text FROM articles ORDER BY url").fetchall()
        assert sorted(url for url, _ in stored) == sorted(f"https://x/report#part-{n}" for n in range(1, parts + 1))
        assert sum(text.count("Paragraph ") for _, text in stored) == 60  # nothing lost
        again = ingest(con, [big], analyse=analyse, acled_types=acled, max_bytes=2000)
        assert again.present == parts and again.stored == 0  # a re-run stores no part twice
    finally:
        con.close()


def test_cli_max_bytes_cuts_and_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "default_analyse", lambda: analyse)
    monkeypatch.setattr(pipeline, "default_acled", lambda: acled)
    (tmp_path / "report.txt").write_text(_long(60), encoding="utf-8")
    db = tmp_path / "t.duckdb"
    assert main(["ingest", str(tmp_path / "report.txt"), "--db", str(db), "--quiet", "--max-bytes", "2K",
                 "--published", "2016-07-27"]) == 0
    out = capsys.readouterr().out
    assert "cut into parts, over the size limit: 1" in out and "over the limit of 2,000 (--max-bytes)" in out
    with pytest.raises(SystemExit):
        main(["ingest", str(tmp_path / "report.txt"), "--db", str(db), "--max-bytes", "lots"])
    assert "not a byte count" in capsys.readouterr().err


def test_bench_long_runs_on_small_sizes(capsys):
    assert bench_long.main(["--sizes", "5K,20K"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and "s per MB" in lines[0] and "s per MB" in lines[1]
    assert lines[2].startswith("largest / smallest cost per MB:")


@pytest.mark.parametrize("begin", [0, 5, 11, 17, 30])
def test_name_matches_find_what_the_per_person_pattern_found(begin):
    text = ("Kyuma said. Fumio Kyuma met Kyuma-san and Kyumas; KyumaFumio Kyuma Fumio Kyuma. -Kyuma Kyuma"
            " Abdullah II and Abdullah spoke; Fumio said Kyuma")
    for names in (["Fumio Kyuma", "Kyuma"], ["Kyuma", "Fumio Kyuma"], ["Abdullah II", "Abdullah"], ["Fumio", "Kyuma"]):
        pattern = rf"(?<![\w-])(?:{'|'.join(re.escape(n) for n in names)})(?![\w-])"
        expected = [(begin + m.start(), begin + m.end()) for m in re.finditer(pattern, text[begin:])]
        assert list(_name_matches(text, names, begin, {})) == expected


def _alone_as_it_was(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return (not before or before.endswith("\n\n") or before.endswith("\n") and not before[:-1].strip()
            or re.search(r"\n\s*\n\s*$", text[:start]) is not None) and (
        not after.strip() or re.match(r"\s*\n\s*\n", text[end:]) is not None)


def test_alone_looks_only_at_the_whitespace_around_the_line_and_answers_as_before():
    pieces = ["Caption", "\n", "\n\n", " \t", "\t\n \n", "\r\n", "x", " ", "\u00a0\n"]
    texts = {"".join(pieces[(seed * k + k * k) % len(pieces)] for k in range(12)) for seed in range(40)}
    checked = 0
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 8) + 1):
                assert _alone(text, start, end) == _alone_as_it_was(text, start, end), (text, start, end)
                checked += 1
    assert checked > 1000
