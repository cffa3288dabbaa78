#!/usr/bin/env python3
"""Build ``parties.jsonl``: political parties (kind ``party``, sector PTY) so that "a BJP leader" or "a Likud
lawmaker" gets a country.

What the list covers, whole (not a choice of names):

* for each of these states, the parties holding seats in the national legislature (the lower house) after the last
  election before 2025-12 with at least 2 % of the seats, or in the government formed after it: the G20 members
  (Argentina, Australia, Brazil, Canada, France, Germany, India, Indonesia, Italy, Japan, Mexico, Russia, South
  Africa, South Korea, Turkey, the United Kingdom), Israel, Ukraine, Pakistan, Sri Lanka, Nepal, Egypt (2020),
  Poland, Hungary, Spain, the Netherlands (October 2025), Belgium, Sweden, Denmark, Norway (2025), Finland,
  Austria, Greece, Portugal (2025), Ireland, the Czech Republic (October 2025), Slovakia, Romania, Georgia,
  Armenia, Taiwan, the Philippines (2025), Malaysia (and its three coalitions), Thailand, Nigeria, Kenya,
  Colombia, Peru (2021) and New Zealand. An electoral alliance that sits as one group is one entry
  (GroenLinks-PvdA, AVS, Sumar, Historic Pact, Coalition for Change). India adds its six recognised national
  parties (AAP, BSP, CPI(M) and NPP besides BJP and INC); the UK lists every party that won a seat in 2024;
* where we are sure only of some parties, those: Serbia (SNS, SPS, the Vojvodina Hungarians), Iraq (the 2025
  leaders: Sudani's coalition, State of Law, Taqaddum), Lebanon (2022), Chile (November 2025), Argentina (the
  main blocs of 2025), Venezuela (PSUV and the opposition of the 2024 presidential election), Bangladesh (the 2024
  parliament and the BNP and Jamaat, which boycotted it), Syria (the Ba'ath party of the 2024 assembly, dissolved
  in 2025);
* the eight political groups of the European Parliament's tenth term (2024), country EUR;
* the best-known Islamist movements that act as parties: the Muslim Brotherhood and its parties (Egypt's
  Freedom and Justice Party, Jordan's Islamic Action Front, Tunisia's Ennahda, Morocco's PJD, Yemen's Islah),
  Egypt's Al-Nour, Pakistan's Jamaat-e-Islami and TLP.

Left out: parties another package file already holds (the US Republican and Democratic parties and the UK
Conservative and Labour parties of ``organisations.jsonl``; from Phoenix the Communist Party of China, the ANC,
Iraq's Kurdistan Democratic Party ("Kurdish Democratic Party") and Patriotic Union of Kurdistan, Lebanon's Amal
and Hezbollah, which stay as they are), China's minor parties, Saudi Arabia and Iran (no parties in the
legislature), the US (no other party holds House seats). Sinn Féin is Irish (IRL), though it also sits at
Westminster.

Aliases are the press's abbreviations, native names in Latin script and former names the press still uses. Left
out on purpose: plain English words ("Liberals", "Greens", "Labor", "Reform", "Forward", "Plaid"); a generic name
without its country (the name then carries the country in brackets: "Socialist Party (France)"); abbreviations
that are common other acronyms or shared by two parties here (PS, PD, PT, PL, DA, MR, SD, SP, the Czech SPD, SNS,
PSD, Indonesia's PAN, South Korea's PPP, TPP, BBB, SaS, POT, APP, IPP, GPS, PAC, NPC, Malaysia's PAS); ISO 3166
codes that ``country_of_name`` reads as a state (PAN, PRI, SGP, MDG, TUV); names another package entity already
has ("National Front", MQM, Bersatu, UDA); a person's or a place's name (Deva, STAN); abbreviations that other
bodies or terms of the news bear as often (PTI: the Press Trust of India, the byline of Indian papers; PPP:
purchasing-power parity, public-private partnership; INC; AAP: the American Academy of Pediatrics; EFF: the
Electronic Frontier Foundation; APC: an armoured personnel carrier; CHP: the California Highway Patrol; CSU, PSL):
the party's full name still finds it. Indian National Congress
keeps "Congress" (the actor code tells it from the US Congress).

Written for politika from public facts (the maintainer's knowledge of the world, 2026-12); no name taken from an
eval set or another project's text. Facts we were not sure of (seat counts near 2 %, coalition members) are left
out.

    .venv/bin/python scripts/build_kb_parties.py
"""

from __future__ import annotations

import re
from pathlib import Path

from build_kb_us_officials import slug, write_entities  # scripts/ is on the path of a script run from it

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "politika" / "kb" / "data"

# country|name|aliases;... (a line starting with # names the election)
PARTIES = """
# European Parliament, the political groups of the tenth term (July 2024), coded EUR as the EU's bodies are
EUR|European People's Party Group|European People's Party;EPP Group;EPP
EUR|Progressive Alliance of Socialists and Democrats|Socialists and Democrats;S&D
EUR|Patriots for Europe|
EUR|European Conservatives and Reformists|ECR Group
EUR|Renew Europe|
EUR|Greens–European Free Alliance|Greens/EFA
EUR|The Left in the European Parliament|GUE/NGL
EUR|Europe of Sovereign Nations|
# United Kingdom, House of Commons, July 2024 (every party with a seat; Sinn Féin under Ireland)
GBR|Liberal Democrats|Lib Dems;Lib Dem;LibDems;Liberal Democrat Party
GBR|Scottish National Party|SNP
GBR|Reform UK|Reform UK Party;Brexit Party
GBR|Democratic Unionist Party|DUP
GBR|Green Party of England and Wales|
GBR|Plaid Cymru|Plaid Cymru – The Party of Wales
GBR|Social Democratic and Labour Party|SDLP
GBR|Alliance Party of Northern Ireland|Alliance Party
GBR|Ulster Unionist Party|UUP
GBR|Traditional Unionist Voice|
# Ireland, Dáil, November 2024
IRL|Fianna Fáil|
IRL|Sinn Féin|
IRL|Fine Gael|
IRL|Irish Labour Party|Labour Party (Ireland)
IRL|Social Democrats (Ireland)|
IRL|Independent Ireland|
# Canada, House of Commons, April 2025
CAN|Liberal Party of Canada|
CAN|Conservative Party of Canada|
CAN|Bloc Québécois|
CAN|New Democratic Party|NDP
# Australia, House of Representatives, May 2025
AUS|Australian Labor Party|ALP
AUS|Liberal Party of Australia|
AUS|National Party of Australia|
AUS|Liberal National Party of Queensland|LNP
# New Zealand, House of Representatives, October 2023
NZL|New Zealand National Party|
NZL|New Zealand Labour Party|
NZL|Green Party of Aotearoa New Zealand|
NZL|ACT New Zealand|ACT Party
NZL|New Zealand First|NZ First
NZL|Te Pāti Māori|Māori Party
# France, Assemblée nationale, July 2024
FRA|National Rally|Rassemblement National;Front National;RN
FRA|Renaissance (France)|La République En Marche;LREM;LaREM;En Marche
FRA|Democratic Movement (France)|MoDem;Mouvement démocrate
FRA|Horizons (France)|
FRA|La France Insoumise|France Unbowed;LFI
FRA|Socialist Party (France)|Parti Socialiste
FRA|The Republicans (France)|Les Républicains
FRA|Les Écologistes|Europe Écologie Les Verts;EELV
FRA|French Communist Party|Parti communiste français;PCF
FRA|Union of the Right for the Republic|Union des droites pour la République;UDR
# Germany, Bundestag, February 2025
DEU|Christian Democratic Union|Christian Democratic Union of Germany;Christlich Demokratische Union Deutschlands;CDU;\
CDU/CSU
DEU|Christian Social Union|Christian Social Union in Bavaria;Christlich-Soziale Union in Bayern
DEU|Alternative for Germany|Alternative für Deutschland;AfD
DEU|Social Democratic Party of Germany|Sozialdemokratische Partei Deutschlands;SPD
DEU|Alliance 90/The Greens|Bündnis 90/Die Grünen
DEU|Die Linke|The Left (Germany)
# Italy, Chamber of Deputies, September 2022
ITA|Brothers of Italy|Fratelli d'Italia;FdI
ITA|Democratic Party (Italy)|Partito Democratico
ITA|Five Star Movement|Movimento 5 Stelle;M5S;5-Star Movement
ITA|Lega|Northern League;Lega Nord;Lega per Salvini Premier
ITA|Forza Italia|
ITA|Azione|
ITA|Italia Viva|
ITA|Greens and Left Alliance|Alleanza Verdi e Sinistra;AVS
ITA|Noi Moderati|
# Spain, Congress of Deputies, July 2023
ESP|People's Party (Spain)|Partido Popular;Popular Party;PP
ESP|Spanish Socialist Workers' Party|Partido Socialista Obrero Español;PSOE
ESP|Vox|
ESP|Sumar|
ESP|Republican Left of Catalonia|Esquerra Republicana de Catalunya;Esquerra Republicana;ERC
ESP|Junts per Catalunya|Together for Catalonia;Junts
# Portugal, Assembly of the Republic, May 2025
PRT|Social Democratic Party (Portugal)|Partido Social Democrata
PRT|Chega|
PRT|Socialist Party (Portugal)|Partido Socialista
PRT|Liberal Initiative|Iniciativa Liberal
PRT|Livre|
PRT|CDS – People's Party|CDS-PP;Centro Democrático e Social – Partido Popular
# Netherlands, House of Representatives, October 2025
NLD|Democrats 66|Democraten 66;D66
NLD|Party for Freedom|Partij voor de Vrijheid;PVV
NLD|People's Party for Freedom and Democracy|Volkspartij voor Vrijheid en Democratie;VVD
NLD|GroenLinks–PvdA|GL-PvdA;GreenLeft–Labour;GroenLinks;Partij van de Arbeid;PvdA
NLD|Christian Democratic Appeal|Christen-Democratisch Appèl;CDA
NLD|JA21|
NLD|Forum for Democracy|Forum voor Democratie;FvD
NLD|Farmer–Citizen Movement|BoerBurgerBeweging
NLD|DENK|
NLD|Reformed Political Party|Staatkundig Gereformeerde Partij
NLD|Party for the Animals|Partij voor de Dieren;PvdD
NLD|Christian Union (Netherlands)|ChristenUnie
NLD|Socialist Party (Netherlands)|Socialistische Partij
# Belgium, Chamber of Representatives, June 2024
BEL|New Flemish Alliance|Nieuw-Vlaamse Alliantie;N-VA
BEL|Vlaams Belang|Flemish Interest
BEL|Reformist Movement|Mouvement Réformateur
BEL|Socialist Party (Belgium)|
BEL|Workers' Party of Belgium|PVDA-PTB;PTB;Parti du Travail de Belgique
BEL|Les Engagés|
BEL|Vooruit|
BEL|Christian Democratic and Flemish|CD&V
BEL|Open Vld|Open Flemish Liberals and Democrats
BEL|Groen|
BEL|Ecolo|
# Sweden, Riksdag, September 2022
SWE|Swedish Social Democratic Party|Socialdemokraterna;Swedish Social Democrats
SWE|Sweden Democrats|Sverigedemokraterna
SWE|Moderate Party|Moderaterna
SWE|Left Party (Sweden)|Vänsterpartiet
SWE|Centre Party (Sweden)|Centerpartiet
SWE|Christian Democrats (Sweden)|Kristdemokraterna
SWE|Green Party (Sweden)|Miljöpartiet
SWE|Liberals (Sweden)|Liberalerna
# Denmark, Folketing, November 2022
DNK|Social Democrats (Denmark)|Socialdemokratiet
DNK|Venstre|
DNK|Moderates (Denmark)|Moderaterne
DNK|Green Left (Denmark)|Socialistisk Folkeparti;Socialist People's Party
DNK|Denmark Democrats|Danmarksdemokraterne
DNK|Liberal Alliance|
DNK|Conservative People's Party|Det Konservative Folkeparti
DNK|Red–Green Alliance|Enhedslisten
DNK|Danish Social Liberal Party|Radikale Venstre
DNK|New Right (Denmark)|Nye Borgerlige
DNK|The Alternative (Denmark)|Alternativet
DNK|Danish People's Party|Dansk Folkeparti
# Norway, Storting, September 2025
NOR|Norwegian Labour Party|Arbeiderpartiet
NOR|Progress Party (Norway)|Fremskrittspartiet;FrP
NOR|Conservative Party (Norway)|Høyre
NOR|Centre Party (Norway)|Senterpartiet
NOR|Socialist Left Party|Sosialistisk Venstreparti
NOR|Red Party (Norway)|Rødt
NOR|Green Party (Norway)|Miljøpartiet De Grønne
NOR|Christian Democratic Party (Norway)|Kristelig Folkeparti;KrF
# Finland, Eduskunta, April 2023
FIN|National Coalition Party|Kokoomus
FIN|Finns Party|Perussuomalaiset;True Finns
FIN|Social Democratic Party of Finland|Suomen Sosialidemokraattinen Puolue;SDP
FIN|Centre Party (Finland)|Keskusta
FIN|Green League|Vihreät
FIN|Left Alliance (Finland)|Vasemmistoliitto
FIN|Swedish People's Party of Finland|Svenska folkpartiet
FIN|Christian Democrats (Finland)|Kristillisdemokraatit
# Austria, National Council, September 2024
AUT|Freedom Party of Austria|Freiheitliche Partei Österreichs;Austrian Freedom Party;FPÖ
AUT|Austrian People's Party|Österreichische Volkspartei;ÖVP
AUT|Social Democratic Party of Austria|Sozialdemokratische Partei Österreichs;SPÖ
AUT|NEOS|NEOS – The New Austria and Liberal Forum
AUT|The Greens – The Green Alternative|Die Grünen – Die Grüne Alternative;Austrian Greens
# Greece, Hellenic Parliament, June 2023
GRC|New Democracy (Greece)|Nea Dimokratia
GRC|Syriza|Coalition of the Radical Left
GRC|PASOK|PASOK – Movement for Change;Panhellenic Socialist Movement
GRC|Communist Party of Greece|KKE
GRC|Spartans (Greece)|Spartiates
GRC|Greek Solution|Elliniki Lysi
GRC|Niki (Greece)|
GRC|Course of Freedom|Plefsi Eleftherias
# Poland, Sejm, October 2023
POL|Law and Justice|Prawo i Sprawiedliwość;PiS
POL|Civic Platform|Platforma Obywatelska;Civic Coalition;Koalicja Obywatelska
POL|Polish People's Party|Polskie Stronnictwo Ludowe
POL|Poland 2050|Polska 2050
POL|New Left (Poland)|Nowa Lewica;Lewica
POL|Confederation Liberty and Independence|Konfederacja;Konfederacja Wolność i Niepodległość
# Hungary, National Assembly, April 2022
HUN|Fidesz|Fidesz – Hungarian Civic Alliance
HUN|Christian Democratic People's Party (Hungary)|KDNP
HUN|Democratic Coalition (Hungary)|Demokratikus Koalíció
HUN|Jobbik|
HUN|Hungarian Socialist Party|MSZP
HUN|Momentum Movement|Momentum Mozgalom
HUN|Dialogue – The Greens' Party|Párbeszéd
HUN|LMP – Hungary's Green Party|Lehet Más a Politika;LMP
HUN|Our Homeland Movement|Mi Hazánk
# Czech Republic, Chamber of Deputies, October 2025
CZE|ANO 2011|ANO
CZE|Civic Democratic Party (Czech Republic)|Občanská demokratická strana;ODS
CZE|Mayors and Independents|Starostové a nezávislí
CZE|KDU-ČSL|Christian and Democratic Union – Czechoslovak People's Party
CZE|TOP 09|
CZE|Czech Pirate Party|Piráti
CZE|Freedom and Direct Democracy|Svoboda a přímá demokracie
CZE|Motorists for Themselves|Motoristé sobě
# Slovakia, National Council, September 2023
SVK|Smer – Social Democracy|Smer;Smer-SD;Direction – Social Democracy
SVK|Progressive Slovakia|Progresívne Slovensko
SVK|Hlas – Social Democracy|Hlas;Hlas-SD;Voice – Social Democracy
SVK|Ordinary People and Independent Personalities|OĽaNO
SVK|Christian Democratic Movement|Kresťanskodemokratické hnutie;KDH
SVK|Freedom and Solidarity|Sloboda a Solidarita
SVK|Slovak National Party|Slovenská národná strana
# Romania, Chamber of Deputies, December 2024
ROU|Social Democratic Party (Romania)|Partidul Social Democrat
ROU|Alliance for the Union of Romanians|Alianța pentru Unirea Românilor;AUR
ROU|National Liberal Party (Romania)|Partidul Național Liberal;PNL
ROU|Save Romania Union|Uniunea Salvați România;USR
ROU|SOS Romania|
ROU|Party of Young People|Partidul Oamenilor Tineri
ROU|Democratic Alliance of Hungarians in Romania|UDMR;RMDSZ
# Serbia, National Assembly, December 2023 (the parties we are sure of)
SRB|Serbian Progressive Party|Srpska napredna stranka
SRB|Socialist Party of Serbia|SPS
SRB|Alliance of Vojvodina Hungarians|Savez vojvođanskih Mađara;SVM
# Georgia, Parliament, October 2024
GEO|Georgian Dream|Georgian Dream – Democratic Georgia
GEO|United National Movement|UNM
GEO|Coalition for Change|
GEO|Strong Georgia|
GEO|For Georgia|Gakharia for Georgia
# Armenia, National Assembly, June 2021
ARM|Civil Contract|Civil Contract Party
ARM|Armenia Alliance|
ARM|I Have Honor Alliance|
# Ukraine, Verkhovna Rada, July 2019
UKR|Servant of the People|Sluha Narodu
UKR|Opposition Platform — For Life|OPFL
UKR|Batkivshchyna|Fatherland Party;All-Ukrainian Union Fatherland
UKR|European Solidarity|
UKR|Holos|
# Russia, State Duma, September 2021
RUS|United Russia|Yedinaya Rossiya
RUS|Communist Party of the Russian Federation|CPRF;KPRF
RUS|A Just Russia – For Truth|A Just Russia;Spravedlivaya Rossiya
RUS|Liberal Democratic Party of Russia|LDPR
RUS|New People (Russia)|Novye Lyudi
# Turkey, Grand National Assembly, May 2023
TUR|Justice and Development Party|Adalet ve Kalkınma Partisi;AKP;AK Party;AK Parti
TUR|Republican People's Party|Cumhuriyet Halk Partisi
TUR|Peoples' Equality and Democracy Party|Halkların Eşitlik ve Demokrasi Partisi;DEM Party;DEM Parti;\
Peoples' Democratic Party;HDP
TUR|Nationalist Movement Party|Milliyetçi Hareket Partisi;MHP
TUR|İyi Party|İYİ Parti;İYİ
TUR|Democracy and Progress Party|DEVA Party;Demokrasi ve Atılım Partisi
# Israel, Knesset, November 2022
ISR|Likud|
ISR|Yesh Atid|
ISR|Religious Zionist Party|
ISR|Otzma Yehudit|Jewish Power
ISR|Noam (Israel)|
ISR|National Unity (Israel)|HaMahane HaMamlakhti
ISR|New Hope (Israel)|
ISR|Shas|
ISR|United Torah Judaism|UTJ
ISR|Yisrael Beiteinu|Yisrael Beytenu
ISR|United Arab List|Ra'am
ISR|Hadash–Ta'al|Hadash;Ta'al
ISR|Israeli Labor Party|Labor Party (Israel);HaAvoda
# Egypt, House of Representatives, 2020
EGY|Nation's Future Party|Mostaqbal Watan;Future of the Nation Party
EGY|Republican People's Party (Egypt)|
EGY|New Wafd Party|Wafd Party
EGY|Homeland Defenders Party|Homeland's Protectors Party
# Iraq, Council of Representatives, November 2025 (the parties we are sure of)
IRQ|Reconstruction and Development Coalition|
IRQ|State of Law Coalition|State of Law
IRQ|Taqaddum|Progress Party (Iraq)
# Lebanon, Parliament, May 2022 (Hezbollah is an armed group in organisations.jsonl)
LBN|Lebanese Forces|
LBN|Free Patriotic Movement|FPM
LBN|Progressive Socialist Party|
LBN|Kataeb Party|Kataeb;Lebanese Phalanges
# Syria, People's Assembly, July 2024 (dissolved in January 2025)
SYR|Ba'ath Party (Syria)|Arab Socialist Ba'ath Party;Baath Party
# Pakistan, National Assembly, February 2024
PAK|Pakistan Tehreek-e-Insaf|Pakistan Tehreek-i-Insaf
PAK|Pakistan Muslim League (N)|Pakistan Muslim League-Nawaz;PML-N;PMLN
PAK|Pakistan Peoples Party|Pakistan People's Party
PAK|Muttahida Qaumi Movement – Pakistan|MQM-P
PAK|Jamiat Ulema-e-Islam (F)|JUI-F;Jamiat Ulema-e-Islam
PAK|Sunni Ittehad Council|
PAK|Pakistan Muslim League (Q)|PML-Q
PAK|Istehkam-e-Pakistan Party|
# India, Lok Sabha, June 2024, and the six national parties
IND|Bharatiya Janata Party|BJP
IND|Indian National Congress|Congress;Congress party
IND|Samajwadi Party|
IND|All India Trinamool Congress|Trinamool Congress;Trinamool;TMC;AITC
IND|Dravida Munnetra Kazhagam|DMK
IND|Telugu Desam Party|TDP
IND|Janata Dal (United)|JD(U);JDU
IND|Shiv Sena|
IND|Lok Janshakti Party (Ram Vilas)|LJP(RV)
IND|Janata Dal (Secular)|JD(S)
IND|Hindustani Awam Morcha|Hindustani Awam Morcha (Secular)
IND|Rashtriya Lok Dal|RLD
IND|Apna Dal (Soneylal)|
IND|Aam Aadmi Party|
IND|Bahujan Samaj Party|BSP
IND|Communist Party of India (Marxist)|CPI(M)
IND|National People's Party (India)|
# Bangladesh, Jatiya Sangsad, January 2024, and the parties that boycotted it
BGD|Awami League|Bangladesh Awami League
BGD|Jatiya Party (Ershad)|
BGD|Bangladesh Nationalist Party|BNP
BGD|Bangladesh Jamaat-e-Islami|Jamaat-e-Islami Bangladesh
# Sri Lanka, Parliament, November 2024
LKA|National People's Power|Jathika Jana Balawegaya;NPP
LKA|Samagi Jana Balawegaya|SJB
LKA|Illankai Tamil Arasu Kachchi|ITAK
LKA|New Democratic Front (Sri Lanka)|
# Nepal, House of Representatives, November 2022
NPL|Nepali Congress|
NPL|CPN (UML)|Communist Party of Nepal (Unified Marxist–Leninist)
NPL|CPN (Maoist Centre)|Communist Party of Nepal (Maoist Centre);CPN-MC;Maoist Centre
NPL|Rastriya Swatantra Party|RSP
NPL|Rastriya Prajatantra Party|RPP
NPL|Janata Samajbadi Party|
NPL|CPN (Unified Socialist)|Communist Party of Nepal (Unified Socialist)
NPL|Janamat Party|
# Taiwan, Legislative Yuan, January 2024
TWN|Kuomintang|KMT;Chinese Nationalist Party
TWN|Democratic Progressive Party|DPP
TWN|Taiwan People's Party|
# Japan, House of Representatives, October 2024
JPN|Liberal Democratic Party (Japan)|LDP;Jiminto
JPN|Constitutional Democratic Party of Japan|CDP;CDPJ
JPN|Japan Innovation Party|Nippon Ishin no Kai;Ishin
JPN|Democratic Party for the People|DPFP
JPN|Komeito|New Komeito
# South Korea, National Assembly, April 2024
KOR|Democratic Party of Korea|DPK;Minjoo Party
KOR|People Power Party|
KOR|Rebuilding Korea Party|
# Indonesia, People's Representative Council, February 2024
IDN|Indonesian Democratic Party of Struggle|Partai Demokrasi Indonesia Perjuangan;PDI-P;PDIP
IDN|Golkar|Golkar Party;Partai Golkar
IDN|Gerindra|Gerindra Party;Great Indonesia Movement Party
IDN|NasDem Party|NasDem
IDN|National Awakening Party|Partai Kebangkitan Bangsa;PKB
IDN|Prosperous Justice Party|Partai Keadilan Sejahtera;PKS
IDN|National Mandate Party|Partai Amanat Nasional
IDN|Democratic Party (Indonesia)|Partai Demokrat
# Philippines, House of Representatives, May 2025
PHL|Lakas–CMD|
PHL|National Unity Party (Philippines)|
PHL|Nationalist People's Coalition|
PHL|Nacionalista Party|
PHL|Partido Federal ng Pilipinas|
# Malaysia, Dewan Rakyat, November 2022 (and the coalitions)
MYS|Democratic Action Party|DAP
MYS|People's Justice Party (Malaysia)|Parti Keadilan Rakyat;PKR
MYS|National Trust Party|Parti Amanah Negara;Amanah
MYS|Malaysian Islamic Party|Parti Islam Se-Malaysia
MYS|Malaysian United Indigenous Party|Parti Pribumi Bersatu Malaysia
MYS|United Malays National Organisation|UMNO
MYS|Gabungan Parti Sarawak|
MYS|Gabungan Rakyat Sabah|
MYS|Pakatan Harapan|
MYS|Perikatan Nasional|
MYS|Barisan Nasional|
# Thailand, House of Representatives, May 2023
THA|People's Party (Thailand)|Move Forward Party
THA|Pheu Thai Party|Pheu Thai
THA|Bhumjaithai Party|Bhumjaithai
THA|Palang Pracharath Party|Palang Pracharath
THA|United Thai Nation Party|Ruam Thai Sang Chart
THA|Democrat Party (Thailand)|
THA|Chart Thai Pattana Party|Chart Thai Pattana
# Nigeria, House of Representatives, February 2023
NGA|All Progressives Congress|
NGA|Peoples Democratic Party (Nigeria)|PDP
NGA|Labour Party (Nigeria)|
NGA|New Nigeria Peoples Party|NNPP
# Kenya, National Assembly, August 2022
KEN|United Democratic Alliance|
KEN|Orange Democratic Movement|ODM
KEN|Jubilee Party|
KEN|Wiper Democratic Movement|
KEN|Amani National Congress|
# South Africa, National Assembly, May 2024 (the ANC is in phoenix_groups.jsonl)
ZAF|Democratic Alliance|
ZAF|uMkhonto weSizwe Party|MK Party
ZAF|Economic Freedom Fighters|
ZAF|Inkatha Freedom Party|IFP
ZAF|Patriotic Alliance|
ZAF|Freedom Front Plus|Vryheidsfront Plus
ZAF|United Democratic Movement|UDM
ZAF|Rise Mzansi|
ZAF|GOOD (South Africa)|
ZAF|Pan Africanist Congress of Azania|Pan Africanist Congress
ZAF|Al Jama-ah|
# Mexico, Chamber of Deputies, June 2024
MEX|Morena|National Regeneration Movement;Movimiento Regeneración Nacional
MEX|National Action Party|Partido Acción Nacional
MEX|Ecologist Green Party of Mexico|Partido Verde Ecologista de México;PVEM
MEX|Labor Party (Mexico)|Partido del Trabajo
MEX|Institutional Revolutionary Party|Partido Revolucionario Institucional
MEX|Citizens' Movement|Movimiento Ciudadano
# Brazil, Chamber of Deputies, October 2022
BRA|Liberal Party (Brazil)|Partido Liberal
BRA|Workers' Party (Brazil)|Partido dos Trabalhadores
BRA|União Brasil|
BRA|Progressistas|
BRA|Brazilian Democratic Movement|Movimento Democrático Brasileiro;MDB;PMDB
BRA|Social Democratic Party (Brazil)|Partido Social Democrático
BRA|Republicanos|
BRA|Democratic Labour Party (Brazil)|Partido Democrático Trabalhista
BRA|Brazilian Socialist Party|Partido Socialista Brasileiro;PSB
BRA|Brazilian Social Democracy Party|Partido da Social Democracia Brasileira;PSDB
BRA|Socialism and Liberty Party|Partido Socialismo e Liberdade;PSOL
BRA|Podemos (Brazil)|
BRA|Communist Party of Brazil|Partido Comunista do Brasil;PCdoB
BRA|Sustainability Network|Rede Sustentabilidade
# Argentina, Chamber of Deputies, October 2025 (the main blocs)
ARG|La Libertad Avanza|Freedom Advances;LLA
ARG|Justicialist Party|Partido Justicialista
ARG|Republican Proposal|Propuesta Republicana
ARG|Radical Civic Union|Unión Cívica Radical;UCR
# Colombia, Chamber of Representatives, March 2022
COL|Colombian Liberal Party|Partido Liberal Colombiano
COL|Historic Pact|Pacto Histórico
COL|Colombian Conservative Party|Partido Conservador Colombiano
COL|Radical Change|Cambio Radical
COL|Party of the U|Partido de la U;La U
COL|Democratic Center (Colombia)|Centro Democrático
COL|Green Alliance (Colombia)|Alianza Verde
COL|Comunes|
# Chile, Chamber of Deputies, November 2025 (the parties we are sure of)
CHL|Republican Party (Chile)|Partido Republicano de Chile
CHL|National Renewal|Renovación Nacional
CHL|Independent Democratic Union|Unión Demócrata Independiente;UDI
CHL|Broad Front (Chile)|Frente Amplio
CHL|Socialist Party of Chile|Partido Socialista de Chile
CHL|Communist Party of Chile|Partido Comunista de Chile
CHL|Party of the People (Chile)|Partido de la Gente
CHL|National Libertarian Party|Partido Nacional Libertario
# Peru, Congress, April 2021
PER|Free Peru|Perú Libre
PER|Popular Force|Fuerza Popular
PER|Popular Action (Peru)|Acción Popular
PER|Alliance for Progress (Peru)|Alianza para el Progreso
PER|Go on Country|Avanza País
PER|Popular Renewal|Renovación Popular
PER|Together for Peru|Juntos por el Perú
PER|We Are Peru|Somos Perú
PER|Podemos Perú|
PER|Purple Party|Partido Morado
# Venezuela: the government party and the opposition of the 2024 presidential election
VEN|United Socialist Party of Venezuela|Partido Socialista Unido de Venezuela;PSUV
VEN|Unitary Platform|Plataforma Unitaria;Unitary Platform of Venezuela
VEN|Vente Venezuela|
# Islamist movements that act as parties
EGY|Muslim Brotherhood|Society of the Muslim Brothers;Ikhwan;al-Ikhwan al-Muslimun
EGY|Freedom and Justice Party|
EGY|Al-Nour Party|Nour Party
JOR|Islamic Action Front|
TUN|Ennahda|Ennahda Movement;Ennahdha
MAR|Justice and Development Party (Morocco)|PJD
YEM|Al-Islah|Islah;Yemeni Congregation for Reform
PAK|Jamaat-e-Islami Pakistan|
PAK|Tehreek-e-Labbaik Pakistan|TLP
"""


# the bracketed countries that tell a generic name apart ("Socialist Party (France)")
QUALIFIERS = {"Belgium", "Brazil", "Chile", "Colombia", "Czech Republic", "Denmark", "Egypt", "Finland", "France",
              "Germany", "Greece", "Hungary", "India", "Indonesia", "Iraq", "Ireland", "Israel", "Italy", "Japan",
              "Morocco", "Netherlands", "Nigeria", "Norway", "Peru", "Philippines", "Poland", "Portugal", "Romania",
              "Russia", "South Africa", "Spain", "Sri Lanka", "Sweden", "Syria", "Thailand", "Malaysia", "Mexico"}


def parties() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    seen: dict[str, str] = {}
    for line in PARTIES.replace("\\\n", "").strip().splitlines():
        if line.startswith("#"):
            continue
        country, name, aliases = line.split("|")
        # the id drops a bracketed country: "Socialist Party (France)" → politika:party-fra-socialist-party
        bracket = re.search(r" [(]([^()]*)[)]$", name)
        base = name[:bracket.start()] if bracket and bracket.group(1) in QUALIFIERS else name
        entity_id = f"politika:party-{country.lower()}-{slug(re.sub('[–—]', '-', base))}"
        assert entity_id not in seen, entity_id
        seen[entity_id] = name
        entity: dict[str, object] = {"id": entity_id, "name": name, "type": "ORG", "kind": "party",
                                     "country": country, "sector": "PTY"}
        if aliases:
            entity["aliases"] = aliases.split(";")
        out.append(entity)
    return out


def main() -> None:
    write_entities(DATA / "parties.jsonl", parties())


if __name__ == "__main__":
    main()
