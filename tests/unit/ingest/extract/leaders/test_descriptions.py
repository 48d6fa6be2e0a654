"""Heads named without a title take the country of a description of their role, and at a call
between two states the state left over."""

from __future__ import annotations

import pytest

from ingest.extract.article import article_context
from ingest.extract.leaders.descriptions import link_descriptions
from ingest.extract.leaders.names import bare_people
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences
from tests.unit.ingest.extract.leaders.candidates import candidate_states


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("en", "Olaf Scholz and Vladimir Putin spoke on Monday. The German chancellor told "
         "Putin that talks must go on.", "Olaf Scholz", "DE"),
        ("fr", "Charles Michel et Vladimir Poutine se sont parlé lundi. Le Premier ministre "
         "belge a dit à Poutine qu'il fallait poursuivre.", "Charles Michel", "BE"),
        ("de", "Olaf Scholz und Emmanuel Macron sprachen am Montag. Der französische Präsident "
         "sagte Scholz, man müsse weiter reden.", "Emmanuel Macron", "FR"),
        ("nl", "Dick Schoof en Olaf Scholz spraken maandag. De Nederlandse premier zei tegen "
         "Scholz dat het overleg doorgaat.", "Dick Schoof", "NL"),
    ],
)  # fmt: skip
def test_a_description_names_the_country_of_the_one_head_it_can_mean(
    lang: str, text: str, name: str, country: str
) -> None:
    assert candidate_states(lang, text)[name] == country


def test_a_description_that_could_mean_either_head_names_no_country() -> None:
    found = candidate_states(
        "en", "Olaf Scholz and Vladimir Putin spoke on Monday. The German chancellor said talks "
        "must go on.",
    )  # fmt: skip
    assert found.get("Olaf Scholz") is None


def test_a_body_named_in_capitals_is_no_holder() -> None:
    found = candidate_states(
        "fr", "Le Praesidium du Soviet a siégé lundi. Le Premier ministre canadien a dit à "
        "Moscou qu'il fallait poursuivre.",
    )  # fmt: skip
    assert "CA" not in found.values()


def _federal(text: str, url: str | None = None) -> dict[str, str | None]:
    return candidate_states("de", text, url)


_CALL = "Bundeskanzler Karl Nehammer telefonierte am Montag mit Chinas Premier Li Keqiang."


def test_a_federal_title_names_the_outlets_state_among_those_that_use_it() -> None:
    assert _federal(_CALL, "https://www.bundeskanzleramt.gv.at/x")["Karl Nehammer"] == "AT"
    assert _federal(_CALL)["Karl Nehammer"] == "DE"


@pytest.mark.parametrize(
    "title", ["Die Bundesministerin für Wirtschaft und Energie,", "Bundeswirtschaftsministerin"]
)
def test_a_federal_minister_is_of_the_outlets_state_among_those_that_use_the_title(
    title: str,
) -> None:
    text = f"{title} Katherina Reiche reist am Montag nach Riad und Abu Dhabi."
    assert _federal(text)["Katherina Reiche"] == "DE"


def test_two_holders_of_one_federal_title_get_no_state_from_it() -> None:
    found = _federal(
        "Bundespräsident Frank-Walter Steinmeier traf am Montag in Bern Bundespräsident Alain "
        "Berset. Die Schweiz und Deutschland sprachen über Europa."
    )
    assert found.get("Alain Berset") != "DE"


def test_the_dutch_head_of_governments_own_title_names_the_netherlands() -> None:
    text = "{} Dick Schoof ontving dinsdag president Emmanuel Macron. Zij spraken over defensie."
    assert candidate_states("nl", text.format("Minister-president"))["Dick Schoof"] == "NL"
    assert candidate_states("nl", text.format("Premier")).get("Dick Schoof") is None  # any state's


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron et Vladimir Poutine ont parlé lundi. Le chef de l\u2019État français "
        "a dit à Poutine qu'il fallait poursuivre.",
        "Emmanuel Macron et Vladimir Poutine ont parlé lundi. Le chef d'État français a dit à "
        "Poutine qu'il fallait poursuivre.",
    ],
)  # fmt: skip
def test_a_head_of_state_named_in_several_words_is_a_principal_description(text: str) -> None:
    assert candidate_states("fr", text)["Emmanuel Macron"] == "FR"


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("fr", "Le président français Emmanuel Macron aura un entretien avec son homologue "
         "ivoirien dimanche. Alassane Ouattara sera accueilli par le président Macron.",
         "Alassane Ouattara", "CI"),
        ("en", "The German chancellor Olaf Scholz will meet his Polish counterpart on Monday. "
         "Donald Tusk arrives in Berlin at noon.", "Donald Tusk", "PL"),
    ],
)  # fmt: skip
def test_a_counterpart_described_first_is_the_head_named_right_after(
    lang: str, text: str, name: str, country: str
) -> None:
    assert candidate_states(lang, text)[name] == country


def test_a_possessive_opens_a_description_as_an_article_does() -> None:
    text = (
        "Bundeskanzler Olaf Scholz trifft am Montag seinen polnischen Amtskollegen. Donald Tusk "
        "kommt mittags in Berlin an."
    )
    art = article_context(split_sentences(normalise(text, language="de"), language="de"))
    bare = bare_people(art, [])
    link_descriptions(art, bare, [])
    assert {p.name: p.country for p in bare}["Donald Tusk"] == "PL"
