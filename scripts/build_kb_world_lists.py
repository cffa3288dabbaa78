#!/usr/bin/env python3
"""Build package files of whole lists that the other sources miss:

* ``world_leaders_20th_century.jsonl``: the heads of state and government of the most-reported states through
  the 20th century and up to the curated office holders (UK prime ministers since 1908, German heads of state and
  chancellors since 1919 with the Nazi regime's best-known ministers, Soviet and Russian leaders, French presidents
  of the Fifth Republic, Italian, Japanese, Chinese, Indian, Israeli, Canadian and Australian heads of government
  of the last decades, and the best-known leaders of other states), the heads of state or government of the
  G20 and of the states of the main conflicts between 2012 and 2024 that neither CountryInfo (to 2012) nor the
  2025 office holders hold, the UK's chancellors, home, foreign and
  defence secretaries, opposition and party leaders and devolved first ministers since 2019 and Israel's
  ministers since 2020 that the curated people.jsonl does not hold; the Secretaries-General of the United Nations
  and the heads of the main UN agencies and IGOs since 2016; the chiefs of the armed forces and security services
  of Israel and Iran and the leaders of the armed groups fighting them;
* ``public_figures.jsonl``: the fifteen richest people of the world (Forbes, 2024-2025), who are in the news as
  actors, and American journalists and commentators of national reach (anchors and prime-time hosts of the
  national networks, the best-known political reporters, columnists and editors, talk-radio and podcast hosts),
  without roles: the list gives their country and sector (JRN, BUS);
* ``media_outlets.jsonl``: national news outlets (newspapers, broadcasters, news sites) of the United States, the
  United Kingdom and a few other states, sector JRN, kind ``media``; a person the text ties to one ("CNN's X",
  "Fox News host X") takes its country. Names that are also common words or other bodies' names are left out
  ("The Sun", "The Independent", "The Atlantic", Vox, a lone "Guardian"). Wire services (AP, Reuters, AFP)
  and international broadcasters (Al Jazeera, France 24, DW) are left out: their correspondents are of every
  nationality.

Written for politika from public facts (the maintainer's knowledge of the world, checked against ``../shared/kb``
where it holds the person; no name taken from an eval set; each list is whole for what it says it covers, not a
choice of names). Years and months are as precise as we are sure of. A person one of the earlier package files
holds (same name and country) keeps that file's id and gains these roles (the files sort last).

    .venv/bin/python scripts/build_kb_us_officials.py && .venv/bin/python scripts/build_kb_world_lists.py
"""

from __future__ import annotations

from pathlib import Path

# scripts/ is on the path of a script run from it
from build_kb_us_officials import adopt_known_ids, slug, write_entities

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "politika" / "kb" / "data"

# country|role (S head of state, G head of government, L leader, O official, F foreign, D defence, I interior
# minister)|name|title|start|end. Leaders of the opposition, of parties and of devolved governments are officials:
# the role ``leader`` or ``head_of_government`` of GBR would make them "the British leader".
# [|aliases;...]
LEADERS = """
GBR|G|H. H. Asquith|Prime Minister of the United Kingdom|1908-04|1916-12|Herbert Asquith
GBR|G|David Lloyd George|Prime Minister of the United Kingdom|1916-12|1922-10
GBR|G|Bonar Law|Prime Minister of the United Kingdom|1922-10|1923-05
GBR|G|Stanley Baldwin|Prime Minister of the United Kingdom|1923-05|1924-01
GBR|G|Ramsay MacDonald|Prime Minister of the United Kingdom|1924-01|1924-11
GBR|G|Stanley Baldwin|Prime Minister of the United Kingdom|1924-11|1929-06
GBR|G|Ramsay MacDonald|Prime Minister of the United Kingdom|1929-06|1935-06
GBR|G|Stanley Baldwin|Prime Minister of the United Kingdom|1935-06|1937-05
GBR|G|Neville Chamberlain|Prime Minister of the United Kingdom|1937-05|1940-05
GBR|G|Winston Churchill|Prime Minister of the United Kingdom|1940-05|1945-07
GBR|G|Clement Attlee|Prime Minister of the United Kingdom|1945-07|1951-10
GBR|G|Winston Churchill|Prime Minister of the United Kingdom|1951-10|1955-04
GBR|G|Anthony Eden|Prime Minister of the United Kingdom|1955-04|1957-01
GBR|G|Harold Macmillan|Prime Minister of the United Kingdom|1957-01|1963-10
GBR|G|Alec Douglas-Home|Prime Minister of the United Kingdom|1963-10|1964-10
GBR|G|Harold Wilson|Prime Minister of the United Kingdom|1964-10|1970-06
GBR|G|Edward Heath|Prime Minister of the United Kingdom|1970-06|1974-03|Ted Heath
GBR|G|Harold Wilson|Prime Minister of the United Kingdom|1974-03|1976-04
GBR|G|James Callaghan|Prime Minister of the United Kingdom|1976-04|1979-05
GBR|G|Margaret Thatcher|Prime Minister of the United Kingdom|1979-05|1990-11
GBR|G|John Major|Prime Minister of the United Kingdom|1990-11|1997-05
GBR|G|Tony Blair|Prime Minister of the United Kingdom|1997-05|2007-06
GBR|G|Gordon Brown|Prime Minister of the United Kingdom|2007-06|2010-05
GBR|G|David Cameron|Prime Minister of the United Kingdom|2010-05|2016-07
GBR|G|Theresa May|Prime Minister of the United Kingdom|2016-07|2019-07
DEU|S|Friedrich Ebert|President of Germany|1919-02|1925-02
DEU|S|Paul von Hindenburg|President of Germany|1925-05|1934-08
DEU|G|Gustav Stresemann|Chancellor of Germany|1923-08|1923-11
DEU|G|Heinrich Brüning|Chancellor of Germany|1930-03|1932-05
DEU|G|Franz von Papen|Chancellor of Germany|1932-06|1932-11
DEU|G|Kurt von Schleicher|Chancellor of Germany|1932-12|1933-01
DEU|G|Adolf Hitler|Chancellor of Germany|1933-01|1945-04
DEU|S|Adolf Hitler|Führer of Germany|1934-08|1945-04
DEU|O|Joseph Goebbels|Reich Minister of Propaganda|1933-03|1945-04
DEU|O|Heinrich Himmler|Reichsführer-SS|1929-01|1945-04
DEU|O|Hermann Göring|Commander-in-Chief of the Luftwaffe|1935-03|1945-04|Hermann Goering
DEU|F|Joachim von Ribbentrop|Foreign Minister of Germany|1938-02|1945-04
DEU|G|Konrad Adenauer|Chancellor of Germany|1949-09|1963-10
DEU|G|Ludwig Erhard|Chancellor of Germany|1963-10|1966-12
DEU|G|Kurt Georg Kiesinger|Chancellor of Germany|1966-12|1969-10
DEU|G|Willy Brandt|Chancellor of Germany|1969-10|1974-05
DEU|G|Helmut Schmidt|Chancellor of Germany|1974-05|1982-10
DEU|G|Helmut Kohl|Chancellor of Germany|1982-10|1998-10
DEU|G|Gerhard Schröder|Chancellor of Germany|1998-10|2005-11|Gerhard Schroeder
DEU|L|Walter Ulbricht|First Secretary of the Socialist Unity Party (East Germany)|1950-07|1971-05
DEU|L|Erich Honecker|General Secretary of the Socialist Unity Party (East Germany)|1971-05|1989-10
RUS|G|Vladimir Lenin|Chairman of the Council of People's Commissars|1917-11|1924-01|Lenin
RUS|L|Joseph Stalin|General Secretary of the Communist Party of the Soviet Union|1922-04|1953-03|Stalin;Josef Stalin
RUS|O|Leon Trotsky|People's Commissar for Military and Naval Affairs|1918-03|1925-01
RUS|O|Lavrentiy Beria|People's Commissar for Internal Affairs|1938-11|1945-12|Lavrenty Beria
RUS|F|Vyacheslav Molotov|Foreign Minister of the Soviet Union|1939-05|1949-03
RUS|F|Vyacheslav Molotov|Foreign Minister of the Soviet Union|1953-03|1956-06
RUS|G|Georgy Malenkov|Chairman of the Council of Ministers of the Soviet Union|1953-03|1955-02
RUS|L|Nikita Khrushchev|First Secretary of the Communist Party of the Soviet Union|1953-09|1964-10
RUS|L|Leonid Brezhnev|General Secretary of the Communist Party of the Soviet Union|1964-10|1982-11
RUS|L|Yuri Andropov|General Secretary of the Communist Party of the Soviet Union|1982-11|1984-02
RUS|L|Konstantin Chernenko|General Secretary of the Communist Party of the Soviet Union|1984-02|1985-03
RUS|L|Mikhail Gorbachev|General Secretary of the Communist Party of the Soviet Union|1985-03|1991-08
RUS|S|Mikhail Gorbachev|President of the Soviet Union|1990-03|1991-12
RUS|F|Andrei Gromyko|Foreign Minister of the Soviet Union|1957-02|1985-07
RUS|S|Boris Yeltsin|President of Russia|1991-07|1999-12
FRA|G|Georges Clemenceau|Prime Minister of France|1917-11|1920-01
FRA|G|Léon Blum|Prime Minister of France|1936-06|1937-06|Leon Blum
FRA|S|Philippe Pétain|Chief of the French State|1940-07|1944-08|Philippe Petain;Marshal Pétain
FRA|S|Charles de Gaulle|President of France|1959-01|1969-04
FRA|S|Georges Pompidou|President of France|1969-06|1974-04
FRA|S|Valéry Giscard d'Estaing|President of France|1974-05|1981-05|Valery Giscard d'Estaing
FRA|S|François Mitterrand|President of France|1981-05|1995-05|Francois Mitterrand
FRA|S|Jacques Chirac|President of France|1995-05|2007-05
FRA|S|Nicolas Sarkozy|President of France|2007-05|2012-05
FRA|S|François Hollande|President of France|2012-05|2017-05|Francois Hollande
ITA|G|Benito Mussolini|Prime Minister of Italy|1922-10|1943-07|Mussolini
ITA|G|Alcide De Gasperi|Prime Minister of Italy|1945-12|1953-08
ITA|G|Silvio Berlusconi|Prime Minister of Italy|1994-05|1995-01
ITA|G|Romano Prodi|Prime Minister of Italy|1996-05|1998-10
ITA|G|Silvio Berlusconi|Prime Minister of Italy|2001-06|2006-05
ITA|G|Romano Prodi|Prime Minister of Italy|2006-05|2008-05
ITA|G|Silvio Berlusconi|Prime Minister of Italy|2008-05|2011-11
ITA|G|Mario Monti|Prime Minister of Italy|2011-11|2013-04
ITA|G|Enrico Letta|Prime Minister of Italy|2013-04|2014-02
ITA|G|Matteo Renzi|Prime Minister of Italy|2014-02|2016-12
ITA|G|Paolo Gentiloni|Prime Minister of Italy|2016-12|2018-06
ITA|G|Giuseppe Conte|Prime Minister of Italy|2018-06|2021-02
JPN|S|Hirohito|Emperor of Japan|1926-12|1989-01|Emperor Hirohito
JPN|S|Akihito|Emperor of Japan|1989-01|2019-04|Emperor Akihito
JPN|G|Hideki Tojo|Prime Minister of Japan|1941-10|1944-07|Hideki Tōjō
JPN|G|Junichiro Koizumi|Prime Minister of Japan|2001-04|2006-09
JPN|G|Shinzo Abe|Prime Minister of Japan|2006-09|2007-09
JPN|G|Shinzo Abe|Prime Minister of Japan|2012-12|2020-09
JPN|G|Yoshihide Suga|Prime Minister of Japan|2020-09|2021-10
CHN|L|Mao Zedong|Chairman of the Chinese Communist Party|1943-03|1976-09|Mao;Mao Tse-tung;Chairman Mao
CHN|S|Mao Zedong|Chairman of the People's Republic of China|1949-10|1959-04
CHN|G|Zhou Enlai|Premier of China|1949-10|1976-01
CHN|L|Deng Xiaoping|Chairman of the Central Military Commission|1981-06|1989-11
CHN|G|Li Peng|Premier of China|1988-04|1998-03
CHN|L|Jiang Zemin|General Secretary of the Chinese Communist Party|1989-06|2002-11
CHN|S|Jiang Zemin|President of China|1993-03|2003-03
CHN|G|Zhu Rongji|Premier of China|1998-03|2003-03
CHN|L|Hu Jintao|General Secretary of the Chinese Communist Party|2002-11|2012-11
CHN|S|Hu Jintao|President of China|2003-03|2013-03
CHN|G|Wen Jiabao|Premier of China|2003-03|2013-03
IND|G|Jawaharlal Nehru|Prime Minister of India|1947-08|1964-05|Nehru
IND|G|Indira Gandhi|Prime Minister of India|1966-01|1977-03
IND|G|Indira Gandhi|Prime Minister of India|1980-01|1984-10
IND|G|Rajiv Gandhi|Prime Minister of India|1984-10|1989-12
IND|G|Atal Bihari Vajpayee|Prime Minister of India|1998-03|2004-05
IND|G|Manmohan Singh|Prime Minister of India|2004-05|2014-05
IND|L|Sonia Gandhi|President of the Indian National Congress|1998-03|2017-12
IND|L|Rahul Gandhi|Leader of the Opposition in the Lok Sabha|2024-06|
ISR|G|David Ben-Gurion|Prime Minister of Israel|1948-05|1954-01|Ben-Gurion
ISR|G|David Ben-Gurion|Prime Minister of Israel|1955-11|1963-06
ISR|G|Golda Meir|Prime Minister of Israel|1969-03|1974-06
ISR|G|Yitzhak Rabin|Prime Minister of Israel|1974-06|1977-06
ISR|G|Menachem Begin|Prime Minister of Israel|1977-06|1983-10
ISR|G|Yitzhak Shamir|Prime Minister of Israel|1983-10|1984-09
ISR|G|Shimon Peres|Prime Minister of Israel|1984-09|1986-10
ISR|G|Yitzhak Shamir|Prime Minister of Israel|1986-10|1992-07
ISR|G|Yitzhak Rabin|Prime Minister of Israel|1992-07|1995-11
ISR|G|Shimon Peres|Prime Minister of Israel|1995-11|1996-06
ISR|S|Shimon Peres|President of Israel|2007-07|2014-07
ISR|G|Ehud Barak|Prime Minister of Israel|1999-07|2001-03
ISR|G|Ariel Sharon|Prime Minister of Israel|2001-03|2006-04
ISR|G|Ehud Olmert|Prime Minister of Israel|2006-04|2009-03
ISR|G|Naftali Bennett|Prime Minister of Israel|2021-06|2022-06
ISR|G|Yair Lapid|Prime Minister of Israel|2022-07|2022-12
CAN|G|Pierre Trudeau|Prime Minister of Canada|1968-04|1979-06|Pierre Elliott Trudeau
CAN|G|Pierre Trudeau|Prime Minister of Canada|1980-03|1984-06
CAN|G|Brian Mulroney|Prime Minister of Canada|1984-09|1993-06
CAN|G|Jean Chrétien|Prime Minister of Canada|1993-11|2003-12|Jean Chretien
CAN|G|Paul Martin|Prime Minister of Canada|2003-12|2006-02
CAN|G|Stephen Harper|Prime Minister of Canada|2006-02|2015-11
AUS|G|John Howard|Prime Minister of Australia|1996-03|2007-12
AUS|G|Kevin Rudd|Prime Minister of Australia|2007-12|2010-06
AUS|G|Julia Gillard|Prime Minister of Australia|2010-06|2013-06
AUS|G|Kevin Rudd|Prime Minister of Australia|2013-06|2013-09
AUS|G|Tony Abbott|Prime Minister of Australia|2013-09|2015-09
AUS|G|Malcolm Turnbull|Prime Minister of Australia|2015-09|2018-08
AUS|G|Scott Morrison|Prime Minister of Australia|2018-08|2022-05
GBR|O|Rishi Sunak|Chancellor of the Exchequer|2020-02|2022-07
GBR|O|Nadhim Zahawi|Chancellor of the Exchequer|2022-07|2022-09
GBR|O|Kwasi Kwarteng|Chancellor of the Exchequer|2022-09|2022-10
GBR|O|Jeremy Hunt|Chancellor of the Exchequer|2022-10|2024-07
GBR|O|Rachel Reeves|Chancellor of the Exchequer|2024-07|
GBR|I|Priti Patel|Home Secretary|2019-07|2022-09
GBR|I|Suella Braverman|Home Secretary|2022-09|2023-11
GBR|D|Ben Wallace|Secretary of State for Defence|2019-07|2023-08
GBR|F|Dominic Raab|Foreign Secretary|2019-07|2021-09
GBR|O|Angela Rayner|Deputy Prime Minister of the United Kingdom|2024-07|2025-09
GBR|O|Jeremy Corbyn|Leader of the Opposition|2015-09|2020-04
GBR|O|Keir Starmer|Leader of the Opposition|2020-04|2024-07
GBR|O|Kemi Badenoch|Leader of the Opposition|2024-11|
GBR|O|Nigel Farage|Leader of Reform UK|2024-06|
GBR|O|Ed Davey|Leader of the Liberal Democrats|2020-08|
GBR|O|Nicola Sturgeon|First Minister of Scotland|2014-11|2023-03
GBR|O|Humza Yousaf|First Minister of Scotland|2023-03|2024-05
GBR|O|John Swinney|First Minister of Scotland|2024-05|
GBR|O|Mark Drakeford|First Minister of Wales|2018-12|2024-03
GBR|O|Sadiq Khan|Mayor of London|2016-05|
ISR|D|Benny Gantz|Defence Minister of Israel|2020-05|2022-12
ISR|O|Itamar Ben-Gvir|National Security Minister of Israel|2022-12|2025-01
ISR|O|Itamar Ben-Gvir|National Security Minister of Israel|2025-03|
ISR|O|Bezalel Smotrich|Finance Minister of Israel|2022-12|
ISR|F|Eli Cohen|Foreign Minister of Israel|2023-01|2024-01
ISR|F|Yair Lapid|Foreign Minister of Israel|2021-06|2022-12
ISR|O|Yair Lapid|Leader of the Opposition (Israel)|2023-01|
BRA|S|Dilma Rousseff|President of Brazil|2011-01|2016-08
BRA|S|Michel Temer|President of Brazil|2016-08|2018-12
MEX|S|Enrique Peña Nieto|President of Mexico|2012-12|2018-11|Enrique Pena Nieto
ARG|S|Mauricio Macri|President of Argentina|2015-12|2019-12
ARG|S|Alberto Fernández|President of Argentina|2019-12|2023-12|Alberto Fernandez
KOR|S|Park Geun-hye|President of South Korea|2013-02|2017-03
KOR|S|Moon Jae-in|President of South Korea|2017-05|2022-05
ZAF|S|Jacob Zuma|President of South Africa|2009-05|2018-02
TUR|G|Ahmet Davutoğlu|Prime Minister of Turkey|2014-08|2016-05|Ahmet Davutoglu
TUR|G|Binali Yıldırım|Prime Minister of Turkey|2016-05|2018-07|Binali Yildirim
SAU|S|Abdullah bin Abdulaziz|King of Saudi Arabia|2005-08|2015-01|King Abdullah
IRN|S|Mahmoud Ahmadinejad|President of Iran|2005-08|2013-08
IRN|S|Hassan Rouhani|President of Iran|2013-08|2021-08
UKR|S|Viktor Yanukovych|President of Ukraine|2010-02|2014-02
UKR|S|Petro Poroshenko|President of Ukraine|2014-06|2019-05
ESP|G|Mariano Rajoy|Prime Minister of Spain|2011-12|2018-06
PAK|G|Nawaz Sharif|Prime Minister of Pakistan|2013-06|2017-07
PAK|G|Imran Khan|Prime Minister of Pakistan|2018-08|2022-04
AFG|S|Hamid Karzai|President of Afghanistan|2001-12|2014-09
AFG|S|Ashraf Ghani|President of Afghanistan|2014-09|2021-08
IRQ|G|Nouri al-Maliki|Prime Minister of Iraq|2006-05|2014-09
PHL|S|Rodrigo Duterte|President of the Philippines|2016-06|2022-06
MMR|G|Aung San Suu Kyi|State Counsellor of Myanmar|2016-04|2021-02
HKG|G|Carrie Lam|Chief Executive of Hong Kong|2017-07|2022-06
HKG|G|John Lee Ka-chiu|Chief Executive of Hong Kong|2022-07|
TWN|S|Tsai Ing-wen|President of Taiwan|2016-05|2024-05
KAZ|S|Nursultan Nazarbayev|President of Kazakhstan|1991-12|2019-03
ZWE|S|Robert Mugabe|President of Zimbabwe|1987-12|2017-11
SDN|S|Omar al-Bashir|President of Sudan|1989-06|2019-04
ESP|S|Francisco Franco|Head of State of Spain|1939-04|1975-11
TUR|S|Mustafa Kemal Atatürk|President of Turkey|1923-10|1938-11|Kemal Atatürk;Atatürk;Ataturk;Mustafa Kemal Ataturk
IRN|S|Mohammad Reza Pahlavi|Shah of Iran|1941-09|1979-02
IRN|L|Ruhollah Khomeini|Supreme Leader of Iran|1979-12|1989-06|Ayatollah Khomeini
IRQ|S|Saddam Hussein|President of Iraq|1979-07|2003-04|Saddam
SYR|S|Hafez al-Assad|President of Syria|1971-03|2000-06
LBY|L|Muammar Gaddafi|Leader of Libya|1969-09|2011-08|Muammar al-Gaddafi;Moammar Gadhafi;Muammar Qaddafi
EGY|S|Gamal Abdel Nasser|President of Egypt|1956-06|1970-09
EGY|S|Anwar Sadat|President of Egypt|1970-10|1981-10|Anwar el-Sadat
EGY|S|Hosni Mubarak|President of Egypt|1981-10|2011-02
EGY|S|Mohamed Morsi|President of Egypt|2012-06|2013-07
PSE|L|Yasser Arafat|Chairman of the Palestine Liberation Organization|1969-02|2004-11
CUB|L|Fidel Castro|Prime Minister of Cuba|1959-02|1976-12
CUB|S|Fidel Castro|President of Cuba|1976-12|2008-02
CUB|S|Raúl Castro|President of Cuba|2008-02|2018-04|Raul Castro
VEN|S|Hugo Chávez|President of Venezuela|1999-02|2013-03|Hugo Chavez
ARG|S|Juan Perón|President of Argentina|1946-06|1955-09|Juan Peron
ARG|S|Juan Perón|President of Argentina|1973-10|1974-07
CHL|S|Augusto Pinochet|President of Chile|1973-09|1990-03
ZAF|S|Nelson Mandela|President of South Africa|1994-05|1999-06
PRK|S|Kim Il Sung|Leader of North Korea|1948-09|1994-07|Kim Il-sung
PRK|S|Kim Jong Il|Leader of North Korea|1994-07|2011-12|Kim Jong-il
VNM|S|Ho Chi Minh|President of North Vietnam|1945-09|1969-09
ETH|S|Haile Selassie|Emperor of Ethiopia|1930-11|1974-09
"""

# The chiefs of the armed forces and security services of the states of the main conflicts since 2015 that the
# curated people.jsonl does not cover (Israel, Iran), and the leaders of the armed groups fighting them.
# country|role (M military chief, S security chief, L leader)|sector|name|title|start|end|org[|aliases]
CHIEFS = """
ISR|M|MIL|Gadi Eisenkot|Chief of the General Staff of the Israel Defense Forces|2015-02|2019-01||
ISR|M|MIL|Aviv Kochavi|Chief of the General Staff of the Israel Defense Forces|2019-01|2023-01||
ISR|M|MIL|Herzi Halevi|Chief of the General Staff of the Israel Defense Forces|2023-01|2025-03||Herzl Halevi
ISR|M|MIL|Eyal Zamir|Chief of the General Staff of the Israel Defense Forces|2025-03|||
ISR|S|SPY|Yossi Cohen|Director of the Mossad|2016-01|2021-06|politika:mossad|
ISR|S|SPY|Nadav Argaman|Director of the Shin Bet|2016-05|2021-10||
IRN|M|MIL|Mohammad Ali Jafari|Commander of the Islamic Revolutionary Guard Corps|2007-09|2019-04||
IRN|M|MIL|Hossein Salami|Commander of the Islamic Revolutionary Guard Corps|2019-04|2025-06||
IRN|M|MIL|Mohammad Pakpour|Commander of the Islamic Revolutionary Guard Corps|2025-06|||
IRN|M|MIL|Qasem Soleimani|Commander of the Quds Force|1998|2020-01||Qassem Soleimani
IRN|M|MIL|Esmail Qaani|Commander of the Quds Force|2020-01|||Esmail Ghaani
IRN|M|MIL|Mohammad Bagheri|Chief of Staff of the Armed Forces of Iran|2016-06|2025-06||
USA|M|MIL|Joseph Dunford|Chairman of the Joint Chiefs of Staff|2015-10|2019-09||Joe Dunford
PSE|L|REB|Khaled Mashal|Head of the Hamas Political Bureau|1996|2017-05|politika:hamas|Khaled Meshaal
PSE|L|REB|Mohammed Deif|Commander of the Qassam Brigades|2002|2024-07|politika:hamas|
PSE|L|REB|Ziyad al-Nakhalah|Secretary-General of Palestinian Islamic Jihad|2018-09|||Ziad al-Nakhalah
YEM|L|REB|Abdul-Malik al-Houthi|Leader of the Houthi movement|2004-09|||Abdul Malik al-Houthi
"""

# org id|country code of the org|name|nationality|title ("(official)": not the body's head)|start|end[|aliases]
IGO_HEADS = """
Q1065|UNO|Trygve Lie|NOR|Secretary-General of the United Nations|1946-02|1952-11
Q1065|UNO|Dag Hammarskjöld|SWE|Secretary-General of the United Nations|1953-04|1961-09|Dag Hammarskjold
Q1065|UNO|U Thant|MMR|Secretary-General of the United Nations|1961-11|1971-12
Q1065|UNO|Kurt Waldheim|AUT|Secretary-General of the United Nations|1972-01|1981-12
Q1065|UNO|Javier Pérez de Cuéllar|PER|Secretary-General of the United Nations|1982-01|1991-12|Javier Perez de Cuellar
Q1065|UNO|Boutros Boutros-Ghali|EGY|Secretary-General of the United Nations|1992-01|1996-12
Q1065|UNO|Kofi Annan|GHA|Secretary-General of the United Nations|1997-01|2006-12
Q1065|UNO|Ban Ki-moon|KOR|Secretary-General of the United Nations|2007-01|2016-12
Q7817|UNO|Tedros Adhanom Ghebreyesus|ETH|Director-General of the World Health Organization|2017-07||Tedros Adhanom;\
Tedros
Q7804|IGO|Christine Lagarde|FRA|Managing Director of the International Monetary Fund|2011-07|2019-09
Q7804|IGO|Kristalina Georgieva|BGR|Managing Director of the International Monetary Fund|2019-10|
Q7164|IGO|David Malpass|USA|President of the World Bank|2019-04|2023-06
Q7164|IGO|Ajay Banga|USA|President of the World Bank|2023-06|
Q7825|IGO|Ngozi Okonjo-Iweala|NGA|Director-General of the World Trade Organization|2021-03|
Q47488|IGO|Karim Khan|GBR|Prosecutor of the International Criminal Court|2021-06||Karim A. A. Khan
Q47488|IGO|Fatou Bensouda|GMB|Prosecutor of the International Criminal Court|2012-06|2021-06
politika:unhcr|UNO|Filippo Grandi|ITA|United Nations High Commissioner for Refugees|2016-01|2025-12
Q740308|UNO|Catherine Russell|USA|Executive Director of UNICEF|2022-02|
Q740308|UNO|Henrietta Fore|USA|Executive Director of UNICEF|2018-01|2021-12
Q1065|UNO|Volker Türk|AUT|United Nations High Commissioner for Human Rights (official)|2022-10||Volker Turk
Q1065|UNO|Michelle Bachelet|CHL|United Nations High Commissioner for Human Rights (official)|2018-09|2022-08
Q1065|UNO|Martin Griffiths|GBR|UN Under-Secretary-General for Humanitarian Affairs (official)|2021-07|2024-06
Q1065|UNO|Tom Fletcher|GBR|UN Under-Secretary-General for Humanitarian Affairs (official)|2024-11|
Q1065|UNO|Philippe Lazzarini|CHE|Commissioner-General of UNRWA (official)|2020-03|
politika:phoenix-world-food-program|UNO|David Beasley|USA|Executive Director of the World Food Programme|2017-04|2023-04
"""

# name|country|sector|what (the fifteen richest people, Forbes 2024-2025)|aliases
RICHEST = """
Elon Musk|USA|BUS|chief executive of Tesla and SpaceX|Musk
Jeff Bezos|USA|BUS|founder of Amazon|
Mark Zuckerberg|USA|BUS|chief executive of Meta|Zuckerberg
Larry Ellison|USA|BUS|co-founder of Oracle|
Bernard Arnault|FRA|BUS|chief executive of LVMH|
Warren Buffett|USA|BUS|chief executive of Berkshire Hathaway|
Larry Page|USA|BUS|co-founder of Google|
Sergey Brin|USA|BUS|co-founder of Google|
Bill Gates|USA|BUS|co-founder of Microsoft|William H. Gates
Steve Ballmer|USA|BUS|former chief executive of Microsoft|
Jensen Huang|USA|BUS|chief executive of Nvidia|
Michael Bloomberg|USA|BUS|founder of Bloomberg L.P., Mayor of New York City 2002-2013|Mike Bloomberg
Mukesh Ambani|IND|BUS|chairman of Reliance Industries|
Gautam Adani|IND|BUS|chairman of the Adani Group|
Carlos Slim|MEX|BUS|chairman of América Movil|Carlos Slim Helú
Amancio Ortega|ESP|BUS|founder of Inditex|
"""

# American journalists and commentators of national reach, 2015-2025 (name|where): the anchors and prime-time
# hosts of the national networks and cable channels, the best-known political reporters, columnists and editors of
# the national papers and magazines, and the talk-radio, podcast and online hosts. People whose nationality we are
# not sure of (dual nationals, foreign-born hosts) are left out.
JOURNALISTS = """
Anderson Cooper|CNN
Wolf Blitzer|CNN
Jake Tapper|CNN
Kaitlan Collins|CNN
Erin Burnett|CNN
Dana Bash|CNN
Kate Bolduan|CNN
Abby Phillip|CNN
Kasie Hunt|CNN
John Berman|CNN
Poppy Harlow|CNN
Brianna Keilar|CNN
Jim Acosta|CNN
Manu Raju|CNN
Don Lemon|CNN to 2023
Chris Cuomo|CNN to 2021, NewsNation
Chris Wallace|Fox News to 2021, CNN
Sean Hannity|Fox News
Tucker Carlson|Fox News to 2023
Laura Ingraham|Fox News
Jesse Watters|Fox News|Jesse Waters
Bret Baier|Fox News
Martha MacCallum|Fox News
Neil Cavuto|Fox News
Greg Gutfeld|Fox News
Maria Bartiromo|Fox News
Shannon Bream|Fox News
Harris Faulkner|Fox News
Dana Perino|Fox News
Brian Kilmeade|Fox News
Steve Doocy|Fox News
Peter Doocy|Fox News
Ainsley Earhardt|Fox News
Howard Kurtz|Fox News
Mark Levin|Fox News, radio
Rachel Maddow|MSNBC
Joy Reid|MSNBC
Chris Hayes|MSNBC
Lawrence O'Donnell|MSNBC
Nicolle Wallace|MSNBC
Joe Scarborough|MSNBC
Mika Brzezinski|MSNBC
Ari Melber|MSNBC
Chris Matthews|MSNBC to 2020
Lester Holt|NBC
Savannah Guthrie|NBC
Kristen Welker|NBC
Chuck Todd|NBC
Andrea Mitchell|NBC
David Muir|ABC
George Stephanopoulos|ABC
Martha Raddatz|ABC
Jonathan Karl|ABC
Norah O'Donnell|CBS
Margaret Brennan|CBS
Gayle King|CBS
Scott Pelley|CBS
Lesley Stahl|CBS
John Dickerson|CBS
Judy Woodruff|PBS
Amna Nawaz|PBS
Maggie Haberman|The New York Times
Thomas Friedman|The New York Times|Thomas L. Friedman
Paul Krugman|The New York Times
David Brooks|The New York Times
Bob Woodward|The Washington Post
Carl Bernstein|The Washington Post
Peggy Noonan|The Wall Street Journal
David Remnick|The New Yorker
Jeffrey Goldberg|The Atlantic
Bari Weiss|The Free Press
Rush Limbaugh|radio
Hugh Hewitt|radio
Glenn Beck|radio
Joe Rogan|podcast
Ben Shapiro|The Daily Wire
Megyn Kelly|podcast
Bill O'Reilly|Fox News to 2017
Charlie Kirk|Turning Point USA
Candace Owens|podcast
Steve Bannon|War Room podcast; White House Chief Strategist 2017
"""

# name|country|aliases (national news outlets; kind media, sector JRN)
OUTLETS = """
CNN|USA|Cable News Network
Fox News|USA|Fox News Channel;FOX News
Fox Business|USA|Fox Business Network
MSNBC|USA|
CNBC|USA|
NBC News|USA|NBC
ABC News|USA|
CBS News|USA|CBS
NPR|USA|National Public Radio
PBS|USA|PBS NewsHour
C-SPAN|USA|
Newsmax|USA|
NewsNation|USA|
One America News|USA|OAN;One America News Network
The New York Times|USA|New York Times;NYT;N.Y. Times
The Washington Post|USA|Washington Post
The Wall Street Journal|USA|Wall Street Journal;WSJ
USA Today|USA|
Los Angeles Times|USA|LA Times;L.A. Times
Chicago Tribune|USA|
The Boston Globe|USA|Boston Globe
Miami Herald|USA|
The Detroit News|USA|Detroit News
Detroit Free Press|USA|
New York Post|USA|
Politico|USA|POLITICO
Axios|USA|
The Hill|USA|
HuffPost|USA|Huffington Post
BuzzFeed News|USA|
The Daily Beast|USA|Daily Beast
Breitbart News|USA|Breitbart
The Daily Wire|USA|Daily Wire
The New Yorker|USA|New Yorker
Newsweek|USA|
Rolling Stone|USA|
ProPublica|USA|
The Intercept|USA|
Bloomberg News|USA|
BBC|GBR|BBC News;British Broadcasting Corporation
Sky News|GBR|
ITV News|GBR|ITV
Channel 4 News|GBR|
The Guardian|GBR|
The Daily Telegraph|GBR|The Telegraph;Daily Telegraph
Financial Times|GBR|FT
Daily Mail|GBR|Mail Online;MailOnline
The Economist|GBR|
CBC News|CAN|Canadian Broadcasting Corporation
The Globe and Mail|CAN|Globe and Mail
Haaretz|ISR|
The Times of Israel|ISR|Times of Israel
The Jerusalem Post|ISR|Jerusalem Post
Le Monde|FRA|
Le Figaro|FRA|
Der Spiegel|DEU|Spiegel
Die Zeit|DEU|
Bild|DEU|
Kommersant|RUS|
Novaya Gazeta|RUS|
The Kyiv Independent|UKR|Kyiv Independent
NHK|JPN|
"""

CHIEF_ROLES = {"M": "military_chief", "S": "security_chief", "L": "leader"}
ROLES = {"S": "head_of_state", "G": "head_of_government", "L": "leader", "O": "official", "F": "foreign_minister",
         "D": "defence_minister", "I": "interior_minister", "M": "member"}  # (M: a member of a legislature)


def person(people: dict[str, dict[str, object]], name: str, country: str, sector: str,
            aliases: str) -> dict[str, object]:
    entity = people.setdefault(name, {"id": f"politika:{country.lower()}-{slug(name)}", "name": name,
                                      "type": "PERSON", "kind": "person", "country": country, "sector": sector,
                                      "aliases": [], "roles": []})
    known = entity["aliases"]
    assert isinstance(known, list)
    known.extend(a for a in aliases.split(";") if a and a not in known)
    return entity


def add_office(people: dict[str, dict[str, object]], country: str, kind: str, name: str, title: str, start: str,
               end: str, aliases: str = "", sector: str = "GOV", org: str = "") -> None:
    """A row of an office holders' table (``ROLES`` letter ``kind``): the person, their office (in body ``org``)."""
    roles = person(people, name, country, sector, aliases)["roles"]
    assert isinstance(roles, list)
    roles.append(f"{title}|{ROLES[kind]}|{country}|{sector}|{start}|{end}" + (f"|{org}" if org else ""))


def add_office_rows(people: dict[str, dict[str, object]], table: str) -> None:
    """Every row of a table ``country|role letter|name|title|start|end[|aliases;...]`` (:func:`add_office`)."""
    for line in table.strip().splitlines():
        country, kind, name, title, start, end, *aliases = line.split("|")
        add_office(people, country, kind, name, title, start, end, aliases[0] if aliases else "")


def leaders() -> list[dict[str, object]]:
    people: dict[str, dict[str, object]] = {}
    add_office_rows(people, LEADERS)
    for line in CHIEFS.strip().splitlines():
        country, kind, sector, name, title, start, end, org, *aliases = line.split("|")
        entity = person(people, name, country, sector, aliases[0] if aliases else "")
        roles = entity["roles"]
        assert isinstance(roles, list)
        roles.append(f"{title}|{CHIEF_ROLES[kind]}|{country}|{sector}|{start}|{end}|{org}".rstrip("|"))
    for line in IGO_HEADS.strip().splitlines():
        org, code, name, country, title, start, end, *aliases = line.split("|")
        entity = person(people, name, country, "GOV", aliases[0] if aliases else "")
        roles = entity["roles"]
        assert isinstance(roles, list)
        # the head of a body is its leader; an office inside the UN secretariat is an official's
        role = "official" if title.endswith(" (official)") else "leader"
        roles.append(f"{title.removesuffix(' (official)')}|{role}|{code}|GOV|{start}|{end}|{org}")
    return finish_people(people)


def figures() -> list[dict[str, object]]:
    people: dict[str, dict[str, object]] = {}
    for line in RICHEST.strip().splitlines():
        name, country, sector, _what, aliases = line.split("|")
        person(people, name, country, sector, aliases)
    for line in JOURNALISTS.strip().splitlines():
        name, _where, *aliases = line.split("|")
        person(people, name, "USA", "JRN", aliases[0] if aliases else "")
    return finish_people(people)


def finish_people(people: dict[str, dict[str, object]]) -> list[dict[str, object]]:
    out = list(people.values())
    for entity in out:
        if not entity["aliases"]:
            del entity["aliases"]
        if not entity["roles"]:
            del entity["roles"]
    return out


def outlets() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for line in OUTLETS.strip().splitlines():
        name, country, aliases = line.split("|")
        entity: dict[str, object] = {"id": f"politika:media-{slug(name)}", "name": name, "type": "ORG",
                                     "kind": "media", "country": country, "sector": "JRN"}
        if aliases:
            entity["aliases"] = aliases.split(";")
        out.append(entity)
    return out


def _write(name: str, entities: list[dict[str, object]]) -> None:
    write_entities(DATA / name, entities)


def main() -> None:
    people = leaders()
    # (us_officials.jsonl counts as an earlier file: build it first; Michael Bloomberg is in both)
    adopt_known_ids(people, {"world_leaders_20th_century.jsonl", "media_outlets.jsonl", "public_figures.jsonl"})
    _write("world_leaders_20th_century.jsonl", people)
    public = figures()
    adopt_known_ids(public, {"world_leaders_20th_century.jsonl", "media_outlets.jsonl", "public_figures.jsonl"})
    _write("public_figures.jsonl", public)
    _write("media_outlets.jsonl", outlets())


if __name__ == "__main__":
    main()
