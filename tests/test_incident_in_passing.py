"""An incident a report names in passing, in a prepositional phrase its own sentence dates days
away from the story's ("linked the parolee to a shooting that occurred Monday" in a story of a
deputy shot Friday), is another incident: it does not re-date the story's incident, which a
date told around it dates (ECB+ train B-cubed 0.909 -> 0.914). A clause of its own ("the boy was
shot on Saturday") still dates the story. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

from test_episodes import TOWN, mention, rows

PUBLISHED = date(2023, 5, 14)  # a Sunday


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _events(p: Pipeline, text: str) -> list[tuple[str, int]]:
    a = p.analyse(Report(id="t", title="", text=text, published=PUBLISHED))
    return sorted((str(e.event_date), e.fatalities or 0) for e in a.events)


def test_a_shooting_named_in_passing_does_not_redate_the_story(wide):
    text = ("Deputy shot dead at an apartment door\n\n"
            "On Friday afternoon, a sheriff's deputy went to an apartment complex in Bakersfield, "
            "California, to look for a parolee.\n\n"
            "The deputy, Tom Haverly, 41, was shot in the head at the door and died at the scene, police said.\n\n"
            "Detectives had linked the parolee to a shooting that occurred Monday on the east side "
            "of Bakersfield.\n")
    assert ("2023-05-12", 1) in _events(wide, text)


def test_a_sentence_of_its_own_still_dates_the_story(wide):
    text = ("Boy shot near his home\n\n"
            "On Tuesday afternoon, neighbours in Bakersfield, California, gathered for a vigil.\n\n"
            "A 6-year-old boy was shot and killed near his home in Bakersfield.\n\n"
            "The boy was shot on Saturday afternoon on a quiet street, the coroner said.\n")
    assert [d for d, _ in _events(wide, text)] == ["2023-05-13"]


def test_a_mention_in_passing_days_apart_starts_its_own_episode():
    told = mention("Other violence", "Shooting", places=[TOWN], days=[date(2023, 5, 12)], source="narrative",
                   deaths=[(1, "")])
    told.date_text = "Friday afternoon"
    passing = mention("Other violence", "Shooting", places=[TOWN], days=[date(2023, 5, 8)], index=1)
    passing.in_passing = True
    out, _ = rows([told, passing])
    assert sorted(str(r.event_date) for r in out) == ["2023-05-08", "2023-05-12"]
