"""A part told "of" a whole: "one of the two men killed in the raid" counts the two (the
participle tells the whole were killed), and "two of the five men who were shot died later"
counts the two (the number before "of" is the subject who died). Invented sentences and names."""
from __future__ import annotations

import pytest

from toll_helpers import parsed_toll


@pytest.mark.parametrize("text, toll", [
    ("Quennel Darby was one of the two men killed in the garage shooting.", 2),
    ("Orla Fenwick was one of three people slain at the motel.", 3),
    ("One of the four hikers shot dead near the ridge was a nurse.", 4),
    ("Two of five men who were shot outside the arcade died later.", 2),
    ("Four teens were wounded and one of them died on Sunday.", 1),
    ("Two of the three wounded guards died at the clinic.", 2),
])
def test_part_and_whole(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("Two of the four campers were killed by the falling tree.", 2),
    ("Three of the six officers who were shot are recovering.", 0),
    ("One of the gunmen was killed in the shootout with marshals.", 1),
])
def test_part_counts_stay(text, toll):
    assert parsed_toll(text) == toll
