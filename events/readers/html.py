"""HTML pages -> Article: main text and metadata (title, date, URL, site) by trafilatura.

Paragraphs come out one per line; they are separated by blank lines here, as in the bundled
articles. Only the page's own date markup is used (no guessing from the body text: extraction
finds dates in the text itself).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import trafilatura

from events.extract.records import Article
from events.readers.fields import parse_published

_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def read_html_file(path: Path, published: date | None = None) -> Article:
    data = path.read_bytes()
    if not data.strip():
        raise ValueError(f"{path}: empty file")
    try:
        document = trafilatura.bare_extraction(
            data, with_metadata=True, favor_recall=True, include_comments=False,
            include_tables=False, date_extraction_params=_DATE_PARAMS,
        )
    except Exception as error:  # trafilatura/lxml raise many kinds on malformed markup
        raise ValueError(f"{path}: cannot parse HTML ({type(error).__name__}: {error})") from None
    if document is None or not (document.text or "").strip():
        raise ValueError(f"{path}: no main text found in the HTML")
    title = (document.title or "").strip()
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the headline is the title, not a sentence of the body
    if not lines:
        raise ValueError(f"{path}: no main text found in the HTML")
    try:
        found = parse_published(document.date, f"{path}: page date")
    except ValueError:
        found = None  # a malformed date in page markup is not worth losing the article for
    return Article(
        text="\n\n".join(lines),
        published=found or published,
        title=title or path.stem,
        url=(document.url or "").strip(),
        source=(document.sitename or document.hostname or "").strip(),
        origin=str(path),
    )
