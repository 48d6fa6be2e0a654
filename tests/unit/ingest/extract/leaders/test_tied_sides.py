"""The one met heads his state's side of the meeting, however briefly the text names him: a
counterpart of a stated state ('met his Dutch counterpart X'), who holds for the other side the
office the one he meets holds; the principal of the state a visit is paid to ('was received by
President X', 'President X received'), who meets the visitor for his state; and the principal
who meets a counterpart ('Foreign Secretary X spoke with his Israeli counterpart Y'), whose
office the counterpart's is matched to; and the envoy summoned ('the Dutch Embassy's Chargé
d'Affaires X was summoned'), who heads his state's side of the summons; and the principal
named right before a meeting word ('Foreign Secretary X met ...'), its subject."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.extract.leaders import lead_principals
from ingest.extract.leaders.model import Candidate
from ingest.extract.leaders.tied import Ties, tied_sides
from ingest.models import Evidence, Person
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _led(lang: str, text: str, url: str | None = None) -> set[tuple[str, str]]:
    """(state, leader) of every delegation the rules and the leader model find."""
    split = split_sentences(normalise(text, language=lang, url=url), language=lang)
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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ethiopian Prime Minister on a state visit to Kenya\n\nNAIROBI - Kenya and "
         "Ethiopia share a long border, and Kenya buys power from Ethiopia. Kenya wants more. In "
         "Nairobi, President Daniel Mwangi received the Ethiopian Prime Minister Abiy Tesfaye at "
         "State House on Monday. Tesfaye inspected a guard of honour of the Kenyan army."),
        ("nl", "Ethiopische premier op staatsbezoek in Kenia\n\nNAIROBI - Kenia en Ethiopië "
         "delen een lange grens, en Kenia koopt stroom van Ethiopië. Kenia wil meer. President "
         "Daniel Mwangi ontving maandag in Nairobi de Ethiopische premier Abiy Tesfaye. Tesfaye "
         "schouwde een erewacht van het Keniaanse leger."),
        ("de", "Äthiopischer Regierungschef auf Staatsbesuch in Kenia\n\nNAIROBI - Kenia und "
         "Äthiopien teilen eine lange Grenze, und Kenia kauft Strom aus Äthiopien. Kenia will "
         "mehr. Präsident Daniel Mwangi empfing am Montag in Nairobi den äthiopischen "
         "Ministerpräsidenten Abiy Tesfaye. Tesfaye schritt eine Ehrengarde der kenianischen "
         "Armee ab."),
        ("fr", "Le Premier ministre éthiopien en visite d'État au Kenya\n\nNAIROBI - Le Kenya et "
         "l'Éthiopie partagent une longue frontière, et le Kenya achète de l'électricité à "
         "l'Éthiopie. Le Kenya en veut davantage. À Nairobi, le président Daniel Mwangi a reçu "
         "lundi le Premier ministre éthiopien Abiy Tesfaye. Tesfaye a passé en revue une garde "
         "d'honneur de l'armée kényane."),
    ],
)  # fmt: skip
def test_the_host_who_receives_heads_his_side(lang: str, text: str) -> None:
    assert ("KE", "person:daniel-mwangi") in _led(lang, text)


def test_a_principal_met_abroad_is_no_host() -> None:
    """Met in a third state, the principal of no stated state may be either side's."""
    text = (
        "Ethiopian Prime Minister Abiy Tesfaye arrived in Geneva on Monday for talks with Kenya. "
        "He was received by President Daniel Mwangi at a hotel. Kenya and Ethiopia share a long "
        "border, and Kenya buys power from Ethiopia."
    )
    assert ("KE", "person:daniel-mwangi") not in _led("en", text)


@pytest.mark.parametrize(
    ("lang", "url", "text", "leader"),
    [
        ("en", "https://www.bbc.co.uk/news/1", "Israel and Britain talk about water\n\nBritain "
         "and Israel work together on water, and Britain buys technology from Israel. Britain "
         "wants to buy more, British firms say. Foreign Secretary John Smith spoke on Saturday "
         "with his Israeli counterpart Gideon Levi about the cooperation. Levi paid a two-day "
         "visit to Britain. Britain hopes for new contracts.", ("GB", "person:john-smith")),
        ("nl", "https://nos.nl/artikel/1", "Israël en Nederland praten over water\n\nNederland "
         "en Israël werken samen op het gebied van water, en Nederland koopt technologie uit "
         "Israël. Nederland wil meer kopen, zeggen Nederlandse bedrijven. Buitenlandminister Jan "
         "Jansen sprak zaterdag met zijn Israëlische evenknie Gideon Levi over de samenwerking. "
         "Levi bracht een tweedaags bezoek aan Nederland. Nederland hoopt op nieuwe contracten.",
         ("NL", "person:jan-jansen")),
        ("de", "https://www.tagesschau.de/1", "Israel und Deutschland sprechen über Wasser\n\n"
         "Deutschland und Israel arbeiten beim Wasser zusammen, und Deutschland kauft Technik aus "
         "Israel. Deutschland will mehr kaufen, sagen deutsche Firmen. Außenminister Jan Schmidt "
         "sprach am Samstag mit seinem israelischen Amtskollegen Gideon Levi über die "
         "Zusammenarbeit. Levi war zu einem zweitägigen Besuch in Deutschland. Deutschland hofft "
         "auf neue Aufträge.", ("DE", "person:jan-schmidt")),
        ("fr", "https://www.lemonde.fr/1", "Israël et la France parlent d'eau\n\nLa France et "
         "Israël coopèrent dans le domaine de l'eau, et la France achète de la technologie à "
         "Israël. La France veut acheter davantage, disent des entreprises françaises. Le ministre "
         "des Affaires étrangères Jean Martin a parlé samedi avec son homologue israélien Gideon "
         "Levi de la coopération. Levi effectuait une visite de deux jours en France. La France "
         "espère de nouveaux contrats.", ("FR", "person:jean-martin")),
    ],
)  # fmt: skip
def test_the_principal_who_meets_a_counterpart_heads_his_side(
    lang: str, url: str, text: str, leader: tuple[str, str]
) -> None:
    assert leader in _led(lang, text, url)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Turkey summons Dutch envoy\n\nANKARA - Turkey and the Netherlands are at odds "
         "again, and Turkey wants answers from the Netherlands. The Dutch Embassy's Chargé "
         "d'Affaires Pieter de Wit was summoned to the ministry in Ankara on Monday. Turkey says "
         "the Netherlands broke its word."),
        ("nl", "Turkije ontbiedt Nederlandse diplomaat\n\nANKARA - Turkije en Nederland liggen "
         "opnieuw overhoop, en Turkije wil antwoorden van Nederland. Nederland moet uitleg geven. "
         "De Nederlandse ambassade zag haar zaakgelastigde Pieter de Wit maandag in Ankara op het "
         "ministerie ontboden worden. Turkije zegt dat Nederland zijn woord brak."),
        ("de", "Türkei bestellt niederländischen Diplomaten ein\n\nANKARA - Die Türkei und die "
         "Niederlande streiten erneut, und die Türkei will Antworten von den Niederlanden. Von der "
         "niederländischen Botschaft wurde Geschäftsträger Pieter de Wit am Montag in Ankara ins "
         "Außenministerium einbestellt. Die Türkei sagt, die Niederlande hätten ihr Wort "
         "gebrochen."),
    ],
)  # fmt: skip
def test_the_envoy_summoned_heads_his_side(lang: str, text: str) -> None:
    assert ("NL", "person:pieter-de-wit") in _led(lang, text)


@pytest.mark.parametrize(
    ("lang", "url", "text", "leader"),
    [
        ("en", "https://www.bbc.co.uk/news/1", "Britain and Ireland talk about the border\n\n"
         "Britain and Ireland share a border, and Britain buys much power from Ireland. Britain "
         "wants more, spokesman Tom Reed says. In Britain demand grows, and Britain builds few "
         "plants, as British firms in Britain know. Foreign Secretary John Smith met the Irish "
         "Foreign Minister Sean Byrne in Dublin on Tuesday for talks between Britain and "
         "Ireland. Britain hopes for a deal, and British firms too.", ("GB", "person:john-smith")),
        ("nl", "https://nos.nl/artikel/1", "Nederland en België praten over de grens\n\n"
         "Nederland en België delen een lange grens, en Nederland koopt veel stroom uit België. "
         "Nederland wil meer, zegt woordvoerder Klaas Dijk. In Nederland groeit de vraag, en "
         "Nederland bouwt weinig centrales. Premier Jan Jansen ontmoette dinsdag in Brussel de "
         "Belgische premier Piet Peeters voor overleg tussen Nederland en België. Nederland hoopt "
         "op een akkoord, en Nederlandse bedrijven ook.", ("NL", "person:jan-jansen")),
        ("de", "https://www.tagesschau.de/1", "Deutschland und Österreich sprechen über die "
         "Grenze\n\nDeutschland und Österreich teilen eine lange Grenze, und Deutschland kauft "
         "viel Strom aus Österreich. Deutschland will mehr, sagt Sprecher Klaus Berg. In "
         "Deutschland wächst die Nachfrage, und Deutschland baut wenige Kraftwerke. Außenminister "
         "Jan Schmidt traf am Dienstag in Wien den österreichischen Außenminister Peter Huber zu "
         "Gesprächen zwischen Deutschland und Österreich. Deutschland hofft auf eine Einigung, "
         "und deutsche Firmen auch.", ("DE", "person:jan-schmidt")),
        ("fr", "https://www.lemonde.fr/1", "La France et la Belgique parlent de la frontière\n\n"
         "La France et la Belgique partagent une longue frontière, et la France achète beaucoup "
         "d'électricité à la Belgique. La France en veut davantage, selon le porte-parole Paul "
         "Roux. En France la demande augmente, et la France construit peu de centrales. Le "
         "Premier ministre Jean Martin a rencontré mardi à Bruxelles le Premier ministre belge "
         "Luc Peeters pour des entretiens entre la France et la Belgique. La France espère un "
         "accord, et les entreprises françaises aussi.", ("FR", "person:jean-martin")),
    ],
)  # fmt: skip
def test_the_principal_named_before_a_meeting_word_heads_his_side(
    lang: str, url: str, text: str, leader: tuple[str, str]
) -> None:
    assert leader in _led(lang, text, url)


@pytest.mark.parametrize(
    ("name", "rule", "leads"),
    [
        ("Schmidt", "person:title-before-name", True),
        ("Tagesordnung", "person:bare-name", False),  # 'einigten sich auf die Tagesordnung'
        ("Jan Schmidt", "person:bare-name", True),
    ],
)
def test_a_capitalised_noun_read_as_a_bare_name_is_no_subject(
    name: str, rule: str, leads: bool
) -> None:
    sentence = f"Außenminister {name} traf am Dienstag in Wien seinen Amtskollegen."
    evidence = Evidence(sentence=sentence, start=0, end=len(sentence), rule=rule, confidence=0.5)
    person = Person(
        id=f"person:{name.lower()}", name=name, title="Außenminister", role="foreign minister",
        evidence=[evidence],
    )  # fmt: skip
    features = {
        "party": 1.0, "implied": 1.0, "subject_near": 1.0, "full_name": float(" " in name)
    }  # fmt: skip
    cand = Candidate(person, "DE", features)
    chosen = tied_sides([cand], [], [], Ties(frozenset(), frozenset()))
    assert bool(chosen) is leads
