"""The head of a side named after the person: an apposition with its determiner ('X, the head
of the Ghanaian delegation') in every language, and a Dutch or German relative clause that its
leading verb closes ('X, die de Ghanese delegatie leidde')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_OPENING = {
    "en": "Kenya and Ghana held talks in Nairobi on Monday. Ambassador Kofi Mensah",
    "fr": "Le Kenya et le Ghana ont tenu des pourparlers lundi à Nairobi. "
    "L'ambassadeur Kofi Mensah",
    "nl": "Kenia en Ghana voerden maandag in Nairobi overleg. Ambassadeur Kofi Mensah",
    "de": "Kenia und Ghana führten am Montag in Nairobi Gespräche. Botschafter Kofi Mensah",
}
_CLOSING = {
    "en": " said the talks went well.",
    "fr": " a salué les discussions.",
    "nl": " was tevreden.",
    "de": " zeigte sich zufrieden.",
}


def _leaders(lang: str, aside: str) -> list[tuple[str, str]]:
    text = _OPENING[lang] + aside + _CLOSING[lang]
    facts = extract_article(text, language=lang, published="2024-03-04").facts
    return [(d.country, d.leader) for d in facts.delegations]


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        ("en", ", the head of the Ghanaian delegation,"),
        ("en", ", the chief of the Ghanaian delegation,"),
        ("fr", ", le chef de la délégation ghanéenne,"),
        ("nl", ", het hoofd van de Ghanese delegatie,"),
        ("nl", ", de leider van de Ghanese delegatie,"),
        ("de", ", der Chef der ghanaischen Delegation,"),
        ("de", ", der Leiter der ghanaischen Delegation,"),
        ("nl", ", die de Ghanese delegatie leidde,"),
        ("nl", ", die de Ghanese delegatie aanvoerde,"),
        ("de", ", der die ghanaische Delegation leitete,"),
        ("de", ", der die ghanaische Delegation anführte,"),
        ("en", ", who was at the head of the Ghanaian delegation,"),
        ("fr", ", qui était à la tête de la délégation ghanéenne,"),
        ("nl", ", die aan het hoofd stond van de Ghanese delegatie,"),
        ("de", ", der an der Spitze der ghanaischen Delegation stand,"),
    ],
)
def test_the_head_named_before_the_office_leads_its_side(lang: str, aside: str) -> None:
    assert _leaders(lang, aside) == [("GH", "Kofi Mensah")]


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        ("nl", ", die de Ghanese gesprekken leidde,"),  # talks, no delegation
        ("de", ", der die ghanaische Delegation leitete und lobte,"),  # the verb closes nothing
        ("nl", ", die de Ghanese delegatie zag,"),  # no leading verb
    ],
)
def test_a_clause_that_names_no_led_delegation_leads_nothing(lang: str, aside: str) -> None:
    assert _leaders(lang, aside) == []
