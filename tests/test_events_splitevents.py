"""Distinct events of one report are distinct rows (spec §0: one event is one day, one place,
one type, one pair of actors): an act of another kind that its own sentence dates to another
day does not join the report's main episode (events.episodes: _other_day_other_act), and a
toll its sentence breaks down by place is one row per place told (events.rows:
split_by_places_told). Invented reports."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows

PAGE = date(2024, 5, 15)


def _rows(pipeline, text):
    return [(e.event_date, e.sub_event_type, e.location, e.fatalities) for e in violent_rows(pipeline, text, PAGE)]


def test_a_strike_on_another_day_does_not_join_the_days_battle(pipeline):
    # the strike's own paragraph names no town the gazetteer knows: it is left out, not folded in
    text = ("Heavy fighting erupted in Falam on Tuesday, killing three soldiers, residents said."
            "\n\nAn air raid on Matupi killed five farmers on Saturday.")
    rows = _rows(pipeline, text)
    assert (date(2024, 5, 14), "Armed clash", "Falam", 3) in rows
    assert all(r[3] != 4 and r[0] != date(2024, 5, 11) for r in rows if r[2] == "Falam"), rows


def test_fighting_told_again_next_day_still_continues_the_battle(pipeline):
    text = ("Clashes between the army and rebels erupted in Falam on Tuesday, killing three soldiers. "
            "The fighting went on through Wednesday, leaving two more rebels dead.")
    rows = _rows(pipeline, text)
    assert [(d, loc, k) for d, _, loc, k in rows] == [(date(2024, 5, 14), "Falam", 3), (date(2024, 5, 15), "Falam", 2)]


def test_a_toll_broken_down_by_town_is_one_row_per_town(pipeline):
    text = ("Israeli air strikes killed 12 people across Gaza on Tuesday, including six in Deir al-Balah "
            "and four in Khan Younis, according to medics.")
    rows = {(loc, k) for _, _, loc, k in _rows(pipeline, text)}
    assert ("Dayr al Balah", 6) in rows and ("Khan Yunis", 4) in rows
    assert sum(k for _, k in rows) == 12


def test_a_breakdown_adding_up_to_the_toll_leaves_no_row_at_the_whole(pipeline):
    text = ("Israeli air strikes killed ten people across Gaza on Tuesday, including six in Deir al-Balah "
            "and four in Khan Younis, according to medics.")
    assert sorted((loc, k) for _, _, loc, k in _rows(pipeline, text)) == [("Dayr al Balah", 6), ("Khan Yunis", 4)]


def test_a_breakdown_by_kind_of_victim_is_no_split(pipeline):
    text = "An Israeli strike killed 12 people in Rafah on Tuesday, including six children, medics said."
    assert [(loc, k) for _, _, loc, k in _rows(pipeline, text)] == [("Rafah", 12)]


def test_the_dead_of_an_act_answered_are_not_the_answers(pipeline):
    text = ("Hezbollah launched a barrage of rockets at Metula on Wednesday in retaliation for an Israeli "
            "air strike that killed three of its fighters in Khiam.")
    rows = _rows(pipeline, text)
    assert [(loc, k) for _, _, loc, k in rows if loc == "Metula"] == [("Metula", 0)], rows


def test_an_after_clause_still_leaves_the_ambushs_dead_to_it(pipeline):
    text = ("Rebels ambushed an army convoy near Gao on Monday, a week after the army retook the town, "
            "killing six soldiers.")
    assert [k for *_, k in _rows(pipeline, text)] == [6]


def test_a_killing_told_last_week_in_its_own_paragraph_is_a_row_of_its_week(pipeline):
    # (events.background: a week back dates a killing, it is no setting of the news)
    text = ("Fighting between the army and rebels erupted in Falam on Tuesday, killing three soldiers.\n\n"
            "A military air strike killed five farmers in Tedim last week, according to a relief group.")
    rows = _rows(pipeline, text)
    assert (date(2024, 5, 14), "Armed clash", "Falam", 3) in rows
    assert [(s, loc, k) for _, s, loc, k in rows if loc == "Tedim"] == [("Air/drone strike", "Tedim", 5)]
