"""Statements (quotes and reported speech) and agenda topics, negation included."""

from __future__ import annotations

import re
from functools import lru_cache

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.dates import find_date
from ingest.extract.people_registry import PeopleRegistry
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.models import Person, Statement, Topic

_QUOTED = re.compile(r"[\"“„«]\s*([^\"“”„«»]{3,})\s*[\"”»]")


@lru_cache(maxsize=8)
def _speech_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Speech verbs and complementizers, compiled once per language: asked of every sentence."""
    lex = load_lexicon(lang)
    return phrase_regex(lex.words("speech_verbs")), phrase_regex(lex.words("complementizers"))


def _speech(ctx: SentenceContext, art: ArticleContext) -> tuple[str, str] | None:
    text = ctx.sentence.text
    verbs_re, comp_re = _speech_words(art.lex.lang)
    verbs = verbs_re.search(text)
    if verbs is None:
        return None
    quotes = _QUOTED.findall(text)
    if quotes:
        return " … ".join(q.strip() for q in quotes), "quote"
    comp = comp_re.search(text, verbs.end())
    if comp is None:
        return None
    return text[comp.end() :].strip().rstrip("."), "reported"


def extract_statements(
    art: ArticleContext, registry: PeopleRegistry, meeting_id: str | None
) -> list[Statement]:
    out: list[Statement] = []
    pronouns = art.lex.word_set("pronouns")
    last: Person | None = None
    for ctx in art.sentences:
        said = _speech(ctx, art)
        if said is None:
            continue
        speaker = registry.mentioned_in(ctx, art)
        first = ctx.mentions.tokens[0].lower if ctx.mentions.tokens else ""
        if speaker is None and first in pronouns:
            speaker = last  # 'Ze benadrukte dat ...' continues the previous speaker
        if speaker is None:
            continue
        last = speaker
        out.append(Statement(
            id=node_id(Label.STATEMENT, str(len(out))),
            speaker=speaker.id, speaker_name=speaker.name,
            text=said[0], kind="quote" if said[1] == "quote" else "reported",
            date=find_date(ctx.sentence.text, art.lex, art.published), about=meeting_id,
            evidence=[ctx.evidence(f"statement:{said[1]}", 0.7)],
        ))  # fmt: skip
    return out


def _topic_name(ctx: SentenceContext, art: ArticleContext, before: str, at: int) -> str | None:
    countries = [c for c in ctx.mentions.countries if c.end <= at and c.start >= at - 80]
    if countries:
        return ctx.local(countries[-1].start, countries[-1].end)
    negations = phrase_regex(art.lex.words("negations")).search(before[-80:])
    if negations is None:
        return None
    name = before[-80:][negations.end() :].strip(' "“”„«»')
    return name or None


def extract_topics(art: ArticleContext, meeting_id: str | None) -> list[Topic]:
    out: list[Topic] = []
    agenda = phrase_regex(art.lex.words("agenda_phrases"))
    negation = phrase_regex(art.lex.words("negations"))
    for ctx in art.sentences:
        text = ctx.sentence.text
        for match in agenda.finditer(text):
            clause_start = max(
                text.rfind(",", 0, match.start()), text.rfind(" en ", 0, match.start())
            )
            before = text[max(0, clause_start + 1) : match.start()]
            off = negation.search(before[-40:]) is not None
            name = _topic_name(ctx, art, before, ctx.sentence.start + match.start())
            if name:
                out.append(Topic(
                    name=name, status="off_agenda" if off else "on_agenda", meeting=meeting_id,
                    evidence=[ctx.evidence("agenda:negated" if off else "agenda", 0.7)],
                ))  # fmt: skip
    return out
