"""Death tolls read the way a news reader counts them: a person noun that only describes the
one a pronoun stands for ("he was the second ranger killed") counts no one more.
Invented sentences and names."""
from __future__ import annotations

import pytest

from conflictlens.nlp.parser import parse
from conflictlens.events.fatalities import sentence_death_figures, total_deaths


def _toll(text: str) -> int:
    doc = parse(text)
    return total_deaths([f for s in doc.sents for f in sentence_death_figures(s)])


@pytest.mark.parametrize("text, toll", [
    ("Ranger Tobin Vask was shot dead at the ford. He was the second ranger killed in Norvale this week.", 1),
    ("Clerk Ilsa Marr died in the blaze. She is the fourth clerk to die in the district since May.", 1),
])
def test_a_description_of_a_pronoun_counts_no_one_more(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("The second ranger was killed near the ford.", 1),
    ("Two rangers killed in Norvale were buried on Monday.", 2),
])
def test_other_victims_still_count(text, toll):
    assert _toll(text) == toll
