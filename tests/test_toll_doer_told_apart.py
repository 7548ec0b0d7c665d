"""A killer's own death told in a later paragraph of a murder-suicide (deputies found he
killed himself beside a silo) is the doer told of before, however far back, and one more
death beside the victims he killed; a victim who shot herself is still counted once.
Invented reports."""
from __future__ import annotations

from toll_helpers import coded_fatalities

KILLING = ("Orlan Pettibone, 41, killed his stepson with a hunting rifle inside their Dayton "
           "farmhouse early Sunday, deputies said.\n\n")
APART = ("Pettibone then phoned his sister to apologise, deputies said. By noon deputies learned "
         "he killed himself beside a grain silo east of the county fairground.\n")


def test_the_killers_suicide_told_paragraphs_later_adds_one(violence_pipeline):
    assert coded_fatalities(violence_pipeline, KILLING + APART) == [2]


def test_the_killers_suicide_two_paragraphs_on_adds_one(violence_pipeline):
    middle = "Neighbours on the lane said the family had moved there in the spring.\n\n"
    assert coded_fatalities(violence_pipeline, KILLING + middle + APART) == [2]


def test_a_girl_who_shot_herself_is_counted_once(violence_pipeline):
    text = ("A 14-year-old girl died in a house in Akron on Thursday when she shot herself while "
            "handling a relative's pistol, police said.\n\n"
            "Detectives said later that she fatally shot herself by accident.\n")
    assert coded_fatalities(violence_pipeline, text) == [1]
