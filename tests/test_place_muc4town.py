"""Places in re-cased all-capital wire copy: a name cut by the copy's hard wrap. Invented
reports, real place names."""
from __future__ import annotations

from conflictlens.model import Report
from conflictlens.nlp.truecase import restore_case

NAMES = {"san miguel": "San Miguel", "la paz": "La Paz", "december": "December"}


def test_a_name_cut_by_a_line_wrap_is_recased_and_keeps_the_wrap():
    text = "A BOMB WENT OFF IN LA\nPAZ ON 30 DECEMBER.  THE ARMY SAID SO."
    out = restore_case(text, NAMES.get)
    assert len(out) == len(text)
    assert out == "A bomb went off in La\nPaz on 30 December.  The army said so."


_WRAPPED = ("SAN SALVADOR, 12 FEB 90 (RADIO CADENA) -- [TEXT] TWO MASKED GUNMEN LATE LAST NIGHT SHOT\n"
            "DEAD A JUDGE OF THE APPEALS COURT OUTSIDE HIS FAMILY BAKERY IN SAN\n"
            "MIGUEL, A FIREMAN TOLD THIS STATION.\n")


def test_a_town_cut_by_a_line_wrap_is_the_events_place(pipeline):
    events = pipeline.process(Report(id="t", text=_WRAPPED))
    assert events and {e.location for e in events} == {"San Miguel"}
