"""A report's untagged first words and a sentence's untagged first name, in toponym output
(``Geocoder.toponyms``): the small model seldom tags a headline's opening town ("Alverton
residents meet"), nor a name opening a sentence that it tagged something else elsewhere.
Invented sentences, real places."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse
from geo_helpers import tagged


def places(centre_geocoder, text):
    return [(m.text, m.start, m.admin1) for m in centre_geocoder.toponyms(parse(text))]


def test_headline_town_in_the_state_the_report_names(centre_geocoder):
    text = ("Chillicothe couple wins pumpkin contest. Their 800-pound pumpkin took first prize at "
            "a county fair in Ohio on Saturday.")
    assert ("Chillicothe", 0, "Ohio") in places(centre_geocoder, text)


def test_headline_town_is_no_event_place(centre_geocoder):
    text = ("Chillicothe couple wins pumpkin contest. Their 800-pound pumpkin took first prize at "
            "a county fair in Ohio on Saturday.")
    assert all(m.start > 0 for m in centre_geocoder.find_places(parse(text)))


def test_headline_word_named_like_a_village_elsewhere_is_no_place(centre_geocoder):
    text = ("Early risers fill the trails. Joggers and dog walkers crowded the parks of Ohio at "
            "dawn on Saturday as the heat wave went on.")
    assert [p[0] for p in places(centre_geocoder, text)] == ["Ohio"]


def test_sentence_opening_name_the_model_tagged_elsewhere(centre_geocoder):
    text = ("Park plan approved. Residents raised $5,500 for the Wapakoneta skate park. Wapakoneta "
            "crews in Ohio will pour the ramps in June.")
    starts = [p[1] for p in places(centre_geocoder, text) if p[0] == "Wapakoneta"]
    assert starts == [text.index("Wapakoneta"), text.rindex("Wapakoneta")]


def test_common_word_opening_a_sentence_is_no_part_of_the_name(centre_geocoder):
    rows = [("Stolen", True, "VERB", "O", True), ("Zanesville", True, "PROPN", "O", False),
            ("tractor", True, "NOUN", "O", False), ("turns", True, "VERB", "O", False),
            ("up", False, "ADP", "O", False), (".", True, "PUNCT", "O", False),
            ("It", True, "PRON", "O", True), ("stood", True, "VERB", "O", False), ("in", True, "ADP", "O", False),
            ("a", True, "DET", "O", False), ("field", True, "NOUN", "O", False), ("in", True, "ADP", "O", False),
            ("Ohio", False, "PROPN", "B-GPE", False), (".", False, "PUNCT", "O", False)]
    found = {m.text: m.admin1 for m in centre_geocoder.find_places(tagged(rows))}
    assert found.get("Zanesville") == "Ohio"


def test_name_opening_a_sentence_stays_whole(centre_geocoder):
    # a name the model tags a noun before a body's words is still the name
    rows = [("Shots", True, "NOUN", "O", True), ("hit", True, "VERB", "O", False),
            ("a", True, "DET", "O", False), ("shop", True, "NOUN", "O", False), ("in", True, "ADP", "O", False),
            ("Ohio", False, "PROPN", "B-GPE", False), (".", True, "PUNCT", "O", False),
            ("Zanesville", True, "NOUN", "O", True), ("Police", True, "PROPN", "O", False),
            ("Chief", True, "PROPN", "O", False), ("Ann", True, "PROPN", "B-PERSON", False),
            ("Cole", True, "PROPN", "I-PERSON", False), ("spoke", False, "VERB", "O", False),
            (".", False, "PUNCT", "O", False)]
    found = {m.text: m.admin1 for m in centre_geocoder.find_places(tagged(rows))}
    assert found.get("Zanesville") == "Ohio"


def test_headline_verb_run_into_the_name_after_it(centre_geocoder):
    # the model tags "Rethinking Chile-Peru" a person: the verb is no part of the name
    text = "Rethinking Chile-Peru ties. The two governments met on Monday."
    assert [p[0] for p in places(centre_geocoder, text)] == ["Chile", "Peru"]


def test_headline_word_before_in_state_is_no_unplaced_town(centre_geocoder):
    # "Voters" is another name of a village elsewhere: no town of the state the headline names
    text = "Voters in Pennsylvania backed the plan on Monday. Turnout was high."
    assert [p[0] for p in places(centre_geocoder, text)] == ["Pennsylvania"]
