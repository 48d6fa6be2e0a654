"""A meeting that names no place, between an envoy's state and one other, is at the other's
seat: where the envoy is posted, or summoned."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article

_SUMMONED = (
    "The Ministry of Foreign Affairs held Monday a meeting discussing Russia, and immediately "
    "afterwards, the Russian Ambassador to the country, Sergey Alexandrovich Bazdnikin, was "
    "summoned to the Ministry of Foreign Affairs.\nAs sources in the Ministry of Foreign "
    "Affairs told \u201cSloboden Pecat\u201d, representatives of the ministry handed over a "
    "diplomatic note of protest to the ambassador in relation to a statement of the Russian "
    "Embassy made two days ago referring to \u201cRussophobes\u201d in Macedonia."
)


def _meetings(text: str, url: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language="en", published=None, url=url).facts
    return [(m.city, m.parties) for m in facts.meetings]


def test_an_envoy_summoned_with_no_place_named_is_at_the_summoners_seat() -> None:
    assert _meetings(_SUMMONED, "https://english.republika.mk/x") == [("Skopje", ["MK", "RU"])]


def test_a_call_stays_placeless() -> None:
    text = (
        "Russian Ambassador Sergey Bazdnikin spoke by phone with the Macedonian foreign "
        "minister on Monday."
    )
    assert all(city is None for city, _ in _meetings(text, "https://english.republika.mk/x"))
