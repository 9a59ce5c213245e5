"""The seed post's shape (our own fixture): document, frames and links end to end."""

from __future__ import annotations

import json

from dateline.text import analyze


def test_document_of_the_siege_post(store, siege_post: str) -> None:
    document = analyze(siege_post, store=store).document
    assert document.headline_date is not None and document.headline_date.iso() == "1997-04-22"
    assert document.title == "The Day the Lima Siege Ended"
    assert document.dateline is not None and document.dateline.place is not None
    assert (document.dateline.place.city, document.dateline.place.country) == ("Lima", "PER")


def test_main_frame_is_the_lima_siege_linked_to_the_store(store, siege_post: str) -> None:
    main = analyze(siege_post, store=store).main
    assert main is not None
    data = main.to_dict()
    assert (data["start"], data["end"]) == ("1996-12-17", "1997-04-22")
    assert (data["start_precision"], data["end_precision"]) == ("day", "day")
    assert (data["country"], data["city"]) == ("PER", "Lima")
    assert "mrta" in data["perpetrator_ids"]
    assert data["killed"] == 17  # one hostage, two commandos, 14 rebels
    assert data["links"][0]["id"] == "1996-12-17-lima-japanese-residence-siege"
    assert data["links"][0]["why"]


def test_tehran_frame_is_found_and_linked(store, siege_post: str) -> None:
    frames = analyze(siege_post, store=store).frames
    tehran = next(f for f in frames if f.country == "IRN")
    assert (tehran.start.iso(), tehran.end.iso()) == ("1979-11-04", "1981-01-20")
    assert tehran.city == "Tehran"
    assert tehran.hostages == 44
    assert tehran.duration is not None and tehran.duration.amount == 444
    assert tehran.links[0].id == "1979-11-04-tehran-us-embassy-seizure"


def test_mentions_the_checker_builds_on(store, siege_post: str) -> None:
    analysis = analyze(siege_post, store=store)
    dates = {m.text: m.date for m in analysis.mentions if m.kind == "date"}
    assert dates["four months earlier"].value.iso() == "1996-12"
    assert dates["November 4 of that year"].value.iso() == "1979-11-04"
    future = [d for t, d in dates.items() if "2997" in t]
    assert future and future[0].value.year == 2997  # found, for the checker to flag
    durations = sorted(m.duration.amount for m in analysis.mentions if m.kind == "duration")
    assert durations == [4, 4, 126, 444]


def test_json_contract_and_spans(store, siege_post: str) -> None:
    data = json.loads(json.dumps(analyze(siege_post, store=store).to_dict()))
    assert set(data) == {"document", "mentions", "incidents"}
    for mention in data["mentions"]:
        assert siege_post[mention["start"] : mention["end"]] == mention["text"]
    for field in ("id", "title", "start", "end", "start_precision", "end_precision", "country",
                  "country_name", "city", "lat", "lon", "kinds", "perpetrators", "killed",
                  "injured", "hostages", "summary", "sources", "dataset", "source_id", "links"):  # fmt: skip
        assert field in data["incidents"][0]


def test_without_a_store_frames_have_no_links(siege_post: str) -> None:
    analysis = analyze(siege_post)
    assert analysis.main is not None and analysis.main.links == []
