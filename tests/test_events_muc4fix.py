"""A group's record told beside the news (branch muc4fix): "has staged numerous car bomb attacks"
with no day is what the group has done, not an event of the report's day. Invented reports written for these tests; the places are real."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def test_a_squads_record_adds_no_row_nor_deaths(pipeline):
    rows = violent_rows(pipeline, "The interior minister said on Saturday that a foreign hit squad killed two union "
                                  "leaders in Guatemala City on Friday. He added that the squad has murdered "
                                  "several people and has staged numerous car bomb attacks across the country.\n",
                        date(2024, 5, 15))
    assert [(e.event_type, e.fatalities) for e in rows] == [("Violence against civilians", 2)]


def test_a_killing_told_in_the_perfect_with_its_attack_stays_news(pipeline):
    rows = violent_rows(pipeline, "Soldiers killed ten rebels in Kidal on Friday, the army said. Separately, gunmen "
                                  "have killed several villagers in an attack near Gao, officials said.\n",
                        date(2024, 5, 15))
    assert sorted(e.location for e in rows) == ["Gao", "Kidal"]
