"""Regenerate `countries.json` and `cities.json` from the compact tables below.

Run by hand (`python -m ingest.lang.build_countries`) when a row changes; the runtime reads only
the JSON so that extraction starts fast and needs no country library. pycountry checks each code
so a typo cannot ship.

Row format: CODE | en names ; ... | en adjectives | en capital | nl names | nl adjectives |
nl capital | de names | de adjectives | de capital | fr names | fr adjectives | fr capital.
Adjectives are listed in their base form; the inflections are generated per language below.
"""

# ruff: noqa: E501  (the country and city tables are data rows, one a line)
from __future__ import annotations

import json
from pathlib import Path

import pycountry

HERE = Path(__file__).parent

ROWS = """
US|United States;United States of America;USA;U.S.;US;U.S.A.;America|American;U.S.;US|Washington|Verenigde Staten;VS;Amerika|Amerikaans|Washington|Vereinigte Staaten;USA;Amerika|amerikanisch;US|Washington|États-Unis;Etats-Unis;Amérique|américain|Washington
RU|Russia;Russian Federation|Russian|Moscow|Rusland;Russische Federatie|Russisch|Moskou|Russland;Russische Föderation|russisch|Moskau|Russie;Fédération de Russie|russe|Moscou
CN|China;People's Republic of China;PRC|Chinese|Beijing|China|Chinees|Peking|China;Volksrepublik China|chinesisch|Peking|Chine|chinois|Pékin
UA|Ukraine|Ukrainian|Kyiv|Oekraïne|Oekraïens|Kyiv|Ukraine|ukrainisch|Kiew|Ukraine|ukrainien|Kiev
GB|United Kingdom;Britain;Great Britain;UK|British|London|Verenigd Koninkrijk;Groot-Brittannië|Brits|Londen|Vereinigtes Königreich;Großbritannien|britisch|London|Royaume-Uni;Grande-Bretagne|britannique|Londres
FR|France|French|Paris|Frankrijk|Frans|Parijs|Frankreich|französisch|Paris|France|français|Paris
DE|Germany|German|Berlin|Duitsland|Duits|Berlijn|Deutschland|deutsch|Berlin|Allemagne|allemand|Berlin
NL|Netherlands;the Netherlands;Holland|Dutch|Amsterdam|Nederland|Nederlands|Amsterdam|Niederlande|niederländisch|Amsterdam|Pays-Bas|néerlandais|Amsterdam
BE|Belgium|Belgian|Brussels|België|Belgisch|Brussel|Belgien|belgisch|Brüssel|Belgique|belge|Bruxelles
IT|Italy|Italian|Rome|Italië|Italiaans|Rome|Italien|italienisch|Rom|Italie|italien|Rome
ES|Spain|Spanish|Madrid|Spanje|Spaans|Madrid|Spanien|spanisch|Madrid|Espagne|espagnol|Madrid
PL|Poland|Polish|Warsaw|Polen|Pools|Warschau|Polen|polnisch|Warschau|Pologne|polonais|Varsovie
TR|Turkey;Türkiye;Turkiye|Turkish|Ankara|Turkije|Turks|Ankara|Türkei|türkisch|Ankara|Turquie|turc|Ankara
IR|Iran|Iranian|Tehran|Iran|Iraans|Teheran|Iran|iranisch|Teheran|Iran|iranien|Téhéran
IL|Israel|Israeli|Jerusalem|Israël|Israëlisch|Jeruzalem|Israel|israelisch|Jerusalem|Israël|israélien|Jérusalem
PS|Palestine;State of Palestine|Palestinian|Ramallah|Palestina|Palestijns|Ramallah|Palästina|palästinensisch|Ramallah|Palestine|palestinien|Ramallah
EG|Egypt|Egyptian|Cairo|Egypte|Egyptisch|Caïro|Ägypten|ägyptisch|Kairo|Égypte|égyptien|Le Caire
SA|Saudi Arabia|Saudi|Riyadh|Saoedi-Arabië|Saoedisch|Riyad|Saudi-Arabien|saudisch|Riad|Arabie saoudite|saoudien|Riyad
AE|United Arab Emirates;UAE|Emirati|Abu Dhabi|Verenigde Arabische Emiraten|Emiraats|Abu Dhabi|Vereinigte Arabische Emirate|emiratisch|Abu Dhabi|Émirats arabes unis|émirien|Abou Dabi
QA|Qatar|Qatari|Doha|Qatar|Qatarees|Doha|Katar|katarisch|Doha|Qatar|qatarien|Doha
OM|Oman|Omani|Muscat|Oman|Omaans|Muscat|Oman|omanisch|Maskat|Oman|omanais|Mascate
SY|Syria|Syrian|Damascus|Syrië|Syrisch|Damascus|Syrien|syrisch|Damaskus|Syrie|syrien|Damas
LB|Lebanon|Lebanese|Beirut|Libanon|Libanees|Beiroet|Libanon|libanesisch|Beirut|Liban|libanais|Beyrouth
JO|Jordan|Jordanian|Amman|Jordanië|Jordaans|Amman|Jordanien|jordanisch|Amman|Jordanie|jordanien|Amman
IQ|Iraq|Iraqi|Baghdad|Irak|Iraaks|Bagdad|Irak|irakisch|Bagdad|Irak|irakien|Bagdad
CU|Cuba|Cuban|Havana|Cuba|Cubaans|Havana|Kuba|kubanisch|Havanna|Cuba|cubain|La Havane
IN|India|Indian|New Delhi|India|Indiaas|New Delhi|Indien|indisch|Neu-Delhi|Inde|indien|New Delhi
PK|Pakistan|Pakistani|Islamabad|Pakistan|Pakistaans|Islamabad|Pakistan|pakistanisch|Islamabad|Pakistan|pakistanais|Islamabad
AF|Afghanistan|Afghan|Kabul|Afghanistan|Afghaans|Kaboel|Afghanistan|afghanisch|Kabul|Afghanistan|afghan|Kaboul
JP|Japan|Japanese|Tokyo|Japan|Japans|Tokio|Japan|japanisch|Tokio|Japon|japonais|Tokyo
KR|South Korea;Republic of Korea|South Korean|Seoul|Zuid-Korea|Zuid-Koreaans|Seoel|Südkorea|südkoreanisch|Seoul|Corée du Sud|sud-coréen|Séoul
KP|North Korea;DPRK|North Korean|Pyongyang|Noord-Korea|Noord-Koreaans|Pyongyang|Nordkorea|nordkoreanisch|Pjöngjang|Corée du Nord|nord-coréen|Pyongyang
CA|Canada|Canadian|Ottawa|Canada|Canadees|Ottawa|Kanada|kanadisch|Ottawa|Canada|canadien|Ottawa
MX|Mexico|Mexican|Mexico City|Mexico|Mexicaans|Mexico-Stad|Mexiko|mexikanisch|Mexiko-Stadt|Mexique|mexicain|Mexico
BR|Brazil|Brazilian|Brasília|Brazilië|Braziliaans|Brasilia|Brasilien|brasilianisch|Brasília|Brésil|brésilien|Brasilia
VE|Venezuela|Venezuelan|Caracas|Venezuela|Venezolaans|Caracas|Venezuela|venezolanisch|Caracas|Venezuela|vénézuélien|Caracas
CH|Switzerland|Swiss|Bern|Zwitserland|Zwitsers|Bern|Schweiz|schweizerisch|Bern|Suisse|suisse|Berne
AT|Austria|Austrian|Vienna|Oostenrijk|Oostenrijks|Wenen|Österreich|österreichisch|Wien|Autriche|autrichien|Vienne
BY|Belarus|Belarusian|Minsk|Wit-Rusland;Belarus|Wit-Russisch;Belarussisch|Minsk|Belarus;Weißrussland|belarussisch;weißrussisch|Minsk|Biélorussie;Bélarus|biélorusse|Minsk
GE|Georgia|Georgian|Tbilisi|Georgië|Georgisch|Tbilisi|Georgien|georgisch|Tiflis|Géorgie|géorgien|Tbilissi
AM|Armenia|Armenian|Yerevan|Armenië|Armeens|Jerevan|Armenien|armenisch|Eriwan|Arménie|arménien|Erevan
AZ|Azerbaijan|Azerbaijani|Baku|Azerbeidzjan|Azerbeidzjaans|Bakoe|Aserbaidschan|aserbaidschanisch|Baku|Azerbaïdjan|azerbaïdjanais|Bakou
KZ|Kazakhstan|Kazakh|Astana|Kazachstan|Kazachs|Astana|Kasachstan|kasachisch|Astana|Kazakhstan|kazakh|Astana
RS|Serbia|Serbian|Belgrade|Servië|Servisch|Belgrado|Serbien|serbisch|Belgrad|Serbie|serbe|Belgrade
XK|Kosovo|Kosovar|Pristina|Kosovo|Kosovaars|Pristina|Kosovo|kosovarisch|Pristina|Kosovo|kosovar|Pristina
HU|Hungary|Hungarian|Budapest|Hongarije|Hongaars|Boedapest|Ungarn|ungarisch|Budapest|Hongrie|hongrois|Budapest
GR|Greece|Greek|Athens|Griekenland|Grieks|Athene|Griechenland|griechisch|Athen|Grèce|grec|Athènes
CY|Cyprus|Cypriot|Nicosia|Cyprus|Cypriotisch|Nicosia|Zypern|zypriotisch|Nikosia|Chypre|chypriote|Nicosie
NO|Norway|Norwegian|Oslo|Noorwegen|Noors|Oslo|Norwegen|norwegisch|Oslo|Norvège|norvégien|Oslo
SE|Sweden|Swedish|Stockholm|Zweden|Zweeds|Stockholm|Schweden|schwedisch|Stockholm|Suède|suédois|Stockholm
FI|Finland|Finnish|Helsinki|Finland|Fins|Helsinki|Finnland|finnisch|Helsinki|Finlande|finlandais|Helsinki
DK|Denmark|Danish|Copenhagen|Denemarken|Deens|Kopenhagen|Dänemark|dänisch|Kopenhagen|Danemark|danois|Copenhague
VA|Holy See;Vatican|Vatican|Vatican City|Heilige Stoel;Vaticaan|Vaticaans|Vaticaanstad|Heiliger Stuhl;Vatikan|vatikanisch|Vatikanstadt|Saint-Siège;Vatican|vatican|Vatican
EU|European Union;EU|European|Brussels|Europese Unie;EU|Europees|Brussel|Europäische Union;EU|europäisch|Brüssel|Union européenne;UE|européen|Bruxelles
DZ|Algeria|Algerian|Algiers|Algerije|Algerijns|Algiers|Algerien|algerisch|Algier|Algérie|algérien|Alger
MA|Morocco|Moroccan|Rabat|Marokko|Marokkaans|Rabat|Marokko|marokkanisch|Rabat|Maroc|marocain|Rabat
LY|Libya|Libyan|Tripoli|Libië|Libisch|Tripoli|Libyen|libysch|Tripolis|Libye|libyen|Tripoli
TN|Tunisia|Tunisian|Tunis|Tunesië|Tunesisch|Tunis|Tunesien|tunesisch|Tunis|Tunisie|tunisien|Tunis
SD|Sudan|Sudanese|Khartoum|Soedan|Soedanees|Khartoem|Sudan|sudanesisch|Khartum|Soudan|soudanais|Khartoum
ET|Ethiopia|Ethiopian|Addis Ababa|Ethiopië|Ethiopisch|Addis Abeba|Äthiopien|äthiopisch|Addis Abeba|Éthiopie|éthiopien|Addis-Abeba
ZA|South Africa|South African|Pretoria|Zuid-Afrika|Zuid-Afrikaans|Pretoria|Südafrika|südafrikanisch|Pretoria|Afrique du Sud|sud-africain|Pretoria
NG|Nigeria|Nigerian|Abuja|Nigeria|Nigeriaans|Abuja|Nigeria|nigerianisch|Abuja|Nigeria|nigérian|Abuja
KE|Kenya|Kenyan|Nairobi|Kenia|Keniaans|Nairobi|Kenia|kenianisch|Nairobi|Kenya|kényan|Nairobi
VN|Vietnam;Viet Nam|Vietnamese|Hanoi|Vietnam|Vietnamees|Hanoi|Vietnam|vietnamesisch|Hanoi|Viêt Nam;Vietnam|vietnamien|Hanoï
ID|Indonesia|Indonesian|Jakarta|Indonesië|Indonesisch|Jakarta|Indonesien|indonesisch|Jakarta|Indonésie|indonésien|Jakarta
PH|Philippines|Philippine;Filipino|Manila|Filipijnen|Filipijns|Manilla|Philippinen|philippinisch|Manila|Philippines|philippin|Manille
TW|Taiwan|Taiwanese|Taipei|Taiwan|Taiwanees|Taipei|Taiwan|taiwanisch|Taipeh|Taïwan|taïwanais|Taipei
AU|Australia|Australian|Canberra|Australië|Australisch|Canberra|Australien|australisch|Canberra|Australie|australien|Canberra
MD|Moldova|Moldovan|Chisinau|Moldavië|Moldavisch|Chisinau|Moldau;Moldawien|moldauisch|Chisinau|Moldavie|moldave|Chisinau
RO|Romania|Romanian|Bucharest|Roemenië|Roemeens|Boekarest|Rumänien|rumänisch|Bukarest|Roumanie|roumain|Bucarest
BG|Bulgaria|Bulgarian|Sofia|Bulgarije|Bulgaars|Sofia|Bulgarien|bulgarisch|Sofia|Bulgarie|bulgare|Sofia
CZ|Czech Republic;Czechia|Czech|Prague|Tsjechië|Tsjechisch|Praag|Tschechien|tschechisch|Prag|Tchéquie;République tchèque|tchèque|Prague
IE|Ireland|Irish|Dublin|Ierland|Iers|Dublin|Irland|irisch|Dublin|Irlande|irlandais|Dublin
PT|Portugal|Portuguese|Lisbon|Portugal|Portugees|Lissabon|Portugal|portugiesisch|Lissabon|Portugal|portugais|Lisbonne
LT|Lithuania|Lithuanian|Vilnius|Litouwen|Litouws|Vilnius|Litauen|litauisch|Vilnius|Lituanie|lituanien|Vilnius
LV|Latvia|Latvian|Riga|Letland|Lets|Riga|Lettland|lettisch|Riga|Lettonie|letton|Riga
EE|Estonia|Estonian|Tallinn|Estland|Estisch|Tallinn|Estland|estnisch|Tallinn|Estonie|estonien|Tallinn
AR|Argentina|Argentine;Argentinian|Buenos Aires|Argentinië|Argentijns|Buenos Aires|Argentinien|argentinisch|Buenos Aires|Argentine|argentin|Buenos Aires
CO|Colombia|Colombian|Bogotá|Colombia|Colombiaans|Bogota|Kolumbien|kolumbianisch|Bogotá|Colombie|colombien|Bogota
SG|Singapore|Singaporean|Singapore|Singapore|Singaporees|Singapore|Singapur|singapurisch|Singapur|Singapour|singapourien|Singapour
TH|Thailand|Thai|Bangkok|Thailand|Thais|Bangkok|Thailand|thailändisch|Bangkok|Thaïlande|thaïlandais|Bangkok
MY|Malaysia|Malaysian|Kuala Lumpur|Maleisië|Maleisisch|Kuala Lumpur|Malaysia|malaysisch|Kuala Lumpur|Malaisie|malaisien|Kuala Lumpur
BH|Bahrain|Bahraini|Manama|Bahrein|Bahreins|Manama|Bahrain|bahrainisch|Manama|Bahreïn|bahreïnien|Manama
KW|Kuwait|Kuwaiti|Kuwait City|Koeweit|Koeweits|Koeweit-Stad|Kuwait|kuwaitisch|Kuwait-Stadt|Koweït|koweïtien|Koweït
YE|Yemen|Yemeni|Sanaa|Jemen|Jemenitisch|Sanaa|Jemen|jemenitisch|Sanaa|Yémen|yéménite|Sanaa
NZ|New Zealand|New Zealand|Wellington|Nieuw-Zeeland|Nieuw-Zeelands|Wellington|Neuseeland|neuseeländisch|Wellington|Nouvelle-Zélande|néo-zélandais|Wellington
"""

# Places that are not capitals but where diplomacy happens, with exonyms in nl, de, fr.
CITIES = """
Istanbul|TR|Istanboel;İstanbul
Geneva|CH|Genève;Genf;Genua
New York|US|New York City
San Francisco|US|
Seattle|US|
Munich|DE|München;Munchen
Davos|CH|
Jeddah|SA|Jedda;Djedda;Dschidda;Djeddah
Dubai|AE|Dubaï
Sochi|RU|Sotsji;Sotschi;Sotchi
Saint Petersburg|RU|Sint-Petersburg;Sankt Petersburg;Saint-Pétersbourg;St. Petersburg
Shanghai|CN|
Hong Kong|CN|Hongkong
Sharm el-Sheikh|EG|Sharm-el-Sheikh;Charm el-Cheikh
Anchorage|US|
The Hague|NL|Den Haag;La Haye
Rotterdam|NL|
Antwerp|BE|Antwerpen;Anvers
Strasbourg|FR|Straatsburg;Straßburg
Frankfurt|DE|Frankfort;Francfort
Hamburg|DE|Hambourg
Cologne|DE|Keulen;Köln
Bonn|DE|
Zurich|CH|Zürich
Lausanne|CH|
Milan|IT|Milaan;Mailand
Barcelona|ES|Barcelone
Los Angeles|US|
Chicago|US|
Miami|US|
Toronto|CA|
Montreal|CA|Montréal
Sydney|AU|
Mumbai|IN|Bombay
Karachi|PK|
Alexandria|EG|Alexandrië;Alexandria;Alexandrie
Antalya|TR|
Salzburg|AT|Salzbourg
Luxembourg|LU|Luxemburg
Riga|LV|
Tel Aviv|IL|
Gaza|PS|
Ljubljana|SI|
Zagreb|HR|
Sarajevo|BA|
Skopje|MK|
Tirana|AL|
Podgorica|ME|
Bratislava|SK|
Valletta|MT|
Reykjavik|IS|Reykjavík
Ulaanbaatar|MN|Oulan-Bator
Tashkent|UZ|Tasjkent;Taschkent;Tachkent
Bishkek|KG|Bisjkek;Bischkek;Bichkek
Dushanbe|TJ|Doesjanbe;Duschanbe;Douchanbé
Ashgabat|TM|Asjchabad;Aschgabat;Achgabat
Kathmandu|NP|Kathmandu;Katmandou
Colombo|LK|
Dhaka|BD|Dhaka;Dacca
Phnom Penh|KH|
Santiago|CL|
Lima|PE|
Quito|EC|
Brasília|BR|Brasilia
Osaka|JP|
Hiroshima|JP|
Vladivostok|RU|Wladiwostok
Kazan|RU|Kasan
Minsk|BY|
Aqaba|JO|Akaba
Doha|QA|
Abu Dhabi|AE|Abou Dabi
Pristina|XK|Priština;Prishtina
"""

LANGS = ("en", "nl", "de", "fr")


def inflect(lang: str, adjective: str) -> list[str]:
    """Every written form of a country adjective the matcher must see."""
    forms = {adjective}
    if lang == "nl" and not adjective.isupper():
        forms.add(adjective[:-3] + "ese" if adjective.endswith("ees") else adjective + "e")
    elif lang == "de" and not adjective.isupper():
        for ending in ("e", "en", "er", "es"):
            forms.add(adjective + ending)
        forms |= {f[0].upper() + f[1:] for f in list(forms)}
    elif lang == "fr":
        fem = adjective if adjective.endswith("e") else adjective + "e"
        if adjective.endswith("ien"):
            fem = adjective + "ne"
        plural = adjective if adjective[-1] in "sx" else adjective + "s"
        forms |= {fem, fem + "s", plural}
        forms |= {f[0].upper() + f[1:] for f in list(forms)}
    return sorted(forms)


def build() -> tuple[dict[str, object], dict[str, object]]:
    countries: dict[str, object] = {}
    cities: dict[str, object] = {}
    for row in ROWS.strip().splitlines():
        code, *cells = row.split("|")
        if code not in {"EU", "XK"}:
            assert pycountry.countries.get(alpha_2=code) is not None, code
        entry: dict[str, object] = {"capital": cells[2]}
        for i, lang in enumerate(LANGS):
            names, adjectives, capital = cells[3 * i : 3 * i + 3]
            entry[lang] = {
                "names": names.split(";"),
                "adjectives": sorted({f for a in adjectives.split(";") for f in inflect(lang, a)}),
                "capital": capital,
            }
            cities.setdefault(cells[2], {"country": code, "forms": [cells[2]]})
            forms = cities[cells[2]]["forms"]  # type: ignore[index]
            if capital not in forms:
                forms.append(capital)
        countries[code] = entry
    for row in CITIES.strip().splitlines():
        name, code, exonyms = row.split("|")
        forms = [name, *[e for e in exonyms.split(";") if e]]
        cities.setdefault(name, {"country": code, "forms": forms})
    return countries, cities


def main() -> None:
    countries, cities = build()
    (HERE / "countries.json").write_text(
        json.dumps(countries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (HERE / "cities.json").write_text(
        json.dumps(cities, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
