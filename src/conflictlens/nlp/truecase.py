"""Restoring letter case in all-capital reports (old wire copy, some radio transcripts).

The small English model reads "TERRORISTS KIDNAPPED 50 PEASANTS IN SAN MIGUEL" as a row
of proper nouns: no verbs, no places. A paragraph that is almost all capitals is
lower-cased, then sentence starts and the words a name list knows (places, actors,
countries, demonyms) get their capitals back. Every character keeps its position, so
offsets into the report stay valid.
"""
from __future__ import annotations

import re
from typing import Callable

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_SENTENCE_START = re.compile(r"(?:^\s*|[.!?]\s+|--\s*|\[text\]\s*|\"\s*)([a-z])")


def mostly_upper(text: str, threshold: float = 0.8) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= threshold


def restore_case(text: str, is_name: Callable[[str], str | None], max_words: int = 6) -> str:
    """Same-length text with all-capital paragraphs re-cased.

    ``is_name(phrase)`` gets a lower-case phrase of one to ``max_words`` words and returns
    how it is written ("San Miguel", "FMLN") when it is a known name, else None.
    """
    out = []
    for para in re.split(r"(\n\s*\n)", text):
        if not mostly_upper(para):
            out.append(para)
            continue
        low = list(para.lower())
        words = list(_WORD.finditer(para))
        i = 0
        while i < len(words):
            done = False
            for n in range(min(max_words, len(words) - i), 0, -1):
                start, end = words[i].start(), words[i + n - 1].end()
                gap_ok = all(para[words[k].end():words[k + 1].start()] == " " for k in range(i, i + n - 1))
                if not gap_ok:
                    continue
                form = is_name(para[start:end].lower())
                if form and len(form) == end - start:
                    low[start:end] = list(form)
                    i += n
                    done = True
                    break
            if not done:
                i += 1
        cased = "".join(low)
        cased = _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), cased)
        # bracketed acronyms stay as written: "[FMLN]"
        cased = re.sub(r"\[([a-z]{2,8})\]", lambda m: "[" + m.group(1).upper() + "]", cased)
        cased = cased.replace("[TEXT] the", "[TEXT] The")
        out.append(cased)
    return "".join(out)


def title_case_line(line: str) -> bool:
    """A headline in Title Case: short, with no sentence inside it, most longer words
    capitalised, and not all in capitals (that is ``mostly_upper``'s case)."""
    words = _WORD.findall(line)
    if not 3 <= len(words) <= 20 or mostly_upper(line) or re.search(r"[.!?]\s+[A-Z]", line):
        return False
    long = [w for w in words if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long) and (
        sum(w[0].isupper() for w in words) >= 0.7 * len(words))


def recase_title_lines(text: str, lower_ok: Callable[[str], bool]) -> str:
    """Same-length text where the common words of a Title Case headline line are lower-cased.

    The small model reads "Militants Storm Police Post In Velta" as a row of names, the verb
    among them. Past the first word, a capitalised word is lower-cased when ``lower_ok`` says
    its lower-case form is a common word (a function word or a word of the event lexicon) and
    not a known name; other capitalised words (names the lists do not know) keep their capital.
    """
    out = []
    for line in text.split("\n"):
        if title_case_line(line):
            chars = list(line)
            for k, m in enumerate(_WORD.finditer(line)):
                w = m.group(0)
                if k == 0 or not w[0].isupper() or (len(w) > 1 and w[1:].lower() != w[1:]):
                    continue  # the first word, lower-case words, acronyms ("UN", "McDonald")
                if lower_ok(w.lower()):
                    chars[m.start()] = w[0].lower()
            line = "".join(chars)
        out.append(line)
    return "\n".join(out)
