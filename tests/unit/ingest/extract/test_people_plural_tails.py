"""A plural title reaches the list of names it holds past the words between: the states it is
of, the body it serves, 'respectifs', a relative clause, or an inclusion phrase."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _officials(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = extract_article(text, language=lang, published="2020-01-01").facts
    return [(o.name, o.title, o.country) for o in facts.officials]


def test_states_after_a_plural_title_go_to_its_names_in_order() -> None:
    text = "Gestern kamen die Außenminister Chiles und Perus, Ana Rojas und Luis Vega, in Lima an."
    found = _officials("de", text)
    assert [(name, country) for name, _, country in found] == [
        ("Ana Rojas", "CL"),
        ("Luis Vega", "PE"),
    ]


def test_a_body_after_a_plural_title_is_part_of_it() -> None:
    text = "Auch die Staatssekretärinnen im Finanzministerium Anna Berg und Clara Dahl reisen mit."
    assert [name for name, _, _ in _officials("de", text)] == ["Anna Berg", "Clara Dahl"]


def test_a_relative_clause_and_a_trailing_word_are_skipped() -> None:
    text = "De twee oud-ambassadeurs die de reis leiden, Jan Smit en Piet Vos, zwegen."
    assert _officials("nl", text) == [
        ("Jan Smit", "oud-ambassadeur", None),
        ("Piet Vos", "oud-ambassadeur", None),
    ]
    text = "Les chefs d'Etat respectifs, Paul Martin et Jean Roux, se sont parlé."
    assert [name for name, _, _ in _officials("fr", text)] == ["Paul Martin", "Jean Roux"]


def test_an_inclusion_phrase_opens_the_list() -> None:
    text = "The president took several ministers along, including Anna Berg and Carl Dahl."
    assert _officials("en", text) == [
        ("Anna Berg", "minister", None),
        ("Carl Dahl", "minister", None),
    ]
    text = "Hij nam drie ministers mee, onder wie Anna Berg en Carl Dahl."
    assert [name for name, _, _ in _officials("nl", text)] == ["Anna Berg", "Carl Dahl"]


def test_a_lone_name_after_the_tail_is_not_read() -> None:
    text = "Les ministres respectifs, Paul Martin a dit, ne viendront pas."
    assert _officials("fr", text) == []
