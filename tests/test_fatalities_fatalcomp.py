"""Tolls of a named victim's description. Invented reports and names."""
from __future__ import annotations

from toll_helpers import coded_fatalities


def test_an_apposition_describing_a_named_victim_adds_no_one(violence_pipeline):
    text = ("Vesna Korlat, a district commander, was killed in an ambush in Dayton on Monday "
            "in which her bodyguard and driver were also killed.")
    assert coded_fatalities(violence_pipeline, text) == [3]
