"""An event named as what something is about ("a recording of him boasting about the
shooting") or as what someone boasts of is told elsewhere: the sentence's date is that of
the telling (a trial's Monday), never the event's. Invented reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings

WED = date(2016, 5, 11)


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _days(p: Pipeline, text: str) -> list[str]:
    a = p.analyse(Report(id="t", title="", text=text, published=WED))
    return sorted(str(e.event_date) for e in a.events if e.sub_event_type == "Shooting")


@pytest.mark.parametrize("text", [
    # "about" hangs on the recording or on the boasting, as the parser reads it
    "Jury weighs the case\n\nA Fresno jury on Tuesday weighed the case against Tom Vickers. Jurors on Monday "
    "asked to see again a phone video of Vickers boasting about the shooting to fellow prisoners.\n",
    "Jury weighs the case\n\nA Fresno jury on Tuesday weighed the case against Tom Vickers. On Monday the "
    "jurors watched Vickers boast of the shooting to his cellmates in Fresno, California.\n",
])
def test_the_telling_day_does_not_date_the_event_told(wide, text):
    assert "2016-05-09" not in _days(wide, text)
