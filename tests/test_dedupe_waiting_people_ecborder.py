"""A dated report and an undated event told by reports with no date (another incident of the
same city, years before) stay apart whichever arrived first: the test that keeps a report with no
date from a dated event (fewer than ``undated_other_people_names`` of its names in common, other
people named, ages the dated side does not tell: NameEvidence._undated_other_people,
_ages_not_told) is read from the dated side too (UndatedEvents._waiting,
``waiting_other_people``). Invented reports, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report, undated

# invented: a dated fire in the city, its victim and its prime minister named
DATED = ("Riots broke out in Harlow Springs after Benedikt Sorrell was killed by a firebomb thrown into "
         "the Quayside Credit Union. Prime Minister Hal Brandt called for calm. ")
# invented: two reports with no date of another year's riot there: other people, an age, the same office
OTHER = ("Harlow Springs burned again as youths mourned Tomasz Reyes, 15, shot by a patrolman. "
         "Youths jeered the Prime Minister at his wake on Vanterpool Green. ")
OTHER_2 = ("Tomasz Reyes, 15, was buried in Harlow Springs as youths marched past Vanterpool Green and "
           "jeered the Prime Minister. ")


def _settings(**kw):
    # names decide nothing here (any overlap would join): the people and the ages do
    return DedupeSettings(undated_names=0.0, undated_related_names=0.0, undated_join_names=0.0,
                          undated_join_related_names=0.0, place_names_only=False, place_names_dated=False,
                          undated_people_reports=0, **kw)


def _town(store):
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


def _dated(store):
    return store.add_report(report("d", text=DATED, published=date(2021, 5, 3)),
                            [crime(event_date=date(2021, 5, 2))])[0]


def _undated(store):
    for rid, text in (("u1", OTHER), ("u2", OTHER_2)):
        store.add_report(report(rid, text=text, published=None), [], undated=[undated()])


def _apart(store) -> bool:
    dated = store.events_for("d")[0]
    return "u1" not in dated.article_ids and "u2" not in dated.article_ids


@pytest.mark.parametrize("dated_first", [True, False])
def test_the_same_outcome_in_either_order(store, dated_first):
    store.dedupe = _settings()
    _town(store)
    if dated_first:
        _dated(store)
        _undated(store)
    else:
        _undated(store)
        _dated(store)
    assert _apart(store)


def test_without_the_rule_the_dated_report_arriving_second_joins(store):
    store.dedupe = _settings(waiting_other_people=False)
    _town(store)
    _undated(store)
    _dated(store)
    assert not _apart(store)

