"""Side-taking gaps: who is on which side, and what is no fight at all."""
from __future__ import annotations

from datetime import date

from event_helpers import coded

PUBLISHED = date(2024, 5, 15)


def test_panic_among_residents_after_clashes_is_no_riot(pipeline):
    """'The clashes spread panic among villagers': the villagers felt the clashes' effect, they are no
    side of them, so the follow-up sentence codes no riot beside the battle."""
    text = ("Heavy fighting broke out near Mopti on Sunday, killing five. "
            "The clashes spread panic among villagers living nearby.")
    rows = coded(pipeline, text, PUBLISHED)
    assert not [e for e in rows if e.event_type == "Riots"], [(e.event_type, e.evidence.text) for e in rows]
    battles = [e for e in rows if e.event_type == "Battles"]
    assert len(battles) == 1
    assert battles[0].location == "Mopti" and battles[0].event_date == date(2024, 5, 12)
    assert battles[0].fatalities == 5
    # (the sides of clashes that only 'erupted' are still named after 'among')
    rows = coded(pipeline, "Clashes erupted among rival youths in Gao on Monday.", PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Riots", "Mob violence")]


def test_soldiers_and_militiamen_attacked_together_are_one_side(pipeline):
    """'Troops and militiamen were attacked': the list is the attacked side (actor2, the state's
    forces leading it), the unnamed attackers actor1; not the army against its own auxiliaries."""
    text = "Troops and volunteer fighters were attacked near Kaya on Thursday, killing six."
    rows = [e for e in coded(pipeline, text, PUBLISHED) if e.event_type == "Battles"]
    assert len(rows) == 1
    e = rows[0]
    assert e.sub_event_type == "Armed clash"
    assert e.actor1.startswith("Unidentified Armed Group") and e.inter1 == 3
    assert e.actor2.startswith("Military Forces of Burkina Faso") and e.inter2 == 1
    assert e.location == "Kaya" and e.event_date == date(2024, 5, 9) and e.fatalities == 6
    # (not "troops and rebels were killed in clashes": the passive verb is no fight, both sides are named)
    rows = [e for e in coded(pipeline, "Troops and rebels were killed in clashes near Kaya on Saturday.", PUBLISHED)
            if e.event_type == "Battles"]
    assert len(rows) == 1 and rows[0].actor1.startswith("Military Forces of Burkina Faso")


def test_ambushed_soldiers_are_actor2(pipeline):
    """The passive subject of 'were ambushed' is the attacked side, so it is actor2."""
    text = "Soldiers were ambushed near Kaya on Saturday, killing four."
    rows = [e for e in coded(pipeline, text, PUBLISHED) if e.event_type == "Battles"]
    assert len(rows) == 1
    assert rows[0].actor1.startswith("Unidentified Armed Group")
    assert rows[0].actor2.startswith("Military Forces of Burkina Faso")
