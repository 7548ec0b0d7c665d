"""A report that says no country means, by a name, the town dwarfing every place whose own
name it is, even when the name is only another of its names: "Palmyra" alone is the Syrian
city (Tadmur), not one of the American villages called Palmyra; a report that says the US
keeps its own Palmyra. Invented reports."""
from __future__ import annotations

from geo_helpers import place_named


def test_palmyra_alone_is_the_syrian_city(geocoder):
    text = "Jihadists blew up a 2,000-year-old temple in the ancient city of Palmyra on Sunday, activists said."
    m = place_named(geocoder, text, "Palmyra")
    assert m is not None and m.country_code == "SY"


def test_palmyra_in_a_report_with_its_state_is_the_american_town(geocoder):
    text = ("A fire destroyed a barn in Palmyra, Pennsylvania, on Sunday, and state troopers said no one "
            "was hurt.")
    m = place_named(geocoder, text, "Palmyra")
    assert m is not None and m.country_code == "US"
