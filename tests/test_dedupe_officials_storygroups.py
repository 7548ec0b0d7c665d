"""Two reports with no date of two killings of one town, quoting its sheriff by name and telling
the same toll and one same age, are two incidents: the words of an official's full name told
after the office ("Sheriff Jo Marsh") tell no one incident (NameEvidence._unspecific_names,
``officials_unspecific``), so only the town's names and the official's are in common
(``place_names_only``). Invented reports and town; runs on SQLite (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from test_dedupe import report, town_news, undated

# invented: a man shot dead outside a car wash, told with no date
CAR_WASH = ("Pellham Cove: a 23-year-old man died after gunfire outside a car wash on Tuesday night, "
            "Sheriff Ambrose Tillery said. Marlon Quist, 23, coached youth soccer.")
# invented: a woman stabbed in an apartment block of the same town, told with no date
STABBING = ("Pellham Cove: a woman, 23, died after a stabbing at the Juniper Court apartments, Sheriff "
            "Ambrose Tillery said. Neighbours said Odalys Verran, 23, had moved in last spring.")
# invented: the car wash killing told again, naming its victim
CAR_WASH_AGAIN = ("Friends of Marlon Quist gathered in Pellham Cove, where the 23-year-old was shot outside "
                  "a car wash, Sheriff Ambrose Tillery said. Quist's sister Noemi Quist spoke.")


def _two(store, second, **kw):
    """The events the second report with no date supports (the first's undated event or its own)."""
    store.dedupe = DedupeSettings(**kw)
    town_news(store, line="Pellham Cove news: the {topic} was discussed.")
    where = dict(location="Pellham Cove", fatalities=1)
    (first,) = store.add_report(report("u1", text=CAR_WASH, published=None), [], undated=[undated(**where)])
    store.add_report(report("u2", text=second, published=None), [], undated=[undated(**where)])
    ids = {e.event_id_cnty for role in ("coded", "related") for e in store.events_for("u2", role=role)}
    return first.event_id_cnty, ids, store.undated_count()


def test_the_sheriffs_name_does_not_join_two_killings_of_the_town(store):
    first, ids, count = _two(store, STABBING)
    assert first not in ids and count == 2


def test_without_the_rule_the_sheriffs_name_joins_them(store):
    first, ids, count = _two(store, STABBING, officials_unspecific=False)
    assert ids == {first} and count == 1


def test_the_victims_name_still_joins_one_killings_reports(store):
    first, ids, count = _two(store, CAR_WASH_AGAIN)
    assert ids == {first} and count == 1


def test_an_officials_words_are_unspecific_but_a_victims_are_not(store):
    store.dedupe = DedupeSettings()
    store.add_report(report("u1", text=CAR_WASH, published=date(2021, 5, 3)), [])
    assert store._unspecific_names({"ambrose", "tillery", "quist"}, ["u1"]) == {"ambrose", "tillery"}
