"""A plural building noun counts out its buildings in a list set after it ('seven embassies in
Kuwait City - the British, French and Japanese', 'trois postes consulaires (Londres, Edimbourg et
Jersey)'): one building per listed owner or place."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _found(language: str, text: str) -> set[tuple[str | None, str | None]]:
    facts = extract_article(text, language=language, published="2025-06-20").facts
    return {(p.owner_country, p.location) for p in facts.properties}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Troops surrounded seven embassies in Kabul on Friday - the British, French and "
               "Japanese."),
        ("en", "Several embassies in Kabul, including the British, French and Japanese, closed."),
        ("de", "Mehrere Botschaften in Kabul, darunter die britische, die französische und die "
               "japanische, wurden geschlossen."),
        ("nl", "Diverse ambassades in Kabul, waaronder de Britse, de Franse en de Japanse, zijn "
               "gesloten."),
        ("fr", "Plusieurs ambassades à Kaboul, notamment la britannique, la française et la "
               "japonaise, ont fermé."),
    ],
)  # fmt: skip
def test_each_listed_owner_has_a_building(language: str, text: str) -> None:
    assert {("GB", "Kabul"), ("FR", "Kabul"), ("JP", "Kabul")} <= _found(language, text)


def test_each_listed_place_has_a_building() -> None:
    text = "Il ne restera que trois postes consulaires (Londres, Edimbourg et Jersey)."
    assert {"London", "Edinburgh"} <= {place for _, place in _found("fr", text)}


def test_a_list_of_another_clause_lends_no_owners() -> None:
    text = "The embassies in Kabul closed, while the talks - with the British and French - went on."
    assert not any(owner in {"GB", "FR"} for owner, _ in _found("en", text))
