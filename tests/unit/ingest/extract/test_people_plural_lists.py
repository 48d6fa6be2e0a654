"""Several officials under one plural title: inflected and fused plural heads ('den
Bundesministern', 'die Staatssekretärinnen', 'oud-bewindslieden', 'les Coprésidents'), a plural
article ('die Botschafter'), a state after 'de la', and lists that give each holder's own
portfolio or state before the name ('ministers of A, X, and Defence, Y')."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    found = people_of(lang, text)
    return [(p.name, p.title, p.country) for p in found]


def _names(lang: str, text: str) -> list[str]:
    return [name for name, _, _ in _people(lang, text)]


def _officials(lang: str, text: str) -> list[tuple[str, str | None]]:
    facts = extract_article(text, language=lang, published="2020-01-01").facts
    return [(o.name, o.title) for o in facts.officials]


def test_inflected_german_plurals_title_every_listed_name() -> None:
    text = "Die Kanzlerin wird von den Bundesministern Albers, Brenner und Corves begleitet."
    assert _names("de", text) == ["Albers", "Brenner", "Corves"]
    text = "Auch die Staatssekretärinnen Albers und Brenner nehmen teil."
    assert _officials("de", text) == [
        ("Albers", "Staatssekretärin"),
        ("Brenner", "Staatssekretärin"),
    ]


def test_a_plural_head_fused_to_a_modifier_or_a_prefix_titles_the_list() -> None:
    text = "De drie oud-bewindslieden, Albers, Brenner en Corves, zeiden niets."
    assert _names("nl", text) == ["Albers", "Brenner", "Corves"]
    text = "Étaient présents les Coprésidents du groupe, Igor Albers, Marc Brenner, Ann Corves."
    assert _names("fr", text) == ["Igor Albers", "Marc Brenner", "Ann Corves"]


def test_a_german_plural_article_makes_a_plural_title_but_not_before_a_feminine_one() -> None:
    text = "Er empfing die Botschafter Jon Albers und Per Brenner."
    assert _names("de", text) == ["Jon Albers", "Per Brenner"]
    text = "Er empfing die Botschafterin Eva Albers und Per Brenner."
    assert _names("de", text) == ["Eva Albers"]


def test_a_listed_state_after_an_article_is_the_holders_own() -> None:
    text = (
        "Le souhaitent les chefs d'Etat Jean Albers de la République du Bénin et Paul Brenner "
        "de la République du Congo."
    )
    assert [(n, c) for n, _, c in _people("fr", text)] == [
        ("Jean Albers", "BJ"),
        ("Paul Brenner", "CG"),
    ]


def test_each_listed_portfolio_titles_the_name_after_it() -> None:
    text = (
        "He is accompanied by his ministers of International Relations, Sipho Albers, and "
        "Defence, Thandi Brenner."
    )
    assert _officials("en", text) == [
        ("Sipho Albers", "minister of International Relations"),
        ("Thandi Brenner", "minister of Defence"),
    ]
    text = (
        "Les ministres turcs des Affaires étrangères, Ali Albers, de la Culture, Veli Brenner, "
        "et de la Défense, Can Corves, étaient présents."
    )
    assert _people("fr", text)[1:] == [
        ("Veli Brenner", "ministres turcs de la Culture", "TR"),
        ("Can Corves", "ministres turcs de la Défense", "TR"),
    ]
    text = "Il vient avec les ministres de l'Intérieur Paul Albers et de la Justice Eric Brenner."
    assert _officials("fr", text)[1] == ("Eric Brenner", "ministre de la Justice")


def test_each_listed_state_gives_the_name_after_it_its_own() -> None:
    text = (
        "Er empfing die Botschafter von Neuseeland, Jon Albers, aus der Republik Irak, Ali "
        "Brenner, und aus Chile, Juan Corves."
    )
    assert [(n, c) for n, _, c in _people("de", text)] == [
        ("Jon Albers", "NZ"),
        ("Ali Brenner", "IQ"),
        ("Juan Corves", "CL"),
    ]
    text = "Avec les ministres de la Défense colombien, Juan Albers, et équatorien, Luis Brenner."
    assert [(n, c) for n, _, c in _people("fr", text)] == [
        ("Juan Albers", "CO"),
        ("Luis Brenner", "EC"),
    ]


def test_a_place_between_commas_is_no_portfolio() -> None:
    text = "The ministers of trade, Sipho Albers, Paris, Thandi Brenner and others met."
    assert "Thandi Brenner" not in _names("en", text)
