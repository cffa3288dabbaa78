#!/usr/bin/env python3
"""Build ``cabinets.jsonl``: the cabinets of nine states since 2019, their lower houses' speakers and the party
leaders the press names.

* the full cabinet ministers (with portfolio; no junior ministers, ministers delegate or secretaries of state) of
  Canada (Trudeau 2019-2025, Carney 2025-), Australia (Morrison 2019-2022, Albanese 2022-), Germany (Merkel IV,
  Scholz, Merz), France (the Castex, Borne, Attal, Barnier and Bayrou governments), Italy (Draghi, Meloni), Spain
  (the Sánchez governments from 2020), Poland (Morawiecki 2019-2023, Tusk 2023-), the Netherlands (Rutte IV,
  Schoof) and Japan (Kishida, Ishiba), dated to the month;
* the speakers or presidents of those states' lower houses since 2019;
* the leaders of the main opposition and far-right parties of France, Italy, Germany, the Netherlands and Spain
  (sector ``PTY``, an ``official`` role titled "Leader of <party>").

A foreign, defence or interior/home minister holds that role (``F``, ``D``, ``I``), every other minister (deputy
prime ministers and vice-chancellors too) is an official (``O``), never a head of government. Written for politika
from public facts (the maintainer's knowledge; months as precise as we are sure of; what we are not sure of is left
out). A person another package file holds keeps that file's id and gains these roles; an office another file
already dates for the same person is not repeated (the foreign, defence and interior ministers of 2021-2025 that
un_ministers.jsonl and office_holders_2025.jsonl hold). Aliases are forms the press uses; never a lone surname or a
common word.

    .venv/bin/python scripts/build_kb_cabinets.py
"""

from __future__ import annotations

from pathlib import Path

# scripts/ is on the path of a script run from it
from build_kb_us_officials import write_people
from build_kb_world_lists import add_office, add_office_rows, finish_people, person

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "kb" / "data" / "cabinets.jsonl"

# country|role (O official, F foreign, D defence, I interior/home minister)|name|title|start|end[|aliases;...]
CANADA_AUSTRALIA_MINISTERS = """
CAN|O|Chrystia Freeland|Deputy Prime Minister of Canada|2019-11|2024-12
CAN|O|Chrystia Freeland|Minister of Intergovernmental Affairs of Canada|2019-11|2020-08
CAN|O|Chrystia Freeland|Minister of Finance of Canada|2020-08|2024-12
CAN|O|Chrystia Freeland|Minister of Transport and Internal Trade of Canada|2025-03|2025-09
CAN|O|Bill Morneau|Minister of Finance of Canada|2015-11|2020-08
CAN|O|Dominic LeBlanc|Minister of Intergovernmental Affairs of Canada|2020-08|2025-03
CAN|I|Dominic LeBlanc|Minister of Public Safety of Canada|2023-07|2024-12
CAN|O|Dominic LeBlanc|Minister of Finance of Canada|2024-12|2025-03
CAN|O|Dominic LeBlanc|Minister of Canada-U.S. Trade and Intergovernmental Affairs of Canada|2025-05|
CAN|F|François-Philippe Champagne|Minister of Foreign Affairs of Canada|2019-11|2021-01
CAN|O|François-Philippe Champagne|Minister of Innovation, Science and Industry of Canada|2021-01|2025-03
CAN|O|François-Philippe Champagne|Minister of Finance of Canada|2025-03|
CAN|F|Marc Garneau|Minister of Foreign Affairs of Canada|2021-01|2021-10
CAN|O|Marc Garneau|Minister of Transport of Canada|2015-11|2021-01
CAN|O|Mélanie Joly|Minister of Economic Development and Official Languages of Canada|2019-11|2021-10
CAN|O|Mélanie Joly|Minister of Industry of Canada|2025-05|
CAN|O|Anita Anand|Minister of Public Services and Procurement of Canada|2019-11|2021-10
CAN|D|Anita Anand|Minister of National Defence of Canada|2021-10|2023-07
CAN|O|Anita Anand|President of the Treasury Board of Canada|2023-07|2024-12
CAN|O|Anita Anand|Minister of Transport and Internal Trade of Canada|2024-12|2025-03
CAN|O|Anita Anand|Minister of Innovation, Science and Industry of Canada|2025-03|2025-05
CAN|D|Harjit Sajjan|Minister of National Defence of Canada|2015-11|2021-10
CAN|O|Harjit Sajjan|Minister of International Development of Canada|2021-10|2023-07
CAN|O|Harjit Sajjan|Minister of Emergency Preparedness of Canada|2023-07|2025-03
CAN|I|Bill Blair|Minister of Public Safety and Emergency Preparedness of Canada|2019-11|2021-10
CAN|O|Bill Blair|Minister of Emergency Preparedness of Canada|2021-10|2023-07
CAN|O|Marco Mendicino|Minister of Immigration, Refugees and Citizenship of Canada|2019-11|2021-10
CAN|I|Marco Mendicino|Minister of Public Safety of Canada|2021-10|2023-07
CAN|O|Mary Ng|Minister of International Trade of Canada|2019-11|2025-03
CAN|O|Patty Hajdu|Minister of Health of Canada|2019-11|2021-10
CAN|O|Patty Hajdu|Minister of Indigenous Services of Canada|2021-10|2025-05
CAN|O|Patty Hajdu|Minister of Jobs and Families of Canada|2025-05|
CAN|O|Jean-Yves Duclos|President of the Treasury Board of Canada|2019-11|2021-10
CAN|O|Jean-Yves Duclos|Minister of Health of Canada|2021-10|2023-07
CAN|O|Jean-Yves Duclos|Minister of Public Services and Procurement of Canada|2023-07|2025-03
CAN|O|Mark Holland|Minister of Health of Canada|2023-07|2025-03
CAN|O|Steven Guilbeault|Minister of Canadian Heritage of Canada|2019-11|2021-10
CAN|O|Steven Guilbeault|Minister of Environment and Climate Change of Canada|2021-10|2025-03
CAN|O|Steven Guilbeault|Minister of Canadian Identity and Culture of Canada|2025-03|2025-11
CAN|O|Jonathan Wilkinson|Minister of Environment and Climate Change of Canada|2019-11|2021-10
CAN|O|Jonathan Wilkinson|Minister of Natural Resources of Canada|2021-10|2025-05
CAN|O|Seamus O'Regan|Minister of Natural Resources of Canada|2019-11|2021-10
CAN|O|Seamus O'Regan|Minister of Labour of Canada|2021-10|2024-09
CAN|O|Catherine McKenna|Minister of Infrastructure and Communities of Canada|2019-11|2021-10
CAN|O|Marc Miller|Minister of Indigenous Services of Canada|2019-11|2021-10
CAN|O|Marc Miller|Minister of Crown–Indigenous Relations of Canada|2021-10|2023-07
CAN|O|Marc Miller|Minister of Immigration, Refugees and Citizenship of Canada|2023-07|2025-05
CAN|O|Sean Fraser|Minister of Immigration, Refugees and Citizenship of Canada|2021-10|2023-07
CAN|O|Sean Fraser|Minister of Housing, Infrastructure and Communities of Canada|2023-07|2024-12
CAN|O|Sean Fraser|Minister of Justice of Canada|2025-05|
CAN|O|David Lametti|Minister of Justice of Canada|2019-01|2023-07
CAN|O|Arif Virani|Minister of Justice of Canada|2023-07|2025-05
CAN|O|Karina Gould|Minister of International Development of Canada|2019-11|2021-10
CAN|O|Karina Gould|Minister of Families, Children and Social Development of Canada|2021-10|2023-07
CAN|O|Karina Gould|Leader of the Government in the House of Commons of Canada|2023-07|2025-03
CAN|O|Ahmed Hussen|Minister of Families, Children and Social Development of Canada|2019-11|2021-10
CAN|O|Ahmed Hussen|Minister of Housing and Diversity and Inclusion of Canada|2021-10|2023-07
CAN|O|Ahmed Hussen|Minister of International Development of Canada|2023-07|2025-05
CAN|O|Carla Qualtrough|Minister of Employment, Workforce Development and Disability Inclusion of Canada|2019-11|2023-07
CAN|O|Carla Qualtrough|Minister of Sport and Physical Activity of Canada|2023-07|2025-03
CAN|O|Pablo Rodriguez|Leader of the Government in the House of Commons of Canada|2019-11|2021-10
CAN|O|Pablo Rodriguez|Minister of Canadian Heritage of Canada|2021-10|2023-07
CAN|O|Pablo Rodriguez|Minister of Transport of Canada|2023-07|2024-09
CAN|O|Omar Alghabra|Minister of Transport of Canada|2021-01|2023-07
CAN|O|Marie-Claude Bibeau|Minister of Agriculture and Agri-Food of Canada|2019-11|2023-07
CAN|O|Marie-Claude Bibeau|Minister of National Revenue of Canada|2023-07|2025-03
CAN|O|Lawrence MacAulay|Minister of Veterans Affairs of Canada|2019-03|2023-07
CAN|O|Lawrence MacAulay|Minister of Agriculture and Agri-Food of Canada|2023-07|2025-05
CAN|O|Navdeep Bains|Minister of Innovation, Science and Industry of Canada|2015-11|2021-01
CAN|O|Filomena Tassi|Minister of Labour of Canada|2019-11|2021-10
CAN|O|Filomena Tassi|Minister of Public Services and Procurement of Canada|2021-10|2023-07
CAN|O|Mona Fortier|President of the Treasury Board of Canada|2021-10|2023-07
CAN|O|Randy Boissonnault|Minister of Employment, Workforce Development and Official Languages of Canada|2023-07|2024-11
CAN|O|Ginette Petitpas Taylor|Minister of Veterans Affairs of Canada|2023-07|2025-03
CAN|O|Dan Vandal|Minister of Northern Affairs of Canada|2019-11|2025-03
CAN|O|Gary Anandasangaree|Minister of Crown–Indigenous Relations of Canada|2023-07|2025-05
CAN|O|Tim Hodgson|Minister of Energy and Natural Resources of Canada|2025-05|
CAN|O|Evan Solomon|Minister of Artificial Intelligence and Digital Innovation of Canada|2025-05|
CAN|O|Steven MacKinnon|Leader of the Government in the House of Commons of Canada|2025-05|
CAN|O|Rebecca Alty|Minister of Crown–Indigenous Relations of Canada|2025-05|
CAN|O|Mandy Gull-Masty|Minister of Indigenous Services of Canada|2025-05|
CAN|O|Lena Metlege Diab|Minister of Immigration, Refugees and Citizenship of Canada|2025-05|
CAN|O|Julie Dabrusin|Minister of Environment and Climate Change of Canada|2025-05|
CAN|O|Heath MacDonald|Minister of Agriculture and Agri-Food of Canada|2025-05|
CAN|O|Shafqat Ali|President of the Treasury Board of Canada|2025-05|
CAN|O|Joël Lightbound|Minister of Government Transformation, Public Works and Procurement of Canada|2025-05|
CAN|O|Gregor Robertson|Minister of Housing and Infrastructure of Canada|2025-05|
CAN|O|Marjorie Michel|Minister of Health of Canada|2025-05|
CAN|O|Maninder Sidhu|Minister of International Trade of Canada|2025-05|
CAN|O|Jill McKnight|Minister of Veterans Affairs of Canada|2025-05|
CAN|O|Joanne Thompson|Minister of Fisheries of Canada|2025-05|
AUS|O|Josh Frydenberg|Treasurer of Australia|2018-08|2022-05
AUS|F|Marise Payne|Minister for Foreign Affairs of Australia|2018-08|2022-05
AUS|D|Linda Reynolds|Minister for Defence of Australia|2019-05|2021-03
AUS|O|Linda Reynolds|Minister for Government Services of Australia|2021-03|2022-05
AUS|I|Peter Dutton|Minister for Home Affairs of Australia|2017-12|2021-03
AUS|D|Peter Dutton|Minister for Defence of Australia|2021-03|2022-05
AUS|O|Karen Andrews|Minister for Industry, Science and Technology of Australia|2019-05|2021-03
AUS|I|Karen Andrews|Minister for Home Affairs of Australia|2021-03|2022-05
AUS|O|Mathias Cormann|Minister for Finance of Australia|2015-09|2020-10
AUS|O|Simon Birmingham|Minister for Trade, Tourism and Investment of Australia|2019-05|2020-12
AUS|O|Simon Birmingham|Minister for Finance of Australia|2020-10|2022-05
AUS|O|Dan Tehan|Minister for Education of Australia|2019-05|2020-12
AUS|O|Dan Tehan|Minister for Trade, Tourism and Investment of Australia|2020-12|2022-05
AUS|O|Alan Tudge|Minister for Education and Youth of Australia|2020-12|2022-05
AUS|O|Greg Hunt|Minister for Health of Australia|2017-01|2022-05
AUS|O|Christian Porter|Attorney-General of Australia|2017-12|2021-03
AUS|O|Christian Porter|Minister for Industry, Science and Technology of Australia|2021-03|2021-09
AUS|O|Michaelia Cash|Attorney-General of Australia|2021-03|2022-05
AUS|O|Michael McCormack|Deputy Prime Minister of Australia|2018-02|2021-06
AUS|O|Michael McCormack|Minister for Infrastructure, Transport and Regional Development of Australia|2018-02|2021-06
AUS|O|Barnaby Joyce|Deputy Prime Minister of Australia|2021-06|2022-05
AUS|O|Barnaby Joyce|Minister for Infrastructure, Transport and Regional Development of Australia|2021-06|2022-05
AUS|O|Angus Taylor|Minister for Energy and Emissions Reduction of Australia|2019-05|2022-05
AUS|O|Sussan Ley|Minister for the Environment of Australia|2019-05|2022-05
AUS|O|Bridget McKenzie|Minister for Agriculture of Australia|2019-05|2020-02
AUS|O|David Littleproud|Minister for Agriculture of Australia|2020-02|2022-05
AUS|O|Paul Fletcher|Minister for Communications of Australia|2019-05|2022-05
AUS|O|Ken Wyatt|Minister for Indigenous Australians of Australia|2019-05|2022-05
AUS|O|Anne Ruston|Minister for Families and Social Services of Australia|2019-05|2022-05
AUS|O|Jim Chalmers|Treasurer of Australia|2022-05|
AUS|O|Richard Marles|Deputy Prime Minister of Australia|2022-05|
AUS|O|Katy Gallagher|Minister for Finance of Australia|2022-05|
AUS|O|Mark Butler|Minister for Health and Aged Care of Australia|2022-05|
AUS|O|Tony Burke|Minister for Employment and Workplace Relations of Australia|2022-05|2024-07
AUS|O|Chris Bowen|Minister for Climate Change and Energy of Australia|2022-05|
AUS|O|Don Farrell|Minister for Trade and Tourism of Australia|2022-05|
AUS|O|Mark Dreyfus|Attorney-General of Australia|2022-05|2025-05
AUS|O|Michelle Rowland|Minister for Communications of Australia|2022-05|2025-05
AUS|O|Michelle Rowland|Attorney-General of Australia|2025-05|
AUS|O|Catherine King|Minister for Infrastructure and Transport of Australia|2022-05|
AUS|O|Jason Clare|Minister for Education of Australia|2022-05|
AUS|O|Tanya Plibersek|Minister for the Environment and Water of Australia|2022-05|2025-05
AUS|O|Tanya Plibersek|Minister for Social Services of Australia|2025-05|
AUS|O|Murray Watt|Minister for Agriculture, Fisheries and Forestry of Australia|2022-05|2024-07
AUS|O|Murray Watt|Minister for Employment and Workplace Relations of Australia|2024-07|2025-05
AUS|O|Murray Watt|Minister for the Environment and Water of Australia|2025-05|
AUS|O|Linda Burney|Minister for Indigenous Australians of Australia|2022-05|2024-07
AUS|O|Malarndirri McCarthy|Minister for Indigenous Australians of Australia|2024-07|
AUS|O|Amanda Rishworth|Minister for Social Services of Australia|2022-05|2025-05
AUS|O|Amanda Rishworth|Minister for Employment and Workplace Relations of Australia|2025-05|
AUS|O|Bill Shorten|Minister for the NDIS and Government Services of Australia|2022-05|2025-02
AUS|O|Ed Husic|Minister for Industry and Science of Australia|2022-05|2025-05
AUS|O|Tim Ayres|Minister for Industry and Innovation and Science of Australia|2025-05|
AUS|O|Madeleine King|Minister for Resources of Australia|2022-05|
AUS|O|Julie Collins|Minister for Housing of Australia|2022-05|2024-07
AUS|O|Julie Collins|Minister for Agriculture, Fisheries and Forestry of Australia|2024-07|
"""

GERMANY_FRANCE_ITALY_MINISTERS = """
DEU|O|Olaf Scholz|Federal Minister of Finance of Germany|2018-03|2021-12
DEU|O|Olaf Scholz|Vice-Chancellor of Germany|2018-03|2021-12
DEU|F|Heiko Maas|Federal Minister for Foreign Affairs of Germany|2018-03|2021-12
DEU|I|Horst Seehofer|Federal Minister of the Interior of Germany|2018-03|2021-12
DEU|D|Annegret Kramp-Karrenbauer|Federal Minister of Defence of Germany|2019-07|2021-12
DEU|O|Peter Altmaier|Federal Minister for Economic Affairs and Energy of Germany|2018-03|2021-12
DEU|O|Katarina Barley|Federal Minister of Justice of Germany|2018-03|2019-06
DEU|O|Christine Lambrecht|Federal Minister of Justice of Germany|2019-06|2021-12
DEU|O|Christine Lambrecht|Federal Minister for Family Affairs of Germany|2021-05|2021-12
DEU|D|Christine Lambrecht|Federal Minister of Defence of Germany|2021-12|2023-01
DEU|O|Hubertus Heil|Federal Minister of Labour and Social Affairs of Germany|2018-03|2025-05
DEU|O|Jens Spahn|Federal Minister of Health of Germany|2018-03|2021-12
DEU|O|Julia Klöckner|Federal Minister of Food and Agriculture of Germany|2018-03|2021-12
DEU|O|Andreas Scheuer|Federal Minister of Transport and Digital Infrastructure of Germany|2018-03|2021-12
DEU|O|Svenja Schulze|Federal Minister for the Environment of Germany|2018-03|2021-12
DEU|O|Svenja Schulze|Federal Minister for Economic Cooperation and Development of Germany|2021-12|2025-05
DEU|O|Anja Karliczek|Federal Minister of Education and Research of Germany|2018-03|2021-12
DEU|O|Gerd Müller|Federal Minister for Economic Cooperation and Development of Germany|2013-12|2021-12
DEU|O|Franziska Giffey|Federal Minister for Family Affairs of Germany|2018-03|2021-05
DEU|O|Helge Braun|Head of the Federal Chancellery of Germany|2018-03|2021-12
DEU|O|Robert Habeck|Vice-Chancellor of Germany|2021-12|2025-05
DEU|O|Robert Habeck|Federal Minister for Economic Affairs and Climate Action of Germany|2021-12|2025-05
DEU|O|Christian Lindner|Federal Minister of Finance of Germany|2021-12|2024-11
DEU|O|Jörg Kukies|Federal Minister of Finance of Germany|2024-11|2025-05
DEU|O|Marco Buschmann|Federal Minister of Justice of Germany|2021-12|2024-11
DEU|O|Volker Wissing|Federal Minister for Digital and Transport of Germany|2021-12|2025-05
DEU|O|Volker Wissing|Federal Minister of Justice of Germany|2024-11|2025-05
DEU|O|Karl Lauterbach|Federal Minister of Health of Germany|2021-12|2025-05
DEU|O|Cem Özdemir|Federal Minister of Food and Agriculture of Germany|2021-12|2025-05
DEU|O|Cem Özdemir|Federal Minister of Education and Research of Germany|2024-11|2025-05
DEU|O|Steffi Lemke|Federal Minister for the Environment of Germany|2021-12|2025-05
DEU|O|Bettina Stark-Watzinger|Federal Minister of Education and Research of Germany|2021-12|2024-11
DEU|O|Anne Spiegel|Federal Minister for Family Affairs of Germany|2021-12|2022-04
DEU|O|Lisa Paus|Federal Minister for Family Affairs of Germany|2022-04|2025-05
DEU|O|Klara Geywitz|Federal Minister of Housing of Germany|2021-12|2025-05
DEU|O|Wolfgang Schmidt|Head of the Federal Chancellery of Germany|2021-12|2025-05
DEU|O|Lars Klingbeil|Vice-Chancellor of Germany|2025-05|
DEU|O|Lars Klingbeil|Federal Minister of Finance of Germany|2025-05|
DEU|O|Katherina Reiche|Federal Minister for Economic Affairs and Energy of Germany|2025-05|
DEU|O|Stefanie Hubig|Federal Minister of Justice of Germany|2025-05|
DEU|O|Bärbel Bas|Federal Minister of Labour and Social Affairs of Germany|2025-05|
DEU|O|Nina Warken|Federal Minister of Health of Germany|2025-05|
DEU|O|Alois Rainer|Federal Minister of Food and Agriculture of Germany|2025-05|
DEU|O|Patrick Schnieder|Federal Minister of Transport of Germany|2025-05|
DEU|O|Carsten Schneider|Federal Minister for the Environment of Germany|2025-05|
DEU|O|Karin Prien|Federal Minister of Education and Family Affairs of Germany|2025-05|
DEU|O|Dorothee Bär|Federal Minister of Research, Technology and Space of Germany|2025-05|
DEU|O|Reem Alabali-Radovan|Federal Minister for Economic Cooperation and Development of Germany|2025-05|
DEU|O|Verena Hubertz|Federal Minister of Housing of Germany|2025-05|
DEU|O|Karsten Wildberger|Federal Minister for Digital Affairs of Germany|2025-05|
DEU|O|Thorsten Frei|Head of the Federal Chancellery of Germany|2025-05|
FRA|O|Bruno Le Maire|Minister of the Economy and Finance of France|2017-05|2024-09
FRA|F|Jean-Yves Le Drian|Minister for Europe and Foreign Affairs of France|2017-05|2022-05
FRA|D|Florence Parly|Minister of the Armed Forces of France|2017-06|2022-05
FRA|O|Éric Dupond-Moretti|Minister of Justice of France|2020-07|2024-09
FRA|O|Didier Migaud|Minister of Justice of France|2024-09|2024-12
FRA|O|Gérald Darmanin|Minister of Justice of France|2024-12|
FRA|O|Olivier Véran|Minister of Health of France|2020-02|2022-05
FRA|O|François Braun|Minister of Health of France|2022-07|2023-07
FRA|O|Aurélien Rousseau|Minister of Health of France|2023-07|2023-12
FRA|O|Geneviève Darrieussecq|Minister of Health of France|2024-09|2024-12
FRA|O|Catherine Vautrin|Minister of Labour, Health and Solidarities of France|2024-01|2024-09
FRA|O|Catherine Vautrin|Minister of Partnership with the Territories of France|2024-09|2024-12
FRA|O|Catherine Vautrin|Minister of Labour, Health, Solidarities and Families of France|2024-12|2025-10
FRA|O|Jean-Michel Blanquer|Minister of National Education of France|2017-05|2022-05
FRA|O|Pap Ndiaye|Minister of National Education of France|2022-05|2023-07
FRA|O|Gabriel Attal|Minister of National Education of France|2023-07|2024-01
FRA|O|Amélie Oudéa-Castéra|Minister of National Education of France|2024-01|2024-02
FRA|O|Amélie Oudéa-Castéra|Minister of Sports of France|2022-05|2024-09
FRA|O|Nicole Belloubet|Minister of National Education of France|2024-02|2024-09
FRA|O|Anne Genetet|Minister of National Education of France|2024-09|2024-12
FRA|O|Élisabeth Borne|Minister of Labour of France|2020-07|2022-05
FRA|O|Élisabeth Borne|Minister of National Education of France|2024-12|2025-10
FRA|O|Barbara Pompili|Minister of the Ecological Transition of France|2020-07|2022-05
FRA|O|Amélie de Montchalin|Minister of Public Transformation and the Civil Service of France|2020-07|2022-05
FRA|O|Amélie de Montchalin|Minister of the Ecological Transition of France|2022-05|2022-07
FRA|O|Amélie de Montchalin|Minister of Public Accounts of France|2024-12|
FRA|O|Christophe Béchu|Minister of the Ecological Transition of France|2022-07|2024-09
FRA|O|Agnès Pannier-Runacher|Minister of the Energy Transition of France|2022-05|2024-01
FRA|O|Agnès Pannier-Runacher|Minister of the Ecological Transition of France|2024-09|
FRA|O|Roselyne Bachelot|Minister of Culture of France|2020-07|2022-05
FRA|O|Rima Abdul-Malak|Minister of Culture of France|2022-05|2024-01
FRA|O|Rachida Dati|Minister of Culture of France|2024-01|
FRA|O|Julien Denormandie|Minister of Agriculture of France|2020-07|2022-05
FRA|O|Marc Fesneau|Minister of Agriculture of France|2022-05|2024-09
FRA|O|Annie Genevard|Minister of Agriculture of France|2024-09|
FRA|O|Sébastien Lecornu|Minister of the Overseas of France|2020-07|2022-05
FRA|O|Jacqueline Gourault|Minister of Territorial Cohesion of France|2020-07|2022-05
FRA|O|Frédérique Vidal|Minister of Higher Education, Research and Innovation of France|2017-05|2022-05
FRA|O|Sylvie Retailleau|Minister of Higher Education and Research of France|2022-05|2024-09
FRA|O|Annick Girardin|Minister of the Sea of France|2020-07|2022-05
FRA|O|Olivier Dussopt|Minister of Labour of France|2022-05|2024-01
FRA|O|Stanislas Guerini|Minister of Public Transformation and the Civil Service of France|2022-05|2024-09
FRA|O|Jean-Christophe Combe|Minister of Solidarities of France|2022-05|2023-07
FRA|O|Aurore Bergé|Minister of Solidarities and Families of France|2023-07|2024-01
FRA|O|Antoine Armand|Minister of the Economy and Finance of France|2024-09|2024-12
FRA|O|Valérie Létard|Minister of Housing of France|2024-09|2025-10
FRA|O|Éric Lombard|Minister of the Economy and Finance of France|2024-12|2025-10
FRA|O|François Rebsamen|Minister of Territorial Planning and Decentralisation of France|2024-12|2025-10
FRA|O|Manuel Valls|Minister of the Overseas of France|2024-12|2025-10
ITA|F|Luigi Di Maio|Minister of Foreign Affairs of Italy|2019-09|2022-10
ITA|D|Lorenzo Guerini|Minister of Defence of Italy|2019-09|2022-10
ITA|I|Luciana Lamorgese|Minister of the Interior of Italy|2019-09|2022-10
ITA|O|Daniele Franco|Minister of Economy and Finance of Italy|2021-02|2022-10
ITA|O|Giancarlo Giorgetti|Minister of Economic Development of Italy|2021-02|2022-10
ITA|O|Giancarlo Giorgetti|Minister of Economy and Finance of Italy|2022-10|
ITA|O|Marta Cartabia|Minister of Justice of Italy|2021-02|2022-10
ITA|O|Roberto Speranza|Minister of Health of Italy|2019-09|2022-10
ITA|O|Patrizio Bianchi|Minister of Education of Italy|2021-02|2022-10
ITA|O|Roberto Cingolani|Minister of Ecological Transition of Italy|2021-02|2022-10
ITA|O|Enrico Giovannini|Minister of Sustainable Infrastructure and Mobility of Italy|2021-02|2022-10
ITA|O|Dario Franceschini|Minister of Culture of Italy|2019-09|2022-10
ITA|O|Andrea Orlando|Minister of Labour and Social Policies of Italy|2021-02|2022-10
ITA|O|Stefano Patuanelli|Minister of Agricultural, Food and Forestry Policies of Italy|2021-02|2022-10
ITA|O|Vittorio Colao|Minister for Technological Innovation and Digital Transition of Italy|2021-02|2022-10
ITA|O|Renato Brunetta|Minister for Public Administration of Italy|2021-02|2022-10
ITA|O|Mara Carfagna|Minister for the South and Territorial Cohesion of Italy|2021-02|2022-10
ITA|O|Maria Stella Gelmini|Minister for Regional Affairs and Autonomies of Italy|2021-02|2022-10|Mariastella Gelmini
ITA|O|Maria Cristina Messa|Minister of University and Research of Italy|2021-02|2022-10
ITA|O|Massimo Garavaglia|Minister of Tourism of Italy|2021-02|2022-10
ITA|O|Federico D'Incà|Minister for Relations with Parliament of Italy|2019-09|2022-10
ITA|O|Matteo Salvini|Deputy Prime Minister of Italy|2022-10|
ITA|O|Matteo Salvini|Minister of Infrastructure and Transport of Italy|2022-10|
ITA|I|Matteo Salvini|Minister of the Interior of Italy|2018-06|2019-09
ITA|O|Antonio Tajani|Deputy Prime Minister of Italy|2022-10|
ITA|O|Carlo Nordio|Minister of Justice of Italy|2022-10|
ITA|O|Adolfo Urso|Minister of Enterprises and Made in Italy of Italy|2022-10|
ITA|O|Giuseppe Valditara|Minister of Education and Merit of Italy|2022-10|
ITA|O|Anna Maria Bernini|Minister of University and Research of Italy|2022-10|
ITA|O|Orazio Schillaci|Minister of Health of Italy|2022-10|
ITA|O|Francesco Lollobrigida|Minister of Agriculture, Food Sovereignty and Forests of Italy|2022-10|
ITA|O|Gilberto Pichetto Fratin|Minister of the Environment and Energy Security of Italy|2022-10|
ITA|O|Gennaro Sangiuliano|Minister of Culture of Italy|2022-10|2024-09
ITA|O|Alessandro Giuli|Minister of Culture of Italy|2024-09|
ITA|O|Marina Calderone|Minister of Labour and Social Policies of Italy|2022-10|
ITA|O|Raffaele Fitto|Minister for European Affairs, the South, Cohesion Policy and the PNRR of Italy|2022-10|2024-11
ITA|O|Tommaso Foti|Minister for European Affairs, the South, Cohesion Policy and the PNRR of Italy|2024-12|
ITA|O|Roberto Calderoli|Minister for Regional Affairs and Autonomies of Italy|2022-10|
ITA|O|Nello Musumeci|Minister for Civil Protection and Sea Policies of Italy|2022-10|
ITA|O|Paolo Zangrillo|Minister for Public Administration of Italy|2022-10|
ITA|O|Eugenia Roccella|Minister for Family, Birth Rate and Equal Opportunities of Italy|2022-10|
ITA|O|Andrea Abodi|Minister for Sport and Youth of Italy|2022-10|
ITA|O|Alessandra Locatelli|Minister for Disabilities of Italy|2022-10|
ITA|O|Luca Ciriani|Minister for Relations with Parliament of Italy|2022-10|
ITA|O|Maria Elisabetta Alberti Casellati|Minister for Institutional Reforms of Italy|2022-10|
"""

SPAIN_POLAND_NETHERLANDS_JAPAN_MINISTERS = """
ESP|O|Carmen Calvo|First Deputy Prime Minister of Spain|2018-06|2021-07
ESP|O|Nadia Calviño|Minister of Economic Affairs and Digital Transformation of Spain|2018-06|2023-12
ESP|O|Nadia Calviño|First Deputy Prime Minister of Spain|2021-07|2023-12
ESP|O|Pablo Iglesias|Second Deputy Prime Minister of Spain|2020-01|2021-03
ESP|O|Pablo Iglesias|Minister of Social Rights and 2030 Agenda of Spain|2020-01|2021-03
ESP|O|Yolanda Díaz|Minister of Labour and Social Economy of Spain|2020-01|
ESP|O|Yolanda Díaz|Second Deputy Prime Minister of Spain|2021-07|
ESP|O|María Jesús Montero|Minister of Finance of Spain|2018-06|
ESP|O|María Jesús Montero|First Deputy Prime Minister of Spain|2023-12|
ESP|O|Teresa Ribera|Minister for the Ecological Transition of Spain|2018-06|2024-11
ESP|O|Sara Aagesen|Minister for the Ecological Transition of Spain|2024-11|
ESP|F|Arancha González Laya|Minister of Foreign Affairs of Spain|2020-01|2021-07
ESP|O|Juan Carlos Campo|Minister of Justice of Spain|2020-01|2021-07
ESP|O|Pilar Llop|Minister of Justice of Spain|2021-07|2023-11
ESP|O|Félix Bolaños|Minister of the Presidency of Spain|2021-07|
ESP|O|Félix Bolaños|Minister of Justice of Spain|2023-11|
ESP|O|Salvador Illa|Minister of Health of Spain|2020-01|2021-01
ESP|O|Carolina Darias|Minister of Territorial Policy of Spain|2020-01|2021-01
ESP|O|Carolina Darias|Minister of Health of Spain|2021-01|2023-03
ESP|O|José Miñones|Minister of Health of Spain|2023-03|2023-11
ESP|O|Mónica García|Minister of Health of Spain|2023-11|
ESP|O|Carlos Cuerpo|Minister of Economy, Trade and Business of Spain|2023-12|
ESP|O|José Luis Ábalos|Minister of Transport of Spain|2018-06|2021-07
ESP|O|Raquel Sánchez|Minister of Transport of Spain|2021-07|2023-11
ESP|O|Óscar Puente|Minister of Transport of Spain|2023-11|
ESP|O|Isabel Celaá|Minister of Education of Spain|2018-06|2021-07
ESP|O|Pilar Alegría|Minister of Education of Spain|2021-07|
ESP|O|Irene Montero|Minister of Equality of Spain|2020-01|2023-11
ESP|O|Ana Redondo|Minister of Equality of Spain|2023-11|
ESP|O|Alberto Garzón|Minister of Consumer Affairs of Spain|2020-01|2023-11
ESP|O|Pablo Bustinduy|Minister of Social Rights and Consumer Affairs of Spain|2023-11|
ESP|O|Ione Belarra|Minister of Social Rights and 2030 Agenda of Spain|2021-03|2023-11
ESP|O|Manuel Castells|Minister of Universities of Spain|2020-01|2021-12
ESP|O|Joan Subirats|Minister of Universities of Spain|2021-12|2023-11
ESP|O|Pedro Duque|Minister of Science and Innovation of Spain|2018-06|2021-07
ESP|O|Diana Morant|Minister of Science and Innovation of Spain|2021-07|
ESP|O|Luis Planas|Minister of Agriculture, Fisheries and Food of Spain|2018-06|
ESP|O|José Luis Escrivá|Minister of Inclusion, Social Security and Migration of Spain|2020-01|2023-11
ESP|O|José Luis Escrivá|Minister for Digital Transformation of Spain|2023-11|2024-09
ESP|O|Óscar López|Minister for Digital Transformation of Spain|2024-09|
ESP|O|Elma Saiz|Minister of Inclusion, Social Security and Migration of Spain|2023-11|
ESP|O|Reyes Maroto|Minister of Industry, Trade and Tourism of Spain|2018-06|2023-03
ESP|O|Héctor Gómez|Minister of Industry, Trade and Tourism of Spain|2023-03|2023-11
ESP|O|Jordi Hereu|Minister of Industry and Tourism of Spain|2023-11|
ESP|O|Miquel Iceta|Minister of Territorial Policy of Spain|2021-01|2021-07
ESP|O|Miquel Iceta|Minister of Culture and Sport of Spain|2021-07|2023-11
ESP|O|Ernest Urtasun|Minister of Culture of Spain|2023-11|
ESP|O|Isabel Rodríguez|Minister of Territorial Policy of Spain|2021-07|2023-11
ESP|O|Isabel Rodríguez|Minister of Housing and Urban Agenda of Spain|2023-11|
ESP|O|Ángel Víctor Torres|Minister of Territorial Policy and Democratic Memory of Spain|2023-11|
ESP|O|Sira Rego|Minister of Youth and Children of Spain|2023-11|
POL|F|Jacek Czaputowicz|Minister of Foreign Affairs of Poland|2018-01|2020-08
POL|F|Zbigniew Rau|Minister of Foreign Affairs of Poland|2020-08|2023-11
POL|D|Mariusz Błaszczak|Minister of National Defence of Poland|2018-01|2023-11
POL|I|Mariusz Kamiński|Minister of the Interior and Administration of Poland|2019-08|2023-11
POL|O|Jarosław Kaczyński|Deputy Prime Minister of Poland|2020-10|2022-06
POL|O|Jarosław Kaczyński|Deputy Prime Minister of Poland|2023-06|2023-11
POL|O|Zbigniew Ziobro|Minister of Justice of Poland|2015-11|2023-11
POL|O|Piotr Gliński|Minister of Culture and National Heritage of Poland|2015-11|2023-11
POL|O|Przemysław Czarnek|Minister of Education and Science of Poland|2020-10|2023-11
POL|O|Jacek Sasin|Minister of State Assets of Poland|2019-11|2023-11
POL|O|Adam Niedzielski|Minister of Health of Poland|2020-08|2023-08
POL|O|Adam Bodnar|Minister of Justice of Poland|2023-12|2025-07
POL|O|Waldemar Żurek|Minister of Justice of Poland|2025-07|
POL|O|Andrzej Domański|Minister of Finance of Poland|2023-12|
POL|O|Barbara Nowacka|Minister of National Education of Poland|2023-12|
POL|O|Izabela Leszczyna|Minister of Health of Poland|2023-12|2025-07
POL|O|Adam Szłapka|Minister for European Union Affairs of Poland|2023-12|
POL|O|Krzysztof Gawkowski|Minister of Digital Affairs of Poland|2023-12|
POL|O|Paulina Hennig-Kloska|Minister of Climate and Environment of Poland|2023-12|
POL|O|Bartłomiej Sienkiewicz|Minister of Culture and National Heritage of Poland|2023-12|2024-05
NLD|F|Wopke Hoekstra|Minister of Foreign Affairs of the Netherlands|2022-01|2023-09
NLD|O|Wopke Hoekstra|Deputy Prime Minister of the Netherlands|2022-01|2023-09
NLD|D|Kajsa Ollongren|Minister of Defence of the Netherlands|2022-01|2024-07
NLD|O|Sigrid Kaag|Minister of Finance of the Netherlands|2022-01|2024-01
NLD|O|Sigrid Kaag|Deputy Prime Minister of the Netherlands|2022-01|2024-01
NLD|O|Steven van Weyenberg|Minister of Finance of the Netherlands|2024-01|2024-07
NLD|O|Hugo de Jonge|Minister for Housing and Spatial Planning of the Netherlands|2022-01|2024-07
NLD|I|Hanke Bruins Slot|Minister of the Interior and Kingdom Relations of the Netherlands|2022-01|2023-09
NLD|O|Dilan Yeşilgöz-Zegerius|Minister of Justice and Security of the Netherlands|2022-01|2024-07
NLD|O|Micky Adriaansens|Minister of Economic Affairs and Climate Policy of the Netherlands|2022-01|2024-07
NLD|O|Ernst Kuipers|Minister of Health, Welfare and Sport of the Netherlands|2022-01|2024-01
NLD|O|Robbert Dijkgraaf|Minister of Education, Culture and Science of the Netherlands|2022-01|2024-07
NLD|O|Karien van Gennip|Minister of Social Affairs and Employment of the Netherlands|2022-01|2024-07
NLD|O|Mark Harbers|Minister of Infrastructure and Water Management of the Netherlands|2022-01|2024-07
NLD|O|Henk Staghouwer|Minister of Agriculture, Nature and Food Quality of the Netherlands|2022-01|2022-09
NLD|O|Piet Adema|Minister of Agriculture, Nature and Food Quality of the Netherlands|2022-09|2024-07
NLD|O|Rob Jetten|Minister for Climate and Energy Policy of the Netherlands|2022-01|2024-07
NLD|O|Liesje Schreinemacher|Minister for Foreign Trade and Development Cooperation of the Netherlands|2022-01|2024-07
NLD|I|Judith Uitermark|Minister of the Interior and Kingdom Relations of the Netherlands|2024-07|2025-08
NLD|O|Eelco Heinen|Minister of Finance of the Netherlands|2024-07|
NLD|O|David van Weel|Minister of Justice and Security of the Netherlands|2024-07|2025-09
NLD|O|Marjolein Faber|Minister of Asylum and Migration of the Netherlands|2024-07|2025-06
NLD|O|Fleur Agema|Minister of Health, Welfare and Sport of the Netherlands|2024-07|2025-06
NLD|O|Fleur Agema|Deputy Prime Minister of the Netherlands|2024-07|2025-06
NLD|O|Mona Keijzer|Minister of Housing and Spatial Planning of the Netherlands|2024-07|
NLD|O|Sophie Hermans|Minister of Climate and Green Growth of the Netherlands|2024-07|
NLD|O|Eppo Bruins|Minister of Education, Culture and Science of the Netherlands|2024-07|2025-08
NLD|O|Barry Madlener|Minister of Infrastructure and Water Management of the Netherlands|2024-07|2025-06
NLD|O|Femke Wiersma|Minister of Agriculture, Fisheries, Food Security and Nature of the Netherlands|2024-07|
NLD|O|Yvonne van Hijum|Minister of Social Affairs and Employment of the Netherlands|2024-07|2025-08
NLD|O|Reinette Klever|Minister for Foreign Trade and Development Aid of the Netherlands|2024-07|2025-06
JPN|F|Toshimitsu Motegi|Minister for Foreign Affairs of Japan|2019-09|2021-11
JPN|F|Yoshimasa Hayashi|Minister for Foreign Affairs of Japan|2021-11|2023-09
JPN|O|Yoshimasa Hayashi|Chief Cabinet Secretary of Japan|2023-12|2025-10
JPN|O|Hirokazu Matsuno|Chief Cabinet Secretary of Japan|2021-10|2023-12
JPN|D|Nobuo Kishi|Minister of Defense of Japan|2020-09|2022-08
JPN|D|Yasukazu Hamada|Minister of Defense of Japan|2022-08|2023-09
JPN|O|Shunichi Suzuki|Minister of Finance of Japan|2021-10|2024-10
JPN|O|Katsunobu Kato|Minister of Health, Labour and Welfare of Japan|2022-08|2023-09
JPN|O|Katsunobu Kato|Minister of Finance of Japan|2024-10|2025-10
JPN|O|Koichi Hagiuda|Minister of Economy, Trade and Industry of Japan|2021-10|2022-08
JPN|O|Yasutoshi Nishimura|Minister of Economy, Trade and Industry of Japan|2022-08|2023-12
JPN|O|Ken Saito|Minister of Economy, Trade and Industry of Japan|2023-12|2024-10
JPN|O|Ken Saito|Minister of Justice of Japan|2022-11|2023-09
JPN|O|Yoji Muto|Minister of Economy, Trade and Industry of Japan|2024-10|2025-10
JPN|O|Keizo Takemi|Minister of Health, Labour and Welfare of Japan|2023-09|2024-10
JPN|O|Takamaro Fukuoka|Minister of Health, Labour and Welfare of Japan|2024-10|2025-10
JPN|O|Yoshihisa Furukawa|Minister of Justice of Japan|2021-10|2022-08
JPN|O|Ryuji Koizumi|Minister of Justice of Japan|2023-09|2024-10
JPN|O|Taro Kono|Minister for Digital Transformation of Japan|2022-08|2024-10
JPN|O|Sanae Takaichi|Minister of State for Economic Security of Japan|2022-08|2024-10
JPN|O|Taku Eto|Minister of Agriculture, Forestry and Fisheries of Japan|2024-11|2025-05
JPN|O|Shinjiro Koizumi|Minister of Agriculture, Forestry and Fisheries of Japan|2025-05|2025-10
JPN|O|Hiroshi Nakano|Minister of Land, Infrastructure, Transport and Tourism of Japan|2024-10|2025-10
JPN|O|Ryosei Akazawa|Minister of State for Economic and Fiscal Policy of Japan|2024-10|2025-10
JPN|O|Masaaki Taira|Minister for Digital Transformation of Japan|2024-10|2025-10
JPN|O|Seiji Murakami|Minister for Internal Affairs and Communications of Japan|2024-10|2025-10
"""

# speakers and presidents of the lower houses: country|O|name|title|start|end[|aliases]
SPEAKERS = """
CAN|O|Anthony Rota|Speaker of the House of Commons of Canada|2019-12|2023-09
CAN|O|Greg Fergus|Speaker of the House of Commons of Canada|2023-10|2025-05
CAN|O|Francis Scarpaleggia|Speaker of the House of Commons of Canada|2025-05|
AUS|O|Tony Smith|Speaker of the Australian House of Representatives|2015-08|2021-11
AUS|O|Andrew Wallace|Speaker of the Australian House of Representatives|2021-11|2022-07
AUS|O|Milton Dick|Speaker of the Australian House of Representatives|2022-07|
DEU|O|Wolfgang Schaeuble|President of the Bundestag|2017-10|2021-10|Wolfgang Schäuble
DEU|O|Bärbel Bas|President of the Bundestag|2021-10|2025-03
DEU|O|Julia Klöckner|President of the Bundestag|2025-03|
FRA|O|Richard Ferrand|President of the National Assembly of France|2018-09|2022-06
FRA|O|Yaël Braun-Pivet|President of the National Assembly of France|2022-06|
ITA|O|Roberto Fico|President of the Chamber of Deputies of Italy|2018-03|2022-10
ITA|O|Lorenzo Fontana|President of the Chamber of Deputies of Italy|2022-10|
ESP|O|Meritxell Batet|President of the Congress of Deputies of Spain|2019-05|2023-08
ESP|O|Francina Armengol|President of the Congress of Deputies of Spain|2023-08|
POL|O|Elżbieta Witek|Marshal of the Sejm of Poland|2019-08|2023-11
POL|O|Szymon Hołownia|Marshal of the Sejm of Poland|2023-11|2025-11
POL|O|Włodzimierz Czarzasty|Marshal of the Sejm of Poland|2025-11|
NLD|O|Khadija Arib|Speaker of the House of Representatives of the Netherlands|2016-01|2021-04
NLD|O|Vera Bergkamp|Speaker of the House of Representatives of the Netherlands|2021-04|2023-12
NLD|O|Martin Bosma|Speaker of the House of Representatives of the Netherlands|2023-12|
JPN|O|Tadamori Oshima|Speaker of the House of Representatives of Japan|2015-04|2021-10
JPN|O|Hiroyuki Hosoda|Speaker of the House of Representatives of Japan|2021-11|2023-10
JPN|O|Fukushiro Nukaga|Speaker of the House of Representatives of Japan|2023-10|
"""

# party leaders (sector PTY, an official's role): country|name|party|start|end[|aliases]
PARTY_LEADERS = """
FRA|Marine Le Pen|the National Rally|2011-01|2021-09
FRA|Jordan Bardella|the National Rally|2022-11|
FRA|Jean-Luc Mélenchon|La France Insoumise|2016-02|
FRA|Éric Zemmour|Reconquête|2021-12|
FRA|Olivier Faure|the Socialist Party|2018-04|
FRA|Éric Ciotti|The Republicans|2022-12|2024-06
FRA|Bruno Retailleau|The Republicans|2025-05|
ITA|Matteo Salvini|the League|2013-12|
ITA|Giorgia Meloni|Brothers of Italy|2014-03|
ITA|Enrico Letta|the Democratic Party|2021-03|2023-03
ITA|Elly Schlein|the Democratic Party|2023-03|
ITA|Giuseppe Conte|the Five Star Movement|2021-08|
DEU|Tino Chrupalla|the Alternative for Germany|2019-11|
DEU|Jörg Meuthen|the Alternative for Germany|2015-07|2022-01
DEU|Alice Weidel|the Alternative for Germany|2022-06|
DEU|Annegret Kramp-Karrenbauer|the Christian Democratic Union|2018-12|2021-01
DEU|Armin Laschet|the Christian Democratic Union|2021-01|2022-01
DEU|Friedrich Merz|the Christian Democratic Union|2022-01|
NLD|Geert Wilders|the Party for Freedom|2006-02|
NLD|Thierry Baudet|Forum for Democracy|2016-09|
NLD|Frans Timmermans|GroenLinks–PvdA|2023-08|2025-10
ESP|Santiago Abascal|Vox|2014-09|
ESP|Pablo Casado|the People's Party|2018-07|2022-04
ESP|Alberto Núñez Feijóo|the People's Party|2022-04|
"""

# more aliases of people above: name|aliases;...
EXTRA_ALIASES = """
Annegret Kramp-Karrenbauer|AKK
Maria Elisabetta Alberti Casellati|Elisabetta Casellati
Dilan Yeşilgöz-Zegerius|Dilan Yeşilgöz
"""


def build() -> list[dict[str, object]]:
    people: dict[str, dict[str, object]] = {}
    for table in (CANADA_AUSTRALIA_MINISTERS, GERMANY_FRANCE_ITALY_MINISTERS, SPAIN_POLAND_NETHERLANDS_JAPAN_MINISTERS,
                  SPEAKERS):
        add_office_rows(people, table)
    for line in PARTY_LEADERS.strip().splitlines():
        country, name, party, start, end, *aliases = line.split("|")
        add_office(people, country, "O", name, f"Leader of {party}", start, end, aliases[0] if aliases else "",
                   sector="PTY")
    for line in EXTRA_ALIASES.strip().splitlines():
        name, aliases = line.split("|")
        entity = people[name]
        person(people, name, str(entity["country"]), "GOV", aliases)
    return finish_people(people)


def main() -> None:
    write_people(OUT, build())


if __name__ == "__main__":
    main()
