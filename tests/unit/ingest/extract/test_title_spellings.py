"""Spelling variants of title words name their holders as the usual spelling does: Dutch
'ambtsgenoot' beside 'ambtgenoot', Austrian 'Chefverhandler' beside 'Chefunterhändler'."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("nl", "De delegaties worden geleid door de Amerikaanse adjunct-minister Wendy Sherman "
         "en haar Russische ambtsgenoot Sergej Rjabkov.", "Sergej Rjabkov", "RU"),
        ("nl", "Minister Bot sprak in Parijs met zijn Franse ambtsgenote Catherine Colonna.",
         "Catherine Colonna", "FR"),
        ("de", "Chinas Chefverhandler Wang Yi soll heute in Wien ankommen.", "Wang Yi", "CN"),
        ("de", "Der iranische Verhandler Abbas Araghchi traf in Wien ein.", "Abbas Araghchi",
         "IR"),
    ],
)  # fmt: skip
def test_a_spelling_variant_titles_its_holder(
    lang: str, text: str, name: str, country: str
) -> None:
    facts = extract_article(text, language=lang, published="2025-03-04").facts
    assert (name, country) in {(o.name, o.country) for o in facts.officials if o.title}
