"""ecbevents10: a killing named only as what someone was prosecuted for is no attack told.

An obituary or a profile lists the crimes a man evaded or faced prosecution for ("dodging
prosecution for murder and extortion"): the noun "prosecution" ties the crime to the charge as
"charged with" or "tried for" do (data/events/cues.toml: accusation_words), so the sentence codes
no attack on civilians of its own at the day the man died."""
from __future__ import annotations

from datetime import date

from event_helpers import coded, violent_rows

PROFILE = ("Retired gang leader dies at 84\n\n"
           "Sam Orvell, the retired gang leader who spent thirty years dodging prosecution for murder and "
           "extortion, died on Monday at a nursing home in Scranton, Pennsylvania, his lawyer said.\n")

KILLING = ("Gunmen murdered a shopkeeper in Scranton, Pennsylvania on Monday night, police said.\n")


def test_crime_named_as_what_prosecution_was_for_is_no_attack(pipeline):
    assert violent_rows(pipeline, PROFILE, date(2021, 3, 4)) == []


def test_murder_told_as_an_act_is_still_coded(violence_pipeline):
    rows = coded(violence_pipeline, KILLING, date(2021, 3, 4))
    assert any(e.location == "Scranton" for e in rows), [(e.event_type, e.location) for e in rows]


# "the reactions to the shooting": the shooting is the incident told elsewhere that people react to
# (as "in response to", data/events/cues.toml: reference_words), no shooting of the sentence's own.
SURVEY = ("Survey on the unrest\n\n"
          "In a survey released Sunday in Dunmore, Pennsylvania, most respondents said the reactions to "
          "the shooting had gone too far.\n")


def test_reactions_to_a_shooting_tell_no_shooting(violence_pipeline):
    rows = coded(violence_pipeline, SURVEY, date(2021, 3, 8))
    assert not [e for e in rows if e.sub_event_type == "Shooting"], [(e.event_type, e.location) for e in rows]


def test_shooting_reacted_to_is_no_undated_row_either(violence_pipeline):
    from conflictlens.model import Report
    a = violence_pipeline.analyse(Report(id="t", text=SURVEY, published=None))
    assert not [e for e in a.undated if e.sub_event_type == "Shooting"], [(e.event_type, e.location) for e in a.undated]
