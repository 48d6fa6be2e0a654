"""'Dialogue' in French, German and Dutch copy is most often the relation between two states
('renforcer leur dialogue', 'jeder Dialog mit Moskau'), not a meeting: the word alone opens none.
English keeps it, where 'the Strategic Dialogue' names a meeting format."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.meetings.extracted import places_and_parties


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre a déclaré que la France et l'Allemagne devaient renforcer leur "
         "dialogue sur la défense."),
        ("fr", "La Russie a rejeté toute idée de dialogue avec l'Ukraine."),
        ("de", "Russland lehnt jeden Dialog mit der Ukraine ab, solange die Sanktionen gelten."),
        ("nl", "Rusland wijst elke dialoog met Oekraïne af zolang de sancties gelden."),
    ],
)  # fmt: skip
def test_dialogue_alone_is_no_meeting(lang: str, text: str) -> None:
    assert places_and_parties(text, lang) == []


def test_talks_told_beside_a_dialogue_are_still_a_meeting() -> None:
    fr = "Le ministre français s'est entretenu à Berlin avec son homologue allemand."
    assert places_and_parties(fr, "fr") == [("Berlin", ["DE", "FR"])]
