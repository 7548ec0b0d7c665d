"""A victim named by a trade or a stage of life counts as one person killed."""
from datetime import date

import pytest

from event_helpers import coded


@pytest.mark.parametrize("victim", ["retired trucker", "jeweler", "barber", "retiree", "veteran"])
def test_trade_victim_counts_one_dead(violence_pipeline, victim):
    text = f"A {victim} was shot and killed Saturday outside a store in Tyler, Texas, police said."
    events = coded(violence_pipeline, text, published=date(2024, 5, 15))
    assert [e.fatalities for e in events] == [1]
    assert events[0].event_date == date(2024, 5, 11)
