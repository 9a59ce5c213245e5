"""Counts of people: invented sentences → (value, role) of each count the finder keeps.

Grouped by what the sentence does: a number with its verb before or after, a number that
is no count of people, the same people told twice, people told one by one without a
number, and deaths told without a number.
"""

from __future__ import annotations

import pytest

from dateline.text.person_phrases import people_in


def _counts(analysis) -> list[tuple[int, str | None]]:
    found = [m for m in analysis.mentions if m.kind == "count" and m.count is not None]
    return sorted(((m.count.value, m.count.role) for m in found if m.count.role is not None), key=str)


def _sorted(expected: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after a longer noun phrase: relative clause, parentheses, "killed by"
        ("Six drivers who were carrying flour to Ulmen were killed by gunmen.", [(6, "killed")]),
        ("Twelve farmers from Tarvo (Ulmen province) were killed.", [(12, "killed")]),
        ("Three clerks employed by the council killed by a bomb in Tarvo.", [(3, "killed")]),
        ("Four Danish mapmakers were hacked to death.", [(4, "killed")]),
        ("Two men aged 37 and 42 were shot dead in Ulmen.", [(2, "killed")]),
        ("A bomb left two guards (one of them a cook) dead.", [(2, "killed")]),
        # a chain of verbs ends in death
        ("Two teachers were kidnapped and later killed in Tarvo.", [(2, "killed")]),
        ("Three guards were fatally wounded.", [(3, "killed")]),
        # the count did it, to someone else: "ten gunmen killed a clerk"
        ("Ten gunmen killed a clerk in Ulmen.", [(1, "killed"), (10, "perpetrators")]),
        # a suicide bomber's own death is counted where told ("blew himself up"), not inferred
        ("A suicide bomber killed eight policemen in Tarvo.", [(8, "killed")]),
        # members of a family or a council are no perpetrators
        ("Four members of a family were killed in Tarvo.", [(4, "killed")]),
        ("Two members of the Ulmen Liberation Front were killed.", [(2, "perpetrators_killed")]),
        ("A blast killed one policeman and wounded two others.", [(1, "killed"), (2, "injured")]),
        ("One Briton was killed and three were wounded.", [(1, "killed"), (3, "injured")]),
    ],
)
def test_numbered_counts(run, text: str, expected: list[tuple[int, str]]) -> None:
    assert _counts(run(text)) == _sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack left seven villages without power.", []),
        ("Gunmen killed the clerk, aged 53, and his driver.", [(2, "killed")]),
        ("Klaus Ober, 53, was shot dead in Tarvo.", [(1, "killed")]),
        ("As many as ten people were wounded.", [(10, "injured")]),
        ("The bomb hit a 601 seat hall in Ulmen.", []),
    ],
)
def test_numbers_that_count_no_victims(run, text: str, expected: list[tuple[int, str]]) -> None:
    assert _counts(run(text)) == _sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same people told again: a subset, a breakdown, a list in parentheses
        ("The blast killed four people, three of whom were police officers.", [(4, "killed")]),
        ("Gunmen killed three workers, one Briton and two Danes, in the raid.", [(3, "killed")]),
        ("Two people died, one Briton and one Dane, and nine were wounded.", [(2, "killed"), (9, "injured")]),
        ("Five people (two guards and three cooks) were injured.", [(5, "injured")]),
        ("Twenty men, many with police papers, were killed near Ulmen.", [(20, "killed")]),
    ],
)
def test_the_same_people_told_twice(run, text: str, expected: list[tuple[int, str]]) -> None:
    assert _counts(run(text)) == _sorted(expected)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a name and what it is are one person
        ("Gunmen killed Piet Varga, director of the Statistics and Planning Department in Tarvo.", 1, 0),
        ("Gunmen killed a lawyer, Anton Brel, and his nephew in Ulmen.", 2, 0),
        ("Gunmen killed Anton Brel, a teacher and member of the Ulmen council.", 1, 0),
        ("Gunmen killed Piet Varga, his wife, and his son in Tarvo.", 3, 0),
        ("Gunmen shot and killed traffic police Colonel Anton Brel in Ulmen.", 1, 0),
        # numbered parts of a list take the list's verb
        ("Gunmen killed a village elder and his two sons in Tarvo.", 3, 0),
        ("Gunmen killed the mayor, his wife, and two guards in Ulmen.", 4, 0),
        ("Piet Varga and two of his guards were killed near Tarvo.", 3, 0),
        ("Piet Varga was killed along with his brother and three other passengers.", 5, 0),
        # one person however described, unless a couple
        ("A Danish couple was killed near Ulmen.", 2, 0),
        ("A retired clerk and former mayor was killed in Tarvo.", 1, 0),
        ("A clerk and a driver were wounded in Ulmen.", 0, 2),
        # the people told just before
        ("Gunmen opened fire on two policemen in Tarvo, killing them.", 2, 0),
        ("Gunmen shot a farmer to death in Ulmen.", 1, 0),
        ("Gunmen abducted a clerk in Tarvo and later shot him dead.", 1, 0),
        ("Gunmen kidnapped and killed a farmer in Ulmen.", 1, 0),
        ("A teacher was kidnapped, shot, and killed in Tarvo.", 1, 0),
        ("A guard was shot (and later died) at a checkpoint in Ulmen.", 1, 0),
        ("The blast killed the cleric and injured twelve worshippers.", 1, 12),
        ("A bomb injured a clerk, who died later, in Tarvo.", 1, 0),
        # nobody, anybody
        ("It is unknown if anyone was killed in the blast in Tarvo.", 0, 0),
        ("No one else was injured in the blast.", 0, 0),
    ],
)
def test_people_told_without_a_number(run, text: str, killed: int, injured: int) -> None:
    counts = [m.count for m in run(text).mentions if m.kind == "count" and m.count is not None]
    assert sum(c.value for c in counts if c.role in ("killed", "perpetrators_killed")) == killed
    assert sum(c.value for c in counts if c.role == "injured") == injured


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police found the body of a clerk near Tarvo.", 1),
        ("Three guards were kidnapped in Ulmen. Their bodies were found two days later.", 3),
        ("The bodies of Piet Varga and Anton Brel were found in a canal.", 2),
        ("A guard was found shot dead in Tarvo.", 1),
        ("Six bodies were found near Ulmen.", 6),
        ("The blast resulted in the death of a guard.", 1),
        ("Piet Varga, a farmer, died in the blast.", 1),
    ],
)
def test_deaths_told_without_a_number(run, text: str, killed: int) -> None:
    counts = [m.count for m in run(text).mentions if m.kind == "count" and m.count is not None]
    assert sum(c.value for c in counts if c.role in ("killed", "perpetrators_killed")) == killed


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("a Briton and a South African", 2),
        ("Piet Varga, a teacher", 1),
        ("a teacher, Piet Varga, and his son", 2),
        ("Piet Varga, director of the Roads and Bridges Department", 1),
        ("Piet Varga, his wife, and his son", 3),
        ("the sister of Anton Brel, the former mayor of Tarvo", 1),
        ("his brother and cousin", 2),
        ("a couple", 2),
        ("several villagers", 0),  # vague: uncounted
        ("a family", 0),
    ],
)
def test_people_in_a_phrase(phrase: str, count: int) -> None:
    assert people_in(phrase).count == count


def test_numbered_parts_are_left_to_the_numbered_finder() -> None:
    people = people_in("Piet Varga and his two sons")
    assert people.count == 1 and [("Piet Varga and his two sons")[lo:hi] for lo, hi in people.numbered] == ["his two sons"]
