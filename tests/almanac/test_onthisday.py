from __future__ import annotations

import pytest

from dateline.almanac.onthisday import (
    anniversaries_on,
    parse_month_day,
    round_anniversary_boost,
)
from dateline.errors import InvalidInput
from dateline.model import Incident, PartialDate
from dateline.store.store import Store

LIMA = "1996-12-17-lima-japanese-residence-siege"
TEHRAN = "1979-11-04-tehran-us-embassy-seizure"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("04-22", (4, 22)), ("02-29", (2, 29)), ("12-31", (12, 31)), ("1-1", (1, 1))],
)
def test_parse_month_day(text: str, expected: tuple[int, int]) -> None:
    assert parse_month_day(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [("13-45", "no month 13"), ("02-30", "February has no day 30"), ("04-31", "April has no day 31"),
     ("0422", "not a month-day"), ("april 22", "not a month-day"), ("", "not a month-day")],
)
def test_bad_month_day(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_month_day(text)


@pytest.mark.parametrize(
    ("years_ago", "boost"),
    [(0, 0.0), (1, 0.0), (9, 0.0), (10, 3.0), (20, 3.0), (25, 6.0), (30, 3.0), (50, 6.0),
     (75, 6.0), (100, 6.0), (125, 6.0), (29, 0.0)],
)
def test_round_anniversary_boost(years_ago: int, boost: float) -> None:
    assert round_anniversary_boost(years_ago)[0] == boost


def test_lima_is_listed_on_its_end_day(store: Store) -> None:
    items = anniversaries_on(store, 4, 22, reference_year=2026)
    lima = next(a for a in items if a.incident.id == LIMA)
    assert lima.anniversary == "end"
    assert lima.years_ago == 29
    assert lima.lede.startswith("On this day in 1997, the 126-day ")
    assert "Lima, Peru" in lima.lede and lima.lede.endswith("ended, leaving 17 people dead.")
    assert "17 killed" in " ".join(lima.why)
    assert items[0].incident.id == LIMA  # the landmark siege outranks the fixtures


def test_tehran_is_listed_on_its_start_day(store: Store) -> None:
    items = anniversaries_on(store, 11, 4, reference_year=2026)
    assert [(a.incident.id, a.anniversary) for a in items] == [(TEHRAN, "start")]
    assert items[0].to_dict()["end"] == "1981-01-20"


@pytest.mark.parametrize(("month", "day"), [(2, 29), (12, 31), (1, 1), (4, 22), (11, 4)])
def test_every_item_starts_or_ends_on_exactly_that_day(store: Store, month: int, day: int) -> None:
    for item in anniversaries_on(store, month, day, reference_year=2026):
        date = item.incident.end if item.anniversary == "end" else item.incident.start
        assert date is not None and date.month_day == (month, day)


def test_leap_day_incidents_show_on_feb_28_of_common_years(store: Store) -> None:
    common = anniversaries_on(store, 2, 28, reference_year=2027)
    assert [a.leap_day for a in common] == [True]
    assert "29 February" in " ".join(common[0].why)
    assert anniversaries_on(store, 2, 28, reference_year=2028) == []  # leap year: shown on the 29th
    assert [a.incident.id for a in anniversaries_on(store, 2, 29, reference_year=2028)] == [
        "1996-02-29-fixture-leap-day-bombing"
    ]


def test_round_anniversary_outranks_a_slightly_bigger_incident(store: Store) -> None:
    # In 2036 the 1986 minor bombing is 50 years old, the 1987 one 49: a real boost.
    plain = {a.incident.id: a.score for a in anniversaries_on(store, 4, 22, reference_year=2035)}
    boosted = {a.incident.id: a.score for a in anniversaries_on(store, 4, 22, reference_year=2036)}
    minor = "1986-04-22-fixture-minor-bombing"
    assert boosted[minor] == pytest.approx(plain[minor] + 6.0)


def test_top_five_mix_decades_and_countries(store: Store) -> None:
    extra = [
        Incident(id=f"x:{n}", title=f"Variety fixture {n}", start=PartialDate(2005 + n, 4, 22),
                 country="ITA", kinds=("bombing",), killed=1, dataset="gtd", source_id=str(n))
        for n in range(3)
    ]
    with store.write() as writer:
        writer.upsert_incidents(extra)
    top = anniversaries_on(store, 4, 22, reference_year=2026, limit=5)
    countries = [a.incident.country for a in top]
    decades = [a.year // 10 for a in top]
    assert max(countries.count(c) for c in countries) <= 2
    assert max(decades.count(d) for d in decades) <= 2
    # The three Spanish 1980s fixtures outrank the Italian ones on score alone.
    assert sum(1 for c in countries if c == "ITA") >= 1


def test_duplicates_from_other_datasets_are_listed_once(store: Store) -> None:
    copy = Incident(id="gtd:lima", title="Lima residence siege (GTD)", start=PartialDate(1996, 12, 17),
                    end=PartialDate(1997, 4, 22), country="PER", dataset="gtd", source_id="lima",
                    same_as=LIMA)
    with store.write() as writer:
        writer.upsert_incidents([copy])
    ids = [a.incident.id for a in anniversaries_on(store, 12, 17, reference_year=2026)]
    assert ids == [LIMA]
