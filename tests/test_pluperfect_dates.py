"""A day hung on a past-perfect verb that tells no violence ("they had bought the rifle two
weeks ago") steps back to before the story: it dates neither the trigger beside it nor the
sentences told after it, which keep the day the report gave the incident. A violent verb in
the past perfect ("had been shot on Sunday") still dates. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.time import dates_earlier_act, find_dates, governing_date

WED = date(2016, 5, 11)  # a Wednesday: Sunday is the 8th


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _governing(nlp, text: str, trigger: str):
    doc = nlp(text)
    ts = text.index(trigger)
    return governing_date(find_dates(text, WED), ts, ts + len(trigger), 0, len(text), doc)


def test_a_pluperfect_day_does_not_date_the_trigger_beside_it(nlp):
    text = "The cousins had bought the old rifle three weeks ago, but since it never fired, they thought it was broken."
    assert _governing(nlp, text, "fired") is None


def test_a_violent_pluperfect_still_dates(nlp):
    text = "Deputies said Orrin Tallow had been shot on Sunday outside a feed store."
    gov = _governing(nlp, text, "shot")
    assert gov is not None and gov.days == [date(2016, 5, 8)]


def test_the_trigger_itself_in_the_pluperfect_keeps_its_day(nlp):
    text = "The neighbours had heard gunfire on Sunday near the quarry."
    doc = nlp(text)
    d = find_dates(text, WED)[0]
    ts = text.index("heard")
    assert not dates_earlier_act(d, ts, ts + len("heard"), doc)


def test_the_later_sentences_keep_the_lead_day(wide):
    text = ("Teen dies early Wednesday in Lorain\n\n"
            "Early on Wednesday a teenager died at his cousin's home in Lorain, Ohio, officers reported.\n\n"
            "The cousins had handled the same shotgun three weeks ago, but since nothing happened, they didn't "
            "think the gun could shoot, Sgt. Lena Quist told reporters.\n\n"
            "Officers were dispatched to the house around 2:10 a.m. and found Kade Doyle, 15, shot in the face.\n")
    a = wide.analyse(Report(id="t", title="", text=text, published=WED))
    days = [str(e.event_date) for e in a.events if e.sub_event_type == "Shooting"]
    assert days == ["2016-05-11"]


def test_a_pluperfect_arrest_stays_a_bound(nlp):
    text = "The sheriff's office said on Friday that deputies had arrested two men on Thursday in the girl's death."
    doc = nlp(text)
    d = next(m for m in find_dates(text, WED) if "Thursday" in m.text)
    assert not dates_earlier_act(d, -1, -1, doc)


def test_a_pluperfect_scene_broken_into_keeps_its_day(nlp):
    text = "Investigators say Mara Plunkett and her son had come home on Sunday when two men attacked them."
    doc = nlp(text)
    d = find_dates(text, WED)[0]
    assert not dates_earlier_act(d, -1, -1, doc)
    ts = text.index("attacked")
    gov = governing_date(find_dates(text, WED), ts, ts + len("attacked"), 0, len(text), doc)
    assert gov is not None and gov.days == [date(2016, 5, 8)]
