"""A meeting whose own sentence names no place, or no side: the article's other sentences."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-06-10").facts
    return [(m.city, m.parties) for m in facts.meetings]


def test_a_place_named_in_another_sentence_of_a_party_is_the_meeting_place() -> None:
    en = (
        "India and Pakistan held talks on trade. The talks were held at the Presidential "
        "Secretariat, Islamabad, and lasted two hours."
    )
    assert _meetings(en, "en") == [("Islamabad", ["IN", "PK"])]
    nl = (
        "Japan en Vietnam voerden overleg over handel. De premier landde eerder in Hanoi "
        "voor een bezoek van drie dagen."
    )
    assert _meetings(nl, "nl") == [("Hanoi", ["JP", "VN"])]


def test_a_place_of_a_state_taking_no_part_is_not_the_meeting_place() -> None:
    de = (
        "Japan und Vietnam führten Gespräche über den Handel. In Paris demonstrierten am "
        "selben Tag Tausende."
    )
    assert _meetings(de, "de") == [(None, ["JP", "VN"])]


def test_a_call_stays_without_a_place() -> None:
    fr = "Le président français a eu un entretien téléphonique avec son homologue kényan. "
    fr += "Il se trouvait alors à Nairobi pour une conférence."
    assert [city for city, _ in _meetings(fr, "fr")] == [None]


def test_a_reception_in_a_city_is_hosted_by_its_state() -> None:
    de = "Der Kanzler empfing in Bonn den sowjetischen Außenminister."
    assert _meetings(de, "de") == [("Bonn", ["DE", "SU"])]


def test_talks_whose_second_side_is_never_found_are_no_meeting() -> None:
    """'mit dem Gast aus Moskau' names no state: the talks in Bonn have one side, the host's,
    and a meeting of one state is no meeting the article reports."""
    de = "Der Kanzler führte in Bonn mehrere Gespräche mit dem Gast aus Moskau."
    assert _meetings(de, "de") == []


def test_states_in_the_subject_of_a_call_are_no_parties() -> None:
    en = "The German chancellor spoke by phone with the Russian president about the war in Syria."
    assert _meetings(en, "en") == [(None, ["DE", "RU"])]
    nl = "De Duitse kanselier sprak telefonisch met de Russische president over de oorlog in Syrië."
    assert _meetings(nl, "nl") == [(None, ["DE", "RU"])]


def test_a_call_with_a_third_state_is_a_second_call() -> None:
    en = (
        "German Chancellor Olaf Scholz had a telephone conversation with the Russian president. "
        "Earlier, Scholz spoke by phone with the Ukrainian president."
    )
    assert _meetings(en, "en") == [(None, ["DE", "RU"]), (None, ["DE", "UA"])]


def test_calling_on_a_state_to_act_is_no_meeting() -> None:
    en = (
        "The German chancellor spoke by phone with the Russian president. He called on Russia "
        "to withdraw its troops from Ukraine."
    )
    assert _meetings(en, "en") == [(None, ["DE", "RU"])]


def test_a_call_told_from_each_side_is_one_call() -> None:
    fr = (
        "Des manifestants marocains ont brandi des drapeaux marocains devant l'ambassade, avant "
        "un appel téléphonique. Le président français François Hollande a téléphoné lundi soir "
        "au roi pour évoquer la situation. Le Maroc a salué l'appel."
    )
    assert _meetings(fr, "fr") == [(None, ["FR", "MA"])]


def test_a_seat_of_government_places_the_meeting_in_its_city() -> None:
    fr = (
        "Le président français aura un entretien avec son homologue ivoirien dimanche. "
        "Il sera accueilli au palais de l'Elysée à 16h30."
    )
    assert _meetings(fr, "fr") == [("Paris", ["CI", "FR"])]
    de = (
        "Der französische Präsident führte Gespräche mit dem ivorischen Präsidenten. Zuvor war "
        "er im Élysée-Palast empfangen worden."
    )
    assert _meetings(de, "de") == [("Paris", ["CI", "FR"])]


def test_a_state_after_its_city_in_brackets_names_where_not_who() -> None:
    de = "Iran und die USA verhandelten am Montag in Genf (Schweiz)."
    assert _meetings(de, "de") == [("Geneva", ["IR", "US"])]


def test_a_named_group_of_states_takes_part_whole() -> None:
    p51 = ["CN", "DE", "FR", "GB", "IR", "RU", "US"]
    assert _meetings("The P5+1 and Iran held talks in Vienna on Monday.", "en") == [("Vienna", p51)]
    fr = "Les négociateurs du P5+1 et de l'Iran se sont réunis à Genève."
    assert _meetings(fr, "fr") == [("Geneva", p51)]
    nl = "De premiers van de Benelux kwamen dinsdag bijeen in Den Haag voor een top."
    assert _meetings(nl, "nl") == [("The Hague", ["BE", "LU", "NL"])]
    de = "Die Außenminister trafen sich in Bonn zu Zwei-plus-Vier-Gesprächen."
    assert _meetings(de, "de") == [("Bonn", ["DD", "DE", "FR", "GB", "SU", "US"])]


def test_a_head_of_a_state_met_elsewhere_adds_no_party() -> None:
    nl = (
        "In het Catshuis in Den Haag heeft de Nederlandse premier, Mark Rutte, de Belgische "
        "eerste minister, Sophie Wilmès, ontvangen. Haar eerste officiële buitenlandse ontmoeting "
        "als premier was er één met Edouard Philippe, premier van Frankrijk."
    )
    assert _meetings(nl, "nl") == [("The Hague", ["BE", "NL"])]


def test_the_seat_of_the_other_government_names_the_other_side_of_a_call() -> None:
    fr = (
        "Emmanuel Macron et Donald Trump ont eu leur premier échange téléphonique, a fait savoir "
        "la présidence française. Trump entrera à la Maison Blanche en janvier."
    )
    assert _meetings(fr, "fr") == [(None, ["FR", "US"])]
    en = "President Bush spoke by phone with the Soviet leader on Tuesday, the White House said."
    assert _meetings(en, "en") == [(None, ["SU", "US"])]


def test_a_state_named_like_its_capital_is_no_place_of_the_meeting() -> None:
    text = (
        "President Ismail Guelleh of Djibouti and President Paul Kagame of Rwanda held talks "
        "on Monday."
    )
    assert _meetings(text, "en") == [(None, ["DJ", "RW"])]


def test_a_capital_with_a_possessive_is_its_state_not_the_meeting_place() -> None:
    text = (
        "Egyptian President Makes Historic Angola Visit. The Egyptian leader will head to "
        "Mozambique next, a tour that shows Cairo's desire to intensify coordination."
    )
    # the Angola visit, and the Mozambique one 'head to' tells (H111): neither is in Cairo
    assert [city for city, _ in _meetings(text, "en")] == [None, None]


def test_an_agency_dateline_without_a_dash_and_a_capital_spelt_without_its_hyphen() -> None:
    de = "Neu Delhi (AFP) Der deutsche Außenminister hat am Montag Regierungsgespräche aufgenommen."
    assert _meetings(de, "de") == [("New Delhi", ["DE", "IN"])]
