"""Words that are no person's name: a Title-Case first line, the opening of an organisation's
name after a title, an acronym joined to a word, a portfolio in a list of portfolios."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _names(text: str, language: str = "en") -> set[str]:
    result = extract_article(text, language=language, published="2023-04-17")
    return {o.name for o in result.facts.officials}


def test_a_first_line_capitalising_every_word_is_a_title_case_headline() -> None:
    text = (
        "Russian and Brazilian FMs Hold Joint Presser in Brasilia\n\n"
        "Russian Foreign Minister Sergey Lavrov and his Brazilian counterpart Mauro Vieira met "
        "in Brasilia on Monday."
    )
    names = _names(text)
    assert "Hold Joint Presser" not in names
    assert {"Sergey Lavrov", "Mauro Vieira"} <= names


def test_a_list_of_titled_names_further_on_keeps_its_names() -> None:
    text = (
        "The minister met his counterpart in Lusaka on Monday.\n\n"
        "Foreign Minister Stanley Kakubo, Trade Minister Chipoka Mulenga"
    )
    assert {"Stanley Kakubo", "Chipoka Mulenga"} <= _names(text)


def test_a_run_before_an_organisation_word_opens_the_organisation() -> None:
    text = (
        "The delegation is led by ZDA Acting Director Export Development Obby Banda and "
        "Sunil Kant Munjal, chairman, Hero Corporate Services, who arrived in Kinshasa."
    )
    names = _names(text)
    assert not {"Export", "Hero Corporate"} & names


def test_an_acronym_joined_to_a_word_is_no_name() -> None:
    en = "During the discussions, Joint Secretary (UN-Political), Prakash Gupta led the delegation."
    assert "UN-Political" not in _names(en)
    nl = "Israël roept Belgische ambassadeur op het matje na VN-stemming over Gaza."
    assert "VN-stemming" not in _names(nl, "nl")


def test_a_portfolio_in_a_list_of_portfolios_is_no_name() -> None:
    text = (
        "Kris Peeters, Minister-President van de Vlaamse Regering en Vlaams Minister van "
        "Economie, Buitenlands Beleid, Landbouw en Plattelandsbeleid, reisde naar Luanda."
    )
    assert "Buitenlands Beleid" not in _names(text, "nl")


def test_an_officeholders_surname_that_is_a_common_noun_alone_is_the_noun() -> None:
    # 'Klima' is Viktor Klima's surname and the German word for climate: alone, it is the noun
    # (an undated article, so every officeholder's years are open).
    text = (
        "Dank der konstruktiven Zusammenarbeit sei man bei Welthandel und Klima wichtige "
        "Schritte vorangekommen, sagte Bundeskanzlerin Merkel am Rande des Gipfels in Buenos Aires."
    )
    result = extract_article(text, language="de", published=None)
    assert "Klima" not in {o.name for o in result.facts.officials}
    assert "Klima" not in {d.leader for d in result.facts.delegations}
    assert "Merkel" in {o.name for o in result.facts.officials}


def test_an_officeholders_surname_with_a_first_name_stays_a_name() -> None:
    text = "Bundeskanzler Viktor Klima empfing am Montag in Wien den ungarischen Premierminister."
    assert "Viktor Klima" in _names(text, "de")
