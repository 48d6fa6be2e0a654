"""Names read in a Title-Case headline stand only where the article writes them again."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _names(text: str, language: str = "en") -> set[str]:
    result = extract_article(text, language=language, published="2024-06-07")
    return {o.name for o in result.facts.officials}


BODY = (
    "Chinese Premier Li Qiang was given a guard of honour at the Prime Minister's House in "
    "Islamabad on Friday, where Prime Minister Shehbaz Sharif received him for talks."
)


def test_a_capitalised_run_in_a_title_case_headline_is_no_name() -> None:
    text = "Chinese Premier Li Given A Guard Of Honour At PM House\n\n" + BODY
    names = _names(text)
    assert "Li Given A Guard" not in names
    assert {"Li Qiang", "Shehbaz Sharif"} <= names


def test_a_name_the_body_writes_again_stands_in_the_headline() -> None:
    text = "Premier Li Qiang Arrives In Islamabad For A Visit Of Three Days\n\n" + BODY
    assert "Li Qiang" in _names(text)


def test_particles_of_names_do_not_make_a_sentence_title_case() -> None:
    text = ("Premier Alexander De Croo en minister Hadja Lahbib ontvingen De Wever en "
            "Van Peteghem in Brussel.")  # fmt: skip
    assert {"Alexander De Croo", "Hadja Lahbib"} <= _names(text, "nl")
