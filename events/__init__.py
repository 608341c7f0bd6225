"""Conflict-event timelines from news text.

The pipeline, each stage a subpackage that imports only the ones before it:

    temporal  text -> time expressions (TIMEX3 values and calendar intervals)
    extract   Article -> sentences -> Events (type, actors, place, toll, status, date, evidence)
    readers   files (txt, md, html, jsonl, csv) -> Articles
    store     Articles and Events -> DuckDB (one file, no server); merges duplicates
    queries / figures   store -> pandas frames and Plotly figures
    dashboard.py (top level)  figures -> the browser

Nothing under ``events/`` imports streamlit.
"""
