"""Issue 3, US local news: a home town given after a person's common noun and an age ("a
man, 34, of X") is a town, as after a name ("Jo Doe, 34, of X"), never the country of that
name. Invented reports, real towns; parses built by hand so that the model's tags are the
ones under test."""
from __future__ import annotations

import pytest
from geo_helpers import tagged_text

#: a report from Decatur, Illinois, on someone whose home the words before give
_HOME = ("^Police/NOUN in/ADP Decatur/PROPN/B-GPE ,/PUNCT Ill./PROPN/B-GPE ,/PUNCT said/VERB "
         "{who} ,/PUNCT 34/NUM ,/PUNCT of/ADP Lebanon/PROPN/B-GPE was/AUX hurt/VERB when/SCONJ "
         "the/DET truck/NOUN left/VERB the/DET road/NOUN ./PUNCT")


def _found(geocoder, spec):
    return {m.text: m for m in geocoder.find_places(tagged_text(spec))}


@pytest.mark.parametrize("who", ["a/DET man/NOUN", "the/DET driver/NOUN", "her/PRON son/NOUN",
                                 "Jo/PROPN/B-PERSON Marlow/PROPN/I-PERSON"])
def test_a_home_after_a_person_and_an_age_is_a_town(geocoder, who):
    got = _found(geocoder, _HOME.format(who=who))
    assert got["Lebanon"].country_code == "US"
    assert got["Lebanon"].admin1 == "Illinois"


def test_an_age_after_a_thing_places_no_town(geocoder):
    # (a count after a thing, "the route, 34, of Lebanon", is no person's age: the country stays)
    got = _found(geocoder, _HOME.format(who="the/DET route/NOUN"))
    assert got["Lebanon"].country_code == "LB"
