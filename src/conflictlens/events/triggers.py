"""Finding trigger words in a sentence and checking the conditions some of them carry.

A trigger is matched on lemmas or lower-cased words; the words of a phrase may be
separated by up to two modifiers when the phrase starts with a verb ("took full
control", "had taken several hostages").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import Lexicon, Trigger

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = ("dobj", "nsubjpass", "pobj", "attr", "oprd", "dative")


@dataclass
class TriggerMatch:
    trigger: Trigger
    start_i: int  # token indices in the Doc, end exclusive
    end_i: int
    #: other readings of the same words ("march": protest or troop movement), tried in order
    alternatives: tuple[Trigger, ...] = ()

    def head(self, doc):
        return doc[self.start_i: self.end_i].root


#: inflected form -> lemma, from cues.toml ``irregular_forms`` ("retook" -> "retake"): the
#: lemmatiser misses some verb forms, and then a trigger would go unseen
_IRREGULAR: dict[str, str] = {}


def _set_irregular(lexicon: Lexicon) -> None:
    if _IRREGULAR.get("\0lexicon") == str(id(lexicon)):
        return
    _IRREGULAR.clear()
    for entry in lexicon.cues.get("irregular_forms", ()):
        lemma, *forms = entry.split()
        for f in forms:
            _IRREGULAR.setdefault(f, lemma)
    _IRREGULAR["\0lexicon"] = str(id(lexicon))


def _stems(low: str) -> tuple[str, ...]:
    """Base forms of a regular inflection, for when the lemmatiser misreads a verb ("raped"
    as "rap", "shelled" as a noun): "-ed", "-ing", "-s" taken off, with or without a final
    "e", a doubled consonant undone ("robbed" -> "rob")."""
    out = []
    for suffix in ("ed", "ing", "es", "s"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            base = low[: -len(suffix)]
            out += [base, base + "e"]
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                out.append(base[:-1])
            if suffix == "ed" and base.endswith("i"):
                out.append(base[:-1] + "y")  # "rallied"
    return tuple(out)


#: the dashes that end a dateline ("KHULNA, Bangladesh -- ...", "LAGOS, Nigeria - ...")
_DASHES = frozenset({"--", "-", "\u2013", "\u2014"})


def _forms(tok) -> tuple[str, ...]:
    low = tok.lower_
    irregular = _IRREGULAR.get(low)
    forms = (tok.lemma_.lower(), low, irregular) if irregular else (tok.lemma_.lower(), low)
    if tok.pos_ != "PROPN" and not _plural_noun(tok):
        forms += _stems(low)
    elif tok.tag_ == "NNPS" and (tok.i == tok.sent.start
                                 or tok.i > tok.sent.start and tok.doc[tok.i - 1].text in _DASHES):
        # "Rockets slammed into ...", "KHULNA, Bangladesh -- Demonstrators clashed ...": a plural the tagger
        # names by its capital, at the head of a sentence or of the text after a dateline's dash
        forms += (_singular(low),)
    return forms


def _plural_noun(tok) -> bool:
    """A plural noun the lemmatiser has reduced to its singular ("routes" -> "route", "bases"
    -> "base"): its lemma is its base form, and taking endings off by hand would make a
    different word of it (the verb "rout"). A plural the parser makes the clause's root is
    more likely a misread verb ("Army shells town") and keeps the hand-made stems."""
    return (tok.tag_ == "NNS" and tok.dep_ != "ROOT" and tok.lemma_.lower() != tok.lower_
            and tok.lemma_.isalpha())


def _word_at(doc, i: int, limit: int, word: str) -> int:
    """Tokens used when ``word`` matches at token ``i`` (0 when it does not)."""
    if i >= limit:
        return 0
    if word in _forms(doc[i]):
        return 1
    if "-" in word and i + 2 < limit + 1 and i + 2 <= limit:
        left, _, right = word.partition("-")
        if (i + 2 < limit and doc[i].lower_ == left and doc[i + 1].text == "-"
                and right in _forms(doc[i + 2])):
            return 3
    return 0


#: entity labels whose words are never triggers (a month named March, a firm named Shell)
_NOT_TRIGGERS = frozenset({"DATE", "TIME", "ORG", "PERSON", "WORK_OF_ART", "LAW", "MONEY", "PERCENT", "PRODUCT"})


_DATE_LABELS = frozenset({"DATE", "TIME"})


def _title_case(sent) -> bool:
    """Most words of the sentence are capitalised, as in a headline."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def _in_capitalised_name(tok) -> bool:
    """A word capitalised inside a running sentence and followed by another capitalised word is part of
    a name ("the White Sands Missile Range", "the Bomb Disposal Unit"), not the thing it names; the sentence's
    first word is capitalised by its place ("Scud Missiles" ends its name: the weapon's own)."""
    if not tok.is_title or tok.i == tok.sent.start or tok.i + 1 >= tok.sent.end:
        return False
    after = tok.doc[tok.i + 1]
    return after.is_title and after.is_alpha


def _ends_a_name(tok) -> bool:
    """A capitalised word inside a running sentence that continues a named entity begun by
    another capitalised word is the name's last word ("Marsha Lynch", "Tom Burns"), however
    the small model labels the name (it takes many a person for a place)."""
    if not tok.is_title or tok.i == tok.sent.start or tok.ent_iob_ != "I":
        return False
    prev = tok.doc[tok.i - 1]
    return prev.is_title and prev.is_alpha and prev.ent_type_ == tok.ent_type_


def _continues_line(sent) -> bool:
    """The sentence starts after a line break inside a sentence: the text before it ends in no
    sentence punctuation and no blank line parts them ("a station beside the White\nSands Missile Range"). Wire copy
    wraps its lines so; such a fragment of capitalised words is a name broken off, not a headline."""
    doc = sent.doc
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return False
    prev = doc[i]
    gap = doc.text[prev.idx + len(prev.text):sent.start_char]
    return "\n" in gap and "\n\n" not in gap and gap.strip() == "" and prev.text[-1:].isalnum()


def _ticker(doc, i: int) -> bool:
    """A word in angle brackets is a company's stock symbol in wire copy ("Mobil Corp <MOB>")."""
    before = doc[i - 1].text if i > 0 else ""
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    return before.endswith("<") and after.startswith(">")


def _initial_subject_named_by_mistake(tok) -> bool:
    """The sentence's first word, a one-word PERSON entity in title case, is the subject of the verb
    after it: a common noun capitalised by its place ("Arson is suspected"), not a name."""
    # (the entity tags first: ``tok.sent`` finds the sentence's bounds anew on each call)
    return (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and tok.i == tok.sent.start
            and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
            and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.i > tok.i and all(t.pos_ == "AUX" for t in tok.doc[tok.i + 1:tok.head.i]))


def _weapon_acronym(tok, lexicon: Lexicon) -> bool:
    """An explosive weapon written as its acronym ("an IED struck"), which the tagger takes for an
    organisation's name (unless the whole sentence is in capitals), or named in lower case inside a
    weapon's name ("Grad rockets", "Scud missiles"): the weapon all the same."""
    acronym = tok.is_upper and len(tok.text) >= 3 and not tok.sent.text.isupper()
    if not (acronym or tok.text.islower() and tok.ent_type_ in ("ORG", "PRODUCT")):
        return False
    return any(t.event_type == "Explosions/Remote violence"
               for f in (tok.lower_, tok.lemma_.lower()) for t in lexicon.by_first.get(f, []))


def find_triggers(sent, lexicon: Lexicon) -> list[TriggerMatch]:
    """Non-overlapping trigger matches in a spaCy sentence, longest phrase first."""
    doc = sent.doc
    _set_irregular(lexicon)
    matches: list[TriggerMatch] = []
    i = sent.start
    headline = _title_case(sent) and not _continues_line(sent)
    while i < sent.end:
        tok = doc[i]
        # "March 14", "Shell" the company; in a Title Case headline the tagger takes common
        # words for names ("Grenade Explosion Kills One"), so only dates and times are skipped
        # the first word is capitalised by its place, not as a name: there it is kept when it
        # modifies an event noun ("Grenade explosion kills one", "Mortar attack on ...")
        initial_event = i == sent.start and tok.dep_ == "compound" and (
            tok.head.lemma_.lower() in lexicon.cues.get("event_nouns", ()))
        # ... and so is a plural common noun there ("Mortars struck a market"), which no name is
        initial_event = initial_event or (i == sent.start and tok.pos_ == "NOUN" and tok.tag_ == "NNS")
        # ... and so is a lone word the tagger takes for a person's name there, the subject of its verb
        # ("Arson is suspected", "Arson suspected in fire"): no one is called so
        initial_event = initial_event or _initial_subject_named_by_mistake(tok)
        if tok.ent_type_ in (_DATE_LABELS if headline else _NOT_TRIGGERS) and not initial_event \
                and not _weapon_acronym(tok, lexicon):
            i += 1
            continue
        if _ticker(doc, i) or tok.lower_ in lexicon.cues.get("false_friend_words", ()) \
                or not headline and (_in_capitalised_name(tok) or _ends_a_name(tok)):
            i += 1
            continue
        candidates = [t for f in dict.fromkeys(_forms(tok)) for t in lexicon.by_first.get(f, [])]
        # hyphenated single-word triggers ("cease-fire", "sit-in")
        if i + 2 < sent.end and doc[i + 1].text == "-":
            # the second part in any inflection ("machine-gunned" for "machine-gun")
            candidates = [t for f in dict.fromkeys((doc[i + 2].lower_, *_forms(doc[i + 2])))
                          for t in lexicon.by_first.get(f"{tok.lower_}-{f}", [])] + candidates
        best = None
        # longest phrase first; at equal length strong readings before the weak fallback
        # ("attack": an air strike when an aircraft attacks, else typed by its target),
        # then unconditional readings first
        for trig in sorted(candidates, key=lambda t: (-len(t.words), not t.strong, bool(t.requires))):
            j = i
            ok = True
            skipped_object = False
            for k, word in enumerate(trig.words):
                used = _word_at(doc, j, sent.end, word)
                if not used and k > 0 and j + 1 < sent.end and doc[j].tag_ == "HYPH" and not doc[j].whitespace_ \
                        and not doc[j - 1].whitespace_ and _word_at(doc, j + 1, sent.end, word):
                    j += 1  # the words of a phrase joined by a hyphen ("car-bomb", "suicide car-bomb")
                    used = _word_at(doc, j, sent.end, word)
                gap, j0 = 0, j
                while not used and k > 0 and gap < 2 and doc[i].pos_ in ("VERB", "AUX") and j < sent.end:
                    if doc[j].pos_ in ("DET", "ADJ", "ADV", "NUM", "PRON"):
                        j += 1
                        gap += 1
                        used = _word_at(doc, j, sent.end, word)
                    else:
                        break
                if not used and k > 0 and not skipped_object \
                        and doc[i].lemma_.lower() not in lexicon.cues.get("objectless_trigger_verbs", ()):
                    # the verb's object between the words: "hacked four farmers to death",
                    # "set the market on fire", "took two aid workers hostage"
                    end = _object_end(doc[i], j0)
                    if end:
                        skipped_object = True
                        j = end
                        used = _word_at(doc, j, sent.end, word)
                        if not used and doc[end - 1].dep_ in ("amod", "advmod") and _word_at(doc, end - 1, sent.end, word):
                            # the object's last word is the phrase's own ("burned a woman alive")
                            j, used = end - 1, 1
                if not used:
                    ok = False
                    break
                j += used
            if ok:
                if best is None:
                    best = TriggerMatch(trig, i, j)
                elif j == best.end_i and trig not in best.alternatives and trig != best.trigger:
                    best.alternatives += (trig,)
        if best:
            matches.append(best)
            i = best.end_i
        else:
            i += 1
    return matches


def _object_end(verb, j: int) -> int:
    """The token after the direct object of ``verb`` that starts at token ``j`` (0 if none)."""
    if verb.pos_ != "VERB":
        return 0
    for child in verb.children:
        if child.dep_ == "dobj":
            sub = list(child.subtree)
            if sub[0].i == j and sub[-1].i - j < 6:
                return sub[-1].i + 1
    return 0


# -- syntax helpers -----------------------------------------------------------

def sent_to_the_event(head, verb, lexicon: Lexicon) -> bool:
    """The trigger is where someone was sent or went ("deputies were dispatched to a shooting",
    "officers went out to a knifing"; ``destination_verbs``): those sent answer the call, they
    are neither the event's doers nor its targets."""
    return (verb is not None and head.i != verb.i and head.dep_ == "pobj" and head.head.lower_ == "to"
            and head.head.head.i == verb.i and verb.lemma_.lower() in lexicon.cues["destination_verbs"])


def governing_verb(tok):
    """The verb a token belongs to: itself if a verb, else its nearest verbal ancestor."""
    while tok is not None:
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
    return None


def clause_subjects(verb):
    """Subject tokens of a verb, following xcomp/conj/relcl up to where the subject is."""
    seen = 0
    while verb is not None and seen < 6:
        subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        agents = [gc for c in verb.children if c.dep_ == "agent" for gc in c.children]
        if verb.dep_ == "relcl" and subs and all(t.tag_ in ("WP", "WDT") for t in subs):
            return [verb.head]  # "activists who were marching": the relative pronoun stands for the noun
        if subs or agents:
            return subs + agents
        if verb.dep_ == "relcl":
            return [verb.head]
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            return [verb.head]  # "a crowd of mourners marching", "people protesting power cuts": the noun acts
        if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return []
    return []


def reciprocal_sides(verb, with_preps=("with", "against")) -> list:
    """The sides of a fight told by a verb, each a noun token: its active subjects and the objects
    of "with"/"against" ("X clashed with Y"), with their conjuncts. A coordinated subject of a
    fight is read as its two sides ("X and Y clashed" is "X clashed with Y")."""
    if verb is None:
        return []
    sides = [t for t in clause_subjects(verb) if t.dep_ != "nsubjpass"]
    sides += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in with_preps
              for g in c.children if g.dep_ == "pobj"]
    out = []
    for g in sides:
        for t in [g] + list(g.conjuncts):
            if t not in out:
                out.append(t)
    return out


def speaker_subjects(verb, subjects, lexicon: Lexicon):
    """Pronoun subjects of a clause reported by a verb of saying stand for the speaker ("the
    army said it had cleared the area", "the group announced it was splitting")."""
    if subjects and all(t.pos_ == "PRON" for t in subjects) and verb is not None and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in lexicon.cues["speech_verbs"]:
        return clause_subjects(verb.head) or subjects
    return subjects


def _singular(word: str) -> str:
    """A crude singular for nouns the lemmatiser leaves alone ("Forces" as a proper noun)."""
    if len(word) > 5 and word.endswith("men"):
        return word[:-3] + "man"  # "militiamen", "gunmen" read as names at the start of a sentence
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def subtree_lemmas(tokens, skip=None) -> set[str]:
    """Lemmas and forms of the tokens' subtrees, and their two-word lemma phrases ("armed man"
    for "armed men"), so that two-word entries of the cue lists are found there too. ``skip``
    names tokens whose own subtrees are left out."""
    out = set()
    for t in tokens:
        prev = None
        for s in (_pruned_subtree(t, skip) if skip else t.subtree):
            out.add(s.lemma_.lower())
            out.add(s.lower_)
            out.add(_singular(s.lower_))
            if prev is not None and prev.i + 1 == s.i:
                out.add(f"{prev.lemma_.lower()} {s.lemma_.lower()}")
            prev = s
    return out


def _describing_clause(tok) -> bool:
    """A clause describing a noun ("police backed by helicopters", "the man who killed four people")."""
    return tok.dep_ in ("relcl", "acl")


def _pruned_subtree(tok, skip) -> list:
    """The token's subtree in order, without the subtrees of the tokens ``skip`` names."""
    if skip(tok):
        return []
    out = [tok]
    for c in tok.children:
        out += _pruned_subtree(c, skip)
    return sorted(out, key=lambda t: t.i)


def _finds_bodies(heads, lexicon: Lexicon) -> bool:
    """What a find verb acts on directly (its object, its passive subject) is a body or a corpse."""
    return bool(heads) and all(t.lemma_.lower() in lexicon.cues["body_nouns"] or t.lower_ in lexicon.cues["body_nouns"]
                               for t in heads)


def _pit(tok, lexicon: Lexicon) -> bool:
    """A mine named by what is dug from it ("a gold mine", "the coal mines") is a pit, not a weapon."""
    return tok.lemma_.lower() == "mine" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lexicon.cues["mineral_nouns"] for c in tok.children)


def _not_a_party(tok, lexicon: Lexicon) -> bool:
    """A word in a subject that names no one acting: a clause describing the doer ("airlines
    buying aircraft") or a weapon word that only says what a business deals in ("aircraft
    manufacturers", "weapons makers", "defence contractors")."""
    if tok.dep_ in ("acl", "relcl"):
        return True
    head = tok.head
    if tok.dep_ in ("compound", "amod", "nmod") and head.i != tok.i and (
            {head.lemma_.lower(), head.lower_} & lexicon.cues["industry_nouns"]):
        return True
    return _in_civil_sense(tok, lexicon)


def _in_civil_sense(tok, lexicon: Lexicon) -> bool:
    """An armed word used of a company or a party: "coalition parties", "officers and directors"
    name no armed men."""
    if tok.lower_ not in lexicon.cues["armed_nouns"] and tok.lemma_.lower() not in lexicon.cues["armed_nouns"]:
        return False
    civil = lexicon.cues["civil_bodies"]
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i and tok.head.lemma_.lower() in civil:
        return True  # "coalition parties", "coalition partners"
    partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(p.lemma_.lower() in civil for p in partners)  # "officers and directors"


def phrase_in(sent, phrases) -> bool:
    """One of the multi-word cue phrases is in the sentence, as written or in any inflection
    ("broke up", "rounded up" for "break up", "round up"): matched on the words and on their lemmas."""
    if not phrases:
        return False
    low = sent.text.lower()
    if any(p in low for p in phrases):
        return True
    lemmas = " ".join(t.lemma_.lower() for t in sent)
    if any(p in lemmas for p in phrases):
        return True
    # the words of a phrase joined by a hyphen, in any inflection of the last ("pepper-sprayed",
    # "tear-gassed" for "pepper spray", "tear gas"): hyphens read as spaces on both sides
    hyphened = [p.replace("-", " ") for p in phrases if "-" in p or " " in p]
    if not any("-" in t.text for t in sent) or not hyphened:
        return False
    words = [t for t in sent if t.text != "-"]
    texts = (" " + " ".join(t.lower_ for t in words) + " ",
             " " + " ".join(_hyphen_part(t) for t in words) + " ")
    return any(f" {p} " in x for p in hyphened for x in texts)


def _hyphen_part(tok) -> str:
    """The base form of a word, with its regular ending taken off when it follows a hyphen (the
    lemmatiser leaves "gassed" in "tear-gassed" as it is)."""
    lemma = tok.lemma_.lower()
    if tok.i > 0 and tok.doc[tok.i - 1].text == "-" and lemma == tok.lower_:
        for suffix in ("ed", "ing", "s"):
            if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 3:
                base = lemma[: -len(suffix)]
                return base[:-1] if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls" else base
    return lemma


def _ground_left(sent, lexicon: Lexicon) -> bool:
    """An armed party leaves ground in ``sent``: "the army withdrew from Kamituga", "troops
    pulled out of the town", "the rebels withdrew on Friday", not "the negotiators withdrew from
    the talks" (what is left is a proper name, a place noun or unsaid; an armed party is named)."""
    if not sentence_has(sent, lexicon, "armed_nouns"):
        return False
    leaving = lexicon.cues.get("territory_leaving_verbs", set())
    places = lexicon.cues.get("place_nouns", set())
    for verb in sent:
        if verb.lemma_.lower() not in leaving:
            continue
        left = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "out")
                for t in c.children if t.dep_ == "pobj"]
        left += [c for c in verb.children if c.dep_ == "dobj"]
        if not left or any(t.pos_ == "PROPN" or t.lemma_.lower() in places for t in left):
            return True
    return False


def sentence_has(sent, lexicon: Lexicon, cue: str) -> bool:
    # (a word that only names the kind of a force's members is no word told of itself: "two traffic
    # policemen were shot" tells of no traffic mishap, "border guards" of no border)
    told = [t for t in sent if not _force_noun_modifier(t, lexicon)]
    words = {t.lemma_.lower() for t in told} | {t.lower_ for t in told} | {_singular(t.lower_) for t in told}
    if words & lexicon.cues.get(cue, set()):
        return True
    return phrase_in(sent, lexicon.cue_phrases.get(cue, ()))


def armed_beside(sent, lexicon: Lexicon, noun) -> bool:
    """The sentence names an armed party by a word other than ``noun``'s own ("soldiers" beside
    "vigilantes"): the noun's people act beside or against armed men, as a militia, not as a mob."""
    armed = lexicon.cues["armed_nouns"]
    # (the noun's own compound: "vigilante group")
    own = {noun.i} | {c.i for c in noun.children if c.dep_ in ("compound", "amod")} \
        | ({noun.head.i} if noun.dep_ in ("compound", "amod") else set())
    return any(t.i not in own and not _force_noun_modifier(t, lexicon)
               and (t.lemma_.lower() in armed or _singular(t.lower_) in armed) for t in sent) \
        or phrase_in(sent, lexicon.cue_phrases.get("armed_nouns", ()))


def _force_noun_modifier(t, lexicon: Lexicon) -> bool:
    """The token is a noun modifying a force or guard noun ("traffic" in "traffic policemen",
    "prison" in "prison guards"): the compound names that noun's kind of people."""
    if t.dep_ != "compound" or t.head.i == t.i:
        return False
    head = t.head
    armed = lexicon.cues["armed_nouns"]
    return head.lemma_.lower() in armed or _singular(head.lower_) in armed


def is_aircraft(t, lexicon: Lexicon) -> bool:
    """The token names an aircraft ("a suicide bomber" does not)."""
    # (and a plural the tagger took for a name, its lemma left as written: "KOSTI, Sudan -- Drones
    # launched by the RSF struck")
    if t.lemma_.lower() in lexicon.cues["aircraft_nouns"] or t.lower_ in lexicon.cues["aircraft_nouns"] \
            or _singular(t.lower_) in lexicon.cues["aircraft_nouns"]:
        # (nor "a suicide car bomber", "a truck bomber": a person who carries the bomb, named by its vehicle)
        # ... nor "a bomber detonated his vest": the bomber of a verb only a person on the ground does
        return not (t.lemma_.lower() == "bomber" and (any(
            w.lower_ in lexicon.cues["person_bomber_words"] for w in t.doc[max(t.sent.start, t.i - 3):t.i])
            or t.dep_ == "nsubj" and t.head.lemma_.lower() in lexicon.cues["person_bomber_verbs"]
            or _bomber_killed_in_blast(t, lexicon)))
    return False


def _bomber_killed_in_blast(t, lexicon: Lexicon) -> bool:
    """A bomber told dead by the explosion ("the bomber died in the blast", "the bomber was killed in the
    explosion", "a bomb went off, killing four people and the bomber"): the person who carried the bomb
    (spec §2.4: a suicide attack; the attacker counts among the dead). Not a bomber killed by others."""
    if t.lemma_.lower() != "bomber":
        return False
    blast = lexicon.union("generic_explosion", "explosive_nouns")
    node = t
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "four people and the bomber"
    verb = node.head
    if not (node.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.lemma_.lower() in lexicon.cues["bomber_death_verbs"]):
        return False
    if node.dep_ == "nsubj" and verb.lemma_.lower() == "kill":
        return False  # "the bomber killed five": his victims, not his death
    # the explosion is the cause: "in/by the blast", the killing verb's subject, or the clause it hangs from
    by_blast = any(c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "from") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in blast for g in c.children) for c in verb.children)
    subject_blast = any(c.dep_ == "nsubj" and c.lemma_.lower() in blast for c in verb.children)
    from_blast = verb.dep_ in ("advcl", "xcomp", "conj") and (verb.head.lemma_.lower() in blast or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in blast for c in verb.head.children))
    return by_blast or subject_blast or from_blast


def has_aircraft(sent, lexicon: Lexicon, struck_too: bool = False) -> bool:
    """An aircraft is named in the sentence as what may act: not only as what is hit, destroyed or
    guarded ("destroyed two jets on the ground", "a bomb hit a military plane": an air strike is an
    attack from the air, spec §2.4). With ``struck_too``, named at all ("shot down a helicopter")."""
    planes = [t for t in sent if is_aircraft(t, lexicon)]
    if any(struck_too or not _struck_thing(t, lexicon) for t in planes):
        return True
    if planes:
        return False
    low = sent.text.lower()
    return any(p in low for p in lexicon.cue_phrases.get("aircraft_nouns", ()))


def _struck_thing(tok, lexicon: Lexicon) -> bool:
    """``tok`` names what a verb acts on (its object, its passive subject, what is fired "at"), not what
    acts or is used ("the army used drones", "bombed by jets")."""
    h = tok
    while h.dep_ in ("compound", "amod", "conj", "appos", "nmod") and h.head.i != h.i:
        h = h.head
    if h.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
        return h.head.lemma_.lower() not in lexicon.cues["deploy_verbs"]
    return h.dep_ == "pobj" and h.head.lower_ in ("at", "on", "upon", "against", "into", "toward", "towards", "near")


#: conditions met by a cue-list word in what the trigger verb acts on directly: "released 200 prisoners",
#: "gunfire was exchanged", "seized cattle", "sent troops"
DIRECT_OBJECT_CUES = {"prisoner_object": "prisoner_nouns", "fire_object": "fire_nouns", "goods_object": "goods_nouns",
                      "armed_object": "armed_nouns", "munition_object": "munition_nouns",
                      "fugitive_object": "fugitive_nouns"}


@lru_cache(maxsize=1)
def _group_name_patterns() -> tuple:
    """Two patterns over the armed groups' names of the actor dictionary (not a state's forces):
    full names (any case) and short capitalised aliases (exact case); None for an empty set."""
    from ..data import read_table
    names, short = set(), set()
    for row in read_table("actors", "actors.tsv"):
        if (row.get("inter") or "").strip() not in ("2", "3", "4"):
            continue
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            (short if alias.isupper() and len(alias) <= 6 else names).add(alias)

    def alternation(words: set, flags: int = 0):
        return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b",
                          flags) if words else None
    return alternation(names, re.IGNORECASE), alternation(short)


@lru_cache(maxsize=1)
def _state_force_names_pattern():
    """The names and acronyms of one state's forces (data/actors/state_forces.tsv: "FARDC",
    "Kenya Defence Forces"), in the case written there, or None for an empty table."""
    from ..data import read_table
    names = {r["alias"] for r in read_table("actors", "state_forces.tsv")}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b") \
        if names else None


def _names_state_forces(text: str) -> bool:
    """The text names a state's forces by a name of their own ("the FARDC", "the SSPDF")."""
    pattern = _state_force_names_pattern()
    return pattern is not None and pattern.search(text) is not None


def _names_armed_group(text: str, acronyms: bool = True) -> bool:
    """The text names an armed group of the actor dictionary (not a state's forces): "Hamas and Fatah
    signed an agreement". With ``acronyms`` false, by a full name only (a short capitalised alias
    is as often a company's ticker: "<AMR>")."""
    full, short = _group_name_patterns()
    return any(p is not None and p.search(text) for p in ((full, short) if acronyms else (full,)))


@lru_cache(maxsize=1)
def _demonstrating_body_pattern():
    """The unions and parties of ``data/actors/demonstrator_groups.tsv`` (those written with
    capitals), matched as written."""
    from .screen import _demonstrating_bodies
    names = sorted(set(_demonstrating_bodies()), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None


def _names_demonstrating_body(text: str) -> bool:
    """The text names a body that demonstrates: a union or a party ("the CGT", "PTI supporters")."""
    p = _demonstrating_body_pattern()
    return p is not None and bool(p.search(text))


def _country_own_name(tok) -> bool:
    """The token is a country's own name standing alone as a noun ("Israel", "the United States"),
    not a demonym ("Israeli") nor a word of a longer name ("Russia Today")."""
    if tok.pos_ != "PROPN" or tok.dep_ == "compound":
        return False
    words = [t for t in tok.children if t.dep_ == "compound" and t.i < tok.i] + [tok]
    name = " ".join(t.text for t in words)
    from ..geo import country_info
    from ..actors.dictionary import default_dictionary
    cc = default_dictionary().country_of_word(name)
    return bool(cc) and country_info(cc)[0].lower().removeprefix("the ") == name.lower().removeprefix("the ")


def _named_by(noun) -> list:
    """A noun, its modifiers and appositions, and the names after its "of" ("the town of X")."""
    out = [noun]
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "appos", "nmod", "conj", "det", "nummod", "quantmod"):
            out += list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out += list(c.subtree)
    return out


def _taken_place(noun, lexicon: Lexicon, place_token_ids: set[int]) -> list:
    """What a verb takes, as far as it may name a place: the noun with its modifiers
    (:func:`_named_by`) when the noun is the place itself (a place name or a place noun: "the
    town of X", "the Afghan town", "X, a town north of Y", "X and nearby villages"), a thing
    a place name marks ("the X water station") or a share of a place ("most of the city");
    else the noun alone, so that a place describing a person or a thing is not taken ("a Texas
    prisoner was captured", "the fire took a piece of Alaska's history": no territory)."""
    lemma = noun.lemma_.lower()
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    words = {lemma, noun.lower_} | {f"{c.lemma_.lower()} {lemma}" for c in compounds}

    def place(t) -> bool:
        return t.i in place_token_ids or t.ent_type_ in ("GPE", "LOC", "FAC")

    def place_word(t) -> bool:
        return place(t) or t.lemma_.lower() in lexicon.cues["place_nouns"]
    # a name of several words is the place when any of its words is ("Deir ez-Zor": the tagger marks
    # "Deir"); a thing named by a place is held there ("the X crossing point"), a person is not ("a X man")
    person = words & lexicon.union("civilian_nouns", "person_nouns", "prisoner_nouns", "armed_nouns",
                                   "staff_nouns", "fugitive_nouns")
    if place(noun) or words & lexicon.cues["place_nouns"] or not person and any(
            place_word(t) for c in noun.children if c.dep_ in ("compound", "nmod") for t in c.subtree) \
            or any(place_word(t) for c in noun.children
                   if c.dep_ in ("appos", "conj") for t in _taken_place(c, lexicon, place_token_ids)):
        return _named_by(noun)
    if words & lexicon.cues["place_share_nouns"]:
        return [noun] + [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" for t in _taken_place(g, lexicon, place_token_ids)]
    return [noun]


def _carried_somewhere(match: TriggerMatch, head, lexicon: Lexicon) -> bool:
    """A verb of carrying told with a destination ("the wounded were taken on to a clinic", "he was
    taken back to his cell"): people or things moved somewhere, no place taken from anyone."""
    if match.trigger.phrase not in lexicon.cues["carrying_verbs"] or head.pos_ not in ("VERB", "AUX"):
        return False
    # (the destination may hang from the particle: "taken back to jail")
    near = [head] + [c for c in head.children if c.dep_ in ("prt", "advmod")]
    return any(c.dep_ in ("prep", "dative") and c.lower_ in lexicon.cues["carrying_preps"]
               for h in near for c in h.children)


def _misparsed_subject_words(verb) -> set[str]:
    """The subject of the main verb the parser hung from the last noun of a long subject, in a
    sentence it leaves with no verb at its root ("tens of thousands of opponents of the coup
    gathered": "gathered" as a clause of "coup"): the nouns on the way from the root down to that
    noun. Not a passive told with its agent ("hundreds of roads blocked by snow")."""
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") \
            or verb.sent.root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "agent" for c in verb.children):
        return set()
    words, node = set(), verb.head
    for _ in range(8):
        if node.pos_ in ("NOUN", "PROPN", "NUM"):
            words |= {node.lemma_.lower(), node.lower_}
        if node.head.i == node.i or node.dep_ not in ("pobj", "prep"):
            break
        node = node.head
    return words if node.dep_ == "ROOT" else set()


def _coup_told(noun, lexicon: Lexicon) -> bool:
    """A coup noun told as done, as the way power was taken or as happening ("staged a coup",
    "ousted in a coup", "a coup toppled the president", "there was a coup"), not only named as
    known already ("opponents of the coup", "the coup leaders", "Myanmar coup: ...")."""
    cues = lexicon.cues
    if noun.pos_ == "VERB":
        return True  # a verb reading is told as done
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in cues["coup_attempt_nouns"]:
        noun = noun.head  # "a coup attempt was foiled": the attempt is the coup told
    head = noun.head
    forms = set(_forms(head)) if head.i != noun.i else set()
    if noun.dep_ in ("dobj", "nsubjpass") and forms & cues["coup_staging_verbs"]:
        return True
    if noun.dep_ == "nsubj" and forms & cues["coup_event_verbs"]:
        return True
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children):
        return True  # "there was a coup in X"
    # "seized power in a coup", "was ousted through a coup"
    return noun.dep_ == "pobj" and head.lower_ in cues["coup_means_preps"] and head.head.pos_ in ("VERB", "AUX")


def _place_named(tokens, words: set, sent, lexicon: Lexicon, place_token_ids: set[int]) -> bool:
    """The tokens taken name a place: a place name, or a place noun; a noun that is as often a
    business or a calendar word ("took positions in bonds", "the charge it took in the fourth quarter":
    ``loose_place_nouns``) only in a sentence that names an armed party or a conflict (territory is
    taken by armed actors, codebook §2.1 and §2.6)."""
    if any(t.i in place_token_ids or t.ent_type_ in ("GPE", "LOC", "FAC") for t in tokens):
        return True
    places = words & lexicon.cues["place_nouns"]
    if places - lexicon.cues["loose_place_nouns"]:
        return True
    return bool(places) and _conflict_context(sent, lexicon)


def _conflict_context(sent, lexicon: Lexicon) -> bool:
    """An armed party (not the words common in business news: "security", "unit", "officer"), prisoners
    or an armed conflict is named in the sentence, or an armed group of the actor dictionary."""
    armed = lexicon.union("armed_nouns", minus=("screen_too_common",))
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    named = lexicon.union("armed_nouns", "prisoner_nouns", "conflict_words", minus=("screen_too_common",))
    return bool(words & named) or phrase_in(
        sent, [p for p in armed if " " in p]) or _names_armed_group(sent.text)


def _toll_doer(head, lexicon: Lexicon) -> bool:
    """The noun ``head`` is the subject of a verb that kills or wounds, or whose complement tells
    people dead or hurt ("the operation left nine dead", "the operation killed two")."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "nsubj":
        return False
    verb = head.head
    if {verb.lemma_.lower(), verb.lower_} & lexicon.union("lethal_cues", "injury_cues"):
        return True
    return any(t.lower_ in lexicon.cues["toll_complements"] for c in verb.children
               if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "acomp") for t in c.subtree)


def holds_as(match: TriggerMatch, requires: str, sent, lexicon: Lexicon, place_token_ids: set[int]) -> bool:
    """Whether another condition holds for the same trigger match (conditions built of others,
    and the classifier's second looks at a match: "is its doer armed?")."""
    return condition_holds(TriggerMatch(replace(match.trigger, requires=requires), match.start_i, match.end_i),
                           sent, lexicon, place_token_ids)


def condition_holds(match: TriggerMatch, sent, lexicon: Lexicon, place_token_ids: set[int]) -> bool:
    """Check the trigger's ``requires`` condition (see data/events/cues.toml)."""
    cond = match.trigger.requires
    if not cond:
        return True
    if "+" in cond:
        # conditions joined by "+" must all hold ("armed_subject+place_object": armed men left a place)
        return all(holds_as(match, part, sent, lexicon, place_token_ids) for part in cond.split("+"))
    if cond == "no_protest_subject":
        # "protesters occupied the county headquarters": a sit-in (Protests), not a base established
        return not holds_as(match, "protest_subject", sent, lexicon, place_token_ids)
    doc = sent.doc
    head = match.head(doc)
    verb = governing_verb(head)
    subjects = speaker_subjects(verb, clause_subjects(verb) if verb is not None else [], lexicon)
    holders = []
    if head.pos_ in ("NOUN", "PROPN"):
        modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        # who holds a nominal event: "the supporters' rally", "a rally of/by supporters"
        holders = [c for c in head.children if c.dep_ == "poss"] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
            for g in c.children if g.dep_ == "pobj"]
    else:
        modifiers = []
    # a nominal event's own holder outranks the subject of the verb it hangs from
    # ("police dispersed a rally of supporters": the supporters rallied)
    subj_words = subtree_lemmas(modifiers + holders if holders else subjects + modifiers)
    if cond == "armed_subject":
        # "armed herders", "heavily armed youths": people described as armed are an armed party
        described = any(c.dep_ == "amod" and c.lower_ == "armed" for x in (modifiers + holders if holders else subjects)
                        for c in x.children)
        subj_words = subtree_lemmas(modifiers + holders if holders else subjects + modifiers,
                                    skip=lambda t: _not_a_party(t, lexicon))
        # ... and an armed group named ("Al-Shabaab destroyed", "the Islamic State announced the formation")
        # (by a full name: a company's ticker reads as a group's acronym)
        named = _names_armed_group(" ".join(t.text for x in modifiers + holders + subjects for t in x.subtree),
                                   acronyms=False) if not subj_words & lexicon.cues["armed_nouns"] else False
        if not named and not subj_words & lexicon.cues["armed_nouns"]:
            # ("the FARDC fought", "the SSPDF repelled": a state's forces by their own name)
            named = _names_state_forces(" ".join(t.text for x in modifiers + holders + subjects for t in x.subtree))
        return bool(subj_words & lexicon.cues["armed_nouns"]) or described or named
    if cond == "protest_subject":
        if head.pos_ == "VERB" and not holders and subjects and all(t.dep_ == "nsubjpass" for t in subjects):
            return False  # "two women were paraded through the village": done to them, not a demonstration
        if not subjects and not holders:
            subj_words = _misparsed_subject_words(head) or subj_words
        # "took part in a rally", "staged a march": a demonstration named as what people join
        # (the verb in any of its forms: the lemmatiser reads "was staged" as "stag")
        joined = head.pos_ in ("NOUN", "PROPN") and verb is not None and verb.i != head.i and bool(
            set(_forms(verb)) & lexicon.cues["protest_verbs"])
        # "arrested during a rally", "speeches at the march": a demonstration named as the setting
        # (a lower-case noun the tagger took for a name counts: "at Sunday's march" is no month)
        joined = joined or (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.text.islower()) and head.dep_ == "pobj" and (
            head.head.lower_ in lexicon.cues.get("protest_setting_preps", ()))
        # (not "a gathering of soldiers was attacked": a demonstration is held by unarmed people)
        joined = joined and not (holders and subtree_lemmas(holders) & lexicon.cues["armed_nouns"])
        # (nor "the company staged a rally on Wall Street": a rise of prices told in market words)
        joined = joined and not sentence_has(sent, lexicon, "market_words")
        # ... or a union or party that demonstrates, by its name ("members of the CGT marched")
        body = not subj_words & lexicon.cues["armed_nouns"] and _names_demonstrating_body(
            " ".join(t.text for x in (modifiers + holders if holders else subjects + modifiers) for t in x.subtree))
        return joined or body or bool(subj_words & lexicon.cues["protest_nouns"]) and not (
            subj_words & lexicon.cues["armed_nouns"])
    if cond == "bomber_killed":
        return _bomber_killed_in_blast(head, lexicon)
    if cond == "crowd_fight":
        # "youths fought each other", "rival groups of villagers fought", "residents fought with the police":
        # a crowd is the subject and someone is fought (not "residents fought the fire")
        words = subtree_lemmas(subjects)
        others = {t.lower_ for t in (verb.subtree if verb is not None else [])} & lexicon.cues["fought_other_words"] or len(
            reciprocal_sides(verb)) > 1
        return bool(words & lexicon.cues["crowd_nouns"]) and not words & lexicon.cues["armed_nouns"] and bool(others)
    if cond == "civilian_subject":
        # "7,000 people fled", "villagers were displaced", "thousands of Syrians fled": not "the gunmen fled"
        # (the "by" agent of a passive is what drove them out, not who fled: "families were displaced by
        # clashes between rival militias")
        fled = [s_ for s_ in subjects if not (s_.dep_ == "pobj" and s_.head.dep_ == "agent")]
        if fled and not holders and len(fled) < len(subjects):
            subjects, subj_words = fled, subtree_lemmas(fled + modifiers)
        nationals = any(t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNS") for s_ in subjects for t in s_.subtree)
        return bool(subj_words & lexicon.cues["civilian_nouns"] or nationals) and not (
            subj_words & lexicon.cues["armed_nouns"])
    if cond == "crowd_acl":
        # "fired on a crowd demanding water": a crowd described as voicing a demand is demonstrating
        return head.pos_ == "VERB" and head.dep_ in ("acl", "relcl") and bool(
            {head.head.lemma_.lower(), head.head.lower_} & lexicon.union("crowd_nouns", "protest_nouns"))
    if cond == "stance_modifier":
        # "anti-coup crowds", "pro-democracy crowds": a crowd named by its cause is demonstrating
        prefixes = lexicon.cues["stance_prefixes"]
        return any(c.lower_ in prefixes or c.lower_.split("-")[0] in prefixes and "-" in c.lower_
                   for c in head.children if c.dep_ in ("amod", "compound", "nmod"))
    if cond == "coup_told":
        return _coup_told(head, lexicon)
    if cond == "doer_noun":
        # "vigilantes lynched a thief", "beaten by a vigilante group": the noun names who did the harm,
        # not "gunmen killed two vigilantes" (people harmed are no mob)
        # (nor "four vigilantes died in the gunfight": the subject of a verb of dying is its victim,
        # the fatalities lexicon's intransitive death verbs)
        from .fatalities.lexicon import VICTIM_SUBJECT_VERBS
        node = head.head if head.dep_ in ("compound", "amod", "nmod") else head
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if armed_beside(sent, lexicon, head) or node.dep_ == "nsubj" \
                and node.head.lemma_.lower() in lexicon.cues["reciprocal_fight_verbs"]:
            # "soldiers and vigilantes fought jihadists", "vigilantes fought Boko Haram": a self-defence
            # militia in a fight beside or against an armed party, no mob
            return False
        return node.dep_ == "nsubj" and node.head.lemma_.lower() not in VICTIM_SUBJECT_VERBS \
            or node.dep_ == "pobj" and node.head.dep_ == "agent"
    if cond in ("toll_doer", "no_toll_doer"):
        # "a police operation left nine people dead", "the raid killed four": the noun is the subject of
        # a verb that kills or leaves people dead or hurt, so it names violence, not a troop movement
        return _toll_doer(head, lexicon) == (cond == "toll_doer")
    if cond == "no_toll":
        # "the rebels left the town", not "clashes left five dead in the town": a verb whose complement
        # tells people dead or hurt gives a toll, not a withdrawal
        return not any(t.lower_ in lexicon.cues["toll_complements"] for c in head.children
                       if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "acomp") for t in c.subtree)
    if cond == "verb_head":
        # "troops fired at the crowd", not "a fire at a chemical warehouse": the trigger's word is the verb
        return head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")
    if cond == "withdrawal_told":
        # "entered the town after the rebels withdrew": a place entered as the other side leaves it;
        # so too the sentence right after the withdrawal ("The army withdrew from X on Monday. The
        # rebels moved into the town on Tuesday.")
        before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
        return sentence_has(sent, lexicon, "nonviolent_transfer_cues") or (
            before is not None and sentence_has(before, lexicon, "nonviolent_transfer_cues")
            and _ground_left(before, lexicon))
    if cond == "gathering_told":
        # "went on strike and marched to the ministry": a strike is a demonstration only with a public
        # gathering told (codebook: strikes with no public gathering are no protest)
        return sentence_has(sent, lexicon, "public_gathering_cues")
    if cond == "attack_context":
        # "barrels loaded with toxic substances were dropped", "used chemical substances in an attack": a
        # weapon, an aircraft, an armed party or an attack is named (not a leak at a factory)
        return any(sentence_has(sent, lexicon, c) for c in ("weapon_nouns", "aircraft_nouns", "armed_nouns",
                                                            "attack_words"))
    if cond == "explosive":
        return sentence_has(sent, lexicon, "explosive_nouns")
    if cond == "state_subject":
        # "the coalition bombed a wedding party", "government forces bombed the town": state forces (or a
        # coalition of states) as the doers; not "militants bombed a bus"
        cues = lexicon.cues
        doers = [t for t in subjects if t.dep_ != "nsubjpass"]
        words = subtree_lemmas(doers)
        if any(_country_own_name(t) for t in doers) and not words & cues["non_state_words"]:
            return True  # "Israel struck Hezbollah positions": a state acting by its own name
        return bool(words & lexicon.union("state_words", "state_coalition_words")) and not words & cues["non_state_words"]
    if cond == "aimed":
        # "launched a drone at the town", "fired drones on an army post": the verb aims what it sends at a
        # target, or people are told dead or hurt; not "launched a drone to film the area"
        return any(c.dep_ == "prep" and c.lower_ in lexicon.cues["aim_preps"] for c in head.children) \
            or sentence_has(sent, lexicon, "lethal_cues") or sentence_has(sent, lexicon, "injury_cues")
    if cond == "state_demonym":
        # "an Israeli strike on a motorbike killed two", "a U.S. strike wounded three": a strike a
        # state's demonym or name qualifies, told with people dead or hurt, is that state's attack
        # (not "a French strike halted trains": a walkout harms no one)
        from ..actors.dictionary import default_dictionary
        countries = default_dictionary()
        return any(countries.country_of_word(c.text) for c in modifiers if c.dep_ != "poss" or c.lower_ != "its") \
            and (sentence_has(sent, lexicon, "lethal_cues") or sentence_has(sent, lexicon, "injury_cues")
                 or _struck_on_target(head))
    if cond == "hostage_held":
        # "took ten hostages", "were held hostage", "hostages seized at a plant": people told as taken or held;
        # not "an arms-for-hostages deal", "concern for the hostages" (hostages named, no abduction told)
        takers = lexicon.cues["hostage_verbs"]
        near = [head.head, verb] + ([verb.head] if verb is not None and verb.dep_ in ("xcomp", "oprd") else [])
        return any(t is not None and {t.lemma_.lower(), t.lower_} & takers for t in near)
    if cond == "weapon_used":
        # "fired rockets", "a missile hit the town", "mortars killed two": a weapon told as used; not
        # "a treaty on medium-range missiles", "cut their stocks of rockets" (weapons owned, traded or
        # negotiated over are no attack, spec §2.4). The verb the noun hangs from decides, unless the
        # sentence tells an attack, harm or damage anyway (or names no verb: a headline)
        if head.pos_ in ("VERB", "AUX") or verb is None or verb.i == head.i:
            # (not "investors shelled out five billion": a verb of spending)
            return not any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
        others = {w for t in sent if t.i != head.i for w in (t.lemma_.lower(), t.lower_)}
        if others & lexicon.union("lethal_cues", "injury_cues", "attack_words") \
                or any(sentence_has(sent, lexicon, c) for c in ("lethal_cues", "injury_cues")):
            return True
        return bool({verb.lemma_.lower(), verb.lower_} & lexicon.cues["weapon_use_verbs"])
    if cond == "presence_withdrawn":
        # "withdrew its troops from X", "withdrew from X": a presence is withdrawn; not "withdrew his
        # nomination", "withdrew a recommendation to accept an offer from X" (something else is taken back)
        # ... nor "withdrew from the tournament", "from the peace talks": a contest or a process is left
        left = [g for h in dict.fromkeys((head, verb)) if h is not None for c in h.children
                if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"]
        if any(g.ent_type_ == "EVENT" or {g.lemma_.lower(), g.lower_} & lexicon.cues["withdrawn_from_events"]
               for g in left):
            return False
        things = [c for c in (verb.children if verb is not None else []) if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        return all(subtree_lemmas([t]) & lexicon.cues["armed_nouns"] or t.lemma_.lower() in lexicon.cues["place_nouns"]
                   for t in things)
    if cond == "no_incident_scene":
        # "troops were sent on to the border town", not "deputies sent out to a knifing on Elm Road",
        # "troopers called out to the clinic": a response to a call at an incident's scene is
        # the routine of policing, no change in a group's activity (a verb only: "dispatch received a call"
        # is the dispatcher's office)
        if head.pos_ != "VERB":
            return False
        dest = [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "at") for t in c.subtree]
        words = {t.lemma_.lower() for t in dest} | {t.lower_ for t in dest}
        return not (words & lexicon.cues["incident_scene_words"] or any(t.like_num and t.ent_type_ not in ("DATE", "TIME")
                                                                          for t in dest))
    if cond == "told_as_verb":
        # "soldiers defected": the verb; the noun "defect" is a flaw ("birth defects")
        return head.pos_ == "VERB"
    if cond == "refugee_subject":
        # "refugees arrived in X": people named as displaced tell their displacement by moving
        return bool(subj_words & lexicon.cues["refugee_nouns"]) and not subj_words & lexicon.cues["armed_nouns"]
    if cond == "prison_place":
        return sentence_has(sent, lexicon, "prison_nouns")
    if cond == "prisoner_subject":
        return bool(subj_words & lexicon.cues["prisoner_nouns"])
    if cond == "crowd":
        return sentence_has(sent, lexicon, "crowd_nouns")
    if cond == "crowd_doer":
        # "youths went on the rampage", "rioters rampaged", "a mob rampage": the crowd is who does it, in the
        # doers' own words (not "a gunman went on a shooting rampage, killing four people": one man, the crowd
        # word his victims; nor "the man who ... killed four people": a clause describing him)
        doers = modifiers + holders if holders else subjects + modifiers
        if not doers:
            return sentence_has(sent, lexicon, "crowd_nouns")  # (a headline naming no doer: "Rampage in X")
        return bool(subtree_lemmas(doers, skip=_describing_clause) & lexicon.cues["crowd_nouns"])
    if cond == "aircraft":
        return has_aircraft(sent, lexicon)
    if cond == "aircraft_named":
        return has_aircraft(sent, lexicon, struck_too=True)
    if cond == "no_aircraft":
        return not has_aircraft(sent, lexicon)
    if cond in ("aircraft_agent", "heavy_weapon_agent"):
        # "helicopters fired on", "raids by the air force", "tanks opened fire": the weapon acts
        # (head, then verb: a set of tokens would order them by memory address)
        agents = [g for h in dict.fromkeys((head, verb)) if h is not None for c in h.children
                  if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with", "from") for g in c.children]
        # (the doer's own words, not a clause describing it: "raids by police backed up by helicopters"
        # are police raids, the aircraft only support them; but "rebels using helicopters", "raids conducted by
        # warplanes": who acts)
        def backing(t):
            return _describing_clause(t) and t.lemma_.lower() in lexicon.cues["support_verbs"]
        tokens = [t for a in subjects + modifiers + agents for t in _pruned_subtree(a, backing)]
        text = " ".join(t.lower_ for t in tokens)
        if cond == "aircraft_agent":
            if match.trigger.phrase in lexicon.cues["harm_verb_forms"] and sentence_has(sent, lexicon, "mishap_cues"):
                return False  # "a military plane crashed, killing all on board": a mishap, not a strike
            return any(is_aircraft(t, lexicon) for t in tokens) or any(
                p in text for p in lexicon.cue_phrases.get("aircraft_nouns", ()))
        # a verb only: "a fire from an oil tank" names no weapon firing
        words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
        return head.pos_ == "VERB" and bool(words & lexicon.cues["heavy_weapon_nouns"])
    objects = [c for c in (verb.children if verb is not None else []) if c.dep_ in OBJECT_DEPS or c.dep_ == "prep"]
    objects += [c for c in head.children if c.dep_ in ("prep", "dobj", "compound")]
    obj_tokens = [s for o in objects for s in o.subtree]
    obj_words = {t.lemma_.lower() for t in obj_tokens} | {t.lower_ for t in obj_tokens}
    if cond == "place_object":
        return bool(obj_words & lexicon.cues["place_nouns"]) or any(
            t.i in place_token_ids or t.ent_type_ in ("GPE", "LOC", "FAC") for t in obj_tokens)
    if cond in ("place_taken", "territory_object") and _carried_somewhere(match, head, lexicon):
        return False
    if cond == "place_taken":
        # a place is what is taken: "captured the town", "took control of X", "X was seized", "the capture of
        # X"; not where something else was taken ("captured two soldiers in X")
        if head.pos_ not in ("VERB", "AUX"):
            # "the capture of X", "X's liberation"; not where a person was captured ("his capture in X")
            roots = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"] + [c for c in head.children if c.dep_ == "poss"]
            taken = [t for r in roots for t in _taken_place(r, lexicon, place_token_ids)]
            words = {t.lemma_.lower() for t in taken} | {t.lower_ for t in taken}
            return _place_named(taken, words, sent, lexicon, place_token_ids)
        if head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in lexicon.cues["state_verbs"]:
            return False  # "the rebels control most of the province": a state, not a taking
        roots = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        roots += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "over", "into")
                  for g in c.children if g.dep_ == "pobj"]
        roots += [head.head] if head.dep_ in ("acl", "relcl") else []  # "the town captured by rebels"
        # "took control of X", "gained control over X": the place is what control is taken of
        roots = [g for r in roots for g in ([g for c in r.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
                                              for g in c.children if g.dep_ == "pobj"]
                                             if r.lemma_.lower() in lexicon.cues["control_nouns"] else [r])]
        taken = sorted({t.i: t for r in roots for t in _taken_place(r, lexicon, place_token_ids)}.values(),
                       key=lambda t: t.i)
        words = {t.lemma_.lower() for t in taken} | {t.lower_ for t in taken} | {
            f"{a.lemma_.lower()} {b.lemma_.lower()}" for a, b in zip(taken, taken[1:]) if a.i + 1 == b.i}
        return _place_named(taken, words, sent, lexicon, place_token_ids)
    if cond == "base_object":
        return bool(obj_words & lexicon.cues["base_nouns"])
    if cond == "territory_object":
        # "took the town", "the village was captured": a verb whose direct object is a place
        if head.pos_ != "VERB":
            return False
        if head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() in lexicon.cues["state_verbs"]:
            return False  # "the rebels control most of the province": a state, not a taking
        if any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.cues["take_idiom_objects"] for c in head.children):
            return False  # "clashes took place across the city": an idiom of happening
        # (the object itself, its modifiers and "of" names: "the town of X", not "funds for the town")
        direct = [s for c in head.children if c.dep_ in ("dobj", "nsubjpass")
                  for s in _taken_place(c, lexicon, place_token_ids)]
        words = {t.lemma_.lower() for t in direct} | {t.lower_ for t in direct}
        return _place_named(direct, words, sent, lexicon, place_token_ids)
    # "the bombs discovered on Wednesday", "civilians executed by the militants": the noun a participle
    # or relative clause describes is its object
    described = [head.head] if head.dep_ in ("acl", "relcl") else []
    # what the verb acts on directly: its object, its passive subject, or the noun it describes
    direct = [t for c in (verb.children if verb is not None else []) if c.dep_ in ("dobj", "nsubjpass")
              for t in c.subtree] + described
    direct_words = {t.lemma_.lower() for t in direct} | {t.lower_ for t in direct}
    if cond == "person_object":
        # "executed three men", "were executed": people, not "executed a contract"
        people = lexicon.union("civilian_nouns", "person_nouns", "armed_nouns", "prisoner_nouns")
        return bool(direct_words & people) or any(t.ent_type_ in ("PERSON", "NORP") or t.pos_ == "PRON" for t in direct)
    if cond == "armed_released":
        # "rebels released 20 soldiers", "the captured fighters were freed": armed men are the verb's own object
        # (not the noun a participle hangs from, which the parser may get wrong: "footage that police released")
        own = [t for c in head.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
        return head.pos_ == "VERB" and bool(subtree_lemmas(own) & lexicon.cues["armed_nouns"])
    if cond == "no_staff_object":
        # "the sacking of 300 workers", "sacked the coach": people dismissed from their posts, not a place
        # plundered ("rebels sacked the town")
        patients = [t for c in head.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
        # (a noun's patient may hang from a word between: "the sacking after the crisis of 20,000 workers")
        patients += [t for c in head.children if c.dep_ == "prep" and c.lower_ != "by" for t in c.subtree] \
            if head.pos_ in ("NOUN", "PROPN") else []
        words = {t.lemma_.lower() for t in patients} | {t.lower_ for t in patients}
        people = lexicon.union("staff_nouns", "person_nouns", "civilian_nouns")
        # (a name is no sign: the tagger takes places for persons, "the sack of Orvan"; a pronoun object is a person)
        return not (words & people or any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in head.children))
    if cond == "people_object":
        # "seized a local official", "took away three villagers": unarmed people named by what they are; not a
        # name alone, which may be a place the tagger took for a person ("seized Orvan")
        # (a building is no person: "seized the residence of the governor")
        heads = [c for c in (verb.children if verb is not None else []) if c.dep_ in ("dobj", "nsubjpass")]
        if heads and all(c.lemma_.lower() in lexicon.union("property_nouns", "place_nouns", "home_nouns")
                         for c in heads):
            return False
        return bool(direct_words & lexicon.union("civilian_nouns", "person_nouns", "prisoner_nouns"))
    if cond == "property_patient":
        # "dozens of homes were burnt", "properties were destroyed during the unrest": property destroyed
        # by a doer not named, and no fire, flood or accident told as its cause
        patients = [t for c in head.children if c.dep_ == "nsubjpass" for t in _named_by(c)]
        agents = [c for c in head.children if c.dep_ == "agent"]
        return head.pos_ == "VERB" and bool({w for t in patients for w in (t.lemma_.lower(), t.lower_)}
                                            & lexicon.cues["property_nouns"]) and not agents \
            and not sentence_has(sent, lexicon, "mishap_cues") and not sentence_has(sent, lexicon, "natural_agents")
    if cond == "armed_context":
        # "security forces built a new camp", "rebels erected checkpoints in a war-torn district": armed men
        # do it or an armed conflict is told; not "plans to turn the building into offices"
        return holds_as(match, "armed_subject", sent, lexicon, place_token_ids) or _conflict_context(sent, lexicon)
    if cond == "conflict_context":
        # "the rebels and the government reached an agreement", "released in exchange for prisoners": an
        # armed party (not the words common in business news: "security", "unit", "officer"), prisoners or
        # an armed conflict named; not "bought the stock in exchange for shares"
        return _conflict_context(sent, lexicon)
    if cond == "place_subject":
        # "the town fell to the rebels", not "reserves fell to 7 billion dollars"
        subj = [t for x in subjects if x.dep_ in ("nsubj", "nsubjpass") for t in _named_by(x)]
        words = {t.lemma_.lower() for t in subj} | {t.lower_ for t in subj}
        to = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        if any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") for g in to for t in g.subtree):
            return False
        return bool(words & lexicon.cues["place_nouns"]) or any(
            t.i in place_token_ids or t.ent_type_ in ("GPE", "LOC", "FAC") for t in subj)
    if cond == "home_object":
        # "villagers abandoned their homes", not "ministers abandoned talks"
        return bool(direct_words & lexicon.union("place_nouns", "home_nouns")) or any(
            t.i in place_token_ids or t.ent_type_ in ("GPE", "LOC", "FAC") for t in direct)
    if cond == "no_crowd_object":
        # "pushed back the militants", not "pushed back demonstrators"
        return not direct_words & lexicon.union("protest_nouns", "crowd_nouns")
    if cond == "armed_party_object":
        # "drove the militants out of the town", "pushed ISIS out of Tikrit": armed men or an armed group
        # named are what is driven out; not "pushing a child out of the way"
        # ("the army drove them out of the town": a pronoun in a sentence telling armed men or a conflict)
        return bool(direct_words & lexicon.union("armed_nouns", "hostile_party_nouns")) or _names_armed_group(
            " ".join(t.text for t in direct)) or bool(direct) and all(t.pos_ == "PRON" for t in direct) \
            and _conflict_context(sent, lexicon)
    if cond in DIRECT_OBJECT_CUES:
        return bool(direct_words & lexicon.cues[DIRECT_OBJECT_CUES[cond]])
    if cond == "armed_of":
        # "cleared the town of insurgents", "rid the district of militants": armed men are what a place is
        # cleared of
        ofs = [g for h in [verb] + [c for c in (verb.children if verb is not None else []) if c.dep_ == "dobj"]
               for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return bool(subtree_lemmas(ofs) & lexicon.cues["armed_nouns"])
    if cond == "coup_object":
        # "soldiers seized the presidential palace", "the army took control of the government"
        # (what is taken, or what control is taken "of" or "over"; not whom it is taken "from")
        taken = [t for c in (verb.children if verb is not None else []) if c.dep_ in ("dobj", "nsubjpass")
                 or c.dep_ == "prep" and c.lower_ in ("of", "over")
                 for t in c.subtree] + [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
                                        for t in c.subtree]
        return bool(subtree_lemmas(taken) & lexicon.cues["coup_objects"])
    if cond == "weapon_object":
        # (not the weapons of an event named as what came before: "captured a checkpoint after a gun battle")
        before = {t.i for o in objects if o.dep_ == "prep" and o.lower_ in lexicon.cues["reference_words"]
                  for t in o.subtree}
        # (nor the weapon of the case a person taken is held in: "captured a suspect in the car bomb
        # attack" takes a person, not a bomb; the case names an earlier incident)
        people = lexicon.union("civilian_nouns", "person_nouns", "prisoner_nouns")
        before |= {t.i for o in objects if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in people
                   for c in o.children if c.dep_ == "prep" for t in c.subtree}
        # (nor "a gold mine located in X": a mine named by what is dug from it is a pit)
        kept = [t for t in [t for t in obj_tokens if t.i not in before] + list(described) if not _pit(t, lexicon)]
        found = [c for c in (verb.children if verb is not None else []) if c.dep_ in ("dobj", "nsubjpass")] + described
        if _finds_bodies(found, lexicon):
            # "their bodies, riddled with bullets, were found": the dead found, not weapons; only a
            # weapon found beside them counts ("found the bodies and two rifles")
            # (the parser may join it to the dead: "the bodies of two rebels and three rifles")
            owners = [g for d in found for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
            kept = [c for d in found + owners for c in d.conjuncts]
        return bool({w for t in kept for w in (t.lemma_.lower(), t.lower_)} & lexicon.cues["weapon_nouns"])
    if cond == "security_object":
        # a security measure: something shut by an armed/state actor, or by nobody named
        # ("the checkpoint has been closed"), not by a storm or a company
        active = [t for t in subjects if t.dep_ != "nsubjpass"]
        if active and not (subtree_lemmas(active) & lexicon.cues["armed_nouns"]):
            return False
        return bool(obj_words & lexicon.cues["security_objects"])
    raise ValueError(f"unknown trigger condition {cond!r}")


def _struck_on_target(head) -> bool:
    """A strike noun aimed "on"/"against" something not a day ("a Russian strike on a power plant",
    "an Israeli strike against a depot"): an attack on a target, told with no one hurt; a walkout
    is told "on Monday" or "at the plant", not aimed on a target."""
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ not in ("on", "against"):
            continue
        for g in c.children:
            if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):
                return True
    return False

