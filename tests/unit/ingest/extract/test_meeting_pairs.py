"""Two people of two states named in the sentence that tells the meeting of those two states
head its two sides (`ingest.extract.meeting_pairs`), in all four languages; one who invites,
an adviser, an envoy at home and a later meeting of the pair give no side."""

from __future__ import annotations

import pytest

from ingest.extract.article import article_context
from ingest.extract.context import ArticleContext
from ingest.extract.meeting_pairs import meeting_pairs
from ingest.extract.pipeline import extract_article
from ingest.models import Delegation, Evidence, Meeting, Person
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _art(text: str, lang: str) -> ArticleContext:
    doc = normalise(text, language=lang, published="2020-01-15")
    return article_context(split_sentences(doc, language=lang))


def _person(name: str, country: str | None, role: str | None = None) -> Person:
    return Person(id=f"person:{name}", name=name, country=country, role=role)


def _meeting(art: ArticleContext, n: int, parties: list[str], city: str | None = None) -> Meeting:
    s = art.sentences[n].sentence
    told = Evidence(sentence=s.text, start=s.start, end=s.end, rule="t", confidence=1.0)
    return Meeting(id=f"meeting:{n}", kind="meeting", parties=parties, city=city, evidence=[told])


def _pairs(
    text: str, lang: str, people: list[Person], told: list[tuple[int, list[str], str | None]],
    led: list[Delegation] | None = None,
) -> set[tuple[str, str]]:  # fmt: skip
    art = _art(text, lang)
    meetings = [_meeting(art, n, parties, city) for n, parties, city in told]
    delegations = list(led or [])
    meeting_pairs(art, people, meetings, delegations)
    return {(d.country, d.leader or "") for d in delegations}


def test_a_call_between_two_heads_of_state_nl() -> None:
    erdogan, salman = _person("Erdogan", "TR", "president"), _person("Salman", "SA", "king")
    led = _pairs(
        "Het bevel komt vlak na een telefoongesprek tussen de Turkse president Erdogan en "
        "koning Salman.",
        "nl", [erdogan, salman], [(0, ["SA", "TR"], None)],
    )  # fmt: skip
    assert led == {("TR", erdogan.id), ("SA", salman.id)}


def test_the_one_received_heads_the_side_left_fr() -> None:
    bourita = _person("Nasser Bourita", "MA", "foreign minister")
    olivier = _person("Olivier Nduhungirehe", "RW", "secretary of state")
    done = Delegation(id="delegation:ma", country="MA", leader=bourita.id)
    led = _pairs(
        "Le ministre marocain Nasser Bourita a reçu le secrétaire d'Etat rwandais Olivier "
        "Nduhungirehe.",
        "fr", [bourita, olivier], [(0, ["MA", "RW"], "Rabat")], [done],
    )  # fmt: skip
    assert led == {("MA", bourita.id), ("RW", olivier.id)}


def test_an_adviser_met_gives_no_side_en() -> None:
    dai = _person("Dai Bingguo", "CN", "special envoy")
    menon = _person("Shivshankar Menon", "IN", "national security adviser")
    led = _pairs(
        "Dai Bingguo was expected to travel to New Delhi for talks with National Security "
        "Adviser Shivshankar Menon.",
        "en", [dai, menon], [(0, ["CN", "IN"], "New Delhi")],
    )  # fmt: skip
    assert led == set()


def test_the_one_who_invites_gives_no_side_de() -> None:
    merkel, szydlo = _person("Angela Merkel", "DE", "chancellor"), _person("Beata Szydło", "PL")
    led = _pairs(
        "Bundeskanzlerin Angela Merkel reiste auf Einladung von Beata Szydło nach Warschau.",
        "de", [merkel, szydlo], [(0, ["DE", "PL"], "Warsaw")],
    )  # fmt: skip
    assert led == set()


def test_an_envoy_at_home_and_a_later_meeting_give_no_side_en() -> None:
    shah = _person("Syed Haider Shah", "PK", "deputy high commissioner")
    bisaria = _person("Ajay Bisaria", "IN", "high commissioner")
    text = "Shah was summoned in New Delhi. Shah was summoned over the denial of access to Bisaria."
    led = _pairs(text, "en", [shah, bisaria], [(1, ["IN", "PK"], "New Delhi")])
    assert led == {("PK", shah.id)}
    later = _pairs(text, "en", [shah, bisaria], [(0, ["IN", "PK"], None), (1, ["IN", "PK"], None)])
    assert later == set()  # the sentence tells the second meeting of the pair, not the first


def test_two_negotiators_of_the_talks_lead_de() -> None:
    facts = extract_article(
        "Die Atomgespräche zwischen Iran und den USA gehen in Genf in die zweite Runde. Oman "
        "vermittelt. Ort der Verhandlungen von Irans Außenminister Abbas Araqchi und des "
        "US-Sondergesandten Steve Witkoff ist laut iranischen Medien die omanische Botschaft. "
        "Araqchi sagte, Teheran sei zu einer Einigung bereit.",
        language="de", published="2025-02-10",
    ).facts  # fmt: skip
    assert ("US", "Steve Witkoff") in {(d.country, d.leader) for d in facts.delegations}


def test_consultations_between_two_officials_en() -> None:
    facts = extract_article(
        "Mongolia and Turkey held political consultations. The 4th round of political "
        "consultations between Mr. Davaasuren Damdinsuren, State Secretary of the Foreign "
        "Ministry of Mongolia and Mr. Ümit Yalçin, Undersecretary of the Ministry of Foreign "
        "Affairs of the Republic of Turkey, was held in Ankara. The sides discussed trade.",
        language="en", published="2019-05-10",
    ).facts  # fmt: skip
    assert ("TR", "Ümit Yalçin") in {(d.country, d.leader) for d in facts.delegations}


def test_the_one_named_without_a_state_heads_the_other_party_en() -> None:
    rasa = _person("Tomas Rasa", None, "minister")
    oyelaran = _person("Kemi Oyelaran", "NG", "minister")
    led = _pairs(
        "Minister of Fisheries Tomas Rasa held a working session on Monday with Nigerian "
        "Minister of Trade Kemi Oyelaran.",
        "en", [rasa, oyelaran], [(0, ["LT", "NG"], None)],
    )  # fmt: skip
    assert led == {("LT", rasa.id), ("NG", oyelaran.id)}


def test_a_former_officeholder_or_a_summons_gives_the_unplaced_no_side_en() -> None:
    rasa = _person("Tomas Rasa", None, "former minister")
    oyelaran = _person("Kemi Oyelaran", "NG", "minister")
    text = "Nigerian Minister Kemi Oyelaran met former Minister Tomas Rasa on Monday."
    assert _pairs(text, "en", [rasa, oyelaran], [(0, ["LT", "NG"], None)]) == set()
    envoy = _person("Kemi Oyelaran", "NG", "ambassador")
    rasa = _person("Tomas Rasa", None, "director general")
    art = _art("Director General Tomas Rasa summoned Nigerian Ambassador Kemi Oyelaran.", "en")
    summons = _meeting(art, 0, ["LT", "NG"]).model_copy(update={"summons": True})
    delegations: list[Delegation] = []
    meeting_pairs(art, [rasa, envoy], [summons], delegations)
    assert delegations == []


_ACCOMPANIED = [
    ("en", "President Tomas Rasa, accompanied by Nigerian Minister Kemi Oyelaran, held talks "
           "on Monday."),
    ("nl", "President Tomas Rasa, vergezeld door de Nigeriaanse minister Kemi Oyelaran, voerde "
           "maandag gesprekken."),
    ("de", "Präsident Tomas Rasa, begleitet von dem nigerianischen Minister Kemi Oyelaran, "
           "führte am Montag Gespräche."),
    ("fr", "Le président Tomas Rasa, accompagné du ministre nigérian Kemi Oyelaran, a tenu "
           "lundi des entretiens."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _ACCOMPANIED)
def test_one_accompanying_the_other_gives_the_unplaced_no_other_party(lang: str, text: str) -> None:
    rasa = _person("Tomas Rasa", None, "president")
    oyelaran = _person("Kemi Oyelaran", "NG", "minister")
    assert _pairs(text, lang, [rasa, oyelaran], [(0, ["LT", "NG"], None)]) == set()
