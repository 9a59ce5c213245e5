"""Integrity of the packaged built-in dataset (src/dateline/data): the curated facts."""

from __future__ import annotations

import functools
import re
from collections import Counter

import pytest

from dateline.data.loader import BuiltinDataset, load_builtin
from dateline.model import KINDS, PartialDate, Precision
from dateline.stats import coverage


@functools.cache
def dataset() -> BuiltinDataset:
    return load_builtin()  # raises DataError listing every file:line problem


def test_every_record_validates() -> None:
    assert dataset().incidents


def test_coverage_targets() -> None:
    report = coverage(dataset().incidents)
    assert report["incidents"] >= 600
    assert report["month_days_covered"] >= 340, report["month_days_missing"]
    assert report["countries"] >= 60
    assert report["first_year"] <= 1900 and report["last_year"] >= 2020
    assert report["uncited"] == 0
    shares = {decade: count / report["incidents"] for decade, count, _ in report["decades"]}
    assert max(shares.values()) <= 0.25, shares


def test_every_kind_is_represented() -> None:
    kinds = Counter(k for i in dataset().incidents for k in i.kinds)
    assert {k for k in KINDS if k != "unknown"} <= set(kinds)


def test_multi_day_incidents_carry_their_end() -> None:
    multi = [i for i in dataset().incidents if i.end is not None]
    assert len(multi) >= 40
    for incident in multi:
        assert incident.end.latest() >= incident.start.earliest(), incident.id


def test_ids_are_stable_slugs() -> None:
    for incident in dataset().incidents:
        assert re.fullmatch(r"\d{4}(-\d{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*", incident.id), incident.id
        assert incident.id.startswith(incident.start.iso()), incident.id
    for group in dataset().groups:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", group.id), group.id


def test_no_two_records_for_the_same_incident() -> None:
    seen: dict[tuple[str, str, str], str] = {}
    for incident in dataset().incidents:
        if incident.start.precision < Precision.DAY:
            continue
        key = (incident.start.iso(), incident.country or "", (incident.city or "").lower())
        assert key not in seen, f"{incident.id} and {seen[key]} look like one incident"
        seen[key] = incident.id


def test_groups_table() -> None:
    groups = dataset().groups
    assert len(groups) >= 150
    for group in groups:
        assert group.sources, group.id
        if group.founded and group.dissolved:
            assert group.founded <= group.dissolved, group.id


def test_perpetrators_acted_while_their_group_existed() -> None:
    groups = {g.id: g for g in dataset().groups}
    for incident in dataset().incidents:
        for perpetrator in incident.perpetrators:
            group = groups[perpetrator.group_id]
            # A year of slack: founding and dissolution dates are often disputed.
            if group.founded:
                assert incident.start.year >= group.founded - 1, (incident.id, group.id)
            if group.dissolved:
                assert incident.start.year <= group.dissolved + 1, (incident.id, group.id)


@pytest.mark.parametrize(
    ("incident_id", "start", "end", "country", "facts"),
    [
        ("1996-12-17-lima-japanese-residence-siege", "1996-12-17", "1997-04-22", "PER",
         {"killed": 17, "killed_perpetrators": 14, "hostages_held_to_end": 72}),
        ("1979-11-04-tehran-us-embassy-seizure", "1979-11-04", "1981-01-20", "IRN",
         {"hostages_held_to_end": 52}),
    ],
)
def test_reference_incidents(incident_id: str, start: str, end: str, country: str, facts: dict) -> None:
    incident = next(i for i in dataset().incidents if i.id == incident_id)
    assert (incident.start, incident.end, incident.country) == (
        PartialDate.parse(start), PartialDate.parse(end), country)
    for key, value in facts.items():
        assert getattr(incident, key) == value
