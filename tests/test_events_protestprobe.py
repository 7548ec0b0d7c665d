"""Protests, riots and strategic developments probed across countries (branch protestprobe).

Property burnt by an armed party is Strategic developments / Looting/property destruction when nobody
is told hurt, and Violence against civilians / Attack when people are told killed or hurt beside it
(spec §2.6: looting or destruction "with no other violence around it"; §2: violence against civilians
outranks strategic developments). Protesters and rioters carry the groups their sentences name as
associated actors (spec §2.2). Invented reports only."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report


def _rows(pipeline, text: str, published=date(2024, 6, 12)):
    r = Report(id="probe", title="", text=text, published=published)
    return pipeline.analyse(r).events


@pytest.mark.parametrize("text", [
    "GAO, Mali -- Armed men torched a dozen huts in Ansongo on Sunday and wounded three herders, a local official said.",
    "GAO, Mali -- Gunmen set houses ablaze in Ansongo on Sunday, injuring a woman and her son.",
    "GAO, Mali -- Militiamen beat several villagers in Ansongo on Sunday and set fire to their granaries.",
])
def test_homes_burnt_with_people_hurt_is_an_attack(pipeline, text):
    [e] = _rows(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor1.startswith("Unidentified Armed Group (Mali)")
    assert e.actor2.startswith("Civilians (Mali)")


@pytest.mark.parametrize("text", [
    "GAO, Mali -- Armed men torched a dozen huts in Ansongo on Sunday, but nobody was injured.",
    "GAO, Mali -- Gunmen set houses ablaze in Ansongo on Sunday without wounding anyone.",
    "GAO, Mali -- Militiamen burned their homes in Ansongo on Sunday, the mayor said.",
])
def test_homes_burnt_with_nobody_hurt_is_property_destruction(pipeline, text):
    [e] = _rows(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    # the unnamed armed men, whatever word names them at the head of the sentence, are the actor
    assert e.actor1.startswith("Unidentified Armed Group (Mali)")


@pytest.mark.parametrize("text, assoc", [
    ("ELDORET, Kenya (KNA) -- Hundreds of nursing students marched peacefully through Eldoret on Monday "
     "to demand their stipends.", "Students (Kenya)"),
    ("SYLHET, Bangladesh -- Activists of the BNP rallied in Sylhet on Monday, and police dispersed them "
     "with batons and tear gas.", "BNP: Bangladesh Nationalist Party"),
    ("LYON, France -- Striking rail workers of the CGT blocked the tracks at Lyon station on Monday and "
     "threw stones at police.", "CGT: General Confederation of Labour"),
    ("MENDOZA, Argentina -- Hundreds of CGT unionists marched in Mendoza on Monday against the wage freeze.",
     "CGT: General Confederation of Labor"),
])
def test_groups_named_in_the_crowd_are_associated_actors(pipeline, text, assoc):
    rows = [e for e in _rows(pipeline, text) if e.event_type in ("Protests", "Riots")]
    assert rows and all(assoc in e.assoc_actor_1.split("; ") for e in rows)
    assert all(e.actor1.startswith(("Protesters (", "Rioters (")) for e in rows)


def test_a_crowd_with_no_group_named_has_no_associated_actor(pipeline):
    text = "ELDORET, Kenya (KNA) -- Hundreds of residents marched peacefully through Eldoret on Monday to demand water."
    [e] = _rows(pipeline, text)
    assert e.sub_event_type == "Peaceful protest" and e.assoc_actor_1 == ""


def test_a_report_naming_no_place_but_its_dateline_is_told_there(pipeline):
    # the lead glued to the dateline, and a riot told paragraphs below with no place of its own
    text = ("YEREVAN, Armenia (AP) -- Supporters of the opposition rallied in front of the government building "
            "on Monday to demand the prime minister's resignation.\n\n"
            "Organisers said the crowd was the largest in months.\n\n"
            "A group of protesters later hurled stones at riot officers.\n")
    rows = _rows(pipeline, text)
    assert [(e.event_type, e.location) for e in rows] == [("Riots", "Yerevan")]


def test_a_glued_dateline_places_a_rally_with_no_place_of_its_own(pipeline):
    text = "YEREVAN, Armenia -- Hundreds of pensioners rallied in front of the finance ministry on Monday."
    [e] = _rows(pipeline, text)
    assert (e.sub_event_type, e.location) == ("Peaceful protest", "Yerevan")


def test_a_riot_told_elsewhere_leaves_the_peaceful_march_as_told(pipeline):
    text = ("ZAGREB, Croatia -- Thousands of people marched peacefully through Zagreb on Saturday against "
            "rising rents.\n\n"
            "Two years ago, a similar march in Split turned violent when demonstrators smashed shop windows.\n")
    rows = _rows(pipeline, text)
    assert [(e.sub_event_type, e.location) for e in rows] == [("Peaceful protest", "Zagreb")]


def test_fireworks_thrown_at_police_by_youths_are_a_riot_not_police_property_destruction(pipeline):
    text = "LYON, France -- Groups of youths hurled fireworks at officers and burned scooters in Vaulx-en-Velin on Friday."
    [e] = _rows(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")
    assert e.actor1 == "Rioters (France)" and e.actor2.startswith("Police Forces of France")


def test_a_plural_after_a_datelines_dash_is_the_trigger_it_names(pipeline):
    text = "CHITTAGONG, Bangladesh -- Demonstrators clashed with riot officers near the port on Tuesday."
    [e] = _rows(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")
    assert e.actor1 == "Rioters (Bangladesh)" and e.actor2.startswith("Police Forces of Bangladesh")


def test_two_party_crowds_clashing_are_both_rioters(pipeline):
    text = ("RAJSHAHI, Bangladesh (AFP) --\n\nOn Tuesday, activists of the BNP clashed with supporters of the "
            "Awami League in Rajshahi, leaving at least 15 people injured, police said.")
    [e] = _rows(pipeline, text)
    assert e.event_type == "Riots"
    assert (e.actor1, e.actor2, e.inter2) == ("Rioters (Bangladesh)", "Rioters (Bangladesh)", 5)
    assert e.civilian_targeting == ""


def test_the_killing_a_riot_followed_is_none_of_its_toll(pipeline):
    text = ("MARSEILLE, France (AFP) -- Youths set fire to bins and threw stones at police in Marseille on "
            "Wednesday night after officers fatally shot a young motorist at a checkpoint.")
    [e] = _rows(pipeline, text)
    assert e.event_type == "Riots" and e.fatalities == 0
