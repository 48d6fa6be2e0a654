"""A counterpart the sentence names first, his owner only a pronoun ('L'occasion pour son homologue
ivoirien X', 'His Ghanaian counterpart, X, said'), heads his stated state's side; one named as
who invites ('à l'invitation de son homologue cubain, X') tells no meeting of his."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

CASES = [
    (
        "fr",
        "Le président libanais Michel Sleiman effectue depuis lundi une visite d'Etat en Côte "
        "d'Ivoire. L'occasion pour son homologue ivoirien Alassane Ouattara de dérouler le tapis "
        "rouge.",
        ("CI", "Alassane Ouattara"),
    ),
    (
        "en",
        "Togo's Foreign Minister Joseph Koffigoh held talks with Ghana on the border on Monday. "
        "His Ghanaian counterpart, Nii Okaija Adamafio, said the two countries must live in "
        "mutual respect.",
        ("GH", "Nii Okaija Adamafio"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_a_counterpart_named_first_heads_his_side(
    lang: str, text: str, want: tuple[str, str]
) -> None:
    facts = extract_article(text, language=lang, published="2010-05-31").facts
    assert want in [(d.country, d.leader) for d in facts.delegations]


def test_an_inviting_counterpart_heads_nothing() -> None:
    text = (
        "Le ministre sénégalais des Affaires étrangères, Mankeur Ndiaye est attendu à La Havane."
        "\n\nSa visite, à l'invitation de son homologue cubain, Bruno Rodriguez, doit avoir lieu "
        "dans les mois qui viennent.\n\nL'ambassadeur de Cuba au Sénégal, Jorge Léon Cruz, vient "
        "de transmettre l'invitation du ministre cubain au cours d'une rencontre avec le directeur "
        "de la division Amériques au ministère sénégalais des Affaires étrangères, Abdoul Aziz "
        "Loum.\n\nL'ambassadeur Jorge Léon Cruz et son hôte ont exprimé l'intérêt mutuel de "
        "travailler de concert afin de conclure un accord sur l'exemption de visas et qualifié "
        "de positive la coordination de position en vue des sessions de l'UNESCO, au mois de "
        "novembre et d'autres rencontres internationales."
    )
    # A Cuban outlet: its own state is the host's
    url = "https://radiohc.cu/fr/noticias/nacionales/1-ministre-attendu-a-la-havane"
    facts = extract_article(text, language="fr", published="2017-09-01", url=url).facts
    assert "Bruno Rodriguez" not in [d.leader for d in facts.delegations]
