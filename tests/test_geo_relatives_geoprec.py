"""A one-word name a relative's word in lower case introduces without a comma ("are son
Tyler, husband of ...") is a person, as with the comma ("his son, Tyler,"); a capitalised
relative's word is a title, and a name a state follows is left to the place rules."""
from __future__ import annotations

from conflictlens.geo.people import relatives
from conflictlens.nlp.parser import parse
from geo_helpers import found


def test_a_name_right_after_a_relatives_word_is_a_person(geocoder):
    # Tyler, Texas and Florence, Alabama exist; here they are a son and a daughter
    got = found(geocoder, "Wilma Grebe, 84, of Lubbock, Texas, died Friday. Besides her husband she "
                          "leaves son Tyler, husband of Nadine Grebe of Lubbock; and a niece.")
    assert "Tyler" not in got and got["Lubbock"].admin1 == "Texas"
    got = found(geocoder, "Orrin Pell, 77, of Huntsville, Alabama, died Monday. He is survived by "
                          "his daughter Florence, wife of Dale Kemp of Huntsville, and two grandsons.")
    assert "Florence" not in got and got["Huntsville"].admin1 == "Alabama"


def test_relatives_without_a_comma_keep_the_state_and_title_exceptions():
    doc = parse("The farm passed to her son Tyler, who sold it in 1990.")
    assert relatives(doc) == {"tyler"}
    doc = parse("They stayed with his cousin Tyler, Texas, for a week.")
    assert relatives(doc) == set()
