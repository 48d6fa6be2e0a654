"""The owner of a counterpart phrase and the counterpart are the two sides of the meeting, each
heading his state's (`ingest.extract.counterpart_sides`), in all four languages."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _sides(
    text: str, lang: str, url: str | None = None, published: str = "2024-11-09"
) -> tuple[set[tuple[str, str]], list[list[str]]]:
    facts = extract_article(text, language=lang, published=published, url=url).facts
    led = {(d.country, d.leader or "") for d in facts.delegations}
    return led, sorted(sorted(m.parties) for m in facts.meetings)


def test_a_minister_of_the_side_left_owns_his_counterpart_phrase() -> None:
    led, meetings = _sides(
        "Twee weken geleden sprak minister Zijlstra zijn Turkse collega Cavusoglu al in Canada. "
        "Volgende week reist Zijlstra naar Ankara voor gesprekken met de Turkse regering.",
        "nl",
        "https://www.example.nl/nieuws/1",
    )
    assert ("NL", "Zijlstra") in led
    assert ("TR", "Cavusoglu") in led
    assert meetings == [["NL", "TR"]]


def test_a_call_with_two_counterparts_is_one_call_with_each() -> None:
    led, meetings = _sides(
        "Foreign Minister Le Hoai Trung held separate phone conversations with Malaysian and Lao "
        "counterparts Mohamad Hasan and Thongsavanh Phomvihane on December 12.",
        "en",
        "https://en.example.vn/news/1",
    )
    assert meetings == [["LA", "VN"], ["MY", "VN"]]
    assert ("VN", "Le Hoai Trung") in led


def test_an_owner_named_without_a_title_leads_his_side() -> None:
    led, _ = _sides(
        "Emmanuel Macron et son homologue comorien Azali Assoumani se sont entretenus par "
        "téléphone ce lundi 5 juin, convenant de « travailler dans un esprit d'apaisement et de "
        "confiance mutuelle » après l'indignation provoquée par la plaisanterie du président "
        "français sur les kwassa-kwassa.",
        "fr",
        published="2017-06-05",
    )
    assert ("FR", "Emmanuel Macron") in led
    assert ("KM", "Azali Assoumani") in led


def test_the_counterpart_met_leads_his_side() -> None:
    led, _ = _sides(
        "Außenminister Genscher trifft polnischen Amtskollegen in Bonn. Bundesaußenminister "
        "Hans-Dietrich Genscher hat seinen polnischen Amtskollegen Krzysztof Skubiszewski "
        "gestern erneut der Unverletzlichkeit der polnischen Westgrenze versichert.",
        "de",
    )
    assert ("PL", "Krzysztof Skubiszewski") in led
    assert ("DE", "Hans-Dietrich Genscher") in led


def test_a_counterpart_phrase_leads_at_a_meeting_read_as_called_off() -> None:
    # The call happened; only a later commission was postponed, which marks the meeting.
    led, _ = _sides(
        "Am Montag haben der finnische Außenminister Virtanen und sein chilenischer Amtskollege "
        "Araya ein Telefonat geführt. Die beiden Minister diskutierten auch die bevorstehenden "
        "gemeinsamen Regierungskonsultationen. Die Konsultationen wurden einer Quelle zufolge "
        "verschoben.",
        "de",
    )
    assert ("FI", "Virtanen") in led
    assert ("CL", "Araya") in led


def test_a_dutch_counterpart_phrase_leads_at_a_meeting_read_as_called_off() -> None:
    led, _ = _sides(
        "De Noorse minister van Buitenlandse Zaken Haugen heeft in een gesprek met zijn "
        "Chileense collega Araya gesproken over de handel. Zijn bezoek aan Santiago werd "
        "uitgesteld.",
        "nl",
    )
    assert ("NO", "Haugen") in led
    assert ("CL", "Araya") in led
