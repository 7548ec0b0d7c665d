"""A report that tells a killing only as the object of a statement ("blamed the rebels for the
murder of X") codes it from that statement, where the sentence (else the dateline's town) places
it; never beside a killing the report tells itself, nor at a dateline abroad. A killing told with no
place in a report that codes nothing else is at the dateline's town too. Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

_HOME = "BOGOTA, Colombia"
_STATEMENT = ("{dateline} (AP) - President Ivan Marquez on Tuesday blamed leftist rebels for the murder of "
              "{who} Ramon Ortega, a spokesman for the prosecutors said.\n\n"
              "The president said in a speech that the rebels would answer for it.\n")


def _events(pipeline, text: str):
    return pipeline.analyse(Report(id="t", title="", text=text, published=date(2023, 5, 30))).events


def test_a_killing_told_only_in_a_statement_is_coded_at_the_dateline(pipeline):
    report = _STATEMENT.format(dateline=_HOME, who="judge")
    events = _events(pipeline, report)
    assert [(e.location, e.fatalities, e.event_date) for e in events] == [("Bogota", 1, date(2023, 5, 30))]


def test_a_statement_filed_abroad_about_another_countrys_victim_places_nothing(pipeline):
    assert _events(pipeline, _STATEMENT.format(dateline="QUITO, Ecuador", who="Colombian judge")) == []


def test_a_killing_the_report_tells_is_coded_once(pipeline):
    report = _STATEMENT.format(dateline=_HOME, who="judge")
    text = report.replace(
        "The president said in a speech that the rebels would answer for it.",
        "Ortega was shot dead on Sunday outside his home in Medellin by two gunmen on a motorcycle.")
    events = _events(pipeline, text)
    assert [(e.location, e.fatalities) for e in events] == [("Medellin", 1)]



_PLACELESS = ("{dateline} (AP) - Unrest spread across the region on Tuesday, officials said.\n\n"
              "The deputy minister Ramon Ortega was shot dead on Tuesday at his home by two gunmen{where}.\n")


def test_a_placeless_killing_in_a_report_that_codes_nothing_else_is_at_the_dateline(pipeline):
    events = _events(pipeline, _PLACELESS.format(dateline="LIMA, Peru", where=""))
    assert [(e.location, e.fatalities) for e in events] == [("Lima", 1)]


def test_a_placeless_killing_is_not_put_at_a_dateline_abroad(pipeline):
    events = _events(pipeline, _PLACELESS.format(dateline="LIMA, Peru", where="").replace(
        "The deputy minister", "The Bolivian deputy minister"))
    assert events == []


def test_a_killing_told_of_a_whole_country_is_not_put_at_the_dateline(pipeline):
    events = _events(pipeline, _PLACELESS.format(dateline="LIMA, Peru", where=" in several parts of Peru"))
    assert all(e.location != "Lima" for e in events)
