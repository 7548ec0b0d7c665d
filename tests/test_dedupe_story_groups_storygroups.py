"""Story groups join by names only when a name they share tells the story
(NameEvidence._names_tell_story, ``group_telling_names``): a brief of one incident of a town
and a follow-up of another share the town's name and the word the brief opens with, nothing
of their own, and the follow-up's link to its event brought the brief to it (group_event).
Invented reports and towns; runs on SQLite (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report

# other news that writes the briefs' opening word in lower case, as most stories do
ROBBER_NEWS = ("the robbers who emptied a jewellery counter in Tollbury were caught at a toll booth.",
               "two robbers on scooters snatched a courier's bag outside the Wrenfield depot.",
               "shop owners in Camberlow asked for cameras after robbers broke in twice.")
# invented: a robbery brief of the town, coding nothing (its three names: the town's two, its first word)
BRIEF = "Robbers took cash from a pawn shop in Quenby Falls overnight."
# invented: the shooting of the same town, days later
SHOOTING = ("Osric Delamere, a baker, was shot dead on Fennimore Lane in Quenby Falls on Monday. "
            "Neighbours on Fennimore Lane said Delamere had just closed the Larchmont Bakery.")
# invented: the shooting's follow-up, coding nothing, whose quote opens with the same word
FOLLOW_UP = ("Quenby Falls mourns Osric Delamere. Robbers were not involved, detectives said; "
             "Delamere's Larchmont Bakery on Fennimore Lane stayed shut and Ingrid Delamere thanked neighbours.")


def _stored(store, **kw):
    store.dedupe = DedupeSettings(**kw)
    for i, text in enumerate(ROBBER_NEWS):
        store.add_report(report(f"n{i}", text=text, published=date(2021, 4, 20)), [])
    store.add_report(report("b1", text=BRIEF, published=date(2021, 5, 1)), [])
    (shot,) = store.add_report(report("k1", text=SHOOTING, published=date(2021, 5, 3)),
                               [crime(location="Quenby Falls", event_date=date(2021, 5, 3))])
    store.add_report(report("r1", text=FOLLOW_UP, published=date(2021, 5, 5)), [])
    return shot.event_id_cnty


def test_the_follow_up_is_linked_to_the_shooting(store):
    shot = _stored(store)
    assert [e.event_id_cnty for e in store.events_for("r1", role="related")] == [shot]


def test_the_towns_name_and_a_briefs_first_word_make_no_story_group(store):
    _stored(store)
    assert store.story_group("b1") is None
    assert store.group_event("b1") is None


def test_without_the_rule_the_brief_is_taken_to_the_shooting(store):
    shot = _stored(store, group_telling_names=False)
    assert store.story_group("b1") == store.story_group("r1")
    assert store.group_event("b1").event_id_cnty == shot


def test_a_capitalised_word_no_other_report_writes_in_lower_case_still_tells(store):
    # with no other news, the store cannot tell "Robbers" is an English word: a name of the story
    store.dedupe = DedupeSettings()
    store.add_report(report("b1", text=BRIEF, published=date(2021, 5, 1)), [])
    store.add_report(report("k1", text=SHOOTING, published=date(2021, 5, 3)),
                     [crime(location="Quenby Falls", event_date=date(2021, 5, 3))])
    store.add_report(report("r1", text=FOLLOW_UP, published=date(2021, 5, 5)), [])
    assert store.story_group("b1") == store.story_group("r1")


def test_ordinary_words_are_those_other_reports_write_in_lower_case(store):
    _stored(store)
    assert store._ordinary_words({"robbers", "delamere", "quenby"}) == {"robbers"}
    store.dedupe = DedupeSettings(ordinary_word_reports=0)
    assert store._ordinary_words({"robbers"}) == set()
