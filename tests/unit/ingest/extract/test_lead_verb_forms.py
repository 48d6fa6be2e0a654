"""Leading verbs in their future, modal, progressive and plural forms ('will head', 'is to lead',
'werde die Delegation leiten', 'zal de delegatie leiden', 'dirigera'), with the rest of a title
between the name and the verb ('X, Secretary at the Ministry of Foreign Affairs, is to lead');
leading phrases in their plural and joint forms ('présidé par', 'conduits par', 'led
respectively by') and the one-word 'Viceminister';
the indefinite and genitive forms of the front and passive phrases ('an der Spitze einer',
'unter Leitung des'); and a head of delegation named in the title read with the name ('Deputy
Foreign Minister and head of the Georgian delegation X', 'le chef de la délégation guinéenne,
X')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_OPENING = {
    "en": "Kenya and Ghana held talks in Nairobi on Monday. ",
    "fr": "Le Kenya et le Ghana ont tenu des pourparlers lundi à Nairobi. ",
    "nl": "Kenia en Ghana voerden maandag in Nairobi overleg. ",
    "de": "Kenia und Ghana führten am Montag in Nairobi Gespräche. ",
}


def _leaders(lang: str, sentence: str) -> list[tuple[str, str]]:
    text = _OPENING[lang] + sentence
    facts = extract_article(text, language=lang, published="2024-03-04").facts
    return [(d.country, d.leader) for d in facts.delegations]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Ambassador Kofi Mensah will head the Ghanaian team."),
        ("en", "Ambassador Kofi Mensah is to lead the Ghanaian delegation."),
        ("en", "Ambassador Kofi Mensah, a career diplomat, is to lead the Ghanaian delegation."),
        (
            "en",
            "Kofi Mensah, Secretary at the Ministry of Foreign Affairs, is to lead the "
            "Ghanaian delegation.",
        ),
        ("en", "Ambassador Kofi Mensah is heading the Ghanaian delegation."),
        ("nl", "Ambassadeur Kofi Mensah zal de Ghanese delegatie leiden."),
        ("de", "Botschafter Kofi Mensah werde die ghanaische Delegation leiten, hieß es."),
        ("de", "Botschafter Kofi Mensah soll die ghanaische Delegation anführen."),
        (
            "de",
            "Es hieß, dass Botschafter Kofi Mensah an der Spitze einer ghanaischen Delegation "
            "nach Nairobi reiste.",
        ),
        (
            "de",
            "Eine ghanaische Delegation unter Leitung des Botschafters Kofi Mensah traf ein.",
        ),
        ("fr", "L'ambassadeur Kofi Mensah va conduire la délégation ghanéenne."),
        ("fr", "L'ambassadeur Kofi Mensah doit conduire la délégation ghanéenne."),
    ],
)
def test_a_leading_verb_in_any_form_names_the_head(lang: str, sentence: str) -> None:
    assert ("GH", "Kofi Mensah") in _leaders(lang, sentence)


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


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "As Kofi Mensah, Deputy Foreign Minister and head of the Ghanaian delegation "
            "told journalists, the next round will be tough.",
        ),
        (
            "fr",
            "La séance s'est ouverte en présence du ministre kényan et du chef de la "
            "délégation ghanéenne, Kofi Mensah.",
        ),
    ],
)
def test_a_head_of_delegation_in_the_title_leads_its_side(lang: str, sentence: str) -> None:
    assert ("GH", "Kofi Mensah") in _leaders(lang, sentence)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the rest of a title is lower case: a capitalised aside is another clause's subject
        ("en", "Kofi Mensah, Secretary, said Nairobi is to lead the Ghanaian delegation."),
        # a future form with no delegation noun after it leads nothing
        ("en", "Ambassador Kofi Mensah will head home on Tuesday after the talks."),
    ],
)
def test_no_head_without_a_delegation_right_after(lang: str, sentence: str) -> None:
    assert ("GH", "Kofi Mensah") not in _leaders(lang, sentence)
