"""Issues 3 and 6: the event's place is the scene, not where a victim was taken or cared
for, nor where a person is from when the report's dateline names a town; a report that
names only the county takes its dateline's town of that county. Invented sentences only."""
from __future__ import annotations

import pytest

from conflictlens.events.lexicon import default_lexicon
from conflictlens.events.mentions import cared_place, describes_person
from geo_helpers import span_at as _at
from geo_helpers import violence_places as _places


@pytest.mark.parametrize("text, place, expected", [
    # "of"/"from" after a person's apposition, or a person told as from a place
    ("A hunter was hit by his cousin, Jo Reyes, age 39 of Dayton.", "Dayton", True),
    ("Police said Jo Reyes and his father, both from Dayton, were hunting nearby.", "Dayton", True),
    ("Detectives believe the gunman is from the Dayton area, his sister said.", "Dayton", True),
    # a place the violence happened in is no one's hometown
    ("A man was shot outside a bar in Dayton.", "Dayton", False),
    ("The shots came from Dayton Avenue.", "Dayton", False),
])
def test_describes_person_after_of_or_from(nlp, text, place, expected):
    assert describes_person(nlp(text), _at(text, place)) is expected


@pytest.mark.parametrize("text, modifiers, expected", [
    ("A 22-year-old Dayton man was shot outside a bar.", True, True),
    # a hometown named before the person is often the scene's town in local news
    ("A 22-year-old Dayton man was shot outside a bar.", False, False),
    ("Jo Reyes of Dayton was shot outside a bar.", False, True),
    # the town's people, no one's address: the dateline does not replace it
    ("Residents of Dayton reported gunfire overnight.", False, False),
])
def test_describes_person_modifiers(nlp, text, modifiers, expected):
    assert describes_person(nlp(text), _at(text, "Dayton"), modifiers=modifiers) is expected


@pytest.mark.parametrize("text, place, expected", [
    ("The boy was shot in the leg and taken to Dayton for surgery.", "Dayton", True),
    ("A 4-year-old boy is in Dayton recovering after being shot on Sunday.", "Dayton", True),
    ("He died at a Summit County hospital after he was shot.", "Summit County", True),
    ("The man shot in the arm was treated at Dayton.", "Dayton", True),
    # a body sent on for an autopsy: where the examiner is, not the scene
    ("The girl shot on Sunday died, and her body was sent to Dayton for an autopsy.", "Dayton", True),
    # the violence's own place
    ("A nurse was shot at a Dayton hospital on Sunday.", "Dayton", False),
    ("The shooting took place in Dayton on Sunday.", "Dayton", False),
    ("A man was shot in Dayton on Sunday.", "Dayton", False),
])
def test_cared_place(nlp, text, place, expected):
    doc = nlp(text)
    trigger = next(t.i for t in doc if t.lower_ in ("shot", "shooting"))
    assert cared_place(doc, _at(text, place), default_lexicon(), (trigger, trigger + 1)) is expected


def test_the_scene_not_the_town_the_victim_is_recovering_in(violence_pipeline):
    """"a Summit County girl ... is now recovering in Toledo": the county, not the
    hospital's town (the county's town stands for it)."""
    body = "A Summit County girl, 6, was shot in the arm on Sunday and is now recovering in Toledo."
    assert _places(violence_pipeline, "Boy shot", body) == {"Akron"}


def test_the_scene_not_the_town_the_victim_was_taken_to(violence_pipeline):
    body = "A Summit County boy who was accidentally shot on Sunday was taken to Toledo, deputies said."
    assert _places(violence_pipeline, "Boy shot", body) == {"Akron"}


def test_the_dateline_town_beats_a_hometown(violence_pipeline):
    """Only "of Toledo" after the shooter's name in the sentence: the dateline's town is the scene."""
    body = ("AKRON, Ohio -- A teenager was accidentally shot on Saturday by his uncle, "
            "Pell Varga, 52, of Toledo, deputies said.")
    assert _places(violence_pipeline, "Teen shot by uncle", body) == {"Akron"}


def test_the_dateline_town_of_the_county_the_report_names(violence_pipeline):
    """The report names only the county; its dateline names a town of that county: the town, for
    what the report tells with no place of its own (the headline), the more precise place."""
    title = "Teen dies in accidental shooting"
    body = ("MAUMEE, Ohio -- A 15-year-old girl was fatally shot in Lucas County, the sheriff's office said."
            "\n\nShe was visiting friends when a handgun fired, deputies said.")
    assert _places(violence_pipeline, title, body) == {"Maumee"}


def test_a_name_in_the_possessive_opening_a_hospitals_is_where_the_victim_was_cared_for(nlp):
    text = "A boy was shot on Sunday and was pronounced dead at Dayton's Children's Hospital."
    doc = nlp(text)
    trigger = next(t.i for t in doc if t.lower_ == "shot")
    assert cared_place(doc, _at(text, "Dayton"), default_lexicon(), (trigger, trigger + 1))


@pytest.mark.parametrize("town, hospital", [("Chicago", "Vidalia's Children's Hospital"),
                                             ("Milwaukee", "Kemp's Children's Hospital")])
def test_a_hospital_read_in_another_state_is_not_the_scene(violence_pipeline, town, hospital):
    """A hospital's name opening with a small town's, read as that town in another state
    (Vidalia, Georgia; Kemp, Texas): the death it tells was at the report's town."""
    title = f"Girl, 6, dies after accidental shooting in {town}"
    body = (f"Officers said a girl of six shot herself by accident Sunday inside a house in {town}.\n\n"
            "According to police, Mara Tillet, 6, shot herself with a pistol left in a bedroom drawer. "
            f"She was pronounced dead that evening at {hospital}.\n\n"
            "Her uncle, Dario Tillet, said the family was still in shock.")
    assert _places(violence_pipeline, title, body) == {town}


def test_the_scene_not_the_town_the_body_was_sent_to(violence_pipeline):
    """The report's only town is where the body was sent: the county the report names is the scene."""
    body = ("A boy, 3, died on Monday after he was accidentally shot on Sunday, deputies said.\n\n"
            "The Summit County sheriff said the body was sent to Toledo for an autopsy.")
    assert _places(violence_pipeline, "Boy dies after shooting", body) == {"Akron"}
