"""A unit word before "of" mid-sentence ("lawyers for the State of Ohio", "a grant from the City
of Alverton") is no place name of its own: the name after "of" is the one mention, not the unit
word read as that unit too (geo/spans.py ``_capitalised_run_spans``). Invented reports."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return [(m.text, m.country_code) for m in geocoder.toponyms(parse(text))]


@pytest.mark.parametrize("text, found", [
    ("Lawyers for the State of Ohio asked the court in Columbus to delay the hearing.",
     [("Ohio", "US"), ("Columbus", "US")]),
    ("Prosecutors for the State of Texas said the man was held in Dallas.",
     [("Texas", "US"), ("Dallas", "US")]),
    ("A lawsuit against the State of Kansas was filed on Monday in Wichita.",
     [("Kansas", "US"), ("Wichita", "US")]),
])
def test_unit_word_before_of_is_no_mention(geocoder, text, found):
    assert toponyms(geocoder, text) == found


def test_a_state_named_after_its_word_stays(geocoder):
    # ("Kano State": the unit word after the name is part of the place's mention)
    assert [t for t, _cc in toponyms(geocoder, "Gunmen attacked a village in Kano State on Sunday.")][:1] \
        in (["Kano State"], ["Kano"])
