"""Mechanics of the date resolver (spec §5), pinned with invented sentences."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conflictlens.time import find_dates, governing_date, resolve_expression

SUN = date(2022, 1, 23)  # a Sunday
WED = date(2022, 1, 19)
D = date


def one(text: str, anchor=SUN):
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


def days(text: str, anchor=SUN):
    return one(text, anchor).days


# ---------------------------------------------------------------- weekdays

@pytest.mark.parametrize("text, expected", [
    ("Rebels attacked the town on Friday.", D(2022, 1, 21)),
    ("Friday's attack left the market in ruins.", D(2022, 1, 21)),
    ("The raid began Thursday night.", D(2022, 1, 20)),
    ("Shelling resumed late on Tuesday.", D(2022, 1, 18)),
    ("Gunmen struck on Sunday.", D(2022, 1, 23)),  # anchor is itself a Sunday
    ("Clashes erupted on Saturday morning.", D(2022, 1, 22)),
    ("Troops withdrew last Sunday.", D(2022, 1, 16)),  # "last" excludes the anchor day
])
def test_weekday_is_most_recent_on_or_before_anchor(text, expected):
    m = one(text)
    assert m.days == [expected]
    assert m.precision == 1 and m.relative


def test_weekday_never_after_anchor_in_past_tense():
    for wd in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        assert days(f"The convoy was ambushed on {wd}.", WED)[0] <= WED


def test_weekday_future_only_with_future_cue():
    assert days("The talks will resume on Friday.", WED) == [D(2022, 1, 21)]
    assert days("The talks resumed on Friday.", WED) == [D(2022, 1, 14)]
    assert days("Elections are set for next Monday.", WED) == [D(2022, 1, 24)]


def test_possessive_keeps_its_apostrophe_s_in_text():
    m = one("Friday's bombing killed four.")
    assert m.text == "Friday's"


# ---------------------------------------------------------------- relative days

@pytest.mark.parametrize("text, expected", [
    ("Yesterday, militants shelled the camp.", D(2022, 1, 22)),
    ("Two soldiers died late yesterday.", D(2022, 1, 22)),
    ("A car bomb exploded last night.", D(2022, 1, 22)),
    ("Protesters gathered today.", D(2022, 1, 23)),
    ("Police dispersed a crowd this morning.", D(2022, 1, 23)),
    ("Fighting is expected to continue tonight.", D(2022, 1, 23)),
    ("The village was raided the day before yesterday.", D(2022, 1, 21)),
    ("The attack happened three days ago.", D(2022, 1, 20)),
    ("The attack happened 10 days ago.", D(2022, 1, 13)),
    ("The town fell a day ago.", D(2022, 1, 22)),
])
def test_relative_days(text, expected):
    m = one(text)
    assert m.days == [expected]
    assert m.precision == 1 and m.relative


# ---------------------------------------------------------------- week and month windows

def test_last_week_is_thursday_of_previous_week_precision_2():
    m = one("Airstrikes hit the area last week.")
    # SUN is a Sunday: the week just ended (Sunday 16 - Saturday 22 January) is last week
    assert m.days == [D(2022, 1, 20)] and m.precision == 2
    assert D(2022, 1, 16) <= m.days[0] <= D(2022, 1, 22)


def test_this_week_and_earlier_this_week_fall_inside_the_current_week():
    for text in ("Clashes broke out earlier this week.", "Clashes broke out this week."):
        m = one(text)
        assert m.precision == 2
        assert D(2022, 1, 17) <= m.days[0] < SUN
        assert m.days[0].weekday() in (2, 3)  # Wednesday or Thursday


def test_earlier_this_week_on_a_tuesday_is_monday():
    assert days("Clashes broke out earlier this week.", D(2022, 1, 18)) == [D(2022, 1, 17)]


def test_over_the_weekend():
    m = one("Rebels seized two villages over the weekend.", D(2022, 1, 24))
    assert m.days == [D(2022, 1, 22)] and m.precision == 2


@pytest.mark.parametrize("text, expected", [
    ("Fighting flared earlier this month.", D(2022, 1, 15)),
    ("Fighting flared last month.", D(2021, 12, 15)),
    ("Fighting flared late last month.", D(2021, 12, 31)),
    ("Fighting flared in January.", D(2022, 1, 15)),
    ("Fighting flared in early January.", D(2022, 1, 1)),
    ("Fighting flared in late December.", D(2021, 12, 31)),
    ("Fighting flared in mid-November.", D(2021, 11, 15)),
    ("Fighting flared in March 2019.", D(2019, 3, 15)),
])
def test_months_are_precision_3(text, expected):
    m = one(text)
    assert m.days == [expected] and m.precision == 3


def test_month_without_year_is_never_after_anchor():
    assert days("The group was founded in June.") == [D(2021, 6, 15)]


def test_may_and_march_as_words_are_not_dates():
    assert find_dates("Troops may march on the capital.", SUN) == []
    assert find_dates("the protest march reached the square", SUN) == []


def test_earlier_this_month_never_after_anchor():
    m = one("Fighting flared earlier this month.", D(2022, 1, 10))
    assert m.days[0] < D(2022, 1, 10) and m.precision == 3


# ---------------------------------------------------------------- absolute dates

@pytest.mark.parametrize("text, expected, relative", [
    ("The attack on 20 January killed six.", D(2022, 1, 20), True),
    ("The attack on January 20 killed six.", D(2022, 1, 20), True),
    ("The attack on the 20th of January killed six.", D(2022, 1, 20), True),
    ("The blast on Jan. 25, 2013 killed six.", D(2013, 1, 25), False),
    ("Report dated 2022-01-20.", D(2022, 1, 20), False),
    ("Incident logged on 20/01/2022.", D(2022, 1, 20), False),
    ("Incident logged on 12/25/2021.", D(2021, 12, 25), False),
    ("The attack on 3 March 2021 killed six.", D(2021, 3, 3), False),
])
def test_absolute_dates(text, expected, relative):
    m = one(text)
    assert m.days == [expected]
    assert m.precision == 1 and m.relative is relative


def test_day_month_without_year_takes_year_on_or_before_anchor():
    assert days("The attack on 25 December killed six.") == [D(2021, 12, 25)]
    assert days("The attack on 23 January killed six.") == [D(2022, 1, 23)]


def test_weekday_with_date_picks_the_matching_year():
    assert days("The editorial ran on Saturday, April 25.", D(1998, 4, 24)) == [D(1998, 4, 25)]


def test_late_on_a_day_is_that_day():
    m = one("Gunmen stormed the jail late on 20 January.")
    assert m.days == [D(2022, 1, 20)] and m.precision == 1 and m.text == "late on 20 January"
    assert days("The raid began late on Thursday night.") == [D(2022, 1, 20)]


def test_time_of_day_phrases_keep_the_named_day():
    m = one("The first wave came late at night on 20 January, when rebels attacked.")
    assert m.days == [D(2022, 1, 20)] and m.text == "late at night on 20 January"
    m = one("During the evening and night of 21 January, jets fired flares.")
    assert m.days == [D(2022, 1, 21)] and m.text.startswith("the evening and night of")


@pytest.mark.parametrize("text", [
    "A man was shot overnight Friday into Saturday outside a bar.",
    "A man was shot Friday night into Saturday morning outside a bar.",
    "A man was shot between Friday night and Saturday morning outside a bar.",
])
def test_one_night_across_midnight_is_the_nights_day(text):
    # the night is dated by its evening, as "Friday night" is: one day, not two
    assert days(text) == [D(2022, 1, 21)]


def test_days_told_apart_or_without_a_night_stay_days():
    assert days("Clashes raged Friday into Saturday.") == [D(2022, 1, 21), D(2022, 1, 22)]
    assert days("Shootings on Friday night and Saturday left two hurt.") == [D(2022, 1, 21), D(2022, 1, 22)]


def test_later_year_mention_does_not_hide_day():
    assert days("He was shot dead last Oct. 23 at his home.", D(1999, 4, 19)) == [D(1998, 10, 23)]


# ---------------------------------------------------------------- ranges and lists

def test_day_range_gives_every_day():
    assert days("Clashes between 20 and 23 January killed dozens.") == [
        D(2022, 1, 20), D(2022, 1, 21), D(2022, 1, 22), D(2022, 1, 23)]
    assert days("Fighting from 20 to 22 January.") == [D(2022, 1, 20), D(2022, 1, 21), D(2022, 1, 22)]
    assert days("Fighting on January 20-21, 2022.") == [D(2022, 1, 20), D(2022, 1, 21)]


def test_day_list_gives_named_days():
    assert days("Strikes on 20 and 22 January.") == [D(2022, 1, 20), D(2022, 1, 22)]


def test_cross_month_range():
    assert days("Fighting from 30 December to 2 January.", SUN) == [
        D(2021, 12, 30), D(2021, 12, 31), D(2022, 1, 1), D(2022, 1, 2)]


def test_weekday_ranges_and_lists():
    assert days("Fighting raged from Friday to Sunday.") == [D(2022, 1, 21), D(2022, 1, 22), D(2022, 1, 23)]
    assert days("Fighting continued throughout Friday and Saturday.") == [D(2022, 1, 21), D(2022, 1, 22)]
    assert days("Strikes hit on Friday and Saturday.") == [D(2022, 1, 21), D(2022, 1, 22)]
    assert days("Strikes hit on Thursday and Saturday.") == [D(2022, 1, 20), D(2022, 1, 22)]


# ---------------------------------------------------------------- background, anaphora

def test_years_are_not_codable():
    m = one("The group was founded in 2019.")
    assert m.days == [] and m.precision == 0
    assert find_dates("Police said 2019 people marched.", SUN) == []
    m = one("The ceasefire collapsed last year.")
    assert m.days == [] and m.precision == 0


def test_durations_and_ages_are_ignored():
    for text in ("The siege lasted three days.", "They fought for years.",
                 "the worst attack in years", "A 20-year-old man was shot.",
                 "The man, aged 45, was shot."):
        assert [m for m in find_dates(text, SUN) if m.days] == [], text


def test_anaphora_follows_narrative_time():
    found = find_dates("The attack began on 20 January. Clashes continued into the next day.", SUN)
    assert [m.days for m in found] == [[D(2022, 1, 20)], [D(2022, 1, 21)]]
    found = find_dates("Rebels took the town on 10 January. Two days later the army returned.", SUN)
    assert found[1].days == [D(2022, 1, 12)]
    found = find_dates("The raid was on 10 January; the day before, drones were seen.", SUN)
    assert found[1].days == [D(2022, 1, 9)]
    found = find_dates("On 10 January rebels attacked. A day later they withdrew.", SUN)
    assert found[1].days == [D(2022, 1, 11)]


def test_anaphora_without_earlier_mention_uses_anchor():
    assert days("The following day, the army returned.") == [D(2022, 1, 24)]


def test_no_anchor_resolves_only_dates_with_a_year():
    found = find_dates("On Friday, and on 20 January, and on 20 January 2022.", None)
    assert [m.days for m in found] == [[], [], [D(2022, 1, 20)]]
    assert found[0].relative and not found[2].relative


def test_offsets_are_into_full_text():
    text = "Intro line. The raid on Friday killed two."
    start = text.index("The")
    found = find_dates(text, SUN, start=start)
    assert text[found[0].start:found[0].end] == "Friday"
    assert find_dates(text, SUN, start=0, end=10) == []


def test_text_without_dates_is_empty():
    assert find_dates("Rebels and soldiers fought near the bridge.", SUN) == []
    assert find_dates("", SUN) == []


def test_resolve_expression_rules_then_dateparser():
    assert resolve_expression("last Friday", SUN).days == [D(2022, 1, 21)]
    m = resolve_expression("2 weeks ago", SUN)
    assert m is not None and m.days


# ---------------------------------------------------------------- governing date

def _sentence(text):
    return 0, len(text)


def test_governing_date_prefers_closest_in_sentence():
    text = "On Friday militants attacked the base, and on Saturday troops retook it."
    ms = find_dates(text, SUN)
    t = text.index("retook")
    g = governing_date(ms, t, t + 6, *_sentence(text), text=text)
    assert g.text == "Saturday"


def test_governing_date_skips_possessive_of_another_noun():
    text = "Troops deployed along the highway to prevent an attack resembling Friday's on the prison."
    ms = find_dates(text, SUN)
    t = text.index("deployed")
    assert governing_date(ms, t, t + 8, *_sentence(text), text=text) is None
    text = "Friday's attack killed six."
    ms = find_dates(text, SUN)
    t = text.index("attack")
    assert governing_date(ms, t, t + 6, *_sentence(text), text=text).days == [D(2022, 1, 21)]


def test_governing_date_skips_speech_dates_without_parse():
    text = "A joint force cleared the desert, a source revealed on Sunday."
    ms = find_dates(text, SUN)
    t = text.index("cleared")
    assert governing_date(ms, t, t + 7, *_sentence(text), text=text) is None
    text = "Yesterday, the director said that 28 fighters perished in the clashes."
    ms = find_dates(text, SUN)
    t = text.index("perished")
    assert governing_date(ms, t, t + 8, *_sentence(text), text=text) is None


def test_governing_date_with_dependency_parse():
    nlp = _nlp()
    text = "A source revealed on Sunday that rebels attacked the prison on Friday."
    doc = nlp(text)
    ms = find_dates(text, SUN)
    t = text.index("attacked")
    g = governing_date(ms, t, t + 8, 0, len(text), doc=doc)
    assert g is not None and g.text == "Friday"


def _nlp():
    try:
        from conflictlens.nlp.parser import load_nlp
        return load_nlp()
    except Exception as exc:  # model not installed here
        pytest.skip(f"spaCy model unavailable: {exc}")


# ---------------------------------------------------------------- seed

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "seed").exists(), reason="../shared absent")
def test_seed_dates():
    text = (SHARED / "seed" / "ghuwayran-2022-01-23.txt").read_text(encoding="utf-8")
    found = {m.text: m.days for m in find_dates(text, SUN)}
    assert found["Thursday night"] == [D(2022, 1, 20)]
    assert found["throughout Friday and Saturday"] == [D(2022, 1, 21), D(2022, 1, 22)]
    assert found["late at night on 20 January"] == [D(2022, 1, 20)]
    assert found["the next day"] == [D(2022, 1, 21)]
    assert found["the evening and night of 21 January"] == [D(2022, 1, 21)]
    assert found["Yesterday"] == [D(2022, 1, 22)]
    assert found["Friday's"] == [D(2022, 1, 21)]
    assert all(d <= SUN for ds in found.values() for d in ds)


def test_resolve_expression_fallback_and_its_guard():
    m = resolve_expression("a fortnight ago", SUN)  # not in the rules: dateparser
    assert m is not None and m.days == [D(2022, 1, 9)]
    m = resolve_expression("the 1990s", SUN)  # dateparser would echo the anchor
    assert m is None or not m.days


def test_a_day_month_just_ahead_is_not_read_as_almost_a_year_back():
    anchor = date(2000, 1, 5)
    (m,) = find_dates("The loan has to be repaid to the bank by Jan. 14.", anchor)
    assert m.days == [date(2000, 1, 14)]
    (m,) = find_dates("The fighting began on Dec. 28.", anchor)
    assert m.days == [date(1999, 12, 28)]
    (m,) = find_dates("The fighting began on 20 March.", date(2022, 1, 23))
    assert m.days == [date(2021, 3, 20)]  # well over 45 days ahead: the past year


def _governing_text(text: str, trigger: str):
    """The text of the date that governs the trigger's first occurrence in one sentence, or None."""
    from conflictlens.nlp import parse
    i = text.index(trigger)
    g = governing_date(find_dates(text, SUN), i, i + len(trigger), 0, len(text), parse(text))
    return g.text if g else None


@pytest.mark.parametrize("text, trigger, expected", [
    ("According to officials and villagers who arrived today in the town, 44 farmers were killed.", "killed", None),
    ("Residents who fled on Monday said rebels attacked the village.", "attacked", None),
    ("Residents who fled on Monday said rebels attacked the village on Saturday.", "attacked", "Saturday"),
    # a clause about the event itself still dates it
    ("The attack, which took place on Friday, killed five people.", "killed", "Friday"),
    ("Clashes that erupted on Thursday killed 45 militants.", "Clashes", "Thursday"),
])
def test_a_date_about_the_informant_does_not_date_the_event(text, trigger, expected):
    assert _governing_text(text, trigger) == expected


# ---------------------------------------------------------------- "a week after the shooting"

@pytest.mark.parametrize("text, expected, precision", [
    ("A week after the shooting, the family is still waiting for answers.", D(2022, 1, 16), 2),
    ("Three days after Tom Reed was shot outside his store, police have no suspect.", D(2022, 1, 20), 1),
    ("Two days after the attack, the market stays closed.", D(2022, 1, 21), 1),
    ("Nearly two weeks after the raid, the village is empty.", D(2022, 1, 9), 2),
    ("The town mourns. \"Four days after the blast, we still cannot sleep.\"", D(2022, 1, 19), 1),
])
def test_an_interval_opening_a_sentence_counts_back_from_the_anchor(text, expected, precision):
    m = one(text)
    assert (m.days, m.precision, m.relative) == ([expected], precision, True)


@pytest.mark.parametrize("text", [
    "He died three days after the attack.",  # counted from the death, not from the page
    "Police said two days after the raid that they had no suspect.",
])
def test_an_interval_inside_a_clause_is_not_read_from_the_anchor(text):
    assert find_dates(text, SUN) == []


def test_an_interval_whose_clause_dates_itself_gives_way():
    (m,) = find_dates("Two days after the attack on Friday, police arrested a man.", SUN)
    assert (m.text, m.days) == ("Friday", [D(2022, 1, 21)])


def test_an_interval_from_the_anchor_is_not_a_narrative_reference():
    found = find_dates("A week after the shooting, nobody is charged. The next day a vigil is planned.", SUN)
    assert [m.days for m in found] == [[D(2022, 1, 16)], [D(2022, 1, 24)]]


# ---------------------------------------------------------------- "the 2012 shooting"

@pytest.mark.parametrize("text", [
    "Relatives of the victims of the 2012 shooting met the mayor.",
    "The 2012 shooting left five people dead.",
    "He has lived in the town since 2012.",
])
def test_a_bare_year_is_a_year_not_a_day(text):
    m = one(text)
    assert (m.text, m.days, m.precision, m.year) == ("2012", [], 0, 2012)


def test_a_number_that_is_no_year_stays_out():
    assert find_dates("He paid 2012 dollars for the car.", SUN) == []
    assert one("The attack on Friday killed six.").year is None


# ------------------------------------------------- years set off by a spaced comma

@pytest.mark.parametrize("text, expected", [
    # tokenised or hand-typed pages put a space before the comma: the year is still the date's
    ("Then , on March 4 , 2019 , gunmen opened fire on the bus .", D(2019, 3, 4)),
    ("The clinic was bombed on 4 March , 2019 .", D(2019, 3, 4)),
    ("Rebels stormed the town on Monday , March 4 , 2019 .", D(2019, 3, 4)),
])
def test_a_year_after_a_spaced_comma_belongs_to_the_date(text, expected):
    assert days(text) == [expected]
    # with no anchor the year alone makes it a date
    assert find_dates(text, None)[0].days == [expected]


# ---------------------------------------------------------------- the act's own clause's date

@pytest.mark.parametrize("text, trigger, expected", [
    # the frame verb's date (the arrest's Tuesday) is nearer, the shooting's own is in its clause
    ("Deputies detained a woman on Tuesday over the shooting that happened last Friday in Alverton.",
     "shooting", "last Friday"),
    ("Police arrested a man on Tuesday for shooting two people last Friday.", "shooting", "last Friday"),
    # no date in the act's own phrase: the arrest's date is not the shooting's (the extractor keeps it
    # only as a last bound, tests/test_aftermath_dates.py)
    ("A man was arrested on Tuesday for the shooting outside a bar in Alverton.", "shooting", None),
    # the trigger's clause is the whole sentence: nearest wins
    ("Gunmen killed two men on Friday who had been released on Tuesday.", "killed", "Friday"),
])
def test_the_acts_own_clause_dates_it_before_a_frame_verb(text, trigger, expected):
    assert _governing_text(text, trigger) == expected


def test_a_flashback_does_not_move_narrative_time():
    # two "the previous day" told from the story's day are the same day, not two days back
    text = ("Deputy Jo Reyes was shot dead on Friday, June 24, 2005, in Alverton. He had gone to ask "
            "about a robbery that took place the previous day. The suspect in the previous day's "
            "robbery opened fire. The next day police arrested him, and the following day he was charged.")
    found = [(m.text, m.days) for m in find_dates(text, None)]
    assert found[1:] == [("the previous day", [D(2005, 6, 23)]), ("the previous day", [D(2005, 6, 23)]),
                         ("The next day", [D(2005, 6, 25)]), ("the following day", [D(2005, 6, 26)])]
    # forward anaphors still chain
    text = "Fighting began on Monday, June 20, 2005. The next day rebels took the bridge. The following day they shelled it."
    assert [m.days for m in find_dates(text, None)][1:] == [[D(2005, 6, 21)], [D(2005, 6, 22)]]
