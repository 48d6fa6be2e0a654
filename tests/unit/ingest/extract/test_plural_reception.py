"""A host received with a spouse, or two hosts together, take the plural of the reception verb
('X et son épouse ont reçu Y'): the meeting and both sides hold as with the singular."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président kényan Kamau et son épouse ont reçu le président ghanéen Osei à Nairobi.",
        ),
        ("nl", "De Keniaanse president Kamau en zijn vrouw ontvingen de Ghanese president Osei."),
        (
            "de",
            "Kenias Präsident Kamau und seine Frau empfingen den ghanaischen Präsidenten Osei.",
        ),
    ],
)
def test_a_host_and_a_spouse_receiving_a_guest_meet_him(lang: str, text: str) -> None:
    facts = extract_article(text, language=lang, published="2024-03-04").facts
    assert [sorted(m.parties) for m in facts.meetings] == [["GH", "KE"]]
    assert sorted((d.country, d.leader) for d in facts.delegations) == [
        ("GH", "Osei"),
        ("KE", "Kamau"),
    ]
