"""A headline's toll above the body's (issue 6): the body tells part of it. Invented text and places."""
from __future__ import annotations

import pytest
from toll_helpers import coded_fatalities



def test_a_headline_telling_more_dead_than_the_body_gives_the_toll(violence_pipeline):
    text = ("Dayton man shoots his nephew, then himself, in murder-suicide\n\n"
            "Police in Dayton, Ohio, said the boy was shot dead at a farmhouse on Tuesday evening.\n")
    assert coded_fatalities(violence_pipeline, text) == [2]


def test_a_body_telling_as_many_as_the_headline_keeps_its_own_toll(violence_pipeline):
    text = ("Two dead in Dayton shooting\n\n"
            "Police said two men were shot dead outside a bar in Dayton, Ohio, on Tuesday night.\n")
    assert coded_fatalities(violence_pipeline, text) == [2]
