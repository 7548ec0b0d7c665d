"""A report with no date linked to an event is weighed, when a later report looks at it again
(store/related.py: _link_earlier), as it was when it came (_weighed_undated): what it shares with
the event's undated reports counts from ``undated_group_names`` on, not only what it shares
with the dated ones. Invented reports, on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

from test_dedupe import GRANT_1, _town_news, crime, report, undated

# invented: a report with no date about the shooting of GRANT_1, naming a pastor too
THANKS = ("Celeste Grant thanked the Ostrander Street bakery and the Millbrook Avenue neighbours of Tobias; "
          "Reverend Halvard Quist of Kestrel Chapel prayed with them.")
# invented: the dated report of that shooting, naming few of those names
DATED = ("Police in Harlow Springs said Tobias Grant, 19, was shot on Monday night; Detective Ruth "
         "Abernathy leads the inquiry.")
# invented: another shooting, abroad, and a report of it naming the pastor
ABROAD = dict(country="Canada", country_code="CA", iso=124, admin1="Ontario", location="Port Alder",
              latitude=44.1, longitude=-77.2)
MARINA = ("Marguerite Delacroix was shot outside the Port Alder marina, police said; Constable Remy Voss "
          "asked for witnesses.")
MARINA_2 = ("Constable Remy Voss said Marguerite Delacroix, shot at the marina, had visited Kestrel Chapel, "
            "where Reverend Halvard Quist preached.")


def _linked(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_an_undated_report_stays_with_the_event_its_undated_reports_share_its_names(store):
    _town_news(store)
    (held,) = store.add_report(report("g1", text=GRANT_1, published=None), [], undated=[undated()])
    store.add_report(report("g2", text=THANKS, published=None), [])
    assert _linked(store, "g2") == [held.event_id_cnty]
    (dated,) = store.add_report(report("g4", text=DATED, published=date(2021, 5, 4)),
                                [crime(event_date=date(2021, 5, 3))])
    assert dated.event_id_cnty == held.event_id_cnty
    (other,) = store.add_report(report("m1", text=MARINA, published=date(2021, 6, 25)),
                                [crime(event_date=date(2021, 6, 25), **ABROAD)])
    store.add_report(report("m2", text=MARINA_2, published=date(2021, 6, 26)), [])
    assert _linked(store, "m2") == [other.event_id_cnty]
    assert _linked(store, "g2") == [held.event_id_cnty]
