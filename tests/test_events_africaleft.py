"""Force nouns named by their kind, and livelihood groups harmed, in invented reports."""
from __future__ import annotations

from datetime import date

from event_helpers import only_violent_event, violent_rows

PUB = date(2024, 5, 15)


def test_kind_of_force_before_its_noun_is_no_mishap(pipeline):
    # "traffic" names the policemen's duty, not a road mishap: the killing is still told
    e = only_violent_event(pipeline, "Masked attackers gunned down three traffic policemen on a road in Kaduna "
                                     "on Saturday.", PUB)
    assert e.event_type == "Battles"
    assert e.actor2.startswith("Police Forces of Nigeria")
    assert e.fatalities == 3


def test_herders_killed_unarmed_are_civilians(pipeline):
    e = only_violent_event(pipeline, "Bandits shot dead five herders and their sons at a grazing camp in "
                                     "Zamfara on Friday.", PUB)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor2.startswith("Civilians")


def test_herdsmen_killed_unarmed_are_civilians(pipeline):
    e = only_violent_event(pipeline, "Gunmen murdered three herdsmen close to Lafia on Thursday.", PUB)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor2.startswith("Civilians")


def test_armed_herdsmen_still_the_doers(pipeline):
    e = only_violent_event(pipeline, "Armed Fulani herdsmen stormed a farming hamlet close to Lafia on "
                                     "Thursday and killed seven people.", PUB)
    assert e.actor1.startswith("Fulani Ethnic Militia")
    assert e.actor2.startswith("Civilians")
