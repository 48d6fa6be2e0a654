"""Leading phrases in their plural and joint forms: the French masculine and plural participles
('présidé par', 'conduits par'), a joint chair ('sous la coprésidence de'), sides led 'respectively
by' ('The two delegations were led respectively by X ... and by Y'), and the one-word
'Viceminister' some English reports write before a head's name."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_OPENING = {
    "en": "Kenya and Ghana held talks in Nairobi on Monday. ",
    "fr": "Le Kenya et le Ghana ont tenu des pourparlers lundi à Nairobi. ",
}


def _leaders(lang: str, sentence: str) -> list[tuple[str, str]]:
    text = _OPENING[lang] + sentence
    facts = extract_article(text, language=lang, published="2024-03-04").facts
    return [(d.country, d.leader) for d in facts.delegations]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le camp ghanéen, présidé par l'ambassadeur Kofi Mensah, a été reçu."),
        (
            "fr",
            "Les membres de l'équipe ghanéenne, conduits par l'ambassadeur Kofi Mensah, sont "
            "arrivés.",
        ),
        (
            "en",
            "The two delegations were led respectively by Ambassador Kofi Mensah of Ghana and "
            "by Ambassador Wanjiru Kamau of Kenya.",
        ),
        ("en", "The Ghanaian delegation was headed by Viceminister Kofi Mensah."),
    ],
)
def test_a_plural_or_joint_leading_phrase_names_the_head(lang: str, sentence: str) -> None:
    assert ("GH", "Kofi Mensah") in _leaders(lang, sentence)
