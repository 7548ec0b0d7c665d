"""A trial's reports may reach the store before the killing's own reports (a crawler's order):
their rows, dated by the hearing, make an event of the hearing's day. A report telling the
killing on its own day, naming the same people, is that event: the rule a trial report meets
when it arrives second (``recalled``: up to ``recalled_days`` after the killing), read the other
way round (store/matching.py: _hearing_told, ``hearing_first``). A later event told by reports
with no court word stays apart. Invented reports, both backends."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Event, Evidence, Report
from conflictlens.store import DedupeSettings, open_store


def report(rid, text, published):
    return Report(id=rid, text=text, title=rid, published=published, source="Harlow Ledger",
                  url=f"https://ledger.example/{rid}", origin=rid)


def shooting(sentence, day, **kw):
    """A shooting outside ACLED's taxonomy in a made-up town (~44.1 N, 91.3 W)."""
    base = dict(event_date=day, event_type="Other violence", sub_event_type="Shooting",
                disorder_type="Other violence", actor1="Unidentified Armed Group (United States)", inter1=3,
                actor2="Civilians (United States)", inter2=7, iso=840, region="North America",
                country="United States", country_code="US", admin1="Wisconsin", location="Brennock Mills",
                latitude=44.1, longitude=-91.3, geo_precision=1, fatalities=1, source="", notes="",
                evidence=Evidence(sentence, 0, len(sentence)), confidence=0.6, tags="outside ACLED taxonomy")
    base.update(kw)
    return Event(**base)


HEARING = date(2023, 5, 9)
KILLING = date(2021, 8, 20)
TRIALS = [
    "Jurors see video of Brennock Mills shooting\nJurors in the trial of Desmond Farrow watched video on "
    "Tuesday of the shooting that killed Perpetua Lisle outside the Quarry Lane laundromat in Brennock "
    "Mills. Detective Amos Thackery testified for the state.",
    "Farrow trial hears from detective\nDetective Amos Thackery testified that Desmond Farrow fired the shot "
    "that killed Perpetua Lisle at the Quarry Lane laundromat; the jury will hear from the defence next week.",
]
FIRST_DAY = ("Woman shot dead at Brennock Mills laundromat\nPerpetua Lisle, 29, was shot dead outside the "
             "Quarry Lane laundromat in Brennock Mills on Friday. Detective Amos Thackery said Desmond "
             "Farrow was sought for questioning.")


def _hearing_event(store) -> str:
    store.add_report(report("filler", "The Brennock Mills council met about the Osgood Park pool levy.",
                            date(2021, 8, 1)), [])
    eid = store.add_report(report("t0", TRIALS[0], HEARING), [shooting(TRIALS[0], HEARING)])[0].event_id_cnty
    assert [e.event_id_cnty for e in store.add_report(report("t1", TRIALS[1], HEARING),
                                                      [shooting(TRIALS[1], HEARING)])] == [eid]
    return eid


def test_the_killing_told_after_its_trial_joins_the_hearing_s_event(store, tmp_path):
    eid = _hearing_event(store)
    stored = store.add_report(report("k0", FIRST_DAY, date(2021, 8, 21)), [shooting(FIRST_DAY, KILLING)])
    assert [e.event_id_cnty for e in stored] == [eid]
    assert store.counts()["events"] == 1
    # the same names told later by stories of no hearing: another incident, kept apart
    other = open_store(str(tmp_path / "other.db"))
    try:
        _later_without_court(other)
    finally:
        other.close()


def test_without_the_rule_the_killing_is_a_new_event(tmp_path):
    s = open_store(str(tmp_path / "events.db"), dedupe=DedupeSettings(hearing_first=False))
    try:
        eid = _hearing_event(s)
        stored = s.add_report(report("k0", FIRST_DAY, date(2021, 8, 21)), [shooting(FIRST_DAY, KILLING)])
        assert [e.event_id_cnty for e in stored] != [eid]
        assert s.counts()["events"] == 2
    finally:
        s.close()


def _later_without_court(store) -> None:
    """Two years later, the same people named by a story of no hearing: another incident (a
    second shooting at the laundromat), not the first one dated late."""
    no_court = [t.replace("Jurors in the trial of", "Neighbours of").replace("Jurors see", "Neighbours see")
                .replace("testified for the state", "spoke to the press").replace("testified that", "said that")
                .replace("Farrow trial hears from detective", "Detective speaks on Farrow")
                .replace("; the jury will hear from the defence next week", "") for t in TRIALS]
    store.add_report(report("filler", "The Brennock Mills council met about the Osgood Park pool levy.",
                            date(2021, 8, 1)), [])
    eid = store.add_report(report("n0", no_court[0], HEARING), [shooting(no_court[0], HEARING)])[0].event_id_cnty
    store.add_report(report("n1", no_court[1], HEARING), [shooting(no_court[1], HEARING)])
    stored = store.add_report(report("k0", FIRST_DAY, date(2021, 8, 21)), [shooting(FIRST_DAY, KILLING)])
    assert [e.event_id_cnty for e in stored] != [eid]
