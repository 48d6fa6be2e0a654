"""Adversarial input: every extraction step stays linear and never fails.

Speed is the benchmark's business (`benchmarks/bench_adversarial.py` prints the worst case per
KB); these tests check what can be checked without a clock:

- every adversarial generator, at two sizes, extracts without an exception, with sentences that
  lie inside the text and no invisible characters left;
- the linear rewrites of the sentence splitter and the Markdown rules give exactly what the
  regular expressions they replace gave (`[.!?]+...\\s+` with its abbreviation check, and
  `!?\\[([^\\]]*)\\]\\([^)]*\\)` and `(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1`), on many random
  short texts drawn from the characters those rules care about;
- markup html.parser cannot read (unknown marked sections, unterminated constructs) is text.
"""

from __future__ import annotations

import random
import re

import pytest

from ingest.extract.pipeline import extract_article
from ingest.models import Document
from ingest.text.normalise import _INVISIBLE, clean_text, html_to_text, markdown_to_text
from ingest.text.sentences import split_sentences
from tests.adversarial import GENERATORS

# The regular expressions the linear code replaced, kept here as the reference.
OLD_CANDIDATE = re.compile(r"[.!?]+[\"\u201d\u2019»)]*\s+(?=[\"“„«(]?[A-ZÀ-ÖØ-Þ0-9])")
OLD_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]+[\"\u201d\u2019»)]*\s+$")
OLD_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
OLD_MD_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)", re.M)
OLD_MD_EMPH = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
# A backtick between two letters is an apostrophe ("d`Iran"), never a mark: the old regex is run
# with those set aside.
INTRAWORD_BACKTICK = re.compile(r"(?<=[^\W\d_])`(?=[^\W\d_])")
ABBREVIATIONS = {"mr", "dr", "st", "gen", "no", "m", "jan"}


@pytest.mark.parametrize("name", sorted(GENERATORS))
@pytest.mark.parametrize("size", [1_000, 8_000])
def test_adversarial_input_extracts_cleanly(name: str, size: int) -> None:
    raw = GENERATORS[name](size)
    result = extract_article(raw, language="en")
    assert not _INVISIBLE.search(result.text)
    assert len(result.text) <= len(raw) + 2 * raw.count("<")  # block tags add line breaks
    split = split_sentences(Document(text=result.text), language="en")
    text = split.document.text  # lines in capitals in ordinary case, every offset kept
    assert len(text) == len(result.text)
    for sentence in split.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text


def _old_spans(line: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in OLD_CANDIDATE.finditer(line):
        chunk = line[start : match.end()]
        body = chunk.rstrip()
        last = body.rsplit(None, 1)
        word = OLD_WORD_BEFORE.search(chunk, len(body) - len(last[-1]) if last else 0)
        if word and (
            "." in word.group(1)
            or (len(word.group(1)) == 1 and word.group(1).isupper())
            or word.group(1).lower() in ABBREVIATIONS
        ):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    return spans


def _new_spans(line: str) -> list[tuple[int, int]]:
    from ingest.text import sentences

    spans, start = [], 0
    for match in sentences._CANDIDATE.finditer(line):
        word = sentences._word_before(line, start, match.end())
        if word and (
            "." in word or (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS
        ):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    return spans


SENTENCE_ALPHABET = ["a", "B", "U", ".", ".", "!", "?", " ", " ", '"', "\u201d", "\u2019", "»",
                     ")", "(", "«", "-", "J", "Dr", "St", "_", "1", "é", "\u00a0", "„",
                     "“"]  # fmt: skip
MARKDOWN_ALPHABET = ["a", "b", " ", "*", "**", "_", "__", "`", "[", "]", "(", ")", "!", "\n",
                     "#", ">", "-", "x y"]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_sentence_split_matches_the_regex_it_replaced(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(20_000):
        line = "".join(rng.choice(SENTENCE_ALPHABET) for _ in range(rng.randint(1, 30)))
        assert _new_spans(line) == _old_spans(line), line


@pytest.mark.parametrize("seed", range(4))
def test_markdown_rules_match_the_regexes_they_replaced(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(20_000):
        raw = "".join(rng.choice(MARKDOWN_ALPHABET) for _ in range(rng.randint(1, 25)))
        marked = INTRAWORD_BACKTICK.sub("\0", OLD_MD_MARK.sub("", OLD_MD_LINK.sub(r"\1", raw)))
        old = OLD_MD_EMPH.sub(r"\2", marked).replace("\0", "`")
        assert markdown_to_text(raw) == old, raw


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("<p>a<![foo[ b", "a<![foo[ b"),  # html.parser raised AssertionError on these two
        ("<p>a<![ b ]]>", "a<![ b ]]>"),
        ("<p>a<![CDATA[x]]>b</p>", "ab"),
        ("<p>x < y &amp; z<br>w", "x < y & z\n\nw"),
        ("<p>one<!-- never closed", "one<!-- never closed"),
        ("<p>Sergei Lav&#8203;rov</p>", "Sergei Lavrov"),
    ],
)
def test_markup_html_parser_cannot_read_is_kept_as_text(raw: str, text: str) -> None:
    assert clean_text(raw) == text


def test_unclosed_tags_after_the_last_gt_are_text() -> None:
    assert html_to_text("<p>a</p>" + "<p" * 5) == "\n\na\n\n" + "<p" * 5


@pytest.mark.parametrize(
    "raw",
    [
        "Sergei Lav\u200brov",
        "Sergei Lav\u00adrov",
        "Sergei\x00 Lavrov\ufeff",
        "\u200eSergei Lavrov",
    ],
)
def test_invisible_characters_are_removed_before_extraction(raw: str) -> None:
    result = extract_article(
        f"Russian Foreign Minister {raw} met Secretary of State Marco Rubio in Riyadh.",
        language="en",
    )
    assert "Sergei Lavrov" in [p.name for p in result.entities.people]
