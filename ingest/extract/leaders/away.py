"""The one who met over the one named away from the meeting: the model's best pair of a state is
sometimes a head the text names only for another event (the president's visit of last year, the
state visit still to come, the head who sent the envoy: 'Abakar était un envoyé spécial du
dirigeant tchadien', 'Der Besuch des Präsidenten Ilham Aliyev im Dezember 2015'), while the text
names another person of that state in a sentence telling the side's own meeting, as the subject
right before its word ('minister Qin een ontmoeting had met', 'le ministre tchadien ... Abakar
... ont discuté'). That one heads the side.

The swap is made only when:

- the model's pair is a head of state or government named in no sentence that tells the side's
  meeting (the first live meeting its state is a party to);
- the other pair is named in one of them, as the subject within three words before the meeting word
  (`subject_near`), has a title below a head's, leads nothing else, shares no word of his name with
  the model's choice (two readings of one person are no rivals), and his score clears a quarter of
  the party threshold: the model scores him low because the head is better known, but not nothing.

A counterpart who is met takes his side over the model's choice as well: the text matches his
office to the visitor's and names him as the one met ('Foreign Minister Shoukry and his Ethiopian
counterpart Tedros Adhanom discussed in a telephone conversation', 'met his Brazilian counterpart
Mauro Vieira'), while the model, drawn by fame, may give the side to his state's head named
beside the meeting. The swap is made when the model chose no counterpart for the state, and the
counterpart is named in a sentence that tells a meeting, beside its word, as its subject or right
before or after 'with' (the features `_MET`), leads nothing else and clears the party threshold
on his own.

Pairs are only read, never rescored: the model's inputs stay as they were fitted."""

from __future__ import annotations

from ingest.extract.leaders.features import is_head_role
from ingest.extract.leaders.model import Candidate, pair_rank
from ingest.extract.leaders.sole import live_meetings
from ingest.extract.leaders.tied import COUNTERPART
from ingest.models import Meeting

# The share of the party threshold the one who met needs: the head's fame (`known`) pulls the
# model's choice away from him, so less evidence than a side's own is asked, but some.
_SHARE = 0.25
# Named as the subject right before the meeting word ('X met', 'X s'est entretenu').
_AT = "subject_near"
# Where a counterpart is met: a sentence telling a meeting, with its word, and he its subject or
# the one named with 'with'.
_TOLD = ("in_meeting", "trigger")
_MET = ("subject", "after_with", "before_with")


def met_over_away(
    chosen: list[Candidate], cands: list[Candidate], meetings: list[Meeting], party_threshold: float
) -> list[Candidate]:
    """The chosen pairs, where one named away from his side's meeting gives way to the best pair of
    his state named as that meeting's subject, as described above."""
    used = {c.person.id for c in chosen}
    out: list[Candidate] = []
    for cand in chosen:
        spans = _told_spans(cand.country, meetings)
        rival = _rival(cand, cands, used, spans, party_threshold) if spans else None
        rival = rival or _met_counterpart(cand, cands, used, party_threshold)
        if rival is None:
            out.append(cand)
            continue
        out.append(rival)
        used.add(rival.person.id)
    return out


def _rival(
    cand: Candidate,
    cands: list[Candidate],
    used: set[str],
    spans: list[tuple[int, int]],
    party_threshold: float,
) -> Candidate | None:
    if _named_in(cand, spans) or not _head(cand):
        return None
    words = set(cand.person.name.lower().split())
    rivals = [
        c for c in cands
        if c.country == cand.country and c.person.id not in used and c.person.role and not _head(c)
        and c.features.get(_AT, 0.0) > 0 and c.score >= _SHARE * party_threshold
        and _named_in(c, spans) and not words & set(c.person.name.lower().split())
    ]  # fmt: skip
    return max(rivals, key=pair_rank, default=None)


def _met_counterpart(
    cand: Candidate, cands: list[Candidate], used: set[str], party_threshold: float
) -> Candidate | None:
    """The counterpart of the chosen pair's state who is met, as described above; None when the
    model chose a counterpart or there is none."""
    if _counterpart(cand):
        return None
    words = set(cand.person.name.lower().split())
    met = [
        c for c in cands
        if c.country == cand.country and c.person.id not in used and _counterpart(c)
        and c.score >= party_threshold and all(c.features.get(k, 0.0) > 0 for k in _TOLD)
        and any(c.features.get(k, 0.0) > 0 for k in _MET)
        and not words & set(c.person.name.lower().split())
    ]  # fmt: skip
    return max(met, key=pair_rank, default=None)


def _counterpart(cand: Candidate) -> bool:
    return (cand.person.role or "").lower() == COUNTERPART


def _told_spans(state: str, meetings: list[Meeting]) -> list[tuple[int, int]]:
    """The sentences telling the side's own meeting: the first live one its state is a party to."""
    meeting = next(iter(live_meetings(meetings, state)), None)
    return [(e.start, e.end) for e in meeting.evidence] if meeting else []


def _named_in(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    """Whether a sentence naming the pair's person lies in one of the spans."""
    return any(a <= e.start < b for e in cand.person.evidence for a, b in spans)


def _head(cand: Candidate) -> bool:
    """Whether the pair's person holds a head of state's or government's office."""
    return is_head_role(cand.person.role)
