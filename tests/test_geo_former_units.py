"""First-level units split or renamed since (data/geo/former_units.tsv) are in the
gazetteer: older reports still name them, and GeoNames lists only today's units.
Invented sentences; the places are real."""
from __future__ import annotations

from conflictlens.geo.gazetteer import haversine_km
from geo_helpers import found


def test_a_province_split_since_is_found_at_its_own_area(centre_geocoder):
    places = found(centre_geocoder, "Health workers travelled to Western Kasai province of "
                                    "the Democratic Republic of Congo to treat the sick.")
    m = places["Western Kasai"]
    assert (m.level, m.country_code) == ("admin1", "CD")
    # the former province's middle (Kananga, its old seat, lies about 120 km away), not
    # today's smaller Kasai province further west
    assert haversine_km(m.latitude, m.longitude, -5.3, 21.9) < 50


def test_a_former_province_is_no_namesake_abroad(geocoder):
    # "Orientale" is also an alternate name of a Moroccan region
    places = found(geocoder, "The outbreak spread through Orientale province, Congo's health "
                             "minister said on Sunday.")
    assert places["Orientale"].country_code == "CD"


def test_a_renamed_compass_led_province_keeps_its_unit_word(geocoder):
    places = found(geocoder, "Gunmen attacked a school bus in the North-West Frontier Province "
                             "of Pakistan on Friday.")
    m = places["North-West Frontier Province"]
    assert (m.level, m.country_code) == ("admin1", "PK")


def test_a_province_merged_away_is_found_by_its_unit_word(geocoder):
    # Vietnam merged Nam Dinh province into a larger one in 2025
    places = found(geocoder, "Floods cut roads across Nam Dinh province in Vietnam on Monday.")
    m = places["Nam Dinh"]
    assert (m.level, m.country_code) == ("admin1", "VN")


def test_a_former_province_named_like_its_seat_is_the_town_alone(geocoder):
    places = found(geocoder, "Floods cut roads into Nam Dinh, a city south of Hanoi.")
    assert places["Nam Dinh"].level == "city"
