"""Shared test fixtures: the seed article and its hand-made expected results (copied from shared/seed)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what a parser returns, never how fast: Hypothesis's default 200 ms deadline per example turns a
# loaded shared machine or CI runner into a failure (seen once in test_readers during the fifteenth stop).
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SEED_DIR = TESTS / "data" / "seed"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEED_DIR / "telesur-2016-07-27-us-russia-airstrikes.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads((SEED_DIR / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_published() -> date:
    return date(2016, 7, 27)
