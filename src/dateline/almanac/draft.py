"""Draft a post for an incident's anniversary: headline, lede, dateline, fact box, sources."""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

from dateline.almanac.onthisday import parse_month_day
from dateline.almanac.wording import country_phrase, dateline_phrase, headline, lede
from dateline.errors import InvalidInput
from dateline.model import Incident


@dataclass(frozen=True)
class Draft:
    incident: Incident
    anniversary: str
    headline: str
    lede: str
    dateline: str
    facts: tuple[tuple[str, str], ...]


def _count(value: int | None) -> str:
    return "unknown" if value is None else f"{value:,}"


def fact_box(incident: Incident) -> tuple[tuple[str, str], ...]:
    dates = incident.start.human()
    if incident.end:
        dates += f" – {incident.end.human()}"
        days = incident.duration_days
        if days:
            dates += f" ({days} days; {days + 1} counting both ends)"
    place = ", ".join(p for p in (incident.city, incident.admin1, country_phrase(incident.country_name)) if p)
    killed = _count(incident.killed)
    if incident.killed is not None and incident.killed_perpetrators:
        killed += f" (including {incident.killed_perpetrators:,} perpetrators)"
    facts = [
        ("Dates", dates),
        ("Place", place or "unknown"),
        ("Kind", ", ".join(k.replace("_", " ") for k in incident.kinds) or "unknown"),
        ("Perpetrators", ", ".join(p.name for p in incident.perpetrators) or "unknown"),
        ("Killed", killed),
        ("Injured", _count(incident.injured)),
    ]
    if incident.hostages is not None or incident.hostages_held_to_end is not None:
        hostages = _count(incident.hostages)
        if incident.hostages_held_to_end is not None:
            hostages += f"; {incident.hostages_held_to_end:,} held to the end"
        facts.append(("Hostages", hostages))
    if incident.outcome:
        facts.append(("Outcome", incident.outcome))
    facts.append(("Record", f"{incident.dataset}:{incident.source_id or incident.id}"))
    return tuple(facts)


def draft_post(incident: Incident, on: str | None = None) -> Draft:
    """Draft for the anniversary that falls on ``on`` (MM-DD), else the start's."""
    which = "start"
    if on is not None:
        wanted = parse_month_day(on)
        if incident.start.month_day == wanted:
            which = "start"
        elif incident.end is not None and incident.end.month_day == wanted:
            which = "end"
        else:
            raise InvalidInput(
                f"{incident.id} neither started nor ended on {on} "
                f"(start {incident.start}, end {incident.end or '—'}); drop --on or pick its day"
            )
    return Draft(
        incident=incident,
        anniversary=which,
        headline=headline(incident, which),
        lede=lede(incident, which),
        dateline=dateline_phrase(incident),
        facts=fact_box(incident),
    )


_MARKDOWN = """# {{ d.headline }}

{{ d.lede }}

{% if d.dateline %}{{ d.dateline }} {% endif %}{{ d.incident.summary or "" }}

## Fact box

| | |
|---|---|
{% for label, value in d.facts %}| {{ label }} | {{ value | replace("|", "\\\\|") }} |
{% endfor %}
## Sources

{% for s in d.incident.sources %}- [{{ s.title }}]({{ s.url }})
{% endfor %}"""

_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ d.headline }}</title>
<style>body{font-family:Georgia,serif;max-width:40em;margin:2em auto;line-height:1.5}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
.dateline{font-weight:bold}</style></head>
<body><article>
<h1>{{ d.headline }}</h1>
<p class="lede">{{ d.lede }}</p>
<p>{% if d.dateline %}<span class="dateline">{{ d.dateline }}</span> {% endif %}{{ d.incident.summary or "" }}</p>
<h2>Fact box</h2>
<table>{% for label, value in d.facts %}<tr><th>{{ label }}</th><td>{{ value }}</td></tr>{% endfor %}</table>
<h2>Sources</h2>
<ul>{% for s in d.incident.sources %}<li><a href="{{ s.url }}">{{ s.title }}</a></li>{% endfor %}</ul>
</article></body></html>
"""


def render(draft: Draft, fmt: str) -> str:
    """The draft as ``markdown`` or ``html`` (everything from the record escaped)."""
    if fmt == "markdown":
        env = jinja2.Environment(autoescape=False, keep_trailing_newline=True)
        return env.from_string(_MARKDOWN).render(d=draft)
    if fmt == "html":
        env = jinja2.Environment(autoescape=True)
        return env.from_string(_HTML).render(d=draft)
    raise InvalidInput(f"unknown draft format {fmt!r}; use markdown or html")
