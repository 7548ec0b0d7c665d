"""Issue 3, item 5: a mention whose sentence names no place takes its paragraph's place before
the dateline's town (the dateline says where the report was filed from, the paragraph where
the incident was), and a quote paragraph naming no place goes on from the place the paragraph
before it told. Invented reports only."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _violent_places(pipeline, text: str) -> set[str]:
    r = Report(id="f", title="", text=text, published=date(2023, 5, 30))
    return {e.location for e in pipeline.analyse(r).events if e.event_type == "Explosions/Remote violence"}


def test_a_province_the_paragraph_names_wins_over_the_dateline_city(pipeline):
    text = ("LIMA, Peru (AP) - Police said on Tuesday that the situation in Ayacucho department remained "
            "tense. Rebels blew up an electricity pylon on Monday night, cutting power to thousands.\n\n"
            "The government sent more troops.\n")
    assert _violent_places(pipeline, text) == {"Ayacucho"}


def test_a_town_the_paragraph_names_wins_over_the_dateline_city(pipeline):
    text = ("LIMA, Peru (AP) - Police said on Tuesday that the people of Huanta were afraid. "
            "Rebels blew up an electricity pylon on Monday night, cutting power to thousands.\n\n"
            "The government sent more troops.\n")
    assert _violent_places(pipeline, text) == {"Huanta"}


def test_a_quote_paragraph_goes_on_from_the_town_told_before_it(pipeline):
    text = ("LIMA, Peru (AP) - Police said on Tuesday that the people of Huanta were afraid after a night "
            "of violence.\n\n"
            "\"Somebody threw a bomb at the market and killed two women,\" an officer said.\n\n"
            "The government sent more troops.\n")
    assert _violent_places(pipeline, text) == {"Huanta"}


def test_with_no_other_place_the_dateline_city_still_stands_in(pipeline):
    text = ("LIMA, Peru (AP) - Police said on Tuesday that the night had been calm until late. "
            "Rebels blew up an electricity pylon on Monday night, cutting power to thousands.\n\n"
            "The government sent more troops.\n")
    assert _violent_places(pipeline, text) == {"Lima"}


_AFTER_LEAD = ("LIMA, Peru (AP) - The army sent more troops to Huanta on Tuesday after a week of attacks.\n\n"
               "Rebels blew up an electricity pylon on Monday night, cutting power to thousands.\n\n"
               "The minister promised to rebuild it.\n")


def test_the_paragraph_after_the_lead_goes_on_from_the_town_the_lead_told(pipeline):
    assert _violent_places(pipeline, _AFTER_LEAD) == {"Huanta"}


def test_a_toll_told_after_the_lead_is_not_placed_at_the_lead_town_on_its_own(pipeline):
    # (placed there, its deaths would be counted beside the lead's event's, a separate row)
    text = _AFTER_LEAD.replace("cutting power to thousands", "killing two guards")
    assert "Huanta" not in _violent_places(pipeline, text)
