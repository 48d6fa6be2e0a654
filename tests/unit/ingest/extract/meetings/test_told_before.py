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


def test_a_meeting_told_as_known_and_dated_long_before_is_an_earlier_one() -> None:
    fr = (
        "Le président français s'est entretenu par téléphone le 8 avril avec le chancelier "
        "allemand. Ils ont évoqué l'accord signé lors de la visite du chancelier à Paris en "
        "octobre 2024."
    )
    assert _meetings(fr, "fr") == [(["DE", "FR"], "2024-10"), (["DE", "FR"], "2025-04-08")]
    en = (
        "The French president held a call with the German chancellor on 8 April. They spoke "
        "about the accord signed during the visit of the chancellor to Paris in October 2024."
    )
    assert _meetings(en, "en") == [(["DE", "FR"], "2024-10"), (["DE", "FR"], "2025-04-08")]


def test_the_talks_of_last_month_are_the_meeting_told() -> None:
    en = (
        "French and German officials met in Berlin. The talks in March were friendly, "
        "the ministry said."
    )
    assert _meetings(en, "en") == [(["DE", "FR"], "")]


def test_an_undated_meeting_of_the_same_sides_is_not_the_earlier_one_told_again() -> None:
    en = (
        "Delegations of France and Germany met in Berlin to discuss rail links. The meeting "
        "followed up the protocol of the council, held in November 2024 in Berlin."
    )
    assert _meetings(en, "en") == [(["DE", "FR"], ""), (["DE", "FR"], "2024-11")]


def test_a_meeting_still_to_come_after_the_one_held_is_a_further_one() -> None:
    de = (
        "Der französische Außenminister traf am 8. April in Berlin den deutschen Kanzler. "
        "Die Gespräche sollen am 20. Juni fortgesetzt werden."
    )
    assert _meetings(de, "de") == [(["DE", "FR"], "2025-04-08"), (["DE", "FR"], "2025-06-20")]
    nl = (
        "De Franse minister sprak op 8 april in Berlijn met de Duitse bondskanselier. "
        "Het overleg zal op 20 juni worden voortgezet."
    )
    assert _meetings(nl, "nl") == [(["DE", "FR"], "2025-04-08"), (["DE", "FR"], "2025-06-20")]
