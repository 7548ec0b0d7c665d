"""A suicide told only as taking one's own life or as a suicide (issue 6, ``--scope
all-violence``): a shooting when the report names a gun, wherever it does. Invented sentences
and names."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _coded(pipeline, text: str) -> list[tuple[str, str, int]]:
    r = Report(id="t", title="", text=text, published=date(2026, 5, 6))
    return [(e.event_type, e.sub_event_type, e.fatalities) for e in pipeline.analyse(r).events]


def test_taking_her_own_life_with_a_gun_is_a_shooting_with_one_death(violence_pipeline):
    text = "A 52-year-old teacher took her own life with a revolver at her home in Dayton on Tuesday, deputies said."
    assert _coded(violence_pipeline, text) == [("Other violence", "Shooting", 1)]


def test_the_gun_may_be_named_in_another_sentence(violence_pipeline):
    text = ("Orrin Castell, 38, took his own life in a parking lot in Oakdale on Sunday, deputies said.\n\n"
            "A handgun registered to him lay on the seat of his truck.")
    assert ("Other violence", "Shooting", 1) in _coded(violence_pipeline, text)


def test_taking_ones_own_life_with_no_gun_named_codes_nothing(violence_pipeline):
    text = "Orrin Castell, 38, took his own life at his home in Oakdale on Sunday, his family said."
    assert _coded(violence_pipeline, text) == []


def test_a_life_not_taken_codes_nothing(violence_pipeline):
    text = "Orrin Castell told deputies in Oakdale on Sunday he would never take his own life and handed over his rifle."
    assert not [c for c in _coded(violence_pipeline, text) if c[0] == "Other violence"]


def test_a_suicide_with_a_gun_told_elsewhere_is_a_shooting(violence_pipeline):
    text = ("Grief in Oakdale\n\nThe suicide happened Tuesday at a farmhouse in Oakdale, deputies said.\n\n"
            "The sheriff said the teenager had used a rifle kept in the barn.")
    assert ("Other violence", "Shooting") in [c[:2] for c in _coded(violence_pipeline, text)]


def test_a_murder_suicide_keeps_its_toll(violence_pipeline):
    text = "Arlo Venkman shot his wife and then himself in Dayton on Tuesday in a murder-suicide, police said."
    assert _coded(violence_pipeline, text) == [("Other violence", "Shooting", 2)]
