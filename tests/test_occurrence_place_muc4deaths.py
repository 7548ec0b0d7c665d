"""A relative clause telling where the incident happened ("which took place in X") places the
incident; other relative clauses still describe someone. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report

_LEAD = "Officials in the capital condemned the car bomb on Tuesday, the police said.\n\n"


def _events(pipeline, body: str):
    report = Report(id="t", title="", text=_LEAD + body, published=date(2023, 5, 30))
    return pipeline.analyse(report).events


@pytest.mark.parametrize("clause", ["which took place on a busy Cali avenue",
                                    "which occurred on a busy Cali avenue",
                                    "which happened near the market in Cali"])
def test_the_place_a_clause_tells_it_happened_in_is_the_incidents(pipeline, clause):
    events = _events(pipeline, f"In the terrorist action, {clause}, four pedestrians were killed and "
                               f"several others injured.\n")
    assert [(e.location, e.fatalities) for e in events] == [("Cali", 4)]


def test_a_clause_telling_of_someone_still_places_nothing(pipeline):
    events = _events(pipeline, "In the terrorist action, which the mayor, who lives in Cali, condemned, "
                               "four pedestrians were killed.\n")
    assert all(e.location != "Cali" for e in events)
