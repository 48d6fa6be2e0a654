"""'tour', 'cycle' and 'round' alone open no meeting ('à son tour', 'un cycle de violence', 'the
second round of the election'); a round of talks is told with its talks word, which does."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.meetings.extracted import places_and_parties


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre iranien a, à son tour, critiqué les Etats-Unis et Israël."),
        ("fr", "Le Liban et Israël craignent un nouveau cycle de violences à la frontière."),
        ("en", "Russia and Ukraine traded blame after another round of shelling on the border."),
    ],
)  # fmt: skip
def test_a_round_word_alone_is_no_meeting(lang: str, text: str) -> None:
    assert places_and_parties(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Un deuxième tour de négociations entre l'Iran et les Etats-Unis s'est tenu à "
         "Mascate."),
        ("en", "A second round of talks between Iran and the United States was held in Muscat."),
    ],
)  # fmt: skip
def test_a_round_of_talks_is_still_a_meeting(lang: str, text: str) -> None:
    assert [city for city, _ in places_and_parties(text, lang)] == ["Muscat"]
