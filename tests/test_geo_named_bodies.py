"""A body often named after a person ("named" in ``data/geo/institution_words.tsv``) opens
with a town's own name, never with a former one: "Duke University" is no Erwin, North
Carolina, once called Duke. Invented sentences, real towns."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse


def toponyms(geocoder, text):
    return {m.text: m for m in geocoder.toponyms(parse(text))}


@pytest.mark.parametrize("text", [
    "She studied at Duke University before moving to Raleigh.",
    "Duke College hosts its yearly book fair in the gym.",
    "The Duke Academy choir sang in Raleigh on Sunday.",
])
def test_a_towns_former_name_opening_a_named_body_is_no_place(geocoder, text):
    assert "Duke" not in toponyms(geocoder, text)


def test_the_town_by_its_own_name_stays(geocoder):
    assert "Erwin" in toponyms(geocoder, "He teaches at a university in Erwin, North Carolina.")


def test_a_bare_name_of_a_named_body_afar_is_the_body(geocoder):
    """"at Franklin" in a report that names Franklin Elementary and places itself in
    California is the school, not a Franklin in another state."""
    text = ("Six pupils at Franklin Elementary in Fresno, California, fell ill. More children "
            "at Franklin were sick by May. Parents near Franklin asked for tests.")
    assert "Franklin" not in toponyms(geocoder, text)


def test_a_bare_name_of_a_named_body_in_its_town_stays_the_town(geocoder):
    text = "A fire hit Franklin, Tennessee. Franklin High School was closed and buses left Franklin at noon."
    assert [m.start for m in geocoder.toponyms(parse(text)) if m.text == "Franklin"] == \
        [text.index("Franklin"), text.index("Franklin High"), text.rindex("Franklin")]


def test_the_dateline_town_opening_a_named_body_stays_the_town(geocoder):
    """The report is written from its dateline town: its school is the town's, even when
    the report's other places lie in another state."""
    text = ("TOOELE — Two brothers were hurt on Sunday. Tooele police said a cousin in Fresno, "
            "California, had warned them. Their house stands beside the Tooele High School track.")
    assert [m.start for m in geocoder.toponyms(parse(text)) if m.text in ("TOOELE", "Tooele")][:2] == \
        [text.index("TOOELE"), text.index("Tooele police")]
