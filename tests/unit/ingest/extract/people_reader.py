"""The person reader run on one sentence alone, as the people tests read it."""

from __future__ import annotations

from ingest.extract.context import scanner
from ingest.extract.mentions import PersonMention, find_countries, tokenize
from ingest.extract.people import find_people


def people_of(lang: str, text: str) -> list[PersonMention]:
    """The people `find_people` reads in `text`, with the countries it names and nothing
    before it."""
    scan = scanner(lang)
    return find_people(tokenize(text, 0), scan, find_countries(text, 0, scan.lex))
