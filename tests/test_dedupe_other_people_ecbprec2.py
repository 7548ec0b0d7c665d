"""A report with no date that names other people than a stored event's reports (full names, an
office's left out: NameEvidence._undated_other_people) and tells ages none of them tells
(NameEvidence._ages_not_told) tells another incident of their city: it is not linked to that
event when it shares less than ``undated_other_people_names`` of its names. Either alone says
too little (a witness the first stories did not name; an age they left out). "Prime Minister"
names an office, not a person (data/store/office_words.txt). Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.store import dedupe
from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report

# invented: a dated killing in the town, its victim and its prime minister named
DATED = ("Riots broke out in Harlow Springs after Benedikt Sorrell was killed by a firebomb thrown into "
         "the Quayside Credit Union. Prime Minister Hal Brandt called for calm. ")
# invented: a report with no date, of another year's riot in the town: other people, the same office
OTHER = ("Harlow Springs burned again as youths mourned Tomasz Reyes, 15, shot by a patrolman. "
         "Youths jeered the Prime Minister at his wake on Vanterpool Green. ")
# invented: a report with no date of the first riot, naming its victim
SAME = ("Harlow Springs buried Benedikt Sorrell, the clerk killed when the Quayside Credit Union was "
        "firebombed; mourners filled the square. ")


def _stored(store, **kw):
    # names decide nothing here (any overlap links a report with no date, the town's alone
    # too: place_names_only off, test_dedupe_place_names_storelink.py): the people do
    store.dedupe = DedupeSettings(undated_names=0.0, undated_related_names=0.0, place_names_only=False, **kw)
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    return store.add_report(report("d", text=DATED, published=date(2021, 5, 3)),
                            [crime(event_date=date(2021, 5, 2))])[0].event_id_cnty


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_an_office_is_no_one():
    assert "prime" in dedupe.OFFICE_WORDS and "minister" in dedupe.OFFICE_WORDS


def test_a_report_with_no_date_naming_other_people_is_not_linked(store):
    riot = _stored(store)
    store.add_report(report("o", text=OTHER, published=None), [])
    assert riot not in related(store, "o")
    store.add_report(report("s", text=SAME, published=None), [])
    assert related(store, "s") == [riot]


def test_other_people_alone_do_not_keep_it_apart(store):
    riot = _stored(store)
    store.add_report(report("o", text=OTHER.replace(", 15,", ""), published=None), [])
    assert related(store, "o") == [riot]


def test_without_the_rule_it_is_linked(store):
    riot = _stored(store, undated_other_people_names=0.0)
    store.add_report(report("o", text=OTHER, published=None), [])
    assert related(store, "o") == [riot]


def test_an_age_a_year_off_is_the_same_persons(store):
    """A story telling the victim 41 where the first told 40 (a birthday, a slip), and quoting a
    neighbour the first did not name, is still that killing's."""
    store.dedupe = DedupeSettings(undated_names=0.0, undated_related_names=0.0)
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    riot = store.add_report(report("d", text=DATED.replace("Benedikt Sorrell", "Benedikt Sorrell, 40,"),
                                   published=date(2021, 5, 3)),
                            [crime(event_date=date(2021, 5, 2))])[0].event_id_cnty
    text = ("Harlow Springs mourned a clerk, 41, killed by a firebomb thrown into a Quayside bank, "
            "neighbour Ilse Marchetti said. ")
    store.add_report(report("y", text=text, published=None), [])
    assert related(store, "y") == [riot]
