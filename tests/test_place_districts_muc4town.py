"""A name the gazetteer gives no reading for in the report (a place of another country's name
inside it), told with a neighbourhood's word in wire copy, is a district of the report's city
("Lima - X"), unless the report puts it in another town. Invented reports, real town names."""
from __future__ import annotations

from conflictlens.model import Report

_DISTRICT = ("LIMA, 7 MAY 90 (EFE) -- [TEXT] A FORMER MAYOR WAS SHOT DEAD A WHILE AGO IN THE\n"
             "NUEVA BOLIVIA NEIGHBORHOOD.  TWO GUNMEN FIRED ON HIM AS HE LEFT A BAKERY, THE POLICE SAID.\n")


def test_a_name_read_as_nothing_with_a_district_word_is_the_citys_district(pipeline):
    events = pipeline.process(Report(id="t", text=_DISTRICT))
    assert events and {e.location for e in events} == {"Lima - Nueva Bolivia"}


_OTHER_TOWN = ("BOGOTA, 7 MAY 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED OUTSIDE A BANK IN NUEVA BOLIVIA, CALI,\n"
               "EARLY TODAY.  IT WAS THE THIRD SUCH BOMBING IN THE NUEVA BOLIVIA AREA.\n")


def test_a_name_the_report_puts_in_another_town_is_not_the_citys(pipeline):
    events = pipeline.process(Report(id="t", text=_OTHER_TOWN))
    assert events and not any(e.location.startswith("Bogota") for e in events)
