"""A word before a name ('with her counterpart X', 'received by X') is counted to the name's
first word: a long name ('Luiz Inácio Lula da Silva') stands as near it as a two-word one, so
the leader model reads it as met, and a counterpart met with is no idle one."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidates

_NAME = "Luiz Inácio Lula da Silva"


def _feature(lang: str, text: str, feature: str) -> float:
    found = [c.features.get(feature, 0.0) for c in candidates(lang, text) if c.person.name == _NAME]
    assert found, "the long name is a candidate"
    return max(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "President Jennifer Simons arrived in Brasília on Monday. Simons had a "
         "conversation there with her Brazilian counterpart Luiz Inácio Lula da Silva."),
        ("nl", "President Jennifer Simons is maandag in Brasília aangekomen. Simons had er een "
         "gesprek met haar Braziliaanse ambtgenoot Luiz Inácio Lula da Silva."),
        ("de", "Präsidentin Jennifer Simons ist am Montag in Brasília eingetroffen. Simons führte "
         "dort Gespräche mit ihrem brasilianischen Amtskollegen Luiz Inácio Lula da Silva."),
        ("fr", "La présidente Jennifer Simons est arrivée lundi à Brasília. Simons a eu des "
         "entretiens avec son homologue brésilien Luiz Inácio Lula da Silva."),
    ],
)  # fmt: skip
def test_a_long_name_after_with_is_met(lang: str, text: str) -> None:
    assert _feature(lang, text, "after_with") == 1.0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Surinamese President Jennifer Simons arrived in Brasília on Monday. Simons was "
         "received by President Luiz Inácio Lula da Silva."),
        ("nl", "De Surinaamse president Jennifer Simons kwam maandag aan in Brasília. Simons werd "
         "ontvangen door president Luiz Inácio Lula da Silva."),
        ("de", "Die surinamische Präsidentin Jennifer Simons kam am Montag in Brasília an. Simons "
         "traf dort Präsident Luiz Inácio Lula da Silva."),
        ("fr", "La présidente surinamaise Jennifer Simons est arrivée lundi à Brasília. Simons a "
         "rencontré le président Luiz Inácio Lula da Silva."),
    ],
)  # fmt: skip
def test_a_long_name_right_after_the_meeting_word_is_near_it(lang: str, text: str) -> None:
    assert _feature(lang, text, "trig_near") == 1.0
