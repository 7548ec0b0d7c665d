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

