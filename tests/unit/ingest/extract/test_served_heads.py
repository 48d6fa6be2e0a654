"""A title that serves a head of state or government named right after it is two titles: the
head's own holds the name after it, the serving one the name before it."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _officials(lang: str, text: str) -> list[tuple[str, str | None]]:
    facts = extract_article(text, language=lang, published="2025-03-01").facts
    return [(o.name, o.title) for o in facts.officials]


@pytest.mark.parametrize(
    ("lang", "text", "serving", "head"),
    [
        ("en", "Steve Witkoff, the special envoy of US President Donald Trump, arrived.",
         "special envoy", "US President"),
        ("en", "Jared Kushner, senior adviser to President Donald Trump, arrived.",
         "senior adviser", "President"),
        ("fr", "Kirill Dmitriev, l'émissaire spécial du président Vladimir Poutine, est arrivé.",
         "émissaire spécial", "président"),
        ("de", "Dmitri Peskow, Sprecher des russischen Präsidenten Wladimir Putin, sagte das.",
         "Sprecher", "Präsident"),
        ("nl", "Steve Witkoff, de speciale gezant van president Donald Trump, kwam aan.",
         "speciale gezant", "president"),
    ],
)  # fmt: skip
def test_the_serving_title_and_the_heads_title_hold_one_name_each(
    lang: str, text: str, serving: str, head: str
) -> None:
    envoy, principal = text.split(",")[0], text.split(",")[1].split()[-2:]
    assert _officials(lang, text) == [(envoy, serving), (" ".join(principal), head)]


def test_a_name_no_officeholder_bears_stays_with_the_whole_title() -> None:
    found = _officials("de", "Der Sicherheitsberater des Präsidenten Mike Waltz traf ihn.")
    assert found == [("Mike Waltz", "Sicherheitsberater des Präsidenten")]


def test_the_serving_title_is_of_the_served_heads_state() -> None:
    text = "Steve Witkoff, the special envoy of US President Donald Trump, arrived in Moscow."
    facts = extract_article(text, language="en", published="2025-03-01").facts
    assert [(o.name, o.country) for o in facts.officials] == [
        ("Steve Witkoff", "US"),
        ("Donald Trump", "US"),
    ]
