"""Round 578: a list of names each with a title of its own office apposed after it ('MM. A,
ministre des ..., B, directeur général ... et C, secrétaire général ...') gives each title to
the name before it, not to the next name; a list that opens each name with its title ('A, le
président de ..., B, le gouverneur de ...') is left as it was read."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


def _titled(text: str, lang: str) -> dict[str, str | None]:
    return {p.name: p.title for p in people_of(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "titles"),
    [
        ("fr", "La délégation comprenait MM. Karim Bennani, ministre des Affaires étrangères, "
               "Youssef Alami, directeur général des Etudes, et Hassan Tazi, secrétaire général "
               "du conseil.",
         ["ministre des Affaires étrangères", "directeur général des Etudes",
          "secrétaire général du conseil"]),
        ("en", "The delegation included Karim Bennani, minister of Foreign Affairs, Youssef "
               "Alami, director general of studies, and Hassan Tazi, secretary general of the "
               "council.",
         ["minister of Foreign Affairs", "director general", "secretary general of the council"]),
    ],
)  # fmt: skip
def test_each_member_keeps_the_title_after_its_name(
    lang: str, text: str, titles: list[str]
) -> None:
    found = _titled(text, lang)
    names = ["Karim Bennani", "Youssef Alami", "Hassan Tazi"]
    assert [found.get(n) for n in names] == titles


def test_the_german_communique_list_keeps_each_title_on_its_name() -> None:
    text = (
        "Auf sowjetischer Seite wurden die Gespräche von L.I. Breschnew, Generalsekretär des "
        "Zentralkomitees der Partei, N.V. Podgorny, Vorsitzender des Präsidiums, und A.N. "
        "Kossygin, Vorsitzender des Ministerrates, geführt."
    )
    found = _titled(text, "de")
    assert found.get("L.I. Breschnew", "").startswith("Generalsekretär")


def test_a_list_that_opens_each_name_with_its_title_is_read_as_before() -> None:
    text = (
        "Étaient présents le président du Cameroun, Paul Biya, le président de la Commission de "
        "la CEMAC, Pierre Moussa, le gouverneur de la BEAC, Lucas Abaga Nchama, et le ministre "
        "gabonais des Finances, Régis Immongault."
    )
    found = _titled(text, "fr")
    assert found["Pierre Moussa"] == "président de la Commission de la CEMAC"
    assert found["Lucas Abaga Nchama"] == "gouverneur de la BEAC"
