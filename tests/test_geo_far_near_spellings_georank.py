"""Issue 3: a near spelling (the gazetteer's fuzzy match) of a small town far from every
town the report settles is a place the gazetteer lacks (a village, a misspelt
neighbour), not that far town: in a report on two Minnesota towns, "a fire in
Riceborow" is no Georgia village. Beside the settled towns the near spelling still
counts. The parses are tagged by hand, so the model's tags are the ones under test;
the reports are written for this test, the towns real places, the events invented."""
from __future__ import annotations

from geo_helpers import tagged_text


def _report(first, second, misspelt, state):
    return tagged_text(
        f"^Crews/NOUN from/ADP {first}/PROPN/B-GPE and/CCONJ {second}/PROPN/B-GPE were/AUX sent/VERB "
        f"to/ADP a/DET fire/NOUN in/ADP {misspelt}/PROPN/B-GPE ./PUNCT ^The/DET {state}/PROPN/B-GPE "
        "fire/NOUN marshal/NOUN is/AUX looking/VERB into/ADP it/PRON ./PUNCT")


def test_a_near_spelling_far_from_the_settled_towns_is_no_answer(geocoder):
    got = {m.text: m for m in geocoder.find_places(_report("Owatonna", "Faribault", "Riceborow", "Minnesota"))}
    assert got["Owatonna"].admin1 == "Minnesota"
    assert "Riceborow" not in got


def test_a_near_spelling_beside_the_settled_towns_still_counts(geocoder):
    got = {m.text: m for m in geocoder.find_places(_report("Hinesville", "Midway", "Riceborow", "Georgia"))}
    assert got["Riceborow"].name == "Riceboro"
