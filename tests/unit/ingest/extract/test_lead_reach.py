"""Leading ties the rules read past what stands between the phrase and its head: an honorific
or a portfolio before the title ('led by Honourable Ms X'), a determiner after stacked titles
('menée par le ministre de la Défense, le général X'), a second clause that leaves the verb out
('the Uzbek one by Y'), two teams led by two heads, an adverb before 'chef de délégation', the
guest a counterpart receives, a traveller named by his full name once titled, and the talks
led by two heads."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences
from tests.unit.ingest.extract.leaders_reader import leaders_of


@pytest.mark.parametrize(
    ("lang", "text", "leaders"),
    [
        ("en", "The Chilean delegation was led by Honourable Ms Ana Torres, Minister of Mining, "
         "at the talks in Lima.", {("CL", "Ana Torres")}),
        ("en", "The Peruvian delegation headed by Water Resource Minister Luis Quispe met the "
         "Chilean side in Lima.", {("PE", "Luis Quispe")}),
        ("fr", "La délégation malienne, menée par le ministre de la Défense, le général Oumar "
         "Traoré, est arrivée à Dakar.", {("ML", "Oumar Traoré")}),
        ("en", "The Kazakh delegation was led by Foreign Minister Aibek Nurlanov, the Uzbek one "
         "by Deputy Minister Rustam Karimov.",
         {("KZ", "Aibek Nurlanov"), ("UZ", "Rustam Karimov")}),
        ("en", "The two teams, led by Ghanaian Foreign Minister Kwame Mensah and Togolese "
         "Ambassador Koffi Agbo, met in Accra.", {("GH", "Kwame Mensah"), ("TG", "Koffi Agbo")}),
        ("fr", "Le ministre des Affaires étrangères du Gabon, Paul Ndong, par ailleurs chef de "
         "délégation, a salué les travaux à Malabo.", {("GA", "Paul Ndong")}),
        ("fr", "Le ministre chilien des Affaires étrangères Pedro Soto a été reçu par son "
         "homologue, Jorge Ramos, à Lima.", {("CL", "Pedro Soto")}),
        ("fr", "Le chef de l'État sénégalais Moussa Diallo a salué la coopération. Moussa "
         "Diallo entame ce jeudi une visite d'État en Chine.", {("SN", "Moussa Diallo")}),
        ("en", "The talks were led by Kenyan Foreign Secretary John Mwangi and Ugandan Deputy "
         "Minister Sarah Okello.", {("KE", "John Mwangi"), ("UG", "Sarah Okello")}),
    ],
)  # fmt: skip
def test_the_head_past_what_stands_between_leads(
    lang: str, text: str, leaders: set[tuple[str, str]]
) -> None:
    assert leaders <= leaders_of(text, lang, "2024-05-02")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a clause between the phrase and the titled person: he is not reached
        ("en", "The Chilean delegation was led by Torres and met with Minister Luis Quispe in "
         "Lima.", "Luis Quispe"),
        # the second clause names no state: its person heads nothing
        ("en", "The Kazakh delegation was led by Foreign Minister Aibek Nurlanov, the talks by "
         "Deputy Minister Rustam Karimov.", "Rustam Karimov"),
    ],
)  # fmt: skip
def test_no_leading_phrase_reaches_past_a_clause(lang: str, text: str, name: str) -> None:
    doc = normalise(text, language=lang, published="2024-05-02")
    _, registry, _, rules = rule_findings(split_sentences(doc, language=lang))
    led = {p.name for p in registry.people if p.id in {d.leader for d in rules}}
    assert name not in led
