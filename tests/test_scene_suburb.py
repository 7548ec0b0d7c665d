"""Issue 6: a shooting told in "the X suburb of Y" is placed at the suburb Y, not at the metro X
named only to say where Y lies. Invented sentences only."""
from __future__ import annotations

import pytest

from conflictlens.events.lexicon import default_lexicon
from conflictlens.events.mentions import reference_city
from geo_helpers import span_at as _at
from geo_helpers import violence_places as _places


@pytest.mark.parametrize("text, place, expected", [
    ("Stray pellets grazed Tova Linsk near her porch in the Houston suburb of Pasadena.", "Houston", True),
    ("Stray pellets grazed Tova Linsk near her porch in the Houston suburb of Pasadena.", "Pasadena", False),
    ("Bullets pierced Oren Maddux's van while it sat in the Denver suburb of Thornton.", "Denver", True),
    # no place after "of": the metro is the only place the words give
    ("Bullets pierced Oren Maddux's van while it sat in some Denver suburb.", "Denver", False),
    # a place qualifying some other noun is no reference point
    ("Oren Maddux, a Denver plumber, fired at a neighbour's dog in Thornton.", "Denver", False),
])
def test_reference_city(nlp, text, place, expected):
    doc = nlp(text)
    names = [_at(text, p) for p in ("Houston", "Pasadena", "Denver", "Thornton") if p in text]
    assert reference_city(doc, _at(text, place), names, default_lexicon()) is expected


@pytest.mark.parametrize("title, body, town", [
    ("Courier wounded",
     "Pell Dravik, a courier, was shot in the shoulder late Tuesday in the quiet Denver suburb of Thornton.",
     "Thornton"),
    ("Toddler hurt by unattended pistol",
     "An unattended pistol wounded Jem Castell, 3, at his aunt's flat in the Houston suburb of Pasadena on Tuesday.",
     "Pasadena"),
    ("Clerk wounded",
     "Ilse Varro, a night clerk, was wounded by gunfire on Tuesday inside the Dallas suburb of Garland's busiest "
     "petrol station.", "Garland"),
])
def test_the_suburb_is_the_scene(violence_pipeline, title, body, town):
    assert _places(violence_pipeline, title, body) == {town}


def test_the_metro_stays_when_no_suburb_is_named(violence_pipeline):
    body = "Pell Dravik, a courier, was shot in the shoulder late Tuesday in some quiet Denver suburb."
    assert _places(violence_pipeline, "Courier wounded", body) == {"Denver"}
