"""A report linked to an event by its words alone is unlinked when, rechecked, its words resemble
no event any more (store/resemblance.py: _move_linked_by_words, ``word_links_undone``): its own
story's reports, coding nothing and stored since, are the reports it resembles most, and the
event's are not among those it is compared with. Had they arrived first it would not have been
linked: the order of arrival does not decide. Invented reports, on SQLite and PostgreSQL (the
``store`` fixture)."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report
from test_dedupe_resemblance import _town, related

# invented: a shooting in a pharmacy, dated
SHOOTING = ("a gunman shot a pharmacist inside the corner drugstore by the fountain plaza; the pharmacist "
            "survived with wounds to her arm and the gunman fled on a bicycle, detectives said.")
# invented: a story of a prisoner's death with no date, telling of the drugstore shooting in passing
CELL = ("a warder found the prisoner hanged in his cell at the quarry gaol at dawn; the governor, the "
        "chaplain and the inmates of the exercise yard were told; he had been jailed for shooting the "
        "pharmacist inside the corner drugstore by the fountain plaza.")
# invented: the prisoner's story told again, with no date, in words of its own
SIBLINGS = ("the warder who found the prisoner hanged in his cell at the quarry gaol at dawn told the "
            "governor; the chaplain and the inmates held a vigil in the exercise yard.",
            "an inquest into the prisoner hanged in his cell at the quarry gaol heard the warder, the "
            "governor and the chaplain; inmates prayed in the exercise yard at dawn.")


def _linked(store):
    _town(store)
    store.RESEMBLING_SHORTLIST = 2  # the reports compared in full: two crowd out the rest
    shooting = store.add_report(report("k1", text=SHOOTING, published=date(2021, 5, 3)), [crime()])[0]
    store.add_report(report("u1", text=CELL, published=None), [])
    assert related(store, "u1") == [shooting.event_id_cnty]
    return shooting


def test_a_word_link_resembling_no_event_now_is_undone(store):
    shooting = _linked(store)
    for i, text in enumerate(SIBLINGS):
        store.add_report(report(f"s{i}", text=text, published=None), [])
    assert related(store, "u1") == []
    # the history says it was unlinked, not moved to another event
    last = store.history(shooting.event_id_cnty)[-1]
    assert (last["action"], last["article_id"]) == ("related report unlinked", "u1")
    assert "moved_to" not in last["changes"]


def test_stored_first_its_story_keeps_it_unlinked(store):
    _town(store)
    store.RESEMBLING_SHORTLIST = 2
    for i, text in enumerate(SIBLINGS):
        store.add_report(report(f"s{i}", text=text, published=None), [])
    store.add_report(report("k1", text=SHOOTING, published=date(2021, 5, 3)), [crime()])
    store.add_report(report("u1", text=CELL, published=None), [])
    assert related(store, "u1") == []


def test_without_the_rule_the_word_link_stays(store):
    store.dedupe = DedupeSettings(word_links_undone=False)
    shooting = _linked(store)
    for i, text in enumerate(SIBLINGS):
        store.add_report(report(f"s{i}", text=text, published=None), [])
    assert related(store, "u1") == [shooting.event_id_cnty]
