"""Reports with no date of one incident placed at two towns of one state (the victim's home
town, the town of the road where it happened; a village resolved to a namesake in the next
county) tell it all the same when one side's town is among the other side's names and the two
tell the same ages, or name the same person by a distinctive full name
(``named_town_elsewhere``: UndatedEvents._told_elsewhere). Invented reports, on SQLite and
PostgreSQL."""
from __future__ import annotations

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import town_news, report, undated

#: an invented town of the same state, about 35 km from Harlow Springs (test_dedupe.crime)
KETTERBY = dict(location="Ketterby", latitude=39.3, longitude=-94.9)

# invented: a father killed his two daughters and himself; the first report places it at his
# home town, the second at the trailer park outside Ketterby, naming his home town too
HOME = ("Ansel Corrigan, 48, shot his daughters Mae, 8, and Lily, 12, at the Bramwell trailer park before "
        "killing himself, Sheriff Dana Whitlow said. The family had lived near Ketterby since spring; Pastor "
        "Quentin Albery of Saint Odile and Principal Renata Voss of Greystone Elementary spoke of the girls.")
PARK = ("Deputies found Ansel Corigan, 48, a retired guard from Harlow Springs, dead beside his girls "
        "Mae, 8, and Lily, 12, in a car at the Bramwell trailer park, the sheriff said. Neighbour Oswin Tarrant "
        "of Kilbride Row and the Hexley Foundation set up a fund at Marrow Valley Bank.")
# invented: one victim, named by both reports, no age told twice
VICTIM = ("Tobiah Marchetti was shot on the Fallow Ridge road outside Ketterby after a quarrel over a debt, "
          "his brother Dario said. Investigators took a rifle from the Wendle farm; Coroner Ilse Brandvold "
          "and Trooper Gideon Pask of the Lakemoor barracks were called to Ostrander Creek.")
VICTIM_HOME = ("Friends of Tobiah Marchetti gathered at his Harlow Springs home; the man was shot near "
               "Ketterby, by Wendle's barn on the Fallow road. Cousin Philippa Rowe lit candles at Saint Brannoc.")


def _told_by(store, aid):
    return {e.event_id_cnty for e in store.events_for(aid) + store.events_for(aid, role="related")}


@pytest.mark.parametrize("rule", [True, False])
@pytest.mark.parametrize("first, second", [(HOME, PARK), (VICTIM_HOME, VICTIM)])
def test_two_towns_of_one_incident_one_named_by_the_other(store, rule, first, second):
    store.dedupe = DedupeSettings(named_town_elsewhere=rule)
    town_news(store)
    (held,) = store.add_report(report("u1", text=first, published=None), [], undated=[undated()])
    store.add_report(report("u2", text=second, published=None), [], undated=[undated(**KETTERBY)])
    if rule:
        assert _told_by(store, "u2") == {held.event_id_cnty} and store.undated_count() == 1
    else:  # without the rule: another town, another undated event
        assert held.event_id_cnty not in _told_by(store, "u2") and store.undated_count() == 2


def test_a_town_the_other_side_does_not_name_is_another_incident(store):
    town_news(store)
    (held,) = store.add_report(report("u1", text=VICTIM_HOME.replace(" near Ketterby", ""), published=None), [],
                               undated=[undated()])
    store.add_report(report("u2", text=VICTIM.replace(" outside Ketterby", ""), published=None), [],
                     undated=[undated(**KETTERBY)])
    assert held.event_id_cnty not in _told_by(store, "u2") and store.undated_count() == 2


def test_another_state_is_another_incident(store):
    town_news(store)
    (held,) = store.add_report(report("u1", text=HOME, published=None), [], undated=[undated()])
    store.add_report(report("u2", text=PARK, published=None), [], undated=[undated(admin1="Kansas", **KETTERBY)])
    assert held.event_id_cnty not in _told_by(store, "u2") and store.undated_count() == 2
