"""Place ranking rules of the GeoVirus tuned-error round (issue 3), on invented reports
and real place names."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def countries(geocoder, text, name):
    """The country codes the mentions of ``name`` resolve to, in order."""
    return [m.country_code for m in geocoder.find_places(parse(text)) if m.text == name]


def test_capital_of_a_named_country_outweighs_a_small_town_of_a_state_named_elsewhere(geocoder):
    # "NY" names New York state, but only for a laboratory far from Rome, New York;
    # the report also names Italy, whose capital is seventy times that town's size
    text = ("Swine fever has killed pigs on farms in Hanoi, Hai Phong, Nam Dinh, Ninh Binh, Bac "
            "Ninh and Thai Binh, Vietnam's farm ministry said. Vietnam has culled 40,000 animals, "
            "and farms in Hue and Da Nang were closed. Samples went to the NY Plum Creek Animal "
            "Research Station, and Vietnam has asked for more help. Vietnamese and Italian vets "
            "met in Hanoi on Monday. Vietnam will report again next week, a Food and Agriculture "
            "Organization adviser told reporters in Rome.")
    assert countries(geocoder, text, "Rome") == ["IT"]


def test_a_state_named_with_its_town_still_holds_it(geocoder):
    text = ("Firefighters in Rome, New York, put out a barn fire on Tuesday. A visitor from "
            "Italy was among those who watched.")
    assert countries(geocoder, text, "Rome") == ["US"]


def test_a_town_near_the_reports_towns_keeps_its_state(geocoder):
    text = ("Police in Utica, New York, and in nearby Oneida are searching for a missing boy. "
            "He was last seen in Rome on Friday. His mother was born in Italy.")
    assert countries(geocoder, text, "Rome") == ["US"]
