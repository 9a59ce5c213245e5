"""The document: headline forms and their dates, dateline, input formats, sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import PartialDate


@pytest.mark.parametrize(
    ("text", "title", "date", "end"),
    [
        ("April 22, 1997 | Hostage Taking in Peru\n\nBody.", "Hostage Taking in Peru", "1997-04-22", None),
        ("March 10, 2012: A Bombing in Town\n\nBody.", "A Bombing in Town", "2012-03-10", None),
        ("A Bombing in Town (May 6, 2002)\n\nBody.", "A Bombing in Town", "2002-05-06", None),
        ("January 9-18, 1996 | The Raid\n\nBody.", "The Raid", "1996-01-09", "1996-01-18"),
        ("Today in terrorism: 17 October 1970, The Kidnapping\n\nBody.", "The Kidnapping", "1970-10-17", None),
        ("'The Explosion' – December 13, 1867\n\nBody.", "The Explosion", "1867-12-13", None),
        ("# April 22, 1997 | In Markdown\n\nBody.", "In Markdown", "1997-04-22", None),
        ("A Headline Without a Date\n\nBody text.", "A Headline Without a Date", None, None),
    ],
)
def test_headline_forms(run, text: str, title: str, date: str | None, end: str | None) -> None:
    document = run(text).document
    assert document.title == title
    assert (document.headline_date.iso() if document.headline_date else None) == date
    assert (document.headline_date_end.iso() if document.headline_date_end else None) == end


def test_a_single_paragraph_has_no_headline(run) -> None:
    document = run("A bomb exploded in Lima on May 1, 1990, killing two.").document
    assert document.headline is None and document.title is None


def test_title_option_wins(run) -> None:
    assert run("Some body text.", title="Given").document.title == "Given"


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Headline\n\nLIMA, PERU — The story begins.", "Lima", "PER"),
        ("Headline\n\nTEHRAN (Reuters) - The story begins.", "Tehran", "IRN"),
        ("ARGENTINA.  A bomb exploded at a bank.", None, "ARG"),
    ],
)
def test_dateline(run, text: str, city: str | None, country: str) -> None:
    dateline = run(text).document.dateline
    assert dateline is not None and dateline.place is not None
    assert (dateline.place.city, dateline.place.country, dateline.place.via) == (city, country, "dateline")
    assert text[dateline.start : dateline.end] == dateline.text


def test_html_is_reduced_to_its_main_text_and_spans_point_into_it(run) -> None:
    html = (
        "<html><head><title>Site</title><script>var x = 'May 5, 1999';</script></head><body>"
        "<nav>Home | About</nav><article><h1>April 22, 1997 | The Siege</h1>"
        "<p>LIMA, PERU — Commandos stormed the residence, killing 14 rebels.</p></article>"
        "<footer>© 2024</footer></body></html>"
    )
    analysis = run(html)
    document = analysis.document
    assert document.format == "html"
    assert "var x" not in document.text and "Home | About" not in document.text
    assert document.headline_date == PartialDate(1997, 4, 22)
    for mention in analysis.mentions:
        assert document.text[mention.start : mention.end] == mention.text


def test_published_date_is_kept(run) -> None:
    assert run("Body.", published=dt.date(2023, 4, 22)).document.published == dt.date(2023, 4, 22)


def test_sentences_do_not_end_after_abbreviations(run) -> None:
    document = run("The U.S. embassy was hit. Dr. Smith left.").document
    assert [document.text[s:e] for s, e in document.sentences] == ["The U.S. embassy was hit.", "Dr. Smith left."]
