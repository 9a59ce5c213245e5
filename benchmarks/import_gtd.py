"""Benchmark: importing a GTD-shaped CSV of 210,000 rows, against ``sqlite3 .import``.

Generates a CSV with the full GTD column set (135 columns, as in the 2018+ releases) and
realistic values — invented, not GTD's: dates 1970–2020 without 1993, unknown days and
months, extended incidents with resolution dates, historical country names, -99 counts,
hostage fields, summaries and citations on post-1997 rows, group names repeating as in
the real data. Then, in one run:

1. imports it into an empty store with ``dateline.store.importing.import_file`` in a child
   process (peak RSS measured with ``resource.getrusage(RUSAGE_CHILDREN)``);
2. times ``sqlite3 DB ".import --csv FILE t"`` on the same file as the baseline.

Targets (PRODUCT.md): import ≤ 3× the baseline's time, peak RSS ≤ 500 MB. CPU seconds are
printed next to wall-clock times: on a shared machine they vary less.

Usage:
    .venv/bin/python benchmarks/import_gtd.py [--rows 210000] [--keep DIR]
Needs the sqlite3 command-line shell (apt-get install sqlite3).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLUMNS = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "resolution", "country",
    "country_txt", "region", "region_txt", "provstate", "city", "latitude", "longitude",
    "specificity", "vicinity", "location", "summary", "crit1", "crit2", "crit3", "doubtterr",
    "alternative", "alternative_txt", "multiple", "success", "suicide", "attacktype1",
    "attacktype1_txt", "attacktype2", "attacktype2_txt", "attacktype3", "attacktype3_txt",
    "targtype1", "targtype1_txt", "targsubtype1", "targsubtype1_txt", "corp1", "target1",
    "natlty1", "natlty1_txt", "targtype2", "targtype2_txt", "targsubtype2", "targsubtype2_txt",
    "corp2", "target2", "natlty2", "natlty2_txt", "targtype3", "targtype3_txt", "targsubtype3",
    "targsubtype3_txt", "corp3", "target3", "natlty3", "natlty3_txt", "gname", "gsubname",
    "gname2", "gsubname2", "gname3", "gsubname3", "motive", "guncertain1", "guncertain2",
    "guncertain3", "individual", "nperps", "nperpcap", "claimed", "claimmode", "claimmode_txt",
    "claim2", "claimmode2", "claimmode2_txt", "claim3", "claimmode3", "claimmode3_txt",
    "compclaim", "weaptype1", "weaptype1_txt", "weapsubtype1", "weapsubtype1_txt", "weaptype2",
    "weaptype2_txt", "weapsubtype2", "weapsubtype2_txt", "weaptype3", "weaptype3_txt",
    "weapsubtype3", "weapsubtype3_txt", "weaptype4", "weaptype4_txt", "weapsubtype4",
    "weapsubtype4_txt", "weapdetail", "nkill", "nkillus", "nkillter", "nwound", "nwoundus",
    "nwoundte", "property", "propextent", "propextent_txt", "propvalue", "propcomment",
    "ishostkid", "nhostkid", "nhostkidus", "nhours", "ndays", "divert", "kidhijcountry",
    "ransom", "ransomamt", "ransomamtus", "ransompaid", "ransompaidus", "ransomnote",
    "hostkidoutcome", "hostkidoutcome_txt", "nreleased", "addnotes", "scite1", "scite2",
    "scite3", "dbsource", "INT_LOG", "INT_IDEO", "INT_MISC", "INT_ANY", "related"
)
assert len(COLUMNS) == 135

ATTACKS = ["Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
           "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
           "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"]
ATTACK_WEIGHTS = [6, 24, 48, 0.4, 0.6, 6, 6, 0.6, 4]
TARGETS = ["Business", "Government (General)", "Police", "Military", "Abortion Related",
           "Airports & Aircraft", "Government (Diplomatic)", "Educational Institution",
           "Food or Water Supply", "Journalists & Media", "Maritime", "NGO", "Other",
           "Private Citizens & Property", "Religious Figures/Institutions", "Telecommunication",
           "Terrorists/Non-State Militia", "Tourists", "Transportation", "Unknown", "Utilities",
           "Violent Political Party"]
WEAPONS = ["Biological", "Chemical", "Radiological", "Nuclear", "Firearms", "Explosives",
           "Fake Weapons", "Incendiary", "Melee", "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
           "Sabotage Equipment", "Other", "Unknown"]
WEAPON_FOR_ATTACK = {1: 5, 2: 5, 3: 6, 4: 5, 5: 5, 6: 5, 7: 8, 8: 9, 9: 13}
SUBTYPES = {5: [(2, "Automatic or Semi-Automatic Rifle"), (3, "Handgun"), (5, "Unknown Gun Type")],
            6: [(11, "Projectile (rockets, mortars, RPGs, etc.)"), (15, "Vehicle"),
                (16, "Unknown Explosive Type"), (13, "Suicide (carried bodily by human being)")],
            8: [(18, "Arson/Fire"), (20, "Gasoline or Alcohol")], 9: [(23, "Knife or Other Sharp Object")]}
# (GTD country code, name as GTD writes it, region code, region name, years it existed)
COUNTRIES = [
    (95, "Iraq", 10, "Middle East & North Africa", None), (153, "Pakistan", 6, "South Asia", None),
    (4, "Afghanistan", 6, "South Asia", None), (92, "India", 6, "South Asia", None),
    (45, "Colombia", 3, "South America", None), (160, "Philippines", 5, "Southeast Asia", None),
    (159, "Peru", 3, "South America", None), (61, "El Salvador", 2, "Central America & Caribbean", None),
    (233, "Northern Ireland", 8, "Western Europe", None), (209, "Turkey", 10, "Middle East & North Africa", None),
    (185, "Spain", 8, "Western Europe", None), (97, "Israel", 10, "Middle East & North Africa", None),
    (155, "West Bank and Gaza Strip", 10, "Middle East & North Africa", None),
    (362, "West Germany (FRG)", 8, "Western Europe", (1970, 1990)),
    (359, "Soviet Union", 12, "Russia & the Newly Independent States (NIS)", (1970, 1991)),
    (235, "Yugoslavia", 9, "Eastern Europe", (1970, 2002)), (229, "Zaire", 11, "Sub-Saharan Africa", (1970, 1997)),
    (403, "Rhodesia", 11, "Sub-Saharan Africa", (1970, 1979)), (428, "South Vietnam", 5, "Southeast Asia", (1970, 1975)),
    (167, "Russia", 12, "Russia & the Newly Independent States (NIS)", None),
    (217, "United States", 1, "North America", None), (69, "France", 8, "Western Europe", None),
    (98, "Italy", 8, "Western Europe", None), (183, "South Africa", 11, "Sub-Saharan Africa", None),
    (147, "Nigeria", 11, "Sub-Saharan Africa", None), (182, "Somalia", 11, "Sub-Saharan Africa", None),
    (200, "Syria", 10, "Middle East & North Africa", None), (228, "Yemen", 10, "Middle East & North Africa", None),
    (186, "Sri Lanka", 6, "South Asia", None), (60, "Egypt", 10, "Middle East & North Africa", None),
]
COUNTRY_WEIGHTS = [20, 12, 10, 10, 7, 6, 6, 4, 5, 4, 3, 2, 2, 1, 0.4, 0.8, 0.4, 0.3, 0.3, 2, 2, 2, 2, 3, 3, 3, 3, 2, 2, 2]
PROVINCES = ["Baghdad", "Nineveh", "Khyber Pakhtunkhwa", "Balochistan", "Kabul", "Kandahar",
             "Jammu and Kashmir", "Antioquia", "Lima", "Mindanao", "Belfast", "Unknown",
             "Île-de-France", "São Paulo", "Bogotá", "Borno", "Banaadir", "Aleppo", "Colombo"]
PLACE_PARTS = ["San", "Al", "Nueva", "Kara", "Bel", "Port", "Fort", "Ciudad", "Mont", "Saint"]
PLACE_STEMS = ["tara", "khel", "bad", "grad", "ville", "pur", "abad", "mosa", "tepe", "ría",
               "burg", "dale", "shahr", "kent", "ona", "ília", "ndo", "gama", "lu", "chen"]
GROUP_WORDS = ["People's", "Revolutionary", "Liberation", "Front", "Army", "Movement",
               "National", "Islamic", "Popular", "Brigades", "Resistance", "Union", "Armed",
               "Forces", "Command", "Council", "Democratic", "Workers'", "Patriotic", "Vanguard"]
SOURCES = ["Agence France Presse", "Associated Press", "BBC Monitoring", "Reuters", "Xinhua",
           "The New York Times", "El Tiempo", "Dawn", "The Hindu", "Al Jazeera"]
DBSOURCES = ["PGIS", "CETIS", "ISVG", "START Primary Collection", "CAIN", "UMD Schmid 2012"]


def _groups(rng: random.Random) -> list[str]:
    names = []
    for _ in range(600):
        words = rng.sample(GROUP_WORDS, rng.randint(2, 5))
        name = " ".join(words)
        acronym = "".join(w[0] for w in words if w[0].isalpha()).upper()
        names.append(f"{name} ({acronym})" if rng.random() < 0.7 else name)
    return names


def _place(rng: random.Random) -> str:
    return f"{rng.choice(PLACE_PARTS)} {rng.choice(PLACE_STEMS).capitalize()}{rng.choice(PLACE_STEMS)}"


def _sentence(rng: random.Random, words: int) -> str:
    pool = (
        "assailants", "attacked", "a", "checkpoint", "near", "the", "market", "killing",
        "several", "civilians", "and", "wounding", "others", "while", "security", "forces",
        "responded", "an", "explosive", "device", "detonated", "outside", "the", "office", "of",
        "the", "local", "council", "no", "group", "claimed", "responsibility", "police", "said",
        "the", "attack", "targeted", "officials", "travelling", "to", "the", "provincial",
        "capital"
    )
    return " ".join(rng.choice(pool) for _ in range(words)).capitalize() + "."


def generate(path: Path, rows: int, seed: int = 1970) -> None:
    rng = random.Random(seed)
    groups = _groups(rng)
    group_weights = [1 / (i + 1) ** 1.1 for i in range(len(groups))]
    cities = [_place(rng) for _ in range(4000)]
    years = [y for y in range(1970, 2021) if y != 1993]
    year_weights = [0.4 + (y - 1970) / 10 + (12 if y >= 2012 else 0) for y in years]
    day_counter: dict[str, int] = {}
    with path.open("w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(COLUMNS)
        # GTD files come in event-id order, which is date order.
        dates = sorted(
            (year, month, 0 if month == 0 or rng.random() < 0.01 else rng.randint(1, 28))
            for year, month in (
                (rng.choices(years, year_weights)[0], 0 if rng.random() < 0.001 else rng.randint(1, 12))
                for _ in range(rows)
            )
        )
        for year, month, day in dates:
            key = f"{year:04d}{month:02d}{day:02d}"
            day_counter[key] = day_counter.get(key, 0) + 1
            eventid = f"{key}{day_counter[key]:04d}"
            modern = year >= 1998
            while True:
                code, cname, region, rname, span = rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
                if span is None or span[0] <= year <= span[1]:
                    break
            attack = rng.choices(range(1, 10), ATTACK_WEIGHTS)[0]
            weapon = WEAPON_FOR_ATTACK[attack]
            sub = rng.choice(SUBTYPES.get(weapon, [(None, "")]))
            hostage = attack in (4, 5, 6)
            extended = hostage and rng.random() < 0.4
            resolution = ""
            ndays = nhours = ""
            if extended and month and day:
                length = rng.randint(2, 200)
                end_day = min(28, day + length % 20)
                end_month = min(12, month + length // 30)
                resolution = f"{end_month}/{end_day}/{year}" if rng.random() < 0.8 else ""
                ndays = str(length)
            elif hostage:
                nhours = str(rng.choice([-99, 2, 5, 12]))
            gname = "Unknown" if rng.random() < 0.45 else rng.choices(groups, group_weights)[0]
            nkill = rng.choice(["", "-99"]) if rng.random() < 0.06 else str(int(rng.expovariate(0.4)))
            nwound = "" if rng.random() < 0.09 else str(int(rng.expovariate(0.25)))
            target = rng.randint(1, 22)
            city = rng.choice(cities) if rng.random() < 0.95 else "Unknown"
            lat = f"{rng.uniform(-40, 60):.6f}" if rng.random() < 0.97 else ""
            lon = f"{rng.uniform(-120, 140):.6f}" if lat else ""
            summary = (f"{month:02d}/{day:02d}/{year}: " + _sentence(rng, rng.randint(25, 60))) if modern and rng.random() < 0.9 else ""
            scite = [
                f'"{_sentence(rng, 7)[:-1]}," {rng.choice(SOURCES)}, {rng.choice(["January", "May", "October"])} {rng.randint(1, 28)}, {year}.'
                if modern and rng.random() < (0.95, 0.7, 0.4)[i] else ""
                for i in range(3)
            ]
            row = dict.fromkeys(COLUMNS, "")
            row.update(
                eventid=eventid, iyear=year, imonth=month, iday=day,
                approxdate=(f"{['January', 'June', 'October'][month % 3]} {year}" if day == 0 else ""),
                extended=int(extended), resolution=resolution, country=code, country_txt=cname,
                region=region, region_txt=rname,
                provstate=rng.choice(PROVINCES), city=city, latitude=lat, longitude=lon,
                specificity=rng.choice([1, 1, 1, 1, 2, 3, 4, 5]) if lat else 5,
                vicinity=rng.choice([0, 0, 0, 1]),
                location=_sentence(rng, 8) if modern and rng.random() < 0.3 else "",
                summary=summary, crit1=1, crit2=1, crit3=rng.choice([0, 1, 1, 1]),
                doubtterr=rng.choice([0, 0, 0, 1]) if modern else -9,
                multiple=rng.choice([0, 0, 1]), success=rng.choice([0, 1, 1, 1, 1]),
                suicide=int(rng.random() < 0.03), attacktype1=attack, attacktype1_txt=ATTACKS[attack - 1],
                targtype1=target, targtype1_txt=TARGETS[target - 1], targsubtype1=rng.randint(1, 110),
                targsubtype1_txt="Unnamed Civilian/Unspecified", corp1=f"{rng.choice(PLACE_STEMS).capitalize()} Ministry",
                target1=_sentence(rng, 4), natlty1=code, natlty1_txt=cname, gname=gname,
                motive=_sentence(rng, 20) if modern and rng.random() < 0.3 else "",
                guncertain1=0, individual=0, nperps=rng.choice(["-99", "", "2", "4"]),
                nperpcap=rng.choice(["-99", "0", ""]), claimed=rng.choice(["0", "1", ""]),
                weaptype1=weapon, weaptype1_txt=WEAPONS[weapon - 1],
                weapsubtype1=sub[0] or "", weapsubtype1_txt=sub[1],
                weapdetail=_sentence(rng, 6) if rng.random() < 0.5 else "",
                nkill=nkill, nkillus=0, nkillter=rng.choice(["0", "", "1"]), nwound=nwound,
                nwoundus=0, nwoundte=rng.choice(["0", ""]), property=rng.choice([-9, 0, 1]),
                propextent=rng.choice(["", "3", "4"]), propextent_txt=rng.choice(["", "Minor (likely < $1 million)"]),
                propvalue=rng.choice(["", "-99", "5000"]),
                propcomment=_sentence(rng, 10) if rng.random() < 0.2 else "",
                ishostkid=int(hostage), nhostkid=(rng.choice(["-99", "3", "12", "140"]) if hostage else ""),
                nhours=nhours, ndays=ndays, ransom=(rng.choice(["0", "1", "-9"]) if hostage else ""),
                hostkidoutcome=(rng.randint(1, 7) if hostage else ""),
                hostkidoutcome_txt=(["Attempted Rescue", "Hostage(s) released by perpetrators",
                                     "Hostage(s) escaped (not during rescue attempt)",
                                     "Hostage(s) killed (not during rescue attempt)", "Successful Rescue",
                                     "Combination", "Unknown"][rng.randint(0, 6)] if hostage else ""),
                nreleased=(rng.choice(["-99", "3", "10"]) if hostage else ""),
                addnotes=_sentence(rng, 25) if modern and rng.random() < 0.25 else "",
                scite1=scite[0], scite2=scite[1], scite3=scite[2], dbsource=rng.choice(DBSOURCES),
                INT_LOG=rng.choice([-9, 0, 1]), INT_IDEO=rng.choice([-9, 0, 1]),
                INT_MISC=rng.choice([0, 1]), INT_ANY=rng.choice([-9, 0, 1]),
            )
            out.writerow(row.values())


def _children_cpu() -> float:
    """User + system CPU seconds of the children that have ended (robust on a busy machine)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


_CHILD = """
import json, sys, time
from dateline.store.store import Store
from dateline.store.importing import import_file
started = time.perf_counter()
with Store.open(sys.argv[1], load_builtin=False) as store:
    report = import_file(store, "gtd", sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - started, "imported": report.imported,
                  "skipped": report.skipped, "rows": report.rows}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=210_000)
    parser.add_argument("--keep", type=Path, help="Write the CSV and databases here and keep them.")
    args = parser.parse_args(argv)
    sqlite3_cli = shutil.which("sqlite3")
    if sqlite3_cli is None:
        print("the sqlite3 command-line shell is missing: apt-get install sqlite3", file=sys.stderr)
        return 2
    folder = args.keep or Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        csv_path = folder / "gtd_like.csv"
        started = time.perf_counter()
        generate(csv_path, args.rows)
        size = csv_path.stat().st_size
        print(f"generated {args.rows:,} rows × {len(COLUMNS)} columns, {size / 1e6:.0f} MB "
              f"in {time.perf_counter() - started:.1f} s: {csv_path}")

        db = folder / "import.db"
        db.unlink(missing_ok=True)
        cpu, started = _children_cpu(), time.perf_counter()
        child = subprocess.run([sys.executable, "-c", _CHILD, str(db), str(csv_path)],
                               capture_output=True, text=True, check=False)
        import_seconds, import_cpu = time.perf_counter() - started, _children_cpu() - cpu
        if child.returncode != 0:
            print(child.stderr, file=sys.stderr)
            return 1
        result = json.loads(child.stdout)
        # Only the import child has ended so far: the children's peak is the import's.
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        baseline_db = folder / "baseline.db"
        baseline_db.unlink(missing_ok=True)
        cpu, started = _children_cpu(), time.perf_counter()
        subprocess.run([sqlite3_cli, str(baseline_db), f".import --csv {csv_path} t"], check=True)
        baseline_seconds, baseline_cpu = time.perf_counter() - started, _children_cpu() - cpu

        ratio = import_seconds / baseline_seconds
        print(f"dateline import gtd : {import_seconds:6.1f} s wall, {import_cpu:6.1f} s CPU  "
              f"({result['imported']:,} imported, {result['skipped']:,} skipped)")
        print(f"sqlite3 .import     : {baseline_seconds:6.1f} s wall, {baseline_cpu:6.1f} s CPU  (baseline)")
        print(f"ratio               : {ratio:6.2f}× wall, {import_cpu / baseline_cpu:.2f}× CPU  "
              f"(target ≤ 3×)  {'OK' if ratio <= 3 else 'MISSED'}")
        print(f"peak RSS of import  : {peak_mb:6.0f} MB (target ≤ 500 MB)  {'OK' if peak_mb <= 500 else 'MISSED'}")
        return 0 if ratio <= 3 and peak_mb <= 500 else 1
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
