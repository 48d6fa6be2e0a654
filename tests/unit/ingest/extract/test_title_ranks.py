"""An ordinal rank opening a title ('First Deputy Foreign Minister', 'ersten stellvertretenden
Außenminister', 'eerste vicepremier', 'deuxième vice-président') is read into the title, so the
state named before the rank still titles the holder; an ordinal before a state's adjective ('the
first US president') is a count, not a rank."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.people_reader import people_of


def _read(lang: str, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.country) for p in people_of(lang, text)}


def test_english_possessive_state_before_first_deputy() -> None:
    text = "Talks were held with DPRK's First Deputy Foreign Minister Kim Kye-gwan in Moscow."
    assert _read("en", text)["Kim Kye-gwan"] == ("First Deputy Foreign Minister", "KP")


def test_english_adjective_before_first_deputy() -> None:
    text = "The Soviet First Deputy Prime Minister, Mr Frol Koslov, arrived in Washington."
    assert _read("en", text)["Frol Koslov"][1] == "SU"


def test_german_genitive_state_before_erster() -> None:
    text = (
        "Die Delegation wurde von Russlands erstem stellvertretendem Außenminister"
        " Wassili Kusnezow geleitet."
    )
    title, country = _read("de", text)["Wassili Kusnezow"]
    assert country == "RU"
    assert title is not None and "erstem stellvertretendem" in title


def test_dutch_adjective_before_eerste() -> None:
    text = "De delegatie werd geleid door de Russische eerste vicepremier Igor Sjoevalov."
    title, country = _read("nl", text)["Igor Sjoevalov"]
    assert country == "RU"
    assert title is not None and "eerste vicepremier" in title


def test_french_deuxieme_opens_the_title() -> None:
    text = (
        "Il a été accueilli par le deuxième vice-président du Sénat congolais"
        " Modeste Bahati Lukwebo."
    )
    facts = extract_article(text, language="fr", published="2020-02-20").facts
    titles = {o.name: o.title for o in facts.officials}
    assert (titles.get("Modeste Bahati Lukwebo") or "").startswith("deuxième vice-président")


def test_an_ordinal_before_a_state_adjective_is_a_count() -> None:
    text = "Nixon, the first US president to visit Moscow, met Leonid Brezhnev."
    titles = {p.title for p in people_of("en", text)}
    assert not any(t and t.lower().startswith("first") for t in titles)


def test_a_rank_opens_its_title_past_a_connector() -> None:
    text = "Talyzin is senior to First Deputy Prime Minister Ivan Arkhipov, who visited Beijing."
    assert _read("en", text)["Ivan Arkhipov"][0] == "First Deputy Prime Minister"
