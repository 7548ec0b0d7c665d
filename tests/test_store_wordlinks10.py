"""Word links weighed again when the reports behind them move (the order of arrival should not
matter). Invented reports and people, on SQLite and PostgreSQL (the ``store`` fixture).

- ``word_links_follow_moves`` (RelatedLinking._link_earlier, ResemblanceLinking._recheck_word_links):
  a report a recheck brought over has the word links of the events it supports weighed again.
- ``word_rivals_unshared`` (ResemblanceLinking._resembled_ranked): a rival event scores by its
  reports that are not the best event's too; of two alike, violence before an arrest.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import DedupeSettings
from test_dedupe import crime, report

# invented: an arrest by the ferry warehouse (it codes the arrest only); a brief with no names
# that its words alone link to the arrest; the killing, naming none of the arrest's people; a
# later report naming both, which brings the arrest report over to the killing
HELD = ("Deputies held Tobias Wrenfield of Marlowe Street after a night watchman saw him climb the "
        "fence of the ferry warehouse with a rifle; Sheriff Ada Brennick spoke to Ines Caldecott's family.")
WATCHMAN = "the night watchman who saw the rifle by the ferry warehouse was praised at the harbour office where a clerk lay dead."
SHOT_DEAD = ("Ines Caldecott was shot dead at her harbour office; Coroner Lucan Drabble and Pastor Idris "
             "Kellerman spoke for the Caldecott family.")
NAMED = ("Coroner Lucan Drabble named Ines Caldecott; Tobias Wrenfield of Marlowe Street, whom Sheriff Ada "
         "Brennick held, and Pastor Idris Kellerman attended.")


def _arrest():
    """The arrest the first report codes (no killing of its own)."""
    return crime(event_type="Strategic developments", sub_event_type="Arrests",
                 disorder_type="Strategic developments", actor1="Police Forces of the United States",
                 inter1=1, actor2="", inter2=None, fatalities=0, event_date=date(2021, 5, 4))


@pytest.mark.parametrize("follows", [True, False])
def test_a_word_link_is_weighed_again_when_its_event_report_moves(store, follows):
    from test_dedupe_resemblance import _town
    _town(store)
    store.dedupe = DedupeSettings(word_links_follow_moves=follows)
    arrest = _arrest()
    (held,) = store.add_report(report("a1", text=HELD, published=date(2021, 5, 4)), [arrest])
    store.add_report(report("w1", text=WATCHMAN, published=date(2021, 5, 5)), [])
    (killed,) = store.add_report(report("k1", text=SHOT_DEAD, published=date(2021, 5, 5)), [crime()])
    related = lambda aid: [e.event_id_cnty for e in store.events_for(aid, role="related")]  # noqa: E731
    assert related("w1") == [held.event_id_cnty] and related("a1") == []
    store.add_report(report("l1", text=NAMED, published=date(2021, 5, 6)), [])
    assert related("l1") == related("a1") == [killed.event_id_cnty]
    assert related("w1") == ([killed.event_id_cnty] if follows else [held.event_id_cnty])


# invented: a brief with no names whose words are the arrest report's (HELD), little the killing's
BRIEF = "the night watchman who saw the rifle by the ferry warehouse fence was praised by the harbour board."
# invented: the killing, naming the arrest report's people (so that report is the killing's too)
SOUGHT = ("Ines Caldecott was shot dead at her harbour office; Sheriff Ada Brennick said Tobias Wrenfield "
          "of Marlowe Street was sought by deputies.")


@pytest.mark.parametrize("unshared", [True, False])
def test_words_resembling_an_arrest_report_told_of_the_killing_link_to_the_killing(store, unshared):
    from test_dedupe_resemblance import _town
    _town(store)
    store.dedupe = DedupeSettings(word_rivals_unshared=unshared)
    arrest = _arrest()
    store.add_report(report("a1", text=HELD, published=date(2021, 5, 4)), [arrest])
    (killed,) = store.add_report(report("k1", text=SOUGHT, published=date(2021, 5, 5)), [crime()])
    related = lambda aid: [e.event_id_cnty for e in store.events_for(aid, role="related")]  # noqa: E731
    assert related("a1") == [killed.event_id_cnty]
    store.add_report(report("w1", text=BRIEF, published=date(2021, 5, 6)), [])
    # without the rule the arrest, told by the same report, is a rival as close: neither is taken
    assert related("w1") == ([killed.event_id_cnty] if unshared else [])
