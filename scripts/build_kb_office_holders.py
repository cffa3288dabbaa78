#!/usr/bin/env python3
"""Build ``politika/kb/data/office_holders_2025.jsonl``: heads of state and government of UN members (and Taiwan)
that the curated ``people.jsonl`` does not cover, as of late 2025.

Written for politika from public facts (our own knowledge, checked against no eval set); where a change in 2025
could not be confirmed the office is left out rather than guessed (Bolivia, Czechia's and Lithuania's prime
ministers, Madagascar, Malawi, Nepal, Peru, Switzerland's rotating presidency). A start given as a year or a month
is as precise as we are sure of. Refresh with ``politika kb import`` (docs/knowledge-base.md). The file loads after
``leaders_historical.jsonl``, so a leader both lists hold keeps the historical list's id.

    .venv/bin/python scripts/build_kb_office_holders.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "kb" / "data" / "office_holders_2025.jsonl"

# country, role (S head of state, G head of government, L leader), name, title, start[, end]
LEADERS = """
AFG|S|Hibatullah Akhundzada|Supreme Leader of Afghanistan|2021-08
AFG|G|Hasan Akhund|Prime Minister of Afghanistan|2021-09
ALB|S|Bajram Begaj|President of Albania|2022-07
ALB|G|Edi Rama|Prime Minister of Albania|2013-09
DZA|S|Abdelmadjid Tebboune|President of Algeria|2019-12
AGO|S|João Lourenço|President of Angola|2017-09
ARM|S|Vahagn Khachaturyan|President of Armenia|2022-03
ARM|G|Nikol Pashinyan|Prime Minister of Armenia|2018-05
AUT|S|Alexander Van der Bellen|President of Austria|2017-01
AUT|G|Christian Stocker|Chancellor of Austria|2025-03
AZE|S|Ilham Aliyev|President of Azerbaijan|2003-10
AZE|G|Ali Asadov|Prime Minister of Azerbaijan|2019-10
BHR|S|Hamad bin Isa Al Khalifa|King of Bahrain|1999-03
BHR|G|Salman bin Hamad Al Khalifa|Prime Minister of Bahrain|2020-11
BGD|S|Mohammed Shahabuddin|President of Bangladesh|2023-04
BGD|G|Muhammad Yunus|Chief Adviser of Bangladesh|2024-08
BEL|S|Philippe|King of the Belgians|2013-07
BEL|G|Bart De Wever|Prime Minister of Belgium|2025-02
BEN|S|Patrice Talon|President of Benin|2016-04
BWA|S|Duma Boko|President of Botswana|2024-11
BGR|S|Rumen Radev|President of Bulgaria|2017-01
BGR|G|Rosen Zhelyazkov|Prime Minister of Bulgaria|2025-01
BFA|S|Ibrahim Traoré|President of Burkina Faso|2022-09
BDI|S|Évariste Ndayishimiye|President of Burundi|2020-06
KHM|S|Norodom Sihamoni|King of Cambodia|2004-10
KHM|G|Hun Manet|Prime Minister of Cambodia|2023-08
CMR|S|Paul Biya|President of Cameroon|1982-11
CAF|S|Faustin-Archange Touadéra|President of the Central African Republic|2016-03
TCD|S|Mahamat Déby|President of Chad|2021-04
CHL|S|Gabriel Boric|President of Chile|2022-03
COL|S|Gustavo Petro|President of Colombia|2022-08
COD|S|Félix Tshisekedi|President of the Democratic Republic of the Congo|2019-01
COD|G|Judith Suminwa|Prime Minister of the Democratic Republic of the Congo|2024-06
COG|S|Denis Sassou Nguesso|President of the Republic of the Congo|1997-10
CRI|S|Rodrigo Chaves|President of Costa Rica|2022-05
CIV|S|Alassane Ouattara|President of Côte d'Ivoire|2010-12
HRV|S|Zoran Milanović|President of Croatia|2020-02
HRV|G|Andrej Plenković|Prime Minister of Croatia|2016-10
CUB|S|Miguel Díaz-Canel|President of Cuba|2018-04
CUB|G|Manuel Marrero Cruz|Prime Minister of Cuba|2019-12
CYP|S|Nikos Christodoulides|President of Cyprus|2023-02
CZE|S|Petr Pavel|President of Czechia|2023-03
DNK|S|Frederik X|King of Denmark|2024-01
DNK|G|Mette Frederiksen|Prime Minister of Denmark|2019-06
DJI|S|Ismaïl Omar Guelleh|President of Djibouti|1999-05
DOM|S|Luis Abinader|President of the Dominican Republic|2020-08
ECU|S|Daniel Noboa|President of Ecuador|2023-11
EGY|S|Abdel Fattah el-Sisi|President of Egypt|2014-06
EGY|G|Mostafa Madbouly|Prime Minister of Egypt|2018-06
SLV|S|Nayib Bukele|President of El Salvador|2019-06
ERI|S|Isaias Afwerki|President of Eritrea|1993-05
EST|S|Alar Karis|President of Estonia|2021-10
EST|G|Kristen Michal|Prime Minister of Estonia|2024-07
ETH|S|Taye Atske Selassie|President of Ethiopia|2024-10
ETH|G|Abiy Ahmed|Prime Minister of Ethiopia|2018-04
FIN|S|Alexander Stubb|President of Finland|2024-03
FIN|G|Petteri Orpo|Prime Minister of Finland|2023-06
GAB|S|Brice Oligui Nguema|President of Gabon|2023-08
GMB|S|Adama Barrow|President of the Gambia|2017-01
GEO|S|Mikheil Kavelashvili|President of Georgia|2024-12
GEO|G|Irakli Kobakhidze|Prime Minister of Georgia|2024-02
GHA|S|John Mahama|President of Ghana|2025-01
GRC|S|Konstantinos Tasoulas|President of Greece|2025-03
GRC|G|Kyriakos Mitsotakis|Prime Minister of Greece|2019-07
GTM|S|Bernardo Arévalo|President of Guatemala|2024-01
GIN|S|Mamadi Doumbouya|President of Guinea|2021-09
HTI|G|Alix Didier Fils-Aimé|Prime Minister of Haiti|2024-11
HND|S|Xiomara Castro|President of Honduras|2022-01
ISL|S|Halla Tómasdóttir|President of Iceland|2024-08
ISL|G|Kristrún Frostadóttir|Prime Minister of Iceland|2024-12
IRQ|S|Abdul Latif Rashid|President of Iraq|2022-10
IRQ|G|Mohammed Shia al-Sudani|Prime Minister of Iraq|2022-10
IRL|S|Michael D. Higgins|President of Ireland|2011-11|2025-11
IRL|G|Micheál Martin|Taoiseach|2025-01
JAM|G|Andrew Holness|Prime Minister of Jamaica|2016-03
JOR|S|Abdullah II|King of Jordan|1999-02
JOR|G|Jafar Hassan|Prime Minister of Jordan|2024-09
KAZ|S|Kassym-Jomart Tokayev|President of Kazakhstan|2019-03
KAZ|G|Olzhas Bektenov|Prime Minister of Kazakhstan|2024-02
KEN|S|William Ruto|President of Kenya|2022-09
KWT|S|Mishal Al-Ahmad Al-Jaber Al-Sabah|Emir of Kuwait|2023-12
KWT|G|Ahmad Abdullah Al-Ahmad Al-Sabah|Prime Minister of Kuwait|2024-05
KGZ|S|Sadyr Japarov|President of Kyrgyzstan|2021-01
LAO|S|Thongloun Sisoulith|President of Laos|2021-03
LAO|G|Sonexay Siphandone|Prime Minister of Laos|2022-12
LVA|S|Edgars Rinkēvičs|President of Latvia|2023-07
LVA|G|Evika Siliņa|Prime Minister of Latvia|2023-09
LBN|S|Joseph Aoun|President of Lebanon|2025-01
LBN|G|Nawaf Salam|Prime Minister of Lebanon|2025-02
LBY|S|Mohamed al-Menfi|Chairman of the Presidential Council of Libya|2021-03
LBY|G|Abdul Hamid Dbeibah|Prime Minister of Libya|2021-03
LTU|S|Gitanas Nausėda|President of Lithuania|2019-07
LUX|G|Luc Frieden|Prime Minister of Luxembourg|2023-11
MYS|S|Sultan Ibrahim|King of Malaysia|2024-01
MYS|G|Anwar Ibrahim|Prime Minister of Malaysia|2022-11
MLI|S|Assimi Goïta|President of Mali|2021-05
MLT|G|Robert Abela|Prime Minister of Malta|2020-01
MRT|S|Mohamed Ould Ghazouani|President of Mauritania|2019-08
MUS|G|Navin Ramgoolam|Prime Minister of Mauritius|2024-11
MNG|S|Ukhnaagiin Khürelsükh|President of Mongolia|2021-06
MNE|S|Jakov Milatović|President of Montenegro|2023-05
MNE|G|Milojko Spajić|Prime Minister of Montenegro|2023-10
MAR|S|Mohammed VI|King of Morocco|1999-07
MAR|G|Aziz Akhannouch|Prime Minister of Morocco|2021-10
MOZ|S|Daniel Chapo|President of Mozambique|2025-01
MMR|L|Min Aung Hlaing|Chairman of the State Administration Council of Myanmar|2021-02
NAM|S|Netumbo Nandi-Ndaitwah|President of Namibia|2025-03
NZL|G|Christopher Luxon|Prime Minister of New Zealand|2023-11
NIC|S|Daniel Ortega|President of Nicaragua|2007-01
NER|S|Abdourahamane Tiani|President of Niger|2023-07
NGA|S|Bola Tinubu|President of Nigeria|2023-05
MKD|S|Gordana Siljanovska-Davkova|President of North Macedonia|2024-05
MKD|G|Hristijan Mickoski|Prime Minister of North Macedonia|2024-06
NOR|S|Harald V|King of Norway|1991-01
NOR|G|Jonas Gahr Støre|Prime Minister of Norway|2021-10
OMN|S|Haitham bin Tariq|Sultan of Oman|2020-01
PAK|S|Asif Ali Zardari|President of Pakistan|2024-03
PAK|G|Shehbaz Sharif|Prime Minister of Pakistan|2024-03
PAN|S|José Raúl Mulino|President of Panama|2024-07
PNG|G|James Marape|Prime Minister of Papua New Guinea|2019-05
PRY|S|Santiago Peña|President of Paraguay|2023-08
PHL|S|Ferdinand Marcos Jr.|President of the Philippines|2022-06
PRT|S|Marcelo Rebelo de Sousa|President of Portugal|2016-03
PRT|G|Luís Montenegro|Prime Minister of Portugal|2024-04
QAT|S|Tamim bin Hamad Al Thani|Emir of Qatar|2013-06
QAT|G|Mohammed bin Abdulrahman Al Thani|Prime Minister of Qatar|2023-03
ROU|S|Nicușor Dan|President of Romania|2025-05
ROU|G|Ilie Bolojan|Prime Minister of Romania|2025-06
RWA|S|Paul Kagame|President of Rwanda|2000-03
SEN|S|Bassirou Diomaye Faye|President of Senegal|2024-04
SEN|G|Ousmane Sonko|Prime Minister of Senegal|2024-04
SRB|S|Aleksandar Vučić|President of Serbia|2017-05
SRB|G|Đuro Macut|Prime Minister of Serbia|2025-04
SGP|S|Tharman Shanmugaratnam|President of Singapore|2023-09
SGP|G|Lawrence Wong|Prime Minister of Singapore|2024-05
SVN|S|Nataša Pirc Musar|President of Slovenia|2022-12
SVN|G|Robert Golob|Prime Minister of Slovenia|2022-06
SOM|S|Hassan Sheikh Mohamud|President of Somalia|2022-05
SOM|G|Hamza Abdi Barre|Prime Minister of Somalia|2022-06
SSD|S|Salva Kiir Mayardit|President of South Sudan|2011-07
LKA|S|Anura Kumara Dissanayake|President of Sri Lanka|2024-09
LKA|G|Harini Amarasuriya|Prime Minister of Sri Lanka|2024-09
SDN|S|Abdel Fattah al-Burhan|Chairman of the Transitional Sovereignty Council of Sudan|2019-08
SWE|S|Carl XVI Gustaf|King of Sweden|1973-09
SWE|G|Ulf Kristersson|Prime Minister of Sweden|2022-10
TJK|S|Emomali Rahmon|President of Tajikistan|1992-11
TZA|S|Samia Suluhu Hassan|President of Tanzania|2021-03
THA|S|Vajiralongkorn|King of Thailand|2016-10
THA|G|Paetongtarn Shinawatra|Prime Minister of Thailand|2024-08|2025-08
THA|G|Anutin Charnvirakul|Prime Minister of Thailand|2025-09
TGO|S|Faure Gnassingbé|President of Togo|2005-05
TUN|S|Kais Saied|President of Tunisia|2019-10
TKM|S|Serdar Berdimuhamedow|President of Turkmenistan|2022-03
UGA|S|Yoweri Museveni|President of Uganda|1986-01
ARE|S|Mohamed bin Zayed Al Nahyan|President of the United Arab Emirates|2022-05
ARE|G|Mohammed bin Rashid Al Maktoum|Prime Minister of the United Arab Emirates|2006-01
URY|S|Yamandú Orsi|President of Uruguay|2025-03
UZB|S|Shavkat Mirziyoyev|President of Uzbekistan|2016-09
VEN|S|Nicolás Maduro|President of Venezuela|2013-04
VNM|L|Tô Lâm|General Secretary of the Communist Party of Vietnam|2024-08
VNM|S|Lương Cường|President of Vietnam|2024-10
VNM|G|Phạm Minh Chính|Prime Minister of Vietnam|2021-04
YEM|S|Rashad al-Alimi|Chairman of the Presidential Leadership Council of Yemen|2022-04
ZMB|S|Hakainde Hichilema|President of Zambia|2021-08
ZWE|S|Emmerson Mnangagwa|President of Zimbabwe|2017-11
TWN|S|Lai Ching-te|President of Taiwan|2024-05
"""
ROLES = {"S": "head_of_state", "G": "head_of_government", "L": "leader"}


def _slug(name: str) -> str:
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def build() -> list[dict[str, object]]:
    people: dict[str, dict[str, object]] = {}
    for line in LEADERS.strip().splitlines():
        country, kind, name, title, start, *end = line.split("|")
        entity = people.setdefault(name, {"id": f"politika:{_slug(name)}", "name": name, "type": "PERSON",
                                          "kind": "person", "country": country, "sector": "GOV", "roles": []})
        roles = entity["roles"]
        assert isinstance(roles, list)
        roles.append(f"{title}|{ROLES[kind]}|{country}|GOV|{start}|{end[0] if end else ''}")
    return list(people.values())


def main() -> None:
    people = build()
    with OUT.open("w", encoding="utf-8") as out:
        for entity in people:
            out.write(json.dumps(entity, ensure_ascii=False) + "\n")
    print(f"{len(people)} people → {OUT}")


if __name__ == "__main__":
    main()
