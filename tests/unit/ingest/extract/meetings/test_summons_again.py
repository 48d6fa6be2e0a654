"""A summons told again, its cause's places, and the state an envoy noun belongs to: a summons is
one meeting at the summoning ministry, not a second one wherever its sentences point."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-06-10").facts
    return [(m.city, m.parties) for m in facts.meetings]


def test_the_meeting_told_as_known_is_the_summons_not_one_where_its_topic_is() -> None:
    en = (
        "Bangladesh summoned the Pakistani high commissioner on Monday. During the meeting, the "
        "envoy was told to protect the high commissioner of Bangladesh in Islamabad."
    )
    assert _meetings(en, "en") == [("Dhaka", ["BD", "PK"])]
    fr = (
        "L'Algérie a convoqué mardi l'ambassadeur de France. La raison de la convocation serait "
        "les déclarations d'un chercheur à Barcelone."
    )
    assert _meetings(fr, "fr") == [("Algiers", ["DZ", "FR"])]
    de = (
        "Das Auswärtige Amt bestellte den libyschen Botschafter ein. Außenminister Westerwelle "
        "bekräftigte bei dem Treffen in Doha die Bereitschaft Deutschlands zu helfen."
    )
    assert _meetings(de, "de") == [("Berlin", ["DE", "LY"])]


def test_a_meeting_in_the_summoned_state_naming_no_other_side_is_the_cause() -> None:
    de = (
        "China hat den deutschen Botschafter einbestellt. Außenminister Maas hatte den "
        "Aktivisten Wong in Berlin getroffen."
    )
    assert _meetings(de, "de") == [("Beijing", ["CN", "DE"])]
    nl = (
        "Turkije heeft de Nederlandse zaakgelastigde ontboden. Minister Koenders had de "
        "Koerdische activist in Den Haag ontmoet."
    )
    assert _meetings(nl, "nl") == [("Ankara", ["NL", "TR"])]
    en = (
        "China summoned the British ambassador. Foreign Secretary Hunt had met the activist in "
        "London last week."
    )
    assert _meetings(en, "en") == [("Beijing", ["CN", "GB"])]


def test_the_summoners_own_envoy_summoned_in_turn_is_a_second_summons() -> None:
    de = (
        "Die Türkei bestellte den deutschen Botschafter ein. Ankara reagierte damit auf die "
        "Einbestellung des türkischen Botschafters in Berlin."
    )
    assert _meetings(de, "de") == [("Ankara", ["DE", "TR"]), ("Berlin", ["DE", "TR"])]


def test_a_state_before_the_summoning_verb_is_the_summoner_not_the_envoys() -> None:
    fr = (
        "Après l'agression d'un diplomate marocain, Rabat convoque le chargé d'affaires de "
        "l'ambassade d'Algérie."
    )
    assert _meetings(fr, "fr") == [("Rabat", ["DZ", "MA"])]


def test_an_envoy_received_with_no_place_told_is_met_where_he_is_posted() -> None:
    fr = (
        "Le secrétaire général du ministère algérien des Affaires étrangères a reçu "
        "l'ambassadeur de France en Algérie, Stéphane Romat. Paris a décidé d'inculper un "
        "diplomate."
    )
    assert _meetings(fr, "fr") == [("Algiers", ["DZ", "FR"])]
