"""Places of Sahel and West African reports (branch sahelprobe): a stretch between two towns.
Invented reports written for these tests; the places are real."""
from __future__ import annotations

from datetime import date

from conflictlens.geo.patterns import read_context
from conflictlens.model import Report
from event_helpers import violent_rows

VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _near(text: str, name: str) -> bool:
    i = text.index(name)
    return read_context(text, i, i + len(name)).near


def test_both_ends_of_a_dashed_road_are_areas():
    text = "Herders were robbed on the Sokoto-Gusau expressway late on Friday."
    assert _near(text, "Sokoto") and _near(text, "Gusau")


def test_between_two_towns_is_an_area_of_each():
    text = "The convoy hit a mine between the towns of Menaka and Anderamboukane."
    assert _near(text, "Menaka") and _near(text, "Anderamboukane")


def test_a_dashed_name_without_a_road_word_is_no_area():
    text = "Fighters entered Guinea-Bissau last year."
    assert not _near(text, "Bissau")


def test_a_kidnapping_on_a_highway_is_placed_near_a_town(pipeline):
    [e] = [e for e in pipeline.process(Report(
        id="t", published=date(2024, 2, 20),
        text="Armed men seized 18 bus passengers on the Zaria-Kano highway in Nigeria on Sunday and asked "
             "their families for money, police said.\n")) if e.event_type in VIOLENT]
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert e.location in ("Zaria", "Kano") and e.geo_precision == 2


def _rows(pipeline, text, published=date(2024, 2, 20)):
    return violent_rows(pipeline, text + "\n", published)


def test_a_town_and_its_state_after_a_comma_are_one_scene(pipeline):
    [e] = _rows(pipeline, "Jihadist fighters shot dead six fishermen at a river near Bama, Borno state, "
                          "on Saturday, a local official said.")
    assert (e.location, e.admin1, e.fatalities) == ("Bama", "Borno", 6)


def test_a_town_read_as_its_district_keeps_the_whole_toll(pipeline):
    [e] = _rows(pipeline, "An explosive device buried on a farm track killed four women in Damboa, Borno state, "
                          "on Saturday, a local official said.")
    assert (e.location, e.fatalities) == ("Damboa", 4)


def test_two_states_in_a_list_stay_two_scenes(pipeline):
    rows = _rows(pipeline, "Gunmen killed six herders in Kaduna and Katsina states on Saturday, "
                           "residents said.")
    assert {e.admin1 for e in rows} == {"Kaduna", "Katsina"}
