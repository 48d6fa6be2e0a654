"""From one article's extraction result to the rows the writer sends: canonical ids, provenance.

Pure (no database): the resolver maps the article's people and meetings to the graph's ids,
from the article alone, and passes that mapping in as `Resolution`.
"""

from __future__ import annotations

from graph_schema.model import Label, MeetingKind, RelType, id_key, node_id
from ingest.models import ArticleMeta, ExtractionResult, Meeting, Person
from ingest.resolve.ids import (
    city_country,
    country_name,
    digest,
    meeting_name,
    org_id,
    parties_key,
    person_id,
    property_id,
    property_name,
    surname_key,
    topic_id,
    topic_name,
)
from ingest.resolve.match import (
    Resolution,
    default_meeting_id,
    default_person_id,
    implied_previous_round,
)
from ingest.text.slug import slug
from ingest.write.model import ArticleGraph
from ingest.write.rows import ArticleRows


def _city_place(g: ArticleRows, city: str | None) -> tuple[Label, str] | None:
    if not city:
        return None
    code = city_country(city)
    return g.place(city, kind="city", within=g.country(code) if code else None)


def _employer(g: ArticleRows, person: Person) -> tuple[Label, str] | None:
    """Where a person's position is held: the organisation named, else their country."""
    if person.organization:
        org = (
            Label.ORGANIZATION,
            g.node(
                Label.ORGANIZATION,
                org_id(person.organization, country=person.country),
                person.organization,
                country=person.country,
            ),
        )
        if person.country:
            g.rel(RelType.LOCATED_IN, org, g.country(person.country))
        return org
    return g.country(person.country) if person.country else None


def _add_people(g: ArticleRows, result: ExtractionResult, res: Resolution) -> None:
    for person in result.entities.people:
        pid = res.people.get(person.id) or default_person_id(person)
        node = (
            Label.PERSON,
            g.node(
                Label.PERSON,
                pid,
                person.name,
                aliases=tuple(person.aliases),
                surname_key=surname_key(person.name),
                country=person.country,
                role=person.role,
                title=person.title,
            ),
        )
        employer = _employer(g, person) if person.title else None
        if person.title is None or employer is None:
            continue
        g.rel(
            RelType.HOLDS_POSITION,
            node,
            employer,
            evidence=person.evidence,
            key=person.role or slug(person.title),
            title=person.title,
            role=person.role,
            as_of=person.as_of or result.published,
        )


def stored_kind(kind: str) -> MeetingKind:
    """The kind the graph keeps: one of `MeetingKind`, `meeting` for any other word."""
    return MeetingKind(kind) if kind in set(MeetingKind) else MeetingKind.MEETING


def _meeting_name(meeting: Meeting) -> str:
    return meeting_name(
        kind=stored_kind(meeting.kind),
        parties=meeting.parties,
        round_=meeting.round,
        city=meeting.city,
        date=meeting.date,
    )


def _meeting_node(g: ArticleRows, meeting: Meeting, mid: str) -> tuple[Label, str]:
    return (
        Label.MEETING,
        g.node(
            Label.MEETING,
            mid,
            _meeting_name(meeting),
            kind=stored_kind(meeting.kind),
            round=meeting.round,
            date=meeting.date,
            time=meeting.time,
            city=meeting.city,
            venue=meeting.venue,
            status=meeting.status,
            duration=meeting.past_duration or meeting.expected_duration,
            cameo=meeting.cameo,
            plover=meeting.plover,
            parties=sorted(set(meeting.parties)),
            parties_key=parties_key(meeting.parties),
        ),
    )


def _add_previous_round(
    g: ArticleRows, meeting: Meeting, node: tuple[Label, str], res: Resolution
) -> None:
    """Link the round before, so every round of the talks is listed."""
    earlier = implied_previous_round(meeting)
    if earlier is None:
        return
    mid = res.meetings.get(earlier.id) or default_meeting_id(earlier, article=g.article)
    prev = _meeting_node(g, earlier, mid)
    g.rel(RelType.FOLLOWS, node, prev, evidence=meeting.evidence)
    # The report that names the earlier round names its parties too.
    for code in meeting.parties:
        g.rel(RelType.PARTY_TO, g.country(code), prev, evidence=meeting.evidence)


def _add_meetings(g: ArticleRows, result: ExtractionResult, res: Resolution) -> None:
    for meeting in result.entities.meetings:
        mid = res.meetings.get(meeting.id) or default_meeting_id(
            meeting, article=g.article, delegations=result.entities.delegations
        )
        res.meetings[meeting.id] = mid
        node = _meeting_node(g, meeting, mid)
        for code in meeting.parties:
            g.rel(RelType.PARTY_TO, g.country(code), node, evidence=meeting.evidence)
        city = _city_place(g, meeting.city)
        if city is not None:
            g.rel(RelType.HELD_AT, node, city, evidence=meeting.evidence)
        if meeting.venue:
            venue = g.place(meeting.venue, kind="venue", within=city)
            g.rel(RelType.HELD_AT, node, venue, evidence=meeting.evidence)
    for meeting in result.entities.meetings:
        node = (Label.MEETING, res.meetings[meeting.id])
        earlier = res.meetings.get(meeting.previous or "")
        if earlier == node[1]:
            continue  # one event to the ids (same parties, state and month): nothing follows
        if earlier is not None:
            g.rel(
                RelType.FOLLOWS,
                node,
                (Label.MEETING, earlier),
                evidence=meeting.evidence,
            )
        elif meeting.refers_to_previous_round:
            _add_previous_round(g, meeting, node, res)


def _person_ref(
    g: ArticleRows, result: ExtractionResult, res: Resolution, ref: str
) -> tuple[Label, str]:
    """A person named by extraction-local id or, failing that, by name as written."""
    for person in result.entities.people:
        if ref in (person.id, person.name):
            return (Label.PERSON, res.people.get(person.id) or default_person_id(person))
    return (Label.PERSON, g.node(Label.PERSON, person_id(ref), ref, surname_key=surname_key(ref)))


def _add_delegations(g: ArticleRows, result: ExtractionResult, res: Resolution) -> None:
    for delegation in result.entities.delegations:
        meeting = res.meetings.get(delegation.meeting or "")
        scope = id_key(meeting or g.article.id)
        code = delegation.country.upper()
        name = f"{country_name(code)} delegation"
        node = (
            Label.DELEGATION,
            g.node(
                Label.DELEGATION,
                node_id(Label.DELEGATION, scope, code.lower()),
                name,
                claimed=False,
                country=code,
                meeting=meeting,
            ),
        )
        ev = delegation.evidence
        g.rel(RelType.REPRESENTS, node, g.country(code), evidence=ev)
        if meeting:
            g.rel(RelType.ATTENDED, node, (Label.MEETING, meeting), evidence=ev)
        if delegation.leader:
            leader = _person_ref(g, result, res, delegation.leader)
            g.rel(
                RelType.LED_BY,
                node,
                leader,
                evidence=ev,
                title=delegation.leader_title,
                role=delegation.leader_role,
            )
        for member in delegation.members:
            g.rel(RelType.MEMBER_OF, _person_ref(g, result, res, member), node, evidence=ev)


def _add_statements(g: ArticleRows, result: ExtractionResult, res: Resolution) -> None:
    for statement in result.entities.statements:
        speaker = statement.speaker or statement.speaker_name
        speaker_node = _person_ref(g, result, res, speaker) if speaker else None
        speaker_id = speaker_node[1] if speaker_node else ""
        sid = node_id(Label.STATEMENT, digest(f"{speaker_id}|{statement.text}"))
        short = statement.text if len(statement.text) <= 80 else statement.text[:77] + "..."
        node = (
            Label.STATEMENT,
            g.node(
                Label.STATEMENT,
                sid,
                short,
                quote=statement.text,
                kind=statement.kind,
                date=statement.date or result.published,
                speaker=speaker_node[1] if speaker_node else None,
            ),
        )
        if speaker_node is not None:
            g.rel(
                RelType.SPOKE,
                speaker_node,
                node,
                evidence=statement.evidence,
                date=statement.date or result.published,
            )
        about = res.meetings.get(statement.about or "")
        if about:
            g.rel(RelType.ABOUT, node, (Label.MEETING, about), evidence=statement.evidence)


def _add_topics(g: ArticleRows, result: ExtractionResult, res: Resolution) -> None:
    first_meeting = next(iter(res.meetings.values()), None)
    for topic in result.entities.topics:
        name = topic_name(topic.name)
        node = (Label.TOPIC, g.node(Label.TOPIC, topic_id(name), name, aliases=(topic.name,)))
        meeting = res.meetings.get(topic.meeting or "") or first_meeting
        if meeting is None:
            continue
        rel_type = RelType.ON_AGENDA if topic.status == "on_agenda" else RelType.OFF_AGENDA
        g.rel(rel_type, (Label.MEETING, meeting), node, evidence=topic.evidence)


def _add_properties(g: ArticleRows, result: ExtractionResult) -> None:
    for prop in result.entities.properties:
        owner = prop.owner_country
        node = (
            Label.DIPLOMATIC_PROPERTY,
            g.node(
                Label.DIPLOMATIC_PROPERTY,
                property_id(
                    prop.name,
                    owner=owner,
                    kind=prop.kind,
                    location=prop.location,
                    host=prop.host_country,
                    article=id_key(g.article.id),
                ),
                property_name(owner=owner, kind=prop.kind, location=prop.location) or prop.name,
                aliases=(prop.name,),
                kind=prop.kind,
                location=prop.location,
                owner=owner,
            ),
        )
        if owner:
            g.rel(RelType.OWNED_BY, node, g.country(owner), evidence=prop.evidence)
        place = _city_place(g, prop.location)
        if place is not None:
            g.rel(RelType.LOCATED_IN, node, place, evidence=prop.evidence)
        if prop.restricted_by:
            g.rel(
                RelType.RESTRICTS,
                g.country(prop.restricted_by),
                node,
                evidence=prop.evidence,
                action=prop.action or "restrict",
                as_of=result.published,
            )


def build_graph(
    result: ExtractionResult, *, article: ArticleMeta, resolution: Resolution | None = None
) -> ArticleGraph:
    # A copy: meetings the resolver did not map get their own ids here, and the caller's
    # decision stays as it was.
    given = resolution or Resolution()
    res = Resolution(people=dict(given.people), meetings=dict(given.meetings))
    g = ArticleRows(article)
    _add_people(g, result, res)
    _add_meetings(g, result, res)
    _add_delegations(g, result, res)
    _add_statements(g, result, res)
    _add_topics(g, result, res)
    _add_properties(g, result)
    return g.build()
