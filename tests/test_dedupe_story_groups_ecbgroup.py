"""Story groups (store/story_groups.py: _group_story): reports that support no event but tell one
story are grouped, and a report of the group later linked to an event brings the others; on
SQLite and PostgreSQL (the ``store`` fixture). Invented reports and towns."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report

# two stories of one arrest (few capitalised names: their words tell them), coding nothing
ARREST = ("detectives arrested a teenager accused of shooting the pharmacist inside the corner "
          "drugstore by the fountain plaza; he had fled on a bicycle and was found hiding in a garage.")
ARREST_AGAIN = ("the teenager found hiding in a garage was charged on thursday; his lawyer said the accused "
                "teenager had hidden in the garage for two nights and had been arrested without a struggle.")
# the shooting itself, and stories of other things
SHOOTING = ("a gunman shot a pharmacist inside the corner drugstore by the fountain plaza; the pharmacist "
            "survived with wounds to her arm and the gunman fled on a bicycle, detectives said.")
FILLERS = ("the council approved the budget for the new swimming pool and the library roof.",
           "a storm brought down trees across the valley and closed two schools for the day.",
           "the football club signed a goalkeeper from the coast on a three season contract.",
           "a ferry strike left hundreds of commuters stranded at the harbour on monday.")
# one story told by names: a fraud trial in an invented town, coding no violence
TRIAL = ("Prosecutors in Marrowvale said Edwina Quillfeather and Tobias Renwick-Hale moved money "
         "through the Glenharrow Credit Union. Judge Alder Finch set the hearing for Marrowvale court; "
         "Quillfeather and Renwick-Hale deny it, said Glenharrow auditors and Finch.")
TRIAL_AGAIN = ("Edwina Quillfeather appeared before Judge Alder Finch in Marrowvale with Tobias Renwick-Hale; "
               "auditors at Glenharrow Credit Union told the Marrowvale court the money moved twice. "
               "Quillfeather and Renwick-Hale said nothing, Finch noted.")


def _town(store, day=date(2021, 5, 1)):
    for i, text in enumerate(FILLERS):
        store.add_report(report(f"f{i}", text=text, published=day), [])


def related(store, aid):
    return [e.event_id_cnty for e in store.events_for(aid, role="related")]


def test_two_reports_of_one_story_that_code_nothing_form_a_group(store):
    _town(store)
    assert store.add_report(report("a1", text=ARREST, published=date(2021, 5, 6)), []) == []
    assert store.story_group("a1") is None  # alone: no group
    assert store.add_report(report("a2", text=ARREST_AGAIN, published=date(2021, 5, 7)), []) == []
    assert store.story_group("a1") == store.story_group("a2") == "a1"
    assert all(store.story_group(f"f{i}") is None for i in range(len(FILLERS)))
    rows = {r["article_id"]: r for r in store.story_groups()}
    assert rows["a2"]["joined_by"] == "a1" and rows["a2"]["score"] > 0 and rows["a1"]["joined_by"] == ""
    # an unchanged report stored again keeps its group
    store.add_report(report("a2", text=ARREST_AGAIN, published=date(2021, 5, 7)), [])
    assert store.story_group("a2") == "a1"


def test_a_report_of_the_group_linked_to_an_event_brings_the_others(store):
    _town(store)
    store.add_report(report("a1", text=ARREST, published=date(2021, 5, 6)), [])
    store.add_report(report("a2", text=ARREST_AGAIN, published=date(2021, 5, 7)), [])
    assert store.group_event("a2") is None  # no event yet
    shooting = store.add_report(report("k1", text=SHOOTING, published=date(2021, 5, 3)), [crime()])[0]
    assert related(store, "a1") == [shooting.event_id_cnty]
    # a2's words are the arrest's, not the shooting's: nothing links it, its group does
    assert related(store, "a2") == []
    assert store.group_event("a2").event_id_cnty == shooting.event_id_cnty


def test_the_group_follows_a_link_made_before_the_other_report_came(store):
    _town(store)
    shooting = store.add_report(report("k1", text=SHOOTING, published=date(2021, 5, 3)), [crime()])[0]
    store.add_report(report("a1", text=ARREST, published=date(2021, 5, 6)), [])
    assert related(store, "a1") == [shooting.event_id_cnty]
    store.add_report(report("a2", text=ARREST_AGAIN, published=date(2021, 5, 7)), [])
    # linked through a1 (a related report's words count), and in a1's story group all the same
    assert store.story_group("a2") == store.story_group("a1") == "a1"
    assert store.group_event("a2").event_id_cnty == shooting.event_id_cnty


def test_reports_sharing_names_group_and_a_month_apart_do_not(store):
    _town(store)
    store.add_report(report("t1", text=TRIAL, published=date(2021, 5, 6)), [])
    store.add_report(report("t2", text=TRIAL_AGAIN, published=date(2021, 5, 9)), [])
    assert store.story_group("t2") == "t1"
    store.add_report(report("t3", text=TRIAL_AGAIN + " Later.", published=date(2021, 8, 9)), [])
    assert store.story_group("t3") is None


def test_a_report_that_codes_an_event_joins_no_group(store):
    _town(store)
    store.add_report(report("a1", text=ARREST, published=date(2021, 5, 6)), [])
    store.add_report(report("k1", text=SHOOTING, published=date(2021, 5, 3)), [crime()])
    assert store.story_group("k1") is None


def test_groups_switched_off(store):
    store.dedupe = DedupeSettings(story_groups=False)
    _town(store)
    store.add_report(report("a1", text=ARREST, published=date(2021, 5, 6)), [])
    store.add_report(report("a2", text=ARREST_AGAIN, published=date(2021, 5, 7)), [])
    assert store.story_group("a2") is None


def test_export_writes_the_story_groups(tmp_path, capsys):
    import json

    from conflictlens.cli.main import main
    from conflictlens.store import open_store
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        _town(store)
        store.add_report(report("a1", text=ARREST, published=date(2021, 5, 6)), [])
        store.add_report(report("a2", text=ARREST_AGAIN, published=date(2021, 5, 7)), [])
    assert main(["export", "--groups", "--db", db]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["article_id"]: r["story_group"] for r in rows} == {"a1": "a1", "a2": "a1"}
    assert rows[1]["joined_by"] == "a1" and rows[1]["event_id_cnty"] == ""


def test_a_store_from_before_story_groups_migrates_and_groups(store):
    from conflictlens.store.schema import LATEST_VERSION
    from test_dedupe import undo_migration_12
    _town(store)
    store.add_report(report("a1", text=ARREST, published=date(2021, 5, 6)), [])
    undo_migration_12(store)
    store._exec("DELETE FROM schema_version WHERE version >= 12")
    store._migrate()
    assert store.schema_version() == LATEST_VERSION and store.story_groups() == []
    store.add_report(report("a2", text=ARREST_AGAIN, published=date(2021, 5, 7)), [])
    assert store.story_group("a2") == "a1"
