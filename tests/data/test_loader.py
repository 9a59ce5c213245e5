from __future__ import annotations

from pathlib import Path

import pytest

from dateline.data.loader import load_builtin
from dateline.errors import DataError

GROUP = """- id: flf
  name: Fictional Liberation Front
  short: FLF
  country: FRA
  sources: [{title: Fixture, url: "https://example.org/flf"}]
"""

GOOD = """- id: 1990-05-01-fixture
  title: Fixture incident
  start: "1990-05-01"
  country: FRA
  kinds: [bombing]
  perpetrators: [FLF]
  summary: A fixture.
  sources: [{title: Fixture, url: "https://example.org/x"}]
"""


def write_dataset(root: Path, incidents: str, groups: str = GROUP) -> Path:
    (root / "groups").mkdir(parents=True)
    (root / "incidents").mkdir()
    (root / "groups" / "g.yaml").write_text(groups)
    (root / "incidents" / "05.yaml").write_text(incidents)
    return root


def test_good_record_loads(tmp_path: Path) -> None:
    dataset = load_builtin(write_dataset(tmp_path, GOOD))
    [incident] = dataset.incidents
    assert incident.perpetrators[0].group_id == "flf"
    assert incident.killed is None and incident.start.iso() == "1990-05-01"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('start: "1990-05-01"', 'start: "1990-02-30"'), "incidents/05.yaml:1: 'start': February 1990 has no day 30"),
        (('start: "1990-05-01"', 'start: "1990-05-01"\n  end: "1989-01-01"'), "end 1989-01-01 is before start"),
        (("country: FRA", "country: XYZ"), "'country': 'XYZ' is not an ISO 3166-1 alpha-3 code"),
        (("country: FRA", "country: France"), "is not an ISO 3166-1 alpha-3 code"),
        (("perpetrators: [FLF]", "perpetrators: [Nobody Front]"), "perpetrator 'Nobody Front' matches no group"),
        (("kinds: [bombing]", "kinds: [arson]"), "'kinds': unknown value 'arson'"),
        (('  sources: [{title: Fixture, url: "https://example.org/x"}]\n', ""), "every record needs at least one source"),
        (('url: "https://example.org/x"', 'url: "example.org"'), "source url must be http(s)"),
        (("summary: A fixture.", "summary: A fixture.\n  killed: -1"), "'killed' must be a whole number"),
        (("summary: A fixture.", "summary: A fixture.\n  killed: 2\n  killed_perpetrators: 3"), "exceeds 'killed'"),
        (("summary: A fixture.", "summary: A fixture.\n  colour: red"), "unknown field(s): colour"),
        (("id: 1990-05-01-fixture", "id: 1991-05-01-fixture"), "should begin with the start year 1990"),
    ],
)
def test_problems_name_file_and_line(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    text = GOOD.replace(*change)
    assert text != GOOD
    with pytest.raises(DataError) as caught:
        load_builtin(write_dataset(tmp_path, text))
    assert any(message in str(p) for p in caught.value.problems), caught.value.problems
    assert all(str(p).startswith("incidents/05.yaml:") for p in caught.value.problems)


def test_duplicate_ids_and_lines(tmp_path: Path) -> None:
    with pytest.raises(DataError) as caught:
        load_builtin(write_dataset(tmp_path, GOOD + GOOD))
    assert [str(p) for p in caught.value.problems] == [
        "incidents/05.yaml:9: incident id '1990-05-01-fixture' already at incidents/05.yaml:1"
    ]


def test_alias_owned_by_two_groups(tmp_path: Path) -> None:
    other = GROUP.replace("id: flf", "id: other").replace("name: Fictional Liberation Front", "name: Other")
    with pytest.raises(DataError, match="name 'FLF' also belongs to group 'flf'"):
        load_builtin(write_dataset(tmp_path, GOOD, GROUP + other))


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"incidents/05.yaml:\d+: not valid YAML"):
        load_builtin(write_dataset(tmp_path, GOOD + "- id: [unclosed\n"))
