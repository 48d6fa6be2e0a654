"""Sides of an article whose meeting the meeting rules never read: the text tells one in words
they do not know, so the article has no meeting, its states are parties to nothing, and every
pair needs the model's full threshold, which two heads named together seldom clear.

After every rule and the model have chosen, the best pairs of two or more unled states lead them
when each one's person is named with another person in a sentence with a meeting word (the
pair's `paired` feature) and his score clears a share of the party threshold: two states each
with such a person are the two sides of the meeting the sentence tells. A person best for two
states leads neither (the text does not say which he stands for). One such pair alone, facing a
side already led, is left to the model: in an article without a meeting, the led side is often
named for a meeting that never took place ('Mag Lubbers ... op ziekenbezoek bij Gorbatsjov?',
'the crunch talks with his counterpart, tomorrow'), and the gold leads neither.

Pairs are only read, never rescored: the model's inputs stay as they were fitted."""

from __future__ import annotations

from collections import Counter

from ingest.extract.leaders.model import Candidate, pair_rank
from ingest.extract.leaders.sole import seated, state_groups
from ingest.models import Delegation, Meeting

# The share of the party threshold the pair needs: the meeting sentence vouches for the side.
_SHARE = 0.4


def paired_sides(
    pairs: list[Candidate],
    meetings: list[Meeting],
    delegations: list[Delegation],
    party_threshold: float,
) -> list[Candidate]:
    """The best pairs of the unled states, each named with another person where a meeting word
    is, in an article without a meeting, when there are two or more (described above)."""
    if meetings:
        return []
    taken = {d.country for d in delegations}
    used = seated(delegations)
    best = [max(g, key=pair_rank) for s, g in state_groups(pairs).items() if s not in taken]
    chosen = [
        c for c in best
        if c.person.id not in used
        and c.features.get("paired", 0.0) > 0
        and c.score >= _SHARE * party_threshold
    ]  # fmt: skip
    sides = Counter(c.person.id for c in chosen)
    chosen = [c for c in chosen if sides[c.person.id] == 1]
    return sorted(chosen, key=lambda c: c.country) if len(chosen) > 1 else []
