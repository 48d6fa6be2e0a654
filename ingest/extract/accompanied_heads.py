"""The officeholder others accompany heads his state's side: 'Premier Mark Rutte wordt vergezeld
door ministers X en Y', 'President X, vergezeld door minister Y, werd ontvangen', 'Bundeskanzler
X, begleitet von Minister Y', 'le roi X est accompagné du prince Y'.

The README ties a side to 'X, accompanied by a delegation'. The delegation builder reads that tie
only for a person whose state the text states; a head of state or government travelling with
his ministers is often named without it (the article is his own country's news), and the leader
model then scores him low. His state is the one the officeholder file knows him for in the
article's years, as `leaders.known` and `met_heads` read it. Being accompanied says less than
'led by', so it only fills a side nothing else has led, at a meeting the article reports.
"""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.delegation_members import find_members
from ingest.extract.leaders.known import office_years
from ingest.extract.officeholders import may_hold_office
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import OpenSides
from ingest.models import Delegation, Meeting

RULE = "lead-accompanied-officeholder"


def accompanied_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states nothing else gave a head, headed by the titled officeholder
    the sentence names right before 'accompanied by' and titled members after it."""
    if not meetings:
        return []  # a trip with no meeting reported heads no side
    sides = OpenSides.after(delegations)
    years = office_years(art, meetings)
    for ctx in art.sentences:
        for found in find_members(ctx, art.lex.lang):
            subject = found.before
            if subject is None or not subject.title:
                continue  # a pronoun or a bare name: whom it stands for is the builder's guess
            person = registry.find(subject.name)
            if person is None or not may_hold_office(person.role):
                continue
            sides.head_told(ctx, person, subject.country, years, meetings, RULE)
    return sides.filled
