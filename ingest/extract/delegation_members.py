"""Delegation members: the titled people named after 'accompanied by', 'bestond verder uit',
'begleitet von', or before 'are also part of the delegation', and who they accompany. The
leading phrases themselves are read in `ingest.extract.delegations`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import SentenceContext, scanner
from ingest.extract.delegations import LeadPatterns, lead_patterns
from ingest.extract.mentions import PersonMention, Token
from ingest.lang.lexicon import load_lexicon


def _bare_subject(ctx: SentenceContext, at: int) -> PersonMention | None:
    """'Wang was accompanied by ...': a capitalised name right before the phrase."""
    scan = scanner(ctx.lang)
    tokens = ctx.mentions.tokens[: ctx.mentions.index_past(at)]
    run: list[Token] = []
    while tokens and tokens[-1].text in {",", "\u2019", "'"}:
        tokens.pop()
    while tokens and scan.name_token(tokens[-1]) and len(run) < 3:
        run.insert(0, tokens.pop())
    if not run or at - run[-1].end > 3:
        return None
    name = ctx.local(run[0].start, run[-1].end)
    start, end = run[0].start, run[-1].end
    return PersonMention(
        name=name, start=start, end=end, span_start=start, span_end=end, rule="bare-name"
    )


@dataclass
class MemberFinding:
    """Titled people named after 'accompanied by', 'bestond verder uit', 'begleitet von'."""

    at: int  # where the member phrase starts
    members: list[PersonMention]
    before: PersonMention | None  # the titled person just before the phrase, if any
    pronoun: bool = False  # 'Hij werd vergezeld door', 'Il était accompagné de'


def find_members(ctx: SentenceContext, lang: str) -> list[MemberFinding]:
    if not ctx.mentions.people:
        return []  # members are titled people the sentence names: most sentences name none
    pats = lead_patterns(lang)
    s = ctx.sentence
    out: list[MemberFinding] = []
    matches = list(pats.members.finditer(s.text))
    for n, match in enumerate(matches):
        start, end = s.start + match.start(), s.start + match.end()
        stop = s.start + matches[n + 1].start() if n + 1 < len(matches) else s.end
        people = [p for p in ctx.mentions.people if end <= p.span_start < stop]
        members = _listed(ctx, people, end, lang)
        before = [p for p in ctx.mentions.people if p.end <= start]
        subject = before[-1] if before else _bare_subject(ctx, start)
        if members:
            words = s.text[: match.start()].split()
            pronoun = bool(words) and words[-1].lower() in pats.pronouns
            pronoun |= len(words) >= 2 and words[-2].lower() in pats.pronouns  # 'Hij werd'
            out.append(MemberFinding(start, members, subject, pronoun))
    return out + _members_before(ctx, pats)


def _listed(
    ctx: SentenceContext, people: list[PersonMention], at: int, lang: str
) -> list[PersonMention]:
    """The people listed right after a member phrase, up to the first that a clause separates
    ('accompagné du secrétaire d'État, X, a été reçu par le Premier ministre, Y': X only)."""
    joiners = _joiner_words(lang)
    out: list[PersonMention] = []
    for person in people:
        gap = re.findall(r"\w+", ctx.local(at, person.span_start).lower())
        if len(gap) > 3 or any(w not in joiners for w in gap):
            break
        out.append(person)
        at = person.span_end
    return out


@lru_cache(maxsize=8)
def _joiner_words(lang: str) -> frozenset[str]:
    lex = load_lexicon(lang)
    words = lex.words("list_joiners") + lex.words("determiners") + lex.words("member_fillers")
    return frozenset(w.lower() for w in words)


def _members_before(ctx: SentenceContext, pats: LeadPatterns) -> list[MemberFinding]:
    """Members named before the phrase: 'X and Y are also part of the delegation', 'Ook X en Y
    maken deel uit van de delegatie'; they join the delegation the article just named."""
    match = pats.members_after.search(ctx.sentence.text)
    if match is None:
        return []
    at = ctx.sentence.start + match.start()
    members = [p for p in ctx.mentions.people if p.span_end <= at]
    return [MemberFinding(at, members, None)] if members else []
