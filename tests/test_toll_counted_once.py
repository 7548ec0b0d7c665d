"""How a report's deaths are counted once each, whoever tells them. Invented reports.

- A death told by a pronoun in a sentence of its own ("He was pronounced dead at the
  hospital", "She died on Saturday") is the victim the sentence before tells of: one death
  when nothing else counts one, never a second beside a victim counted by noun or number.
- A headline that tells deaths but no event of its own ("Three people dead east of
  Alverton") gives the toll of the report's lead event when the body tells none; a toll the
  body tells wins.
- A victim told by a noun in one sentence ("a shooting that left a teen dead") and by name in
  another ("Arlo Venkman was killed") is one death; a noun beside a name in the same sentence
  ("Venkman and his driver died") is another person.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.fatalities import counted_figures, nouns_named_elsewhere, total_deaths
from conflictlens.model import DeathFigure, Report
from conflictlens.pipeline import Pipeline, Settings

VIOLENCE = ("Other violence", "Battles", "Violence against civilians")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(settings=Settings(scope="all-violence"))


def _deaths(pipeline, text: str, types: tuple[str, ...] = ("Other violence",)) -> list[int]:
    a = pipeline.analyse(Report(id="t", title="", text=text, published=date(2026, 3, 16)))
    return [e.fatalities for e in a.events if e.event_type in types]


@pytest.mark.parametrize("death", [
    "An ambulance carried him to Mercy General, where he was pronounced dead.",
    "He died at the hospital on Sunday.",
    "Doctors pronounced him dead an hour later.",
])
def test_a_pronoun_told_dead_after_the_shooting_is_one_death(pipeline, death):
    text = ("A 12-year-old boy was shot inside a house on Quarry Lane in Dayton, Ohio, on Saturday night. "
            + death + "\n")
    assert _deaths(pipeline, text) == [1]


def test_a_victim_counted_by_noun_is_not_counted_again_by_pronoun(pipeline):
    text = ("A 12-year-old boy was shot and killed inside a house on Quarry Lane in Dayton, Ohio, on "
            "Saturday night. He was pronounced dead at the scene.\n")
    assert _deaths(pipeline, text) == [1]


def test_the_boy_pronounced_dead_counts_by_noun(pipeline):
    text = ("A 12-year-old boy was shot inside a house on Quarry Lane in Dayton, Ohio, on Saturday night. "
            "The boy was pronounced dead on the front porch.\n")
    assert _deaths(pipeline, text) == [1]


def test_pronouns_count_once_and_only_without_other_figures():
    he = DeathFigure(count=1, group="(he/she)", start=0, end=2, text="he", qualifier="pronoun")
    she = DeathFigure(count=1, group="(he/she)", start=9, end=12, text="she", qualifier="pronoun")
    two = DeathFigure(count=2, group="people", start=20, end=30, text="two people")
    victim = DeathFigure(count=1, group="victim", start=40, end=50, text="the victim", qualifier="anaphoric")
    assert total_deaths([he, she]) == 1
    assert total_deaths([he, two]) == 2
    assert counted_figures([he, victim]) == [victim]


def test_a_name_pronounced_dead_is_the_victim_told_before(pipeline):
    text = ("A 15-year-old student who shot himself by accident in a house on Quarry Lane in Dayton, Ohio, "
            "on Saturday has died, police said. Arlo Venkman was pronounced dead at 6 p.m.\n")
    assert _deaths(pipeline, text) == [1]


def test_a_headline_toll_is_the_lead_events_when_the_body_tells_none(pipeline):
    text = ("Three people dead east of Alverton\n\n"
            "ALVERTON, Mont. -- Deputies entered the house on Quarry Lane in Alverton on Saturday night "
            "after shots were heard.\n")
    assert _deaths(pipeline, text) == [3]


def test_the_bodys_toll_wins_over_the_headlines(pipeline):
    text = ("Three people dead east of Alverton\n\n"
            "ALVERTON, Mont. -- Deputies entered the house on Quarry Lane in Alverton on Saturday night "
            "after shots were heard. Two people were killed in the shooting.\n")
    assert _deaths(pipeline, text) == [2]


def test_a_noun_and_a_name_in_two_sentences_are_one_victim(pipeline):
    text = ("Deputies in Alverton, Ohio, are examining an accidental shooting on Saturday that left a teen "
            "dead. Arlo Venkman, 17, of Alverton was killed by a single round fired inside a house on "
            "Quarry Lane, deputies say.\n")
    assert _deaths(pipeline, text, VIOLENCE) == [1]


def test_a_noun_beside_a_name_in_its_sentence_is_another_victim(pipeline):
    text = ("Gunmen attacked a car in Alverton, Ohio, on Saturday. Arlo Venkman and his driver were "
            "killed in the attack.\n")
    assert _deaths(pipeline, text, VIOLENCE) == [2]


def _fig(group: str, start: int) -> DeathFigure:
    return DeathFigure(count=1, group=group, start=start, end=start + len(group), text=group)


def test_more_nouns_than_names_are_kept():
    soldier, guard, name = _fig("soldier", 0), _fig("guard", 50), _fig("Venkman", 100)
    assert nouns_named_elsewhere([(soldier, 0), (guard, 1), (name, 2)]) == set()
    assert nouns_named_elsewhere([(soldier, 0), (name, 2)]) == {id(soldier)}


def test_victims_named_in_a_list_keep_the_noun_told_apart():
    ann, bo, wife = _fig("Ann", 0), _fig("Bo", 10), _fig("wife", 100)
    assert nouns_named_elsewhere([(ann, 0), (bo, 0), (wife, 1)]) == set()


@pytest.mark.parametrize("text, killed", [
    # "people" is a person noun: "all six people aboard later died" counts six
    ("A gunman opened fire on a minibus outside a bakery in Dayton, Ohio, on Sunday night.\n\n"
     "Paramedics said that all six people aboard, including the driver, later died in hospital.\n", 6),
    # "the N people" told after victims already counted refers back to them when N covers them
    ("A man shot and killed his brother and his nephew at a farmhouse in Dayton, Ohio, "
     "on Sunday night, police said.\n\n"
     "Detectives said the two people in the farmhouse died before paramedics arrived.\n", 2),
    ("A gunman killed a clerk and her brother inside a grocery store in Dayton, Ohio, "
     "on Sunday night, police said.\n\n"
     "Officers said the three people in the store all died of their wounds.\n", 3),
])
def test_people_are_counted_and_the_people_told_again_refer_back(pipeline, text, killed):
    assert _deaths(pipeline, text, VIOLENCE) == [killed]


def test_nouns_one_figure_holds_together_are_one_person():
    son = DeathFigure(count=1, group="son", start=0, end=12, text="his teen son")
    teen, name = _fig("Teen", 50), _fig("Venkman", 100)
    assert nouns_named_elsewhere([(son, 0), (teen, 1), (name, 2)]) == {id(son), id(teen)}
