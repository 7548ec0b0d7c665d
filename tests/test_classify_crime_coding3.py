"""Issue #6, round 3: what a crime report tells as the news of its day (invented sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


def _crime_events(text: str, published: date = date(2019, 5, 8)):
    return Pipeline(settings=Settings(scope="all-violence")).process(Report(id="r1", text=text, published=published))


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


def test_firefighting_equipment_is_no_firefight():
    from classify_helpers import subtypes
    assert subtypes("Crews hauled a dozen trucks of firefighting equipment to the burning barn in Bend.") == []
    assert "Armed clash" in subtypes("Soldiers and rebels were locked in a firefight near Marsk on Monday.")


@pytest.mark.parametrize("text", [
    "Tomas Ruel fell victim to a drive-by on Friday when a pickup slowed and someone inside opened fire.",
    "Many residents of Marsk fell prey to the gangs last year.",
])
def test_falling_victim_is_no_place_taken(text):
    from classify_helpers import subtypes
    assert "Non-state actor overtakes territory" not in subtypes(text)


def test_a_town_falling_to_rebels_is_still_taken():
    from classify_helpers import subtypes
    assert "Non-state actor overtakes territory" in subtypes("The town of Marsk fell to the rebels on Monday.")
