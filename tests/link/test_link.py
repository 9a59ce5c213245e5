"""Linking frames to stored incidents: candidates and scores with reasons."""

from __future__ import annotations

import pytest

from dateline.link import link_frame, score
from dateline.model import PartialDate
from dateline.text.types import Frame


def _frame(**fields) -> Frame:
    return Frame(id="frame-1", **fields)


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (_frame(start=PartialDate(1996, 12, 17), end=PartialDate(1997, 4, 22), country="PER", city="Lima"),
         "1996-12-17-lima-japanese-residence-siege"),
        (_frame(start=PartialDate(1996, 12), country="PER", kinds=["hostage_barricade"]),
         "1996-12-17-lima-japanese-residence-siege"),
        (_frame(start=PartialDate(1979, 11, 4), country="IRN"), "1979-11-04-tehran-us-embassy-seizure"),
        (_frame(country="PER", perpetrators=["Túpac Amaru Revolutionary Movement"], perpetrator_ids=["mrta"]),
         "1996-12-17-lima-japanese-residence-siege"),
    ],
)  # fmt: skip
def test_best_link(store, frame: Frame, expected: str) -> None:
    links = link_frame(store, frame)
    assert links and links[0].id == expected
    assert 0 < links[0].score <= 1 and links[0].why


def test_nothing_near_gives_no_link(store) -> None:
    assert link_frame(store, _frame(start=PartialDate(1890, 1, 1), country="PER")) == []


def test_score_explains_each_point(store) -> None:
    incident = store.get_incident("1996-12-17-lima-japanese-residence-siege")
    points, why = score(_frame(start=PartialDate(1996, 12, 17), country="PER", city="Lima", killed=17), incident)
    assert points > 0.6
    assert any("start" in w for w in why) and any("country" in w for w in why) and any("city" in w for w in why)
    assert any("killed" in w for w in why)
