"""Name forms and titles found on real reports: long names with particles, heads of two words,
English leaders and princes."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.extract.context import scanner
from ingest.extract.mentions import PersonMention, find_countries, tokenize
from ingest.extract.people import find_people
from ingest.extract.pipeline import extract_article
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences
from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    scan = scanner(lang)
    found: list[PersonMention] = find_people(
        tokenize(text, 0), scan, find_countries(text, 0, scan.lex)
    )
    return [(p.name, p.role, p.country) for p in found]


_TAMIM = "Tamim bin Hamad Al Thani"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"He phoned Qatari Emir Sheikh {_TAMIM}."),
        ("fr", f"Il a reçu l'émir {_TAMIM}."),
        ("de", f"Er traf Scheich {_TAMIM}, den Emir."),
    ],
)
def test_particles_do_not_count_as_name_words(lang: str, text: str) -> None:
    assert _TAMIM in [n for n, _, _ in _people(lang, text)]


def test_a_head_of_two_words_keeps_the_adjective_before_it() -> None:
    found = _people("en", "A call between Saudi Crown Prince Mohammed bin Salman and him.")
    assert found == [("Mohammed bin Salman", "crown prince", "SA")]


def test_an_english_leader_is_titled() -> None:
    found = _people("en", "Soviet leader Mikhail Gorbachev arrived on Monday.")
    assert found == [("Mikhail Gorbachev", "leader", "SU")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The president received his counterpart from Colombia, Gustavo Petro, today."),
        ("de", "Er empfing seinen Amtskollegen aus Kolumbien, Gustavo Petro, im Palast."),
        ("nl", "Hij ontving zijn ambtgenoot uit Colombia, Gustavo Petro, in het paleis."),
        ("fr", "Il a reçu son homologue de Colombie, Gustavo Petro, au palais."),
    ],
)
def test_a_counterpart_from_a_country_is_its_own(lang: str, text: str) -> None:
    assert _people(lang, text) == [("Gustavo Petro", "counterpart", "CO")]


def test_a_lone_given_name_is_the_known_person_it_opens() -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman called the emir on Friday. "
        "Afterwards Crown Prince Mohammed spoke to Bahrain."
    )
    split = split_sentences(normalise(text, language="en"), language="en")
    _, registry, _, _ = rule_findings(split)
    assert [p.name for p in registry.people] == ["Mohammed bin Salman"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nl", "Volgens minister Van Aartsen is het incident afgesloten.", "Van Aartsen"),
        ("nl", "Ook staatssecretaris Van der Burg reisde mee.", "Van der Burg"),
        ("fr", "L'ambassadeur Le Lidec n'a pas pu présenter ses lettres.", "Le Lidec"),
        ("en", "Ambassador De Vries met him on Monday.", "De Vries"),
    ],
)
def test_a_capitalised_particle_opens_a_surname(lang: str, text: str, name: str) -> None:
    assert [n for n, _, _ in _people(lang, text)] == [name]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        (
            "de",
            "Er traf den Außenminister der Bundesrepublik Deutschland F.-W. Steinmeier.",
            ("F.-W. Steinmeier", "foreign minister", "DE"),
        ),
        (
            "de",
            "Er traf den Außenminister der Russischen Föderation S.V. Lawrow.",
            ("S.V. Lawrow", "foreign minister", "RU"),
        ),
        (
            "fr",
            "L'ambassadeur de la République Arabe d'Égypte, Amal Afifi, est arrivé.",
            ("Amal Afifi", "ambassador", "EG"),
        ),
        (
            "nl",
            "Hij sprak met de president van de Republiek Suriname, Chan Santokhi.",
            ("Chan Santokhi", "president", "SR"),
        ),
        (
            "en",
            "He met the ambassador of the Islamic Republic of Iran, Kazem Jalali.",
            ("Kazem Jalali", "ambassador", "IR"),
        ),
    ],
)
def test_a_state_named_in_full_belongs_to_the_title(
    lang: str, text: str, found: tuple[str, str, str]
) -> None:
    assert _people(lang, text) == [found]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Meanwhile, India's minister of Fisheries, Animal Husbandry and Dairy, Parshottam "
            "Rupala had a meeting.",
            "Parshottam Rupala",
        ),
        (
            "fr",
            "Le ministre des Affaires étrangères et de la Communauté nationale à l'étranger, "
            "Ramtane Lamamra, s'est entretenu avec lui.",
            "Ramtane Lamamra",
        ),
        (
            "nl",
            "Minister van Buitenlandse Zaken, Handel en Internationale Samenwerking, "
            "Albert Ramdin, ontving hen.",
            "Albert Ramdin",
        ),
        (
            "de",
            "Der Minister für Wirtschaft, Energie und Klimaschutz, Robert Habeck, reiste mit.",
            "Robert Habeck",
        ),
    ],
)
def test_a_list_of_portfolios_before_the_name(lang: str, text: str, name: str) -> None:
    assert [n for n, _, _ in _people(lang, text)] == [name]


def test_a_portfolio_list_stops_at_the_next_title() -> None:
    text = (
        "Il a parlé avec le président de la République, Abdelmadjid Tebboune, et le président "
        "de la République française, Emmanuel Macron."
    )
    found = _people("fr", text)
    assert [(n, c) for n, _, c in found] == [
        ("Abdelmadjid Tebboune", None),
        ("Emmanuel Macron", "FR"),
    ]


def test_holders_listed_before_their_titles_keep_their_own() -> None:
    text = (
        "La délégation comprenait Hamed Séméga ministre des mines, de l'énergie et de l'eau, "
        "Seydou Traoré ministre de l'agriculture."
    )
    found = people_of("fr", text)
    assert not [p for p in found if p.name == "Seydou Traoré" and "mines" in (p.title or "")]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        (
            "fr",
            "Il s'agit de SEM Mme Amal AFIFI, ambassadeur de la République Arabe d'Égypte.",
            ("Amal AFIFI", "ambassador", "EG"),
        ),
        (
            "fr",
            "Il a reçu Son Excellence Madame Sylvia HARTLEIF, Ambassadrice de France.",
            ("Sylvia HARTLEIF", "ambassador", "FR"),
        ),
        (
            "fr",
            "Il a été accueilli par le Chef de l'Etat, le Capitaine Ibrahim TRAORE.",
            ("Ibrahim TRAORE", "head of state", None),
        ),
        (
            "en",
            "Takahisa Tsugawa, Ambassador Extraordinary and Plenipotentiary of Japan, arrived.",
            ("Takahisa Tsugawa", "ambassador", "JP"),
        ),
    ],
)
def test_capitals_ranks_and_full_envoy_titles(
    lang: str, text: str, found: tuple[str, str, str | None]
) -> None:
    assert _people(lang, text)[0] == found


def test_an_acronym_is_no_surname_before_a_title() -> None:
    assert _people("de", "Das sagte Radio SRF, Bundesrat Cassis habe telefoniert.")[0][0] != (
        "Radio SRF"
    )


_FOUR = ["Baker", "Dumas", "Hurd", "Meckel"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Am Tisch saßen die Außenminister Baker, Dumas, Hurd und Meckel."),
        ("de", "Es kamen die vier Außenminister (Baker, Dumas, Hurd, Meckel) zusammen."),
        ("nl", "De vier ministers (Baker, Dumas, Hurd en Meckel) kwamen samen."),
        ("en", "The Foreign Secretary Baker, Dumas, Hurd and Meckel sat down."),
    ],
)
def test_a_list_under_one_title_counted_or_long(lang: str, text: str) -> None:
    assert [n for n, _, _ in _people(lang, text)] == _FOUR


def test_a_long_list_keeps_the_title_country_for_its_first_name_only() -> None:
    found = _people("en", "US President Joe Biden, Xi Jinping and Vladimir Putin met.")
    assert [(n, c) for n, _, c in found] == [
        ("Joe Biden", "US"),
        ("Xi Jinping", None),
        ("Vladimir Putin", None),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        (
            "en",
            "The delegation was led by Lt Gen Harinder Singh on Saturday.",
            ("Harinder Singh", "lieutenant general"),
        ),
        ("en", "He met his equivalent Maj Gen Liu Lin.", ("Liu Lin", "major general")),
        (
            "nl",
            "De delegatie werd vergezeld door luitenant-kolonel Danielle Veira.",
            ("Danielle Veira", "lieutenant colonel"),
        ),
        ("fr", "Il a été reçu par le colonel Assimi Goïta.", ("Assimi Goïta", "colonel")),
        ("de", "Er traf Oberst Klaus Weber in Bonn.", ("Klaus Weber", "colonel")),
    ],
)
def test_a_military_rank_is_a_title(lang: str, text: str, found: tuple[str, str]) -> None:
    assert [(n, r) for n, r, _ in _people(lang, text)] == [found]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("L'ambassadrice d'Israël en Belgique, Simona Frankel, a été convoquée.", "ambassadrice"),
        ("Hier, l\u2019ambassadeur d\u2019Allemagne, Hans Weber, est parti.", "ambassadeur"),
    ],
)
def test_an_elided_french_article_is_not_part_of_the_title(text: str, title: str) -> None:
    found = people_of("fr", text)
    assert [p.title.split()[0] for p in found if p.title] == [title]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("La ministre turque de la Famille, Fatma Kaya, a été expulsée.", ("Fatma Kaya", "TR")),
        (
            "La ministre grecque du Tourisme, Elena Kountoura, est arrivée.",
            ("Elena Kountoura", "GR"),
        ),
    ],
)
def test_a_french_feminine_adjective_in_que_names_the_country(
    text: str, found: tuple[str, str]
) -> None:
    assert [(n, c) for n, _, c in _people("fr", text)] == [found]


def test_countries_of_a_plural_title_go_to_its_names_in_order() -> None:
    text = (
        "Les ministres américain et français des Affaires étrangères, Anna Smith et "
        "Jean Durand, auront un tête-à-tête jeudi."
    )
    assert [(n, c) for n, _, c in _people("fr", text)] == [
        ("Anna Smith", "US"),
        ("Jean Durand", "FR"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Somali and Kenyan foreign ministers Ahmed Farah and Wanjiru Kamau met today."),
        ("en", "The Somali and Kenyan ministers, Ahmed Farah and Wanjiru Kamau, met today."),
        ("de", "Die somalischen und kenianischen Außenminister Ahmed Farah und Wanjiru Kamau "
         "trafen sich."),
        ("nl", "De Somalische en Keniaanse ministers van Buitenlandse Zaken Ahmed Farah en "
         "Wanjiru Kamau ontmoetten elkaar."),
    ],
)  # fmt: skip
def test_adjectives_joined_before_a_title_go_to_its_names_in_order(lang: str, text: str) -> None:
    """'the Somali and Kenyan foreign ministers A and B': A is Somali, B Kenyan."""
    assert [(n, c) for n, _, c in _people(lang, text)] == [
        ("Ahmed Farah", "SO"),
        ("Wanjiru Kamau", "KE"),
    ]


def test_the_honourable_is_not_part_of_a_french_name() -> None:
    text = "La ministre des Affaires étrangères, l\u2019honorable Marie Tremblay, est arrivée."
    assert [n for n, _, _ in _people("fr", text)] == ["Marie Tremblay"]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("fr", "Le président français et le président nigérian Ade Bello sont arrivés.",
         ("Ade Bello", "NG")),
        ("fr", "Le président français et son homologue russe Ivan Petrov sont arrivés.",
         ("Ivan Petrov", "RU")),
        ("en", "The French president and the Nigerian president Ade Bello arrived.",
         ("Ade Bello", "NG")),
        ("nl", "De Franse president en de Nigeriaanse president Ade Bello kwamen aan.",
         ("Ade Bello", "NG")),
    ],
)  # fmt: skip
def test_a_second_title_after_a_joiner_and_an_article_is_its_own(
    lang: str, text: str, found: tuple[str, str]
) -> None:
    assert [(n, c) for n, _, c in _people(lang, text)] == [found]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        (
            "fr",
            "Il a reçu M. Mulroney, le Premier ministre canadien, à Moscou.",
            ("Mulroney", "CA"),
        ),
        (
            "en",
            "He received Mr. Mulroney, the Canadian Prime Minister, in Moscow.",
            ("Mulroney", "CA"),
        ),
    ],
)
def test_an_honorific_marks_a_lone_surname_before_its_title(
    lang: str, text: str, found: tuple[str, str]
) -> None:
    assert [(n, c) for n, _, c in _people(lang, text)] == [found]


def test_french_plural_heads_title_each_listed_name() -> None:
    text = "Il a répondu aux sénateurs Marie Dubois (PS) et Paul Lefort (MR)."
    assert [(n, r) for n, r, _ in _people("fr", text)] == [
        ("Marie Dubois", "senator"),
        ("Paul Lefort", "senator"),
    ]


def test_a_quebec_title_is_a_canadian_one() -> None:
    text = "Le ministre québécois de l'Économie, Jean Tremblay, dirigera une mission en Chine."
    assert [(n, c) for n, _, c in _people("fr", text)] == [("Jean Tremblay", "CA")]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("de", "Der sächsische Wirtschaftsminister Jonas Brandtner reist nach Hanoi.", "DE"),
        ("de", "Die bayerische Ministerin Anna Kohlhaas empfing ihn.", "DE"),
        ("de", "Der steirische Minister Jonas Brandtner reist nach Kiew.", "AT"),
        ("en", "The Scottish minister Morag Kerr flew to Tokyo.", "GB"),
        ("nl", "De Beierse premier Jonas Brandtner bezocht Peking.", "DE"),
        ("fr", "Le président catalan Jordi Ferrer s'est rendu à Rome.", "ES"),
    ],
)
def test_a_regional_title_names_its_state(lang: str, text: str, found: str) -> None:
    """A Land's, a nation's or a region's minister travels for the state it belongs to."""
    assert [c for _, _, c in _people(lang, text)] == [found]


def test_a_french_title_of_then_keeps_its_holder() -> None:
    text = "Le président français d'alors, Paul Durand, espérait faire pression."
    assert [(n, c) for n, _, c in _people("fr", text)] == [("Paul Durand", "FR")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il a parlé avec le président élu américain Donald Trump.", "Donald Trump"),
        ("Le président sortant Jean Dupont a reçu son homologue.", "Jean Dupont"),
        ("La Première ministre désignée Marie Durand est arrivée.", "Marie Durand"),
    ],
)
def test_a_french_adjective_after_the_head_stays_in_the_title(text: str, name: str) -> None:
    """'président élu', 'président sortant': the adjective after the head ends no title."""
    assert name in [n for n, role, _ in _people("fr", text) if role]


@pytest.mark.parametrize(
    "text",
    [
        "Le président Jean-Pierre Morel d'Arleux a reçu son homologue.",
        "Jean-Pierre Morel d'Arleux, Président de la République, a reçu son homologue.",
    ],
)
def test_an_elided_particle_keeps_the_surname_whole(text: str) -> None:
    """ "Giscard d'Estaing": the fused "d'" and the capitalised word after it end the name."""
    assert "Jean-Pierre Morel d'Arleux" in [n for n, _, _ in _people("fr", text)]


def test_an_elided_state_after_a_name_is_no_surname() -> None:
    assert "Jean Dupont" in [n for n, _, _ in _people("fr", "Le ministre Jean Dupont d'Algérie.")]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Kremlin aide Yuri Ushakov spoke to reporters.", "Yuri Ushakov"),
        ("en", "Governor Kathy Hochul welcomed the envoy.", "Kathy Hochul"),
        ("en", "Oman's Sultan Haitham bin Tariq hosted the round.", "Haitham bin Tariq"),
        ("en", "Wire service reporter Anna Berg was expelled.", "Anna Berg"),
        ("en", "Pope Leo received the delegation.", "Leo"),
        ("fr", "Le gouverneur Paul Martin a accueilli l'envoyé.", "Paul Martin"),
        ("fr", "Le maréchal Khalifa Haftar a reçu l'émissaire.", "Khalifa Haftar"),
        ("fr", "Le journaliste Marc Petit a été expulsé.", "Marc Petit"),
        ("fr", "Le général Paul Dubois a reçu l'émissaire.", "Paul Dubois"),
        ("nl", "Gouverneur Jan Smit ontving de gezant.", "Jan Smit"),
        ("nl", "Informateur Piet Bos sprak met de fracties.", "Piet Bos"),
        ("nl", "Topambtenaar Karin Visser leidde het overleg.", "Karin Visser"),
        ("de", "Der Geschäftsträger Igor Petrow wurde einbestellt.", "Igor Petrow"),
        ("de", "Der Journalist Lukas Weber wurde ausgewiesen.", "Lukas Weber"),
        ("de", "Papst Leo empfing die Delegation.", "Leo"),
    ],
)
def test_title_words_of_offices_and_roles(lang: str, text: str, name: str) -> None:
    """Governors, rulers, envoys' stand-ins, officials and journalists hold a stated role: the
    word before their name is a title."""
    assert name in [n for n, _, _ in _people(lang, text)]


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        ("en", "Talks were opened by Grand Duke Henri of Luxembourg.", "Henri", "head of state"),
        ("en", "She was welcomed by First Lady, Grace Mwangi, at the palace.", "Grace Mwangi",
         "first lady"),
        ("fr", "Il a rencontré le préfet de Lyon, Marc Durand, lundi.", "Marc Durand", "governor"),
        ("fr", "La grande-duchesse Maria Teresa accompagnait la délégation.", "Maria Teresa",
         "royal"),
        ("nl", "De premier bezocht groothertog Henri in zijn paleis.", "Henri", "head of state"),
        ("nl", "Hij sprak met kabinetschef Jan Visser over het bezoek.", "Jan Visser", "official"),
        ("de", "Sie empfing Präfekt Jean Martin in Straßburg.", "Jean Martin", "governor"),
        ("de", "Begleitet wurde er von Stabschef Ralf Becker.", "Ralf Becker", "official"),
    ],
)  # fmt: skip
def test_royal_and_administrative_offices_are_titles(
    lang: str, text: str, name: str, role: str
) -> None:
    assert (name, role) in [(n, r) for n, r, _ in _people(lang, text)]


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("en", "The envoys Paul Meyer and Anna Grant met the press.", "envoy"),
        ("fr", "Les conseillers Paul Meyer et Anna Grant ont parlé.", "adviser"),
        ("nl", "De informateurs Paul Meyer en Anna Grant worden verwacht.", "informateur"),
        ("de", "Die Ministerinnen Paula Meyer und Anna Grant trafen sich.", "minister"),
    ],
)
def test_each_name_under_a_plural_title_holds_it(lang: str, text: str, role: str) -> None:
    found = [(n, r) for n, r, _ in _people(lang, text)]
    names = ("Paula Meyer" if lang == "de" else "Paul Meyer", "Anna Grant")
    assert [(n, role) for n in names] == found


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("fr", "Le vice-président américain Joe Sullivan est arrivé.", "vice president"),
        ("de", "Ex-Außenminister Jonas Brandtner traf Putin.", "former foreign minister"),
        ("de", "Altkanzler Jonas Brandtner traf Putin.", "former chancellor"),
        ("nl", "Oud-premier Jan de Vries sprak met Poetin.", "former prime minister"),
    ],
)  # fmt: skip
def test_a_modifier_hyphened_to_its_head_stays_in_the_role(lang: str, text: str, role: str) -> None:
    """'Ex-Außenminister', 'vice-président': the fused modifier is part of the office."""
    assert [r for _, r, _ in _people(lang, text)][:1] == [role]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("US President-elect Anna Soto spoke by phone with him.", ("Anna Soto", "president")),
        ("Prime Minister-designate Anna Soto met the press.", ("Anna Soto", "prime minister")),
    ],
)  # fmt: skip
def test_an_office_elect_or_designate_is_a_title_not_a_name(
    text: str, found: tuple[str, str]
) -> None:
    assert [(n, r) for n, r, _ in _people("en", text)] == [found]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "The Indian Prime Minister, Mrs Gandhi, flew in.", ("Gandhi", "IN")),
        ("fr", "Le Premier ministre indien, Mme Gandhi, est arrivée.", ("Gandhi", "IN")),
        ("de", "Er traf den sowjetischen Ministerpräsidenten, Herrn Kossygin.", ("Kossygin", "SU")),
    ],
)  # fmt: skip
def test_an_honorific_after_a_title_and_comma_marks_a_one_word_name(
    lang: str, text: str, found: tuple[str, str]
) -> None:
    """'The Prime Minister, Mr. Kosygin': the honorific says a surname follows."""
    assert [(n, c) for n, _, c in _people(lang, text)] == [found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der deutsche Delegationsleiter Hans Müller traf in Peking den chinesischen "
         "Außenminister."),
        ("en", "German delegation chief Hans Mueller met the Chinese foreign minister in Beijing."),
        ("nl", "De Duitse delegatieleider Hans Müller ontmoette in Peking de Chinese minister."),
        ("fr", "Le chef de délégation allemand Hans Müller a rencontré à Pékin le ministre "
         "chinois."),
    ],
)  # fmt: skip
def test_the_head_of_a_delegation_leads_his_states_side(lang: str, text: str) -> None:
    """'Delegationsleiter', 'delegation chief': the title itself says who heads the side."""
    facts = extract_article(text, language=lang, published="1972-10-01").facts
    assert ("DE", "Hans Müller" if lang != "en" else "Hans Mueller") in {
        (d.country, d.leader) for d in facts.delegations
    }
