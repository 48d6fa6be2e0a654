"""The one met heads his state's side of the meeting, however briefly the text names him: a
counterpart of a stated state ('met his Dutch counterpart X'), who holds for the other side the
office the one he meets holds, and the principal of the state a visit is paid to ('was received
by President X'), who meets the visitor for his state."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.extract.leaders import lead_principals
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _led(lang: str, text: str) -> set[tuple[str, str]]:
    """(state, leader) of every delegation the rules and the leader model find."""
    split = split_sentences(normalise(text, language=lang), language=lang)
    art, registry, meetings, delegations = rule_findings(split)
    delegations += lead_principals(art, registry, meetings, delegations)
    return {(d.country, d.leader) for d in delegations}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chilean Foreign Minister Ana Soto arrived in Lima on Tuesday for a two-day visit "
         "to Peru. Chile and Peru are neighbours, and Peruvian ports ship much of the fish Peru "
         "sells to Chile. Soto, who also spoke about Peruvian trade at a forum, had dinner with "
         "her Peruvian counterpart Luis Vega on Wednesday. Peru hopes to sell more to Chile."),
        ("nl", "De Chileense minister van Buitenlandse Zaken Ana Soto kwam dinsdag aan in Lima "
         "voor een tweedaags bezoek aan Peru. Chili en Peru zijn buurlanden, en Peruaanse havens "
         "verschepen veel van de vis die Peru aan Chili verkoopt. Soto, die op een forum ook over "
         "de Peruaanse visserij vertelde, lunchte woensdag met haar Peruaanse ambtgenoot Luis "
         "Vega. Peru hoopt meer aan Chili te verkopen, en Peruaanse vissers in het zuiden van "
         "Peru willen nieuwe havens."),
        ("de", "Die chilenische Außenministerin Ana Soto besuchte am Dienstag Peru. Chile und "
         "Peru sind Nachbarn, und peruanische Häfen verschiffen viel von dem Fisch, den Peru an "
         "Chile verkauft. Soto, die auf einem Forum in Lima auch über den peruanischen Handel "
         "sprach, speiste am Mittwoch mit ihrem peruanischen Amtskollegen Luis Vega. Peru hofft, "
         "mehr an Chile zu verkaufen."),
        ("fr", "La ministre chilienne des Affaires étrangères Ana Soto est arrivée mardi à Lima "
         "pour une visite de deux jours au Pérou. Le Chili et le Pérou sont voisins, et les ports "
         "péruviens expédient une grande partie du poisson que le Pérou vend au Chili. Soto, qui "
         "a aussi parlé du commerce péruvien lors d'un forum, a dîné mercredi avec son homologue "
         "péruvien Luis Vega. Le Pérou espère vendre davantage au Chili."),
    ],
)  # fmt: skip
def test_a_counterpart_met_heads_his_side(lang: str, text: str) -> None:
    assert ("PE", "person:luis-vega") in _led(lang, text)


def test_a_counterpart_only_described_heads_nothing() -> None:
    """Named as a counterpart but met by no one in the text: no side is tied to him."""
    text = (
        "Chilean Foreign Minister Ana Soto arrived in Lima on Tuesday for a two-day visit to "
        "Peru. Chile and Peru are neighbours, and Peruvian ports ship much of the fish Peru "
        "sells to Chile. Her Peruvian counterpart Luis Vega, a former fisherman, once ran the "
        "largest port of Peru."
    )
    assert ("PE", "person:luis-vega") not in _led("en", text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ethiopian Prime Minister on a state visit to Kenya\n\nNAIROBI - The Ethiopian "
         "Prime Minister Abiy Tesfaye, who arrived in Nairobi on Monday for a state visit, was "
         "received by President Daniel Mwangi at State House. Tesfaye inspected a guard of honour "
         "mounted by the Kenya Defence Forces. Kenya and Ethiopia share a long border, and Kenya "
         "buys power from Ethiopia."),
        ("nl", "Ethiopische premier op staatsbezoek in Kenia\n\nNAIROBI - De Ethiopische premier "
         "Abiy Tesfaye, die maandag in Nairobi aankwam voor een staatsbezoek, werd ontvangen door "
         "president Daniel Mwangi. Tesfaye schouwde een erewacht van het Keniaanse leger. Kenia en "
         "Ethiopië delen een lange grens, en Kenia koopt stroom van Ethiopië."),
        ("de", "Äthiopischer Regierungschef auf Staatsbesuch in Kenia\n\nNAIROBI - Der "
         "äthiopische Ministerpräsident Abiy Tesfaye, der am Montag zu einem Staatsbesuch in "
         "Nairobi eintraf, kam im Präsidentenpalast mit Präsident Daniel Mwangi zusammen. Tesfaye "
         "schritt eine Ehrengarde der kenianischen Armee ab. Kenia und Äthiopien teilen eine lange "
         "Grenze, und Kenia kauft Strom aus Äthiopien."),
        ("fr", "Le Premier ministre éthiopien en visite d'État au Kenya\n\nNAIROBI - Le Premier "
         "ministre éthiopien Abiy Tesfaye, arrivé lundi à Nairobi pour une visite d'État, a été "
         "reçu par le président Daniel Mwangi. Tesfaye a passé en revue une garde d'honneur de "
         "l'armée kényane. Le Kenya et l'Éthiopie partagent une longue frontière, et le Kenya "
         "achète de l'électricité à l'Éthiopie."),
    ],
)  # fmt: skip
def test_the_host_who_receives_the_visitor_heads_his_side(lang: str, text: str) -> None:
    assert ("KE", "person:daniel-mwangi") in _led(lang, text)


def test_a_principal_met_abroad_is_no_host() -> None:
    """Met in a third state, the principal of no stated state may be either side's."""
    text = (
        "Ethiopian Prime Minister Abiy Tesfaye arrived in Geneva on Monday for talks with Kenya. "
        "He was received by President Daniel Mwangi at a hotel. Kenya and Ethiopia share a long "
        "border, and Kenya buys power from Ethiopia."
    )
    assert ("KE", "person:daniel-mwangi") not in _led("en", text)
