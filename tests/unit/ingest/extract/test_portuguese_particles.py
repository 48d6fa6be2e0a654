"""Portuguese name particles ('dos', 'das') stay inside a name: 'José Eduardo dos Santos' is one
person, and no bare 'Santos' whom the officeholder file would make another state's president."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Angolan President Jose Eduardo dos Santos received French President Francois "
               "Hollande in Luanda."),
        ("nl", "De Angolese president Jose Eduardo dos Santos ontving de Franse president "
               "Francois Hollande in Luanda."),
        ("de", "Der angolanische Präsident Jose Eduardo dos Santos empfing den französischen "
               "Präsidenten Francois Hollande in Luanda."),
        ("fr", "Le président angolais Jose Eduardo dos Santos a reçu le président français "
               "Francois Hollande à Luanda."),
    ],
)  # fmt: skip
def test_dos_stays_inside_the_name(lang: str, text: str) -> None:
    facts = extract_article(text, language=lang, published="2015-07-03").facts
    assert "Jose Eduardo dos Santos" in {o.name for o in facts.officials}
    assert {d.country for d in facts.delegations} <= {"AO", "FR"}
    assert all(set(m.parties) <= {"AO", "FR"} for m in facts.meetings)


def test_das_stays_inside_the_name() -> None:
    text = "Foreign Minister Maria das Neves met her Portuguese counterpart in Lisbon."
    facts = extract_article(text, language="en", published="2015-07-03").facts
    assert "Maria das Neves" in {o.name for o in facts.officials}
