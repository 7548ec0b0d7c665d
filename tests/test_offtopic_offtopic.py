"""News of another field (a match report, a film story, a takeover, a website attacked) codes
no event from its figurative violence words; real violence told in it still does. And a
battle with an illness or in a court room is no armed fight. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report

DAY = date(2026, 3, 9)

SPORT = ("The league leaders beat the visitors 2-0 in a cup match, and their coach praised the squad. "
         "The striker scored twice and the keeper saved a penalty before the referee blew for time.\n\n")
FILM = ("The film won an award at the festival, and its director thanked the actress and the star of the movie. "
        "The band's new album tops the chart this week.\n\n")
BUSINESS = ("Shares in the firm rose 3% on the stock market as investors cheered its profits, analysts said. "
            "The company's chief executive expects sales growth this quarter.\n\n")


def _events(pipeline, text: str, title: str = ""):
    return pipeline.analyse(Report(id="t", title=title, text=text, published=DAY)).events


@pytest.mark.parametrize("text", [
    # a manager "took over" a club's job: no group took a town
    SPORT + "Tom Hale took over the Leeds job in June after his predecessor was sacked.",
    # a weapon word in an album's title, a row that "blew up"
    FILM + "The track, from their album How To Defuse A Nuclear Bomb, pushed a rival single from the top spot in London.",
    FILM + "The row blew up in New York on Monday when the rapper threw his protege out of the band.",
    # companies "joining forces"
    BUSINESS + "Two electronics giants in Osaka are joining forces to develop screens for televisions.",
], ids=["manager-took-over", "album-title", "row-blew-up", "joining-forces"])
def test_news_of_another_field_codes_no_event(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("title,text", [
    ("Rovers edge past City",
     "Rovers battled back from a goal down to beat City 3-2 in a tense league match in Bristol on Saturday.\n\n"
     "Striker Tom Hale blasted a shot past the keeper in the 70th minute, and the defender Ned Orme headed the "
     "winner.\n\n\"We fought to the end,\" said the coach, whose squad face United in the cup semi-final next week."),
    ("Desert drama wins festival prize",
     "The film Red Sands, shot in Marrakesh last spring, won the top award at the festival in Cannes on Sunday.\n\n"
     "The director, Lena Voss, said the movie tells the story of a family. The actress Mia Lund also won an "
     "award for her role in the drama, and the band's album tops the chart."),
], ids=["match-report", "film-shot-on-location"])
def test_match_report_and_film_story_code_no_violence(violence_pipeline, title, text):
    """--scope all-violence: "battled back", "a shot", a film "shot in" a town are no shooting or clash."""
    assert _events(violence_pipeline, text, title) == []


def test_real_violence_in_a_match_report_is_still_coded(pipeline):
    text = SPORT + "A car bomb exploded outside the stadium in Bilbao on Sunday and nine people were hurt."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Remote explosive/landmine/IED"]


def test_someone_shot_in_a_music_story_is_still_coded(violence_pipeline):
    text = FILM + "Near the Atlanta studio a fan of the band was shot in the arm on Friday during a radio interview."
    assert [e.sub_event_type for e in _events(violence_pipeline, text)] == ["Shooting"]


def test_field_of_a_report():
    from conflictlens.events.screen import off_topic_field
    assert off_topic_field(SPORT) == "sport"
    assert off_topic_field(FILM) == "screen"
    assert off_topic_field(BUSINESS) == "business"
    assert off_topic_field("Gunmen attacked a police post near Gao on Monday, killing three officers, the army "
                           "said. The attackers fled on motorbikes towards the border.") is None


def test_a_battle_with_an_illness_is_no_clash(pipeline):
    text = "The painter Jo Brand died on Friday at her home in Bath after a long battle with cancer."
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("sentence,figurative", [
    ("The court room battle is seen as key to the case.", True),
    ("The box office battle between the two studios went on all summer.", True),
    ("The singer died after a long battle with cancer.", True),
    ("The battle with the rebels lasted two days.", False),
])
def test_figurative_battles(nlp, sentence, figurative):
    from conflictlens.events.factuality import factuality
    from conflictlens.events.lexicon import default_lexicon
    from conflictlens.events.triggers import find_triggers
    lexicon = default_lexicon()
    sent = next(nlp(sentence).sents)
    reasons = [factuality(m, sent, lexicon) for m in find_triggers(sent, lexicon) if m.trigger.phrase == "battle"]
    assert reasons and reasons[0].startswith("figurative") == figurative


def test_no_battles_reported_fought_is_no_battle(pipeline):
    """The verb of a subject said to be none ("no battles have been reported fought") tells no fight."""
    text = ("No major battles have been reported fought by the third army corps for more than a year in the "
            "marshes east of Basra, the ministry said on Monday.")
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("sentence,negated", [
    ("No gunmen were seen firing at the convoy.", True),
    ("Gunmen were seen firing at the convoy.", False),
])
def test_verb_of_a_subject_said_to_be_none(nlp, sentence, negated):
    from conflictlens.events.factuality import factuality
    from conflictlens.events.lexicon import default_lexicon
    from conflictlens.events.triggers import find_triggers
    lexicon = default_lexicon()
    sent = next(nlp(sentence).sents)
    reasons = [factuality(m, sent, lexicon) for m in find_triggers(sent, lexicon) if m.trigger.phrase.startswith("fire")]
    assert reasons and reasons[0].startswith("negated") == negated


def test_violence_outweighing_the_field_words_is_no_news_of_another_field():
    """A bank bombing's story names the bank, its shares and its market, but its bombs, police and
    dead too: it is conflict news, its sentences coded as usual (field_over_violence)."""
    from conflictlens.events.screen import off_topic_field
    bombing = ("A bomb wrecked a bank branch in Kavala on Friday. Police said the blast killed a guard and "
               "wounded two customers; militants were suspected. The bank's shares fell on the stock market "
               "and analysts said investors feared for the economy.")
    assert off_topic_field(bombing) is None
    assert off_topic_field(BUSINESS + "The firm's shares and sales rose again.") == "business"


def test_a_fire_destroying_a_firm_s_building_is_still_arson(violence_pipeline):
    """In a story rich in business words an arson is kept: arsonists and a fire set are violence
    words (anchors) as weapons are."""
    text = (BUSINESS + "The dairy company, whose brand sold milk for decades, had debts and no buyer for its "
            "business.\n\nArsonists set fire to the company's old warehouse in Palmerton on Tuesday night, and the "
            "blaze gutted it, the fire chief said.")
    assert [e.sub_event_type for e in _events(violence_pipeline, text)] == ["Arson"]
