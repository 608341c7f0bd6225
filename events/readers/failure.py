"""What a reader yields instead of an Article when a file or a row cannot be read."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadFailure:
    """``origin`` is the file (and ``:line`` / ``:row``) that failed; ``reason`` says why, for people."""

    origin: str
    reason: str
