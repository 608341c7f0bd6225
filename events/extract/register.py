"""Register: article text in, whether it is business news out.

    is_business_news(text, dictionaries) -> bool
    legal_form_pattern(forms) -> re.Pattern      a company's legal form standing as a word ("Corp.", "Inc")

Analysts ingest feeds that mix war news with everything else. Business news borrows the words of war ("a salvo in
the takeover battle", "Shell eased 1 to 416", "a strike that began last spring") and its speakers are companies and
their officers, none of whom the guide counts as a party. An article that names a company by its legal form ("Corp.",
"Inc.") and is dense with market figures ("$25 billion", "shares", "earnings") is business news: of what extraction
finds in it, only violence that names its dead is kept (pipeline.analyse). The thresholds are data (cues.toml
[register]); over the dev gold the densest war article holds 0.95 market figures per 100 words and no legal form, the
business stories a median of 4.2.
"""
from __future__ import annotations

import re
from functools import lru_cache


def legal_form_pattern(forms) -> re.Pattern:
    """A legal form of ``forms`` (cues.toml [events] company_suffixes) with no letter or hyphen after it, and a space or
    the text's start before it. Each form's look-behind comes after its letters: a pattern that opens with its words
    lets the engine skip ahead to their first letters, three times faster over an article than one that opens with a
    look-behind."""
    if not forms:
        return re.compile(r"(?!)")
    return re.compile(r"(?:" + "|".join(rf"{re.escape(w)}(?<!\S{re.escape(w)})" for w in forms) + r")\.?(?![\w-])")


@lru_cache(maxsize=8)
def _patterns(dictionaries) -> tuple[re.Pattern, re.Pattern, float, int, int]:
    register = dictionaries.cues.get("register", {})
    legal_form = legal_form_pattern(dictionaries.cues.get("events", {}).get("company_suffixes", ()))
    market = re.compile(dictionaries.cues.get("events", {}).get("market_figure", r"(?!)"), re.IGNORECASE)
    return (legal_form, market, float(register.get("business_market_figures_per_100_words", 0)),
            int(register.get("business_legal_forms", 0)), int(register.get("business_market_figures", 0)))


def is_business_news(text: str, dictionaries) -> bool:
    legal_form, market, density, forms, least = _patterns(dictionaries)
    if density <= 0 or forms <= 0:
        return False
    found = 0
    for match in legal_form.finditer(text):
        if match.start() > 0:  # a space before it: a form opening the text names no company
            found += 1
            if found >= forms:
                break
    else:
        return False  # most war news names no company: the market figures are not counted
    figures = sum(1 for _ in market.finditer(text))
    words = len(text.split())
    return figures >= least and 100 * figures / words >= density
