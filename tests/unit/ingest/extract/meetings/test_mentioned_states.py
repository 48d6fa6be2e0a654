"""Which states take part in a meeting: not the state a war is fought in, nor earlier stops of
a tour, nor states named in what it is to discuss; each state listed as a stop of a tour is a
visit of its own; a city that is the seat of two parties hosts for the one the article names;
a host met alone meets the only other state the article names."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str, str, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-06-10").facts
    return sorted((m.kind, m.city or "", m.parties) for m in facts.meetings)


def test_the_state_a_war_is_fought_in_is_no_party_of_the_call() -> None:
    en = (
        "The German chancellor spoke by phone with the Japanese prime minister on Friday. "
        "The call, crucial for the conflict in Ukraine, lasted an hour."
    )
    assert _meetings(en, "en") == [("call", "", ["DE", "JP"])]
    de = (
        "Der deutsche Bundeskanzler hat am Freitag mit dem japanischen Premierminister "
        "telefoniert. Er forderte in dem Telefonat ein Ende des Ukraine-Krieges."
    )
    assert _meetings(de, "de") == [("call", "", ["DE", "JP"])]
    fr = (
        "Le chancelier allemand s'est entretenu par téléphone avec le Premier ministre japonais "
        "vendredi. L'appel pourrait être crucial pour la suite de la guerre en Ukraine."
    )
    assert _meetings(fr, "fr") == [("call", "", ["DE", "JP"])]


def test_a_state_attacked_after_an_elided_article_is_no_party() -> None:
    fr = (
        "Lors de l'entretien, le Premier ministre japonais a condamné l'invasion russe contre "
        "la Géorgie et demandé au président russe d'y mettre fin."
    )
    assert _meetings(fr, "fr") == [("talks", "", ["JP", "RU"])]


def test_crisis_talks_between_two_states_keep_them_as_parties() -> None:
    en = "Crisis talks between Ghana and Nigeria were held in Accra on Monday."
    assert _meetings(en, "en") == [("talks", "Accra", ["GH", "NG"])]


def test_states_visited_before_are_no_parties_of_this_visit() -> None:
    en = "The Japanese minister arrived in Nairobi on Monday after visits to Ghana and Nigeria."
    assert _meetings(en, "en") == [("visit", "Nairobi", ["JP", "KE"])]
    nl = "De Japanse minister was maandag in Nairobi na een bezoek aan Ghana en Nigeria."
    assert _meetings(nl, "nl") == [("visit", "Nairobi", ["JP", "KE"])]


def test_each_state_of_a_tour_is_a_visit_of_its_own() -> None:
    expected = [("visit", "", ["GH", "JP"]), ("visit", "", ["JP", "NG"])]
    en = "The Japanese prime minister will visit Ghana and Nigeria next week."
    assert _meetings(en, "en") == expected
    de = "Der japanische Premierminister besucht nächste Woche Ghana und Nigeria."
    assert _meetings(de, "de") == expected
    fr = "Le Premier ministre japonais se rendra au Ghana et au Nigeria la semaine prochaine."
    assert _meetings(fr, "fr") == expected


def test_brussels_hosts_for_the_eu_when_the_article_names_only_the_eu() -> None:
    en = (
        "The Swiss state secretary will travel to Brussels on Thursday for exploratory talks. "
        "The EU wants a new agreement with Switzerland."
    )
    assert _meetings(en, "en") == [("visit", "Brussels", ["CH", "EU"])]
    en_belgium = en.replace("The EU", "Belgium")
    assert _meetings(en_belgium, "en") == [("visit", "Brussels", ["BE", "CH"])]


def test_states_named_in_what_a_meeting_is_to_discuss_are_no_parties() -> None:
    en = (
        "The Japanese and Kenyan deputy foreign ministers met in Nairobi to discuss the talks "
        "between Iran and the United States."
    )
    assert _meetings(en, "en") == [("meeting", "Nairobi", ["JP", "KE"])]
    fr = (
        "Les ministres japonais et kényan se sont rencontrés à Nairobi pour discuter des "
        "négociations entre l'Iran et les États-Unis."
    )
    assert [m[1:] for m in _meetings(fr, "fr")] == [("Nairobi", ["JP", "KE"])]


def test_a_host_met_alone_meets_the_only_other_state_the_article_names() -> None:
    en = (
        "The foreign minister held talks in Manila on Monday with the Philippine foreign "
        "secretary. It was his first trip abroad since India reopened its borders."
    )
    assert _meetings(en, "en") == [("talks", "Manila", ["IN", "PH"])]
    de = (
        "Der Bundespräsident führte am Freitag in Wien Gespräche mit dem österreichischen "
        "Bundespräsidenten. Am Abend besuchte er die Deutsche Botschaft."
    )
    assert _meetings(de, "de") == [("talks", "Vienna", ["AT", "DE"])]
