"""A summons makes its summoner the article's protagonist: a later call or meeting that names
one side only is the summoner's, not the summoned envoy's; a visit summons nobody, so its host
is not taken for a summoner."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_a_call_after_a_summons_is_the_summoners() -> None:
    en = (
        "The Foreign Office summoned the Russian ambassador on Monday. The foreign secretary "
        "later spoke by phone with her Polish counterpart."
    )
    assert _meetings(en, "en") == [("", ["GB", "PL"]), ("London", ["GB", "RU"])]
    de = (
        "Das Auswärtige Amt hat am Montag den russischen Botschafter einbestellt. Die "
        "Außenministerin telefonierte später mit ihrem polnischen Amtskollegen."
    )
    assert _meetings(de, "de") == [("", ["DE", "PL"]), ("Berlin", ["DE", "RU"])]
