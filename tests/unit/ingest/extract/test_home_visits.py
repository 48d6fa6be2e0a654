"""A visit told with one state and nobody named, in an article about its outlet's state: the
visit is between that state and the outlet's (`one_sided.home_visits`)."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _parties(text: str, lang: str, url: str) -> list[tuple[str, list[str]]]:
    facts = extract_article(text, language=lang, published="2024-05-02", url=url).facts
    return [(m.kind, sorted(m.parties)) for m in facts.meetings]


_PORTUGAL = (
    "Der portugiesische Außenminister Rui Costa traf am Montag in Berlin seinen deutschen "
    "Amtskollegen Jens Weber. Im Herbst ist ein Staatsbesuch in Chile geplant."
)


def test_a_further_visit_naming_one_state_is_the_outlets() -> None:
    found = _parties(_PORTUGAL, "de", "https://www.example.de/costa-berlin")
    assert ("visit", ["CL", "DE"]) in found


def test_no_home_visit_in_foreign_news() -> None:
    """On an outlet of a state no meeting of the article has as a side, nothing is added."""
    text = (
        "Der portugiesische Außenminister Rui Costa traf am Montag in Madrid seinen spanischen "
        "Amtskollegen Luis Ortega. Im Herbst ist ein Staatsbesuch in Chile geplant."
    )
    found = _parties(text, "de", "https://www.example.de/costa-madrid")
    assert all("CL" not in parties for _, parties in found)


def test_no_home_visit_when_the_clause_names_the_visitor() -> None:
    """'Silva' may be of a third state: the outlet's is not assumed."""
    visit = "ist ein Staatsbesuch von Präsidentin Ana Silva"
    text = _PORTUGAL.replace("ist ein Staatsbesuch", visit)
    found = _parties(text, "de", "https://www.example.de/costa-berlin")
    assert ("visit", ["CL", "DE"]) not in found
