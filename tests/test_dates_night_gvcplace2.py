"""A night told from the page that runs into the day the report names its incident by
(gvcplace2 branch). Invented reports."""
from __future__ import annotations

from datetime import date

from crime_helpers import sub_event_days

SUNDAY = date(2024, 10, 20)

AFTER = ("Neighbours want the bar closed after gunfire\n\n"
         "Residents of the east side of Dayton say they have had enough of the late parties at the corner bar.\n\n"
         "Bullet holes still mark the cars parked in the lot where the shooting happened.\n\n"
         "\"Somebody's son got shot last night. That should not happen on our street,\" said a neighbour, "
         "Maria Lopez.\n\n")


def test_last_night_runs_into_the_day_that_names_the_shooting(violence_pipeline):
    """A Sunday page's "last night" beside "Sunday's shooting": the shots came in Sunday's small
    hours, one incident on Sunday (not Saturday, nor a row for each day)."""
    text = AFTER + "After Sunday's shooting, the neighbourhood association asked the city to revoke the bar's licence.\n"
    assert sub_event_days(violence_pipeline, text, "Shooting", SUNDAY) == ["2024-10-20"]


def test_last_night_stays_when_the_named_day_agrees(violence_pipeline):
    """"Saturday's shooting" on a Sunday page agrees with "last night": Saturday it stays."""
    text = AFTER + "After Saturday's shooting, the neighbourhood association asked the city to revoke the bar's licence.\n"
    assert sub_event_days(violence_pipeline, text, "Shooting", SUNDAY) == ["2024-10-19"]
