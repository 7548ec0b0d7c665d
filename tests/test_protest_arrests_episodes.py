"""Arrests made at a protest are its intervention (spec §2.2: "Protest with intervention ...
including arrests"), not a strategic development of their own: an arrests mention told with a
demonstration (same place and day, or with no place of its own in its paragraph or the next)
folds into it (events.interventions). Arrests told as a case of their own (another day,
another town, suspects of something else) stay rows of their own. Invented reports only."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report

_MARCH = ("KUMASI, Ghana (Reuters) - Hundreds of teachers marched through Kumasi on Monday to demand "
          "unpaid wages. The crowd sang hymns outside the regional education office for several hours.")


def _rows(pipeline, text: str) -> list[tuple[str, str, str, int]]:
    r = Report(id="arrests", title="", text=text, published=date(2024, 3, 8))
    return sorted((e.event_type, e.sub_event_type, e.location, e.event_date.day) for e in pipeline.analyse(r).events)


def test_arrests_in_the_march_paragraph_are_its_intervention(pipeline):
    text = _MARCH + " Police later arrested 15 people.\n\nThe union said it would strike again next month.\n"
    assert _rows(pipeline, text) == [("Protests", "Protest with intervention", "Kumasi", 4)]


def test_arrests_told_in_the_march_sentence_are_its_intervention(pipeline):
    # (the classifier already reads these as the march's; kept so the fold does not undo it)
    text = ("KUMASI, Ghana (Reuters) - Hundreds of teachers marched through Kumasi on Monday to demand unpaid "
            "wages, and police arrested 15 of them.\n\nThe union said it would strike again next month.\n")
    assert _rows(pipeline, text) == [("Protests", "Protest with intervention", "Kumasi", 4)]


def test_arrests_told_with_no_place_in_the_next_paragraph_are_its_intervention(pipeline):
    # (the paragraph after the lead takes the lead's town; the arrests then join the march, not a row)
    text = _MARCH + "\n\nA police spokesman said 15 people were arrested.\n\nThe union said it would strike again.\n"
    assert _rows(pipeline, text) == [("Protests", "Protest with intervention", "Kumasi", 4)]


def test_arrests_after_force_that_killed_leave_excessive_force_as_it_is(pipeline):
    text = ("KUMASI, Ghana (Reuters) - Police shot dead two teachers on Monday when they fired on a march "
            "through Kumasi by hundreds of teachers demanding unpaid wages.\n\n"
            "A police spokesman said 15 people were arrested.\n")
    assert _rows(pipeline, text) == [("Protests", "Excessive force against protesters", "Kumasi", 4)]


def test_an_arrest_on_a_later_day_stays_a_row_of_its_own(pipeline):
    text = (_MARCH + "\n\nA police spokesman said 15 people were arrested.\n\n"
            "On Thursday, police arrested the union's general secretary at his home in Kumasi.\n")
    assert _rows(pipeline, text) == [("Protests", "Protest with intervention", "Kumasi", 4),
                                     ("Strategic developments", "Arrests", "Kumasi", 7)]


def test_arrests_in_another_town_stay_a_row_of_their_own(pipeline):
    text = _MARCH + "\n\nPolice arrested ten opposition activists in Tamale on Monday.\n"
    assert _rows(pipeline, text) == [("Protests", "Peaceful protest", "Kumasi", 4),
                                     ("Strategic developments", "Arrests", "Tamale", 4)]


@pytest.mark.parametrize("arrest", [
    "Police also arrested a man wanted in connection with an earlier attack on a police post.",
    "Police also arrested a local trader suspected of organising a bomb plot against the regional governor.",
])
def test_a_suspect_of_another_case_is_no_arrest_at_the_march(pipeline, arrest):
    text = _MARCH + "\n\n" + arrest + "\n"
    assert _rows(pipeline, text) == [("Protests", "Peaceful protest", "Kumasi", 4),
                                     ("Strategic developments", "Arrests", "Kumasi", 4)]


_LATER_MARCH = ("ACCRA, Ghana (Reuters) - The government on Tuesday promised to pay teachers' arrears by the end "
                "of the month.\n\nIn Kumasi, hundreds of teachers marched through the city centre on Monday to "
                "demand the unpaid wages.\n\n")


def test_placeless_arrests_in_the_paragraph_after_a_later_march_are_its_intervention(pipeline):
    # (no place of their own, not after the lead: left out before, and the march stayed peaceful)
    text = _LATER_MARCH + "A police spokesman said 15 people were arrested.\n"
    assert _rows(pipeline, text) == [("Protests", "Protest with intervention", "Kumasi", 4)]


def test_placeless_arrests_paragraphs_away_from_the_march_are_not_its_intervention(pipeline):
    text = (_LATER_MARCH + "The finance minister said the money would come from a new bond. Opposition leaders "
            "called the plan too late.\n\nThe unions said more marches would follow. Officials said the budget "
            "was under strain.\n\nA police spokesman said 15 people were arrested.\n")
    assert _rows(pipeline, text) == [("Protests", "Peaceful protest", "Kumasi", 4)]
