"""A plural naming armed men, read by the tagger as a name at the head of a sentence or after a
dateline's dash ("GAO, Mali -- Militiamen burned ..."), is the generic actor its singular names, and
"militia"/"militiaman" name an armed party (branch protestprobe). Invented sentences only."""
from __future__ import annotations

import pytest

from conflictlens.actors import default_dictionary
from conflictlens.actors.finder import find_actor_mentions


@pytest.mark.parametrize("text, word", [
    ("SEGOU, Mali -- Militiamen looted the market of a village on Friday.", "Militiamen"),
    ("SEGOU, Mali -- Jihadists blocked the road to the village on Friday.", "Jihadists"),
    ("A militia looted the market on Friday.", "militia"),
])
def test_armed_men_named_by_a_plural_or_militia_are_a_party(nlp, text, word):
    sent = next(iter(nlp(text).sents))
    mentions = find_actor_mentions(sent, default_dictionary())
    found = [m for m in mentions if word in m.text]
    assert found and found[0].inter == 3 and found[0].role in ("unidentified", "member")
