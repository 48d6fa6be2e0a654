"""A region's or a body's name read as a title holder's name names no official and leads no
delegation; the people around it stay."""

from __future__ import annotations

import pytest

from ingest.extract.people_place_names import no_name, place_name
from ingest.extract.pipeline import extract_article
from ingest.lang.lexicon import load_lexicon
from ingest.text.truecase import _forms

_SUMMONS = (
    "Bangladesh summoned Myanmar's envoy Lwin Oo to the foreign ministry in Dhaka on Sunday. The "
    "envoy met the director general of the foreign ministry's Southeast Asia wing, Manjurul "
    "Karim Khan Chowdhury."
)


def _officials(text: str, lang: str) -> list[str]:
    return [o.name for o in extract_article(text, language=lang).facts.officials]


@pytest.mark.parametrize(
    ("lang", "text", "region"),
    [
        ("en", _SUMMONS, "Southeast Asia"),
        (
            "fr",
            "Le premier ministre Sud Coréen est arrivé à Yaoundé pour une visite officielle de "
            "trois jours au Cameroun.",
            "Sud Coréen",
        ),
        (
            "en",
            "Pakistan summoned the US charge d'affaires in Islamabad after the Chairman Joint "
            "Chiefs criticised the strikes.",
            "Joint Chiefs",
        ),
    ],
)
def test_a_region_or_a_body_is_no_official(lang: str, text: str, region: str) -> None:
    assert region not in _officials(text, lang)


def test_the_person_beside_the_region_stays() -> None:
    assert "Lwin Oo" in _officials(_SUMMONS, "en")


def test_a_region_leads_no_delegation() -> None:
    text = (
        "Koning Filip ontving in Brussel de viceminister-president van het Brussels "
        "Hoofdstedelijk Gewest voor een gesprek over de handelsmissie naar Marokko."
    )
    facts = extract_article(text, language="nl").facts
    assert "Hoofdstedelijk Gewest" not in [o.name for o in facts.officials]
    assert "Hoofdstedelijk Gewest" not in [d.leader for d in facts.delegations]
    assert "Filip" in [o.name for o in facts.officials]


def test_a_delegation_that_was_only_a_no_name_goes() -> None:
    """'Zijne Majesteit de Koning' read as the name of Belgium's leader: with the name gone the
    delegation has no one in it, and goes; the guest's stays."""
    text = (
        "Zijne Majesteit de Koning ontvangt Zijne Excellentie Christophe Lutundula, "
        "vice-eersteminister en minister van buitenlandse zaken van de Democratische Republiek "
        "Congo, in audiëntie in het Paleis te Brussel."
    )
    delegations = extract_article(text, language="nl").facts.delegations
    assert all(d.leader or d.members for d in delegations)
    assert "Christophe Lutundula" in [d.leader for d in delegations]


@pytest.mark.parametrize(
    ("lang", "name", "region"),
    [
        ("nl", "Westelijk Nieuw-Guinea", True),
        ("de", "Südostasiatischer Staaten", True),
        ("fr", "Sud-Coréen", True),
        ("en", "Red Cross", True),
        ("en", "Consular Matters", True),  # a remit's noun, as 'Affairs' is
        ("nl", "Joseph Luns", False),
        ("de", "Didier Burkhalter", False),
    ],
)
def test_place_name(lang: str, name: str, region: bool) -> None:
    words = load_lexicon(lang).word_set("region_words", "body_words")
    assert place_name(name, words) is region


def test_the_veto_lists_leave_lines_in_capitals_as_they_were() -> None:
    # 'LA PRESSE' stays 'la presse' and a name after an honorific runs on as before
    assert "presse" not in _forms("fr").known
    assert "sahel" not in _forms("en").known


@pytest.mark.parametrize(
    ("lang", "name", "none"),
    [
        ("de", "Tokios Protest", True),  # a known place's genitive
        ("de", "Vertreter Belgrads", True),
        ("de", "Wiener Übereinkommen", True),  # a known place's adjective
        ("de", "Verantwortung Ron Dermer", True),  # a noun's ending
        ("de", "Priorität", True),
        ("de", "Glückwunschbotschaften", True),  # a plural noun's ending
        ("de", "Regierungskonferenz", True),
        ("nl", "Gemeenschap", True),
        ("nl", "Universiteiten", True),
        ("de", "Lorenz", False),  # short: a name may end so
        ("nl", "Adelheid Folie", False),
        ("nl", "Mr", True),  # a form of address alone, whatever its case
        ("en", "Dr.", True),
        ("de", "Jung", False),  # short: a name may end so
        ("de", "Wolfgang Schäuble", False),
        ("en", "Mr Whitlam", False),
    ],
)
def test_no_name(lang: str, name: str, none: bool) -> None:
    assert no_name(name, load_lexicon(lang)) is none


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Nach knapp einem Jahr sind Vertreter Belgrads und Prishtinas gestern in Brüssel "
            "zusammengekommen.",
            "Belgrads",
        ),
    ],
)
def test_a_place_form_or_a_noun_is_no_official(text: str, wrong: str) -> None:
    assert wrong not in _officials(text, "de")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "Zuvor oblag diese Verantwortung Ron Dermer, dem Minister für strategische "
            "Angelegenheiten.",
            "Ron Dermer",
        ),
        (
            "de",
            "Anschließend dürfte sich auch der simbabwische Präsident Robert Mugabe zu Wort "
            "melden.",
            "Robert Mugabe",
        ),
        (
            "en",
            "Minister of Foreign AffairsBui Thanh Son held online talks with State Councilor "
            "Qin Gang on March 28.",
            "Bui Thanh Son",
        ),
        (
            "en",
            "The ceremony was done by the Iraqi Minister of Foreign Affairs ,Hoshyar Zebari and "
            "his UAE counterpart ,His Highness Sheikh Abdullah Bin Zaied.",
            "Abdullah Bin Zaied",
        ),
        (
            "de",
            "Am Freitag tauschten Präsident Richard Nixon und Bundeskanzler Willy Brandt "
            "Glückwunschbotschaften aus.",
            "Willy Brandt",
        ),
        (
            "de",
            "Geplant sind Gespräche mit dem Vize-Vorsitzenden der politischen "
            "Regierungskonferenz Li Wei in der Großen Halle.",
            "Li Wei",
        ),
        (
            "nl",
            "Ook minister-president van de Vlaamse Gemeenschap Jan Jambon was aanwezig.",
            "Jan Jambon",
        ),
        (
            "en",
            "He was flanked by Director in charge of Africa Matters Peter Mwangi, who addressed "
            "the press.",
            "Peter Mwangi",
        ),
    ],
)
def test_a_word_no_name_has_is_cut_off_its_edge(lang: str, text: str, name: str) -> None:
    assert name in _officials(text, lang)


def test_a_state_written_with_a_space_is_no_official() -> None:
    spaced = (
        "Hier, le chef de mission adjoint près l'ambassade du Maroc à Castries, Sainte Lucie, "
        "a été victime d'une agression."
    )
    assert "Sainte Lucie" not in _officials(spaced, "fr")
