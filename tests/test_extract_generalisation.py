"""Rules that generalise beyond the gold articles: members, relative dates, datelines, surnames."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.pipeline import extract_article

# Members introduced by a bare 'avec' ('with') are not taken: 'with' as often names the other side.
_KNOWN_MISS = {
    "gold-fr-ambassadeur-convoque": pytest.mark.xfail(reason="member after 'avec'", strict=True)
}
GOLD = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "extraction_gold.jsonl")
    .read_text("utf-8")
    .splitlines()
    if line.strip()
]
WITH_MEMBERS = [
    pytest.param(a, id=a["id"], marks=_KNOWN_MISS.get(a["id"], ()))
    for a in GOLD
    if any(d.get("members") for d in a["gold"]["delegations"])
]


def _surnames(names: list[str]) -> list[str]:
    return sorted(n.split()[-1] for n in names)


@pytest.mark.parametrize("article", WITH_MEMBERS)
def test_named_delegation_members_are_extracted(article: dict[str, object]) -> None:
    result = extract_article(
        str(article["text"]), language=str(article["language"]), published=str(article["published"])
    )
    gold = article["gold"]
    assert isinstance(gold, dict)
    got = {d.country: _surnames(d.members) for d in result.facts.delegations}
    for delegation in gold["delegations"]:
        if delegation.get("members"):
            assert got[delegation["country"]] == _surnames(delegation["members"])


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("en", "Talks between Norway and Poland in Oslo were cancelled last week.", "2024-03"),
        (
            "nl",
            "Vorige week werd overleg tussen Nederland en België in Brussel afgelast.",
            "2024-03",
        ),
        (
            "de",
            "Letzte Woche wurden Gespräche zwischen Deutschland und Polen in Wien abgesagt.",
            "2024-03",
        ),
        (
            "fr",
            "La semaine dernière, des pourparlers entre la France et l'Italie à Rome "
            "ont été annulés.",
            "2024-03",
        ),
        ("en", "Norway and Poland held talks in Oslo last month.", "2024-02"),
        (
            "nl",
            "Vorige week dinsdag spraken Nederland en België in Brussel met elkaar.",
            "2024-03-05",
        ),
    ],
)
def test_relative_weeks_resolve_to_the_month(language: str, text: str, date: str) -> None:
    result = extract_article(text, language=language, published="2024-03-14")
    assert [m.date for m in result.facts.meetings] == [date]


def test_relative_week_without_publication_date_stays_null() -> None:
    result = extract_article(
        "Talks between Norway and Poland in Oslo were cancelled last week.", language="en"
    )
    assert [m.date for m in result.facts.meetings] == [None]


def test_leader_named_by_surname_only_after_a_titled_introduction() -> None:
    text = (
        "Minister van Buitenlandse Zaken Karel de Wit bezocht dinsdag Wenen. "
        "De Nederlandse delegatie werd geleid door De Wit."
    )
    result = extract_article(text, language="nl", published="2024-03-14")
    assert [(d.country, d.leader) for d in result.facts.delegations] == [("NL", "Karel de Wit")]


def test_untitled_bare_name_never_leads() -> None:
    text = (
        "Talks opened in Oslo between Norway and Poland. "
        "The Polish delegation was led by Jan Kowal."
    )
    result = extract_article(text, language="en", published="2024-03-14")
    assert result.facts.delegations == []


def test_dateline_places_a_summons_and_a_speakers_city_is_not_a_meeting() -> None:
    text = (
        "BERLIN \u2013 Das Auswärtige Amt hat am Montag den iranischen Botschafter "
        "Ali Amiri einbestellt.\n\n"
        "In Teheran sagte Außenamtssprecher Hamid Farahani, beide Seiten wollten sich bald treffen."
    )
    result = extract_article(text, language="de", published="2024-03-06")
    assert [(m.city, m.parties, m.date) for m in result.facts.meetings] == [
        ("Berlin", ["DE", "IR"], "2024-03-04")
    ]
