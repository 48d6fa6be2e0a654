"""The heads of the sides of a meeting a sentence reports: 'X met Y', 'X received Y',
'X and Y held talks', 'Y was received by X', 'X s'est entretenu avec Y'.

A meeting verb with one person right before it and another right after it (or two joined by
'and' right before it, or a split verb around the second: 'X hat am Freitag mit Y telefoniert')
ties each to a side. Each leads their own state's side; two people of one state (a host and
their minister) say nothing about who leads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import SentenceContext, scanner
from ingest.extract.delegations import LeadFinding
from ingest.extract.leaders.features import role_classes
from ingest.extract.meetings.patterns import patterns as meeting_patterns
from ingest.extract.mentions import PersonMention, Token
from ingest.lang.delegation_nouns import delegation_noun_regex
from ingest.lang.lexicon import load_lexicon, phrase_regex

_GAP_TOKENS = 4  # words between a person and the verb ('has', 'this morning', 'on 6 May')


@dataclass(frozen=True)
class SideWords:
    verbs: re.Pattern[str]
    joiners: frozenset[str]  # 'and', 'et': two people before the verb
    stops: frozenset[str]  # words that open another clause: the person is not the verb's
    dates: frozenset[str]  # weekdays and months, capitalised or not: 'met on Monday with'
    mediation: re.Pattern[str]  # 'mediated', 'Gastgeber': a sentence about a mediator or host
    split: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # 'hat ... mit Y gesprochen'
    split_any: re.Pattern[str]
    asides: frozenset[str]  # marks that set off an aside: 'le ministre, X, a reçu, lundi, Y'
    possessives: frozenset[str]  # 'X et son homologue Y': a possessive after the joiner


@lru_cache(maxsize=8)
def side_words(lang: str) -> SideWords:
    lex = load_lexicon(lang)
    verbs = [*lex.mapping("meeting_verbs"), *lex.words("side_verbs")]
    stops = [*lex.words("relative_pronouns"), *lex.words("negation_words")]
    stops += lex.words("side_gap_stops")
    return SideWords(
        verbs=phrase_regex(verbs),
        joiners=frozenset(w.lower() for w in lex.words("list_joiners") if w.isalpha()),
        stops=frozenset(w.lower() for w in stops),
        dates=frozenset([*lex.mapping("weekdays"), *lex.mapping("months")]),
        mediation=phrase_regex(lex.words("mediation_words")),
        split=tuple(
            (phrase_regex([a]), phrase_regex([b])) for a, b in lex.data.get("side_split", [])
        ),
        split_any=phrase_regex([a for a, _ in lex.data.get("side_split", [])]),
        asides=frozenset(lex.words("side_aside_marks")),
        possessives=lex.word_set("side_joiner_possessives"),
    )


_CLOSER_REACH = 100  # characters from 'hat' to its participle ('gesprochen')
_CLOSER_AFTER = 30  # characters from the person after the opener to the participle


def _verbs(text: str, words: SideWords) -> list[tuple[int, int, int | None]]:
    """Meeting verbs as (start, end, None), and split ones as (opener start, opener end, where
    the participle starts): 'X hat am Freitag mit Y gesprochen'."""
    found: list[tuple[int, int, int | None]] = [
        (m.start(), m.end(), None) for m in words.verbs.finditer(text)
    ]
    if words.split_any.search(text) is None:
        return found
    for opener, closer in words.split:
        for m in opener.finditer(text):
            close = closer.search(text, m.end(), m.end() + _CLOSER_REACH)
            if close is not None:
                found.append((m.start(), m.end(), close.start()))
    return found


@lru_cache(maxsize=1)
def _staff() -> tuple[str, ...]:
    return dict(role_classes()).get("staff", ())


def staff_role(person: PersonMention) -> bool:
    """A spokesperson, adviser or official: they speak for a side, they do not head it."""
    role = (person.role or "").lower()
    return any(role == r or role.endswith(" " + r) for r in _staff())


def _gap_ok(
    tokens: list[Token], lo: int, hi: int, words: SideWords, marks: frozenset[str] = frozenset()
) -> bool:
    """Only a few lower-case words, days and dates stand between `lo` and `hi`; `marks` (the
    commas of an aside: 'a reçu, lundi, Y') are no words."""
    gap: list[Token] = []
    depth = 0  # a bracketed aside is no gap: 'X (SPD) hat'
    for t in (t for t in tokens if lo <= t.start and t.end <= hi):
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")" and t.text not in marks:
            gap.append(t)
    return len(gap) <= _GAP_TOKENS and all(
        (t.text.isalpha() and t.text.islower() and t.lower not in words.stops)
        or t.text.isdigit()
        or t.lower in words.dates
        for t in gap
    )


def _before(ctx: SentenceContext, at: int, words: SideWords) -> list[PersonMention]:
    """The person ending just before `at`, and one joined to them by 'and' ('X and Y met')."""
    tokens = ctx.mentions.tokens
    people = [p for p in ctx.mentions.people if p.span_end <= at]
    if not people or not _gap_ok(tokens, _past_aside(ctx, people[-1], words), at, words):
        bare = _bare_before(ctx, at, words)
        return [bare] if bare is not None else []
    last = people[-1]
    if any(t.possessive and t.end == last.span_end for t in tokens):
        return []  # 'X's talks with Y': X is named by the talks, not their subject
    if len(people) >= 2:
        gap = ctx.local(people[-2].span_end, last.span_start).lower().split()
        gap = [w for w in gap if w not in words.asides]  # 'X, ministre ..., et Y, ministre ...,'
        if gap and gap[0] in words.joiners and set(gap[1:]) <= words.possessives and len(gap) < 3:
            return [people[-2], last]  # 'X and Y met', 'X et son homologue Y ont'
    return [last]


def _past_aside(ctx: SentenceContext, person: PersonMention, words: SideWords) -> int:
    """Where the gap after a person set off by an aside mark starts: past the mark that closes
    the apposition his span opens ('le ministre turc, X, a reçu', 'X, ministre turc, a reçu').
    A name that opens none keeps its mark ('Selon X, il a reçu Y': X is not the subject)."""
    end = person.span_end
    if not words.asides or not any(m in ctx.local(person.span_start, end) for m in words.asides):
        return end
    rest = ctx.local(end, end + 3)
    mark = rest.lstrip()[:1]
    return end + len(rest) - len(rest.lstrip()) + 1 if mark in words.asides else end


def _bare_before(ctx: SentenceContext, at: int, words: SideWords) -> PersonMention | None:
    """A name without a title right before `at` ('Qureshi met ...'): it stands for a person
    the article titled before, or for no one (the caller asks the article)."""
    tokens = ctx.mentions.tokens
    k = ctx.mentions.index_past(at)
    scan = scanner(ctx.lang)
    end = k
    while end > 0 and end - k > -_GAP_TOKENS and not scan.name_token(tokens[end - 1]):
        end -= 1
    first = end
    while first > 0 and end - first < 3 and scan.name_token(tokens[first - 1]):
        first -= 1
    if first == end or not _gap_ok(tokens, tokens[end - 1].end, at, words):
        return None
    lo, hi = tokens[first].start, tokens[end - 1].end
    spans = [(c.start, c.end) for c in ctx.mentions.countries]
    spans += [(p.start, p.end) for p in ctx.mentions.places]
    if any(start < hi and lo < end for start, end in spans):
        return None  # 'Moscow received ...'
    return PersonMention(
        name=ctx.local(lo, hi), start=lo, end=hi, span_start=lo, span_end=hi, rule="bare-name"
    )


def person_after(ctx: SentenceContext, at: int, words: SideWords) -> PersonMention | None:
    """The person starting just after `at` ('met with his counterpart X', 'received by X')."""
    person = next((p for p in ctx.mentions.people if p.span_start >= at), None)
    tokens = ctx.mentions.tokens
    if person is None or not _gap_ok(tokens, at, person.span_start, words, words.asides):
        return None
    return person


def side_heads(ctx: SentenceContext, lang: str) -> list[tuple[PersonMention, PersonMention]]:
    """Pairs of people a meeting verb ties to the two sides of the meeting it reports."""
    if not ctx.mentions.people:
        return []
    words = side_words(lang)
    meeting = meeting_patterns(lang)
    s = ctx.sentence
    out: list[tuple[PersonMention, PersonMention]] = []
    hosts = [m.span() for m in words.mediation.finditer(s.text)]
    for start, end, close in _verbs(s.text, words):
        verb = words.verbs.match(s.text, start) if close is None else None
        if verb is not None and meeting.is_appeal(s.text, verb):
            continue  # 'called on President X to ...'
        if any(span != (start, end) for span in hosts):
            continue  # a mediator or host is named: who heads which side is not this verb's
        before = _before(ctx, s.start + start, words)
        after = person_after(ctx, s.start + end, words)
        if after is not None and close is not None:
            gap = s.start + close - after.span_end
            after = after if 0 <= gap <= _CLOSER_AFTER else None
        pair = (before[0], before[1]) if len(before) == 2 else None
        if len(before) == 1 and after is not None:
            pair = (before[0], after)
        if pair is not None and not any(staff_role(p) for p in pair):
            out.append(pair)
    return out


def side_leads(
    ctx: SentenceContext, lang: str, state_of: Callable[[str], str | None]
) -> list[LeadFinding]:
    """Each head of a pair leads their own state's side, unless both stand for one state; a
    head's state is the one the sentence states, else the one the article gave them
    (`state_of`). A head of no known state is left to the leader model: the meeting's parties
    are no safe guess (the sentence may tell of another meeting than the one found)."""
    out: list[LeadFinding] = []
    for pair in side_heads(ctx, lang):
        codes = [p.country or state_of(p.name) for p in pair]
        if codes[0] == codes[1]:
            continue
        out += [LeadFinding(c, p, "lead-sides", 0.8) for p, c in zip(pair, codes, strict=True) if c]
    return out


@dataclass(frozen=True)
class HeadWords:
    heads: re.Pattern[str]  # 'head of the', 'chef de la', 'Leiter der'
    noun: re.Pattern[str]
    skip: frozenset[str]  # determiners and copulas between the noun and the name
    dets: frozenset[str]
    adverbs: re.Pattern[str]  # a comma and an adverb that end the text: 'P, par ailleurs'


@lru_cache(maxsize=8)
def head_words(lang: str) -> HeadWords:
    lex = load_lexicon(lang)
    return HeadWords(
        heads=phrase_regex(lex.words("delegation_head_phrases")),
        noun=delegation_noun_regex(lang),
        skip=lex.word_set("determiners", "copulas"),
        dets=lex.word_set("determiners"),
        adverbs=re.compile(rf",\s*(?:{'|'.join(lex.words('apposition_adverbs'))})\s*$", re.I),
    )


_NOUN_REACH = 32  # characters from "head of" to its delegation noun ("Leiter der südkoreanischen")


def delegation_heads(ctx: SentenceContext, lang: str) -> list[LeadFinding]:
    """'the head of the French delegation, P', 'P, chef de la délégation russe', 'Leiter der
    südkoreanischen Delegation ist P': the office names the side the person leads."""
    words = head_words(lang)
    s = ctx.sentence
    out: list[LeadFinding] = []
    for match in words.heads.finditer(s.text):
        noun = words.noun.search(s.text, match.end(), match.end() + _NOUN_REACH)
        if noun is None:
            continue
        lo, hi = s.start + match.start(), s.start + noun.end()
        countries = [c for c in ctx.mentions.countries if lo <= c.start and c.end <= hi + 20]
        holder = _title_holder(ctx, lo, hi)
        before, aside = _past_determiner(ctx, lo, words)
        person = holder or _named_after(ctx, hi, words) or _named_before(ctx, before)
        # titled, set apart by an adverb ('P, ministre ..., par ailleurs chef de'): his own state
        own = aside and person is not None and person.title is not None
        if person is None or not (countries or ((holder or own) and person.country)):
            continue
        near = min(countries, key=lambda c: abs(c.start - hi)).code if countries else None
        country = near or person.country or ""
        if person.title is None:
            person.title, person.role = ctx.local(lo, hi), "head of delegation"
        out.append(LeadFinding(country, person, "lead-head-of", 0.85))
    return out


def _title_holder(ctx: SentenceContext, lo: int, hi: int) -> PersonMention | None:
    """The person whose title holds the phrase ('Deputy Foreign Minister and head of the Georgian
    delegation, X', 'le chef de la délégation guinéenne, X'): the title read with the name
    covers the office, so the name stands neither right after nor right before it."""
    return next((p for p in ctx.mentions.people if p.span_start <= lo and hi <= p.span_end), None)


def _named_after(ctx: SentenceContext, at: int, words: HeadWords) -> PersonMention | None:
    """The person named right after the delegation noun, past its state's adjective, a comma,
    a determiner or 'is'."""
    tokens = ctx.mentions.tokens
    k = ctx.mentions.index_from(at)
    for _ in range(3):
        if k < len(tokens) and (
            tokens[k].text == ","
            or tokens[k].lower in words.skip
            or any(c.start <= tokens[k].start < c.end for c in ctx.mentions.countries)
        ):
            k += 1
    start = tokens[k].start if k < len(tokens) else ctx.sentence.end
    titled = next((p for p in ctx.mentions.people if start <= p.span_start <= start + 2), None)
    return titled or _name_run(ctx, k)


def _past_determiner(ctx: SentenceContext, at: int, words: HeadWords) -> tuple[int, bool]:
    """Where the apposition opens: before the determiner of 'P, the head of the Ghanaian
    delegation', 'P, der Chef der ghanaischen Delegation' when one stands right before `at`;
    right after the comma of 'P, par ailleurs chef de délégation' (True: set apart so)."""
    k = ctx.mentions.index_from(at) - 1
    tokens = ctx.mentions.tokens
    if k >= 1 and tokens[k].lower in words.dets and tokens[k - 1].text == ",":
        return tokens[k].start, False
    found = words.adverbs.search(ctx.local(max(ctx.sentence.start, at - 40), at))
    return (max(ctx.sentence.start, at - 40) + found.start() + 1, True) if found else (at, False)


def _named_before(ctx: SentenceContext, at: int) -> PersonMention | None:
    """'P, head of the Russian delegation': the person ending right before, a comma between."""
    for person in ctx.mentions.people:
        if ctx.local(person.span_end, at).strip() == ",":
            return person
    tokens = ctx.mentions.tokens
    k = ctx.mentions.index_from(at) - 1
    if k < 1 or tokens[k].text != ",":
        return None
    scan = scanner(ctx.lang)
    first = k
    while first > 0 and k - first < 4 and scan.name_token(tokens[first - 1]):
        first -= 1
    return _name_run(ctx, first) if first < k else None


def _name_run(ctx: SentenceContext, k: int) -> PersonMention | None:
    """A run of capitalised name words from token `k` ('Nicolas de Riviere')."""
    scan = scanner(ctx.lang)
    tokens = ctx.mentions.tokens
    run: list[Token] = []
    while k < len(tokens) and len(run) < 4:
        token = tokens[k]
        if not (scan.name_token(token) or (run and token.lower in scan.particles)):
            break
        run.append(token)
        k += 1
    while run and not scan.name_token(run[-1]):
        run.pop()
    if len(run) < 2:  # a lone capitalised word is too often no name ('Iran', 'Monday')
        return None
    first, last = run[0], run[-1]
    return PersonMention(
        name=ctx.local(first.start, last.end), start=first.start, end=last.end,
        span_start=first.start, span_end=last.end, rule="bare-name",
    )  # fmt: skip


@lru_cache(maxsize=8)
def _own_delegation(lang: str) -> re.Pattern[str]:
    """'and his delegation', 'is accompanied by a high-level delegation', 'et sa délégation'."""
    lex = load_lexicon(lang)
    definite = lex.word_set("definite_articles")
    dets = [w for w in lex.words("determiners") if w.lower() not in definite]
    alt = "|".join(
        re.escape(w) for w in sorted({*dets, *lex.words("title_possessives")}, key=len)[::-1]
    )
    nouns = delegation_noun_regex(lang).pattern
    openers = "|".join(re.escape(w) for w in lex.words("own_delegation_openers"))
    return re.compile(
        rf"(?<!\w)(?:{openers})\s*(?:{alt})\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})(?!\w)", re.I
    )


def own_delegation(
    ctx: SentenceContext, lang: str, state_of: Callable[[str], str | None]
) -> list[LeadFinding]:
    """'X and his delegation', 'X is accompanied by a delegation', 'X et sa délégation': the
    person heads their own state's delegation."""
    s = ctx.sentence
    if head_words(lang).noun.search(s.text) is None:
        return []  # most sentences name no delegation: the long pattern is not run
    pattern = _own_delegation(lang)
    words = side_words(lang)
    out: list[LeadFinding] = []
    for match in pattern.finditer(s.text):
        head = s.text[: match.start()].rstrip()
        at = len(head) - 1 if head.endswith(",") else match.start()  # 'X, accompanied by'
        before = _before(ctx, s.start + at, words)
        person = before[-1] if before else None
        country = person and (person.country or state_of(person.name))
        if person is not None and country and not staff_role(person):
            out.append(LeadFinding(country, person, "lead-own-delegation", 0.8))
    return out
