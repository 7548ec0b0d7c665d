"""One regular expression for thousands of alternative patterns, factored by common prefix.

Python's ``re`` tries every branch of an alternation at every position: with the screen's
thousands of word patterns (every actor's name, every trigger's forms) that is most of
its cost. Factoring the branches' literal prefixes into a trie ("kill|kidnap" ->
"ki(?:ll|dnap)") lets a position fail after a letter or two. The factored pattern matches
exactly where the plain alternation does (``search`` finds a match iff it did; the
match found may differ, which the screen never reads).
"""
from __future__ import annotations

import re

#: characters with a meaning in a pattern: never part of a literal prefix
_META = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIERS = frozenset("*+?{")


def _literal_prefix(pattern: str, fold: bool) -> tuple[list[str], str]:
    """The literal characters a pattern starts with (case-folded under IGNORECASE, where
    "A" and "a" match alike) and the rest of the pattern."""
    chars: list[str] = []
    starts: list[int] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if i + 1 >= len(pattern) or pattern[i + 1].isalnum() or pattern[i + 1] == "_":
                break  # \b, \s, \w, \1...: not a literal
            lit, step = pattern[i + 1], 2
        elif c in _META or c.isspace():
            break
        else:
            lit, step = c, 1
        starts.append(i)
        chars.append(lit.lower() if fold and lit.isascii() else lit)
        i += step
    # a literal a quantifier applies to ("s?") belongs to the rest
    if chars and i < len(pattern) and pattern[i] in _QUANTIFIERS:
        i = starts.pop()
        chars.pop()
    return chars, pattern[i:]


def factored(branches, fold: bool) -> str:
    """An alternation of ``branches`` (patterns) with their literal prefixes shared, as
    one non-capturing group. ``fold``: the pattern is compiled with IGNORECASE."""
    trie: dict = {}
    for branch in (b for branch in branches for b in _leading_group_spread(branch)):
        chars, rest = _literal_prefix(branch, fold) if not _has_top_level_split(branch) else ([], branch)
        node = trie
        for c in chars:
            node = node.setdefault(c, {})
        node.setdefault(None, set()).add(rest)
    return "(?:" + _emit(trie) + ")"


def _top_level(pattern: str):
    """(index, character) of each "|" and ")" outside any group or character class."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1  # "[]...]": a literal "]" first
            elif pattern[i + 1:i + 3] == "^]":
                i += 2
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                yield i, c
                depth = 0
        elif c == "|" and depth == 0:
            yield i, c
        i += 1


def _has_top_level_split(pattern: str) -> bool:
    """Whether a pattern is itself an alternation ("a|b"): its prefix is not all its branches'."""
    return any(True for _ in _top_level(pattern))


def _leading_group_spread(branch: str) -> list[str]:
    """A branch that opens with a group of alternatives, spread into one branch per
    alternative ("(?:took|taken) over" -> "took over", "taken over"), so that their
    prefixes are shared with the other branches'."""
    if not branch.startswith("(?:"):
        return [branch]
    inner = branch[3:]
    cuts = [0]
    for i, c in _top_level(inner):
        if c == ")":
            rest = inner[i + 1:]
            if rest[:1] in _QUANTIFIERS or _has_top_level_split(rest):
                return [branch]
            cuts.append(i + 1)
            alts = [inner[a:b - 1] for a, b in zip(cuts, cuts[1:])]
            return [b for alt in alts for b in _leading_group_spread(alt + rest)]
        cuts.append(i + 1)
    return [branch]


def _emit(node: dict) -> str:
    parts = []
    for c, child in node.items():
        if c is None:
            continue
        sub = _emit(child)
        parts.append(re.escape(c) + (sub if _single(child) else "(?:" + sub + ")"))
    ends = node.get(None, ())
    parts.extend(sorted(ends, key=lambda r: (-len(r), r)))
    return "|".join(parts)


def _single(node: dict) -> bool:
    """A node with one way on (one child, or one non-empty rest): no group needed around it."""
    return len(node) == 1 and (None not in node or (len(node[None]) == 1 and not next(iter(node[None]))))
