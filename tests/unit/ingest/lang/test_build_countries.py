"""The generated gazetteer: which written forms name a state."""

from __future__ import annotations

import json

import pytest

from ingest.extract.mentions import find_countries
from ingest.lang.build_countries import HERE, build
from ingest.lang.lexicon import load_lexicon


def _codes(text: str) -> list[str]:
    return [c.code for c in find_countries(text, 0, load_lexicon("nl"))]


def test_dutch_uninflected_european_before_a_title_is_the_eu() -> None:
    assert _codes("Europees commissaris Wopke Hoekstra sprak maandag.") == ["EU"]
    assert _codes("De Europese Unie en Turkije spraken.") == ["EU", "TR"]


def test_dutch_inflected_european_is_the_continent() -> None:
    assert "EU" not in _codes("Hij is in Hongarije voor een bijeenkomst van de Europese Raad.")
    assert "EU" not in _codes("Macron noemde de heffingen op Europese metalen een fout.")


def test_french_names_are_read_in_title_case_too() -> None:
    lex = load_lexicon("fr")
    text = "L'Arabie Saoudite, l'Union Européenne et la République Centrafricaine ont signé."
    assert [c.code for c in find_countries(text, 0, lex)] == ["SA", "EU", "CF"]
    assert [c.code for c in find_countries("la Côte d'Ivoire", 0, lex)] == ["CI"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les délégués du Viêt-nam du Nord et du Sud-Vietnam sont arrivés."),
        ("en", "Delegates of North Vietnam and South Vietnam arrived."),
        ("nl", "Afgevaardigden van Noord-Vietnam en Zuid-Vietnam kwamen aan."),
        ("de", "Delegierte aus Nordvietnam und Südvietnam kamen an."),
    ],
)
def test_north_and_south_vietnam_are_vietnam(lang: str, text: str) -> None:
    assert [c.code for c in find_countries(text, 0, load_lexicon(lang))] == ["VN", "VN"]


def test_the_shipped_country_table_is_what_the_build_writes() -> None:
    countries, cities = build()
    assert json.loads((HERE / "countries.json").read_text(encoding="utf-8")) == countries
    assert json.loads((HERE / "cities.json").read_text(encoding="utf-8")) == cities


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("en", "The Democratic People's Republic of Korea and the Republic of Korea met.",
         ["KP", "KR"]),
        ("nl", "De Democratische Volksrepubliek Korea en Zuid-Korea spraken.", ["KP", "KR"]),
        ("de", "Die Demokratische Volksrepublik Korea und Südkorea sprachen.", ["KP", "KR"]),
        ("fr", "La République populaire démocratique de Corée et la Corée du Sud ont parlé.",
         ["KP", "KR"]),
        ("fr", "Les États-Unis du Mexique et les États-Unis ont signé.", ["MX", "US"]),
        ("fr", "La Confédération helvétique a signé.", ["CH"]),
        ("en", "The Hellenic Republic signed.", ["GR"]),
    ],
)  # fmt: skip
def test_official_names_the_short_names_miss_or_misread(
    lang: str, text: str, codes: list[str]
) -> None:
    assert [c.code for c in find_countries(text, 0, load_lexicon(lang))] == codes


def test_official_names_the_short_names_read_add_nothing() -> None:
    countries, _ = build()
    assert "Kingdom of Morocco" not in countries["MA"]["en"]["names"]  # type: ignore[index]
    assert "Democratic People's Republic of Korea" in countries["KP"]["en"]["names"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("nl", "De Israelische premier en de Guyanese president spraken.", ["IL", "GY"]),
        ("nl", "Een afgezant van de Zaïrese president en de Oekraiense minister.", ["CD", "UA"]),
        ("fr", "À la présidence kenyane, le ministre haitien et l'ambassadeur equato-guineen.",
         ["KE", "HT", "GQ"]),
        ("fr", "Ni les Américains ni les Nord-Vietnamiens ne pourront le nier.", ["US", "VN"]),
        ("fr", "La délégation est attendue au Nigéria puis au Libéria.", ["NG", "LR"]),
        ("en", "Zairean President Mobutu left Zaire.", ["CD", "CD"]),
        ("de", "Der zairische Präsident.", ["CD"]),
    ],
)  # fmt: skip
def test_inflected_and_unaccented_forms_name_their_state(
    lang: str, text: str, codes: list[str]
) -> None:
    assert [c.code for c in find_countries(text, 0, load_lexicon(lang))] == codes


def test_every_member_state_of_the_united_nations_is_in_the_table() -> None:
    # The small island states were missing until round 422: an article on a visit to the
    # Seychelles named no party at all.
    countries, _ = build()
    small = ("AG", "DM", "FM", "GD", "KI", "KN", "LC", "MH", "NR", "PW", "SC", "ST", "TV", "VC")
    assert [code for code in small if code not in countries] == []


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("en", "The president of the Seychelles flew to Saint Lucia.", ["SC", "LC"]),
        ("fr", "Le Premier ministre de Sao Tomé-et-Principe est arrivé au Gabon.", ["ST", "GA"]),
        ("fr", "Le président de la Guinée Equatoriale a reçu son homologue.", ["GQ"]),
        ("de", "Der Außenminister von Tuvalu traf seinen Kollegen aus Palau.", ["TV", "PW"]),
        ("nl", "De premier van Grenada sprak met de president van Nauru.", ["GD", "NR"]),
    ],
)  # fmt: skip
def test_small_states_are_read_in_every_language(lang: str, text: str, codes: list[str]) -> None:
    assert [c.code for c in find_countries(text, 0, load_lexicon(lang))] == codes
