"""'Decided to hold another meeting in October', 'the next round, slated for May': a further
meeting of the same sides, besides the one the article tells; and 'the previous round', a
meeting held before it even when the text gives it neither date nor place, if it names its
sides."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[list[str], str, str]]:
    facts = extract_article(text, language=lang, published="2025-04-10").facts
    return sorted((m.parties, m.date or "", m.status) for m in facts.meetings)


_AFTER = [(["CN", "RU"], "2025-04-07", "held"), (["CN", "RU"], "2025-10", "planned")]


def test_another_meeting_agreed_at_talks_is_one_of_its_own() -> None:
    en = (
        "Russia and China agreed at talks in Moscow on Monday to hold another meeting in "
        "October, the agency reported."
    )
    assert _meetings(en, "en") == _AFTER


def test_the_next_round_takes_the_sides_of_the_talks_told() -> None:
    de = (
        "Russland und China verhandelten am Montag in Genf. "
        "Die nächste Verhandlungsrunde soll im Oktober stattfinden."
    )
    assert _meetings(de, "de") == _AFTER
    fr = (
        "Les ministres russe et chinois se réunissent lundi à Genève. "
        "La prochaine réunion aura lieu en octobre."
    )
    assert _meetings(fr, "fr") == _AFTER


def test_the_next_round_told_twice_is_one() -> None:
    nl = (
        "Rusland en China voerden maandag gesprekken in Genève. Beide landen bereiden de "
        "volgende ronde voor. De volgende ronde is in oktober."
    )
    assert _meetings(nl, "nl") == _AFTER


def test_an_earlier_round_without_date_or_place_was_held() -> None:
    en = (
        "Russia and Ukraine held a second round of talks in Istanbul on Monday. The previous "
        "round between Russia and Ukraine ended without result."
    )
    facts = extract_article(en, language="en", published="2025-04-10").facts
    assert sorted((m.round, m.parties) for m in facts.meetings) == [
        (1, ["RU", "UA"]),
        (2, ["RU", "UA"]),
    ]


def test_a_round_of_something_other_than_talks_is_no_meeting() -> None:
    en = (
        "Russia and China held talks in Moscow on Monday. The EU is preparing the next round "
        "of sanctions for October."
    )
    assert _meetings(en, "en") == [(["CN", "RU"], "2025-04-07", "held")]
    de = (
        "Russland und China verhandelten am Montag in Genf. Die nächste Runde der Sanktionen "
        "soll im Oktober kommen."
    )
    assert _meetings(de, "de") == [(["CN", "RU"], "2025-04-07", "held")]
