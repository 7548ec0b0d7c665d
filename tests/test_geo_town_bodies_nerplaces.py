"""Issue 3: a name before a town's own public body's word ("Ontario police", "the Newark
school district", ``data/geo/town_body_words.tsv``) names a town where a town bears it as
its own name: no province or country abroad that the report is not about, and, in a report
set in one US state, that state's town of the name when it has a real one. Reports invented
for these tests; the towns are real, the events are not."""
from __future__ import annotations

from geo_helpers import found


def test_a_towns_police_are_no_province_abroad(geocoder):
    got = found(geocoder, "Upland and Ontario police arrested two men after a robbery, officials said.")
    assert got["Ontario"].country_code == "US"
    assert got["Ontario"].admin1 == "California"


def test_a_province_the_report_is_about_keeps_its_police(geocoder):
    got = found(geocoder, "Ontario police said two people were hurt in a crash near Toronto.")
    assert got["Ontario"].country_code == "CA"


def test_a_big_province_alone_keeps_its_police(geocoder):
    # (a state abroad far bigger than every town of its name, with nothing in the report
    # bearing out one of the towns, is still the state)
    got = found(geocoder, "Victoria police said two people were hurt in a crash on Sunday.")
    assert got["Victoria"].country_code == "AU"


def test_a_report_set_in_one_state_reads_the_town_there(geocoder):
    got = found(geocoder, "A Dover man was arrested after a chase in Delaware. Newark police said he "
                          "had stolen a car.")
    assert got["Newark"].admin1 == "Delaware"


def test_a_school_district_in_a_report_set_in_one_state(geocoder):
    got = found(geocoder, "A Wilmington, Del., teacher was suspended on Friday, the Newark school "
                          "district said.")
    assert got["Newark"].admin1 == "Delaware"



def test_a_sentence_opening_with_a_towns_police(geocoder):
    # (the model takes the sentence's first word for an adjective or a noun; a word no
    # English list holds before a town body's word is a town candidate)
    got = found(geocoder, "A shooting in Hamilton, Ohio, left one man dead. Middletown police said "
                          "the gunman was arrested.")
    assert got["Middletown"].admin1 == "Ohio"
