"""Names the words around place whatever the model tagged them: a home town after an age
or a house address, a headline's subject after its label words, a headline's one opening
word the model took for a person, and a name the model ran on over common nouns.
Invented sentences, real places; parses built by hand so the model's tags are the ones
under test."""
from __future__ import annotations

import pytest
from geo_helpers import tagged_text

OHIO = "in/ADP Ohio/PROPN/B-GPE ./PUNCT"


def places(centre_geocoder, spec):
    return {(m.text, m.admin1) for m in centre_geocoder.toponyms(tagged_text(spec))}


def test_headline_opening_person_in_full_is_no_place(centre_geocoder):
    spec = ("^Chillicothe/PROPN/B-PERSON Smith/PROPN/I-PERSON wins/VERB ./PUNCT ^She/PRON "
            "was/AUX honoured/VERB " + OHIO)
    assert {p[0] for p in places(centre_geocoder, spec)} == {"Ohio"}


#: hand-built parses and the (name, state) each must yield
FOUND = [
    pytest.param(
        # (no state named: the age's "of" alone places the name the model took for a person)
        "^Jo/PROPN/B-PERSON Dunmore/PROPN/I-PERSON ,/PUNCT 34/NUM ,/PUNCT of/ADP "
        "Zanesville/PROPN/B-PERSON ,/PUNCT was/AUX charged/VERB ./PUNCT",
        ("Zanesville", "Ohio"), id="home_town_after_an_age"),
    pytest.param(
        "^Police/NOUN arrested/VERB Jo/PROPN/B-PERSON Dunmore/PROPN/I-PERSON of/ADP 412/NUM "
        "Elm/PROPN St./PROPN ,/PUNCT Zanesville/PROPN/B-PERSON ,/PUNCT on/ADP Friday/PROPN ./PUNCT",
        ("Zanesville", "Ohio"), id="home_town_after_a_house_address"),
    pytest.param(
        "^Oops/INTJ !/PUNCT ^Zanesville/NOUN fountain/NOUN springs/VERB a/DET leak/NOUN ./PUNCT "
        "^The/DET fountain/NOUN was/AUX shut/VERB " + OHIO,
        ("Zanesville", "Ohio"), id="headline_subject_after_label_words"),
    pytest.param(
        "^Chillicothe/PROPN/B-PERSON parents/NOUN charged/VERB ./PUNCT ^Two/NUM adults/NOUN "
        "were/AUX arrested/VERB " + OHIO,
        ("Chillicothe", "Ohio"), id="headline_opening_word_tagged_a_person"),
    pytest.param(
        "^Charges/NOUN dropped/VERB in/ADP Chillicothe/PROPN/B-FAC immigration/NOUN/I-FAC "
        "raid/NOUN ./PUNCT ^A/DET judge/NOUN " + OHIO,
        ("Chillicothe", "Ohio"), id="name_run_on_over_common_nouns"),
    pytest.param(
        # a village (under 1,000 people) the model tagged an organisation: its police place it
        "^Anyone/PRON with/ADP news/NOUN should/AUX call/VERB Bloomingburg/PROPN/B-ORG police/NOUN "
        "station/NOUN ./PUNCT ^The/DET shop/NOUN " + OHIO,
        ("Bloomingburg", "Ohio"), id="town_before_a_local_body_word_in_lower_case"),
]

#: hand-built parses and the name no toponym found may be
ABSENT = [
    pytest.param(
        "^Jo/PROPN/B-PERSON Dunmore/PROPN/I-PERSON ,/PUNCT 34/NUM ,/PUNCT of/ADP "
        "Zanesville/PROPN/B-PERSON Road/PROPN ,/PUNCT was/AUX charged/VERB " + OHIO,
        "Zanesville", id="a_street_after_an_age_is_no_town"),
    pytest.param(
        # a word in the headline's middle is no opening: only the report's state is found
        "^Old/ADJ fountain/NOUN in/ADP Zanesville/NOUN springs/VERB a/DET leak/NOUN ./PUNCT "
        "^The/DET fountain/NOUN was/AUX shut/VERB " + OHIO,
        "Zanesville", id="label_words_need_their_colon"),
    pytest.param(
        "^Anyone/PRON with/ADP news/NOUN should/AUX call/VERB Bloomingburg/PROPN/B-ORG at/ADP "
        "once/ADV ./PUNCT ^The/DET shop/NOUN " + OHIO,
        "Bloomingburg", id="village_tagged_an_organisation_without_a_body_word_stays_out"),
]


@pytest.mark.parametrize("spec, place", FOUND)
def test_found(centre_geocoder, spec, place):
    assert place in places(centre_geocoder, spec)


@pytest.mark.parametrize("spec, name", ABSENT)
def test_absent(centre_geocoder, spec, name):
    assert name not in {p[0] for p in places(centre_geocoder, spec)}
