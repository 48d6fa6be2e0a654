"""The holder of an office that says he heads a side ('Chinas Chefverhandler Wang Yi', 'der
iranische Chefunterhändler X', 'delegatieleider aan Surinaamse zijde X', 'chief negotiator')
leads his state's delegation, also where the article's meetings were not found.

The delegation builder reads such a title only at talks the article reports (a meeting found):
a report whose talks the meeting rules miss ('feilschen ... mit dem iranischen Chefunterhändler X
in Wien') still names its heads by their office, which the README lists as a leading phrase; the
leader model scores a negotiator named once low. So it fills only a side nothing else has led,
for a holder whose state the text states (or a side phrase gives) and who leads nothing else.
"""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.context import ArticleContext
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import OpenSides, told_meeting
from ingest.lang.roles import past_role, role_list
from ingest.models import Delegation, Meeting, Person

RULE = "lead-role-holder"


@lru_cache(maxsize=1)
def _lead_roles() -> tuple[str, ...]:
    return tuple(sorted(role_list("lead_roles")))


def lead_role_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states nothing else gave a head, headed by the holder of a leading
    office ('chief negotiator', 'head of delegation') of that state, at the meeting told where
    he is named (none where the article has none)."""
    sides = OpenSides.after(delegations)
    for person in registry.people:
        state = person.country
        if state is None or not sides.open(state, person) or not _leading(person):
            continue
        if not person.evidence:
            continue
        meeting = told_meeting(state, {e.start for e in person.evidence}, meetings)
        evidence = person.evidence[0].model_copy(update={"rule": RULE, "confidence": 0.75})
        sides.fill(state, person, meeting, evidence)
    return sides.filled


def _leading(person: Person) -> bool:
    """A leading office held now ('former chief negotiator' led at other talks)."""
    role = (person.role or "").lower()
    return role.endswith(_lead_roles()) and not past_role(role)
