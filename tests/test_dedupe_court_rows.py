"""A report telling a court's proceedings, years after a killing, codes it twice: once joined to
the stored killing (its sentence recalls it: a trial word), once on the hearing's day in a
sentence with no such word (its headline). The second row is that killing told again, not a
new event (store/matching.py: _fold_court_rows, dedupe.told_again). A verdict story that codes no
violence is linked to the stored killing as a related report however long after it, when it
shares names with the reports that coded it (_court_days); a court report's row told on the day
its records were released joins the older killing its names tell (the court window on the
names path). Invented reports, both backends."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from conflictlens.model import Event, Evidence, Report
from conflictlens.store import DedupeSettings, open_store
from conflictlens.store import dedupe


def report(rid, text, published):
    return Report(id=rid, text=text, title=rid, published=published, source="Valley Courier",
                  url=f"https://courier.example/{rid}", origin=rid)


def killing(sentence="A woman was shot", **kw):
    """A shooting outside ACLED's taxonomy in a made-up town (~41.2 N, 96.1 W)."""
    base = dict(event_date=date(2020, 9, 12), event_type="Other violence", sub_event_type="Shooting",
                disorder_type="Other violence", actor1="Unidentified Armed Group (United States)", inter1=3,
                actor2="Civilians (United States)", inter2=7, iso=840, region="North America",
                country="United States", country_code="US", admin1="Nebraska", location="Orrick Falls",
                latitude=41.2, longitude=-96.1, geo_precision=1, fatalities=1, source="", notes="",
                evidence=Evidence(sentence, 0, len(sentence)), confidence=0.6, tags="outside ACLED taxonomy")
    base.update(kw)
    return Event(**base)


FILLER = "The county board met to discuss the Millbrook levy and the Ostrander Park pool. "
STORIES = [
    "Tamsin Holloway, 41, was shot dead outside the Pell Street bakery in Orrick Falls, police said. "
    "Sergeant Ivo Kestrel asked anyone who saw the gunman to call.",
    "Orrick Falls police are looking for the man who shot Tamsin Holloway near the Pell Street bakery; "
    "Sergeant Ivo Kestrel said a grey van was seen.",
    "Neighbours left flowers at the Pell Street bakery where Tamsin Holloway was killed; Sergeant Ivo "
    "Kestrel said Corwin Ashby had been arrested.",
]
TRIAL = ("Man accused of killing Tamsin Holloway goes on trial\n"
         "Tamsin Holloway was shot dead when Corwin Ashby opened fire outside the Pell Street bakery in "
         "Orrick Falls, prosecutors say.\n"
         "Corwin Ashby went on trial Monday for the shooting; Sergeant Ivo Kestrel testified for the state.")
HEADLINE_ROW = "Tamsin Holloway was shot dead when Corwin Ashby opened fire outside the Pell Street bakery"
TRIAL_ROW = "Corwin Ashby went on trial Monday for the shooting"
# the same report with no court word: a neighbourhood story on the same people
VIGIL = TRIAL.replace("goes on trial", "remembered").replace(
    "went on trial Monday for the shooting; Sergeant Ivo Kestrel testified for the state",
    "was remembered Monday at the shooting's site; Sergeant Ivo Kestrel spoke")
VERDICT = ("Jury finds Corwin Ashby guilty of murdering Tamsin Holloway\n"
           "A jury found Corwin Ashby guilty on Friday of the murder of Tamsin Holloway outside the Pell "
           "Street bakery in Orrick Falls; Sergeant Ivo Kestrel led the case.")
HEARING_DAY = date(2022, 11, 14)


def _stored_killing(store) -> str:
    store.add_report(report("filler", FILLER, date(2020, 9, 1)), [])
    eid = store.add_report(report("s0", STORIES[0], date(2020, 9, 13)), [killing()])[0].event_id_cnty
    for i, text in enumerate(STORIES[1:], 1):
        assert [e.event_id_cnty for e in store.add_report(report(f"s{i}", text, date(2020, 9, 14)),
                                                          [killing()])] == [eid]
    return eid


def _trial_rows():
    # the headline's row first (dated by the page: no trial word in its sentence), then the
    # lead's (dated by the hearing, a trial word in its sentence)
    return [killing(HEADLINE_ROW, event_date=HEARING_DAY + timedelta(days=1),
                    sub_event_type="Homicide"),
            killing(TRIAL_ROW, event_date=HEARING_DAY)]


def test_a_trial_report_s_second_row_of_the_killing_is_no_new_event(store):
    eid = _stored_killing(store)
    stored = store.add_report(report("t1", TRIAL, date(2022, 11, 15)), _trial_rows())
    assert [e.event_id_cnty for e in stored] == [eid]
    assert store.counts()["events"] == 1
    assert store.event(eid).event_date == date(2020, 9, 12)
    folded = [h for h in store.history(eid) if h["action"] == "court row folded"]
    assert len(folded) == 1 and folded[0]["article_id"] == "t1"
    # the row that came second (the first joined the killing)
    assert folded[0]["changes"]["folded_row"][1]["evidence"]["text"] in (HEADLINE_ROW, TRIAL_ROW)
    assert store.deletions() == []


def test_without_the_rule_the_second_row_is_a_new_event(tmp_path):
    s = open_store(str(tmp_path / "events.db"), dedupe=DedupeSettings(court_fold_days=0))
    try:
        eid = _stored_killing(s)
        stored = s.add_report(report("t1", TRIAL, date(2022, 11, 15)), _trial_rows())
        assert eid in [e.event_id_cnty for e in stored] and len(stored) == 2
        assert s.counts()["events"] == 2
    finally:
        s.close()


def test_a_report_telling_no_court_proceedings_keeps_both_rows(store):
    """With no court word the report may tell a new incident beside the old one it recalls."""
    eid = _stored_killing(store)
    rows = _trial_rows()
    rows[1] = rows[1].replace(evidence=Evidence("Corwin Ashby was jailed after the trial of the shooting",
                                                0, 55))
    stored = store.add_report(report("v1", VIGIL, date(2022, 11, 15)), rows)
    assert eid in [e.event_id_cnty for e in stored]
    assert store.counts()["events"] == 2


def test_a_second_row_naming_no_one_of_the_killing_stays_a_row(store):
    """A sentence naming no one (no person, no street) the killing's reports name (another
    victim, elsewhere) is another event."""
    eid = _stored_killing(store)
    other = "Odile Brannock was shot on Dunmore Road"
    rows = _trial_rows()[::-1]  # the trial's row joins the killing first
    rows[1] = rows[1].replace(evidence=Evidence(other, 0, len(other)))
    stored = store.add_report(report("t2", TRIAL + " Odile Brannock was shot there too.",
                                     date(2022, 11, 15)), rows)
    assert eid in [e.event_id_cnty for e in stored] and len(stored) == 2


def test_the_killing_told_again_must_lie_more_than_a_week_before_the_row():
    old = killing()
    assert dedupe.told_again(killing(event_date=date(2022, 11, 14)), old)
    assert not dedupe.told_again(killing(event_date=date(2020, 9, 18)), old)  # the same week: no hearing
    assert not dedupe.told_again(killing(event_date=date(2022, 11, 14)), old,
                                 DedupeSettings(court_fold_days=0))
    # an arrest is no killing; a battle with named sides is not a crime's unnamed gunman
    assert not dedupe.told_again(killing(event_date=date(2022, 11, 14), event_type="Strategic developments",
                                         sub_event_type="Arrests", disorder_type="Strategic developments"), old)


def test_a_verdict_story_coding_no_violence_is_a_related_report_of_the_killing(store):
    eid = _stored_killing(store)
    store.add_report(report("d1", VERDICT, date(2023, 2, 3)), [])
    assert [e.event_id_cnty for e in store.events_for("d1", role="related")] == [eid]


@pytest.mark.parametrize("court", [True, False])
def test_a_verdict_story_stored_before_the_killing_s_reports_is_linked_when_they_arrive(store, court):
    """The order of arrival does not matter (an archive ingested out of order): a verdict story
    stored first is linked to the killing once the reports that code it arrive, over the same
    ``recalled_days`` window, as a court report (read from the words it keeps); a story with no
    court word that long after is not."""
    text = VERDICT if court else VERDICT.replace("Jury finds", "Friends remember").replace(
        "A jury found Corwin Ashby guilty on Friday of the murder of", "Friends of Corwin Ashby remembered")
    assert dedupe.told_in_court(text) is court
    assert dedupe.court_terms(dedupe.report_terms(text)) is court
    store.add_report(report("d0", text, date(2023, 2, 3)), [])
    eid = _stored_killing(store)
    related = [e.event_id_cnty for e in store.events_for("d0", role="related")]
    assert related == ([eid] if court else [])


def test_court_words_are_read_from_a_stored_report_s_content_words():
    assert dedupe.court_terms(dedupe.report_terms("Two jurors asked to see the bakery's footage."))
    assert dedupe.court_terms(dedupe.report_terms("She pleaded guilty in March."))
    assert not dedupe.court_terms(dedupe.report_terms("He was charged with the shooting and held without bail."))


def test_a_story_with_no_court_word_that_long_after_is_linked_to_nothing(store):
    _stored_killing(store)
    text = VERDICT.replace("Jury finds", "Friends remember").replace(
        "A jury found Corwin Ashby guilty on Friday of the murder of", "Friends of Corwin Ashby remembered")
    assert not dedupe.told_in_court(text)
    store.add_report(report("d2", text, date(2023, 2, 3)), [])
    assert store.events_for("d2", role="related") == []


RECORDS = ("Papers filed with the county and made public on Monday describe the night Tamsin Holloway was "
           "killed outside the Pell Street bakery in Orrick Falls. Sergeant Ivo Kestrel told the grand jury "
           "the gunman fled in a grey van.")
RECORDS_ROW = "Papers made public on Monday describe the night Tamsin Holloway was killed"


@pytest.mark.parametrize("court", [True, False])
def test_a_court_report_s_only_row_dated_by_its_news_joins_the_older_killing(store, court):
    """A court report (a grand jury) codes the killing once, on the day its papers were made public,
    in a sentence recalling nothing; its names are the killing's reports' (too many of them use
    those names for them to be rare: the same-people path does not apply), so only the court's
    words give it the ``recalled_days`` window. Without them it is another event."""
    eid = _stored_killing(store)
    text = RECORDS if court else RECORDS.replace("told the grand jury", "said")
    assert dedupe.told_in_court(text) is court
    stored = store.add_report(report("g1", text, date(2021, 3, 2)),
                              [killing(RECORDS_ROW, event_date=date(2021, 3, 1))])
    assert (stored[0].event_id_cnty == eid) is court
    assert store.event(eid).event_date == date(2020, 9, 12)


def test_a_second_row_told_in_court_words_naming_no_one_is_folded_too(store):
    """The lead's row ("the accused went on trial Monday for the shooting") names no one, but
    tells the court's proceedings: the killing told again. Told in other words it stays a row."""
    eid = _stored_killing(store)
    lead = "The accused went on trial Monday for the shooting"
    rows = _trial_rows()
    rows[1] = rows[1].replace(evidence=Evidence(lead, 0, len(lead)))
    stored = store.add_report(report("t3", TRIAL, date(2022, 11, 15)), rows)
    assert [e.event_id_cnty for e in stored] == [eid]
    other = "A video shown Monday captures the shooting"
    rows[1] = rows[1].replace(evidence=Evidence(other, 0, len(other)))
    jury = ("Jurors saw a video of the Pell Street bakery on the day Tamsin Holloway was shot dead in "
            "Orrick Falls; Corwin Ashby's lawyer said the footage shows nothing of his client.")
    stored = store.add_report(report("t4", jury, date(2022, 11, 16)), rows)
    assert eid in [e.event_id_cnty for e in stored] and len(stored) == 2
