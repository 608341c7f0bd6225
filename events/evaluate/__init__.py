"""Accuracy evaluations that print figures side by side with peer tools.

    python -m events.evaluate timex  CORPUS.jsonl [--peer NAME]   temporal engine vs TimeML gold
    python -m events.evaluate events GOLD.json...                 event extraction vs gold in the seed's format
    python -m events.evaluate fakes  FAKES.jsonl                  agreement with FA-KES crowd facts
    python -m events.evaluate learned GOLD.json... [--blind DIR]  would a learned event filter help? (grouped CV)
    python -m events.evaluate merge GOLD.json... --identity FILE  merging across articles vs which reports tell one happening
"""


def prf(hits: int, found: int, expected: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``hits`` among ``found`` answers and ``expected`` gold items (0 when undefined)."""
    precision = hits / found if found else 0.0
    recall = hits / expected if expected else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)
