"""The envoy who presents his credentials heads his state's side of the ceremony: 'Ahmad
Makaila a présenté ... ses lettres de créance l'accréditant en qualité d'ambassadeur ... du
Tchad', 'De Iraanse ambassadeur Alireza Jahangiri komen hun geloofsbrieven overhandigen'.

A credentials ceremony is a meeting of the envoy's state and the host's: the head of state
receives the envoy (and heads no side, `leaders._receives_credentials`), the envoy stands for his
state. The leader model scores such an envoy low, since an ambassador named beside a meeting
most often only attends it; the article's credential words tell the ceremony. Being an envoy
at the ceremony says less than 'led by', so it only fills a side nothing else has led.
"""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.features import head_roles, posted_roles
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import OpenSides, told_meeting
from ingest.lang.lexicon import phrase_regex
from ingest.lang.roles import past_role
from ingest.models import Delegation, Meeting, Person

RULE = "lead-credentials"


def credential_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states no leading phrase and no model pair gave a head, headed by an
    envoy of that state named in an article that tells of credentials presented: its envoys
    are the ones who present them ('Il s'agit de SEM Mme X, ambassadeur de la République Arabe
    d'Égypte' after the sentence of the letters), never the host's."""
    told = _told(art)
    if not told:
        return []
    sides = OpenSides.after(delegations, closed=_hosts(registry.people, told))
    for person in registry.people:
        country = person.country
        if country is None or not sides.open(country, person) or not _envoy(person):
            continue
        if not person.evidence:
            continue
        meeting = told_meeting(country, told, meetings)
        evidence = person.evidence[0].model_copy(update={"rule": RULE})
        sides.fill(country, person, meeting, evidence)
    return sides.filled


def _told(art: ArticleContext) -> set[int]:
    """Where the sentences that tell of credentials presented start; not one that denies it
    ('zal geen geloofsbrieven aanbieden', "n'avait même pas pu présenter ses lettres de
    créance"): a negation before the credential words leaves the envoy without a ceremony."""
    words = phrase_regex(art.lex.words("credential_words"))
    negations = phrase_regex(art.lex.words("negation_words"))
    told: set[int] = set()
    for ctx in art.sentences:
        text = ctx.sentence.text
        found = words.search(text)
        if found is not None and negations.search(text, 0, found.start()) is None:
            told.add(ctx.sentence.start)
    return told


def _hosts(people: list[Person], told: set[int]) -> set[str]:
    """The states of the heads named where credentials are told: they receive them, and an
    envoy of theirs is at home, not presenting."""
    heads = head_roles()
    return {
        p.country for p in people
        if p.country and (p.role or "").lower() in heads
        and any(e.start in told for e in p.evidence)
    }  # fmt: skip


def _envoy(person: Person) -> bool:
    """An envoy in office: a former ambassador presents nothing."""
    role = (person.role or "").lower()
    return role in posted_roles() and not past_role(role)
