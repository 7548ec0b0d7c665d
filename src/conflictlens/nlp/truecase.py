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
#: (a quote opens a sentence only when it opens: not the closing one of 'a "foreign commando" killed')
_SENTENCE_START = re.compile(r"(?:^\s*|[.!?]\s+|--\s*|\[text\]\s*|(?<![\w.,;:!?])\")([a-z])")


#: ASCII letters, and capitals, deleted by ``str.translate`` (mostly_upper counts them so)
_NO_ASCII_LETTERS = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NO_ASCII_CAPITALS = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def mostly_upper(text: str, threshold: float = 0.8) -> bool:
    if text.isascii():
        # (the same counts, in C: an ASCII character is a letter, or a capital, exactly when it
        # is one of these; the report is read whole before each parse)
        n_letters = len(text) - len(text.translate(_NO_ASCII_LETTERS))
        n_upper = len(text) - len(text.translate(_NO_ASCII_CAPITALS))
    else:
        letters = [c for c in text if c.isalpha()]
        n_letters, n_upper = len(letters), sum(c.isupper() for c in letters)
    if n_letters < 20:
        return False
    return n_upper / n_letters >= threshold


def restore_case(text: str, is_name: Callable[[str], str | None], max_words: int = 6,
                 is_place: Callable[[str], str | None] | None = None,
                 ordinary: Callable[[str, str], bool] | None = None) -> str:
    """Same-length text with all-capital paragraphs re-cased.

    ``is_name(phrase)`` gets a lower-case phrase of one to ``max_words`` words and returns
    how it is written ("San Miguel", "FMLN") when it is a known name, else None.
    ``is_place(word)``, asked only of a word left lower case where a place's name stands
    (``_PLACE_SLOT``), does the same for a place too small for ``is_name``; the word is then
    written so all through the report (``recase_placed_words``).
    ``ordinary(word, form)``, asked of a one-word name ``is_name`` found, says the word is
    also an ordinary English word ("let" for the acronym "LeT"): it is written as the name
    only where the copy shows it is one (``_shown_as_name``), else it stays lower case.
    """
    out, capital = [], []
    for para in re.split(r"(\n\s*\n)", text):
        capital.append(mostly_upper(para))
        if not capital[-1]:
            out.append(para)
            continue
        low, _named = _names_cased(para, is_name, max_words, ordinary)
        cased = "".join(low)
        cased = _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), cased)
        # bracketed acronyms stay as written: "[FMLN]"
        cased = re.sub(r"\[([a-z]{2,8})\]", lambda m: "[" + m.group(1).upper() + "]", cased)
        cased = cased.replace("[TEXT] the", "[TEXT] The")
        out.append(cased)
    if is_place is not None:
        out = recase_placed_words(out, capital, is_place)
    return "".join(out)


#: where a word of re-cased copy stands for a place: after "in" or "near", or after a unit
#: word and "of" ("attacked in uchiza", "near jucuapa", "the town of anamoros")
_SLOT = (r"\b(?i:in|near|(?:town|village|hamlet|city|municipality|district|canton|province|department|"
         r"outskirts) of)[ \t\n]+")
_PLACE_SLOT = re.compile(_SLOT + r"([a-z][a-z\-]*[a-z])\b(?!['’\-])")


def recase_placed_words(paras: list[str], capital: list[bool], is_place: Callable[[str], str | None]) -> list[str]:
    """The re-cased paragraphs (``capital``: those that were all capitals) with the lower-case
    words ``is_place`` knows, found in a place's slot (``_PLACE_SLOT``), written as names
    wherever the report writes them ("the uchiza police station" too): the name lists for
    re-casing hold only towns large enough not to be a surname or a word, the slot tells a
    small town from those."""
    forms: dict[str, str] = {}
    for para, cap in zip(paras, capital):
        if cap:
            for m in _PLACE_SLOT.finditer(para):
                word = m.group(1)
                if word not in forms:
                    form = is_place(word)
                    if form and len(form) == len(word):
                        forms[word] = form
    if not forms:
        return paras
    word_re = re.compile(r"(?<![\w'’\-])(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w\-])")
    return [word_re.sub(lambda m: forms[m.group(1)], para) if cap else para for para, cap in zip(paras, capital)]


#: an acronym set apart by brackets or parentheses, or followed by its expansion in them:
#: "[LET]", "(LET)", "LET [...]"
_BRACKETED_BEFORE = re.compile(r"[\[(][ \t]*$")
_BRACKET_AFTER = re.compile(r"[ \t]*\n?[ \t]*[\[(\])]")


#: a place's slot right before a word (as ``_PLACE_SLOT``: "in", "near", "the town of")
_SLOT_BEFORE = re.compile(_SLOT + "$")


def _shown_as_name(para: str, word: re.Match, form: str) -> bool:
    """The copy shows that a word which is also an English word is the name ``form``: an
    acronym ("LeT") stands in brackets or parentheses or before its expansion in them; a
    town ("Normal") stands in a place's slot ("in normal"). (A word beside another name is
    one too, ``_names_cased``: "president george bush".)"""
    if any(c.isupper() for c in form[1:]):
        return bool(_BRACKETED_BEFORE.search(para, 0, word.start()) or _BRACKET_AFTER.match(para, word.end()))
    return bool(_SLOT_BEFORE.search(para, 0, word.start()))


#: what may stand between two words of one name: a space, or the line break of hard-wrapped
#: wire copy ("IN LA\nPAZ", "SAN\nSALVADOR": a paragraph ends at a blank line, not at a wrap)
_NAME_GAP = re.compile(r" |[ \t]*\n[ \t]*")


def _names_cased(para: str, is_name: Callable[[str], str | None], max_words: int,
                 ordinary: Callable[[str, str], bool] | None = None) -> tuple[list[str], set[int]]:
    """The characters of ``para`` lower-cased, the known names (longest first) written as
    ``is_name`` gives them; and the indices (in ``_WORD`` order) of the words so written.
    A one-word name ``ordinary`` says is also an English word is written so only where
    ``_shown_as_name``."""
    low = list(para.lower())
    words = list(_WORD.finditer(para))
    named: set[int] = set()
    waiting: dict[int, str] = {}
    i = 0
    while i < len(words):
        done = False
        for n in range(min(max_words, len(words) - i), 0, -1):
            span = words[i:i + n]
            gap_ok = all(_NAME_GAP.fullmatch(para[a.end():b.start()]) for a, b in zip(span, span[1:]))
            if not gap_ok:
                continue
            phrase = " ".join(w.group().lower() for w in span)
            form = is_name(phrase)
            if form and n == 1 and ordinary is not None and ordinary(phrase, form) \
                    and not _shown_as_name(para, span[0], form):
                if not any(c.isupper() for c in form[1:]):
                    waiting[i] = form
                form = None
            if form and len(form) == len(phrase):
                # word by word, so a wrap between two words of the name stays where it is
                at = 0
                for w in span:
                    low[w.start():w.end()] = list(form[at:at + len(w.group())])
                    at += len(w.group()) + 1
                named.update(range(i, i + n))
                i += n
                done = True
                break
        if not done:
            i += 1
    # a word waiting for evidence next to a name is part of a name ("president george bush")
    for k, form in waiting.items():
        if any(j in named and _NAME_GAP.fullmatch(para[words[min(j, k)].end():words[max(j, k)].start()])
               for j in (k - 1, k + 1) if 0 <= j < len(words)):
            low[words[k].start():words[k].end()] = list(form)
            named.add(k)
    return low, named


#: a piece of a line up to a sentence's closing stop: a headline ends at one ("BIRD FLU
#: FOUND IN VELTA. Health officials said ..."); the stop of a one- or two-letter capital
#: word closes nothing ("ST. VELTA", "U.S. TROOPS")
_PIECE = re.compile(r"[^\n]+?(?:(?<!\b[A-Z])(?<!\b[A-Z]{2})[.!?](?=\s)|$)", re.M)
#: an abbreviated capital word of two or three letters right before a word ("ST. ", "MT. ")
_ABBREVIATED_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z]{1,2}\.[ \t]*$")
#: a possessive or a contraction after a word ("CHINA'S"): the word is looked up without it
_CLITIC = re.compile(r"['’](?:s|d|ll|re|ve|t)$")


#: a dateline's close: a comma and a state's abbreviation ("KOTV (CBS) VELTA, Okla.", "SOUTH VELTA, FLA.")
_DATELINE_END = re.compile(r",\s*[A-Za-z][A-Za-z.]{0,5}\.\s*$")


def capital_piece(piece: str) -> bool:
    """An all-capital headline or line inside ordinary text: three words or more in capitals
    (of two letters or more), most of its letters capitals. A dateline ("SOUTH VELTA, W.Va.",
    "KOTV (CBS/AP) VELTA, Okla.") or an acronym in prose is not."""
    if _DATELINE_END.search(piece):
        return False
    capital = [w for w in _WORD.findall(piece) if len(w) >= 2 and w.isupper()]
    letters = [c for c in piece if c.isalpha()]
    return len(capital) >= 3 and len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def recase_capital_lines(text: str, is_name: Callable[[str], str | None], common: Callable[[str], bool],
                         max_words: int = 6) -> str:
    """Same-length text whose all-capital headlines and lines are in sentence case.

    The small model reads "BIRD FLU CONFIRMED IN ROMANIA AND CROATIA" as one long name and
    finds no country in it. A piece of a line that is almost all capitals (``capital_piece``)
    is lower-cased; the known names (``is_name``, as :func:`restore_case`) get their written
    form, and a word that is no common English word (``common`` says it is) keeps its
    capital, for a small town the name lists do not know is still a name ("in Velta").
    Its first letter stays a capital. Offsets do not move.
    """
    if not any(c.isupper() for c in text):
        return text
    out = list(text)
    for m in _PIECE.finditer(text):
        piece = m.group()
        if not capital_piece(piece):
            continue
        low, named = _names_cased(piece, is_name, max_words)
        for k, w in enumerate(_WORD.finditer(piece)):
            if k in named:
                continue
            core = _CLITIC.sub("", w.group()).lower()
            # (a word after an abbreviated word is a name's: "ST. AUGUSTINE", "FT. VELTA")
            if not common(core) or _ABBREVIATED_BEFORE.search(piece, 0, w.start()):
                low[w.start()] = piece[w.start()]
        first = next((j for j, c in enumerate(low) if c.isalpha()), None)
        if first is not None:
            low[first] = low[first].upper()
        out[m.start():m.end()] = low
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


def _ends_wrapped_sentence(before: str, line: str) -> bool:
    """The line ends, with its full stop, a sentence the line before began and did not end: a
    hard-wrapped sentence's tail ("... a station beside the White" / "Sands Missile Range, near Las Cruces."), whose
    capitals are a name's, not a headline's."""
    before = before.rstrip()
    return bool(before) and before[-1].isalnum() and line.rstrip()[-1:] in (".", "!", "?")


def recase_title_lines(text: str, lower_ok: Callable[[str], bool]) -> str:
    """Same-length text where the common words of a Title Case headline line are lower-cased.

    The small model reads "Militants Storm Police Post In Velta" as a row of names, the verb
    among them. Past the first word, a capitalised word is lower-cased when ``lower_ok`` says
    its lower-case form is a common word (a function word or a word of the event lexicon) and
    not a known name; other capitalised words (names the lists do not know) keep their capital.
    """
    out = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if title_case_line(line) and not _ends_wrapped_sentence(lines[n - 1] if n else "", line):
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
