"""An editor's dated insert closing a hard-wrapped line of wire copy ("ON TUESDAY [3 MAY]")
falls inside a sentence: the line runs on, and the sentence keeps its paragraph (and the
place that paragraph names). Invented reports, real place names."""
from __future__ import annotations

from conflictlens.model import Report
from conflictlens.nlp.parser import prepare_text


def test_wire_copy_runs_on_past_a_dated_insert_at_a_line_end():
    text = "THE ENVOY IN QUITO ASKED FOR AN INQUIRY.  ON TUESDAY [3 MAY] \nA LOCAL RADIO SAID REBELS DID IT.\n"
    out = prepare_text(text, hard_wrapped=True)
    assert len(out) == len(text) and "\n" not in out.rstrip("\n")
    # (an insert of no date, "[END RECORDING]", still closes its line)
    assert "\n" in prepare_text("WE WILL WIN. [END RECORDING]\nTHE ARMY SAID SO.\n", hard_wrapped=True).rstrip("\n")


_ENVOY = ("LIMA, 5 MAY 90 (APA) -- [TEXT] THE MINISTER CONDEMNED THE KILLING OF A VIENNA NURSE WORKING\n"
          "IN PERU.\n\n"
          "   THE AMBASSADOR IN LIMA WAS TOLD TO PRESS FOR AN INQUIRY.  ON TUESDAY [3 MAY] \n"
          "A LOCAL RADIO STATION CLAIMED THE SHINING PATH HAD MURDERED HER.  A VIENNA\n"
          "UNIVERSITY PROFESSOR CALLED THE CLAIM FALSE.\n")


def test_a_killing_after_a_dated_insert_keeps_its_paragraphs_town(pipeline):
    events = pipeline.process(Report(id="t", text=_ENVOY))
    assert events and {e.country for e in events} == {"Peru"}
