"""A visit is a meeting of the visitor's state and the host's: states named around it (later
stops of the tour) are no parties once the visitor's delegation is known."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def test_a_visit_keeps_the_host_and_the_visitor() -> None:
    text = (
        "Indian President Ram Nath Kovind arrived in Cotonou on Sunday for a state visit to "
        "Benin, the first leg of a tour that takes him to Gambia and Guinea."
    )
    facts = extract_article(text, language="en", published="2019-07-28").facts
    assert [(m.kind, m.city, m.parties) for m in facts.meetings] == [
        ("visit", "Cotonou", ["BJ", "IN"])
    ]
