"""Issue 6: the places of a list of guests beside the story ("Guests:" and their offices) are
no place of the report's violence. Invented reports."""
from __future__ import annotations

from conflictlens.events.other_violence import aside_spans
from geo_helpers import violence_places as _places

_BODY = ("Kentucky lost two toddlers this spring, within a week of each other, to guns their parents "
         "had left within reach.\n\n"
         "A 3-year-old boy found a loaded pistol in a kitchen drawer and shot himself in the chest.\n\n"
         "Guests:\n\n"
         "Jo Marsh, the prosecutor for Greene County, Ohio\n\n"
         "Sam Reyes, a professor of law who writes on firearms")


def test_a_guest_list_is_no_scene(violence_pipeline):
    got = _places(violence_pipeline, "Should parents be charged when toddlers shoot?", _BODY)
    assert got and "Beavercreek" not in got and "Xenia" not in got


def test_the_list_ends_at_a_long_paragraph():
    text = ("Panelists:\n\nJo Marsh, a sheriff\n\n" + "A man was shot on Sunday outside a bar in the town, "
            "and the police said he had been drinking with friends who left before the shots were fired "
            "from a passing car that drove off.\n")
    (a, b), = aside_spans(text)
    assert "Jo Marsh" in text[a:b] and "passing car" not in text[a:b]


def test_a_label_inside_a_line_opens_no_list():
    assert aside_spans("Police named the guests: Jo Marsh and Sam Reyes of Brill.") == []
