"""Russian words the Russian layers read, from general knowledge of the language and its press (never from gold):
names of places and bodies with their knowledge-base name, seats of power, offices, group nouns and demonyms.

Keys are lemmas (lower case, as pymorphy3 gives them); a name of several words is its words' lemmas joined by a space.
"""

from __future__ import annotations

# Lemma(s) of a name → the knowledge base's English name of the place or body.
NAMES = {
    "россия": "Russia", "российский федерация": "Russia", "рф": "Russia", "украина": "Ukraine", "україна": "Ukraine",
    "сша": "United States", "соединённый штат": "United States", "соединить штат": "United States",
    "америка": "United States", "китай": "China", "кнр": "China", "белоруссия": "Belarus", "беларусь": "Belarus",
    "великобритания": "United Kingdom", "британия": "United Kingdom", "германия": "Germany", "франция": "France",
    "италия": "Italy", "польша": "Poland", "турция": "Turkey", "иран": "Iran", "израиль": "Israel",
    "сирия": "Syria", "индия": "India", "япония": "Japan", "казахстан": "Kazakhstan", "грузия": "Georgia",
    "армения": "Armenia", "азербайджан": "Azerbaijan", "молдавия": "Moldova", "молдова": "Moldova",
    "венгрия": "Hungary", "финляндия": "Finland", "швеция": "Sweden", "эстония": "Estonia", "латвия": "Latvia",
    "литва": "Lithuania", "канада": "Canada", "северный корея": "North Korea", "кндр": "North Korea",
    "южный корея": "South Korea", "саудовский аравия": "Saudi Arabia", "катар": "Qatar", "египет": "Egypt",
    "нато": "NATO", "ес": "European Union", "евросоюз": "European Union", "европейский союз": "European Union",
    "еврокомиссия": "European Commission", "европейский комиссия": "European Commission",
    "европарламент": "European Parliament", "оон": "United Nations", "совбез оон": "United Nations Security Council",
    "совет безопасность оон": "United Nations Security Council", "магатэ": "International Atomic Energy Agency",
    "мус": "International Criminal Court", "международный уголовный суд": "International Criminal Court",
    "обсе": "Organization for Security and Co-operation in Europe", "брикс": "BRICS",
    "шос": "Shanghai Cooperation Organisation",
    "одкб": "Collective Security Treaty Organization", "мвф": "International Monetary Fund",
    "всемирный банк": "World Bank", "воз": "World Health Organization", "g7": "G7", "g20": "G20",
    "фсб": "Federal Security Service", "свр": "Foreign Intelligence Service of Russia", "гру": "GRU",
    "сбу": "Security Service of Ukraine", "гур": "Main Directorate of Intelligence of Ukraine",
    "цру": "Central Intelligence Agency", "фбр": "Federal Bureau of Investigation", "росгвардия": "Rosgvardia",
    "минобороны": "Ministry of Defence of Russia", "минобороны россия": "Ministry of Defence of Russia",
    "министерство оборона россия": "Ministry of Defence of Russia",
    "мид россия": "Ministry of Foreign Affairs of Russia",
    "мид рф": "Ministry of Foreign Affairs of Russia", "мид украина": "Ministry of Foreign Affairs of Ukraine",
    "госдума": "State Duma", "государственный дума": "State Duma", "дума": "State Duma",
    "совет федерация": "Federation Council", "совфед": "Federation Council", "верховный рада": "Verkhovna Rada",
    "рада": "Verkhovna Rada", "конгресс": "United States Congress", "сенат сша": "United States Senate",
    "бундестаг": "Bundestag", "кнессет": "Knesset", "конституционный суд": "Constitutional Court of Russia",
    "центробанк": "Central Bank of Russia", "цб": "Central Bank of Russia", "банк россия": "Central Bank of Russia",
    "газпром": "Gazprom", "роснефть": "Rosneft", "нафтогаз": "Naftogaz", "хамас": "Hamas", "хезболлах": "Hezbollah",
    "чвк вагнер": "Wagner Group", "вагнер": "Wagner Group", "телеграм": "Telegram", "запад": "the West",
    "совбез россия": "Security Council of Russia", "совет безопасность россия": "Security Council of Russia",
    "госдеп": "United States Department of State", "госдепартамент": "United States Department of State",
    "пентагон": "United States Department of Defense",
}
NAMES.update({
    "монголия": "Mongolia", "сербия": "Serbia", "словакия": "Slovakia", "австрия": "Austria",
    "швейцария": "Switzerland", "нидерланды": "Netherlands", "бельгия": "Belgium", "испания": "Spain",
    "чехия": "Czech Republic", "румыния": "Romania", "болгария": "Bulgaria", "греция": "Greece", "норвегия": "Norway",
    "дания": "Denmark", "бразилия": "Brazil", "юар": "South Africa", "афганистан": "Afghanistan", "ирак": "Iraq",
    "ливан": "Lebanon", "вьетнам": "Vietnam", "индонезия": "Indonesia", "пакистан": "Pakistan",
    "узбекистан": "Uzbekistan", "киргизия": "Kyrgyzstan", "киргизстан": "Kyrgyzstan", "таджикистан": "Tajikistan",
    "туркмения": "Turkmenistan", "оаэ": "United Arab Emirates", "мексика": "Mexico", "куба": "Cuba",
    "венесуэла": "Venezuela", "австралия": "Australia", "иордания": "Jordan", "ливия": "Libya", "судан": "Sudan",
    "эфиопия": "Ethiopia", "нигерия": "Nigeria", "ирландия": "Ireland", "португалия": "Portugal",
    "хорватия": "Croatia", "черногория": "Montenegro", "албания": "Albania", "исландия": "Iceland",
    "словения": "Slovenia", "кипр": "Cyprus", "мальта": "Malta", "люксембург": "Luxembourg", "аргентина": "Argentina",
    "чили": "Chile", "колумбия": "Colombia", "перу": "Peru", "никарагуа": "Nicaragua", "мали": "Mali",
    "нигер": "Niger", "буркина-фасо": "Burkina Faso", "цар": "Central African Republic", "йемен": "Yemen",
    "оман": "Oman", "кувейт": "Kuwait", "бахрейн": "Bahrain", "таиланд": "Thailand", "малайзия": "Malaysia",
    "филиппины": "Philippines", "мьянма": "Myanmar", "бангладеш": "Bangladesh", "шри-ланка": "Sri Lanka",
    "непал": "Nepal", "тайвань": "Taiwan", "новый зеландия": "New Zealand", "крым": "Crimea",
    "сектор газа": "Gaza Strip", "газа": "Gaza Strip", "палестина": "Palestine", "абхазия": "Abkhazia",
    "южный осетия": "South Ossetia", "приднестровье": "Transnistria",
})
NAMES.update({
    "всу": "Armed Forces of Ukraine", "вооружённый сила украина": "Armed Forces of Ukraine",
    "вооруженный сила украина": "Armed Forces of Ukraine", "вс рф": "Russian Armed Forces",
    "вооружённый сила россия": "Russian Armed Forces", "вооруженный сила россия": "Russian Armed Forces",
    "вооружённый сила рф": "Russian Armed Forces", "вооруженный сила рф": "Russian Armed Forces",
    "совет европа": "Council of Europe", "еспч": "European Court of Human Rights",
    "европейский совет": "European Council", "евросовет": "European Council",
    "совет ес": "Council of the European Union", "мккк": "International Committee of the Red Cross",
    "опек": "OPEC", "вто": "World Trade Organization", "лига арабский государство": "Arab League",
    "африканский союз": "African Union", "генассамблея оон": "United Nations General Assembly",
    "генеральный ассамблея оон": "United Nations General Assembly", "юнисеф": "UNICEF", "увкб оон": "UNHCR",
    "международный суд оон": "International Court of Justice", "демократический партия": "Democratic Party",
    "республиканский партия": "Republican Party", "конгресс сша": "United States Congress",
    "палата представитель": "United States House of Representatives", "верховный суд сша":
    "Supreme Court of the United States", "фрс": "Federal Reserve", "моссад": "Mossad", "шабак": "Shin Bet",
    "хезболла": "Hezbollah", "твиттер": "Twitter", "фейсбук": "Facebook", "ютуб": "YouTube", "гугл": "Google",
    "инстаграм": "Instagram", "тикток": "TikTok",
})
NAMES.update({  # ministries named with their country (the longest name matches first)
    "минобороны украина": "Ministry of Defence of Ukraine",
    "министерство оборона украина": "Ministry of Defence of Ukraine",
    "минобороны рф": "Ministry of Defence of Russia", "министерство оборона рф": "Ministry of Defence of Russia",
    "министерство иностранный дело россия": "Ministry of Foreign Affairs of Russia",
    "министерство иностранный дело рф": "Ministry of Foreign Affairs of Russia",
    "министерство иностранный дело украина": "Ministry of Foreign Affairs of Ukraine",
    "минобороны великобритания": "Ministry of Defence (United Kingdom)",
    "министерство оборона сша": "United States Department of Defense",
    "минобороны сша": "United States Department of Defense",
})
NAMES.update({  # the knowledge base's regions
    "донбасс": "Donbas", "запорожский область": "Zaporizhzhia region", "херсонский область": "Kherson region",
    "курский область": "Kursk region", "западный берег": "West Bank", "западный берег река иордан": "West Bank",
    "восточный иерусалим": "East Jerusalem", "голанский высота": "Golan Heights", "дарфур": "Darfur",
    "нахичевань": "Nakhchivan", "кашмир": "Kashmir", "северный кипр": "Northern Cyprus", "сомалиленд": "Somaliland",
    "западный сахара": "Western Sahara", "иракский курдистан": "Iraqi Kurdistan", "тыграй": "Tigray",
    "тиграй": "Tigray", "синьцзян": "Xinjiang", "тибет": "Tibet", "синай": "Sinai",
})
# Places a natasha LOC names whose English name differs from the transliteration: lemma → the gazetteer's name.
PLACES = {"женева": "Geneva", "вена": "Vienna", "рим": "Rome", "прага": "Prague", "стокгольм": "Stockholm",
          "хельсинки": "Helsinki", "нью-йорк": "New York", "мюнхен": "Munich", "каир": "Cairo", "эр-рияд": "Riyadh",
          "дамаск": "Damascus", "бейрут": "Beirut", "харьков": "Kharkiv", "одесса": "Odesa", "днепр": "Dnipro",
          "львов": "Lviv", "херсон": "Kherson", "запорожье": "Zaporizhzhia", "мариуполь": "Mariupol",
          "донецк": "Donetsk", "луганск": "Luhansk", "бахмут": "Bakhmut", "авдеевка": "Avdiivka", "курск": "Kursk",
          "белгород": "Belgorod", "севастополь": "Sevastopol", "санкт-петербург": "Saint Petersburg",
          "петербург": "Saint Petersburg", "улан-батор": "Ulaanbaatar", "стамбул": "Istanbul", "сочи": "Sochi",
          "казань": "Kazan", "калининград": "Kaliningrad", "владивосток": "Vladivostok",
          "гаага": "The Hague", "страсбург": "Strasbourg", "иерусалим": "Jerusalem", "тель-авив": "Tel Aviv",
          "джидда": "Jeddah", "абу-даби": "Abu Dhabi", "дубай": "Dubai", "доха": "Doha", "нью-дели": "New Delhi",
          "дели": "New Delhi", "сеул": "Seoul", "гавана": "Havana", "каракас": "Caracas", "бразилиа": "Brasilia",
          "астана": "Astana", "ташкент": "Tashkent", "бишкек": "Bishkek", "душанбе": "Dushanbe", "рига": "Riga",
          "вильнюс": "Vilnius", "таллин": "Tallinn", "бухарест": "Bucharest", "братислава": "Bratislava",
          "белград": "Belgrade", "афины": "Athens", "мадрид": "Madrid", "лиссабон": "Lisbon", "осло": "Oslo",
          "копенгаген": "Copenhagen", "амстердам": "Amsterdam", "варшава": "Warsaw", "вашингтон": "Washington"}
# Capitals and seats of power: lemma → the country whose government they stand for when they act ("Кремль заявил"),
# and whose place they are after a preposition ("в Москве").
SEATS = {"кремль": "RUS", "москва": "RUS", "киев": "UKR", "київ": "UKR", "банковая": "UKR", "вашингтон": "USA",
         "белый дом": "USA", "пекин": "CHN", "минск": "BLR", "лондон": "GBR", "даунинг-стрит": "GBR",
         "берлин": "DEU", "париж": "FRA", "елисейский дворец": "FRA", "варшава": "POL", "анкара": "TUR",
         "тегеран": "IRN", "токио": "JPN", "пхеньян": "PRK", "тбилиси": "GEO", "ереван": "ARM", "баку": "AZE",
         "кишинёв": "MDA", "кишинев": "MDA", "будапешт": "HUN", "брюссель": "EU"}
# The seats that are a place, not a building: only these are a place after a preposition.
BUILDINGS = {"кремль", "белый дом", "банковая", "даунинг-стрит", "елисейский дворец"}
# Prepositions that make a place of a seat of power: "в Москве", "из Киева", "на Банковой".
LOCATIVE_PREPS = {"в", "во", "на", "из", "изо", "к", "ко", "до", "через", "у", "под", "около", "возле", "по", "от",
                  "над", "за", "между", "близ", "вокруг"}
# Demonym adjectives (lemma) → country code: "российский министр", "украинские военные".
DEMONYMS = {"российский": "RUS", "русский": "RUS", "украинский": "UKR", "американский": "USA", "китайский": "CHN",
            "белорусский": "BLR", "британский": "GBR", "немецкий": "DEU", "германский": "DEU",
            "французский": "FRA", "польский": "POL", "турецкий": "TUR", "иранский": "IRN", "израильский": "ISR",
            "сирийский": "SYR", "японский": "JPN", "грузинский": "GEO", "армянский": "ARM",
            "азербайджанский": "AZE", "венгерский": "HUN", "казахстанский": "KAZ", "европейский": "EUR",
            "северокорейский": "PRK", "кремлёвский": "RUS", "кремлевский": "RUS"}
# Offices (lemmas of the title's words) → (role kind, PLOVER sector), the roles of kb/data/role_titles.tsv.
OFFICES = {
    ("президент",): ("head_of_state", "GOV"), ("глава", "государство"): ("head_of_state", "GOV"),
    ("премьер-министр",): ("head_of_government", "GOV"), ("премьер",): ("head_of_government", "GOV"),
    ("председатель", "правительство"): ("head_of_government", "GOV"), ("канцлер",): ("head_of_government", "GOV"),
    ("министр", "иностранный", "дело"): ("foreign_minister", "GOV"), ("глава", "мид"): ("foreign_minister", "GOV"),
    ("госсекретарь",): ("foreign_minister", "GOV"), ("министр", "оборона"): ("defence_minister", "GOV"),
    ("глава", "минобороны"): ("defence_minister", "GOV"),
    ("министр", "внутренний", "дело"): ("interior_minister", "GOV"),
    ("глава", "мвд"): ("interior_minister", "GOV"), ("секретарь", "совбез"): ("security_chief", "GOV"),
    ("секретарь", "совет", "безопасность"): ("security_chief", "GOV"), ("директор", "фсб"): ("security_chief", "SPY"),
    ("начальник", "генштаб"): ("military_chief", "MIL"),
    ("начальник", "генеральный", "штаб"): ("military_chief", "MIL"),
    ("пресс-секретарь",): ("official", "GOV"), ("официальный", "представитель"): ("official", "GOV"),
    ("представитель",): ("official", "GOV"), ("вице-премьер",): ("official", "GOV"),
    ("вице-президент",): ("official", "GOV"), ("министр",): ("official", "GOV"), ("посол",): ("official", "GOV"),
    ("советник",): ("official", "GOV"), ("помощник",): ("official", "GOV"), ("губернатор",): ("official", "GOV"),
    ("мэр",): ("official", "GOV"), ("спикер",): ("leader", "LEG"), ("председатель",): ("leader", "GOV"),
    ("глава",): ("leader", "GOV"), ("лидер",): ("leader", "GOV"), ("генсек",): ("leader", "GOV"),
    ("генеральный", "секретарь"): ("leader", "GOV"), ("депутат",): ("member", "LEG"), ("сенатор",): ("member", "LEG"),
    ("судья",): ("official", "JUD"), ("прокурор",): ("official", "JUD"), ("генерал",): ("official", "MIL"),
    ("командующий",): ("leader", "MIL"), ("директор",): ("leader", "GOV"),
}
OFFICE_WORDS = {word for title in OFFICES for word in title}
# Group nouns (lemma) → PLOVER sector: "российские власти", "украинские военные".
GROUP_NOUNS = {"власть": "GOV", "правительство": "GOV", "чиновник": "GOV", "официальный": "GOV", "дипломат": "GOV",
               "военный": "MIL", "армия": "MIL", "войско": "MIL", "военнослужащий": "MIL", "солдат": "MIL",
               "силовик": "COP", "полиция": "COP", "спецслужба": "SPY", "разведка": "SPY", "парламент": "LEG",
               "депутат": "LEG", "оппозиция": "OPP", "мирный житель": "CVL", "житель": "CVL", "журналист": "JRN",
               "сми": "JRN", "беженец": "REF", "бизнес": "BUS", "компания": "BUS", "суд": "JUD"}
# Government words that, with a demonym, name that government itself ("российские власти" → Government of Russia).
GOVERNMENT_NOUNS = {"власть", "правительство", "руководство"}
# Ukrainian word forms → the Russian lemma the layers read, so that a Ukrainian text's names, seats of power, offices
# and demonyms are found by the same tables (general knowledge of Ukrainian: the case forms of the common names,
# the offices' words). Only forms that are not also Russian words with another sense.
UKRAINIAN_LEMMAS = {
    **dict.fromkeys(("україна", "україни", "україні", "україну", "україною"), "украина"),
    **dict.fromkeys(("росія", "росії", "росію", "росією"), "россия"),
    **dict.fromkeys(("київ", "києва", "києві", "києву", "києвом"), "київ"),
    **dict.fromkeys(("москви", "москві", "москвою"), "москва"),
    **dict.fromkeys(("кремлі", "кремлем"), "кремль"),
    **dict.fromkeys(("вашингтоні", "вашингтоном"), "вашингтон"),
    **dict.fromkeys(("польща", "польщі", "польщу", "польщею"), "польша"),
    **dict.fromkeys(("німеччина", "німеччини", "німеччині", "німеччину"), "германия"),
    **dict.fromkeys(("франція", "франції", "францію"), "франция"),
    **dict.fromkeys(("білорусь", "білорусі"), "беларусь"),
    **dict.fromkeys(("китаю", "китаєм"), "китай"),
    **dict.fromkeys(("британія", "британії", "великобританія", "великобританії"), "великобритания"),
    **dict.fromkeys(("туреччина", "туреччини", "туреччині"), "турция"),
    **dict.fromkeys(("угорщина", "угорщини", "угорщині"), "венгрия"),
    **dict.fromkeys(("євросоюз", "євросоюзу", "євросоюзі"), "евросоюз"), "єс": "ес",
    **dict.fromkeys(("президента", "президентові", "президентом"), "президент"),
    **dict.fromkeys(("міністр", "міністра", "міністром", "міністрові"), "министр"),
    **dict.fromkeys(("прем'єр-міністр", "прем'єр-міністра", "прем’єр-міністр", "прем’єр-міністра"), "премьер-министр"),
    **dict.fromkeys(("закордонних",), "иностранный"), **dict.fromkeys(("справ",), "дело"),
    **dict.fromkeys(("оборони",), "оборона"), **dict.fromkeys(("речник", "речника", "речниця"), "представитель"),
    **dict.fromkeys(("генеральний", "генерального"), "генеральный"),
    **dict.fromkeys(("секретар", "секретаря"), "секретарь"),
    **dict.fromkeys(("український", "українська", "українські", "українського", "української", "українських"),
                    "украинский"),
    **dict.fromkeys(("російський", "російська", "російські", "російського", "російської", "російських"),
                    "российский"),
    **dict.fromkeys(("американський", "американська", "американські", "американського"), "американский"),
    **dict.fromkeys(("військові", "військових"), "военный"), **dict.fromkeys(("влада", "влади"), "власть"),
}
