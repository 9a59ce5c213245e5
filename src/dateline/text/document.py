"""The document: input format, main text, headline and its date, dateline, sentences.

Plain text and Markdown are analysed as they are (spans point into the input). HTML and
saved web pages are reduced to their main text with selectolax (scripts, navigation,
headers, footers and asides dropped; one paragraph per block element); spans then point
into that text, which the JSON document carries.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateline.text import dates
from dateline.text.gazetteer import gazetteer
from dateline.text.places import resolve_place
from dateline.text.registry import register_factory
from dateline.text.types import Analysis, Dateline, Document, InputFormat

COMPONENT = "dateline.document.v1"

_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<h1)", re.I)
_MARKDOWN_SNIFF = re.compile(r"^(?:#{1,6}\s|\*\*|> |- |\* |\d+\. )", re.M)
_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, figcaption, dt, dd"
_DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template"

# "LIMA, PERU —", "BAGHDAD (Reuters) -", "Lima, Peru —"
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][A-Za-z .'’-]{1,40}?(?:,\s*[A-Z][A-Za-z .'’-]{1,40}?)?)"
    r"(?:\s*\([^)\n]{1,40}\))?\s*(?:—|–|--|-)\s+"
)
# RAND-style lead: "ARGENTINA.  The second floor…" — the country in capitals, a full stop.
_LEAD_COUNTRY = re.compile(r"^\s*(?P<place>[A-Z][A-Z .,/'’()&-]{2,40}?)\.\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z#*>-])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sgt|Maj|Gov|Sen|Rep|Rev|Prof|Jr|Sr|No|Co|Corp|Inc|Ltd|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\b(?:U\.S|U\.K|U\.N|a\.m|p\.m))\.$"
)
_HEADLINE_SEPARATORS = " \t|:–—-,;'\"‘’“”()[]#*"
_TODAY_IN = re.compile(r"^\s*(?:#+\s*)?(?:Today|This\s+day|On\s+this\s+day)\s+in\s+[\w ]{1,40}?:\s*", re.I)


def sniff_format(text: str) -> InputFormat:
    if _HTML_SNIFF.search(text[:2000]):
        return "html"
    if _MARKDOWN_SNIFF.search(text[:5000]):
        return "markdown"
    return "plain"


def html_main_text(html: str) -> tuple[str, str | None]:
    """(main text, <title>) of an HTML page: one paragraph per block, headline first."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    page_title = title_node.text(strip=True) if title_node else None
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    paragraphs: list[str] = []
    if root is not None:
        for node in root.css(_BLOCKS):
            if node.tag in ("li", "td", "th") and node.css_first("p"):
                continue
            text = re.sub(r"\s+", " ", node.text(separator=" ")).strip()
            if text and (not paragraphs or paragraphs[-1] != text):
                paragraphs.append(text)
        if not paragraphs:
            text = re.sub(r"[ \t]+", " ", root.text(separator="\n")).strip()
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if page_title and (not paragraphs or page_title not in paragraphs[0]):
        h1 = tree.css_first("h1")
        if h1 is None:
            paragraphs.insert(0, page_title)
    return "\n\n".join(paragraphs), page_title


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans; a full stop after an abbreviation ("U.S.", "Dr.") ends none."""
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start):
        piece_end = match.start()
        if (
            match.group().strip() == ""
            and "\n" not in match.group()
            and _ABBREVIATION.search(text[max(begin, piece_end - 8) : piece_end])
        ):
            continue
        if text[begin:piece_end].strip():
            spans.append(trim_span(text, begin, piece_end))
        begin = match.end()
    if text[begin:].strip():
        spans.append(trim_span(text, begin, len(text)))
    return spans


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its leading and trailing white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _headline_line(text: str) -> tuple[int, int] | None:
    """The first line, when it reads as a headline (short, no closing full stop)."""
    match = re.match(r"\s*", text)
    start = match.end() if match else 0
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if not line or len(line) > 200 or (end == len(text) and len(line) > 120):
        return None
    # A long first line that ends a sentence is the body.
    if line.endswith((".", "?", "!")) and not re.search(r"\d{4}\)?[.]?$", line) and len(line) > 80:
        return None
    if end == len(text):
        return None  # a single paragraph is a body, not a headline
    return start, start + len(line)


class DocumentReader:
    """``dateline.document.v1``: headline and its date, title, dateline, sentences."""

    name = COMPONENT
    assigns = (
        "document.title", "document.headline", "document.headline_span",
        "document.headline_date", "document.headline_date_end", "document.dateline",
        "document.body_start", "document.sentences",
    )  # fmt: skip

    def __call__(self, analysis: Analysis) -> Analysis:
        document = analysis.document
        text = document.text
        span = _headline_line(text)
        body_start = 0
        if span is not None:
            headline = text[span[0] : span[1]]
            found = [f for f in dates.scan(headline) if f.year is not None and f.kind not in ("year",)]
            if found or document.title is None:
                document.headline = headline
                document.headline_span = span
                body_start = span[1]
                if found:
                    first = found[0]
                    mentions = dates.resolve(headline, [first])
                    if mentions:
                        mention = mentions[0]
                        if mention.date is not None:
                            document.headline_date = mention.date.value
                        elif mention.date_range is not None:
                            document.headline_date = mention.date_range.start.value
                            document.headline_date_end = mention.date_range.end.value
                    title = headline[: first.start] + " " + headline[first.end :]
                else:
                    title = headline
                if document.title is None:
                    document.title = _clean_title(title)
        document.body_start = body_start
        document.dateline = find_dateline(text, body_start)
        document.sentences = split_sentences(text)
        return analysis


def _clean_title(title: str) -> str | None:
    title = _TODAY_IN.sub("", title)
    title = re.sub(r"\(\s*\)", " ", title)
    title = re.sub(r"\s+", " ", title).strip(_HEADLINE_SEPARATORS)
    return title or None


def find_dateline(text: str, body_start: int = 0) -> Dateline | None:
    """``LIMA, PERU —`` at the start of a paragraph (first 3000 characters), resolved."""
    gaz = gazetteer()
    lead = _LEAD_COUNTRY.match(text, body_start) if body_start == 0 else None
    if lead:
        place = resolve_place(lead.group("place").strip(), gaz)
        if place is not None and place.level in ("country", "admin1") and place.via == "name":
            start, end = lead.span("place")
            return Dateline(start, end, text[start:end], replace(place, via="dateline"))
    window = text[: body_start + 3000]
    for match in _DATELINE.finditer(window, body_start):
        raw = match.group("place").strip()
        if not raw.replace(",", "").replace(" ", "").isupper() and "," not in raw:
            continue  # "Lima, Peru —" or "LIMA —", not "Then —"
        parts = [p.strip() for p in raw.split(",")]
        city = resolve_place(parts[0], gaz)
        country = resolve_place(parts[1], gaz) if len(parts) > 1 else None
        if country is not None and country.level == "country" and country.country:
            context = frozenset({country.country})
            city = resolve_place(parts[0], gaz, context)
        place = city or country
        if place is None or place.via == "demonym":
            continue
        if country is not None and place.level == "city" and place.country != country.country:
            place = country
        end = match.end("place")
        return Dateline(match.start("place"), end, text[match.start("place") : end],
                        replace(place, via="dateline"))  # fmt: skip
    return None


def make_document() -> DocumentReader:
    return DocumentReader()


def register() -> None:
    register_factory(COMPONENT, make_document, assigns=DocumentReader.assigns)


def new_document(
    text: str, *, published: dt.date | None, title: str | None, fmt: InputFormat | None
) -> Document:
    """The Document to analyse: HTML reduced to its main text, other input kept as is."""
    chosen = fmt or sniff_format(text)
    page_title = None
    if chosen == "html":
        text, page_title = html_main_text(text)
    return Document(text=text, format=chosen, title=title, published=published) if not page_title or title else Document(
        text=text, format=chosen, title=None, published=published
    )


