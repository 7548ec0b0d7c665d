"""A name the report puts in a state as a place below the gazetteer ("grew up in Bethany,
Connecticut", read at the state as no town of the name lies there) is that place wherever
the report writes it bare ("friends in Bethany"), not a namesake town of another state: a
report means one place by one name (toponym output). Reports invented for these tests; the
places are real, the people and events are not."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def _toponyms(geocoder, text):
    return [(m.text, m.level, m.admin1) for m in geocoder.toponyms(parse(text))]


def test_a_bare_name_follows_the_unit_the_report_put_it_in(geocoder):
    got = _toponyms(geocoder, "Kim Ortega grew up in Bethany, Connecticut, and now coaches in Hartford. "
                              "Friends in Bethany held a dinner for her on Friday.")
    assert [g for g in got if g[0] == "Bethany"] == [("Bethany", "admin1", "Connecticut")] * 2


def test_a_town_of_the_name_in_that_unit_keeps_its_reading(geocoder):
    got = _toponyms(geocoder, "Kim Ortega grew up in Springfield, Ohio, and now coaches in Dayton. "
                              "Friends in Springfield held a dinner for her on Friday.")
    assert [g for g in got if g[0] == "Springfield"] == [("Springfield", "city", "Ohio")] * 2
