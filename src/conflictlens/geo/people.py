"""Which names of a report are people's: the surnames of the people it names in full.

Local news names a person in full once ("Dana Hughes opened the shop") and by the
surname after ("Hughes said", "Hughes, 72,"); many surnames are also towns or counties
(Hughes County, Baker, Roberts), and the small model often tags the bare surname a
place or nothing. A one-word name that ends a full personal name the report gives is
that person wherever the words around do not place it ("in Hughes"). So is the given
name that opens it: a child or a teenager is named in full once ("Justin Burns, 14") and
by the given name after ("Justin was hunting"), and many given names are towns too
(Justin, Texas; Ava, Missouri; Hunter, Ohio).

A report also quotes people it never names in full ("..., Farrow said."): a one-word
name a verb of speech follows is a person, and so is the same name elsewhere in the
report where the words around do not place it. So is one a relative's word introduces
("her son, Farrow, 9,").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from . import tables
from .normalize import exact_key

_NAME_WORD = re.compile(r"^[A-Z][\w'’\-]*\.?$")


def surnames(doc, is_place: Callable[[str], bool]) -> set[str]:
    """Exact keys of the last words of the report's full personal names: PERSON entities of
    two or more capitalised words that are not, as a whole, a place name
    (``is_place``: "Henry County" tagged PERSON is the county, not a Mr County)."""
    return _surnames(full_names(doc, is_place))


def person_words(doc, is_place: Callable[[str], bool]) -> set[str]:
    """:func:`surnames` and :func:`given_names` together, the full names read once (``is_place``
    looks each up in the gazetteer)."""
    names = full_names(doc, is_place)
    return _surnames(names) | _given_names(doc, names)


def _surnames(names) -> set[str]:
    # (each part of a double-barrelled surname as well, whose key spells the hyphen
    # as a space: "Pat Hugley-Green" is the "Green" split off, not Green County)
    return {part for _first, last, _words in names for part in {last, *last.split()} if len(part) >= 3}


#: the model's tags that make a speaker a place's government ("Moscow said")
_PLACE_TAGS = frozenset({"GPE", "LOC", "FAC", "NORP"})
#: words between a speaker and the verb: "Farrow has said", "Farrow also told"
_BETWEEN = frozenset({"has", "had", "also", "later", "then", "again"})


def speakers(doc) -> set[str]:
    """Exact keys of the one-word names the report quotes: "Farrow said", "Farrow has
    told", "..., said Farrow." A name right after a preposition or an article ("officials
    in Farrow said", "the Farrow said") or after another capitalised word ("Farrow
    County said", "Kenya Police said") is no speaker, nor one the model tags a place."""
    verbs = tables.speech_verbs()
    out: set[str] = set()
    for tok in doc:
        if len(tok.text) < 3 or not tok.is_alpha or not _NAME_WORD.match(tok.text) \
                or tok.ent_type_ in _PLACE_TAGS:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and (prev.pos_ in ("ADP", "DET") or (prev.is_alpha and prev.text[:1].isupper())):
            continue
        j = tok.i + 1
        if j < len(doc) and doc[j].lower_ in _BETWEEN:
            j += 1
        after = j < len(doc) and doc[j].lower_ in verbs
        # ("said Farrow." closes the sentence: "said Farrow County officials" does not)
        before = prev is not None and prev.lower_ in verbs and (
            tok.i + 1 == len(doc) or doc[tok.i + 1].text in (".", ",", ";"))
        if after or before:
            out.add(exact_key(tok.text))
    return out


#: an age after a name: ", 26," of "Jo Fisher, 26, of Alverton"
_AGE_AFTER_RE = re.compile(r",[ \t]+\d{1,3},")
#: quotation marks that open a nickname ("known as 'Mr. Alverton'")
_QUOTES = frozenset({"'", '"', "“", "‘", "``", "`"})


def titled_surnames(doc) -> set[str]:
    """Exact keys of the one-word names a person's title comes right before ("Judge Manning
    also reported", "Officer Carver said", ``data/geo/person_titles.tsv``): a surname, which
    names that person wherever else the report writes it alone. A name going on with another
    capitalised word ("Judge Ann Manning", "Sheriff Brill County") is left to the model's
    tags, and so is a nickname in quotation marks ("known as 'Mr. Alverton'")."""
    titles = tables.person_titles()
    out: set[str] = set()
    tokens = list(doc)  # (each token made once: ``doc[i]`` makes a new one on each call)
    for k in range(1, len(tokens) - 1):
        prev, tok, nxt = tokens[k - 1], tokens[k], tokens[k + 1]
        if prev.text.rstrip(".").casefold() not in titles or not prev.text[:1].isupper() \
                or len(tok.text) < 3 or not tok.is_alpha or not _NAME_WORD.match(tok.text):
            continue
        if nxt.text[:1].isupper() and nxt.is_alpha:
            continue
        if k > 1 and tokens[k - 2].text in _QUOTES:
            continue  # ('Mr. Alverton': a nickname after the town, in quotation marks)
        out.add(exact_key(tok.text))
    return out


def recased_surnames(doc) -> set[str]:
    """Exact keys of the one-word names right after a lower-case word that no English list
    holds (nor its lemma), nor a function word nor a place's particle (``place_openers.tsv``): re-cased wire
    copy gives back their capitals only to names it knows, so a person's given name stays in
    lower case before a surname that is also a town ("commander nicolas Rodriguez", "gilda
    Flores"), and the model reads no full name there. The name ends there: "finca Santa
    Elena" goes on with another capitalised word."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from ..nlp.parser import dictionary_word
    particles = tables.place_openers()
    out: set[str] = set()
    for tok in doc[1:]:
        if len(tok.text) < 3 or not tok.is_alpha or not _NAME_WORD.match(tok.text):
            continue
        prev = doc[tok.i - 1]
        if not (prev.is_alpha and prev.text.islower() and len(prev.text) >= 3 and prev.whitespace_ == " "):
            continue
        # (nor an inflected English word the lists hold only by its lemma: "told Houston")
        if prev.text in STOP_WORDS or prev.text in particles or dictionary_word(prev.text) \
                or dictionary_word(prev.lemma_.lower()):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper():
            continue
        out.add(exact_key(tok.text))
    return out


def relatives(doc) -> set[str]:
    """Exact keys of the one-word names a relative's word introduces, with a comma or
    without ("his wife, Farrow, who", "their son, Farrow.", "are son Farrow, husband of"):
    the name ends there or goes on in lower case or a number, not with a state ("her son,
    Farrow, Ohio" is no apposition). Without the comma the relative's word is written in
    lower case: a capitalised one is a title ("Father Farrow" is a priest, a person too,
    but left to the titles)."""
    kin = tables.kin_words()
    out: set[str] = set()
    for tok in doc:
        if tok.i < 2 or len(tok.text) < 3 or not tok.is_alpha or not _NAME_WORD.match(tok.text):
            continue
        prev = doc[tok.i - 1]
        bare = prev.text.islower() and prev.text in kin and prev.whitespace_ == " "
        if not bare and (prev.text != "," or doc[tok.i - 2].lower_ not in kin):
            continue
        if _name_ends_here(doc, tok):
            out.add(exact_key(tok.text))
    return out


def _name_ends_here(doc, tok) -> bool:
    """True when a one-word name at ``tok`` ends there: the sentence or clause ends, "and"
    lists another, or a comma is followed by lower-case words ("his son Brent, who"), not by
    another capitalised name, as after a town ("Farrow, Lyle")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or nxt.text in (".", ";") or nxt.lower_ == "and" or (
        nxt.text == "," and tok.i + 2 < len(doc) and not doc[tok.i + 2].text[:1].isupper())


#: words that name an animal by the name after them: "named Moose", "called Vegas"
_NAMING_WORDS = frozenset({"named", "called"})
#: dashes between an animal's word and its name: "poodles -- Vegas and Trouble"
_DASHES = frozenset({"-", "--", "—", "–"})
#: a word that may stand between an animal's word and its name: "canine partner, Browning"
_ANIMAL_ROLES = frozenset({"partner", "companion"})


def animal_names(doc) -> set[str]:
    """Exact keys of the one-word names an animal's word introduces (``animal_nouns.tsv``):
    after "named" or "called" or a dash ("a spaniel named Moose", "the poodles -- Vegas
    and Trouble"), or, after a singular word, right after it or after a comma ("the dog
    Rex", "his canine partner, Browning"). The name ends there or goes on in lower case,
    as a relative's does (:func:`relatives`): "the horse, Texas officials said" is no
    apposition."""
    animals = tables.animal_nouns()
    out: set[str] = set()
    for tok in doc:
        if tok.i < 1 or len(tok.text) < 3 or not tok.is_alpha or not _NAME_WORD.match(tok.text):
            continue
        k = tok.i - 1
        between = doc[k].lower_
        if between in _NAMING_WORDS or between in _DASHES or between == ",":
            k -= 1
        if k >= 0 and doc[k].lower_ in _ANIMAL_ROLES:
            k -= 1
        if k < 0 or doc[k].lower_ not in animals or not doc[k].text.islower():
            continue
        if doc[k].lower_.endswith("s") and between not in _NAMING_WORDS and between not in _DASHES:
            continue
        if _name_ends_here(doc, tok):
            out.add(exact_key(tok.text))
    return out


def kin_owners(doc) -> set[str]:
    """Exact keys of the one-word names a possessive and a relative's word follow ("Farrow's
    father"): a town has no father, so the name is a person's even where a comma after it
    reads like a town's ("Farrow, Lyle and a neighbour, Farrow's uncle"). A longer name
    ("Kansas City's") is not one person."""
    kin = tables.kin_words()
    out: set[str] = set()
    for tok in doc[:-2]:
        if len(tok.text) < 3 or not tok.is_alpha or not _NAME_WORD.match(tok.text):
            continue
        if doc[tok.i + 1].text not in ("'s", "’s") or doc[tok.i + 2].lower_ not in kin:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is None or prev.is_sent_start or not (prev.is_alpha and prev.text[:1].isupper()):
            out.add(exact_key(tok.text))
    return out


def given_names(doc, is_place: Callable[[str], bool]) -> set[str]:
    """Exact keys of the first words of the report's full personal names (as :func:`surnames`)
    of two or three words whose later words are no feature or public body's word
    (``features.tsv``, ``institution_words.tsv``) and that the report never writes in
    lower case: a place or body the model took for a person ("Alverton Racecourse",
    "Logan Elementary", "Alverton Fire Chief Ann Lee") opens with its town, not a given name."""
    return _given_names(doc, full_names(doc, is_place))


def _given_names(doc, names) -> set[str]:
    lower = {t.text for t in doc if t.is_alpha and t.text.islower()}
    common = lower | set(tables.feature_words()) | tables.institution_words()
    return {first for first, _last, words in names
            if len(words) <= 3 and not any(w.casefold() in common for w in words[1:])}


def full_names(doc, is_place: Callable[[str], bool]) -> set[tuple[str, str, tuple[str, ...]]]:
    """(given name, surname) exact keys and the words of the report's full personal names
    (surname "" for an untagged given name before a surname tagged alone); a name of two or
    more words the model took for a body or a place is a person's when an age follows it
    ("Jo Fisher, 26, of Alverton")."""
    from ..nlp import doc_text  # (``doc.text`` joins every token anew on each call)
    out: set[tuple[str, str, tuple[str, ...]]] = set()
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
    for ent in doc.ents:
        if ent.label_ != "PERSON" and not (ent.label_ in ("ORG", "GPE", "FAC") and " " in ent.text
                                           and _AGE_AFTER_RE.match(doc_text(doc), ent.end_char)):
            continue  # (a name the model took for a body, with an age: "Jo Fisher, 26, of")
        words = ent.text.split()
        given = _given_before(doc, ent, places) if len(words) == 1 else None
        if given:
            words = [given, *words]  # "Justice Okafor" with only "Okafor" tagged
        # ("Ann Lee Jr.", "John Doe III": the surname is the word before the suffix)
        while len(words) > 2 and words[-1].rstrip(",").casefold() in tables.name_suffixes():
            words = words[:-1]
        if len(words) < 2 or not all(_NAME_WORD.match(w) for w in words):
            continue
        if ent[0].pos_ != "PROPN":
            continue  # "Historic Dublin", "Rethinking Egypt": no given name before it
        if words[0].casefold() in tables.area_words() and is_place(" ".join(words[1:])):
            continue  # ("Historic Alverton", "Metro Brill" tagged a person: the town's part or area)
        last = re.sub(r"(?:['’]s|['’])$", "", words[-1])
        if len(last) < 3 or is_place(" ".join(words) if given else ent.text):
            continue
        # (a surname the model tagged alone gives only the given name before it: the
        # report names no one in full, and its own tags already read the surname)
        out.add((exact_key(words[0]), "" if given else exact_key(last), tuple(words)))
    return out


def _given_before(doc, ent, places: set[str]) -> str | None:
    """The one capitalised proper noun right before a person's name that the model
    left untagged and alone ("Justice" of "Justice Okafor has been charged", only
    "Okafor" tagged): the person's given name, when the report tags it no place."""
    if ent.start == 0:
        return None
    tok = doc[ent.start - 1]
    if tok.ent_iob_ != "O" or tok.pos_ != "PROPN" or tok.whitespace_ != " " or tok.text in places \
            or not _NAME_WORD.match(tok.text) or tok.text.endswith("."):
        return None
    if ent.start >= 2 and not tok.is_sent_start:
        prev = doc[ent.start - 2]
        if prev.text[:1].isupper() and prev.pos_ == "PROPN":
            return None  # a longer run: "Chicago Mayor Ann Lee", "South Sudan Ann Lee"
    return tok.text
