"""The API's input and output models: what OpenAPI documents and responses are checked against.

Output models mirror the JSON contract of PRODUCT.md (the incident object, the on-this-day
item, the check report); inputs are separate models so that an output field never becomes
something a client can send.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Precision = Literal["year", "month", "day"]

# Texts sent to analyze / check: a long feature is ~50,000 characters. The analysis runs
# in a worker thread per request, so an unbounded text would hold one for minutes.
MAX_TEXT_CHARS = 200_000


class SourceOut(BaseModel):
    title: str
    url: str | None


class IncidentOut(BaseModel):
    """The incident object of the contract; unknown values are null, never 0."""

    id: str
    title: str
    start: str = Field(description="Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD.")
    end: str | None
    start_precision: Precision
    end_precision: Precision | None
    approximate: bool
    country: str | None = Field(description="ISO 3166-1 alpha-3.")
    country_name: str | None
    admin1: str | None
    city: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    kinds: list[str]
    targets: list[str]
    weapons: list[str]
    perpetrators: list[str] = Field(description="Group names.")
    perpetrator_ids: list[str]
    killed: int | None
    killed_perpetrators: int | None
    injured: int | None
    hostages: int | None
    hostages_held_to_end: int | None
    duration_days: int | None = Field(description="End minus start in days (exclusive count).")
    outcome: str | None
    summary: str | None
    sources: list[SourceOut]
    dataset: str
    source_id: str | None
    notability: int
    doubt: bool
    same_as: str | None


class OtherRecordOut(BaseModel):
    id: str
    dataset: str
    source_id: str | None


class IncidentDetailOut(IncidentOut):
    other_records: list[OtherRecordOut] = Field(
        description="The same incident in other datasets (records linked by same_as)."
    )


class AnniversaryOut(IncidentOut):
    """An item of ``dateline on MM-DD --format json``."""

    anniversary: Literal["start", "end"]
    years_ago: int
    lede: str
    score: float
    why: str
    leap_day: bool


class FacetValueOut(BaseModel):
    value: str
    label: str
    count: int


class SearchOut(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[IncidentOut]
    facets: dict[str, list[FacetValueOut]] | None = None


class ArticleIn(BaseModel):
    """An article to analyse or check."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    published: dt.date | None = Field(
        default=None, description="Publication date (YYYY-MM-DD): future dates are judged from it."
    )
    title: str | None = Field(default=None, max_length=1000)


class AnalyzeIn(ArticleIn):
    pass


class CheckIn(ArticleIn):
    pass


class AnalyzeOut(BaseModel):
    document: dict[str, Any]
    mentions: list[dict[str, Any]]
    incidents: list[dict[str, Any]]


class FindingOut(BaseModel):
    rule: str
    severity: str = Field(description="error (cannot be true), warning (likely wrong) or info.")
    start: int = Field(description="Character offset into the text as sent.")
    end: int
    text: str
    message: str
    evidence: Any = None


class CheckOut(BaseModel):
    document: dict[str, Any]
    findings: list[FindingOut]
    verified: list[FindingOut]


class ErrorDetailOut(BaseModel):
    location: str | None
    message: str


class ErrorBodyOut(BaseModel):
    status: int
    code: str
    message: str
    details: list[ErrorDetailOut]


class ErrorOut(BaseModel):
    """The one error envelope (see dateline.web.errors)."""

    error: ErrorBodyOut


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": description}
    for status, description in (
        (400, "Bad parameter (the message names it and the fix)"),
        (404, "No such record"),
        (413, "Request body too large"),
        (422, "Parameters that fail validation"),
        (503, "A component is not available"),
    )
}
