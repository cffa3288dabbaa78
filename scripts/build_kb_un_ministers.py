#!/usr/bin/env python3
"""Build ``politika/kb/data/un_ministers.jsonl``: the foreign, defence and interior ministers (or the nearest
equivalent: home affairs, public security, justice where no interior ministry exists) of the UN member states
in office in 2024-2025, with the heads of state and government the other package files miss, dated.

Written for politika from public facts (the maintainer's knowledge of the world, 2026-12-03), not from an eval
set and not chosen by one: the list goes through all 193 members, and an office is filled wherever we were sure
of its holder; what we were not sure of (many defence and interior ministers of smaller states, changes late in
2025 we could not date) is left out rather than guessed — the script prints how many of the 965 offices (193 x
head of state, head of government, foreign, defence, interior) the knowledge base then fills. Offices that
``people.jsonl`` already dates (the G20 and the main conflict states) are not repeated. Starts are to the month
where we know it, else the year ("2019"); an end is given where the holder left in 2024-2025. Monarchs of the
Commonwealth realms other than the UK are left out (Charles III), and so are presidential systems' heads of
government where the president heads the government.

A person another package file already holds (same country, the same full name or agreeing given names) takes
that file's id (``adopt_known_ids``), so the roles merge on loading; a name that another file gives to a
person of another country ("Pedro Sánchez", Colombia's defence minister) is left out, so that the better-known
person keeps the name, and so is one whose surname alone names someone of another country today ("Risch" is
Senator Jim Risch, not Liechtenstein's Daniel Risch), or whose surname is other people's given name ("Téte
António": a lone "António" would be his).

    .venv/bin/python scripts/build_kb_un_ministers.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from build_kb_us_officials import adopt_known_ids, slug  # scripts/ is on the path of a script run from it

if TYPE_CHECKING:
    from politika.kb import KnowledgeBase

DATA = Path(__file__).resolve().parents[1] / "src" / "politika" / "kb" / "data"
OUT = DATA / "un_ministers.jsonl"

# country|role (S head of state, G head of government, F foreign, D defence, I interior)|name|start|end|aliases
# (";"-separated)|title (empty: the office's usual English title with the country's name)
OFFICES = """
AFG|F|Amir Khan Muttaqi|2021-09|||
AFG|D|Mohammad Yaqoob|2021-09||Mullah Yaqoob|
AFG|I|Sirajuddin Haqqani|2021-09|||
ALB|F|Igli Hasani|2023-09|||
DZA|G|Nadir Larbaoui|2023-11|2025-08||Prime Minister of Algeria
DZA|F|Ahmed Attaf|2023-03|||
AND|G|Xavier Espot Zamora|2019-05||Xavier Espot|Head of Government of Andorra
AGO|F|Téte António|2020-03|||
ARM|F|Ararat Mirzoyan|2021-08|||
ARM|D|Suren Papikyan|2021-11|||
AUT|G|Karl Nehammer|2021-12|2025-01||Chancellor of Austria
AUT|G|Alexander Schallenberg|2025-01|2025-03||Chancellor of Austria
AUT|F|Alexander Schallenberg|2019-06|2025-03||
AUT|F|Beate Meinl-Reisinger|2025-03|||
AUT|D|Klaudia Tanner|2020-01|||
AUT|I|Gerhard Karner|2021-12|||
AZE|F|Jeyhun Bayramov|2020-07|||
AZE|D|Zakir Hasanov|2013-10|||
AZE|I|Vilayat Eyvazov|2019-11|||
BHS|G|Philip Davis|2021-09||Philip Brave Davis|Prime Minister of the Bahamas
BHS|F|Fred Mitchell|2021-09|||
BHR|F|Abdullatif bin Rashid Al Zayani|2020-02||Abdullatif Al Zayani|
BHR|I|Rashid bin Abdullah Al Khalifa|2004|||
BGD|G|Sheikh Hasina|2009-01|2024-08|Sheikh Hasina Wazed|Prime Minister of Bangladesh
BGD|F|Hasan Mahmud|2024-01|2024-08||
BGD|F|Touhid Hossain|2024-08|||Foreign Affairs Adviser of Bangladesh
BGD|I|Asaduzzaman Khan|2014|2024-08|Asaduzzaman Khan Kamal|Minister of Home Affairs of Bangladesh
BRB|G|Mia Mottley|2018-05||Mia Amor Mottley|Prime Minister of Barbados
BLR|F|Sergei Aleinik|2022-08|2024-04||
BLR|F|Maxim Ryzhenkov|2024-04|||
BLR|D|Viktor Khrenin|2021-01|||
BLR|I|Ivan Kubrakov|2019-12|||
BEL|G|Alexander De Croo|2020-10|2025-02||Prime Minister of Belgium
BEL|F|Hadja Lahbib|2022-07|2024-12||
BEL|F|Maxime Prévot|2025-02|||
BEL|D|Ludivine Dedonder|2020-10|2025-02||
BEL|D|Theo Francken|2025-02|||
BEL|I|Annelies Verlinden|2020-10|2025-02||
BEL|I|Bernard Quintin|2025-02|||
BLZ|G|Johnny Briceño|2020-11|||Prime Minister of Belize
BTN|S|Jigme Khesar Namgyel Wangchuck|2006-12|||King of Bhutan
BTN|G|Tshering Tobgay|2024-01|||Prime Minister of Bhutan
BOL|S|Luis Arce|2020-11|2025-11||President of Bolivia
BOL|S|Rodrigo Paz|2025-11||Rodrigo Paz Pereira|President of Bolivia
BIH|G|Borjana Krišto|2023-01|||Chair of the Council of Ministers of Bosnia and Herzegovina
BIH|F|Elmedin Konaković|2023-01|||
BIH|D|Zukan Helez|2023-01|||
BRN|S|Hassanal Bolkiah|1967-10||Sultan Hassanal Bolkiah|Sultan of Brunei
BGR|F|Georgi Georgiev|2025-01|||
BGR|D|Atanas Zapryanov|2025-01|||
BGR|I|Daniel Mitov|2025-01|||
BFA|G|Apollinaire Joachim Kyélem de Tambèla|2022-10|2024-12|Apollinaire Kyélem de Tambèla|Prime Minister of Burkina Faso
BFA|G|Jean Emmanuel Ouédraogo|2024-12||Rimtalba Jean Emmanuel Ouédraogo|Prime Minister of Burkina Faso
BDI|F|Albert Shingiro|2020-06|||
BEN|F|Olushegun Adjadi Bakari|2023-06|||
BWA|F|Phenyo Butale|2024-11|||
CPV|S|José Maria Neves|2021-11|||President of Cape Verde
CPV|G|Ulisses Correia e Silva|2016-04|||Prime Minister of Cape Verde
KHM|F|Sok Chenda Sophea|2023-08|||
KHM|D|Tea Seiha|2023-08|||
KHM|I|Sar Sokha|2023-08|||
CMR|G|Joseph Ngute|2019-01|||Prime Minister of Cameroon
CMR|F|Lejeune Mbella Mbella|2015-10|||
CAF|G|Félix Moloua|2022-02|||Prime Minister of the Central African Republic
CAF|F|Sylvie Baïpo-Temon|2018-12|||
TCD|G|Allamaye Halina|2024-05|||Prime Minister of Chad
CHL|F|Alberto van Klaveren|2023-03|||
CHL|D|Maya Fernández|2022-03|2025-03||
CHL|D|Adriana Delpiano|2025-03|||
CHL|I|Carolina Tohá|2022-09|2025-03||
CHL|I|Álvaro Elizalde|2025-03|||
COL|I|Juan Fernando Cristo|2024-07|2025-03||
COL|F|Álvaro Leyva|2022-08|2024-01||
COL|F|Luis Gilberto Murillo|2024-01|2025-01||
COL|F|Laura Sarabia|2025-01|2025-07||
COL|D|Iván Velásquez|2022-08|2025-02||
COL|I|Armando Benedetti|2025-03|||
COM|S|Azali Assoumani|2016-05|||President of the Comoros
COG|G|Anatole Collinet Makosso|2021-05|||Prime Minister of the Republic of the Congo
COG|F|Jean-Claude Gakosso|2015-08|||
COD|F|Christophe Lutundula|2021-04|2024-06||
COD|F|Thérèse Kayikwamba Wagner|2024-06|||
COD|D|Guy Kabombo Muadiamvita|2024-06|||
COD|I|Jacquemain Shabani|2024-06|||
CRI|F|Arnoldo André Tinoco|2022-05||Arnoldo André|
CIV|G|Robert Beugré Mambé|2023-10|||Prime Minister of Côte d'Ivoire
CIV|D|Téné Birahima Ouattara|2021||Birahima Ouattara|
HRV|F|Gordan Grlić Radman|2019-07|||
HRV|D|Ivan Anušić|2024-05|||
HRV|I|Davor Božinović|2019-07|||
CUB|F|Bruno Rodríguez Parrilla|2009-03||Bruno Rodríguez|
CUB|D|Álvaro López Miera|2021-04|||
CUB|I|Lázaro Alberto Álvarez Casas|2020-11|||
CYP|F|Constantinos Kombos|2023-03|||
CYP|I|Constantinos Ioannou|2023-03|||
CZE|F|Jan Lipavský|2021-12|||
CZE|D|Jana Černochová|2021-12|||
CZE|I|Vít Rakušan|2021-12|||
DNK|F|Lars Løkke Rasmussen|2022-12|||
DNK|D|Troels Lund Poulsen|2023-08|||
DNK|I|Peter Hummelgaard|2022-12|||Minister of Justice of Denmark
DJI|G|Abdoulkader Kamil Mohamed|2013-04|||Prime Minister of Djibouti
DJI|F|Mahmoud Ali Youssouf|2005-05|2025-02||
DMA|S|Sylvanie Burton|2023-10|||President of Dominica
DMA|G|Roosevelt Skerrit|2004-01|||Prime Minister of Dominica
DOM|F|Roberto Álvarez|2020-08|||
ECU|F|Gabriela Sommerfeld|2023-11|||
ECU|D|Gian Carlo Loffredo|2023-11|||
EGY|F|Sameh Shoukry|2014-06|2024-07||
EGY|F|Badr Abdelatty|2024-07|||
EGY|D|Mohamed Zaki|2018-06|2024-07||
EGY|D|Abdel Mageed Saqr|2024-07|||
EGY|I|Mahmoud Tawfik|2017-06|||
SLV|F|Alexandra Hill Tinoco|2019-06||Alexandra Hill|
SLV|D|René Merino Monroy|2019-06|||
SLV|I|Gustavo Villatoro|2021|||Minister of Justice and Public Security of El Salvador
GNQ|S|Teodoro Obiang Nguema Mbasogo|1979-08||Teodoro Obiang|President of Equatorial Guinea
GNQ|G|Manuela Roka Botey|2023-01|2024-08||Prime Minister of Equatorial Guinea
ERI|F|Osman Saleh Mohammed|2007-04||Osman Saleh|
EST|F|Margus Tsahkna|2023-04|||
EST|D|Hanno Pevkur|2022-07|||
EST|I|Lauri Läänemets|2022-07|2025-03||
EST|I|Igor Taro|2025-03|||
SWZ|S|Mswati III|1986-04|||King of Eswatini
SWZ|G|Russell Dlamini|2023-11|||Prime Minister of Eswatini
ETH|F|Demeke Mekonnen|2020-11|2024-02||
ETH|F|Gedion Timothewos|2024-02|||
FJI|G|Sitiveni Rabuka|2022-12|||Prime Minister of Fiji
FIN|F|Elina Valtonen|2023-06|||
FIN|D|Antti Häkkänen|2023-06|||
FIN|I|Mari Rantanen|2023-06|||
GHA|F|Samuel Okudzeto Ablakwa|2025-01|||
GEO|F|Ilia Darchiashvili|2022-03|2025-02||
GEO|F|Maka Botchorishvili|2025-02|||
GEO|D|Irakli Chikovani|2024-02|||
GRC|F|Giorgos Gerapetritis|2023-06||George Gerapetritis|
GRC|F|Nikos Dendias|2019-07|2023-06||
GRC|D|Nikos Dendias|2023-06|||
GRD|G|Dickon Mitchell|2022-06|||Prime Minister of Grenada
GTM|F|Carlos Ramiro Martínez|2024-01|||
GIN|G|Amadou Oury Bah|2024-02|||Prime Minister of Guinea
GNB|S|Umaro Sissoco Embaló|2020-02|2025-11||President of Guinea-Bissau
GUY|S|Irfaan Ali|2020-08||Mohamed Irfaan Ali|President of Guyana
GUY|G|Mark Phillips|2020-08|||Prime Minister of Guyana
GUY|F|Hugh Todd|2020-08|||
HND|F|Eduardo Enrique Reina|2022-01||Enrique Reina|
HUN|D|Kristóf Szalay-Bobrovniczky|2022-05|||
HUN|I|Sándor Pintér|2010-05|||
IDN|I|Tito Karnavian|2019-10|||
ISL|F|Þorgerður Katrín Gunnarsdóttir|2024-12||Thorgerdur Katrin Gunnarsdottir|Minister for Foreign Affairs of Iceland
IRN|D|Mohammad-Reza Ashtiani|2021-08|2024-08||
IRN|D|Aziz Nasirzadeh|2024-08|||
IRN|I|Ahmad Vahidi|2021-08|2024-08||
IRN|I|Eskandar Momeni|2024-08|||
IRQ|F|Fuad Hussein|2020-06|||
IRQ|D|Thabit al-Abbasi|2022-10|||
IRQ|I|Abdul Amir al-Shammari|2022-10|||
IRL|G|Leo Varadkar|2022-12|2024-04||Taoiseach
IRL|G|Simon Harris|2024-04|2025-01||Taoiseach
IRL|F|Micheál Martin|2022-12|2025-01||
IRL|F|Simon Harris|2025-01|||
IRL|D|Micheál Martin|2022-12|2025-01||Minister for Defence of Ireland
IRL|D|Simon Harris|2025-01|||Minister for Defence of Ireland
IRL|I|Helen McEntee|2022-12|2025-01||Minister for Justice of Ireland
IRL|I|Jim O'Callaghan|2025-01|||Minister for Justice of Ireland
JAM|F|Kamina Johnson Smith|2016-03|||
JOR|F|Ayman Safadi|2017-01|||
KAZ|F|Murat Nurtleu|2023-09|||
KEN|F|Musalia Mudavadi|2023-10|||
KEN|I|Kithure Kindiki|2022-10|2024-10||
KOR|I|Lee Sang-min|2022-05|2024-12||
KWT|F|Abdullah Al-Yahya|2024-06|||
KGZ|F|Jeenbek Kulubaev|2022|||
KIR|S|Taneti Maamau|2016-03|||President of Kiribati
LAO|F|Saleumxay Kommasith|2016-04|||
LVA|F|Baiba Braže|2024-04|||
LVA|D|Andris Sprūds|2023-09|||
LBN|G|Najib Mikati|2021-09|2025-02||Prime Minister of Lebanon
LBN|F|Abdallah Bou Habib|2021-09|2025-02||
LBN|F|Youssef Rajji|2025-02|||
LSO|S|Letsie III|1996-02|||King of Lesotho
LSO|G|Sam Matekane|2022-10|||Prime Minister of Lesotho
LBR|S|George Weah|2018-01|2024-01||President of Liberia
LBR|S|Joseph Boakai|2024-01|||President of Liberia
LIE|G|Daniel Risch|2021-03|2025-04||Prime Minister of Liechtenstein
LIE|G|Brigitte Haas|2025-04|||Prime Minister of Liechtenstein
LTU|G|Ingrida Šimonytė|2020-12|2024-12||Prime Minister of Lithuania
LTU|G|Gintautas Paluckas|2024-12|2025-08||Prime Minister of Lithuania
LTU|F|Gabrielius Landsbergis|2020-12|2024-12||
LTU|F|Kęstutis Budrys|2024-12|||
LTU|I|Agnė Bilotaitė|2020-12|2024-12||
LUX|S|Grand Duke Henri|2000-10|2025-10||Grand Duke of Luxembourg
LUX|F|Xavier Bettel|2023-11|||
LUX|D|Yuriko Backes|2023-11|||
LUX|I|Léon Gloden|2023-11|||
MDG|S|Andry Rajoelina|2019-01|2025-10||President of Madagascar
MDG|S|Michael Randrianirina|2025-10|||President of Madagascar
MWI|S|Lazarus Chakwera|2020-06|2025-10||President of Malawi
MWI|S|Peter Mutharika|2025-10||Arthur Peter Mutharika|President of Malawi
MYS|F|Mohamad Hasan|2023-12|||
MYS|D|Mohamed Khaled Nordin|2023-12|||
MYS|I|Saifuddin Nasution Ismail|2022-12|||Minister of Home Affairs of Malaysia
MDV|S|Mohamed Muizzu|2023-11|||President of the Maldives
MLI|G|Choguel Kokalla Maïga|2021-06|2024-11|Choguel Maïga|Prime Minister of Mali
MLI|G|Abdoulaye Maïga|2024-11|||Prime Minister of Mali
MLI|F|Abdoulaye Diop|2021-06|||
MLI|D|Sadio Camara|2020-10|||
MLT|S|Myriam Spiteri Debono|2024-04|||President of Malta
MLT|F|Ian Borg|2022-03|||
MLT|I|Byron Camilleri|2020-01|||Minister for Home Affairs of Malta
MHL|S|Hilda Heine|2024-01|||President of the Marshall Islands
MRT|G|Mokhtar Ould Djay|2024-08|||Prime Minister of Mauritania
MEX|F|Alicia Bárcena|2023-06|2024-10||Secretary of Foreign Affairs of Mexico
MEX|D|Ricardo Trevilla Trejo|2024-10||Ricardo Trevilla|Secretary of National Defense of Mexico
MEX|I|Rosa Icela Rodríguez|2024-10|||Secretary of the Interior of Mexico
FSM|S|Wesley Simina|2023-05|||President of the Federated States of Micronesia
MDA|G|Dorin Recean|2023-02|||Prime Minister of Moldova
MDA|F|Mihai Popșoi|2024-01|||
MDA|D|Anatolie Nosatîi|2021-08|||
MCO|S|Albert II|2005-04|||Prince of Monaco
MNG|G|Luvsannamsrai Oyun-Erdene|2021-01|2025-06|Oyun-Erdene|Prime Minister of Mongolia
MNE|F|Ervin Ibrahimović|2023-10|||
MNE|D|Dragan Krapović|2023-10|||
MAR|F|Nasser Bourita|2017-04|||
MAR|I|Abdelouafi Laftit|2017-04|||
NAM|S|Hage Geingob|2015-03|2024-02||President of Namibia
NAM|S|Nangolo Mbumba|2024-02|2025-03||President of Namibia
NRU|S|David Adeang|2023-10|||President of Nauru
NPL|S|Ram Chandra Poudel|2023-03|||President of Nepal
NPL|G|Pushpa Kamal Dahal|2022-12|2024-07|Prachanda|Prime Minister of Nepal
NPL|G|KP Sharma Oli|2024-07|2025-09|K. P. Sharma Oli|Prime Minister of Nepal
NPL|G|Sushila Karki|2025-09|||Prime Minister of Nepal
NPL|F|Arzu Rana Deuba|2024-07|2025-09||
NLD|S|Willem-Alexander|2013-04|||King of the Netherlands
NLD|F|Hanke Bruins Slot|2023-09|2024-07||
NLD|F|Caspar Veldkamp|2024-07|2025-08||
NLD|F|David van Weel|2025-09|||
NLD|D|Ruben Brekelmans|2024-07|||
NZL|F|Winston Peters|2023-11|||
NZL|D|Judith Collins|2023-11|||
NER|G|Ali Lamine Zeine|2023-08|||Prime Minister of Niger
NER|F|Bakary Yaou Sangaré|2023-08|||
NGA|F|Yusuf Tuggar|2023-08|||
NGA|D|Mohammed Badaru Abubakar|2023-08||Badaru Abubakar|
NGA|I|Olubunmi Tunji-Ojo|2023-08|||
MKD|F|Timčo Mucunski|2024-06|||
NOR|F|Espen Barth Eide|2023-10|||
NOR|D|Bjørn Arild Gram|2022-04|2025-02||
NOR|D|Tore O. Sandvik|2025-02||Tore Sandvik|
OMN|F|Badr Albusaidi|2020-08||Badr bin Hamad Al Busaidi|
PAK|F|Ishaq Dar|2024-03|||
PAK|D|Khawaja Asif|2024-03|||
PAK|I|Mohsin Naqvi|2024-03|||
PLW|S|Surangel Whipps Jr.|2021-01||Surangel Whipps|President of Palau
PAN|F|Javier Martínez-Acha|2024-07|||
PRY|F|Rubén Ramírez Lezcano|2023-08|||
PER|S|Dina Boluarte|2022-12|2025-10||President of Peru
PER|S|José Jerí|2025-10|||President of Peru
PHL|F|Enrique Manalo|2022-07|||Secretary of Foreign Affairs of the Philippines
PHL|D|Gilberto Teodoro|2023-06||Gibo Teodoro|Secretary of National Defense of the Philippines
PHL|I|Jonvic Remulla|2024-10|||Secretary of the Interior and Local Government of the Philippines
POL|D|Władysław Kosiniak-Kamysz|2023-12|||
POL|I|Marcin Kierwiński|2023-12|2024-05||Minister of the Interior and Administration of Poland
POL|I|Tomasz Siemoniak|2024-05|2025-07||Minister of the Interior and Administration of Poland
POL|I|Marcin Kierwiński|2025-07|||Minister of the Interior and Administration of Poland
PRT|F|Paulo Rangel|2024-04|||
PRT|D|Nuno Melo|2024-04|||
PRT|I|Margarida Blasco|2024-04|2025-06||Minister of Internal Administration of Portugal
PRT|I|Maria Lúcia Amaral|2025-06|||Minister of Internal Administration of Portugal
QAT|F|Mohammed bin Abdulrahman Al Thani|2016-01|||
ROU|S|Klaus Iohannis|2014-12|2025-02||President of Romania
ROU|G|Marcel Ciolacu|2023-06|2025-05||Prime Minister of Romania
ROU|F|Luminița Odobescu|2023-06|2024-12||
ROU|F|Emil Hurezeanu|2024-12|2025-06||
ROU|F|Oana Țoiu|2025-06|||
ROU|D|Angel Tîlvăr|2023-06|2025-06||
ROU|D|Ionuț Moșteanu|2025-06|||
ROU|I|Cătălin Predoiu|2023-06|||
RWA|F|Olivier Nduhungirehe|2023-12|||
KNA|G|Terrance Drew|2022-08|||Prime Minister of Saint Kitts and Nevis
LCA|G|Philip J. Pierre|2021-07||Philip Pierre|Prime Minister of Saint Lucia
VCT|G|Ralph Gonsalves|2001-03|||Prime Minister of Saint Vincent and the Grenadines
WSM|G|Fiamē Naomi Mataʻafa|2021-05|2025-09|Fiame Naomi Mataafa|Prime Minister of Samoa
STP|S|Carlos Vila Nova|2021-10|||President of São Tomé and Príncipe
SRB|G|Miloš Vučević|2024-05|2025-04||Prime Minister of Serbia
SRB|F|Marko Đurić|2024-05|||
SRB|D|Bratislav Gašić|2024-05|||
SRB|I|Ivica Dačić|2024-05|||
SYC|S|Wavel Ramkalawan|2020-10|2025-10||President of Seychelles
SYC|S|Patrick Herminie|2025-10|||President of Seychelles
SLE|S|Julius Maada Bio|2018-04||Maada Bio|President of Sierra Leone
SGP|F|Vivian Balakrishnan|2015-10|||
SGP|D|Ng Eng Hen|2011-05|2025-05||
SGP|D|Chan Chun Sing|2025-05|||
SGP|I|K. Shanmugam|2015-10||Kasiviswanathan Shanmugam|Minister for Home Affairs of Singapore
SVK|S|Peter Pellegrini|2024-06|||President of Slovakia
SVK|F|Juraj Blanár|2023-10|||
SVK|D|Robert Kaliňák|2023-10|||
SVK|I|Matúš Šutaj Eštok|2023-10|||
SVN|F|Tanja Fajon|2022-06|||
SVN|I|Boštjan Poklukar|2022-06|||
SLB|G|Jeremiah Manele|2024-05|||Prime Minister of the Solomon Islands
ESP|S|Felipe VI|2014-06|||King of Spain
ESP|F|José Manuel Albares|2021-07|||
ESP|D|Margarita Robles|2018-06|||
ESP|I|Fernando Grande-Marlaska|2018-06|||
LKA|F|Vijitha Herath|2024-11|||
SUR|S|Chan Santokhi|2020-07|2025-07||President of Suriname
SUR|S|Jennifer Geerlings-Simons|2025-07|||President of Suriname
SWE|F|Tobias Billström|2022-10|2024-09||
SWE|F|Maria Malmer Stenergard|2024-09|||
SWE|D|Pål Jonson|2022-10|||
CHE|F|Ignazio Cassis|2017-11|||Head of the Federal Department of Foreign Affairs of Switzerland
CHE|D|Viola Amherd|2019-01|2025-03||Head of the Federal Department of Defence of Switzerland
CHE|D|Martin Pfister|2025-04|||Head of the Federal Department of Defence of Switzerland
CHE|I|Beat Jans|2024-01|||Head of the Federal Department of Justice and Police of Switzerland
SYR|G|Mohammed al-Bashir|2024-12|2025-03||Prime Minister of Syria
SYR|F|Faisal Mekdad|2020-11|2024-09||
SYR|F|Asaad al-Shaibani|2024-12||Asaad Hassan al-Shaibani|
SYR|D|Murhaf Abu Qasra|2024-12|||
SYR|I|Anas Khattab|2025-03|||
TJK|G|Kokhir Rasulzoda|2013-11|||Prime Minister of Tajikistan
TJK|F|Sirojiddin Muhriddin|2013-11|||
THA|G|Srettha Thavisin|2023-08|2024-08||Prime Minister of Thailand
THA|I|Anutin Charnvirakul|2023-09|2025-06||
TLS|S|José Ramos-Horta|2022-05|||President of Timor-Leste
TLS|G|Xanana Gusmão|2023-07|||Prime Minister of Timor-Leste
TTO|G|Keith Rowley|2015-09|2025-03||Prime Minister of Trinidad and Tobago
TTO|G|Stuart Young|2025-03|2025-05||Prime Minister of Trinidad and Tobago
TTO|G|Kamla Persad-Bissessar|2025-05|||Prime Minister of Trinidad and Tobago
TUN|G|Ahmed Hachani|2023-08|2024-08||Prime Minister of Tunisia
TUN|G|Kamel Madouri|2024-08|2025-03||Prime Minister of Tunisia
TUN|G|Sara Zaafrani Zenzri|2025-03|||Prime Minister of Tunisia
TUN|F|Mohamed Ali Nafti|2024-08|||
TKM|F|Rashid Meredov|2001-07|||
TUV|G|Feleti Teo|2024-02|||Prime Minister of Tuvalu
UGA|G|Robinah Nabbanja|2021-06|||Prime Minister of Uganda
UGA|F|Jeje Odongo|2021-06|||
ARE|F|Abdullah bin Zayed Al Nahyan|2006-02||Abdullah bin Zayed|
ARE|D|Mohammed bin Rashid Al Maktoum|1971-12|||
ARE|I|Saif bin Zayed Al Nahyan|2004-10||Saif bin Zayed|
URY|S|Luis Lacalle Pou|2020-03|2025-03||President of Uruguay
URY|F|Omar Paganini|2023-07|2025-03||
URY|F|Mario Lubetkin|2025-03|||
URY|D|Sandra Lazo|2025-03|||
URY|I|Carlos Negro|2025-03|||
UZB|G|Abdulla Aripov|2016-12|||Prime Minister of Uzbekistan
UZB|F|Bakhtiyor Saidov|2022-07|||
VEN|F|Yván Gil|2023-06||Yvan Gil|
VEN|D|Vladimir Padrino López|2014-10||Vladimir Padrino|
VEN|I|Diosdado Cabello|2024-08|||Minister of Interior, Justice and Peace of Venezuela
VNM|F|Bùi Thanh Sơn|2021-04|||
VNM|D|Phan Văn Giang|2021-04|||
VNM|I|Lương Tam Quang|2024-06|||Minister of Public Security of Vietnam
"""

UN_MEMBERS = (
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR",
    "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN",
    "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "DNK", "DJI",
    "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
    "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ",
    "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "PRK", "KOR", "KWT", "KGZ", "LAO", "LVA", "LBN",
    "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX",
    "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA",
    "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "ROU", "RUS", "RWA",
    "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM",
    "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO",
    "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB",
    "ZWE",
)
ROLES = {"S": "head_of_state", "G": "head_of_government", "F": "foreign_minister", "D": "defence_minister",
         "I": "interior_minister"}
TITLES = {"F": "Minister of Foreign Affairs of {}", "D": "Minister of Defence of {}",
          "I": "Minister of the Interior of {}"}
# country names that take "the" in a title
THE = {"BHS", "CAF", "COD", "COG", "COM", "DOM", "GMB", "MDV", "MHL", "NLD", "PHL", "SLB", "ARE", "GBR", "USA"}


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    with (DATA / "countries.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            entity = json.loads(line)
            if entity.get("kind") == "country":
                names.setdefault(entity["country"], entity["name"])
    return names


def build() -> list[dict[str, object]]:
    countries = _country_names()
    people: dict[tuple[str, str], dict[str, object]] = {}
    for line in OFFICES.strip().splitlines():
        country, kind, name, start, end, aliases, title = line.split("|")
        where = ("the " if country in THE else "") + countries[country]
        entity = people.setdefault((country, name), {"id": f"politika:{country.lower()}-{slug(name)}", "name": name,
                                                     "type": "PERSON", "kind": "person", "country": country,
                                                     "sector": "GOV", "aliases": [], "roles": []})
        known = entity["aliases"]
        assert isinstance(known, list)
        known.extend(a for a in aliases.split(";") if a and a not in known)
        roles = entity["roles"]
        assert isinstance(roles, list)
        roles.append(f"{title or TITLES[kind].format(where)}|{ROLES[kind]}|{country}|GOV|{start}|{end}")
    return list(people.values())


# dates on which a lone surname is tried against the knowledge base without this file
SURNAME_DATES = ("2019-06-01", "2024-06-01", "2025-06-01")


def _given_name_hazard(name: str, given: Counter[str], kb: KnowledgeBase) -> bool:
    """A surname that is the first name of three or more people the knowledge base holds and the surname of none
    ("Téte António", "Grand Duke Henri"): with this person in it, a lone "António" in a text would be theirs."""
    words = name.split()
    return len(words) > 1 and given[words[-1]] >= 3 and not kb.lookup(words[-1], types={"PERSON"}, fuzzy=False)


def _drop_names_of_others(entities: list[dict[str, object]]) -> list[dict[str, object]]:
    """Leave out a person whose full name another package file gives to someone of another country, or whose
    surname alone the linker now sends to someone of another country ("Risch" is Senator Jim Risch, not
    Liechtenstein's prime minister Daniel Risch): with both in the knowledge base the lone surname would stay
    unlinked. A surname shared within one country ("Ouattara") stays: the country is right either way. A person
    (or an alias) whose surname is other people's given name is left out too (``_given_name_hazard``)."""
    from politika.kb import KnowledgeBase, normalise_name
    from politika.nlp.linking import PersonContext, choose, rank_people

    others = [p for p in sorted(DATA.glob("*.jsonl")) if p != OUT]
    kb = KnowledgeBase.from_files(others, package_data=False)
    given = Counter(words[0] for e in kb.entities.values() if e.type == "PERSON"
                    for words in {tuple(normalise_name(n).split()) for n in e.names()} if len(words) > 1)
    kept = []
    for entity in entities:
        aliases = entity["aliases"]
        assert isinstance(aliases, list)
        for alias in [a for a in aliases if _given_name_hazard(normalise_name(a), given, kb)]:
            print(f"  alias {alias!r} of {entity['name']} left out: a given name of other people")
            aliases.remove(alias)
        if _given_name_hazard(normalise_name(str(entity["name"])), given, kb):
            print(f"  left out {entity['name']} ({entity['country']}): the surname is other people's given name")
            continue
        name = normalise_name(str(entity["name"]))
        clash = [e for e, score in kb.lookup(str(entity["name"])) if score >= 1.0 and e.type == "PERSON"
                 and e.country != entity["country"] and normalise_name(e.name) == name]
        surnames = {n.split()[-1] for n in [str(entity["name"]), *aliases] if len(n.split()) > 1}
        for surname in sorted(surnames):
            for date in SURNAME_DATES:
                linked = choose(rank_people(kb, surname, PersonContext(date=date), lone=True))
                if linked and linked.entity.country != entity["country"]:
                    clash.append(linked.entity)
        if clash:
            print(f"  left out {entity['name']} ({entity['country']}): also {clash[0].name} ({clash[0].country})")
        else:
            kept.append(entity)
    return kept


def main() -> None:
    people = _drop_names_of_others(build())
    adopt_known_ids(people, {OUT.name})
    with OUT.open("w", encoding="utf-8") as out:
        for entity in people:
            if not entity["aliases"]:
                del entity["aliases"]
            out.write(json.dumps(entity, ensure_ascii=False) + "\n")
    print(f"{len(people)} people → {OUT}")
    _coverage("2025-06-01")


def _coverage(date: str) -> None:
    """How many of the UN members' offices the whole package knowledge base fills on ``date``."""
    from politika.kb import KnowledgeBase

    kb = KnowledgeBase.from_files([], package_data=True)
    assert len(set(UN_MEMBERS)) == 193
    for role in ROLES.values():
        filled = sum(kb.office_holder(country, role, date) is not None for country in UN_MEMBERS)
        print(f"  {role}: {filled}/193 on {date}")


if __name__ == "__main__":
    main()
