"""Arrival order: a report that re-dates (or re-places) the event it joins may bring it onto
another stored event that is the same incident. The first report of a shooting dated it by its
own page, three days late, and made an event; a brief of the same shooting, dated by its text,
made another; a third report, naming the first one's people, joins the first event and dates it
by its text: the two events now stand on one day at one place and are one
(EventMatching._recheck_moved, ``recheck_moved``): the brief's event goes to the deletions log
pointing to the survivor. A shooting of the same town two days before stays apart: the same
rules a new row meets decide. Invented reports, in a SQLite file (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from test_dedupe import assert_absorbed, crime, report, town_news

from conflictlens.store.dedupe import DedupeSettings
from conflictlens.store.identity.windows import PAGE_DATED_NOTE

SHOT, PAGE = date(2021, 5, 3), date(2021, 5, 6)

#: the first report: the victim, the street, the detective; dated by its page (three days on)
FIRST = ("Quentin Marlowe, 41, died after being shot outside the Bellweather Tavern on Corrigan Street "
         "in Harlow Springs, police said. Detective Imogen Strand said Marlowe had left the tavern alone. ")
#: a brief of the same shooting, dated by its text: none of those names
BRIEF = "A man was shot dead in Harlow Springs on Monday night, police said. "
#: a later report naming the first one's people, dating the shooting by its text
DATING = ("Detective Imogen Strand said Quentin Marlowe was shot on Monday night outside the Bellweather "
          "Tavern on Corrigan Street; Marlowe's sister urged witnesses to come forward. ")
#: another shooting of the town two days before, told in a brief
EARLIER = "A woman was wounded by gunfire in Harlow Springs on Saturday, police said. "

#: a namesake town some 30 km away, where the dating report's geoparser put the shooting
NAMESAKE = dict(location="Harlow", latitude=39.37, longitude=-94.6)


def _page_dated(**kw):
    return crime(event_date=PAGE, notes=PAGE_DATED_NOTE + ".", **kw)


def _arrive(store, brief_text=BRIEF, brief_day=SHOT, **settings):
    """The town's news, the page-dated report, a brief, then the report that re-dates the first
    event; the three event ids."""
    store.dedupe = DedupeSettings(**settings)
    town_news(store)
    first = store.add_report(report("q1", text=FIRST, published=PAGE), [_page_dated()])[0].event_id_cnty
    brief = store.add_report(report("q2", text=brief_text, published=brief_day),
                             [crime(event_date=brief_day)])[0].event_id_cnty
    dating = store.add_report(report("q3", text=DATING, published=date(2021, 5, 4)),
                              [crime(event_date=SHOT, **NAMESAKE)])[0].event_id_cnty
    return first, brief, dating


def test_a_re_dated_event_absorbs_the_event_it_now_coincides_with(store):
    first, brief, dating = _arrive(store)
    assert first != brief and dating == first  # the brief stood apart until the first event moved
    e = store.event(first)
    assert e.event_date == SHOT and e.location == "Harlow Springs"
    assert set(e.article_ids) == {"q1", "q2", "q3"}
    assert_absorbed(store, brief, first, by="q3")
    assert any(h["action"] == "absorbed" for h in store.history(first))


def test_without_the_recheck_the_two_events_stay_apart(store):
    first, brief, dating = _arrive(store, recheck_moved=0)
    assert dating == first and store.event(brief) is not None
    assert store.event(first).event_date == SHOT and "q2" not in store.event(first).article_ids


def test_another_shooting_of_the_town_days_before_stays_apart(store):
    first, earlier, dating = _arrive(store, brief_text=EARLIER, brief_day=date(2021, 5, 1))
    assert dating == first and first != earlier
    assert store.event(earlier).article_ids == ("q2",)
    assert store.event(first).event_date == SHOT
    assert not [d for d in store.deletions() if d["event_id_cnty"] == earlier]


def test_a_recheck_that_fails_leaves_the_store_as_before_the_report(store, monkeypatch):
    """One transaction per report: the join, the re-dating and the absorption stand or fall
    together (a process killed halfway leaves the store as before)."""
    import pytest

    store.dedupe = DedupeSettings()
    town_news(store)
    first = store.add_report(report("q1", text=FIRST, published=PAGE), [_page_dated()])[0].event_id_cnty
    brief = store.add_report(report("q2", text=BRIEF, published=SHOT), [crime(event_date=SHOT)])[0].event_id_cnty

    def killed(*a, **kw):
        raise RuntimeError("killed while absorbing")
    monkeypatch.setattr(store, "_absorb", killed)
    with pytest.raises(RuntimeError):
        store.add_report(report("q3", text=DATING, published=date(2021, 5, 4)), [crime(event_date=SHOT, **NAMESAKE)])
    e = store.event(first)
    assert e.event_date == PAGE and e.article_ids == ("q1",)
    assert store.event(brief).article_ids == ("q2",)
    assert not store.deletions() and store.events_for("q3") == []
