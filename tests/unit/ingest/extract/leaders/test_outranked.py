"""A head of state or government joined by 'en' ('and') to his own minister as the subject of
their side's meeting leads it over the minister the model chose; not a head named only for
another event, nor one the model scores too low, nor a head of another state."""

from __future__ import annotations

from ingest.extract.article import rule_findings
from ingest.extract.context import ArticleContext
from ingest.extract.leaders.model import Candidate
from ingest.extract.leaders.outranked import head_over_minister
from ingest.models import Person
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences

PARTY_THRESHOLD = 0.40
JOINT = {
    "nl": "Minister-president Rutte en minister Hoekstra van Buitenlandse Zaken brengen dinsdag "
    "een bezoek aan Oekraïne.",
    "en": "Foreign Minister Hoekstra and Prime Minister Rutte will visit Ukraine on Tuesday.",
}
APART = (
    "Minister Hoekstra heeft dinsdag een bezoek gebracht aan Oekraïne. Eerder belde premier Rutte "
    "met president Zelensky."
)


def _art(lang: str, text: str) -> ArticleContext:
    doc = normalise(text, language=lang, published="2023-01-30")
    return rule_findings(split_sentences(doc, language=lang))[0]


def _pair(name: str, role: str, score: float, state: str = "NL", **f: float) -> Candidate:
    person = Person(id=f"person:{name.lower()}", name=name, role=role, country=state)
    return Candidate(person, state, {"main_party": 1.0, **f}, score)


def _leader(art: ArticleContext, *rivals: Candidate) -> str:
    chosen = _pair("Hoekstra", "minister", 0.78, subject=1.0, in_meeting=1.0)
    out = head_over_minister(art, [chosen], [chosen, *rivals], PARTY_THRESHOLD)
    return out[0].person.name


def test_the_head_joined_to_his_minister_leads_their_side() -> None:
    for lang, text in JOINT.items():
        head = _pair("Rutte", "prime minister", 0.44, subject=1.0, in_meeting=1.0)
        assert _leader(_art(lang, text), head) == "Rutte", lang


def test_a_head_named_for_another_event_leaves_the_minister() -> None:
    head = _pair("Rutte", "prime minister", 0.44, subject=1.0, in_meeting=1.0)
    assert _leader(_art("nl", APART), head) == "Hoekstra"


def test_a_weak_unplaced_or_foreign_head_leaves_the_minister() -> None:
    art = _art("nl", JOINT["nl"])
    weak = _pair("Rutte", "prime minister", 0.1, subject=1.0, in_meeting=1.0)
    unplaced = _pair("Rutte", "prime minister", 0.44, in_meeting=1.0)
    foreign = _pair("Rutte", "prime minister", 0.44, "BE", subject=1.0, in_meeting=1.0)
    assert _leader(art, weak) == _leader(art, unplaced) == _leader(art, foreign) == "Hoekstra"
