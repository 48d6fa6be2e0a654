"""Leaders arriving for a summit take part in it: the journey is the summit, not a visit to the
host, and later arrivals in the same city join it."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.meetings.extracted import places_and_parties


def test_arrivals_for_a_summit_are_one_summit_of_the_travellers() -> None:
    en = (
        "President Nana Akufo-Addo of Ghana and President Macky Sall of Senegal arrived in "
        "Luanda on Friday to attend the regional summit. "
        "President William Ruto of Kenya and President Yoweri Museveni of Uganda arrived in the "
        "capital on Thursday."
    )
    assert places_and_parties(en, "en") == [("Luanda", ["GH", "KE", "SN", "UG"])]


def test_a_summit_in_a_later_clause_leaves_the_visit_a_visit() -> None:
    en = (
        "Prime Minister Mark Rutte arrived in Beijing on Monday; the summit of the G7 had "
        "ended a day earlier. Rutte met Premier Li Qiang in Beijing."
    )
    facts = extract_article(en, language="en", published="2025-06-10").facts
    assert [(m.kind, m.city) for m in facts.meetings][:1] == [("visit", "Beijing")]
