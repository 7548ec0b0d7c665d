"""Issue #6, round 3: what a crime report tells as the news of its day (invented sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


def _crime_events(text: str, published: date = date(2019, 5, 8)):
    return Pipeline(settings=Settings(scope="all-violence")).process(Report(id="r1", text=text, published=published))


@pytest.mark.parametrize("text", [
    # a trial story: the incident a record shows happened before the day the jurors saw it
    "Jurors in Toledo, Ohio on Monday asked to review a video recording of Dale Kessler boasting about the "
    "shooting to other inmates.",
    "Jurors in Toledo, Ohio watched footage of the stabbing on Monday.",
    "Prosecutors in Toledo, Ohio on Monday played a tape of the murder for the jury.",
])
def test_an_incident_a_record_shows_is_no_incident_of_the_day(text):
    assert [(e.event_type, str(e.event_date)) for e in _crime_events(text)] == []


def test_an_incident_told_beside_a_record_is_still_coded():
    text = ("A gunman shot two men outside a bar in Toledo, Ohio on Monday. Police released a video of the "
            "shooting on Tuesday.")
    events = _crime_events(text)
    assert [str(e.event_date) for e in events] == ["2019-05-06"]


@pytest.mark.parametrize("text", [
    # the first word, capitalised by its place, read by the tagger as a person's name
    "A fire destroyed a vacant warehouse in Palmer, Alaska on Tuesday. Arson is suspected.",
    "Arson suspected in fire that destroyed a warehouse in Palmer, Alaska",
])
def test_a_crime_word_opening_its_sentence_is_no_name(text):
    assert [e.sub_event_type for e in _crime_events(text)] == ["Arson"]


def test_a_name_opening_its_sentence_is_still_no_trigger():
    # a real name, several words long: no crime told
    text = "Rob Murdoch is suspected of nothing in Palmer, Alaska."
    assert _crime_events(text) == []

