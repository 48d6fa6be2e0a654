"""Candidate (person, state) pairs and their features, for the leader model."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.leaders.model import Candidate
from ingest.extract.meetings.patterns import patterns as meeting_patterns
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.models import Meeting, Person

ROLES_PATH = Path(__file__).parent.parent.parent / "lang" / "roles.json"
_ADJACENT = 7  # tokens between a state and the surname it qualifies


def url_country(url: str | None, codes: frozenset[str]) -> str | None:
    """The state of the outlet's country-code domain ('rijksoverheid.nl' -> NL), if any."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    tld = host.rsplit(".", 1)[-1].upper()
    tld = {"UK": "GB"}.get(tld, tld)
    return tld if tld in codes else None


def _sentence_of(art: ArticleContext) -> list[int]:
    return [ctx.sentence.start for ctx in art.sentences]


def _mentions(person: Person, art: ArticleContext) -> list[int]:
    """Indices of the sentences naming the person (full name or surname)."""
    surname = person.name.split()[-1]
    return [
        i
        for i, ctx in enumerate(art.sentences)
        if any(t.base == surname for t in ctx.mentions.tokens)
    ]


def _adjacent_countries(person: Person, art: ArticleContext, indices: list[int]) -> set[str]:
    """States named within a few words of the person ('Russlands Außenminister Lawrow',
    'Barrot (Frankreich)', 'president of Kenya, Uhuru Kenyatta')."""
    surname = person.name.split()[-1]
    out: set[str] = set()
    for i in indices:
        m = art.sentences[i].mentions
        at = [k for k, t in enumerate(m.tokens) if t.base == surname]
        for c in m.countries:
            k = next((n for n, t in enumerate(m.tokens) if t.start >= c.start), len(m.tokens))
            if any(-_ADJACENT <= k - a <= 3 for a in at):
                out.add(c.code)
    return out


def _countries_in(art: ArticleContext, indices: list[int]) -> set[str]:
    return {c.code for i in indices for c in art.sentences[i].mentions.countries}


@lru_cache(maxsize=1)
def role_classes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = json.loads(ROLES_PATH.read_text(encoding="utf-8"))
    return tuple((k, tuple(v)) for k, v in data.items() if k != "about")


def _role_features(person: Person) -> dict[str, float]:
    """The class of the role ('foreign minister' is a principal), and whether a modifier makes
    it a second ('deputy foreign minister')."""
    role = (person.role or "").lower()
    feats: dict[str, float] = {}
    words = role.split()
    for name, roles in role_classes():
        if name == "subordinate":
            if words[:-1] and any(w in roles for w in words[:-1]):
                feats["role:subordinate"] = 1.0
        elif any(role == r or role.endswith(" " + r) for r in roles):
            feats.setdefault(f"role:{name}", 1.0)
    if not feats:
        feats["role:other" if role else "role:none"] = 1.0
    if len(person.name.split()) > 1:
        feats["full_name"] = 1.0
    return feats


@dataclass
class _Positions:
    """Token positions of meeting words, speech verbs and counterpart markers per sentence."""

    triggers: dict[int, list[int]]
    speech: dict[int, list[int]]
    counterpart: dict[int, list[int]]
    mediation: dict[int, list[int]]


def _token_at(ctx: SentenceContext, char: int) -> int:
    at = ctx.sentence.start + char
    return next((k for k, t in enumerate(ctx.mentions.tokens) if t.end > at), 0)


def _positions(art: ArticleContext) -> _Positions:
    pats = meeting_patterns(art.lex.lang)
    marker = _words_re(art.lex.lang, "counterpart_markers")
    mediation = _words_re(art.lex.lang, "mediation_words")
    found = _Positions({}, {}, {}, {})
    for i, ctx in enumerate(art.sentences):
        text = ctx.sentence.text
        for pattern, into in (
            (pats.triggers, found.triggers),
            (pats.speech, found.speech),
            (marker, found.counterpart),
            (mediation, found.mediation),
        ):
            hits = [_token_at(ctx, m.start()) for m in pattern.finditer(text)]
            if hits:
                into[i] = hits
    return found


@lru_cache(maxsize=16)
def _words_re(lang: str, key: str) -> re.Pattern[str]:
    return phrase_regex(load_lexicon(lang).words(key))


def _token_features(person: Person, art: ArticleContext, where: _Positions) -> dict[str, float]:
    """How close the person stands to a meeting word, after 'with', before 'said'."""
    surname = person.name.split()[-1]
    best = 99
    after_with = speaker = subject = mediator = 0.0
    for i, ctx in enumerate(art.sentences):
        at = [k for k, t in enumerate(ctx.mentions.tokens) if t.base == surname]
        if not at:
            continue
        for k in at:
            for trig in where.triggers.get(i, []):
                best = min(best, abs(trig - k))
                subject = max(subject, float(0 < trig - k <= 12))
            if any(0 < k - w <= 6 for w in where.counterpart.get(i, [])):
                after_with = 1.0
            if any(0 < s - k <= 4 or 0 < k - s <= 2 for s in where.speech.get(i, [])):
                speaker = 1.0
            if any(abs(w - k) <= 10 for w in where.mediation.get(i, [])):
                mediator = 1.0
    return {
        "trig_near": float(best <= 4), "trig_mid": float(4 < best <= 12),
        "after_with": after_with, "speaker": speaker, "subject": subject, "mediator": mediator,
    }  # fmt: skip


def _trigger_sentences(art: ArticleContext) -> set[int]:
    pats = meeting_patterns(art.lex.lang)
    return {i for i, ctx in enumerate(art.sentences) if pats.trigger(ctx.sentence.text)}


def _pairs(art: ArticleContext, people: list[Person], sents: set[int]) -> dict[str, set[str]]:
    """Per person, the other people named with them in a meeting sentence."""
    by_sent: dict[int, set[str]] = {}
    for p in people:
        for i in _mentions(p, art):
            if i in sents:
                by_sent.setdefault(i, set()).add(p.id)
    out: dict[str, set[str]] = {}
    for ids in by_sent.values():
        for pid in ids:
            out.setdefault(pid, set()).update(ids - {pid})
    return out


def candidates(
    art: ArticleContext,
    people: list[Person],
    meetings: list[Meeting],
    home: str | None,
    home_codes: frozenset[str],
) -> list[Candidate]:
    """Every (person, state) pair worth deciding on, with its features."""
    parties = {c for m in meetings for c in m.parties}
    main_parties = set(meetings[0].parties) if meetings else set()
    meeting_starts = {e.start for m in meetings for e in m.evidence}
    starts = _sentence_of(art)
    meeting_sents = {i for i, s in enumerate(starts) if s in meeting_starts}
    counts: dict[str, int] = {}
    for ctx in art.sentences:
        for c in ctx.mentions.countries:
            counts[c.code] = counts.get(c.code, 0) + 1
    first_by_country: dict[str, int] = {}
    triggers = _trigger_sentences(art)
    where = _positions(art)
    pairs = _pairs(art, people, triggers)
    out: list[Candidate] = []
    for order, person in enumerate(people):
        seen = _mentions(person, art) or [0]
        near = _countries_in(art, seen)
        adjacent = _adjacent_countries(person, art, seen)
        first_near = _countries_in(art, seen[:1])
        if person.country:
            options = {person.country}
        else:
            options = near | parties | ({home} if home else set())
        for country in sorted(options):
            first_by_country.setdefault(country, order)
            f = _role_features(person)
            f.update(_token_features(person, art, where))
            f.update(
                own=float(person.country == country),
                inferred=float(person.country is None),
                home=float(country == home),
                home_lang=float(country in home_codes),
                party=float(country in parties),
                main_party=float(country in main_parties),
                near=float(country in near),
                lead=float(seen[0] <= 1),
                early=1.0 / (1 + seen[0]),
                mentions=math.log1p(len(seen)),
                in_meeting=float(bool(meeting_sents.intersection(seen))),
                first_of_country=float(first_by_country[country] == order),
                country_mentions=math.log1p(counts.get(country, 0)),
                options=math.log1p(len(options)),
                trigger=float(bool(triggers.intersection(seen))),
                trigger_first=float(bool(triggers) and seen[0] == min(triggers)),
                paired=float(bool(pairs.get(person.id))),
                headline=float(seen[0] == 0),
                adjacent=float(country in adjacent),
                sole_adjacent=float(adjacent == {country}),
                sole_first=float(first_near == {country}),
                first_person=float(order == 0),
            )
            out.append(Candidate(person, country, f))
    return out
