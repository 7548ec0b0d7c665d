"""The dedupe benchmark reads a report's date line as its publication date when the dataset
gives none; an abbreviated month with its period ("Dec . 20") must not be misread."""
import pytest

from bench_helpers import load_bench


@pytest.fixture(scope="module")
def bench():
    return load_bench("eval_dedupe")


@pytest.mark.parametrize("line, day", [
    ("Filed : Monday , Mar . 14 2016 6:40 PM", "2016-03-14"),
    ("Last updated : Sep 9 , 2014 at 7 : 15 PM EDT", "2014-09-09"),
    ("Feb . 2 , 2010", "2010-02-02"),
    ("Posted Jun 3 , 2012 4 : 05 PM", "2012-06-03"),
    ("WEDNESDAY , JULY 17 , 2019", "2019-07-17"),
    ("Revised 21 October 2015", "2015-10-21"),
])
def test_date_lines_give_the_day(bench, line, day):
    assert bench.page_date(line + "\nThe council met late into the night.") == day


@pytest.mark.parametrize("line", [
    "The mayor said 12 of the 2010 ballots were lost",
    "Feb . 30 , 2010",
])
def test_lines_without_a_real_day_give_none(bench, line):
    assert bench.page_date(line) is None
