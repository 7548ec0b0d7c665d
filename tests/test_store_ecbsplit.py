"""Story groups bridged (store/story_groups.py: _bridge_groups): a report that codes nothing and
tells the story of two earlier such reports, which share too few names with each other to have
grouped, brings both into one group, whichever of them it found first; on SQLite and PostgreSQL
(the ``store`` fixture). Invented reports, people and towns."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from test_dedupe import report

FILLERS = ("the council approved the budget for the new swimming pool and the library roof.",
           "a storm brought down trees across the valley and closed two schools for the day.",
           "the football club signed a goalkeeper from the coast on a three season contract.",
           "a ferry strike left hundreds of commuters stranded at the harbour on monday.")
# one fraud case in an invented town: the first report names its accused, the second its
# judge and auditors, the third all of them (none codes an event)
ACCUSED = ("Prosecutors said Edwina Quillfeather and Tobias Renwick-Hale moved money through the "
           "Glenharrow Credit Union. Quillfeather and Renwick-Hale deny it.")
COURT = ("Judge Alder Finch heard Ottoline Brackwater of the Sallowmere Audit Office say the money "
         "moved twice. Finch adjourned; Brackwater will return.")
BOTH = ("Edwina Quillfeather and Tobias Renwick-Hale, accused of moving money through the Glenharrow "
        "Credit Union, sat before Judge Alder Finch as Ottoline Brackwater of the Sallowmere Audit "
        "Office testified. Quillfeather, Renwick-Hale, Finch and Brackwater left together.")


def _ingest(store, order):
    texts = {"acc": ACCUSED, "court": COURT, "both": BOTH}
    for i, text in enumerate(FILLERS):
        store.add_report(report(f"f{i}", text=text, published=date(2021, 5, 1)), [])
    for k, aid in enumerate(order):
        store.add_report(report(aid, text=texts[aid], published=date(2021, 5, 6 + k)), [])


def test_the_two_halves_alone_make_no_group(store):
    _ingest(store, ["acc", "court"])
    assert store.story_group("acc") is None and store.story_group("court") is None


def test_the_report_telling_both_brings_both_into_one_group(store):
    _ingest(store, ["acc", "court", "both"])
    group = store.story_group("both")
    assert group is not None
    assert store.story_group("acc") == store.story_group("court") == group
    # the links stay a tree: every report but the group's first hangs from another
    rows = [r for r in store.story_groups() if r["group_id"] == group]
    assert sum(1 for r in rows if not r["joined_by"]) == 1


def test_the_order_of_arrival_does_not_decide(store):
    _ingest(store, ["court", "acc", "both"])
    assert store.story_group("acc") == store.story_group("court") == store.story_group("both") is not None


def test_bridges_switched_off_leave_one_half_alone(store):
    store.dedupe = DedupeSettings(group_bridges=False)
    _ingest(store, ["acc", "court", "both"])
    assert None in (store.story_group("acc"), store.story_group("court"))
