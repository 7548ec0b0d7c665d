"""A late follow-up (a report published months after the incident, its day soft) names the
victim's family and the accused, whom the first stories did not know: the other people it
names do not make it another incident when it shares half its names with a report that coded
the event (``late_names_over_people``), nor when the first stories named only the police's
spokesman and the street (``late_officials_no_one``). Invented reports, in a SQLite file (and
PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store.dedupe import DedupeSettings, RELATIVE_NOTE
from test_dedupe import crime, report, town_news

DAY = date(2021, 5, 3)
LATE_DAY = date(2021, 10, 4)  # "Monday", counted back from a page five months on
LATE_PAGE = date(2021, 10, 6)


def _late_row():
    return crime(event_date=LATE_DAY, notes="A teenager was shot. " + RELATIVE_NOTE)


def _first(store, texts, **settings) -> str:
    store.dedupe = DedupeSettings(**settings)
    town_news(store)
    first = store.add_report(report("m1", text=texts[0], published=DAY), [crime()])[0].event_id_cnty
    store.add_report(report("m2", text=texts[1], published=DAY), [crime()])
    return first


# invented: a teenager shot at a mall's garage; the first stories quote two shoppers, a brief
# names only the mall; months on, the victim's mother and a teacher speak
MALL_BRIEF = "Harlow Springs: a teen was shot in the Brindlemoor garage."
MALL_WITNESSES = ("Gunfire in the Brindlemoor garage of Harlow Springs on Monday left a boy badly hurt. "
                  "Shoppers Ottilie Varga and Bram Keswick heard two shots near the Quillon cinema.")
MALL_LATE = ("Kieran Moss, shot in the Brindlemoor garage in Harlow Springs in May, would have finished "
             "school this week. His mother Tamsin Moss and his teacher Ivo Lindqvist spoke on Monday.")


@pytest.mark.parametrize("share", [0.5, 0])
def test_a_follow_up_sharing_half_its_names_joins_whoever_it_names(store, share):
    first = _first(store, (MALL_BRIEF, MALL_WITNESSES), late_names_over_people=share,
                   late_officials_no_one=False)
    got = store.add_report(report("m3", text=MALL_LATE, published=LATE_PAGE), [_late_row()])
    if share:
        assert [e.event_id_cnty for e in got] == [first]
        assert store.event(first).event_date == DAY  # the first reports' day
    else:  # without the rule: the mother and the teacher are other people than the shoppers
        assert [e.event_id_cnty for e in got] != [first]


# invented: the first stories name only the sergeant who spoke and the street; months on a
# story names the victim and the man charged
FIRST_1 = ("A 17-year-old was shot dead outside the Corbin gym by the Quillon cinema on Wexley Street "
           "in Harlow Springs, Sergeant Tomas Brandt said. No arrest was made.")
FIRST_2 = ("A 17-year-old died, Harlow Springs police said, after gunfire on Wexley Street between the "
           "Corbin gym and the Quillon cinema. Sergeant Tomas Brandt asked witnesses to come forward.")
CHARGED = ("Jerome Talbott was charged on Monday in the death of Kieran Moss, 17, shot outside the "
           "Corbin gym by the Quillon cinema in Harlow Springs in May.")


@pytest.mark.parametrize("rule", [True, False])
def test_first_stories_naming_only_the_sergeant_name_no_one(store, rule):
    first = _first(store, (FIRST_1, FIRST_2), late_officials_no_one=rule, late_names_over_people=0)
    got = store.add_report(report("m3", text=CHARGED, published=LATE_PAGE), [_late_row()])
    if rule:
        assert [e.event_id_cnty for e in got] == [first]
    else:  # without the rule: the sergeant is someone the follow-up does not name
        assert [e.event_id_cnty for e in got] != [first]


# invented: another incident of the town months later, its victim and witness named, sharing
# the town's names and the cinema's with the first stories, which named their witnesses
OTHER_LATE = ("Lucas Ferreira was shot on Monday outside a bakery in Harlow Springs; neighbour Corinne "
              "Vasquez called police. Shoppers at the Quillon cinema heard the shot.")


def test_a_town_s_other_incident_months_later_stays_apart(store):
    first = _first(store, (MALL_BRIEF, MALL_WITNESSES))
    got = store.add_report(report("m3", text=OTHER_LATE, published=LATE_PAGE),
                           [_late_row().replace(fatalities=0)])
    assert [e.event_id_cnty for e in got] != [first]
