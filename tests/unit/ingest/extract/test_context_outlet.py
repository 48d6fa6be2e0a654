"""The outlet's state, read once from the article's country-code domain on ArticleContext."""

from __future__ import annotations

from ingest.extract.article import article_context
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _outlet(url: str | None, lang: str = "en") -> str | None:
    doc = normalise("The minister met his counterpart.", language=lang, url=url)
    return article_context(split_sentences(doc, language=lang)).outlet_country


def test_a_country_code_domain_names_the_outlets_state() -> None:
    assert _outlet("https://www.example.nl/nieuws/1", "nl") == "NL"
    assert _outlet("https://news.example.co.uk/world") == "GB"


def test_a_generic_domain_or_no_url_names_none() -> None:
    assert _outlet("https://www.example.com/news") is None
    assert _outlet(None) is None
