"""One named only with a meeting the text speculates about ('it is unclear whether the planned
meeting between X and Y will take place') leads no side, whatever the leader model says; one named
with a meeting told as held, or only wished for by its own leader, stays."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.extract.leaders import leader_candidates
from ingest.extract.leaders.bystanders import bystander
from ingest.extract.leaders.speculated import speculated
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _bystanders(lang: str, text: str) -> dict[str, bool]:
    """Per candidate person: whether any of his pairs is a bystander's."""
    doc = normalise(text, language=lang, published="2020-03-02")
    art, registry, meetings, delegations = rule_findings(split_sentences(doc, language=lang))
    out: dict[str, bool] = {}
    for cand in leader_candidates(art, registry, meetings, delegations):
        out[cand.person.name] = out.get(cand.person.name, False) or bystander(art, cand)
    return out


_HELD = "Angela Merkel met President Ayad Zubari in Berlin on Monday."
_SPECULATED = {
    "en": "It is unclear whether the planned meeting between Merkel and President Ayad Zubari "
          "will take place.",
    "nl": "Het is onwaarschijnlijk dat de voorziene top van Merkel en president Ayad Zubari "
          "doorgaat.",
    "de": "Unklar ist, ob das geplante Treffen zwischen Merkel und Präsident Ayad Zubari "
          "stattfindet.",
    "fr": "Une éventuelle rencontre entre Merkel et le président Ayad Zubari n'est pas encore "
          "fixée.",
}  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), sorted(_SPECULATED.items()))
def test_a_speculated_meeting_is_no_side(lang: str, text: str) -> None:
    sentence = text.split(".")[0] + "."
    start = sentence.index("Ayad")
    assert speculated(lang, [(sentence, start, start + len("Ayad Zubari"))])


def test_a_held_meeting_is_a_side() -> None:
    start = _HELD.index("Ayad")
    assert not speculated("en", [(_HELD, start, start + len("Ayad Zubari"))])


def test_a_sentence_without_a_meeting_word_says_nothing() -> None:
    text = "President Ayad Zubari is possibly the longest serving head of state."
    start = text.index("Ayad")
    assert not speculated("en", [(text, start, start + len("Ayad Zubari"))])


def test_the_pipeline_keeps_the_speculated_head_beside_the_meeting() -> None:
    text = (
        "Merkel telefonierte am Montag mit Macron. Unklar ist, ob das geplante Treffen zwischen "
        "Merkel und dem türkischen Präsidenten Recep Tayyip Erdogan stattfindet."
    )
    assert _bystanders("de", text)["Recep Tayyip Erdogan"]


def test_the_pipeline_keeps_the_met_head_a_side() -> None:
    text = "Angela Merkel traf am Montag in Berlin den türkischen Präsidenten Recep Tayyip Erdogan."
    assert not _bystanders("de", text)["Recep Tayyip Erdogan"]
