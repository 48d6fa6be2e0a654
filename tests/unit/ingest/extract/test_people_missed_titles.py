"""Titled people the title words missed: compounds on a short head ('Navo-chef',
'Geheimdienstchef'), a predecessor ('zijn voorganger X', a holder of a past office who leads no
side), and one surname closed by commas after a title ('de Iraakse ambassadeur, Al-Falaki,')."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[tuple[str, str | None]]:
    found = people_of(lang, text)
    return [(p.name, p.role) for p in found]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nl", "Volgens Navo-chef Lars Henriksen is dat niet genoeg.", "Lars Henriksen"),
        ("nl", "EU-buitenlandchef Anna Verhoef leidde het overleg.", "Anna Verhoef"),
        ("de", "Ihn begleitete Geheimdienstchef Park Min-jun nach Tokio.", "Park Min-jun"),
        ("de", "Dort sprach EU-Außenpolitikchefin Clara Winter mit ihm.", "Clara Winter"),
    ],
)
def test_a_compound_on_a_short_head_is_a_title(lang: str, text: str, name: str) -> None:
    assert _people(lang, text) == [(name, "chief")]


def test_a_short_head_alone_ends_no_compound() -> None:
    """The short head by itself, with no compound before it, is no title in German."""
    assert _people("de", "Der Chef Paul Weber kam zu spät.") == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The deal was signed by his predecessor Tom Alder in 2015.", "Tom Alder"),
        ("nl", "De deal werd gesloten door zijn voorganger Piet Vermeer.", "Piet Vermeer"),
        ("de", "Der Termin war mit seinem Vorgänger Horst Lehmann vereinbart.", "Horst Lehmann"),
        ("fr", "L'accord fut signé par son prédécesseur Jean Morel.", "Jean Morel"),
    ],
)
def test_a_predecessor_holds_a_past_office(lang: str, text: str, name: str) -> None:
    assert _people(lang, text) == [(name, "former")]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nl", "Er kwam geen antwoord van de Iraakse ambassadeur, Al-Falaki, over de reis.",
         "Al-Falaki"),
        ("de", "Der chinesische Botschafter in Deutschland, Wu, sagte das in Berlin.", "Wu"),
        ("en", "The Chinese ambassador, Wu, said so in Berlin.", "Wu"),
        ("fr", "L'ambassadeur chinois, Wu, a répondu lundi.", "Wu"),
    ],
)  # fmt: skip
def test_a_surname_closed_by_commas_holds_the_title(lang: str, text: str, name: str) -> None:
    assert [n for n, _ in _people(lang, text)] == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Vor dem Hotel: Reporter, Polizei, Barrikaden."),
        ("nl", "Minister van Economie, Tewerkstelling, Handel en Onderzoek."),
        ("en", "The ambassador, Paris, was not named."),
    ],
)
def test_a_list_item_or_a_place_between_commas_is_no_surname(lang: str, text: str) -> None:
    assert _people(lang, text) == []
