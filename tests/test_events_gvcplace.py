"""US local shooting news: a definite bare "deaths" ("these shooting deaths", "the deaths")
points back at deaths the report told already and adds no figure of its own; "deaths"
with no determiner, or "the deaths of ..." naming its victims, still tells a vague toll."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.fatalities import find_death_figures
from tests.event_helpers import coded


@pytest.mark.parametrize("sentence", [
    "Callers with tips on these shooting deaths should phone the sheriff.",
    "Detectives said the deaths remain under investigation.",
    "Neighbors said those deaths shook the quiet street.",
    "The coroner will rule on both deaths later this week.",
])
def test_definite_bare_deaths_add_no_figure(sentence):
    assert find_death_figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Deaths were reported after the gunfire at the fairground.",
    "Rebels were blamed for the deaths of villagers near the river.",
])
def test_indefinite_or_of_deaths_still_tell_a_vague_toll(sentence):
    assert [f.qualifier for f in find_death_figures(sentence)] == ["vague"]


ONE_DEATH = (
    "Police in Jonesboro are looking into a shooting Sunday.\n\n"
    "Officers were called to the 400 block of Pine Street around 9 a.m. and found Tyrell Moss, 24, "
    "with a gunshot wound.\n\n"
    "He later died at a hospital in Jonesboro, according to a spokesman.\n\n"
    "Detectives asked for help with these shooting deaths."
)


def test_a_closing_appeal_about_the_deaths_does_not_raise_the_toll(violence_pipeline):
    rows = [e for e in coded(violence_pipeline, ONE_DEATH, date(2021, 6, 15)) if e.sub_event_type == "Shooting"]
    assert [(e.location, e.fatalities) for e in rows] == [("Jonesboro", 1)]


# A story that ends by recalling another family's killing in the same area: the month the
# recalled killing's sentence gives is lent to the sentence before it ("The shootings
# happened ..."), which tells this report's shootings. That month is no day of this incident.
RECALLED_NEARBY = (
    "SEBRING, Fla. (AP) - Deputies say a teenager, 14, gunned down his sister, 9, before he "
    "killed himself. The argument started Wednesday night over a video game.\n\n"
    "\"We are all heartbroken tonight,\" said Sheriff Paul Blackman.\n\n"
    "The shootings happened about 3 miles from the site of another family killing. In January, "
    "a couple and their adult son were found dead."
)


def test_a_month_lent_by_a_recalled_killing_is_no_day_of_the_incident(violence_pipeline):
    rows = [e for e in coded(violence_pipeline, RECALLED_NEARBY, date(2021, 6, 18)) if e.sub_event_type == "Shooting"]
    assert [(str(e.event_date), e.location, e.fatalities) for e in rows] == [("2021-06-16", "Sebring", 2)]


def test_the_recalled_killing_told_as_those_deaths_adds_nothing(violence_pipeline):
    text = RECALLED_NEARBY + " Their neighbor faces trial over those deaths."
    rows = [e for e in coded(violence_pipeline, text, date(2021, 6, 18)) if e.sub_event_type == "Shooting"]
    assert [(str(e.event_date), e.fatalities) for e in rows] == [("2021-06-16", 2)]


# "died at a Tulsa hospital after being shot ... in Broken Arrow": the "after" clause is no
# background event here, it tells the shooting itself; its town is the scene, the hospital's
# town only where the victim was cared for.
@pytest.mark.parametrize("text, town", [
    ("A 3-year-old boy died Saturday at a Tulsa hospital after being shot about 2 p.m. on Maple Court "
     "in Broken Arrow, officers reported.\n\nInvestigators believe the child got hold of a pistol kept in a closet.", "Broken Arrow"),
    ("A 45-year-old woman died Monday at a Fort Worth hospital after being shot outside her home in "
     "Arlington, police said.", "Arlington"),
    ("Deputies said a boy of 17 died Friday at a Memphis hospital after being shot on Oak Street "
     "in Millington.", "Millington"),
])
def test_the_after_clause_that_tells_the_shooting_gives_its_town(violence_pipeline, text, town):
    rows = [e for e in coded(violence_pipeline, text, date(2021, 6, 14)) if e.sub_event_type == "Shooting"]
    assert [e.location for e in rows] == [town]


@pytest.mark.parametrize("sentence", [
    "The shelling caused deaths and injuries.",
    "It was a crash that caused deaths on the highway.",
])
def test_a_determiner_across_a_verb_leaves_the_vague_toll(sentence):
    assert [(f.count, f.qualifier) for f in find_death_figures(sentence)] == [(3, "vague")]
