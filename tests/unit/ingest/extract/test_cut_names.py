"""A name is not cut short at an initial of two letters ('Ts. Elbegdorj', a transliterated
Mongolian letter; 'Ch. Flügge', a German given name's first sound) nor at a lower-case Arabic
article that wrapped text splits from its surname ('Anwar as- Sadat')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.models import Document
from ingest.text.sentences import split_sentences


def _official_names(language: str, text: str) -> list[str]:
    facts = extract_article(text, language=language, published="2015-03-10").facts
    return sorted(o.name for o in facts.officials)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Bundespräsident Joachim Gauck traf Präsident Ts. Elbegdorj in Ulan Bator.",
         "Ts. Elbegdorj"),
        ("de", "Anwesend war Staatssekretär Ch. Flügge.", "Ch. Flügge"),
        ("en", "Prime Minister Shinzo Abe met President Ts. Elbegdorj in Tokyo.", "Ts. Elbegdorj"),
        ("en", "The Mongolian Foreign Minister Kh. Battulga visited Seoul.", "Kh. Battulga"),
        ("fr", "Le président Ts. Elbegdorj a reçu le ministre Jean Dupont à Oulan-Bator.",
         "Ts. Elbegdorj"),
        ("nl", "Minister Bert Koenders sprak met president Ts. Elbegdorj in Ulaanbaatar.",
         "Ts. Elbegdorj"),
    ],
)  # fmt: skip
def test_an_initial_of_two_letters_opens_the_name(language: str, text: str, name: str) -> None:
    names = _official_names(language, text)
    assert name in names
    assert name.split()[0].rstrip(".") not in names


def test_an_initial_of_two_letters_ends_no_sentence() -> None:
    text = "Präsident Ts. Elbegdorj empfing Gauck."
    sentences = split_sentences(Document(text=text), language="de").sentences
    assert [s.text for s in sentences] == [text]


def test_a_name_of_two_letters_still_ends_a_sentence() -> None:
    # 'Yu' is a whole Chinese name ('Wang Yu'), not an initial: the full stop after it ends
    first, second = "Chinas Botschafter traf Wang Yu.", "Die Gespräche dauerten zwei Stunden."
    sentences = split_sentences(Document(text=f"{first} {second}"), language="de").sentences
    assert [s.text for s in sentences] == [first, second]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Vor Ministerpräsident Menachem Begin spricht der ägyptische Staatspräsident"
         " Anwar as- Sadat in Jerusalem.", "Anwar as- Sadat"),
        ("en", "Egyptian President Anwar al- Sadat met Israeli Prime Minister Menachem Begin in"
         " Jerusalem.", "Anwar al- Sadat"),
        ("fr", "Le président égyptien Anwar el- Sadate a rencontré le Premier ministre Menahem"
         " Begin à Jérusalem.", "Anwar el- Sadate"),
        ("nl", "De Egyptische president Anwar as- Sadat ontmoette premier Menachem Begin in"
         " Jeruzalem.", "Anwar as- Sadat"),
    ],
)  # fmt: skip
def test_an_arabic_article_split_by_its_dash_stays_in_the_name(
    language: str, text: str, name: str
) -> None:
    names = _official_names(language, text)
    assert name in names
    assert "Anwar" not in names


def test_a_lower_case_article_before_a_free_dash_joins_nothing() -> None:
    """'as - Sadat' with the dash standing apart is a clause's dash, not the article's."""
    names = _official_names("en", "President Anwar as - Sadat said - met Begin in Jerusalem.")
    assert not any("Sadat" in n and "Anwar" in n for n in names)
