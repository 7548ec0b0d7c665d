""""Block" names a violent demonstration only as a verb (protesters blocked the road, spec
§2.3); "the 200 block of Elm Street" is an address, and a killing told there is a killing, not
rioters'. Invented reports only."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _rows(pipeline, text):
    r = Report(id="block", title="", text=text, published=date(2019, 9, 11))
    return [(e.event_type, e.sub_event_type, e.fatalities) for e in pipeline.analyse(r).events]


def test_a_shooting_on_a_city_block_is_a_shooting(violence_pipeline):
    text = "DAYTON, Ohio - A man was shot and killed Tuesday on the 300 block of Orchard Street, police said.\n"
    assert _rows(violence_pipeline, text) == [("Other violence", "Shooting", 1)]


def test_a_body_found_at_a_block_is_no_demonstration(pipeline):
    text = ("DAYTON, Ohio - Two people were found dead on Tuesday. It happened at a house on the 900 block of "
            "Linden Avenue, police said.\n")
    assert all(t != "Riots" for t, _, _ in _rows(pipeline, text))


def test_protesters_blocking_a_road_are_still_a_violent_demonstration(pipeline):
    text = ("NAIROBI, Kenya - Hundreds of traders blocked the main road into Nakuru on Tuesday with burning tyres "
            "to protest against new market fees.\n")
    assert ("Riots", "Violent demonstration", 0) in _rows(pipeline, text)
