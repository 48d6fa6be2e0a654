"""An English 'conversation' is talks; it is a call only where the text says so ('phone
conversation', 'a conversation over the phone'). 'The call' told again while a call is being
described is that call, whatever states the sentence mentions; so is 'his call'."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _kinds(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article(text, language="en", published="1985-11-19").facts
    return [(m.kind, m.city) for m in facts.meetings]


def test_a_conversation_is_talks() -> None:
    text = "The American and Soviet leaders had a long conversation in Geneva on Tuesday."
    assert _kinds(text) == [("talks", "Geneva")]


@pytest.mark.parametrize(
    "text",
    [
        "The American and Soviet leaders had a long conversation over the phone on Tuesday.",
        "The American and Soviet leaders held a telephone conversation on Tuesday.",
    ],
)
def test_a_conversation_by_phone_is_a_call(text: str) -> None:
    assert _kinds(text) == [("call", None)]


@pytest.mark.parametrize(
    ("language", "text", "parties"),
    [
        ("de", "Bundeskanzlerin Angela Merkel hat mit US-Präsident Donald Trump telefoniert. "
         "Die Lage in der Ukraine sei ein weiteres Thema des Telefonats gewesen.", ["DE", "US"]),
        ("fr", "Le président Abdelmadjid Tebboune a eu une communication téléphonique avec son "
         "homologue français, Emmanuel Macron. La communication téléphonique a également permis "
         "de passer en revue la situation en Libye.", ["DZ", "FR"]),
        ("nl", "De Duitse bondskanselier Olaf Scholz vond het telefoongesprek met de Russische "
         "president Vladimir Poetin frustrerend. De bondskanselier kreeg veel kritiek uit "
         "Oekraïne en Oost-Europa op zijn telefoongesprek met Poetin.", ["DE", "RU"]),
    ],
)  # fmt: skip
def test_the_call_told_again_is_the_same_call(language: str, text: str, parties: list[str]) -> None:
    facts = extract_article(text, language=language, published="2020-02-17").facts
    assert [(m.kind, sorted(m.parties)) for m in facts.meetings] == [("call", parties)]
