"""'Home' opens a portfolio title as 'Foreign' and 'Interior' do: 'Nepalese Home Secretary X' is
a Home Secretary of Nepal, not a 'Secretary' of no state."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def test_a_home_secretary_keeps_his_title_and_state() -> None:
    text = (
        "Nepalese Home Secretary Navin Kumar Ghimire met Indian Home Secretary R.K. Singh in "
        "Kathmandu."
    )
    facts = extract_article(text, language="en", published="2013-02-01").facts
    officials = {o.name: (o.title, o.country) for o in facts.officials}
    assert officials["Navin Kumar Ghimire"] == ("Home Secretary", "NP")
    assert officials["R.K. Singh"] == ("Home Secretary", "IN")
    assert {(d.country, d.leader) for d in facts.delegations} == {
        ("NP", "Navin Kumar Ghimire"),
        ("IN", "R.K. Singh"),
    }
