"""The head of state or government an article opens with leads his unled side of the main
meeting, on half the party threshold, for the state stated for him, named beside him or the
outlet's own; not a head named after another person, nor one of another state, nor a minister."""

from __future__ import annotations

from ingest.extract.article import rule_findings
from ingest.extract.leaders.model import Candidate
from ingest.extract.leaders.sole import opening_person, sole_ministers
from ingest.models import Meeting, Person
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences

PARTY_THRESHOLD = 0.40
OPENS = {
    "nl": "Koning Filip en koningin Mathilde vertrekken maandag voor een staatsbezoek naar "
    "Griekenland. Daar ontmoeten zij president Katerina Sakellaropoulou.",
    "fr": "Le roi Philippe et la reine Mathilde entament lundi une visite d'Etat en Grèce. Ils "
    "y rencontreront la présidente Katerina Sakellaropoulou.",
}
MEETING = Meeting(id="meeting:0", kind="visit", parties=["BE", "GR"])
HIS = {"home": 1.0, "lead": 1.0, "main_party": 1.0, "trigger": 1.0}


def _pair(name: str, role: str, state: str, score: float = 0.22, **f: float) -> Candidate:
    person = Person(id=f"person:{name.split()[-1].lower()}", name=name, role=role)
    return Candidate(person, state, f, score)


def _heads(lang: str, *cands: Candidate) -> set[str]:
    doc = normalise(OPENS[lang], language=lang, published="2022-11-07")
    art = rule_findings(split_sentences(doc, language=lang))[0]
    opener = opening_person(art, [c.person for c in cands])
    chosen = sole_ministers(list(cands), [MEETING], [], PARTY_THRESHOLD, opener=opener)
    return {c.person.name for c in chosen}


def _host() -> Candidate:
    return _pair("Katerina Sakellaropoulou", "president", "GR", adjacent=1.0, **HIS)


def test_the_head_the_article_opens_with_leads_his_side() -> None:
    assert _heads("nl", _pair("Filip", "head of state", "BE", **HIS), _host()) == {"Filip"}
    assert _heads("fr", _pair("Philippe", "head of state", "BE", **HIS), _host()) == {"Philippe"}


def test_a_later_head_a_minister_or_a_head_for_another_state_leads_nothing() -> None:
    minister = _pair("Filip", "minister", "BE", **HIS)
    elsewhere = _pair("Filip", "head of state", "BE", lead=1.0, main_party=1.0, trigger=1.0)
    weak = _pair("Filip", "head of state", "BE", 0.1, **HIS)
    for opener in (minister, elsewhere, weak):
        assert _heads("nl", opener, _host()) == set()
