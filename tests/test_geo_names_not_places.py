"""Names in local reports that are no place of the report: a given name the model left
untagged before a tagged surname, a street given by its house block, a school named after
someone, a feast day before a date. Sentences are written for these tests; the names in
them are real places (the gazetteer has no invented ones), the people and events invented.
"""
from __future__ import annotations

import pytest

from geo_helpers import found




# ---------------------------------------------------------------- given names

def test_an_untagged_given_name_before_a_tagged_surname_is_the_person(geocoder):
    # (the model tags only "Okafor"; Justice, Illinois is a town)
    got = found(geocoder, "LOWELL, Mass. — A 20-year-old Dracut man was arraigned on Monday after "
                          "a crash on the bridge.\n\nJustice Okafor has been charged with driving "
                          "under the influence.")
    assert "Justice" not in got
    assert got["Dracut"].admin1 == "Massachusetts"


def test_a_place_before_a_person_in_a_longer_run_stays_a_place(geocoder):
    got = found(geocoder, "Police in Springfield said on Monday that Chicago Mayor Ann Lee would visit.")
    assert got["Chicago"].admin1 == "Illinois"


# ---------------------------------------------------------------- house blocks

@pytest.mark.parametrize("text, street", [
    ("Officers found a wounded man in the 400 block of Elmhurst on Tuesday, Detroit police said.",
     "Elmhurst"),
    ("SPOKANE, Wash. — Deputies were called to the 1200 block of Fairfield after a neighbour "
     "heard shots.", "Fairfield"),
    ("Officers found a wounded man in the 900 block of South Lafayette on Tuesday, Chicago police "
     "said.", "Lafayette"),
])
def test_a_name_after_a_house_block_is_a_street(geocoder, text, street):
    got = found(geocoder, text)
    assert street not in got and got


# ---------------------------------------------------------------- schools

@pytest.mark.parametrize("text", [
    # the report is in Illinois: Crockett, Texas is no town of it
    "EVANSTON, Ill. — A 15-year-old Crockett High School student who shot himself on Friday has "
    "died, the Cook County medical examiner said.",
    # no state named; Cook counties lie in Illinois, Georgia and Minnesota, not in Texas
    "A 15-year-old Crockett High School student who shot himself on Friday has died, the Cook "
    "County medical examiner said.",
])
def test_a_school_named_after_someone_is_no_town_afar(geocoder, text):
    assert "Crockett" not in found(geocoder, text)


@pytest.mark.parametrize("text", [
    # in the report's state
    "HOUSTON, Texas — A 15-year-old Crockett High School student who shot himself on Friday has "
    "died, police said.",
    # a report placed in no state keeps its town
    "A 15-year-old Crockett High School student who shot himself on Friday has died, police said.",
    # in a county the report names (Crockett, Texas lies in a Houston County; the state is Illinois)
    "A Peoria, Ill., man was visiting Houston County on Sunday when two Crockett High School "
    "students were found dead.",
])
def test_a_school_named_after_its_town_is_that_town_with_evidence_or_none_against(geocoder, text):
    assert found(geocoder, text)["Crockett"].admin1 == "Texas"


# ---------------------------------------------------------------- feast days

def test_a_feast_day_before_a_date_is_no_town(geocoder):
    got = found(geocoder, "Toledo police said the first robbery was on Easter, April 4, and the "
                          "second on a Sunday in May.")
    assert "Easter" not in got


def test_a_feast_day_named_like_a_town_before_its_state_is_the_town(geocoder):
    got = found(geocoder, "A storm flooded roads in Christmas, Florida on Monday.")
    assert got["Christmas"].admin1 == "Florida"


# ---------------------------------------------------------------- public offices

def test_a_public_office_with_a_possessive_is_no_place(geocoder):
    # "Marshal" is one letter from Marshall, Texas: the office's word, capitalised and with
    # its possessive, names no town (data/geo/common_names.tsv), in tokenised text too
    for text in ("A clerk in Lubbock , Texas , said the U . S . Marshal's agents came on Friday .",
                 "A deputy of the U.S. Marshal's office in Lubbock, Texas, said on Friday that "
                 "the Sheriff's investigators had found the truck near Amarillo."):
        got = found(geocoder, text)
        assert not {"Marshal", "Sheriff"} & got.keys(), text
        assert got["Lubbock"].admin1 == "Texas"


# ---------------------------------------------------------------- surnames named like counties

def test_a_bare_surname_taken_for_a_person_is_no_county(geocoder):
    # (Patrick County, Virginia; the model tags "Patrick" a person and nothing places it)
    text = "Lawmakers in Boston, Massachusetts, weighed Patrick's bill for a higher gas tax on Thursday."
    assert "Patrick" not in found(geocoder, text)


@pytest.mark.parametrize("text", [
    "The roads of Brown County, Indiana, were closed on Monday.",
    # ("of" gives someone's home: the county stays a reading)
    "Prosecutors in Indianapolis, Indiana, said Jo Kane of Brown was charged.",
])
def test_a_county_said_with_its_word_or_as_a_home_stays(geocoder, text):
    assert found(geocoder, text)["Brown"].level == "admin2"
