"""Who a victim word in a parse names, and how many people it counts.

"five members of the family" is five, "his parents" two, "nieces, aged 7 and 11" two,
"Ivo, Tam and Lise Brandt" three names, "they" the people named just before, a pronoun
none (its antecedent is counted where named). Also the lists the parser hangs as
appositions ("a teacher, pastor, and farmer") and a victim's full name.
"""
from __future__ import annotations

import re

from ...model import DeathFigure
from .death_verbs import _headline
from .lexicon import (NON_PERSON, _AGES, _DETERMINERS, _NOBODY, _PAIR_WORDS, _PREV, _V, _V_BODY, _V_COLLECTIVES,
                      _V_PERSONS)
from .quantities import parse_number


#: "the cousins, both 17": a number after "both" is the age of two people
_BOTH_AGE = re.compile(r"both\s+\d{1,3}\b(?!\s*-)", re.I)
#: entity labels that name no victim
_NOT_A_VICTIM_ENT = frozenset("GPE ORG LOC NORP FAC DATE TIME CARDINAL ORDINAL MONEY QUANTITY PERCENT "
                              "EVENT PRODUCT LAW WORK_OF_ART LANGUAGE".split())


def determiner_before(text: str, start: int) -> bool:
    """A determiner is the word before ``start`` ("a 2-year-old", "his 5-year-old son"): it gives
    the count of the noun that follows, so the noun itself is no count."""
    m = _PREV.search(text, max(0, start - 20), start)
    return bool(m) and m.group(1).lower() in _DETERMINERS


def is_person_token(tok) -> bool:
    """A token that names a person: a person noun of the lexicon ("man", "teen") or a
    person's name."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _V_PERSONS or tok.lower_ in _V_PERSONS


def _person_count(v) -> int:
    """How many people a victim token heads: 1 for a person's name or a singular person
    noun, N for "N <person noun>" ("five members of the family"), 0 when it is no
    person, is negated ("no soldier") or is a pronoun (its antecedent is counted where
    named).  A name owning a body ("Perez's body") is a person whatever the tagger's label."""
    if v.lower_ == "one":
        return int(any(c.dep_ == "prep" and c.lower_ == "of" for c in v.children))  # "one of his guards"
    if v.pos_ == "NUM" and v.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in v.children):
        # "two of the five men who were shot died later": the number before "of" is who died
        return parse_number(v.text) or 0
    if v.pos_ == "NUM" and v.dep_ in ("dobj", "conj") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and is_person_token(g) for g in c.children)
            for c in v.children):
        # "killed a candidate and two of his aides": a number of people the verb's object lists
        return parse_number(v.text) or 0
    if _age_as_noun(v):
        return 1
    if v.pos_ not in ("NOUN", "PROPN"):
        return 0
    kids = list(v.children)
    if any(c.lower_ in _NOBODY for c in kids):
        return 0
    if _renames_a_pronoun(v):
        return 0  # "he is the third reporter killed": the pronoun's victim, counted where named
    lemma = v.lemma_.lower()
    if lemma in _V_COLLECTIVES or v.lower_ in _V_COLLECTIVES:
        return 0  # "Family ... died": a group of no told size, not one person
    if v.pos_ == "PROPN" and _owns_a_body(v):
        return 1
    if _name_among_names(v) or _name_left_low(v):
        return 1
    if lemma in NON_PERSON or v.ent_type_ in _NOT_A_VICTIM_ENT and not _given_name_recased_low(v) \
            and not _titled_name(v):
        return 0
    # a title or an apposition also names a person: "defense minister general enrique albujar"
    person = is_person_token(v) or v.pos_ == "PROPN" or any(
        c.dep_ in ("compound", "nmod", "appos") and c.lemma_.lower() in _V_PERSONS for c in kids)
    if not person:
        return 0
    nums = [c for c in kids if c.dep_ == "nummod"]
    if nums:  # "five members of the family" (only a person noun: not "two Navas")
        return (parse_number(nums[0].text) or 0) if lemma in _V_PERSONS else 0
    if v.tag_ in ("NNS", "NNPS"):
        # "his parents were shot to death", "both men died": a noun for two people counts two
        both = any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in kids)
        return 2 if v.lower_ in _PAIR_WORDS or both else _ages_listed(v) or _names_listed(v) or _names_after_colon(v)
    return 1


def _age_as_noun(v) -> bool:
    """An age standing for a person ("killing a 16-year-old and his father"): "old" after a count of
    years, with an article of its own; the tagger reads it as an adjective, the person it names is one."""
    return v.lower_ == "old" and v.dep_ in ("dobj", "nsubj", "nsubjpass", "conj", "pobj", "appos") and any(
        c.lemma_.lower() == "year" and any(g.dep_ == "nummod" for g in c.children) for c in v.children) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in v.children)


def _titled_name(v) -> bool:
    """"killed farmer Anselmo Quispe": a name the tagger takes for a firm's, after a person noun
    written in lower case as its title, is a person's."""
    return v.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < v.i and c.text.islower() and c.lemma_.lower() in _V_PERSONS
        for c in v.children) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in v.children)


def _given_name_recased_low(v) -> bool:
    """"roberto Navas died": in re-cased capital copy a given name the name lists do not know
    stays lower case before a surname they know as a place ("Navas"), and the tagger reads the
    pair as a firm or a place. A lower-case word that is no English word, right before the
    capitalised name as part of it, is that given name: the name is a person's."""
    from ...nlp.parser import dictionary_word
    if v.pos_ != "PROPN" or not v.text[:1].isupper() or v.i == 0:
        return False
    given = v.doc[v.i - 1]
    return (given.dep_ == "compound" and given.head.i == v.i and given.text.isalpha() and given.text.islower()
            and len(given.text) > 2 and not dictionary_word(given.text))


def _name_left_low(v) -> bool:
    """"guerrillas killed osterhagen": re-cased capital copy leaves a name its lists do not know
    in lower case, and the tagger reads it as a common noun. A victim word in lower case that no
    English word list holds, singular and with no article, owner or number of its own (a noun
    would have one: "killed a campesino"), is a person's name."""
    from ...nlp.parser import dictionary_word
    return (v.pos_ in ("NOUN", "PROPN") and v.tag_ in ("NN", "NNP") and v.text.isalpha() and v.text.islower()
            and len(v.text) > 3 and not dictionary_word(v.text)
            and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in v.children))


def _names_listed(v) -> int:
    """A plural person noun with no number right before the people's names ("comrades Jarno
    Felt and Osku Lamm"): one person for each name listed (two or more); 0 otherwise. The
    parser hangs the names anywhere (an apposition of the noun or of an earlier one), so the
    words after the noun are read: a name, then names joined to it."""
    doc = v.doc
    if v.i + 1 >= len(doc) or doc[v.i + 1].ent_type_ != "PERSON" or doc[v.i + 1].pos_ != "PROPN":
        return 0
    head = doc[v.i + 1]
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    names = [t for t in (head, *head.conjuncts) if t.pos_ == "PROPN" and t.i > v.i]
    return len(names) if len(names) >= 2 else 0


#: the glue of a colon's list of names: commas, "and", bracketed ages
_NAME_LIST_GLUE = frozenset({",", "and", "(", ")", ";", "aged"})


def _names_after_colon(v) -> int:
    """A plural person noun with no number, the subject of a clause a colon closes ("the following
    guards died in the attack: Ann Roe and Bo Hale"): one person for each name the colon lists (two
    or more; the parser may start a new sentence at the colon). 0 when anything but names, ages and
    commas follows the colon."""
    doc, verb = v.doc, v.head
    if v.dep_ not in ("nsubj", "nsubjpass") or verb.i < v.i:
        return 0
    colon = next((t for t in doc[verb.i:v.sent.end] if t.text == ":"), None)
    if colon is None:
        return 0
    names, i = 0, colon.i + 1
    while i < len(doc) and doc[i].text not in (".", "!", "?"):
        t = doc[i]
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            names += t.ent_iob_ == "B"
        elif not (t.lower_ in _NAME_LIST_GLUE or t.like_num or t.is_space):
            return 0
        i += 1
    return names if names >= 2 else 0


def _owns_a_body(v) -> bool:
    """A name whose body a report tells of ("Perez's body", "the bodies of Ann Roe and Bo Hale"):
    a dead person, whatever label the tagger gave the name (it often reads one as a firm)."""
    if v.dep_ == "poss":
        return v.head.lemma_.lower() in _V_BODY
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v.dep_ == "pobj" and v.head.lower_ == "of" and v.head.head.lemma_.lower() in _V_BODY


def _renames_a_pronoun(v) -> bool:
    """A person noun after "is"/"was" whose subject is a personal pronoun ("he was the second
    guard shot dead"): it describes the one the pronoun stands for, no one more. A pronoun
    counts none (its antecedent is counted where named), so neither does its description."""
    return v.dep_ == "attr" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in v.head.children)


def _name_among_names(v) -> bool:
    """A bare capitalised word, or a full name, in a list of three or more names, one of them a
    person's ("Ivo, Tam and Lise Brandt were killed", "killed Jo Barnes, Al Lott and Cy Reed"): a
    given name or a person, whatever label the tagger gave it (it often reads the names of such a
    list as an organisation or a place)."""
    if v.pos_ != "PROPN" or v.lower_ in _V_PERSONS or not v.text[:1].isupper() or any(
            c.dep_ in ("det", "poss", "nummod", "amod")
            or c.dep_ == "compound" and not (c.pos_ == "PROPN" and c.text[:1].isupper()) for c in v.children):
        return False
    head = v
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    listed = [head, *head.conjuncts]
    return len(listed) >= 3 and all(t.pos_ == "PROPN" for t in listed) and any(
        t.ent_type_ == "PERSON" for t in listed if t.i != v.i)


def _ages_listed(v) -> int:
    """A plural person noun with no number, followed by the ages of its people ("nieces,
    aged 7 and 11"): one person for each age listed; 0 (no told count) otherwise."""
    from ...nlp import doc_text
    text = doc_text(v.doc)
    end = v.idx + len(v.text)
    comma = re.compile(r",?\s*").match(text, end)
    m = _AGES.match(text, comma.end(), min(len(text), end + 40))
    if m:
        return len(re.findall(r"\d+", m.group(1)))
    # "the cousins, both 17, were killed": the age of both, so two people
    return 2 if comma.end() > end and _BOTH_AGE.match(text, comma.end()) else 0


#: auxiliaries of a plural subject
_PLURAL_AUX = frozenset(("were", "are", "have"))
#: auxiliaries of a singular subject: "Ann Mole, her mother, was killed" names one woman
_SINGULAR_AUX = frozenset(("was", "is", "has"))


def _listed_as_apposition(subj) -> list:
    """"A teacher, pastor, and farmer were killed": the parser hangs the list after the
    first noun as an apposition of it. A bare person noun (no article, no owner) set off by a
    comma in a list (with its own conjuncts or the first noun's) is another person, not the first one named again
    ("the mayor, a father of two" is an apposition: it has an article and no list). Only a
    common noun's list before a plural verb: "Ann Mole, mother and grandmother, was killed"
    names one woman. A headline drops "and" too: "Man kills wife, son" (its bare nouns, with
    no article on the first either, are a list)."""
    out = []
    bare = lambda t: not any(c.dep_ in ("det", "poss", "nummod") for c in t.children)  # noqa: E731
    headline = _headline(subj.sent) and bare(subj) and subj.lemma_.lower() in _V_PERSONS
    # "and" on the first noun: a list, whatever the parser made of its last member
    listed = bool(subj.conjuncts) or any(c.dep_ == "cc" for c in subj.children)
    auxes = {c.lower_ for c in subj.head.children if c.dep_ in ("aux", "auxpass")}
    plural = bool(auxes & _PLURAL_AUX)
    if subj.pos_ not in ("NOUN", "PROPN") or auxes & _SINGULAR_AUX:
        return out
    for a in subj.children:
        if a.dep_ != "appos" or a.pos_ != "NOUN" or a.tag_ != "NN" or a.lemma_.lower() not in _V_PERSONS:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in a.children):
            continue  # "wife, mother of three": one woman described
        if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in a.children):
            continue  # "girl killed, grandmother injured": its own verb tells what befell it
        if (bare(a) and subj.pos_ == "NOUN" and (plural or headline) and (a.conjuncts or subj.conjuncts or headline)
                or _kin_of_the_listed(a) and (a.conjuncts or listed)):
            out += [a, *a.conjuncts]
    return out


def _kin_of_the_listed(a) -> bool:
    """"Ann Lusk, her son, and their dog were shot": in a list joined by "and", a person
    noun owned by a pronoun ("her son") is a relative of the one named, another person."""
    owners = [c for c in a.children if c.dep_ == "poss"]
    return len(owners) == 1 and owners[0].tag_ == "PRP$" and not any(c.dep_ in ("det", "nummod") for c in a.children)


_V_TITLES = frozenset(_V["titles"])


def _given_name(tok) -> bool:
    """A word of a name before its surname that is a given name, not a title ("Mr.", "Officer")."""
    word = tok.lower_.rstrip(".")
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and word not in _V_TITLES and word not in _V_PERSONS


def _full_name(v) -> str:
    """The words naming a victim: a name with its given names ("Ida Haskett"), else the word."""
    if v.pos_ != "PROPN":
        return v.text
    return " ".join(t.text for t in (*(c for c in v.lefts if _given_name(c)), v))


_V_PLURAL_PRONOUNS = frozenset(_V["plural_pronouns"])


#: how the parser may hang a listed name cut off from the subject after it (``_names_cut_off``): as a
#: modifier of the verb (the first three: no person word of their own), or as a subject
_CUT_OFF_DEPS = ("advmod", "npadvmod", "dep", "nsubj", "nsubjpass")


def _names_cut_off(subject) -> list:
    """Names the parser hangs off the subject's verb right before the subject, cut off from it
    by an age ("Varga, 45, and Ilse Brandt were kidnapped": "Varga" made a second subject, or a
    modifier of the verb), the "and" that ends the name's part joining them in one list."""
    out = []
    for c in subject.head.children:
        if c.i >= subject.left_edge.i or c.pos_ != "PROPN" or c.dep_ not in _CUT_OFF_DEPS:
            continue
        if any(t.lower_ == "and" and t.dep_ == "cc" for t in c.subtree) \
                and c.right_edge.i + 1 >= subject.left_edge.i - 1:
            out.append(c)
    return out


def _listed_count(p) -> int:
    """How many people a token of a subject's list counts: a name cut off from the list
    (``_names_cut_off``) one, whatever entity the tagger took it for ("Varga" read as a town)."""
    return _person_count(p) or int(p.pos_ == "PROPN" and p.dep_ in _CUT_OFF_DEPS[:3] and p.head.pos_ == "VERB")


def _antecedent_people(v) -> list:
    """The people a plural pronoun ("they", "both", the object "them") names: the last nominal subject before it
    in its sentence, else in the sentence before, with its conjuncts, when they count two or
    more; else none."""
    sent = v.sent
    previous = v.doc[sent.start - 1].sent if sent.start > 0 else None
    for where in (sent, previous):
        if where is None:
            continue
        subjects = [t for t in where if t.i < v.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
                    and not (v.dep_ == "dobj" and t.head.i == v.head.i)]  # ("the captors shot them": not the captors)
        if subjects:
            people = [*_names_cut_off(subjects[-1]), subjects[-1], *subjects[-1].conjuncts]
            if sum(_listed_count(p) for p in people) >= 2:
                return people
            # "Gunmen seized two aid workers. Both were found dead": when the subject counts nobody
            # (a bare plural such as "gunmen", the doers), the pronoun names the verb's object, the victims
            objects = [t for t in where if t.i < v.i and t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")
                       and t.head.i == subjects[-1].head.i]
            people = [objects[-1], *objects[-1].conjuncts] if objects and not _person_count(subjects[-1]) else []
            return people if sum(_person_count(p) for p in people) >= 2 else []
    return []


def _plural_pronoun_figure(v) -> DeathFigure | None:
    """"The cook and his nephew were flown to Akron General, where they later died": the deaths of the
    people the pronoun names, someone told of before (counted like "the victim died")."""
    people = _antecedent_people(v)
    if not people:
        return None
    return DeathFigure(count=sum(_listed_count(p) for p in people), group=" and ".join(p.text for p in people),
                       start=v.idx, end=v.idx + len(v.text), text=v.text, qualifier="anaphoric", definite=True)
