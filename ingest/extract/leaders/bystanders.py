"""People the text places beside a meeting but outside its sides, whatever the leader model says
of them: the gold names neither as a leader.

- a witness, named right after a presence phrase ('with the presence of Iraqi Prime Minister X',
  'en présence du ministre X', 'im Beisein von', 'in aanwezigheid van') or right before one
  ('X was also present'): at every mention, or at one where his state is no party to the main
  meeting (talks of two states held with a third state's head present). A head named so at a
  summit attends it as his state's head, so a summit's sentence keeps him;
- one who stays away ('X a refusé de participer', 'X hatte den Termin verschwitzt', 'X ne fera
  pas le voyage', 'refused to attend'), or one named after a phrase that lists the absent ('one
  prominent absentee being President X', 'sont absents, de même que le leader X', 'Others
  failing to attend were X'): a summit's report names who stayed home beside who came;
- one named only with meetings the text speculates about ('unklar ist, ob das geplante Treffen
  zwischen X und Y', 'eager to schedule a meeting between X and Y'): `speculated`;
- a mediator, named right before a phrase that says he mediates ('X is mediating the
  discussions', 'president X die bemiddelt'): the annotation rules give a mediator no side;
- one named only as a letter's addressee or sender ('in een brief aan premier X', 'in a letter
  to President X'), counted as a witness is: a letter is no meeting;
- a member of his head's delegation, named at every mention right after a phrase that opens the
  members ('President X, accompanied by Minister Y', 'vergezeld door minister Y') while a head of
  his state is named: the head he accompanies leads the side (`accompanying`).

A host named as such ('Gastgeber ist Außenminister X', 'hosted by President X') is left to the
model: as often the other side of a visit, or a host who takes part, as a host of others' talks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.leaders.features import head_roles, posted_roles
from ingest.extract.leaders.model import Candidate
from ingest.extract.leaders.speculated import speculated
from ingest.extract.mentions import PersonMention
from ingest.lang.lexicon import load_lexicon, phrase_regex

_GAP = 2  # words between a presence phrase and the title it governs ('of the', 'du')
_AWAY = 8  # words after the name within which a phrase of staying away speaks of him
_CLAUSE_END = re.compile(r"[.;:!?]")


@dataclass(frozen=True)
class _Words:
    presence: re.Pattern[str]
    presence_after: re.Pattern[str]
    absence: re.Pattern[str]
    absent_before: re.Pattern[str]
    mediating: re.Pattern[str]
    letter: re.Pattern[str]
    summit: re.Pattern[str]
    members: re.Pattern[str]


@lru_cache(maxsize=8)
def _words(lang: str) -> _Words:
    lex = load_lexicon(lang)
    summits = [w for w, kind in lex.mapping("meeting_nouns").items() if kind == "summit"]
    return _Words(
        phrase_regex(lex.words("presence_phrases")), phrase_regex(lex.words("presence_after")),
        phrase_regex(lex.words("absence_phrases")), phrase_regex(lex.words("absence_before")),
        phrase_regex(lex.words("mediator_after")),
        phrase_regex(lex.words("letter_before")), phrase_regex(summits),
        phrase_regex(lex.words("member_phrases")),
    )  # fmt: skip


def bystander(art: ArticleContext, cand: Candidate) -> bool:
    """Whether the chosen pair's person is a witness, a letter's addressee, a mediator, stays
    away or is named only with meetings the text speculates about (`speculated`)."""
    words = _words(art.lex.lang)
    spans = _mentions(art, cand)
    if not spans:
        return False
    party = cand.features.get("main_party", 0.0) > 0
    aside = [
        _present(words, cand, text, start, end) or _after(words.letter, text[:start])
        for text, start, end in spans
    ]
    if any(aside) and (all(aside) or not party):
        return True
    return (
        mediator(art, cand)
        or speculated(art.lex.lang, spans)
        or any(
            _away(words.absence, text[end:]) or _listed_absent(words.absent_before, text[:start])
            for text, start, end in spans
        )
    )


def accompanying(art: ArticleContext, cand: Candidate, heads: dict[str, str | None]) -> bool:
    """Whether the chosen pair's person, no head himself, is named at every mention right after a
    phrase that opens a delegation's members, with a head of his state (`heads`: surname to stated
    state, None if unstated) named before it in the sentence: the one he accompanies. Without such
    a head the phrase may join equals ('X, joined by Y'), so he stays."""
    if (cand.person.role or "").lower() in head_roles():
        return False
    own = frozenset(h for h, state in heads.items() if state in (None, cand.country))
    members = _words(art.lex.lang).members
    spans = _mentions(art, cand)
    return bool(spans) and all(_beside_head(members, own, text[:start]) for text, start, _ in spans)


def _beside_head(members: re.Pattern[str], heads: frozenset[str], before: str) -> bool:
    """Whether a member phrase stands right before this point and a head's surname before it."""
    if not _after(members, before):
        return False
    opening = before[: list(members.finditer(before))[-1].start()]
    return any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", opening) for h in heads)


def mediator(art: ArticleContext, cand: Candidate) -> bool:
    """Whether the chosen pair's person is named right before a phrase that says he mediates."""
    mediating = _words(art.lex.lang).mediating
    return any(mediating.match(text[end:].lstrip(" ,")) for text, _, end in _mentions(art, cand))


def _mentions(art: ArticleContext, cand: Candidate) -> list[tuple[str, int, int]]:
    """Each sentence naming the person, with where his title (or name) opens and his name ends,
    relative to the sentence."""
    surname = cand.person.name.split()[-1]
    pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
    out = []
    for ctx in art.sentences:
        text = ctx.sentence.text
        if surname not in text:  # the pattern matches the surname itself: no regex without it
            continue
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


def _listed_absent(phrase: re.Pattern[str], before: str) -> bool:
    """Whether a phrase listing the absent stands before the name within its clause and `_AWAY`
    words ('absentee being Ivory Coast's embattled President' X)."""
    clause = _CLAUSE_END.split(before)[-1]
    hits = list(phrase.finditer(clause))
    return bool(hits) and len(clause[hits[-1].end() :].split()) <= _AWAY


_POST_REACH = 30  # characters after an envoy's name within which his post is named ('in Jordanië')


def posted_away(art: ArticleContext, cand: Candidate, parties: set[str]) -> bool:
    """Whether the chosen pair's person is an envoy every mention of whom names his post in a
    state no meeting of the article has as a party ('de Nederlandse ambassadeur X in Jordanië'
    at a summons in Abu Dhabi, 'l'ambassadeur des Comores à Madagascar' at talks in Moscow): he
    serves elsewhere and heads no side here."""
    if not parties or (cand.person.role or "").lower() not in posted_roles():
        return False
    posts = [_post(ctx, p) for ctx in art.sentences for p in ctx.mentions.people
             if p.name == cand.person.name]  # fmt: skip
    return bool(posts) and all(post is not None and post not in parties for post in posts)


def _post(ctx: SentenceContext, person: PersonMention) -> str | None:
    """The state an envoy's mention names as his post: a state's name or capital right after a
    posting preposition ('in', 'à', 'to'), in his title or just after his name."""
    prep = _posting(ctx.lang)
    lo, hi = min(person.span_start, person.start), person.end + _POST_REACH
    for country in ctx.mentions.countries:
        if country.kind == "adjective" or not lo <= country.start < hi:
            continue
        if country.code != person.country and prep.search(ctx.local(lo, country.start)):
            return country.code
    return None


@lru_cache(maxsize=8)
def _posting(lang: str) -> re.Pattern[str]:
    """A posting preposition closing the text before a state, an article between allowed."""
    preps = "|".join(map(re.escape, load_lexicon(lang).words("posting_preps"))) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{preps})\s+(?:\w+\s+)?$", re.I)
