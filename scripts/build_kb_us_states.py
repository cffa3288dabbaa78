#!/usr/bin/env python3
"""Build ``us_state_officials.jsonl``: the state and city officials of the United States that the other package
files miss.

* for every state, the lieutenant governor, the attorney general and the secretary of state (Secretary of the
  Commonwealth in Massachusetts and Pennsylvania) in office between 2021 and 2025, with the month of every change
  in those years. States without the office have no row (no lieutenant governor in Arizona, Maine, New Hampshire,
  Oregon and Wyoming; no secretary of state in Alaska, Hawaii and Utah); offices we are not sure of are left out
  (the appointed secretaries of state of New York, Oklahoma and Virginia, Delaware's after January 2025, Maryland's
  before 2023; West Virginia's lieutenant governor, the Senate president ex officio; the attorneys general of
  Alaska and Wyoming and the lieutenant governors of Ohio and South Dakota appointed in 2025);
* the mayors of the 40 most populous cities (2020 census) in office 2020-2025, less New York, Los Angeles and
  Chicago, which us_officials.jsonl holds; acting mayors only where they served months (Boston, 2021);
* the heads of the police departments of New York, Chicago, Los Angeles, Philadelphia, Houston, Washington,
  Baltimore, Detroit and Las Vegas (the Clark County sheriff) 2020-2025 where we are sure, sector COP.

Every one is an official (``O``) of the USA titled "<Office> of <State or city>" (attorneys general too: GOV, not
JUD), never a head of state or government, foreign, defence or interior minister: ``office_holder("USA", ...)``
stays the federal office. Written for politika from public facts (the maintainer's knowledge; a start before
2021 is the first month of the term, to the year where we are not sure of the month; an end after 2025 only where
we are sure; what we are not sure of is left out). A person another package file holds (a governor, a senator,
a cabinet member: Katie Hobbs, Alex Padilla, Maura Healey, Josh Stein, Marty Walsh, Joe Lombardo...) keeps that
file's id and gains these roles. Aliases are the forms the press uses; never a lone surname (the KB's surname
index gives those) or a common word.

    .venv/bin/python scripts/build_kb_us_states.py
"""

from __future__ import annotations

from pathlib import Path

# scripts/ is on the path of a script run from it
from build_kb_us_officials import STATES, write_people
from build_kb_world_lists import add_office, finish_people

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "kb" / "data" / "us_state_officials.jsonl"

# state|office (LG lieutenant governor, AG attorney general, SOS secretary of state)|name|start|end[|aliases;...]
STATE_OFFICERS = """
AL|LG|Will Ainsworth|2019-01|
AL|AG|Steve Marshall|2017-02|
AL|SOS|John Merrill|2015-01|2023-01
AL|SOS|Wes Allen|2023-01|
AK|LG|Kevin Meyer|2018-12|2022-12
AK|LG|Nancy Dahlstrom|2022-12|
AZ|AG|Mark Brnovich|2015-01|2023-01
AZ|AG|Kris Mayes|2023-01|
AZ|SOS|Katie Hobbs|2019-01|2023-01
AZ|SOS|Adrian Fontes|2023-01|
AR|LG|Tim Griffin|2015-01|2023-01
AR|LG|Leslie Rutledge|2023-01|
AR|AG|Leslie Rutledge|2015-01|2023-01
AR|AG|Tim Griffin|2023-01|
AR|SOS|John Thurston|2019-01|2025-01
AR|SOS|Cole Jester|2025-01|
CA|LG|Eleni Kounalakis|2019-01|
CA|AG|Xavier Becerra|2017-01|2021-03
CA|AG|Rob Bonta|2021-04|
CA|SOS|Alex Padilla|2015-01|2021-01
CA|SOS|Shirley Weber|2021-01||Shirley N. Weber
CO|LG|Dianne Primavera|2019-01|
CO|AG|Phil Weiser|2019-01|
CO|SOS|Jena Griswold|2019-01|
CT|LG|Susan Bysiewicz|2019-01|
CT|AG|William Tong|2019-01|
CT|SOS|Denise Merrill|2011-01|2022-06
CT|SOS|Mark Kohler|2022-07|2023-01
CT|SOS|Stephanie Thomas|2023-01|
DE|LG|Bethany Hall-Long|2017-01|2025-01
DE|LG|Kyle Evans Gay|2025-01|
DE|AG|Kathy Jennings|2019-01|
DE|SOS|Jeffrey Bullock|2017-01|2025-01|Jeff Bullock
FL|LG|Jeanette Nuñez|2019-01|2025-02|Jeanette Nunez
FL|LG|Jay Collins|2025-08|
FL|AG|Ashley Moody|2019-01|2025-01
FL|AG|James Uthmeier|2025-02|
FL|SOS|Laurel Lee|2019-01|2022-05
FL|SOS|Cord Byrd|2022-05|
GA|LG|Geoff Duncan|2019-01|2023-01
GA|LG|Burt Jones|2023-01|
GA|AG|Chris Carr|2016-11|
GA|SOS|Brad Raffensperger|2019-01|
HI|LG|Josh Green|2018-12|2022-12
HI|LG|Sylvia Luke|2022-12|
HI|AG|Clare Connors|2019-01|2022-12
HI|AG|Anne Lopez|2023-01|
ID|LG|Janice McGeachin|2019-01|2023-01
ID|LG|Scott Bedke|2023-01|
ID|AG|Lawrence Wasden|2003-01|2023-01
ID|AG|Raúl Labrador|2023-01||Raul Labrador
ID|SOS|Lawerence Denney|2015-01|2023-01
ID|SOS|Phil McGrane|2023-01|
IL|LG|Juliana Stratton|2019-01|
IL|AG|Kwame Raoul|2019-01|
IL|SOS|Jesse White|1999-01|2023-01
IL|SOS|Alexi Giannoulias|2023-01|
IN|LG|Suzanne Crouch|2017-01|2025-01
IN|LG|Micah Beckwith|2025-01|
IN|AG|Curtis Hill|2017-01|2021-01
IN|AG|Todd Rokita|2021-01|
IN|SOS|Connie Lawson|2012-03|2021-03
IN|SOS|Holli Sullivan|2021-03|2023-01
IN|SOS|Diego Morales|2023-01|
IA|LG|Adam Gregg|2017-05|2024-12
IA|LG|Chris Cournoyer|2024-12|
IA|AG|Tom Miller|1995-01|2023-01
IA|AG|Brenna Bird|2023-01|
IA|SOS|Paul Pate|2015-01|
KS|LG|Lynn Rogers|2019-01|2021-01
KS|LG|David Toland|2021-01|
KS|AG|Derek Schmidt|2011-01|2023-01
KS|AG|Kris Kobach|2023-01|
KS|SOS|Scott Schwab|2019-01|
KY|LG|Jacqueline Coleman|2019-12|
KY|AG|Daniel Cameron|2019-12|2024-01
KY|AG|Russell Coleman|2024-01|
KY|SOS|Michael Adams|2020-01|
LA|LG|Billy Nungesser|2016-01|
LA|AG|Jeff Landry|2016-01|2024-01
LA|AG|Liz Murrill|2024-01|
LA|SOS|Kyle Ardoin|2018-05|2024-01
LA|SOS|Nancy Landry|2024-01|
ME|AG|Aaron Frey|2019-01|
ME|SOS|Shenna Bellows|2021-01|
MD|LG|Boyd Rutherford|2015-01|2023-01
MD|LG|Aruna Miller|2023-01|
MD|AG|Brian Frosh|2015-01|2023-01
MD|AG|Anthony Brown|2023-01||Anthony G. Brown
MD|SOS|Susan C. Lee|2023-01|
MA|LG|Karyn Polito|2015-01|2023-01
MA|LG|Kim Driscoll|2023-01|
MA|AG|Maura Healey|2015-01|2023-01
MA|AG|Andrea Campbell|2023-01|
MA|SOC|William Galvin|1995-01||Bill Galvin;William F. Galvin
MI|LG|Garlin Gilchrist|2019-01||Garlin Gilchrist II
MI|AG|Dana Nessel|2019-01|
MI|SOS|Jocelyn Benson|2019-01|
MN|LG|Peggy Flanagan|2019-01|
MN|AG|Keith Ellison|2019-01|
MN|SOS|Steve Simon|2015-01|
MS|LG|Delbert Hosemann|2020-01|
MS|AG|Lynn Fitch|2020-01|
MS|SOS|Michael Watson|2020-01|
MO|LG|Mike Kehoe|2018-06|2025-01
MO|LG|David Wasinger|2025-01|
MO|AG|Eric Schmitt|2019-01|2023-01
MO|AG|Andrew Bailey|2023-01|2025-09
MO|AG|Catherine Hanaway|2025-09|
MO|SOS|Jay Ashcroft|2017-01|2025-01
MO|SOS|Denny Hoskins|2025-01|
MT|LG|Kristen Juras|2021-01|
MT|AG|Tim Fox|2013-01|2021-01
MT|AG|Austin Knudsen|2021-01|
MT|SOS|Corey Stapleton|2017-01|2021-01
MT|SOS|Christi Jacobsen|2021-01|
NE|LG|Mike Foley|2019-01|2023-01
NE|LG|Joe Kelly|2023-01|
NE|AG|Doug Peterson|2015-01|2023-01
NE|AG|Mike Hilgers|2023-01|
NE|SOS|Bob Evnen|2019-01|
NV|LG|Kate Marshall|2019-01|2021-01
NV|LG|Lisa Cano Burkhead|2021-12|2023-01
NV|LG|Stavros Anthony|2023-01|
NV|AG|Aaron Ford|2019-01|
NV|SOS|Barbara Cegavske|2015-01|2023-01
NV|SOS|Francisco Aguilar|2023-01|
NH|AG|Gordon MacDonald|2017-04|2021-01
NH|AG|John Formella|2021-04|
NH|SOS|Bill Gardner|1976-12|2022-01|William Gardner
NH|SOS|David Scanlan|2022-01|
NJ|LG|Sheila Oliver|2018-01|2023-08
NJ|LG|Tahesha Way|2023-09|2026-01
NJ|LG|Dale Caldwell|2026-01|
NJ|AG|Gurbir Grewal|2018-01|2021-07
NJ|AG|Matthew Platkin|2022-02||Matt Platkin
NJ|SOS|Tahesha Way|2018|2026-01
NM|LG|Howie Morales|2019-01|
NM|AG|Hector Balderas|2015-01|2023-01
NM|AG|Raúl Torrez|2023-01||Raul Torrez
NM|SOS|Maggie Toulouse Oliver|2016-12|
NY|LG|Kathy Hochul|2015-01|2021-08
NY|LG|Brian Benjamin|2021-09|2022-04
NY|LG|Antonio Delgado|2022-05|
NY|AG|Letitia James|2019-01||Tish James
NC|LG|Dan Forest|2013-01|2021-01
NC|LG|Mark Robinson|2021-01|2025-01
NC|LG|Rachel Hunt|2025-01|
NC|AG|Josh Stein|2017-01|2025-01
NC|AG|Jeff Jackson|2025-01|
NC|SOS|Elaine Marshall|1997-01|
ND|LG|Brent Sanford|2016-12|2023-01
ND|LG|Tammy Miller|2023-02|2024-12
ND|LG|Michelle Strinden|2024-12|
ND|AG|Wayne Stenehjem|2001-01|2022-01
ND|AG|Drew Wrigley|2022-02|
ND|SOS|Al Jaeger|1993-01|2023-01|Alvin Jaeger
ND|SOS|Michael Howe|2023-01|
OH|LG|Jon Husted|2019-01|2025-01
OH|AG|Dave Yost|2019-01|
OH|SOS|Frank LaRose|2019-01|
OK|LG|Matt Pinnell|2019-01|
OK|AG|Mike Hunter|2017-02|2021-06
OK|AG|John O'Connor|2021-07|2023-01
OK|AG|Gentner Drummond|2023-01|
OR|AG|Ellen Rosenblum|2012-06|2025-01
OR|AG|Dan Rayfield|2025-01|
OR|SOS|Bev Clarno|2019-04|2021-01
OR|SOS|Shemia Fagan|2021-01|2023-05
OR|SOS|LaVonne Griffin-Valade|2023-06|2025-01
OR|SOS|Tobias Read|2025-01|
PA|LG|John Fetterman|2019-01|2023-01
PA|LG|Austin Davis|2023-01|
PA|AG|Josh Shapiro|2017-01|2023-01
PA|AG|Michelle Henry|2023-01|2025-01
PA|AG|Dave Sunday|2025-01|
PA|SOC|Kathy Boockvar|2019-01|2021-02
PA|SOC|Al Schmidt|2023-01|
RI|LG|Dan McKee|2015-01|2021-03
RI|LG|Sabina Matos|2021-04|
RI|AG|Peter Neronha|2019-01|
RI|SOS|Nellie Gorbea|2015-01|2023-01
RI|SOS|Gregg Amore|2023-01|
SC|LG|Pamela Evette|2019-01||Pam Evette
SC|AG|Alan Wilson|2011-01|
SC|SOS|Mark Hammond|2003-01|
SD|LG|Larry Rhoden|2019-01|2025-01
SD|AG|Jason Ravnsborg|2019-01|2022-06
SD|AG|Mark Vargo|2022-06|2023-01
SD|AG|Marty Jackley|2023-01|
SD|SOS|Steve Barnett|2019-01|2023-01
SD|SOS|Monae Johnson|2023-01|
TN|LG|Randy McNally|2017-01|
TN|AG|Herbert Slatery|2014-10|2022-08|Herbert H. Slatery III
TN|AG|Jonathan Skrmetti|2022-09|
TN|SOS|Tre Hargett|2009-01|
TX|LG|Dan Patrick|2015-01|
TX|AG|Ken Paxton|2015-01|
TX|SOS|Ruth Ruggero Hughs|2019-08|2021-05|Ruth Hughs
TX|SOS|John Scott|2021-10|2022-12
TX|SOS|Jane Nelson|2023-01|
UT|LG|Spencer Cox|2013-10|2021-01
UT|LG|Deidre Henderson|2021-01|
UT|AG|Sean Reyes|2013-12|2025-01
UT|AG|Derek Brown|2025-01|
VT|LG|David Zuckerman|2017-01|2021-01
VT|LG|Molly Gray|2021-01|2023-01
VT|LG|David Zuckerman|2023-01|2025-01
VT|LG|John Rodgers|2025-01|
VT|AG|T. J. Donovan|2017-01|2022-06|TJ Donovan;T.J. Donovan
VT|AG|Susanne Young|2022-06|2023-01
VT|AG|Charity Clark|2023-01|
VT|SOS|Jim Condos|2011-01|2023-01
VT|SOS|Sarah Copeland Hanzas|2023-01|
VA|LG|Justin Fairfax|2018-01|2022-01
VA|LG|Winsome Earle-Sears|2022-01|2026-01|Winsome Sears
VA|LG|Ghazala Hashmi|2026-01|
VA|AG|Mark Herring|2014-01|2022-01
VA|AG|Jason Miyares|2022-01|2026-01
VA|AG|Jay Jones|2026-01|
WA|LG|Cyrus Habib|2017-01|2021-01
WA|LG|Denny Heck|2021-01|
WA|AG|Bob Ferguson|2013-01|2025-01
WA|AG|Nick Brown|2025-01|
WA|SOS|Kim Wyman|2013-01|2021-11
WA|SOS|Steve Hobbs|2021-11|
WV|AG|Patrick Morrisey|2013-01|2025-01
WV|AG|JB McCuskey|2025-01||J.B. McCuskey
WV|SOS|Mac Warner|2017-01|2025-01
WV|SOS|Kris Warner|2025-01|
WI|LG|Mandela Barnes|2019-01|2023-01
WI|LG|Sara Rodriguez|2023-01|
WI|AG|Josh Kaul|2019-01|
WI|SOS|Doug La Follette|1983-01|2023-03|Douglas La Follette
WI|SOS|Sarah Godlewski|2023-03|
WY|SOS|Ed Buchanan|2018-03|2022-09
WY|SOS|Karl Allred|2022-09|2023-01
WY|SOS|Chuck Gray|2023-01|
"""

# The mayors of the 40 most populous cities (2020 census) less New York, Los Angeles and Chicago:
# city|name|start|end[|aliases;...]
MAYORS = """
Houston|Sylvester Turner|2016-01|2024-01
Houston|John Whitmire|2024-01|
Phoenix|Kate Gallego|2019-03|
Philadelphia|Jim Kenney|2016-01|2024-01
Philadelphia|Cherelle Parker|2024-01|
San Antonio|Ron Nirenberg|2017-06|2025-06
San Antonio|Gina Ortiz Jones|2025-06|
San Diego|Kevin Faulconer|2014-03|2020-12
San Diego|Todd Gloria|2020-12|
Dallas|Eric Johnson|2019-06|
San Jose|Sam Liccardo|2015-01|2023-01
San Jose|Matt Mahan|2023-01|
Austin|Steve Adler|2015-01|2023-01
Austin|Kirk Watson|2023-01|
Jacksonville|Lenny Curry|2015-07|2023-07
Jacksonville|Donna Deegan|2023-07|
Fort Worth|Betsy Price|2011-06|2021-06
Fort Worth|Mattie Parker|2021-06|
Columbus|Andrew Ginther|2016-01||Andy Ginther
Indianapolis|Joe Hogsett|2016-01|
Charlotte|Vi Lyles|2017-12|
San Francisco|London Breed|2018-07|2025-01
San Francisco|Daniel Lurie|2025-01|
Seattle|Jenny Durkan|2017-11|2021-12
Seattle|Bruce Harrell|2022-01|2025-12
Denver|Michael Hancock|2011-07|2023-07
Denver|Mike Johnston|2023-07|
Washington, D.C.|Muriel Bowser|2015-01|
Nashville|John Cooper|2019-09|2023-09
Nashville|Freddie O'Connell|2023-09|
Oklahoma City|David Holt|2018-04|
El Paso|Dee Margo|2017-06|2021-01
El Paso|Oscar Leeser|2021-01|
Boston|Marty Walsh|2014-01|2021-03
Boston|Kim Janey|2021-03|2021-11
Boston|Michelle Wu|2021-11|
Portland|Ted Wheeler|2017-01|2024-12
Portland|Keith Wilson|2025-01|
Las Vegas|Carolyn Goodman|2011-07|2024-12
Las Vegas|Shelley Berkley|2024-12|
Detroit|Mike Duggan|2014-01|2025-12
Memphis|Jim Strickland|2016-01|2024-01
Memphis|Paul Young|2024-01|
Louisville|Greg Fischer|2011-01|2023-01
Louisville|Craig Greenberg|2023-01|
Baltimore|Jack Young|2019-05|2020-12|Bernard C. Young
Baltimore|Brandon Scott|2020-12||Brandon M. Scott
Milwaukee|Tom Barrett|2004-04|2021-12
Milwaukee|Cavalier Johnson|2021-12|
Albuquerque|Tim Keller|2017-12|
Tucson|Regina Romero|2019-12|
Fresno|Lee Brand|2017-01|2021-01
Fresno|Jerry Dyer|2021-01|
Sacramento|Darrell Steinberg|2016-12|2024-12
Sacramento|Kevin McCarty|2024-12|
Kansas City|Quinton Lucas|2019-08|
Mesa|John Giles|2014|2025-01
Atlanta|Keisha Lance Bottoms|2018-01|2022-01
Atlanta|Andre Dickens|2022-01|
Omaha|Jean Stothert|2013-06|2025-06
Omaha|John Ewing Jr.|2025-06||John Ewing
Colorado Springs|John Suthers|2015-06|2023-06
Colorado Springs|Yemi Mobolade|2023-06|
"""

# The heads of the largest city police departments, sector COP: name|title|start|end[|aliases;...]
POLICE = """
Dermot Shea|Police Commissioner of New York City|2019-12|2021-12
Keechant Sewell|Police Commissioner of New York City|2022-01|2023-07
Edward Caban|Police Commissioner of New York City|2023-07|2024-09|Eddie Caban
Thomas Donlon|Police Commissioner of New York City|2024-09|2024-11
Jessica Tisch|Police Commissioner of New York City|2024-11|
David Brown|Superintendent of the Chicago Police Department|2020-04|2023-03
Larry Snelling|Superintendent of the Chicago Police Department|2023-09|
Michel Moore|Chief of the Los Angeles Police Department|2018-06|2024-02
Jim McDonnell|Chief of the Los Angeles Police Department|2024-11|
Danielle Outlaw|Police Commissioner of Philadelphia|2020-02|2023-09
Kevin Bethel|Police Commissioner of Philadelphia|2024-01|
Art Acevedo|Chief of the Houston Police Department|2016-11|2021-03
Troy Finner|Chief of the Houston Police Department|2021-04|2024-05
Robert Contee|Chief of the Metropolitan Police Department of the District of Columbia|2021-01|2023-06
Michael Harrison|Police Commissioner of Baltimore|2019-03|2023-06
Richard Worley|Police Commissioner of Baltimore|2023-06|
James Craig|Chief of the Detroit Police Department|2013-07|2021-06
Joe Lombardo|Sheriff of Clark County, Nevada|2015-01|2023-01
Kevin McMahill|Sheriff of Clark County, Nevada|2023-01|
"""

OFFICES = {"LG": "Lieutenant Governor", "AG": "Attorney General", "SOS": "Secretary of State",
           "SOC": "Secretary of the Commonwealth"}


def build() -> list[dict[str, object]]:
    people: dict[str, dict[str, object]] = {}
    for line in STATE_OFFICERS.strip().splitlines():
        state, office, name, start, end, *aliases = line.split("|")
        add_office(people, "USA", "O", name, f"{OFFICES[office]} of {STATES[state]}", start, end,
                   aliases[0] if aliases else "")
    for line in MAYORS.strip().splitlines():
        city, name, start, end, *aliases = line.split("|")
        add_office(people, "USA", "O", name, f"Mayor of {city}", start, end, aliases[0] if aliases else "")
    for line in POLICE.strip().splitlines():
        name, title, start, end, *aliases = line.split("|")
        add_office(people, "USA", "O", name, title, start, end, aliases[0] if aliases else "", sector="COP")
    return finish_people(people)


def main() -> None:
    write_people(OUT, build())


if __name__ == "__main__":
    main()
