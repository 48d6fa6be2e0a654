"""A meeting holds the states of its own year: a 1944 visit to Moscow recalled in a later
article is the Soviet Union's, a 1955 visit to Belgrade Yugoslavia's; an undated article that
names the Soviet Union is as late as the latest year it names; a year alone ('the Vienna
Convention of 1963') dates no report on today's Russia."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _parties(text: str, lang: str, published: str | None) -> list[list[str]]:
    facts = extract_article(text, language=lang, published=published).facts
    return sorted(m.parties for m in facts.meetings)


def test_a_dated_meeting_takes_the_states_of_its_year() -> None:
    fr = (
        "Le président français s'est rendu à Moscou le 3 mars 2005. "
        "Sa visite succède à celle du général de Gaulle à Moscou en décembre 1944."
    )
    parties = _parties(fr, "fr", "2005-03-04")
    assert ["FR", "SU"] in parties and ["FR", "RU"] in parties


def test_an_undated_article_naming_the_soviet_union() -> None:
    de = (
        "Der amerikanische Präsident trifft in Wien den sowjetischen Regierungschef. "
        "Der Wiener Gipfel 1961 endet ohne Ergebnis."
    )
    assert ["SU", "US"] in _parties(de, "de", None)


def test_a_year_alone_dates_no_report_on_today_s_russia() -> None:
    en = (
        "Russia's Foreign Ministry on Thursday summoned the Dutch charge d'affaires in Moscow "
        "over violations of the Vienna Convention on Consular Relations of 1963."
    )
    assert _parties(en, "en", None) == [["NL", "RU"]]


def test_belgrade_and_prague_before_the_breakups_are_yugoslavia_and_czechoslovakia() -> None:
    en = (
        "Khrushchev and Bulganin arrived in Belgrade on May 27, 1955 for talks with President Tito."
    )
    fr = (
        "Le président tchèque a reçu à Prague le 4 mars 1970 le ministre français des "
        "Affaires étrangères."
    )
    assert _parties(en, "en", "2010-05-01") == [["SU", "YU"]]
    assert _parties(fr, "fr", None) == [["CS", "FR"]]


def test_belgrade_today_stays_serbia() -> None:
    en = (
        "Serbian President Aleksandar Vucic met the French foreign minister in Belgrade "
        "on 3 March 2023."
    )
    assert _parties(en, "en", "2023-03-04") == [["FR", "RS"]]
