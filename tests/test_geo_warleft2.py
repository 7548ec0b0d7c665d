"""Places of invented reports that name no country: a town armed men attacked (tagged PERSON by the
tagger) is read by its exact gazetteer name; a common given name after the verb is no town."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

PUB = date(2024, 5, 15)


def test_town_attacked_by_armed_men_is_the_place(pipeline):
    rows = violent_rows(pipeline, "Jihadists attacked Diapaga on Saturday, killing five gendarmes.", PUB)
    assert len(rows) == 1
    e = rows[0]
    assert (e.location, e.country, e.geo_precision) == ("Diapaga", "Burkina Faso", 1)
    assert (e.event_date, e.fatalities) == (date(2024, 5, 11), 5)
    # a given name after the verb is the person attacked, not a town of that name abroad
    assert violent_rows(pipeline, "Rebels attacked Ali on Saturday.", PUB) == []
