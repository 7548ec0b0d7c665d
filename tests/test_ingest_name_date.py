"""A report saved under a file name carrying its day is dated by it, last of all sources."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.ingest import read_reports
from conflictlens.ingest.common import file_name_date
from conflictlens.pipeline import Pipeline, Settings

REPORT = """Gunmen attack police checkpoint in Baqubah
Gunmen attacked a police checkpoint in Baqubah on Friday night, killing three policemen and
wounding two others, a security source in Diyala province said.
"""

DATELINED = """BAQUBAH, Iraq, May 14, 2023 - Gunmen attacked a police checkpoint in Baqubah on Friday
night, killing three policemen and wounding two others, a security source said.
"""


@pytest.mark.parametrize("name, day", [
    ("baqubah-2023-05-07.txt", date(2023, 5, 7)),
    ("2023_05_07_baqubah.html", date(2023, 5, 7)),
    ("reuters.2023.05.07.txt", date(2023, 5, 7)),
    ("/some/folder/2019-12-31.txt", date(2019, 12, 31)),
])
def test_year_first_days_in_names(name, day):
    assert file_name_date(name) == day


@pytest.mark.parametrize("name", [
    "baqubah.txt", "07-05-2023.txt", "2023-13-40.txt", "2023-05_07.txt", "12023-05-07.txt",
    "2023-02-30.txt", "<stdin>", "",
])
def test_no_day_in_names(name):
    assert file_name_date(name) is None


def _one(tmp_path, name, text, published=None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [report] = list(read_reports([str(path)], published=published))
    return report


def test_reader_keeps_the_name_day_apart_from_the_publication_date(tmp_path):
    report = _one(tmp_path, "baqubah-2023-05-07.txt", REPORT)
    assert report.published is None and report.name_date == date(2023, 5, 7)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(settings=Settings())


def test_undated_report_is_dated_by_its_file_name(tmp_path, pipeline):
    report = _one(tmp_path, "baqubah-2023-05-07.txt", REPORT)
    [(_, events)] = list(pipeline.process_many([report]))
    assert [e.event_date for e in events] == [date(2023, 5, 5)]


def test_the_command_line_date_outranks_the_name(tmp_path, pipeline):
    report = _one(tmp_path, "baqubah-2023-05-07.txt", REPORT, published=date(2023, 6, 11))
    [(_, events)] = list(pipeline.process_many([report]))
    assert [e.event_date for e in events] == [date(2023, 6, 9)]


def test_a_dateline_outranks_the_name(tmp_path, pipeline):
    report = _one(tmp_path, "baqubah-2023-05-07.txt", DATELINED)
    [(_, events)] = list(pipeline.process_many([report]))
    assert [e.event_date for e in events] == [date(2023, 5, 12)]


def test_without_a_day_in_the_name_nothing_is_dated(tmp_path, pipeline):
    report = _one(tmp_path, "baqubah.txt", REPORT)
    [(_, events)] = list(pipeline.process_many([report]))
    assert events == []
