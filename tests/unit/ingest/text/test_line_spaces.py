"""Runs of spaces, tabs and no-break spaces become one space and every line is stripped, each
line on its own: the line breaks stay where they were."""

from __future__ import annotations

from ingest.text.normalise import clean_text


def test_spaces_collapse_within_lines_and_lines_are_stripped() -> None:
    raw = " \t\u00a0De  premier\u2009sprak \nmet\t\tde\u202fminister.  \n\n  Daarna vertrok hij.\t"
    assert clean_text(raw) == "De premier sprak\nmet de minister.\n\nDaarna vertrok hij."
