"""Numbered schema migrations, applied in order and recorded in the graph.

Each statement is idempotent (`IF NOT EXISTS`), so applying twice changes nothing; the
`SchemaMigration` nodes tell `/ready` and `dipgraph schema status` which version the graph is at.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph_schema.model import MERGE_KEYS, SEARCHABLE, UNIQUE_KEYS, Label, Prop

FULLTEXT_INDEX = "entity_search"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


def _constraint_name(label: Label, prop: Prop) -> str:
    return f"{label.lower()}_{prop}_unique"


def unique_constraint(label: Label, prop: Prop) -> str:
    return (
        f"CREATE CONSTRAINT {_constraint_name(label, prop)} IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE"
    )


def _uniqueness_statements() -> tuple[str, ...]:
    pairs = [(label, prop) for label, props in MERGE_KEYS.items() for prop in props]
    pairs += [(label, prop) for label, props in UNIQUE_KEYS.items() for prop in props]
    return tuple(unique_constraint(label, prop) for label, prop in pairs)


def _fulltext_statement() -> str:
    labels = "|".join(SEARCHABLE)
    # 'standard-folding' folds accents, so 'Genève' is found by 'geneve' and vice versa.
    return (
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{labels}) "
        f"ON EACH [n.{Prop.NAME}, n.{Prop.SEARCH_TEXT}] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}"
    )


def _range_index(name: str, label: Label, prop: str) -> str:
    return f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "uniqueness constraints on every MERGE key", _uniqueness_statements()),
    Migration(2, "full-text index over names and aliases", (_fulltext_statement(),)),
    Migration(
        3,
        "range indexes for the common filters",
        (
            _range_index("meeting_date", Label.MEETING, "date"),
            _range_index("meeting_kind", Label.MEETING, "kind"),
            _range_index("article_published", Label.ARTICLE, "published"),
            _range_index("article_language", Label.ARTICLE, "language"),
            _range_index("person_name", Label.PERSON, "name"),
            _range_index("place_name", Label.PLACE, "name"),
        ),
    ),
    Migration(
        4,
        "lookup indexes for cross-article resolution",
        (
            _range_index("person_surname_key", Label.PERSON, "surname_key"),
            _range_index("meeting_parties_key", Label.MEETING, "parties_key"),
        ),
    ),
)

CURRENT_VERSION: int = MIGRATIONS[-1].version
