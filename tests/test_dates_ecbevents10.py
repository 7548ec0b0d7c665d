"""ecbevents10: a sentencing story's killing, dated by its year only, takes no page day.

A report of a trial or a sentencing ties the killing it tries to a bare year ("sentenced on
Tuesday ... for shooting his neighbour to death in 2011"). Its own sentence telling the killing
("X shot Y outside his home") names no date: the page's day is the hearing's, not the
killing's, so the mention is left undated (a year is no ACLED date) rather than coded as a
second shooting at the page's day; the store links the report by what it tells. A suspect's
record tried in an earlier year ("convicted of burglary in 2004") dates no killing and
leaves the report's own violence on its day."""
from __future__ import annotations

from datetime import date

from event_helpers import coded

SENTENCING = ("Lakeview man gets life sentence\n\n"
              "A Lakeview man was sentenced on Tuesday to life in prison for shooting his neighbour to "
              "death in 2011.\n\n"
              "Dale Pruitt, 41, shot Carl Maddox outside his home on Elm Street in Dunmore, Pennsylvania, "
              "after an argument over a fence, prosecutors said. Maddox died at the scene.\n")

RECORD = ("Dunmore man shot dead outside bar\n\n"
          "A man was shot dead outside a bar on Elm Street in Dunmore, Pennsylvania, police said.\n\n"
          "The suspect, Dale Pruitt, got a five-year term for burglary in 2004 after he was convicted, "
          "court records show.\n")


def test_sentencing_story_codes_no_shooting_at_the_page_day(violence_pipeline):
    rows = coded(violence_pipeline, SENTENCING, date(2013, 5, 7))
    assert not [e for e in rows if e.event_date == date(2013, 5, 7)], \
        [(e.event_date, e.sub_event_type) for e in rows]


def test_a_suspects_old_sentence_leaves_the_shooting_on_the_page_day(violence_pipeline):
    rows = coded(violence_pipeline, RECORD, date(2013, 5, 7))
    assert [e for e in rows if e.event_date == date(2013, 5, 7) and e.location == "Dunmore"], \
        [(e.event_date, e.sub_event_type, e.location) for e in rows]
