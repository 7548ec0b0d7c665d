"""An undated event whose related report moves to a dated event (store/related.py: _link_earlier)
follows it when its own report, whose violence is told with neither date nor place, shares
``undated_join_related_names`` of its names with that event's reports, the moved report
among them: the report that made the undated event and the report linked to it told one
incident, and the dated event is now known to be that incident. Invented reports, on SQLite
and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import crime, report, town_news, unplaced

# invented: the dated report of a shooting in Harlow Springs
SHOT = ("Darnell Okafor, 34, was shot outside the Quarry Lane laundromat in Harlow Springs, police said; "
        "Detective Ruth Abernathy leads the inquiry.")
# invented: a report with no date telling a shooting with no place, naming the vigil's people
VIGIL = ("Pastor Idris Kellerman led a vigil at Corbin Hall on Fenwick Road; Marisol Tenney and Bertrand "
         "Oyelaran spoke, and the shooting was mourned.")
# invented: a report with no date coding nothing, naming the vigil's people and a few of the shooting's
VIGIL_2 = ("Marisol Tenney, who spoke at Corbin Hall with Pastor Idris Kellerman, said Okafor had coached "
           "at the Wendover Academy; Principal Ottoline Verhaegen and coach Caspian Drummond agreed.")
# invented: a dated report coding nothing, naming the shooting's people and the school's
SCHOOL = ("Detective Ruth Abernathy told the Wendover Academy, where Principal Ottoline Verhaegen and coach "
          "Caspian Drummond remembered Darnell Okafor of Quarry Lane.")


def _events(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid) + store.events_for(aid, role="related")]


@pytest.mark.parametrize("follows", [True, False])
def test_an_undated_event_follows_its_related_report_to_the_dated_event(store, follows):
    town_news(store)
    store.dedupe = DedupeSettings(undated_follows=follows)
    (shot,) = store.add_report(report("k1", text=SHOT, published=date(2021, 5, 3)), [crime()])
    (held,) = store.add_report(report("u1", text=VIGIL, published=None), [], undated=[unplaced()])
    assert dedupe.is_undated(held)
    store.add_report(report("u2", text=VIGIL_2, published=None), [])
    assert _events(store, "u2") == [held.event_id_cnty]
    store.add_report(report("k2", text=SCHOOL, published=date(2021, 5, 6)), [])
    assert _events(store, "k2") == _events(store, "u2") == [shot.event_id_cnty]
    if follows:
        assert _events(store, "u1") == [shot.event_id_cnty] and store.undated_count() == 0
    else:
        assert _events(store, "u1") == [held.event_id_cnty] and store.undated_count() == 1
