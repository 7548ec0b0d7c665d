"""The screen's alternations factored by common prefix (events.alternation): same verdicts,
fewer branches tried at each position."""
import re

import pytest

from conflictlens.events.alternation import factored
from conflictlens.events.lexicon import default_lexicon
from conflictlens.events.screen import Screen, _alternation

BRANCHES = [r"kill(?:s|ed)?\b", r"kidnap(?:ped|ping)?\b", r"Kill\b", r"kick\b", r"(?:took|taken)\W+over\b",
            r"gunm(?:an|en)(?:'s)?\b", r"rall(?:y|ies|ied|ying)", r"a[-\s+]?b\b", r"tanks?\b", "tank", r"ab|cd",
            r"(?:x|y)?z\b", re.escape("al-Shabaab (Somalia)") + r"\b"]
SENTENCES = ["Gunmen kidnapped two farmers near Kano.", "The rebels took the town over at dawn.",
             "A KILLER was arrested.", "Militants killed three soldiers.", "A gunman's car was found.",
             "Thousands rallied in Nairobi.", "Prices fell.", "He kicked the ball.", "a-b testing", "ab",
             "Tanker fire", "yz", "zebra", "fighters of al-Shabaab (Somalia) attacked", "nothing here",
             "the game was taken over by fans", "ÄKill", "kilns"]


@pytest.mark.parametrize("fold", [True, False])
def test_factored_matches_where_the_plain_alternation_does(fold):
    flags = re.IGNORECASE if fold else 0
    plain = re.compile(r"\b(?:" + "|".join(BRANCHES) + ")", flags)
    shared = re.compile(r"\b" + factored(BRANCHES, fold=fold), flags)
    for text in SENTENCES:
        assert bool(shared.search(text)) == bool(plain.search(text)), text
    for branch in BRANCHES:  # each branch alone as well
        one = re.compile(r"\b" + factored([branch], fold=fold), flags)
        for text in SENTENCES:
            assert bool(one.search(text)) == bool(re.search(r"\b(?:" + branch + ")", text, flags)), (branch, text)


def test_common_prefixes_are_shared():
    # "kill", "kidnap", "Kill" and "kick" share "ki"; the group of forms opening a phrase is spread
    assert factored([r"kill\b", r"kidnap\b", r"Kill\b", r"kick\b"], fold=True).startswith("(?:ki(?:")
    assert factored([r"(?:took|taken)\W+over\b", r"tank\b"], fold=True).startswith("(?:t")


def test_screen_patterns_start_each_letter_once():
    """The screen's thousands of names and word forms are tried letter by letter, not one by one."""
    screen = Screen(default_lexicon())
    for pattern in (screen.context.pattern, screen.armed.pattern, screen.free.pattern):
        assert pattern.startswith(r"\b(?:") and pattern.endswith(")")
        inner = pattern[len(r"\b(?:"):-1]
        depth, starts, i = 0, [0], 0
        while i < len(inner):  # the top-level branches ("[...]" holds no parenthesis here)
            c = inner[i]
            if c == "\\":
                i += 1
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif c == "|" and depth == 0:
                starts.append(i + 1)
            i += 1
        firsts = [inner[k].lower() for k in starts]
        assert "(" not in firsts  # no branch opens with a group of word forms
        assert len(firsts) == len(set(firsts)) < 60


def test_screen_verdicts_on_invented_reports():
    screen = Screen(default_lexicon())
    assert screen.may_hold_event("Gunmen killed five villagers in Zamfara state on Sunday, police said.")
    assert screen.may_hold_event("Thousands of students demonstrated in Dhaka against the new law.")
    assert not screen.may_hold_event("The company reported higher quarterly profits and raised its dividend.")
    assert _alternation([], {}) is None
