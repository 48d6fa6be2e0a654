"""The rule that chooses a node's facts from its claims: pure, no database."""

from __future__ import annotations

from graph_schema.model import Label
from ingest.write.facts import Claim, aliases, choose, node_values


def _claim(article: str, language: str, published: str | None, **props: object) -> Claim:
    return Claim(article=article, published=published, language=language, props=props)  # type: ignore[arg-type]


def test_most_supported_then_specific_then_english_then_earliest() -> None:
    a = _claim("a", "nl", "2025-04-09", kind="meeting", date="2025-04", duration="several hours")
    b = _claim("b", "en", "2025-04-10", kind="talks", date="2025-04-10", duration="about 6 hours")
    c = _claim("c", "de", "2025-04-11", kind="meeting")
    assert choose("kind", [a, b, c]) == "meeting"  # two reports against one
    assert choose("kind", [a, b]) == "talks"  # a tie: the specific kind
    assert choose("date", [a, b]) == "2025-04-10"  # a tie: the longer date
    assert choose("duration", [a, b]) == "about 6 hours"  # a tie of length: English
    early, late = (
        _claim("x", "fr", "2025-01-01", t="bleu"),
        _claim("y", "fr", "2025-02-01", t="alto"),
    )
    assert choose("t", [late, early]) == "bleu"  # earliest published
    assert choose("missing", [a, b]) is None


def test_the_rule_does_not_depend_on_the_order_of_claims() -> None:
    claims = [
        _claim("a", "nl", "2025-04-10", name="Dartsjiev", title="ambassadeur"),
        _claim("b", "fr", None, name="Alexandre Dartchiev", title="l'ambassadeur"),
        _claim("c", "en", "2025-04-11", name="Alexander Darchiev", aliases=["Darchiev"]),
    ]
    first = node_values(Label.PERSON, claims, search_text=" ".join)
    assert first == node_values(Label.PERSON, claims[::-1], search_text=" ".join)
    assert first["name"] == "Alexander Darchiev"  # English first for the display name
    assert first["surname_key"] == "darchiev"
    assert first["aliases"] == aliases("Alexander Darchiev", claims)
    assert first["aliases"][0] == "Alexander Darchiev"


def test_a_meeting_name_follows_the_chosen_facts() -> None:
    nl = _claim("a", "nl", "2025-04-10", name="Meeting RU-US", kind="meeting", parties=["RU", "US"])
    en = _claim("b", "en", "2025-04-10", name="Talks RU-US", kind="talks", parties=["RU", "US"])
    values = node_values(Label.MEETING, [nl, en], search_text=" ".join)
    assert values["name"] == "Talks RU\u2013US"
    assert values["parties_key"] == "RU-US"
    assert "Meeting RU-US" in values["aliases"]
