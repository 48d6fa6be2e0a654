"""Names the press gives with their forms: after a patronymic or a capitalised name article, a
capitalised word is a word of the name even where it is an ordinary word ('Qaboos bin Said',
'Haitham bin Tariq Al Said'); 'The Honourable' is an honorific, not part of the name."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sultan Qaboos bin Said received King Abdullah II in Muscat.", "Qaboos bin Said"),
        ("Sultan Haitham bin Tariq Al Said received them.", "Haitham bin Tariq Al Said"),
    ],
)
def test_an_ordinary_word_after_a_patronymic_stays_in_the_name(text: str, name: str) -> None:
    facts = extract_article(text, language="en", published="2014-03-01").facts
    assert facts.officials[0].name == name


def test_a_lower_case_word_after_a_name_article_ends_the_name() -> None:
    text = "Crown Prince Mohammed bin Salman said the talks went well."
    facts = extract_article(text, language="en", published="2014-03-01").facts
    assert [o.name for o in facts.officials] == ["Mohammed bin Salman"]


def test_honourable_is_an_honorific_not_a_name() -> None:
    text = "The Honourable Edwin Batshu, Minister of Defence, met Zambian Minister Edgar Lungu."
    facts = extract_article(text, language="en", published="2014-03-01").facts
    assert [o.name for o in facts.officials] == ["Edwin Batshu", "Edgar Lungu"]
