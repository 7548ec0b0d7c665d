"""The report's town when a lone town lies outside the county the story is told around
(gvcplace2 branch). Invented reports."""
from __future__ import annotations

from crime_helpers import other_violence_rows

LEAD = ("Father held after boy found shot at home\n\n"
        "FLAGSTAFF, Arizona — A man shot his young son inside their apartment on Tuesday afternoon, "
        "deputies said.\n\n"
        "The child later died at a medical center. Officials counted it as the third such death of a "
        "youngster in Coconino County since January.\n\n"
        "Prosecutors in Coconino County expect to file charges later this week.\n\n")


def test_a_lone_town_outside_the_told_county_gives_way_to_the_dateline_town(violence_pipeline):
    """The dateline's town lies in the county the report names twice; a town named once in
    another county (a helpline's branch office) is an aside, not the scene."""
    text = LEAD + "Relatives who want counselling may phone the agency's Yuma office, 555-0100.\n"
    rows = other_violence_rows(violence_pipeline, text)
    assert rows and "Yuma" not in {loc for _, loc in rows}
    assert ("2024-10-15", "Flagstaff") in rows


def test_a_town_named_again_stays_the_report_place(violence_pipeline):
    """A town the report names more than once, outside the county it names, is still where the
    story happened: the dateline's town does not replace it."""
    text = ("Teen wounded in shooting near river park\n\n"
            "FLAGSTAFF, Arizona — Gunfire wounded a teenager's leg late Tuesday, according to officers.\n\n"
            "Officers in Yuma found the teen beside a parked car near a Yuma park.\n\n"
            "Records in Coconino County show the suspect was released from jail last month, and a judge "
            "in Coconino County had set his bail.\n")
    rows = other_violence_rows(violence_pipeline, text)
    assert rows and {loc for _, loc in rows} == {"Yuma"}
