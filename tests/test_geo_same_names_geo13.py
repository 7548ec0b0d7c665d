"""A town's name of several words that a report places once names the same place wherever
else the report writes it whole, whatever the model tagged each occurrence: in toponym
output every "Pecan Grove" of a report on a chase there is the Texas town, the one opening
a police department's name as an organisation's; a longer name ending in it ("Old Glen
Carbon Road") is no repeat of it."""
from __future__ import annotations

from conflictlens.nlp.parser import parse

TEXT = ("Deputies tried to stop a pickup on Elm Street in Pecan Grove on Friday. The pickup fled "
        "with Pecan Grove Police Department units in pursuit. In Pecan Grove, neighbours said "
        "the chase ended near the school on Friday. Pecan Grove officers later found the driver.")


def _at(text, name, k):
    """The offset of the k-th occurrence of ``name`` in ``text``."""
    at = -1
    for _ in range(k + 1):
        at = text.index(name, at + 1)
    return at


def test_every_whole_occurrence_of_a_placed_name_is_that_place(geocoder):
    got = {m.start: m for m in geocoder.toponyms(parse(TEXT))}
    for k in range(4):
        m = got.get(_at(TEXT, "Pecan Grove", k))
        assert m is not None and m.admin1 == "Texas" and m.text == "Pecan Grove"


def test_the_occurrence_opening_a_bodys_name_is_an_organisations(geocoder):
    got = {m.start: m for m in geocoder.toponyms(parse(TEXT))}
    assert got[_at(TEXT, "Pecan Grove", 1)].kind in ("organisation", "name")
    assert got[_at(TEXT, "Pecan Grove", 2)].kind == "name"
    assert got[_at(TEXT, "Pecan Grove", 3)].kind == "name"  # (after a sentence's full stop)


def test_a_longer_name_ending_in_it_is_no_repeat(geocoder):
    text = "Smoke was seen over Glen Carbon on Sunday. Crews from Old Glen Carbon Road helped."
    later = text.index("Glen Carbon", 30)
    assert not [m for m in geocoder.toponyms(parse(text)) if m.start <= later < m.end]

