"""A report with no date that tells only the arrest of suspects (issue #6): the arrest, told
with no date at the place of a stored act of violence, links the report to that incident
(dedupe.tells_arrest_for, with ``undated_names`` of its names in common), as an undated
mention of the violence itself would; it never makes a row, dated or undated. Invented
reports, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import MOURNERS, OKAFOR, crime, report, store, undated  # noqa: F401  (store: fixture)


def arrest(**kw):
    """An arrest a report with no date tells (events/rows.py: undated_rows)."""
    return undated(**{**dict(event_type="Strategic developments", sub_event_type="Arrests",
                             disorder_type="Strategic developments", actor1="Police Forces of the United States",
                             inter1=1, actor2="Civilians (United States)", fatalities=0), **kw})


def _setup(store):
    # these short reports share few names: the threshold for what a mention tells is set
    # below the default, as in test_dedupe's undated tests; names alone still need more
    store.dedupe = DedupeSettings(undated_names=0.15)
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    return store.add_report(report("k1", text=OKAFOR, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty


def _related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_an_undated_arrest_at_the_incidents_place_links_the_report(store):
    first = _setup(store)
    store.add_report(report("a1", text=MOURNERS + " Two suspects were held.", published=None), [],
                     undated=[arrest()])
    assert _related(store, "a1") == [first] and store.events_for("a1") == []
    assert store.undated_count() == 0 and store.event(first).fatalities == 1  # no field changed


def test_an_arrest_elsewhere_or_no_mention_links_nothing_and_makes_no_row(store):
    _setup(store)
    store.add_report(report("a2", text=MOURNERS + " Two suspects were held.", published=None), [],
                     undated=[arrest(latitude=41.5, longitude=-90.5, location="Elsewhere")])
    store.add_report(report("a3", text=MOURNERS + " Candles were lit.", published=None), [])
    assert _related(store, "a2") == _related(store, "a3") == []
    assert store.events_for("a2") == [] and store.undated_count() == 0


def test_what_an_undated_arrest_tells():
    assert dedupe.tells_arrest_for(arrest(), crime(event_date=date(2021, 5, 9)))
    assert not dedupe.tells_arrest_for(arrest(latitude=41.5, longitude=-90.5), crime())  # another town
    assert not dedupe.tells_arrest_for(arrest(), arrest())  # an arrest is no incident
    assert not dedupe.tells_arrest_for(undated(), crime())  # the violence itself: dedupe.describes
