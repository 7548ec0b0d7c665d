"""Death figures of a parsed sentence: numbers and people killed one by one.

``sentence_death_figures`` joins the figures the pattern reader finds (``phrases``) with
the victims a parse names without a number ("the mayor was murdered", "Perez and his
driver died", "he died", and those killed "along with" one), each told as exact, anaphoric
("the victim"), a pronoun, or the doer's own death, so that the counting rules can weigh them.
"""
from __future__ import annotations

from ...model import DeathFigure
from .counting import _is_name
from .cues import told_as_a_wars_toll, told_as_an_aggregate, told_of_earlier_incidents
from .death_verbs import _death_subjects, _kills, _reflexive_objects
from .lexicon import _LEX, _V_ANAPHORS, _V_COMPANIONS, _V_PRONOUNCED, _V_PRONOUNS
from .lexicon import _V_BODY_OWNERS, _V_PLURAL_BODY_OWNERS
from .persons import (_V_PLURAL_PRONOUNS, _full_name, _listed_as_apposition, _person_count, _plural_pronoun_figure,
                      is_person_token)
from .phrases import find_death_figures, toll_holds_the_rest
from .quantities import parse_number


#: the group of a death told by a pronoun ("he died"): one person, whichever pronoun tells it
PRONOUN_GROUP = "(he/she)"


def _killed_by_the_doer(v, tok) -> bool:
    """"Arlo killed his parents": the object of a killing, whom the doer killed, never him."""
    return v.dep_ == "dobj" and v.head.i == tok.i and tok.pos_ in ("VERB", "AUX") and _kills(tok)


def _victims_one_by_one(sent, text: str) -> list[DeathFigure]:
    out = []
    for tok in sent:
        subjects = _death_subjects(tok)
        reflexives = _reflexive_objects(tok, subjects)
        for r in reflexives:
            # his own death, counted beside his victims' deaths only (``counted_figures``)
            out.append(DeathFigure(count=1, group=r.lower_, start=r.idx, end=r.idx + len(r.text),
                                   text=r.text, qualifier="self"))
        for subj in subjects:
            if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                # "Arlo Venkman, 19, who was fatally stabbed": the clause tells of its noun, the victim
                subj = tok.head
            for v in (subj, *subj.conjuncts, *_listed_as_apposition(subj)):
                # (a body that is found, dumped or lies somewhere: not "a bullet lodged in his body")
                body_owner = v.dep_ == "poss" and v.pos_ in ("PRON", "DET") and v.head.dep_ in (
                    "nsubj", "nsubjpass", "dobj")
                if v.lower_ in _V_PRONOUNS and v.pos_ == "PRON" or body_owner and v.lower_ in _V_BODY_OWNERS:
                    # (and "his body was found": the body of someone told of before)
                    # "he died": someone told of before, counted once when nothing else counts him
                    out.append(DeathFigure(count=1, group=PRONOUN_GROUP, start=v.idx, end=v.idx + len(v.text),
                                           text=v.text, qualifier="pronoun"))
                    continue
                if v.lower_ in _V_PLURAL_PRONOUNS and v.pos_ in ("PRON", "DET") or body_owner and \
                        v.lower_ in _V_PLURAL_BODY_OWNERS:  # (and "their bodies were found")
                    out += filter(None, [_plural_pronoun_figure(v)])
                    continue
                n = _person_count(v)
                if not n:
                    continue
                start = min(t.idx for t in v.subtree if t.i <= v.i)
                end = v.idx + len(v.text)
                group = _full_name(v) if v.lower_ != "one" else text[v.idx:v.right_edge.idx + len(v.right_edge.text)]
                # "the victim died", and anyone "pronounced dead": someone the report told of before;
                # but "killed the boy and himself" tells the boy's death as it tells the killer's
                anaphoric = not reflexives and v.lemma_.lower() in _V_ANAPHORS and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in v.children
                ) or tok.lemma_.lower() in _V_PRONOUNCED
                out.append(DeathFigure(count=n, group=group, start=start, end=end, text=text[start:end],
                                       qualifier="anaphoric" if anaphoric else "exact",
                                       victims_only=_killed_by_the_doer(v, tok),
                                       definite=any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                                    for c in v.children)))
        if subjects:
            out += _companions(tok, text, out)
    return out


def _companion_words(tok) -> list:
    """The people after "with" that "along" or "together" joins to a death verb: "shot dead
    along with two of his guards" (along -> with -> two), "killed together with his driver"
    (with <- together)."""
    withs = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ in _V_COMPANIONS for g in c.children):
            withs.append(c)
        elif c.dep_ in ("prep", "advmod") and c.lower_ in _V_COMPANIONS:
            withs += [g for g in c.children if g.dep_ == "prep" and g.lower_ == "with"]
    return [v for w in withs for p in w.children if p.dep_ == "pobj" for v in (p, *p.conjuncts)]


def _companion_name(v) -> str | None:
    """The name a companion is told by: "their uncle Tobin Marsh", "his wife, Ann", or the
    name itself."""
    if v.pos_ == "PROPN":
        return _full_name(v)
    names = [c for c in v.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > v.i]
    return _full_name(names[0]) if names else None


def _companions(tok, text: str, victims: list[DeathFigure]) -> list[DeathFigure]:
    """"The mayor was shot dead along with two of his guards": the people who died with the
    victim the verb names, counted beside him. A companion told by a name the sentence
    already counts, or that the report names in another sentence, adds no one: the report
    counts that person where it names her ("along with their mother Ann ... his wife Ann")."""
    out = []
    for v in _companion_words(tok):
        of = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if v.pos_ == "NUM" and of and is_person_token(of[0]):
            n, group = parse_number(v.text) or 0, of[0].text  # "two of his guards"
        else:
            n, group = _person_count(v), _companion_name(v) or v.text
        if not n or any(_same_name(group, f.group) for f in victims) or _named_elsewhere(group, tok.sent):
            continue
        start = min(t.idx for t in v.subtree)
        end = max(t.idx + len(t.text) for t in v.subtree)
        out.append(DeathFigure(count=n, group=group, start=start, end=end, text=text[start:end], qualifier="exact"))
    return out


def _named_elsewhere(name: str, sent) -> bool:
    """A person's name the report tells outside ``sent`` too."""
    if not _is_name(name):
        return False
    return any(t.pos_ == "PROPN" and t.dep_ != "compound" and not sent.start <= t.i < sent.end
               and _same_name(name, _full_name(t)) for t in sent.doc)


def _same_name(a: str, b: str) -> bool:
    """Two groups told by one name: equal, or one a given name or surname of the other."""
    if not (_is_name(a) and _is_name(b)):
        return False
    a, b = a.lower().split(), b.lower().split()
    short, long_ = sorted((a, b), key=len)
    return short == long_ or len(short) == 1 and short[0] in (long_[0], long_[-1])


def _describes_a_victim(sent, f: DeathFigure, victims: list[DeathFigure]) -> bool:
    """"Ivo Brandt, a local commander, was killed": the pattern reader takes "a local
    commander" for a victim, but the parse hangs it on a victim it names as an apposition,
    a description of him that adds no one (or on a name that is itself one of the victim's)."""
    span = sent.doc.char_span(f.start, f.end, alignment_mode="expand")
    if f.count != 1 or span is None or span.root.dep_ != "appos":
        return False
    named = span.root.head
    while named.dep_ == "appos" and named.head.i != named.i and not any(
            g.count and g.start <= named.idx < g.end for g in victims):
        # ("Another nurse, Ana Ruiz, a volunteer, died": a description of the name, itself one of the victim)
        named = named.head
    return any(g.count and g.start <= named.idx < g.end for g in victims)


_RECALL_VERBS = frozenset(w.lower() for w in _LEX["recalled"]["verbs"])


def _recalled(sent, f: DeathFigure) -> bool:
    """A figure inside the object of a verb recalling history ("the attack recalled the 2015
    massacre, in which 130 people died"), or inside a clause of time measured in years ("to mark
    one year since car bombs killed 120": factuality._recalled_years_on): the dead of that old
    incident."""
    from ..factuality import _recalled_years_on
    from ..lexicon import default_lexicon
    cues = default_lexicon().cues
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and _recalled_years_on(tok, cues) and \
                tok.left_edge.idx <= f.start < tok.right_edge.idx + len(tok.right_edge.text):
            return True
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _RECALL_VERBS:
            continue
        # (and a noun the parser joins to the verb: "recall the explosion ..., and the murder of ...")
        for obj in tok.children:
            if (obj.dep_ == "dobj" or obj.dep_ == "conj" and obj.pos_ == "NOUN") and \
                    obj.left_edge.idx <= f.start < obj.right_edge.idx + len(obj.right_edge.text):
                return True
            if obj.dep_ == "dobj" and any(lo <= f.start < hi for lo, hi in _listed_after(sent, obj.right_edge.i)):
                return True
    return False


def _listed_after(sent, last: int) -> list[tuple[int, int]]:
    """The character spans of the items a semicolon sets after a recalled object ("let us recall
    the crash of the airliner, in which 100 died; the bomb at the police headquarters; the murder
    of many journalists"): each part up to the next semicolon whose words hang on no verb of their
    own, a noun phrase more in the list; the list ends at a part with a verb ("...; and let us
    recall ..." is a clause of its own)."""
    doc, spans, i = sent.doc, [], last + 1
    while i < sent.end and doc[i].text == ";":
        j = i + 1
        while j < sent.end and doc[j].text != ";":
            j += 1
        part = [t for t in doc[i + 1:j] if not t.is_space]
        heads = [t for t in part if not i < t.head.i < j or t.head.i == t.i]
        if not part or any(t.pos_ in ("VERB", "AUX") for t in heads) or not any(
                t.pos_ in ("NOUN", "PROPN") for t in heads):
            break
        spans.append((part[0].idx, part[-1].idx + len(part[-1].text)))
        i = j
    return spans


def sentence_death_figures(sent) -> list[DeathFigure]:
    """Death figures of a parsed sentence: the numbers ``find_death_figures`` reads, and
    people killed one by one with no number ("the mayor was murdered", "Perez and his
    driver died") that no number already covers."""
    from ...nlp import doc_text
    text = doc_text(sent.doc)
    one_by_one = _victims_one_by_one(sent, text)
    from ...time import dateline_span
    dateline = dateline_span(text[:300]) if sent.start_char < 300 else None
    if dateline:
        # ("KHARTOUM -- At least 40 people were killed": a dateline's town the parse made a victim)
        one_by_one = [f for f in one_by_one if not dateline[0] <= f.start < dateline[1]]
    figures = [f for f in find_death_figures(text, sent.start_char, sent.end_char)
               if not _describes_a_victim(sent, f, one_by_one)]
    for f in one_by_one:
        if told_of_earlier_incidents(f, text, sent.end_char) or told_as_a_wars_toll(f, text, sent.start_char) \
                or told_as_an_aggregate(f, text, sent.start_char, sent.end_char):
            continue  # "who have killed the mayor in previous attacks": an earlier incident's dead
        if not any(g.start < f.end and f.start < g.end for g in figures):
            figures.append(f)
    figures.sort(key=lambda f: f.start)
    return toll_holds_the_rest([f for f in figures if not _recalled(sent, f)], text, sent.start_char)
