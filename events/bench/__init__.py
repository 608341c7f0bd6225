"""Benchmarks that print speed and memory figures (never pass/fail: machines are shared and noisy).

    python -m events.bench extract               extraction time per article over the bundled articles
    python -m events.bench ingest                articles per second into the store, size per 1,000 articles
    python -m events.bench dashboard [--events N]  time to first timeline and to redraw, in a real browser
    python -m events.bench corpus --articles N   synthetic corpus from the bundled articles
    python -m events.bench scale                 local engine vs Dask with 1 and 2 workers
"""
