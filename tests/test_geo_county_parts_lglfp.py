"""A capitalised compass word before a county's bare name ("a West Greene teacher", "South
Marion Regional Hospital") names a part of the county, or the school district or hospital
serving it, which the gazetteer lacks: in toponym output it is not the whole county. The
county written in full, one with no compass word, and a unit whose own name has no county
word stay. Reports invented for these tests; the places are real, the events are not."""
from __future__ import annotations

from conflictlens.nlp.parser import parse


def _toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


def test_a_compass_word_before_a_bare_county_name_is_no_toponym(geocoder):
    got = _toponyms(geocoder, "A cyclist was flown to South Marion Regional Hospital after a crash in Ocala, Florida.")
    assert "Ocala" in got
    assert "Marion" not in got


def test_a_school_districts_part_of_a_county_is_no_toponym(geocoder):
    got = _toponyms(geocoder, "A West Greene teacher retired on Friday, the Waynesburg, Pennsylvania, board said.")
    assert "Waynesburg" in got
    assert "Greene" not in got


def test_the_county_written_in_full_or_bare_stays(geocoder):
    got = _toponyms(geocoder, "Deputies searched North Marion County and Marion near Ocala, Florida.")
    assert got["Marion"].level == "admin2"
    got = _toponyms(geocoder, "Crews cleared roads in Marion near Ocala, Florida, on Monday.")
    assert got["Marion"].level == "admin2"


def test_a_unit_named_without_a_county_word_stays(geocoder):
    got = _toponyms(geocoder, "Scouts from East Cambridgeshire camped near Ely, England.")
    assert got["Cambridgeshire"].country_code == "GB"


def test_events_keep_the_county(geocoder):
    got = {m.text: m for m in geocoder.find_places(parse(
        "A West Greene teacher retired on Friday, the Waynesburg, Pennsylvania, board said."))}
    assert got["Greene"].level == "admin2"
