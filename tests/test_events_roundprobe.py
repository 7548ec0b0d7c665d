"""Reports that carry several events: security roundups told item by item ("In Borno, ...",
"Separately, ...", "Elsewhere, ..."), with a day, a place and a toll of each item's own, and
closing lines recalling older attacks. No item's day, place, doers or dead leak into another's,
and a recalled attack's dead are no toll of today's news. Invented reports."""
from __future__ import annotations

from datetime import date

from event_helpers import coded, violent_rows

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _row_at(rows, location: str):
    found = [e for e in rows if e.location == location]
    assert len(found) == 1, [(e.location, e.event_date, e.fatalities) for e in rows]
    return found[0]


def test_a_statement_day_opening_an_item_dates_it_not_the_item_before(pipeline):
    # "On Sunday, the army said its drones struck ...": the strike is no later than Sunday, and
    # Saturday is the day of the ambush told before it, another incident at another place
    text = ("Sahel roundup: On Saturday, jihadists killed nine soldiers in an ambush near Djibo in Burkina Faso. "
            "On Sunday, the army said its drones hit an insurgent base near Arbinda, killing dozens of fighters.")
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    assert _row_at(rows, "Djibo").event_date == date(2024, 5, 11)
    strike = _row_at(rows, "Aribinda")
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.event_date == date(2024, 5, 12)
    # (the same incident told again on a statement day keeps its own day)
    text = ("Jihadists killed nine soldiers in an ambush near Djibo, Burkina Faso, on Saturday. "
            "On Monday, the army said the attackers also killed three herders near Djibo.")
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    assert {e.event_date for e in rows} == {date(2024, 5, 11)}


def test_a_separate_item_at_an_unknown_place_takes_no_scene_of_the_item_before(pipeline):
    # the gazetteer does not know the item's region: better no row than a row in Mogadishu
    text = ("On Tuesday, al-Shabaab fired mortars at an army camp in Mogadishu, injuring three guards. "
            "Separately, a clan militia clashed with a rival clan in Galmudug on Sunday, leaving five dead.")
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    assert [(e.location, e.event_date, e.fatalities) for e in rows] == [("Mogadishu", date(2024, 5, 14), 0)]


def test_an_item_opening_on_its_own_unknown_place_joins_no_item_before(pipeline):
    text = ("Suspected Abu Sayyaf gunmen killed three soldiers in Sulu on Monday, the military said. "
            "In Maguindanao, troops clashed with Dawlah Islamiyah fighters on Tuesday, leaving one soldier dead.")
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    assert len(rows) == 1
    sulu = rows[0]
    assert sulu.event_date == date(2024, 5, 13)
    assert sulu.fatalities == 3
    assert sulu.actor1 == "Abu Sayyaf Group"


def test_an_elsewhere_item_gives_its_dead_to_no_item_before(pipeline):
    text = ("In Sinaloa, soldiers clashed with cartel gunmen in Culiacan on Sunday, killing three suspects. "
            "Elsewhere, the body of a local councillor was found in Guerrero on Monday.")
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    clash = _row_at(rows, "Culiacan")
    assert clash.event_type == "Battles"
    assert clash.fatalities == 3


def test_a_recalled_attack_of_a_past_year_adds_no_dead_to_todays_clash(pipeline):
    text = ("Philippine troops clashed with Dawlah Islamiyah fighters in Lanao del Sur on Tuesday, leaving "
            "two soldiers dead. The group was behind a 2022 bombing at a bus terminal in Marawi that killed "
            "six people.")
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    assert [(e.event_type, e.event_date, e.fatalities) for e in rows] == [("Battles", date(2024, 5, 14), 2)]


def test_a_recalled_attack_of_last_month_adds_no_dead_to_todays_raid(pipeline):
    text = ("Taliban security forces killed four Islamic State members in a raid in Kabul on Monday, a "
            "spokesman said. He added that the cell was behind a truck bombing in Kandahar last month "
            "that killed 17 worshippers.")
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    raid = _row_at(rows, "Kabul")
    assert raid.event_date == date(2024, 5, 13)
    assert raid.fatalities == 4


def test_the_fighters_of_a_separate_item_are_no_group_named_for_another(pipeline):
    text = ("In Rakhine State, the Arakan Army seized a police post near Buthidaung on Tuesday. "
            "Separately, resistance fighters ambushed a junta convoy in Magway Region on Sunday, killing "
            "eight soldiers.")
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    ambush = _row_at(rows, "Magway")
    assert ambush.event_date == date(2024, 5, 12)
    assert ambush.fatalities == 8
    assert ambush.actor1.startswith("Unidentified Armed Group")
    assert "Arakan Army" not in (ambush.actor1, ambush.actor2)


def test_a_toll_update_of_a_days_old_blast_keeps_the_blasts_day(pipeline):
    # "Sunday's landmine explosion": the day owns the blast, not the next item's Monday
    text = ("The death toll from Sunday's landmine explosion in Dibaya, Kasai, has risen to 7, officials "
            "said on Tuesday. In Kinshasa, police dispersed opposition supporters who were protesting on Monday.")
    rows = coded(pipeline, text, published=PUBLISHED)
    blast = next(e for e in rows if e.event_type == "Explosions/Remote violence")
    assert blast.event_date == date(2024, 5, 12)
    assert blast.fatalities == 7
    dispersal = next(e for e in rows if e.event_type == "Protests")
    assert dispersal.event_date == date(2024, 5, 13)


def test_an_unplaced_lead_takes_no_town_of_a_separate_item_after_it(pipeline):
    # the town the army retook is unknown to the gazetteer (in any spelling: "Harardhere" is now
    # Xarardheere): the cafe bombing's Mogadishu is no scene of it
    text = ("Somali troops and allied clan fighters recaptured the town of Buurdhigley from al-Shabaab on "
            "Monday, officials said. In a separate development, a suicide bomber struck a tea shop in "
            "Mogadishu on Tuesday, killing four people.")
    rows = violent_rows(pipeline, text, published=PUBLISHED)
    assert [(e.location, e.event_date, e.sub_event_type) for e in rows] == [
        ("Mogadishu", date(2024, 5, 14), "Suicide bomb")]


def test_an_unknown_village_takes_no_town_of_a_later_item(pipeline):
    text = ("Jihadists killed 14 civilians in the village of Boni in central Mali on Tuesday, local officials "
            "said. Meanwhile, in Timbuktu, hundreds of traders marched on Tuesday against the fuel blockade.")
    rows = coded(pipeline, text, published=PUBLISHED)
    assert [(e.event_type, e.location) for e in rows] == [("Protests", "Timbuktu")]


def test_statement_paragraph_under_the_dateline_scene_is_no_new_item(violence_pipeline):
    """A paragraph opening on a statement day and naming the dateline's county again tells the
    same killing, not a new roundup item of that day (a page whose metadata day lags its text)."""
    text = ("PORTER COUNTY, Ind. - Deputies found a woman and her son shot dead inside a farmhouse "
            "near Chesterton on Wednesday morning.\n\n"
            "On Thursday, the Porter County coroner confirmed both died of gunshot wounds, and said "
            "the woman's husband was being questioned.")
    events = coded(violence_pipeline, text, published=date(2024, 5, 15))
    assert [(e.event_date, e.location, e.fatalities) for e in events] == [
        (date(2024, 5, 15), "Chesterton", 2)]
