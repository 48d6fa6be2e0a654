"""A meeting on the sidelines of a forum is held where the forum is: the sidelines phrase opens no
subject, though English 'on' also opens one ('talks on trade')."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _places(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2014-09-20").facts
    return [(m.city, m.parties) for m in facts.meetings]


def test_the_forums_city_after_a_sidelines_phrase_places_the_meeting() -> None:
    en = (
        "Egyptian President Abdel Fattah al-Sisi and Ethiopian Prime Minister Hailemariam "
        "Desalegn met in June on the sidelines of the African Union summit in Malabo."
    )
    # the bilateral meeting and the summit it was held beside (`meetings.margins`)
    both = [("Malabo", ["EG", "ET"]), ("Malabo", ["EG", "ET"])]
    assert _places(en, "en") == both
    margins = en.replace("in June on the sidelines of", "on the margins of")
    assert _places(margins, "en") == both


def test_the_other_languages_read_it_alike() -> None:
    fr = (
        "Le président égyptien Abdel Fattah al-Sissi et le Premier ministre éthiopien "
        "Hailemariam Desalegn se sont rencontrés en juin en marge du sommet de l'Union "
        "africaine à Malabo."
    )
    assert _places(fr, "fr") == [("Malabo", ["EG", "ET"]), ("Malabo", ["EG", "ET"])]


def test_a_subject_after_on_still_swallows_its_place() -> None:
    en = (
        "Egyptian President Abdel Fattah al-Sisi and Ethiopian Prime Minister Hailemariam "
        "Desalegn met in Cairo for talks on the war in Sudan and the blockade of Khartoum."
    )
    assert _places(en, "en") == [("Cairo", ["EG", "ET"])]
