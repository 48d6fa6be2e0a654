"""An envoy recalled by his own state ('recalled for consultations') is no candidate leader: the
recall is a step against his host, not a meeting he heads."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidate_names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chile summoned the Peruvian ambassador in Santiago on Monday. Peru's ambassador "
         "in Santiago, Luis Vega, was recalled to Lima in March."),
        ("nl", "Chili ontbood maandag de Peruaanse ambassadeur in Santiago. De Peruaanse "
         "ambassadeur in Santiago, Luis Vega, werd in maart naar Lima teruggeroepen."),
        ("de", "Chile bestellte am Montag den peruanischen Botschafter in Santiago ein. Der "
         "peruanische Botschafter in Santiago, Luis Vega, war im März nach Lima zurückgerufen "
         "worden."),
        ("fr", "Le Chili a convoqué lundi l'ambassadeur péruvien à Santiago. L'ambassadeur du "
         "Pérou à Santiago, Luis Vega, avait été rappelé à Lima en mars."),
    ],
)  # fmt: skip
def test_a_recalled_envoy_is_no_candidate(lang: str, text: str) -> None:
    assert "Luis Vega" not in candidate_names(lang, text)


def test_an_envoy_not_recalled_stays_a_candidate() -> None:
    text = (
        "Chile summoned the Peruvian ambassador in Santiago on Monday. Peru's ambassador "
        "in Santiago, Luis Vega, was received at the ministry in March."
    )
    assert "Luis Vega" in candidate_names("en", text)
