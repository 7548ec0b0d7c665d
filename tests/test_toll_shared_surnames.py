"""Victims sharing a surname, deaths told by "they" or "both" (issue 6: per-incident killed on
GVC). Invented text and names."""
from __future__ import annotations

import pytest

from toll_helpers import coded_fatalities, parsed_toll


def test_victims_sharing_a_surname_are_each_counted():
    assert parsed_toll("Ida Haskett and Tam Haskett were killed on Monday.") == 2


def test_a_surname_told_alone_is_the_victim_named_in_full():
    assert parsed_toll("Ida Haskett was killed on Monday. Deputies said Haskett was murdered at home.") == 1
    assert parsed_toll("Mr. Haskett was killed on Monday. Ida Haskett was murdered at home.") == 1


def test_another_name_pronounced_dead_beside_a_named_victim_counts():
    assert parsed_toll("Ida Haskett perished on Monday. Tam Haskett was pronounced dead by medics on the lawn.") == 2
    assert parsed_toll("Ida Haskett perished on Monday. Ida Haskett was pronounced dead by medics on the lawn.") == 1


@pytest.mark.parametrize("text, toll", [
    ("The cook and his nephew were flown to Akron General, where they later died.", 2),
    ("The two boys were shot on Monday. Both later died.", 2),
    ("A mother and her son were shot in Dayton. They later died at a hospital.", 2),
    ("Both men later died at a hospital.", 2),
    ("The waiter perished on the porch. The cook and his nephew were flown to Akron General, where they later died.", 3),
])
def test_they_or_both_dying_counts_the_people_named_before(text, toll):
    assert parsed_toll(text) == toll


def test_they_naming_no_people_counts_nobody():
    assert parsed_toll("Police said the car was stolen. They died.") == 0
    assert parsed_toll("The man was shot on Monday. They later died.") == 0


def test_the_coded_toll_of_two_victims_who_later_died(violence_pipeline):
    text = ("Two shot in Dayton\n\n"
            "A clerk and a customer were shot at a store in Dayton, Ohio, on Tuesday. "
            "They were taken to a clinic where they later died.\n")
    assert coded_fatalities(violence_pipeline, text) == [2]
