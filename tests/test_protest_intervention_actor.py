"""A protest broken up by someone the report does not name ("15 people were arrested", "the
crowd was dispersed with tear gas") has the state's police as actor2, as ACLED codes it (spec
§2.6: arrests without a named actor are the state's); a named force stays the one named, and a
peaceful protest has no actor2. Invented reports only."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report


def _protests(pipeline, text: str):
    r = Report(id="intervened", title="", text=text, published=date(2024, 3, 8))
    return [(e.sub_event_type, e.actor1, e.actor2, e.inter2) for e in pipeline.analyse(r).events
            if e.event_type == "Protests"]


def test_unnamed_arrests_at_a_march_are_the_polices(pipeline):
    text = ("KUMASI, Ghana (Reuters) - Hundreds of teachers marched through Kumasi on Monday to demand unpaid "
            "wages.\n\nA spokesman said 15 people were arrested.\n")
    [(sub, a1, a2, inter2)] = _protests(pipeline, text)
    assert sub == "Protest with intervention"
    assert a1.startswith("Protesters (Ghana)")
    assert a2.startswith("Police Forces of Ghana") and inter2 == 1


_MARKET = "TAMALE, Ghana - Several hundred traders protested in Tamale on Monday against new market fees. "


@pytest.mark.parametrize("told, sub, actor2", [
    # broken up by no one named: the police
    ("The crowd was dispersed with tear gas after two hours.", "Protest with intervention", "Police Forces of Ghana"),
    # a named force stays the one named
    ("Soldiers dispersed the crowd with tear gas after two hours.", "Protest with intervention",
     "Military Forces of Ghana"),
    # a peaceful protest has no actor2
    ("The crowd left peacefully after two hours.", "Peaceful protest", ""),
])
def test_who_broke_a_protest_up_is_its_actor2(pipeline, told, sub, actor2):
    [(got_sub, _, a2, _)] = _protests(pipeline, _MARKET + told + "\n")
    assert got_sub == sub
    assert (a2 or "").startswith(actor2) and bool(a2) == bool(actor2)
