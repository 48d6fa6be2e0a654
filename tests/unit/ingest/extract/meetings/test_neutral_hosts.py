"""A host takes part only when the text says so: a state named in a wire dateline after its city
is where the story was filed, and talks told only by a city whose state the article never
names sit on neutral ground, between the two states the article names most."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _parties(text: str, language: str = "en") -> list[list[str]]:
    facts = extract_article(text, language=language, published="2019-04", url=None).facts
    return [m.parties for m in facts.meetings]


def test_a_dateline_state_is_no_party() -> None:
    text = (
        "OSLO, Norway (AP) \u2014 A senior Chilean minister has arrived in Peru for a meeting "
        "with Peruvian officials in Lima, officials said Friday."
    )
    parties = _parties(text)
    assert parties and all("NO" not in p for p in parties)
    assert ["CL", "PE"] in parties


def test_talks_told_by_an_unnamed_hosts_city_are_the_two_named_states() -> None:
    text = (
        "Die Gespr\u00e4che in Genf gingen am Dienstag weiter. Die japanische Seite legte einen "
        "Plan vor. Japan und Südkorea streiten seit Jahren. Südkorea lehnte ab, Japan blieb hart."
    )
    assert _parties(text, "de") == [["JP", "KR"]]
