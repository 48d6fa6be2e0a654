"""A leading phrase names the holder of a long title the person reader cannot close: a second
title joined by 'et', a body's name, a remark in brackets, states joined by 'et'. A name past a
clause word is no holder."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _leaders(text: str) -> set[tuple[str, str | None]]:
    facts = extract_article(text, language="fr", published="2024-05-02").facts
    return {(d.country, d.leader) for d in facts.delegations}


@pytest.mark.parametrize(
    ("text", "leaders"),
    [
        ("Les experts se sont réunis à Accra. La délégation togolaise était dirigée par le "
         "vice-ministre des Affaires étrangères et président du Comité national des frontières "
         "Koffi Agbodjan.", {("TG", "Koffi Agbodjan")}),
        ("Le ministre a reçu à Bamako une délégation belge conduite par le chef de mission "
         "adjoint (chargé d'affaires) de l'ambassade de Belgique au Mali et au Niger, Luc "
         "Vermeulen.", {("BE", "Luc Vermeulen")}),
    ],
)  # fmt: skip
def test_the_holder_of_a_long_title_leads(text: str, leaders: set[tuple[str, str]]) -> None:
    assert leaders <= _leaders(text)


def test_a_name_past_a_clause_word_holds_no_title() -> None:
    text = (
        "Les experts se sont réunis à Accra. La délégation togolaise était dirigée par le "
        "directeur des frontières qui a salué Koffi Agbodjan."
    )
    assert not any(leader == "Koffi Agbodjan" for _, leader in _leaders(text))
