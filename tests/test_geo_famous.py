"""A name that words put in a place ("a bakery in X", "near X") in a report that says no
country is the town far the largest of its name even when its namesakes are real towns,
not only villages, and even when the model took it for an organisation: the words leave in
doubt only which namesake is meant, and a reader takes the one several times the others
(:data:`conflictlens.geo.ranking.FAMOUS_PLACED_RATIO`). A name no words place keeps the
stricter rule. Invented reports, real place names."""
from __future__ import annotations

from conflictlens.geo import Gazetteer
from conflictlens.geo.ranking import famous_town
from geo_helpers import place_named


def _cands(gazetteer_file, name):
    return Gazetteer.open(gazetteer_file, build_if_missing=False).lookup(name)


def test_a_town_over_real_town_namesakes_is_famous_only_where_words_place_it(gazetteer_file):
    # Evanston, Illinois (~75,000) over Evanston, New Brunswick and Evanston, Wyoming (towns
    # of 12,000 to 19,000): too many people for the villages rule, fine for a placed name
    cands = _cands(gazetteer_file, "Evanston")
    assert famous_town(cands) is None
    town = famous_town(cands, placed=True)
    assert town is not None and town.country_code == "US" and town.admin1_code == "US.IL"


def test_two_towns_of_like_size_leave_a_placed_name_in_doubt(gazetteer_file):
    # Kettering in England and Kettering, Ohio are of a size: no namesake outsizes the other
    assert famous_town(_cands(gazetteer_file, "Kettering"), placed=True) is None


def test_a_town_tagged_an_organisation_after_in_is_the_far_largest_namesake(geocoder):
    text = "Shoppers queued outside a bakery in Evanston on Friday."
    m = place_named(geocoder, text, "Evanston")
    assert m is not None and m.country_code == "US" and "Illinois" in str(m.admin1)


def test_a_town_tagged_an_organisation_after_near_is_the_far_largest_namesake(geocoder):
    text = "Crews repaired a water main near Evanston on Tuesday."
    m = place_named(geocoder, text, "Evanston")
    assert m is not None and m.country_code == "US"


def test_a_town_name_no_words_place_stays_unread(geocoder):
    # "Evanston trustees" may be any Evanston's board: no preposition of place says a town
    text = "Evanston trustees approved a new parking plan on Tuesday."
    assert place_named(geocoder, text, "Evanston") is None


def test_a_town_tagged_an_organisation_before_its_police_is_the_far_largest_namesake(geocoder):
    # a town's own body after the name says a town as plainly as "in" does
    text = "Evanston police were called on Tuesday to a noisy party."
    m = place_named(geocoder, text, "Evanston")
    assert m is not None and m.country_code == "US" and "Illinois" in str(m.admin1)
