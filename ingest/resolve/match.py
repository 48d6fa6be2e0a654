"""Cross-article resolution: the graph's ids for the people and meetings an article names.

Every id is a function of the article's own text, never of what the graph holds already:
an id that depended on the stored nodes made the graph depend on the order of ingest (a
surname alone became whichever 'X Baerbock' had come first, a spelling whichever spelling
had). So the extractor ties a surname to the full name the same article gives; a person's id
is the readable slug of that name (`ids.person_id`); and a meeting's id is its parties with its
year and round, or its host state and month (`ids.meeting_id`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from graph_schema.model import id_key
from ingest.lang.roles import role_list
from ingest.models import ArticleMeta, Delegation, ExtractionResult, Meeting, Person
from ingest.resolve.ids import CALL, OFFICIALS, meeting_id, person_id, url_month


@dataclass(slots=True)
class Resolution:
    """Extraction-local ids (people, meetings) mapped to the graph's canonical ids."""

    people: dict[str, str] = field(default_factory=dict)
    meetings: dict[str, str] = field(default_factory=dict)


def default_person_id(person: Person) -> str:
    return person_id(person.name)


def default_meeting_id(
    meeting: Meeting, *, article: ArticleMeta, delegations: Sequence[Delegation] = ()
) -> str:
    # An article that comes without its publication date is dated by its URL where it can be.
    published = article.published or url_month(article.url)
    month = (meeting.date or published or "")[:7] or id_key(article.id)
    return meeting_id(
        parties=meeting.parties,
        round_=meeting.round,
        date=meeting.date,
        kind=meeting.kind,
        city=meeting.city,
        fallback=month,
        summons=meeting.summons,
        level=call_level(meeting, delegations),
    )


def call_level(meeting: Meeting, delegations: Sequence[Delegation]) -> str | None:
    """`OFFICIALS` for a call that ministers lead: a leader's title is a principal's (a foreign
    minister, a secretary of state) and no leader's heads a state or government. None for any
    other: heads are most often named bare ('Trump called Putin'), and a 'counterpart' only
    matches the other side's rank."""
    if meeting.kind != CALL:
        return None
    roles = {d.leader_role for d in delegations if d.meeting == meeting.id and d.leader_role}
    if roles & role_list("head_roles") or not roles & role_list("principal"):
        return None
    return OFFICIALS


PREVIOUS_ROUND = "#previous"  # the extraction-local id of a round implied by a later one


def implied_previous_round(meeting: Meeting) -> Meeting | None:
    """'the second round' implies a first, between the same parties; None when nothing is
    implied (no round, or the first round)."""
    if meeting.round is None or meeting.round < 2 or not meeting.refers_to_previous_round:
        return None
    if meeting.summons:  # a count of summonses: the earlier ones have no node of their own
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


def resolve(result: ExtractionResult, *, article: ArticleMeta) -> Resolution:
    """The graph's ids for the article's people and meetings, from the article alone."""
    res = Resolution()
    for person in result.entities.people:
        res.people[person.id] = default_person_id(person)
    delegations = result.entities.delegations
    for meeting in result.entities.meetings:
        res.meetings[meeting.id] = default_meeting_id(
            meeting, article=article, delegations=delegations
        )
        earlier = implied_previous_round(meeting)
        if earlier is not None:
            res.meetings[earlier.id] = default_meeting_id(earlier, article=article)
    return res
