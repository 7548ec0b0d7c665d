"""A weekday told in a sentence of a suspect's appearance in court ("was back in court
Thursday", "was arraigned Monday in the killing": data/store/appearance_cues.txt,
store.dedupe.told_as_appearance) dates that step, not the violence the sentence names as the
accusation: it is no weekday of the incident of a report with no date (Report.incident_weekdays),
so it does not keep the report from its killing's dated event. Invented reports."""
from __future__ import annotations

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from conflictlens.store import dedupe


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def test_which_sentences_tell_an_appearance():
    assert dedupe.told_as_appearance("The boy accused of shooting his cousin was back in court Thursday.")
    assert dedupe.told_as_appearance("She was arraigned Monday in the stabbing of her neighbour.")
    # a charge or an accusation names the violence with its own day: no appearance
    assert not dedupe.told_as_appearance("She is charged with stabbing a clerk on Tuesday at a kiosk.")
    assert not dedupe.told_as_appearance("A clerk was shot dead late Sunday outside a pharmacy.")
    # neighbours hearing the shots: no hearing of a court
    assert not dedupe.told_as_appearance("Neighbours said they heard shots on Friday night.")


@pytest.mark.parametrize("text, weekdays", [
    ("A 15-year-old girl accused of fatally shooting her cousin in Kansas City, Missouri, was back in court "
     "Thursday.", ""),
    # the shooting's own weekday is kept
    ("A 34-year-old cook was shot dead late Sunday outside a laundromat in Kansas City, Missouri, police said.",
     "Sun"),
])
def test_the_weekday_of_an_appearance_dates_no_violence(wide, text, weekdays):
    r = Report(id="t", title="", text="Kansas City shooting\n\n" + text, published=None)
    wide.analyse(r)
    assert r.incident_weekdays == weekdays
