"""The principal a meeting word meets heads his state's side ('ein Gespräch mit dem finnischen
Präsidenten X', 's'est entretenu avec le président sénégalais X'), only for a state nothing
else has led, never in a sentence that denies the meeting, nor for one of a round of hosts a
group calls on, nor for one met 'also' or at another time ('auch', 'toen'), nor for a former
officeholder; a French verb in the infinitive or future names the one met with no 'avec'
('pour rencontrer le président X', 'rencontrera le président X') (`ingest.extract.met_heads`)."""

from __future__ import annotations

import pytest

from ingest.extract.met_heads import met_heads
from ingest.models import Delegation
from tests.unit.ingest.extract.filled_sides import filled_heads


def _heads(text: str, lang: str, led: list[Delegation] | None = None) -> list[tuple[str, str]]:
    return filled_heads(met_heads, text, lang, led)


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("de", "Im Mittelpunkt seines Gesprächs mit dem finnischen Präsidenten Mikko Salo stand "
               "die Energiepolitik.", ("FI", "Mikko Salo")),
        ("fr", "À Dakar, il s'est entretenu avec le président sénégalais Amadou Fall.",
         ("SN", "Amadou Fall")),
        ("en", "During the visit, the minister will hold talks with Kenyan President Daniel "
               "Mwangi in Nairobi.", ("KE", "Daniel Mwangi")),
        ("nl", "Daarna had de minister een gesprek met de Ghanese president Kofi Mensah.",
         ("GH", "Kofi Mensah")),
        ("fr", "Au cours de sa visite au Ghana, la ministre rencontrera le président ghanéen Kofi "
               "Mensah.", ("GH", "Kofi Mensah")),
        ("fr", "Il s'est rendu à Dakar pour rencontrer le président sénégalais Amadou Fall.",
         ("SN", "Amadou Fall")),
    ],
)  # fmt: skip
def test_the_principal_met_heads_his_side(language: str, text: str, head: tuple[str, str]) -> None:
    assert _heads(text, language) == [head]


def test_a_led_state_keeps_its_head() -> None:
    led = Delegation(id="delegation:ke", country="KE", leader="person:someone-else")
    text = "The minister will hold talks with Kenyan President Daniel Mwangi in Nairobi."
    assert _heads(text, "en", [led]) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ein Treffen mit dem finnischen Präsidenten Mikko Salo kam nicht zustande."),
        ("fr", "La délégation a rencontré le président ghanéen Kofi Mensah, le Premier ministre "
               "Ama Boateng et le ministre Yaw Owusu."),
        ("en", "The minister held talks with former Kenyan President Daniel Mwangi."),
        ("en", "In Nairobi the envoy also met with Kenyan President Daniel Mwangi."),
        ("de", "Die Ministerin traf auch mit dem finnischen Präsidenten Mikko Salo zusammen."),
        ("nl", "De minister had eerder al eens een gesprek met de Ghanese president Kofi Mensah, "
               "toen nog in Accra."),
    ],
)  # fmt: skip
def test_no_head_where_the_meeting_is_denied_a_round_a_further_one_or_the_office_past(
    language: str, text: str
) -> None:
    assert _heads(text, language) == []
