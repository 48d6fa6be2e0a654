"""An English 'conversation' is talks; it is a call only where the text says so ('phone
conversation', 'a conversation over the phone')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _kinds(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article(text, language="en", published="1985-11-19").facts
    return [(m.kind, m.city) for m in facts.meetings]


def test_a_conversation_is_talks() -> None:
    text = "The American and Soviet leaders had a long conversation in Geneva on Tuesday."
    assert _kinds(text) == [("talks", "Geneva")]


@pytest.mark.parametrize(
    "text",
    [
        "The American and Soviet leaders had a long conversation over the phone on Tuesday.",
        "The American and Soviet leaders held a telephone conversation on Tuesday.",
    ],
)
def test_a_conversation_by_phone_is_a_call(text: str) -> None:
    assert _kinds(text) == [("call", None)]
