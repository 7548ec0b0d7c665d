"""A name in the possessive before a named site ("Bologna's Ravelli hospital") is the town
the site stands in, placed by the words as "in X" would, whatever the model tagged it; a
possessive before a site's name with no site word after it stays as the model read it."""
from __future__ import annotations

from geo_helpers import tagged_places


def test_a_possessive_before_a_named_hospital_is_its_town(geocoder):
    got = tagged_places(geocoder, "^The/DET singer/NOUN left/VERB Bologna/PROPN/B-PERSON 's/PUNCT Ravelli/PROPN/B-PERSON "
                           "hospital/NOUN on/ADP Monday/PROPN/B-DATE ,/PUNCT a/DET Vatican/PROPN/B-ORG "
                           "aide/NOUN said/VERB ./PUNCT")
    assert "Bologna" in got and got["Bologna"].country_code == "IT"


def test_a_possessive_before_a_name_with_no_site_word_is_left(geocoder):
    got = tagged_places(geocoder, "^The/DET singer/NOUN praised/VERB Bologna/PROPN/B-PERSON 's/PUNCT Ravelli/PROPN/B-PERSON "
                           "family/NOUN on/ADP Monday/PROPN/B-DATE ,/PUNCT a/DET Vatican/PROPN/B-ORG "
                           "aide/NOUN said/VERB ./PUNCT")
    assert "Bologna" not in got
