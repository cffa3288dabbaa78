#!/usr/bin/env python3
"""Build ``us_house.jsonl``: the members of the United States House of Representatives 2021-2026, and the senior
White House staff 2017-2026 that the other package files miss.

* every voting member of the House of the 117th, 118th and 119th Congresses (2021-2026; not the delegates of
  Washington, D.C. and the territories), with state, district and party: a ``member`` (LEG) of
  ``politika:us-house`` titled "United States Representative for Texas's 23rd district (Republican)" ("at-large
  district" for a state of one seat). The districts are those of the 2010 census for the 117th Congress and of the
  2020 census after (and of the maps redrawn for 2024 in Alabama, Georgia, Louisiana and North Carolina): a member
  whose district's number changed holds two offices, one whose number stayed holds one. A start is the first day
  of the Congress (2021-01-03, 2023-01-03, 2025-01-03) for members seated then, not the first day of their
  service; mid-term changes (deaths, resignations, an expulsion, special elections, to January 2026) are to the
  month, or to the year where we are not sure of the month (two special elections of 2024). Left out, as not
  sure: Texas's 18th district after Sylvester Turner's death (a runoff in 2026);
* the senior White House staff 2017-2026 the other files do not hold: deputy chiefs of staff, senior advisers and
  counselors to the president, communications directors, White House counsel and homeland security advisers
  (``official``, GOV), where we are sure of the person (the months as above); and the office a representative held in
  the White House before the House (Ronny Jackson, the president's physician: added after a train article of the
  whole-article eval named him as such, without which the House rule of the actors layer unlinks him).

Written for politika from public facts (the maintainer's knowledge; no name taken from an eval set; the House
lists are whole: every seat of every Congress, checked against the apportionment of each census). A person
another package file holds (a senator, governor, cabinet member, Speaker or party leader who sat in the House:
Ted Budd, Kelly Armstrong, Deb Haaland, Mike Johnson, Hakeem Jeffries ...) keeps that file's id and its sector
and gains these roles. Aliases are the forms the press uses ("AOC"; "Jerrold Nadler" for "Jerry Nadler"); never
a lone surname (the KB's surname index gives those).

    .venv/bin/python scripts/build_kb_us_house.py
"""

from __future__ import annotations

from pathlib import Path

# scripts/ is on the path of a script run from it
from build_kb_us_officials import PARTIES, STATES, adopt_known_ids, write_entities
from build_kb_world_lists import add_office, finish_people

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "kb" / "data" / "us_house.jsonl"
HOUSE = "politika:us-house"

# Seats by state: the apportionment of the 2010 census (117th Congress) and of the 2020 census (118th, 119th).
SEATS_2010 = {"AL": 7, "AK": 1, "AZ": 9, "AR": 4, "CA": 53, "CO": 7, "CT": 5, "DE": 1, "FL": 27, "GA": 14, "HI": 2,
              "ID": 2, "IL": 18, "IN": 9, "IA": 4, "KS": 4, "KY": 6, "LA": 6, "ME": 2, "MD": 8, "MA": 9, "MI": 14,
              "MN": 8, "MS": 4, "MO": 8, "MT": 1, "NE": 3, "NV": 4, "NH": 2, "NJ": 12, "NM": 3, "NY": 27,
              "NC": 13, "ND": 1, "OH": 16, "OK": 5, "OR": 5, "PA": 18, "RI": 2, "SC": 7, "SD": 1, "TN": 9,
              "TX": 36, "UT": 4, "VT": 1, "VA": 11, "WA": 10, "WV": 3, "WI": 8, "WY": 1}
SEATS_2020 = {**SEATS_2010, "CA": 52, "CO": 8, "FL": 28, "IL": 17, "MI": 13, "MT": 2, "NY": 26, "NC": 14, "OH": 15,
              "OR": 6, "PA": 17, "TX": 38, "WV": 2}

# The members of each Congress: state|district (0: at-large)|party|name[|start|end]. A row without dates sat
# from the first day of the Congress to its last; a start or an end (to the month) marks a mid-term change.
H117 = """
AL|1|R|Jerry Carl
AL|2|R|Barry Moore
AL|3|R|Mike Rogers
AL|4|R|Robert Aderholt
AL|5|R|Mo Brooks
AL|6|R|Gary Palmer
AL|7|D|Terri Sewell
AK|0|R|Don Young||2022-03
AK|0|D|Mary Peltola|2022-09|
AZ|1|D|Tom O'Halleran
AZ|2|D|Ann Kirkpatrick
AZ|3|D|Raúl Grijalva
AZ|4|R|Paul Gosar
AZ|5|R|Andy Biggs
AZ|6|R|David Schweikert
AZ|7|D|Ruben Gallego
AZ|8|R|Debbie Lesko
AZ|9|D|Greg Stanton
AR|1|R|Rick Crawford
AR|2|R|French Hill
AR|3|R|Steve Womack
AR|4|R|Bruce Westerman
CA|1|R|Doug LaMalfa
CA|2|D|Jared Huffman
CA|3|D|John Garamendi
CA|4|R|Tom McClintock
CA|5|D|Mike Thompson
CA|6|D|Doris Matsui
CA|7|D|Ami Bera
CA|8|R|Jay Obernolte
CA|9|D|Jerry McNerney
CA|10|D|Josh Harder
CA|11|D|Mark DeSaulnier
CA|12|D|Nancy Pelosi
CA|13|D|Barbara Lee
CA|14|D|Jackie Speier
CA|15|D|Eric Swalwell
CA|16|D|Jim Costa
CA|17|D|Ro Khanna
CA|18|D|Anna Eshoo
CA|19|D|Zoe Lofgren
CA|20|D|Jimmy Panetta
CA|21|R|David Valadao
CA|22|R|Devin Nunes||2022-01
CA|22|R|Connie Conway|2022-06|
CA|23|R|Kevin McCarthy
CA|24|D|Salud Carbajal
CA|25|R|Mike Garcia
CA|26|D|Julia Brownley
CA|27|D|Judy Chu
CA|28|D|Adam Schiff
CA|29|D|Tony Cárdenas
CA|30|D|Brad Sherman
CA|31|D|Pete Aguilar
CA|32|D|Grace Napolitano
CA|33|D|Ted Lieu
CA|34|D|Jimmy Gomez
CA|35|D|Norma Torres
CA|36|D|Raul Ruiz
CA|37|D|Karen Bass||2022-12
CA|38|D|Linda Sánchez
CA|39|R|Young Kim
CA|40|D|Lucille Roybal-Allard
CA|41|D|Mark Takano
CA|42|R|Ken Calvert
CA|43|D|Maxine Waters
CA|44|D|Nanette Barragán
CA|45|D|Katie Porter
CA|46|D|Lou Correa
CA|47|D|Alan Lowenthal
CA|48|R|Michelle Steel
CA|49|D|Mike Levin
CA|50|R|Darrell Issa
CA|51|D|Juan Vargas
CA|52|D|Scott Peters
CA|53|D|Sara Jacobs
CO|1|D|Diana DeGette
CO|2|D|Joe Neguse
CO|3|R|Lauren Boebert
CO|4|R|Ken Buck
CO|5|R|Doug Lamborn
CO|6|D|Jason Crow
CO|7|D|Ed Perlmutter
CT|1|D|John Larson
CT|2|D|Joe Courtney
CT|3|D|Rosa DeLauro
CT|4|D|Jim Himes
CT|5|D|Jahana Hayes
DE|0|D|Lisa Blunt Rochester
FL|1|R|Matt Gaetz
FL|2|R|Neal Dunn
FL|3|R|Kat Cammack
FL|4|R|John Rutherford
FL|5|D|Al Lawson
FL|6|R|Mike Waltz
FL|7|D|Stephanie Murphy
FL|8|R|Bill Posey
FL|9|D|Darren Soto
FL|10|D|Val Demings
FL|11|R|Daniel Webster
FL|12|R|Gus Bilirakis
FL|13|D|Charlie Crist||2022-08
FL|14|D|Kathy Castor
FL|15|R|Scott Franklin
FL|16|R|Vern Buchanan
FL|17|R|Greg Steube
FL|18|R|Brian Mast
FL|19|R|Byron Donalds
FL|20|D|Alcee Hastings||2021-04
FL|20|D|Sheila Cherfilus-McCormick|2022-01|
FL|21|D|Lois Frankel
FL|22|D|Ted Deutch||2022-09
FL|23|D|Debbie Wasserman Schultz
FL|24|D|Frederica Wilson
FL|25|R|Mario Díaz-Balart
FL|26|R|Carlos Giménez
FL|27|R|María Elvira Salazar
GA|1|R|Buddy Carter
GA|2|D|Sanford Bishop
GA|3|R|Drew Ferguson
GA|4|D|Hank Johnson
GA|5|D|Nikema Williams
GA|6|D|Lucy McBath
GA|7|D|Carolyn Bourdeaux
GA|8|R|Austin Scott
GA|9|R|Andrew Clyde
GA|10|R|Jody Hice
GA|11|R|Barry Loudermilk
GA|12|R|Rick Allen
GA|13|D|David Scott
GA|14|R|Marjorie Taylor Greene
HI|1|D|Ed Case
HI|2|D|Kai Kahele
ID|1|R|Russ Fulcher
ID|2|R|Mike Simpson
IL|1|D|Bobby Rush
IL|2|D|Robin Kelly
IL|3|D|Marie Newman
IL|4|D|Chuy García
IL|5|D|Mike Quigley
IL|6|D|Sean Casten
IL|7|D|Danny Davis
IL|8|D|Raja Krishnamoorthi
IL|9|D|Jan Schakowsky
IL|10|D|Brad Schneider
IL|11|D|Bill Foster
IL|12|R|Mike Bost
IL|13|R|Rodney Davis
IL|14|D|Lauren Underwood
IL|15|R|Mary Miller
IL|16|R|Adam Kinzinger
IL|17|D|Cheri Bustos
IL|18|R|Darin LaHood
IN|1|D|Frank Mrvan
IN|2|R|Jackie Walorski||2022-08
IN|2|R|Rudy Yakym|2022-11|
IN|3|R|Jim Banks
IN|4|R|Jim Baird
IN|5|R|Victoria Spartz
IN|6|R|Greg Pence
IN|7|D|André Carson
IN|8|R|Larry Bucshon
IN|9|R|Trey Hollingsworth
IA|1|R|Ashley Hinson
IA|2|R|Mariannette Miller-Meeks
IA|3|D|Cindy Axne
IA|4|R|Randy Feenstra
KS|1|R|Tracey Mann
KS|2|R|Jake LaTurner
KS|3|D|Sharice Davids
KS|4|R|Ron Estes
KY|1|R|James Comer
KY|2|R|Brett Guthrie
KY|3|D|John Yarmuth
KY|4|R|Thomas Massie
KY|5|R|Hal Rogers
KY|6|R|Andy Barr
LA|1|R|Steve Scalise
LA|2|D|Cedric Richmond||2021-01
LA|2|D|Troy Carter|2021-05|
LA|3|R|Clay Higgins
LA|4|R|Mike Johnson
LA|5|R|Julia Letlow|2021-04|
LA|6|R|Garret Graves
ME|1|D|Chellie Pingree
ME|2|D|Jared Golden
MD|1|R|Andy Harris
MD|2|D|Dutch Ruppersberger
MD|3|D|John Sarbanes
MD|4|D|Anthony Brown
MD|5|D|Steny Hoyer
MD|6|D|David Trone
MD|7|D|Kweisi Mfume
MD|8|D|Jamie Raskin
MA|1|D|Richard Neal
MA|2|D|Jim McGovern
MA|3|D|Lori Trahan
MA|4|D|Jake Auchincloss
MA|5|D|Katherine Clark
MA|6|D|Seth Moulton
MA|7|D|Ayanna Pressley
MA|8|D|Stephen Lynch
MA|9|D|Bill Keating
MI|1|R|Jack Bergman
MI|2|R|Bill Huizenga
MI|3|R|Peter Meijer
MI|4|R|John Moolenaar
MI|5|D|Dan Kildee
MI|6|R|Fred Upton
MI|7|R|Tim Walberg
MI|8|D|Elissa Slotkin
MI|9|D|Andy Levin
MI|10|R|Lisa McClain
MI|11|D|Haley Stevens
MI|12|D|Debbie Dingell
MI|13|D|Rashida Tlaib
MI|14|D|Brenda Lawrence
MN|1|R|Jim Hagedorn||2022-02
MN|1|R|Brad Finstad|2022-08|
MN|2|D|Angie Craig
MN|3|D|Dean Phillips
MN|4|D|Betty McCollum
MN|5|D|Ilhan Omar
MN|6|R|Tom Emmer
MN|7|R|Michelle Fischbach
MN|8|R|Pete Stauber
MS|1|R|Trent Kelly
MS|2|D|Bennie Thompson
MS|3|R|Michael Guest
MS|4|R|Steven Palazzo
MO|1|D|Cori Bush
MO|2|R|Ann Wagner
MO|3|R|Blaine Luetkemeyer
MO|4|R|Vicky Hartzler
MO|5|D|Emanuel Cleaver
MO|6|R|Sam Graves
MO|7|R|Billy Long
MO|8|R|Jason Smith
MT|0|R|Matt Rosendale
NE|1|R|Jeff Fortenberry||2022-03
NE|1|R|Mike Flood|2022-07|
NE|2|R|Don Bacon
NE|3|R|Adrian Smith
NV|1|D|Dina Titus
NV|2|R|Mark Amodei
NV|3|D|Susie Lee
NV|4|D|Steven Horsford
NH|1|D|Chris Pappas
NH|2|D|Annie Kuster
NJ|1|D|Donald Norcross
NJ|2|R|Jeff Van Drew
NJ|3|D|Andy Kim
NJ|4|R|Chris Smith
NJ|5|D|Josh Gottheimer
NJ|6|D|Frank Pallone
NJ|7|D|Tom Malinowski
NJ|8|D|Albio Sires
NJ|9|D|Bill Pascrell
NJ|10|D|Donald Payne Jr.
NJ|11|D|Mikie Sherrill
NJ|12|D|Bonnie Watson Coleman
NM|1|D|Deb Haaland||2021-03
NM|1|D|Melanie Stansbury|2021-06|
NM|2|R|Yvette Herrell
NM|3|D|Teresa Leger Fernandez
NY|1|R|Lee Zeldin
NY|2|R|Andrew Garbarino
NY|3|D|Tom Suozzi
NY|4|D|Kathleen Rice
NY|5|D|Gregory Meeks
NY|6|D|Grace Meng
NY|7|D|Nydia Velázquez
NY|8|D|Hakeem Jeffries
NY|9|D|Yvette Clarke
NY|10|D|Jerry Nadler
NY|11|R|Nicole Malliotakis
NY|12|D|Carolyn Maloney
NY|13|D|Adriano Espaillat
NY|14|D|Alexandria Ocasio-Cortez
NY|15|D|Ritchie Torres
NY|16|D|Jamaal Bowman
NY|17|D|Mondaire Jones
NY|18|D|Sean Patrick Maloney
NY|19|D|Antonio Delgado||2022-05
NY|19|D|Pat Ryan|2022-09|
NY|20|D|Paul Tonko
NY|21|R|Elise Stefanik
NY|22|R|Claudia Tenney|2021-02|
NY|23|R|Tom Reed||2022-05
NY|23|R|Joe Sempolinski|2022-09|
NY|24|R|John Katko
NY|25|D|Joseph Morelle
NY|26|D|Brian Higgins
NY|27|R|Chris Jacobs
NC|1|D|G. K. Butterfield
NC|2|D|Deborah Ross
NC|3|R|Greg Murphy
NC|4|D|David Price
NC|5|R|Virginia Foxx
NC|6|D|Kathy Manning
NC|7|R|David Rouzer
NC|8|R|Richard Hudson
NC|9|R|Dan Bishop
NC|10|R|Patrick McHenry
NC|11|R|Madison Cawthorn
NC|12|D|Alma Adams
NC|13|R|Ted Budd
ND|0|R|Kelly Armstrong
OH|1|R|Steve Chabot
OH|2|R|Brad Wenstrup
OH|3|D|Joyce Beatty
OH|4|R|Jim Jordan
OH|5|R|Bob Latta
OH|6|R|Bill Johnson
OH|7|R|Bob Gibbs
OH|8|R|Warren Davidson
OH|9|D|Marcy Kaptur
OH|10|R|Mike Turner
OH|11|D|Marcia Fudge||2021-03
OH|11|D|Shontel Brown|2021-11|
OH|12|R|Troy Balderson
OH|13|D|Tim Ryan
OH|14|R|David Joyce
OH|15|R|Steve Stivers||2021-05
OH|15|R|Mike Carey|2021-11|
OH|16|R|Anthony Gonzalez
OK|1|R|Kevin Hern
OK|2|R|Markwayne Mullin
OK|3|R|Frank Lucas
OK|4|R|Tom Cole
OK|5|R|Stephanie Bice
OR|1|D|Suzanne Bonamici
OR|2|R|Cliff Bentz
OR|3|D|Earl Blumenauer
OR|4|D|Peter DeFazio
OR|5|D|Kurt Schrader
PA|1|R|Brian Fitzpatrick
PA|2|D|Brendan Boyle
PA|3|D|Dwight Evans
PA|4|D|Madeleine Dean
PA|5|D|Mary Gay Scanlon
PA|6|D|Chrissy Houlahan
PA|7|D|Susan Wild
PA|8|D|Matt Cartwright
PA|9|R|Dan Meuser
PA|10|R|Scott Perry
PA|11|R|Lloyd Smucker
PA|12|R|Fred Keller
PA|13|R|John Joyce
PA|14|R|Guy Reschenthaler
PA|15|R|Glenn Thompson
PA|16|R|Mike Kelly
PA|17|D|Conor Lamb
PA|18|D|Mike Doyle
RI|1|D|David Cicilline
RI|2|D|Jim Langevin
SC|1|R|Nancy Mace
SC|2|R|Joe Wilson
SC|3|R|Jeff Duncan
SC|4|R|William Timmons
SC|5|R|Ralph Norman
SC|6|D|Jim Clyburn
SC|7|R|Tom Rice
SD|0|R|Dusty Johnson
TN|1|R|Diana Harshbarger
TN|2|R|Tim Burchett
TN|3|R|Chuck Fleischmann
TN|4|R|Scott DesJarlais
TN|5|D|Jim Cooper
TN|6|R|John Rose
TN|7|R|Mark Green
TN|8|R|David Kustoff
TN|9|D|Steve Cohen
TX|1|R|Louie Gohmert
TX|2|R|Dan Crenshaw
TX|3|R|Van Taylor
TX|4|R|Pat Fallon
TX|5|R|Lance Gooden
TX|6|R|Ron Wright||2021-02
TX|6|R|Jake Ellzey|2021-07|
TX|7|D|Lizzie Fletcher
TX|8|R|Kevin Brady
TX|9|D|Al Green
TX|10|R|Michael McCaul
TX|11|R|August Pfluger
TX|12|R|Kay Granger
TX|13|R|Ronny Jackson
TX|14|R|Randy Weber
TX|15|D|Vicente Gonzalez
TX|16|D|Veronica Escobar
TX|17|R|Pete Sessions
TX|18|D|Sheila Jackson Lee
TX|19|R|Jodey Arrington
TX|20|D|Joaquin Castro
TX|21|R|Chip Roy
TX|22|R|Troy Nehls
TX|23|R|Tony Gonzales
TX|24|R|Beth Van Duyne
TX|25|R|Roger Williams
TX|26|R|Michael Burgess
TX|27|R|Michael Cloud
TX|28|D|Henry Cuellar
TX|29|D|Sylvia Garcia
TX|30|D|Eddie Bernice Johnson
TX|31|R|John Carter
TX|32|D|Colin Allred
TX|33|D|Marc Veasey
TX|34|D|Filemon Vela||2022-03
TX|34|R|Mayra Flores|2022-06|
TX|35|D|Lloyd Doggett
TX|36|R|Brian Babin
UT|1|R|Blake Moore
UT|2|R|Chris Stewart
UT|3|R|John Curtis
UT|4|R|Burgess Owens
VT|0|D|Peter Welch
VA|1|R|Rob Wittman
VA|2|D|Elaine Luria
VA|3|D|Bobby Scott
VA|4|D|Donald McEachin||2022-11
VA|5|R|Bob Good
VA|6|R|Ben Cline
VA|7|D|Abigail Spanberger
VA|8|D|Don Beyer
VA|9|R|Morgan Griffith
VA|10|D|Jennifer Wexton
VA|11|D|Gerry Connolly
WA|1|D|Suzan DelBene
WA|2|D|Rick Larsen
WA|3|R|Jaime Herrera Beutler
WA|4|R|Dan Newhouse
WA|5|R|Cathy McMorris Rodgers
WA|6|D|Derek Kilmer
WA|7|D|Pramila Jayapal
WA|8|D|Kim Schrier
WA|9|D|Adam Smith
WA|10|D|Marilyn Strickland
WV|1|R|David McKinley
WV|2|R|Alex Mooney
WV|3|R|Carol Miller
WI|1|R|Bryan Steil
WI|2|D|Mark Pocan
WI|3|D|Ron Kind
WI|4|D|Gwen Moore
WI|5|R|Scott Fitzgerald
WI|6|R|Glenn Grothman
WI|7|R|Tom Tiffany
WI|8|R|Mike Gallagher
WY|0|R|Liz Cheney
"""

H118 = """
AL|1|R|Jerry Carl
AL|2|R|Barry Moore
AL|3|R|Mike Rogers
AL|4|R|Robert Aderholt
AL|5|R|Dale Strong
AL|6|R|Gary Palmer
AL|7|D|Terri Sewell
AK|0|D|Mary Peltola
AZ|1|R|David Schweikert
AZ|2|R|Eli Crane
AZ|3|D|Ruben Gallego
AZ|4|D|Greg Stanton
AZ|5|R|Andy Biggs
AZ|6|R|Juan Ciscomani
AZ|7|D|Raúl Grijalva
AZ|8|R|Debbie Lesko
AZ|9|R|Paul Gosar
AR|1|R|Rick Crawford
AR|2|R|French Hill
AR|3|R|Steve Womack
AR|4|R|Bruce Westerman
CA|1|R|Doug LaMalfa
CA|2|D|Jared Huffman
CA|3|R|Kevin Kiley
CA|4|D|Mike Thompson
CA|5|R|Tom McClintock
CA|6|D|Ami Bera
CA|7|D|Doris Matsui
CA|8|D|John Garamendi
CA|9|D|Josh Harder
CA|10|D|Mark DeSaulnier
CA|11|D|Nancy Pelosi
CA|12|D|Barbara Lee
CA|13|R|John Duarte
CA|14|D|Eric Swalwell
CA|15|D|Kevin Mullin
CA|16|D|Anna Eshoo
CA|17|D|Ro Khanna
CA|18|D|Zoe Lofgren
CA|19|D|Jimmy Panetta
CA|20|R|Kevin McCarthy||2023-12
CA|20|R|Vince Fong|2024-06|
CA|21|D|Jim Costa
CA|22|R|David Valadao
CA|23|R|Jay Obernolte
CA|24|D|Salud Carbajal
CA|25|D|Raul Ruiz
CA|26|D|Julia Brownley
CA|27|R|Mike Garcia
CA|28|D|Judy Chu
CA|29|D|Tony Cárdenas
CA|30|D|Adam Schiff||2024-12
CA|31|D|Grace Napolitano
CA|32|D|Brad Sherman
CA|33|D|Pete Aguilar
CA|34|D|Jimmy Gomez
CA|35|D|Norma Torres
CA|36|D|Ted Lieu
CA|37|D|Sydney Kamlager-Dove
CA|38|D|Linda Sánchez
CA|39|D|Mark Takano
CA|40|R|Young Kim
CA|41|R|Ken Calvert
CA|42|D|Robert Garcia
CA|43|D|Maxine Waters
CA|44|D|Nanette Barragán
CA|45|R|Michelle Steel
CA|46|D|Lou Correa
CA|47|D|Katie Porter
CA|48|R|Darrell Issa
CA|49|D|Mike Levin
CA|50|D|Scott Peters
CA|51|D|Sara Jacobs
CA|52|D|Juan Vargas
CO|1|D|Diana DeGette
CO|2|D|Joe Neguse
CO|3|R|Lauren Boebert
CO|4|R|Ken Buck||2024-03
CO|4|R|Greg Lopez|2024|
CO|5|R|Doug Lamborn
CO|6|D|Jason Crow
CO|7|D|Brittany Pettersen
CO|8|D|Yadira Caraveo
CT|1|D|John Larson
CT|2|D|Joe Courtney
CT|3|D|Rosa DeLauro
CT|4|D|Jim Himes
CT|5|D|Jahana Hayes
DE|0|D|Lisa Blunt Rochester
FL|1|R|Matt Gaetz||2024-11
FL|2|R|Neal Dunn
FL|3|R|Kat Cammack
FL|4|R|Aaron Bean
FL|5|R|John Rutherford
FL|6|R|Mike Waltz
FL|7|R|Cory Mills
FL|8|R|Bill Posey
FL|9|D|Darren Soto
FL|10|D|Maxwell Frost
FL|11|R|Daniel Webster
FL|12|R|Gus Bilirakis
FL|13|R|Anna Paulina Luna
FL|14|D|Kathy Castor
FL|15|R|Laurel Lee
FL|16|R|Vern Buchanan
FL|17|R|Greg Steube
FL|18|R|Scott Franklin
FL|19|R|Byron Donalds
FL|20|D|Sheila Cherfilus-McCormick
FL|21|R|Brian Mast
FL|22|D|Lois Frankel
FL|23|D|Jared Moskowitz
FL|24|D|Frederica Wilson
FL|25|D|Debbie Wasserman Schultz
FL|26|R|Mario Díaz-Balart
FL|27|R|María Elvira Salazar
FL|28|R|Carlos Giménez
GA|1|R|Buddy Carter
GA|2|D|Sanford Bishop
GA|3|R|Drew Ferguson
GA|4|D|Hank Johnson
GA|5|D|Nikema Williams
GA|6|R|Rich McCormick
GA|7|D|Lucy McBath
GA|8|R|Austin Scott
GA|9|R|Andrew Clyde
GA|10|R|Mike Collins
GA|11|R|Barry Loudermilk
GA|12|R|Rick Allen
GA|13|D|David Scott
GA|14|R|Marjorie Taylor Greene
HI|1|D|Ed Case
HI|2|D|Jill Tokuda
ID|1|R|Russ Fulcher
ID|2|R|Mike Simpson
IL|1|D|Jonathan Jackson
IL|2|D|Robin Kelly
IL|3|D|Delia Ramirez
IL|4|D|Chuy García
IL|5|D|Mike Quigley
IL|6|D|Sean Casten
IL|7|D|Danny Davis
IL|8|D|Raja Krishnamoorthi
IL|9|D|Jan Schakowsky
IL|10|D|Brad Schneider
IL|11|D|Bill Foster
IL|12|R|Mike Bost
IL|13|D|Nikki Budzinski
IL|14|D|Lauren Underwood
IL|15|R|Mary Miller
IL|16|R|Darin LaHood
IL|17|D|Eric Sorensen
IN|1|D|Frank Mrvan
IN|2|R|Rudy Yakym
IN|3|R|Jim Banks
IN|4|R|Jim Baird
IN|5|R|Victoria Spartz
IN|6|R|Greg Pence
IN|7|D|André Carson
IN|8|R|Larry Bucshon
IN|9|R|Erin Houchin
IA|1|R|Mariannette Miller-Meeks
IA|2|R|Ashley Hinson
IA|3|R|Zach Nunn
IA|4|R|Randy Feenstra
KS|1|R|Tracey Mann
KS|2|R|Jake LaTurner
KS|3|D|Sharice Davids
KS|4|R|Ron Estes
KY|1|R|James Comer
KY|2|R|Brett Guthrie
KY|3|D|Morgan McGarvey
KY|4|R|Thomas Massie
KY|5|R|Hal Rogers
KY|6|R|Andy Barr
LA|1|R|Steve Scalise
LA|2|D|Troy Carter
LA|3|R|Clay Higgins
LA|4|R|Mike Johnson
LA|5|R|Julia Letlow
LA|6|R|Garret Graves
ME|1|D|Chellie Pingree
ME|2|D|Jared Golden
MD|1|R|Andy Harris
MD|2|D|Dutch Ruppersberger
MD|3|D|John Sarbanes
MD|4|D|Glenn Ivey
MD|5|D|Steny Hoyer
MD|6|D|David Trone
MD|7|D|Kweisi Mfume
MD|8|D|Jamie Raskin
MA|1|D|Richard Neal
MA|2|D|Jim McGovern
MA|3|D|Lori Trahan
MA|4|D|Jake Auchincloss
MA|5|D|Katherine Clark
MA|6|D|Seth Moulton
MA|7|D|Ayanna Pressley
MA|8|D|Stephen Lynch
MA|9|D|Bill Keating
MI|1|R|Jack Bergman
MI|2|R|John Moolenaar
MI|3|D|Hillary Scholten
MI|4|R|Bill Huizenga
MI|5|R|Tim Walberg
MI|6|D|Debbie Dingell
MI|7|D|Elissa Slotkin
MI|8|D|Dan Kildee
MI|9|R|Lisa McClain
MI|10|R|John James
MI|11|D|Haley Stevens
MI|12|D|Rashida Tlaib
MI|13|D|Shri Thanedar
MN|1|R|Brad Finstad
MN|2|D|Angie Craig
MN|3|D|Dean Phillips
MN|4|D|Betty McCollum
MN|5|D|Ilhan Omar
MN|6|R|Tom Emmer
MN|7|R|Michelle Fischbach
MN|8|R|Pete Stauber
MS|1|R|Trent Kelly
MS|2|D|Bennie Thompson
MS|3|R|Michael Guest
MS|4|R|Mike Ezell
MO|1|D|Cori Bush
MO|2|R|Ann Wagner
MO|3|R|Blaine Luetkemeyer
MO|4|R|Mark Alford
MO|5|D|Emanuel Cleaver
MO|6|R|Sam Graves
MO|7|R|Eric Burlison
MO|8|R|Jason Smith
MT|1|R|Ryan Zinke
MT|2|R|Matt Rosendale
NE|1|R|Mike Flood
NE|2|R|Don Bacon
NE|3|R|Adrian Smith
NV|1|D|Dina Titus
NV|2|R|Mark Amodei
NV|3|D|Susie Lee
NV|4|D|Steven Horsford
NH|1|D|Chris Pappas
NH|2|D|Annie Kuster
NJ|1|D|Donald Norcross
NJ|2|R|Jeff Van Drew
NJ|3|D|Andy Kim||2024-12
NJ|4|R|Chris Smith
NJ|5|D|Josh Gottheimer
NJ|6|D|Frank Pallone
NJ|7|R|Tom Kean Jr.
NJ|8|D|Rob Menendez
NJ|9|D|Bill Pascrell||2024-08
NJ|10|D|Donald Payne Jr.||2024-04
NJ|10|D|LaMonica McIver|2024-09|
NJ|11|D|Mikie Sherrill
NJ|12|D|Bonnie Watson Coleman
NM|1|D|Melanie Stansbury
NM|2|D|Gabe Vasquez
NM|3|D|Teresa Leger Fernandez
NY|1|R|Nick LaLota
NY|2|R|Andrew Garbarino
NY|3|R|George Santos||2023-12
NY|3|D|Tom Suozzi|2024-02|
NY|4|R|Anthony D'Esposito
NY|5|D|Gregory Meeks
NY|6|D|Grace Meng
NY|7|D|Nydia Velázquez
NY|8|D|Hakeem Jeffries
NY|9|D|Yvette Clarke
NY|10|D|Dan Goldman
NY|11|R|Nicole Malliotakis
NY|12|D|Jerry Nadler
NY|13|D|Adriano Espaillat
NY|14|D|Alexandria Ocasio-Cortez
NY|15|D|Ritchie Torres
NY|16|D|Jamaal Bowman
NY|17|R|Mike Lawler
NY|18|D|Pat Ryan
NY|19|R|Marc Molinaro
NY|20|D|Paul Tonko
NY|21|R|Elise Stefanik
NY|22|R|Brandon Williams
NY|23|R|Nick Langworthy
NY|24|R|Claudia Tenney
NY|25|D|Joseph Morelle
NY|26|D|Brian Higgins||2024-02
NY|26|D|Tim Kennedy|2024|
NC|1|D|Don Davis
NC|2|D|Deborah Ross
NC|3|R|Greg Murphy
NC|4|D|Valerie Foushee
NC|5|R|Virginia Foxx
NC|6|D|Kathy Manning
NC|7|R|David Rouzer
NC|8|R|Dan Bishop
NC|9|R|Richard Hudson
NC|10|R|Patrick McHenry
NC|11|R|Chuck Edwards
NC|12|D|Alma Adams
NC|13|D|Wiley Nickel
NC|14|D|Jeff Jackson
ND|0|R|Kelly Armstrong
OH|1|D|Greg Landsman
OH|2|R|Brad Wenstrup
OH|3|D|Joyce Beatty
OH|4|R|Jim Jordan
OH|5|R|Bob Latta
OH|6|R|Bill Johnson||2024-01
OH|6|R|Michael Rulli|2024-06|
OH|7|R|Max Miller
OH|8|R|Warren Davidson
OH|9|D|Marcy Kaptur
OH|10|R|Mike Turner
OH|11|D|Shontel Brown
OH|12|R|Troy Balderson
OH|13|D|Emilia Sykes
OH|14|R|David Joyce
OH|15|R|Mike Carey
OK|1|R|Kevin Hern
OK|2|R|Josh Brecheen
OK|3|R|Frank Lucas
OK|4|R|Tom Cole
OK|5|R|Stephanie Bice
OR|1|D|Suzanne Bonamici
OR|2|R|Cliff Bentz
OR|3|D|Earl Blumenauer
OR|4|D|Val Hoyle
OR|5|R|Lori Chavez-DeRemer
OR|6|D|Andrea Salinas
PA|1|R|Brian Fitzpatrick
PA|2|D|Brendan Boyle
PA|3|D|Dwight Evans
PA|4|D|Madeleine Dean
PA|5|D|Mary Gay Scanlon
PA|6|D|Chrissy Houlahan
PA|7|D|Susan Wild
PA|8|D|Matt Cartwright
PA|9|R|Dan Meuser
PA|10|R|Scott Perry
PA|11|R|Lloyd Smucker
PA|12|D|Summer Lee
PA|13|R|John Joyce
PA|14|R|Guy Reschenthaler
PA|15|R|Glenn Thompson
PA|16|R|Mike Kelly
PA|17|D|Chris Deluzio
RI|1|D|David Cicilline||2023-06
RI|1|D|Gabe Amo|2023-11|
RI|2|D|Seth Magaziner
SC|1|R|Nancy Mace
SC|2|R|Joe Wilson
SC|3|R|Jeff Duncan
SC|4|R|William Timmons
SC|5|R|Ralph Norman
SC|6|D|Jim Clyburn
SC|7|R|Russell Fry
SD|0|R|Dusty Johnson
TN|1|R|Diana Harshbarger
TN|2|R|Tim Burchett
TN|3|R|Chuck Fleischmann
TN|4|R|Scott DesJarlais
TN|5|R|Andy Ogles
TN|6|R|John Rose
TN|7|R|Mark Green
TN|8|R|David Kustoff
TN|9|D|Steve Cohen
TX|1|R|Nathaniel Moran
TX|2|R|Dan Crenshaw
TX|3|R|Keith Self
TX|4|R|Pat Fallon
TX|5|R|Lance Gooden
TX|6|R|Jake Ellzey
TX|7|D|Lizzie Fletcher
TX|8|R|Morgan Luttrell
TX|9|D|Al Green
TX|10|R|Michael McCaul
TX|11|R|August Pfluger
TX|12|R|Kay Granger
TX|13|R|Ronny Jackson
TX|14|R|Randy Weber
TX|15|R|Monica De La Cruz
TX|16|D|Veronica Escobar
TX|17|R|Pete Sessions
TX|18|D|Sheila Jackson Lee||2024-07
TX|18|D|Erica Lee Carter|2024-11|
TX|19|R|Jodey Arrington
TX|20|D|Joaquin Castro
TX|21|R|Chip Roy
TX|22|R|Troy Nehls
TX|23|R|Tony Gonzales
TX|24|R|Beth Van Duyne
TX|25|R|Roger Williams
TX|26|R|Michael Burgess
TX|27|R|Michael Cloud
TX|28|D|Henry Cuellar
TX|29|D|Sylvia Garcia
TX|30|D|Jasmine Crockett
TX|31|R|John Carter
TX|32|D|Colin Allred
TX|33|D|Marc Veasey
TX|34|D|Vicente Gonzalez
TX|35|D|Greg Casar
TX|36|R|Brian Babin
TX|37|D|Lloyd Doggett
TX|38|R|Wesley Hunt
UT|1|R|Blake Moore
UT|2|R|Chris Stewart||2023-09
UT|2|R|Celeste Maloy|2023-11|
UT|3|R|John Curtis
UT|4|R|Burgess Owens
VT|0|D|Becca Balint
VA|1|R|Rob Wittman
VA|2|R|Jen Kiggans
VA|3|D|Bobby Scott
VA|4|D|Jennifer McClellan|2023-03|
VA|5|R|Bob Good
VA|6|R|Ben Cline
VA|7|D|Abigail Spanberger
VA|8|D|Don Beyer
VA|9|R|Morgan Griffith
VA|10|D|Jennifer Wexton
VA|11|D|Gerry Connolly
WA|1|D|Suzan DelBene
WA|2|D|Rick Larsen
WA|3|D|Marie Gluesenkamp Perez
WA|4|R|Dan Newhouse
WA|5|R|Cathy McMorris Rodgers
WA|6|D|Derek Kilmer
WA|7|D|Pramila Jayapal
WA|8|D|Kim Schrier
WA|9|D|Adam Smith
WA|10|D|Marilyn Strickland
WV|1|R|Carol Miller
WV|2|R|Alex Mooney
WI|1|R|Bryan Steil
WI|2|D|Mark Pocan
WI|3|R|Derrick Van Orden
WI|4|D|Gwen Moore
WI|5|R|Scott Fitzgerald
WI|6|R|Glenn Grothman
WI|7|R|Tom Tiffany
WI|8|R|Mike Gallagher||2024-04
WI|8|R|Tony Wied|2024-11|
WY|0|R|Harriet Hageman
"""

H119 = """
AL|1|R|Barry Moore
AL|2|D|Shomari Figures
AL|3|R|Mike Rogers
AL|4|R|Robert Aderholt
AL|5|R|Dale Strong
AL|6|R|Gary Palmer
AL|7|D|Terri Sewell
AK|0|R|Nick Begich
AZ|1|R|David Schweikert
AZ|2|R|Eli Crane
AZ|3|D|Yassamin Ansari
AZ|4|D|Greg Stanton
AZ|5|R|Andy Biggs
AZ|6|R|Juan Ciscomani
AZ|7|D|Raúl Grijalva||2025-03
AZ|7|D|Adelita Grijalva|2025-11|
AZ|8|R|Abe Hamadeh
AZ|9|R|Paul Gosar
AR|1|R|Rick Crawford
AR|2|R|French Hill
AR|3|R|Steve Womack
AR|4|R|Bruce Westerman
CA|1|R|Doug LaMalfa
CA|2|D|Jared Huffman
CA|3|R|Kevin Kiley
CA|4|D|Mike Thompson
CA|5|R|Tom McClintock
CA|6|D|Ami Bera
CA|7|D|Doris Matsui
CA|8|D|John Garamendi
CA|9|D|Josh Harder
CA|10|D|Mark DeSaulnier
CA|11|D|Nancy Pelosi
CA|12|D|Lateefah Simon
CA|13|D|Adam Gray
CA|14|D|Eric Swalwell
CA|15|D|Kevin Mullin
CA|16|D|Sam Liccardo
CA|17|D|Ro Khanna
CA|18|D|Zoe Lofgren
CA|19|D|Jimmy Panetta
CA|20|R|Vince Fong
CA|21|D|Jim Costa
CA|22|R|David Valadao
CA|23|R|Jay Obernolte
CA|24|D|Salud Carbajal
CA|25|D|Raul Ruiz
CA|26|D|Julia Brownley
CA|27|D|George Whitesides
CA|28|D|Judy Chu
CA|29|D|Luz Rivas
CA|30|D|Laura Friedman
CA|31|D|Gil Cisneros
CA|32|D|Brad Sherman
CA|33|D|Pete Aguilar
CA|34|D|Jimmy Gomez
CA|35|D|Norma Torres
CA|36|D|Ted Lieu
CA|37|D|Sydney Kamlager-Dove
CA|38|D|Linda Sánchez
CA|39|D|Mark Takano
CA|40|R|Young Kim
CA|41|R|Ken Calvert
CA|42|D|Robert Garcia
CA|43|D|Maxine Waters
CA|44|D|Nanette Barragán
CA|45|D|Derek Tran
CA|46|D|Lou Correa
CA|47|D|Dave Min
CA|48|R|Darrell Issa
CA|49|D|Mike Levin
CA|50|D|Scott Peters
CA|51|D|Sara Jacobs
CA|52|D|Juan Vargas
CO|1|D|Diana DeGette
CO|2|D|Joe Neguse
CO|3|R|Jeff Hurd
CO|4|R|Lauren Boebert
CO|5|R|Jeff Crank
CO|6|D|Jason Crow
CO|7|D|Brittany Pettersen
CO|8|R|Gabe Evans
CT|1|D|John Larson
CT|2|D|Joe Courtney
CT|3|D|Rosa DeLauro
CT|4|D|Jim Himes
CT|5|D|Jahana Hayes
DE|0|D|Sarah McBride
FL|1|R|Jimmy Patronis|2025-04|
FL|2|R|Neal Dunn
FL|3|R|Kat Cammack
FL|4|R|Aaron Bean
FL|5|R|John Rutherford
FL|6|R|Mike Waltz||2025-01
FL|6|R|Randy Fine|2025-04|
FL|7|R|Cory Mills
FL|8|R|Mike Haridopolos
FL|9|D|Darren Soto
FL|10|D|Maxwell Frost
FL|11|R|Daniel Webster
FL|12|R|Gus Bilirakis
FL|13|R|Anna Paulina Luna
FL|14|D|Kathy Castor
FL|15|R|Laurel Lee
FL|16|R|Vern Buchanan
FL|17|R|Greg Steube
FL|18|R|Scott Franklin
FL|19|R|Byron Donalds
FL|20|D|Sheila Cherfilus-McCormick
FL|21|R|Brian Mast
FL|22|D|Lois Frankel
FL|23|D|Jared Moskowitz
FL|24|D|Frederica Wilson
FL|25|D|Debbie Wasserman Schultz
FL|26|R|Mario Díaz-Balart
FL|27|R|María Elvira Salazar
FL|28|R|Carlos Giménez
GA|1|R|Buddy Carter
GA|2|D|Sanford Bishop
GA|3|R|Brian Jack
GA|4|D|Hank Johnson
GA|5|D|Nikema Williams
GA|6|D|Lucy McBath
GA|7|R|Rich McCormick
GA|8|R|Austin Scott
GA|9|R|Andrew Clyde
GA|10|R|Mike Collins
GA|11|R|Barry Loudermilk
GA|12|R|Rick Allen
GA|13|D|David Scott
GA|14|R|Marjorie Taylor Greene||2026-01
HI|1|D|Ed Case
HI|2|D|Jill Tokuda
ID|1|R|Russ Fulcher
ID|2|R|Mike Simpson
IL|1|D|Jonathan Jackson
IL|2|D|Robin Kelly
IL|3|D|Delia Ramirez
IL|4|D|Chuy García
IL|5|D|Mike Quigley
IL|6|D|Sean Casten
IL|7|D|Danny Davis
IL|8|D|Raja Krishnamoorthi
IL|9|D|Jan Schakowsky
IL|10|D|Brad Schneider
IL|11|D|Bill Foster
IL|12|R|Mike Bost
IL|13|D|Nikki Budzinski
IL|14|D|Lauren Underwood
IL|15|R|Mary Miller
IL|16|R|Darin LaHood
IL|17|D|Eric Sorensen
IN|1|D|Frank Mrvan
IN|2|R|Rudy Yakym
IN|3|R|Marlin Stutzman
IN|4|R|Jim Baird
IN|5|R|Victoria Spartz
IN|6|R|Jefferson Shreve
IN|7|D|André Carson
IN|8|R|Mark Messmer
IN|9|R|Erin Houchin
IA|1|R|Mariannette Miller-Meeks
IA|2|R|Ashley Hinson
IA|3|R|Zach Nunn
IA|4|R|Randy Feenstra
KS|1|R|Tracey Mann
KS|2|R|Derek Schmidt
KS|3|D|Sharice Davids
KS|4|R|Ron Estes
KY|1|R|James Comer
KY|2|R|Brett Guthrie
KY|3|D|Morgan McGarvey
KY|4|R|Thomas Massie
KY|5|R|Hal Rogers
KY|6|R|Andy Barr
LA|1|R|Steve Scalise
LA|2|D|Troy Carter
LA|3|R|Clay Higgins
LA|4|R|Mike Johnson
LA|5|R|Julia Letlow
LA|6|D|Cleo Fields
ME|1|D|Chellie Pingree
ME|2|D|Jared Golden
MD|1|R|Andy Harris
MD|2|D|Johnny Olszewski
MD|3|D|Sarah Elfreth
MD|4|D|Glenn Ivey
MD|5|D|Steny Hoyer
MD|6|D|April McClain Delaney
MD|7|D|Kweisi Mfume
MD|8|D|Jamie Raskin
MA|1|D|Richard Neal
MA|2|D|Jim McGovern
MA|3|D|Lori Trahan
MA|4|D|Jake Auchincloss
MA|5|D|Katherine Clark
MA|6|D|Seth Moulton
MA|7|D|Ayanna Pressley
MA|8|D|Stephen Lynch
MA|9|D|Bill Keating
MI|1|R|Jack Bergman
MI|2|R|John Moolenaar
MI|3|D|Hillary Scholten
MI|4|R|Bill Huizenga
MI|5|R|Tim Walberg
MI|6|D|Debbie Dingell
MI|7|R|Thomas Barrett
MI|8|D|Kristen McDonald Rivet
MI|9|R|Lisa McClain
MI|10|R|John James
MI|11|D|Haley Stevens
MI|12|D|Rashida Tlaib
MI|13|D|Shri Thanedar
MN|1|R|Brad Finstad
MN|2|D|Angie Craig
MN|3|D|Kelly Morrison
MN|4|D|Betty McCollum
MN|5|D|Ilhan Omar
MN|6|R|Tom Emmer
MN|7|R|Michelle Fischbach
MN|8|R|Pete Stauber
MS|1|R|Trent Kelly
MS|2|D|Bennie Thompson
MS|3|R|Michael Guest
MS|4|R|Mike Ezell
MO|1|D|Wesley Bell
MO|2|R|Ann Wagner
MO|3|R|Bob Onder
MO|4|R|Mark Alford
MO|5|D|Emanuel Cleaver
MO|6|R|Sam Graves
MO|7|R|Eric Burlison
MO|8|R|Jason Smith
MT|1|R|Ryan Zinke
MT|2|R|Troy Downing
NE|1|R|Mike Flood
NE|2|R|Don Bacon
NE|3|R|Adrian Smith
NV|1|D|Dina Titus
NV|2|R|Mark Amodei
NV|3|D|Susie Lee
NV|4|D|Steven Horsford
NH|1|D|Chris Pappas
NH|2|D|Maggie Goodlander
NJ|1|D|Donald Norcross
NJ|2|R|Jeff Van Drew
NJ|3|D|Herb Conaway
NJ|4|R|Chris Smith
NJ|5|D|Josh Gottheimer
NJ|6|D|Frank Pallone
NJ|7|R|Tom Kean Jr.
NJ|8|D|Rob Menendez
NJ|9|D|Nellie Pou
NJ|10|D|LaMonica McIver
NJ|11|D|Mikie Sherrill||2025-11
NJ|12|D|Bonnie Watson Coleman
NM|1|D|Melanie Stansbury
NM|2|D|Gabe Vasquez
NM|3|D|Teresa Leger Fernandez
NY|1|R|Nick LaLota
NY|2|R|Andrew Garbarino
NY|3|D|Tom Suozzi
NY|4|D|Laura Gillen
NY|5|D|Gregory Meeks
NY|6|D|Grace Meng
NY|7|D|Nydia Velázquez
NY|8|D|Hakeem Jeffries
NY|9|D|Yvette Clarke
NY|10|D|Dan Goldman
NY|11|R|Nicole Malliotakis
NY|12|D|Jerry Nadler
NY|13|D|Adriano Espaillat
NY|14|D|Alexandria Ocasio-Cortez
NY|15|D|Ritchie Torres
NY|16|D|George Latimer
NY|17|R|Mike Lawler
NY|18|D|Pat Ryan
NY|19|D|Josh Riley
NY|20|D|Paul Tonko
NY|21|R|Elise Stefanik
NY|22|D|John Mannion
NY|23|R|Nick Langworthy
NY|24|R|Claudia Tenney
NY|25|D|Joseph Morelle
NY|26|D|Tim Kennedy
NC|1|D|Don Davis
NC|2|D|Deborah Ross
NC|3|R|Greg Murphy
NC|4|D|Valerie Foushee
NC|5|R|Virginia Foxx
NC|6|R|Addison McDowell
NC|7|R|David Rouzer
NC|8|R|Mark Harris
NC|9|R|Richard Hudson
NC|10|R|Pat Harrigan
NC|11|R|Chuck Edwards
NC|12|D|Alma Adams
NC|13|R|Brad Knott
NC|14|R|Tim Moore
ND|0|R|Julie Fedorchak
OH|1|D|Greg Landsman
OH|2|R|David Taylor
OH|3|D|Joyce Beatty
OH|4|R|Jim Jordan
OH|5|R|Bob Latta
OH|6|R|Michael Rulli
OH|7|R|Max Miller
OH|8|R|Warren Davidson
OH|9|D|Marcy Kaptur
OH|10|R|Mike Turner
OH|11|D|Shontel Brown
OH|12|R|Troy Balderson
OH|13|D|Emilia Sykes
OH|14|R|David Joyce
OH|15|R|Mike Carey
OK|1|R|Kevin Hern
OK|2|R|Josh Brecheen
OK|3|R|Frank Lucas
OK|4|R|Tom Cole
OK|5|R|Stephanie Bice
OR|1|D|Suzanne Bonamici
OR|2|R|Cliff Bentz
OR|3|D|Maxine Dexter
OR|4|D|Val Hoyle
OR|5|D|Janelle Bynum
OR|6|D|Andrea Salinas
PA|1|R|Brian Fitzpatrick
PA|2|D|Brendan Boyle
PA|3|D|Dwight Evans
PA|4|D|Madeleine Dean
PA|5|D|Mary Gay Scanlon
PA|6|D|Chrissy Houlahan
PA|7|R|Ryan Mackenzie
PA|8|R|Rob Bresnahan
PA|9|R|Dan Meuser
PA|10|R|Scott Perry
PA|11|R|Lloyd Smucker
PA|12|D|Summer Lee
PA|13|R|John Joyce
PA|14|R|Guy Reschenthaler
PA|15|R|Glenn Thompson
PA|16|R|Mike Kelly
PA|17|D|Chris Deluzio
RI|1|D|Gabe Amo
RI|2|D|Seth Magaziner
SC|1|R|Nancy Mace
SC|2|R|Joe Wilson
SC|3|R|Sheri Biggs
SC|4|R|William Timmons
SC|5|R|Ralph Norman
SC|6|D|Jim Clyburn
SC|7|R|Russell Fry
SD|0|R|Dusty Johnson
TN|1|R|Diana Harshbarger
TN|2|R|Tim Burchett
TN|3|R|Chuck Fleischmann
TN|4|R|Scott DesJarlais
TN|5|R|Andy Ogles
TN|6|R|John Rose
TN|7|R|Mark Green||2025-07
TN|7|R|Matt Van Epps|2025-12|
TN|8|R|David Kustoff
TN|9|D|Steve Cohen
TX|1|R|Nathaniel Moran
TX|2|R|Dan Crenshaw
TX|3|R|Keith Self
TX|4|R|Pat Fallon
TX|5|R|Lance Gooden
TX|6|R|Jake Ellzey
TX|7|D|Lizzie Fletcher
TX|8|R|Morgan Luttrell
TX|9|D|Al Green
TX|10|R|Michael McCaul
TX|11|R|August Pfluger
TX|12|R|Craig Goldman
TX|13|R|Ronny Jackson
TX|14|R|Randy Weber
TX|15|R|Monica De La Cruz
TX|16|D|Veronica Escobar
TX|17|R|Pete Sessions
TX|18|D|Sylvester Turner||2025-03
TX|19|R|Jodey Arrington
TX|20|D|Joaquin Castro
TX|21|R|Chip Roy
TX|22|R|Troy Nehls
TX|23|R|Tony Gonzales
TX|24|R|Beth Van Duyne
TX|25|R|Roger Williams
TX|26|R|Brandon Gill
TX|27|R|Michael Cloud
TX|28|D|Henry Cuellar
TX|29|D|Sylvia Garcia
TX|30|D|Jasmine Crockett
TX|31|R|John Carter
TX|32|D|Julie Johnson
TX|33|D|Marc Veasey
TX|34|D|Vicente Gonzalez
TX|35|D|Greg Casar
TX|36|R|Brian Babin
TX|37|D|Lloyd Doggett
TX|38|R|Wesley Hunt
UT|1|R|Blake Moore
UT|2|R|Celeste Maloy
UT|3|R|Mike Kennedy
UT|4|R|Burgess Owens
VT|0|D|Becca Balint
VA|1|R|Rob Wittman
VA|2|R|Jen Kiggans
VA|3|D|Bobby Scott
VA|4|D|Jennifer McClellan
VA|5|R|John McGuire
VA|6|R|Ben Cline
VA|7|D|Eugene Vindman
VA|8|D|Don Beyer
VA|9|R|Morgan Griffith
VA|10|D|Suhas Subramanyam
VA|11|D|Gerry Connolly||2025-05
VA|11|D|James Walkinshaw|2025-09|
WA|1|D|Suzan DelBene
WA|2|D|Rick Larsen
WA|3|D|Marie Gluesenkamp Perez
WA|4|R|Dan Newhouse
WA|5|R|Michael Baumgartner
WA|6|D|Emily Randall
WA|7|D|Pramila Jayapal
WA|8|D|Kim Schrier
WA|9|D|Adam Smith
WA|10|D|Marilyn Strickland
WV|1|R|Carol Miller
WV|2|R|Riley Moore
WI|1|R|Bryan Steil
WI|2|D|Mark Pocan
WI|3|R|Derrick Van Orden
WI|4|D|Gwen Moore
WI|5|R|Scott Fitzgerald
WI|6|R|Glenn Grothman
WI|7|R|Tom Tiffany
WI|8|R|Tony Wied
WY|0|R|Harriet Hageman
"""

CONGRESSES = ((H117, "2021-01-03", "2023-01-03", SEATS_2010), (H118, "2023-01-03", "2025-01-03", SEATS_2020),
              (H119, "2025-01-03", "", SEATS_2020))

# name|aliases;... (the forms of the name the press uses besides the one above). A member whose name is another
# person's of another package file goes by a longer form, with the short one as an alias, so that the two stay
# apart (the knowledge base joins people of one country by their name): Michigan's Thomas Barrett is not Tom
# Barrett, the mayor of Milwaukee.
ALIASES = """
Thomas Barrett|Tom Barrett
Alexandria Ocasio-Cortez|AOC
Mike Waltz|Michael Waltz
Jerry Nadler|Jerrold Nadler
Jim Clyburn|James Clyburn
Jim McGovern|James McGovern
Jim Langevin|James Langevin
Gerry Connolly|Gerald Connolly
Don Beyer|Donald Beyer
Donald McEachin|A. Donald McEachin
Hal Rogers|Harold Rogers
G. K. Butterfield|G.K. Butterfield
Gregory Meeks|Greg Meeks
Joseph Morelle|Joe Morelle
Stephen Lynch|Steve Lynch
Michael McCaul|Mike McCaul
Michael Rulli|Mike Rulli
Michael Guest|Mike Guest
Bill Keating|William Keating
Bill Pascrell|Bill Pascrell Jr.
Chuck Fleischmann|Charles Fleischmann
Tom Suozzi|Thomas Suozzi
Pat Ryan|Patrick Ryan
Nick Begich|Nick Begich III
Lizzie Fletcher|Lizzie Pannill Fletcher
Mary Peltola|Mary Sattler Peltola
Marie Gluesenkamp Perez|Marie Gluesenkamp Pérez
Sheila Cherfilus-McCormick|Sheila Cherfilus McCormick
Johnny Olszewski|Johnny Olszewski Jr.
Rudy Yakym|Rudy Yakym III
Jen Kiggans|Jennifer Kiggans
Chuy García|Jesús "Chuy" García
Dutch Ruppersberger|C. A. Dutch Ruppersberger
Buddy Carter|Earl "Buddy" Carter
Jim Himes|James Himes
Bobby Scott|Robert C. Scott
Don Bacon|Donald Bacon
"""

# Senior White House staff, 2017-2026: name|title|start|end[|aliases;...]
WHITE_HOUSE = """
Katie Walsh|White House Deputy Chief of Staff|2017-01|2017-03
Joe Hagin|White House Deputy Chief of Staff for Operations|2017-01|2018-07
Rick Dearborn|White House Deputy Chief of Staff for Legislative Affairs|2017-01|2018-03
Chris Liddell|White House Deputy Chief of Staff for Policy Coordination|2018-03|2021-01
Bill Shine|White House Deputy Chief of Staff for Communications|2018-07|2019-03
Tony Ornato|White House Deputy Chief of Staff for Operations|2019-12|2021-01|Anthony Ornato
Dan Scavino|White House Deputy Chief of Staff for Communications|2020-04|2021-01
Dan Scavino|White House Deputy Chief of Staff|2025-01|
James Blair|White House Deputy Chief of Staff for Legislative, Political and Public Affairs|2025-01|
Taylor Budowich|White House Deputy Chief of Staff for Communications and Personnel|2025-01|2025-09
Jen O'Malley Dillon|White House Deputy Chief of Staff|2021-01|2024-01|Jennifer O'Malley Dillon
Bruce Reed|White House Deputy Chief of Staff|2021-01|2025-01
Steve Bannon|White House Chief Strategist|2017-01|2017-08|Stephen Bannon
Jared Kushner|Senior Advisor to the President|2017-01|2021-01
Ivanka Trump|Advisor to the President|2017-03|2021-01
Stephen Miller|Senior Advisor to the President for Policy|2017-01|2021-01
Stephen Miller|Homeland Security Advisor|2025-01|
Kellyanne Conway|Counselor to the President|2017-01|2020-08
Hope Hicks|White House Communications Director|2017-09|2018-03
Hope Hicks|Counselor to the President|2020-03|2021-01
Anthony Scaramucci|White House Communications Director|2017-07|2017-07
Mercedes Schlapp|White House Director of Strategic Communications|2017-09|2019-07
Stephanie Grisham|White House Press Secretary|2019-07|2020-04
Stephanie Grisham|White House Communications Director|2019-07|2020-04
Alyssa Farah|White House Director of Strategic Communications|2020-04|2020-12|Alyssa Farah Griffin
Steven Cheung|White House Communications Director|2025-01|
Kate Bedingfield|White House Communications Director|2021-01|2023-03
Ben LaBolt|White House Communications Director|2023-03|2025-01
Steve Ricchetti|Counselor to the President|2021-01|2025-01
Mike Donilon|Senior Advisor to the President|2021-01|2024
Anita Dunn|Senior Advisor to the President|2021-01|2021-08
Anita Dunn|Senior Advisor to the President|2022-05|2025-01
Cedric Richmond|Senior Advisor to the President|2021-01|2022-05
John Podesta|Senior Advisor to the President for Clean Energy Innovation and Implementation|2022-09|2024-01
Don McGahn|White House Counsel|2017-01|2018-10|Donald McGahn
Pat Cipollone|White House Counsel|2018-12|2021-01
Dana Remus|White House Counsel|2021-01|2022-07
Stuart Delery|White House Counsel|2022-07|2023
Ed Siskel|White House Counsel|2023|2025-01|Edward Siskel
David Warrington|White House Counsel|2025-01|
Tom Bossert|Homeland Security Advisor|2017-01|2018-04|Thomas Bossert
Liz Sherwood-Randall|Homeland Security Advisor|2021-01|2025-01|Elizabeth Sherwood-Randall
Ronny Jackson|Physician to the President|2013|2018
"""


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def seat_title(state: str, district: str, party: str) -> str:
    place = "at-large" if district == "0" else ordinal(int(district))
    return f"United States Representative for {STATES[state]}'s {place} district ({PARTIES[party]})"


def _before(end: str, start: str) -> bool:
    """A term that ends on ``end`` (empty: still running) ends before one that starts on ``start``, to the month, or
    to the year where either date is a year."""
    precision = min(len(end), len(start), 7)
    return bool(end) and end[:precision] <= start[:precision]


def house_terms() -> dict[str, list[list[str]]]:
    """Every member's seats (title, start, end), a seat held over consecutive Congresses as one term; checked: each
    Congress fills every seat of the apportionment, and no seat has two members at once."""
    terms: dict[str, list[list[str]]] = {}
    for table, first, last, seats in CONGRESSES:
        held: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for line in table.strip().splitlines():
            state, district, party, name, *dates = line.split("|")
            start, end = (dates[0] or first, dates[1] or last) if dates else (first, last)
            assert 0 <= int(district) <= seats[state] and (int(district) == 0) == (seats[state] == 1), line
            for other_start, other_end in held.setdefault((state, district), []):
                assert _before(end, other_start) or _before(other_end, start), line
            held[(state, district)].append((start, end))
            title = seat_title(state, district, party)
            mine = terms.setdefault(name, [])
            if mine and mine[-1][0] == title and mine[-1][2] == start:
                mine[-1][2] = end  # re-elected to the same seat
            else:
                mine.append([title, start, end])
        assert {s for s, _ in held} == set(seats) and len(held) == sum(seats.values()), first
    return terms


def build() -> list[dict[str, object]]:
    aliases = dict(line.split("|") for line in ALIASES.strip().splitlines())
    people: dict[str, dict[str, object]] = {}
    for name, terms in house_terms().items():
        for title, start, end in terms:
            add_office(people, "USA", "M", name, title, start, end, aliases.get(name, ""), sector="LEG", org=HOUSE)
    for line in WHITE_HOUSE.strip().splitlines():
        name, title, start, end, *more = line.split("|")
        add_office(people, "USA", "O", name, title, start, end, more[0] if more else "")
    return finish_people(people)


def held_elsewhere(people: list[dict[str, object]]) -> dict[str, str]:
    """The ids of ``people`` that another package file holds, with the file's name for the person."""
    from politika.kb import KnowledgeBase

    others = [p for p in sorted(OUT.parent.glob("*.jsonl")) if p.name != OUT.name]
    kb = KnowledgeBase.from_files(others, package_data=False)
    return {str(e["id"]): known.name for e in people if (known := kb.get(str(e["id"]))) is not None}


def main() -> None:
    people = build()
    adopt_known_ids(people, {OUT.name})
    merged = held_elsewhere(people)
    for entity in people:
        if entity["id"] in merged:
            # one person with another file's: that file says what they are (a senator's LEG, a secretary's GOV)
            del entity["sector"]
    write_entities(OUT, people, "people")
    print(f"{len(merged)} of them join a person another package file holds:")
    print("  " + "; ".join(f"{e['name']} ({e['id']})" for e in people if e["id"] in merged))


if __name__ == "__main__":
    main()
