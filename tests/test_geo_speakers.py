"""A one-word name the report quotes ("Kimball said") is a person, there and elsewhere in
the report, unless the words around place it; a place the model tags as one is left alone."""
from __future__ import annotations

from conflictlens.geo.people import speakers
from conflictlens.nlp.parser import parse
from geo_helpers import found


def test_a_name_a_verb_of_speech_follows_is_a_person(geocoder):
    # Kimball, Nebraska and Tipton, Indiana exist; here they are people quoted alone
    text = ("A transformer fire cut power to 900 homes in Abilene, Texas, on Sunday. "
            "Crews worked through the night, Kimball said. Kimball expects the lines back by Friday.")
    got = found(geocoder, text)
    assert "Kimball" not in got and got["Abilene"].admin1 == "Texas"
    got = found(geocoder, "Repairs to the pumps in Abilene, Texas, will take a week, said Tipton. "
                          "Tipton has told the board the cost is unknown.")
    assert "Tipton" not in got and got["Abilene"].admin1 == "Texas"
    # (a clause after a comma is no container that would make the name a town)
    got = found(geocoder, "Water service in Abilene, Texas, returned on Monday, Kimball said. "
                          "Kimball, who runs the utility, thanked the crews.")
    assert "Kimball" not in got


def test_a_quoted_name_the_words_place_is_still_a_place(geocoder):
    got = found(geocoder, "Officials in Tipton said the bridge near Kokomo, Indiana, would close. "
                          "Tipton is a small town.")
    assert got["Tipton"].admin1 == "Indiana"


def test_speakers_leave_out_places_and_longer_names():
    doc = parse("Moscow said the talks had failed. Officials in Tipton said little. "
                "Marlow County said the road is shut. Kimball has said no more, said Tipley.")
    assert speakers(doc) == {"kimball", "tipley"}


def test_a_quoted_name_the_words_place_elsewhere_is_the_town(geocoder):
    # "Tipton residents" makes the town speak in "Tipton says": no person of that name
    text = ("About 80 Tipton residents walked to the courthouse in Tipton County, Indiana, on Friday. "
            "Organisers wanted everyone to hear that Tipton says no to the landfill.")
    says = text.index("Tipton says")
    got = [m for m in geocoder.find_places(parse(text)) if m.start == says]
    assert got and got[0].admin1 == "Indiana"


def test_a_name_a_relatives_word_introduces_is_a_person(geocoder):
    # Tyler, Texas and Florence, Alabama exist; here they are a boy and a wife
    got = found(geocoder, "A grass fire burned a barn near Lubbock, Texas, on Tuesday. "
                          "The rancher and his son, Tyler, 12, led the horses out.")
    assert "Tyler" not in got and got["Lubbock"].admin1 == "Texas"
    got = found(geocoder, "A tree fell on a parked truck in Huntsville, Alabama, overnight. "
                          "The owner's wife, Florence, who was asleep, heard the crash.")
    assert "Florence" not in got and got["Huntsville"].admin1 == "Alabama"


def test_relatives_leave_out_a_name_a_state_follows():
    from conflictlens.geo.people import relatives

    doc = parse("She drove with her son, Tyler, 12, to the fair. They live near his cousin, Tyler, Texas.")
    assert relatives(doc) == {"tyler"}
    doc = parse("They stayed with his cousin, Tyler, Texas, for a week.")
    assert relatives(doc) == set()
