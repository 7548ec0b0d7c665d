"""'the fighters of the terrorist organization': a member noun told as members of the party named
next is that party, not a second, unknown one (events/extractor.py: _without_members_of_the_next)."""
from datetime import date

from event_helpers import violent_rows


def test_fighters_of_the_group_named_next_are_that_group(pipeline):
    rows = violent_rows(pipeline, (
        "BAIDOA, Somalia - At least 40 Al Shabaab militants died when fighting flared on Monday between "
        "the fighters of the terrorist organization and the Somali National Army around the "
        "central prison in Baidoa, a local monitor said.\n"
        "Yesterday, the monitor's director said that 20 Darawiish members and four civilians perished in "
        "the clashes.\n"), date(2024, 5, 15))
    assert rows
    for e in rows:
        assert {e.actor1, e.actor2} == {"Al Shabaab", "Military Forces of Somalia (2022-)"}
