"""The host of a reception told in the passive ('Y wurde von Präsident X empfangen', 'Y a été
reçu par son homologue, X'): the one named after the agent word heads their state's side where
nothing else led it, unless another principal of their state is named, or the reception is only
wished for."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.extract.host_leads import host_heads
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _heads(language: str, text: str, url: str) -> list[tuple[str, str | None, str]]:
    """The sides the rule fills where nothing else led any (the leader model may lead a short
    text's host itself)."""
    doc = normalise(text, language=language, published="2024-03-04", url=url)
    art, registry, meetings, _ = rule_findings(split_sentences(doc, language=language))
    people = {p.id: p.name for p in registry.people}
    return [(d.country, people.get(d.leader or ""), d.evidence[0].rule)
            for d in host_heads(art, registry, meetings, [])]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "url", "head"),
    [
        ("de", "Der Gast aus Berlin wurde am Montag in Accra von Ghanas Präsident Kofi Owusu "
               "mit militärischen Ehren empfangen.",
         "https://www.example.de/politik/owusu-accra", ("GH", "Kofi Owusu")),
        ("en", "On his arrival in Nairobi the visiting minister was welcomed by President "
               "Daniel Mwangi at State House.",
         "https://www.example.ie/news/mwangi-nairobi", ("KE", "Daniel Mwangi")),
    ],
)  # fmt: skip
def test_the_host_heads_their_side(
    language: str, text: str, url: str, head: tuple[str, str]
) -> None:
    assert (*head, "lead-host") in _heads(language, text, url)


@pytest.mark.parametrize(
    ("language", "text", "url"),
    [
        ("en", "The visiting minister hopes to be received by President Daniel Mwangi in Nairobi.",
         "https://www.example.ie/news/mwangi-nairobi"),
        ("en", "In Nairobi, Kenyan President Daniel Mwangi spoke with the guests. The visiting "
               "minister was later received by Foreign Minister Grace Otieno of Kenya.",
         "https://www.example.ie/news/otieno-nairobi"),
    ],
)  # fmt: skip
def test_a_wished_for_or_second_host_heads_nothing(language: str, text: str, url: str) -> None:
    assert not [h for h in _heads(language, text, url) if h[2] == "lead-host"]
