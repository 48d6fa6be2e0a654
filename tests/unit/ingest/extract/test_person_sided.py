"""An article whose only meeting clause names no state but people of one state: that state is
one side, the other is found as for the article's only meeting (`people_sides.person_sided`)."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_URL = "https://www.example.com/news"


def _parties(text: str, lang: str, published: str) -> list[list[str]]:
    facts = extract_article(text, language=lang, published=published, url=_URL).facts
    return [m.parties for m in facts.meetings]


@pytest.mark.parametrize(
    ("lang", "published", "text", "parties"),
    [
        (
            "en", "1993-07-27",
            "Vietnam hopes for better relations with America. Vietnam wants the embargo "
            "lifted. On Monday President Bill Clinton held talks in the capital.",
            ["US", "VN"],
        ),
        (
            "fr", "2019-05-09",
            "Le Niger veut renforcer sa coopération. Le Niger salue cette amitié. Hier, le "
            "président Emmanuel Macron a rencontré son hôte.",
            ["FR", "NE"],
        ),
        (
            "de", "1987-09-07",
            "Die DDR hofft auf bessere Beziehungen. Die DDR feiert. Auf dem Flughafen empfängt "
            "Bundeskanzler Helmut Kohl seinen Gast.",
            ["DD", "DE"],
        ),
        (
            "nl", "2013-05-08",
            "China hoopt op betere banden. China en China. Premier Mark Rutte had maandag een "
            "gesprek met zijn gast.",
            ["CN", "NL"],
        ),
    ],
)  # fmt: skip
def test_the_person_of_one_state_gives_the_only_meetings_side(
    lang: str, published: str, text: str, parties: list[str]
) -> None:
    assert _parties(text, lang, published) == [parties]


@pytest.mark.parametrize(
    "text",
    [
        "Koning Willem-Alexander ontvangt maandag premier Mark Rutte voor hun eerste wekelijkse "
        "gesprek. Frankrijk en Frankrijk.",
        "Frankrijk en Frankrijk. Maandag ontvangt Willem-Alexander premier Mark Rutte voor hun "
        "eerste wekelijkse gesprek.",
    ],
)
def test_two_people_of_one_state_meet_at_home(text: str) -> None:
    assert _parties(text, "nl", "2013-05-08") == []


def test_no_meeting_when_the_other_side_is_unclear() -> None:
    text = (
        "Le Mali et le Niger veulent renforcer leur coopération. Le Niger a salué le Mali. "
        "Hier, le président Emmanuel Macron a rencontré son hôte."
    )
    assert _parties(text, "fr", "2019-05-09") == []
