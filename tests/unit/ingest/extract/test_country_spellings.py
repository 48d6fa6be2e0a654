"""Older and hyphenated spellings of a state's name are that state ('Sowjet-Union')."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def test_the_hyphenated_soviet_union_is_a_party() -> None:
    text = (
        "Bundespräsident Walter Scheel reist im November zu einem Staatsbesuch in die Sowjet-Union."
    )
    facts = extract_article(text, language="de", published="1975-06-10").facts
    assert [(m.kind, sorted(m.parties)) for m in facts.meetings] == [("visit", ["DE", "SU"])]
    assert "Sowjet-Union" not in {o.name for o in facts.officials}
