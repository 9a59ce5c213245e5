"""Demonyms → ISO 3166-1 alpha-3: "Peruvian" → PER. Written for Dateline, not generated.

Both the adjective and the plural noun where they differ ("Filipino", "Filipinos").
Historical and regional forms map to the present country the store uses (geo.py).
"""

from __future__ import annotations

DEMONYMS: dict[str, str] = {
    "Afghan": "AFG", "Afghani": "AFG", "Albanian": "ALB", "Algerian": "DZA", "Angolan": "AGO",
    "Argentine": "ARG", "Argentinian": "ARG", "Argentinean": "ARG", "Armenian": "ARM",
    "Australian": "AUS", "Austrian": "AUT", "Azerbaijani": "AZE", "Azeri": "AZE",
    "Bahraini": "BHR", "Bangladeshi": "BGD", "Belarusian": "BLR", "Belgian": "BEL",
    "Beninese": "BEN", "Bolivian": "BOL", "Bosnian": "BIH", "Brazilian": "BRA",
    "British": "GBR", "Briton": "GBR", "English": "GBR", "Scottish": "GBR", "Welsh": "GBR",
    "Bulgarian": "BGR", "Burkinabe": "BFA", "Burmese": "MMR", "Burundian": "BDI",
    "Cambodian": "KHM", "Cameroonian": "CMR", "Canadian": "CAN", "Chadian": "TCD",
    "Chilean": "CHL", "Chinese": "CHN", "Colombian": "COL", "Congolese": "COD",
    "Costa Rican": "CRI", "Croatian": "HRV", "Croat": "HRV", "Cuban": "CUB", "Cypriot": "CYP",
    "Czech": "CZE", "Czechoslovak": "CSK", "Danish": "DNK", "Dane": "DNK", "Djiboutian": "DJI",
    "Dominican": "DOM", "Dutch": "NLD", "Dutchman": "NLD", "Ecuadorian": "ECU",
    "Ecuadoran": "ECU", "Egyptian": "EGY", "Salvadoran": "SLV", "Salvadorean": "SLV",
    "Eritrean": "ERI", "Estonian": "EST", "Ethiopian": "ETH", "Fijian": "FJI",
    "Filipino": "PHL", "Philippine": "PHL", "Finnish": "FIN", "Finn": "FIN", "French": "FRA",
    "Frenchman": "FRA", "Gabonese": "GAB", "Gambian": "GMB", "Georgian": "GEO",
    "German": "DEU", "Ghanaian": "GHA", "Greek": "GRC", "Guatemalan": "GTM",
    "Guinean": "GIN", "Guyanese": "GUY", "Haitian": "HTI", "Honduran": "HND",
    "Hungarian": "HUN", "Icelandic": "ISL", "Indian": "IND", "Indonesian": "IDN",
    "Iranian": "IRN", "Persian": "IRN", "Iraqi": "IRQ", "Irish": "IRL", "Israeli": "ISR",
    "Italian": "ITA", "Ivorian": "CIV", "Jamaican": "JAM", "Japanese": "JPN",
    "Jordanian": "JOR", "Kazakh": "KAZ", "Kenyan": "KEN", "Korean": "KOR",
    "South Korean": "KOR", "North Korean": "PRK", "Kosovar": "XKX", "Kuwaiti": "KWT",
    "Kyrgyz": "KGZ", "Laotian": "LAO", "Latvian": "LVA", "Lebanese": "LBN",
    "Liberian": "LBR", "Libyan": "LBY", "Lithuanian": "LTU", "Luxembourgish": "LUX",
    "Macedonian": "MKD", "Malagasy": "MDG", "Malawian": "MWI", "Malaysian": "MYS",
    "Malian": "MLI", "Maltese": "MLT", "Mauritanian": "MRT", "Mexican": "MEX",
    "Moldovan": "MDA", "Mongolian": "MNG", "Montenegrin": "MNE", "Moroccan": "MAR",
    "Mozambican": "MOZ", "Namibian": "NAM", "Nepalese": "NPL", "Nepali": "NPL",
    "New Zealander": "NZL", "Nicaraguan": "NIC", "Nigerien": "NER", "Nigerian": "NGA",
    "Norwegian": "NOR", "Omani": "OMN", "Pakistani": "PAK", "Palestinian": "PSE",
    "Panamanian": "PAN", "Paraguayan": "PRY", "Peruvian": "PER", "Polish": "POL",
    "Pole": "POL", "Portuguese": "PRT", "Qatari": "QAT", "Romanian": "ROU",
    "Russian": "RUS", "Soviet": "SUN", "Rwandan": "RWA", "Saudi": "SAU",
    "Saudi Arabian": "SAU", "Senegalese": "SEN", "Serb": "SRB", "Serbian": "SRB",
    "Sierra Leonean": "SLE", "Singaporean": "SGP", "Slovak": "SVK", "Slovenian": "SVN",
    "Slovene": "SVN", "Somali": "SOM", "Somalian": "SOM", "South African": "ZAF",
    "Spanish": "ESP", "Spaniard": "ESP", "Sri Lankan": "LKA", "Sudanese": "SDN",
    "Swedish": "SWE", "Swede": "SWE", "Swiss": "CHE", "Syrian": "SYR", "Taiwanese": "TWN",
    "Tajik": "TJK", "Tanzanian": "TZA", "Thai": "THA", "Togolese": "TGO",
    "Tunisian": "TUN", "Turkish": "TUR", "Turk": "TUR", "Turkmen": "TKM", "Ugandan": "UGA",
    "Ukrainian": "UKR", "Emirati": "ARE", "American": "USA", "Uruguayan": "URY",
    "Uzbek": "UZB", "Venezuelan": "VEN", "Vietnamese": "VNM", "Yemeni": "YEM",
    "Yemenite": "YEM", "Yugoslav": "YUG", "Yugoslavian": "YUG", "Zambian": "ZMB",
    "Zimbabwean": "ZWE", "Rhodesian": "ZWE", "Basque": "ESP", "Catalan": "ESP",
    "Corsican": "FRA", "Chechen": "RUS", "Kashmiri": "IND", "Tamil": "LKA",
    "Sikh": "IND", "Kurdish": "IRQ", "Kurd": "IRQ", "Ulster": "GBR",
}  # fmt: skip

# Plural nouns that are not the adjective plus "s".
_IRREGULAR_PLURALS: dict[str, str] = {
    "Filipinos": "PHL", "Britons": "GBR", "Frenchmen": "FRA", "Dutchmen": "NLD",
    "Swedes": "SWE", "Danes": "DNK", "Finns": "FIN", "Poles": "POL", "Spaniards": "ESP",
    "Turks": "TUR", "Croats": "HRV", "Serbs": "SRB", "Kurds": "IRQ", "Saudis": "SAU",
    "Israelis": "ISR", "Iraqis": "IRQ", "Pakistanis": "PAK", "Afghans": "AFG",
    "Somalis": "SOM", "Yemenis": "YEM", "Kuwaitis": "KWT", "Omanis": "OMN",
    "Qataris": "QAT", "Bahrainis": "BHR", "Bangladeshis": "BGD", "Nepalis": "NPL",
    "Thais": "THA", "Emiratis": "ARE",
}  # fmt: skip

# Words that look like demonyms but in these texts rarely place an incident.
def demonym_table() -> dict[str, str]:
    """Adjectives, their regular plurals and the irregular plurals → alpha-3."""
    table = dict(DEMONYMS)
    for word, code in DEMONYMS.items():
        if not word.endswith(("ese", "ish", "ch", "ss", "i")) and " " not in word:
            table.setdefault(word + "s", code)
    table.update(_IRREGULAR_PLURALS)
    return table
