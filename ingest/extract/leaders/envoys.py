"""Who stands for a state at a summons: the envoy summoned (an ambassador, a chargé d'affaires, a
consul, a diplomat standing in for one). Any other titled person of the envoy's state named there
(the minister whose remarks caused the summons, 'le chef de la diplomatie néerlandaise') only gave
the cause; the leader model reads that as a feature, not a gate, since a text may still name such
a person at the ministry."""

from __future__ import annotations

from functools import cache

from ingest.lang.roles import role_list
from ingest.models import Person


@cache
def envoy_roles() -> frozenset[str]:
    """The offices of one who may be summoned: those held abroad (roles.json 'posted_roles')
    and the envoys' own ('envoy_roles')."""
    return role_list("posted_roles") | role_list("envoy_roles")


def not_envoy(person: Person) -> bool:
    """Whether the person has a title and it names no envoy ('top diplomat' is one: a role is
    matched by its last words, as role classes are)."""
    return bool(person.role) and not is_envoy_role(person.role)


def is_envoy_role(role: str | None) -> bool:
    """Whether a role names an envoy, by its last words."""
    role = (role or "").lower()
    return bool(role) and any(role == r or role.endswith(" " + r) for r in envoy_roles())
