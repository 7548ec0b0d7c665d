"""First-level units that no town is filed under in the installed data (Madagascar's
provinces) take their seat town's point, and Ethiopia's southern region, split since,
is a former unit: without a point neither could be matched. Invented sentences; the
places are real."""
from __future__ import annotations

from conflictlens.geo.gazetteer import haversine_km
from geo_helpers import found


def test_a_province_without_towns_is_found_at_its_seat(geocoder):
    places = found(geocoder, "Storm winds tore the roofs off eleven schools across Toamasina "
                             "province, Madagascar's relief office said.")
    m = places["Toamasina"]
    assert (m.level, m.country_code) == ("admin1", "MG")
    assert haversine_km(m.latitude, m.longitude, -18.15, 49.40) < 100


def test_a_unit_without_a_point_is_never_a_second_reading_of_its_namesake(geocoder):
    # Ireland's "Dublin" unit repeats "Dublin City", which has its point: it stays out
    # (a second reading would outrank the Ohio town of that name in an Ohio report)
    cands = geocoder.gaz.lookup("Dublin")
    assert not [c for c in cands if c.level == "admin1" and c.name == "Dublin"
                and c.latitude == c.latitude]


def test_a_region_split_since_is_found_by_its_short_name(geocoder):
    places = found(geocoder, "A feud over grazing land left seven herders dead in the SNNPR, "
                             "Ethiopia, on Tuesday.")
    m = places["SNNPR"]
    assert (m.level, m.country_code) == ("admin1", "ET")
