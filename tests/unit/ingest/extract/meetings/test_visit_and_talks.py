"""A visit and the talks held during it, told in sentences of their own, are two meetings."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str, list[str], str]]:
    facts = extract_article(text, language=lang, published="2025-06-10").facts
    return sorted((m.city or "", m.parties, m.kind) for m in facts.meetings)


def test_a_state_visit_and_its_talks_are_two_meetings() -> None:
    en = (
        "The Ghanaian president arrived in Nairobi on Monday for a state visit. On Tuesday "
        "the Ghanaian and Kenyan presidents held talks in Nairobi."
    )
    assert _meetings(en, "en") == [
        ("Nairobi", ["GH", "KE"], "talks"), ("Nairobi", ["GH", "KE"], "visit")
    ]  # fmt: skip
    de = (
        "Der ghanaische Präsident ist am Montag zu einem Staatsbesuch in Berlin eingetroffen. "
        "Am Dienstag führte er in Berlin Gespräche mit dem deutschen Bundeskanzler."
    )
    assert _meetings(de, "de") == [
        ("Berlin", ["DE", "GH"], "talks"), ("Berlin", ["DE", "GH"], "visit")
    ]  # fmt: skip


def test_talks_told_twice_stay_one_meeting() -> None:
    en = (
        "The Ghanaian and Kenyan presidents held talks in Nairobi on Monday. The talks in "
        "Nairobi between the Ghanaian and Kenyan presidents lasted three hours."
    )
    assert _meetings(en, "en") == [("Nairobi", ["GH", "KE"], "talks")]


def test_a_call_about_a_visit_and_the_visit_are_two_meetings() -> None:
    de = (
        "Der chinesische Präsident wird den USA im September einen Staatsbesuch abstatten. "
        "Das sagte er am Dienstag in einem Telefonat mit dem US-Präsidenten."
    )
    assert _meetings(de, "de") == [("", ["CN", "US"], "call"), ("", ["CN", "US"], "visit")]
    en = (
        "The Chinese president will pay a state visit to the United States in September. "
        "He said so on Tuesday in a phone call with the US president."
    )
    assert _meetings(en, "en") == [("", ["CN", "US"], "call"), ("", ["CN", "US"], "visit")]


def test_a_telefongespraech_is_a_call() -> None:
    de = "Der chinesische Präsident führte am Dienstag ein Telefongespräch mit dem US-Präsidenten."
    assert _meetings(de, "de") == [("", ["CN", "US"], "call")]


def test_a_call_on_another_date_is_another_call() -> None:
    en = (
        "The German chancellor had a phone call with the Russian president on 15 November. "
        "Their last phone call, between Germany and Russia, took place in December 2022."
    )
    assert _meetings(en, "en") == [("", ["DE", "RU"], "call"), ("", ["DE", "RU"], "call")]


def test_meetings_on_two_days_are_two_meetings_but_a_visit_spans_its_days() -> None:
    en = (
        "The Swiss foreign minister met his Turkish counterpart in Geneva on 3 May. On 5 May "
        "the Swiss foreign minister met the Turkish president in Geneva."
    )
    assert _meetings(en, "en") == [
        ("Geneva", ["CH", "TR"], "meeting"), ("Geneva", ["CH", "TR"], "meeting")
    ]  # fmt: skip
    fr = (
        "Le 17 février, le ministre français s'entretient à Moscou avec son homologue russe. "
        "Le 21 février, le ministre français a rencontré à Moscou le président russe."
    )
    assert _meetings(fr, "fr") == [
        ("Moscow", ["FR", "RU"], "meeting"), ("Moscow", ["FR", "RU"], "talks")
    ]  # fmt: skip
    visit = (
        "The Kenyan president arrived in Addis Ababa on 3 May for a state visit. On 4 May the "
        "Kenyan president met the Ethiopian prime minister in Addis Ababa."
    )
    assert _meetings(visit, "en") == [("Addis Ababa", ["ET", "KE"], "visit")]


def test_talks_told_without_a_place_during_a_visit_are_held_there() -> None:
    en = (
        "The Ghanaian president arrived in Nairobi on Monday for a state visit. On Tuesday "
        "he held bilateral talks with the Kenyan president."
    )
    assert _meetings(en, "en") == [
        ("Nairobi", ["GH", "KE"], "talks"), ("Nairobi", ["GH", "KE"], "visit")
    ]  # fmt: skip
    fr = (
        "Le président ghanéen est arrivé lundi à Dakar pour une visite officielle. Les deux "
        "présidents ont ensuite eu des entretiens au palais présidentiel."
    )
    assert _meetings(fr, "fr") == [
        ("Dakar", ["GH", "SN"], "talks"), ("Dakar", ["GH", "SN"], "visit")
    ]  # fmt: skip


def test_talks_placed_by_there_are_the_visits_own_programme() -> None:
    nl = (
        "De Nederlandse minister is dinsdag in Nairobi aangekomen voor een bezoek aan Kenia. Daar "
        "spreekt ze met de Keniaanse minister van Handel."
    )
    assert _meetings(nl, "nl") == [("Nairobi", ["KE", "NL"], "visit")]
