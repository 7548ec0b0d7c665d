"""A report's events look for their stored event in order of how well they match it: the one
that is the stored event by what it is (same day, place, kind) first, so an incident the report
tells beside its story (another victim a day before) does not claim the story's event through
the names both reports share and re-date it. Both backends; invented reports."""
from __future__ import annotations

from datetime import date

from test_dedupe import crime, report

STORY = ("Tessa Varga, 19, was shot dead outside the Brickfield Lane bakery in Harlow Springs, police said. "
         "Sergeant Omar Delacroix said Varga had just closed the shop. ")
FOLLOW = ("Harlow Springs police asked for help finding whoever shot Tessa Varga near the Brickfield Lane "
          "bakery. Sergeant Omar Delacroix said a man had been robbed on the same street the day before. ")


def test_the_event_that_matches_by_what_it_is_claims_the_stored_event_first(store):  # noqa: F811
    first = store.add_report(report("v1", text=STORY, source="KHS", published=date(2021, 5, 3)),
                             [crime(event_date=date(2021, 5, 3))])
    eid = first[0].event_id_cnty
    # the follow-up tells the day-before robbery first, then the shooting on the story's day
    side = crime(event_date=date(2021, 5, 2), fatalities=0, source="Ledger")
    story = crime(event_date=date(2021, 5, 3), source="Ledger")
    out = store.add_report(report("v2", text=FOLLOW, source="Ledger", published=date(2021, 5, 4)), [side, story])
    assert store.event(eid).event_date == date(2021, 5, 3)
    assert store.event(eid).article_ids == ("v1", "v2")
    # the events come back in the report's order
    assert out[1].event_id_cnty == eid and out[0].event_id_cnty != eid
