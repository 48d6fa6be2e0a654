"""An elided particle fused to a capitalised word ("d'Estaing", also with a curly apostrophe)
ends a name in every language, titled or bare."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_CURLY = "\u2019"
_NAME = f"Valéry Giscard d{_CURLY}Estaing"


def _people(text: str, lang: str) -> set[str]:
    result = extract_article(text, language=lang, published="1975-11-07")
    return {o.name for o in result.facts.officials} | {
        d.leader for d in result.facts.delegations if d.leader
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"President {_NAME} met President Habib Bourguiba in Tunis."),
        ("de", "Präsident Valéry Giscard d'Estaing traf Präsident Habib Bourguiba in Tunis."),
        ("nl", f"President {_NAME} ontmoette president Habib Bourguiba in Tunis."),
        ("fr", f"En 1975, {_NAME} visitait la Tunisie.\n\nLe 6 novembre 1975, "
         f"l{_CURLY}ancien président français, {_NAME}, était à Tunis."),
    ],
)  # fmt: skip
def test_the_elided_particle_stays_on_the_name(lang: str, text: str) -> None:
    people = _people(text, lang)
    assert any(name.endswith("Estaing") for name in people)
    assert "Valéry Giscard" not in people


def test_an_elided_particle_before_a_states_first_word_is_no_surname() -> None:
    text = "Le roi Salman d'Arabie saoudite a appelé son homologue, le roi Mohammed VI."
    people = _people(text, "fr")
    assert "Salman" in people
    assert not any("Arabie" in name for name in people)
