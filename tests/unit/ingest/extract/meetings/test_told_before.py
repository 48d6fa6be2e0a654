"""'In June 2023 they had talks in Paris': a meeting dated before the article's month, while
another is told, is an earlier meeting of its own, of the same sides."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[list[str], str]]:
    facts = extract_article(text, language=lang, published="2025-04-10").facts
    return sorted((m.parties, m.date or "") for m in facts.meetings)


def test_a_meeting_dated_before_the_article_is_an_earlier_one() -> None:
    nl = (
        "De Franse president ontmoette maandag de Duitse bondskanselier in Berlijn. "
        "In juni 2023 spraken zij elkaar in Parijs."
    )
    assert _meetings(nl, "nl") == [(["DE", "FR"], "2023-06"), (["DE", "FR"], "2025-04-07")]
    fr = (
        "Le président français a rencontré lundi le chancelier allemand à Berlin. "
        "En juin 2023, ils avaient eu un entretien."
    )
    assert _meetings(fr, "fr") == [(["DE", "FR"], "2023-06"), (["DE", "FR"], "2025-04-07")]


def test_a_date_of_the_article_s_month_is_the_meeting_told() -> None:
    nl = (
        "De Franse president ontmoette de Duitse bondskanselier in Berlijn. "
        "Op 2 april spraken zij elkaar in Berlijn."
    )
    assert _meetings(nl, "nl") == [(["DE", "FR"], "2025-04-02")]


def test_talks_pointed_back_at_keep_the_meeting_told() -> None:
    en = (
        "French and German officials met in Berlin on Monday. These bilateral talks are part "
        "of a dialogue established in March 2023."
    )
    assert _meetings(en, "en") == [(["DE", "FR"], "2025-04-07")]
