"""Issue 3: a public body's word that ends a town's own name ("Kansas City Power & Light":
"City") does not cut the name to its first word, which would read the state; a body's word
after a town ("Olathe City Council") still places the body in the town. Invented reports,
real towns; parses built by hand so that the model's tags are the ones under test."""
from __future__ import annotations

from geo_helpers import tagged_text


def _found(geocoder, spec):
    return {m.text: m for m in geocoder.find_places(tagged_text(spec))}


def test_a_body_word_ending_a_towns_name_is_the_towns(geocoder):
    spec = ("^Crews/NOUN of/ADP Kansas/PROPN/B-ORG City/PROPN/I-ORG Power/PROPN/I-ORG &/CCONJ/I-ORG "
            "Light/PROPN/I-ORG restored/VERB power/NOUN to/ADP homes/NOUN in/ADP Olathe/PROPN/B-GPE "
            "and/CCONJ Lenexa/PROPN/B-GPE ./PUNCT")
    got = _found(geocoder, spec)
    assert "Kansas" not in got
    assert got["Olathe"].admin1 == "Kansas"


def test_a_body_word_after_a_town_still_places_it(geocoder):
    # ("Olathe City Council": "Olathe City" is no town's name, so the council is Olathe's)
    spec = ("^The/DET Olathe/PROPN/B-ORG City/PROPN/I-ORG Council/PROPN/I-ORG met/VERB on/ADP "
            "Monday/PROPN/B-DATE ./PUNCT")
    got = _found(geocoder, spec)
    assert got["Olathe"].admin1 == "Kansas"
