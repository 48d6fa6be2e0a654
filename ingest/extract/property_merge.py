"""One property per building: the buildings an article's sentences name, merged where the text
names one building twice ('the embassy in Oslo', later 'the Danish embassy in Oslo')."""

from __future__ import annotations

from collections import Counter

from ingest.extract.context import ArticleContext
from ingest.extract.property_places import host_state
from ingest.models import DiplomaticProperty

UNNAMED_RULE = "property:unnamed"
# The end of a listed state's building's rule, where its sentence places it nowhere.
LISTED = ":listed"
# An article that speaks of 'the embassy' this often, never naming, owning or placing it, is
# about that building (an article that says it once or twice mostly means the institution).
_UNNAMED_MENTIONS = 3


# A state's mission or high commission in a town where the text also names its embassy is that
# embassy, named by another word ('the Indian High Commission in Dhaka ... the Indian Mission').
_SAME_BUILDING = {"mission": "embassy", "high commission": "embassy"}


def _key(prop: DiplomaticProperty) -> tuple[str, str | None]:
    """A placed building is known by its kind, owner and town; one without a town by its name
    and owner."""
    if prop.location is not None:  # 'the embassy in X' named twice, once with its owner
        kind = _SAME_BUILDING.get(prop.kind, prop.kind)
        return f"{kind}/{prop.owner_country}", prop.location
    return f"{prop.name.lower()}/{prop.owner_country}", None


def _unnamed(prop: DiplomaticProperty) -> bool:
    return any(e.rule == UNNAMED_RULE for e in prop.evidence)


def _with_unnamed(found: list[DiplomaticProperty]) -> list[DiplomaticProperty]:
    """The buildings the text names, and one of each kind it names only by the bare noun, again
    and again ('the consulate ... the consulate ... the consulate'), when it names no other
    building of that kind."""
    named = [p for p in found if not _unnamed(p)]
    kinds = {p.kind for p in named}
    bare = [p for p in found if _unnamed(p) and p.kind not in kinds]
    counts = Counter(p.kind for p in bare)
    firsts = {p.kind: p for p in reversed(bare)}
    return named + [p for kind, p in firsts.items() if counts[kind] >= _UNNAMED_MENTIONS]


def place_listed(found: list[DiplomaticProperty]) -> list[DiplomaticProperty]:
    """'Meerdere landen hebben hun ambassades in Teheran gesloten. Ook de ambassades van
    Tsjechië, Portugal en Nieuw-Zeeland zijn gesloten': a listed state's building that its
    sentence places nowhere stands where the article places its other buildings of that kind,
    when it places them all in one town."""
    towns: dict[str, set[str]] = {}
    for prop in found:
        if prop.location is not None:
            towns.setdefault(prop.kind, set()).add(prop.location)
    return [
        prop.model_copy(update={"location": next(iter(towns[prop.kind]))})
        if _listed(prop) and prop.host_country is None and len(towns.get(prop.kind, ())) == 1
        else prop
        for prop in found
    ]


def _listed(prop: DiplomaticProperty) -> bool:
    return prop.location is None and any(e.rule.endswith(LISTED) for e in prop.evidence)


def _owned_there(prop: DiplomaticProperty, owned: set[tuple[str, str]], towns: set[str]) -> bool:
    """Whether an ownerless building is one the text names with its owner in that town: of its
    kind, or, for a 'mission' (a word for any post), of any kind ('sa mission à San Francisco'
    beside 'son consulat à San Francisco')."""
    if prop.location is None:
        return False
    return (prop.kind, prop.location) in owned or (
        prop.kind == "mission" and prop.location in towns
    )


def _owned_again(out: list[DiplomaticProperty], art: ArticleContext) -> list[DiplomaticProperty]:
    """'de Nederlandse ambassade ... de ambassade in Jakarta': where the article names one
    state's building of a kind by its owner alone, its unowned building of that kind placed
    outside that state is that state's (one building named twice); not 'embassies in Baghdad',
    many states' buildings."""
    plurals = art.lex.word_set("property_plurals")
    for kind in {p.kind for p in out}:
        owned = [p for p in out if p.kind == kind and p.owner_country]
        owners = {p.owner_country for p in owned}
        if len(owners) != 1 or any(p.location is not None for p in owned):
            continue  # several owners, or the owner's building is placed already
        owner = owned[0].owner_country
        out = [
            p.model_copy(update={"owner_country": owner})
            if p.kind == kind and p.owner_country is None and p.location is not None
            and host_state(p.location, art) != owner
            and not plurals & set(p.name.lower().split())
            else p
            for p in out
        ]  # fmt: skip
    return out


def merge_properties(
    found: list[DiplomaticProperty], art: ArticleContext
) -> list[DiplomaticProperty]:
    """One property per building."""
    out: list[DiplomaticProperty] = []
    seen: set[tuple[str, str | None]] = set()
    for prop in _with_unnamed(found):
        if _key(prop) not in seen:
            seen.add(_key(prop))
            out.append(prop)
    owned = {(p.kind, p.location) for p in out if p.owner_country and p.location}
    towns = {location for _, location in owned}
    out = [p for p in out if p.owner_country or not _owned_there(p, owned, towns)]
    out = _owned_again(out, art)
    located = {(p.owner_country, p.kind) for p in out if p.location is not None}
    # 'closes the Iranian consulates in Germany ... in Frankfurt and Hamburg': the cities count
    return [p for p in out if p.location is not None or (p.owner_country, p.kind) not in located]
