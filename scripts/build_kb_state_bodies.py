#!/usr/bin/env python3
"""Build ``state_bodies.jsonl``: the US and UK government bodies the press names on their own, so that "the Justice
Department", "ICE", "the CDC" or "the Home Office" get a state and a sector.

What the list covers, whole (not a choice of names), as of 2025:

* United States: the 15 executive departments (State, Treasury, Defense, Justice, Interior, Agriculture, Commerce,
  Labor, Health and Human Services, Housing and Urban Development, Transportation, Energy, Education, Veterans
  Affairs, Homeland Security) and these best-known operating components: DHS (CBP, ICE, TSA, USCIS, FEMA, the Secret
  Service, the Coast Guard, CISA); DOJ (the FBI, DEA, ATF, the US Marshals Service, the Bureau of Prisons); HHS (CDC,
  FDA, NIH, CMS); Treasury (IRS, OFAC); Commerce (the Census Bureau, NOAA); Transportation (FAA); Defense (the Army,
  Navy, Air Force, Marine Corps, Space Force and National Guard; NSA and DIA); the main independent agencies (CIA,
  the Federal Reserve, EPA, NASA, USAID, SEC, FTC, FCC, FEC, NLRB, NTSB, the Social Security Administration, the
  Postal Service, EEOC, CFPB, FDIC, CFTC, FERC, the Nuclear Regulatory Commission, OPM, GSA, SBA); Congress's
  agencies (CBO, GAO, the Congressional Research Service).
* United Kingdom: the ministerial departments (Cabinet Office, HM Treasury, Home Office, Foreign, Commonwealth and
  Development Office, Ministry of Defence, Ministry of Justice, Department of Health and Social Care, Department
  for Education, Department for Work and Pensions, Defra, Department for Transport, Department for Business and
  Trade, Department for Energy Security and Net Zero, Department for Science, Innovation and Technology, DCMS,
  MHCLG, the Northern Ireland, Scotland and Wales Offices) and the bodies the press names on their own: the NHS,
  the Metropolitan Police, MI5, MI6, GCHQ, the Crown Prosecution Service, the National Crime Agency, HMRC, Border
  Force, the British Army, Royal Navy, Royal Marines and Royal Air Force.

Left out: the White House, Downing Street and the Executive Office's smaller offices (the press names them as
places or as the president's and prime minister's offices); the Attorney General's Office (every US state has
one); smaller components and agencies; devolved and local bodies other than the Met.

Codes: ``country`` USA or GBR. ``kind`` as the state bodies other files hold: ``agency`` (the FBI, the State
Department), ``military`` for the armed services. ``sector``: GOV for departments and civilian agencies; COP for
police and law-enforcement agencies (CBP, ICE, DEA, ATF, US Marshals, Bureau of Prisons, Secret Service, the Met,
the National Crime Agency, Border Force); SPY for intelligence; MIL for the armed services (the Coast Guard too);
JUD for the Crown Prosecution Service; LEG for Congress's agencies (CBO, GAO, CRS).

Bodies another package file already holds with the right country are not repeated; where the press's names are
missing, the file adds them under the existing entity's id (``EXTRA_NAMES``: merged on loading, as
``armed_groups.jsonl`` does): Phoenix's departments of Homeland Security, Justice, the Treasury, Health and Human
Services, Education, Energy, Labor, the Interior, Transportation and Agriculture, its Scotland Yard (the Met) and
GCHQ. Held as they are: the UK Ministry of Defence (``organisations.jsonl``), the State and Defense departments, the
FBI, CIA, NSA, DIA, EPA, NASA, USAID, the Federal Reserve, FTC, OMB, the NSC, MI5, MI6 and the FCDO. Phoenix folds
some bodies into another one's names (FEMA into Homeland Security, NTSB into Transportation, NLRB into Labor, the
Royal Air Force into the UK's armed forces, the ODNI into the US intelligence community): FEMA, NTSB, NLRB and the
RAF get their own entries here (they are other bodies), but Phoenix's files load first, so their full names (and
"FEMA") still find the Phoenix entity first, of the same state and sector; the ODNI is left to Phoenix.

Aliases are the press's names, "US"-prefixed forms and acronyms. Left out on purpose: plain English words and
names other states' bodies bear ("Treasury", "Congress", "Parliament", "Supreme Court", "Justice", "State",
"Interior", "Defense", "Labor", "Commerce", "Energy", "Education", "Postal Service", "Border Force", "Coast
Guard", "National Guard", "Ministry of Justice", "the Met"); acronyms that are words or that other bodies or terms
bear as often: DOE (Energy and Education), ED, DOT, DOC, DOI, DOL, VA (Virginia), SSA, BOP, NRC (the Norwegian
Refugee Council), CRS (Catholic Relief Services), CPS (Child Protective Services), NCA, NIO, MoJ, DBT; ATF (the
ISO code of the French Southern Territories). "ICE" is kept (short all-caps aliases are matched
case-sensitively); "Ice" is never written. Kept although other states have one too, as the press means
this one far more often: "Justice Department", "Secret Service", "CDC", "SEC", "CMS". Not "Ministry of Defence":
India's, Russia's and a dozen other states' are called so in English, and a story set in one of them reads it as
that state's body (the actors layer's state bodies named without their state).

Written for politika from public facts (the maintainer's knowledge of the world, 2026-12); no name taken from an
eval set or from another project's text.

    .venv/bin/python scripts/build_kb_state_bodies.py
"""

from __future__ import annotations

# scripts/ is on the path of a script run from it
from build_kb_us_officials import slug
from kb_tables import extra_names, table_entities, write_with_alias_count

OUT_NAME = "state_bodies.jsonl"
KINDS = {"GOV": "agency", "COP": "agency", "SPY": "agency", "JUD": "agency", "LEG": "agency", "MIL": "military"}

# country|sector|name|aliases;... (a line starting with # names the group of bodies)
BODIES = """
# US executive departments (the others: EXTRA_NAMES, or held as they are)
USA|GOV|United States Department of Commerce|Department of Commerce;Commerce Department;US Department of Commerce;\
US Commerce Department;U.S. Commerce Department
USA|GOV|United States Department of Housing and Urban Development|Department of Housing and Urban Development;\
Housing and Urban Development;HUD;US Department of Housing and Urban Development
USA|GOV|United States Department of Veterans Affairs|Department of Veterans Affairs;Veterans Affairs Department;\
US Department of Veterans Affairs
# Homeland Security
USA|COP|US Customs and Border Protection|Customs and Border Protection;U.S. Customs and Border Protection;CBP;\
US Border Patrol;U.S. Border Patrol
USA|COP|US Immigration and Customs Enforcement|Immigration and Customs Enforcement;\
U.S. Immigration and Customs Enforcement;ICE
USA|GOV|Transportation Security Administration|TSA
USA|GOV|US Citizenship and Immigration Services|Citizenship and Immigration Services;\
U.S. Citizenship and Immigration Services;USCIS
USA|GOV|Federal Emergency Management Agency|FEMA
USA|COP|United States Secret Service|Secret Service;US Secret Service;U.S. Secret Service;USSS
USA|MIL|United States Coast Guard|US Coast Guard;U.S. Coast Guard;USCG
USA|GOV|Cybersecurity and Infrastructure Security Agency|CISA
# Justice (the FBI is held by organisations.jsonl)
USA|COP|Drug Enforcement Administration|DEA;US Drug Enforcement Administration
USA|COP|Bureau of Alcohol, Tobacco, Firearms and Explosives|
USA|COP|United States Marshals Service|US Marshals Service;U.S. Marshals Service;US Marshals;U.S. Marshals;USMS
USA|COP|Federal Bureau of Prisons|Bureau of Prisons
# Health and Human Services
USA|GOV|Centers for Disease Control and Prevention|CDC;Centers for Disease Control;\
US Centers for Disease Control and Prevention
USA|GOV|Food and Drug Administration|FDA;US Food and Drug Administration;U.S. Food and Drug Administration
USA|GOV|National Institutes of Health|NIH
USA|GOV|Centers for Medicare & Medicaid Services|Centers for Medicare and Medicaid Services;CMS
# Treasury, Commerce, Transportation
USA|GOV|Internal Revenue Service|IRS
USA|GOV|Office of Foreign Assets Control|OFAC
USA|GOV|United States Census Bureau|Census Bureau;US Census Bureau
USA|GOV|National Oceanic and Atmospheric Administration|NOAA
USA|GOV|Federal Aviation Administration|FAA
# Defense: the armed services (the department, NSA and DIA are held by other files)
USA|MIL|United States Army|US Army;U.S. Army
USA|MIL|United States Navy|US Navy;U.S. Navy
USA|MIL|United States Air Force|US Air Force;U.S. Air Force;USAF
USA|MIL|United States Marine Corps|US Marine Corps;U.S. Marine Corps;Marine Corps;USMC
USA|MIL|United States Space Force|US Space Force;U.S. Space Force;Space Force
USA|MIL|United States National Guard|US National Guard;U.S. National Guard
# independent agencies (the CIA, Federal Reserve, EPA, NASA, USAID and FTC are held by other files)
USA|GOV|Securities and Exchange Commission|SEC;US Securities and Exchange Commission
USA|GOV|Federal Communications Commission|FCC
USA|GOV|Federal Election Commission|FEC
USA|GOV|National Labor Relations Board|NLRB
USA|GOV|National Transportation Safety Board|NTSB
USA|GOV|Social Security Administration|
USA|GOV|United States Postal Service|US Postal Service;U.S. Postal Service;USPS
USA|GOV|Equal Employment Opportunity Commission|EEOC
USA|GOV|Consumer Financial Protection Bureau|CFPB
USA|GOV|Federal Deposit Insurance Corporation|FDIC
USA|GOV|Commodity Futures Trading Commission|CFTC
USA|GOV|Federal Energy Regulatory Commission|FERC
USA|GOV|Nuclear Regulatory Commission|US Nuclear Regulatory Commission
USA|GOV|Office of Personnel Management|OPM
USA|GOV|General Services Administration|GSA
USA|GOV|Small Business Administration|SBA
# Congress's agencies
USA|LEG|Congressional Budget Office|CBO
USA|LEG|Government Accountability Office|GAO
USA|LEG|Congressional Research Service|
# UK ministerial departments (the FCDO and the Ministry of Defence are held by organisations.jsonl)
GBR|GOV|Cabinet Office|UK Cabinet Office
GBR|GOV|HM Treasury|Her Majesty's Treasury;His Majesty's Treasury;UK Treasury;British Treasury
GBR|GOV|Home Office|UK Home Office;British Home Office
GBR|GOV|Ministry of Justice (United Kingdom)|UK Ministry of Justice;British Ministry of Justice
GBR|GOV|Department of Health and Social Care|DHSC
GBR|GOV|Department for Education|DfE
GBR|GOV|Department for Work and Pensions|DWP
GBR|GOV|Department for Environment, Food and Rural Affairs|Defra;DEFRA
GBR|GOV|Department for Transport|DfT
GBR|GOV|Department for Business and Trade|
GBR|GOV|Department for Energy Security and Net Zero|DESNZ
GBR|GOV|Department for Science, Innovation and Technology|DSIT
GBR|GOV|Department for Culture, Media and Sport|DCMS
GBR|GOV|Ministry of Housing, Communities and Local Government|MHCLG
GBR|GOV|Northern Ireland Office|
GBR|GOV|Scotland Office|
GBR|GOV|Wales Office|
# UK bodies the press names on their own (the Met and GCHQ: EXTRA_NAMES; MI5 and MI6 are held by other files)
GBR|GOV|National Health Service|NHS
GBR|JUD|Crown Prosecution Service|
GBR|COP|National Crime Agency|
GBR|GOV|HM Revenue and Customs|HMRC;His Majesty's Revenue and Customs;Her Majesty's Revenue and Customs
GBR|COP|UK Border Force|
GBR|MIL|British Army|
GBR|MIL|Royal Navy|
GBR|MIL|Royal Marines|
GBR|MIL|Royal Air Force|RAF
"""

# the press's names for bodies another package file holds with the right country: existing id|aliases;...
EXTRA_NAMES = """
politika:phoenix-usa-united-states-department-of-homeland-security|Department of Homeland Security;\
Homeland Security Department;US Department of Homeland Security;U.S. Department of Homeland Security;DHS;\
Homeland Security
politika:phoenix-usa-united-states-department-of-justice|Justice Department;Department of Justice;\
US Justice Department;U.S. Justice Department;US Department of Justice;U.S. Department of Justice
politika:phoenix-usa-united-states-department-of-the-treasury|Treasury Department;Department of the Treasury;\
US Treasury;U.S. Treasury;US Treasury Department;U.S. Treasury Department
politika:phoenix-usa-department-of-health-and-human-services|Health and Human Services;HHS;\
Health and Human Services Department;US Department of Health and Human Services
politika:phoenix-usa-united-states-department-of-education|Department of Education;Education Department;\
US Department of Education;US Education Department
politika:phoenix-usa-united-states-department-of-energy|Department of Energy;Energy Department;\
US Department of Energy;US Energy Department
politika:phoenix-usa-united-states-department-of-labor|Department of Labor;Labor Department;US Department of Labor;\
US Labor Department
politika:phoenix-usa-united-states-department-of-the-interior|Department of the Interior;Interior Department;\
US Department of the Interior;US Interior Department
politika:phoenix-usa-united-states-department-of-transportation|Department of Transportation;\
Transportation Department;US Department of Transportation
politika:phoenix-usa-united-states-department-of-agriculture|Department of Agriculture;Agriculture Department;\
US Department of Agriculture
politika:phoenix-gbr-scotland-yard|Metropolitan Police;Met Police;London Metropolitan Police
politika:phoenix-gbr-government-communicationa-headquarters|Government Communications Headquarters
"""


def state_bodies() -> list[dict[str, object]]:
    bodies = table_entities(BODIES, lambda country, name: f"politika:body-{country.lower()}-{slug(name)}",
                            KINDS.__getitem__, lambda country, sector, _: country in ("USA", "GBR") and sector in KINDS)
    return bodies + extra_names(EXTRA_NAMES, OUT_NAME,
                                lambda held: held.get("country") in ("USA", "GBR") and bool(held.get("sector")))


def main() -> None:
    write_with_alias_count(OUT_NAME, state_bodies())


if __name__ == "__main__":
    main()
