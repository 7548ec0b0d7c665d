"""Two ambiguous names of a report (a town and a county) do not pull each other into a
state the report does not name when the report names a state holding one of them:
"Jefferson County" in a report on Missouri is Missouri's, and lends Colorado's Erie no
evidence (geo/ranking.py ``_lent``). A name's one real town still places a county of
another state beside it ("Johnson County near Olathe" in a report from Missouri)."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def found(geocoder, text):
    return {m.text: m for m in geocoder.find_places(parse(text))}


@pytest.mark.parametrize("state", ["Missouri", "Alabama", "New York"])
def test_a_county_of_the_named_state_beats_a_pair_elsewhere(geocoder, state):
    article = "An" if state[0] in "AEIOU" else "A"
    places = found(geocoder, f"{article} {state} woman from Erie was hurt in a crash in Jefferson County on Sunday.")
    assert places["Jefferson"].admin1 == state
    assert places["Erie"].admin1 != "Colorado"


def test_the_pair_holds_in_its_own_state(geocoder):
    places = found(geocoder, "Colorado officials said snow closed roads from Erie to Jefferson County.")
    assert (places["Erie"].admin1, places["Jefferson"].admin1) == ("Colorado", "Colorado")


def test_a_settled_town_still_places_the_county_beside_it(geocoder):
    places = found(geocoder, "Police in Kansas City, Missouri, said the stolen car was found in "
                             "Johnson County near Olathe.")
    assert places["Johnson"].admin1 == "Kansas"
