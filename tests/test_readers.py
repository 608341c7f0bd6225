"""Readers: every format -> Articles, broken files and rows -> ReadFailure, reading goes on."""
from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.extract.records import Article
from events.readers import ReadFailure, read_paths
from events.readers.fields import parse_column_map, parse_published

BODY = "Russia bombed Aleppo on 2016-07-20, killing 12.\n\nTalks resumed in Geneva."

HTML = """<!DOCTYPE html><html><head><title>Strikes hit Aleppo | Example News</title>
<meta property="og:title" content="Strikes hit Aleppo">
<meta property="og:url" content="https://example.org/world/strikes-hit-aleppo">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2016-07-27T09:30:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Strikes hit Aleppo</h1>
<p>Russia bombed Aleppo on 2016-07-20, killing 12 people in the eastern districts, the monitor said.</p>
<p>Talks on a ceasefire resumed in Geneva on Thursday, with both delegations present at the table.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def _read(*paths, **kwargs):
    return list(read_paths([str(p) for p in paths], **kwargs))


def test_txt_keeps_text_and_takes_published_from_flag(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(BODY + "\n", encoding="utf-8")
    [article] = _read(path, published="2016-07-27")
    assert article == Article(text=BODY, published=date(2016, 7, 27), title="report", origin=str(path))


def test_txt_without_flag_leaves_published_to_extraction(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(("Published 27 July 2016\r\n\r\n" + BODY).encode("utf-8"))
    [article] = _read(path)
    assert article.published is None
    assert article.text.startswith("Published 27 July 2016\n\nRussia")  # CRLF normalised


def test_markdown_front_matter_and_heading(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: \"Strikes hit Aleppo\"\ndate: 2016-07-27\nurl: https://example.org/a\nsource: Example\n---\n"
        "# Strikes hit Aleppo\n\n" + BODY, encoding="utf-8")
    [article] = _read(path, published="2000-01-01")
    assert (article.title, article.published, article.url, article.source) == (
        "Strikes hit Aleppo", date(2016, 7, 27), "https://example.org/a", "Example")
    assert article.text == "Strikes hit Aleppo\n\n" + BODY


def test_markdown_heading_gives_title_and_flag_gives_date(tmp_path):
    path = tmp_path / "b.md"
    path.write_text("## Talks resume\n\n" + BODY, encoding="utf-8")
    [article] = _read(path, published=date(2016, 7, 28))
    assert article.title == "Talks resume" and article.published == date(2016, 7, 28)


def test_html_main_text_and_metadata_by_trafilatura(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [article] = _read(path)
    assert article.title == "Strikes hit Aleppo"
    assert article.url == "https://example.org/world/strikes-hit-aleppo"
    assert article.published == date(2016, 7, 27)
    assert article.source == "Example News"
    assert "Russia bombed Aleppo" in article.text and "Talks on a ceasefire" in article.text
    assert "All rights reserved" not in article.text and "Home" not in article.text
    assert not article.text.startswith("Strikes hit Aleppo")  # the headline is the title


def test_jsonl_rows_and_broken_rows(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [
        json.dumps({"title": "One", "published": "2016-07-27", "text": BODY, "url": "u1", "source": "S"}),
        "{not json",
        json.dumps({"title": "No text"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"title": "Bad date", "published": "27/07/2016", "text": BODY}),
        json.dumps({"title": "Two", "published": "2016-07-28T10:00:00Z", "text": BODY + " Two."}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = _read(path)
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "ReadFailure", "ReadFailure", "ReadFailure", "ReadFailure", "Article"]
    assert items[0] == Article(BODY, date(2016, 7, 27), "One", "u1", "S", f"{path}:1")
    assert items[1].origin == f"{path}:2" and "invalid JSON" in items[1].reason
    assert "text" in items[2].reason
    assert items[4].origin == f"{path}:6" and "27/07/2016" in items[4].reason
    assert items[5].published == date(2016, 7, 28)


def test_csv_with_mapped_columns(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('headline,date,body,link\n"Strikes, again",2016-07-27,"' + BODY.replace('"', '""')
                    + '",https://x/1\nEmpty,2016-07-27,,https://x/2\n', encoding="utf-8")
    items = _read(path, columns=["text=body", "title=headline", "published=date", "url=link"])
    assert isinstance(items[0], Article)
    assert (items[0].title, items[0].text, items[0].url) == ("Strikes, again", BODY, "https://x/1")
    assert isinstance(items[1], ReadFailure) and items[1].origin == f"{path}:row 2"


def test_csv_without_text_column_is_one_failure(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("title,summary\nA,B\n", encoding="utf-8")
    [failure] = _read(path)
    assert isinstance(failure, ReadFailure)
    assert failure.reason == ("no column named 'text', 'maintext', 'body', 'content', 'article'; "
                              "name it with --column text=NAME (columns: title, summary)")
    [failure] = _read(path, columns=["text=story"])
    assert failure.reason == "no 'story' column (columns: title, summary)"


def test_other_tools_column_names_are_taken_without_a_map(tmp_path):
    # news-please writes maintext / date_publish / source_domain, trafilatura date / sitename, RSS exports pubDate
    path = tmp_path / "a.jsonl"
    rows = [{"title": "One", "date_publish": "2016-07-27 10:15:00", "maintext": BODY, "source_domain": "example.org"},
            {"headline": "Two", "date": "27 July 2016", "body": BODY, "link": "https://x/2", "sitename": "Site"},
            {"Title": "Three", "pubDate": "Wed, 27 Jul 2016 23:30:00 -0500", "Text": BODY}]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    one, two, three = _read(path)
    assert (one.title, one.published, one.text, one.source) == ("One", date(2016, 7, 27), BODY, "example.org")
    assert (two.title, two.published, two.url, two.source) == ("Two", date(2016, 7, 27), "https://x/2", "Site")
    assert (three.title, three.published, three.text) == ("Three", date(2016, 7, 27), BODY)  # the day where written


def test_a_column_of_the_fields_own_name_or_mapped_wins_over_other_names(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("text,body,date,published\nthe text,the body,2016-01-01,2016-07-27\n", encoding="utf-8")
    [article] = _read(path)
    assert (article.text, article.published) == ("the text", date(2016, 7, 27))
    [article] = _read(path, columns=["text=body", "published=date"])
    assert (article.text, article.published) == ("the body", date(2016, 1, 1))


def test_directory_recursive_sorted_and_failures_do_not_stop_reading(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed text.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n\nA text.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00bin")
    (tmp_path / "d.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    items = _read(tmp_path)
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("Article", str(tmp_path / "a.md")),
        ("Article", str(tmp_path / "b" / "z.txt")),
        ("ReadFailure", str(tmp_path / "c.txt")),
        ("ReadFailure", str(tmp_path / "d.txt")),
    ]
    assert "UTF-8" in items[2].reason and "empty" in items[3].reason


def test_parquet_rows_are_read_like_table_rows(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "shard.parquet"
    pq.write_table(pa.table({"body": ["Russia bombed Aleppo.", "", "Turkey attacked Azaz."],
                             "published": ["2016-07-27", "2016-07-28", "July"]}), path)
    items = _read(path, columns=["text=body"])
    assert isinstance(items[0], Article) and items[0].origin == f"{path}:row 1"
    assert (items[0].text, items[0].published) == ("Russia bombed Aleppo.", date(2016, 7, 27))
    assert items[1].origin == f"{path}:row 2" and "no text" in items[1].reason
    assert items[2].origin == f"{path}:row 3" and "ISO date" in items[2].reason
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    pq.write_table(pa.table({"title": ["x"]}), tmp_path / "notext.parquet")
    failures = _read(tmp_path / "bad.parquet", tmp_path / "notext.parquet")
    assert [type(f).__name__ for f in failures] == ["ReadFailure", "ReadFailure"]
    assert "cannot read Parquet" in failures[0].reason and failures[1].reason.startswith("no column named 'text', 'maintext'")


def test_directory_walk_reads_parquet_in_order_and_skips_exclude(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    pq.write_table(pa.table({"text": ["B text."]}), tmp_path / "b.parquet")
    (tmp_path / "c.txt").write_text("C text.", encoding="utf-8")
    (tmp_path / "out").mkdir()
    pq.write_table(pa.table({"text": ["own output"]}), tmp_path / "out" / "x.parquet")
    assert [i.text for i in _read(tmp_path, exclude=tmp_path / "out")] == ["A text.", "B text.", "C text."]
    assert len(_read(tmp_path)) == 4


def test_missing_and_unsupported_paths_are_failures(tmp_path):
    other = tmp_path / "x.pdf"
    other.write_bytes(b"%PDF")
    items = _read(tmp_path / "missing.txt", other)
    assert [i.reason for i in items] == [
        "no such file or directory",
        "unsupported file type .pdf; expected one of .txt, .md, .markdown, .html, .htm, .jsonl, .csv, .parquet",
    ]


def test_bad_html_is_a_failure(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    [failure] = _read(path)
    assert isinstance(failure, ReadFailure) and "no main text" in failure.reason


def test_column_map_rejects_unknown_fields():
    assert parse_column_map(["text=body"]) == {"text": "body"}
    with pytest.raises(ValueError, match="unknown field 'body'"):
        parse_column_map(["body=text"])
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_column_map(["text"])


@given(st.dates())
def test_parse_published_reads_any_iso_date(day):
    assert parse_published(day.isoformat()) == day
    assert parse_published(day.isoformat() + "T12:00:00+02:00") == day


@pytest.mark.parametrize("text, day", [
    ("27 July 2016", date(2016, 7, 27)), ("27 Jul 2016", date(2016, 7, 27)), ("July 27, 2016", date(2016, 7, 27)),
    ("Jul 27 2016", date(2016, 7, 27)), ("Wed, 27 Jul 2016 10:15:00 +0000", date(2016, 7, 27)),
    ("Thu, 28 Jul 2016 01:00:00 GMT", date(2016, 7, 28)),
])
def test_parse_published_reads_dates_spelled_with_the_months_name(text, day):
    assert parse_published(text) == day


@pytest.mark.parametrize("text", ["27/07/2016", "03/04/2016", "July 2016", "31 June 2016", "Wed, 99 Jul 2016"])
def test_parse_published_refuses_dates_that_read_two_ways_or_none(text):
    with pytest.raises(ValueError, match="published"):
        parse_published(text)


@given(st.dates(min_value=date(1900, 1, 1)))
def test_parse_published_reads_any_worded_date(day):
    assert parse_published(day.strftime("%d %B %Y")) == day
    assert parse_published(day.strftime("%b %d, %Y")) == day
    assert parse_published(day.strftime("%a, %d %b %Y 12:00:00 +0000")) == day


@given(st.text(max_size=30))
def test_parse_published_gives_date_none_or_valueerror(text):
    try:
        result = parse_published(text)
    except ValueError as error:
        assert "published" in str(error)
    else:
        assert result is None or isinstance(result, date)


_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
_row = st.fixed_dictionaries({
    "title": _cell, "text": _cell.filter(lambda t: t.strip()), "url": _cell, "source": _cell,
    "published": st.one_of(st.just(""), st.dates().map(date.isoformat)),
})


def _expected(row: dict) -> tuple:
    text = row["text"].replace("\r\n", "\n").replace("\r", "\n").strip()
    published = date.fromisoformat(row["published"]) if row["published"] else None
    return (text, published, *(" ".join(row[k].split()) for k in ("title", "url", "source")))


@given(st.lists(_row, min_size=1, max_size=5))
def test_jsonl_and_csv_round_trip_any_text(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("rt")
    with open(folder / "a.jsonl", "w", encoding="utf-8", newline="") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    with open(folder / "a.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    for name in ("a.jsonl", "a.csv"):
        items = _read(folder / name)
        got = [(a.text, a.published, a.title, a.url, a.source) for a in items if isinstance(a, Article)]
        if name == "a.csv":  # CSV cannot tell a trailing newline in a cell from the line end: compare stripped
            got = [(t.strip(), p, ti, u, s) for t, p, ti, u, s in got]
        assert got == [_expected(row) for row in rows], name
