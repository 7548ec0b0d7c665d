"""A non-violent transfer of territory is told of armed men leaving a place or of a place handed
over (spec §2.6): "pulled it out" (a gun from a drawer) and "turned the case over to the
prosecutor" transfer nothing. Invented reports only."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report


def _subs(pipeline, text):
    r = Report(id="transfer", title="", text=text, published=date(2019, 9, 11))
    return [e.sub_event_type for e in pipeline.analyse(r).events]


@pytest.mark.parametrize("text", [
    "KYIV, Ukraine - Russian troops pulled out of the town of Lyman on Saturday, officials said.\n",
    "BAMAKO, Mali - The rebels turned the town of Kidal over to the army on Tuesday, officials said.\n",
])
def test_armed_men_leaving_or_a_town_handed_over_is_a_transfer(pipeline, text):
    assert "Non-violent transfer of territory" in _subs(pipeline, text)


def test_a_gun_pulled_out_is_no_transfer(violence_pipeline):
    text = ("DAYTON, Ohio - A boy, 7, was shot by his brother on Tuesday. \"They found the gun, pulled it out "
            "and one shot the other,\" the mayor said.\n")
    assert "Non-violent transfer of territory" not in _subs(violence_pipeline, text)


def test_a_case_turned_over_to_a_prosecutor_is_no_transfer(violence_pipeline):
    text = ("DAYTON, Ohio - A boy, 7, was shot by his brother on Tuesday, police said.\n\n"
            "The sheriff said he had turned the case over to the Montgomery County Prosecutor's Office.\n")
    assert "Non-violent transfer of territory" not in _subs(violence_pipeline, text)
