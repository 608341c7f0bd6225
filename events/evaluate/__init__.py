"""Accuracy evaluations that print figures side by side with peer tools.

    python -m events.evaluate timex  CORPUS.jsonl [--peer NAME]   temporal engine vs TimeML gold
    python -m events.evaluate events GOLD.json...                 event extraction vs gold in the seed's format
    python -m events.evaluate fakes  FAKES.jsonl                  agreement with FA-KES crowd facts
"""
