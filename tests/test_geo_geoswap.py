"""Names the --swap-names probe (bench/geoswap.py) showed the rules were not tuned on:
a legislator's home town before a party member's noun ("Rep. Jo Doe, a Lawrence
Democrat,"), which US news writes for a member of a state house or Congress, and which
the small model tags a person (with the noun) or a nationality."""
from __future__ import annotations

import pytest

from geo_helpers import found

LEAD = "Lawmakers in Kansas argued over the school budget on Monday. "


@pytest.mark.parametrize("sentence, town", [
    ("Rep. Tom Hawk, a Lawrence Democrat, said the plan would fail.", "Lawrence"),
    ('"It cannot pass," said Rep. Ann Mays, a Lawrence Republican.', "Lawrence"),
    ("Sen. Bill Ott, an Emporia Democrat, voted against it.", "Emporia"),
    ("The sponsor, Rep. Ann Mays, a Hays Democrat, spoke first.", "Hays"),
    ("Sen. Bill Ott, an Olathe Republican, voted against it.", "Olathe"),
])
def test_home_town_before_party_noun_is_the_town(geocoder, sentence, town):
    m = found(geocoder, LEAD + sentence).get(town)
    assert m is not None and m.admin1 == "Kansas" and m.level == "city"


@pytest.mark.parametrize("sentence", [
    "Sen. Bill Ott, a House Democrat, voted against it.",
    "Sen. Bill Ott, a Tea Party Republican, voted against it.",
    "Sen. Bill Ott, a New Deal Democrat, voted against it.",
])
def test_a_faction_or_chamber_before_the_noun_is_no_town(geocoder, sentence):
    assert set(found(geocoder, LEAD + sentence)) == {"Kansas"}


# A town's body named in capitals in a run the model leaves untagged, opened by a day
# word: the day is no part of the body's name, which names the town.
TEXAS = "Two men were hurt in a crash near Austin, Texas, on Monday. "


@pytest.mark.parametrize("sentence", [
    "Around 9 p.m. Sunday Kerrville Police went to the house.",
    "On Sunday Kerrville Police went to the house.",
])
def test_town_inside_an_untagged_body_run(geocoder, sentence):
    m = found(geocoder, TEXAS + sentence).get("Kerrville")
    assert m is not None and m.admin1 == "Texas"


@pytest.mark.parametrize("sentence", [
    "On Sunday State Police went to the house.",
    "On Sunday Capitol Police went to the house.",
])
def test_a_body_run_without_a_town_names_none(geocoder, sentence):
    assert set(found(geocoder, TEXAS + sentence)) <= {"Austin", "Texas"}
