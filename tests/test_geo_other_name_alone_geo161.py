"""Issue 3, international news toponyms: a big town's other name (Atlanta's old "Terminus")
that no words place is no reading of it where only that name would say the town's country
("crossed the Terminus" in a report on Kenya); in a report that names that country
elsewhere it stays a reading. Invented sentences, real places; parses built by hand so that
the tags are the ones under test."""
from __future__ import annotations

from geo_helpers import tagged_text

_ABROAD = ("^Fishermen/NOUN from/ADP Mombasa/PROPN/B-GPE ,/PUNCT Kenya/PROPN/B-GPE ,/PUNCT crossed/VERB "
           "the/DET Terminus/PROPN/B-LOC again/ADV ./PUNCT")
_AT_HOME = ("^Fans/NOUN from/ADP Macon/PROPN/B-GPE ,/PUNCT Georgia/PROPN/B-GPE ,/PUNCT crossed/VERB "
            "the/DET Terminus/PROPN/B-LOC again/ADV ./PUNCT")


def _found(geocoder, spec):
    return {m.text: m for m in geocoder.find_places(tagged_text(spec))}


def test_a_big_towns_other_name_abroad_is_no_reading(geocoder):
    got = _found(geocoder, _ABROAD)
    assert "Mombasa" in got and "Terminus" not in got


def test_a_big_towns_other_name_in_a_country_the_report_names_stays(geocoder):
    got = _found(geocoder, _AT_HOME)
    assert got["Terminus"].name == "Atlanta"
