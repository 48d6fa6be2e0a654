"""Words of buildings and bodies name no person: 'Witte Huis', 'Palais de Koulouba', a German
compound ending in an organisation, a French capital without its accent ('Etrangères')."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.extract.leaders import leader_candidates
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences
from tests.unit.ingest.extract.people_reader import people_of


def _names(lang: str, text: str) -> list[str]:
    return [p.name for p in people_of(lang, text)]


def test_a_capital_without_its_accent_is_still_part_of_the_title() -> None:
    found = _names("fr", "Il a reçu le ministre des Affaires Etrangères, Jean Dupont, lundi.")
    assert "Etrangères" not in found


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("de", "Ein Sprecher des südkoreanischen Vereinigungsministeriums sagte das.",
         "Vereinigungsministeriums"),
        ("en", "The Deputy Secretary General for the External Action Service Helga Schmid "
         "said so.", "Service"),
    ],
)  # fmt: skip
def test_an_organisation_word_is_no_name(lang: str, text: str, word: str) -> None:
    assert not any(word in name for name in _names(lang, text))


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("nl", "Trump belde zaterdag met Merkel. Een woordvoerder van de president zweeg in het "
         "Witte Huis over het gesprek met Duitsland.", "Witte Huis"),
        ("fr", "Le président Ibrahim Traoré a reçu lundi son homologue de la Sierra Leone. Ils "
         "ont parlé au Palais de Koulouba de la sécurité.", "Koulouba"),
    ],
)  # fmt: skip
def test_a_seat_or_venue_is_no_bare_name(lang: str, text: str, words: str) -> None:
    split = split_sentences(normalise(text, language=lang), language=lang)
    art, registry, meetings, delegations = rule_findings(split)
    names = [c.person.name for c in leader_candidates(art, registry, meetings, delegations)]
    names += [p.name for p in registry.people]
    assert not any(words in name for name in names)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Il a reçu lundi le chef de l'Etat tchadien, Idriss Déby.", "Idriss Déby",
         "chef de l'Etat tchadien"),
        ("Il a reçu le ministre des Affaires Etrangères, Jean Dupont, lundi.", "Jean Dupont",
         "ministre des Affaires Etrangères"),
    ],
)  # fmt: skip
def test_a_title_runs_through_a_capital_that_lost_its_accent(
    text: str, name: str, title: str
) -> None:
    found = people_of("fr", text)
    assert [(p.name, p.title) for p in found] == [(name, title)]


def _titles(lang: str, text: str) -> dict[str, str | None]:
    found = people_of(lang, text)
    return {p.name: p.title for p in found}


@pytest.mark.parametrize(
    ("lang", "text", "name", "title"),
    [
        ("en", "Mikhail Gorbachev, the general secretary of the Soviet Communist Party, met "
         "Ronald Reagan.", "Mikhail Gorbachev", "general secretary of the Soviet Communist Party"),
        ("de", "Der Generalsekretär der Kommunistischen Partei Chinas Xi Jinping traf Olaf "
         "Scholz.", "Xi Jinping", "Generalsekretär der Kommunistischen Partei Chinas"),
        ("nl", "Xi Jinping, secretaris-generaal van de Communistische Partij, ontmoette Mark "
         "Rutte.", "Xi Jinping", "secretaris-generaal van de Communistische Partij"),
    ],
)  # fmt: skip
def test_a_party_named_in_a_title_is_part_of_it(
    lang: str, text: str, name: str, title: str
) -> None:
    found = _titles(lang, text)
    assert found.get(name) == title
    assert not any(word in found for word in ("Communist", "Kommunistischen", "Communistische"))


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The delegation included Naresh Goyal, chairman, Jet Airways, and the trade minister.",
         "Jet Airways"),
        ("The delegation included Jyotsna Suri, managing director, Bharat Hotels, and the "
         "trade minister.", "Hotels"),
    ],
)  # fmt: skip
def test_a_company_or_an_agency_is_no_person(text: str, company: str) -> None:
    found = _titles("en", text)
    assert not any(company in name for name in found)
