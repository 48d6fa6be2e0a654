"""A visit announced under a dateline of the visitor's own state is not held at the dateline
city: the dateline names the state the visitor sets out from, a party, not the place."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("en", "NEW DELHI (Reuters) - Prime Minister Narendra Modi will visit Japan next week, "
               "the foreign ministry said.", {"IN", "JP"}),
        ("en", "BEIJING, March 3 (Xinhua) -- Chinese Foreign Minister Wang Yi will pay an "
               "official visit to Egypt from March 5 to 7.", {"CN", "EG"}),
        ("de", "BERLIN (dpa) - Bundeskanzler Olaf Scholz reist am Montag nach Indien.",
         {"DE", "IN"}),
        ("fr", "PARIS (AFP) - Le président Emmanuel Macron se rendra au Maroc la semaine "
               "prochaine.", {"FR", "MA"}),
    ],
)  # fmt: skip
def test_the_dateline_is_where_the_visitor_sets_out_from(
    lang: str, text: str, parties: set[str]
) -> None:
    facts = extract_article(text, language=lang, published="2019-07-10").facts
    assert [(set(m.parties), m.city) for m in facts.meetings] == [(parties, None)]


def test_a_dateline_in_the_visited_state_still_places_the_visit() -> None:
    text = (
        "WASHINGTON (Reuters) - French President Emmanuel Macron began a state visit to the "
        "United States on Monday."
    )
    facts = extract_article(text, language="en", published="2018-04-23").facts
    assert [(set(m.parties), m.city) for m in facts.meetings] == [({"FR", "US"}, "Washington")]
