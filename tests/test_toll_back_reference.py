"""Deaths told by a phrasal verb ("passed away") and by a back reference far from the shooting
(issue 6: per-incident killed on GVC). Invented text and places."""
from __future__ import annotations

import pytest
from toll_helpers import coded_fatalities

from conflictlens.events.fatalities import sentence_death_figures
from conflictlens.nlp.parser import parse


def _figures(text):
    return [(f.count, f.group) for s in parse(text).sents for f in sentence_death_figures(s)]


def test_passed_away_is_a_death():
    assert _figures("The farmer passed away on Friday.") == [(1, "farmer")]


def test_passing_a_test_is_no_death():
    assert _figures("The farmer passed the exam on Friday.") == []


def test_a_list_the_parser_reads_as_an_apposition_counts_each_person():
    assert sorted(_figures("A woman, son, and neighbor were found dead in a Dayton duplex.")) == [
        (1, "neighbor"), (1, "son"), (1, "woman")]


def test_an_apposition_naming_one_person_counts_once():
    assert _figures("The mayor, a father and husband, was killed on Monday.") == [(1, "mayor")]
    assert [n for n, _ in _figures("Ann Mole, mother and grandmother, was killed on Monday.")] == [1]


def test_a_death_in_a_crash_is_no_toll_of_the_shooting():
    assert _figures("Girl, 6, fatally shot in Dayton; grandfather dies in crash") == [(1, "Girl")]
    assert _figures("Rolf Haskett, 54, her uncle, perished in a highway crash that evening.") == []


def test_a_death_of_wounds_stays_a_death():
    assert _figures("The grandfather died of his wounds.") == [(1, "grandfather")]
    assert _figures("The man died of a gunshot wound in the shooting.") == [(1, "man")]


def test_a_family_is_no_count_of_one():
    assert _figures("Family, Believed Killed In Blaze, Died Of Gunshot Wounds") == []
    assert _figures("The Haskett family was killed in a fire.") == []
    assert _figures("A family of five was killed on Monday.") == [(5, "")]


def test_a_headline_list_of_bare_nouns_counts_each_person():
    assert _figures("Man kills wife, son in Dayton") == [(1, "wife"), (1, "son")]


def test_a_headline_apposition_describing_the_victim_counts_once():
    assert _figures("Man kills wife, mother of three") == [(1, "wife")]


#: a report (headline, blank line, paragraphs) and the tolls its coded events keep
PIPELINE_CASES = [
    pytest.param(
        "Hunter hurt near Dayton\n\n"
        "A jogger was shot by a hunter near Dayton, Ohio, on Tuesday.\n\n"
        "A neighbour called for help.\n\n"
        "The woman passed away two days afterwards in an Akron clinic.\n",
        [1], id="a_later_death_told_paragraphs_after_the_shooting_is_its_toll"),
    pytest.param(
        "Hunter hurt near Dayton\n\n"
        "A jogger was shot by a hunter near Dayton, Ohio, on Tuesday.\n\n"
        "A neighbour called for help.\n\n"
        "The victim died at a hospital in Dayton on Wednesday.\n",
        [1], id="a_death_told_by_the_victim_paragraphs_after_the_shooting_is_its_toll"),
    pytest.param(
        "Hunter hurt near Dayton\n\n"
        "A jogger was shot by a hunter near Dayton, Ohio, on Tuesday.\n\n"
        "A neighbour called for help.\n\n"
        "Twelve people were killed across the county last year.\n",
        [0], id="a_count_told_paragraphs_after_the_shooting_stays_apart"),
    pytest.param(
        "Father and children shot in Dayton\n\n"
        "A man shot his children at their home in Dayton, Ohio, on Tuesday. Coroners said on Friday that "
        "the two children, 4-year-old Ida Haskett and 9-year-old Tam Haskett, perished from bullet wounds. "
        "Their father, Rolf Brenner, perished from a wound he gave himself.\n",
        [3], id="the_children_told_dead_beside_their_father_count"),
    pytest.param(
        "Children shot in Dayton\n\n"
        "Two children were shot dead at their home in Dayton, Ohio, on Tuesday. Coroners said on Friday "
        "that the two children perished from bullet wounds.\n",
        [2], id="the_children_told_again_after_their_count_count_once"),
    pytest.param(
        "Woman shot in Dayton\n\n"
        "A man shot and killed his wife at their home in Dayton, Ohio, on Tuesday. "
        "The woman perished before medics arrived.\n",
        [1], id="the_woman_told_dead_beside_the_wife_is_the_wife"),
    pytest.param(
        "Dayton woman kills teen son in range mishap\n\n"
        "A woman killed her teen son by mistake at a rifle club in Dayton, Ohio, on Sunday. "
        "Perrin Quayle, 15, was slain by a stray round from her rifle, deputies said.\n\n"
        "Teen killed at Dayton rifle club\n",
        [1], id="nouns_one_figure_holds_together_name_the_one_victim_named"),
]


@pytest.mark.parametrize("text, tolls", PIPELINE_CASES)
def test_the_coded_toll(violence_pipeline, text, tolls):
    assert coded_fatalities(violence_pipeline, text) == tolls
