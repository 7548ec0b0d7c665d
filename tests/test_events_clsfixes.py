"""Event typing in news of other fields: a team leaving a tournament is no transfer of territory, a
weapons test's blast is no attack, police fighting a crowd of fans is a riot and not an armed clash,
and a weapon word in a facility's name broken across lines is no missile attack. Invented reports,
real place names."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

DAY = date(2026, 3, 9)


def _types(pipeline, text: str, title: str = ""):
    return [(e.event_type, e.sub_event_type)
            for e in pipeline.analyse(Report(id="t", title=title, text=text, published=DAY)).events]


def test_withdrawing_from_a_contest_is_no_transfer_of_territory(pipeline):
    text = ("The two sprinters withdrew from the championship in Berlin after missing a drugs test at the "
            "Athletes Village on Monday.")
    assert _types(pipeline, text) == []


def test_withdrawing_from_a_town_is_still_a_transfer(pipeline):
    assert _types(pipeline, "Rebels withdrew from the town of Kidal on Monday.") == [
        ("Strategic developments", "Non-violent transfer of territory")]


def test_a_weapons_test_blast_is_no_explosion_event(pipeline):
    text = ("India carried out a nuclear test early today, the official news agency said.\n"
            "    A blast on February 20 ended a 14-month unilateral test moratorium declared by the Indian "
            "government. New Delhi blamed the end of the pause on its neighbour.")
    assert _types(pipeline, text, title="INDIA CARRIES OUT NUCLEAR TEST") == []


def test_a_bomb_blast_that_kills_is_still_coded(pipeline):
    assert _types(pipeline, "A bomb blast on Saturday killed three soldiers in Kidal.") == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_police_fighting_fans_is_a_riot_not_an_armed_clash(pipeline):
    text = "Police in riot gear battled with Millwall fans in the north stand of the stadium in London on Saturday."
    assert _types(pipeline, text) == [("Riots", "Mob violence")]


def test_soldiers_fighting_rebels_is_still_an_armed_clash(pipeline):
    assert _types(pipeline, "Soldiers clashed with rebels near Kidal on Monday.") == [("Battles", "Armed clash")]


def test_a_weapon_word_in_a_facility_name_broken_across_lines_is_no_attack(pipeline):
    text = ("The firm said on Monday it will build a telemetry station beside the White\n"
            "Sands Missile Range, near Las Cruces.")
    assert _types(pipeline, text) == []


def test_a_title_case_headline_still_names_a_missile_strike(pipeline):
    text = "Missile Strikes Kill Five In Kharkiv\nRussian missiles struck Kharkiv on Monday, killing five people."
    assert _types(pipeline, text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]
