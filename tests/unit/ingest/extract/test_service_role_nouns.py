"""Role nouns the title reader lacked: a police officer, a counsellor, a member of a cantonal or
princely government, a member of the Commons, an army chief of staff. Each names an official before
the name, as any title does; none is a side's head (the police officer is an outsider)."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

CASES = [
    ("en", "We are waiting for the new change, commercial counsellor Hussain Sarhan told AFP.",
     "Hussain Sarhan", "counsellor"),
    ("en", "The police said policewoman Jane Horton was hurt in the attack on the embassy.",
     "Jane Horton", "policewoman"),
    ("nl", "De dood van politieagente Yvonne Fletcher, in 1984 gevallen, is hier nooit vergeten.",
     "Yvonne Fletcher", "politieagente"),
    ("nl", "De cheque werd in ontvangst genomen door een Conservatief Lagerhuislid, Teddy Taylor.",
     "Teddy Taylor", "Lagerhuislid"),
    ("de", "Sie statteten Regierungsrätin Aurelia Frick in Vaduz einen Höflichkeitsbesuch ab.",
     "Aurelia Frick", "Regierungsrätin"),
    ("de", "Zu Gast lud Botschaftsrat Rudolf Haubold in die Vertretung in Düsseldorf.",
     "Rudolf Haubold", "Botschaftsrat"),
    ("fr", "Le Premier ministre se rend en France avec son chef d'état-major Moshe Dayan.",
     "Moshe Dayan", "chef d'état-major"),
    ("fr", "Le policier Jean Martin a été blessé devant l'ambassade.", "Jean Martin", "policier"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "title"), CASES)
def test_a_role_noun_titles_the_name_after_it(lang: str, text: str, name: str, title: str) -> None:
    facts = extract_article(text, language=lang, published="2020-01-01").facts
    officials = {o.name: o.title for o in facts.officials}
    assert officials.get(name) == title
    assert name not in {d.leader for d in facts.delegations}
