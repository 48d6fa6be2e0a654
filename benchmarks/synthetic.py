"""Synthetic diplomatic articles in nl, en, de and fr for benchmarks.

Varied countries (names and adjectives from the extractor's own country table), people (built
from syllables, so the graph grows with new people), cities, dates and rounds; about 400 words
each, news-shaped: a lead, delegations with leaders, a quote, an agenda line and filler
paragraphs in the article's language. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from importlib import resources
from typing import Any

LANGS = ("nl", "en", "de", "fr")
SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "ta",
    "le",
    "na",
    "so",
    "vi",
    "de",
    "ro",
    "lu",
    "mi",
    "sa",
    "te",
    "ko",
    "ba",
    "ne",
    "da",
    "po",
    "fi",
]
FIRST = [
    "Anna",
    "Boris",
    "Claire",
    "Daniel",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Irina",
    "Jonas",
    "Karim",
    "Lena",
    "Marco",
    "Nadia",
]

LEAD = {
    "en": "Talks between {a_name} and {b_name} resumed in {city} on {date_en}. "
    "The {a_adj} delegation was led by Deputy Foreign Minister {leader_a}, "
    "while the {b_adj} delegation was headed by Ambassador {leader_b}. "
    'Spokesperson {spokes} said the round was "useful and frank". '
    "Trade and visas were on the agenda.",
    "nl": "De gesprekken tussen {a_name} en {b_name} zijn op {date_nl} in {city} hervat. "
    "De {a_adj} delegatie werd geleid door onderminister van Buitenlandse Zaken {leader_a}, "
    "terwijl de {b_adj} delegatie onder leiding stond van ambassadeur {leader_b}. "
    'Woordvoerder {spokes} noemde de ronde "nuttig en openhartig". '
    "Handel en visa stonden op de agenda.",
    "de": "Die Gespräche zwischen {a_name} und {b_name} wurden am {date_de} in {city} fortgesetzt. "
    "Die {a_adj} Delegation wurde von Vizeaußenminister {leader_a} angeführt, "
    "die {b_adj} Delegation stand unter Leitung von Botschafter {leader_b}. "
    "Sprecher {spokes} nannte die Runde „nützlich und offen“. "
    "Handel und Visa standen auf der Tagesordnung.",
    "fr": "Les pourparlers entre {a_name} et {b_name} ont repris le {date_fr} à {city}. "
    "La délégation {a_adj} était conduite par le vice-ministre des Affaires étrangères "
    "{leader_a}, tandis que la délégation {b_adj} était dirigée par l'ambassadeur {leader_b}. "
    "Le porte-parole {spokes} a qualifié la session de « utile et franche ». "
    "Le commerce et les visas étaient à l'ordre du jour.",
}
FILLER = {
    "en": "Diplomats on both sides described long sessions on consular work, the staffing of "
    "missions and the paperwork that slows the movement of staff between the two capitals. ",
    "nl": "Diplomaten van beide kanten spraken over lange sessies over consulair werk, de "
    "bezetting van missies en het papierwerk dat het verkeer van personeel vertraagt. ",
    "de": "Diplomaten beider Seiten berichteten von langen Sitzungen über konsularische Arbeit, "
    "die Besetzung der Vertretungen und die Formalitäten, die den Austausch bremsen. ",
    "fr": "Des diplomates des deux côtés ont évoqué de longues séances sur le travail consulaire, "
    "les effectifs des missions et les formalités qui freinent les échanges de personnel. ",
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


def _tables() -> tuple[dict[str, Any], list[str]]:
    root = resources.files("ingest").joinpath("lang")
    countries = json.loads(root.joinpath("countries.json").read_text("utf-8"))
    cities = json.loads(root.joinpath("cities.json").read_text("utf-8"))
    return countries, sorted(cities)


def _person(rng: random.Random) -> str:
    surname = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return f"{rng.choice(FIRST)} {surname}"


def _country(code: str, countries: dict[str, Any], lang: str) -> tuple[str, str]:
    """A country's name and the adjective form that agrees with 'delegation' in `lang`."""
    entry = countries[code][lang]
    adjectives: list[str] = entry["adjectives"]
    if lang != "en":
        agreeing = [a for a in adjectives if a.endswith("e") and (lang == "nl" or a.islower())]
        adjectives = agreeing or adjectives
    return entry["names"][0], adjectives[0]


def _dates(rng: random.Random) -> tuple[str, dict[str, str]]:
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    published = f"{year}-{month:02d}-{day:02d}"
    spelled = {lang: f"{day} {MONTHS[lang][month - 1]} {year}" for lang in LANGS}
    spelled["en"] = f"{MONTHS['en'][month - 1]} {day}, {year}"
    spelled["de"] = f"{day}. {MONTHS['de'][month - 1]} {year}"
    return published, spelled


def articles(count: int, *, seed: int = 7, words: int = 400) -> Iterator[dict[str, Any]]:
    """Article records (`id`, `language`, `published`, `url`, `text`) as the ingest reads them."""
    rng = random.Random(seed)
    countries, cities = _tables()
    # Countries the table can name and qualify in every language.
    usable = [
        code
        for code in sorted(countries)
        if all(countries[code].get(lang, {}).get("adjectives") for lang in LANGS)
    ]
    for i in range(count):
        lang = LANGS[i % len(LANGS)]
        pair = rng.sample(usable, 2)
        (a_name, a_adj), (b_name, b_adj) = (_country(code, countries, lang) for code in pair)
        published, spelled = _dates(rng)
        lead = LEAD[lang].format(
            a_name=a_name,
            b_name=b_name,
            a_adj=a_adj,
            b_adj=b_adj,
            city=rng.choice(cities),
            leader_a=_person(rng),
            leader_b=_person(rng),
            spokes=_person(rng),
            **{f"date_{k}": v for k, v in spelled.items()},
        )
        body = [lead]
        while sum(len(p.split()) for p in body) < words:
            body.append(FILLER[lang] * 2)
        yield {
            "id": f"synthetic-{seed}-{i}",
            "language": lang,
            "published": published,
            "url": f"https://synthetic.dipgraph.dev/{seed}/{i}",
            "text": "\n\n".join(body),
        }
