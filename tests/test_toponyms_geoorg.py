"""Toponym output (``geoparse``) of organisations named after a place: a youth group's
name and a portfolio's word after a body's word and "of" name no place."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return [m.text for m in geocoder.toponyms(parse(text))]


def test_a_town_opening_a_youth_groups_name_is_no_toponym(geocoder):
    text = ("Young volunteers were praised at a ceremony in Kettering, England, on Friday. "
            "Awards went to the Corby Sea Cadets, the Daventry Youth Club and the Rushden "
            "Youth Theatre.")
    names = toponyms(geocoder, text)
    assert not {"Corby", "Daventry", "Rushden"} & set(names)
    assert "Kettering" in names


def test_a_town_opening_a_schools_name_stays_a_toponym(geocoder):
    text = ("Young volunteers were praised at a ceremony in Kettering, England, on Friday. "
            "Awards went to pupils of Corby High School.")
    assert "Corby" in toponyms(geocoder, text)


def test_a_portfolio_after_a_bodys_word_and_of_is_no_place(geocoder):
    text = ("Jo Kane, head of the Alverton Chamber of Commerce, said the new road would "
            "bring shoppers from Gainesville and Commerce, Georgia.")
    spans = [(m.start, m.text) for m in geocoder.toponyms(parse(text))]
    chamber = text.index("Chamber of Commerce") + len("Chamber of ")
    assert (chamber, "Commerce") not in spans
    assert (text.rindex("Commerce"), "Commerce") in spans
