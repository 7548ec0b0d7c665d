"""A report linked to an undated event by its words alone (store/resemblance.py: _link_resembling) says
the story is alike, not that it names that event's people or place: a dated report sharing its
names is not the undated event for them (_waiting, _told_by_names: else one incident's follow-up,
linked for its words to another country's killing, lets the dated report take that killing's
row), nor does a report with no date join it for them (_add_undated_events). Invented reports,
on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

from conflictlens.store import DedupeSettings, dedupe
from test_dedupe import crime, report, town_news, undated

# invented: a report with no date telling a killing in a harbour town abroad
ABROAD = dict(location="Korvani", latitude=37.9, longitude=23.7, country="Greece", country_code="GR",
              admin1="Attiki", iso=300, region="Europe", actor1="Unidentified Armed Group (Greece)",
              actor2="Civilians (Greece)")
HARBOUR = ("A man was shot dead beside the olive press in Korvani; the baker, the cobbler and the ferryman "
           "heard gunfire near the harbour wall and saw a scooter speed past the lighthouse.")
# invented: a report with no date coding nothing, alike in words, naming two reporters
ALIKE = ("gunfire near the harbour wall and the olive press: the baker, the cobbler and the ferryman told "
         "Mirela Tosk and Anton Vey of the Quillon Gazette about a scooter by the lighthouse.")
# invented: a dated shooting at home, by the same reporters
AT_HOME = "Mirela Tosk and Anton Vey of the Quillon Gazette reported a shooting in Harlow Springs."


def test_a_dated_report_does_not_take_an_undated_killing_abroad_by_a_word_linked_report(store):
    town_news(store)
    (held,) = store.add_report(report("u1", text=HARBOUR, published=None), [], undated=[undated(**ABROAD)])
    assert dedupe.is_undated(held)
    store.add_report(report("w", text=ALIKE, published=None), [])
    assert [e.event_id_cnty for e in store.events_for("w", role="related")] == [held.event_id_cnty]
    (shot,) = store.add_report(report("d", text=AT_HOME, published=date(2021, 5, 4)), [crime()])
    assert shot.event_id_cnty != held.event_id_cnty
    still = store.event(held.event_id_cnty)
    assert dedupe.is_undated(still) and still.location == "Korvani"


def test_a_report_with_no_date_does_not_join_an_undated_event_by_a_word_linked_report(store):
    town_news(store)
    local = ("A man was shot dead beside the olive press in Harlow Springs; the baker, the cobbler and the "
             "ferryman heard gunfire near the harbour wall and saw a scooter speed past the lighthouse. Pastor "
             "Idris Kellerman and Councillor Ada Brennick asked for calm.")
    (held,) = store.add_report(report("u1", text=local, published=None), [], undated=[undated()])
    store.add_report(report("w", text=ALIKE, published=None), [])
    assert [e.event_id_cnty for e in store.events_for("w", role="related")] == [held.event_id_cnty]
    store.dedupe = DedupeSettings(resemblance_link=float("inf"))  # the names alone decide now
    # invented: a report with no date by the same reporters, in words of its own
    more = ("Mirela Tosk and Anton Vey of the Quillon Gazette wrote from Harlow Springs; editor Rosalind "
            "Petrakis and photographer Dmitri Olander joined them.")
    # (it gives no toll: a toll told alike would let whom they name decide, _same_killing)
    out = store.add_report(report("u2", text=more, published=None), [], undated=[undated(fatalities=0)])
    assert [e.event_id_cnty for e in out] != [held.event_id_cnty] and store.undated_count() == 2
