"""A report with no date joins no undated event whose reports share with it only the words of
the place (its town, state, country, the country's adjective) and of offices ("Mayor",
"Police"): two killings of one town years apart, each told with no date, share the town's and
its officials' names, not a victim, a street or a bank (NameEvidence._place_names_only,
``place_names_only``). Invented reports."""
from __future__ import annotations

from conflictlens.store import dedupe
from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report, undated

# invented: a bank set on fire in a made-up town, a clerk killed
FIRE = ("Masked men threw petrol bombs into the Corvane Savings branch in Harlow Springs, Missouri, and "
        "a clerk, Odile Framboisier, died in the blaze. Mayor Hal Tressider spoke of murder. Police "
        "Chief Wendell Aske said the Corvane Savings staff had been trapped on the upper floor. "
        "American bankers sent condolences to Harlow Springs.")
# invented: a teenager shot by an officer in the same town, years apart, no name in common
# but the town's, the state's, the country's adjective and the offices
SHOT = ("An officer shot dead a teenager, Joachim Pellerin, near Dunmore Square in Harlow Springs, "
        "Missouri. Mayor Greta Uhlsen promised an inquiry and the Police union defended the officer. "
        "American rights groups called for calm as crowds gathered at Dunmore Square.")
# invented: a second telling of the fire, naming the bank and the clerk
FIRE_2 = ("The Corvane Savings clerk killed in Harlow Springs, Odile Framboisier, was buried on a hill "
          "above the town. Mayor Hal Tressider attended.")


def _two(store, second, **kw):
    """The undated event of the fire, and those the second report codes or is linked to."""
    store.dedupe = DedupeSettings(**kw)
    (held,) = store.add_report(report("u0", text=FIRE, published=None), [], undated=[undated()])
    store.add_report(report("u1", text=second, published=None), [], undated=[undated()])
    got = {e.event_id_cnty for role in ("coded", "related") for e in store.events_for("u1", role=role)}
    return held.event_id_cnty, got


def test_place_words_name_the_town_its_units_and_country():
    words = dedupe.place_words(crime())
    assert {"harlow", "springs", "missouri", "united", "states", "american"} <= words
    assert "corvane" not in words


def test_only_the_town_and_its_offices_in_common_tell_another_undated_event(store):
    held, got = _two(store, SHOT)
    assert len(got) == 1 and held not in got
    assert store.undated_count() == 2


def test_without_the_rule_the_town_names_join_them(store):
    held, got = _two(store, SHOT, place_names_only=False)
    assert got == {held}
    assert store.undated_count() == 1


def test_a_victim_or_a_bank_in_common_still_joins(store):
    held, got = _two(store, FIRE_2)
    assert got == {held} and set(store.event(held).article_ids) == {"u0", "u1"}
