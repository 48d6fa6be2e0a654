"""'Their last meeting was in 2019', 'vorig jaar': an earlier meeting told with its year alone
is a meeting of its own, besides the one the article reports, and no side's leader comes from
it; a year after 'since' dates no meeting."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[list[str], str]]:
    facts = extract_article(text, language=lang, published="2024-05-14").facts
    return sorted((m.parties, m.date or "") for m in facts.meetings)


def test_an_earlier_visit_dated_by_its_year_is_its_own() -> None:
    en = (
        "Chile's foreign minister held talks with his Peruvian counterpart in Lima on Monday. "
        "The minister had also paid a visit to Peru in 2019, officials said."
    )
    assert _meetings(en, "en") == [(["CL", "PE"], "2019"), (["CL", "PE"], "2024-05-13")]


def test_last_year_in_every_language() -> None:
    nl = (
        "De Chileense minister van Buitenlandse Zaken voerde maandag in Lima gesprekken met zijn "
        "Peruaanse collega. Vorig jaar bracht hij ook een bezoek aan Peru."
    )
    assert _meetings(nl, "nl") == [(["CL", "PE"], "2023"), (["CL", "PE"], "2024-05-13")]


def test_a_year_after_since_dates_no_meeting() -> None:
    en = (
        "Chile's foreign minister held talks with his Peruvian counterpart in Lima on Monday. "
        "It was the first visit by a Chilean minister since 2019, officials said."
    )
    assert _meetings(en, "en") == [(["CL", "PE"], "2024-05-13")]
