"""Which role leads depends on the kind of meeting: at a summons the envoy and the official who
summons him, not his minister nor the summoning state's president; on a call the two principals
themselves; at talks the heads of the delegations, often diplomats, while a head of state named
beside them only comments; a person named without a title is more often a side's head on a call
than at a visit, where guests, hosts and bystanders crowd the text. The leader model gets the
role class crossed with the kind of the article's main meeting (its first), so it weighs a
minister at a summons apart from a minister on a call."""

from __future__ import annotations

from ingest.extract.leaders.model import Candidate
from ingest.models import Meeting

# Meeting kinds that take the same roles as leaders.
_KIND_GROUPS = {
    "talks": "talks", "negotiations": "talks", "consultations": "talks",
    "meeting": "meeting", "summit": "meeting", "visit": "visit", "call": "call",
}  # fmt: skip
# Where the person stands, which also means another thing per kind: one who speaks on a call is
# a side reporting it, at talks often a spokesman; the subject of a visit's verb is its guest.
_PLACES = ("speaker", "subject")
_CLASSES = ("principal", "diplomat", "counterpart", "outsider", "none", "subordinate")


def main_kind(meetings: list[Meeting]) -> str | None:
    """The kind of the main meeting; a summons whatever word told it ('convoqué', 'ontboden')."""
    if not meetings:
        return None
    main = meetings[0]
    return "summons" if main.summons else _KIND_GROUPS.get(main.kind)


def mark_kinds(cands: list[Candidate], meetings: list[Meeting]) -> None:
    """Adds `x_<kind>_<class>` to each pair whose role is of a class that leads at some kinds,
    and `x_<kind>_speaker`, `x_<kind>_subject` where the person speaks or stands before a
    meeting word."""
    kind = main_kind(meetings)
    if kind is None:
        return
    for cand in cands:
        for name in _CLASSES:
            if cand.features.get(f"role:{name}", 0.0) > 0:
                cand.features[f"x_{kind}_{name}"] = 1.0
        for name in _PLACES:
            if cand.features.get(name, 0.0) > 0:
                cand.features[f"x_{kind}_{name}"] = 1.0
