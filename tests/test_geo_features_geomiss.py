"""Islands, bays, squares, forts and proving grounds the gazetteer lacks are toponyms put
where the words around them say, as lakes and peaks are (data/geo/outdoor_feature_words.tsv,
geo/sublocal.py); a mention of the town's own country between the town and the feature
does not hide the town (a town of the report's country is still the feature's)."""
from __future__ import annotations

from conflictlens.geo.sublocal import _outdoor_feature
from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_feature_words_of_islands_bays_squares_forts_and_ranges():
    for name in ("Marrow Island", "Quenby Bay", "St. Aldric's Square", "Fort Halvern",
                 "Brill Proving Ground", "Tarrow Peninsula", "Marrow Isle"):
        assert _outdoor_feature(name), name
    assert not _outdoor_feature("Fort Halvern Medical")  # a longer name must end in its word


def test_a_square_the_gazetteer_lacks_lies_at_its_paragraph_s_town(geocoder):
    text = ("Crowds gathered in Florence on Sunday to hear the mayor. Thousands stood in "
            "Aldric Square for the speech.")
    m = toponyms(geocoder, text)["Aldric Square"]
    assert (m.country_code, m.level, m.geo_precision) == ("IT", "feature", 2)
    assert m.location.startswith("Florence")


def test_a_proving_ground_in_a_state_is_the_state_s(geocoder):
    text = "The Army tested the new rockets at Brill Proving Ground in Nevada last spring."
    m = toponyms(geocoder, text)["Brill Proving Ground"]
    assert (m.admin1, m.level, m.geo_precision) == ("Nevada", "feature", 3)


def test_an_island_near_a_town_is_at_that_town(geocoder):
    text = "Rangers found the missing goat on Marrow Island near Hobart on Tuesday, officials said."
    m = toponyms(geocoder, text)["Marrow Island"]
    assert (m.country_code, m.level) == ("AU", "feature")


def test_the_town_s_own_country_between_it_and_the_feature_hides_no_town(geocoder):
    text = ("A seal escaped from the aquarium in Wellington last week. The New Zealand "
            "Department of Conservation said a fisherman spotted it at Quenby Bay on Monday.")
    m = toponyms(geocoder, text)["Quenby Bay"]
    assert (m.country_code, m.level) == ("NZ", "feature")
    assert m.location.startswith("Wellington")


def test_another_country_between_the_town_and_the_feature_still_hides_it(geocoder):
    text = ("A seal escaped from the aquarium in Wellington last week. Officials in Australia "
            "said a fisherman spotted it at Quenby Bay on Monday.")
    m = toponyms(geocoder, text).get("Quenby Bay")
    assert m is None or m.country_code != "NZ" or not m.location.startswith("Wellington")


def test_a_feature_after_a_city_state_named_since_the_town_is_the_city_state_s(geocoder):
    text = ("Pilgrims flew to Rome on Friday. The Vatican said that crowds would gather in "
            "Aldric Square on Sunday.")
    m = toponyms(geocoder, text)["Aldric Square"]
    assert (m.country_code, m.level) == ("VA", "feature")


def test_a_feature_after_a_state_named_since_the_town_is_the_state_s(geocoder):
    text = ("Officials in Trenton spoke on Monday, and Oregon rangers said Mount Tarrow would "
            "stay closed for the winter.")
    m = toponyms(geocoder, text)["Mount Tarrow"]
    assert (m.admin1, m.level, m.geo_precision) == ("Oregon", "feature", 3)


def test_a_feature_after_a_large_country_named_since_the_town_has_no_point(geocoder):
    text = ("Officials in Trenton, New Jersey, spoke on Monday, and rangers in Brazil said Mount Tarrow would "
            "stay closed for the winter.")
    assert "Mount Tarrow" not in toponyms(geocoder, text)
