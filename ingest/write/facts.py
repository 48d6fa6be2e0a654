"""One deterministic rule for the facts of a node that several articles describe.

Each article that names a node keeps its own claim (the properties it read, its name and
aliases) on its `MENTIONS` edge. The node's properties are chosen from all those claims, never
by the order they arrived in, and chosen again whenever an article is added, replaced or
retracted. The rule, per property:

1. the value the most articles support;
2. then a specific value before a generic one (`talks` before `meeting`, `held` before
   `planned`: `graph_schema.model.GENERIC_VALUES`);
3. then the most specific: the longer text or list (`2025-04-10` before `2025-04`);
4. then a value an English report gives;
5. then the earliest published; then the smallest value, so a tie always breaks the same way.

Text in the article's language (a name, a title, a venue: `graph_schema.model.TEXT_PROPS`)
puts an English report's wording first (rule 4 before rule 1), and every name and alias of
every claim is kept, in one fixed order, as the node's aliases.

Relationship properties follow the same rule in Cypher (`ingest.write.cypher.CHOOSE_REL_PROPS`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from graph_schema.model import GENERIC_VALUES, TEXT_PROPS, Label
from ingest.extract.meetings.meetings import EVENT_CODES
from ingest.resolve.ids import meeting_name, parties_key, surname_key
from ingest.text.slug import fold
from ingest.write.model import PropValue

ENGLISH = "en"
NO_DATE = "9999"  # an article without a publication date comes after every dated one
NAME = "name"
ALIASES = "aliases"
SEARCH_TEXT = "search_text"


@dataclass(frozen=True, slots=True)
class Claim:
    """What one article says about one node."""

    article: str
    published: str | None
    language: str | None
    props: dict[str, PropValue]


def _frozen(value: PropValue) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _specificity(value: PropValue) -> int:
    return len(value) if isinstance(value, (str, list)) else 0


def choose(key: str, claims: Iterable[Claim]) -> PropValue:
    """The value of `key` that the rule picks from the claims; None when none gives one."""
    support: dict[Any, list[Claim]] = {}
    values: dict[Any, PropValue] = {}
    for claim in claims:
        value = claim.props.get(key)
        if value is None or value == [] or value == "":
            continue
        frozen = _frozen(value)
        support.setdefault(frozen, []).append(claim)
        values[frozen] = value
    if not support:
        return None
    generic = GENERIC_VALUES.get(key, ())

    def rank(frozen: Any) -> tuple[Any, ...]:
        backers = support[frozen]
        english = any(c.language == ENGLISH for c in backers)
        earliest = min(c.published or NO_DATE for c in backers)
        common = (
            -len(backers),
            frozen in generic,
            -_specificity(values[frozen]),
            not english,
            earliest,
            repr(frozen),
        )
        return (not english, *common) if key in TEXT_PROPS else common

    return values[min(support, key=rank)]


def aliases(name: str, claims: Iterable[Claim]) -> list[str]:
    """The chosen name first, then every other name and alias any claim gives, in a fixed
    order (accents and case folded, then as written)."""
    seen: set[str] = set()
    for claim in claims:
        for value in (claim.props.get(NAME), *(claim.props.get(ALIASES) or ())):  # type: ignore[misc]
            if isinstance(value, str) and value:
                seen.add(value)
    seen.discard(name)
    return [name, *sorted(seen, key=lambda s: (fold(s), s))]


Derive = Callable[[dict[str, PropValue]], dict[str, PropValue]]
# Properties computed from the chosen ones, so they never contradict them.
DERIVED: dict[Label, Derive] = {}


def register(label: Label) -> Callable[[Derive], Derive]:
    def wrap(fn: Derive) -> Derive:
        DERIVED[label] = fn
        return fn

    return wrap


@register(Label.PERSON)
def _person(values: dict[str, PropValue]) -> dict[str, PropValue]:
    return {"surname_key": surname_key(str(values[NAME]))}


@register(Label.MEETING)
def _meeting(values: dict[str, PropValue]) -> dict[str, PropValue]:
    parties = values.get("parties")
    round_ = values.get("round")
    codes = [str(p) for p in parties] if isinstance(parties, list) else []
    kind = str(values.get("kind") or "meeting")
    cameo, plover = EVENT_CODES.get(kind, EVENT_CODES["meeting"])
    return {
        "cameo": cameo,
        "plover": plover,
        "parties_key": parties_key(codes),
        NAME: meeting_name(
            kind=kind,
            parties=codes,
            round_=round_ if isinstance(round_, int) else None,
            city=str(values["city"]) if values.get("city") else None,
            date=str(values["date"]) if values.get("date") else None,
        ),
    }


def node_values(
    label: Label, claims: list[Claim], *, search_text: Callable[[list[str]], str]
) -> dict[str, PropValue]:
    """Every property of a node (but its id) chosen from its claims."""
    keys = sorted({k for c in claims for k in c.props} - {ALIASES, SEARCH_TEXT})
    values: dict[str, PropValue] = {}
    for key in keys:
        chosen = choose(key, claims)
        if chosen is not None:
            values[key] = chosen
    derive = DERIVED.get(label)
    if derive is not None:
        values.update(derive(values))
    name = str(values.get(NAME) or "")
    values[ALIASES] = aliases(name, claims)
    values[SEARCH_TEXT] = search_text(values[ALIASES])  # type: ignore[arg-type]
    return values
