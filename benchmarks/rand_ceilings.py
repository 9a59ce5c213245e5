"""How far can the country and city fields of ``eval_rand.py`` go? What the texts tell at all.

    python benchmarks/eval_rand.py --no-speed --dump /tmp/rand.jsonl
    python benchmarks/rand_ceilings.py /tmp/rand.jsonl

For every row whose country was missed, looks for *any* sign of RAND's country in the text:
a country, demonym, province or town mention of that country (whatever the analysis chose),
a group whose home it is, a country cue ("the Ertzaintza"), or any capitalised word or pair
that names a town of that country in the gazetteer or the villages table. Prints:

- misses where both RAND and the analysis say Israel / West Bank-Gaza (RAND codes the same
  places either way by period: rockets on Sderot are "West Bank/Gaza" in 2004–2005 and
  "Israel" from 2006, with no date in most texts);
- misses with no evidence at all of RAND's country;
- the accuracy if every other miss were fixed (an upper bound, not a promise).

For the city: rows whose text names RAND's city nowhere, neither as RAND writes it nor under
any name the gazetteer gives that city (RAND often codes the district, the province or a
nearby town instead of the place the text names).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import eval_rand  # the benchmark's own country mapping and store

from dateline.names import normalize_name
from dateline.text.country_cues import country_cues
from dateline.text.gazetteer import gazetteer
from dateline.text.localities import localities
from dateline.text.pipeline import analyze

NAME = re.compile(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?")
ENTWINED = {"ISR", "PSE"}


def evidence(text: str, store: object) -> set[str]:
    """Every country the text could be pointing at, however weakly."""
    found: set[str] = set()
    for mention in analyze(text, store=store).mentions:  # type: ignore[arg-type]
        if mention.place is not None and mention.place.country:
            found.add(mention.place.country)
        if mention.group is not None and mention.group.country:
            found.add(mention.group.country)
    found |= {code for _, _, code in country_cues(text)}
    gaz = gazetteer()
    for name in set(NAME.findall(text)):
        key = normalize_name(name)
        found |= {city.country for city in gaz.cities.get(key, ())}
        found |= {town.country for town in localities().lookup(key)}
    return found


def names_city(text: str, city: str) -> bool:
    """Whether the text names this city, as written or under a gazetteer name of it."""
    words = f" {normalize_name(text)} "
    key = normalize_name(city.split(",")[0])
    names = {key}
    for known in gazetteer().cities.get(key, ()):
        names |= {normalize_name(part) for part in known.name.split(" / ")} | {normalize_name(known.name)}
    return any(f" {name} " in words for name in names if name)


def main() -> None:
    rows = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()]
    store = eval_rand.open_store()
    misses = [row for row in rows if "country" in row["missed"]]
    swapped = unseen = 0
    for row in misses:
        wanted = eval_rand.rand_country(row["rand"]["Country"])
        predicted = (row["frame"] or {}).get("country")
        if wanted in ENTWINED and predicted in ENTWINED:
            swapped += 1
        elif not any(eval_rand.same_country(wanted, code) for code in evidence(row["text"], store)):
            unseen += 1
    total = len(rows)
    print(f"rows {total:,}; country missed {len(misses):,} ({100 * len(misses) / total:.1f}%)")
    print(f"  Israel / West Bank-Gaza swapped: {swapped:,} ({100 * swapped / total:.1f}% of rows)")
    print(f"  no evidence of RAND's country in the text: {unseen:,} ({100 * unseen / total:.1f}% of rows)")
    print(f"  upper bound if every other miss were fixed: {100 * (1 - (swapped + unseen) / total):.1f}%")
    with_city = [row for row in rows if row["rand"]["City"].strip()]
    unnamed = [row for row in with_city if not names_city(row["text"], row["rand"]["City"])]
    # Some of those are still found: an embassy with no town named is in the capital.
    lost = sum("city" in row["missed"] for row in unnamed)
    print(f"rows with a RAND city {len(with_city):,}; the text names it nowhere: {len(unnamed):,} "
          f"({100 * len(unnamed) / len(with_city):.1f}%), of them missed: {lost:,}; "
          f"upper bound {100 * (1 - lost / len(with_city)):.1f}%")


if __name__ == "__main__":
    main()
