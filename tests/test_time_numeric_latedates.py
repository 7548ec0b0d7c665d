"""A US report's numeric dates put the month first ("12/6/16" is December 6, not 12 June)."""
from datetime import date
from types import SimpleNamespace

from conflictlens.pipeline import month_first
from conflictlens.time import find_dates

TEXT = "The shooting on 2/6/16 outside a bar on Main Street left two men dead."


def _day(text, anchor, us):
    return [m.days for m in find_dates(text, anchor, month_first=us) if m.days][0][0]


def test_us_report_reads_month_first():
    # a US page of August 2016: February 6, though 2 June lies nearer before the page
    assert _day(TEXT, date(2016, 8, 20), True) == date(2016, 2, 6)
    # with no page date too
    assert _day(TEXT, None, True) == date(2016, 2, 6)


def test_other_reports_keep_day_first():
    assert _day(TEXT, None, False) == date(2016, 6, 2)
    assert _day(TEXT, date(2016, 8, 20), False) == date(2016, 6, 2)


def test_us_reading_after_the_page_gives_way():
    # "12/6/16" on a US page of 20 July 2016: December 6 has not come yet, 12 June has
    assert _day("Police said the attack on 12/6/16 was planned.", date(2016, 7, 20), True) == date(2016, 6, 12)


def _place(cc):
    return SimpleNamespace(country_code=cc, kind="name")


def test_month_first_from_outlet_else_places():
    assert month_first(SimpleNamespace(country_code="US"), [_place("GB")])
    assert not month_first(SimpleNamespace(country_code="GB"), [_place("US")])
    assert month_first(None, [_place("US"), _place("US"), _place("MX")])
    assert not month_first(None, [_place("US"), _place("MX")])
    assert not month_first(None, [])
