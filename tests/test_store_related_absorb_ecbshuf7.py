"""Arrival order: a lonely first report that dated an incident a few days off made an event of
its own; the incident's later reports, dated by their text, made another and met it by the day
no more. A report of the later event that shares the lonely report's names would have taken
that report's row into its event had it arrived after it (the related-names rule,
dedupe.corroborates within ``related_days`` for a crime): the lonely event is absorbed
(EventMatching._absorb_related, ``related_absorb``). A shooting of the same town days apart,
whose report shares none of the names, stays apart, and so does an event two reports coded on
their own day. Invented reports, in a SQLite file (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from test_dedupe import assert_absorbed, crime, report, town_news

from conflictlens.store.dedupe import DedupeSettings

SHOT, OFF = date(2021, 5, 3), date(2021, 5, 7)

#: the lonely first report: the victim, the diner, the street, the detective; dated four days off
LONELY = ("Tobias Wrenfield, 52, died after being shot outside the Larkspur Diner on Ashgrove Street "
          "in Harlow Springs, police said. Detective Nadia Pell said Wrenfield had closed the diner late. ")
#: a brief of the shooting dated by its text: none of those names
BRIEF = "A man was shot dead in Harlow Springs on Monday night, police said. "
#: a later report dated by its text, naming the lonely report's people and places
NAMING = ("Detective Nadia Pell said Tobias Wrenfield was shot on Monday night outside the Larkspur "
          "Diner on Ashgrove Street; Wrenfield's daughter asked witnesses to come forward. ")
#: a report of another shooting of the town, four days on, sharing none of those names
OTHER = ("A teenager was wounded by gunfire near the Corbin Hall gym on Fenwick Road in Harlow Springs, "
         "police said. Sergeant Milo Varga asked for patience. ")


def _arrive(store, first_text=LONELY, second_first=None, **settings):
    """The town's news, the lonely report (and, when given, a second report of its day), a brief
    dated by its text, then the report naming the lonely report's names; the event ids."""
    store.dedupe = DedupeSettings(**settings)
    town_news(store)
    lonely = store.add_report(report("w1", text=first_text, published=OFF),
                              [crime(event_date=OFF)])[0].event_id_cnty
    if second_first is not None:
        store.add_report(report("w1b", text=second_first, published=OFF), [crime(event_date=OFF)])
    brief = store.add_report(report("w2", text=BRIEF, published=SHOT), [crime(event_date=SHOT)])[0].event_id_cnty
    naming = store.add_report(report("w3", text=NAMING, published=date(2021, 5, 4)),
                              [crime(event_date=SHOT)])[0].event_id_cnty
    return lonely, brief, naming


def test_a_lonely_event_a_later_report_names_is_absorbed(store):
    lonely, brief, naming = _arrive(store)
    assert lonely != brief and naming == brief
    e = store.event(brief)
    assert set(e.article_ids) == {"w1", "w2", "w3"}
    assert e.event_date == SHOT  # the day two of its three reports tell
    assert_absorbed(store, lonely, brief, by="w3")


def test_without_the_rule_the_lonely_event_stays_apart(store):
    lonely, brief, naming = _arrive(store, related_absorb=0)
    assert naming == brief and store.event(lonely).article_ids == ("w1",)


def test_another_shooting_whose_report_shares_no_names_stays_apart(store):
    lonely, brief, naming = _arrive(store, first_text=OTHER)
    assert naming == brief and lonely != brief
    assert store.event(lonely).article_ids == ("w1",)
    assert not [d for d in store.deletions() if d["event_id_cnty"] == lonely]


def test_an_event_two_reports_coded_on_their_day_stays_apart(store):
    lonely, brief, naming = _arrive(store, second_first=LONELY.replace("police said", "officers said"))
    assert naming == brief and lonely != brief
    assert set(store.event(lonely).article_ids) == {"w1", "w1b"}
