"""Two shootings of two districts of one city, each with one dead 16-year-old taken to the same
hospital: the undated one (its report has no date) is not dated by the other's dated report when
their reports share only the city's and the hospital's names (``place_names_dated``:
UndatedEvents._waiting applies NameEvidence._place_names_only as links of undated reports do).
Invented reports and city; runs on SQLite (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report, undated

# other news of the store
OTHER_NEWS = ("a storm moved south across the plains and closed the Tollbury ferry.",
              "the council of Wrenfield moved its market to the south bank for the summer.",
              "geese flying south rested on the Camberlow reservoir this week.")
# invented: a boy shot in one district, told with no date
UNDATED = ("Corvale: a 16-year-old boy died after gunfire in the Fernleigh district, and was "
           "taken to Halvorsen Hospital. Jarrick Penhale, 16, liked chess.")
# invented: another boy shot in another district days later, told with a date
DATED = ("Corvale: gunfire in the Tamsworth district felled a 16-year-old, who later died at "
         "Halvorsen Hospital, police said. Relatives named him Emrys Dallow, 16.")


def _loose(**kw) -> DedupeSettings:
    # names decide nothing here: whatever share they have is above every threshold; nor do the
    # stories' words link anything (their resemblance is too high in so small a store to tell)
    return DedupeSettings(undated_join_names=0.0, undated_join_related_names=0.0, undated_names=0.0,
                          undated_related_names=0.0, undated_group_names=0.0, told_days_names=0.0,
                          resemblance_link=9.0, **kw)


def _undated_then_dated(store, first=UNDATED, second=DATED, **kw):
    """The undated events left once the dated report of the other district is stored."""
    store.dedupe = _loose(**kw)
    for i, text in enumerate(OTHER_NEWS):
        store.add_report(report(f"n{i}", text=text, published=date(2021, 5, 1)), [])
    where = dict(location="Corvale", fatalities=1)
    store.add_report(report("u1", text=first, published=None), [], undated=[undated(**where)])
    assert store.undated_count() == 1
    store.add_report(report("d1", text=second, published=date(2021, 9, 4)),
                     [crime(event_date=date(2021, 9, 4), **where)])
    return store.undated_count()


def test_the_dated_shooting_does_not_date_the_other_districts_undated_one(store):
    assert _undated_then_dated(store) == 1


def test_without_the_rule_it_dates_it(store):
    assert _undated_then_dated(store, place_names_dated=False) == 0


def test_a_victims_name_in_common_still_dates_it(store):
    assert _undated_then_dated(store, second=DATED + " Jarrick Penhale was his cousin.") == 0
