"""Several meetings told in one article stay several: a further meeting with another counterpart
during a visit ('is also scheduled to meet the president'), and a bilateral meeting held on the
sidelines of a summit besides the summit itself."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article

_VISIT = (
    "Dutch Foreign Minister Anna Visser arrived in Nairobi on Monday for a two-day visit to "
    "Kenya. She will hold talks with her Kenyan counterpart Peter Odhiambo."
)


def _meetings(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-06-10").facts
    return [(m.kind, m.city, m.parties) for m in facts.meetings]


def test_a_further_meeting_with_another_counterpart_is_a_meeting_of_its_own() -> None:
    text = _VISIT + " She is also scheduled to meet President William Kamau later."
    assert _meetings(text, "en") == [
        ("visit", "Nairobi", ["KE", "NL"]),
        ("meeting", "Nairobi", ["KE", "NL"]),
    ]


def test_the_counterpart_met_again_or_no_further_word_adds_none() -> None:
    assert _meetings(_VISIT, "en") == [("visit", "Nairobi", ["KE", "NL"])]
    again = _VISIT + " She will also meet Peter Odhiambo again on Tuesday."
    assert _meetings(again, "en") == [("visit", "Nairobi", ["KE", "NL"])]


def test_a_meeting_on_the_sidelines_of_a_summit_and_the_summit_are_two() -> None:
    en = (
        "On the sidelines of the G20 summit in Rome, Brazilian Foreign Minister Carla Mendes "
        "met her Japanese counterpart Hiro Tanaka on Saturday."
    )
    both = [("meeting", "Rome", ["BR", "JP"]), ("summit", "Rome", ["BR", "JP"])]
    assert _meetings(en, "en") == both
    fr = (
        "En marge du sommet du G20 à Rome, la ministre brésilienne des Affaires étrangères "
        "Carla Mendes a rencontré samedi son homologue japonais Hiro Tanaka."
    )
    assert _meetings(fr, "fr") == both


def test_a_word_said_on_the_sidelines_tells_the_summit_alone() -> None:
    en = (
        "Carla Mendes said on the sidelines of the G20 summit in Rome that Brazil wants more trade."
    )
    assert [kind for kind, _, _ in _meetings(en, "en")] == ["summit"]
