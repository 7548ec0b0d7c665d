"""Arrival order: one report telling one incident twice (the killing on its day, and again on
a later day its hearing or its own telling gave) joined the event its later row met by the day
and started another with its other row. A report of the incident's day then joined the second
event, and the guard "no report coded both" kept the two apart, though its names tell the first
event's other report. Such an event, told by no report but those that coded the other too, is
absorbed (EventMatching._told_twice, ``shared_told``). Invented reports, in a SQLite file (and
PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from test_dedupe import assert_absorbed, crime, report, town_news

from conflictlens.store.dedupe import DedupeSettings

SHOT, HEARD = date(2021, 5, 3), date(2021, 5, 8)

#: the first report, dating the killing by a later day: the victim, the yard, the accused
FIRST = ("Celestine Marrow, 41, died when a stray round hit her outside the Quillfeather school yard in "
         "Harlow Springs; prosecutors say Dorian Vasko fired from a roof. ")
#: the report telling it twice: the later day, then the killing's own day
TWICE = ("Jurors saw footage of the Quillfeather school yard where Celestine Marrow was hit. Dorian "
         "Vasko, 22, is accused of firing from a roof on the afternoon she died. ")
#: a report of the killing's day naming the first report's names
NAMING = ("Dorian Vasko fired from a roof near the Quillfeather school yard, police said, and a bullet "
          "struck Celestine Marrow as she waited for her son. ")
#: a report of the killing's day naming only the report that told it twice
OTHER = "A woman was shot in Harlow Springs in the afternoon, police said. "


def _arrive(store, last=NAMING, third=None, **settings):
    """The town's news, the first report, the report coding the incident twice (its later row
    first), optionally a third report of the killing's day, then ``last``; the event ids of the
    first report, of the twice-told report's earlier row, and of ``last``."""
    store.dedupe = DedupeSettings(**settings)
    town_news(store)
    first = store.add_report(report("t1", text=FIRST, published=HEARD),
                             [crime(event_date=HEARD)])[0].event_id_cnty
    rows = store.add_report(report("t2", text=TWICE, published=HEARD),
                            [crime(event_date=HEARD), crime(event_date=SHOT)])
    second = next(e.event_id_cnty for e in rows if e.event_id_cnty != first)
    if third is not None:
        store.add_report(report("t3", text=third, published=SHOT), [crime(event_date=SHOT)])
    got = store.add_report(report("t4", text=last, published=SHOT), [crime(event_date=SHOT)])[0].event_id_cnty
    return first, second, got


def test_an_event_told_only_by_a_report_of_the_other_is_absorbed(store):
    first, second, got = _arrive(store)
    assert first != second and got == second
    e = store.event(second)
    assert set(e.article_ids) == {"t1", "t2", "t4"}
    assert_absorbed(store, first, second, by="t4")


def test_without_the_rule_the_two_stay_apart(store):
    first, second, got = _arrive(store, shared_told=False)
    assert got == second and set(store.event(second).article_ids) == {"t2", "t4"}
    assert store.event(first) is not None


def test_an_event_another_report_coded_alone_stays_apart(store):
    first, second, got = _arrive(store, third=OTHER)
    assert got == second and store.event(first) is not None
    assert "t3" in store.event(second).article_ids


def test_the_twice_telling_report_keeps_one_version_named_in_the_history(store):
    first, second, got = _arrive(store)
    assert [c.article_id for c in store.contributions(second)].count("t2") == 1
    kept = next(c for c in store.contributions(second) if c.article_id == "t2")
    assert kept.event_date == SHOT  # its version of the event that survived
    absorbed = [h for h in store.history(second) if h["action"] == "absorbed"]
    assert absorbed and absorbed[-1]["changes"]["told_twice_by"] == [None, ["t2"]]
