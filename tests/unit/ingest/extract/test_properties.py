"""Diplomatic properties: one per listed place, owners from adjectives and genitives."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _props(text: str, language: str) -> list[tuple[str | None, str | None]]:
    result = extract_article(text, language=language, published="2024-05-07")
    return [(p.location, p.owner_country) for p in result.facts.properties]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Chile closed the Peruvian consulates general in Lyon, Marseille and Bordeaux.",
         [("Lyon", "PE"), ("Marseille", "PE"), ("Bordeaux", "PE")]),
        ("fr", "Le Chili ferme les consulats généraux péruviens à Lyon, Marseille et Bordeaux.",
         [("Lyon", "PE"), ("Marseille", "PE"), ("Bordeaux", "PE")]),
        ("fr", "Il s'agit du consulat de Lyon, de Bordeaux et de New-York.",
         [("Lyon", None), ("Bordeaux", None), ("New York", None)]),
        ("de", "Berlin schließt die iranischen Generalkonsulate in Frankfurt am Main, München "
               "und Hamburg.", [("Frankfurt", "IR"), ("Munich", "IR"), ("Hamburg", "IR")]),
        ("de", "Offen bleibt eines der Konsulate Hamburg, Bonn und Leipzig.",
         [("Hamburg", None), ("Bonn", None), ("Leipzig", None)]),
        ("nl", "Chili sluit de Peruaanse consulaten in Lyon, Marseille en Bordeaux.",
         [("Lyon", "PE"), ("Marseille", "PE"), ("Bordeaux", "PE")]),
        # A town the gazetteer does not know: after a city noun, or before a known one.
        ("de", "Die Diplomaten leiteten die Konsulate in den Städten San Antonio, San Lorenzo "
               "und San Carlos.", [("San Antonio", None), ("San Lorenzo", None),
                                   ("San Carlos", None)]),
        ("en", "Kenya closed its consulates in San Antonio, San Lorenzo and Maracaibo.",
         [("San Antonio", "KE"), ("San Lorenzo", "KE"), ("Maracaibo", "KE")]),
        ("en", "Kenya closed its consulates in San Antonio, San Lorenzo and El Pulgar.",
         [("San Antonio", "KE")]),
        ("nl", "Het Chinese consulaat in de Amerikaanse stad Houston, in Texas, is gesloten.",
         [("Houston", "CN")]),
    ],
)  # fmt: skip
def test_each_listed_place_is_a_property(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le Niger menace l'ambassade de France à Niamey.", [("Niamey", "FR")]),
        ("fr", "Des étudiants occupent l'ambassade des États-Unis à Téhéran.", [("Tehran", "US")]),
        ("en", "Iran's embassy in London reopened on Sunday.", [("London", "IR")]),
        ("de", "Die deutsche Botschaft in Kabul bleibt geschlossen.", [("Kabul", "DE")]),
        # The embassy stands in the capital; a state has many consulates, left unplaced.
        ("nl", "De Nederlandse ambassade en consulaten in Turkije zijn weer open.",
         [("Ankara", "NL"), (None, "NL")]),
        ("en", "Protesters gathered outside the embassy in Iran.", []),
        ("de", "Berlin schließt iranische Generalkonsulate in Deutschland. Betroffen sind die "
               "iranischen Generalkonsulate in Hamburg und München.",
         [("Hamburg", "IR"), ("Munich", "IR")]),
    ],
)  # fmt: skip
def test_owner_and_place(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Moscow closed the Russian trade office in London.", "London"),
        ("fr", "Ottawa a fermé le haut-commissariat indien à Ottawa.", "Ottawa"),
        ("nl", "De Franse kanselarij in Kigali werd gesloten.", "Kigali"),
        ("de", "Die französische Kanzlei in Kigali wurde geschlossen.", "Kigali"),
    ],
)
def test_premises_other_than_embassies(language: str, text: str, place: str) -> None:
    assert [location for location, _ in _props(text, language)] == [place]


def test_one_building_named_twice_is_one_property() -> None:
    text = (
        "L'Allemagne maintient son ambassade à Téhéran. "
        "L'Iran a convoqué le chargé d'affaires de l'ambassade d'Allemagne à Téhéran."
    )
    assert _props(text, "fr") == [("Tehran", "DE")]


def test_a_venue_embassy_is_still_a_property() -> None:
    text = (
        "Steinmeier traf Kern am Montag in Wien; danach ein Gespräch in der Deutschen "
        "Botschaft in Wien."
    )
    assert ("Vienna", "DE") in _props(text, "de")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Berlin holte das Personal der deutschen Botschaft in der Hauptstadt Teheran ab.",
         [("Tehran", "DE")]),
        ("en", "London reopened the British embassy in the capital Tehran.", [("Tehran", "GB")]),
        ("nl", "Er kwamen klachten binnen over ambassades in het Nederlandse systeem.", []),
    ],
)  # fmt: skip
def test_place_after_article_and_capital_noun(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "La France a fermé son ambassade à Niamey.", [("Niamey", "FR", "FR")]),
        # placed in the state only: the embassy stands in its capital
        ("fr", "La France a fermé son ambassade au Niger.", [("Niamey", "FR", "FR")]),
        ("en", "Britain closed its embassy in Tehran.", [("Tehran", "GB", "GB")]),
        ("de", "Deutschland schloss seine Botschaft in Kabul.", [("Kabul", "DE", "DE")]),
        ("nl", "Nederland sloot zijn ambassade in Kabul.", [("Kabul", "NL", "NL")]),
    ],
)
def test_a_state_closing_its_own_embassy_owns_and_restricts_it(
    language: str, text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    result = extract_article(text, language=language, published="2024-05-07")
    found = [(p.location, p.owner_country, p.restricted_by) for p in result.facts.properties]
    assert found == expected


def test_a_run_of_capitalised_words_is_placed_by_the_place_inside_it() -> None:
    assert _props("Ross led a trade mission in Trump China last year.", "en") == []
    assert _props("Russia closed its consulate in Downtown San Francisco.", "en") == [
        ("San Francisco", "RU")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Zo'n duizend mensen bij Rotterdams consulaat"),
        ("en", "Thousands Gather At Embassy"),
        ("de", "Hunderte vor Leipziger Konsulat"),
    ],
)
def test_no_property_from_a_headline_word(language: str, text: str) -> None:
    assert _props(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Washington ordered the closure of the San Francisco consulate.", "San Francisco"),
        ("nl", "Demonstranten verzamelden zich bij het New York consulaat.", "New York"),
        ("fr", "La police a bouclé le San Francisco consulat.", "San Francisco"),
    ],
)
def test_a_place_before_the_noun_is_its_location(language: str, text: str, place: str) -> None:
    assert [location for location, _ in _props(text, language)] == [place]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Russia must halt its trade mission in Washington.", "Washington"),
        ("nl", "Rusland sluit zijn handelsmissie in Washington.", "Washington"),
        ("fr", "La Russie ferme sa mission commerciale à Washington.", "Washington"),
        ("de", "Russland schließt seine Handelsvertretung in Washington.", "Washington"),
    ],
)
def test_a_two_word_noun_is_one_building(language: str, text: str, place: str) -> None:
    assert _props(text, language) == [(place, "RU")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "ROTTERDAM - Bij het Turkse consulaat verzamelden zich zaterdag duizend mensen."),
        ("en", "ROTTERDAM - A thousand people gathered at the Turkish consulate last night."),
    ],
)
def test_an_owned_building_without_a_place_stands_in_the_datelines_city(
    language: str, text: str
) -> None:
    assert ("Rotterdam", "TR") in _props(text, language)
    assert _props(text.split(" - ", 1)[1], language) == [(None, "TR")]  # no dateline, no place


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Betogers vielen de ambassades van Rwanda, België, Frankrijk, de Verenigde Staten, "
               "Oeganda en Kenia aan.",
         [(None, "RW"), (None, "BE"), (None, "FR"), (None, "US"), (None, "UG"), (None, "KE")]),
        ("en", "Protesters attacked the embassies of Rwanda, France and the United States in "
               "Kinshasa.", [("Kinshasa", "RW"), ("Kinshasa", "FR"), ("Kinshasa", "US")]),
        ("de", "Demonstranten stürmten die Botschaften Frankreichs und Belgiens in Kinshasa.",
         [("Kinshasa", "FR"), ("Kinshasa", "BE")]),
        ("en", "The embassy of Spain in Rabat reopened.", [("Rabat", "ES")]),
        ("fr", "Des manifestants ont attaqué les ambassades de France et d'Italie à Kinshasa.",
         [("Kinshasa", "FR"), ("Kinshasa", "IT")]),
        ("fr", "Des manifestants ont attaqué les ambassades de France, d\u2019Allemagne et de "
               "Belgique.",
         [(None, "FR"), (None, "DE"), (None, "BE")]),
    ],
)  # fmt: skip
def test_one_property_per_listed_owner(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "owner"),
    [
        ("nl", "De Zweedse ambassade deelt een pand met de Finse ambassade.", ["SE", "FI"]),
        ("en", "Protesters threw stones at the Danish embassy last night.", ["DK"]),
        ("de", "Demonstranten besetzten am Abend die polnische Botschaft.", ["PL"]),
        ("fr", "Des manifestants ont envahi l'ambassade de Suède vendredi.", ["SE"]),
    ],
)
def test_an_owned_building_without_a_place_is_a_property(
    language: str, text: str, owner: list[str]
) -> None:
    assert _props(text, language) == [(None, code) for code in owner]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Danish embassy's spokesman declined to comment."),
        ("en", "A statement of the Danish embassy called it a provocation."),
        ("fr", "Le porte-parole de l'ambassade danoise n'a pas commenté."),
        ("nl", "De woordvoerder van de Deense ambassade gaf geen commentaar."),
        ("nl", "Protesten tegen de Deense ambassades in het Midden-Oosten."),
        ("en", "The minister leads a Danish trade mission next week."),
    ],
)
def test_an_embassy_as_employer_plural_or_trade_delegation_is_no_property(
    language: str, text: str
) -> None:
    assert _props(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "owner"),
    [
        ("en", "The chargé d'affaires of the Danish embassy was summoned.", "DK"),
        ("en", "The Danish Embassy's chargé d'affaires was summoned on Monday.", "DK"),
        ("de", "Der Geschäftsträger der dänischen Botschaft wurde einbestellt.", "DK"),
        ("de", "Zwei Mitarbeiter der dänischen Botschaft wurden ausgewiesen.", "DK"),
        ("fr", "Le chargé d'affaires de l'ambassade du Danemark a été convoqué.", "DK"),
        ("nl", "Twee medewerkers van de Deense ambassade werden uitgewezen.", "DK"),
    ],
)
def test_an_embassy_whose_envoy_or_staff_is_named_is_a_property(
    language: str, text: str, owner: str
) -> None:
    assert _props(text, language) == [(None, owner)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police guarded the UK embassy in Oslo overnight.", [("Oslo", "GB")]),
        ("Hundreds rallied outside the US embassy last night.", [(None, "US")]),
        ("Iran warned the embassy in Oslo, a spokesman said.", [("Oslo", None)]),
    ],
)
def test_a_country_name_right_before_the_noun_owns_it(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, "en") == expected


def test_a_property_named_by_its_host_state_keeps_the_state() -> None:
    # No town, the state only: the building is still placed, in the state's capital, and the
    # state kept as its host, in every language.
    texts = {
        "nl": "De Nederlandse ambassade in Turkije is na de protesten gesloten.",
        "en": "The Dutch embassy in Turkey was closed after the protests.",
        "de": "Die niederländische Botschaft in der Türkei wurde nach den Protesten geschlossen.",
        "fr": "L'ambassade des Pays-Bas en Turquie a été fermée après les manifestations.",
    }
    for language, text in texts.items():
        result = extract_article(text, language=language, published="2024-05-07")
        found = [(p.kind, p.location, p.host_country) for p in result.entities.properties]
        assert found == [("embassy", "Ankara", "TR")], language
    in_town = extract_article("The Dutch embassy in Ankara was closed.", language="en")
    assert [p.host_country for p in in_town.entities.properties] == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The remarks made by the Danish embassy in Norway angered lawmakers."),
        ("en", "Lawmakers were angered by the Danish embassy last week."),
        ("nl", "De opmerkingen door de Deense ambassade in Noorwegen wekten woede."),
        ("fr", "Les propos tenus par l'ambassade danoise en Norvège ont choqué."),
        ("de", "Die Äußerungen durch die dänische Botschaft in Norwegen empörten Abgeordnete."),
    ],
)
def test_an_embassy_that_acts_in_a_host_state_is_no_property(language: str, text: str) -> None:
    # No town: the embassy is the institution that speaks.
    assert _props(text, language) == []


def test_an_embassy_whose_envoy_is_named_in_a_host_state_stands_in_its_capital() -> None:
    text = "Il a reçu le chargé d'affaires de l'ambassade du Danemark en Norvège."
    assert _props(text, "fr") == [("Oslo", "DK")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police sealed off the consulate early today. Staff left the consulate at noon. "
               "Protesters stayed outside the consulate all night."),
        ("nl", "De politie sloot het consulaat maandag af. Het personeel verliet het consulaat. "
               "Demonstranten bleven de hele nacht bij het consulaat."),
        ("de", "Die Polizei riegelte das Konsulat am Montag ab. Die Mitarbeiter verließen das "
               "Konsulat. Demonstranten blieben die ganze Nacht vor dem Konsulat."),
        ("fr", "La police a bouclé le consulat lundi. Le personnel a quitté le consulat. "
               "Des manifestants sont restés devant le consulat toute la nuit."),
    ],
)  # fmt: skip
def test_a_building_the_article_keeps_naming_by_its_noun_alone_is_a_property(
    language: str, text: str
) -> None:
    assert _props(text, language) == [(None, None)]


def test_a_bare_noun_named_once_or_twice_or_beside_a_named_building_is_no_property() -> None:
    twice = "Police sealed off the consulate early today. Staff left the consulate at noon."
    assert _props(twice, "en") == []
    named = (
        "Police sealed off the consulate early today. Staff left the consulate at noon. "
        "Protesters stayed outside the consulate. The Danish consulate in Oslo stays open."
    )
    assert _props(named, "en") == [("Oslo", "DK")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Militants attacked the Danish embassy compound in Oslo overnight."),
        ("en", "Protesters broke into the Danish embassy building in Oslo."),
        ("nl", "Demonstranten drongen het Deense ambassadegebouw in Oslo binnen."),
        ("de", "Demonstranten drangen in das dänische Botschaftsgebäude in Oslo ein."),
        ("de", "Die Polizei räumte das dänische Botschaftsgelände in Oslo."),
    ],
)
def test_the_embassys_building_or_grounds_are_one_property(language: str, text: str) -> None:
    assert _props(text, language) == [("Oslo", "DK")]


@pytest.mark.parametrize(
    "text",
    [
        "Im Januar hatte Deutschland einen Mitarbeiter des russischen Konsulats in München "
        "ausgewiesen.",
        "Die Zukunft des russischen Konsulates in München ist offen.",
    ],
)
def test_a_german_building_noun_in_the_genitive_is_a_property(text: str) -> None:
    assert _props(text, "de") == [("Munich", "RU")]


def test_an_elided_tie_is_written_onto_its_state() -> None:
    text = "Des manifestants ont attaqué les ambassades d'Italie et de France à Kinshasa."
    result = extract_article(text, language="fr", published="2024-05-07")
    names = [p.name for p in result.facts.properties]
    assert names == ["ambassades d'Italie", "ambassades de France"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The Dutch embassy in the Afghan capital Kabul will close.", [("Kabul", "NL")]),
        ("en", "The Dutch embassy in the Afghan capital, Kabul, will close.", [("Kabul", "NL")]),
        ("en", "The Dutch embassy in the Afghan capital will close.", [("Kabul", "NL")]),
        ("nl", "De Nederlandse ambassade in de Afghaanse hoofdstad Kaboel gaat dicht.",
         [("Kabul", "NL")]),
        ("de", "Die deutsche Botschaft in der afghanischen Hauptstadt Kabul schließt.",
         [("Kabul", "DE")]),
        ("fr", "L'ambassade de France dans la capitale afghane, Kaboul, ferme.", [("Kabul", "FR")]),
    ],
)  # fmt: skip
def test_a_building_in_a_states_capital_stands_in_that_city(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The residence of the French ambassador in Tehran was surrounded.",
         [("Tehran", "FR")]),
        ("fr", "La résidence de l'ambassadeur de France à Téhéran a été encerclée.",
         [("Tehran", "FR")]),
        ("de", "Die Residenz des deutschen Botschafters in Teheran wurde angegriffen.",
         [("Tehran", "DE")]),
        # Placed nowhere, the residence is still his state's (round 458).
        ("fr", "La résidence de l'ambassadeur de France a été encerclée.", [(None, "FR")]),
    ],
)  # fmt: skip
def test_an_envoys_posting_in_his_title_places_his_residence(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Russia closed the US consulate general in Yekaterinburg and the consulate in "
               "Vladivostok.", [("Yekaterinburg", "US"), ("Vladivostok", "US")]),
        ("nl", "Het Russische consulaat in Rotterdam en de ambassade in Den Haag blijven open.",
         [("Rotterdam", "RU"), ("The Hague", "RU")]),
        ("fr", "Le consulat de France à Genève et l'ambassade d'Italie à Paris sont fermés.",
         [("Geneva", "FR"), ("Paris", "IT")]),
    ],
)  # fmt: skip
def test_a_building_joined_to_an_owned_one_shares_its_owner(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The US interests section in Havana was upgraded to an embassy.",
         [("Havana", "US")]),
        ("en", "Washington closed the Russian consular annex in New York.", [("New York", "RU")]),
        ("de", "Die US-Interessenvertretung in Havanna wurde zur Botschaft aufgewertet.",
         [("Havana", "US")]),
        ("fr", "La France a fermé son bureau de représentation à Vilnius.", [("Vilnius", "FR")]),
        ("fr", "La France a fermé son bureau de liaison à Vilnius.", [("Vilnius", "FR")]),
        ("nl", "Nederland sluit zijn diplomatiek bureau in Niamey.", [("Niamey", "NL")]),
    ],
)  # fmt: skip
def test_offices_interests_sections_and_annexes_are_buildings(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "L'Allemagne ferme ses consulats à Ekaterinbourg et Novossibirsk.",
         [("Yekaterinburg", "DE"), ("Novosibirsk", "DE")]),
        ("de", "Russland schließt das US-Generalkonsulat in Jekaterinburg.",
         [("Yekaterinburg", "US")]),
        ("de", "Das syrische Honorarkonsulat in Hamburg wurde geschlossen.", [("Hamburg", "SY")]),
    ],
)  # fmt: skip
def test_russian_consular_cities_and_honorary_consulates(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The French embassy in The Hague was closed.", [("The Hague", "FR")]),
        ("fr", "L'ambassade de France à La Havane a été fermée.", [("Havana", "FR")]),
        ("fr", "L'ambassade de France à La Paz a été fermée.", [("La Paz", "FR")]),
    ],
)  # fmt: skip
def test_a_place_whose_name_opens_with_an_article_places_a_building(
    language: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, language) == expected
