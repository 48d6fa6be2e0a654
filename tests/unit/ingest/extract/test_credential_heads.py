"""The envoy who presents his credentials heads his state's side of the ceremony ('De Zweedse
ambassadeur X kwam zijn geloofsbrieven overhandigen'), also when the article names him in a
sentence after the one of the letters; not where the text denies the presentation, nor for a
state already led (`ingest.extract.credential_heads`)."""

from __future__ import annotations

import pytest

from ingest.extract.credential_heads import credential_heads
from ingest.models import Delegation
from tests.unit.ingest.extract.filled_sides import filled_heads


def _heads(text: str, lang: str, led: list[Delegation] | None = None) -> list[tuple[str, str]]:
    return filled_heads(credential_heads, text, lang, led)


@pytest.mark.parametrize(
    ("language", "text", "heads"),
    [
        ("nl", "De Zweedse ambassadeur Lars Holm kwam dinsdag zijn geloofsbrieven overhandigen "
               "aan de koning.", [("SE", "Lars Holm")]),
        ("en", "The new Chilean ambassador, Pedro Rojas, presented his credentials to the "
               "Governor-General on Monday.", [("CL", "Pedro Rojas")]),
        ("de", "Der neue Botschafter Portugals, João Silva, überreichte am Mittwoch sein "
               "Beglaubigungsschreiben.", [("PT", "João Silva")]),
        ("fr", "Ceux-ci viennent présenter leurs lettres de créance. Il s'agit de Mme Paula "
               "Ruiz, ambassadrice du Chili, et de M. Olaf Berg, ambassadeur de Norvège.",
         [("CL", "Paula Ruiz"), ("NO", "Olaf Berg")]),
    ],
)  # fmt: skip
def test_the_envoy_presenting_credentials_heads_his_side(
    language: str, text: str, heads: list[tuple[str, str]]
) -> None:
    assert _heads(text, language) == heads


def test_no_head_where_the_presentation_is_denied() -> None:
    text = "De Zweedse ambassadeur Lars Holm zal geen geloofsbrieven overhandigen."
    assert _heads(text, "nl") == []


def test_a_led_state_keeps_its_head() -> None:
    led = Delegation(id="delegation:se", country="SE", leader="person:someone-else")
    text = "De Zweedse ambassadeur Lars Holm kwam dinsdag zijn geloofsbrieven overhandigen."
    assert _heads(text, "nl", [led]) == []
