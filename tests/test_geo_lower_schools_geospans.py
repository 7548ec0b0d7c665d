"""Issue 3: a name opening an elementary or middle school's or an academy's name ("Kanab
Elementary School", "Price Middle School", "Delta Academy") honours a person or a part of
town far more often than it names the town, and is no toponym unless the report places the
name elsewhere ("families in Kanab"); a local body's academy ("the Kanab Police Academy")
stays the town's. Reports invented for these tests; the towns are real, the events are not."""
from __future__ import annotations

from geo_helpers import found

_OPENING = "A barn burned near Provo, Utah, on Friday. "


def test_an_elementary_school_name_is_no_town(geocoder):
    got = found(geocoder, _OPENING + "Pupils of Kanab Elementary School collected food for the family.")
    assert "Provo" in got
    assert "Kanab" not in got


def test_a_middle_school_and_an_academy_name_no_place(geocoder):
    got = found(geocoder, _OPENING + "Teachers at Price Middle School and Delta Academy collected food.")
    assert set(got) == {"Provo", "Utah"}


def test_a_school_name_the_report_places_elsewhere_keeps_its_town(geocoder):
    got = found(geocoder, _OPENING + "Pupils of Kanab Elementary School, which serves families in Kanab, "
                                     "collected food.")
    assert got["Kanab"].admin1 == "Utah"


def test_a_police_academy_is_the_towns(geocoder):
    got = found(geocoder, _OPENING + "The Kanab Police Academy sent cadets.")
    assert got["Kanab"].admin1 == "Utah"
