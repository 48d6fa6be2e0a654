"""Runs of spaces, tabs and no-break spaces become one space and every line is stripped, each
line on its own: the line breaks stay where they were."""

from __future__ import annotations

from ingest.text.normalise import clean_text


def test_spaces_collapse_within_lines_and_lines_are_stripped() -> None:
    raw = " \t\u00a0De  premier\u2009sprak \nmet\t\tde\u202fminister.  \n\n  Daarna vertrok hij.\t"
    assert clean_text(raw) == "De premier sprak\nmet de minister.\n\nDaarna vertrok hij."


def test_each_kind_of_space_run_alone_collapses() -> None:
    """A text whose only run is one kind of space still has it collapsed: the scan is skipped
    only for a text holding none of them."""
    for run in ("  ", "\t", " \t", "\u00a0", " \u00a0", "\u2009", "\u202f", " \u202f"):
        assert clean_text(f"De premier{run}sprak.") == "De premier sprak."
    assert clean_text("De premier sprak.") == "De premier sprak."


def test_emphasis_marks_go_and_a_text_without_them_stays() -> None:
    assert clean_text("De **premier** sprak met `X`.") == "De premier sprak met X."
    plain = "De premier sprak.\nMet de minister.\n\nDaarna vertrok hij."
    assert clean_text(plain) == plain
