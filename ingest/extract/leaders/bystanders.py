"""People the text places beside a meeting but outside its sides, whatever the leader model says
of them: the gold names neither as a leader.

- a witness, named right after a presence phrase ('with the presence of Iraqi Prime Minister X',
  'en présence du ministre X', 'im Beisein von', 'in aanwezigheid van') or right before one
  ('X was also present'): at every mention, or at one where his state is no party to the main
  meeting (talks of two states held with a third state's head present). A head named so at a
  summit attends it as his state's head, so a summit's sentence keeps him;
- one who stays away ('X a refusé de participer', 'X hatte den Termin verschwitzt', 'X ne fera
  pas le voyage', 'refused to attend').

A host named as such ('Gastgeber ist Außenminister X', 'hosted by President X') is left to the
model: as often the other side of a visit, or a host who takes part, as a host of others' talks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.leaders.features import head_roles
from ingest.extract.leaders.model import Candidate
from ingest.lang.lexicon import load_lexicon, phrase_regex

_GAP = 2  # words between a presence phrase and the title it governs ('of the', 'du')
_AWAY = 8  # words after the name within which a phrase of staying away speaks of him
_CLAUSE_END = re.compile(r"[.;:!?]")


@dataclass(frozen=True)
class _Words:
    presence: re.Pattern[str]
    presence_after: re.Pattern[str]
    absence: re.Pattern[str]
    summit: re.Pattern[str]


@lru_cache(maxsize=8)
def _words(lang: str) -> _Words:
    lex = load_lexicon(lang)
    summits = [w for w, kind in lex.mapping("meeting_nouns").items() if kind == "summit"]
    return _Words(
        phrase_regex(lex.words("presence_phrases")), phrase_regex(lex.words("presence_after")),
        phrase_regex(lex.words("absence_phrases")), phrase_regex(summits),
    )  # fmt: skip


def bystander(art: ArticleContext, cand: Candidate) -> bool:
    """Whether the chosen pair's person is a witness or stays away."""
    words = _words(art.lex.lang)
    spans = _mentions(art, cand)
    if not spans:
        return False
    party = cand.features.get("main_party", 0.0) > 0
    present = [_present(words, cand, text, start, end) for text, start, end in spans]
    if any(present) and (all(present) or not party):
        return True
    return any(_away(words.absence, text[end:]) for text, _, end in spans)


def _mentions(art: ArticleContext, cand: Candidate) -> list[tuple[str, int, int]]:
    """Each sentence naming the person, with where his title (or name) opens and his name ends,
    relative to the sentence."""
    surname = cand.person.name.split()[-1]
    pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
    out = []
    for ctx in art.sentences:
        text = ctx.sentence.text
        for m in pattern.finditer(text):
            out.append((text, *_span(ctx, cand.person.name, m.start(), m.end())))
    return out


def _span(ctx: SentenceContext, name: str, start: int, end: int) -> tuple[int, int]:
    """Where the mention covering the surname at (start, end) opens, with its title, and ends;
    for a bare name, where the full name opens if written."""
    base = ctx.sentence.start
    for p in ctx.mentions.people:
        if p.start - base <= start < p.end - base:
            return min(p.span_start, p.start) - base, end
    text = ctx.sentence.text
    first = text.rfind(name, 0, end)
    return (first if first >= 0 and first + len(name) == end else start), end


def _present(words: _Words, cand: Candidate, text: str, start: int, end: int) -> bool:
    """Whether this mention names him as present, not at a summit he attends as a head."""
    named = words.presence_after.match(text[end:].lstrip())
    if not (named or _after(words.presence, text[:start])):
        return False
    head = (cand.person.role or "").lower() in head_roles()
    return not (head and words.summit.search(text))


def _after(phrase: re.Pattern[str], before: str) -> bool:
    """Whether a phrase stands right before this point, at most `_GAP` words away and in the
    same clause ('in the presence of the' Emir, 'en présence du' ministre)."""
    hits = list(phrase.finditer(before))
    if not hits:
        return False
    gap = before[hits[-1].end() :]
    return len(gap.split()) <= _GAP and not _CLAUSE_END.search(gap)


def _away(phrase: re.Pattern[str], after: str) -> bool:
    """Whether a phrase of staying away follows the name within its clause and `_AWAY` words."""
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    hit = phrase.search(clause)
    return hit is not None and len(clause[: hit.start()].split()) <= _AWAY
