"""People named only after the inverted speech verb of an incise: '« ... », a indiqué Didier
Reynders', '..., a ajouté Rainer Breul.', '..., a estimé Kofi Annan'.

French reports quote an official and name him after the verb, often nowhere else by his full
name; the title rules never see him, since no title stands beside the name there. A comma or a
closing quote before the verb marks the inversion, so the name after it is the speaker's. Such a
speaker is an official of the report (his role is told elsewhere, or he would not be quoted), but
quoting says nothing of who leads a side: the person is added after the delegations, so the
leader model never weighs him and no candidate pair moves.
"""

from __future__ import annotations

import re

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import PersonMention
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.person_names import name_run, opens_organisation
from ingest.lang.lexicon import phrase_regex
from ingest.text.slug import local_slug

_MIN_WORDS = 2  # a lone surname after the verb ('a dit M. Lavrov') is someone named before
_INCISE = re.compile(r"[,\u00bb\"\u201d]\s*$")  # a comma or a closing quote just before the verb


def add_quoted_people(art: ArticleContext, registry: PeopleRegistry) -> None:
    """Add each full name the article gives only after an inverted speech verb."""
    words = art.lex.words("inverted_speech_verbs")
    if not words:
        return  # the list is French only
    verbs = phrase_regex(words)  # compiled once per list by `phrase_regex`
    for ctx in art.sentences:
        text = ctx.sentence.text
        for match in verbs.finditer(text):
            if _INCISE.search(text[: match.start()]):
                _add_speaker(art, registry, ctx, ctx.sentence.start + match.end())


def _add_speaker(
    art: ArticleContext, registry: PeopleRegistry, ctx: SentenceContext, at: int
) -> None:
    tokens = ctx.mentions.tokens
    j = ctx.mentions.index_from(at)
    end = name_run(tokens, j, art.scan)
    if end - j < _MIN_WORDS or opens_organisation(tokens, end, art.scan):
        return
    start, stop = tokens[j].start, tokens[end - 1].end
    named = [(m.start, m.end) for m in ctx.mentions.countries] + [
        (m.start, m.end) for m in ctx.mentions.places
    ]
    if any(a < stop and start < b for a, b in named):
        return  # 'a déclaré Washington': a state or a town speaks through its government
    name = ctx.local(start, stop)
    surname = local_slug(name).split("-")[-1]
    if registry.find(name) is not None or any(
        local_slug(p.name).split("-")[-1] == surname for p in registry.people
    ):
        return  # named before with a title: the title rules have him
    registry.add(PersonMention(name=name, start=start, end=stop, rule="quoted-inverted"), ctx)
