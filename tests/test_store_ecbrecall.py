"""A follow-up published months after an incident, dated softly, is that incident even where
its town (or the first reports') resolved to a namesake far away, when it names someone of
the first reports by a full name and one side's town is named by the other side's reports
(EventMatching._late_elsewhere, ``late_named_anywhere``). Invented reports, in a SQLite file
(and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import RELATIVE_NOTE
from test_dedupe import crime, first_reports, report

DAY = date(2021, 5, 3)
#: the follow-up's "Sunday", counted back from its own page three months on
LATE_DAY = date(2021, 8, 1)
LATE_PAGE = date(2021, 8, 3)

# invented: a shooting told by two reports, and a follow-up months later naming the victim again
FIRST = ("Darnell Okafor, 34, was shot dead outside the Quarry Lane laundromat in Harlow Springs, "
         "police said. Detective Ruth Abernathy said Okafor had argued with a neighbour. ")
SECOND = ("Harlow Springs police asked for help finding the man who shot Darnell Okafor near the "
          "Quarry Lane laundromat. Detective Ruth Abernathy urged witnesses to call. ")
FOLLOW_UP = ("Three months after Darnell Okafor was shot on a Sunday outside the Quarry Lane laundromat "
             "in Harlow Springs, Imani Okafor, a sister, renewed her plea for witnesses. ")
#: where the follow-up's row was placed: a same-named town, two states away
NAMESAKE = dict(latitude=44.9, longitude=-123.0, admin1="Oregon")


def _late_row(**kw):
    return crime(event_date=LATE_DAY, notes="Okafor was shot. " + RELATIVE_NOTE, **kw)


def _first_reports(store, **kw):
    return first_reports(store, (FIRST, SECOND), DAY, **kw)


def test_a_follow_up_placed_at_a_namesake_joins_the_incident(store):
    first = _first_reports(store)
    got = store.add_report(report("f3", text=FOLLOW_UP, published=LATE_PAGE), [_late_row(**NAMESAKE)])
    assert [e.event_id_cnty for e in got] == [first]
    e = store.event(first)
    assert set(e.article_ids) == {"f1", "f2", "f3"}
    assert e.event_date == DAY and e.admin1 == "Missouri"  # the first reports' day and place


def test_without_the_rule_the_namesake_is_an_event_of_its_own(store):
    first = _first_reports(store, late_named_anywhere=False)
    got = store.add_report(report("f3", text=FOLLOW_UP, published=LATE_PAGE), [_late_row(**NAMESAKE)])
    assert [e.event_id_cnty for e in got] != [first]


def test_a_town_neither_side_names_is_another_place(store):
    # the follow-up tells the victim's brother was shot in another town months later
    first = _first_reports(store)
    text = ("Imani Okafor, sister of Darnell Okafor, said her brother Kwame was shot on Sunday in "
            "Dunmore Falls, months after the Quarry Lane killing. ")
    got = store.add_report(report("f3", text=text, published=LATE_PAGE),
                           [_late_row(location="Dunmore Falls", **NAMESAKE)])
    assert [e.event_id_cnty for e in got] != [first]


def test_a_neighbouring_town_of_the_same_state_is_its_own_incident(store):
    # the victim's name again, months on, at the next town of the state: what happened there
    first = _first_reports(store)
    text = ("Imani Okafor, whose brother Darnell Okafor was killed in Harlow Springs, saw her shop "
            "in Corbin Mills set on fire on Sunday. ")
    got = store.add_report(report("f3", text=text, published=LATE_PAGE),
                           [_late_row(location="Corbin Mills", latitude=39.25, longitude=-94.75)])
    assert [e.event_id_cnty for e in got] != [first]


def test_no_one_named_in_common_is_not_enough(store):
    # the same street and town, far away, and no one named: the town's name and its streets
    # are what a namesake's (or the town's next) shooting shares too
    first = _first_reports(store)
    text = ("A man was shot on Sunday outside the Quarry Lane laundromat in Harlow Springs, the "
            "sheriff's office said; no arrest had been made near the laundromat. ")
    got = store.add_report(report("f3", text=text, published=LATE_PAGE), [_late_row(**NAMESAKE)])
    assert [e.event_id_cnty for e in got] != [first]


# a story months on that codes no violence (a memorial garden), told by the people and places
# of the shooting's reports: a related report of it (RelatedLinking._link_key, ``late_link_names``)
GARDEN = ("Darnell Okafor's family planted a garden outside the Quarry Lane laundromat in Harlow "
          "Springs; Detective Ruth Abernathy joined them. ")
GARDEN_PAGE = date(2021, 9, 14)


def test_a_story_months_on_sharing_most_names_is_related(store):
    first = _first_reports(store)
    store.add_report(report("f4", text=GARDEN, published=GARDEN_PAGE), [])
    assert "f4" in store.event(first).article_ids


def test_without_the_rule_it_is_too_late_to_link(store):
    first = _first_reports(store, late_link_names=0.0)
    store.add_report(report("f4", text=GARDEN, published=GARDEN_PAGE), [])
    assert "f4" not in store.event(first).article_ids


def test_a_story_months_on_sharing_few_names_is_not(store):
    # the town and one street only, other people: a garden for the whole street
    first = _first_reports(store)
    text = ("Neighbours of the Quarry Lane laundromat in Harlow Springs planted a garden by the Fenwick "
            "Road bakery; Marcus Lindqvist, Corinne Vasquez and Pastor Idris Kellerman dug the beds. ")
    store.add_report(report("f4", text=text, published=GARDEN_PAGE), [])
    assert "f4" not in store.event(first).article_ids
