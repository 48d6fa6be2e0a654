"""Names listed with their states ('A (Frankreich) und B (Großbritannien)', 'A of Chile and B
of Peru are among the leaders') stand for those states even with no title before them; a state
itself is no name."""

from __future__ import annotations

from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    found = people_of(lang, text)
    return [(p.name, p.title, p.country) for p in found]


def test_names_with_states_in_brackets_stand_for_them() -> None:
    text = "Dabei sind Rosa Vidal (Chile), Juan Soto (Peru) und Ana Ruiz (Spanien)."
    assert _people("de", text) == [
        ("Rosa Vidal", None, "CL"),
        ("Juan Soto", None, "PE"),
        ("Ana Ruiz", None, "ES"),
    ]


def test_names_of_states_take_the_plural_title_of_the_sentence() -> None:
    text = "Rosa Vidal of Chile and Juan Soto of Peru are among the leaders who arrived."
    assert _people("en", text) == [("Rosa Vidal", "leaders", "CL"), ("Juan Soto", "leaders", "PE")]


def test_one_name_with_a_state_or_names_of_states_with_no_title_stay_unnamed() -> None:
    assert _people("nl", "Daarbij is Rosa Vidal (Chili) aanwezig.") == []
    assert _people("en", "Rosa Vidal of Chile and Juan Soto of Peru won prizes.") == []


def test_a_titled_list_keeps_its_title() -> None:
    text = "Die Außenminister Rosa Vidal (Chile) und Juan Soto (Peru) kamen."
    assert [t for _, t, _ in _people("de", text)] == ["Außenminister", "Außenminister"]


def test_a_state_after_a_title_is_no_name() -> None:
    text = "Rosa Vidal, Executive Director, New Zealand International Business Forum, spoke."
    assert [n for n, _, _ in _people("en", text)] == ["Rosa Vidal"]


def test_a_titled_name_of_a_state_stands_for_it() -> None:
    assert _people("en", "President Rosa Vidal of Chile arrived on Monday.") == [
        ("Rosa Vidal", "President", "CL")
    ]
    assert _people("nl", "Hij sprak met premier Juan Soto van Peru over handel.") == [
        ("Juan Soto", "premier", "PE")
    ]
    assert _people("nl", "Minister Juan Soto van Buitenlandse Zaken reist af.")[0][2] is None


def test_a_title_opening_with_a_connector_word_keeps_its_state() -> None:
    found = _people("fr", "Le chargé d'affaires chilien Juan Soto a été convoqué lundi.")
    assert found == [("Juan Soto", "chargé d'affaires chilien", "CL")]
