"""A report with no date whose text gives the very day of a stored shooting (issue #6).

"On May 3" with its violence told on a Monday (3 May 2021 was one): a date and a weekday
meet by chance about once in seven years, so the same kind of violence at the
same town on that day needs fewer names in common (``told_date_names``) than an undated
report otherwise does (``undated_names``): the second outlet names other victims' relatives,
another hospital, another officer. The day alone, or a weekday that is not that day's, does
not lower it (dedupe.told_exact_day). Invented reports and names.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import crime, report, town_news, undated

BRAWL = ("Four people were wounded when gunfire broke out during a brawl outside the Larkmoor Court "
         "apartments in Harlow Springs early Monday, police said. Neighbour Odell Fairbanks said he heard "
         "about ten shots. Harlow Springs Fire Department medics took the wounded to Beacon Ridge Hospital. "
         "Witness Priya Castellano said dozens of people had gathered on Tamsin Avenue. Officers closed "
         "Tamsin Avenue and Wicklow Street for hours. ")
BRAWL_UNDATED = ("Four people were hurt in a shooting after a fight in west Harlow Springs on May 3. Officers "
                 "found the victims, Gideon Marsh, Tasha Underwood, Reuben Alcott and Lena Vasquez, near "
                 "Wicklow Street; they were taken to Saint Aldric Medical Center. Pastor Everett Quill urged "
                 "calm. Sergeant Colm Rafferty said warrants were sought for two women. ")


def test_the_very_day_a_report_with_no_date_gives():
    monday = crime(event_date=date(2021, 5, 3))
    assert dedupe.told_exact_day(monday, "05-03,Mon")
    assert dedupe.told_exact_day(monday, "2021-05-03")  # the day with the event's year
    assert not dedupe.told_exact_day(monday, "05-03")  # the day alone: any year's
    assert not dedupe.told_exact_day(monday, "05-03,Sat")  # not that day's weekday
    assert not dedupe.told_exact_day(monday, "2020-05-03")  # another year's
    assert not dedupe.told_exact_day(monday, "05-04,Mon") and not dedupe.told_exact_day(monday, "Mon")
    assert not dedupe.told_exact_day(crime(event_date=date(2021, 5, 3), time_precision=2), "05-03,Mon")
    assert not dedupe.told_exact_day(undated(), "05-03,Mon")


@pytest.mark.parametrize("weekdays, names, linked", [
    ("Mon", DedupeSettings().told_date_names, True),
    ("Mon", 0, False),  # the rule switched off
    ("Sat", DedupeSettings().told_date_names, False),  # the day, not its weekday
    ("", DedupeSettings().told_date_names, False),  # the day of any year
])
def test_a_report_with_no_date_giving_the_shootings_very_day_is_linked_to_it(store, weekdays, names, linked):
    store.dedupe = DedupeSettings(told_date_names=names)
    town_news(store)
    (first,) = store.add_report(report("k1", text=BRAWL, published=date(2021, 5, 3)), [crime(fatalities=0)])
    r = report("u1", text=BRAWL_UNDATED, published=None)
    r.incident_weekdays = weekdays
    store.add_report(r, [], undated=[undated(fatalities=0)])
    mine = [e.event_id_cnty for e in store.events_for("u1", role="related")]
    assert (mine == [first.event_id_cnty]) is linked
    if not linked:
        assert dedupe.is_undated(store.events_for("u1")[0])
