"""Perpetrator names as datasets write them → groups in the store's alias table.

GTD writes "Tupac Amaru Revolutionary Movement (MRTA)", RAND "FARC" or a name cut at 50
characters, ACLED "Unidentified Armed Group (Nigeria)". :class:`GroupNames` resolves each
against the alias table (every normalised name and alias → group id), trying the name as
written, then without its bracketed acronym, then the expansion in brackets ("Hamas
(Islamic Resistance Movement)"). A name that matches nothing becomes a new group of the
importing dataset, so the next row, and the next dataset, with that name finds it.
Placeholders ("Unknown", "Other", "Individual") are not groups at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from dateline.geo import country_code
from dateline.model import Group, Perpetrator
from dateline.names import normalize_name, slugify

_PLACEHOLDERS = frozenset(
    normalize_name(name)
    for name in (
        "Unknown", "Other", "Others", "Individual", "Individuals", "Individual(s)",
        "Unaffiliated Individual", "Unaffiliated Individuals", "Unaffiliated Individual(s)",
        "N/A", "None", "Unidentified", "Unknown group", "Not applicable",
    )
)  # fmt: skip
_PARENTHESISED = re.compile(r"\(([^()]*)\)")
_UNCLOSED_TAIL = re.compile(r"\s*\([^()]*$")  # RAND cuts names: "… Palestine (PFL"
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9.\-&' ]{0,14}$")


def is_placeholder(name: str) -> bool:
    """True for names that say the perpetrator is unknown or not a group."""
    key = normalize_name(name)
    return not key or key in _PLACEHOLDERS or key.startswith("unidentified ")


def _acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.strip())) and any(c.isalpha() for c in text)


def name_forms(name: str) -> tuple[str, str | None, str | None]:
    """(the name as written, without its acronym or expansion brackets, the expansion).

    A bracketed country ("People's Revolutionary Army (ERP) (El Salvador)", ACLED's
    "Invented Militia (Democratic Republic of Congo)") tells groups of one name apart, so
    it stays.

    >>> name_forms("Tupac Amaru Revolutionary Movement (MRTA)")
    ('Tupac Amaru Revolutionary Movement (MRTA)', 'Tupac Amaru Revolutionary Movement', None)
    >>> name_forms("Hamas (Islamic Resistance Movement)")
    ('Hamas (Islamic Resistance Movement)', 'Hamas', 'Islamic Resistance Movement')
    >>> name_forms("People's Revolutionary Army (ERP) (El Salvador)")[1]
    "People's Revolutionary Army (El Salvador)"
    """
    written = " ".join(name.split())
    trimmed = _UNCLOSED_TAIL.sub("", written)
    bare_words = len(_PARENTHESISED.sub("", trimmed).split())
    expansion = None

    def drop(match: re.Match[str]) -> str:
        nonlocal expansion
        inner = match[1].strip()
        if _acronym(inner):
            return ""
        # "Hamas (Islamic Resistance Movement)": the brackets spell a short name out; a
        # country in brackets ("Islamic State (Nigeria)") is a qualifier and stays.
        if bare_words <= 2 and len(inner.split()) > bare_words and country_code(inner) is None:
            expansion = inner
            return ""
        return match[0]

    outside = " ".join(_PARENTHESISED.sub(drop, trimmed).split())
    return written, (outside if outside and outside != written else None), expansion


def acronym_of(name: str) -> str | None:
    """The bracketed acronym of a name, if any: ``… (FMLN)`` → ``FMLN``."""
    for inner in _PARENTHESISED.findall(name):
        if _acronym(inner):
            return inner.strip()
    return None


class GroupNames:
    """Resolves perpetrator names for one import; collects the groups it has to create."""

    def __init__(self, groups: Iterable[Group], name_index: Mapping[str, str], dataset: str):
        self._names = {group.id: group.name for group in groups}
        self._index = dict(name_index)
        self._dataset = dataset
        self._pending: list[Group] = []
        self._resolved: dict[str, Perpetrator | None] = {}  # name as written → its group
        self.created = 0

    def resolve(self, names: Iterable[str]) -> tuple[Perpetrator, ...]:
        """The groups behind the names, in order, without placeholders or repeats."""
        found: list[Perpetrator] = []
        for name in names:
            if name in self._resolved:
                perpetrator = self._resolved[name]
            else:
                perpetrator = None
                if not is_placeholder(name):
                    group_id = self._lookup(name) or self._create(name)
                    perpetrator = Perpetrator(group_id, self._names[group_id])
                self._resolved[name] = perpetrator
            if perpetrator is not None and perpetrator not in found:
                found.append(perpetrator)
        return tuple(found)

    def take_new_groups(self) -> list[Group]:
        """Groups created since the last call, to be written before the incidents."""
        pending, self._pending = self._pending, []
        return pending

    def _lookup(self, name: str) -> str | None:
        for form in name_forms(name):
            if form:
                group_id = self._index.get(normalize_name(form))
                if group_id is not None:
                    return group_id
        return None

    def _create(self, name: str) -> str:
        written, outside, expansion = name_forms(name)
        base = f"{self._dataset}:{slugify(written)}"
        group_id, n = base, 1
        while group_id in self._names:
            n += 1
            group_id = f"{base}-{n}"
        aliases = tuple(dict.fromkeys(a for a in (outside, expansion) if a and a != written))
        group = Group(
            id=group_id, name=written, short=acronym_of(written), aliases=aliases,
            dataset=self._dataset,
        )  # fmt: skip
        self._pending.append(group)
        self._names[group_id] = written
        for alias in group.names:
            self._index.setdefault(normalize_name(alias), group_id)
        self.created += 1
        return group_id
