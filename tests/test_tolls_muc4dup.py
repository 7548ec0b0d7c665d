"""A summary toll, then each of its dead told one by one: one toll, not two. Invented
sentences and names."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.model import DeathFigure, PlaceMention, Report


def _place(name):
    return PlaceMention(start=0, end=0, text=name, name=name, geonameid=1, latitude=0.0, longitude=0.0,
                        country_code="IQ")


def _mention(sent_index, deaths, place):
    from conflictlens.events.candidate import Candidate
    from conflictlens.events.mentions import EventMention
    from conflictlens.model import Evidence
    return EventMention(candidate=Candidate("Violence against civilians", "Attack", [], ""), sent_index=sent_index,
                        paragraph=sent_index, evidence=Evidence("", 0, 0), trigger_char=0, places=[place],
                        place_source="sentence", days=[date(2026, 5, 4)], date_source="sentence", deaths=deaths)


def _rows(*mentions):
    from conflictlens.events.episodes import Episode
    from conflictlens.events.rows import names_of_a_number_across_rows
    episodes = [Episode(mentions=[(m, m.places[0])]) for m in mentions]
    names_of_a_number_across_rows(episodes)
    return [[f.count for m, _ in ep.mentions for f in m.deaths] for ep in episodes]


def test_names_told_after_a_number_in_other_rows_are_its_dead():
    """"Two police officers were killed" in one row, then "Officer Mira Tolk" and "Sergeant
    Aldo Renz" each in a row of their own: the number's two, counted once (in its row)."""
    summary = _mention(0, [DeathFigure(2, "police officers", 0, 19, "Two police officers")], _place("Kirkuk"))
    one = _mention(3, [DeathFigure(1, "Mira Tolk", 200, 209, "Mira Tolk")], _place("Hawija"))
    two = _mention(5, [DeathFigure(1, "Aldo Renz", 300, 309, "Aldo Renz")], _place("Dibis"))
    assert _rows(summary, one, two) == [[2], [], []]


def test_more_names_than_the_number_all_count():
    """Three people named after "two officers were killed": the number is not all of them."""
    summary = _mention(0, [DeathFigure(2, "officers", 0, 12, "two officers")], _place("Kirkuk"))
    named = [_mention(3 + i, [DeathFigure(1, n, 200 + 20 * i, 209 + 20 * i, n)], _place(p))
             for i, (n, p) in enumerate([("Mira Tolk", "Hawija"), ("Aldo Renz", "Dibis"), ("Ivo Brandt", "Tuz")])]
    assert _rows(summary, *named) == [[2], [1], [1], [1]]


def test_names_beside_other_dead_count():
    """"Two other officers were killed": more dead beside the ones named."""
    summary = _mention(0, [DeathFigure(2, "other officers", 0, 18, "two other officers")], _place("Kirkuk"))
    one = _mention(3, [DeathFigure(1, "Mira Tolk", 200, 209, "Mira Tolk")], _place("Hawija"))
    assert _rows(summary, one) == [[2], [1]]


def test_a_name_told_before_the_number_counts():
    """A victim named in the lead, then "two more people died" elsewhere: no summary of her."""
    lead = _mention(0, [DeathFigure(1, "Mira Tolk", 0, 9, "Mira Tolk")], _place("Hawija"))
    later = _mention(3, [DeathFigure(2, "people", 200, 210, "two people")], _place("Kirkuk"))
    assert _rows(lead, later) == [[1], [2]]


def test_a_summary_then_its_dead_in_another_row_end_to_end(pipeline):
    """The report's rows add up to the summary's toll: 2, not 4."""
    text = ("Two police officers were killed on Monday when gunmen attacked a checkpoint in Kirkuk, "
            "officials said.\n\nThe attackers fled towards the hills after the shooting, a police spokesman said.\n\n"
            "Officer Mira Tolk, 34, was shot dead at the gate on Monday night. Sergeant Aldo Renz was killed "
            "in Hawija on Monday.\n")
    events = pipeline.process(Report(id="summary", text=text, published=date(2024, 3, 12)))
    assert sum(e.fatalities for e in events) == 2


def test_a_double_surname_told_alone_is_the_full_name():
    """"Ana Rodriguez Porth was shot dead ... Rodriguez Porth died": a double surname told
    without the given name is the same woman, one death (as a surname alone is)."""
    from toll_helpers import parsed_toll
    text = ("Ana Rodriguez Porth was shot dead outside her home on Monday. "
            "Rodriguez Porth died before she reached the hospital.")
    assert parsed_toll(text) == 1


def test_two_given_names_of_one_family_are_two_people():
    """"Ida Haskett" and "Tam Haskett": other given names, other people."""
    from conflictlens.events.fatalities import total_deaths
    figures = [DeathFigure(1, "Ida Haskett", 0, 11, "Ida Haskett"), DeathFigure(1, "Tam Haskett", 40, 51, "Tam Haskett")]
    assert total_deaths(figures) == 2


_AMBUSH = "Three soldiers were killed on Monday when rebels ambushed a patrol near Gao, the army said."


@pytest.mark.parametrize("text, tolls", [
    # the number's dead told again by rank, in a sentence of their own
    (_AMBUSH + " The dead included a lieutenant and a corporal.", [3]),
    (_AMBUSH + "\n\nA lieutenant was killed by a mine and a corporal was shot dead, the army said.", [3]),
    # one more, told as such, and people of another kind, count beside the number
    ("Two soldiers were killed on Monday when rebels ambushed a patrol near Gao, the army said.\n\n"
     "Another soldier was killed by a mine in Kidal on Tuesday.", [2, 1]),
    (_AMBUSH + " A boy was killed in the crossfire, the army said.", [4]),
])
def test_a_number_then_its_dead_by_rank(pipeline, text, tolls):
    """"Three soldiers were killed ... The dead included a lieutenant and a corporal": the
    number's people told one by one by their rank (lexicon [members]), not more dead."""
    from toll_helpers import coded_fatalities
    assert coded_fatalities(pipeline, text) == tolls


def test_a_number_then_its_dead_by_rank_in_another_row(pipeline):
    """Told as a second row (the attack on the gate beside the clash): still the two."""
    from toll_helpers import coded_fatalities
    text = ("Two police officers were killed on Monday when gunmen attacked a checkpoint in Kirkuk, officials said. "
            "A sergeant was shot dead at the gate and a constable died later in hospital.")
    assert sum(coded_fatalities(pipeline, text)) == 2


def test_a_given_name_left_lower_case_by_recasing_names_a_person(pipeline, nlp):
    """All-capital copy re-cased: the lists know "Toledo" (a city) but not "Ernesto", which
    stays lower case; the tagger reads "Toledo" as a place. The lower-case word that is no
    English word before it is the victim's given name: one death."""
    from conflictlens.events.fatalities import sentence_death_figures, total_deaths
    text = ("TEGUCIGALPA, 12 MAR 90 (RADIO KESTREL) -- [TEXT] THE POLICE REPORTED THAT TEACHER ERNESTO TOLEDO "
            "DIED\nINSTANTLY WHEN SOLDIERS FIRED ON HIS CAR AT A CHECKPOINT LAST NIGHT.\n")
    doc = nlp(pipeline.prepare(text))
    assert total_deaths([f for s in doc.sents for f in sentence_death_figures(s)]) == 1


def test_a_place_after_a_common_word_stays_no_victim():
    """"the southern Toledo district": an English word before the place is no given name."""
    from toll_helpers import parsed_toll
    assert parsed_toll("Fighting in the southern Toledo district killed no one, officials said.") == 0
