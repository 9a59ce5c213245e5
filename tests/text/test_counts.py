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
        # a list goes on after the attackers, after a person told without a number, after "as were"
        ("The clash killed 9 rebels and 3 soldiers.", [(3, "killed"), (9, "perpetrators_killed")]),
        ("A mine killed the driver as well as six porters in Ulmen.", [(1, "killed"), (6, "killed")]),
        ("One of the attackers was killed, as were three guards.", [(1, "perpetrators_killed"), (3, "killed")]),
        ("A shell killed a police major and two clerks in Tarvo.", [(1, "killed"), (2, "killed")]),
        # "fatally", "and later died": hurt, then dead; "died of old age": no victim
        ("A grenade killed the cook and fatally wounded a porter.", [(1, "killed"), (1, "killed")]),
        ("A clerk, Piet Varga, was wounded in the raid, and later died in hospital.", [(1, "killed")]),
        ("Raiders attacked the wake of a farmer who died of old age in Tarvo.", []),
        # "both", a group's name between the number and its noun, a toll told by its noun
        ("Both gunmen were killed by the guards.", [(2, "perpetrators_killed")]),
        ("Two Ulmen Liberation Front fighters died when their bomb went off.", [(2, "perpetrators_killed")]),
        ("Officials counted 14 deaths and 30 injuries in Tarvo.", [(14, "killed"), (30, "injured")]),
        ("The bomb caused 3 civilian deaths in Ulmen.", [(3, "killed")]),
        # the verb split by its object, or "shot" with no one told hurt
        ("Raiders shot nine of the miners to death near Tarvo.", [(9, "killed")]),
        ("Gunmen lined up and shot five clerks in Ulmen.", [(5, "killed")]),
        # attackers with an object: "three rebels reportedly killed district chief …"
        ("Three rebels reportedly killed district chief Piet Varga.", [(1, "killed"), (3, "perpetrators")]),
        # "one of the two": the two told before; "a contractor … were killed": the verb is the list's
        ("A grenade hit two clerks in Tarvo. One of the two was killed.", [(1, "killed")]),
        ("Two cousins working for a contractor were killed in Ulmen.", [(2, "killed")]),
        ("Gunmen fired on a van carrying four nurses, all of whom were killed.", [(4, "killed")]),
        ("A witness saw the murder of two guards in Tarvo.", [(2, "killed")]),
        ("Rebels claimed the fatal stabbing of a judge; they had fatally stabbed two clerks.", [(2, "killed")]),
        ("Gunmen killed a family of four farmers near Ulmen.", [(4, "killed")]),
        ("Gunmen killed a Tarvo family of six.", [(6, "killed")]),
        ("Police found the bodies of two clerks who had been abducted in Ulmen.", [(2, "killed")]),
        ("Two former Ulmen Liberation Front fighters were killed by a mine.", [(2, "perpetrators_killed")]),
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
        ("A rocket hit a farm near Tarvo, killing forty chickens.", []),
        ("Gunmen shot the chief of Ward 12 Piet Varga in the arm.", []),
        ("The bodies of six people reached the morgue. Two of the bodies were guards.", [(6, "killed")]),
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
        # "including …": some of those told, whatever verb follows the list
        ("Nine people including a judge, a clerk and four guards were killed in Tarvo.", [(9, "killed")]),
        ("A bomb killed nine people, including two cooks, and 20 were hurt.", [(9, "killed"), (20, "injured")]),
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
        ("Gunmen killed a clerk from the tax office and his driver in Tarvo.", 2, 0),
        ("Gunmen killed a teacher, who ran the night school, and his son near Ulmen.", 2, 0),
        ("Gunmen killed a farmer along with his son in Tarvo.", 2, 0),
        ("Gunmen killed both him and his wife in Ulmen.", 2, 0),
        ("Gunmen killed the son, nephew, and driver of the mayor of Tarvo.", 3, 0),
        ("Gunmen killed Ulmen police officer, Capt. Piet Varga, and his driver.", 2, 0),
        ("Two raiders and the watchman were killed in the shootout.", 3, 0),
        ("Gunmen killed the consul and a friend, a Tarvo citizen, in Ulmen.", 2, 0),
        ("Two guards were wounded and the driver killed near Tarvo.", 1, 2),
        ("The blast killed the beggar and wounded a clerk.", 1, 1),
        ("Gunmen stabbed to death the chief of Tarvo district, Ulmen province, Piet Varga.", 1, 0),
        ("Gunmen killed the representative of the bishop in Tarvo.", 1, 0),
        ("Piet Varga, the adviser to the mayor, and his son, were killed in Tarvo.", 2, 0),
        ("Gunmen killed Piet Varga, the mayor and his younger brother Anton Varga.", 2, 0),
        ("A judge was killed in Tarvo, along with his guard and driver.", 3, 0),
        ("Gunmen killed a husband and wife in Ulmen.", 2, 0),
        ("A senior clerk in the Tarvo Ministry and his driver were killed in a blast.", 2, 0),
        ("Gunmen staged a daring attack on two clerks in Tarvo.", 0, 0),
        ("The bodies of a Tarvo couple, Piet Varga and Eva Brel, were found.", 2, 0),
        ("The mayor escaped the attack. However, his driver and one of his guards were killed.", 2, 0),
        ("A judge was assassinated by gunmen who stabbed him to death in Tarvo.", 1, 0),
        ("A clerk was shot dead in Tarvo. The victim later died in hospital.", 1, 0),
        ("Gunmen ambushed a bus, killing two members of the Shia community.", 2, 0),
        ("A clerk was shot dead in Tarvo and another died from his wounds.", 2, 0),
        ("Gunmen killed a general who served in the old army and another man in Ulmen.", 2, 0),
        ("A judge was murdered along with three of his guards in Tarvo.", 4, 0),
        ("Gunmen raided a bank in Ulmen, killing four guards and a banker.", 5, 0),
        ("Gunmen seized eight drivers near Tarvo and shot all of them to death.", 8, 0),
        ("Two men, including a guard, Piet Varga, and Anton Brel, were killed in Ulmen.", 2, 0),
        # one person however described, unless a couple
        ("A Danish couple was killed near Ulmen.", 2, 0),
        ("A Dutch couple living in Tarvo were shot and killed.", 2, 0),
        ("A Tarvo police sergeant and a clerk from the tax office were killed in the blast.", 2, 0),
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
        ("Four tourists were ambushed near Ulmen. They were wounded and died soon after.", 4, 0),
        ("Two guards were seized in Tarvo. They were later found dead.", 2, 0),
        ("Guards fired back at the three raiders, killing the raiders.", 0, 0),  # not a perpetrator noun the table knows
        ("Three gunmen raided a bank in Tarvo; guards shot back, killing the gunmen.", 3, 0),
        ("The blast killed only the bomber.", 1, 0),
        ("A mine left a shepherd dead near Ulmen.", 1, 0),
        ("Gunmen raided a school, shooting a janitor and a pupil to death.", 2, 0),
        ("A clerk was shot and fatally wounded in Tarvo.", 1, 0),
        ("It is unclear whether his guards were killed as well.", 0, 0),
        ("A clerk was killed in the raid, although his guards were not hurt.", 1, 0),
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
        ("An unidentified body was recovered from a river near Ulmen.", 1),
        ("Police found the charred body of a man near Tarvo.", 1),
        ("Police recovered the body of a clerk from a well near Tarvo.", 1),
        ("A shepherd was abducted near Ulmen. His throat was slit.", 1),
        ("His body was found with his throat slit in Tarvo.", 1),
        ("Raiders slit his throat, but he survived his injuries.", 0),
        ("Raiders slit a man's throat in Ulmen.", 1),
        ("A bomber blew himself and his car up at the gate.", 1),
        ("Police found the body of Piet Varga, a clerk, two days after he was abducted.", 1),
        ("Police found the policeman's burned body near Tarvo.", 1),
        ("A clerk was abducted in Ulmen. His body was identified at the morgue.", 1),
        ("Two men fired at a patrol in Tarvo. Cornered, they blew themselves up.", 2),
        ("Raiders seized four drivers near Ulmen. The next day the men's bodies were found.", 4),
        ("Two guards were kidnapped near Tarvo. Their bodies were found a day later.", 2),
        ("The Ulmen Front claimed the murder of a judge in Tarvo.", 1),
        ("Two gunmen attacked a post in Tarvo, killing four guards, before being killed themselves.", 6),
        ("A gunman killed a guard before he himself was killed.", 2),
        ("The mayor of the old quarter in Tarvo died after being shot.", 1),
        ("Piet Varga was attacked outside his home. He was pronounced dead in hospital.", 1),
        ("A gunman killed a guard in Tarvo. The attacker was killed by police.", 2),
        ("A gunman took a hostage in Ulmen before he was killed by security forces.", 1),
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
        ("Tarvo councilmen, Piet Varga and Anton Brel", 2),  # a plural noun, then the names
        ("the son, cousin, and driver of the mayor", 3),
        ("both him and his wife", 2),
        ("Piet Varga, a member of the league of poets and farmers", 1),
        ("several villagers", 0),  # vague: uncounted
        ("a family", 0),
    ],
)
def test_people_in_a_phrase(phrase: str, count: int) -> None:
    assert people_in(phrase).count == count


def test_numbered_parts_are_left_to_the_numbered_finder() -> None:
    people = people_in("Piet Varga and his two sons")
    assert people.count == 1 and [("Piet Varga and his two sons")[lo:hi] for lo, hi in people.numbered] == ["his two sons"]
