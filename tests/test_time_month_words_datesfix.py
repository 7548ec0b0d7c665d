"""Month names told as a noun's modifier and as a span's end (datesfix round); invented sentences."""
from __future__ import annotations

from datetime import date

from conflictlens.time import find_dates

D = date


def days(text: str, anchor: date) -> list[tuple[str, list[date]]]:
    return [(m.text, m.days) for m in find_dates(text, anchor)]


def test_march_between_a_determiner_and_a_noun_is_the_month():
    # "March" alone is passed over (a march, a name), but "the March handover" is dated like "the 2019 handover"
    assert days("The March handover of the border post will end the dispute at Veldor.", D(2021, 2, 9)) \
        == [("March", [D(2021, 3, 15)])]
    # ... but a march named as an event stays no month
    for text in ("The March on the ministry drew some 4,000 people.",
                 "The March drew thousands to the square in Veldor.",
                 "Organisers of the Women's March marched on the palace.",
                 "The March organizers said police blocked the bridge."):
        assert days(text, D(2021, 2, 9)) == [], text


def test_may_before_a_noun_after_a_possessive_determiner_is_the_month():
    assert days("Opposition leaders in Kessra rejected its May ballot as rigged.", D(2021, 8, 3)) \
        == [("May", [D(2021, 5, 15)])]


def test_a_month_a_span_runs_through_is_the_nearest_one_ahead():
    # an October page: "through January" is the coming January (three months on), not nine months back
    assert days("The army extended the curfew in Tarsh through January.", D(2020, 10, 20)) \
        == [("January", [D(2021, 1, 15)])]
    assert days("The road to Ebbor stays closed until February.", D(2020, 10, 20)) \
        == [("February", [D(2021, 2, 15)])]


def test_a_span_ends_in_the_nearer_month_ahead_or_gone():
    # an October page: March is five months ahead and seven gone, August ten ahead and two gone
    assert days("Aid convoys to Ebbor are suspended until March.", D(2020, 10, 20)) \
        == [("March", [D(2021, 3, 15)])]
    assert days("Attacks on the pipeline rose this year through August.", D(2020, 10, 20))[-1] \
        == ("August", [D(2020, 8, 15)])


def test_a_year_after_both_is_a_year():
    found = find_dates("Raids on Oruva rose in both 2011 and 2012.", D(2014, 5, 2))
    assert [(m.text, m.year) for m in found] == [("2011", 2011), ("2012", 2012)]


def test_a_year_said_in_words_is_a_year():
    # a broadcast transcript's years: after a preposition or "the year", never a bare count
    found = find_dates("Tarsh was shelled in nineteen seventy-nine and again by the year two thousand and one.",
                       D(1998, 2, 5))
    assert [(m.text, m.year) for m in found] == [("nineteen seventy-nine", 1979),
                                                 ("the year two thousand and one", 2001)]
    assert find_dates("The convoy of nineteen forty-ton trucks reached Oruva.", D(1998, 2, 5)) == []
