"""Countries the model ran together into one entity, or wrote inside an editor's brackets,
are each a place. Invented sentences; the places are real."""
from __future__ import annotations

from geo_helpers import found


def test_a_list_run_into_one_entity_gives_each_country(geocoder):
    places = found(geocoder, "Exports rose.\n\nThe miner has large operations in Romania, the Czech "
                             "Republic, South Africa and the United States.")
    assert places["Czech Republic"].country_code == "CZ"
    assert places["South Africa"].country_code == "ZA"


def test_a_pair_with_the_article_only_on_the_second(geocoder):
    places = found(geocoder, "Talks resumed.\n\nEnvoys flew to Ghana, the Ivory Coast and Togo "
                             "on Monday.")
    assert {"Ghana", "Togo"} <= set(places)
    assert any(m.country_code == "CI" for m in places.values())


def test_a_possessive_in_an_editors_brackets_is_the_country(geocoder):
    places = found(geocoder, "Ministers met.\n\n\"We support (Moldova's) early accession,\" the "
                             "commissioner said.")
    assert places["Moldova"].country_code == "MD"


def test_a_possessive_owning_no_noun_is_still_a_shop(geocoder):
    places = found(geocoder, "Lunch was served.\n\nThe family ate dinner at Kanab's, 400 Elm Ave., "
                             "before the parade.")
    assert "Kanab" not in places


def test_two_countries_joined_by_a_slash_are_each_a_place(geocoder):
    places = found(geocoder, "Trade talks open.\n\nThe talks will review U.S./Japan economic "
                             "relations next week.")
    assert places["U.S."].country_code == "US"
    assert places["Japan"].country_code == "JP"


def test_a_possessive_after_that_of_is_the_place(geocoder):
    places = found(geocoder, "Surplus grows.\n\nIts trade surplus is far larger than that of "
                             "Portugal's, economists said.")
    assert places["Portugal"].country_code == "PT"
