"""The domain model of the diplomatic-events graph: the one source of truth for names.

Cypher anywhere in dipgraph takes its labels, relationship types and property keys from these
enums, never from request text, so a label cannot be injected and a rename happens in one place.
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    ARTICLE = "Article"
    COUNTRY = "Country"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    DELEGATION = "Delegation"
    MEETING = "Meeting"
    PLACE = "Place"
    DIPLOMATIC_PROPERTY = "DiplomaticProperty"
    STATEMENT = "Statement"
    TOPIC = "Topic"
    SCHEMA_MIGRATION = "SchemaMigration"


class RelType(StrEnum):
    REPRESENTS = "REPRESENTS"  # (Delegation)->(Country)
    LED_BY = "LED_BY"  # (Delegation)->(Person)
    MEMBER_OF = "MEMBER_OF"  # (Person)->(Delegation)
    ATTENDED = "ATTENDED"  # (Delegation)->(Meeting)
    HELD_AT = "HELD_AT"  # (Meeting)->(Place)
    LOCATED_IN = "LOCATED_IN"  # (Place)->(Place|Country)
    FOLLOWS = "FOLLOWS"  # (Meeting)->(Meeting): this round follows that one
    ON_AGENDA = "ON_AGENDA"  # (Meeting)->(Topic)
    OFF_AGENDA = "OFF_AGENDA"  # (Meeting)->(Topic)
    HOLDS_POSITION = "HOLDS_POSITION"  # (Person)->(Organization|Country) {title, as_of}
    SPOKE = "SPOKE"  # (Person)->(Statement)
    ABOUT = "ABOUT"  # (Statement)->(Meeting|Topic)
    OWNED_BY = "OWNED_BY"  # (DiplomaticProperty)->(Country)
    RESTRICTS = "RESTRICTS"  # (Country)->(DiplomaticProperty) {action, as_of}
    PARTY_TO = "PARTY_TO"  # (Country)->(Meeting): parties named even without a delegation
    MENTIONS = "MENTIONS"  # (Article)->(any entity)


class MeetingKind(StrEnum):
    """The kinds of meeting the writer stores (any other word the extractor found is stored as
    `meeting`), and the only values the API's `kind` filter accepts."""

    TALKS = "talks"
    NEGOTIATIONS = "negotiations"
    CONSULTATIONS = "consultations"
    SUMMIT = "summit"
    VISIT = "visit"
    CALL = "call"
    MEETING = "meeting"


class Prop(StrEnum):
    """Property keys shared by several labels."""

    ID = "id"  # canonical readable id, e.g. `country:RU`, `person:alexander-darchiev`
    NAME = "name"  # caption in Neo4j Browser
    ALIASES = "aliases"
    SEARCH_TEXT = "search_text"  # name and aliases joined, for the full-text index
    CODE = "code"
    URL = "url"
    SOURCES = "sources"  # ids of the articles that support a node or a fact relationship
    EVIDENCE = "evidence"  # the sentences that state a fact
    VERSION = "version"
    # Set and removed in one transaction, never committed: writing it takes the write lock of a
    # node or relationship before the transaction reads what other articles wrote there.
    LOCK = "_lock"


# The prefix of each label's canonical ids (`person:alexander-darchiev`), so an id names its
# label: a lookup by id is an index seek on the right label.
ID_PREFIXES: dict[Label, str] = {
    Label.ARTICLE: "article",
    Label.COUNTRY: "country",
    Label.PERSON: "person",
    Label.ORGANIZATION: "org",
    Label.PLACE: "place",
    Label.MEETING: "meeting",
    Label.DELEGATION: "delegation",
    Label.STATEMENT: "statement",
    Label.TOPIC: "topic",
    Label.DIPLOMATIC_PROPERTY: "property",
}


def node_id(label: Label, *parts: str) -> str:
    """A node's readable id: its label's prefix, then the parts ('country:RU')."""
    return ":".join((ID_PREFIXES[label], *parts))


def id_key(node: str) -> str:
    """What follows the label's prefix in a readable id ('article:3f2a…' gives '3f2a…')."""
    return node.split(":", 1)[1]


# Every label the writers MERGE on, and the key they MERGE by. Each one has a uniqueness
# constraint (see migrations.py); a test holds `SHOW CONSTRAINTS` against this table.
MERGE_KEYS: dict[Label, tuple[Prop, ...]] = {
    Label.ARTICLE: (Prop.ID,),
    Label.COUNTRY: (Prop.ID,),
    Label.PERSON: (Prop.ID,),
    Label.ORGANIZATION: (Prop.ID,),
    Label.DELEGATION: (Prop.ID,),
    Label.MEETING: (Prop.ID,),
    Label.PLACE: (Prop.ID,),
    Label.DIPLOMATIC_PROPERTY: (Prop.ID,),
    Label.STATEMENT: (Prop.ID,),
    Label.TOPIC: (Prop.ID,),
    Label.SCHEMA_MIGRATION: (Prop.VERSION,),
}

# Further unique keys that are looked up directly (a country by its ISO code, an article by URL).
UNIQUE_KEYS: dict[Label, tuple[Prop, ...]] = {
    Label.COUNTRY: (Prop.CODE,),
    Label.ARTICLE: (Prop.URL,),
}

# Labels whose names and aliases the full-text search covers.
SEARCHABLE: tuple[Label, ...] = (
    Label.PERSON,
    Label.COUNTRY,
    Label.ORGANIZATION,
    Label.PLACE,
    Label.MEETING,
    Label.TOPIC,
    Label.DIPLOMATIC_PROPERTY,
)

# Every relationship the writers create, by (type, start label, end label). A fact records the
# articles that support it (`sources`) and is retracted with them; a reference relationship
# (gazetteer geography, an organisation's country) holds for as long as both ends exist.
FACTS: tuple[tuple[RelType, Label, Label], ...] = (
    (RelType.REPRESENTS, Label.DELEGATION, Label.COUNTRY),
    (RelType.LED_BY, Label.DELEGATION, Label.PERSON),
    (RelType.MEMBER_OF, Label.PERSON, Label.DELEGATION),
    (RelType.ATTENDED, Label.DELEGATION, Label.MEETING),
    (RelType.PARTY_TO, Label.COUNTRY, Label.MEETING),
    (RelType.HELD_AT, Label.MEETING, Label.PLACE),
    (RelType.FOLLOWS, Label.MEETING, Label.MEETING),
    (RelType.ON_AGENDA, Label.MEETING, Label.TOPIC),
    (RelType.OFF_AGENDA, Label.MEETING, Label.TOPIC),
    (RelType.HOLDS_POSITION, Label.PERSON, Label.ORGANIZATION),
    (RelType.HOLDS_POSITION, Label.PERSON, Label.COUNTRY),
    (RelType.SPOKE, Label.PERSON, Label.STATEMENT),
    (RelType.ABOUT, Label.STATEMENT, Label.MEETING),
    (RelType.ABOUT, Label.STATEMENT, Label.TOPIC),
    (RelType.OWNED_BY, Label.DIPLOMATIC_PROPERTY, Label.COUNTRY),
    (RelType.LOCATED_IN, Label.DIPLOMATIC_PROPERTY, Label.PLACE),
    (RelType.RESTRICTS, Label.COUNTRY, Label.DIPLOMATIC_PROPERTY),
)
REFERENCES: tuple[tuple[RelType, Label, Label], ...] = (
    (RelType.LOCATED_IN, Label.PLACE, Label.COUNTRY),
    (RelType.LOCATED_IN, Label.PLACE, Label.PLACE),
    (RelType.LOCATED_IN, Label.ORGANIZATION, Label.COUNTRY),
)
# The labels an article's entities can carry (everything but bookkeeping).
ENTITY_LABELS: tuple[Label, ...] = tuple(
    label for label in Label if label not in (Label.ARTICLE, Label.SCHEMA_MIGRATION)
)

# Values that say less than any other value of their property: when articles disagree, a node
# keeps the specific one (one report's `talks` over another's `meeting`; `held` over `planned`).
GENERIC_VALUES: dict[str, tuple[str, ...]] = {
    "kind": ("meeting",),
    "status": ("planned",),
}

# Properties written in the article's language (a name, a title as written): an English
# report's wording is shown where one exists, before any count of support.
TEXT_PROPS: tuple[str, ...] = ("name", "title", "venue", "duration", "location")

# The properties a fact relationship takes from the articles that state it; each article's
# value is kept in the relationship's `claims` and one is chosen by the rule of
# `ingest.write.facts`.
FACT_PROPS: tuple[str, ...] = ("title", "role", "as_of", "date", "action")
