"""Episodes and rows without the parser: joining mentions, one row per day, deaths split."""
from __future__ import annotations

from datetime import date

from conflictlens.actors import default_dictionary
from conflictlens.events.classifier import Candidate
from conflictlens.events.episodes import build_episodes
from conflictlens.events.mentions import EventMention
from conflictlens.events.rows import episode_rows
from conflictlens.geo import country_info
from conflictlens.model import DeathFigure, Evidence, PlaceMention, Report


def place(name, lat, lon, cc="SY", precision=1, admin1="Al Hasakah", level="city"):
    return PlaceMention(start=0, end=len(name), text=name, name=name, geonameid=1, latitude=lat, longitude=lon,
                        country_code=cc, country="", admin1=admin1, location=name, geo_precision=precision,
                        level=level)


def mention(etype, sub, *, places=(), days=(), source="sentence", deaths=(), index=0, headline=False,
            strong=True):
    m = EventMention(candidate=Candidate(etype, sub, [], "test", strong=strong), sent_index=index, paragraph=index,
                     evidence=Evidence("text", 0, 4), trigger_char=0, is_headline=headline)
    m.places = list(places)
    m.place_source = "sentence" if places else "none"
    m.days = list(days)
    m.date_source = source if days else "none"
    m.deaths = [DeathFigure(count=n, group=g, start=0, end=1, text="") for n, g in deaths]
    return m


TOWN = place("Tell Amra", 36.50, 40.75)
NEAR_TOWN = place("Tell Amra - North", 36.52, 40.76)  # 2 km away
OTHER_TOWN = place("Kafr Dunya", 35.90, 41.40)  # ~90 km away
REPORT = Report(id="r1", text="", published=date(2022, 1, 23), source="Wire")


def rows(mentions):
    episodes, dropped = build_episodes(mentions)
    out = []
    for ep in episodes:
        out += episode_rows(ep, REPORT, default_dictionary(), country_info)
    return out, dropped


def test_a_battle_told_over_several_sentences_is_one_row_per_day():
    out, _ = rows([
        mention("Battles", "Armed clash", places=[TOWN], days=[date(2022, 1, 20)], deaths=[(45, "militants")]),
        mention("Battles", "Armed clash", days=[date(2022, 1, 22)], source="paragraph",
                deaths=[(28, "guards"), (5, "civilians")], index=1),
        mention("Explosions/Remote violence", "Remote explosive/landmine/IED", days=[date(2022, 1, 20)], index=2),
        mention("Battles", "Armed clash", days=[date(2022, 1, 21), date(2022, 1, 22)], index=3),
        mention("Battles", "Armed clash", places=[NEAR_TOWN], days=[date(2022, 1, 21)], index=4),
    ])
    assert [(r.event_date.day, r.event_type, r.fatalities) for r in out] == [
        (20, "Battles", 26), (21, "Battles", 26), (22, "Battles", 26)]
    assert all("split" in r.notes for r in out)


def test_a_toll_repeated_is_counted_once_and_leftovers_go_to_the_first_days():
    out, _ = rows([
        mention("Battles", "Armed clash", places=[TOWN], days=[date(2022, 1, 20), date(2022, 1, 21),
                                                               date(2022, 1, 22)], deaths=[(7, "fighters")]),
        mention("Battles", "Armed clash", days=[date(2022, 1, 21)], deaths=[(7, "fighters")], index=1),
    ])
    assert [r.fatalities for r in out] == [3, 2, 2]


def test_different_towns_are_different_events():
    out, _ = rows([
        mention("Battles", "Armed clash", places=[TOWN], days=[date(2022, 1, 20)]),
        mention("Battles", "Armed clash", places=[OTHER_TOWN], days=[date(2022, 1, 20)], index=1),
    ])
    assert sorted(r.location for r in out) == ["Kafr Dunya", "Tell Amra"]


def test_a_region_joins_the_town_inside_it_but_does_not_chain_towns():
    region = place("Al Hasakah region", 36.0, 40.0, precision=3)
    out, _ = rows([
        mention("Strategic developments", "Change to group/activity", places=[region], days=[date(2022, 1, 23)]),
        mention("Strategic developments", "Change to group/activity", places=[TOWN, OTHER_TOWN],
                days=[date(2022, 1, 23)], index=1),
    ])
    assert sorted((r.location, r.geo_precision) for r in out) == [("Kafr Dunya", 1), ("Tell Amra", 1)]


def test_headline_joins_the_body_and_its_toll_is_not_added():
    out, _ = rows([
        mention("Explosions/Remote violence", "Remote explosive/landmine/IED", places=[OTHER_TOWN],
                days=[date(2022, 1, 23)], source="anchor", deaths=[(3, "")], headline=True),
        mention("Explosions/Remote violence", "Remote explosive/landmine/IED", places=[TOWN],
                days=[date(2022, 1, 22)], deaths=[(3, "civilians")], index=1),
    ])
    assert [(r.event_date.day, r.location, r.fatalities) for r in out] == [(22, "Tell Amra", 3)]


def test_a_country_level_event_is_not_recorded():
    m = mention("Battles", "Armed clash", days=[date(2022, 1, 23)])
    m.vague_place_only, m.vague_countries = True, {"SY"}
    out, dropped = rows([m])
    assert out == [] and dropped[0][1] == "known only at country level"


def test_undated_mentions_are_dropped_not_invented():
    out, dropped = rows([mention("Battles", "Armed clash", places=[TOWN])])
    assert out == [] and dropped[0][1] == "no codable date"
