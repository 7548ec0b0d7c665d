"""Issue 6: two incidents of one town told apart by their victims' ages when a report tells a
baby's in months, weeks or days ("a 3-month-old", "age 17 months": age 0; names.told_ages,
BABY_AGES): before, such a report told no age (or a 17-year-old's), and shared the town's
streets, officers and outlets with the other incident's stories. A report with no date telling
only a baby's age joins no undated event telling others' ages, none a baby's, however many
names they share (``baby_apart``). Invented reports and places only, against a real SQLite
file (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from conflictlens.store.dedupe import DedupeSettings
from conflictlens.store.identity import names
from test_dedupe import crime, report, undated

# invented: a man shot dead on a street of a made-up town, told with a date
MAN = ("Harlow Springs: gunfire on Tamsin Court left a 49-year-old man lifeless, Lieutenant Gideon "
       "Marwick said. Pastor Ilse Brandauer said the street had buried a neighbour before.")
# invented: a baby wounded on the same street months later, told with no date
BABY = ("A 3-month-old girl was hurt when shots hit a car on Tamsin Court in Harlow Springs, "
        "Lieutenant Gideon Marwick said. Pastor Ilse Brandauer prayed with her parents on Tamsin Court.")


def test_babies_ages():
    assert names.told_ages("a six-week-old baby and her 24-year-old mother") == "0,24"
    assert names.told_ages("a 10-day-old girl") == "0"
    assert names.told_ages("Jo Doe, age 17 months, was hurt") == "0"
    assert names.told_ages("Al Roe, aged 17, was hurt") == "17"
    assert names.told_ages("the 100-day-old plan") == ""


def _dated_then(store, text):
    """The dated event of the man's shooting, and the events a report of ``text`` with no date
    is linked to; names decide nothing here (whatever they share is above told_days_names)."""
    store.dedupe = DedupeSettings(undated_join_names=0.0, undated_join_related_names=0.0, undated_names=0.0,
                                  undated_related_names=0.0, told_days_names=0.0,
                                  ages_over_names=True)  # (off by default: the baby reading rides on it)
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    (man,) = store.add_report(report("d1", text=MAN, published=date(2021, 9, 4)),
                              [crime(event_date=date(2021, 9, 4))])
    store.add_report(report("u1", text=text, published=None), [], undated=[undated()])
    return man.event_id_cnty, [e.event_id_cnty for e in store.events_for("u1", role="related")]


def test_a_baby_told_in_months_is_not_the_man_of_another_incident(store):
    man, linked = _dated_then(store, BABY)
    assert man not in linked


def test_without_babies_ages_the_names_in_common_link_it(store, monkeypatch):
    monkeypatch.setattr(names, "BABY_AGES", False)
    man, linked = _dated_then(store, BABY)
    assert linked == [man]


# invented: the man's shooting told with no date (the town's older incident)
MAN_UNDATED = ("Harlow Springs: Reuben Castleford, 49, a roofer, lay lifeless on Tamsin Court after gunfire, "
               "Lieutenant Gideon Marwick said. Pastor Ilse Brandauer led a vigil on Tamsin Court.")


def _two_undated(store, **kw):
    """Undated events after the man's and the baby's reports, both with no date; names decide
    nothing here (whatever they share is above told_days_names)."""
    kw.setdefault("ages_over_names", True)  # (off by default: the baby reading rides on it)
    store.dedupe = DedupeSettings(undated_group_names=0.0, undated_join_names=0.0, undated_names=0.0,
                                  told_days_names=0.0, **kw)
    for i, topic in enumerate(("Riverside budget", "Hollis Park library", "Wexford school board")):
        store.add_report(report(f"town{i}", text=f"Harlow Springs news: the {topic} was discussed.",
                                published=date(2021, 5, 1)), [])
    store.add_report(report("u1", text=MAN_UNDATED, published=None), [], undated=[undated()])
    store.add_report(report("u2", text=BABY, published=None), [], undated=[undated(fatalities=0)])
    return store.undated_count()


def test_a_baby_with_no_date_does_not_join_the_undated_man(store):
    assert _two_undated(store) == 2


def test_without_baby_apart_the_names_in_common_join_them(store):
    assert _two_undated(store, baby_apart=False) == 1
