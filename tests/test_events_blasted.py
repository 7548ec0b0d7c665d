"""A person "blasted to death" is shot (crime-news slang), not bombed; a bomb that blasts a
place stays an explosion."""
from datetime import date

import pytest

from event_helpers import coded


@pytest.mark.parametrize("text, place, killed", [
    ("A gunman blasted his former girlfriend to death outside a Dayton bar early Sunday, police said.",
     "Dayton", 1),
    ("The gunman blasted two men to death outside a Baghdad cafe on Monday, police said.", "Baghdad", 2),
])
def test_a_person_blasted_to_death_is_shot(pipeline, text, place, killed):
    rows = coded(pipeline, text, date(2024, 5, 15))
    assert [(e.event_type, e.sub_event_type, e.location, e.fatalities) for e in rows] == [
        ("Violence against civilians", "Attack", place, killed)]


def test_a_bomb_that_blasts_a_market_stays_an_explosion(pipeline):
    rows = coded(pipeline, "A bomb blasted the market in Kano on Sunday, killing five people.", date(2024, 5, 15))
    assert [(e.event_type, e.fatalities) for e in rows] == [("Explosions/Remote violence", 5)]
