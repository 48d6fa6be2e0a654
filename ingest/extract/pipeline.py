"""The public entry point: one article in, an `ExtractionResult` out. Pure: no I/O, no network."""

from __future__ import annotations

import gc

from ingest.extract.article import extract_entities
from ingest.extract.facts import to_facts, write_titles
from ingest.extract.officeholders import load_officeholders
from ingest.lang import gazetteer
from ingest.lang.lexicon import SUPPORTED
from ingest.models import ExtractionResult
from ingest.text.langdetect import detect_language
from ingest.text.normalise import normalise
from ingest.text.prose import MIN_LETTER_SHARE, is_prose
from ingest.text.sentences import split_sentences

__all__ = ["NOTHING_FOUND", "NOT_PROSE", "ExtractionResult", "extract_article", "preload"]

# Said, never failed: an article may report no meeting at all (an interview, a profile).
NOTHING_FOUND = "no meeting and no delegation found"
NOT_PROSE = f"not prose (fewer than {MIN_LETTER_SHARE:.0%} of its characters are letters): not read"


def extract_article(
    text: str | bytes,
    *,
    language: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> ExtractionResult:
    """Normalise, detect the language, split, extract and resolve one article."""
    document = normalise(text, language=language, published=published, url=url)
    lang = (language or detect_language(document.text) or "und").lower()
    result = ExtractionResult(
        language=lang, text=document.text, published=published, url=url,
        warnings=list(document.warnings),
    )  # fmt: skip
    if not document.text:
        return result
    if not is_prose(document.text):  # junk costs as much to read as an article: not read
        result.warnings.append(NOT_PROSE)
        return result
    if lang not in SUPPORTED:
        result.warnings.append(f"unsupported language {lang!r}: no facts extracted")
        return result
    split = split_sentences(document, language=lang)
    result.text = split.document.text  # lines in capitals now in ordinary case
    result.entities, result.relations = extract_entities(split)
    write_titles(result.entities, lang)
    result.facts = to_facts(result.entities)
    if not result.facts.meetings and not result.facts.delegations:
        result.warnings.append(NOTHING_FOUND)
    return result


def preload(languages: tuple[str, ...] = SUPPORTED) -> None:
    """Load the one-off tables (each language's lexicon, the officeholder file, the towns) before
    the first article, so that a worker's or a benchmark's first articles do not pay for them.

    Then freeze what the process holds out of the garbage collector's generations: the tables
    live as long as the process, and each full collection (one per ~200 articles) walked them
    all, ~2-3% of extraction's CPU. Only the start of a process that extracts calls this (an
    extraction worker, the batch, the benchmark), never the API's: there it would pin whatever
    the service held (why c34f85a took the freeze out of the lexicon's loading)."""
    for language in languages:
        extract_article("Start.", language=language)
    load_officeholders()
    gazetteer.towns()
    gc.collect()
    gc.freeze()
