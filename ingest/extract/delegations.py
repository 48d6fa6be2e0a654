"""Delegations and their leaders: 'the X delegation was led by P', 'P led the X delegation'.

Only a titled person found right next to a leading phrase becomes a leader; a quoted official
who leads nothing never does (a wrong leader is worse than a missing one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import SentenceContext
from ingest.extract.delegation_states import noun_state
from ingest.extract.lead_pairs import elided_side_head, other_side_head
from ingest.extract.lead_people import person_at
from ingest.extract.mentions import PersonMention
from ingest.lang.lexicon import Lexicon, load_lexicon, phrase_regex

_NP_WINDOW = 90  # how far back a passive looks for its delegation noun


@dataclass(frozen=True)
class LeadPatterns:
    passive: re.Pattern[str]
    active: re.Pattern[str]
    split: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    active_split: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    noun: re.Pattern[str]
    meeting_noun: re.Pattern[str]  # 'talks', 'réunion': a meeting whose sides a phrase leads
    members: re.Pattern[str]
    members_after: re.Pattern[str]  # 'X and Y are also part of the delegation'
    represent: re.Pattern[str]  # '<country> was represented by P'
    represent_split: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    front: re.Pattern[str]  # 'an der Spitze der <adj> Delegation stand P'
    relative: frozenset[str]  # 'P, who heads the team'
    relative_final: re.Pattern[str]  # 'P, die de delegatie leidde' (lead_relative.py)
    pronouns: frozenset[str]  # 'Il était accompagné de'
    send: re.Pattern[str]  # '<country> sent its deputy foreign minister, P'
    behalf_prep: re.Pattern[str]  # 'für Pristina verhandelte P'
    behalf_verb: re.Pattern[str]
    clause: re.Pattern[str]  # '<country>, which co-sponsored earlier rounds, sent ...'
    # Each pair list's openers as one alternation: one search tells whether a sentence has
    # any opener, so the per-pair loops (run for every sentence) are skipped when none occurs.
    split_any: re.Pattern[str]
    represent_split_any: re.Pattern[str]
    active_split_any: re.Pattern[str]
    # Every phrase that opens a rule above (all but 'on behalf', which starts from a state):
    # most sentences hold none, and one search then skips the rules together.
    opens_any: re.Pattern[str]


@dataclass
class LeadFinding:
    country: str  # '' when the sentence names no state: the builder takes it from the article
    leader: PersonMention
    rule: str
    confidence: float


@lru_cache(maxsize=8)
def lead_patterns(lang: str) -> LeadPatterns:
    lex = load_lexicon(lang)
    return LeadPatterns(
        passive=phrase_regex(lex.words("lead_passive")),
        active=phrase_regex(lex.words("lead_active")),
        split=_pairs(lex.data.get("lead_split", [])),
        active_split=_pairs(lex.data.get("lead_active_split", [])),
        noun=phrase_regex(lex.words("delegation_nouns")),
        meeting_noun=phrase_regex(lex.words("led_meeting_nouns")),
        members=phrase_regex(lex.words("member_phrases")),
        members_after=phrase_regex(lex.words("member_phrases_after")),
        represent=phrase_regex(lex.words("lead_represent")),
        represent_split=_pairs(lex.data.get("lead_represent_split", [])),
        front=phrase_regex(lex.words("lead_front")),
        relative=lex.word_set("relative_pronouns"),
        relative_final=phrase_regex(lex.words("lead_relative_final")),
        pronouns=lex.word_set("pronouns"),
        send=phrase_regex(lex.words("lead_send")),
        behalf_prep=phrase_regex(lex.mapping("lead_on_behalf").get("preps", [])),
        behalf_verb=phrase_regex(lex.mapping("lead_on_behalf").get("verbs", [])),
        clause=re.compile(
            r",\s*(?:"
            + "|".join(map(re.escape, lex.words("relative_clause_openers")))
            + r")\b[^,]{0,140},\s*$",
            re.I,
        ),
        split_any=_openers(lex.data.get("lead_split", [])),
        represent_split_any=_openers(lex.data.get("lead_represent_split", [])),
        active_split_any=_openers(lex.data.get("lead_active_split", [])),
        opens_any=phrase_regex(_rule_openers(lex)),
    )


def _rule_openers(lex: Lexicon) -> list[str]:
    """The phrases a leading rule starts from: lists searched whole, and the first halves of
    split phrases ('wird von ... geleitet')."""
    lists = ("lead_passive", "lead_active", "lead_represent", "lead_front", "lead_send")
    splits = ("lead_split", "lead_active_split", "lead_represent_split")
    found = [w for key in lists for w in lex.words(key)]
    return found + [row[0] for key in splits for row in lex.data.get(key, [])]


def _openers(rows: list[list[str]]) -> re.Pattern[str]:
    return phrase_regex([row[0] for row in rows])


def _pairs(rows: list[list[str]]) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    return tuple((phrase_regex([row[0]]), phrase_regex([row[1]])) for row in rows)


def _country_near(ctx: SentenceContext, lo: int, hi: int, anchor: int) -> str | None:
    """The country closest to `anchor` within [lo, hi)."""
    found = [c for c in ctx.mentions.countries if lo <= c.start < hi]
    if not found:
        return None
    return min(found, key=lambda c: abs(c.start - anchor)).code


def _passive(ctx: SentenceContext, pats: LeadPatterns) -> list[LeadFinding]:
    out: list[LeadFinding] = []
    s = ctx.sentence
    for match in pats.passive.finditer(s.text):
        leader = person_at(ctx, s.start + match.end())
        window = s.text[max(0, match.start() - _NP_WINDOW) : match.start()]
        nouns = list(pats.noun.finditer(window))
        if leader is not None and not nouns:
            out += _meeting_led(ctx, pats, window, leader, match.group().lower())
        if leader is None or not nouns:
            continue
        noun = nouns[-1]
        if _mediation(ctx.lang).search(window[max(0, noun.start() - _BEFORE_NOUN) :]):
            continue  # 'une équipe de médiation dirigée par': the mediators lead no state's side
        base = s.start + max(0, match.start() - _NP_WINDOW)
        n_start, n_end = base + noun.start(), base + noun.end()
        reach = (n_start - 30, min(n_end + 30, s.start + match.start()))
        country = noun_state(ctx, (n_start, n_end), reach, leader.country)
        country = _elided_country(ctx, s.start + match.start()) or country or leader.country
        rule = f"lead-passive:{match.group().lower()}"
        # With no state in the sentence, the delegation the article named before ('' here)
        out.append(LeadFinding(country or "", leader, rule, 0.9))
        second = other_side_head(ctx, leader, country or leader.country)
        if second is not None:
            out.append(LeadFinding(second.country or "", second, rule, 0.9))
        out += _elided(ctx, leader, country or leader.country, rule)
    return out


def _meeting_led(
    ctx: SentenceContext, pats: LeadPatterns, window: str, leader: PersonMention, phrase: str
) -> list[LeadFinding]:
    """'The talks were led by A and B', 'la réunion a été présidée par la ministre X': the
    meeting named right before the phrase is led by the titled person of a stated state after
    it, and by the one joined to him for another state; a mediator's talks are no side's."""
    noun = pats.meeting_noun.search(window[-_MEETING_REACH:])
    if noun is None or not leader.title or not leader.country:
        return []
    if _mediation(ctx.lang).search(window):
        return []
    rule = f"lead-passive:{phrase}"
    out = [LeadFinding(leader.country, leader, rule, 0.8)]
    second = other_side_head(ctx, leader, leader.country)
    if second is not None:
        out.append(LeadFinding(second.country or "", second, rule, 0.8))
    return out + _elided(ctx, leader, leader.country, rule)


_MEETING_REACH = 45  # characters from the meeting noun to the phrase ('talks were led by')


def _elided(
    ctx: SentenceContext, leader: PersonMention, country: str | None, rule: str
) -> list[LeadFinding]:
    """The head of a second clause that leaves the leading verb out ('the American one by B')."""
    found = elided_side_head(ctx, leader, country)
    return [] if found is None else [LeadFinding(found[0], found[1], rule, 0.85)]


_BEFORE_NOUN = 12  # characters: 'mediation team led by'


@lru_cache(maxsize=8)
def _mediation(lang: str) -> re.Pattern[str]:
    """Mediation words: a team they name ('équipe de médiation') is no state's delegation."""
    return phrase_regex(load_lexicon(lang).words("mediation_words"))


def _elided_country(ctx: SentenceContext, at: int) -> str | None:
    """'de Azerbeidzjaanse werd geleid door': an adjective standing for the delegation noun
    an earlier clause named, right before the passive."""
    for country in ctx.mentions.countries:
        gap = ctx.local(country.end, at) if country.end <= at else "x"
        if country.kind == "adjective" and gap.strip() == "" and len(gap) <= 2:
            return country.code
    return None


def _active_verbs(
    text: str, pats: LeadPatterns
) -> list[tuple[re.Match[str], re.Pattern[str] | None]]:
    """Leading verbs, with the particle that must close the object for separable ones
    ('voerde de delegatie aan')."""
    found: list[tuple[re.Match[str], re.Pattern[str] | None]] = [
        (m, None) for m in pats.active.finditer(text)
    ]
    if pats.active_split_any.search(text) is None:
        return found
    for opener, closer in pats.active_split:
        found += [(m, closer) for m in opener.finditer(text)]
    return found


def _active(ctx: SentenceContext, pats: LeadPatterns) -> list[LeadFinding]:
    out: list[LeadFinding] = []
    s = ctx.sentence
    for match, closer in _active_verbs(s.text, pats):
        verb_at = s.start + match.start()
        leader = next(
            (p for p in ctx.mentions.people if _right_before(ctx, p, verb_at, pats)), None
        )
        after = s.text[match.end() : match.end() + 45]
        noun = pats.noun.search(after)
        if leader is None or noun is None:
            continue
        rest = after[noun.end() :] + s.text[match.end() + 45 : match.end() + 75]
        if closer is not None and closer.search(rest[:30]) is None:
            continue
        n_start, n_end = s.start + match.end() + noun.start(), s.start + match.end() + noun.end()
        country = noun_state(ctx, (n_start, n_end), (s.start + match.end(), n_end + 25))
        country = country or leader.country
        # With no state in the sentence, the delegation the article named before ('' here)
        out.append(LeadFinding(country or "", leader, f"lead-active:{match.group().lower()}", 0.85))
    return out


_ASIDE = re.compile(r"\s*,[^,;:.()\"“”]{1,90},\s*")
_ASIDE_REACH = 94  # two commas, the spaces after them and an aside of at most 90 characters
# The rest of a title put after the name, closed by a comma: the title read ends early when its
# words run on ('X, Secretary| at the Ministry of Foreign Affairs, is to lead').
_TITLE_TAIL = re.compile(r"\s+[a-zà-ÿ][^,;:.()\"“”]{0,88},\s*")


def _right_before(ctx: SentenceContext, person: PersonMention, at: int, pats: LeadPatterns) -> bool:
    """The person ends just before `at`, or before ', who' / ', die' / ', qui', or before an
    aside between commas ('Wendy Sherman, effectively the third-ranking diplomat, is leading'),
    or before the rest of the title set after the name ('X, Secretary at the Ministry, is to')."""
    if not 0 <= at - person.span_end <= _ASIDE_REACH:
        return False
    gap = ctx.local(person.span_end, at)
    if _ASIDE.fullmatch(gap):
        return True
    if person.span_end > person.end and _TITLE_TAIL.fullmatch(gap):
        return True
    gap = gap.strip(" ,").lower()
    return at - person.span_end <= 12 and (not gap or gap in pats.relative)


def _subject_country(ctx: SentenceContext, at: int) -> str | None:
    """A country named as the subject just before `at` ('Poland was represented by')."""
    found = [c for c in ctx.mentions.countries if c.kind != "adjective" and 0 <= at - c.end <= 8]
    return found[-1].code if found else None


def _represent(ctx: SentenceContext, pats: LeadPatterns) -> list[LeadFinding]:
    """'<country> was represented by P', '<Land> wurde von P vertreten'."""
    out: list[LeadFinding] = []
    s = ctx.sentence
    for match in pats.represent.finditer(s.text):
        country = _subject_country(ctx, s.start + match.start())
        leader = person_at(ctx, s.start + match.end())
        if country and leader is not None and leader.title:
            out.append(LeadFinding(country, leader, "lead-represented", 0.8))
            out += _elided(ctx, leader, country, "lead-represented")
    if pats.represent_split_any.search(s.text) is None:
        return out
    for opener, closer in pats.represent_split:
        for match in opener.finditer(s.text):
            country = _subject_country(ctx, s.start + match.start())
            leader = person_at(ctx, s.start + match.end())
            if country is None or leader is None or not leader.title:
                continue
            if _closed_after(ctx, leader, closer):
                out.append(LeadFinding(country, leader, "lead-represented", 0.8))
    return out


def _closed_after(ctx: SentenceContext, leader: PersonMention, closer: re.Pattern[str]) -> bool:
    """The split phrase's closing word follows the person within a few characters ('von
    Botschafter X geleitet'): a closer further on belongs to another clause."""
    at = leader.span_end - ctx.sentence.start
    close = closer.search(ctx.sentence.text[at : at + 24])
    return close is not None and close.start() <= 4


def _front(ctx: SentenceContext, pats: LeadPatterns) -> list[LeadFinding]:
    """'An der Spitze der britischen Delegation stand P', 'à la tête de la délégation, P'."""
    out: list[LeadFinding] = []
    s = ctx.sentence
    for match in pats.front.finditer(s.text):
        noun = pats.noun.search(s.text, match.end(), match.end() + 40)
        if noun is None:
            continue
        n_start, n_end = s.start + noun.start(), s.start + noun.end()
        leader = next(
            (p for p in ctx.mentions.people if 0 <= p.span_start - n_end <= 28 and p.title), None
        )
        country = _country_near(ctx, s.start + match.end(), n_end + 20, n_start)
        if leader is not None and country:
            out.append(LeadFinding(country, leader, "lead-front", 0.8))
    return out


def _split(ctx: SentenceContext, pats: LeadPatterns) -> list[LeadFinding]:
    """'Die Delegation wird von Botschafter X geleitet': the verb closes the clause."""
    out: list[LeadFinding] = []
    s = ctx.sentence
    if pats.split_any.search(s.text) is None:
        return out
    for opener, closer in pats.split:
        for match in opener.finditer(s.text):
            leader = person_at(ctx, s.start + match.end())
            if leader is None:
                continue
            window = s.text[max(0, match.start() - _NP_WINDOW) : match.start()]
            nouns = list(pats.noun.finditer(window))
            closed = _closed_after(ctx, leader, closer)
            if nouns and not closed:
                out += _two_heads_split(ctx, leader, closer)
            if not closed or not nouns:
                continue
            lo = s.start + max(0, match.start() - _NP_WINDOW)
            country = _country_near(ctx, lo, s.start + match.start(), s.start + match.start())
            country = country or leader.country
            if country:
                out.append(LeadFinding(country, leader, "lead-split", 0.85))
    return out


def _two_heads_split(
    ctx: SentenceContext, first: PersonMention, closer: re.Pattern[str]
) -> list[LeadFinding]:
    """Two heads of two known states, joined by 'and' before the closing verb, each lead
    their own side (see lead_pairs)."""
    second = other_side_head(ctx, first, first.country) if first.country else None
    if second is None or not _closed_after(ctx, second, closer):
        return []
    return [LeadFinding(p.country or "", p, "lead-split", 0.85) for p in (first, second)]


def _send(ctx: SentenceContext, pats: LeadPatterns) -> list[LeadFinding]:
    """'Saudi Arabia, which co-sponsored earlier rounds, sent its deputy foreign minister, P':
    a titled person the country sends (the builder keeps it only when the article reports a
    meeting)."""
    out: list[LeadFinding] = []
    s = ctx.sentence
    for match in pats.send.finditer(s.text):
        at = s.start + match.start()
        clause = pats.clause.search(s.text, 0, match.start())
        country = _subject_country(ctx, at) or (
            _subject_country(ctx, s.start + clause.start()) if clause else None
        )
        after = s.start + match.end()
        leader = next((p for p in ctx.mentions.people if 0 <= p.span_start - after <= 30), None)
        if country is None or leader is None or not leader.title:
            continue
        gap = s.text[match.end() : leader.span_start - s.start].split()
        if leader.country in (None, country) and len(gap) <= 2 and all(w.islower() for w in gap):
            out.append(
                LeadFinding(country, leader, "lead-sent", 0.7)
            )  # 'sent its', 'stuurde opnieuw'
    return out


def _on_behalf(ctx: SentenceContext, pats: LeadPatterns) -> list[LeadFinding]:
    """'Für Pristina verhandelte Vizepremierministerin P', 'Namens Nederland tekende P'."""
    out: list[LeadFinding] = []
    s = ctx.sentence
    for country in ctx.mentions.countries:
        if country.kind == "adjective":
            continue
        lo, hi = country.start - s.start, country.end - s.start
        prep = pats.behalf_prep.search(s.text[max(0, lo - 8) : lo])
        verb = pats.behalf_verb.match(s.text, hi + 1 + (s.text[hi : hi + 1] == ","))
        if prep is None or s.text[max(0, lo - 8) + prep.end() : lo].strip() or verb is None:
            continue
        leader = person_at(ctx, s.start + verb.end())
        if leader is not None and leader.title and leader.country in (None, country.code):
            out.append(LeadFinding(country.code, leader, "lead-on-behalf", 0.75))
    return out


def find_leads(ctx: SentenceContext, lang: str) -> list[LeadFinding]:
    pats = lead_patterns(lang)
    if pats.opens_any.search(ctx.sentence.text) is None:
        return _on_behalf(ctx, pats)
    found = _passive(ctx, pats) + _active(ctx, pats) + _split(ctx, pats)
    found += _send(ctx, pats) + _on_behalf(ctx, pats)
    return found + _represent(ctx, pats) + _front(ctx, pats)
