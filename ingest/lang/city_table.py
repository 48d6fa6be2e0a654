"""The city table that `build_countries.py` adds to `cities.json` beside the capitals.

One row a city: name | country code | exonyms in nl, de, fr, separated by ';'. Build time only:
the runtime reads the JSON.
"""

# ruff: noqa: E501  (the table's data rows are one a line)

# Places that are not capitals but where diplomacy happens, with exonyms in nl, de, fr.
CITIES = """
Almaty|KZ|Alma-Ata
Kano|NG|
Bukavu|CD|
Lubumbashi|CD|
Aleppo|SY|Alep
Mosul|IQ|Mossoul
Herat|AF|Hérat
Kandahar|AF|
Misrata|LY|Misurata
Port Sudan|SD|Port-Soudan
Aden|YE|
Nice|FR|Nizza
Cotonou|BJ|
Bujumbura|BI|
Yamoussoukro|CI|
Lagos|NG|
Cape Town|ZA|Kaapstad;Kapstadt;Le Cap
Johannesburg|ZA|
Mombasa|KE|
Istanbul|TR|Istanboel;İstanbul
Geneva|CH|Genève;Geneve;Genf
Genoa|IT|Genua;Gênes
New York|US|New York City
San Francisco|US|
Seattle|US|
Munich|DE|München;Munchen
Davos|CH|
Jeddah|SA|Jedda;Djedda;Dschidda;Djeddah;Djidda
Dubai|AE|Dubaï
Sochi|RU|Sotsji;Sotschi;Sotchi
Windsor|GB|
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
Ulaanbaatar|MN|Ulan Bator;Oulan-Bator
Antananarivo|MG|Tananarive
Sanaa|YE|Sana'a
San Cristóbal|VE|San Cristobal
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
Yekaterinburg|RU|Ekaterinbourg;Iekaterinbourg;Jekaterinburg;Jekaterinenburg
Novosibirsk|RU|Novossibirsk;Nowosibirsk
Kazan|RU|Kasan
Minsk|BY|
Aqaba|JO|Akaba
Doha|QA|
Abu Dhabi|AE|Abou Dabi
Pristina|XK|Priština;Prishtina
Tabriz|IR|Täbris;Tabris
Mashhad|IR|Masjhad;Maschhad;Machhad
Isfahan|IR|Esfahan;Ispahan
Erbil|IQ|Arbil
Basra|IQ|Bassora
Sfax|TN|
Oran|DZ|
Casablanca|MA|
Marrakesh|MA|Marrakech;Marrakesch
Tangier|MA|Tanger
Benghazi|LY|Benghazi;Bengasi
Johannesburg|ZA|
Cape Town|ZA|Kaapstad;Kapstadt;Le Cap
Durban|ZA|
Lagos|NG|
Abidjan|CI|
Goma|CD|
Mombasa|KE|
Dar es Salaam|TZ|Daressalam
Ho Chi Minh City|VN|Ho Chi Minhstad;Ho-Chi-Minh-Stadt;Hô Chi Minh-Ville;Hô-Chi-Minh-Ville;Saigon;Saïgon
Guangzhou|CN|Kanton
Wuhan|CN|
Busan|KR|
Bali|ID|
Melbourne|AU|
Auckland|NZ|
Kolkata|IN|Calcutta
Chennai|IN|
Lahore|PK|
Yangon|MM|Rangoon
Izmir|TR|İzmir
Thessaloniki|GR|Saloniki;Thessalonique
Odesa|UA|Odessa
Kharkiv|UA|Charkiv;Charkow;Kharkov
Lviv|UA|Lemberg;Lvov
Kaliningrad|RU|
Krakow|PL|Krakau;Cracovie;Kraków
Gdansk|PL|Danzig;Gdańsk
Dresden|DE|Dresde
Leipzig|DE|
Stuttgart|DE|
Düsseldorf|DE|Dusseldorf
Hanover|DE|Hannover;Hanovre
Potsdam|DE|
Weimar|DE|
Utrecht|NL|
Maastricht|NL|
Ghent|BE|Gent;Gand
Liège|BE|Luik;Lüttich
Lyon|FR|Lyons
Marseille|FR|Marseilles
Toulouse|FR|
Bordeaux|FR|
Lille|FR|Rijsel
Basel|CH|Bazel;Bâle
Montreux|CH|
Lugano|CH|
Florence|IT|Florenz
Naples|IT|Napels;Neapel
Venice|IT|Venetië;Venedig;Venise
Turin|IT|Turijn;Turin
Rio de Janeiro|BR|
São Paulo|BR|Sao Paulo
Vancouver|CA|
Quebec City|CA|Québec
Boston|US|
Houston|US|
Honolulu|US|
Camp David|US|
Delhi|IN|
Bengaluru|IN|Bangalore
Ahmedabad|IN|
Shenzhen|CN|
Chongqing|CN|Tschungking
Chengdu|CN|
Changsha|CN|
Tianjin|CN|Tientsin
Hangzhou|CN|
Kaesong|KP|Kaesŏng
Panmunjom|KR|Panmunjeom
Atlanta|US|
Fribourg|CH|
Trier|DE|Trèves
Gomel|BY|Homel
Edinburgh|GB|Edimbourg;Édimbourg
"""
