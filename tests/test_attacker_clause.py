"""A number told of the doers of a killing ("one of the gunmen in the raid that killed a
clerk") is no death, and "one of three people who died" is one of the three, not one
more. Invented sentences and names."""
from __future__ import annotations

import pytest

from toll_helpers import parsed_toll


@pytest.mark.parametrize("text, toll", [
    ("Deputies detained Tavin Qorell, one of two assailants in the brawl that also killed Brisa Molvane.", 1),
    ("Marshals are seeking one of the gunmen in the robbery that killed two clerks.", 2),
    ("Jurors convicted one of the attackers in the ambush that killed cashier Dorrit Vell.", 1),
    ("Two of the robbers in the holdup that killed a guard were caught on Tuesday.", 1),
])
def test_the_doers_of_a_killing_are_no_victims(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("Brisa Molvane was one of three people who died in the blaze.", 3),
    ("Two of four miners were killed in the blast.", 2),
    ("Brisa Molvane was one of the two people killed in the crash.", 2),  # the participle: both were killed
    ("One of the gunmen was killed in the shootout with marshals.", 1),
    ("Two gunmen who were killed Monday had fled the county jail.", 2),
    ("One of the raiders who killed himself was named by the sheriff.", 1),
])
def test_real_counts_stay(text, toll):
    assert parsed_toll(text) == toll
