"""Regenerate data/countries/countries.json from the npm package ``world-countries`` (mledoze/countries, ODbL-1.0).

    npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
    python data/countries/generate.py package/countries.json > data/countries/countries.json

Keeps, per country, what actor finding needs (ISO code, common and official English names, alternative
spellings, capitals, English demonyms, UN membership), nothing else; the extraction reads this file, never
the network. What the data lacks or names otherwise (historical states, "Turkey", "Washington") is the
hand-kept overlay data/dictionaries/states.toml.
"""
from __future__ import annotations

import json
import sys


def _demonyms(country: dict) -> list[str]:
    english = country.get("demonyms", {}).get("eng", {})
    forms = [part.strip() for value in (english.get("m", ""), english.get("f", "")) for part in value.split(",")]
    return list(dict.fromkeys(form for form in forms if form))


def main(path: str) -> None:
    with open(path, encoding="utf-8") as handle:
        countries = json.load(handle)
    rows = []
    for country in sorted(countries, key=lambda c: c["cca2"]):
        rows.append({
            "code": country["cca2"], "code3": country["cca3"], "name": country["name"]["common"],
            "official": country["name"]["official"], "alt": country.get("altSpellings", []),
            "capitals": country.get("capital", []), "demonyms": _demonyms(country),
            "un_member": bool(country.get("unMember")),
        })
    # One country per line: a data update reads as a diff of the countries that changed.
    lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    sys.stdout.write(f'{{"source": "world-countries 5.1.0 (mledoze/countries), ODbL-1.0",\n"countries": [\n{lines}\n]}}\n')


if __name__ == "__main__":
    main(sys.argv[1])
