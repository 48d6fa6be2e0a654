"""English and Dutch meeting verbs in their other tenses and persons: the matcher wants whole
words, so 'telephoned', 'will speak with', 'flies to', 'is arriving in', 'bezochten' and
'vergaderen' open a meeting as 'phoned', 'spoke with', 'flew to', 'arrived in', 'bezocht' and
'vergaderden' do."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2023-01-10", url=None).facts
    return [(m.kind, m.city, sorted(m.parties)) for m in facts.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US Secretary of State Antony Blinken on Friday telephoned Pakistani Foreign "
            "Minister Bilawal Bhutto Zardari.",
            [("call", None, ["PK", "US"])],
        ),
        (
            "Indian Prime Minister Narendra Modi will speak with Japanese Prime Minister Fumio "
            "Kishida on Monday.",
            [("talks", None, ["IN", "JP"])],
        ),
        (
            "Pakistani President Ayub Khan flies to Washington today for talks with President "
            "Lyndon Johnson.",
            [("visit", "Washington", ["PK", "US"])],
        ),
        (
            "Kenyan President William Ruto is arriving in Pretoria on Monday, where South "
            "African President Cyril Ramaphosa will receive him.",
            [("visit", "Pretoria", ["KE", "ZA"])],
        ),
    ],
)
def test_english_tenses(text: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
    assert _meetings(text, "en") == expected


def test_dutch_plural_past_visit() -> None:
    text = (
        "De Nederlandse premier Mark Rutte en de Belgische premier Alexander De Croo bezochten "
        "vorige week de Oekraïense president Volodymyr Zelensky."
    )
    assert _meetings(text, "nl") == [("visit", None, ["BE", "NL", "UA"])]


def test_dutch_present_plural_meeting() -> None:
    text = (
        "De ministers van Buitenlandse Zaken van Suriname en Guyana vergaderen dinsdag in "
        "Paramaribo."
    )
    assert _meetings(text, "nl") == [("meeting", "Paramaribo", ["GY", "SR"])]
