"""Tolls told across a story's reports: a list of victims' full names counts every one of them
whatever label the tagger gives a name (events/fatalities/persons.py: _name_among_names), and
"bringing the death toll to two" tells a risen toll (data/fatalities/lexicon.toml [update]
``rise``), which the store codes over the first reports' lower count. Invented reports and
people; the store tests run on SQLite (and PostgreSQL when one runs)."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.events.fatalities.updates import toll_updates
from test_dedupe_storyprobe import ingest
from toll_helpers import parsed_toll


@pytest.mark.parametrize("text, toll", [
    ("Gunmen killed Keisha Barnes, Darius Lott and Antoine Reed in a park.", 3),
    ("Detectives are hunting the men behind the shooting that killed Keisha Barnes, Darius Lott and Antoine Reed.", 3),
])
def test_every_full_name_of_a_list_of_the_dead_counts(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text", [
    "Ora Tamsin, 31, died at the county hospital, bringing the death toll to two.",
    "A fourth body was pulled from the rubble, raising the death toll to four.",
])
def test_a_toll_brought_or_raised_to_a_count_is_a_rise(text):
    assert [k for k, *_ in toll_updates(text)] == ["rise"]


# invented: a bar shooting told three times, the toll rising in the third report
FIRST = ("AKRON, Ohio (AP) — A man died and two more were hurt when shots rang out early Saturday "
         "outside a bar on Exchange Street, police said.")
SECOND = ("The man killed outside the Lantern Room bar on Exchange Street in Akron early Saturday was "
          "Ned Ruskin, 29, his family said. Two other men were taken to Summa Hospital.")
THIRD = ("Cal Ormsby, 31, who was wounded in the shooting outside the Lantern Room bar in Akron on Saturday, "
         "died at Summa Hospital on Monday, bringing the toll to two, a detective told reporters Tuesday.")


def test_a_later_report_bringing_the_toll_to_two_raises_the_events_toll(store, violence_pipeline):
    got = ingest(store, violence_pipeline, [("a1", FIRST, date(2023, 3, 11)), ("a2", SECOND, date(2023, 3, 12)),
                                            ("a3", THIRD, date(2023, 3, 14))])
    ids = {e for v in got.values() for e in v}
    assert len(ids) == 1
    assert store.event(ids.pop()).fatalities == 2


@pytest.mark.parametrize("text, toll", [
    ("Ora Tamsin, 31, died at the county hospital, bringing the death toll to two.", 2),
    ("The blast on Sunday took four more lives, and the toll has climbed to 12.", 12),
])
def test_a_toll_holds_the_deaths_its_sentence_tells_besides(text, toll):
    assert parsed_toll(text) == toll
    assert [c for _k, c, *_ in toll_updates(text)] == [toll]
