"""Verbs only two sides do together meet them: 'overlegden', 'unterhielten sich', 'sprachen ...
miteinander', 'negotiated', 'se sont téléphoné'."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_SUBJECTS = {
    "de": "Der kenianische Präsident Kamau und der ghanaische Präsident Mensah",
    "nl": "De Keniaanse president Kamau en de Ghanese president Mensah",
    "en": "Kenyan President Kamau and Ghanaian President Mensah",
    "fr": "Le président kényan Kamau et le président ghanéen Mensah",
}


@pytest.mark.parametrize(
    ("lang", "verb"),
    [
        ("de", "sprachen am Montag in Nairobi miteinander."),
        ("de", "unterhielten sich am Montag in Nairobi."),
        ("de", "tauschten sich am Montag in Nairobi aus."),
        ("nl", "kwamen maandag in Nairobi bijeen."),
        ("nl", "overlegden maandag in Nairobi."),
        ("nl", "onderhandelden maandag in Nairobi."),
        ("en", "conferred in Nairobi on Monday."),
        ("en", "negotiated in Nairobi on Monday."),
        ("fr", "ont négocié lundi à Nairobi."),
        ("fr", "se sont vus lundi à Nairobi."),
        ("fr", "se sont téléphoné lundi."),
    ],
)
def test_a_verb_of_two_sides_meets_them(lang: str, verb: str) -> None:
    facts = extract_article(f"{_SUBJECTS[lang]} {verb}", language=lang, published="2024-03-04")
    assert [sorted(m.parties) for m in facts.facts.meetings] == [["GH", "KE"]]
