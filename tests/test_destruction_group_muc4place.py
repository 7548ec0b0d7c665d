"""Property destroyed with no party named in its own sentences, in a report of one named
armed group's attacks, is that group's doing (muc4place): an ACLED row names who acted."""
from __future__ import annotations

from conflictlens.model import Report

_ONE_GROUP = (
    "SAN SALVADOR, 21 APR 89 (ACAN) -- [TEXT] FMLN GUERRILLAS TODAY ATTACKED THE\n"
    "ARMY GARRISON IN SENSUNTEPEQUE, KILLING TWO SOLDIERS.\n\n"
    "   A MILITARY SPOKESMAN ALSO SAID THAT THE TOWN HALL WAS DESTROYED AND FOUR\n"
    "HOUSES WERE BURNED IN ILOPANGO, EAST OF THE CAPITAL.\n")


def _rows(pipeline, text):
    return {e.location: (e.sub_event_type, e.actor1) for e in pipeline.process(Report(id="t", text=text))}


def test_unclaimed_destruction_is_the_reports_one_group(pipeline):
    rows = _rows(pipeline, _ONE_GROUP)
    sub, actor1 = rows["Ilopango"]
    assert sub == "Looting/property destruction" and actor1.startswith("FMLN:")


def test_destruction_by_a_named_party_keeps_it(pipeline):
    text = _ONE_GROUP.replace("THE TOWN HALL WAS DESTROYED AND FOUR\nHOUSES WERE BURNED",
                              "SOLDIERS DESTROYED THE TOWN HALL AND BURNED FOUR\nHOUSES")
    rows = _rows(pipeline, text)
    assert not rows.get("Ilopango", ("", ""))[1].startswith("FMLN:")
