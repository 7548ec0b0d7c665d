"""Arrest stories (issue #6): a sentence telling an arrest or charges over a killing with
no weapon word ("arrested over the killing of X", "suspected in the killing of X"), or a
follow-up phrase referring to one ("in connection with the killing of X"), names the
incident the story is about: an ``Other violence`` homicide coded as a reference (kept only
when the report tells no violence of its own). An undated arrest story so keeps a violent
undated mention, by which the store links it to the killing it is about. Invented reports,
on SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import Report
from conflictlens.pipeline import Pipeline, Settings
from test_dedupe import store  # noqa: F401  (fixture)

PAGE = date(2016, 5, 12)


@pytest.fixture(scope="module")
def wide() -> Pipeline:
    return Pipeline(settings=Settings(scope="all-violence"))


def _report(rid: str, title: str, body: str, published: date | None = PAGE) -> Report:
    return Report(id=rid, title=title, text=title + "\n\n" + body, published=published, source="Test Daily")


def _violent(rows):
    return [(e.event_type, e.sub_event_type, e.location) for e in rows if e.event_type != "Strategic developments"]


@pytest.mark.parametrize("sentence", [
    "A 24-year-old man was arrested over the killing of Jamal Tennant in Dayton, Ohio, police said.",
    "Police in Dayton, Ohio, said a 30-year-old man is suspected in the killing of Jamal Tennant.",
    "Police in Dayton, Ohio, arrested a man in connection with the killing of Jamal Tennant.",
])
def test_an_arrest_over_a_killing_codes_the_killing(wide, sentence):
    events = wide.process(_report("a", "Man held in Dayton", sentence + " He is held without bond."))
    assert ("Dayton",) == tuple({loc for *_, loc in _violent(events)})
    assert all(t in ("Other violence", "Violence against civilians") for t, *_ in _violent(events))


def test_a_dated_reference_takes_the_page_date(wide):
    events = wide.process(_report("b", "Suspect held", "Police in Dayton, Ohio, arrested a man in connection "
                                                       "with the killing of Jamal Tennant."))
    [e] = [e for e in events if e.event_type == "Other violence"]
    assert (e.sub_event_type, e.event_date, e.time_precision) == ("Homicide", PAGE, 1)


def test_an_undated_arrest_story_keeps_an_undated_homicide(wide):
    a = wide.analyse(_report("c", "Man held in Dayton teen's death",
                             "A 24-year-old man was arrested over the killing of Jamal Tennant in Dayton, Ohio, "
                             "police said. He is due in court on Friday.", published=None))
    assert a.events == []
    assert _violent(a.undated) == [("Other violence", "Homicide", "Dayton")]


@pytest.mark.parametrize("body", [
    # a killing told with no arrest and no weapon: no homicide of this lexicon (as before)
    "Jamal Tennant was killed in a crash on Interstate 75 in Dayton, Ohio, police said.",
    # an arrest over no killing
    "Police in Dayton, Ohio, arrested a man over a string of burglaries on Main Street.",
])
def test_no_homicide_without_an_arrest_over_a_killing(wide, body):
    events = wide.process(_report("d", "Dayton news", body))
    assert not [e for e in events if e.sub_event_type == "Homicide"]


def test_a_report_telling_its_own_shooting_codes_no_referred_killing(wide):
    events = wide.process(_report("e", "Man shot in Dayton",
                                  "A man was shot and wounded outside a bar in Dayton, Ohio, on Wednesday night. "
                                  "Police said he had been arrested last year over the killing of his cousin."))
    assert [sub for _, sub, _ in _violent(events)] == ["Shooting"]


def test_store_links_an_undated_arrest_story_to_the_killing(wide, store):  # noqa: F811
    first = _report("first", "Man shot dead in Dayton",
                    "Jamal Tennant, 17, was shot dead outside his home on Quarry Lane in Dayton, Ohio, on "
                    "Saturday night, police said. His mother Loretta Tennant said he loved football.",
                    published=date(2016, 5, 1))
    store.add_report(first, wide.process(first))
    later = _report("later", "Man held in Dayton teen's death",
                    "Marcus Pell, 24, was arrested over the killing of Jamal Tennant on Quarry Lane in Dayton, "
                    "Ohio, police said. Loretta Tennant thanked the detectives.", published=None)
    a = wide.analyse(later)
    store.add_report(later, a.events, undated=a.undated)
    [e] = [x for x in store.events_for("first") if x.event_type != "Strategic developments"]
    told = store.events_for("later") + store.events_for("later", role="related")
    assert e.event_id_cnty in [x.event_id_cnty for x in told]
