"""Typed models passed between the extraction stages and handed to the graph writer.

`Facts` and its items are the evaluation contract (shared/eval/README.md) and must keep those
exact keys; the richer entity models carry ids, normalised values and evidence for the graph.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from graph_schema.model import RelType

MeetingStatus = Literal["planned", "held", "cancelled"]
TopicStatus = Literal["on_agenda", "off_agenda"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid")


# ---- stage models -------------------------------------------------------------------------


class Document(_Model):
    """Normalised article text; every offset downstream points into `text`."""

    text: str
    language: str | None = None
    published: str | None = None
    url: str | None = None
    warnings: list[str] = Field(default_factory=list)


class Sentence(_Model):
    index: int
    start: int
    end: int
    text: str


class SplitDocument(_Model):
    document: Document
    language: str
    sentences: list[Sentence]


# ---- evidence and rich entities ----------------------------------------------------------------


class Evidence(_Model):
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


class Person(_Model):
    id: str
    name: str
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    as_of: str | None = None
    aliases: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Meeting(_Model):
    id: str
    kind: str
    round: int | None = None
    summons: bool = False  # told with a summoning verb: its number counts summonses, no round
    parties: list[str] = Field(default_factory=list)
    city: str | None = None
    venue: str | None = None
    date: str | None = None
    time: str | None = None
    expected_duration: str | None = None
    past_duration: str | None = None
    status: MeetingStatus = "held"
    previous: str | None = None
    refers_to_previous_round: bool = False
    cameo: str = "040"
    plover: str = "CONSULT"
    key_hint: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class Delegation(_Model):
    id: str
    country: str
    leader: str | None = None
    leader_title: str | None = None
    leader_role: str | None = None
    members: list[str] = Field(default_factory=list)
    meeting: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Statement(_Model):
    id: str
    speaker: str | None = None
    speaker_name: str | None = None
    text: str
    kind: Literal["quote", "reported"]
    date: str | None = None
    about: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Topic(_Model):
    name: str
    status: TopicStatus
    meeting: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class DiplomaticProperty(_Model):
    name: str
    kind: str
    location: str | None = None
    host_country: str | None = None  # the state named in place of a town ('embassy in Turkey')
    owner_country: str | None = None
    restricted_by: str | None = None
    action: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Relation(_Model):
    type: RelType
    source: str
    target: str
    evidence: list[Evidence] = Field(default_factory=list)


class Entities(_Model):
    people: list[Person] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    delegations: list[Delegation] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    properties: list[DiplomaticProperty] = Field(default_factory=list)


# ---- the evaluation contract ----------------------------------------------------------------


class MeetingFact(_Model):
    kind: str
    round: int | None = None
    city: str | None = None
    venue: str | None = None
    date: str | None = None
    parties: list[str] = Field(default_factory=list)
    status: MeetingStatus = "held"


class DelegationFact(_Model):
    country: str
    leader: str | None = None
    leader_title: str | None = None
    members: list[str] = Field(default_factory=list)
    meeting: int | None = None


class OfficialFact(_Model):
    name: str
    title: str | None = None
    organization: str | None = None
    country: str | None = None


class PropertyFact(_Model):
    name: str
    location: str | None = None
    owner_country: str | None = None
    restricted_by: str | None = None


class StatementFact(_Model):
    speaker: str | None = None
    quote: str
    date: str | None = None


class TopicFact(_Model):
    name: str
    status: TopicStatus


class Facts(_Model):
    meetings: list[MeetingFact] = Field(default_factory=list)
    delegations: list[DelegationFact] = Field(default_factory=list)
    officials: list[OfficialFact] = Field(default_factory=list)
    properties: list[PropertyFact] = Field(default_factory=list)
    statements: list[StatementFact] = Field(default_factory=list)
    topics: list[TopicFact] = Field(default_factory=list)


class ExtractionResult(_Model):
    """What `extract_article` returns: the contract facts plus the evidence-bearing entities."""

    language: str
    text: str
    published: str | None = None
    url: str | None = None
    facts: Facts = Field(default_factory=Facts)
    entities: Entities = Field(default_factory=Entities)
    relations: list[Relation] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


# ---- article metadata ---------------------------------------------------------------------


class ArticleMeta(BaseModel):
    """What the graph keeps about an article beside its facts."""

    id: str
    url: str | None = None
    title: str
    language: str
    published: str | None = None
    source: str | None = None  # the publisher's host, for filtering
    content_hash: str
    text: str
    ingested_at: str
