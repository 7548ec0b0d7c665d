"""A report's untagged first words and a sentence's untagged first name, in toponym output
(``Geocoder.toponyms``): the small model seldom tags a headline's opening town ("Alverton
residents meet"), nor a name opening a sentence that it tagged something else elsewhere.
Invented sentences, real places."""
from __future__ import annotations

import pytest

from conflictlens.geo import Gazetteer, Geocoder
from conflictlens.nlp.parser import parse


@pytest.fixture(scope="module")
def geocoder(gazetteer_file) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_file, build_if_missing=False), unit_points="centre")


def places(geocoder, text):
    return [(m.text, m.start, m.admin1) for m in geocoder.toponyms(parse(text))]


def test_headline_town_in_the_state_the_report_names(geocoder):
    text = ("Chillicothe parents charged after crash. Two adults were charged on Friday after a car "
            "hit a fence near a school in Ohio, deputies said.")
    assert ("Chillicothe", 0, "Ohio") in places(geocoder, text)


def test_headline_town_is_no_event_place(geocoder):
    text = ("Chillicothe parents charged after crash. Two adults were charged on Friday after a car "
            "hit a fence near a school in Ohio, deputies said.")
    assert all(m.start > 0 for m in geocoder.find_places(parse(text)))


def test_headline_word_named_like_a_village_elsewhere_is_no_place(geocoder):
    text = ("Early voters crowd the polls. Lines stretched outside the library in Ohio on Saturday "
            "as people voted before the weekend.")
    assert [p[0] for p in places(geocoder, text)] == ["Ohio"]


def test_sentence_opening_name_the_model_tagged_elsewhere(geocoder):
    text = ("Water line funded. Families gave $9,000 toward the Wapakoneta water line. Wapakoneta "
            "crews in Ohio will lay the pipe in June.")
    starts = [p[1] for p in places(geocoder, text) if p[0] == "Wapakoneta"]
    assert starts == [text.index("Wapakoneta"), text.rindex("Wapakoneta")]
