"""The head over his own minister: when the text makes a head of state or government and a minister
of the same state the joint subject of their side's meeting ('Minister-president Rutte en minister
Hoekstra brengen een bezoek aan Oekraïne', 'Premier Kok en minister Van Mierlo kwamen op
audiëntie'), the head leads the side and the minister is his member (one delegation per state,
headed by its highest officeholder there), though the model may score the minister higher: a
minister is the usual head of a working side, and his name often stands nearer the meeting word.

The swap is made only when the model's pair holds a title below a head's, and the head's pair is
of the same state, the subject of a meeting word in a sentence telling a meeting, joined to the
minister by a list joiner ('en', 'and') within a few words (a head named only for another event,
'Xi had a call with Zelensky' beside his minister's tour, or in the same sentence for another
one, is no joint subject), leads nothing else and clears a share of the party threshold. Pairs
are only read, never rescored: the model's inputs stay as they were fitted."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.features import is_head_role
from ingest.extract.leaders.model import Candidate, pair_rank

# The share of the party threshold the head needs: the minister named beside him takes the
# weight of the features they share, so less evidence than a side's own is asked, but some.
_SHARE = 0.5
# The head is named as a meeting word's subject where one is told.
_FIRST = ("subject", "in_meeting")
# 'Rutte en minister Hoekstra van Buitenlandse Zaken': the joiner and the minister's title and name.
_GAP = 6


def head_over_minister(
    art: ArticleContext, chosen: list[Candidate], cands: list[Candidate], party_threshold: float
) -> list[Candidate]:
    """The chosen pairs, where a minister gives way to his state's head as described above."""
    used = {c.person.id for c in chosen}
    out: list[Candidate] = []
    for cand in chosen:
        head = None
        if not is_head_role(cand.person.role):
            head = _head(cand, cands, used, party_threshold)
        if head is not None and not _together(art, cand, head):
            head = None
        if head is not None:
            used.add(head.person.id)
        out.append(head or cand)
    return out


def _head(
    cand: Candidate, cands: list[Candidate], used: set[str], party_threshold: float
) -> Candidate | None:
    heads = [
        c for c in cands
        if c.country == cand.country
        and c.person.id not in used
        and is_head_role(c.person.role)
        and all(c.features.get(f, 0.0) > 0 for f in _FIRST)
        and c.score >= _SHARE * party_threshold
    ]  # fmt: skip
    return max(heads, key=pair_rank, default=None)


def _together(art: ArticleContext, cand: Candidate, head: Candidate) -> bool:
    """Whether a sentence joins the head and the minister as one subject: one's surname, then
    within a few words a list joiner ('en', 'and') and the other's."""
    joiners = {w for w in art.lex.word_set("list_joiners") if w.isalpha()}
    one, other = head.person.name.split()[-1], cand.person.name.split()[-1]
    for ctx in art.sentences:
        tokens = ctx.mentions.tokens
        for n, token in enumerate(tokens):
            ahead = tokens[n + 1 : n + _GAP]
            second = {one: other, other: one}.get(token.base)
            named = second is not None and any(t.base == second for t in ahead)
            if named and joiners & {t.lower for t in ahead}:
                return True
    return False
