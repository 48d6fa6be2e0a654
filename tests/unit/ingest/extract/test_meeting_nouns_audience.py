"""Meeting nouns real reports use: an audience granted ('granted an audience to', 'in audiëntie',
'zu einer Audienz'), a working session, Dutch 'besprekingen' (talks)."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text", "parties", "city"),
    [
        ("en", "President Patrice Talon granted an audience to the Chinese ambassador Peng "
               "Jingtao in Cotonou.", {"BJ", "CN"}, "Cotonou"),
        ("en", "Vietnamese Minister of Industry and Trade Nguyen Hong Dien had a working "
               "session with Indonesian Minister of Trade Zulkifli Hasan in Semarang.",
         {"VN", "ID"}, "Semarang"),
        ("nl", "De Nederlandse minister Bert Koenders had in Rabat besprekingen met zijn "
               "Marokkaanse ambtgenoot Salaheddine Mezouar.", {"NL", "MA"}, "Rabat"),
        ("de", "Die Königin gewährte dem französischen Botschafter Jean Dupont in Brüssel eine "
               "Audienz im belgischen Königspalast.", {"BE", "FR"}, "Brussels"),
    ],
)  # fmt: skip
def test_the_noun_tells_a_meeting(lang: str, text: str, parties: set[str], city: str) -> None:
    facts = extract_article(text, language=lang, published="2020-01-18").facts
    assert [(set(m.parties), m.city) for m in facts.meetings] == [(parties, city)]
