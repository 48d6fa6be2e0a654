"""A backtick typed for an apostrophe is kept: only backticks that open or close a code span
are marks."""

from __future__ import annotations

import pytest

from ingest.text.normalise import markdown_to_text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("convoqué l`ambassadeur d`Iran à Paris", "convoqué l`ambassadeur d`Iran à Paris"),
        ("la Côte d`Ivoire et l`Italie", "la Côte d`Ivoire et l`Italie"),
        ("the minister`s `code` here", "the minister`s code here"),
        ("`code d`Iran` end", "code d`Iran end"),
    ],
)
def test_a_backtick_between_letters_is_an_apostrophe(raw: str, text: str) -> None:
    assert markdown_to_text(raw) == text
