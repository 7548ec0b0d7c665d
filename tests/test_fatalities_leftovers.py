"""Deaths the count missed (branch leftovers): a number of people told as 'two of his aides' in the
object of a killing, and aides as people; a state written after a comma with its country ('Guerrero,
Mexico') is placed in the country, not in a state of the country's name. Invented reports."""
from __future__ import annotations

from datetime import date

from event_helpers import violent_rows


def _rows(pipeline, text):
    return violent_rows(pipeline, text + "\n", date(2024, 5, 15))


def test_number_of_people_in_the_object_counts(pipeline):
    [e] = _rows(pipeline, "Masked gunmen shot dead a council candidate and two of his aides outside a "
                          "restaurant in Iguala on Thursday, prosecutors said.")
    assert e.fatalities == 3


def test_aides_are_people(pipeline):
    # no number before them: each is counted only as a person noun (data/fatalities/lexicon.toml)
    [e] = _rows(pipeline, "Attackers killed a district governor, his secretary and a spokesman in an "
                          "ambush near Jalalabad on Thursday, officials said.")
    assert e.fatalities == 3


def test_state_before_its_country_is_one_place(pipeline):
    [e] = _rows(pipeline, "Gunmen killed a former mayor and two aides in Guerrero, Mexico, on Monday.")
    assert (e.admin1, e.country, e.fatalities) == ("Guerrero", "Mexico", 3)
