"""One property per building: the buildings an article's sentences name, merged where the text
names one building twice ('the embassy in Oslo', later 'the Danish embassy in Oslo')."""

from __future__ import annotations

from ingest.models import DiplomaticProperty


def _key(prop: DiplomaticProperty) -> tuple[str, str | None]:
    """A placed building is known by its kind, owner and town; one without a town by its name
    and owner."""
    if prop.location is not None:  # 'the embassy in X' named twice, once with its owner
        return f"{prop.kind}/{prop.owner_country}", prop.location
    return f"{prop.name.lower()}/{prop.owner_country}", None


def merge_properties(found: list[DiplomaticProperty]) -> list[DiplomaticProperty]:
    out: list[DiplomaticProperty] = []
    seen: set[tuple[str, str | None]] = set()
    for prop in found:
        if _key(prop) not in seen:
            seen.add(_key(prop))
            out.append(prop)
    owned = {(p.kind, p.location) for p in out if p.owner_country and p.location}
    out = [p for p in out if p.owner_country or (p.kind, p.location) not in owned]
    located = {(p.owner_country, p.kind) for p in out if p.location is not None}
    # 'closes the Iranian consulates in Germany ... in Frankfurt and Hamburg': the cities count
    return [p for p in out if p.location is not None or (p.owner_country, p.kind) not in located]
