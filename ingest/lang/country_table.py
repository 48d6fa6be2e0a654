"""The country table that `build_countries.py` turns into `countries.json` and `cities.json`.

One row a country: CODE | en names ; ... | en adjectives | en capital | nl names | nl adjectives |
nl capital | de names | de adjectives | de capital | fr names | fr adjectives | fr capital.
Adjectives are listed in their base form; build_countries.py generates the inflections per
language, save a German one written capitalised: the indeclinable form of a state's name ('der
Luxemburger Außenminister', 'die Liechtensteiner Regierung'), kept as written. States of the past
have rows of their own (SU, DD, CS); Czechoslovakia names no capital, since Prague is today's
Czechia's (a meeting's year makes it Czechoslovakia's: meetings/parties.py). A capital left
blank names no town: the Seychelles' 'Victoria' is also a person's name, a state of Australia and
a town in Canada. Build time only: the runtime reads the JSON.
"""

# ruff: noqa: E501  (the table's data rows are one a line)

ROWS = """
US|United States;United States of America;USA;U.S.;US;U.S.A.;America|American;U.S.;US|Washington|Verenigde Staten;VS;Amerika|Amerikaans|Washington|Vereinigte Staaten;USA;Amerika|amerikanisch;US|Washington|États-Unis;Etats-Unis;Amérique|américain|Washington
RU|Russia;Russian Federation|Russian|Moscow|Rusland;Russische Federatie|Russisch|Moskou|Russland;Russische Föderation|russisch|Moskau|Russie;Fédération de Russie|russe|Moscou
CN|China;People's Republic of China;PRC|Chinese|Beijing|China|Chinees|Peking|China;Volksrepublik China|chinesisch|Peking|Chine|chinois|Pékin
UA|Ukraine|Ukrainian|Kyiv|Oekraïne|Oekraïens|Kyiv|Ukraine|ukrainisch|Kiew|Ukraine|ukrainien|Kiev
GB|United Kingdom;Britain;Great Britain;UK|British;Scottish;Welsh|London|Verenigd Koninkrijk;Groot-Brittannië;Engeland;VK|Brits;Schots|Londen|Vereinigtes Königreich;Großbritannien|britisch;schottisch;walisisch|London|Royaume-Uni;Grande-Bretagne|britannique;écossais;gallois|Londres
FR|France|French|Paris|Frankrijk|Frans|Parijs|Frankreich|französisch|Paris|France|français|Paris
DE|Germany|German;Bavarian|Berlin|Duitsland|Duits;Beiers|Berlijn|Deutschland|deutsch;bayerisch;sächsisch;baden-württembergisch;hessisch;niedersächsisch;rheinland-pfälzisch;nordrhein-westfälisch;thüringisch;brandenburgisch;saarländisch;schleswig-holsteinisch;sachsen-anhaltisch|Berlin|Allemagne|allemand;bavarois|Berlin
NL|Netherlands;the Netherlands;Holland|Dutch|Amsterdam|Nederland|Nederlands|Amsterdam|Niederlande|niederländisch|Amsterdam|Pays-Bas|néerlandais|Amsterdam
BE|Belgium|Belgian|Brussels|België|Belgisch|Brussel|Belgien|belgisch|Brüssel|Belgique|belge|Bruxelles
IT|Italy|Italian|Rome|Italië|Italiaans|Rome|Italien|italienisch|Rom|Italie|italien|Rome
ES|Spain|Spanish;Catalan|Madrid|Spanje|Spaans;Catalaans|Madrid|Spanien|spanisch;katalanisch|Madrid|Espagne|espagnol;catalan|Madrid
PL|Poland|Polish|Warsaw|Polen|Pools|Warschau|Polen|polnisch|Warschau|Pologne|polonais|Varsovie
TR|Turkey;Türkiye;Turkiye|Turkish|Ankara|Turkije|Turks|Ankara|Türkei|türkisch|Ankara|Turquie|turc;turque|Ankara
IR|Iran|Iranian|Tehran|Iran|Iraans|Teheran|Iran|iranisch|Teheran|Iran|iranien|Téhéran
IL|Israel|Israeli|Jerusalem|Israël|Israëlisch|Jeruzalem|Israel|israelisch|Jerusalem|Israël|israélien|Jérusalem
PS|Palestine;State of Palestine|Palestinian|Ramallah|Palestina|Palestijns|Ramallah|Palästina|palästinensisch|Ramallah|Palestine|palestinien|Ramallah
EG|Egypt|Egyptian|Cairo|Egypte|Egyptisch|Caïro|Ägypten|ägyptisch|Kairo|Égypte|égyptien|Le Caire
SA|Saudi Arabia|Saudi|Riyadh|Saoedi-Arabië;Saudi-Arabië|Saoedisch;Saudisch;Saoedi-Arabisch|Riyad|Saudi-Arabien|saudisch|Riad|Arabie saoudite|saoudien|Riyad
AE|United Arab Emirates;UAE|Emirati|Abu Dhabi|Verenigde Arabische Emiraten|Emiraats|Abu Dhabi|Vereinigte Arabische Emirate|emiratisch|Abu Dhabi|Émirats arabes unis|émirien;émirati|Abou Dabi
QA|Qatar|Qatari|Doha|Qatar|Qatarees|Doha|Katar|katarisch|Doha|Qatar|qatarien;qatari|Doha
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
KR|South Korea;Republic of Korea|South Korean|Seoul|Zuid-Korea;Republiek Korea|Zuid-Koreaans;Zuidkoreaans|Seoel|Südkorea;Republik Korea|südkoreanisch|Seoul|Corée du Sud;République de Corée|sud-coréen|Séoul
KP|North Korea;DPRK|North Korean|Pyongyang|Noord-Korea|Noord-Koreaans;Noordkoreaans|Pyongyang|Nordkorea|nordkoreanisch|Pjöngjang|Corée du Nord;République populaire démocratique de Corée|nord-coréen|Pyongyang
CA|Canada|Canadian|Ottawa|Canada|Canadees|Ottawa|Kanada|kanadisch|Ottawa|Canada|canadien;québécois|Ottawa
MX|Mexico|Mexican|Mexico City|Mexico|Mexicaans|Mexico-Stad|Mexiko|mexikanisch|Mexiko-Stadt|Mexique|mexicain|Mexico
BR|Brazil|Brazilian|Brasília|Brazilië|Braziliaans|Brasilia|Brasilien|brasilianisch|Brasília|Brésil|brésilien|Brasilia
VE|Venezuela|Venezuelan|Caracas|Venezuela|Venezolaans|Caracas|Venezuela|venezolanisch|Caracas|Venezuela;Vénézuela|vénézuélien|Caracas
CH|Switzerland|Swiss|Bern|Zwitserland|Zwitsers|Bern|Schweiz|schweizerisch|Bern|Suisse|suisse|Berne
AT|Austria|Austrian|Vienna|Oostenrijk|Oostenrijks|Wenen|Österreich|österreichisch;steirisch;oberösterreichisch;niederösterreichisch;burgenländisch|Wien|Autriche|autrichien|Vienne
BY|Belarus|Belarusian|Minsk|Wit-Rusland;Belarus|Wit-Russisch;Belarussisch|Minsk|Belarus;Weißrussland|belarussisch;weißrussisch|Minsk|Biélorussie;Bélarus|biélorusse|Minsk
GE|Georgia|Georgian|Tbilisi|Georgië|Georgisch|Tbilisi|Georgien|georgisch|Tiflis|Géorgie|géorgien|Tbilissi
AM|Armenia|Armenian|Yerevan|Armenië|Armeens|Jerevan|Armenien|armenisch|Eriwan|Arménie|arménien|Erevan
AZ|Azerbaijan|Azerbaijani|Baku|Azerbeidzjan|Azerbeidzjaans|Bakoe|Aserbaidschan|aserbaidschanisch|Baku|Azerbaïdjan|azerbaïdjanais|Bakou
KZ|Kazakhstan|Kazakh|Astana|Kazachstan|Kazachs|Astana|Kasachstan|kasachisch|Astana|Kazakhstan|kazakh|Astana
RS|Serbia|Serbian|Belgrade|Servië|Servisch|Belgrado|Serbien|serbisch|Belgrad|Serbie|serbe|Belgrade
XK|Kosovo|Kosovar|Pristina|Kosovo|Kosovaars|Pristina|Kosovo|kosovarisch|Pristina|Kosovo|kosovar|Pristina
HU|Hungary|Hungarian|Budapest|Hongarije|Hongaars|Boedapest|Ungarn|ungarisch|Budapest|Hongrie|hongrois|Budapest
GR|Greece|Greek|Athens|Griekenland|Grieks|Athene|Griechenland|griechisch|Athen|Grèce|grec;grecque|Athènes
CY|Cyprus|Cypriot|Nicosia|Cyprus|Cypriotisch|Nicosia|Zypern|zypriotisch|Nikosia|Chypre|chypriote|Nicosie
NO|Norway|Norwegian|Oslo|Noorwegen|Noors|Oslo|Norwegen|norwegisch|Oslo|Norvège|norvégien|Oslo
SE|Sweden|Swedish|Stockholm|Zweden|Zweeds|Stockholm|Schweden|schwedisch|Stockholm|Suède|suédois|Stockholm
FI|Finland|Finnish|Helsinki|Finland|Fins|Helsinki|Finnland|finnisch|Helsinki|Finlande|finlandais|Helsinki
DK|Denmark|Danish|Copenhagen|Denemarken|Deens|Kopenhagen|Dänemark|dänisch|Kopenhagen|Danemark|danois|Copenhague
VA|Holy See;Vatican|Vatican|Vatican City|Heilige Stoel;Vaticaan|Vaticaans|Vaticaanstad|Heiliger Stuhl;Vatikan|vatikanisch|Vatikanstadt|Saint-Siège;Vatican|vatican|Vatican
EU|European Union;EU|European|Brussels|Europese Unie;EU|Europees|Brussel|Europäische Union;EU|europäisch|Brüssel|Union européenne;UE|européen|Bruxelles
SU|Soviet Union;USSR;U.S.S.R.|Soviet|Moscow|Sovjet-Unie;Sovjetunie;USSR|Sovjet;Sovjet-Russisch;Sowjet-Russisch|Moskou|Sowjetunion;Sowjet-Union;UdSSR|sowjetisch|Moskau|Union soviétique;URSS|soviétique|Moscou
CS|Czechoslovakia;CSSR|Czechoslovak;Czechoslovakian||Tsjecho-Slowakije;Tsjechoslowakije|Tsjechoslowaaks;Tsjecho-Slowaaks||Tschechoslowakei;ČSSR;CSSR;ČSFR;CSFR|tschechoslowakisch||Tchécoslovaquie|tchécoslovaque|
DD|East Germany;German Democratic Republic;GDR|East German|East Berlin|Oost-Duitsland;DDR|Oost-Duits|Oost-Berlijn|DDR;Deutsche Demokratische Republik|ostdeutsch|Ost-Berlin|RDA;Allemagne de l'Est|est-allemand|Berlin-Est
DZ|Algeria|Algerian|Algiers|Algerije|Algerijns|Algiers|Algerien|algerisch|Algier|Algérie|algérien|Alger
MA|Morocco|Moroccan|Rabat|Marokko|Marokkaans|Rabat|Marokko|marokkanisch|Rabat|Maroc|marocain|Rabat
LY|Libya|Libyan|Tripoli|Libië|Libisch|Tripoli|Libyen|libysch|Tripolis|Libye|libyen|Tripoli
TN|Tunisia|Tunisian|Tunis|Tunesië|Tunesisch|Tunis|Tunesien|tunesisch|Tunis|Tunisie|tunisien|Tunis
SD|Sudan|Sudanese|Khartoum|Soedan|Soedanees|Khartoem|Sudan|sudanesisch|Khartum|Soudan|soudanais|Khartoum
ET|Ethiopia|Ethiopian|Addis Ababa|Ethiopië|Ethiopisch|Addis Abeba|Äthiopien|äthiopisch|Addis Abeba|Éthiopie|éthiopien|Addis-Abeba
ZA|South Africa|South African|Pretoria|Zuid-Afrika|Zuid-Afrikaans|Pretoria|Südafrika|südafrikanisch|Pretoria|Afrique du Sud|sud-africain|Pretoria
NG|Nigeria|Nigerian|Abuja|Nigeria|Nigeriaans|Abuja|Nigeria|nigerianisch|Abuja|Nigeria;Nigéria|nigérian|Abuja
KE|Kenya|Kenyan|Nairobi|Kenia|Keniaans|Nairobi|Kenia|kenianisch|Nairobi|Kenya|kényan|Nairobi
VN|Vietnam;Viet Nam;North Vietnam;South Vietnam|Vietnamese;North Vietnamese;South Vietnamese|Hanoi|Vietnam;Noord-Vietnam;Zuid-Vietnam|Vietnamees;Noord-Vietnamees;Zuid-Vietnamees|Hanoi|Vietnam;Nordvietnam;Südvietnam|vietnamesisch;nordvietnamesisch;südvietnamesisch|Hanoi|Viêt Nam;Vietnam;Viêt-nam;Viêt-Nam;Nord-Viêt-nam;Nord-Vietnam;Viêt-nam du Nord;Vietnam du Nord;Sud-Viêt-nam;Sud-Vietnam;Viêt-nam du Sud;Vietnam du Sud|vietnamien;nord-vietnamien;sud-vietnamien|Hanoï
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
AO|Angola|Angolan|Luanda|Angola|Angolees|Luanda|Angola|angolanisch|Luanda|Angola|angolais|Luanda
CD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa;Zaire|Congolese;Zairean;Zairian|Kinshasa|Democratische Republiek Congo;DR Congo;Congo-Kinshasa;Zaïre|Congolees;Zaïrees|Kinshasa|Demokratische Republik Kongo;DR Kongo;Zaire|kongolesisch;zairisch|Kinshasa|République démocratique du Congo;RD Congo;RDC;Congo-Kinshasa;Zaïre|congolais;zaïrois|Kinshasa
CG|Republic of the Congo;Congo-Brazzaville||Brazzaville|Republiek Congo;Congo-Brazzaville||Brazzaville|Republik Kongo;Kongo-Brazzaville||Brazzaville|République du Congo;Congo-Brazzaville||Brazzaville
RW|Rwanda|Rwandan|Kigali|Rwanda|Rwandees|Kigali|Ruanda|ruandisch|Kigali|Rwanda|rwandais|Kigali
UG|Uganda|Ugandan|Kampala|Oeganda|Oegandees|Kampala|Uganda|ugandisch|Kampala|Ouganda|ougandais|Kampala
TZ|Tanzania|Tanzanian|Dodoma|Tanzania|Tanzaniaans|Dodoma|Tansania|tansanisch|Dodoma|Tanzanie|tanzanien|Dodoma
GH|Ghana|Ghanaian|Accra|Ghana|Ghanees|Accra|Ghana|ghanaisch|Accra|Ghana|ghanéen|Accra
SN|Senegal|Senegalese|Dakar|Senegal|Senegalees|Dakar|Senegal|senegalesisch|Dakar|Sénégal|sénégalais|Dakar
CI|Ivory Coast;Côte d'Ivoire|Ivorian|Yamoussoukro|Ivoorkust|Ivoriaans|Yamoussoukro|Elfenbeinküste|ivorisch|Yamoussoukro|Côte d'Ivoire|ivoirien|Yamoussoukro
CM|Cameroon|Cameroonian|Yaoundé|Kameroen|Kameroens|Yaoundé|Kamerun|kamerunisch|Jaunde|Cameroun|camerounais|Yaoundé
ML|Mali|Malian|Bamako|Mali|Malinees|Bamako|Mali|malisch|Bamako|Mali|malien|Bamako
NE|Niger|Nigerien|Niamey|Niger|Nigerees|Niamey|Niger|nigrisch|Niamey|Niger|nigérien|Niamey
BF|Burkina Faso;Upper Volta|Burkinabe|Ouagadougou|Burkina Faso;Opper-Volta|Burkinees|Ouagadougou|Burkina Faso;Obervolta|burkinisch|Ouagadougou|Burkina Faso;Faso;Haute-Volta|burkinabé;burkinabè|Ouagadougou
TD|Chad|Chadian|N'Djamena|Tsjaad|Tsjadisch|N'Djamena|Tschad|tschadisch|N'Djamena|Tchad|tchadien|N'Djaména
SS|South Sudan|South Sudanese|Juba|Zuid-Soedan|Zuid-Soedanees|Juba|Südsudan|südsudanesisch|Juba|Soudan du Sud;Sud-Soudan;Sud Soudan|sud-soudanais|Djouba
ER|Eritrea|Eritrean|Asmara|Eritrea|Eritrees|Asmara|Eritrea|eritreisch|Asmara|Érythrée|érythréen|Asmara
SO|Somalia|Somali|Mogadishu|Somalië|Somalisch|Mogadishu|Somalia|somalisch|Mogadischu|Somalie|somalien|Mogadiscio
DJ|Djibouti|Djiboutian|Djibouti|Djibouti|Djiboutiaans|Djibouti|Dschibuti|dschibutisch|Dschibuti|Djibouti|djiboutien|Djibouti
MR|Mauritania|Mauritanian|Nouakchott|Mauritanië|Mauritaans|Nouakchott|Mauretanien|mauretanisch|Nouakchott|Mauritanie|mauritanien|Nouakchott
ZW|Zimbabwe|Zimbabwean|Harare|Zimbabwe|Zimbabwaans|Harare|Simbabwe|simbabwisch|Harare|Zimbabwe|zimbabwéen|Harare
ZM|Zambia|Zambian|Lusaka|Zambia|Zambiaans|Lusaka|Sambia|sambisch|Lusaka|Zambie|zambien|Lusaka
MZ|Mozambique|Mozambican|Maputo|Mozambique|Mozambikaans|Maputo|Mosambik|mosambikanisch|Maputo|Mozambique|mozambicain|Maputo
NA|Namibia|Namibian|Windhoek|Namibië|Namibisch|Windhoek|Namibia|namibisch|Windhuk|Namibie|namibien|Windhoek
BW|Botswana|Botswanan|Gaborone|Botswana|Botswaans|Gaborone|Botswana|botswanisch|Gaborone|Botswana|botswanais|Gaborone
MG|Madagascar|Malagasy|Antananarivo|Madagaskar|Malagassisch|Antananarivo|Madagaskar|madagassisch|Antananarivo|Madagascar|malgache|Antananarivo
UY|Uruguay|Uruguayan|Montevideo|Uruguay|Uruguayaans|Montevideo|Uruguay|uruguayisch|Montevideo|Uruguay|uruguayen|Montevideo
PY|Paraguay|Paraguayan|Asunción|Paraguay|Paraguayaans|Asunción|Paraguay|paraguayisch|Asunción|Paraguay|paraguayen|Asuncion
BO|Bolivia|Bolivian|La Paz|Bolivia|Boliviaans|La Paz|Bolivien|bolivianisch|La Paz|Bolivie|bolivien|La Paz
EC|Ecuador|Ecuadorian|Quito|Ecuador|Ecuadoraans|Quito|Ecuador|ecuadorianisch|Quito|Équateur|équatorien|Quito
PE|Peru|Peruvian|Lima|Peru|Peruaans|Lima|Peru|peruanisch|Lima|Pérou|péruvien|Lima
CL|Chile|Chilean|Santiago|Chili|Chileens|Santiago|Chile|chilenisch|Santiago de Chile|Chili|chilien|Santiago
PA|Panama|Panamanian|Panama City|Panama|Panamees|Panama-Stad|Panama|panamaisch|Panama-Stadt|Panama|panaméen|Panama
CR|Costa Rica|Costa Rican|San José|Costa Rica|Costa Ricaans|San José|Costa Rica|costa-ricanisch|San José|Costa Rica|costaricien|San José
GT|Guatemala|Guatemalan|Guatemala City|Guatemala|Guatemalteeks|Guatemala-Stad|Guatemala|guatemaltekisch|Guatemala-Stadt|Guatemala|guatémaltèque|Guatemala
HN|Honduras|Honduran|Tegucigalpa|Honduras|Hondurees|Tegucigalpa|Honduras|honduranisch|Tegucigalpa|Honduras|hondurien|Tegucigalpa
SV|El Salvador|Salvadoran|San Salvador|El Salvador|Salvadoraans|San Salvador|El Salvador|salvadorianisch|San Salvador|Salvador|salvadorien|San Salvador
NI|Nicaragua|Nicaraguan|Managua|Nicaragua|Nicaraguaans|Managua|Nicaragua|nicaraguanisch|Managua|Nicaragua|nicaraguayen|Managua
DO|Dominican Republic|Dominican|Santo Domingo|Dominicaanse Republiek|Dominicaans|Santo Domingo|Dominikanische Republik|dominikanisch|Santo Domingo|République dominicaine|dominicain|Saint-Domingue
HT|Haiti|Haitian|Port-au-Prince|Haïti|Haïtiaans|Port-au-Prince|Haiti|haitianisch|Port-au-Prince|Haïti|haïtien|Port-au-Prince
JM|Jamaica|Jamaican|Kingston|Jamaica|Jamaicaans|Kingston|Jamaika|jamaikanisch|Kingston|Jamaïque|jamaïcain|Kingston
BD|Bangladesh|Bangladeshi|Dhaka|Bangladesh|Bengaals|Dhaka|Bangladesch|bangladeschisch|Dhaka|Bangladesh|bangladais|Dacca
LK|Sri Lanka|Sri Lankan|Colombo|Sri Lanka|Sri Lankaans|Colombo|Sri Lanka|sri-lankisch|Colombo|Sri Lanka|sri-lankais|Colombo
NP|Nepal|Nepalese;Nepali|Kathmandu|Nepal|Nepalees|Kathmandu|Nepal|nepalesisch|Kathmandu|Népal|népalais|Katmandou
MM|Myanmar;Burma|Myanmar;Burmese|Naypyidaw|Myanmar|Myanmarees|Naypyidaw|Myanmar|myanmarisch|Naypyidaw|Birmanie;Myanmar|birman|Naypyidaw
KH|Cambodia|Cambodian|Phnom Penh|Cambodja|Cambodjaans|Phnom Penh|Kambodscha|kambodschanisch|Phnom Penh|Cambodge|cambodgien|Phnom Penh
LA|Laos|Laotian;Lao|Vientiane|Laos|Laotiaans|Vientiane|Laos|laotisch|Vientiane|Laos|laotien|Vientiane
MN|Mongolia|Mongolian|Ulaanbaatar|Mongolië|Mongools|Ulaanbaatar|Mongolei|mongolisch|Ulaanbaatar|Mongolie|mongol|Oulan-Bator
UZ|Uzbekistan|Uzbek|Tashkent|Oezbekistan|Oezbeeks|Tasjkent|Usbekistan|usbekisch|Taschkent|Ouzbékistan|ouzbek|Tachkent
KG|Kyrgyzstan|Kyrgyz|Bishkek|Kirgizië;Kirgizstan|Kirgizisch|Bisjkek|Kirgisistan|kirgisisch|Bischkek|Kirghizistan|kirghiz|Bichkek
TJ|Tajikistan|Tajik|Dushanbe|Tadzjikistan|Tadzjieks|Doesjanbe|Tadschikistan|tadschikisch|Duschanbe|Tadjikistan|tadjik|Douchanbé
TM|Turkmenistan|Turkmen|Ashgabat|Turkmenistan|Turkmeens|Asjchabad|Turkmenistan|turkmenisch|Aschgabat|Turkménistan|turkmène|Achgabat
AL|Albania|Albanian|Tirana|Albanië|Albanees|Tirana|Albanien|albanisch|Tirana|Albanie|albanais|Tirana
MK|North Macedonia;Macedonia;Republic of Macedonia;FYROM|North Macedonian;Macedonian|Skopje|Noord-Macedonië;Macedonië|Noord-Macedonisch;Macedonisch|Skopje|Nordmazedonien;Mazedonien|nordmazedonisch;mazedonisch|Skopje|Macédoine du Nord;Macédoine|macédonien|Skopje
ME|Montenegro|Montenegrin|Podgorica|Montenegro|Montenegrijns|Podgorica|Montenegro|montenegrinisch|Podgorica|Monténégro|monténégrin|Podgorica
BA|Bosnia and Herzegovina;Bosnia|Bosnian|Sarajevo|Bosnië en Herzegovina;Bosnië-Herzegovina;Bosnië|Bosnisch|Sarajevo|Bosnien und Herzegowina;Bosnien-Herzegowina;Bosnien|bosnisch|Sarajevo|Bosnie-Herzégovine;Bosnie|bosnien|Sarajevo
HR|Croatia|Croatian|Zagreb|Kroatië|Kroatisch|Zagreb|Kroatien|kroatisch|Zagreb|Croatie|croate|Zagreb
SI|Slovenia|Slovenian;Slovene|Ljubljana|Slovenië|Sloveens|Ljubljana|Slowenien|slowenisch|Ljubljana|Slovénie|slovène|Ljubljana
SK|Slovakia|Slovak|Bratislava|Slowakije|Slowaaks|Bratislava|Slowakei|slowakisch|Bratislava|Slovaquie|slovaque|Bratislava
LU|Luxembourg|Luxembourgish|Luxembourg|Luxemburg|Luxemburgs|Luxemburg|Luxemburg|luxemburgisch;Luxemburger|Luxemburg|Luxembourg|luxembourgeois|Luxembourg
MT|Malta|Maltese|Valletta|Malta|Maltees|Valletta|Malta|maltesisch|Valletta|Malte|maltais|La Valette
IS|Iceland|Icelandic|Reykjavik|IJsland|IJslands|Reykjavik|Island|isländisch|Reykjavík|Islande|islandais|Reykjavik
TG|Togo|Togolese|Lomé|Togo|Togolees|Lomé|Togo|togoisch;togolesisch|Lomé|Togo|togolais|Lomé
BJ|Benin|Beninese|Porto-Novo|Benin|Benins|Porto-Novo|Benin|beninisch|Porto-Novo|Bénin|béninois|Porto-Novo
BI|Burundi|Burundian|Gitega|Burundi|Burundees|Gitega|Burundi|burundisch|Gitega|Burundi|burundais|Gitega
GA|Gabon|Gabonese|Libreville|Gabon|Gabonees|Libreville|Gabun|gabunisch|Libreville|Gabon|gabonais|Libreville
GN|Guinea|Guinean|Conakry|Guinee|Guinees|Conakry|Guinea|guineisch|Conakry|Guinée|guinéen|Conakry
GW|Guinea-Bissau|Bissau-Guinean|Bissau|Guinee-Bissau||Bissau|Guinea-Bissau||Bissau|Guinée-Bissau|bissau-guinéen|Bissau
GM|Gambia;the Gambia|Gambian|Banjul|Gambia|Gambiaans|Banjul|Gambia|gambisch|Banjul|Gambie|gambien|Banjul
LR|Liberia|Liberian|Monrovia|Liberia|Liberiaans|Monrovia|Liberia|liberianisch|Monrovia|Liberia;Libéria|libérien|Monrovia
SL|Sierra Leone|Sierra Leonean|Freetown|Sierra Leone|Sierra Leoons|Freetown|Sierra Leone|sierra-leonisch|Freetown|Sierra Leone|sierra-léonais|Freetown
CF|Central African Republic|Central African|Bangui|Centraal-Afrikaanse Republiek|Centraal-Afrikaans|Bangui|Zentralafrikanische Republik|zentralafrikanisch|Bangui|République centrafricaine;Centrafrique|centrafricain|Bangui
GQ|Equatorial Guinea|Equatorial Guinean|Malabo|Equatoriaal-Guinea|Equatoriaal-Guinees|Malabo|Äquatorialguinea|äquatorialguineisch|Malabo|Guinée équatoriale;Guinée Equatoriale|équato-guinéen|Malabo
CV|Cape Verde;Cabo Verde|Cape Verdean|Praia|Kaapverdië|Kaapverdisch|Praia|Kap Verde|kap-verdisch|Praia|Cap-Vert|cap-verdien|Praia
MW|Malawi|Malawian|Lilongwe|Malawi|Malawisch|Lilongwe|Malawi|malawisch|Lilongwe|Malawi|malawite|Lilongwe
MU|Mauritius|Mauritian|Port Louis|Mauritius|Mauritiaans|Port Louis|Mauritius|mauritisch|Port Louis|Maurice|mauricien|Port-Louis
KM|Comoros|Comorian|Moroni|Comoren|Comorees|Moroni|Komoren|komorisch|Moroni|Comores;Union des Comores|comorien|Moroni
LS|Lesotho|Basotho|Maseru|Lesotho|Lesothaans|Maseru|Lesotho|lesothisch|Maseru|Lesotho|lesothien|Maseru
SZ|Eswatini;Swaziland|Swazi|Mbabane|Eswatini;Swaziland|Swazisch|Mbabane|Eswatini;Swasiland|swasiländisch|Mbabane|Eswatini;Swaziland|swazi|Mbabane
BN|Brunei|Bruneian|Bandar Seri Begawan|Brunei|Bruneis|Bandar Seri Begawan|Brunei|bruneiisch|Bandar Seri Begawan|Brunei|brunéien|Bandar Seri Begawan
BT|Bhutan|Bhutanese|Thimphu|Bhutan|Bhutaans|Thimphu|Bhutan|bhutanisch|Thimphu|Bhoutan|bhoutanais|Thimphou
MV|Maldives|Maldivian|Malé|Maldiven|Maldivisch|Malé|Malediven|maledivisch|Malé|Maldives|maldivien|Malé
TL|East Timor;Timor-Leste|Timorese|Dili|Oost-Timor|Oost-Timorees|Dili|Osttimor;Timor-Leste|osttimoresisch|Dili|Timor oriental|timorais|Dili
PG|Papua New Guinea|Papua New Guinean|Port Moresby|Papoea-Nieuw-Guinea|Papoea-Nieuw-Guinees|Port Moresby|Papua-Neuguinea|papua-neuguineisch|Port Moresby|Papouasie-Nouvelle-Guinée|papouan-néo-guinéen|Port Moresby
FJ|Fiji|Fijian|Suva|Fiji|Fijisch|Suva|Fidschi|fidschianisch|Suva|Fidji|fidjien|Suva
GY|Guyana|Guyanese|Georgetown|Guyana|Guyaans;Guyanees|Georgetown|Guyana|guyanisch|Georgetown|Guyana|guyanien|Georgetown
SR|Suriname|Surinamese|Paramaribo|Suriname|Surinaams|Paramaribo|Suriname|surinamisch|Paramaribo|Suriname|surinamais|Paramaribo
BZ|Belize|Belizean|Belmopan|Belize|Belizaans|Belmopan|Belize|belizisch|Belmopan|Belize|bélizien|Belmopan
BS|Bahamas;the Bahamas|Bahamian|Nassau|Bahama's|Bahamaans|Nassau|Bahamas|bahamaisch|Nassau|Bahamas|bahaméen|Nassau
BB|Barbados|Barbadian|Bridgetown|Barbados|Barbadiaans|Bridgetown|Barbados|barbadisch|Bridgetown|Barbade|barbadien|Bridgetown
TT|Trinidad and Tobago|Trinidadian|Port of Spain|Trinidad en Tobago|Trinidadiaans|Port of Spain|Trinidad und Tobago|trinidadisch|Port of Spain|Trinité-et-Tobago|trinidadien|Port-d'Espagne
LI|Liechtenstein|Liechtenstein|Vaduz|Liechtenstein|Liechtensteins|Vaduz|Liechtenstein|liechtensteinisch;Liechtensteiner|Vaduz|Liechtenstein|liechtensteinois|Vaduz
MC|Monaco|Monegasque|Monaco|Monaco|Monegaskisch|Monaco|Monaco|monegassisch|Monaco|Monaco|monégasque|Monaco
AD|Andorra|Andorran|Andorra la Vella|Andorra|Andorrees|Andorra la Vella|Andorra|andorranisch|Andorra la Vella|Andorre|andorran|Andorre-la-Vieille
SM|San Marino|Sammarinese|San Marino|San Marino|San Marinees|San Marino|San Marino|san-marinesisch|San Marino|Saint-Marin|saint-marinais|Saint-Marin
VU|Vanuatu|Ni-Vanuatu|Port Vila|Vanuatu|Vanuatuaans|Port Vila|Vanuatu|vanuatuisch|Port Vila|Vanuatu|vanuatuan|Port-Vila
SB|Solomon Islands|Solomon Islander|Honiara|Salomonseilanden|Salomonees|Honiara|Salomonen|salomonisch|Honiara|Îles Salomon|salomonais|Honiara
WS|Samoa|Samoan|Apia|Samoa|Samoaans|Apia|Samoa|samoanisch|Apia|Samoa|samoan|Apia
TO|Tonga|Tongan|Nuku'alofa|Tonga|Tongaans|Nuku'alofa|Tonga|tongaisch|Nuku'alofa|Tonga|tongien|Nuku'alofa
AG|Antigua and Barbuda;Antigua|Antiguan|Saint John's|Antigua en Barbuda|Antiguaans|Saint John's|Antigua und Barbuda|antiguanisch|Saint John's|Antigua-et-Barbuda|antiguais|Saint John's
DM|Dominica;Commonwealth of Dominica||Roseau|Dominica;Gemenebest Dominica||Roseau|Dominica;Commonwealth Dominica||Roseau|Commonwealth de la Dominique||Roseau
FM|Micronesia;Federated States of Micronesia|Micronesian|Palikir|Micronesia;Micronesië;Federale Staten van Micronesia|Micronesisch|Palikir|Mikronesien;Föderierte Staaten von Mikronesien|mikronesisch|Palikir|Micronésie|micronésien|Palikir
GD|Grenada|Grenadian|St. George's|Grenada|Grenadiaans|St. George's|Grenada|grenadisch|St. George's|||St. George's
KI|Kiribati|I-Kiribati|Tarawa|Kiribati|Kiribatisch|Tarawa|Kiribati|kiribatisch|Tarawa|Kiribati|kiribatien|Tarawa
KN|Saint Kitts and Nevis;St Kitts and Nevis;St. Kitts and Nevis|Kittitian|Basseterre|Saint Kitts en Nevis;Saint Kitts and Nevis|Kittitiaans|Basseterre|St. Kitts und Nevis;Saint Kitts und Nevis|kittitisch|Basseterre|Saint-Christophe-et-Niévès;Saint-Kitts-et-Nevis|christophien|Basseterre
LC|Saint Lucia;St Lucia;St. Lucia|Saint Lucian|Castries|Saint Lucia;Sint-Lucia||Castries|St. Lucia;Saint Lucia|lucianisch|Castries|Sainte-Lucie|saint-lucien|Castries
MH|Marshall Islands|Marshallese|Majuro|Marshalleilanden|Marshallees|Majuro|Marshallinseln|marshallisch|Majuro|Îles Marshall|marshallais|Majuro
NR|Nauru|Nauruan|Yaren|Nauru|Nauruaans|Yaren|Nauru|nauruisch|Yaren|Nauru|nauruan|Yaren
PW|Palau|Palauan|Ngerulmud|Palau||Ngerulmud|Palau|palauisch|Ngerulmud|Palaos|palaosien|Ngerulmud
SC|Seychelles|Seychellois||Seychellen|Seychels||Seychellen|seychellisch||Seychelles|seychellois|
ST|São Tomé and Príncipe;Sao Tome and Principe|Santomean|São Tomé|Sao Tomé en Principe;São Tomé en Príncipe;Sao Tome en Principe|Santomees|São Tomé|São Tomé und Príncipe;Sao Tome und Principe|santomeisch|São Tomé|Sao Tomé-et-Principe;São Tomé-et-Príncipe;Sao Tome-et-Principe|santoméen|São Tomé
TV|Tuvalu|Tuvaluan|Funafuti|Tuvalu|Tuvaluaans|Funafuti|Tuvalu|tuvaluisch|Funafuti|Tuvalu|tuvaluan|Funafuti
VC|Saint Vincent and the Grenadines;St Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian|Kingstown|Saint Vincent en de Grenadines|Vincentiaans|Kingstown|St. Vincent und die Grenadinen|vincentisch|Kingstown|Saint-Vincent-et-les-Grenadines|vincentais|Kingstown
"""
