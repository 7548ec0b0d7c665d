"""A bare month told after the story's day and ending before it (muc4place): "the offensive
announced in March" looks back from the day the report tells; it does not date the violence
of the paragraphs after it, which stay on the story's day."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

_FLASHBACK = (
    "SANTA ANA, 12 MAY 89 (ACAN) --  GUERRILLAS TODAY ATTACKED AN ARMY\n"
    "POST IN SENSUNTEPEQUE, KILLING TWO SOLDIERS.\n\n"
    "   THE NEW GUERRILLA CAMPAIGN ANNOUNCED IN MARCH IS MEANT TO WEAKEN THE\n"
    "INCOMING GOVERNMENT.\n\n"
    "   THE GUERRILLAS ALSO DESTROYED THE TOWN HALL AND A BRIDGE IN ILOPANGO,\n"
    "SAN SALVADOR DEPARTMENT.\n")


def _dates(pipeline, text, published=None):
    return {e.location: e.event_date for e in pipeline.process(Report(id="t", text=text, published=published))}


def test_month_looking_back_from_the_story_day_does_not_date_later_violence(pipeline):
    dates = _dates(pipeline, _FLASHBACK)
    assert dates.get("Ilopango") == date(1989, 5, 12)


def test_month_flashback_in_plain_news_copy(pipeline):
    text = ("Rebels on Tuesday ambushed a police convoy near Kandahar, killing four officers.\n\n"
            "The insurgents' spring campaign, declared in February, has targeted roads.\n\n"
            "Later the gunmen burned a girls' school in Spin Boldak.")
    dates = _dates(pipeline, text, date(2023, 6, 8))
    assert dates.get("Spin Boldak") == date(2023, 6, 6)


def test_month_that_opens_the_story_still_dates_its_later_paragraphs(pipeline):
    text = ("SANTA ANA, 12 MAY 89 (ACAN) --  IN MARCH GUERRILLAS ATTACKED AN ARMY\n"
            "POST IN SENSUNTEPEQUE, KILLING TWO SOLDIERS.\n\n"
            "   THE GUERRILLAS ALSO DESTROYED THE TOWN HALL AND A BRIDGE IN ILOPANGO,\n"
            "SAN SALVADOR DEPARTMENT.\n")
    dates = _dates(pipeline, text)
    assert dates.get("Ilopango", date(1989, 3, 15)).month == 3
