"""Every example of tests/data/actor-examples.toml: the actors an event of a sentence names, rule by rule."""
from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from events.extract import Article, analyse

EXAMPLES = tomllib.loads((Path(__file__).parent / "data" / "actor-examples.toml").read_text(encoding="utf-8"))["example"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["rule"] for e in EXAMPLES])
def test_actor_example(example):
    analysis = analyse(Article(text=example["text"], published=date.fromisoformat(example["published"])))
    events = [e for e in analysis.events if e.type == example["type"]]
    if example.get("absent"):
        assert not events, [e.actor_names for e in events]
        return
    assert events, f"no {example['type']} event in {[e.type for e in analysis.events]}"
    names = {n for e in events for a in e.actors for n in (a.name, a.acts_for) if n}
    assert set(example.get("actors", ())) <= names, names
    assert not set(example.get("not_actors", ())) & names, names
    agents = {n for e in events for a in e.actors if a.role == "agent" for n in (a.name, a.acts_for) if n}
    assert not set(example.get("not_agents", ())) & agents, agents
