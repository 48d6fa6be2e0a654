"""A placeless line that names both sides of a meeting held in a city and further states tells
of something else (a topic, an earlier talk): the further states are no parties of it, in every
language (round 608)."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.meetings.extracted import places_and_parties

SUMMIT = {
    "en": (
        "Leaders of China and the European Union hold a summit in Beijing on Thursday. Costa and "
        "von der Leyen will meet Chinese President Xi Jinping, with whom they will discuss "
        "relations between the EU and China and the Russian war in Ukraine."
    ),
    "fr": (
        "Les dirigeants de la Chine et de l'Union européenne tiennent jeudi un sommet à Pékin. "
        "Costa et von der Leyen rencontreront le président chinois Xi Jinping, avec qui ils "
        "évoqueront les relations entre l'UE et la Chine et la guerre russe en Ukraine."
    ),
    "de": (
        "Die Spitzen Chinas und der Europäischen Union halten am Donnerstag einen Gipfel in "
        "Peking ab. Costa und von der Leyen werden den chinesischen Präsidenten Xi Jinping "
        "treffen, mit dem sie die Beziehungen zwischen der EU und China und den russischen "
        "Krieg in der Ukraine besprechen wollen."
    ),
    "nl": (
        "Leiders van China en de Europese Unie houden donderdag een top in Beijing. Costa en "
        "Von der Leyen zullen de Chinese president Xi Jinping ontmoeten, met wie ze de "
        "betrekkingen tussen de EU en China en de Russische oorlog in Oekraïne zullen bespreken."
    ),
}


@pytest.mark.parametrize("lang", sorted(SUMMIT))
def test_a_war_named_beside_both_sides_adds_no_party(lang: str) -> None:
    assert places_and_parties(SUMMIT[lang], lang) == [("Beijing", ["CN", "EU"])]


def test_a_topic_told_with_a_counterpart_adds_no_party() -> None:
    text = (
        "Japanese and French diplomats held talks in Paris on Monday. The Japanese minister met "
        "his French counterpart, with whom he discussed the Russian war in Ukraine."
    )
    assert places_and_parties(text, "en") == [("Paris", ["FR", "JP"])]
