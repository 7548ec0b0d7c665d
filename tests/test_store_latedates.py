"""A report published weeks or months after an incident, which dates it only softly (a day
counted back from its own page, a week, a month), is that incident when the event at the same
place whose reports share its names is earlier (dedupe.corroborates ``late``, ``late_days``):
it creates no event of its own, and the event keeps its dated reports' day. Invented reports,
in a SQLite file (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import DedupeSettings, RELATIVE_NOTE
from test_dedupe import OKAFOR, OKAFOR_2, OKAFOR_3, crime, first_reports, report, town_news

DAY = date(2021, 5, 3)
#: a follow-up published three months on: its "Sunday" is counted back from its own page
LATE_DAY = date(2021, 8, 1)
LATE_PAGE = date(2021, 8, 3)


def _late_row(**kw):
    return crime(event_date=LATE_DAY, notes="A man was shot. " + RELATIVE_NOTE, **kw)


def _two_reports(store, **kw):
    return first_reports(store, (OKAFOR, OKAFOR_2), DAY, ids=("k1", "k2"), **kw)


def test_a_late_report_joins_the_earlier_event(store):
    first = _two_reports(store)
    got = store.add_report(report("k3", text=OKAFOR_3, published=LATE_PAGE), [_late_row()])
    assert [e.event_id_cnty for e in got] == [first]
    e = store.event(first)
    assert e.article_ids == ("k1", "k2", "k3")
    assert e.event_date == DAY  # the dated reports' day, not the follow-up's


def test_without_the_rule_it_is_an_event_of_its_own(store):
    first = _two_reports(store, late_days=0)
    got = store.add_report(report("k3", text=OKAFOR_3, published=LATE_PAGE), [_late_row()])
    assert [e.event_id_cnty for e in got] != [first]
    assert store.event(first).article_ids == ("k1", "k2")


def test_the_late_report_stored_first_takes_the_earlier_day(store):
    store.dedupe = DedupeSettings()
    town_news(store)
    late = store.add_report(report("k3", text=OKAFOR_3, published=LATE_PAGE), [_late_row()])[0].event_id_cnty
    store.add_report(report("k1", text=OKAFOR, published=DAY), [crime()])
    store.add_report(report("k2", text=OKAFOR_2, published=DAY), [crime()])
    e = store.event(late)
    assert set(e.article_ids) == {"k1", "k2", "k3"} and e.event_date == DAY


def test_a_day_the_text_tells_is_not_soft(store):
    # "on August 1" told as a calendar day: another incident's day, not a follow-up's
    first = _two_reports(store)
    got = store.add_report(report("k3", text=OKAFOR_3, published=LATE_PAGE),
                           [crime(event_date=LATE_DAY, notes="A man was shot.")])
    assert [e.event_id_cnty for e in got] != [first]


def test_another_town_is_not_it(store):
    first = _two_reports(store)
    got = store.add_report(report("k3", text=OKAFOR_3, published=LATE_PAGE),
                           [_late_row(latitude=41.5, longitude=-90.5, location="Elsewhere")])
    assert [e.event_id_cnty for e in got] != [first]


def test_other_ages_months_apart_are_another_incident(store):
    first = _two_reports(store)
    text = OKAFOR_3 + " Okafor's nephew, 19, was hurt."
    got = store.add_report(report("k3", text=text.replace("Family", "A 12-year-old's family"),
                                  published=LATE_PAGE), [_late_row()])
    assert [e.event_id_cnty for e in got] != [first]


# invented: a shooting told by two reports, the victims 16 and 18, and a follow-up months on
# that names neither (other people speak) but tells the same two ages
AGES_1 = ("Two teenagers were shot outside the Larkspur Court apartments in Harlow Springs. Tobias "
          "Wrenfield, 16, died; his cousin Malik Osei, 18, was hurt. Detective Ruth Abernathy asked "
          "witnesses to call.")
AGES_2 = ("Tobias Wrenfield, 16, was killed and Malik Osei, 18, wounded at Larkspur Court in Harlow "
          "Springs, police said. Detective Ruth Abernathy said the shooter fled on foot.")
AGES_LATE = ("Harlow Springs neighbours remember the Sunday gunfire at Larkspur Court that killed a "
             "16-year-old and hurt an 18-year-old. Pastor Emmett Quarles and Corinne Vasquez of the "
             "Fenwick Road youth club spoke at the Saint Brigid chapel.")


def _ages_reports(store, **kw):
    return first_reports(store, (AGES_1, AGES_2), DAY, ids=("a1", "a2"), **kw)


def test_the_same_two_ages_link_a_late_report_naming_other_people(store):
    first = _ages_reports(store)
    got = store.add_report(report("a3", text=AGES_LATE, published=LATE_PAGE), [_late_row()])
    assert [e.event_id_cnty for e in got] == [first]
    assert store.event(first).event_date == DAY


def test_one_age_in_common_months_later_is_not_enough(store):
    first = _ages_reports(store)
    got = store.add_report(report("a3", text=AGES_LATE.replace("an 18-year-old", "a 40-year-old"),
                                  published=LATE_PAGE), [_late_row()])
    assert [e.event_id_cnty for e in got] != [first]


# invented: two shootings of one city months apart; both victims were taken to one hospital
HOSPITAL_1 = ("Darnell Okafor, 34, was shot outside the Quarry Lane laundromat in Harlow Springs and "
              "taken to Mercy Ridge Hospital, police said.")
HOSPITAL_2 = ("Police in Harlow Springs said Darnell Okafor was shot near Quarry Lane; he is at Mercy "
              "Ridge Hospital.")
HOSPITAL_LATE = ("A man was shot on Sunday in Harlow Springs and taken to Mercy Ridge Hospital, "
                 "police said. Neighbour Corinne Vasquez heard the shots.")


def test_a_hospital_named_months_apart_is_no_one_in_common(store):
    store.dedupe = DedupeSettings()
    town_news(store)
    first = store.add_report(report("h1", text=HOSPITAL_1, published=DAY), [crime()])[0].event_id_cnty
    store.add_report(report("h2", text=HOSPITAL_2, published=DAY), [crime()])
    got = store.add_report(report("h3", text=HOSPITAL_LATE, published=LATE_PAGE), [_late_row()])
    assert [e.event_id_cnty for e in got] != [first]


def test_a_late_soft_day_does_not_date_the_event():
    # two reports dated only by their pages, a follow-up's day counted from its page months on:
    # the event keeps the pages' day (a day the text tells wins over a page's only nearby)
    from conflictlens.store.dedupe import PAGE_DATED_NOTE, coded_day
    page = crime(notes="A man was shot. " + PAGE_DATED_NOTE)
    assert coded_day([page, page, _late_row()]) == (DAY, 1)
    # within two weeks a day the text tells still wins over the page's
    near = crime(event_date=date(2021, 5, 2), notes="A man was shot. " + RELATIVE_NOTE)
    assert coded_day([page, near]) == (date(2021, 5, 2), 1)


# invented: a shooting, a story coding no violence linked to it (a vigil naming many people),
# and a report months later sharing that story's names, not the shooting report's
SHOT = "Darnell Okafor was shot outside the Quarry Lane laundromat in Harlow Springs, police said."
VIGIL = ("Okafor was remembered at Quarry Lane by Kellerman, Vasquez, Quarles, Brennick and Lindqvist "
         "of the Fenwick youth club at Brigid chapel.")
AFTER_VIGIL = ("Kellerman, Vasquez, Quarles, Brennick and Lindqvist of the Fenwick youth club met at Brigid "
               "chapel after a man was shot in Harlow Springs on Sunday.")


def test_a_late_report_is_not_linked_through_a_story_that_coded_nothing(store):
    store.dedupe = DedupeSettings()
    town_news(store)
    first = store.add_report(report("s1", text=SHOT, published=DAY), [crime()])[0].event_id_cnty
    store.add_report(report("s2", text=VIGIL, published=date(2021, 5, 5)), [])
    assert "s2" in store.event(first).article_ids  # linked as a related report
    rows = store.add_report(report("s3", text=AFTER_VIGIL, published=LATE_PAGE), [_late_row()])
    assert [e.event_id_cnty for e in rows] != [first]
