"""Span finding (geo/spans.py): invented reports whose place names the model's entities
hold wrongly."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def _names(geocoder, text):
    return {m.text for m in geocoder.toponyms(parse(text))}


def test_sentence_opening_adjective_is_no_part_of_the_name(centre_geocoder):
    # the adjective is capitalised only because the sentence opens with it, and no place
    # is called "Small Dundy"
    text = ("School enrolment fell across Nebraska this fall. Small Dundy and Perkins "
            "counties lost the most pupils.")
    assert "Dundy" in _names(centre_geocoder, text)


def test_place_whose_own_name_opens_with_an_adjective_stays_whole(centre_geocoder):
    text = "Storms swept across Arkansas on Monday. Little Rock lost power for hours."
    assert "Little Rock" in _names(centre_geocoder, text)


def test_abbreviation_run_into_the_next_sentence(centre_geocoder):
    # the text lost the space after the full stop that ends the abbreviation and the sentence
    text = ("A retired teacher from Ohio is riding his bicycle to D.C.Strangers along the way "
            "often stop him to ask why.")
    assert "D.C." in _names(centre_geocoder, text)


def test_legislators_home_town_before_a_hyphen_for_a_dash(centre_geocoder):
    # a hyphen between spaces stands for the dash that closes the aside
    text = ("The Minnesota House met on Tuesday. Rep. Jo Lindqvist, R-Marshall - joined by "
            "two colleagues - asked for a vote on the bill.")
    assert "Marshall" in _names(centre_geocoder, text)


def test_legislators_home_town_before_a_garbled_dash(centre_geocoder):
    # the dash was decoded wrongly and shows as "â" and a quotation mark
    text = ("The Minnesota House met on Tuesday. Rep. Jo Lindqvist, R-Marshall \u00e2 \u201c joined "
            "by two colleagues \u00e2 \u201c asked for a vote on the bill.")
    assert "Marshall" in _names(centre_geocoder, text)


def test_number_after_a_name_is_no_part_of_it(centre_geocoder):
    # "Marion 7": a school district numbered within the county, which the model tags a person
    text = ("Schools in South Carolina face cuts. Marion 7 will lay off teachers, and "
            "Marion 7's board meets on Monday.")
    assert "Marion" in _names(centre_geocoder, text)


def test_number_after_a_road_word_stays_with_the_road(centre_geocoder):
    text = "Traffic in Illinois slowed on Tuesday. A truck overturned on Route 66 near Joliet."
    assert "Route" not in _names(centre_geocoder, text)


def test_town_name_after_the_names_no_town(centre_geocoder):
    # "the Rialto": a cinema called after the town; English gives a town no article
    text = ("A cinema changes hands in Connecticut. The Rialto was the finest picture house "
            "in Hartford, and the Rialto will open again in June.")
    names = _names(centre_geocoder, text)
    assert "Hartford" in names and "Rialto" not in names


def test_region_or_town_named_with_its_article_keeps_it(centre_geocoder):
    text = ("Floods hit Pakistan on Monday. Crops in the Punjab were lost, and a court in "
            "The Hague heard the case on Friday.")
    names = _names(centre_geocoder, text)
    assert "Punjab" in names and "Hague" in " ".join(names)


def test_town_name_as_a_modifier_after_the_stays_a_place(centre_geocoder):
    text = ("Police in California are investigating. Officers from the Rialto and Fontana "
            "departments searched the area.")
    assert "Rialto" in _names(centre_geocoder, text)


def test_names_listed_before_a_plural_street_word_are_streets(centre_geocoder):
    # "Lincoln and Jackson streets": each item of the list is a street's name, not the town
    text = ("A water main broke in Peoria, Illinois, on Monday at the corner of Lincoln and "
            "Jackson streets, and traffic was diverted.")
    names = _names(centre_geocoder, text)
    assert "Peoria" in names and "Lincoln" not in names and "Jackson" not in names


def test_name_opening_a_quoted_title_places_nothing(centre_geocoder):
    # a toy line called after a city, written as a title in quotation marks
    text = ("A toy maker in Ohio recalled 20,000 of its \u201cDenver and Friends\u201d train sets "
            "on Friday. The \u201cDenver\u201d brand is sold in Columbus and Toledo.")
    names = _names(centre_geocoder, text)
    assert "Columbus" in names and "Denver" not in names


def test_quoted_speech_opening_with_a_place_still_places_it(centre_geocoder):
    text = "Snow is forecast for Colorado. \u201cDenver is ready for the storm,\u201d the mayor said."
    start = text.index("Denver")
    assert any(m.start == start for m in centre_geocoder.toponyms(parse(text)))
