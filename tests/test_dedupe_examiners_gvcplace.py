"""Issue 6: two crimes of one town days apart, whose reports share the coroner who examined
both victims, are two incidents: a name after an examiner's or a spokesperson's title
("Dr. Jo Marsh", "coroner Jo Marsh") is no one's identity (store/dedupe.report_people,
data/store/examiner_titles.txt). Invented reports and places only."""
from __future__ import annotations

from datetime import date

from conflictlens.store import dedupe
from test_dedupe import FILLER, crime, report

GIRL = ("Two-year-old Keira Vantongeren died of a gunshot wound at Harlow Springs Hospital, said Dr. Osric Pellinore, the Brill County coroner. Her stepfather Lucan Dravecky was "
        "charged. Dr. Osric Pellinore said an autopsy is pending. ")
BOY = ("Deputies are looking into how a boy of 15 came to be shot dead on Friday evening. Tobin Quarrender was "
       "shot on Wexford Road in Harlow Springs, said Dr. Osric Pellinore, Brill County coroner. He was "
       "pronounced dead at Harlow Springs Hospital. ")

TOWN_NEWS = "The Brill County board voted to expand Harlow Springs Hospital and the Riverside library."


def test_a_name_after_an_examiners_title_is_no_persons_identity():
    assert dedupe.report_people("said Dr. Osric Pellinore, the coroner") == []
    assert dedupe.report_people("said coroner Osric Pellinore") == []
    assert dedupe.report_people("Osric Pellinore was shot") == ["osric pellinore"]


def test_crimes_days_apart_sharing_only_their_coroner_are_two_incidents(store):
    store.add_report(report("filler", text=FILLER, published=date(2021, 5, 1)), [])
    # the town's hospital and county are in its other news too: no one's identity either
    for n in range(3):
        store.add_report(report(f"town{n}", text=TOWN_NEWS + f" Meeting {n}.", published=date(2021, 4, 1 + n)), [])
    girl = store.add_report(report("g1", text=GIRL, published=date(2021, 5, 3)), [crime(admin2="Brill County")])[0].event_id_cnty
    boy = store.add_report(report("b1", text=BOY, published=date(2021, 5, 6)), [
        crime(event_date=date(2021, 5, 6), admin2="Brill County")])
    assert [e.event_id_cnty for e in boy] != [girl]
    assert store.event(girl).article_ids == ("g1",)
