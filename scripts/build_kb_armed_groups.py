#!/usr/bin/env python3
"""Build ``armed_groups.jsonl``: the armed groups of today's wars (kind ``military``, the kind of every armed group
of the other package files) so that "the Houthis", "the Rapid Support Forces" or "the IRGC" get a state and a sector.

What the list covers, whole (not a choice of names): the non-state armed groups that were a party to each of these
armed conflicts between 2015 and 2025, as the international English-language press names them on their own
(a group the press names only inside a coalition, a local unit or a clan militia is left out):

* Israel–Gaza and the West Bank (Hamas's Qassam Brigades, Palestinian Islamic Jihad and its al-Quds Brigades, the
  PFLP, the al-Aqsa Martyrs' Brigades, the Popular Resistance Committees, the Mujahideen Brigades, the Jenin
  Brigade, the Lions' Den); Israel–Lebanon (Hezbollah's Radwan Force, the Jamaa Islamiya's Fajr Forces);
* Syria (the Islamic State, HTS and the Nusra Front, Ahrar al-Sham, Jaysh al-Islam, Faylaq al-Rahman, the Nour al-Din
  al-Zenki Movement, Hurras al-Din, the Army of Conquest, the Turkistan Islamic Party, the Free Syrian Army and the
  Syrian National Army, the SDF, YPG and YPJ, the Druze Men of Dignity, Iran's Afghan and Pakistani brigades
  Fatemiyoun and Zainabiyoun); Iraq (the Popular Mobilisation Forces, Kataib Hezbollah, Asaib Ahl al-Haq, Harakat
  al-Nujaba, Kataib Sayyid al-Shuhada, the Badr Organisation, Saraya al-Salam, the Islamic Resistance in Iraq, the
  Peshmerga); Yemen and the Red Sea (the Houthis, AQAP, the Southern Transitional Council, the Giants Brigades, the
  Security Belt); Libya (the Libyan National Army, Libya Dawn, the Rada Special Deterrence Force, the Stability
  Support Apparatus, the Islamic State in Libya);
* Sudan (the Rapid Support Forces, SPLM-N, the Sudan Liberation Movement, the Justice and Equality Movement); South
  Sudan (SPLM-IO, the White Army, the National Salvation Front); Somalia (al-Shabaab, the Islamic State in
  Somalia); Ethiopia (the TPLF and the Tigray Defence Forces, Fano, the Oromo Liberation Army);
* the Sahel (JNIM, AQIM, al-Mourabitoun, Ansar Dine, the Macina Liberation Front, the Islamic State Sahel
  Province, Ansarul Islam, the Tuareg movements: MNLA, CMA, CSP-DPA, FLA, GATIA; Dan Na Ambassagou; Burkina
  Faso's VDP); Nigeria and the Lake Chad basin (Boko Haram, ISWAP, Ansaru, IPOB and its Eastern Security
  Network, the Niger Delta Avengers, Lakurawa); Cameroon's Anglophone regions (the Ambazonia Defence Forces,
  SOCADEF); the east of the DR Congo (M23 and the Congo River Alliance, the ADF and the Islamic State Central
  Africa Province, CODECO, the FDLR, the Mai-Mai); Mozambique's Cabo Delgado (the Islamic State Mozambique
  Province, "Ansar al-Sunna");
* Afghanistan (the Taliban, the Haqqani network, ISKP, the National Resistance Front); Pakistan (the TTP,
  Jamaat-ul-Ahrar, Lashkar-e-Jhangvi, the Baloch Liberation Army and Front, BRAS); India: Kashmir (Lashkar-e-Taiba,
  Jaish-e-Mohammed, Hizbul Mujahideen, The Resistance Front), the Maoists (CPI (Maoist)), Manipur (Arambai
  Tenggol, Meitei Leepun, UNLF, the PLA of Manipur, the Kuki National Army, Front and Organisation, the United
  People's Front; the Zomi Revolutionary Army is held by Phoenix); Myanmar (the Arakan Army, KIA, MNDAA, TNLA
  and their Three Brotherhood Alliance, the People's Defence Force, KNU, KNLA, KNDF, DKBA, the Chin National
  Front, the UWSA, RCSS and SSPP, ARSA); the Philippines (the NPA, MILF, the MNLF, Abu Sayyaf, the Maute group, BIFF);
* Colombia (the ELN, the FARC dissidents of the Estado Mayor Central and the Segunda Marquetalia, the Gulf Clan,
  the EPL); Mexico's largest cartels (Sinaloa and its Chapitos, CJNG, the Gulf Cartel, Los Zetas and the Cartel del
  Noreste, Beltrán-Leyva, Juárez, Tijuana, La Familia Michoacana, the Knights Templar, Santa Rosa de Lima); Haiti's
  gangs (Viv Ansanm, G9, G-Pèp, 400 Mawozo, 5 Segonn, Gran Grif, Kraze Baryè); Turkey–PKK (the PKK, its HPG, TAK);
  Ukraine–Russia (Ukraine's Azov and International Legion, Russia's Wagner (in ``organisations.jsonl``), Africa Corps
  and Akhmat, the Russian Volunteer Corps and the Freedom of Russia Legion); Nagorno-Karabakh (the Artsakh Defence
  Army); the transnational al-Qaeda and Islamic State;
* plus the state forces the press names on their own: Iran's IRGC, Quds Force and Basij.

Left out: states' regular forces (they are their state's military), pro-government militias other than Burkina
Faso's VDP (raised by law) and the state forces above (Sudan's al-Baraa bin Malik Brigade, Congo's Wazalendo,
Nigeria's Civilian JTF), the self-proclaimed Donetsk and Luhansk republics (the names are places), Iran's own
insurgents (no conflict of this list), what we were not sure of.

Codes: ``country`` is the state where the group fights or is based (Palestine PSE); a group that fights in several
gets its main theatre of 2015–2025 (JNIM, AQIM, al-Mourabitoun and the Islamic State Sahel Province: MLI; the FDLR
and the ADF: COD); the Pakistan-based Lashkar-e-Taiba and Jaish-e-Mohammed are PAK, the Kashmiri Hizbul Mujahideen
and The Resistance Front IND; the Russians who fight for Ukraine (Russian Volunteer Corps, Freedom of Russia Legion)
RUS REB; the transnational Islamic State IMG, as Phoenix codes al-Qaeda. ``sector`` is REB for non-state groups,
MIL for forces that belong to a state: the IRGC, Quds Force and Basij (IRN), Iraq's Popular Mobilisation Forces
(state forces by law since 2016) and the Kurdistan Region's Peshmerga (IRQ), Ukraine's Azov and International Legion,
Russia's Africa Corps and Akhmat, Burkina Faso's VDP. The Rapid Support Forces are SDN REB: a state paramilitary
until April 2023, at war with the state since. The Libyan National Army is LBY REB (it fought the recognised
government); the Artsakh Defence Army AZE REB; HTS SYR REB (dissolved into the new state in 2025).

Groups another package file already holds with the right country are not repeated; where the press's names are
missing, the file adds them under the existing entity's id (``EXTRA_NAMES``: merged on loading, as
``organisations.jsonl`` adds names to governments): Hamas's Qassam Brigades, the Nusra Front (its 2016 name
Jabhat Fateh al-Sham), the TPLF, the Taliban, the ELN, the EPL, CPI (Maoist), the Baloch Liberation Army, the NPA,
Abu Sayyaf (Phoenix's PHL entry), Boko Haram, the PKK's HPG. Held as they are: Hamas, Hezbollah and Wagner
(``organisations.jsonl``); al-Qaeda, al-Shabaab, Ansaru, Ansar Dine, the DFLP, Amal, the Mai-Mai, MILF, the MNLF,
the FARC, the PKK, Ahrar al-Sham, the Free Syrian Army, the Zomi Revolutionary Army (Phoenix). A Phoenix entity
with no country or another one (Ansar Allah LBN, AQAP IMG, Palestinian Islamic Jihad, the PFLP, the FDLR,
Lashkar-e-Taiba, Jaish-e-Mohammed, the Karen National Union, ...) gets its own entry here; this file loads before
the Phoenix files, so its entity comes first for a shared name.

Aliases are the press's names and spellings, acronyms and native names in Latin script. Left out on purpose: plain
English words and generic names ("Peace Brigades", "Army of Islam", also a Gaza group's name); a person's, place's
or country's name ("Houthi", the surname; "Fano", an Italian town; "Rada", a Yemeni town; "La Línea", a Spanish
town; "Islamic Emirate of Afghanistan"); "Sepah" alone (also Bank Sepah); acronyms that other bodies or terms bear
as often: ADF (the Australian Defence Force; also shared by the Allied Democratic Forces and the Ambazonia Defence
Forces), SNA (the Somali National Army), PDF, AA, KIA, PLA, NRF (the NATO Response Force), STC, SSA, CJTF, ESN,
NDA, AFC, FLA, CMA, EMC, TIP, OLA (a given name), LeT ("let"), IS, KH, AAH, HM, ASG, ISM, ISS, BRAS, TAK; the
Sudanese Justice and Equality Movement gets no acronym (JEM is Jaish-e-Mohammed's too); SDF (also Japan's
Self-Defense Forces) and RSF (also Reporters Without Borders, named in every press-freedom story) are left out too:
an article that writes the full name first ties the acronym to it. Kept, as the group is far more often meant in
world news: HTS, NPA, TDF, TRF, ISIS, PMF, PMU, JeM (Jaish-e-Mohammed, as Phoenix has it).

Written for politika from public facts (the maintainer's knowledge of the world, 2026-12); no name taken from an
eval set or from another project's text.

    .venv/bin/python scripts/build_kb_armed_groups.py
"""

from __future__ import annotations

# scripts/ is on the path of a script run from it
from build_kb_us_officials import slug
from kb_tables import extra_names, table_entities, write_with_alias_count

OUT_NAME = "armed_groups.jsonl"

# country|sector|name|aliases;... (a line starting with # names the conflict)
GROUPS = """
# Israel–Gaza and the West Bank
PSE|REB|Palestinian Islamic Jihad|Islamic Jihad;PIJ;Islamic Jihad Movement in Palestine;\
Harakat al-Jihad al-Islami fi Filastin;Palestinian Islamic Jihad Movement
PSE|REB|Al-Quds Brigades|Quds Brigades;Saraya al-Quds;Al-Quds Battalions;Jerusalem Brigades;Jerusalem Battalions
PSE|REB|Popular Front for the Liberation of Palestine|PFLP
PSE|REB|Al-Aqsa Martyrs' Brigades|Al-Aqsa Martyrs Brigades;Al-Aqsa Martyrs' Brigade;Kataib Shuhada al-Aqsa
PSE|REB|Popular Resistance Committees|Al-Nasser Salah al-Deen Brigades
PSE|REB|Al-Mujahideen Brigades|Mujahideen Brigades
PSE|REB|Jenin Brigade|Jenin Brigades;Jenin Battalion
PSE|REB|Lions' Den|Areen al-Usud
# Israel–Lebanon (Hezbollah and Amal are held by other files)
LBN|REB|Radwan Force|Radwan unit;Radwan forces
LBN|REB|Fajr Forces|Al-Fajr Forces;Quwat al-Fajr
# Syria
IMG|REB|Islamic State|ISIS;ISIL;Daesh;Da'esh;Islamic State group;Islamic State of Iraq and the Levant;\
Islamic State of Iraq and Syria;Islamic State in Iraq and Syria;Islamic State of Iraq and al-Sham;\
Islamic State in Iraq and the Levant
SYR|REB|Hayat Tahrir al-Sham|HTS;Hay'at Tahrir al-Sham;Tahrir al-Sham;\
Organisation for the Liberation of the Levant;Levant Liberation Committee
SYR|REB|Jaysh al-Islam|Jaish al-Islam
SYR|REB|Faylaq al-Rahman|Failaq al-Rahman;Al-Rahman Legion
SYR|REB|Nour al-Din al-Zenki Movement|Nour al-Din al-Zenki;Harakat Nour al-Din al-Zenki
SYR|REB|Hurras al-Din|Hurras al-Deen;Tanzim Hurras al-Din;Guardians of Religion
SYR|REB|Army of Conquest|Jaish al-Fatah;Jaysh al-Fatah
SYR|REB|Turkistan Islamic Party|Turkestan Islamic Party
SYR|REB|Syrian National Army|Turkish-backed Syrian National Army
SYR|REB|Syrian Democratic Forces|Quwat Suriya al-Dimuqratiya
SYR|REB|People's Protection Units|YPG;Yekîneyên Parastina Gel;Kurdish People's Protection Units
SYR|REB|Women's Protection Units|YPJ;Yekîneyên Parastina Jin
SYR|REB|Men of Dignity|Rijal al-Karama;Men of Dignity Movement
SYR|REB|Liwa Fatemiyoun|Fatemiyoun;Fatemiyoun Brigade;Fatemiyoun Division;Liwa Fatemiyoun Brigade
SYR|REB|Liwa Zainabiyoun|Zainabiyoun;Zainabiyoun Brigade
# Iraq
IRQ|MIL|Popular Mobilisation Forces|Popular Mobilization Forces;Popular Mobilisation Units;\
Popular Mobilization Units;PMF;PMU;Hashd al-Shaabi;al-Hashd al-Shaabi;Hashd al-Shabi
IRQ|REB|Kataib Hezbollah|Kata'ib Hezbollah;Kataib Hizbollah;Kataib Hizballah;Hezbollah Brigades
IRQ|REB|Asaib Ahl al-Haq|Asa'ib Ahl al-Haq;League of the Righteous
IRQ|REB|Harakat Hezbollah al-Nujaba|Harakat al-Nujaba;Nujaba;al-Nujaba;Nujaba Movement
IRQ|REB|Kataib Sayyid al-Shuhada|Kata'ib Sayyid al-Shuhada
IRQ|REB|Badr Organisation|Badr Organization;Badr Brigade;Badr Brigades;Badr Corps
IRQ|REB|Saraya al-Salam|Peace Companies
IRQ|REB|Islamic Resistance in Iraq|
IRQ|MIL|Peshmerga|Kurdish Peshmerga;Peshmerga forces
# Yemen and the Red Sea
YEM|REB|Houthis|Houthi;Huthi;Houthi movement;Houthi rebels;Ansar Allah;Ansarallah;Huthis;Huthi rebels;Houthi militia
YEM|REB|Al-Qaeda in the Arabian Peninsula|AQAP;Al-Qaida in the Arabian Peninsula
YEM|REB|Southern Transitional Council|
YEM|REB|Giants Brigades|Southern Giants Brigades;Al-Amaliqa;Amaliqa
YEM|REB|Security Belt Forces|Security Belt
# Libya
LBY|REB|Libyan National Army|LNA;Libyan Arab Armed Forces;LAAF
LBY|REB|Libya Dawn|Fajr Libya
LBY|REB|Rada Special Deterrence Force|Special Deterrence Force;Radaa Special Deterrence Force;Rada Force
LBY|REB|Stability Support Apparatus|
LBY|REB|Islamic State in Libya|Islamic State Libya Province
# Sudan
SDN|REB|Rapid Support Forces|Quwat al-Da'm al-Sari'
SDN|REB|Sudan People's Liberation Movement-North|SPLM-N;Sudan People's Liberation Movement–North;SPLA-N
SDN|REB|Sudan Liberation Movement|Sudan Liberation Army;Sudan Liberation Movement/Army;SLM/A;SLA/M
SDN|REB|Justice and Equality Movement|
# South Sudan
SSD|REB|Sudan People's Liberation Movement-in-Opposition|SPLM-IO;SPLA-IO;SPLM/A-IO;\
Sudan People's Liberation Army-in-Opposition
SSD|REB|White Army|Nuer White Army
SSD|REB|National Salvation Front (South Sudan)|
# Somalia (al-Shabaab is held by phoenix_groups.jsonl)
SOM|REB|Islamic State Somalia Province|Islamic State in Somalia;Islamic State Somalia;IS-Somalia
# Ethiopia (the TPLF: EXTRA_NAMES)
ETH|REB|Tigray Defence Forces|Tigray Defense Forces;TDF
ETH|REB|Fano militia|Fano militias;Amhara Fano;Fano fighters
ETH|REB|Oromo Liberation Army|OLF-OLA;Oromo Liberation Front-Oromo Liberation Army
# the Sahel
MLI|REB|Jama'at Nusrat al-Islam wal-Muslimin|JNIM;Jamaat Nusrat al-Islam wal-Muslimin;\
Group for the Support of Islam and Muslims;GSIM
MLI|REB|Al-Qaeda in the Islamic Maghreb|AQIM;Al-Qaida in the Islamic Maghreb
MLI|REB|Al-Mourabitoun|Al-Murabitun;Mourabitoun
MLI|REB|Macina Liberation Front|Katiba Macina;Macina Liberation Movement
MLI|REB|Islamic State Sahel Province|Islamic State in the Greater Sahara;ISGS;IS Sahel;ISSP;\
Islamic State in the Sahel;EIGS
BFA|REB|Ansarul Islam|Ansar ul Islam;Ansaroul Islam
MLI|REB|National Movement for the Liberation of Azawad|MNLA
MLI|REB|Coordination of Azawad Movements|Coordination des Mouvements de l'Azawad
MLI|REB|Strategic Framework for the Defence of the People of Azawad|CSP-DPA;\
Permanent Strategic Framework for Peace, Security and Development
MLI|REB|Azawad Liberation Front|Front de libération de l'Azawad
MLI|REB|Imghad Tuareg Self-Defence Group and Allies|GATIA;Imghad Tuareg Self-Defense Group and Allies
MLI|REB|Dan Na Ambassagou|Dan Nan Ambassagou
BFA|MIL|Volunteers for the Defence of the Homeland|VDP;Volunteers for the Defense of the Homeland;\
Volontaires pour la défense de la patrie
# Nigeria and the Lake Chad basin (Boko Haram: EXTRA_NAMES; Ansaru is held by phoenix_groups.jsonl)
NGA|REB|Islamic State West Africa Province|ISWAP;Islamic State in West Africa;Islamic State West Africa;ISWA
NGA|REB|Indigenous People of Biafra|IPOB
NGA|REB|Eastern Security Network|
NGA|REB|Niger Delta Avengers|
NGA|REB|Lakurawa|
# Cameroon, Anglophone regions
CMR|REB|Ambazonia Defence Forces|Ambazonia Defense Forces;Ambazonian Defence Forces
CMR|REB|Southern Cameroons Defence Forces|SOCADEF
# DR Congo, east (the Mai-Mai are held by phoenix_groups.jsonl)
COD|REB|M23|March 23 Movement;Mouvement du 23 mars;M23 rebels;AFC/M23;M23/AFC
COD|REB|Congo River Alliance|Alliance Fleuve Congo
COD|REB|Allied Democratic Forces|
COD|REB|Islamic State Central Africa Province|ISCAP;Islamic State Central Africa
COD|REB|CODECO|Cooperative for the Development of Congo;Coopérative pour le développement du Congo
COD|REB|Democratic Forces for the Liberation of Rwanda|FDLR;Forces démocratiques de libération du Rwanda
# Mozambique, Cabo Delgado
MOZ|REB|Islamic State Mozambique Province|Islamic State Mozambique;IS Mozambique;Ansar al-Sunna;\
Ahlu Sunnah Wa-Jama
# Afghanistan (the Taliban: EXTRA_NAMES)
AFG|REB|Islamic State Khorasan Province|ISKP;ISIS-K;IS-K;ISIL-K;Islamic State Khorasan;Islamic State-Khorasan
AFG|REB|Haqqani network|Haqqani Network
AFG|REB|National Resistance Front of Afghanistan|
# Pakistan (the Baloch Liberation Army: EXTRA_NAMES)
PAK|REB|Tehrik-i-Taliban Pakistan|TTP;Tehreek-e-Taliban Pakistan;Tehrik-e-Taliban Pakistan;Pakistani Taliban
PAK|REB|Jamaat-ul-Ahrar|Jamaat ul-Ahrar;Jamat-ul-Ahrar
PAK|REB|Lashkar-e-Jhangvi|LeJ;Lashkar-i-Jhangvi
PAK|REB|Baloch Liberation Front|BLF;Balochistan Liberation Front
PAK|REB|Baloch Raaji Aajoi Sangar|Balochistan Raaji Aajoi Sangar
# India: Kashmir (Pakistan-based groups under PAK), the Maoists (EXTRA_NAMES), Manipur
PAK|REB|Lashkar-e-Taiba|Lashkar-e-Toiba;Lashkar-e-Tayyiba;Lashkar-e-Tayyaba
PAK|REB|Jaish-e-Mohammed|Jaish-e-Muhammad;Jaish-e-Mohammad;JeM
IND|REB|Hizbul Mujahideen|Hizb-ul-Mujahideen;Hizbul Mujahidin
IND|REB|The Resistance Front|TRF
IND|REB|Arambai Tenggol|
IND|REB|Meitei Leepun|
IND|REB|United National Liberation Front|UNLF
IND|REB|People's Liberation Army of Manipur|PLA (Manipur)
IND|REB|Kuki National Army|
IND|REB|Kuki National Front|
IND|REB|Kuki National Organisation|Kuki National Organization;KNO
IND|REB|United People's Front (Manipur)|
# Myanmar
MMR|REB|Arakan Army|
MMR|REB|Kachin Independence Army|
MMR|REB|Myanmar National Democratic Alliance Army|MNDAA
MMR|REB|Ta'ang National Liberation Army|TNLA;Taang National Liberation Army
MMR|REB|Three Brotherhood Alliance|Brotherhood Alliance
MMR|REB|People's Defence Force|People's Defense Force
MMR|REB|Karen National Union|KNU
MMR|REB|Karen National Liberation Army|KNLA
MMR|REB|Karenni Nationalities Defence Force|KNDF;Karenni Nationalities Defense Force
MMR|REB|Democratic Karen Buddhist Army|DKBA;Democratic Karen Benevolent Army
MMR|REB|Chin National Front|
MMR|REB|United Wa State Army|UWSA
MMR|REB|Restoration Council of Shan State|RCSS;Shan State Army-South
MMR|REB|Shan State Progress Party|SSPP;Shan State Army-North
MMR|REB|Arakan Rohingya Salvation Army|ARSA
# the Philippines (the NPA and Abu Sayyaf: EXTRA_NAMES; MILF and the MNLF are held by phoenix_groups.jsonl)
PHL|REB|Maute group|Maute Group;Dawlah Islamiyah
PHL|REB|Bangsamoro Islamic Freedom Fighters|BIFF
# Colombia (the ELN and the EPL: EXTRA_NAMES; the FARC is held by phoenix_groups.jsonl)
COL|REB|Estado Mayor Central|Central General Staff;FARC-EMC
COL|REB|Segunda Marquetalia|Second Marquetalia
COL|REB|Gulf Clan|Clan del Golfo;Autodefensas Gaitanistas de Colombia;Ejército Gaitanista de Colombia;\
Gaitanist Self-Defence Forces of Colombia;Urabeños;Los Urabeños;Clan Úsuga
# Mexico's largest cartels
MEX|REB|Sinaloa Cartel|Cártel de Sinaloa;Cartel de Sinaloa
MEX|REB|Los Chapitos|Chapitos
MEX|REB|Jalisco New Generation Cartel|CJNG;Cártel de Jalisco Nueva Generación;Cartel Jalisco Nueva Generación;\
Jalisco Cartel
MEX|REB|Gulf Cartel|Cártel del Golfo;Cartel del Golfo
MEX|REB|Los Zetas|Zetas
MEX|REB|Cartel del Noreste|Cártel del Noreste;Northeast Cartel
MEX|REB|Beltrán-Leyva Organization|Beltrán-Leyva Cartel;Beltran-Leyva Cartel;Beltrán Leyva Organization
MEX|REB|Juárez Cartel|Cártel de Juárez;Juarez Cartel
MEX|REB|Tijuana Cartel|Arellano Félix Organization;Cártel de Tijuana
MEX|REB|La Familia Michoacana|Familia Michoacana
MEX|REB|Knights Templar Cartel|Caballeros Templarios;Los Caballeros Templarios
MEX|REB|Santa Rosa de Lima Cartel|Cártel de Santa Rosa de Lima
# Haiti's gangs
HTI|REB|Viv Ansanm|
HTI|REB|G9 Family and Allies|G9;G9 an Fanmi e Alye;G9 an Fanmi
HTI|REB|G-Pèp|G-Pep;GPèp
HTI|REB|400 Mawozo|
HTI|REB|5 Segonn|Cinq Secondes
HTI|REB|Gran Grif|Grand Grif
HTI|REB|Kraze Baryè|Kraze Barye
# Turkey–PKK (the PKK and its HPG are held by phoenix_groups.jsonl)
TUR|REB|Kurdistan Freedom Hawks|Teyrêbazên Azadiya Kurdistan
# Ukraine–Russia (Wagner is held by organisations.jsonl)
UKR|MIL|Azov Brigade|Azov;Azov Regiment;Azov Battalion;12th Special Forces Brigade Azov
UKR|MIL|International Legion for the Territorial Defence of Ukraine|International Legion of Ukraine;\
International Legion for the Defence of Ukraine
RUS|REB|Russian Volunteer Corps|RDK
RUS|REB|Freedom of Russia Legion|Legion Freedom of Russia
RUS|MIL|Africa Corps|Russian Africa Corps
RUS|MIL|Akhmat special forces|Akhmat Battalion;Akhmat unit;Akhmat forces;Kadyrovtsy;Kadyrovites
# Nagorno-Karabakh
AZE|REB|Artsakh Defence Army|Artsakh Defense Army;Nagorno-Karabakh Defence Army;Nagorno-Karabakh Defense Army
# Iran's state forces
IRN|MIL|Islamic Revolutionary Guard Corps|IRGC;Islamic Revolutionary Guards Corps;Iranian Revolutionary Guard Corps;\
Revolutionary Guard Corps;Revolutionary Guards;Revolutionary Guard;Iranian Revolutionary Guards;Pasdaran;\
Sepah-e Pasdaran
IRN|MIL|Quds Force|IRGC Quds Force;IRGC-QF;Qods Force;al-Quds Force;IRGC-Quds Force
IRN|MIL|Basij|Basij militia;Basij Resistance Force;Basij-e Mostazafin;Basiji
"""

# the press's names for groups another package file holds with the right country: existing id|aliases;...
EXTRA_NAMES = """
politika:phoenix-izz-ad-din-al-qassam|Izz ad-Din al-Qassam Brigades;Qassam Brigades;Ezzedine al-Qassam Brigades;\
Ezzeddine al-Qassam Brigades;Izz al-Din al-Qassam Brigades;Ezz al-Din al-Qassam Brigades;Izz el-Deen al-Qassam Brigades
politika:phoenix-syr-jabhat-al-nusra|Jabhat Fateh al-Sham;Jabhat Fatah al-Sham;Front for the Conquest of the Levant
politika:phoenix-tigray-peoples-liberation-front|TPLF;Tigray People's Liberation Front
politika:phoenix-taliban|Afghan Taliban
politika:phoenix-national-liberation-army|ELN;Ejército de Liberación Nacional;National Liberation Army (Colombia)
politika:phoenix-popular-liberation-army|EPL;Ejército Popular de Liberación;Los Pelusos
politika:phoenix-communist-party-of-india-maoist|CPI (Maoist);CPI(Maoist);CPI-Maoist;Naxals
politika:phoenix-baloch-liberation-army|BLA;Balochistan Liberation Army
politika:phoenix-new-peoples-army|NPA;CPP-NPA
politika:phoenix-abu-sayyaf-group|Abu Sayyaf
politika:phoenix-hpg|People's Defence Forces;People's Defense Forces;Hêzên Parastina Gel
politika:phoenix-boko-haram|Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;Jamaatu Ahlis Sunna Liddaawati wal-Jihad
"""


def armed_groups() -> list[dict[str, object]]:
    groups = table_entities(GROUPS, lambda _, name: f"politika:group-{slug(name)}", lambda _: "military",
                            lambda _, sector, __: sector in ("REB", "MIL"))
    return groups + extra_names(EXTRA_NAMES, OUT_NAME,
                                lambda held: held.get("kind") == "military" and bool(held.get("country")))


def main() -> None:
    write_with_alias_count(OUT_NAME, armed_groups())


if __name__ == "__main__":
    main()
