"""Issue #6, per-incident accuracy of violent events: where the incident happened (not where
its people are from, nor the website's town) and how many it killed (the doer's own death,
an age standing for the victim). Invented sentences only."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.fatalities import counted_figures, find_death_figures, total_deaths
from conflictlens.events.mentions import describes_person, site_name_start
from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _violent(wide, title, body, published=date(2024, 5, 6)):
    r = Report(id="t", title=title, text=title + "\n\n" + body, published=published)
    return [e for e in wide.process(r) if e.event_type == "Other violence"]


# ---------------------------------------------------------------- the doer's own death

@pytest.mark.parametrize("text, expected", [
    ("Police said the gunman then turned the gun on himself.", [(1, "himself", "self")]),
    ("She shot her neighbour before killing herself.", [(1, "herself", "self")]),
    ("The farmer took his own life on Sunday.", [(1, "life", "exact")]),
    # the reflexive is the object: the boy is the one who died, once
    ("A boy fatally shot himself at a home on Sunday.", [(1, "himself", "exact")]),
    ("A boy killed himself on Sunday.", [(1, "himself", "exact")]),
])
def test_the_doers_own_death(text, expected):
    assert [(f.count, f.group, f.qualifier) for f in find_death_figures(text)] == expected


@pytest.mark.parametrize("text", [
    "He threatened to kill himself during the standoff.",
    "The man shot himself in the leg while cleaning the rifle.",
])
def test_no_death_of_the_doer(text):
    assert find_death_figures(text) == []


def test_the_doers_death_counts_beside_his_victims_only():
    victims = find_death_figures("He killed two neighbours.")
    own = find_death_figures("He shot them before killing himself.")
    assert total_deaths(victims + own) == 3
    # alone it would undercut the toll of victims whose fate is not told
    assert total_deaths(own) == 0
    # a toll of everyone already holds him
    assert total_deaths(find_death_figures("Five people were found dead.") + own) == 5
    assert [f.qualifier for f in counted_figures(own)] == []


@pytest.mark.parametrize("body, killed", [
    ("A woman in Akron, Ohio, killed her two daughters before killing herself on Sunday, police said.", 3),
    ("A man in Akron, Ohio, shot his wife and son before turning the gun on himself on Sunday, police said.", 0),
])
def test_murder_suicide_end_to_end(wide, body, killed):
    assert [e.fatalities for e in _violent(wide, "Akron shooting", body)] == [killed]


# ---------------------------------------------------------------- an age stands for the victim

@pytest.mark.parametrize("title, body, killed", [
    # a headline drops the article: the age with none before it is one victim
    ("2-year-old dies after being shot in Akron", "Police in Akron, Ohio, are investigating the shooting.", 1),
    ("Akron shooting", "FILE: 3-year-old girl at a cookout shot and killed in Akron, Ohio, on Sunday.", 1),
    # with a determiner, the determiner counts (and "his son" wounded is no death)
    ("Akron shooting", "On Sunday a 4-year-old was shot and killed in her grandmother's yard in Akron, Ohio.", 1),
    ("Akron shooting", "A man shot his 5-year-old son in Akron, Ohio, on Sunday; the boy is recovering.", 0),
    # a place's name between "fatal" and "shooting" still tells a death
    ("Charges filed in fatal Akron shooting", "Police in Akron, Ohio, charged a man on Monday.", 1),
    ("Akron crash", "A fatal crash and a shooting were reported in Akron, Ohio, on Sunday.", 0),
])
def test_an_age_names_one_victim(wide, title, body, killed):
    assert [e.fatalities for e in _violent(wide, title, body)] == [killed]


def test_a_crime_typed_as_a_battle_reads_crime_deaths(wide):
    """"caught in a gun battle between two cars": typed a battle, its deaths read the same way."""
    r = Report(id="b", title="Van caught in crossfire",
               text="Van caught in crossfire\n\nOn Sunday in Akron, Ohio, a 4-year-old girl was shot and killed as her "
                    "grandmother drove her van through a gun battle between two passing cars.",
               published=date(2024, 5, 6))
    assert [e.fatalities for e in wide.process(r) if e.event_type in ("Battles", "Other violence")] == [1]


# ---------------------------------------------------------------- where a person is from

@pytest.mark.parametrize("text, place, expected", [
    ("A 22-year-old Dayton man was shot outside a bar.", "Dayton", True),
    ("Jo Reyes of Dayton was shot outside a bar.", "Dayton", True),
    ("A Dayton neighborhood was rocked by gunfire.", "Dayton", False),
    ("Dayton Police Chief Jo Reyes said a man was shot.", "Dayton", False),
    ("A man was shot outside a bar in Dayton.", "Dayton", False),
])
def test_describes_person(nlp, text, place, expected):
    from types import SimpleNamespace
    doc = nlp(text)
    start = text.index(place)
    assert describes_person(doc, SimpleNamespace(start=start, end=start + len(place))) is expected


@pytest.mark.parametrize("body, town", [
    ("A 22-year-old Dayton man was shot dead outside a bar in Toledo, Ohio, on Friday.", "Toledo"),
    ("Jo Reyes of Dayton was shot dead on Friday outside a bar in Toledo, Ohio.", "Toledo"),
    # the only place named stands for the event
    ("A 22-year-old Dayton man was shot dead on Friday, police said.", "Dayton"),
])
def test_the_scene_not_the_hometown(wide, body, town):
    assert {e.location for e in _violent(wide, "Man shot dead", body)} == {town}


# ---------------------------------------------------------------- the website's town

def test_site_name_start():
    title = "Teen shot dead in Akron - WXYZ News 5 Toledo, Ohio | News, Weather"
    trigger_end = title.index("shot")
    assert site_name_start(title, (0, len(title)), [trigger_end]) == title.index(" - WXYZ")
    # no event told: no tail known
    assert site_name_start(title, (0, len(title)), []) is None
    # the separator before the trigger splits the headline, not the site
    plain = "Police: teen shot dead in Akron"
    assert site_name_start(plain, (0, len(plain)), [plain.index("shot")]) is None


def test_the_sites_town_is_no_place_of_the_event(wide):
    """The headline's tail names the station's town, not the county the shooting was in."""
    title = "Fatal shooting investigated in Summit County - KXYZ News 12 Toledo, Ohio News Weather & Sports"
    body = "A 22-year-old man died at a Summit County hospital on Sunday after he was shot in the chest, deputies said."
    assert {e.location for e in _violent(wide, title, body)} == {"Akron"}


# ---------------------------------------------------------------- headline style

@pytest.mark.parametrize("text, expected", [
    # a headline drops the article and the auxiliary: the subject is the victim
    ("Toddler killed in Akron shooting", [(1, "Toddler")]),
    ("Teen shot dead in Akron", [(1, "Teen")]),
    # a participle after its noun: "a toddler fatally shot at ..."
    ("Police identify Akron toddler fatally shot at apartment complex", [(1, "toddler")]),
    ("A soldier killed in the attack was buried on Sunday.", [(1, "soldier")]),
])
def test_headline_victims(nlp, text, expected):
    from conflictlens.events.fatalities import sentence_death_figures
    assert [(f.count, f.group) for s in nlp(text).sents for f in sentence_death_figures(s)] == expected


@pytest.mark.parametrize("text", [
    # a sentence keeps its auxiliary: with no object, the subject killed nobody named
    "The gunman killed and fled.",
    "Police shot and wounded the suspect.",
    "Gunmen killed in Akron",  # a plural with no number counts nobody one by one
])
def test_no_headline_victims(nlp, text):
    from conflictlens.events.fatalities import sentence_death_figures
    assert [f for s in nlp(text).sents for f in sentence_death_figures(s)] == []


def test_family_victims_are_counted(wide):
    """"her two little grandchildren": a person noun; with the doer, four dead."""
    body = ("A woman in Akron, Ohio, killed her son and her two little grandchildren on Sunday and then turned "
            "the gun on herself, police said.")
    assert [e.fatalities for e in _violent(wide, "Akron shooting", body)] == [4]


def test_a_state_stands_for_the_town_the_report_tells(wide):
    """"inside an Ohio hotel room": the report's town in that state is the incident's place."""
    title = "Four found dead in Akron hotel"
    body = ("Police in Akron said four bodies were found at a hotel on Friday.\n\n"
            "Three adults and a child were found shot to death inside an Ohio hotel room, police said.")
    assert {e.location for e in _violent(wide, title, body)} == {"Akron"}


@pytest.mark.parametrize("text, expected", [
    ("A neighbour was held after a father and his baby daughter were found shot to death in a trailer.",
     [(1, "father"), (1, "daughter")]),
    ("A farmer was found stabbed to death near the barn.", [(1, "farmer")]),
])
def test_found_killed(nlp, text, expected):
    from conflictlens.events.fatalities import sentence_death_figures
    assert [(f.count, f.group) for s in nlp(text).sents for f in sentence_death_figures(s)] == expected


def test_found_wounded_is_no_death(nlp):
    from conflictlens.events.fatalities import sentence_death_figures
    assert [f for s in nlp("A farmer was found shot in the leg near the barn.").sents
            for f in sentence_death_figures(s)] == []
