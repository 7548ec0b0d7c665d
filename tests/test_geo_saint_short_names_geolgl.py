"""Issue 3 (LGL round): a bare name that the report elsewhere writes after "Saint" ("route
to Petersburg" in a headline, "St. Petersburg" in the story) is the town of the full
name, whichever that is, not a small namesake of the bare word. Reports invented for
these tests; the places are real, the airline and people are not."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def _toponyms(geocoder, text):
    return [(m.text, m.name, m.admin1) for m in geocoder.toponyms(parse(text))]


def test_the_bare_name_is_the_saint_s_town_the_report_names(geocoder):
    got = _toponyms(geocoder, "Carrier wins route to Petersburg. The American airline will link "
                              "Boston with St. Petersburg from May.")
    full = [(name, admin1) for text, name, admin1 in got if text == "St. Petersburg"]
    bare = [(name, admin1) for text, name, admin1 in got if text == "Petersburg"]
    assert full and bare == full[:1]


def test_a_bare_name_alone_keeps_its_own_reading(geocoder):
    got = _toponyms(geocoder, "A barn burned on Monday near Petersburg, Virginia, the fire chief said.")
    assert ("Petersburg", "Petersburg", "Virginia") in got
