"""Finding actor mentions in a sentence: named groups by alias, generic roles by head noun.

Named aliases are matched on the surface text (longest first), generic roles
("troops", "gunmen", "civilians") on lemmas, with a demonym or country name in
front ("Iraqi security forces", "Nigeria's army") giving the forces' country.
"""
from __future__ import annotations

import dataclasses
import re

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..data import read_table, read_words
from .dictionary import ActorDictionary, ActorEntry, _key


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    #: token index of the mention's syntactic head in the Doc
    head_i: int
    entry: ActorEntry | None = None
    role: str = ""  # generic role ("military", "civilians", ...) when entry is None
    inter: int = 0
    #: country named in front of a generic mention ("Iraqi troops" -> "IQ")
    country_code: str = ""
    #: a bare "forces"/"jets": counts only as the subject of an event
    weak: bool = False
    #: the mention names who spoke ("residents said", "a police spokesman"), not a party
    speaker: bool = False
    #: every country the word in front may name ("Congolese": CD and CG), when it names several:
    #: the event's country, if one of them, is meant
    country_codes: frozenset = frozenset()
    #: a civilian's home, vehicle or business standing for its owner ("the mayor's house"): an
    #: actor of the row, not people a sentence tells harmed or present (the classifier's reading)
    owned: bool = False
    #: named groups a member noun ("militants") cannot stand for: listed in its sentence on the
    #: state's side, they are its opponents (events.extractor)
    not_of: frozenset = frozenset()
    #: lower-cased words in front of a generic head ("separatist" of "separatist fighters"): a
    #: country's reports may name one group by them (data/actors/local_groups.tsv)
    modifiers: str = ""

    @property
    def is_named(self) -> bool:
        return self.entry is not None

    @property
    def is_victim_role(self) -> bool:
        return self.role in ("civilians",)

    @property
    def party(self) -> str:
        """The side this mention names, for counting a sentence's armed sides: a named group by its
        name; the state's forces ("the army", "soldiers", "police") of one country one side, as
        they fight on one side (a soldier of the army is no second party); other generic roles by
        their words."""
        if self.inter == 1 and (self.entry is None or self.entry.country):
            return f"state forces {self.entry.country if self.entry is not None else self.country_code}".lower()
        return self.entry.name.lower() if self.entry is not None else self.text.lower()


def parties_of(mentions) -> set[str]:
    """The sides ``mentions`` name (``ActorMention.party``); the state's forces told with no country
    ("soldiers") beside those of one country named ("the Salvadoran army") are that country's."""
    sides = {m.party for m in mentions}
    states = {k for k in sides if k.startswith("state forces ")}
    if "state forces " in states and len(states) == 2:
        sides.discard("state forces ")
    return sides


#: head nouns that, after a group's name, still name that group
_GROUP_HEADS = frozenset("force fighter militant troop member soldier unit militia jihadist rebel guerrilla "
                         "insurgent commander police gunman gang".split())


#: nouns of an armed crew that, followed by "of" ("a gang of car thieves", "a gang of youths"), name
#: a crime's crew by what it is made of, no organised armed party (a named gang is found by its name)
_CREW_NOUNS = frozenset({"gang"})


def find_actor_mentions(sent, dictionary: ActorDictionary,
                        country_of_word: Callable[[str], str | None] = lambda w: None) -> list[ActorMention]:
    """All actor mentions in a spaCy sentence ``Span``, left to right, non-overlapping."""
    from ..events.triggers import _singular
    from ..nlp import doc_text
    doc = sent.doc
    from ..events.lexicon import default_lexicon
    speech_lemmas = set(default_lexicon().cues["speech_verbs"]) | _informant_verbs()
    speaker_nouns = default_lexicon().cues["speaker_nouns"]
    mentions: list[ActorMention] = []
    i = sent.start
    first_words = dictionary.first_words
    given_country_of_word = country_of_word

    def country_of_word(word: str) -> str | None:  # noqa: F811 - the caller's, then every country's
        return given_country_of_word(word) or dictionary.country_of_word(word)

    letters = [c for c in sent.text if c.isalpha()]
    shouting = len(letters) > 20 and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    while i < sent.end:
        tok = doc[i]
        if tok.lower_ not in first_words and tok.lemma_.lower() not in first_words and not (
                tok.text[:1].isupper() and _singular(tok.lower_) in first_words):
            unknown = _unknown_group_at(doc, i, sent, dictionary, shouting)
            if unknown is not None:
                span, entry = unknown
                mentions.append(ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                                             head_i=span.root.i, entry=entry, inter=entry.inter))
                i = span.end
                continue
            i += 1
            continue
        found = None
        # named actors, longest alias first (text match, hyphen spacing normalised)
        # (the tokens made once for all the lengths tried: ``doc[k]`` makes a new one on each call)
        window = list(doc[i: i + min(dictionary.max_alias_tokens + 4, sent.end - i)])
        for n in range(len(window), 0, -1):
            last = window[n - 1]
            if last.is_space or n > 1 and last.is_punct:
                continue  # "is" + a line break is still the word "is"; "FARC (" is "FARC"
            text = doc_text(doc)[window[0].idx: last.idx + len(last.text)]  # the span's own text
            entry = dictionary.named(text)
            if entry is not None and n == 1 and shouting and (doc[i].is_stop or len(doc[i].text) <= 2):
                entry = None  # "IS", "AA" in upper-case text are words, not groups
            if entry is not None and n == 1 and _word_not_acronym(doc[i], dictionary):
                entry = None  # "Let us recall" is no mention of LeT
            if entry is not None and n == 1 and _acronym_inside_name(doc[i], dictionary):
                entry = None  # "the Mir Ali area" is no mention of MIR
            if entry is not None and (n > 1 or doc[i].text[:1].isupper() or len(doc[i].text) > 3):
                if text.isupper() or text[:1].isupper() or n > 1 or text.lower() == text:
                    found = (n, entry, "")
                    break
        if found is None:
            for n in range(min(dictionary.max_generic_tokens, sent.end - i), 0, -1):
                lemmas = " ".join(t.lemma_.lower() for t in doc[i: i + n])
                words = " ".join(t.lower_ for t in doc[i: i + n])
                role = dictionary.generic_role(lemmas) or dictionary.generic_role(words)
                if role is None and n == 1 and doc[i].text[:1].isupper():
                    # a plural the tagger read as a name at the head of a sentence, after a dateline's
                    # dash ("GAO, Mali -- Jihadists torched ...", "Militiamen burned ..."): its singular
                    role = dictionary.generic_role(_singular(words))
                if role is not None and (_nominal(doc[i + n - 1]) or _state_gerund(doc, i, n, country_of_word)):
                    found = (n, None, role)
                    break
        if found is None:
            i += 1
            continue
        n, entry, role = found
        if entry is None and doc[i + n - 1].lemma_.lower() in _CREW_NOUNS and i + n < sent.end \
                and doc[i + n].lower_ == "of":
            i += n
            continue  # "a gang of car thieves": a crime's crew, told by what it is made of
        # "Islamic State forces", "SDF fighters": the head noun belongs to the named actor
        while entry is not None and i + n < sent.end and doc[i + n].lemma_.lower() in _GROUP_HEADS:
            n += 1
        span = doc[i: i + n]
        mention = ActorMention(
            start=span.start_char, end=span.end_char, text=span.text, head_i=span.root.i,
            entry=entry, role=role[0] if role else "", inter=entry.inter if entry else role[1],
        )
        mention.speaker = _is_speaker(doc[i: i + n], speech_lemmas, speaker_nouns)
        if entry is None and mention.role == "civilians" and _communal_militia(span.root, default_lexicon()):
            mention.role, mention.inter = "communal militia", 4
        elif entry is not None and entry.inter == 4 and _livelihood_head(span.root, default_lexicon()) \
                and not _communal_militia(span.root, default_lexicon()):
            # "soldiers killed four Fulani herdsmen": an ethnic militia named by a livelihood is that
            # militia only doing violence, as the generic word is; harmed, they are civilians
            civ = dictionary.generic.get("civilian")
            if civ is not None:
                mention.entry, mention.role, mention.inter = None, civ[0], civ[1]
        if entry is None:
            mention.modifiers = " ".join(t.lower_ for t in span.root.lefts if t.dep_ in ("amod", "compound"))
            mention.country_code = _modifier_country(doc, i, sent.start, country_of_word)
            if mention.country_code:
                mention.country_codes = _modifier_countries(doc, i, sent.start)
            own_state = role[2] and not mention.country_code and _own_state_modifier(doc, i, sent.start)
            if role[2] and not mention.country_code and not own_state and {
                    _key(span.text), _key(" ".join(t.lemma_ for t in span)),
                    _key(_singular(span.text.lower()))} & dictionary.country_only:
                # (the singular too: "Drones" read as a name after a dateline's dash is "drone")
                i += n
                continue  # "Shelling killed two": no party named
            if role[2] and not mention.country_code and not own_state:
                # "forces", "jets" alone: only as the acting party, never "forces of X"
                if i + n < sent.end and doc[i + n].lower_ == "of":
                    i += n
                    continue
                mention.weak = True
        mentions.append(mention)
        i += n
    mentions = _vigilante_mobs_dropped(mentions, sent)
    _state_backing_militias(mentions, sent.doc)
    _members_of_named(mentions, doc)
    mentions = _descriptions_dropped(mentions, doc)
    mentions += _shared_head_conjuncts(mentions, sent, dictionary)
    mentions += _coordinated_country_forces(mentions, sent, country_of_word)
    _speakers_own_forces(mentions, doc, sent.start, country_of_word)
    mentions += _country_attackers(sent, mentions, dictionary, country_of_word)
    mentions += _country_military_sites(sent, mentions, dictionary, country_of_word)
    mentions += _harmed_people(sent, mentions, dictionary)
    mentions += _civilian_property(sent, mentions, dictionary)
    return sorted(mentions, key=lambda a: a.start)


def _vigilante_mobs_dropped(mentions: list[ActorMention], sent) -> list[ActorMention]:
    """Vigilantes are a self-defence militia (spec §3.3, type 4) only beside another armed party
    ("soldiers backed by vigilantes fought", "gunmen killed two vigilantes"); alone ("vigilantes
    lynched a thief") they are a mob, which the Mob violence cues code with Rioters."""
    from ..events.lexicon import default_lexicon
    from ..events.triggers import armed_beside
    own = [m for m in mentions if m.role == "vigilante militia"]
    if not own:
        return mentions
    armed = armed_beside(sent, default_lexicon(), sent.doc[own[0].head_i]) or any(
        m.inter in (1, 2, 3, 4, 8) and m.role != "vigilante militia" and not m.speaker for m in mentions)
    return mentions if armed else [m for m in mentions if m.role != "vigilante militia"]


#: head nouns of an unnamed militia ("militiamen", "a militia")
_MILITIA_NOUNS = frozenset({"militia", "militias", "militiaman", "militiamen"})


def _state_backing_militias(mentions: list[ActorMention], doc) -> None:
    """An unnamed militia told backing the state's forces ("soldiers, supported by militiamen,
    battled gunmen") fights on their side: ACLED codes it a pro-government militia of the country
    (inter 3), the soldiers' associated actor, not the unidentified armed group they fought."""
    from ..events.lexicon import default_lexicon
    support = default_lexicon().cues["support_verbs"]
    state_heads = {_phrase_head(doc[m.head_i]).i for m in mentions if m.inter == 1 and not m.speaker}
    for m in mentions:
        tok = doc[m.head_i]
        if m.entry is None and m.role in ("member", "unidentified") and tok.lower_ in _MILITIA_NOUNS \
                and _backer_of(tok, support) and _phrase_head(tok.head.head.head).i in state_heads:
            m.role, m.inter = "pro-government militia", 3


def _civilian_property(sent, mentions: list[ActorMention], dictionary: ActorDictionary) -> list[ActorMention]:
    """A home, vehicle or business of an unarmed person ("Ana Ruiz's residence", "the house of the
    mayor", data/actors/civilian_property.tsv) stands for its owner: a civilians mention, so a bomb
    aimed at it has civilians as its target (spec §3.3, type 7). The owner is a person's name or a
    civilian role (parties._unarmed_person); an armed party's property is no such mention."""
    from ..events.lexicon import default_lexicon
    from ..events.parties import _unarmed_person
    words = read_words("actors", "civilian_property.tsv")
    role = dictionary.generic.get("civilian")
    if role is None:
        return []
    lexicon = default_lexicon()
    taken = {i for a in mentions for i in range(a.start, a.end)}
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in words and tok.lower_ not in words or tok.idx in taken:
            continue
        owners = [c for c in tok.children if c.dep_ == "poss"] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not owners:
            continue
        owner = owners[0]
        if any(a.head_i == owner.i and a.inter in (1, 2, 3, 4, 5, 8) for a in mentions):
            continue  # "the army's trucks", "the FMLN's houses"
        # (a person's name: an entity, or in re-cased wire copy a proper name the model types as nothing,
        # not a place or an organisation: "Marta Quintanilla's house")
        person = owner.ent_type_ == "PERSON" or any(
            c.dep_ in ("compound", "flat") and c.ent_type_ == "PERSON" for c in owner.children) or (
            owner.pos_ == "PROPN" and not owner.ent_type_)
        if person or _unarmed_person(owner, lexicon) or any(a.head_i == owner.i and a.inter == 7 for a in mentions):
            out.append(ActorMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, head_i=tok.i,
                                    role=role[0], inter=role[1], owned=True))
    return out


def _army_role_and_taken(mentions: list[ActorMention], dictionary: ActorDictionary):
    """The generic army role (None when the dictionary has none) and the characters the mentions
    found so far cover: what a country's name standing for its forces needs."""
    return dictionary.generic.get("army"), {i for a in mentions for i in range(a.start, a.end)}


def _country_attackers(sent, mentions: list[ActorMention], dictionary: ActorDictionary,
                       country_of_word) -> list[ActorMention]:
    """A bare country name as the subject of an attack verb ("Russia launched missiles at Kyiv",
    data/actors/state_attack_verbs.tsv) names its state forces, as "Russian forces" would: the
    strike is the state's, not an Unidentified Armed Group's. A country told any other way
    ("Russia said", "Ukraine received aid") names no party."""
    verbs = read_words("actors", "state_attack_verbs.tsv", column="lemma")
    role, taken = _army_role_and_taken(mentions, dictionary)
    if role is None:
        return []
    out = []
    for tok in sent:
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.idx in taken:
            continue
        if tok.head.lemma_.lower() not in verbs or tok.head.pos_ != "VERB":
            continue
        start = min((c for c in tok.children if c.dep_ == "compound"), key=lambda c: c.i, default=tok)
        words = sent.doc[start.i: tok.i + 1].text
        country = country_of_word(words) or country_of_word(tok.text)
        if not country:
            continue
        out.append(ActorMention(start=start.idx, end=tok.idx + len(tok.text), text=words, head_i=tok.i,
                                role=role[0], inter=role[1], country_code=country))
    return out


def _country_military_sites(sent, mentions: list[ActorMention], dictionary: ActorDictionary,
                            country_of_word) -> list[ActorMention]:
    """A military site told by its country's name ("fired on Pakistani posts", "shelled Azerbaijani
    positions"): the posts stand for that state's forces manning them, the party fired on (cues
    ``military_targets``), not an unknown group."""
    from ..events.lexicon import default_lexicon
    sites = default_lexicon().cues["military_targets"]
    role, taken = _army_role_and_taken(mentions, dictionary)
    if role is None:
        return []
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in sites or tok.idx in taken:
            continue
        for mod in (c for c in tok.children if c.dep_ in ("amod", "compound") and c.i == tok.i - 1):
            country = country_of_word(mod.text)
            if country and mod.idx not in taken:
                out.append(ActorMention(start=mod.idx, end=tok.idx + len(tok.text), text=f"{mod.text} {tok.text}",
                                        head_i=tok.i, role=role[0], inter=role[1], country_code=country))
    return out


@lru_cache(maxsize=1)
def _harmed_people_words() -> tuple[frozenset[str], frozenset[str]]:
    """(people nouns, harm verbs) of data/actors/harmed_people.tsv."""
    rows = read_table("actors", "harmed_people.tsv")
    return (frozenset(r["word"] for r in rows if r["kind"] == "noun"),
            frozenset(r["word"] for r in rows if r["kind"] == "verb"))


def _demonym_people(tok, dictionary: ActorDictionary) -> bool:
    """A people named by their country's demonym as a plural noun ("killing three Palestinians", "two
    Israelis were wounded"): people, as "people" is, where a harm verb falls on them."""
    if tok.tag_ not in ("NNS", "NNPS") or not tok.text[:1].isupper():
        return False
    return bool(dictionary.country_of_word(tok.text[:-1] if tok.text.endswith("s") else tok.text))


def _harmed_people(sent, mentions: list[ActorMention], dictionary: ActorDictionary) -> list[ActorMention]:
    """"People" told as those harmed ("one person was killed", "20 people were injured", "killing five
    people", "three people died"): unarmed victims (spec §3.3, type 7), so a bombing whose sentence names
    no other target has them as its target; "people" told otherwise ("people fled", "people said")
    stays no party. Not "armed people", nor a word inside another mention."""
    nouns, verbs = _harmed_people_words()
    role = dictionary.generic.get("civilian")
    if role is None:
        return []
    taken = {i for a in mentions for i in range(a.start, a.end)}
    out = []
    for tok in sent:
        if tok.lower_ not in nouns and tok.lemma_.lower() not in nouns and not _demonym_people(tok, dictionary) \
                or tok.idx in taken:
            continue
        if any(c.lower_ == "armed" for c in tok.children):
            continue
        while tok.dep_ == "appos" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "SAN SALVADOR, 30 MAR -- one person was killed": a dateline the parse hangs it on
        head = tok.head
        verb = head.lemma_.lower() in verbs or head.lower_ in verbs
        patient = tok.dep_ in ("nsubjpass", "dobj") or tok.dep_ == "nsubj" and head.lemma_.lower() == "die"
        if verb and patient:
            out.append(ActorMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, head_i=tok.i,
                                    role=role[0], inter=role[1]))
    return out


def _nominal(tok) -> bool:
    """A noun, or a gerund the tagger read as a verb where a noun stands ("Russian shelling
    killed two", "the bombardment and shelling of the town"), or one it read as an auxiliary
    ("Government shelling killed four" parsed as "Government [is] shelling"): no word of the
    generic table is an auxiliary; nor is one the parse makes a subject a verb ("Regime
    airstrikes killed two", the plural tagged as a verb; a subject the tagger read as an
    adjective ("Gunman shoots two" in a headline) is left as it was: read so, the headline
    came apart from the body that tells the same shooting)."""
    return tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG" and (tok.dep_ in (
        "nsubj", "nsubjpass", "dobj", "pobj", "pcomp", "conj") or tok.pos_ == "AUX") \
        or tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("VERB", "AUX")


def _state_gerund(doc, i: int, n: int, country_of_word) -> bool:
    """A gerund right after a country's adjective ("Ukrainian shelling killed a woman"), which the
    tagger may hang on the verb as an adverb: the adjective makes it a noun, the state's fire."""
    last = doc[i + n - 1]
    return n == 1 and last.tag_ == "VBG" and i > doc[i].sent.start and doc[i - 1].pos_ in ("ADJ", "PROPN") \
        and bool(country_of_word(doc[i - 1].text))


#: the links inside one noun phrase: a modifier, an apposition, a name ("the guerrilla organization
#: Shining Path", "FMLN [...] guerrillas")
_PHRASE_DEPS = ("compound", "amod", "nmod", "appos", "flat")


#: the prepositions that tie a member noun to its group ("guerrillas of the FMLN", "gunmen from
#: the Los Lobos gang")
_MEMBER_PREPS = ("of", "from")


def _phrase_top(tok):
    """The head of the noun phrase ``tok`` belongs to, through modifiers, appositions and an "of"
    or "from" ("guerrillas of the FMLN", "gunmen from the Los Lobos gang": the member noun)."""
    for _ in range(6):
        if tok.dep_ in _PHRASE_DEPS and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in _MEMBER_PREPS and tok.head.dep_ == "prep":
            tok = tok.head.head
        else:
            break
    return tok


def allied_mentions(mentions: list[ActorMention], doc) -> list[list[ActorMention]]:
    """Armed parties listed in one phrase ("soldiers and VDP volunteers", "TNLA, MNDAA fighters"):
    one side, as a list names those who act or are hit together; so are a party and those told
    backing it ("soldiers, backed by vigilantes,": the backers are the soldiers' allies). Not
    tallies of the dead counted side by side ("three soldiers and five militants"), nor who spoke."""
    from ..events.lexicon import default_lexicon
    support = default_lexicon().cues["support_verbs"]

    def top(tok):
        while tok.head.i != tok.i:
            if tok.dep_ in ("compound", "amod", "conj", "appos"):
                tok = tok.head
            elif _backer_of(tok, support):
                tok = tok.head.head.head
            else:
                break
        return tok

    lists: dict[int, list[ActorMention]] = {}
    for a in mentions:
        if a.inter in (1, 2, 3, 4, 8) and not a.speaker:
            lists.setdefault(top(doc[a.head_i]).i, []).append(a)
    counted = lambda a: any(c.dep_ == "nummod" for c in _phrase_head(doc[a.head_i]).children)  # noqa: E731
    return [told for told in lists.values() if len({a.party for a in told}) > 1
            and sum(map(counted, told)) < 2]


def _backer_of(tok, support_verbs) -> bool:
    """The agent of a clause of support describing a noun ("vigilantes" in "soldiers, backed by
    vigilantes,"; "police" in "troops supported by police")."""
    agent, verb = tok.head, tok.head.head
    return tok.dep_ == "pobj" and agent.dep_ == "agent" and verb.dep_ in ("acl", "relcl") \
        and verb.lemma_.lower() in support_verbs


def _phrase_head(tok):
    """The noun a name modifies ("VDP" in "VDP volunteers": "volunteers")."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


#: what may stand between a member noun and the group's name it goes with: brackets ("FMLN [...]
#: guerrillas" keeps the expansion's closing bracket outside the name)
_BRACKETS = frozenset("()[]")


def _speakers_own_forces(mentions: list[ActorMention], doc, sent_start: int = 0, country_of_word=None) -> None:
    """Forces told by their possessive as the speaker's own ("AFRICOM said its forces struck",
    "Kenya's army said its troops repelled") are the speaker's state's: a state's forces' word
    with no country of its own takes the country of the state forces heading the verb of saying."""
    for a in mentions:
        if a.entry is not None or a.role not in ("military", "police") or a.country_code:
            continue
        tok = doc[a.head_i]
        if not _own_forces(tok) or tok.head.dep_ not in ("ccomp", "xcomp"):
            continue
        say = tok.head.head
        owner = next((m for m in mentions if m is not a and doc[m.head_i].head.i == say.i
                      and doc[m.head_i].dep_ == "nsubj" and m.inter == 1), None)
        cc = owner and (owner.entry.country if owner.entry is not None else owner.country_code)
        if not cc and owner is None and country_of_word is not None:
            # (a state's body speaking for its forces: "the Russian Defence Ministry said its forces
            # took the village"; state_speaker_words.tsv)
            body = next((c for c in say.children if c.dep_ == "nsubj"
                         and c.lemma_.lower() in read_words("actors", "state_speaker_words.tsv")), None)
            cc = body is not None and _modifier_country(doc, body.i, sent_start, country_of_word)
        if cc:
            a.country_code, a.weak = cc, False


def _told_together(member: ActorMention, group: ActorMention, doc) -> bool:
    """The member noun and the group's name are one phrase: by the parse, or side by side with only
    brackets or the member's own head noun between them ("the guerrilla organization Shining Path",
    which the parse may split into two subjects)."""
    if _phrase_top(doc[member.head_i]).i == _phrase_top(doc[group.head_i]).i:
        return True
    m = doc.char_span(member.start, member.end, alignment_mode="expand")
    g = doc.char_span(group.start, group.end, alignment_mode="expand")
    if m is None or g is None:
        return False
    first, second = (m, g) if m.start < g.start else (g, m)
    own = {m.root.head.i} if m.root.dep_ == "compound" else set()
    return all(t.text in _BRACKETS or t.i in own for t in doc[first.end:second.start])


def _shared_head_conjuncts(mentions: list[ActorMention], sent, dictionary: ActorDictionary) -> list[ActorMention]:
    """A name joined by "and"/"or" to a named actor whose head noun it shares ("Habar Gidir and
    Marehan clan militias"): the name with that head ("Habar Gidir clan militias") is an actor of
    the dictionary too, told without its own head noun."""
    doc, out = sent.doc, []
    taken = {t.i for a in mentions for t in doc.char_span(a.start, a.end, alignment_mode="expand") or ()}
    for a in mentions:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if a.entry is None or span is None or len(span) < 2 or span.start - 2 < sent.start \
                or doc[span.start - 1].lower_ not in ("and", "or"):
            continue
        for k in range(1, 5):
            first = doc[max(sent.start, span.start - 1 - k): span.start - 1]
            if len(first) < k or {t.i for t in first} & taken or not first[0].text[:1].isupper():
                break
            entry = next((e for j in range(1, len(span)) for e in [dictionary.named(
                f"{first.text} {span[j:].text}")] if e is not None and e is not a.entry), None)
            if entry is not None:
                out.append(ActorMention(start=first.start_char, end=first.end_char, text=first.text,
                                        head_i=first.root.i, entry=entry, role="", inter=entry.inter))
                break
    return out


def _coordinated_country_forces(mentions: list[ActorMention], sent, country_of_word) -> list[ActorMention]:
    """Two countries' forces told with one head noun ("Indian and Pakistani troops exchanged fire"):
    the first country's forces are a party of their own, not folded into the second's."""
    doc, out = sent.doc, []
    for a in mentions:
        if a.entry is not None or a.role not in ("military", "police") or not a.country_code:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        j = span.start - 1 if span is not None else -1
        if j - 2 < sent.start or doc[j - 1].lower_ not in ("and", "or") or country_of_word(doc[j].text) != a.country_code:
            continue
        first = doc[j - 2]
        cc = country_of_word(first.text)
        if cc and cc != a.country_code:
            out.append(dataclasses.replace(a, start=first.idx, end=first.idx + len(first.text), text=first.text,
                                           head_i=first.i, country_code=cc, country_codes=frozenset()))
    return out


def _members_of_named(mentions: list[ActorMention], doc) -> None:
    """A member noun, or armed men told in one phrase with a named armed group ("guerrillas of the
    FMLN", "the guerrilla organization Shining Path", "gunmen from the Los Lobos gang") names that
    group, not a second, unknown one."""
    named = [a for a in mentions if a.entry is not None and a.entry.inter in (2, 3, 4)]
    for a in mentions:
        if a.entry is not None or a.role not in ("member", "unidentified"):
            continue
        group = next((g for g in named if _told_together(a, g, doc)), None)
        if group is not None:
            a.entry, a.role, a.inter = group.entry, "", group.entry.inter


#: inter codes of the armed parties (spec §3.3): state forces, rebels, militias, external forces
_ARMED = (1, 2, 3, 4, 8)


@lru_cache(maxsize=1)
def _description_words() -> frozenset[str]:
    """Words that open a phrase telling what a party is (data/actors/description_words.tsv)."""
    return frozenset(r["word"].lower() for r in read_table("actors", "description_words.tsv"))


_DESCRIPTION_GAP = re.compile(r"\s*,\s*((?:[\w'’-]+\s+){1,4})$")


def _describes(a: ActorMention, b: ActorMention, doc) -> bool:
    """``a`` tells what ``b`` is, in ``b``'s own phrase: an apposition ("the gunmen, suspected
    bandits,"), "as" after a participle ("the attackers, locally known as bandits,") or "to be"
    after a verb of belief whose subject ``b`` is ("the attackers, believed to be jihadists,");
    by the parse, else by the words between them closed by a comma after ``a`` (the parser
    often reads such a phrase as a second subject)."""
    from ..nlp import doc_text
    text = doc_text(doc)
    gap = _DESCRIPTION_GAP.match(text, b.end, a.start)
    if gap and set(gap.group(1).lower().split()) <= _description_words() and text[a.end:a.end + 1] == ",":
        return True
    t = doc[a.head_i]
    if t.dep_ == "appos":
        return t.head.i == b.head_i
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.dep_ == "acl":
        return t.head.head.head.i == b.head_i
    if t.dep_ == "attr" and t.head.lemma_ == "be" and t.head.dep_ == "xcomp":
        verb = t.head.head
        return verb.dep_ == "acl" and verb.head.i == b.head_i or any(
            c.i == b.head_i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return False


def _descriptions_dropped(mentions: list[ActorMention], doc) -> list[ActorMention]:
    """An armed party told again by what it is, in its own phrase ("the attackers, locally known
    as bandits,"): one party, no second side of a battle. An unnamed description is left out; a
    named one ("the gunmen, believed to be Boko Haram fighters") names the party described."""
    armed = [a for a in mentions if a.inter in _ARMED and not a.speaker]
    gone: set[int] = set()
    for a in armed:
        b = next((b for b in armed if b is not a and b.start < a.start and id(b) not in gone
                  and _describes(a, b, doc)), None)
        if b is None:
            continue
        if a.entry is not None and b.entry is None:
            b.entry, b.role, b.inter = a.entry, "", a.entry.inter
        if a.entry is None or b.entry is a.entry:
            gone.add(id(a))
    return [a for a in mentions if id(a) not in gone]


def _unknown_group_at(doc, i: int, sent, dictionary: ActorDictionary, shouting: bool):
    """A named organisation spaCy found here that the dictionary lacks but that is named
    like an armed group ("the Zarate Willka Front"): ``(span, entry)`` typed Political militia."""
    tok = doc[i]
    if shouting or tok.ent_iob_ != "B" or tok.ent_type_ != "ORG":
        return None
    j = i + 1
    while j < sent.end and doc[j].ent_iob_ == "I":
        j += 1
    span = doc[i:j]
    if dictionary.named(span.text) is not None:
        return None
    entry = dictionary.unknown_group(span.text)
    return (span, entry) if entry is not None else None


def _livelihood_head(head, lexicon) -> bool:
    """The head is a word of the cue list ``communal_groups`` ("herdsmen", "farmers")."""
    groups = lexicon.cues["communal_groups"]
    return head.lemma_.lower() in groups or head.lower_ in groups


def _communal_militia(head, lexicon) -> bool:
    """A community or livelihood group doing violence in numbers is an identity militia (spec §3.3,
    type 4), not civilians: a plural noun of the cue list ``communal_groups`` ("herders", "farmers")
    armed ("armed herders", "herdsmen wielding guns") or the active subject of a verb of violence
    ("herders attacked farmers", "farmers killed five herders"). One person, a passive subject
    or an object ("a farmer was killed", "gunmen attacked farmers") stays a civilian, and so does
    a group that protests ("farmers protested")."""
    cues = lexicon.cues
    if head.lemma_.lower() not in cues["communal_groups"] and head.lower_ not in cues["communal_groups"]:
        return False
    if head.tag_ not in ("NNS", "NNPS") and not head.lower_.endswith("men"):
        return False
    armed_words = cues["communal_armed_words"]
    if any(c.lemma_.lower() in armed_words or c.lower_ in armed_words for c in head.children
           if c.dep_ in ("amod", "compound", "acl")):
        return True  # "armed herders", "gun-wielding herdsmen", "herders armed with machetes"
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "herders and bandits attacked": the first conjunct holds the verb
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        verb = tok.head.head  # "herders were attacked by farmers": the agent did the violence
    elif tok.dep_ == "nsubj":
        verb = tok.head
    else:
        return False
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    violent = cues["communal_violence_verbs"]
    for v in verbs:
        if v.lemma_.lower() in violent or v.lower_ in violent:
            return True
        # "opened fire on", "set ablaze": a violence verb with its particle or object
        if any(f"{v.lemma_.lower()} {c.lower_}" in violent for c in v.children if c.dep_ in ("dobj", "prt")):
            return True
    return False


@lru_cache(maxsize=1)
def _informant_verbs() -> frozenset[str]:
    """Verbs of blaming, judging and looking into whose subject is an informant whatever its
    object (data/actors/informant_verbs.tsv)."""
    return frozenset(r["lemma"].lower() for r in read_table("actors", "informant_verbs.tsv") if not r["objects"])


@lru_cache(maxsize=1)
def _informant_objects() -> dict[str, frozenset[str]]:
    """Verbs whose subject is an informant only with one of their objects ("received a report"),
    each with those objects (data/actors/informant_verbs.tsv)."""
    return {r["lemma"].lower(): frozenset(w.strip().lower() for w in r["objects"].split(","))
            for r in read_table("actors", "informant_verbs.tsv") if r["objects"]}


def _hears_of(verb) -> bool:
    """True when ``verb`` is one whose subject only learns of an event by its object ("police
    received a report of the kidnapping", "received reports that gunmen ..."): the subject is
    told of the event, no party to it."""
    objects = _informant_objects().get(verb.lemma_.lower())
    return objects is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


def _naming_verbs() -> frozenset[str]:
    """Verbs by which an authority names the people an event touched (data/actors/naming_verbs.tsv)."""
    return frozenset(r["lemma"].lower() for r in read_table("actors", "naming_verbs.tsv"))


def _names_victims(root, head) -> bool:
    """Is ``root`` the subject (or the "by" agent) of a verb naming people (``_naming_verbs``:
    "Dayton police identified the man killed as ...", "was identified by police as") that says
    "as" or tells its object by a clause ("named the three people killed at the park"), and does
    nothing else ("identified and arrested him")? Who named the dead is no doer of the killing."""
    verb = head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        verb = head.head
    elif root.dep_ != "nsubj":
        return False
    if verb.lemma_.lower() not in _naming_verbs() or any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return False
    if any(t.dep_ == "prep" and t.lower_ == "as" for t in verb.subtree if t.i > verb.i):
        return True  # the parser often hangs "as" on the object's last noun
    return any(c.dep_ == "dobj" and any(g.dep_ in ("acl", "relcl") for g in c.children) for c in verb.children)


def _charging_words(role: str) -> frozenset[str]:
    """The verbs of charging or the crime nouns of data/actors/charging_words.tsv."""
    return frozenset(r["word"].lower() for r in read_table("actors", "charging_words.tsv") if r["role"] == role)


def _charges_someone(root, head) -> bool:
    """Is ``root`` the subject of a verb of charging ("Memphis police charged Jo Marsh on
    Thursday with murder in the July 3 shooting") whose clause names a crime after "with", "in",
    "over" or "for", and does it nothing else ("arrested and charged him")? The police or the
    prosecutors who charge are no doers of the violence the charge names."""
    if root.dep_ != "nsubj" or head.lemma_.lower() not in _charging_words("verb") \
            or any(c.dep_ == "conj" and c.pos_ == "VERB" for c in head.children):
        return False
    crimes = _charging_words("charge")
    return any(t.dep_ == "pobj" and t.head.lower_ in ("with", "in", "over", "for") and t.lemma_.lower() in crimes
               for t in head.subtree)


#: pronouns by which a speaker says it acted itself ("police said they killed two robbers")
_SELF_PRONOUNS = frozenset("they we it he she".split())


def _is_speaker(span, speech_lemmas, speaker_nouns) -> bool:
    """An informant, never a party: the subject of a verb of saying ("police said",
    "the army told reporters", "the army command reported"), "according to X", and the employer of a speaker noun ("a
    Taliban spokesman", "a spokesman for the police").  A speaker still acts when it says
    it did ("the SDF announced that they had arrested 89") or claims an attack
    ("IS claimed responsibility")."""
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod", "poss") and head.lemma_.lower() in speaker_nouns:
        return True  # "a Taliban spokesman", "a police official": the informant's employer
    if root.dep_ == "pobj" and head.lower_ in ("for", "of", "from", "with") and (
            head.head.lemma_.lower() in speaker_nouns):
        return True  # "a spokesman for the police", "sources from the army"
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    while root.dep_ == "compound" and head.dep_ == "compound" and head.i > root.i:
        root, head = head, head.head  # "Police Chief Jo Marsh said": up the name's compounds
    if root.dep_ in ("compound", "amod", "nmod", "poss") and head.dep_ in ("nsubj", "nsubjpass"):
        root, head = head, head.head  # "the army command reported": the phrase is the subject
    if _names_victims(root, head) or _charges_someone(root, head):
        return True
    if root.dep_ == "nsubj" and _hears_of(head):
        return True  # "police received a report that a rancher was kidnapped"
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in speech_lemmas:
        kids = list(head.children)
        if any(c.dep_ == "nsubj" and c.i > root.i for c in kids):
            # "Somali forces backed by airstrikes killed 17 fighters, the army said": a verb of
            # saying with two subjects is a misparse; the first is the doer of the news, the last speaks
            return False
        if any(c.lemma_.lower() == "responsibility" for c in kids):
            return False  # "IS claimed responsibility for the attack"
        # (what the speaker says it heard of or looks into is no act of its own: "police said they
        # had received reports that ...", "said they were investigating the murder")
        said = [c for c in kids if c.dep_ in ("ccomp", "xcomp") and not _hears_of(c)
                and c.lemma_.lower() not in _informant_verbs()]
        acted_itself = any(t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in _SELF_PRONOUNS or _own_forces(t))
                           for c in said for t in c.children)
        return not acted_itself
    return False


#: possessives by which a speaker names its own forces ("the army said its troops killed 17")
_OWN_POSSESSIVES = frozenset("its their our".split())


def _own_forces(tok) -> bool:
    """True for the speaker's own forces as what it says acted: a state's forces' word (a generic
    role of data/actors/generic.tsv, "troops", "forces", "warplanes") after "its", "their" or "our"
    ("AFRICOM said its forces struck", "the army said their soldiers repelled")."""
    from .dictionary import default_dictionary
    if not any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in tok.children):
        return False
    role = default_dictionary().generic_role(tok.lemma_) or default_dictionary().generic_role(tok.lower_)
    return role is not None and role[0] in ("military", "police")


def _modifier_country(doc, i: int, sent_start: int, country_of_word) -> str:
    """Country named just before a generic mention: "Iraqi", "U.S.", "Nigeria's"."""
    j = i - 1
    # skip adjectives and compounds between the demonym and the head ("Iraqi joint security")
    while j >= sent_start and j >= i - 4:
        tok = doc[j]
        if tok.text in ("'s", "’s"):
            j -= 1
            continue
        # the longest name first: "South Sudanese", "South Sudan's" are no Sudan's ("Costa Rican",
        # "El Salvador's", "Central African Republic")
        for k in (2, 1):
            if j - k >= sent_start:
                cc = country_of_word(doc[j - k: j + 1].text)
                if cc:
                    return cc
        cc = country_of_word(tok.text)
        if cc:
            return cc
        if j > sent_start and doc[j - 1].whitespace_ == "" and tok.text == ".":
            cc = country_of_word(doc[j - 1].text + ".")
            if cc:
                return cc
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") or tok.text in (",", ";") \
                or _DASH_RE.fullmatch(tok.text):
            # (a dash ends a dateline: "KHERSON, Ukraine -- Shelling killed two" names no
            # Ukrainian shelling)
            break
        j -= 1
    return ""


def _modifier_countries(doc, i: int, sent_start: int) -> frozenset:
    """The countries an adjective naming several stands for right before a generic mention
    ("Congolese troops": the two Congos; geo/tables.demonyms), or none."""
    from ..geo.tables import demonyms
    table = demonyms()
    for j in range(i - 1, max(sent_start, i - 4) - 1, -1):
        codes = table.get(doc[j].text.casefold()) or table.get(doc[j].text)
        if codes:
            return frozenset(codes) if len(codes) > 1 else frozenset()
    return frozenset()


def _own_state_modifier(doc, i: int, sent_start: int) -> bool:
    """A word just before a generic mention that names the event's own state ("Government
    shelling", "regime warplanes"; ``own_state_words.tsv``): such a phrase, which alone names no
    party, then names the state forces of the event's country, as a demonym would."""
    return i - 1 >= sent_start and doc[i - 1].lower_ in read_words("actors", "own_state_words.tsv")


#: a dash standing between words ("--", "—", "–"), which no name runs across
_DASH_RE = re.compile(r"-{2,}|[—–]")


def _word_not_acronym(tok, dictionary: ActorDictionary) -> bool:
    """:func:`word_not_acronym` of a token ("Let us recall" is no mention of LeT)."""
    return word_not_acronym(tok.text, dictionary, tok.is_stop)


def _acronym_inside_name(tok, dictionary: ActorDictionary) -> bool:
    """A word spelt as an acronym alias ("MIR") but written as a word ("Mir") inside a longer
    name the model tagged, not an organisation's ("the Mir Ali area", "Mir Ali" a town): a
    part of that name, no mention of the group (an acronym opens no town's or person's name)."""
    if _key(tok.text) not in dictionary.acronyms or any(c.isupper() for c in tok.text[1:]):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) > 1 and ent.label_ not in ("ORG", "NORP")


def word_not_acronym(text: str, dictionary: ActorDictionary, stop: bool = False) -> bool:
    """A word spelt as an acronym alias ("LeT") but not written as one (no capital past its
    first letter: "Let", "let"), that is an ordinary English word (a function word, or a verb,
    adjective or adverb of the model's word lists, nlp.parser.verb_or_modifier_word): the word.
    A name such as "Farc" or "Isis", a noun of those lists at most, still stands for its group."""
    from ..nlp.parser import verb_or_modifier_word
    if _key(text) not in dictionary.acronyms or any(c.isupper() for c in text[1:]):
        return False
    return stop or verb_or_modifier_word(text.lower())
