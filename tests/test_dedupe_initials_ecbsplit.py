"""A person one outlet names by initials (issue #6, ``initial_names``): "N. Brookfield" or
"Brookfield, N." in one report, "Nadia Brookfield" in another. Read as no full name, the
report by initials named no one its event's reports name, only its other people (a witness,
a pastor): another incident. Invented reports, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings, dedupe
from conflictlens.store.identity import names
from test_dedupe import crime, report, town_news


@pytest.mark.parametrize("text, people", [
    ("Police said N. Brookfield, 16, was shot. Brookfield was treated.", ["n. brookfield"]),
    ("Police said N.K. Brookfield was shot. Brookfield was treated.", ["n. brookfield"]),
    ("A statement by Brookfield, N., was read. Brookfield was treated.", ["n. brookfield"]),
    # a middle initial stays the full name's; two initials that are a country's or a paper's no one's
    ("Nadia K. Brookfield was shot. The U.S. Army and the L.A. Times said so.", ["nadia brookfield"]),
    # a town and its state's initials; a street named by initials
    ("A shop in Brookfield, N.Y. burned. The shop on N. Brookfield Avenue closed.", ["brookfield avenue"]),
    # a surname the report writes in lower case is no name
    ("The man, J. Baker, was a baker.", []),
])
def test_report_people_by_initials(text, people):
    assert dedupe.report_people(text) == people


@pytest.mark.parametrize("a, b, same", [
    ("n. brookfield", "nadia brookfield", True),
    ("nadia brookfield", "n. brookfield", True),
    ("n. brookfield", "nadia k brookfield", True),   # (a middle initial is dropped when read)
    ("m. brookfield", "nadia brookfield", False),    # another initial
    ("n. brookfeld", "nadia brookfield", False),     # another surname
    ("n. brookfield", "n. brookfield", False),       # the same name is left to the word sets
    ("r. abernathy", "detective ruth abernathy", True),
    ("d. abernathy", "detective ruth abernathy", False),  # an office's word is no first name
])
def test_initial_full_names(a, b, same):
    assert dedupe.initial_full_names(a, b) is same


WOUNDED = ("Nadia Brookfield, 16, was shot in the leg outside the Pemberton Avenue arcade in Harlow Springs; "
           "her uncle Colm Brookfield drove her to St. Anselm Hospital from Quillon Court, police said.")
# the same shooting with no date, the victim by initials, her grandmother's age and a pastor's name
PRAYERS = ("Pastor Idris Kellerman of Marlowe Chapel led prayers for {who}, shot outside the Pemberton "
           "arcade in Harlow Springs; her grandmother, 71, thanked the Quillon Court neighbours.")


@pytest.fixture
def initials_off(monkeypatch):
    """Without the rule: names by initials neither read nor matched."""
    monkeypatch.setattr(names, "INITIAL_NAMES", False)
    return DedupeSettings(initial_names=False)


@pytest.mark.parametrize("rule, who, joins", [
    (True, "N. Brookfield", True),
    (True, "Brookfield, N.", True),
    (False, "N. Brookfield", False),   # without the rule: a pastor only, other people than hers
    (True, "M. Brookfield", False),    # another initial: another Brookfield
])
def test_a_dateless_report_giving_initials_joins_the_shooting(store, request, rule, who, joins):
    town_news(store)
    store.dedupe = DedupeSettings() if rule else request.getfixturevalue("initials_off")
    (held,) = store.add_report(report("w", text=WOUNDED, published=date(2021, 5, 3)), [crime()])
    store.add_report(report("p", text=PRAYERS.format(who=who), published=None), [])
    told = [e.event_id_cnty for e in store.events_for("p") + store.events_for("p", role="related")]
    assert (told == [held.event_id_cnty]) is joins


SHOT = ("Darnell Okafor, 34, was shot dead outside the Quarry Lane laundromat in Harlow Springs, "
        "police said. Detective Ruth Abernathy said Okafor had argued with a neighbour. ")
# a charges story three months on, dated when published, giving victim and detective by initials
CHARGED = ("Wendell Pryce was charged in Mercer County with the murder of {victim}, shot outside "
           "the Quarry Lane laundromat; the detective, {detective}, made the arrest on Tuesday. ")


@pytest.mark.parametrize("rule, victim, detective, joins", [
    (True, "D. Okafor", "R. Abernathy", True),
    (False, "D. Okafor", "R. Abernathy", False),   # without the rule: no full name in common
    (True, "M. Okafor", "M. Abernathy", False),    # other initials: other people
])
def test_a_follow_up_giving_initials_joins_the_incident(store, request, rule, victim, detective, joins):
    store.dedupe = DedupeSettings() if rule else request.getfixturevalue("initials_off")
    store.add_report(report("filler", text="The council met to discuss the Riverside budget.",
                            published=date(2021, 5, 1)), [])
    eid = store.add_report(report("k1", text=SHOT, published=date(2021, 5, 3)), [crime()])[0].event_id_cnty
    text = CHARGED.format(victim=victim, detective=detective)
    later = store.add_report(report("k2", text=text, source="Ledger", published=date(2021, 8, 10)), [
        crime(event_date=date(2021, 8, 10), location="Mercer", latitude=39.3, longitude=-94.9)])
    assert (later[0].event_id_cnty == eid) is joins


def test_first_names_given_as_initials_count_on_neither_side(store):
    """"Nadia" of "Nadia Brookfield" is no name the report writing "N. Brookfield" fails to use."""
    town_news(store)
    store.add_report(report("a", text=("N. Brookfield and T. Okonjo were shot outside the Pemberton arcade in "
                                       "Harlow Springs; Quillon Court neighbours gathered."), published=None), [])
    store.add_report(report("b", text=("Nadia Brookfield and Tobias Okonjo were shot at the Pemberton arcade "
                                       "in Harlow Springs."), published=None), [])
    overlap = lambda: store._name_overlaps(store._short_names("b"), ["a"], article_id="b")["a"]  # noqa: E731
    with_rule = overlap()
    store.dedupe = DedupeSettings(initial_names=False)
    assert with_rule == pytest.approx(1.0) and overlap() < 0.6
