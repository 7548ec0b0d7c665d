"""Victims the parse reads through a second verb or a plural noun: "was shot and later died"
(the one shot is the one who died), "the murders of a woman and her son" (each one named after
"of"). Invented sentences and names."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse
from toll_helpers import parsed_toll


@pytest.mark.parametrize("text, toll", [
    ("A cook was shot and later died at the clinic.", 1),
    ("Troopers charged a drifter with the murders of a 44-year-old rancher and his nephew.", 2),
])
def test_victims_through_a_second_verb_or_a_noun(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("A clerk was shot and wounded during the holdup.", 0),
    ("A cook was shot and could have died without the medic.", 0),
])
def test_no_death_stays_none(text, toll):
    assert parsed_toll(text) == toll
