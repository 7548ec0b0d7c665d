"""Where an event was: a place a movement was heading to ("heading towards X", "on the road to
X") gives way to any other place of the sentence, and named alone stands for an area near it
(precision 2); a projectile fired towards a place fell there. A village the gazetteer does not
know ("the village of X") is placed at the town the event falls back to with precision 2: it
lies near that town, not in it (spec §4.2). Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import PlaceMention, Report
from conflictlens.nlp.parser import parse


def _rows(pipeline, text):
    r = Report(id="geoleft", title="", text=text, published=date(2024, 3, 12))
    return [(e.location, e.geo_precision) for e in pipeline.analyse(r).events]


def test_a_convoy_heading_towards_a_town_is_attacked_at_the_other_place(pipeline):
    text = ("BAGHDAD - Gunmen ambushed an army convoy on Tuesday as it was heading towards Tikrit, killing "
            "four soldiers near Samarra, officials said.\n")
    assert _rows(pipeline, text) == [("Samarra", 2)]


def test_an_attack_on_the_road_to_a_town_is_near_it(pipeline):
    text = "Militants attacked a bus on the road to Kandahar on Monday, killing six passengers, officials said.\n"
    assert _rows(pipeline, text) == [("Kandahar", 2)]


def test_rockets_fired_towards_a_town_fell_there(pipeline):
    from conflictlens.events.mentions import destination_place
    text = "Militants fired three rockets towards Sderot on Monday."
    doc = parse(text)
    start = text.index("Sderot")
    place = PlaceMention(start=start, end=start + 6, text="Sderot", name="Sderot", geonameid=None,
                         latitude=31.5, longitude=34.6, country_code="IL")
    assert not destination_place(doc, text, place, pipeline.lexicon)
    other = "A convoy heading towards Sderot was stopped."
    start = other.index("Sderot")
    assert destination_place(parse(other), other, PlaceMention(
        start=start, end=start + 6, text="Sderot", name="Sderot", geonameid=None, latitude=31.5, longitude=34.6,
        country_code="IL"), pipeline.lexicon)


def test_an_unknown_village_is_near_the_dateline_town(pipeline):
    text = ("MOGADISHU (Reuters) - Al Shabaab fighters attacked the village of Qorqorwaaqle on Tuesday, "
            "killing five civilians, local elders said.\n")
    assert _rows(pipeline, text) == [("Mogadishu", 2)]


def test_a_known_town_keeps_precision_one(pipeline):
    text = ("MOGADISHU (Reuters) - Al Shabaab fighters attacked the town of Afgooye on Tuesday, killing five "
            "civilians, local elders said.\n")
    assert _rows(pipeline, text) == [("Afgooye", 1)]
