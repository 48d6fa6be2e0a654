"""Rules that generalise beyond the gold articles: members, relative dates, datelines, surnames."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from tests.gold import GOLD, extract_gold

# Members introduced by a bare 'avec' ('with') are not taken: 'with' as often names the other side.
_KNOWN_MISS = {
    "fresh9-de-sz-tokio-staatsbesuch": pytest.mark.xfail(
        reason="'Begleitet wird Hellwig von ...': the German country is never named", strict=True
    ),
    "fresh9-fr-figaro-dakar-visite": pytest.mark.xfail(
        reason="'La délégation française comprend également' with the leader a sentence before",
        strict=True,
    ),
    "fresh8-nl-trouw-staatsbezoek-chili": pytest.mark.xfail(
        reason="member's title runs through 'en' ('Klimaat en Groene Groei')", strict=True
    ),
    "fresh8-de-handelsblatt-eu-indien-runde": pytest.mark.xfail(
        reason="members' titles not in the lexicon ('Agrarexpertin')", strict=True
    ),
    "fresh8-fr-liberation-mascate-prisonniers": pytest.mark.xfail(
        reason="member 'conseiller juridique' after an apposed leader not found", strict=True
    ),
    "fresh5-fr-lemonde-riyad-liban": pytest.mark.xfail(
        reason="member after 'Elle comprend également'", strict=True
    ),
    "gold-fr-ambassadeur-convoque": pytest.mark.xfail(reason="member after 'avec'", strict=True),
    "gold-nl-premier-bezoek-ottawa": pytest.mark.xfail(reason="leader not found", strict=True),
    "fresh1-de-tagesschau-koehler-brasilia": pytest.mark.xfail(
        reason="member's title runs through 'im'", strict=True
    ),
}
WITH_MEMBERS = [
    pytest.param(a, id=a["id"], marks=_KNOWN_MISS.get(a["id"], ()))
    for a in GOLD
    if any(d.get("members") for d in a["gold"]["delegations"])
]


def _surnames(names: list[str]) -> list[str]:
    return sorted(n.split()[-1] for n in names)


@pytest.mark.parametrize("article", WITH_MEMBERS)
def test_named_delegation_members_are_extracted(article: dict[str, object]) -> None:
    result = extract_gold(article)
    gold = article["gold"]
    assert isinstance(gold, dict)
    got = {d.country: _surnames(d.members) for d in result.facts.delegations}
    for delegation in gold["delegations"]:
        if delegation.get("members"):
            assert got[delegation["country"]] == _surnames(delegation["members"])


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("en", "Talks between Norway and Poland in Oslo were cancelled last week.", "2024-03"),
        (
            "nl",
            "Vorige week werd overleg tussen Nederland en België in Brussel afgelast.",
            "2024-03",
        ),
        (
            "de",
            "Letzte Woche wurden Gespräche zwischen Deutschland und Polen in Wien abgesagt.",
            "2024-03",
        ),
        (
            "fr",
            "La semaine dernière, des pourparlers entre la France et l'Italie à Rome "
            "ont été annulés.",
            "2024-03",
        ),
        ("en", "Norway and Poland held talks in Oslo last month.", "2024-02"),
        (
            "nl",
            "Vorige week dinsdag spraken Nederland en België in Brussel met elkaar.",
            "2024-03-05",
        ),
    ],
)
def test_relative_weeks_resolve_to_the_month(language: str, text: str, date: str) -> None:
    result = extract_article(text, language=language, published="2024-03-14")
    assert [m.date for m in result.facts.meetings] == [date]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("nl", "Nederland en België spraken vorige maand in Brussel met elkaar.", "2023-12"),
        ("en", "Norway and Poland held talks in Oslo last month.", "2023-12"),
        ("fr", "La France et l'Italie ont tenu des pourparlers à Rome le mois dernier.", "2023-12"),
        ("de", "Deutschland und Polen führten letzten Monat Gespräche in Wien.", "2023-12"),
        ("en", "Norway and Poland held talks in Oslo last week.", None),
    ],
)
def test_last_month_in_an_article_dated_to_the_month(
    language: str, text: str, date: str | None
) -> None:
    # A week before a month-only date may fall in either month: no date for it.
    result = extract_article(text, language=language, published="2024-01")
    assert [m.date for m in result.facts.meetings] == [date]


def test_relative_week_without_publication_date_stays_null() -> None:
    result = extract_article(
        "Talks between Norway and Poland in Oslo were cancelled last week.", language="en"
    )
    assert [m.date for m in result.facts.meetings] == [None]


def test_leader_named_by_surname_only_after_a_titled_introduction() -> None:
    text = (
        "Minister van Buitenlandse Zaken Karel de Wit bezocht dinsdag Wenen. "
        "De Nederlandse delegatie werd geleid door De Wit."
    )
    result = extract_article(text, language="nl", published="2024-03-14")
    assert [(d.country, d.leader) for d in result.facts.delegations] == [("NL", "Karel de Wit")]


def test_untitled_bare_name_never_leads() -> None:
    text = (
        "Talks opened in Oslo between Norway and Poland. "
        "The Polish delegation was led by Jan Kowal."
    )
    result = extract_article(text, language="en", published="2024-03-14")
    assert result.facts.delegations == []


def test_dateline_places_a_summons_and_a_speakers_city_is_not_a_meeting() -> None:
    text = (
        "BERLIN \u2013 Das Auswärtige Amt hat am Montag den iranischen Botschafter "
        "Ali Amiri einbestellt.\n\n"
        "In Teheran sagte Außenamtssprecher Hamid Farahani, beide Seiten wollten sich bald treffen."
    )
    result = extract_article(text, language="de", published="2024-03-06")
    assert [(m.city, m.parties, m.date) for m in result.facts.meetings] == [
        ("Berlin", ["DE", "IR"], "2024-03-04")
    ]


@pytest.mark.parametrize(
    ("language", "text", "city", "parties"),
    [
        # a verb split from its partner by the place
        (
            "nl",
            "De Nederlandse minister Eva Mulder sprak dinsdag in Den Haag met de Chinese "
            "ambassadeur Li Wei.",
            "The Hague",
            ["CN", "NL"],
        ),
        # Genua is Genoa in Dutch and German, not Geneva
        (
            "de",
            "Die Gespräche zwischen Italien und Tunesien in Genua wurden abgesagt.",
            "Genoa",
            ["IT", "TN"],
        ),
        # a place after a speech verb is where someone spoke, not where anyone meets
        (
            "en",
            "Russia and Ukraine held talks in Istanbul, spokeswoman Irina Volkova said in Moscow.",
            "Istanbul",
            ["RU", "UA"],
        ),
    ],
)
def test_meeting_place_rules(language: str, text: str, city: str, parties: list[str]) -> None:
    result = extract_article(text, language=language, published="2024-05-07")
    assert [(m.city, m.parties) for m in result.facts.meetings][:1] == [(city, parties)]


@pytest.mark.parametrize(
    ("language", "text", "name", "country"),
    [
        (
            "fr",
            "« Nous ouvrons une nouvelle page », a déclaré le porte-parole du Quai d'Orsay, "
            "Paul Garnier.",
            "Paul Garnier",
            None,
        ),
        (
            "fr",
            "Paris a convoqué l'ambassadeur d'Azerbaïdjan en France, Rahim Guliyev.",
            "Rahim Guliyev",
            "AZ",
        ),
        ("nl", "De delegatie stond onder leiding van president Milan Jovic.", "Milan Jovic", None),
        ("de", "Bundesaußenminister Jens Hartmann telefonierte mit Ankara.", "Jens Hartmann", "DE"),
        ("en", "Foreign Minister Israel Katz met his Dutch counterpart in The Hague.",
         "Israel Katz", None),
        ("fr", "Le ministre des Affaires étrangères Maurice Schumann a reçu son homologue à Paris.",
         "Maurice Schumann", None),
        ("nl", "Minister van Buitenlandse Zaken Israel Katz sprak in Den Haag met zijn ambtgenoot.",
         "Israel Katz", None),
        ("en", "A call took place today between President Uzbekistan Shavkat Mirziyoyev and "
               "President of Kazakhstan Kassym-Jomart Tokayev.", "Shavkat Mirziyoyev", "UZ"),
        ("fr", "Le ministre des Affaires étrangères de la France Jean-Yves Le Drian a reçu son "
               "homologue.", "Jean-Yves Le Drian", "FR"),
    ],
)  # fmt: skip
def test_titled_people(language: str, text: str, name: str, country: str | None) -> None:
    result = extract_article(text, language=language, published="2024-05-07")
    found = {o.name: o.country for o in result.facts.officials}
    assert name in found
    assert country is None or found[name] == country


def test_consulate_located_with_de_and_exonym_city() -> None:
    fr = extract_article("Le consulat italien de Sfax reste ouvert.", language="fr")
    assert [(p.location, p.owner_country) for p in fr.facts.properties] == [("Sfax", "IT")]
    de = extract_article("Teheran schloss das deutsche Generalkonsulat in Täbris.", language="de")
    assert [p.location for p in de.facts.properties] == ["Tabriz"]


@pytest.mark.parametrize(
    ("lang", "text", "name", "title"),
    [
        ("de", "Die Staatssekretärin im Auswärtigen Amt, Miriam Koch, protestierte.", "Miriam Koch",
         "Staatssekretärin im Auswärtigen Amt"),
        ("fr", "Le chef de l'opposition, Pierre Lavoie, a dénoncé.", "Pierre Lavoie",
         "chef de l'opposition"),
        ("nl", "Gastheer was de Emiraatse minister van Staat Khalid al-Mansouri, die sprak.",
         "Khalid al-Mansouri", "minister van Staat"),  # the nationality adjective dropped
    ],
)  # fmt: skip
def test_titles_run_through_general_words(lang: str, text: str, name: str, title: str) -> None:
    facts = extract_article(text, language=lang, published="2025-01-01").facts
    assert (name, title) in {(o.name, o.title) for o in facts.officials}


def test_elided_delegation_noun_takes_the_adjective_before_the_passive() -> None:
    text = (
        "De Armeense delegatie stond onder leiding van minister Ararat Mkrtchyan, "
        "de Azerbeidzjaanse werd geleid door viceminister Elnur Hasanov."
    )
    facts = extract_article(text, language="nl", published="2025-01-01").facts
    assert {(d.country, d.leader) for d in facts.delegations} == {
        ("AM", "Ararat Mkrtchyan"), ("AZ", "Elnur Hasanov"),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "led"),
    [
        ("en", "The president was received by a team of US and Kenyan officials led by Kenya's "
         "ambassador to the US, Otieno Waweru.", ("KE", "Otieno Waweru")),
        ("nl", "Hij werd ontvangen door een team van Amerikaanse en Keniaanse ambtenaren onder "
         "leiding van de Keniaanse ambassadeur Otieno Waweru.", ("KE", "Otieno Waweru")),
        ("en", "The US delegation was led by ambassador Otieno Waweru.", ("US", "Otieno Waweru")),
    ],
)  # fmt: skip
def test_a_joint_team_is_led_for_the_leaders_own_state(
    lang: str, text: str, led: tuple[str, str]
) -> None:
    """A team of two states' officials led by one of them: his own state's side, not the
    state named nearest the noun."""
    facts = extract_article(text, language=lang, published="2025-01-01").facts
    assert led in {(d.country, d.leader) for d in facts.delegations}


def test_a_place_inside_the_talks_subject_is_not_where_they_meet() -> None:
    text = "Ze spreekt in Pretoria met haar ambtgenoot over handel, klimaat en de oorlog in Gaza."
    facts = extract_article(text, language="nl", published="2025-01-01").facts
    assert [m.city for m in facts.meetings] in ([], ["Pretoria"])


@pytest.mark.parametrize(
    ("lang", "text", "country", "leader"),
    [
        ("nl", "Rutte ontving een afvaardiging van de Duitse regering, onder leiding van "
         "bondskanselier Karl Brenner.", "DE", "Karl Brenner"),
        ("nl", "De Belgische missie stond onder leiding van minister Anna Peeters.", "BE",
         "Anna Peeters"),
        ("de", "Die polnische Abordnung wurde von Außenminister Jan Nowicki angeführt.", "PL",
         "Jan Nowicki"),
    ],
)  # fmt: skip
def test_other_words_for_a_delegation_take_a_leader(
    lang: str, text: str, country: str, leader: str
) -> None:
    facts = extract_article(text, language=lang, published="2025-01-01").facts
    assert (country, leader) in {(d.country, d.leader) for d in facts.delegations}


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("en", "Norway and Poland held talks in Oslo, the first since 24 February 2022.", None),
        (
            "fr",
            "La France et l'Italie ont tenu des pourparlers à Rome, les premiers depuis le "
            "3 mars 2021.",
            None,
        ),
        ("de", "Deutschland und Polen verhandeln in Wien zum ersten Mal seit Februar 2022.", None),
        ("nl", "Nederland en België spraken in Brussel voor het eerst sinds 12 maart 2021.", None),
        (
            "en",
            "Norway and Poland held the first talks since 24 February 2022 in Oslo on 11 March.",
            "2024-03-11",
        ),
    ],
)
def test_a_date_after_since_starts_a_stretch_and_dates_no_meeting(
    language: str, text: str, date: str | None
) -> None:
    # 'the first talks since 24 February 2022': the date is where the waiting began.
    result = extract_article(text, language=language, published="2024-03-14")
    assert [m.date for m in result.facts.meetings] == [date]


@pytest.mark.parametrize(
    ("language", "text", "leader"),
    [
        ("en", "Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in "
               "Riyadh on Tuesday.", "Marco Rubio"),
        ("fr", "Le secrétaire d\u2019État Antony Blinken a rencontré le président chinois Xi "
               "Jinping à Pékin.", "Antony Blinken"),
    ],
)  # fmt: skip
def test_a_secretary_of_state_is_a_principal_whose_state_the_officeholders_know(
    language: str, text: str, leader: str
) -> None:
    result = extract_article(text, language=language, published="2025-02-18")
    titled = {p.name: p.role for p in result.entities.people}
    assert titled[leader] == "secretary of state"
    assert ("US", leader) in {(d.country, d.leader) for d in result.facts.delegations}
