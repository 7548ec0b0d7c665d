"""Issue 6: a report with no date that shares few names with an event's reports and tells
other people's ages (a survivor's, a witness's) than theirs (the victims') is still linked to
the event when both name someone or something of the incident by a full name: the apartment
complex, the victim, the accused (NameEvidence._ages_apart, ``ages_unless_people_below``). An
outlet's owner named in both copyright lines is no such name (data/store/company_words.txt).
Invented reports and places only."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report, town_news, undated

COURT = ("Harlow Springs: brothers Oswin Tarrant and Lyle Tarrant are charged with killing four women "
         "who were found shot in a flat of the Larkmoor Terrace complex. The victims were Ivy Brennan, 23, "
         "Dora Quist, 33, Mae Holloway, 55, and Rhea Santos, 23. Copyright 2021 Harbor Media Corporation. All rights reserved. ")
FIRST = ("Four women were found shot dead inside the Larkmoor Terrace apartments in Harlow Springs on "
         "Monday. A 4-year-old child found in the flat was unhurt, an officer said. ")
OTHER = ("Four women were found shot dead inside a flat in Harlow Springs on Monday. A 4-year-old child "
         "found there was unhurt, an officer said. Copyright 2021 Harbor Media Corporation. All rights reserved. ")


def _court(store, **kw):
    # few names in common (below told_days_names): the ages alone kept them apart before
    store.dedupe = DedupeSettings(undated_names=0.0, undated_related_names=0.0, same_toll_names=0.0,
                                  told_days_names=2.0, **kw)
    town_news(store)
    return store.add_report(report("c1", text=COURT, published=date(2021, 5, 20)),
                            [crime(event_date=date(2021, 5, 3), fatalities=4)])[0].event_id_cnty


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_a_venue_both_name_outweighs_other_ages(store):
    court = _court(store)
    store.add_report(report("u1", text=FIRST, published=None), [], undated=[undated(fatalities=4)])
    assert related(store, "u1") == [court]


def test_an_outlets_owner_is_no_name_of_the_incident(store):
    court = _court(store)
    store.add_report(report("u2", text=OTHER, published=None), [], undated=[undated(fatalities=4)])
    assert court not in related(store, "u2")
