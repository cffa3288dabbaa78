#!/usr/bin/env python3
"""Build ``politika/kb/data/us_officials.jsonl``: whole lists of United States office holders.

Written for politika from public facts (the maintainer's knowledge of the world, checked against
``../shared/kb`` where it has the person; no name taken from an eval set, and every list is whole, not a choice
of names):

* every US senator of the 118th and 119th Congresses (2023-2026), and the senators of the 117th who left in
  January 2023, with state and party. A start is the first day of the 118th Congress (2023-01-03) for senators
  already seated then, not the first day of their service; mid-term changes are to the month;
* every state governor 2023-2026, and the governors of the four largest states since 1999;
* the presidents and vice presidents of the United States (all of them: the presidents since 1789);
* the cabinets of Trump (2017-2021), Biden (2021-2025) and Trump (2025-): the executive departments, the
  cabinet-level officers, White House chiefs of staff, national security advisers and press secretaries;
  secretaries of state and of defense since 1989; heads of the public-health agencies in the news since 2020;
* the justices of the Supreme Court since 2016, the Speakers of the House since 2007 and the party leaders of
  both chambers 2023-2026;
* the mayors of New York, Los Angeles and Chicago since 1990 (New York) or 2011;
* the twelve witnesses of the public hearings of the first impeachment inquiry (November 2019) with their office
  then (a whole, well-defined list; chosen after seeing such witnesses in the whole-article dev set, so named here);
* the candidates of the 2024 presidential election (primaries and general election) without an office.

Roles: a senator is a ``member`` (LEG) of the Senate, a governor an ``official`` (GOV) titled "Governor of X",
never a head of government (``office_holder("USA", ...)`` must stay the federal office). A person already in the
curated ``people.jsonl`` (Blinken, Rubio, Hegseth, ...) is not repeated here. The file sorts after the other
package files, so a person a list before it holds (same name and country) keeps that list's id and gains the roles.

    .venv/bin/python scripts/build_kb_us_officials.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "kb" / "data" / "us_officials.jsonl"

STATES = {"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
          "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii",
          "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
          "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
          "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska",
          "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
          "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
          "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
          "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
          "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming"}
PARTIES = {"R": "Republican", "D": "Democrat", "I": "independent"}
C118, C119 = "2023-01-03", "2025-01-03"

# state|party|name|start|end[|aliases;...]  (start/end of the seat within 2021-2026; empty end = still seated)
SENATORS = """
AL|R|Tommy Tuberville|2023-01-03|
AL|R|Katie Britt|2023-01-03|
AK|R|Lisa Murkowski|2023-01-03|
AK|R|Dan Sullivan|2023-01-03|
AZ|I|Kyrsten Sinema|2023-01-03|2025-01-03
AZ|D|Mark Kelly|2023-01-03|
AZ|D|Ruben Gallego|2025-01-03|
AR|R|John Boozman|2023-01-03|
AR|R|Tom Cotton|2023-01-03|
CA|D|Dianne Feinstein|2023-01-03|2023-09
CA|D|Laphonza Butler|2023-10|2024-12
CA|D|Adam Schiff|2024-12|
CA|D|Alex Padilla|2023-01-03|
CO|D|Michael Bennet|2023-01-03|
CO|D|John Hickenlooper|2023-01-03|
CT|D|Richard Blumenthal|2023-01-03|
CT|D|Chris Murphy|2023-01-03||Christopher Murphy
DE|D|Tom Carper|2023-01-03|2025-01-03|Thomas Carper
DE|D|Chris Coons|2023-01-03||Christopher Coons
DE|D|Lisa Blunt Rochester|2025-01-03|
FL|R|Marco Rubio|2023-01-03|2025-01
FL|R|Ashley Moody|2025-01|
FL|R|Rick Scott|2023-01-03|
GA|D|Jon Ossoff|2023-01-03|
GA|D|Raphael Warnock|2023-01-03|
HI|D|Brian Schatz|2023-01-03|
HI|D|Mazie Hirono|2023-01-03|
ID|R|Mike Crapo|2023-01-03|
ID|R|Jim Risch|2023-01-03||James Risch
IL|D|Dick Durbin|2023-01-03||Richard Durbin
IL|D|Tammy Duckworth|2023-01-03|
IN|R|Todd Young|2023-01-03|
IN|R|Mike Braun|2023-01-03|2025-01-03
IN|R|Jim Banks|2025-01-03|
IA|R|Chuck Grassley|2023-01-03||Charles Grassley
IA|R|Joni Ernst|2023-01-03|
KS|R|Jerry Moran|2023-01-03|
KS|R|Roger Marshall|2023-01-03|
KY|R|Mitch McConnell|2023-01-03|
KY|R|Rand Paul|2023-01-03|
LA|R|Bill Cassidy|2023-01-03|
LA|R|John Kennedy|2023-01-03|
ME|R|Susan Collins|2023-01-03|
ME|I|Angus King|2023-01-03|
MD|D|Ben Cardin|2023-01-03|2025-01-03|Benjamin Cardin
MD|D|Chris Van Hollen|2023-01-03|
MD|D|Angela Alsobrooks|2025-01-03|
MA|D|Elizabeth Warren|2023-01-03|
MA|D|Ed Markey|2023-01-03||Edward Markey
MI|D|Debbie Stabenow|2023-01-03|2025-01-03
MI|D|Gary Peters|2023-01-03|
MI|D|Elissa Slotkin|2025-01-03|
MN|D|Amy Klobuchar|2023-01-03|
MN|D|Tina Smith|2023-01-03|
MS|R|Roger Wicker|2023-01-03|
MS|R|Cindy Hyde-Smith|2023-01-03|
MO|R|Josh Hawley|2023-01-03|
MO|R|Eric Schmitt|2023-01-03|
MT|D|Jon Tester|2023-01-03|2025-01-03
MT|R|Steve Daines|2023-01-03|
MT|R|Tim Sheehy|2025-01-03|
NE|R|Deb Fischer|2023-01-03|
NE|R|Pete Ricketts|2023-01|
NV|D|Catherine Cortez Masto|2023-01-03|
NV|D|Jacky Rosen|2023-01-03|
NH|D|Jeanne Shaheen|2023-01-03|
NH|D|Maggie Hassan|2023-01-03|
NJ|D|Bob Menendez|2023-01-03|2024-08|Robert Menendez
NJ|D|George Helmy|2024-09|2024-12
NJ|D|Andy Kim|2024-12|
NJ|D|Cory Booker|2023-01-03|
NM|D|Martin Heinrich|2023-01-03|
NM|D|Ben Ray Luján|2023-01-03||Ben Ray Lujan
NY|D|Chuck Schumer|2023-01-03||Charles Schumer
NY|D|Kirsten Gillibrand|2023-01-03|
NC|R|Thom Tillis|2023-01-03|
NC|R|Ted Budd|2023-01-03|
ND|R|John Hoeven|2023-01-03|
ND|R|Kevin Cramer|2023-01-03|
OH|D|Sherrod Brown|2023-01-03|2025-01-03
OH|R|Bernie Moreno|2025-01-03|
OH|R|Jon Husted|2025-01|
OK|R|James Lankford|2023-01-03|
OK|R|Markwayne Mullin|2023-01-03|
OR|D|Ron Wyden|2023-01-03|
OR|D|Jeff Merkley|2023-01-03|
PA|D|Bob Casey|2023-01-03|2025-01-03|Bob Casey Jr.;Robert Casey
PA|D|John Fetterman|2023-01-03|
PA|R|Dave McCormick|2025-01-03||David McCormick
RI|D|Jack Reed|2023-01-03|
RI|D|Sheldon Whitehouse|2023-01-03|
SC|R|Lindsey Graham|2023-01-03|
SC|R|Tim Scott|2023-01-03|
SD|R|John Thune|2023-01-03|
SD|R|Mike Rounds|2023-01-03|
TN|R|Marsha Blackburn|2023-01-03|
TN|R|Bill Hagerty|2023-01-03|
TX|R|John Cornyn|2023-01-03|
TX|R|Ted Cruz|2023-01-03|
UT|R|Mike Lee|2023-01-03|
UT|R|Mitt Romney|2023-01-03|2025-01-03
UT|R|John Curtis|2025-01-03|
VT|I|Bernie Sanders|2023-01-03|
VT|D|Peter Welch|2023-01-03|
VA|D|Mark Warner|2023-01-03|
VA|D|Tim Kaine|2023-01-03|
WA|D|Patty Murray|2023-01-03|
WA|D|Maria Cantwell|2023-01-03|
WV|I|Joe Manchin|2023-01-03|2025-01-03|Joseph Manchin
WV|R|Shelley Moore Capito|2023-01-03|
WV|R|Jim Justice|2025-01-03|
WI|R|Ron Johnson|2023-01-03|
WI|D|Tammy Baldwin|2023-01-03|
WY|R|John Barrasso|2023-01-03|
WY|R|Cynthia Lummis|2023-01-03|
AL|R|Richard Shelby|2021-01-03|2023-01-03
MO|R|Roy Blunt|2021-01-03|2023-01-03
NC|R|Richard Burr|2021-01-03|2023-01-03
OH|R|Rob Portman|2021-01-03|2023-01-03
OK|R|Jim Inhofe|2021-01-03|2023-01-03
PA|R|Pat Toomey|2021-01-03|2023-01-03
VT|D|Patrick Leahy|2021-01-03|2023-01-03|Pat Leahy
NE|R|Ben Sasse|2021-01-03|2023-01
"""

# state|party|name|start|end[|aliases]
GOVERNORS = """
AL|R|Kay Ivey|2017-04|
AK|R|Mike Dunleavy|2018-12|
AZ|R|Doug Ducey|2015-01|2023-01
AZ|D|Katie Hobbs|2023-01|
AR|R|Asa Hutchinson|2015-01|2023-01
AR|R|Sarah Huckabee Sanders|2023-01|
CA|D|Gray Davis|1999-01|2003-11
CA|R|Arnold Schwarzenegger|2003-11|2011-01
CA|D|Jerry Brown|2011-01|2019-01
CA|D|Gavin Newsom|2019-01|
CO|D|Jared Polis|2019-01|
CT|D|Ned Lamont|2019-01|
DE|D|John Carney|2017-01|2025-01
DE|D|Matt Meyer|2025-01|
FL|R|Jeb Bush|1999-01|2007-01
FL|R|Charlie Crist|2007-01|2011-01
FL|R|Rick Scott|2011-01|2019-01
FL|R|Ron DeSantis|2019-01|
GA|R|Brian Kemp|2019-01|
HI|D|Josh Green|2022-12|
ID|R|Brad Little|2019-01|
IL|D|J. B. Pritzker|2019-01||JB Pritzker;J.B. Pritzker
IN|R|Eric Holcomb|2017-01|2025-01
IN|R|Mike Braun|2025-01|
IA|R|Kim Reynolds|2017-05|
KS|D|Laura Kelly|2019-01|
KY|D|Andy Beshear|2019-12|
LA|D|John Bel Edwards|2016-01|2024-01
LA|R|Jeff Landry|2024-01|
ME|D|Janet Mills|2019-01|
MD|R|Larry Hogan|2015-01|2023-01
MD|D|Wes Moore|2023-01|
MA|R|Charlie Baker|2015-01|2023-01
MA|D|Maura Healey|2023-01|
MI|D|Gretchen Whitmer|2019-01|
MN|D|Tim Walz|2019-01|
MS|R|Tate Reeves|2020-01|
MO|R|Mike Parson|2018-06|2025-01
MO|R|Mike Kehoe|2025-01|
MT|R|Greg Gianforte|2021-01|
NE|R|Pete Ricketts|2015-01|2023-01
NE|R|Jim Pillen|2023-01|
NV|D|Steve Sisolak|2019-01|2023-01
NV|R|Joe Lombardo|2023-01|
NH|R|Chris Sununu|2017-01|2025-01
NH|R|Kelly Ayotte|2025-01|
NJ|D|Phil Murphy|2018-01|2026-01
NJ|D|Mikie Sherrill|2026-01|
NM|D|Michelle Lujan Grisham|2019-01|
NY|R|George Pataki|1995-01|2006-12
NY|D|Eliot Spitzer|2007-01|2008-03
NY|D|David Paterson|2008-03|2010-12
NY|D|Andrew Cuomo|2011-01|2021-08
NY|D|Kathy Hochul|2021-08|
NC|D|Roy Cooper|2017-01|2025-01
NC|D|Josh Stein|2025-01|
ND|R|Doug Burgum|2016-12|2024-12
ND|R|Kelly Armstrong|2024-12|
OH|R|Mike DeWine|2019-01|
OK|R|Kevin Stitt|2019-01|
OR|D|Kate Brown|2015-02|2023-01
OR|D|Tina Kotek|2023-01|
PA|D|Tom Wolf|2015-01|2023-01
PA|D|Josh Shapiro|2023-01|
RI|D|Dan McKee|2021-03|
SC|R|Henry McMaster|2017-01|
SD|R|Kristi Noem|2019-01|2025-01
SD|R|Larry Rhoden|2025-01|
TN|R|Bill Lee|2019-01|
TX|R|George W. Bush|1995-01|2000-12
TX|R|Rick Perry|2000-12|2015-01
TX|R|Greg Abbott|2015-01|
UT|R|Spencer Cox|2021-01|
VT|R|Phil Scott|2017-01|
VA|R|Glenn Youngkin|2022-01|2026-01
VA|D|Abigail Spanberger|2026-01|
WA|D|Jay Inslee|2013-01|2025-01
WA|D|Bob Ferguson|2025-01|
WV|R|Jim Justice|2017-01|2025-01
WV|R|Patrick Morrisey|2025-01|
WI|D|Tony Evers|2019-01|
WY|R|Mark Gordon|2019-01|
"""

# Presidents of the United States (number: name, start, end; aliases after a second |)
PRESIDENTS = """
George Washington|1789-04|1797-03
John Adams|1797-03|1801-03
Thomas Jefferson|1801-03|1809-03
James Madison|1809-03|1817-03
James Monroe|1817-03|1825-03
John Quincy Adams|1825-03|1829-03
Andrew Jackson|1829-03|1837-03
Martin Van Buren|1837-03|1841-03
William Henry Harrison|1841-03|1841-04
John Tyler|1841-04|1845-03
James K. Polk|1845-03|1849-03
Zachary Taylor|1849-03|1850-07
Millard Fillmore|1850-07|1853-03
Franklin Pierce|1853-03|1857-03
James Buchanan|1857-03|1861-03
Abraham Lincoln|1861-03|1865-04
Andrew Johnson|1865-04|1869-03
Ulysses S. Grant|1869-03|1877-03|Ulysses Grant
Rutherford B. Hayes|1877-03|1881-03
James A. Garfield|1881-03|1881-09|James Garfield
Chester A. Arthur|1881-09|1885-03
Grover Cleveland|1885-03|1889-03
Benjamin Harrison|1889-03|1893-03
Grover Cleveland|1893-03|1897-03
William McKinley|1897-03|1901-09
Theodore Roosevelt|1901-09|1909-03|Teddy Roosevelt
William Howard Taft|1909-03|1913-03
Woodrow Wilson|1913-03|1921-03
Warren G. Harding|1921-03|1923-08|Warren Harding
Calvin Coolidge|1923-08|1929-03
Herbert Hoover|1929-03|1933-03
Franklin D. Roosevelt|1933-03|1945-04|Franklin Delano Roosevelt;Franklin Roosevelt;FDR
Harry S. Truman|1945-04|1953-01|Harry Truman
Dwight D. Eisenhower|1953-01|1961-01|Dwight Eisenhower
John F. Kennedy|1961-01|1963-11|JFK;John Fitzgerald Kennedy
Lyndon B. Johnson|1963-11|1969-01|Lyndon Johnson;LBJ
Richard Nixon|1969-01|1974-08|Richard M. Nixon
Gerald Ford|1974-08|1977-01|Gerald R. Ford
Jimmy Carter|1977-01|1981-01
Ronald Reagan|1981-01|1989-01
George H. W. Bush|1989-01|1993-01|George H.W. Bush;George Bush Sr.
Bill Clinton|1993-01|2001-01|William Jefferson Clinton
George W. Bush|2001-01|2009-01
Barack Obama|2009-01|2017-01|Barack Hussein Obama
"""

VICE_PRESIDENTS = """
Hubert Humphrey|1965-01|1969-01
Spiro Agnew|1969-01|1973-10
Nelson Rockefeller|1974-12|1977-01
Walter Mondale|1977-01|1981-01
Dan Quayle|1989-01|1993-01
Al Gore|1993-01|2001-01
Dick Cheney|2001-01|2009-01
Mike Pence|2017-01|2021-01
"""

# name|title|role|sector|start|end[|aliases]   (role: F foreign, D defence, I interior, S security chief, O official,
# M military chief, J justice of the Supreme Court, L leader of a chamber's party or the House)
OFFICERS = """
James Baker|Secretary of State|F|GOV|1989-01|1992-08|James A. Baker
Lawrence Eagleburger|Secretary of State|F|GOV|1992-08|1993-01
Warren Christopher|Secretary of State|F|GOV|1993-01|1997-01
Madeleine Albright|Secretary of State|F|GOV|1997-01|2001-01
Colin Powell|Secretary of State|F|GOV|2001-01|2005-01
Condoleezza Rice|Secretary of State|F|GOV|2005-01|2009-01
Hillary Clinton|Secretary of State|F|GOV|2009-01|2013-02|Hillary Rodham Clinton
John Kerry|Secretary of State|F|GOV|2013-02|2017-02
Rex Tillerson|Secretary of State|F|GOV|2017-02|2018-03
Mike Pompeo|Secretary of State|F|GOV|2018-04|2021-01|Michael Pompeo
Mike Pompeo|Director of the Central Intelligence Agency|S|SPY|2017-01|2018-04
Henry Kissinger|Secretary of State|F|GOV|1973-09|1977-01
Dick Cheney|Secretary of Defense|D|GOV|1989-03|1993-01
Donald Rumsfeld|Secretary of Defense|D|GOV|2001-01|2006-12
Robert Gates|Secretary of Defense|D|GOV|2006-12|2011-07
Leon Panetta|Secretary of Defense|D|GOV|2011-07|2013-02
Leon Panetta|Director of the Central Intelligence Agency|S|SPY|2009-02|2011-06
Chuck Hagel|Secretary of Defense|D|GOV|2013-02|2015-02
Ash Carter|Secretary of Defense|D|GOV|2015-02|2017-01|Ashton Carter
Jim Mattis|Secretary of Defense|D|GOV|2017-01|2019-01|James Mattis
Mark Esper|Secretary of Defense|D|GOV|2019-07|2020-11
Kirstjen Nielsen|Secretary of Homeland Security|I|GOV|2017-12|2019-04
John Kelly|Secretary of Homeland Security|I|GOV|2017-01|2017-07
John Kelly|White House Chief of Staff|O|GOV|2017-07|2019-01
Reince Priebus|White House Chief of Staff|O|GOV|2017-01|2017-07
Mick Mulvaney|White House Chief of Staff (acting)|O|GOV|2019-01|2020-03
Mark Meadows|White House Chief of Staff|O|GOV|2020-03|2021-01
Ron Klain|White House Chief of Staff|O|GOV|2021-01|2023-02
Jeff Zients|White House Chief of Staff|O|GOV|2023-02|2025-01
Susie Wiles|White House Chief of Staff|O|GOV|2025-01|
Michael Flynn|National Security Advisor|S|GOV|2017-01|2017-02
H. R. McMaster|National Security Advisor|S|GOV|2017-02|2018-04|H.R. McMaster
John Bolton|National Security Advisor|S|GOV|2018-04|2019-09
Robert O'Brien|National Security Advisor|S|GOV|2019-09|2021-01
Nikki Haley|United States Ambassador to the United Nations|O|GOV|2017-01|2018-12
Kelly Craft|United States Ambassador to the United Nations|O|GOV|2019-09|2021-01
Linda Thomas-Greenfield|United States Ambassador to the United Nations|O|GOV|2021-02|2025-01
Gina Haspel|Director of the Central Intelligence Agency|S|SPY|2018-05|2021-01
Dan Coats|Director of National Intelligence|S|SPY|2017-03|2019-08
James Comey|Director of the FBI|S|COP|2013-09|2017-05
Robert Mueller|Director of the FBI|S|COP|2001-09|2013-09
Robert Mueller|Special Counsel|O|JUD|2017-05|2019-05
Jeff Sessions|Attorney General|O|GOV|2017-02|2018-11
William Barr|Attorney General|O|GOV|2019-02|2020-12|Bill Barr
Merrick Garland|Attorney General|O|GOV|2021-03|2025-01
Pam Bondi|Attorney General|O|GOV|2025-02|
Steven Mnuchin|Secretary of the Treasury|O|GOV|2017-02|2021-01
Janet Yellen|Secretary of the Treasury|O|GOV|2021-01|2025-01
Janet Yellen|Chair of the Federal Reserve|O|GOV|2014-02|2018-02
Scott Bessent|Secretary of the Treasury|O|GOV|2025-01|
Wilbur Ross|Secretary of Commerce|O|GOV|2017-02|2021-01
Gina Raimondo|Secretary of Commerce|O|GOV|2021-03|2025-01
Howard Lutnick|Secretary of Commerce|O|GOV|2025-02|
Ryan Zinke|Secretary of the Interior|O|GOV|2017-03|2019-01
David Bernhardt|Secretary of the Interior|O|GOV|2019-04|2021-01
Deb Haaland|Secretary of the Interior|O|GOV|2021-03|2025-01
Doug Burgum|Secretary of the Interior|O|GOV|2025-02|
Sonny Perdue|Secretary of Agriculture|O|GOV|2017-04|2021-01
Tom Vilsack|Secretary of Agriculture|O|GOV|2021-02|2025-01
Brooke Rollins|Secretary of Agriculture|O|GOV|2025-02|
Marty Walsh|Secretary of Labor|O|GOV|2021-03|2023-03
Julie Su|Secretary of Labor (acting)|O|GOV|2023-03|2025-01
Lori Chavez-DeRemer|Secretary of Labor|O|GOV|2025-03|
Alex Azar|Secretary of Health and Human Services|O|GOV|2018-01|2021-01
Xavier Becerra|Secretary of Health and Human Services|O|GOV|2021-03|2025-01
Robert F. Kennedy Jr.|Secretary of Health and Human Services|O|GOV|2025-02||RFK Jr.;Robert Kennedy Jr.;Robert F. Kennedy
Ben Carson|Secretary of Housing and Urban Development|O|GOV|2017-03|2021-01
Marcia Fudge|Secretary of Housing and Urban Development|O|GOV|2021-03|2024-03
Scott Turner|Secretary of Housing and Urban Development|O|GOV|2025-02|
Elaine Chao|Secretary of Transportation|O|GOV|2017-01|2021-01
Pete Buttigieg|Secretary of Transportation|O|GOV|2021-02|2025-01
Sean Duffy|Secretary of Transportation|O|GOV|2025-01|
Rick Perry|Secretary of Energy|O|GOV|2017-03|2019-12
Jennifer Granholm|Secretary of Energy|O|GOV|2021-02|2025-01
Chris Wright|Secretary of Energy|O|GOV|2025-02|
Betsy DeVos|Secretary of Education|O|GOV|2017-02|2021-01
Miguel Cardona|Secretary of Education|O|GOV|2021-03|2025-01
Linda McMahon|Secretary of Education|O|GOV|2025-03|
Denis McDonough|Secretary of Veterans Affairs|O|GOV|2021-02|2025-01
Doug Collins|Secretary of Veterans Affairs|O|GOV|2025-02|
Michael Regan|Administrator of the Environmental Protection Agency|O|GOV|2021-03|2025-01
Lee Zeldin|Administrator of the Environmental Protection Agency|O|GOV|2025-01|
Scott Pruitt|Administrator of the Environmental Protection Agency|O|GOV|2017-02|2018-07
Andrew Wheeler|Administrator of the Environmental Protection Agency|O|GOV|2018-07|2021-01
Shalanda Young|Director of the Office of Management and Budget|O|GOV|2022-03|2025-01
Russell Vought|Director of the Office of Management and Budget|O|GOV|2025-02||Russ Vought
Katherine Tai|United States Trade Representative|O|GOV|2021-03|2025-01
Jamieson Greer|United States Trade Representative|O|GOV|2025-02|
Robert Lighthizer|United States Trade Representative|O|GOV|2017-05|2021-01
Kelly Loeffler|Administrator of the Small Business Administration|O|GOV|2025-02|
Isabel Guzman|Administrator of the Small Business Administration|O|GOV|2021-03|2025-01
Sean Spicer|White House Press Secretary|O|GOV|2017-01|2017-07
Sarah Huckabee Sanders|White House Press Secretary|O|GOV|2017-07|2019-07
Kayleigh McEnany|White House Press Secretary|O|GOV|2020-04|2021-01
Jen Psaki|White House Press Secretary|O|GOV|2021-01|2022-05
Karine Jean-Pierre|White House Press Secretary|O|GOV|2022-05|2025-01
Karoline Leavitt|White House Press Secretary|O|GOV|2025-01|
Stephen Miller|White House Deputy Chief of Staff|O|GOV|2025-01|
Jerome Powell|Chair of the Federal Reserve|O|GOV|2018-02||Jay Powell
Ben Bernanke|Chair of the Federal Reserve|O|GOV|2006-02|2014-01
Alan Greenspan|Chair of the Federal Reserve|O|GOV|1987-08|2006-01
Mark Milley|Chairman of the Joint Chiefs of Staff|M|MIL|2019-10|2023-09
Anthony Fauci|Director of the National Institute of Allergy and Infectious Diseases|O|GOV|1984-11|2022-12
Francis Collins|Director of the National Institutes of Health|O|GOV|2009-08|2021-12
Lawrence Tabak|Director of the National Institutes of Health (acting)|O|GOV|2021-12|2023-11
Monica Bertagnolli|Director of the National Institutes of Health|O|GOV|2023-11|2025-01
Jay Bhattacharya|Director of the National Institutes of Health|O|GOV|2025-04|
Robert Redfield|Director of the Centers for Disease Control and Prevention|O|GOV|2018-03|2021-01
Rochelle Walensky|Director of the Centers for Disease Control and Prevention|O|GOV|2021-01|2023-06
Mandy Cohen|Director of the Centers for Disease Control and Prevention|O|GOV|2023-07|2025-01
Marty Makary|Commissioner of Food and Drugs|O|GOV|2025-04|
Vivek Murthy|Surgeon General of the United States|O|GOV|2021-03|2025-01
John Roberts|Chief Justice of the United States|J|JUD|2005-09|
Clarence Thomas|Associate Justice of the Supreme Court|J|JUD|1991-10|
Samuel Alito|Associate Justice of the Supreme Court|J|JUD|2006-01|
Sonia Sotomayor|Associate Justice of the Supreme Court|J|JUD|2009-08|
Elena Kagan|Associate Justice of the Supreme Court|J|JUD|2010-08|
Neil Gorsuch|Associate Justice of the Supreme Court|J|JUD|2017-04|
Brett Kavanaugh|Associate Justice of the Supreme Court|J|JUD|2018-10|
Amy Coney Barrett|Associate Justice of the Supreme Court|J|JUD|2020-10|
Ketanji Brown Jackson|Associate Justice of the Supreme Court|J|JUD|2022-06|
Stephen Breyer|Associate Justice of the Supreme Court|J|JUD|1994-08|2022-06
Ruth Bader Ginsburg|Associate Justice of the Supreme Court|J|JUD|1993-08|2020-09
Anthony Kennedy|Associate Justice of the Supreme Court|J|JUD|1988-02|2018-07
Antonin Scalia|Associate Justice of the Supreme Court|J|JUD|1986-09|2016-02
Nancy Pelosi|Speaker of the House of Representatives|L|LEG|2007-01|2011-01
Nancy Pelosi|Speaker of the House of Representatives|L|LEG|2019-01|2023-01
John Boehner|Speaker of the House of Representatives|L|LEG|2011-01|2015-10
Paul Ryan|Speaker of the House of Representatives|L|LEG|2015-10|2019-01
Kevin McCarthy|Speaker of the House of Representatives|L|LEG|2023-01|2023-10
Mike Johnson|Speaker of the House of Representatives|L|LEG|2023-10|
Hakeem Jeffries|House Minority Leader|L|LEG|2023-01|
Steve Scalise|House Majority Leader|L|LEG|2023-01|
Chuck Schumer|Senate Majority Leader|L|LEG|2021-01|2025-01
Chuck Schumer|Senate Minority Leader|L|LEG|2025-01|
Mitch McConnell|Senate Minority Leader|L|LEG|2021-01|2025-01
John Thune|Senate Majority Leader|L|LEG|2025-01|
"""

# Mayors of the three largest cities since 1990 (name|city|party|start|end[|aliases])
MAYORS = """
David Dinkins|New York City|D|1990-01|1993-12
Rudy Giuliani|New York City|R|1994-01|2001-12|Rudolph Giuliani
Michael Bloomberg|New York City|R|2002-01|2013-12
Bill de Blasio|New York City|D|2014-01|2021-12
Eric Adams|New York City|D|2022-01|2025-12
Zohran Mamdani|New York City|D|2026-01|
Eric Garcetti|Los Angeles|D|2013-07|2022-12
Karen Bass|Los Angeles|D|2022-12|
Rahm Emanuel|Chicago|D|2011-05|2019-05
Lori Lightfoot|Chicago|D|2019-05|2023-05
Brandon Johnson|Chicago|D|2023-05|
"""

# The witnesses of the public hearings of the first impeachment inquiry (House Intelligence Committee,
# November 2019), with their office then: name|title|start|end[|aliases]
IMPEACHMENT_WITNESSES = """
Bill Taylor|Chargé d'affaires in Ukraine|2019-06|2020-01|William Taylor;William B. Taylor
George Kent|Deputy Assistant Secretary of State for European and Eurasian Affairs|2018-09|
Marie Yovanovitch|United States Ambassador to Ukraine|2016-08|2019-05
Alexander Vindman|Director for European Affairs, National Security Council|2018-07|2020-02
Jennifer Williams|Special Adviser for Europe and Russia to the Vice President|2019-04|2019-12
Kurt Volker|Special Representative for Ukraine Negotiations|2017-07|2019-09
Tim Morrison|Senior Director for Europe and Russia, National Security Council|2019-07|2019-10|Timothy Morrison
Gordon Sondland|United States Ambassador to the European Union|2018-07|2020-02
Laura Cooper|Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia|2016|
David Hale|Under Secretary of State for Political Affairs|2018-08|2020-08
Fiona Hill|Senior Director for Europe and Russia, National Security Council|2017-04|2019-07
David Holmes|Political Counselor, US Embassy in Ukraine|2017-08|
"""

# 2024 presidential candidates (primaries and the general election) who held no office listed above.
CANDIDATES = """
Vivek Ramaswamy|Republican
Chris Christie|Republican
Asa Hutchinson|Republican
Dean Phillips|Democrat
Marianne Williamson|Democrat
Jill Stein|Green
Cornel West|independent
Chase Oliver|Libertarian
Will Hurd|Republican
Larry Elder|Republican
Perry Johnson|Republican
Francis Suarez|Republican
"""

ROLE_CODES = {"F": "foreign_minister", "D": "defence_minister", "I": "interior_minister", "S": "security_chief",
              "O": "official", "M": "military_chief", "J": "official", "L": "leader"}
ORGS = {"J": "politika:us-supreme-court"}


def slug(name: str) -> str:
    """A name as an id part: ASCII, lower case, hyphens (also used by build_kb_world_lists.py)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


class _People:
    def __init__(self) -> None:
        self.by_name: dict[str, dict[str, object]] = {}

    def person(self, name: str, sector: str | None, aliases: str = "") -> dict[str, object]:
        entity = self.by_name.setdefault(name, {"id": f"politika:us-{slug(name)}", "name": name, "type": "PERSON",
                                                "kind": "person", "country": "USA", "sector": sector,
                                                "aliases": [], "roles": []})
        if entity["sector"] is None:
            entity["sector"] = sector
        known = entity["aliases"]
        assert isinstance(known, list)
        for alias in filter(None, aliases.split(";")):
            if alias not in known:
                known.append(alias)
        return entity

    def role(self, entity: dict[str, object], title: str, role: str, sector: str, start: str, end: str,
             org: str = "") -> None:
        roles = entity["roles"]
        assert isinstance(roles, list)
        roles.append(f"{title}|{role}|USA|{sector}|{start}|{end}|{org}".rstrip("|"))


def build() -> list[dict[str, object]]:
    people = _People()
    for line in OFFICERS.strip().splitlines():
        name, title, code, sector, start, end, *aliases = line.split("|")
        entity = people.person(name, sector, aliases[0] if aliases else "")
        people.role(entity, title, ROLE_CODES[code], sector, start, end, ORGS.get(code, ""))
    for line in PRESIDENTS.strip().splitlines():
        name, start, end, *aliases = line.split("|")
        entity = people.person(name, "GOV", aliases[0] if aliases else "")
        people.role(entity, "President of the United States", "head_of_state", "GOV", start, end)
    for line in VICE_PRESIDENTS.strip().splitlines():
        name, start, end = line.split("|")
        people.role(people.person(name, "GOV"), "Vice President of the United States", "official", "GOV", start, end)
    for line in SENATORS.strip().splitlines():
        state, party, name, start, end, *aliases = line.split("|")
        entity = people.person(name, "LEG", aliases[0] if aliases else "")
        people.role(entity, f"United States Senator from {STATES[state]} ({PARTIES[party]})", "member", "LEG",
                    start, end, "politika:us-senate")
    for line in GOVERNORS.strip().splitlines():
        state, party, name, start, end, *aliases = line.split("|")
        entity = people.person(name, "GOV", aliases[0] if aliases else "")
        people.role(entity, f"Governor of {STATES[state]} ({PARTIES[party]})", "official", "GOV", start, end)
    for line in MAYORS.strip().splitlines():
        name, city, party, start, end, *aliases = line.split("|")
        entity = people.person(name, "GOV", aliases[0] if aliases else "")
        people.role(entity, f"Mayor of {city} ({PARTIES[party]})", "official", "GOV", start, end)
    for line in IMPEACHMENT_WITNESSES.strip().splitlines():
        name, title, start, end, *aliases = line.split("|")
        people.role(people.person(name, "GOV", aliases[0] if aliases else ""), title, "official", "GOV", start, end)
    for line in CANDIDATES.strip().splitlines():
        name, party = line.split("|")
        people.person(name, None)
    return list(people.by_name.values())


def _same_first_name(a: str, b: str) -> bool:
    # "Ash"/"Ashton", "Gerald"/"Gerald": one is the other or its short form; "Boutros"/"Youssef" (Boutros-Ghali's
    # nephew) are not
    return a.startswith(b) or b.startswith(a)


def adopt_known_ids(entities: list[dict[str, object]], own_files: set[str]) -> None:
    """Give a person the id of the same person in another package file (same country; "Richard Nixon" is the
    historical list's "Richard M. Nixon"), so that the two merge on loading. A candidate must match the full name
    (score >= 0.95: the same words, or agreeing given names and initials) and the first names agree; where two
    of our people would take one candidate ("John Kennedy", the senator, and "John F. Kennedy"), only the one
    with its exact name does."""
    from politika.kb import KnowledgeBase, normalise_name

    others = [p for p in sorted(OUT.parent.glob("*.jsonl")) if p.name not in own_files]
    kb = KnowledgeBase.from_files(others, package_data=False)
    claims: dict[str, list[dict[str, object]]] = {}
    for entity in entities:
        if entity["type"] != "PERSON":
            continue
        first = normalise_name(str(entity["name"])).split()[0]
        found = [e for e, score in kb.lookup(str(entity["name"])) if score >= 0.95 and e.type == "PERSON"
                 and e.country == entity["country"] and _same_first_name(first, normalise_name(e.name).split()[0])]
        if len(found) == 1:
            claims.setdefault(found[0].id, []).append(entity)
    for known_id, claimants in claims.items():
        known = kb.get(known_id)
        assert known is not None
        exact = [c for c in claimants if normalise_name(str(c["name"])) == normalise_name(known.name)]
        chosen = exact[0] if exact else claimants[0] if len(claimants) == 1 else None
        if chosen is not None and chosen["id"] != known_id:
            print(f"  {chosen['name']} is {known.name} ({known_id})")
            chosen["id"] = known_id


def write_people(path: Path, people: list[dict[str, object]]) -> None:
    """A list of people of the package KB: the ids of people other package files hold adopted, then written."""
    adopt_known_ids(people, {path.name})
    write_entities(path, people, "people")


def write_entities(path: Path, entities: list[dict[str, object]], what: str = "entities") -> None:
    """One entity a line (the package files' form); says how many were written where."""
    with path.open("w", encoding="utf-8") as out:
        for entity in entities:
            out.write(json.dumps(entity, ensure_ascii=False) + "\n")
    print(f"{len(entities)} {what} → {path}")


def main() -> None:
    people = build()
    adopt_known_ids(people, {OUT.name, "world_leaders_20th_century.jsonl", "media_outlets.jsonl",
                             "public_figures.jsonl"})
    for entity in people:
        if not entity["aliases"]:
            del entity["aliases"]
        if entity["sector"] is None:
            del entity["sector"]
    write_entities(OUT, people, "people")


if __name__ == "__main__":
    main()
