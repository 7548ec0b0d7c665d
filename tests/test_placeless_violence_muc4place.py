"""A report that codes nothing else and tells an act of violence with no place (no one killed:
"two of the charges went off in the children's bedroom") codes it at the dateline's town, as
it already did a killing; not a kind of act named in general ("denounced summary executions
and kidnappings"), and not an incident an earlier sentence tells in another country. Invented
reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _events(pipeline, text: str):
    return pipeline.analyse(Report(id="t", title="", text=text, published=date(2023, 5, 30))).events


_INTERVIEW = ("QUITO, Ecuador (AP) - The mayor spoke to reporters on Tuesday about the night before.\n\n"
              "\"At about five this morning, somebody threw three charges over the wall of the house. "
              "Two of the charges exploded in the bedroom where the children were sleeping,\" the mayor "
              "said. \"Thank God only one girl was hurt, and not seriously.\"\n\n"
              "He said the people behind it wanted to frighten his family.\n")


def test_a_placeless_explosion_in_a_report_that_codes_nothing_else_is_at_the_dateline(pipeline):
    events = _events(pipeline, _INTERVIEW)
    assert [(e.location, e.event_type) for e in events] == [("Quito", "Explosions/Remote violence")]


def test_a_placeless_explosion_is_not_put_at_a_dateline_abroad(pipeline):
    text = _INTERVIEW.replace("where the children", "where the Colombian children")
    assert _events(pipeline, text) == []


_GENERIC = ("QUITO, Ecuador (AP) - A human rights committee issued a report on Tuesday.\n\n"
            "The committee said that abuses go on in the country and denounced summary executions, "
            "disappearances and kidnappings of union leaders.\n\n"
            "The committee's president handed the document to reporters.\n")


def test_acts_named_in_general_are_no_incident_at_the_dateline(pipeline):
    assert _events(pipeline, _GENERIC) == []


_ABROAD = ("QUITO, Ecuador (AP) - The president on Tuesday put off his trip to Europe, a spokesman said.\n\n"
           "The spokesman denied that the delay had to do with the bombing of a union office in Bolivia "
           "three days ago.\n\n"
           "After learning of the bombing, the rebels said they would review their offer of talks.\n")


def test_an_incident_told_before_in_another_country_is_not_put_at_the_dateline(pipeline):
    assert _events(pipeline, _ABROAD) == []
