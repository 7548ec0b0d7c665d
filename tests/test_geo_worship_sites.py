"""Issues 3 and 6: a town opening the name of a church, a temple or a school, whatever
words of the body's kind come between ("Bible", "Baptist", "Christian"), places the
body and an event at it in that town (as "Riverton High School" does); a name that
opens with no town places nothing. Invented sentences; the towns are real."""
from __future__ import annotations

import pytest

from datetime import date

from conflictlens.model import Report
from geo_helpers import found


@pytest.mark.parametrize("text, town", [
    ("Members of Wasilla Bible Church gathered on Monday to pray.", "Wasilla"),
    ("Volunteers painted Wasilla Baptist Church over the weekend.", "Wasilla"),
    ("Pupils of Riverton Christian Academy were sent home early.", "Riverton"),
    ("A choir from Beaumont Methodist Chapel sang on Sunday.", "Beaumont"),
])
def test_a_town_opening_a_bodys_name_across_its_kind_words(geocoder, text, town):
    assert found(geocoder, text)[town].level == "city"


def test_no_town_opens_the_name(geocoder):
    text = "Members of Grace Fellowship Church gathered on Monday to pray."
    assert not [m for m in found(geocoder, text).values() if m.level == "city"]


def test_an_event_at_the_church_is_placed_in_its_town_not_where_an_official_is(violence_pipeline):
    title = "Gunman kills two at church"
    body = ("A gunman opened fire during a service at Wasilla Bible Church on Sunday, killing "
            "two worshippers. The governor, who is in Juneau today, called it a senseless act.")
    r = Report(id="s", title=title, text=title + "\n\n" + body, published=date(2024, 5, 6))
    assert {e.location for e in violence_pipeline.process(r)} == {"Wasilla"}


def test_a_possessive_name_before_the_bodys_word_is_a_saints(geocoder):
    text = "Members of St. Mary's Church in Fort Worth gathered on Monday to pray."
    assert [m.text for m in found(geocoder, text).values()] == ["Fort Worth"]
