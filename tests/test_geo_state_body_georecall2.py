"""A country's name the model took for a person counts as the report's country when a state
body's word makes it the country ("Mali's army", "the army of Chad"), so a town of that
country tagged as a person is read there; a person's own word ("Chad's wife") does not."""
from __future__ import annotations

from geo_helpers import tagged_places


def test_a_town_is_read_in_the_country_whose_army_speaks(geocoder):
    got = tagged_places(geocoder, "^Kidal/PROPN/B-PERSON was/AUX shelled/VERB again/ADV ./PUNCT "
                           "^Mali/PROPN/B-PERSON 's/PUNCT army/NOUN said/VERB three/NUM soldiers/NOUN died/VERB ./PUNCT")
    assert "Kidal" in got and got["Kidal"].country_code == "ML"


def test_the_army_of_a_country_before_its_name(geocoder):
    got = tagged_places(geocoder, "^Abeche/PROPN/B-PERSON was/AUX shelled/VERB overnight/ADV ./PUNCT "
                           "^The/DET army/NOUN of/ADP Chad/PROPN/B-PERSON said/VERB two/NUM soldiers/NOUN "
                           "died/VERB ./PUNCT")
    assert "Abeche" in got and got["Abeche"].country_code == "TD"


def test_state_body_words_are_read_after_a_possessive_or_before_of():
    from conflictlens.geo.state_bodies import names_state_body
    text = "Chad's wife said so, but the ministry of Mali and Niger's army did not."
    assert not names_state_body(text, 0, 4)
    at = text.index("Mali")
    assert names_state_body(text, at, at + 4)
    at = text.index("Niger")
    assert names_state_body(text, at, at + 5)
