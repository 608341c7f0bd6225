"""The synthetic corpus generator: deterministic, varied, readable, and still recognised by extraction."""
from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from events.bench.corpus import (
    SWAPS_FILE, apply_swaps, generate, load_swap_groups, main, swap_mapping, synthetic_article, write_corpus,
)
from events.extract.dictionaries import default_dictionaries
from events.extract.records import Article
from events.readers import read_paths

ROOT = Path(__file__).resolve().parent.parent
BASE = Article(text="Russian jets bombed Aleppo on Sunday, Moscow said. ISIS denied it.", published=date(2016, 7, 27),
               title="Russia strikes Aleppo", url="https://example.org/a", source="Test")


def _dictionary_names() -> set[str]:
    # Actors come from several files (states from the country data with their demonyms and capitals,
    # organisations, actors.toml): ask the loaded dictionaries.
    dictionaries = default_dictionaries()
    names: set[str] = set()
    for actor in dictionaries.actors:
        names.update(form.casefold() for form in (actor.name, *actor.aliases, *actor.demonyms, *actor.capitals))
    for place in dictionaries.places:
        names.update(form.casefold() for form in (place.name, *place.aliases))
    return names


def test_every_swap_name_is_in_the_extraction_dictionaries():
    known = _dictionary_names()
    missing = [form for group in load_swap_groups() for member in group.members for form in member
               if form.casefold() not in known]
    assert missing == []


def test_every_group_example_swaps_as_written():
    data = tomllib.loads(SWAPS_FILE.read_text(encoding="utf-8"))
    groups = {group.name: group for group in load_swap_groups()}
    for raw in data["group"]:
        group, example = groups[raw["name"]], raw["example"]
        first = [member[0] for member in group.members]
        permutation = list(range(len(first)))
        a, b = first.index(example["swap"][0]), first.index(example["swap"][1])
        permutation[a], permutation[b] = b, a
        assert apply_swaps(example["text"], swap_mapping(group, permutation)) == example["expected"], raw["name"]


def test_swaps_are_whole_words_in_one_pass():
    mapping = {"Iran": "Russia", "Russia": "Iran", "Iranian": "Russian", "Russian": "Iranian"}
    assert apply_swaps("Iranian and Russian forces; Russia, Iran. Iranians? Syrian.", mapping) == (
        "Russian and Iranian forces; Iran, Russia. Iranians? Syrian.")


def test_same_seed_same_articles_other_seed_other_articles():
    groups = load_swap_groups()
    rows = [synthetic_article(BASE, i, seed=5, groups=groups) for i in range(20)]
    assert rows == [synthetic_article(BASE, i, seed=5, groups=groups) for i in range(20)]
    assert rows != [synthetic_article(BASE, i, seed=6, groups=groups) for i in range(20)]
    assert len({row["url"] for row in rows}) == 20
    assert len({row["text"] for row in rows}) > 5  # names vary


def test_publication_dates_shift_by_whole_weeks():
    groups = load_swap_groups()
    for index in range(30):
        row = synthetic_article(BASE, index, seed=1, groups=groups)
        shift = (date.fromisoformat(row["published"]) - BASE.published).days
        assert shift % 7 == 0 and abs(shift) <= 104 * 7


def test_undated_article_stays_undated():
    row = synthetic_article(Article(text="Published 27 July 2016. Aleppo."), 0, seed=0, groups=load_swap_groups())
    assert row["published"] is None and row["url"] == "synthetic://article#synthetic-0-0"


def test_written_shards_are_readable_and_byte_identical_for_a_seed(tmp_path):
    first = write_corpus(tmp_path / "a", articles=25, seed=2, shard_size=10)
    second = write_corpus(tmp_path / "b", articles=25, seed=2, shard_size=10)
    assert [p.name for p in first] == ["corpus-00000.jsonl", "corpus-00001.jsonl", "corpus-00002.jsonl"]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    articles = list(read_paths([tmp_path / "a"]))
    assert len(articles) == 25 and all(isinstance(a, Article) for a in articles)
    assert set(json.loads(first[0].read_text().splitlines()[0])) == {"title", "published", "text", "url", "source"}
    assert len({a.article_id for a in articles}) == 25


def test_rewriting_replaces_earlier_shards(tmp_path):
    write_corpus(tmp_path, articles=30, shard_size=10)
    write_corpus(tmp_path, articles=5, shard_size=10)
    assert [p.name for p in sorted(tmp_path.glob("*.jsonl"))] == ["corpus-00000.jsonl"]


def test_bad_arguments_give_clear_errors(tmp_path, capsys):
    with pytest.raises(ValueError, match="--articles"):
        list(generate(-1, bases=[BASE]))
    with pytest.raises(ValueError, match="--shard-size"):
        write_corpus(tmp_path, articles=1, shard_size=0)
    assert main(["--articles", "3", "--output", str(tmp_path / "out")]) == 0
    (tmp_path / "file").write_text("x")
    assert main(["--articles", "3", "--output", str(tmp_path / "file")]) == 2
    assert "is a file" in capsys.readouterr().err


def test_swapped_articles_still_yield_events():
    from events.extract import analyse
    from events.store.bundled import bundled_articles

    bases = bundled_articles()
    groups = load_swap_groups()
    for index, base in enumerate(bases):
        row = synthetic_article(base, index, seed=0, groups=groups)
        swapped = Article(text=row["text"], published=date.fromisoformat(row["published"]) if row["published"] else None,
                          title=row["title"], url=row["url"], source=row["source"])
        assert len(analyse(swapped).events) > 0 or len(analyse(base).events) == 0, base.title
