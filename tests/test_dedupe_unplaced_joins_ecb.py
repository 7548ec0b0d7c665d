"""A report with no date linked to an undated event that has a place (store/related.py:
_link_related) brings in the undated events told with no place whose report shares
``undated_join_related_names`` of its names with that event's reports, the new one among them
(_join_undated_earlier, ``into_undated``): the same incident, told once by a report that did
not say where, which the names of the report just linked now tie to it. The two-sided
comparison (``recheck_unlinked``) reaches the same join from the unplaced report's side, so the
rule is switched off with it to show the two apart. Invented reports, on SQLite and PostgreSQL
(the ``store`` fixture)."""
from __future__ import annotations

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import report, town_news, undated, unplaced

# invented: a report with no date telling a shooting in Harlow Springs, naming the police's people
SHOT = ("Darnell Okafor, 9, was shot outside the Quarry Lane laundromat in Harlow Springs, police said; "
        "Detective Ruth Abernathy and Sergeant Lionel Pask lead the inquiry.")
# invented: a report with no date telling a shooting with no place, naming the vigil's people
VIGIL = ("Pastor Idris Kellerman led a vigil at Corbin Hall for the boy who was shot; Marisol Tenney and "
         "Bertrand Oyelaran spoke, and the Wendover choir sang.")
# invented: a report with no date coding nothing, naming both: the boy, the detective, the vigil's people
BOTH = ("Detective Ruth Abernathy said Darnell Okafor was shot on Quarry Lane; Sergeant Lionel Pask "
        "thanked Pastor Idris Kellerman, Marisol Tenney and Bertrand Oyelaran, who spoke at Corbin Hall.")


@pytest.mark.parametrize("joins", [True, False])
def test_an_undated_event_told_with_no_place_joins_the_undated_event_a_report_ties_it_to(store, joins):
    town_news(store)
    store.dedupe = DedupeSettings(unplaced_joins_undated=joins, recheck_unlinked=joins)
    (shot,) = store.add_report(report("u1", text=SHOT, published=None), [], undated=[undated()])
    (vigil,) = store.add_report(report("u2", text=VIGIL, published=None), [], undated=[unplaced()])
    assert vigil.event_id_cnty != shot.event_id_cnty and store.undated_count() == 2
    assert store.add_report(report("u3", text=BOTH, published=None), []) == []
    assert [e.event_id_cnty for e in store.events_for("u3", role="related")] == [shot.event_id_cnty]
    if joins:
        assert store.undated_count() == 1
        assert set(store.event(shot.event_id_cnty).article_ids) == {"u1", "u2", "u3"}
    else:
        assert store.undated_count() == 2


def test_the_unplaced_report_finds_the_incident_from_its_own_side_with_the_join_rule_off(store):
    """With ``unplaced_joins_undated`` off, the two-sided comparison still brings the vigil's
    report in: once the report naming both is stored, the vigil report's own comparison finds it."""
    town_news(store)
    store.dedupe = DedupeSettings(unplaced_joins_undated=False, recheck_unlinked=True)
    (shot,) = store.add_report(report("u1", text=SHOT, published=None), [], undated=[undated()])
    store.add_report(report("u2", text=VIGIL, published=None), [], undated=[unplaced()])
    store.add_report(report("u3", text=BOTH, published=None), [])
    assert store.undated_count() == 1
    assert set(store.event(shot.event_id_cnty).article_ids) == {"u1", "u2", "u3"}
