"""A small town's other name, unlike its own (the gazetteer's alternate names hold a creek's,
a college's, an old post office's), is no reading where no words place the name; a city's
other name (Bombay) and a spelling of the town's own name still are."""
from __future__ import annotations

from geo_helpers import found


def test_a_small_towns_unrelated_other_name_is_no_reading_unplaced(geocoder):
    # (an alternate name of a small Wisconsin town, here a college's and a library's)
    text = "Nursing students at Ahnapee College raised money for the food bank, the dean said."
    assert "Ahnapee" not in found(geocoder, text)
    text = "The Ahnapee Public Library will close early on Friday, its director said."
    assert "Ahnapee" not in found(geocoder, text)


def test_a_citys_other_name_is_still_read(geocoder):
    got = found(geocoder, "Heavy rain flooded streets in Bombay on Monday, officials said.")
    assert got["Bombay"].country_code == "IN"
