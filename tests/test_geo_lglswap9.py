"""Towns read on the report's own evidence of their state (geo/ranking.py
``_sole_state_with_report_town``, geo/geocoder.py ``_county_of_towns_state``): a town the
model tagged a person or an organisation, in a report naming no country or state, is read in
the one state of its namesakes where another name of the report is a town too; a town read in
a state the report names is not moved to a sheriff's county of another named state when its
own state has a county of that name; "Town, State, and <person>" is an address, not a
list of states (geo/resolve.py ``_town_of_container``)."""
from __future__ import annotations

from geo_helpers import found, toponyms_by_name

GAME = ("^{team}/PROPN/B-{label} beat/VERB the/DET visitors/NOUN 61/NUM -/PUNCT 50/NUM on/ADP "
        "Friday/PROPN ./PUNCT ^The/DET squad/NOUN travels/VERB to/ADP {other}/PROPN/B-GPE "
        "next/ADJ week/NOUN ./PUNCT")


def test_a_tagged_body_is_the_town_of_the_state_holding_the_reports_other_town(geocoder):
    # (Brookfield is a town of Wisconsin, Illinois, Missouri and more; of them only
    # Missouri has a Sedalia: Brookfield, Missouri, not the largest Brookfield)
    got = toponyms_by_name(geocoder, GAME.format(team="Brookfield", label="ORG", other="Sedalia"))
    assert (got["Brookfield"].admin1, got["Sedalia"].admin1) == ("Missouri", "Missouri")
    got = toponyms_by_name(geocoder, GAME.format(team="Brookfield", label="PERSON", other="Sedalia"))
    assert got["Brookfield"].admin1 == "Missouri"


def test_a_state_or_province_name_is_no_partner_town(geocoder):
    # (Ontario is a village of Wisconsin too, where a Brookfield lies: the province says
    # nothing of which Brookfield, and the body's name stays unread)
    got = toponyms_by_name(geocoder, GAME.format(team="Brookfield", label="ORG", other="Sedalia"))
    assert "Brookfield" in got
    got = toponyms_by_name(geocoder, GAME.format(team="Brookfield", label="ORG", other="Ontario"))
    assert "Brookfield" not in got


def test_a_town_in_a_named_state_with_a_county_of_that_name_is_not_moved_to_the_pair(geocoder):
    # (New Hampshire's Carroll County holds a Conway, and the report names New Hampshire;
    # but the dateline puts Conway in Arkansas, which has a Carroll County too)
    text = ("CONWAY, Ark. -- A Conway man was held on Tuesday after a chase through two towns, the "
            "Carroll County sheriff said. The man was also wanted on a warrant from New Hampshire, "
            "deputies said.")
    got = found(geocoder, text)
    assert got["CONWAY"].admin1 == "Arkansas"
    assert got["Conway"].admin1 == "Arkansas"


def test_a_person_joined_after_town_and_state_leaves_the_pair_an_address(geocoder):
    # (", and Carl T. Sample" names the next relative, no next state of a list: Danville
    # is Virginia's, though the report's other towns lie by Danville, Pennsylvania)
    text = ("Mary Q. Sample, 88, of Sunbury, died Sunday at home. She is survived by a son, Paul "
            "Sample of Bloomsburg, Pennsylvania; a daughter, Ruth Sample of Danville, Virginia, "
            "and Carl T. Sample of Milton; and four grandchildren.")
    got = found(geocoder, text)
    assert got["Danville"].admin1 == "Virginia"
    assert got["Milton"].admin1 == "Pennsylvania"
