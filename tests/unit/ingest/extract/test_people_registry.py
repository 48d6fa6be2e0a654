"""Within-article resolution: one person however often named, and two people who share a surname
and an initial stay two."""

from __future__ import annotations

from ingest.extract.article import rule_findings
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _names(lang: str, text: str) -> list[str]:
    doc = normalise(text, language=lang)
    _, registry, _, _ = rule_findings(split_sentences(doc, language=lang))
    return [p.name for p in registry.people]


def test_two_first_names_of_one_surname_are_two_people() -> None:
    text = (
        "Prime Minister Ravi Menon thanked United States President Joe Biden and First Lady "
        "Jill Biden for the state visit."
    )
    names = _names("en", text)
    assert "Joe Biden" in names
    assert "Jill Biden" in names


def test_a_spelling_or_an_initial_of_one_first_name_is_one_person() -> None:
    text = (
        "Foreign Minister Mohammed Al-Sabah met the Dutch foreign minister on Monday. Minister "
        "Mohamed Al-Sabah said the talks went well. President J. Biden called later; President "
        "Joe Biden spoke of progress."
    )
    names = _names("en", text)
    assert sum(n.endswith("Al-Sabah") for n in names) == 1
    assert sum(n.endswith("Biden") for n in names) == 1


def test_an_academic_title_is_no_name() -> None:
    text = (
        "Bundeskanzler Mag. Christian Kern empfing am Montag in Wien den deutschen Außenminister."
    )
    assert "Christian Kern" in _names("de", text)
