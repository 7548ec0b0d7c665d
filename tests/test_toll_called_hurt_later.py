"""A count told only as "gunned down" that the report later calls hurt (issue 6): the later,
specific wording wins over the vague verb. Invented sentences and places."""
from __future__ import annotations

from toll_helpers import coded_fatalities


def test_gunned_down_then_called_injured_is_no_toll(violence_pipeline):
    text = ("Six teenagers were gunned down at a birthday party in Opa-locka, Florida, on Saturday "
            "night, police said.\n\nFour of the six injured go to the same high school.\n")
    assert coded_fatalities(violence_pipeline, text) == [0]


def test_gunned_down_then_called_wounded_is_no_toll(violence_pipeline):
    text = ("A mother is pleading for help after her son was one of six teens gunned down at a party "
            "in Opa-locka, Florida, on Saturday.\n\nThe six wounded were taken to a hospital.\n")
    assert coded_fatalities(violence_pipeline, text) == [0]


def test_gunned_down_alone_stays_a_toll(violence_pipeline):
    text = ("Six teenagers were gunned down at a birthday party in Opa-locka, Florida, on Saturday "
            "night, police said.\n\nThe school said it would hold a vigil.\n")
    assert coded_fatalities(violence_pipeline, text) == [6]


def test_a_plain_killing_stays_a_toll_whatever_follows(violence_pipeline):
    text = ("Two men were shot dead at a bar in Opa-locka, Florida, on Saturday night, police said.\n\n"
            "The two injured earlier in the week were released from a hospital.\n")
    assert coded_fatalities(violence_pipeline, text) == [2]
