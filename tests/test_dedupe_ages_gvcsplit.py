"""Issue 6: a report with no date whose text tells people's ages (dedupe.told_ages), none of them
an age a stored event's reports tell, is another incident of the town: it is not linked to that
event, nor joins it (BaseStore._other_ages), unless they share ``told_days_names`` of their names.
Invented reports and places only."""
from __future__ import annotations

from datetime import date

from conflictlens.store import dedupe
from conflictlens.store.dedupe import DedupeSettings
from test_dedupe import crime, report, undated

BRIEF = ("A 16-year-old boy was shot dead on Sunday afternoon inside a house on Tamsin Court in the "
         "Eastfield neighbourhood of Harlow Springs, Lieutenant Gideon Marwick said. Neighbour Odile "
         "Varga, 52, said she heard one shot. ")
def test_told_ages():
    assert dedupe.told_ages(BRIEF) == "16,52"
    assert dedupe.told_ages("Jo Marsh, 7, and a man aged 30; in 2016, 14 were hurt") == "7,30"
    assert dedupe.told_ages("No one was hurt.") == ""


def _town(store):
    # the store knows other news from the town: its name weighs little
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])


# -- reports with no date: another person's age is another incident of the town --------------

GIRL = ("A 2-year-old girl died after she was shot in a house on Tamsin Court in Harlow Springs, "
        "Lieutenant Gideon Marwick said. ")
BOY = ("Harlow Springs: a 15-year-old boy was shot dead behind the Corbin Hall gym, police said. "
       "Lieutenant Gideon Marwick asked witnesses to call. ")
GIRL_AGAIN = ("Harlow Springs: the 2-year-old girl shot on Tamsin Court had found a pistol under a bed, "
              "Lieutenant Gideon Marwick said. ")


def _loose(store, **kw):
    # names decide nothing here (any overlap links a report with no date): the ages do
    store.dedupe = DedupeSettings(undated_names=0.0, undated_related_names=0.0, told_days_names=2.0, **kw)
    _town(store)
    return store.add_report(report("g1", text=GIRL, published=date(2021, 5, 2)),
                            [crime(event_date=date(2021, 5, 2))])[0].event_id_cnty


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_an_undated_report_telling_other_ages_is_not_linked(store):
    girl = _loose(store)
    store.add_report(report("u1", text=BOY, published=None), [], undated=[undated()])
    assert girl not in related(store, "u1")
    store.add_report(report("u2", text=GIRL_AGAIN, published=None), [], undated=[undated()])
    assert related(store, "u2") == [girl]


def test_without_the_rule_it_is_linked(store):
    girl = _loose(store, other_ages=False)
    store.add_report(report("u1", text=BOY, published=None), [], undated=[undated()])
    assert related(store, "u1") == [girl]
