"""History a sentence recalls as a list set off by semicolons: every item of the list is an old
incident's, its dead no toll of the report's. Invented sentences."""
from __future__ import annotations

import pytest

from toll_helpers import parsed_toll


@pytest.mark.parametrize("text", [
    "Let us recall the sinking of the ferry, in which more than 90 people died; the fire at the "
    "customs house; the murder of many clerks who refused to pay.",
    "We recall the siege of the embassy; the car bomb at the harbour; the killing of three judges in "
    "their chambers.",
])
def test_every_item_of_a_recalled_list_is_history(text):
    assert parsed_toll(text) == 0


@pytest.mark.parametrize("text, toll", [
    # a part with a verb of its own after the semicolon is the report's news again
    ("We recall the bombing of the market; gunmen killed five guards at the bank on Monday.", 5),
    ("Let us recall the massacre at the farm; and let us remember that rebels killed three soldiers today.", 3),
])
def test_news_told_after_a_recalled_list_counts(text, toll):
    assert parsed_toll(text) == toll
