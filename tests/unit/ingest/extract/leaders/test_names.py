"""People named without a known title take a title word after them only across their comma: with
no comma the word opens the next clause and names someone else."""

from __future__ import annotations

from ingest.extract.article import article_context
from ingest.extract.leaders.names import bare_people
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _roles(lang: str, text: str) -> dict[str, str | None]:
    split = split_sentences(normalise(text, language=lang), language=lang)
    return {p.name: p.role for p in bare_people(article_context(split), [])}


def test_a_title_opening_the_next_clause_is_not_the_title_of_the_name_before_it() -> None:
    found = _roles("en", "Photos by Anna Berg the French president arrived in Oslo on Monday.")
    assert found["Anna Berg"] is None
