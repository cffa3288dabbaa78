#!/usr/bin/env python3
"""Build ``world_bodies.jsonl``: state bodies of states other than the US and UK that the press names by a proper
name or an acronym on its own ("the Bundeswehr", "the DGSE", "the Rajya Sabha", "the RCMP"), so that they get a
state and a sector.

What the list covers, whole (not a choice of names), as of 2025: for these 20 states (Germany, France, India,
Pakistan, Israel, Iran, Russia, Ukraine, China, Turkey, Saudi Arabia, Japan, Myanmar, Brazil, Mexico, South Korea,
North Korea, Canada, Australia, Nigeria), the intelligence and security services, the national police forces,
gendarmeries and paramilitary police, the armed forces and the houses of the national legislature, where the
English-language press names them by a proper name or an acronym that does not carry the state's name or demonym;
and these bodies named on their own: Russia's Roskomnadzor and Investigative Committee, Ukraine's NABU and SAPO,
China's Central Military Commission and CCDI, Brazil's STF, Mexico's FGR, Nigeria's EFCC
and NDLEA. Egypt was looked at and has none: its services are named "Egyptian ..." or by names other states'
bodies bear (GIS, Mukhabarat).

Left out: bodies named only by generic words or with their state's name ("Indian Army", "Pakistan Army", "French
Senate", "the Foreign Ministry", "Parliament of Canada"): the actors layer takes their state from the words or
from the article; metonyms (the Élysée, the Kremlin, Zhongnanhai), as ``state_bodies.jsonl`` leaves out the White
House; parties (the CCP); ministries other than those listed.

Codes: ``country`` ISO alpha-3. ``kind`` ``agency``, the armed forces ``military``. ``sector``: SPY intelligence
and security services; COP police, gendarmeries, paramilitary police and anti-corruption bureaus; MIL armed forces
(and ISPR, the Pakistani armed forces' press wing, and the Central Military Commission); LEG legislatures; JUD
courts and prosecutors (STF, SAPO, FGR); GOV others (Roskomnadzor, the CCDI).

Bodies another package file already holds with the right country are not repeated: the Bundestag, the
Assemblée nationale, the Lok Sabha, the Assam Rifles, Iran's Islamic Consultative Assembly (Phoenix folds the
Guardian Council and the Assembly of Experts into its names, same state and sector), the Knesset, Shin Bet, Mossad,
the IDF, the IRGC, Basij, the Quds Force, the FSB, SVR, GRU, Rosgvardia, the State Duma, the Federation Council, the
SBU, HUR, the Verkhovna Rada, the Ukrainian armed forces, the People's Liberation Army, the National People's
Congress. Missing press names are added under the held entity's id (``EXTRA_NAMES``, merged on loading): "ISI" for
Phoenix's Inter-Services Intelligence.

Aliases are the bodies' own names (in the state's language too) and acronyms. Left out on purpose: plain English
words, country, city and person names, bare names other states' bodies bear ("Federal Police", "National Guard",
"Gendarmerie", "Majlis", "Diet", "Bundesrat", "National Assembly", "Federal Intelligence Service", "Intelligence
Bureau", "Investigative Committee", "Centro Nacional de Inteligencia", "Mukhabarat", "Aman"); acronyms that are
common other terms or that other bodies bear as often: ED (Enforcement Directorate), CBI (the Confederation of
British Industry), NIA (India's and Nigeria's), RAW (a word; "R&AW" kept), NSG (the Nuclear Suppliers Group), FIA
(motor sport), MIT (the Massachusetts Institute of Technology), GIS, PLA and PAP (Singapore's People's Action
Party), NPC, CMC, SDF (the Syrian Democratic Forces), NIS (the Israeli shekel), CSIS (the Washington think tank),
CSE, AFP (Agence France-Presse), ADF, ASD, DSS (the US Diplomatic Security Service), DCI, MAD, DRM, RGB, SPA, TSE,
CNI (Spain's and Mexico's), MVD, FSO.

Written for politika from public facts (the maintainer's knowledge of the world, 2026-12); no name taken from an
eval set or from another project's text.

    .venv/bin/python scripts/build_kb_world_bodies.py
"""

from __future__ import annotations

# scripts/ is on the path of a script run from it
from build_kb_us_officials import slug
from kb_tables import extra_names, table_entities, write_with_alias_count

OUT_NAME = "world_bodies.jsonl"
KINDS = {"GOV": "agency", "COP": "agency", "SPY": "agency", "JUD": "agency", "LEG": "agency", "MIL": "military"}
STATES = ("DEU", "FRA", "IND", "PAK", "ISR", "IRN", "RUS", "UKR", "CHN", "TUR", "SAU", "JPN", "MMR", "BRA", "MEX",
          "KOR", "PRK", "CAN", "AUS", "NGA")

# country|sector|name|aliases;... (a line starting with # names the state)
BODIES = """
# Germany (the Bundestag is held by organisations.jsonl)
DEU|MIL|Bundeswehr|German Armed Forces
DEU|SPY|Bundesnachrichtendienst|BND;German Federal Intelligence Service
DEU|SPY|Federal Office for the Protection of the Constitution|Bundesamt für Verfassungsschutz;Verfassungsschutz;BfV
DEU|SPY|Militärischer Abschirmdienst|Military Counterintelligence Service (Germany)
DEU|COP|Bundeskriminalamt|BKA;Federal Criminal Police Office
DEU|COP|Bundespolizei|German Federal Police
DEU|LEG|Bundesrat (Germany)|German Bundesrat
# France (the Assemblée nationale is held)
FRA|SPY|Direction générale de la sécurité extérieure|DGSE;General Directorate for External Security
FRA|SPY|Direction générale de la sécurité intérieure|DGSI;General Directorate for Internal Security
FRA|SPY|Direction du renseignement militaire|Directorate of Military Intelligence (France)
FRA|COP|Police nationale|French National Police
FRA|COP|Gendarmerie nationale|French Gendarmerie
# India (the Lok Sabha and the Assam Rifles are held)
IND|COP|Central Bureau of Investigation|
IND|COP|National Investigation Agency|
IND|SPY|Research and Analysis Wing|R&AW
IND|COP|Border Security Force|BSF
IND|COP|Central Reserve Police Force|CRPF
IND|COP|Central Industrial Security Force|CISF
IND|COP|Indo-Tibetan Border Police|ITBP
IND|COP|National Security Guard|
IND|GOV|Enforcement Directorate|
IND|LEG|Rajya Sabha|Council of States (India)
# Pakistan (Inter-Services Intelligence: EXTRA_NAMES)
PAK|MIL|Inter-Services Public Relations|ISPR
PAK|COP|Federal Investigation Agency|
PAK|COP|Frontier Corps|
PAK|LEG|National Assembly of Pakistan|
PAK|LEG|Senate of Pakistan|
# Israel (the Knesset, Shin Bet, Mossad and the IDF are held)
ISR|SPY|Military Intelligence Directorate (Israel)|
# Iran (the IRGC, Basij, the Quds Force and the Islamic Consultative Assembly are held)
IRN|SPY|Ministry of Intelligence and Security|MOIS;VAJA
IRN|SPY|IRGC Intelligence Organization|
IRN|MIL|Artesh|Islamic Republic of Iran Army
IRN|COP|FARAJA|Law Enforcement Command of the Islamic Republic of Iran
# Russia (the FSB, SVR, GRU, Rosgvardia, the State Duma and the Federation Council are held)
RUS|SPY|Federal Protective Service (Russia)|
RUS|GOV|Roskomnadzor|
RUS|COP|Investigative Committee of Russia|
# Ukraine (the SBU, HUR, the Verkhovna Rada and the armed forces are held)
UKR|SPY|Foreign Intelligence Service of Ukraine|SZRU
UKR|COP|National Anti-Corruption Bureau of Ukraine|NABU;National Anti-Corruption Bureau
UKR|JUD|Specialized Anti-Corruption Prosecutor's Office|SAPO
# China (the PLA and the National People's Congress are held)
CHN|SPY|Ministry of State Security (China)|MSS
CHN|COP|People's Armed Police|
CHN|MIL|Central Military Commission|
CHN|GOV|Central Commission for Discipline Inspection|CCDI
# Turkey
TUR|SPY|National Intelligence Organization|Milli İstihbarat Teşkilatı
TUR|COP|Gendarmerie General Command|Jandarma
TUR|MIL|Turkish Armed Forces|TSK
TUR|LEG|Grand National Assembly of Turkey|Grand National Assembly;TBMM
# Saudi Arabia
SAU|SPY|General Intelligence Presidency|GIP
SAU|SPY|Presidency of State Security|
SAU|MIL|Saudi Arabian National Guard|SANG
# Japan
JPN|MIL|Japan Self-Defense Forces|Self-Defense Forces;Self-Defence Forces;JSDF
JPN|SPY|Public Security Intelligence Agency|PSIA
JPN|LEG|National Diet|
# Myanmar
MMR|MIL|Tatmadaw|
MMR|LEG|Pyidaungsu Hluttaw|Assembly of the Union;Hluttaw
# Brazil
BRA|COP|Polícia Federal|Policia Federal;Brazilian Federal Police
BRA|SPY|Brazilian Intelligence Agency|ABIN
BRA|JUD|Supremo Tribunal Federal|STF;Supreme Federal Court
BRA|LEG|Senado Federal|
BRA|LEG|Câmara dos Deputados|
# Mexico
MEX|MIL|Secretariat of National Defense (Mexico)|SEDENA;Sedena
MEX|MIL|Secretariat of the Navy (Mexico)|SEMAR;Semar
MEX|COP|Guardia Nacional|National Guard (Mexico)
MEX|JUD|Fiscalía General de la República|FGR
MEX|LEG|Congreso de la Unión|Congress of the Union
# South Korea
KOR|SPY|National Intelligence Service (South Korea)|
KOR|MIL|Republic of Korea Armed Forces|ROK Armed Forces
# North Korea
PRK|MIL|Korean People's Army|KPA
PRK|SPY|Reconnaissance General Bureau|
PRK|LEG|Supreme People's Assembly|
# Canada
CAN|COP|Royal Canadian Mounted Police|RCMP;Mounties
CAN|SPY|Canadian Security Intelligence Service|
CAN|SPY|Communications Security Establishment|
# Australia
AUS|SPY|Australian Security Intelligence Organisation|ASIO
AUS|SPY|Australian Secret Intelligence Service|ASIS
# Nigeria
NGA|SPY|Department of State Services|
NGA|COP|Economic and Financial Crimes Commission|EFCC
NGA|COP|National Drug Law Enforcement Agency|NDLEA
"""

# the press's names for bodies another package file holds with the right country: existing id|aliases;...
EXTRA_NAMES = """
politika:phoenix-pak-inter-services-intelligence|ISI
"""


def world_bodies() -> list[dict[str, object]]:
    bodies = table_entities(BODIES, lambda country, name: f"politika:body-{country.lower()}-{slug(name)}",
                            KINDS.__getitem__, lambda country, sector, _: country in STATES and sector in KINDS)
    return bodies + extra_names(EXTRA_NAMES, OUT_NAME,
                                lambda held: held.get("country") in STATES and bool(held.get("sector")))


def main() -> None:
    write_with_alias_count(OUT_NAME, world_bodies())


if __name__ == "__main__":
    main()
