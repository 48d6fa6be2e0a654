"""People named only in the possessive ('President X's envoy', 'X's remarks'): the text speaks
of something of theirs, an envoy, a policy, a message, not of them meeting anyone; the leader
model weighs it (feature `possessive`)."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.model import Candidate

_MARKS = ("'", "\u2019")  # the token keeps the mark ("Buhari's"), its base drops it


def mark_possessive(
    art: ArticleContext, cands: list[Candidate], at: dict[str, list[tuple[int, int]]]
) -> None:
    """Sets `possessive` on each pair whose person's surname is written in the possessive at
    every mention (`at`: each surname's (sentence, token) positions, `features.surname_index`)."""
    found: dict[str, float] = {}
    for cand in cands:
        surname = cand.person.name.split()[-1]
        if surname not in found:
            forms = [
                art.sentences[i].mentions.tokens[k].text[len(surname) :]
                for i, k in at.get(surname, [])
            ]
            found[surname] = float(bool(forms) and all(f.startswith(_MARKS) for f in forms))
        cand.features["possessive"] = found[surname]
