"""Titled people in one sentence: heads, name forms and titles after the name, in each language."""

from __future__ import annotations

import pytest

from ingest.extract.context import scanner
from ingest.extract.mentions import PersonMention, find_countries, tokenize
from ingest.extract.people import find_people


def _people(lang: str, text: str) -> list[PersonMention]:
    scan = scanner(lang)
    countries = find_countries(text, 0, scan.lex)
    return find_people(tokenize(text, 0), scan, countries)


def _names(lang: str, text: str) -> list[str]:
    return [p.name for p in _people(lang, text)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nl", "Daar werd hij ontvangen door koningin Máxima.", "Máxima"),
        ("nl", "Het bezoek werd geleid door prinses Astrid.", "Astrid"),
        ("en", "She met Queen Margrethe in Copenhagen.", "Margrethe"),
        ("de", "Das Treffen mit Machthaber Kim Jong-un fand statt.", "Kim Jong-un"),
        ("de", "Er sprach mit Kremlchef Wladimir Putin.", "Wladimir Putin"),
        ("fr", "Il a été reçu par le roi Philippe.", "Philippe"),
        ("fr", "Le maire Anne Hidalgo était présente.", "Anne Hidalgo"),
    ],
)
def test_royal_and_other_heads(lang: str, text: str, name: str) -> None:
    assert name in _names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "He met External Affairs Minister S M Krishna in Delhi.", "S M Krishna"),
        ("en", "Secretary of State James A. Baker spoke first.", "James A. Baker"),
        ("de", "Außenminister S.V. Lawrow empfing ihn.", "S.V. Lawrow"),
        ("nl", "Hij sprak met directeur A. Neeven over de order.", "A. Neeven"),
        ("en", "Prime Minister Theresa May met him on Tuesday.", "Theresa May"),
    ],
)
def test_initials_and_month_surnames(lang: str, text: str, name: str) -> None:
    assert name in _names(lang, text)


def test_a_month_with_a_day_is_no_surname() -> None:
    assert _names("en", "Prime Minister Theresa May 5 talks") == ["Theresa"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "He is due to meet his Japanese counterpart Taro Aso today.", "Taro Aso"),
        ("en", "Science Adviser Frank Press signed a letter.", "Frank Press"),
        ("en", "Mexican Ambassador Primo Villa Michel had never troubled.", "Primo Villa Michel"),
        ("nl", "Hij sprak met premier Joseph Muscat over migratie.", "Joseph Muscat"),
        ("de", "Er traf Premierminister Joseph Muscat in Valletta.", "Joseph Muscat"),
        ("fr", "La délégation conduite par le député Jacques Maire arrive.", "Jacques Maire"),
        ("fr", "Il a rencontré le Premier ministre Taro Aso à Tokyo.", "Taro Aso"),
    ],
)
def test_surnames_that_are_words_of_the_language(lang: str, text: str, name: str) -> None:
    """A place, a venue or a title word that is also a surname, after a first name."""
    assert name in _names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Ambassador Muscat said so."), ("en", "President Villa arrived.")],
)
def test_such_a_word_opens_no_name(lang: str, text: str) -> None:
    """Alone after a title the word stays the language's word, as `noun_surnames` says."""
    assert _names(lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nl", "Ook minister Harbers van Infrastructuur en Waterstaat was er.", "Harbers"),
        ("nl", "Minister Amar Ramadhin van Volksgezondheid reisde mee.", "Amar Ramadhin"),
        ("fr", "La ministre de la Culture Rachida Dati était présente.", "Rachida Dati"),
    ],
)
def test_a_portfolio_after_the_name_is_no_part_of_it(lang: str, text: str, name: str) -> None:
    assert _names(lang, text) == [name]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nl", "De minister van Buitenlandse Betrekkingen Téte António sprak.", "Téte António"),
        ("nl", "De minister van Buitenlandse Zaken en Internationale Samenwerking Olivier "
         "Nduhungirehe sprak.", "Olivier Nduhungirehe"),
        ("de", "Der Minister für Auswärtige Beziehungen Téte António sprach.", "Téte António"),
        ("de", "Der Minister für Internationale Zusammenarbeit Gerd Müller sprach.", "Gerd Müller"),
        ("fr", "Le ministre de l'Éducation et de la Formation Phung Xuân Nha est arrivé.",
         "Phung Xuân Nha"),
        ("fr", "Le ministre de la Jeunesse et des Sports Ali Bongo est arrivé.", "Ali Bongo"),
        ("en", "Minister of Information and Communications Truong Minh Tuan arrived.",
         "Truong Minh Tuan"),
        ("en", "Minister of Water and Sanitation Ali Bongo arrived.", "Ali Bongo"),
        ("nl", "De minister van Volkshuisvesting Ali Bongo kwam aan.", "Ali Bongo"),
        ("de", "Der Minister für Bildung und Forschung Ali Bongo kam an.", "Ali Bongo"),
    ],
)  # fmt: skip
def test_the_words_of_a_ministry_before_the_name_are_no_part_of_it(
    lang: str, text: str, name: str
) -> None:
    # 'Betrekkingen', 'Beziehungen' (the foreign ministry of Angola, Brazil, Cuba) and portfolios
    # such as 'Formation', 'Sports', 'Volkshuisvesting' had been read as the holder's first name.
    assert _names(lang, text) == [name]


_OBB = ["Ollongren", "Bijleveld", "Blok"]
_RE = ["William Ruto", "Umaro Embalo"]
_LK = ["Ann Linde", "Piet Kees"]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("nl", "Dat zeiden de ministers Ollongren, Bijleveld en Blok.", _OBB),
        (
            "nl",
            "Dat meldden de ministers van Buitenlandse Zaken, Blok en Ramdin.",
            ["Blok", "Ramdin"],
        ),
        ("fr", "Les présidents William Ruto et Umaro Embalo sont arrivés.", _RE),
        ("en", "The ministers Ann Linde (Finance) and Piet Kees (Trade) met.", _LK),
    ],
)
def test_names_under_one_plural_title(lang: str, text: str, names: list[str]) -> None:
    assert _names(lang, text) == names


def test_a_country_with_a_listed_name_is_its_own() -> None:
    people = _people("fr", "Les présidents William Ruto du Kenya et Umaro Embalo du Sénégal.")
    assert [(p.name, p.country) for p in people] == [("William Ruto", "KE"), ("Umaro Embalo", "SN")]


def test_a_singular_title_takes_no_list() -> None:
    assert _names("en", "President Joe Biden and Kim Jong-un met.") == ["Joe Biden"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "He briefed Army Commander Lt Gen Harinder Singh.", "Harinder Singh"),
        (
            "en",
            "It was led by Prime Minister Datuk Seri Ismail Sabri Yaakob.",
            "Ismail Sabri Yaakob",
        ),
        ("fr", "Il a reçu le Président Capitaine Ibrahim TRAORÉ.", "Ibrahim TRAORÉ"),
        (
            "fr",
            "Il a été accueilli par le président français, Monsieur Nicolas SARKOZY.",
            "Nicolas SARKOZY",
        ),
        ("de", "Chinas Premierminister WEN Jiabao war dabei.", "WEN Jiabao"),
        ("nl", "Zij is de dochter van de vorige koning Albert II.", "Albert II"),
    ],
)
def test_ranks_capitals_and_regnal_numbers(lang: str, text: str, name: str) -> None:
    assert name in _names(lang, text)


def test_a_genitive_country_after_the_title() -> None:
    people = _people("de", "Er telefonierte mit dem Außenminister Russlands, Sergej Lawrow.")
    assert [(p.name, p.country) for p in people] == [("Sergej Lawrow", "RU")]


def test_names_in_brackets_after_a_title_and_its_list() -> None:
    text = "Die Außenminister von Tschechien (Tomáš Petříček) und Ungarn (Péter Szijjártó) kommen."
    found = [(p.name, p.country) for p in _people("de", text)]
    assert found == [("Tomáš Petříček", "CZ"), ("Péter Szijjártó", "HU")]


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        ("en", "Special Representative Ali Bongo arrived.", "Special Representative"),
        ("en", "State Councilor Ali Bongo arrived.", "State Councilor"),
        ("en", "Director-General Ali Bongo arrived.", "Director-General"),
        ("en", "Speaker of Parliament Ali Bongo arrived.", "Speaker of Parliament"),
        ("de", "Staatsrat Ali Bongo kam an.", "Staatsrat"),
        ("fr", "L'ambassadeur itinérant Ali Bongo est arrivé.", "ambassadeur itinérant"),
        ("fr", "Le secrétaire général de l'ONU Ali Bongo est arrivé.",
         "secrétaire général de l'ONU"),
    ],
)  # fmt: skip
def test_titles_of_envoys_councillors_and_officials_before_a_name(
    lang: str, text: str, title: str
) -> None:
    assert [(p.name, p.title) for p in _people(lang, text)] == [("Ali Bongo", title)]


def test_dutch_titles_of_the_eus_presidents_name_the_eu() -> None:
    council = _people("nl", "Europese Raadsvoorzitter Charles Michel kwam aan.")
    assert [(p.name, p.role, p.country) for p in council] == [("Charles Michel", "president", "EU")]
    commission = _people("nl", "De voorzitter van de Europese Commissie Ursula von der Leyen kwam.")
    assert [(p.name, p.country) for p in commission] == [("Ursula von der Leyen", "EU")]
