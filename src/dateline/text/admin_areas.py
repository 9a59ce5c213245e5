"""Districts, quarters and areas that news of political violence names and that neither
ISO 3166-2 (provinces only) nor geonames' towns list under the name the press uses.

Written for Dateline from general geography, not from any dataset's rows: the districts
of Jammu and Kashmir, the Basque provinces under their Spanish and Basque names, Israeli
settlement blocs in Gaza and the West Bank (PSE: where they are), and the like. Each name
→ ISO 3166-1 alpha-3 of the country it lies in. ``QUARTERS`` holds quarters of cities,
which are recorded in their city.
"""

from __future__ import annotations

ADMIN_AREAS: dict[str, str] = {
    # Jammu and Kashmir: districts and tehsils
    "Rajouri": "IND", "Rajauri": "IND", "Poonch": "IND", "Budgam": "IND", "Badgam": "IND",
    "Baramulla": "IND", "Baramula": "IND", "Varmul": "IND", "Bandipora": "IND",
    "Bandipore": "IND", "Kupwara": "IND", "Handwara": "IND", "Sopore": "IND",
    "Ganderbal": "IND", "Tangmarg": "IND", "Pulwama": "IND", "Shopian": "IND",
    "Kulgam": "IND", "Anantnag": "IND", "Tral": "IND", "Doda": "IND", "Kishtwar": "IND",
    "Ramban": "IND", "Reasi": "IND", "Udhampur": "IND", "Kathua": "IND", "Mendhar": "IND",
    "Surankote": "IND", "Bhaderwah": "IND", "Kargil": "IND", "Pahalgam": "IND",
    # Indian districts often named alone
    "Dantewada": "IND", "Dantewara": "IND", "Bastar": "IND", "Gadchiroli": "IND",
    "Cachar": "IND", "Udalguri": "IND", "Kokrajhar": "IND", "Imphal": "IND",
    # Nepal's districts
    "Udayapur": "NPL", "Udipur": "NPL", "Rolpa": "NPL", "Rukum": "NPL", "Doti": "NPL",
    "Ramechhap": "NPL", "Kailali": "NPL", "Bardiya": "NPL", "Sindhuli": "NPL", "Lalitpur District": "NPL", "Chitwan": "NPL", "Rupandehi": "NPL",
    # Spain's Basque Country and Navarre
    "Guipuzcoa": "ESP", "Gipuzkoa": "ESP", "Guipuzkoa": "ESP", "Vizcaya": "ESP",
    "Bizkaia": "ESP", "Biscay": "ESP", "Alava": "ESP", "Araba": "ESP", "Getxo": "ESP",
    "Vitoria-Gasteiz": "ESP", "Gasteiz": "ESP", "Donostia": "ESP",
    # towns around Baghdad
    "Madain": "IRQ",
    "Mada'in": "IRQ", "Taji": "IRQ", "Tarmiyah": "IRQ", "Latifiyah": "IRQ",
    "Yusifiyah": "IRQ", "Mahmudiyah": "IRQ", "Iskandariyah": "IRQ", "Tal Afar": "IRQ",
    "Tall Afar": "IRQ", "Hawija": "IRQ", "Hawijah": "IRQ", "Baqubah": "IRQ",
    "Baquba": "IRQ", "Muqdadiyah": "IRQ", "Khalis": "IRQ", "Balad": "IRQ",
    "Samarra": "IRQ", "Tikrit": "IRQ", "Fallujah": "IRQ", "Ramadi": "IRQ", "Haditha": "IRQ",
    "Suwayra": "IRQ", "Jurf al-Sakhar": "IRQ", "Jurf al-Milh": "IRQ",
    # Settlement blocs and crossings in Gaza and the West Bank
    "Gush Katif": "PSE", "Qatif Bloc": "PSE", "Katif Bloc": "PSE", "Neve Dekalim": "PSE",
    "Netzarim": "PSE", "Kfar Darom": "PSE", "Erez Crossing": "PSE",
    "Gush Etzion": "PSE", "Khan Yunis": "PSE", "Khan Younis": "PSE", "Khan Yunus": "PSE",
    "Beit Hanoun": "PSE", "Beit Lahiya": "PSE", "Deir al-Balah": "PSE",
    # settlements: Gaza's until 2005, the West Bank's
    "Neve Deqalim": "PSE", "Morag": "PSE", "Gadid": "PSE", "Ganei Tal": "PSE",
    "Rafiah Yam": "PSE", "Nisanit": "PSE", "Dugit": "PSE", "Elei Sinai": "PSE", "Atzmona": "PSE",
    "Pe'at Sadeh": "PSE", "Gan Or": "PSE", "Kiryat Arba": "PSE", "Qiryat Arba": "PSE",
    "Efrat": "PSE", "Ofra": "PSE", "Itamar": "PSE", "Elon Moreh": "PSE", "Elon More": "PSE",
    "Beit El": "PSE", "Psagot": "PSE", "Ma'ale Adumim": "PSE", "Kedumim": "PSE",
    "Karnei Shomron": "PSE", "Shilo": "PSE", "Yitzhar": "PSE", "Kiryat Netafim": "PSE",
    # Israeli communities by the Gaza Strip, under fire from it
    "Kissufim": "ISR", "Nir Yitzhak": "ISR", "Nir Yitzhaq": "ISR", "Kfar Aza": "ISR",
    "Kfar Azza": "ISR", "Nahal Oz": "ISR", "Nir Oz": "ISR", "Ein HaShlosha": "ISR",
    "Nirim": "ISR", "Kerem Shalom": "ISR", "Netiv HaAsara": "ISR", "Nativ Ha'asara": "ISR",
    "Zikim": "ISR", "Ziqim": "ISR", "Yad Mordechai": "ISR", "Mefalsim": "ISR", "Be'eri": "ISR",
    "Re'im": "ISR", "Mivtahim": "ISR", "Ashqelon": "ISR", "Sederot": "ISR", "Netivot": "ISR",
    # Southern Thailand, Mindanao, Chechnya, Northern Ireland, Corsica
    "Sungai Kolok": "THA", "Sungai Golok": "THA", "Tak Bai": "THA", "Rueso": "THA",
    "Bannang Sata": "THA", "Saiburi": "THA", "Sai Buri": "THA",
    "Maguindanao": "PHL", "Cotabato": "PHL", "Zamboanga": "PHL",
    "Urus-Martan": "RUS", "Vedeno": "RUS", "Gudermes": "RUS",
    "Nazran": "RUS", "Londonderry": "GBR", "Derry": "GBR", "South Armagh": "GBR",
    "County Antrim": "GBR", "County Down": "GBR", "County Armagh": "GBR",
    "County Tyrone": "GBR", "County Fermanagh": "GBR",
    # Afghanistan and Pakistan
    "Spin Boldak": "AFG", "Zormat": "AFG", "Zurmat": "AFG", "Wardag": "AFG",
    "Zabol": "AFG", "Nimroz": "AFG", "Jowzjan": "AFG", "Kurram": "PAK",
    "Mohmand": "PAK", "Orakzai": "PAK", "Buner": "PAK", "Dera Bugti": "PAK", "Sui": "PAK",
}  # fmt: skip

# Quarters of a city that the news names alone ("a bomb in Karrada"): the incident is
# recorded in the city. Name → (alpha-3, the city's name as the gazetteer has it).
QUARTERS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        ["Green Zone", "International Zone", "Kazimiyah", "Kadhimiya", "Kadhimiyah", "Adhamiyah",
         "Adhamiya", "Azamiyah", "Karrada", "Karada", "Zayouna", "Zayuna", "Doura", "Dora", "Mansour",
         "Sadr City", "Ghazaliya", "Ghazaliyah", "Shula", "Shuala", "Saydiya", "Bayaa", "Yarmouk",
         "Jadiriya", "Jadiriyah", "Waziriya", "Bab al-Sharji", "Bab al-Muadham", "Rusafa", "Karkh",
         "New Baghdad", "Hurriya", "Amil", "Amiriya", "Amiriyah"],
        ("IRQ", "Baghdad"),
    ),
    **dict.fromkeys(["Exarchia", "Exarkhia", "Kolonaki", "Pangrati", "Kypseli"], ("GRC", "Athens")),
    **dict.fromkeys(["Shankill", "Ardoyne", "Ballymurphy", "Andersonstown"], ("GBR", "Belfast")),
    **dict.fromkeys(["Bogside", "Creggan"], ("GBR", "Londonderry")),
    **dict.fromkeys(["Achrafieh", "Ashrafieh", "Dahiyeh", "Dahiya", "Haret Hreik"], ("LBN", "Beirut")),
    **dict.fromkeys(["Lyari", "Orangi Town", "Gulshan-e-Iqbal", "Saddar"], ("PAK", "Karachi")),
    **dict.fromkeys(["Beyoglu", "Beyoğlu", "Taksim", "Kadikoy", "Kadıköy", "Sisli", "Şişli"], ("TUR", "Istanbul")),
    **dict.fromkeys(["Karte Parwan", "Wazir Akbar Khan", "Shar-e Naw", "Shahr-e Naw"], ("AFG", "Kabul")),
}  # fmt: skip
