"""Bad input never crashes extraction: it gives an empty valid result, a warning, or an error line.

The CLI is driven through `app.cli.main`, the same entry point as the `dipgraph` console script.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from ingest.extract.pipeline import NOTHING_FOUND, extract_article

EMPTY_FACTS = {
    "meetings": [], "delegations": [], "officials": [], "properties": [],
    "statements": [], "topics": [],
}  # fmt: skip

TALKS_EN = (
    "The second round of talks between Norway and Poland began in Oslo on Tuesday. "
    "The Polish delegation was led by Deputy Foreign Minister Marek Lisowski."
)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t \n", "\u00a0\u2009"])
def test_empty_or_whitespace_text_gives_empty_valid_result(text: str) -> None:
    result = extract_article(text, language="en")
    assert result.facts.model_dump() == EMPTY_FACTS
    assert result.text == ""
    assert "empty article text" in result.warnings


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The weather in the north stayed sunny and warm for the whole week."),
        ("nl", "Het weer bleef de hele week zonnig en warm in het noorden van het land."),
        ("de", "Das Wetter blieb die ganze Woche im Norden sonnig und warm."),
        ("fr", "Le temps est resté ensoleillé et chaud toute la semaine dans le nord."),
    ],
)
def test_text_without_diplomacy_gives_empty_valid_result(language: str, text: str) -> None:
    result = extract_article(text, language=language, published="2024-05-07")
    assert result.language == language
    assert result.facts.model_dump() == EMPTY_FACTS
    assert result.warnings == [NOTHING_FOUND]  # said, not failed


def test_five_megabyte_article_completes_with_facts_from_its_opening() -> None:
    filler = (
        "Officials in several capitals discussed trade, fisheries and visas at length, "
        "and the committee published its annual report on regional cooperation. "
    )
    text = TALKS_EN + "\n\n" + filler * (5_000_000 // len(filler) + 1)
    assert len(text.encode()) > 5_000_000
    result = extract_article(text, language="en", published="2024-03-14")
    assert [(m.city, m.parties) for m in result.facts.meetings] == [("Oslo", ["NO", "PL"])]
    assert [d.leader for d in result.facts.delegations] == ["Marek Lisowski"]


def test_invalid_utf8_bytes_are_replaced_not_fatal() -> None:
    raw = TALKS_EN.encode() + b" \xff\xfe\xc3 broken \x80 bytes."
    result = extract_article(raw, language="en", published="2024-03-14")
    assert "\ufffd" in result.text
    assert [d.leader for d in result.facts.delegations] == ["Marek Lisowski"]


def test_html_scripts_styles_and_boilerplate_are_not_text() -> None:
    html = (
        "<html><head><style>.lead { color: red } body::after { content: 'Minister X' }</style>"
        "<script>var minister = 'Minister Ivan Fake'; trackVisit();</script></head><body>"
        "<nav>Home | World | Politics</nav>"
        f"<article><h1>Talks in Oslo</h1><p>{TALKS_EN}</p></article>"
        '<script type=\'application/ld+json\'>{"author": "Ambassador Nobody"}</script>'
        "<footer>Copyright the publisher</footer></body></html>"
    )
    result = extract_article(html, language="en", published="2024-03-14")
    for absent in ("trackVisit", "Ivan Fake", "color: red", "Ambassador Nobody", "Copyright"):
        assert absent not in result.text
    assert "Talks in Oslo" in result.text
    assert {p.name for p in result.entities.people} == {"Marek Lisowski"}


def test_unsupported_language_warns_and_returns_empty_facts() -> None:
    text = "Las conversaciones entre España y Marruecos comenzaron hoy en Madrid con los ministros."
    result = extract_article(text)
    assert result.language == "es"
    assert any("unsupported language" in w for w in result.warnings)
    assert result.facts.model_dump() == EMPTY_FACTS


def test_unsupported_language_given_by_caller_is_reported_too() -> None:
    result = extract_article(TALKS_EN, language="it")
    assert any("'it'" in w for w in result.warnings)
    assert result.facts.model_dump() == EMPTY_FACTS


# ---- the CLI ---------------------------------------------------------------------------------


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_jsonl_reports_malformed_line_and_keeps_the_others_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"text": TALKS_EN, "language": "en", "published": "2024-03-14", "url": None}
    path = _jsonl(
        tmp_path / "articles.jsonl",
        [
            json.dumps({"id": "a", **good}),
            '{"id": "broken", "text": "unterminated',
            json.dumps({"id": "b", **good, "text": "Nothing diplomatic happened today."}),
            "",
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "c", **good}),
        ],
    )
    code = main(["extract", "--jsonl", str(path)])
    out, err = capsys.readouterr()
    assert code != 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[0]["facts"]["delegations"][0]["leader"] == "Marek Lisowski"
    assert records[1]["facts"] == EMPTY_FACTS
    assert "line 2" in err and "line 5" in err
    assert "line 1:" not in err and "line 6" not in err


def test_cli_jsonl_field_of_the_wrong_type_is_a_malformed_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _jsonl(
        tmp_path / "articles.jsonl",
        [
            json.dumps({"id": 1, "text": TALKS_EN, "language": 5}),
            json.dumps({"id": 2, "text": TALKS_EN, "language": "en", "published": 2024}),
            json.dumps({"id": 3, "text": TALKS_EN, "language": "en"}),
        ],
    )
    code = main(["extract", "--jsonl", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [3]
    assert "line 1" in err and "line 2" in err


def test_cli_jsonl_all_good_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _jsonl(tmp_path / "ok.jsonl", [json.dumps({"id": "x", "text": TALKS_EN})])
    assert main(["extract", "--jsonl", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == "x" and record["language"] == "en"
    assert {"facts", "entities", "relations"} <= set(record)


def test_cli_single_file_with_invalid_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(TALKS_EN.encode() + b"\xff\xfe")
    code = main(["extract", str(path), "--language", "en", "--published", "2024-03-14"])
    assert code == 0
    record = json.loads(capsys.readouterr().out)
    assert record["facts"]["meetings"][0]["city"] == "Oslo"


def test_cli_unsupported_language_warns_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TALKS_EN, encoding="utf-8")
    assert main(["extract", str(path), "--language", "pt"]) == 0
    out, err = capsys.readouterr()
    assert "unsupported language 'pt'" in err
    assert json.loads(out)["facts"] == EMPTY_FACTS


@pytest.mark.parametrize("argv", [["--published", "May 2024"], []])
def test_cli_bad_published_or_missing_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    target = tmp_path / "article.txt"
    if argv:
        target.write_text(TALKS_EN, encoding="utf-8")
    code = main(["extract", str(target), *argv])
    assert code == 2
    assert "dipgraph extract: error:" in capsys.readouterr().err
