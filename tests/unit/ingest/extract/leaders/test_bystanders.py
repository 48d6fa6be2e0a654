"""A person the text places beside a meeting but outside its sides leads none of them, whatever the
leader model says: a witness ('with the presence of Iraqi Prime Minister X', 'en présence du
ministre X') and one who stays away ('X a refusé de participer', 'X hatte den Termin
verschwitzt'). A head named as present at a summit attends it and stays."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.extract.leaders import leader_candidates
from ingest.extract.leaders.bystanders import bystander, posted_away
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences
from tests.gold import REAL_RULES_PATH, extract_gold, load_gold


def _bystanders(lang: str, text: str) -> dict[str, bool]:
    """Per candidate person: whether any of his pairs is a bystander's."""
    doc = normalise(text, language=lang, published="2022-04-25")
    art, registry, meetings, delegations = rule_findings(split_sentences(doc, language=lang))
    out: dict[str, bool] = {}
    for cand in leader_candidates(art, registry, meetings, delegations):
        out[cand.person.name] = out.get(cand.person.name, False) or bystander(art, cand)
    return out


_WITNESS = [
    ("en", "Iran and Saudi Arabia held talks in Baghdad on Monday {} Iraqi Prime Minister "
           "Ali Hassan Jaber."),
    ("nl", "Iran en Saoedi-Arabië voerden maandag gesprekken in Bagdad {} de Iraakse premier "
           "Ali Hassan Jaber."),
    ("de", "Iran und Saudi-Arabien führten am Montag in Bagdad Gespräche {} des irakischen "
           "Ministerpräsidenten Ali Hassan Jaber."),
    ("fr", "L'Iran et l'Arabie saoudite ont tenu lundi des pourparlers à Bagdad {} du Premier "
           "ministre irakien Ali Hassan Jaber."),
]  # fmt: skip
# per language: the presence phrase, and a phrase that makes him a side ('with')
_PRESENCE = {
    "en": ("with the presence of", "with"), "nl": ("in aanwezigheid van", "met"),
    "de": ("im Beisein", "mit"), "fr": ("en présence", "avec"),
}  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _WITNESS)
def test_a_witness_of_talks_is_a_bystander(lang: str, text: str) -> None:
    assert _bystanders(lang, text.format(_PRESENCE[lang][0])).get("Ali Hassan Jaber") is True


@pytest.mark.parametrize(("lang", "text"), _WITNESS)
def test_a_person_the_talks_are_held_with_is_no_bystander(lang: str, text: str) -> None:
    assert _bystanders(lang, text.format(_PRESENCE[lang][1])).get("Ali Hassan Jaber") is False


_ABSENT = [
    ("en", "Russian President Ivan Petrov {} the talks in Istanbul on Thursday."),
    ("nl", "De Russische president Ivan Petrov {} aan de gesprekken in Istanbul."),
    ("de", "Der russische Präsident Ivan Petrov {} an den Gesprächen in Istanbul."),
    ("fr", "Le président russe Ivan Petrov {} aux négociations d'Istanbul jeudi."),
]  # fmt: skip
# per language: a phrase of staying away, and one of taking part
_AWAY = {
    "en": ("refused to attend", "attended"), "nl": ("weigerde deel te nemen", "nam deel"),
    "de": ("nahm nicht teil", "nahm teil"), "fr": ("a refusé de participer", "a participé"),
}  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _ABSENT)
def test_one_who_stays_away_is_a_bystander(lang: str, text: str) -> None:
    assert _bystanders(lang, text.format(_AWAY[lang][0])).get("Ivan Petrov") is True


@pytest.mark.parametrize(("lang", "text"), _ABSENT)
def test_one_who_takes_part_is_no_bystander(lang: str, text: str) -> None:
    assert _bystanders(lang, text.format(_AWAY[lang][1])).get("Ivan Petrov") is False


_REPRESENTED = [
    ("en", "Russian President Ivan Petrov was represented by his foreign minister at the talks."),
    ("nl", "De Russische president Ivan Petrov liet zich vertegenwoordigen door zijn minister."),
    ("de", "Der russische Präsident Ivan Petrov ließ sich vertreten."),
    ("fr", "Le président russe Ivan Petrov s'est fait représenter par son ministre aux "
           "négociations."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _REPRESENTED)
def test_one_who_has_himself_represented_stays_away(lang: str, text: str) -> None:
    assert _bystanders(lang, text).get("Ivan Petrov") is True


def test_a_head_present_at_a_summit_attends_it() -> None:
    text = ("The Gulf summit began in Riyadh on Tuesday, chaired by Saudi King Salman bin "
            "Abdulaziz, in the presence of the Emir of Kuwait, Sabah Al-Ahmad Al-Jaber "
            "Al-Sabah.")  # fmt: skip
    assert _bystanders("en", text).get("Sabah Al-Ahmad Al-Jaber Al-Sabah") is False


@pytest.mark.parametrize(
    ("article_id", "name"),
    [
        ("real-en17-iran-saudi-round5-baghdad", "Mustafa al-Kadhimi"),
        ("real-en17-iran-saudi-round5-iraq-spokesman", "Mustafa al-Kadhimi"),
        ("real-fr24-delegation-russe-istanbul-negociations-ukraine", "Vladimir Poutine"),
        ("real-de24-steinmeier-abuja-maduekwe-versetzt", "Ojo Maduekwe"),
        ("real-fr26-ma-fr-hassan-ii-paris-1996", "Sidi Mohammed"),
        ("real-fr28-mini-sommet-nairobi-kagame-absent", "Paul Kagame"),
    ],
)
def test_a_bystander_of_a_gold_article_leads_nothing(article_id: str, name: str) -> None:
    (article,) = [a for a in load_gold(REAL_RULES_PATH) if a["id"] == article_id]
    assert name not in {d.leader for d in extract_gold(article).facts.delegations}


_MEDIATOR = [
    ("en", "Iran and the United States held talks in Muscat on Saturday. Omani Foreign Minister "
           "Salim Qaboosi is mediating the talks."),
    ("nl", "Congo en Rwanda voerden woensdag gesprekken in Luanda onder leiding van hun ministers, "
           "voorgesteld door de Angolese president Salim Qaboosi die bemiddelt."),
    ("de", "Israel und die Hamas verhandelten am Montag in Doha. Katars Ministerpräsident Salim "
           "Qaboosi vermittelt zwischen beiden Seiten."),
    ("fr", "L'Iran et les États-Unis ont tenu samedi des pourparlers à Mascate. Le ministre "
           "omanais des Affaires étrangères Salim Qaboosi assure la médiation."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _MEDIATOR)
def test_a_mediator_is_a_bystander(lang: str, text: str) -> None:
    assert _bystanders(lang, text).get("Salim Qaboosi") is True


_LETTER = [
    ("en", "Guyanese President Ravi Sital met his Venezuelan counterpart Pedro Lugo in Kingstown "
           "on Thursday. Sital had set out his view in a letter to Prime Minister Karel Dijkstra "
           "of Aruba."),
    ("nl", "De Guyanese president Ravi Sital ontmoette donderdag zijn Venezolaanse ambtgenoot "
           "Pedro Lugo in Kingstown. Sital deed zijn uitspraak in een brief aan de Jamaicaanse "
           "premier Karel Dijkstra."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _LETTER)
def test_a_letters_addressee_of_no_party_is_a_bystander(lang: str, text: str) -> None:
    found = _bystanders(lang, text)
    assert found.get("Karel Dijkstra") is True
    assert not found.get("Ravi Sital")  # the rules lead him, or the model keeps him


def test_one_who_stays_away_from_the_summit_after_the_verb_is_a_bystander() -> None:
    text = (
        "Die EU und die Afrikanische Union trafen sich am Samstag in Lissabon zu einem Gipfel. "
        "Wegen des Streits blieb der britische Premierminister Ivan Petrov dem Gipfel fern."
    )
    assert _bystanders("de", text).get("Ivan Petrov") is True


_LISTED_ABSENT = [
    ("en", "Some 30 heads of state gathered in Addis Ababa for the summit, one prominent absentee "
           "being Ivorian President Ivan Petrov."),
    ("nl", "Dertig staatshoofden kwamen in Addis Abeba bijeen voor de top. De Ivoriaanse president "
           "Ivan Petrov laat verstek gaan."),
    ("de", "Dreißig Staatschefs kamen in Addis Abeba zum Gipfel zusammen. Es fehlte der "
           "ivorische Präsident Ivan Petrov."),
    ("fr", "Le sommet s'est ouvert jeudi à Cannes. Les présidents sud-africain Jan Smit et "
           "kényan Paul Omondi sont absents, de même que le président ivoirien Ivan Petrov."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _LISTED_ABSENT)
def test_one_the_summit_report_lists_as_absent_is_a_bystander(lang: str, text: str) -> None:
    assert _bystanders(lang, text).get("Ivan Petrov") is True


def test_an_absentee_named_in_an_earlier_clause_keeps_no_one_away() -> None:
    text = ("Ivorian President Paul Omondi was the only absentee. Ghanaian President Ivan Petrov "
            "held talks with Kenyan President Jan Smit in Addis Ababa.")  # fmt: skip
    assert not _bystanders("en", text).get("Ivan Petrov")


def _posted_away(lang: str, text: str) -> dict[str, bool]:
    """Per candidate person: whether any of his pairs is an envoy posted to no party's state."""
    doc = normalise(text, language=lang, published="2022-04-25")
    art, registry, meetings, delegations = rule_findings(split_sentences(doc, language=lang))
    parties = {p for m in meetings for p in m.parties}
    out: dict[str, bool] = {}
    for cand in leader_candidates(art, registry, meetings, delegations):
        out[cand.person.name] = out.get(cand.person.name, False) or posted_away(art, cand, parties)
    return out


_POSTED = [
    ("en", "The United Arab Emirates summoned the Dutch ambassador Lody Maas in Abu Dhabi on "
           "Monday over remarks of the Dutch ambassador Pieter Kramer in Jordan."),
    ("nl", "De Verenigde Arabische Emiraten hebben maandag de Nederlandse ambassadeur Lody Maas in "
           "Abu Dhabi ontboden, om opmerkingen van de Nederlandse ambassadeur Pieter Kramer in "
           "Jordanië."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _POSTED)
def test_an_envoy_posted_to_a_state_of_no_meeting_heads_no_side(lang: str, text: str) -> None:
    found = _posted_away(lang, text)
    assert found.get("Pieter Kramer") is True
    assert not found.get("Lody Maas")  # the summoned envoy: led by the rules or kept
