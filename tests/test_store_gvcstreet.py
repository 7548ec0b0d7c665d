"""Issue 6: a dated report telling people's ages, none of which an undated event's reports
tell, is not that event however many names they share; nor is a report with no date linked to
a dated event so (``ages_over_names``; NameEvidence._ages_apart, UndatedEvents._waiting,
RelatedLinking._link_key): a town's other incident shares the town's streets, officers and
outlets with the news of a later one, not its victims' ages. An age a year off is the same
person's (``ages_slack``). Invented reports and places only, against a real SQLite file (and
PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report, undated

# invented: a girl shot on a street of a made-up town, told with no date
GIRL = ("A 2-year-old girl died after she was shot in a house on Tamsin Court in Harlow Springs, "
        "Lieutenant Gideon Marwick said. Pastor Ilse Brandauer led a vigil on Tamsin Court.")
# invented: a boy shot on the same street months later, told with a date: the same street,
# the same lieutenant and pastor, another victim
BOY = ("Harlow Springs: gunfire on Tamsin Court left a 15-year-old lad lifeless, Lieutenant Gideon "
       "Marwick said. Pastor Ilse Brandauer said the street had buried a child before.")
# invented: a dated follow-up of the girl's death, telling her age
GIRL_DATED = ("Harlow Springs: the 2-year-old girl shot on Tamsin Court had found a pistol under a bed, "
              "Lieutenant Gideon Marwick said. Pastor Ilse Brandauer spoke at her funeral.")
# invented: the same follow-up telling her age a year off (a birthday, a slip)
GIRL_YEAR_OFF = GIRL_DATED.replace("2-year-old", "3-year-old")


def _town(store):
    # the store knows other news from the town: its name weighs little
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


def _loose(store, **kw):
    # names decide nothing here: whatever they share is above told_days_names
    # (the rule is off by default since a held-out read: these tests switch it on)
    kw.setdefault("ages_over_names", True)
    store.dedupe = DedupeSettings(undated_join_names=0.0, undated_join_related_names=0.0, undated_names=0.0,
                                  undated_related_names=0.0, told_days_names=0.0, **kw)
    _town(store)


def _held_then(store, text, **kw):
    """The undated event of the girl's shooting, and the event a dated report of ``text`` joins."""
    _loose(store, **kw)
    (held,) = store.add_report(report("u1", text=GIRL, published=None), [], undated=[undated()])
    (got,) = store.add_report(report("d1", text=text, published=date(2021, 9, 4)),
                              [crime(event_date=date(2021, 9, 4))])
    return held.event_id_cnty, got.event_id_cnty


def test_a_dated_report_telling_other_ages_does_not_date_the_undated_event(store):
    held, got = _held_then(store, BOY)
    assert got != held
    assert store.undated_count() == 1
    assert "u1" not in store.event(got).article_ids


def test_without_the_rule_the_names_in_common_date_it(store):
    held, got = _held_then(store, BOY, ages_over_names=False)
    assert got == held
    assert store.undated_count() == 0


def test_a_dated_report_telling_the_same_age_dates_it(store):
    held, got = _held_then(store, GIRL_DATED)
    assert got == held and store.undated_count() == 0
    assert {"u1", "d1"} <= set(store.event(got).article_ids)


def test_a_dated_report_telling_an_age_a_year_off_dates_it(store):
    held, got = _held_then(store, GIRL_YEAR_OFF)
    assert got == held and store.undated_count() == 0


def _dated_then(store, text, **kw):
    """The dated event of the boy's shooting, and the events a report of ``text`` with no date
    is linked to."""
    _loose(store, **kw)
    (boy,) = store.add_report(report("d1", text=BOY, published=date(2021, 9, 4)),
                              [crime(event_date=date(2021, 9, 4))])
    store.add_report(report("u1", text=text, published=None), [], undated=[undated()])
    return boy.event_id_cnty, [e.event_id_cnty for e in store.events_for("u1", role="related")]


def test_a_report_with_no_date_telling_other_ages_is_not_linked(store):
    boy, linked = _dated_then(store, GIRL)
    assert boy not in linked


def test_without_the_rule_the_report_with_no_date_is_linked(store):
    boy, linked = _dated_then(store, GIRL, ages_over_names=False)
    assert linked == [boy]


def test_a_report_with_no_date_telling_an_age_a_year_off_is_linked(store):
    boy, linked = _dated_then(store, BOY.replace("15-year-old", "16-year-old").replace("gunfire", "a gunshot"))
    assert linked == [boy]



def test_an_age_a_year_off_among_several_is_another_persons(store):
    # the girl told 14 with no date; the boy's dated story tells 15 and his father's 40: with
    # several ages told, one a year off is as likely another person's
    store.dedupe = DedupeSettings(undated_join_names=0.0, undated_join_related_names=0.0, told_days_names=0.0,
                                  ages_over_names=True)
    _town(store)
    (held,) = store.add_report(report("u1", text=GIRL.replace("2-year-old", "14-year-old"), published=None), [],
                               undated=[undated()])
    with_father = BOY.replace("lifeless,", "lifeless and his 40-year-old father hurt,")
    (got,) = store.add_report(report("d1", text=with_father, published=date(2021, 9, 4)),
                              [crime(event_date=date(2021, 9, 4))])
    assert got.event_id_cnty != held.event_id_cnty and store.undated_count() == 1
