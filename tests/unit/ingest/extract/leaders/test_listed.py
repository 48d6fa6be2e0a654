"""A head listed with people of two other states or more, two of those states already led,
heads his own state's side (the roster of a summit: 'l'on note la présence des présidents Joao
Lourenço (Angola), ...'); a list with one leader only, or one naming the absent, adds no side."""

from __future__ import annotations

import pytest

import ingest.extract.article as article
from ingest.extract.pipeline import extract_article

ROSTER = (
    "Le 23ème sommet ordinaire des chefs d'Etat de la Communauté économique des Etats de "
    "l'Afrique centrale (CEEAC) a démarré samedi à Libreville en présence de 8 chefs d'Etats "
    "sur un total de 11 pays membres.\nOutre, Ali Bongo Ondimba, le chef de l'Etat du pays "
    "hôte, l'on note la présence des présidents Joao Lourenço (Angola), Faustin Archanges "
    "Touadera (Centrafrique), Théorodoro Obiang Nguéma (Guinée Equatoriale), Félix Tshisekedi "
    "(RD Congo) et Mahamat Idriss Déby Itno (Tchad), Carlos Villa Nova (Sao Tome) et Denis "
    "Sassou Nguesso (Congo Brazzaville).\nLe Burundi, Rwanda et le Cameroun sont représentés "
    "par un ministre. L'ONU a dépêche son représentant auprès de l'Union africaine, le "
    "gabonais Parfait Onanga Anyanga alors que Moussa Faki Mahamat, Président de la "
    "Commission de l'Union africaine a personnellement représenté son institution.\nLes "
    "questions de sécurité et d'intégration régionale dominent le sommet qui prend fin en fin "
    "d'après midi."
)
DINNER = (
    "Premier Rutte ontvangt vanavond zes regeringsleiders van NAVO-landen op het Catshuis voor "
    "een diner. Naast minister-president Rutte zijn dit president Iohannis van Roemenië, "
    "president Duda van Polen en minister-president Rama van Albanië."
)
ABSENT = (
    "Leaders of the region met in Colombo on Saturday for the summit. Absent were President Joao "
    "Lourenço of Angola, President Faustin Touadera of the Central African Republic and "
    "President Félix Tshisekedi of Congo, while Sri Lankan President Mahinda Rajapaksa opened "
    "the summit."
)


def _sides(text: str, lang: str, published: str) -> set[str]:
    facts = extract_article(text, language=lang, published=published).facts
    return {d.country for d in facts.delegations}


def test_the_roster_of_a_summit_leads_its_states() -> None:
    assert _sides(ROSTER, "fr", "2023-07-01") == {"GA", "CG", "AO", "CF", "GQ", "CD", "TD"}


def test_without_the_rule_the_model_leads_the_host_and_one_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(article, "listed_head_sides", lambda *args: [])
    assert _sides(ROSTER, "fr", "2023-07-01") == {"GA", "CG"}


def test_a_list_with_one_leader_adds_no_side() -> None:
    assert _sides(DINNER, "nl", "2023-06-01") == {"NL"}


def test_heads_listed_as_absent_lead_nothing() -> None:
    assert _sides(ABSENT, "en", "2008-08-01") == {"LK"}
