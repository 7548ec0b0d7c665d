"""Aftermath reports (a charge, a sentencing) code the incident they are about, on the
day they tell (issue 6, reports that coded no event). Invented reports.

- "killed by a gunshot wound" names its weapon: a shooting, dated by its own sentence,
  not the headline's charge on the page date;
- a sentencing story that recalls the shooting "18 months ago" (a month, over a year
  back: no row) and tells it on its day only as what the teen was charged with codes
  that charged incident, dated by the calendar date told after it ("sentenced Monday ...
  for shooting X on June 4, 2022"); a headline naming the case joins it.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _events(p: Pipeline, text: str, published: date) -> list[tuple[str, str, str]]:
    title = text.split("\n")[0]
    a = p.analyse(Report(id="t", title=title, text=text, published=published))
    return [(str(e.event_date), e.location, e.sub_event_type) for e in a.events]


CHARGED = ("Boy, 16, faces murder count over classmate's death\n\n"
           "TOPEKA, Kan. - A 16-year-old boy appeared before a judge on Monday.\n\n"
           "Corin Tasselby, 15, died nearly five months ago, on March 3, killed by a gunshot wound to the neck.\n\n"
           "Prosecutors say the boy was holding a loaded pistol in his bedroom in Topeka.\n")


SENTENCED = ("Teen gets probation in friend's death\n\n"
             "A Topeka judge on Thursday put Ellis Quenbrill, 17, on probation for two years for "
             "accidentally shooting and killing a close friend 18 months ago.\n\n"
             "\"It was a terrible mistake,\" his lawyer said.\n\n"
             "Quenbrill was charged with manslaughter for accidentally shooting Corin Tasselby, 15, in the chest "
             "on March 3, 2022, at his family's home.\n")


@pytest.mark.parametrize("text, published, expected", [
    # "killed by a gunshot wound" names its weapon: the shooting, on its own sentence's day
    (CHARGED, date(2023, 7, 31), ("2023-03-03", "Topeka", "Shooting")),
    # a sentencing story codes the charged shooting on the day told after it
    (SENTENCED, date(2023, 9, 14), ("2022-03-03", "Topeka", "Accidental shooting")),
])
def test_an_aftermath_report_codes_its_incident_on_its_day(wide, text, published, expected):
    assert _events(wide, text, published) == [expected]


NEWS_AND_CHARGE = ("Man shot outside Topeka bar\n\n"
                   "A man was shot outside a bar on Quarry Lane in Topeka, Kansas, late Saturday, police said.\n\n"
                   "In a separate case, a neighbour was charged with murder for shooting Corin Tasselby "
                   "on March 3, 2022.\n")


def test_news_of_its_own_still_leaves_a_charged_incident_out(wide):
    dates = [d for d, _, _ in _events(wide, NEWS_AND_CHARGE, date(2023, 9, 18))]
    assert dates == ["2023-09-16"]


HEADLINE_PLACE = ("Teen Held in Death of Beloved Toledo Mom\n\n"
                  "A 19-year-old has confessed to killing a young mother, who died on Friday after she was "
                  "hit by bullets meant for someone else, detectives said.\n")


def test_a_headline_mom_is_no_name_hiding_the_only_place(wide):
    """The body names no place: the headline's town places the killing ("Mom" is a common word)."""
    violent = [(d, loc) for d, loc, sub in _events(wide, HEADLINE_PLACE, date(2023, 5, 8)) if sub != "Arrests"]
    assert violent == [("2023-05-05", "Toledo")]


def test_a_sentence_dates_the_shooting_by_the_calendar_date_after_it(wide):
    """The parser hangs "on June 4, 2022" on "sentenced": still the shooting's day, not the page's."""
    text = ("Neighbour gets prison term\n\n"
            "A Topeka man was sentenced Monday to 25 years in prison for fatally shooting his neighbour, "
            "Orlin Deck, on June 4, 2022.\n")
    assert [d for d, _, _ in _events(wide, text, date(2023, 9, 18))] == ["2022-06-04"]


def test_a_headline_naming_the_case_is_no_news_of_its_own(wide):
    """"Man charged in Topeka shooting" summarises the charge the body tells: the charged shooting
    is coded on its day, the headline joins it."""
    text = ("Man charged in Topeka shooting\n\n"
            "A Topeka man was charged with murder on Monday for shooting his neighbour, Orlin Deck, "
            "on June 4, 2022.\n")
    assert [d for d, _, _ in _events(wide, text, date(2023, 9, 18))] == ["2022-06-04"]
