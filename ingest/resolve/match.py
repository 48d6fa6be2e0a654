"""Cross-article resolution: which people and meetings already in the graph an article names.

Pure: the article's write transaction first reads the people who share a surname with its
mentions and the meetings between the same parties (`write.cypher.READ_STATE`), then asks here.
The rules prefer a new node to a wrong merge: two people who share a surname stay apart unless
first names (or initials) and country agree; names spelt differently across languages
('Sergej Lavrov', 'Sergueï Lavrov') meet only through a shared country; and a meeting is the
same event only when the round or the date agrees and nothing (round, date, city) contradicts it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from ingest.models import ArticleMeta, ExtractionResult, Meeting, Person
from ingest.resolve.ids import meeting_id, name_key, parties_key, person_id, surname_key

FIRST_NAME_SIMILARITY = 0.8


@dataclass(slots=True)
class Resolution:
    """Extraction-local ids (people, meetings) mapped to the graph's canonical ids."""

    people: dict[str, str] = field(default_factory=dict)
    meetings: dict[str, str] = field(default_factory=dict)


def default_person_id(person: Person) -> str:
    return person_id(person.name)


def default_meeting_id(meeting: Meeting, *, article: ArticleMeta) -> str:
    month = (meeting.date or article.published or "")[:7] or article.id.split(":", 1)[1]
    return meeting_id(
        parties=meeting.parties,
        round_=meeting.round,
        date=meeting.date,
        city=meeting.city,
        fallback=month,
    )


PREVIOUS_ROUND = "#previous"  # the extraction-local id of a round implied by a later one


def implied_previous_round(meeting: Meeting) -> Meeting | None:
    """'the second round' implies a first, between the same parties; None when nothing is
    implied (no round, or the first round)."""
    if meeting.round is None or meeting.round < 2 or not meeting.refers_to_previous_round:
        return None
    return meeting.model_copy(
        update={
            "id": f"{meeting.id}{PREVIOUS_ROUND}",
            "round": meeting.round - 1,
            "date": None,
            "time": None,
            "venue": None,
            "city": None,
            "status": "held",
            "refers_to_previous_round": False,
        }
    )


def previous_round_id(earlier: Meeting) -> str:
    return meeting_id(
        parties=earlier.parties, round_=earlier.round, date=None, city=None, fallback=""
    )


def _first(name: str) -> str | None:
    parts = name.replace(".", ". ").split()
    return name_key(parts[0]) if len(parts) > 1 else None


def _is_full(name: str) -> bool:
    return len(_first(name) or "") > 1


def _names_agree(mention: str, known: str) -> bool:
    a, b = _first(mention), _first(known)
    if a is None or b is None:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    # 'Aleksandr' and 'Alexander' are one name spelt in two languages.
    return a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= FIRST_NAME_SIMILARITY


def _fits(person: Person, candidate: dict[str, Any]) -> bool:
    if surname_key(str(candidate["name"])) != surname_key(person.name):
        return False
    if not _names_agree(person.name, str(candidate["name"])):
        return False
    if _is_full(person.name):
        # Two full names spelt differently are one person only when both say the same country.
        return person.country is not None and candidate["country"] == person.country
    return person.country is None or candidate["country"] in (None, person.country)


def _person_match(person: Person, candidates: list[dict[str, Any]]) -> str | None:
    own = default_person_id(person)
    if any(c["id"] == own for c in candidates):
        return None  # spelt exactly as a person already there: that is the one
    fitting = [c for c in candidates if _fits(person, c)]
    full = [c for c in fitting if _is_full(str(c["name"]))]
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
        earlier = implied_previous_round(meeting)
        if earlier is not None:
            # 'the previous round' is the round already in the graph when there is one.
            own = previous_round_id(earlier)
            known = any(c["id"] == own for c in meetings)
            res.meetings[earlier.id] = own if known else (_meeting_match(earlier, meetings) or own)
    return res
