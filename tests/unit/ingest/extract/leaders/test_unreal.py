"""A person named only with a meeting the text denies, calls off or merely speculates about
('no meeting with President X is planned', 'a possible summit with X') is marked for the leader
model: the gold counts no such meeting, so he heads no side."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidates


def _unreal(lang: str, text: str, name: str) -> float:
    return max(c.features["unreal"] for c in candidates(lang, text) if c.person.name == name)


_HEDGED = [
    ("en", "Chilean Foreign Minister Ana Soto held talks in Lima on Monday. A {}summit with "
     "Bolivian President Juan Mora was discussed."),
    ("nl", "De Chileense minister van Buitenlandse Zaken Ana Soto voerde maandag gesprekken in "
     "Lima. Er is {}ontmoeting met de Boliviaanse president Juan Mora gepland."),
    ("de", "Die chilenische Außenministerin Ana Soto führte am Montag Gespräche in Lima. "
     "{}Treffen mit dem bolivianischen Präsidenten Juan Mora ist geplant."),
    ("fr", "La ministre chilienne des Affaires étrangères Ana Soto a eu des entretiens lundi à "
     "Lima. Un {}sommet avec le président bolivien Juan Mora a été évoqué."),
]  # fmt: skip
# per language: the hedge, and what stands in its place where the meeting is real
_HEDGES = {
    "en": ("possible ", ""), "nl": ("geen ", "een "),
    "de": ("Kein ", "Ein "), "fr": ("éventuel ", ""),
}  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _HEDGED)
def test_a_person_named_only_with_an_unreal_meeting_is_marked(lang: str, text: str) -> None:
    hedged = text.format(_HEDGES[lang][0])
    assert _unreal(lang, hedged, "Juan Mora") == 1.0
    assert _unreal(lang, hedged, "Ana Soto") == 0.0


@pytest.mark.parametrize(("lang", "text"), _HEDGED)
def test_a_person_named_with_a_meeting_told_as_real_is_not_marked(lang: str, text: str) -> None:
    assert _unreal(lang, text.format(_HEDGES[lang][1]), "Juan Mora") == 0.0
