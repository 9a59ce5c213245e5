"""Words that tell a reader the country without naming it: its police, parties, parliament.

"The Ertzaintza defused the device", "a Knesset member", "a CRPF camp": a reader knows
Spain, Israel and India though no place is named. The table holds names used by one
country only (a force, a party, an institution, a kind of local unit), as facts of
general knowledge; a word several countries use ("gendarmerie", "Socialist Party",
"tehsil") is left out. Terms are matched case-sensitively as whole words, so acronyms
do not fire inside ordinary words.

They are weak evidence, like a group's home country: they choose among namesake towns
and settle the country only when no place says otherwise.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

CUES: dict[str, tuple[str, ...]] = {
    "ESP": (
        "Ertzaintza", "Ertzainas", "Ertzaina", "Guardia Civil", "Civil Guard", "Civil Guards",
        "Mossos d'Esquadra", "Basque", "Basques", "Batasuna", "Herri Batasuna", "Euskadi",
        "Euskal Herria", "kale borroka", "PSOE", "Partido Popular", "Popular Party",
        "Guipuzcoa", "Gipuzkoa", "Vizcaya", "Bizkaia", "Alava", "Araba", "Navarra", "Gasteiz",
        "Donostia", "Audiencia Nacional",
    ),
    "FRA": ("Corsican", "Corsicans", "Corse", "Haute-Corse", "Corse-du-Sud", "Assemblée nationale"),
    "GBR": (
        "RUC", "Royal Ulster Constabulary", "PSNI", "Sinn Fein", "Sinn Féin", "loyalist",
        "loyalists", "Loyalist", "Loyalists", "Orange Order", "Orangemen", "Unionist",
        "Unionists", "Scotland Yard", "Stormont",
    ),
    "IRL": ("Garda", "Gardai", "Gardaí", "Garda Síochána", "Dáil", "Taoiseach"),
    "IND": (
        "CRPF", "Central Reserve Police Force", "BSF", "Border Security Force", "BJP",
        "Bharatiya Janata Party", "National Conference", "Hurriyat", "Lok Sabha", "Rajya Sabha",
        "panchayat", "sarpanch", "Naxalite", "Naxalites", "Naxal", "Naxals", "Shiv Sena",
        "ITBP", "Assam Rifles", "Rashtriya Rifles", "Kashmiri", "Kashmiris", "Indian Army",
    ),
    "PAK": (
        "Frontier Corps", "MQM", "Muttahida Qaumi Movement", "Pakistan Peoples Party",
        "Pakistan People's Party", "PML-N", "Inter-Services Intelligence", "Baloch", "Balochi",
        "Jamiat Ulema-e-Islam", "Khyber Pakhtunkhwa", "Pakhtunkhwa", "Sindh", "Sindhi",
    ),
    "BGD": (
        "Awami League", "Bangladesh Nationalist Party", "Rapid Action Battalion", "upazila",
        "union parishad", "Jatiya Party",
    ),
    "LKA": ("Sinhalese", "Eelam", "Tamil Tigers"),
    "NPL": ("Village Development Committee", "Nepali Congress", "CPN-UML", "Madhesi"),
    "AFG": (
        "Afghan National Army", "Afghan National Police", "Loya Jirga", "Wolesi Jirga",
        "National Directorate of Security",
    ),
    "IRQ": (
        "Peshmerga", "Sahwa", "Awakening Council", "Awakening Councils", "Sons of Iraq",
        "Mahdi Army", "Jaish al-Mahdi", "Kurdistan Regional Government",
        "Iraqi Police", "Iraqi Army",
    ),
    "ISR": (
        "Knesset", "IDF", "Israel Defense Forces", "Shin Bet", "Shabak", "Magen David Adom",
        "kibbutz", "Kibbutz", "moshav", "Moshav",
    ),
    # "settlers" and "settlements" are the West Bank's and (before 2005) Gaza's
    "PSE": (
        "settler", "settlers", "Israeli settlement", "Israeli settlements", "Jewish settlement",
        "Jewish settlements", "Gush Katif", "Gush Qatif", "Qatif Bloc", "Katif Bloc", "Etzion Bloc",
        "Etzyon Bloc", "Gush Etzion",
    ),
    "LBN": ("Phalange", "Phalangist", "Phalangists", "Amal movement"),
    "TUR": ("MHP", "AKP", "CHP", "Nationalist Action Party", "Justice and Development Party", "jandarma"),
    "RUS": ("FSB", "OMON", "State Duma", "Chechen", "Chechens", "Ingush", "Dagestani"),
    "COL": ("corregimiento", "vereda"),
    "PER": ("Sendero Luminoso", "APRA", "Aprista"),
    "PHL": (
        "barangay", "Barangay", "MILF", "MNLF", "Philippine National Police",
        "Armed Forces of the Philippines",
    ),
    "THA": ("tambon", "amphoe"),
    "IDN": ("Brimob", "Densus 88", "TNI", "kabupaten"),
    "SOM": ("Transitional Federal Government", "TFG", "AMISOM", "Puntland"),
    "DZA": ("wilaya",),
    "YEM": ("Houthi", "Houthis"),
    "MEX": ("Zapatista", "Zapatistas", "EZLN"),
    "DEU": ("Bundestag", "Bundeswehr", "Verfassungsschutz"),
    "ITA": ("Carabinieri", "DIGOS", "Brigate Rosse"),
    "CHL": ("Carabineros", "Mapuche"),
    "XKX": ("KFOR", "UNMIK"),
    "BIH": ("Republika Srpska", "Bosniak", "Bosniaks", "EUFOR"),
    "CHN": ("Uighur", "Uighurs", "Uyghur", "Uyghurs"),
    "JPN": ("Aum Shinrikyo", "Chukaku-ha"),
}  # fmt: skip


@functools.cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    code_of = {term: code for code, terms in CUES.items() for term in terms}
    # Longest first, so "Sinn Fein" is taken whole and "Iraqi Police" before nothing shorter.
    alternation = "|".join(re.escape(t) for t in sorted(code_of, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), code_of


@functools.lru_cache(maxsize=16)
def _cues_in(text: str) -> tuple[tuple[int, int, str], ...]:
    # Places and frames both ask, the frames once per incident: the text is scanned once.
    pattern, code_of = _pattern()
    return tuple((m.start(), m.end(), code_of[m.group()]) for m in pattern.finditer(text))


def country_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, alpha-3) for each cue in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return (cue for cue in _cues_in(text) if start <= cue[0] and cue[1] <= stop)
