"""Death tolls read the way a news reader counts them: a person noun that only describes the
one a pronoun stands for ("he was the second ranger killed") counts no one more, and the
dead of earlier incidents ("who have killed several grocers in previous attacks") are no toll.
Invented sentences and names."""
from __future__ import annotations

import pytest

from toll_helpers import parsed_toll


@pytest.mark.parametrize("text, toll", [
    ("Ranger Tobin Vask was shot dead at the ford. He was the second ranger killed in Norvale this week.", 1),
    ("Clerk Ilsa Marr died in the blaze. She is the fourth clerk to die in the district since May.", 1),
])
def test_a_description_of_a_pronoun_counts_no_one_more(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("The second ranger was killed near the ford.", 1),
    ("Two rangers killed in Norvale were buried on Monday.", 2),
])
def test_other_victims_still_count(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("The bomb was blamed on the Crag Front, whose cells have killed several grocers in previous attacks in Tollbridge.", 0),
    ("Ministers said the Crag Front had killed magistrate Orla Penhallow in earlier ambushes near Fennick.", 0),
])
def test_the_dead_of_earlier_incidents_are_noparsed_toll(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("Two grocers were killed in the attack, which followed previous raids on the market.", 2),
    ("Three magistrates were killed on Monday in an ambush near Fennick.", 3),
])
def test_this_incidents_dead_still_count(text, toll):
    assert parsed_toll(text) == toll
