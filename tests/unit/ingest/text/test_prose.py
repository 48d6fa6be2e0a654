"""Text that is not prose is not read (`ingest/text/prose.py`), and every real article is prose.

100 KB of '.' (or '<!--', '!?', 'A. ' repeated) cost as much to extract as a real article of that
size and found nothing; it is now refused after normalisation, before extraction.
"""

from __future__ import annotations

import json

import pytest

from ingest.extract.pipeline import NOT_PROSE, extract_article
from ingest.models import Entities
from ingest.service.guard import ArticleRefused
from ingest.service.service import ArticleInput, prepare
from ingest.text.normalise import normalise
from ingest.text.prose import MIN_LETTER_SHARE, letter_share
from tests.adversarial import GENERATORS
from tests.gold import DATA, GOLD_PATH, REAL_DEV_PATH, load_gold

JUNK = ["dots", "bang-question", "comment-open", "entity", "open-bracket", "capitals", "initials"]
REAL_TALKS = (
    "The second round of talks between Norway and Poland began in Oslo on Tuesday. "
    "The Polish delegation was led by Deputy Foreign Minister Marek Lisowski.\n"
)


def _real_texts() -> list[str]:
    samples = DATA.parent.parent / "samples" / "articles.jsonl"
    records = [json.loads(line) for line in samples.read_text("utf-8").splitlines() if line]
    gold = load_gold(GOLD_PATH) + load_gold(REAL_DEV_PATH)
    return [str(r["text"]) for r in records + gold]


def test_every_real_article_is_prose_with_room_to_spare() -> None:
    shares = [letter_share(normalise(text).text) for text in _real_texts()]
    assert len(shares) > 300
    assert min(shares) >= MIN_LETTER_SHARE + 0.15, min(shares)


@pytest.mark.parametrize("name", JUNK)
def test_junk_is_not_read_and_is_refused_naming_text(name: str) -> None:
    text = GENERATORS[name](100_000)
    result = extract_article(text, language="en")
    assert result.warnings == [NOT_PROSE] and result.entities == Entities()
    with pytest.raises(ArticleRefused, match="not prose") as refused:
        prepare(ArticleInput(text=text, language="en"))
    assert refused.value.field == "text"


def test_an_article_with_some_junk_is_still_read() -> None:
    text = REAL_TALKS * 20 + "." * 500
    result = extract_article(text, language="en")
    assert NOT_PROSE not in result.warnings
    assert [m.city for m in result.facts.meetings] == ["Oslo"]


def test_letter_share_counts_letters_of_any_script() -> None:
    assert letter_share("") == 0.0
    assert letter_share("ab..") == 0.5
    assert letter_share("Дарчиев 12") == 0.7


def test_letter_share_is_the_share_str_isalpha_gives() -> None:
    """The ASCII letters are counted apart from the rest: every script, mark and digit still
    counts as str.isalpha says."""
    texts = [
        "Réunion à Genève, 12 mai.", "Straße ½ ² Ⅻ", "会谈 2024年", "e\u0301\u0300 \ud800 x",
        "ǅ ʰ ª º", "".join(chr(c) for c in range(0, 0x3000, 7)),
    ]  # fmt: skip
    for text in texts:
        assert letter_share(text) == sum(map(str.isalpha, text)) / len(text)
