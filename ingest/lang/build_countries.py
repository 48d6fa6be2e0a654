"""Regenerate `countries.json` and `cities.json` from the compact tables of country_table.py and
city_table.py.

Run by hand (`python -m ingest.lang.build_countries`) when a row changes; the runtime reads only
the JSON so that extraction starts fast and needs no country library. pycountry checks each code
so a typo cannot ship, and gives the official names ISO 3166 lists in each language, of which the
ones the short names miss or misread are added (`_unread`).

The row formats are described with the tables; the adjectives' inflections and the names' extra
written forms are generated per language below.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import pycountry

from ingest.lang.city_table import CITIES
from ingest.lang.country_table import ROWS

HERE = Path(__file__).parent

LANGS = ("en", "nl", "de", "fr")


def inflect(lang: str, adjective: str) -> list[str]:
    """Every written form of a country adjective the matcher must see."""
    forms = {adjective}
    if lang == "nl" and not adjective.isupper():
        forms.add(adjective[:-3] + "ese" if adjective.endswith("ees") else adjective + "e")
        forms |= {f.replace("\u00eb", "e").replace("\u00ef", "i") for f in forms}  # 'Israelische'
    elif lang == "de" and adjective[:1].islower():  # 'Luxemburger', 'US': indeclinable
        for ending in ("e", "en", "er", "es"):
            forms.add(adjective + ending)
        forms |= {f[0].upper() + f[1:] for f in list(forms)}
    elif lang == "fr":
        fem = adjective if adjective.endswith("e") else adjective + "e"
        if adjective.endswith(("en", "on")):  # 'ghanéen' -> 'ghanéenne', 'letton' -> 'lettonne'
            fem = adjective + "ne"
        plural = adjective if adjective[-1] in "sx" else adjective + "s"
        forms |= {fem, fem + "s", plural}
        forms |= {f[0].upper() + f[1:] for f in list(forms)}
        forms |= {_bare_capital(f) for f in forms} | {_unaccented(f) for f in forms}
        forms |= {_capital_parts(f) for f in forms if f[:1].isupper()}  # 'les Nord-Coréens'
    return sorted(forms)


def _capital_parts(word: str) -> str:
    """Each part of a hyphenated name capitalised, as French writes a people: 'Sud-Africains'."""
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _bare_capital(word: str) -> str:
    """French often drops the accent on a capital: 'Egypte', 'Ethiopien' for 'Égypte'."""
    first = unicodedata.normalize("NFD", word[:1])[:1]
    return first + word[1:] if first.isupper() else word


def _unaccented(word: str) -> str:
    """French copy typed without accents: 'la présidence kenyane', 'le ministre haitien'. The
    cedilla goes too ('francais'). Adjectives only: an unaccented name moves what is read as a
    person's name ("d'Etats")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# French words a name keeps in lower case when its other words are capitalised.
_FR_SMALL = frozenset({"de", "du", "des", "la", "le", "les", "et"})


def _title_case(name: str) -> str:
    """French writes a state's name with its later words capitalised as often as not: 'Arabie
    Saoudite', 'Union Européenne', 'République Centrafricaine'. Elided and small words stay."""
    words = name.split(" ")
    out = [words[0]] + [
        w if w in _FR_SMALL or "'" in w or not w[:1].islower() else w[0].upper() + w[1:]
        for w in words[1:]
    ]
    return " ".join(out)


def _names(lang: str, cell: str) -> list[str]:
    """Country names; German adds the genitive ('Deutschlands', 'Irans Chefunterhändler'),
    Dutch the spelling without a trema, French the title-cased spelling ('Arabie Saoudite')."""
    names = [n for n in cell.split(";") if n]
    if lang == "de":
        names += [n + "s" for n in names if " " not in n and n[-1] not in "sxzSXZA"]
    if lang == "fr":
        names += [b for n in names if (b := _bare_capital(n)) not in names]
        names += [t for n in names if (t := _title_case(n)) not in names]
    if lang == "nl":  # a trema is often left off: 'Brazilie', 'Belgie', 'Oekraine'
        names += [n.replace("\u00eb", "e").replace("\u00ef", "i") for n in names if _trema(n)]
    return names


def _trema(word: str) -> bool:
    return "\u00eb" in word or "\u00ef" in word


# Official names that are no name news writes for the state: pycountry's name for Taiwan.
_NO_OFFICIAL = frozenset({"TW"})
_LEADING_ARTICLES = ("the ", "L'", "L\u2019")


@lru_cache(maxsize=8)
def _translation(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _official(code: str, lang: str) -> list[str]:
    """The state's official name in the language ('Democratic People's Republic of Korea',
    'Union des Comores', 'Bundesrepublik Deutschland'), from the ISO 3166 names pycountry ships:
    protocol texts and wire copy write it, and a short name inside it may be another state's
    ('Republic of Korea')."""
    country = pycountry.countries.get(alpha_2=code)
    official = getattr(country, "official_name", None) if code not in _NO_OFFICIAL else None
    if official is None:
        return []
    name = _translation(lang).gettext(official)
    for article in _LEADING_ARTICLES:
        name = name.removeprefix(article)
    return [name[0].upper() + name[1:]]


def _short_names() -> dict[str, dict[str, list[str]]]:
    """Per language, each state's names as the table lists them."""
    short: dict[str, dict[str, list[str]]] = {lang: {} for lang in LANGS}
    for row in ROWS.strip().splitlines():
        code, *cells = row.split("|")
        for i, lang in enumerate(LANGS):
            short[lang][code] = _names(lang, cells[3 * i])
    return short


def _contains(name: str, forms: list[str]) -> bool:
    """Whether a form of more than two letters stands in the name as words of its own."""
    folded = name.casefold()
    return any(
        len(f) > 2 and f.casefold() in folded and _word_pattern(f).search(name) for f in forms
    )


@cache
def _word_pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)


def _unread(official: str, own: list[str], others: list[str]) -> bool:
    """Whether the short names leave an official name unread or misread: it names none of its
    own state's names or adjectives ('Confédération helvétique', 'Hellenic Republic'), or it
    holds another state's ('Democratic People's Republic of Korea', 'États-Unis du Mexique').
    The others add nothing the short name inside them does not read."""
    if official in own:
        return False
    return not _contains(official, own) or _contains(official, others)


def build() -> tuple[dict[str, object], dict[str, object]]:
    countries: dict[str, object] = {}
    cities: dict[str, object] = {}
    short = _short_names()
    for row in ROWS.strip().splitlines():
        code, *cells = row.split("|")
        if code not in {"EU", "XK", "SU", "DD", "CS"}:  # the EU, Kosovo, states of the past
            assert pycountry.countries.get(alpha_2=code) is not None, code
        entry: dict[str, object] = {"capital": cells[2]}
        for i, lang in enumerate(LANGS):
            _, adjectives, capital = cells[3 * i : 3 * i + 3]
            listed = list(short[lang][code])  # `_names` of this cell, read once
            forms = sorted({f for a in adjectives.split(";") if a for f in inflect(lang, a)})
            others = [n for c, row_names in short[lang].items() if c != code for n in row_names]
            listed += [n for n in _official(code, lang) if _unread(n, [*listed, *forms], others)]
            entry[lang] = {
                "names": listed,
                "adjectives": forms,
                "capital": capital,
            }
            if cells[2]:  # a capital left blank shares its name with too much else ('Victoria')
                _capital_forms(cities, cells[2], code, lang, capital)
        if code == "EU":  # lower-case German 'europäischen Staaten' is the continent, not the EU
            de = entry["de"]
            de["adjectives"] = [a for a in de["adjectives"] if a[:1].isupper()]  # type: ignore[index]
            # Inflected 'Europese' qualifies the continent's things ('Europese partner', 'Europese
            # Raad'); uninflected 'Europees' comes before an EU title ('Europees commissaris').
            nl = entry["nl"]
            nl["adjectives"] = [a for a in nl["adjectives"] if not a.endswith("e")]  # type: ignore[index]
        countries[code] = entry
    for row in CITIES.strip().splitlines():
        name, code, exonyms = row.split("|")
        city = cities.setdefault(name, {"country": code, "forms": [name]})
        known: list[str] = city["forms"]  # type: ignore[index]
        # a capital's row adds the exonyms its country row has no cell for ('Tananarive')
        known += [e for e in exonyms.split(";") if e and e not in known]
    return countries, cities


def _capital_forms(
    cities: dict[str, object], english: str, code: str, lang: str, capital: str
) -> None:
    """A capital's written forms in one language join its city entry."""
    cities.setdefault(english, {"country": code, "forms": [english]})
    forms = cities[english]["forms"]  # type: ignore[index]
    if capital not in forms:
        forms.append(capital)
    if lang == "fr" and capital.startswith("Le "):  # 'au Caire', 'du Caire': 'Le' fused
        forms.append(capital[3:])
    if "-" in capital and capital.replace("-", " ") not in forms:
        forms.append(capital.replace("-", " "))  # 'Neu Delhi' for 'Neu-Delhi'


def main() -> None:
    countries, cities = build()
    (HERE / "countries.json").write_text(
        json.dumps(countries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (HERE / "cities.json").write_text(
        json.dumps(cities, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
