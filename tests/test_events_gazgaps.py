"""A village the gazetteer does not know, told in a compass region of a country ("in X in
southern Lebanon") with no town of that country in its paragraph, is placed in the
country's first-level unit called after that point (Lebanon's South Governorate,
Burkina Faso's Nord), precision 3, as ACLED codes a place known only by its larger
region (spec §4.2); before, the event was dropped as known only at country level.
The reports are invented for these tests."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

DAY = date(2024, 3, 6)


def test_an_unknown_village_in_a_compass_region_takes_the_unit_of_that_name(pipeline):
    [e] = violent_rows(pipeline, "A drone strike on a car near Qarbouna in southern Lebanon killed "
                                 "two men on Monday, the group said.", DAY)
    assert e.country == "Lebanon" and e.geo_precision == 3
    assert e.admin1 == "Al Janub"


def test_a_french_named_unit_answers_to_the_english_point(pipeline):
    [e] = violent_rows(pipeline, "Gunmen killed nine herders at Kelbouli in northern Burkina Faso "
                                 "on Sunday, a security source said.", DAY)
    assert e.admin1 == "Nord" and e.geo_precision == 3


def test_a_country_region_alone_is_still_not_recorded(pipeline):
    # (no settlement told: known only at country level, spec §4.1)
    assert not violent_rows(pipeline, "Two fighters were killed in a drone strike in southern "
                                      "Lebanon on Monday, the group said.", DAY)


def test_a_country_without_a_unit_of_that_point_stays_unplaced(pipeline):
    assert not violent_rows(pipeline, "Gunmen killed six traders near Doroune in eastern Mali "
                                      "on Sunday, officials said.", DAY)
