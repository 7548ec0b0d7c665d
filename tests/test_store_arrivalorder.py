"""Arrival order: a late report (published months after the incident, dating it softly) stored
first makes an event of its own; an on-time report naming too few of its names for the late rule
makes another, which a second on-time report joins by the day. The store merges the two once the
on-time event has a report the late rule links (EventMatching._absorb_late, ``late_absorb``): the
late event goes to the deletions log pointing to the survivor, the one its text dates. Invented
reports, in a SQLite file (and PostgreSQL when one runs)."""
from __future__ import annotations

from test_dedupe import OKAFOR, OKAFOR_3, assert_absorbed, crime, report, town_news
from test_store_latedates import DAY, LATE_PAGE, _late_row

from conflictlens.store.dedupe import DedupeSettings

#: the first on-time report: the laundromat, but not the victim's or the detective's name
BRIEF = ("A man was shot dead outside a laundromat in Harlow Springs on Monday night, "
         "police said; Sergeant Tomas Brandt asked anyone who saw it to call. ")


def _arrive(store, **kw):
    store.dedupe = DedupeSettings(**kw)
    town_news(store)
    late = store.add_report(report("k3", text=OKAFOR_3, published=LATE_PAGE), [_late_row()])[0].event_id_cnty
    brief = store.add_report(report("k0", text=BRIEF, published=DAY), [crime()])[0].event_id_cnty
    got = store.add_report(report("k1", text=OKAFOR, published=DAY), [crime()])[0].event_id_cnty
    return late, brief, got


def test_the_late_event_stored_first_is_merged_into_the_on_time_one(store):
    late, brief, got = _arrive(store)
    assert late != brief and got == brief  # the late rule did not link the brief report
    e = store.event(brief)
    assert set(e.article_ids) == {"k0", "k1", "k3"} and e.event_date == DAY
    assert_absorbed(store, late, brief)


def test_without_the_rule_the_late_event_stays_apart(store):
    late, brief, got = _arrive(store, late_absorb=0)
    assert got == brief and store.event(late) is not None
    assert store.event(brief).article_ids == ("k0", "k1")


def test_only_a_later_softly_dated_event_is_told_late():
    """The on-time event absorbs a later event dated softly more than ``related_days`` on, never
    an earlier one (another incident its new report recalls) nor a later day its text tells."""
    from conflictlens.store.matching import _told_late
    s = DedupeSettings()
    on_time, late = crime(), _late_row()
    assert _told_late(on_time, late, s)
    assert not _told_late(late, on_time, s)
    assert not _told_late(on_time, crime(event_date=late.event_date), s)  # "on August 1": told, not soft
