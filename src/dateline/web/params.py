"""Query parameters shared by the API and the pages: search filters, time zone, month-day.

Values arrive as text (HTML forms send empty strings for untouched fields); each is
checked here and a bad one is an ``InvalidInput`` naming the parameter and the fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

from dateline.almanac.onthisday import parse_month_day
from dateline.errors import InvalidInput
from dateline.geo import country_code, is_country_code
from dateline.model import DATASETS, PartialDate
from dateline.store.queries import SearchQuery


def _blank_to_none(value: str | None) -> str | None:
    value = value.strip() if value else None
    return value or None


def _country(value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) == 3 and is_country_code(value.upper()):
        return value.upper()
    code = country_code(value)
    if code is None:
        raise InvalidInput(
            f"country={value!r} is not a country; use an ISO alpha-3 code such as PER"
        )
    return code


def _decade(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.isdigit() or int(value) % 10:
        raise InvalidInput(f"decade={value!r} is not a decade; write its first year, e.g. 1990")
    return int(value)


@dataclass(frozen=True)
class SearchFilters:
    """The filters of a search as the user wrote them (for links) and as a query."""

    q: str = ""
    country: str | None = None
    group: str | None = None
    kind: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    decade: str | None = None
    month_day: str | None = None
    casualties: str | None = None
    dataset: str | None = None

    def query(self, limit: int, offset: int) -> SearchQuery:
        month_day = parse_month_day(self.month_day) if self.month_day else None
        if self.casualties not in (None, "yes", "no"):
            raise InvalidInput(f"casualties={self.casualties!r}: use yes or no")
        if self.dataset is not None and self.dataset not in DATASETS:
            raise InvalidInput(f"dataset={self.dataset!r}: use one of {', '.join(DATASETS)}")
        return SearchQuery(
            text=self.q,
            country=_country(self.country),
            group=self.group,
            kind=self.kind,
            date_from=PartialDate.parse_option(self.date_from, "from"),
            date_to=PartialDate.parse_option(self.date_to, "to"),
            month_day=month_day,
            dataset=self.dataset,
            decade=_decade(self.decade),
            casualties=None if self.casualties is None else self.casualties == "yes",
            limit=limit,
            offset=offset,
        )

    def params(self) -> dict[str, str]:
        """The non-empty filters as URL parameters (``from``/``to`` spelled as in the API)."""
        names = {"date_from": "from", "date_to": "to"}
        values = {
            names.get(field, field): getattr(self, field) for field in self.__dataclass_fields__
        }
        return {name: value for name, value in values.items() if value}


async def search_filters(
    q: Annotated[str, Query(max_length=500, description="Words to find.")] = "",
    country: Annotated[str | None, Query(max_length=80, description="ISO alpha-3 or name.")] = None,
    group: Annotated[
        str | None, Query(max_length=200, description="Group id, name or alias.")
    ] = None,
    kind: Annotated[
        str | None, Query(max_length=40, description="Attack type, e.g. bombing.")
    ] = None,
    date_from: Annotated[
        str | None, Query(alias="from", max_length=10, description="YYYY[-MM[-DD]]")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", max_length=10, description="YYYY[-MM[-DD]]")
    ] = None,
    decade: Annotated[str | None, Query(max_length=4, description="First year, e.g. 1990.")] = None,
    month_day: Annotated[
        str | None, Query(max_length=5, description="MM-DD, start or end.")
    ] = None,
    casualties: Annotated[str | None, Query(max_length=3, description="yes or no.")] = None,
    dataset: Annotated[str | None, Query(max_length=20, description="builtin, gtd, …")] = None,
) -> SearchFilters:
    """Search filters from the query string (a FastAPI dependency)."""
    return SearchFilters(
        q=(q or "").strip(),
        country=_blank_to_none(country),
        group=_blank_to_none(group),
        kind=_blank_to_none(kind),
        date_from=_blank_to_none(date_from),
        date_to=_blank_to_none(date_to),
        decade=_blank_to_none(decade),
        month_day=_blank_to_none(month_day),
        casualties=_blank_to_none(casualties),
        dataset=_blank_to_none(dataset),
    )


TimeZoneParam = Annotated[
    str | None, Query(max_length=64, description="IANA time zone, e.g. America/Lima.")
]
YearParam = Annotated[
    int | None,
    Query(ge=1, le=9999, description="Reference year for 'years ago' (default: this year)."),
]
