"""A toll told inside the phrase of another incident noun that its own date puts on another day
("a block away from a May 2014 shooting that killed a boy") is that older
incident's, not the toll of the violence the sentence tells. Invented reports."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report


def _tolls(p, text: str) -> list[tuple[str, int]]:
    a = p.analyse(Report(id="t", title="", text=text, published=date(2016, 5, 10)))
    return sorted((str(e.event_date), e.fatalities) for e in a.events if e.sub_event_type == "Shooting")


def test_an_older_shooting_s_dead_told_beside_the_news_are_not_its_toll(violence_pipeline):
    text = ("DUNMORE, Pa. (WXYZ) - A 9-year-old boy was wounded by a stray bullet Monday evening in his bedroom "
            "on Pine Street in Dunmore.\n\n"
            "The gunfire Monday night happened a block away from a May 2014 shooting that killed a "
            "15-year-old boy.\n")
    assert ("2016-05-09", 0) in _tolls(violence_pipeline, text)


def test_the_news_own_dead_in_such_a_sentence_still_count(violence_pipeline):
    text = ("DUNMORE, Pa. (WXYZ) - A man was shot dead Monday evening on Pine Street in Dunmore, a block "
            "away from a May 2014 shooting that hurt a 15-year-old boy.\n")
    assert _tolls(violence_pipeline, text) == [("2016-05-09", 1)]
