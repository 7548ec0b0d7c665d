"""A lake, river or shore named after a first-level unit ("Lake Ontario", "the Michigan
shoreline") is weak evidence for that unit: in a paper named after a town of many
namesakes, it tells which of them the paper's town is when the report names nothing
else around it. Invented reports and outlets, real places."""
from __future__ import annotations

from conflictlens.geo.prior import _unit_in_feature
from conflictlens.nlp.parser import parse

PAPER = "https://www.woodstockherald.example/news/2024/house-fire"


def test_the_unit_inside_a_feature_name():
    assert _unit_in_feature("Lake Ontario") == "Ontario"
    assert _unit_in_feature("Michigan shoreline") == "Michigan"
    assert _unit_in_feature("Woodstock") == "" and _unit_in_feature("Lake") == ""


def test_a_lake_named_after_a_province_places_the_papers_town(geocoder):
    text = ("Firefighters in Woodstock were called Sunday to a house fire. The owner had just come "
            "back from a week at Lake Ontario. Woodstock fire chief Tom Bale said the blaze began in a kitchen.")
    got = {(m.text, m.country_code) for m in geocoder.toponyms(parse(text), outlet=geocoder.outlet_home(url=PAPER))}
    assert ("Woodstock", "CA") in got and ("Woodstock", "US") not in got


def test_a_named_state_outweighs_a_lake_of_another(geocoder):
    """Weaker than the unit named alone: the state the report names keeps its town."""
    text = ("Firefighters in Woodstock, Georgia, were called Sunday to a house fire. The owner had just "
            "come back from a week at Lake Ontario. Woodstock fire chief Tom Bale said the blaze began in a kitchen.")
    got = {(m.text, m.country_code) for m in geocoder.toponyms(parse(text), outlet=geocoder.outlet_home(url=PAPER))}
    assert ("Woodstock", "US") in got and ("Woodstock", "CA") not in got
