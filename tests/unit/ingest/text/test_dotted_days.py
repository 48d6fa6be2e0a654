"""German writes a day as an ordinal with a full stop ('am 3. März'): that stop ends no sentence,
so the day stays with its month and the meeting is dated to the day."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.models import Document
from ingest.text.sentences import split_sentences


def _texts(text: str, language: str) -> list[str]:
    return [s.text for s in split_sentences(Document(text=text), language=language).sentences]


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN, 3. März (dpa) - Merz empfing Tusk.",
        "Merz hat am 3. März Tusk empfangen.",
        "Vom 18. Mai bis zum 22. Mai 1973 war Breschnew in Bonn.",
        "Am 1. Januar übernahm Polen den Vorsitz.",
    ],
)
def test_a_day_before_its_month_ends_no_german_sentence(text: str) -> None:
    assert _texts(text, "de") == [text]


def test_other_german_ordinals_and_numbers_still_end_a_sentence() -> None:
    # Only a day (1-31) before a month name is read as a date.
    assert _texts("Sie kamen um 40. Dann ging es los.", "de") == [
        "Sie kamen um 40.",
        "Dann ging es los.",
    ]
    assert _texts("Es waren 45. März begann dann.", "de") == ["Es waren 45.", "März begann dann."]


def test_languages_without_dotted_days_split_as_before() -> None:
    assert _texts("They met on 3. March came later.", "en") == [
        "They met on 3.",
        "March came later.",
    ]


def test_a_german_meeting_is_dated_to_the_day_its_text_gives() -> None:
    text = (
        "Bundeskanzler Friedrich Merz hat am 3. März in Berlin den polnischen "
        "Ministerpräsidenten Donald Tusk empfangen."
    )
    result = extract_article(text, language="de", published="2025-03-04")
    assert [(m.city, m.parties, m.date) for m in result.facts.meetings] == [
        ("Berlin", ["DE", "PL"], "2025-03-03")
    ]
