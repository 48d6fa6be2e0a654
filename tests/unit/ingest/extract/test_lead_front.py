"""Leading phrases put before the delegation they lead ('At the head of the Kenyan delegation is
X', 'Heading the Kenyan delegation is X'): the person after the noun heads that state's side."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_TALKS = "Talks between Kenya and Ghana opened in Accra on Monday. "


@pytest.mark.parametrize("opening", ["At the head of the", "Heading the", "Leading the"])
def test_a_fronted_leading_phrase_names_the_head(opening: str) -> None:
    text = _TALKS + f"{opening} Kenyan delegation is Deputy Foreign Minister Wanjiru Kamau."
    facts = extract_article(text, language="en", published="2024-03-04").facts
    assert [(d.country, d.leader) for d in facts.delegations] == [("KE", "Wanjiru Kamau")]
