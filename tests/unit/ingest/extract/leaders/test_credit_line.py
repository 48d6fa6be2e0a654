"""A name met only in a line without a lowercase word ('20.03.2023, Nova Presse') is a credit or
a dateline, not a candidate leader, even when a later description ('the Chilean president')
would link to it."""

from __future__ import annotations

from tests.unit.ingest.extract.leaders.candidates import candidate_names


def test_a_credit_line_names_no_candidate() -> None:
    text = (
        "Ana Soto est arrivée au Pérou pour une visite d'État.\n\n"
        "Ce 20 mars, Ana Soto a atterri à Lima. 20.03.2023, Nova Presse\n\n"
        "La présidente chilienne est arrivée ce lundi pour une visite d'État au Pérou."
    )
    assert "Nova Presse" not in candidate_names("fr", text)
