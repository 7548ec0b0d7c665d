"""Links made by a report's words move when a closer incident arrives, and a brief whose only
name is an opening number word is linked by no names (store/resemblance.py: _linked_by_words,
_move_linked_by_words, _related_reports): on SQLite and PostgreSQL (the ``store`` fixture)."""
from __future__ import annotations

from datetime import date

from test_dedupe import crime, report
from test_dedupe_resemblance import DEPOT, PHARMACY, PHARMACY_FOLLOWUP, _town, related

# invented: an arrest story about the pharmacy shooting, whose witness works at the depot
ARREST = ("detectives arrested a cyclist accused of shooting the wounded pharmacist inside the corner drugstore "
          "by the fountain plaza; a bus driver saw him at the tram depot on the ring road.")
PHARMACY_HOME = ("the pharmacist shot inside the corner drugstore by the fountain plaza is home from hospital; "
                 "the cyclist is still sought.")


def _pharmacy(store):
    pharmacy = store.add_report(report("k1", text=PHARMACY, published=date(2021, 5, 3)), [crime()])[0]
    store.add_report(report("k3", text=PHARMACY_FOLLOWUP, published=date(2021, 5, 4)), [crime()])
    store.add_report(report("k4", text=PHARMACY_HOME, published=date(2021, 5, 5)), [crime()])
    assert {"k1", "k3", "k4"} <= set(store.event(pharmacy.event_id_cnty).article_ids)
    return pharmacy


def test_a_report_linked_by_its_words_moves_to_the_incident_they_resemble_more(store):
    _town(store)
    depot = store.add_report(report("k2", text=DEPOT, published=date(2021, 5, 3)),
                             [crime(latitude=39.2, location="Harlow Springs depot")])[0]
    store.add_report(report("a1", text=ARREST, published=date(2021, 5, 6)), [])
    assert related(store, "a1") == [depot.event_id_cnty]  # the only incident its words resemble yet
    pharmacy = _pharmacy(store)  # its reports taken together resemble it more
    assert related(store, "a1") == [pharmacy.event_id_cnty]
    # (moved, or unlinked while its words resembled neither and linked again since: word_links_undone)
    last = store.history(depot.event_id_cnty)[-1]
    assert last["action"] in ("related report moved", "related report unlinked")
    assert last["article_id"] == "a1" and "a1" not in last["changes"]["article_ids"][1]


def test_a_report_linked_by_its_names_does_not_move_by_its_words(store):
    _town(store)
    named = "Officer Brannagh Quill of the Tolliver Precinct told reporters in Harlow Springs."
    depot = store.add_report(report("k2", text=DEPOT + " " + named, published=date(2021, 5, 3)),
                             [crime(latitude=39.2, location="Harlow Springs depot")])[0]
    store.add_report(report("a1", text=ARREST + " " + named, published=date(2021, 5, 6)), [])
    assert related(store, "a1") == [depot.event_id_cnty]
    _pharmacy(store)
    assert related(store, "a1") == [depot.event_id_cnty]


def test_a_brief_named_only_by_its_opening_number_word_shares_no_names(store):
    _town(store)
    store.add_report(report("b1", text="Two teenagers were held over the stabbing, officers said on the radio.",
                            published=None), [])
    text = ("Two Quarry Lane neighbours, Odalys Fenwick and Tamsin Orrell, saw the van outside "
            "Pellworth Garage in Harlow Springs before the fire.")
    names = sorted({w.lower() for w in text.replace(",", " ").replace(".", " ").split() if w[0].isupper()})
    store.add_report(report("n1", text=text, published=date(2021, 5, 3)), [])
    assert "b1" not in store._related_reports("n1", names)
