"""A report with no date whose undated mention describes a stored event (same kind, place,
compatible actors) and which tells two of the ages one of the event's reports tells ("a
16-year-old ... an 18-year-old") is that incident's on ``same_ages_names`` of its names, below
``undated_names`` (as an undated report, below ``undated_group_names``): a town's other
incidents seldom tell the same two ages (NameEvidence._same_ages). One age in common is not
enough. Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report, town_news, undated

# invented: a dated shooting, its victim 16 and his cousin 18
DATED = ("Two teenagers were shot outside the Larkspur Court apartments in Harlow Springs late on Friday. "
         "Tobias Wrenfield, 16, died at Mercy Ridge Hospital; his cousin, 18, survived. Police Chief "
         "Ada Brennick said officers found Tobias Wrenfield on the steps of Larkspur Court.")
# invented: a report with no date of the same shooting, naming other people, the same two ages
LATER = ("Relatives in Harlow Springs want answers: gunfire near Larkspur Court left a 16-year-old dead and "
         "an 18-year-old hurt. Neighbour Corinne Vasquez said the shots woke the street; the boy "
         "died at the hospital. Pastor Emmett Quarles will hold a vigil at Saint Brigid chapel.")


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def _dated(store, **kw):
    store.dedupe = DedupeSettings(**kw)
    town_news(store)
    return store.add_report(report("k1", text=DATED, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty


def test_the_same_two_ages_link_a_report_with_no_date(store):
    first = _dated(store)
    store.add_report(report("u1", text=LATER, published=None), [], undated=[undated()])
    assert related(store, "u1") == [first]


def test_without_the_rule_it_is_an_undated_event_of_its_own(store):
    first = _dated(store, same_ages=0)
    store.add_report(report("u1", text=LATER, published=None), [], undated=[undated()])
    assert related(store, "u1") == []
    assert [e.event_date for e in store.events_for("u1")] == [date(1, 1, 1)]
    assert store.event(first).article_ids == ("k1",)


def test_one_age_in_common_is_not_enough(store):
    _dated(store)
    text = LATER.replace("an 18-year-old", "a 30-year-old")
    store.add_report(report("u1", text=text, published=None), [], undated=[undated()])
    assert related(store, "u1") == []


def test_the_same_two_ages_in_another_town_link_nothing(store):
    _dated(store)
    store.add_report(report("u1", text=LATER, published=None), [],
                     undated=[undated(latitude=41.5, longitude=-90.5, location="Elsewhere")])
    assert related(store, "u1") == []


def _two_undated(store, **kw):
    store.dedupe = DedupeSettings(**kw)
    town_news(store)
    (held,) = store.add_report(report("u0", text=DATED, published=None), [], undated=[undated()])
    (got,) = store.add_report(report("u1", text=LATER, published=None), [], undated=[undated()])
    return held, got


def test_two_reports_with_no_date_telling_the_same_ages_tell_one_undated_event(store):
    held, got = _two_undated(store)
    assert got.event_id_cnty == held.event_id_cnty and set(got.article_ids) == {"u0", "u1"}
    assert store.undated_count() == 1


def test_without_the_rule_they_tell_two(store):
    held, got = _two_undated(store, same_ages=0)
    assert got.event_id_cnty != held.event_id_cnty and store.undated_count() == 2


def test_the_same_ages_outweigh_the_days_of_the_month_they_give(store):
    """The second report gives the funeral's day, eleven days after the first report's: with the
    same two ages told, the days of the month do not keep them apart (the weekdays still would)."""
    store.dedupe = DedupeSettings()
    town_news(store)
    (held,) = store.add_report(report("u0", text=DATED + " It happened on March 3.", published=None), [],
                               undated=[undated()])
    (got,) = store.add_report(report("u1", text=LATER + " The funeral was held on March 14.", published=None), [],
                              undated=[undated()])
    assert got.event_id_cnty == held.event_id_cnty and store.undated_count() == 1


def test_one_age_in_common_and_days_apart_tell_two(store):
    store.dedupe = DedupeSettings()
    town_news(store)
    store.add_report(report("u0", text=DATED + " It happened on March 3.", published=None), [], undated=[undated()])
    text = LATER.replace("an 18-year-old", "a 30-year-old") + " The funeral was held on March 14."
    store.add_report(report("u1", text=text, published=None), [], undated=[undated()])
    assert store.undated_count() == 2


def test_a_dated_report_telling_the_same_ages_dates_the_undated_event(store):
    """A report with no date giving the funeral's day, two weeks after the shooting, is stored
    first as an undated event; the dated report of the shooting, telling the same two ages,
    dates it though the funeral's day is far from its own."""
    store.dedupe = DedupeSettings()
    town_news(store)
    (held,) = store.add_report(report("u0", text=LATER + " The funeral was held on March 17.", published=None), [],
                               undated=[undated()])
    (first,) = store.add_report(report("k1", text=DATED, published=date(2021, 3, 4)),
                                [crime(event_date=date(2021, 3, 3))])
    assert related(store, "u0") == [first.event_id_cnty] and store.undated_count() == 0
