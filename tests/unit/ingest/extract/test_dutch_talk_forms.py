"""Round 461: Dutch ways of telling talks and calls the lists lacked, each tying the two people
to their states' sides: the participle 'getelefoneerd', 'praat(te) ... met', 'zat ... samen met',
an exchange of views ('wisselde van gedachten', 'van gedachten gewisseld'), and the counterpart
words 'tegenhanger', 'homoloog' and 'counterpart' as titles."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _facts(text: str) -> tuple[list[tuple[str, list[str]]], set[tuple[str, str | None]]]:
    facts = extract_article(text, language="nl", published="2024-03-12").facts
    meetings = [(m.kind, sorted(m.parties)) for m in facts.meetings]
    return meetings, {(d.country, d.leader) for d in facts.delegations}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "De Chileense president Gabriel Boric heeft dinsdag uitgebreid getelefoneerd met de "
            "Argentijnse president Javier Milei.",
            "call",
        ),
        (
            "De Chileense president Gabriel Boric praat dinsdag met de Argentijnse president "
            "Javier Milei.",
            "talks",
        ),
        (
            "De Chileense president Gabriel Boric zat dinsdag samen met de Argentijnse president "
            "Javier Milei.",
            "talks",
        ),
        (
            "De Chileense president Gabriel Boric wisselde dinsdag van gedachten met de "
            "Argentijnse president Javier Milei.",
            "talks",
        ),
        (
            "De Chileense president Gabriel Boric heeft dinsdag met de Argentijnse president "
            "Javier Milei van gedachten gewisseld.",
            "talks",
        ),
    ],
)
def test_dutch_talk_forms_make_a_meeting_with_both_heads(text: str, kind: str) -> None:
    meetings, heads = _facts(text)
    assert (kind, ["AR", "CL"]) in meetings
    assert {("CL", "Gabriel Boric"), ("AR", "Javier Milei")} <= heads


@pytest.mark.parametrize("word", ["tegenhanger", "homoloog", "counterpart"])
def test_dutch_counterpart_words_title_the_other_head(word: str) -> None:
    text = (
        f"De Chileense president Gabriel Boric sprak dinsdag met zijn Argentijnse {word} "
        "Javier Milei."
    )
    facts = extract_article(text, language="nl", published="2024-03-12").facts
    titles = {o.name: o.title for o in facts.officials}
    assert titles.get("Javier Milei") == word
