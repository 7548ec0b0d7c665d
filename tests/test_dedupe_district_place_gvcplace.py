"""Issue 6: reconciling the place across reports. Of versions equally precise, one whose
report put a district in its town ("the Alverton neighborhood of Brill", coded "Brill -
Alverton") gives the event's place before one that read the same name alone as a namesake
town far away ("Alverton"), whichever report came first. Invented places only."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Event, Evidence
from conflictlens.store import dedupe


def _version(location, lat, lon, precision=1, article="a"):
    return Event(
        event_date=date(2024, 3, 4), event_type="Other violence", sub_event_type="Other violence",
        disorder_type="Other", time_precision=1, actor1="Unidentified Armed Group (United States)", inter1=3,
        iso=840, region="North America", country="United States", admin1="Pennsylvania",
        location=location, latitude=lat, longitude=lon, geo_precision=precision,
        source="A paper", source_scale="Subnational", notes="A man was shot.", fatalities=1,
        evidence=Evidence("A man was shot.", 0, 15), confidence=0.8, country_code="US", article_id=article)


DISTRICT = dict(location="Brill - Alverton", lat=40.44, lon=-79.99, article="b")
NAMESAKE = dict(location="Alverton", lat=40.61, lon=-75.49, article="a")


def test_the_district_a_report_placed_wins_over_a_namesake_read_alone():
    for order in ([NAMESAKE, DISTRICT], [DISTRICT, NAMESAKE], [NAMESAKE, NAMESAKE | {"article": "c"}, DISTRICT]):
        merged = dedupe.combine([_version(**v) for v in order])
        assert (merged.location, merged.latitude) == ("Brill - Alverton", 40.44)


def test_a_more_precise_version_still_wins_and_equals_keep_the_first():
    region = _version("Brill", 40.44, -79.99, precision=3, article="b")
    assert dedupe.combine([region, _version(**NAMESAKE)]).location == "Alverton"
    other = _version("Dunmore", 41.42, -75.63, article="c")
    assert dedupe.combine([_version(**NAMESAKE), other]).location == "Alverton"
    assert dedupe.combine([other, _version(**NAMESAKE)]).location == "Dunmore"
