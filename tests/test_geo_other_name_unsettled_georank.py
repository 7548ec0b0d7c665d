"""Issue 3: a town the gazetteer knows by a name only as another of its names (a near
spelling, an old name), lying in a state the report does not name while it names
another state of that country, does not settle the report's area. The name may be a
place the gazetteer lacks in the state the report does name (a hamlet spelt like a
town three states away); read as settled it pulled the report's other names (Mount
Pleasant) to the far town's state. The report is written for this test; the towns are
real places, the events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_town_matched_by_another_name_in_an_unnamed_state_pulls_no_namesake(geocoder):
    text = ("Firefighters from Cookville and Mount Pleasant put out a grass fire on Tuesday, "
            "Texas officials said.")
    assert found(geocoder, text)["Mount Pleasant"].admin1 == "Texas"

