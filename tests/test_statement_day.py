"""The day of a statement about the violence ("On Friday, the coroner confirmed the two died", "the
sheriff said Monday") never dates the violence as the paragraph's date: the violence takes the day told before; when
its own sentence tells nothing but the statement's day, that day bounds it (issue 6). Invented
reports; real town names."""
from __future__ import annotations

from datetime import date

from conflictlens.model import Report

FRI = date(2015, 8, 28)  # a Friday: Thursday is the 27th, Monday the 24th


def _days(pipeline, title, body):
    r = Report(id="s", title=title, text=title + "\n\n" + body, published=FRI)
    return sorted(str(e.event_date) for e in pipeline.process(r) if e.event_type == "Other violence")


def test_a_confirmation_day_leaves_the_deaths_on_the_day_told_before(violence_pipeline):
    body = ("KNIGHTSTOWN, Ind. — Deputies found three bodies in a farmhouse near Knightstown on Thursday morning.\n\n"
            "On Friday, the county prosecutor confirmed the two boys and their uncle died of gunshot wounds.")
    assert _days(violence_pipeline, "Three found dead in Knightstown home", body) == ["2015-08-27"]


def test_a_statement_day_alone_is_the_latest_day_the_violence_can_have(violence_pipeline):
    """Nothing else dates the deaths: they came on or before the day they were confirmed, which is
    nearer than the report's own day (events/extractor.py, the africaprobe and warprobe rounds)."""
    body = "Two men died of gunshot wounds in Knightstown, the coroner confirmed on Monday."
    assert _days(violence_pipeline, "Two dead in Knightstown", body) == ["2015-08-24"]


def test_the_violence_s_own_day_still_dates_it(violence_pipeline):
    body = "Two men were shot dead in Knightstown on Thursday night, the coroner confirmed on Friday."
    assert _days(violence_pipeline, "Two dead in Knightstown", body) == ["2015-08-27"]
