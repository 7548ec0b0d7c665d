"""Issues 3 and 6: the place a crime report is about is not a person's hometown outside the
county the report tells, nor an outlet named by its town that tells the news, and a county
comes before its state. Invented sentences and names only."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from conflictlens.events.lexicon import default_lexicon
from conflictlens.events.mentions import account_place, cared_place, describes_person, speaking_place
from geo_helpers import span_at as _at
from geo_helpers import violence_places as _places


def _parsed(nlp, words, heads, deps, ents):
    """A parse as the parser sometimes gives it, fixed here so the rule is tested on it."""
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)


_WORDS = ["Police", "said", "Reyes", "and", "his", "cousin", ",", "both", "from", "Toledo", ",", "left", "."]


@pytest.mark.parametrize("heads, deps, ents", [
    # "both from Toledo" hung on the quantifier
    ([1, 1, 1, 2, 5, 2, 5, 1, 7, 8, 1, 1, 1],
     ["nsubj", "ROOT", "dobj", "cc", "poss", "conj", "punct", "dep", "prep", "pobj", "punct", "conj", "punct"],
     ["O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]),
    # ... or on the first of the people joined, whose name the tagger did not read as a person's
    ([1, 1, 1, 2, 5, 2, 5, 8, 2, 8, 1, 1, 1],
     ["nsubj", "ROOT", "dobj", "cc", "poss", "conj", "punct", "preconj", "prep", "pobj", "punct", "conj", "punct"],
     ["O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]),
])
def test_people_joined_from_a_town(nlp, heads, deps, ents):
    doc = _parsed(nlp, _WORDS, heads, deps, ents)
    start = doc[9].idx
    assert describes_person(doc, SimpleNamespace(start=start, end=start + 6), modifiers=False)


def test_shots_from_a_street_describe_no_one(nlp):
    text = "The shots were fired from Toledo Avenue, both witnesses said."
    assert describes_person(nlp(text), _at(text, "Toledo"), modifiers=False) is False


@pytest.mark.parametrize("text, expected", [
    ("Channel 5 Toledo reports the boy found a loaded pistol under a bed.", True),
    ("Fox Toledo reports the boy found a loaded pistol under a bed.", True),
    # the town's police speak of the town's violence; a scene is no speaker
    ("Toledo police said the boy found a loaded pistol.", False),
    ("A man was shot in Toledo, police said.", False),
])
def test_speaking_place(nlp, text, expected):
    assert speaking_place(nlp(text), _at(text, "Toledo"), default_lexicon()) is expected


@pytest.mark.parametrize("body", [
    "A hunter was shot dead on Saturday in Greene County, the Greene County sheriff said. "
    "Jo Reyes, 40, of Toledo, died at the scene after he was hit. Deputies said the shooting was an accident.",
    "A hunter was shot dead on Saturday in Greene County, the Greene County sheriff said. "
    "Jo Reyes and a neighbour, both from Toledo, had gone out before dawn to hunt deer. "
    "The shooting was an accident.",
])
def test_a_hometown_outside_the_county_is_not_the_reports_place(violence_pipeline, body):
    got = _places(violence_pipeline, "Hunter dies after shot in woods", body)
    assert got and "Toledo" not in got


def test_a_county_before_its_state(violence_pipeline):
    """"An Ohio boy ... The Greene County sheriff said": the county, not the state's capital."""
    got = _places(violence_pipeline, "Ohio boy dies after shooting",
                  "An Ohio boy, 4, died on Sunday after a pistol he found went off in his bedroom. "
                  "The Greene County sheriff called the shooting an accident.")
    assert got and "Columbus" not in got


def test_a_hometown_in_the_county_stays(violence_pipeline):
    """Local news names the victims by the scene's town: a hometown in the county the report
    names is kept."""
    got = _places(violence_pipeline, "Man shot dead outside a store",
                  "A man was shot dead outside a store on Saturday, Lucas County deputies said. "
                  "Jo Reyes, 40, of Toledo, died at the scene.")
    assert got == {"Toledo"}


def test_a_name_with_an_age_is_a_persons(nlp):
    """"Marsh, 20, of Toledo": the tagger read the name as an organisation's; the age beside it
    makes it a person's, so Toledo is where the person is from."""
    from spacy.tokens import Doc
    words = ["Officers", "named", "Marsh", ",", "20", ",", "of", "Toledo", ",", "on", "Monday", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 2, 2, 2, 2, 6, 2, 1, 9, 1],
              deps=["nsubj", "ROOT", "dobj", "punct", "appos", "punct", "prep", "pobj", "punct", "prep", "pobj",
                    "punct"],
              pos=["NOUN", "VERB", "PROPN", "PUNCT", "NUM", "PUNCT", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT"],
              ents=["O", "O", "B-ORG", "O", "B-DATE", "O", "O", "B-GPE", "O", "O", "B-DATE", "O"])
    start = doc[7].idx
    assert describes_person(doc, SimpleNamespace(start=start, end=start + 6), modifiers=False)


@pytest.mark.parametrize("text, expected", [
    ("Boy hurt in a shooting at home \u2014 KTOL 2 Toledo (@KTOL2) May 6, 2024", True),
    ("A boy was hurt in a shooting in Toledo (Lucas County) on Monday.", False),
])
def test_account_place(text, expected):
    assert account_place(text, _at(text, "Toledo")) is expected



@pytest.mark.parametrize("text, expected", [
    # the town a hospital is in, after the hospital's name
    ("Medics drove Jo Marsh to Alverton General Hospital in Dayton for surgery.", True),
    ("The clinic in Dayton treated him for a gunshot wound.", True),
    # the hospital is where the violence was
    ("A nurse was shot outside the Alverton Medical Center in Dayton on Sunday.", False),
])
def test_the_town_of_a_hospital(nlp, text, expected):
    doc = nlp(text)
    trigger = next((t.i for t in doc if t.lower_ in ("shot", "shooting")), None)
    span = (trigger, trigger + 1) if trigger is not None else None
    assert cared_place(doc, _at(text, "Dayton"), default_lexicon(), span) is expected
