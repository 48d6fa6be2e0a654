"""A place that opens a person's name is his first name, not a place: 'Riad' (Riyadh in Dutch)
in 'Minister Riad Nurmohamed' names no Saudi side."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def test_a_first_name_that_is_a_capital_names_no_state() -> None:
    text = "Minister Riad Nurmohamed van Openbare Werken reisde mee naar Georgetown."
    facts = extract_article(
        text, language="nl", published="2020-10-01", url="https://www.example.sr/nieuws/1"
    ).facts
    assert "Riad Nurmohamed" in {o.name for o in facts.officials}
    assert [(m.city, m.parties) for m in facts.meetings] == [("Georgetown", ["GY", "SR"])]
