"""Inflected and plural meeting nouns: genitives, datives and plurals are meeting words too."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_a_german_genitive_or_dative_meeting_noun_is_a_meeting() -> None:
    de = "Während seines Staatsbesuches in Rom traf der polnische Präsident den italienischen."
    assert _meetings(de, "de") == [("Rome", ["IT", "PL"])]
    de = "Nach den Gesprächen der polnischen und italienischen Minister in Rom gab es Essen."
    assert _meetings(de, "de") == [("Rome", ["IT", "PL"])]


def test_plural_meeting_nouns_are_meetings() -> None:
    nl = "De Poolse minister begon in Rome met ontmoetingen met Italiaanse collega's."
    assert _meetings(nl, "nl") == [("Rome", ["IT", "PL"])]
    en = "Polish and Italian ministers held parleys in Rome on Monday."
    assert _meetings(en, "en") == [("Rome", ["IT", "PL"])]
    fr = "Les rencontres entre ministres polonais et italiens à Rome ont duré deux jours."
    assert _meetings(fr, "fr") == [("Rome", ["IT", "PL"])]
