"""Perpetrator names as datasets write them → groups."""

from __future__ import annotations

import pytest

from dateline.model import Group, Perpetrator
from dateline.sources.groups import acronym_of, is_placeholder, name_forms
from tests.sources.mapping import MRTA, group_names


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Tupac Amaru Revolutionary Movement (MRTA)",
         ("Tupac Amaru Revolutionary Movement (MRTA)", "Tupac Amaru Revolutionary Movement", None)),
        ("Hamas (Islamic Resistance Movement)",
         ("Hamas (Islamic Resistance Movement)", "Hamas", "Islamic Resistance Movement")),
        ("People's Revolutionary Army (ERP) (El Salvador)",
         ("People's Revolutionary Army (ERP) (El Salvador)", "People's Revolutionary Army (El Salvador)", None)),
        ("Popular Front for the Liberation of Palestine (PFL",  # cut short by the dataset
         ("Popular Front for the Liberation of Palestine (PFL", "Popular Front for the Liberation of Palestine", None)),
        ("Taliban", ("Taliban", None, None)),
        ("  Shining   Path ", ("Shining Path", None, None)),
    ],
)
def test_name_forms(name: str, forms: tuple[str, str | None, str | None]) -> None:
    assert name_forms(name) == forms


@pytest.mark.parametrize(
    ("name", "placeholder"),
    [("Unknown", True), ("unknown", True), ("Other", True), ("Individual", True),
     ("Unaffiliated Individual(s)", True), ("N/A", True), ("", True),
     ("Unidentified Armed Group (Nigeria)", True), ("Taliban", False), ("Individualist Front", False)],
)
def test_placeholders_are_not_groups(name: str, placeholder: bool) -> None:
    assert is_placeholder(name) is placeholder


@pytest.mark.parametrize(
    ("name", "acronym"),
    [("Farabundo Marti National Liberation Front (FMLN)", "FMLN"),
     ("31 January People's Front (FP-31)", "FP-31"), ("Death Squad", None), ("Hamas (Islamic Resistance Movement)", None)],
)
def test_acronym(name: str, acronym: str | None) -> None:
    assert acronym_of(name) == acronym


def test_known_names_resolve_and_new_ones_become_groups_of_the_dataset() -> None:
    names = group_names("gtd")
    mrta = Perpetrator("mrta", "Túpac Amaru Revolutionary Movement")
    assert names.resolve(["Tupac Amaru Revolutionary Movement (MRTA)", "Unknown"]) == (mrta,)
    assert names.take_new_groups() == []
    created = names.resolve(["Invented Front (IF)"])
    assert created == (Perpetrator("gtd:invented-front-if", "Invented Front (IF)"),)
    [group] = names.take_new_groups()
    assert (group.dataset, group.short, group.aliases) == ("gtd", "IF", ("Invented Front",))
    # the next row — in any spelling the new group registered — finds it without a new one
    assert names.resolve(["Invented Front", "IF", "invented front (if)"]) == created
    assert names.take_new_groups() == []
    assert names.created == 1


def test_same_names_in_order_without_repeats() -> None:
    names = group_names("rand")
    found = names.resolve(["MRTA", "Tupac Amaru Revolutionary Movement", "Invented Front"])
    assert [p.group_id for p in found] == ["mrta", "rand:invented-front"]


def test_new_ids_never_collide() -> None:
    taken = Group(id="gtd:invented-front", name="Another group entirely")
    names = group_names("gtd", (MRTA, taken))
    [perpetrator] = names.resolve(["Invented Front"])
    assert perpetrator.group_id == "gtd:invented-front-2"
