"""News that tells no current political violence codes no event: past violence told as a reference
and arrests of no political weight in news of another field (markets, a match, a film), a thrown
"missile" in a match report, "protest" told of a boycott with no gathering, a work's title.
Invented reports, real place names."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report

DAY = date(2026, 3, 9)

BUSINESS = ("Shares in the firm rose 3% on the stock market as investors cheered its profits, analysts said. "
            "The company's chief executive expects sales growth this quarter, and the bank's debt deal is done.\n\n")
SPORT = ("The league leaders beat the visitors 2-0 in a cup match, and their coach praised the squad. "
         "The striker scored twice and the keeper saved a penalty before the referee blew for time.\n\n")


def _events(pipeline, text: str, title: str = ""):
    return pipeline.analyse(Report(id="t", title=title, text=text, published=DAY)).events


@pytest.mark.parametrize("text", [
    # an attack a trial is about, dated by its day and month months before the report
    BUSINESS + "One part of the trial focused on claims that the trader may have known of the 14 October terrorist "
    "attacks in Lyon and Paris.",
    # an old car bomb told as the setting of a club's match
    SPORT + "A car bomb exploded outside the stadium in Bilbao in May 2025 and 17 people were slightly injured.",
], ids=["trial-about-an-attack", "old-car-bomb"])
def test_past_violence_told_in_news_of_another_field_codes_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_recent_violence_in_news_of_another_field_is_still_coded(pipeline):
    text = BUSINESS + "A car bomb exploded outside the bank's offices in Bilbao on Sunday and nine people were hurt."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("sentence", [
    "Their keeper needed treatment after being hit by a missile, believed to be a coin, thrown from the stand in Leeds.",
    "A linesman was struck by a missile from the home end in Cardiff on Saturday.",
])
def test_a_missile_thrown_in_a_match_report_is_no_missile_attack(pipeline, sentence):
    """In a match report a "missile" is a coin or a bottle thrown at a player: no shelling or missile attack."""
    assert _events(pipeline, SPORT + sentence) == []


def test_a_missile_strike_told_beside_sport_is_still_coded(pipeline):
    text = SPORT + "Two people were killed when a missile hit a market in Donetsk on Sunday, hours before the match."
    assert [e.event_type for e in _events(pipeline, text)] == ["Explosions/Remote violence"]


FILM = ("The film won an award at the festival, and its director thanked the actress and the star of the movie. "
        "The band's new album tops the chart this week.\n\n")


@pytest.mark.parametrize("text", [
    FILM + "The singer was arrested at his hotel in Glasgow after the show on Friday but released without charge.",
    BUSINESS + "Police in Shenzhen detained three of the company's managers on Monday over the accounts.",
    SPORT + "Police in Cardiff said there had been nine arrests for public order offences after the match on Saturday.",
], ids=["singer-after-a-gig", "managers-over-accounts", "fans-public-order"])
def test_an_arrest_in_news_of_another_field_needs_a_political_detainee(pipeline, text):
    assert _events(pipeline, text) == []


def test_an_activist_arrested_in_news_of_another_field_is_still_coded(pipeline):
    text = FILM + "Police in Minsk arrested two activists on Friday after they unfurled a banner at the film's premiere."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "The budget vote is in doubt because of the continuing boycott of parliament by opposition parties "
    "protesting plans for a new fuel tax, officials in Tokyo said on Monday.",
    "A petition protesting the closure of the mine was handed to the governor in Tucson on Monday.",
], ids=["parliamentary-boycott", "petition"])
def test_protest_told_of_a_boycott_or_petition_with_no_gathering_is_no_demonstration(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Thousands of opposition supporters marched in Tokyo on Monday, protesting the boycott of the vote.",
    "The opposition launched a campaign of street protests in Tokyo on Monday.",
], ids=["march-against-a-boycott", "campaign-of-protests"])
def test_a_gathering_told_with_a_boycott_or_campaign_is_still_a_protest(pipeline, text):
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "The track, from their new album How To Survive A Car Bomb, pushed the rival single from number one "
    "to number two in London.",
    "The singer's third album, The Bombing, went on sale in Atlanta on Friday, a month after her "
    "rival's debut reached number one.",
], ids=["album-title", "album-title-apposition"])
def test_a_violence_word_in_the_title_of_a_work_codes_no_event(pipeline, text):
    assert _events(pipeline, text) == []
