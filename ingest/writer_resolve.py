"""Cross-article resolution: which people and meetings already in the graph an article names.

Pure: the article's write transaction first reads the people who share a surname with its
mentions and the meetings between the same parties (`writer_cypher.READ_STATE`), then asks here.
The rules prefer a new node to a wrong merge: two people who share a surname stay apart unless
first names (or initials) and country agree, and a meeting is the same event only when the round
or the date agrees and nothing (round, date, city) contradicts it.
"""

from __future__ import annotations

from typing import Any

from ingest.models import ExtractionResult, Meeting, Person
from ingest.writer_build import Resolution, default_meeting_id, default_person_id
from ingest.writer_ids import fold, parties_key, surname_key
from ingest.writer_model import ArticleMeta


def _first(name: str) -> str | None:
    parts = name.replace(".", ". ").split()
    return fold(parts[0]).rstrip(".") if len(parts) > 1 else None


def _names_agree(mention: str, known: str) -> bool:
    a, b = _first(mention), _first(known)
    if a is None or b is None:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def _person_match(person: Person, candidates: list[dict[str, Any]]) -> str | None:
    if _first(person.name) is not None and len(_first(person.name) or "") > 1:
        return None  # a full name is its own id; partial names are what needs resolving
    fitting = [
        c
        for c in candidates
        if c["id"] != default_person_id(person)
        and surname_key(str(c["name"])) == surname_key(person.name)
        and _names_agree(person.name, str(c["name"]))
        and (person.country is None or c["country"] in (None, person.country))
    ]
    full = [c for c in fitting if len(_first(str(c["name"])) or "") > 1]
    chosen = full or fitting
    return str(chosen[0]["id"]) if len(chosen) == 1 else None


def _meeting_match(meeting: Meeting, candidates: list[dict[str, Any]]) -> str | None:
    def agrees(c: dict[str, Any]) -> bool:
        same_round = meeting.round is not None and c["round"] == meeting.round
        same_date = meeting.date is not None and c["date"] == meeting.date
        clash = (
            (meeting.round is not None and c["round"] not in (None, meeting.round))
            or (meeting.date is not None and c["date"] not in (None, meeting.date))
            or (meeting.city is not None and c["city"] not in (None, meeting.city))
        )
        return (same_round or same_date) and not clash

    fitting = [c for c in candidates if agrees(c)]
    if len(fitting) > 1:  # the kind breaks a tie only; reports name one event differently
        fitting = [c for c in fitting if c["kind"] == meeting.kind]
    return str(fitting[0]["id"]) if len(fitting) == 1 else None


def lookup_keys(result: ExtractionResult) -> tuple[list[str], list[str]]:
    """The surname keys and party keys whose graph nodes `resolve` needs to see."""
    surnames = {surname_key(p.name) for p in result.entities.people} - {""}
    parties = {parties_key(m.parties) for m in result.entities.meetings} - {""}
    return sorted(surnames), sorted(parties)


def resolve(
    result: ExtractionResult,
    *,
    article: ArticleMeta,
    people: list[dict[str, Any]],
    meetings: list[dict[str, Any]],
) -> Resolution:
    """Map the article's people and meetings onto the candidates read from the graph."""
    res = Resolution()
    for person in result.entities.people:
        res.people[person.id] = _person_match(person, people) or default_person_id(person)
    for meeting in result.entities.meetings:
        own = default_meeting_id(meeting, article=article)
        known = any(c["id"] == own for c in meetings)
        res.meetings[meeting.id] = own if known else (_meeting_match(meeting, meetings) or own)
    return res
