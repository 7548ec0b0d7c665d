"""Phrases around a place name that change what the name refers to.

A name alone says little: "near X" is an area around X (precision 2), "the western
desert of X" is a region of X (precision 3), "Y prison in X" puts a site Y inside
X, "X, Y" / "X in Y" / "X of Y" say X lies in Y. These readers only look at the
report text next to a span; the geocoder decides what to do with what they find.
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache
from dataclasses import dataclass

from . import tables

DIRECTIONS = (
    r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?"
)
_DIRECTION_RE = re.compile(rf"(?:^|\s)(?:the\s+)?(?:far\s+)?({DIRECTIONS})\s*$", re.I)
_NEAR_RE = re.compile(
    r"(?:\bnear(?:by)?|\bclose\s+to|\boutskirts\s+of|\boutside(?:\s+of)?|\baround|\bvicinity\s+of"
    r"|\bperiphery\s+of|\bedge\s+of|\bkm\s+(?:\w+\s+)?(?:of|from)|\bkilometres?\s+(?:\w+\s+)?(?:of|from)"
    r"|\bkilometers?\s+(?:\w+\s+)?(?:of|from)|\bmiles?\s+(?:\w+\s+)?(?:of|from))"
    r"(?:\s+the)?(?:\s+(?:town|city|village)\s+of)?\s*$",
    re.I,
)
#: (a full stop after a word that is no abbreviation ends a sentence: "..., officials
#: said. Alverton police" leaves Alverton a place)
_TITLE_RE = re.compile(
    r"(?:\b(?:major|brigadier|lieutenant|lt|maj|brig|gen|col|capt|mr|mrs|ms|dr|prof)[-.\s]*(?:general|colonel|gen)?\.?"
    r"[\s,.]*|\b(?:general|colonel|captain|commander|director|president|minister|spokesman|spokesperson"
    r"|chief|head|leader|sheikh|shaykh|sergeant|governor|mayor|prince|king"
    r"|imam|emir|judge|official|analyst|activist|journalist|correspondent|said|says|told|by)"
    r"[\s,]*)$",
    re.I,
)
#: "in X", "into X": a preposition that puts an event at a place (not "at", "from", "by",
#: which precede people as often as places)
_LOCATIVE_RE = re.compile(r"\b(?:in|into|inside|throughout|across)\s+(?:the\s+)?$", re.I)
#: a bare compass word and "of" before a name ("a village north of Hama", "clashed south of
#: Tripoli"): outside the town in that direction, an area near it (precision 2); "the north of
#: X", with its article, is a part of X and no such area
_DIRECTION_OF_RE = re.compile(rf"(?<![\w-])(?<!the )(?<!far ){DIRECTIONS}\s+of(?:\s+the\s+(?:town|city|village)\s+of)?\s*$",
                              re.I)
_NEAR_KEYS = ("near", "close", "outskirts", "outside", "around", "vicinity", "periphery", "edge",
              "km", "kilomet", "mile")
_DIRECTION_KEYS = ("north", "south", "east", "west", "central")
_OF_BEFORE_RE = re.compile(r"\b(\w+)\s+(?:(\w+)\s+)?of\s+(?:the\s+)?$", re.I)
#: the feature word and "of" before a list the name closes: "the villages of Ab and ",
#: "the towns of Ab, Cd de Ef and ": every item of the list is a place of that kind
_OF_LIST_BEFORE_RE = re.compile(
    r"\b(\w+)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.\-]*)*"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$")
_AFTER_WORD_RE = re.compile(r"^(?:['’]s)?\s+(?:(?:" + DIRECTIONS + r")\s+)?([A-Za-z]+)", re.I)
#: an item of a list and its separator right before a name: "Jackson and ", "Barrow, "
_LIST_BEFORE_RE = re.compile(r"[A-Z][\w'’.\-]*(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
#: the rest of a list the name opens, up to the plural word after its last item:
#: ", Jackson and Madison counties", " and Nineveh provinces"
_LIST_AFTER_RE = re.compile(
    r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*"
    r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*"
    r"\s+([a-z]+)\b")
#: "X in Y", "X of Y", "X, Y" and "X, in Y" (the comma sets an aside off, the "in" still
#: puts X inside Y: "the town of X, in Y district")
_CONNECTOR_RE = re.compile(
    r"^(\s*,(?:[ \t]+in(?=\s))?|\s+(?:in|of|outside)\s)\s*(?:the\s+)?(?:(?:city|town|province|governorate)\s+of\s+)?"
    rf"(?:(?:{DIRECTIONS})\s+)?",
    re.I,
)
#: a month's or a weekday's name after "in" or a comma ("against Kane in May", "Kane,
#: Monday"): a date, no place the name lies in
_DATE_WORD_RE = re.compile(r"(?:%s)\b" % "|".join([*calendar.month_name[1:], *calendar.day_name]))
#: "X, east of Y", "X, 20 km north of the town of Y", "X, near Y": X lies near Y
_NEAR_CONNECTOR_RE = re.compile(
    r"^\s*,\s*(?:(?:about|some|around|roughly|nearly)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\(\d+\s*\w+\)\s+)?)?"
    rf"(?:(?:(?:{DIRECTIONS})\s+of)|near|outside)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?",
    re.I,
)
#: "the Mayor of X", "X Mayor Jane Doe", "X's mayor": a town's office, so X is the town
#: a body's word and "of" right before a name: "the University of X" (``unit_named_bodies.tsv``)
_BODY_WORD_OF_RE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")
_TOWN_TITLE_BEFORE_RE = re.compile(r"\b(?:mayor|lord\s+mayor|city\s+council)\s+of\s+(?:the\s+)?$", re.I)
_TOWN_TITLE_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:vice|deputy)[-\s]+)?(?:mayor|city\s+council|city\s+hall)\b", re.I)
#: "a Lebanon woman", "Paris firefighters", "Palestine High School", "Smith, 49, Palestine":
#: a name used for where people live or a town's body is a town (or a state), never a
#: country ("a Lebanese woman" is what a report about the country writes). The police
#: are left out: "Kenya Police", "Malta police" are national forces.
_LOCAL_AFTER_RE = re.compile(
    r"^\s+(?:(?:man|woman|men|women|boy|girl|teen|teenager|youth|resident|residents|native|couple"
    r"|firefighters?|fire\s+department|police\s+department|city\s+council|city\s+schools"
    r"|(?:high|middle|elementary)\s+school|(?:independent\s+)?school\s+district|public\s+schools)\b)",
    re.I)
#: a person's age before the home ("Jo Doe, 54, Alverton", "Jo Doe, 54, of Alverton", "a man,
#: 54, of Alverton": a lower-case word only when it is a person's, ``person_nouns.tsv``)
_LOCAL_BEFORE_RE = re.compile(r"\b([A-Za-z][a-z]+),\s+\d{1,3},\s+(?:of\s+)?$")
#: a full personal name before "of" and a home: "Jo Doe of ", "Jo A. Doe Jr. of "
#: (as an item of a list of people, after a comma, "and" or a relative's word: "sons, Jo Doe of
#: Alverton and Al Doe of", "husband of Jo Doe of"; not after a title or an article, "the
#: Central Bank of")
_PERSON_OF_BEFORE_RE = re.compile(r"(?:[,;:]|\b(?:and|by)|\b([a-z]+))\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+)"
                                  r"(?:\s+(?:Jr|Sr)\.?)?\s+of\s+$")


def _person_word(word: str) -> bool:
    """True when ``word``, before a comma and an age, stands for a person: a name (capitalised)
    or a person's common noun ("a man, 34, of X"; ``person_nouns.tsv``, ``kin_words.tsv``)."""
    return word[:1].isupper() or word in tables.person_nouns() or word in tables.kin_words()


_AGE_HOME_RE = re.compile(r"\b[A-Z][a-z]+,\s+\d{1,3},\s+(?:of\s+)?[A-Z][a-z]+")


@lru_cache(maxsize=4)
def _gives_homes(text: str) -> bool:
    """True when the report gives someone's home by an age or a house address ("Jo Doe, 54,
    of Alverton", "412 Elm St., Alverton"): a local report that lists people by home."""
    if _AGE_HOME_RE.search(text):
        return True
    return any(m.group(1).casefold() in tables.thoroughfare_words()
               for m in re.finditer(_ADDRESS_BEFORE_RE.pattern.rstrip("$") + r"[A-Z]", text))


#: a house address before the town ("412 Elm St., Alverton"): the street word is checked
#: against ``thoroughfare_words.tsv``
_ADDRESS_BEFORE_RE = re.compile(r"\b\d{1,6}\s+(?:[NSEW]\.\s+)?(?:[A-Z][\w'’]*\s+){1,3}([A-Z][a-z]*)\.?,\s+$")
#: the word after a name, past a possessive: "Danbury police", "Ohio's Supreme Court"
_BODY_AFTER_RE = re.compile(r"^(?:['’]s)?\s+([A-Za-z']+)")
#: "and" and a second name before the body's word: "X and Y police"
_JOINT_BODY_AFTER_RE = re.compile(r"^[ \t]+and[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+([a-z]+)\b")
_POSSESSIVE_REGION_RE = re.compile(
    rf"^['’]s\s+(?:(?:{DIRECTIONS})\s+)?([A-Za-z]+)", re.I
)


#: a verb in lower case right before a name ("shelled " of "shelled Palmyra")
_VERB_BEFORE_RE = re.compile(r"(?<![\w-])([a-z]+)\s+$")
#: a passive right after a name (" was shelled", " were heavily shelled", " has been besieged")
_PASSIVE_AFTER_RE = re.compile(r"^\s+(?:was|were|is|are|has\s+been|had\s+been|is\s+being|was\s+being)"
                               r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def _attacked_place(before: str, after: str) -> bool:
    """True when a verb said of places only (``place_attack_verbs.tsv``) takes the name as
    its object ("shelled Palmyra") or its passive's subject ("Palmyra was shelled")."""
    verbs = tables.place_attack_verbs()
    m = _VERB_BEFORE_RE.search(before[-20:])
    if m and m.group(1) in verbs:
        return True
    m = _PASSIVE_AFTER_RE.match(after)
    return bool(m) and m.group(1) in verbs


#: up to three lower-case words right before a name, an article allowed between ("airstrikes
#: on ", "struck the ")
_WORDS_BEFORE_RE = re.compile(r"(?<![\w-])((?:[a-z]+[ \t]+){0,2}[a-z]+)[ \t]+(?:the[ \t]+)?$")
#: up to four lower-case words right after a name (" came under heavy fire")
_WORDS_AFTER_RE = re.compile(r"^[ \t]+([a-z]+(?:[ \t]+[a-z]+){0,3})")


def _targeted_place(before: str, after: str) -> bool:
    """True when words said of attacks on people as often as on places take the name as
    their target ("struck Kherson", "airstrikes on Rafah", "Kupiansk came under fire") or
    its people as actors ("residents of Goma"; ``place_target_phrases.tsv``): a place
    candidate whatever the model tagged it, held to the gazetteer's exact names. Not
    before a possessive: "raided Ahmed's house" is a person's."""
    if after[:2] in ("'s", "’s"):
        return False
    phrases = tables.place_target_phrases()
    lowered = before.lower()  # ("Strikes on Jilib" opening a sentence)
    m = _WORDS_BEFORE_RE.search(lowered[-40:])
    if m:
        words = m.group(1).split()
        said = [" ".join(words[k:]) for k in range(len(words)) if " ".join(words[k:]) in phrases["before"]]
        phrase = max(said, key=len) if said else ""
        if phrase and (" " in phrase or _armed_before(lowered[:lowered.rfind(phrase)])):
            return True
    m = _WORDS_AFTER_RE.match(after)
    if m:
        words = m.group(1).split()
        return any(" ".join(words[:k]) in phrases["after"] for k in range(1, len(words) + 1))
    return False


#: the words of the sentence before an attack verb
_SENTENCE_TAIL_RE = re.compile(r"[^.!?;]*$")
_WORD_RE = re.compile(r"[a-z]+")


def _armed_before(before: str) -> bool:
    """True when the sentence before a bare attack verb names a force or weapon
    (``attack_means_nouns.tsv``: "Russian drones struck") or armed fighters ("jihadists
    stormed"; the non-state nouns of ``data/actors/generic.tsv``): the verb's object is then
    an attack's target, where "a bat struck Jackson" or "the round fired, hitting Jackson"
    takes a person."""
    from .context import attacker_noun
    means = tables.attack_means_nouns()
    tail = _SENTENCE_TAIL_RE.search(before).group().lower()
    return any(w in means or attacker_noun(w) for w in _WORD_RE.findall(tail))


@lru_cache(maxsize=1)
def _town_body_after_re() -> re.Pattern:
    """A town body's word right after a name, the possessive allowed ("Darien's police";
    ``data/geo/town_body_words.tsv``)."""
    words = sorted(tables.town_body_words(), key=len, reverse=True)
    alt = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?:['’]s)?[ \t]+(?:{alt})\b", re.I)


def names_town_body(text: str, end: int) -> bool:
    """True when a town's own public body's word follows the name ending at ``end``
    ("Darien police", "the Alverton Fire Department", "Brill officers")."""
    return _town_body_after_re().match(text, end) is not None


#: a capitalised word, its full stop optional, and a capitalised name after it: a rank
#: before an officer's name ("Detective Jo Doe", "Sgt. Al Roe")
_RANK_AND_NAME_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+)\.?[ \t]+[A-Z][a-z]+\b")


def names_town_officer(text: str, end: int) -> bool:
    """True when a police rank and an officer's name follow the name ending at ``end``
    ("filed by Alverton Investigator Jo Doe": ``data/geo/police_ranks.tsv``): the name is
    the town whose force the officer serves, whatever the model tagged it."""
    m = _RANK_AND_NAME_AFTER_RE.match(text, end)
    return m is not None and m.group(1).casefold() in tables.police_ranks()


def _singular(word: str, words: dict[str, str]) -> str:
    """The singular of a plural unit word ("counties" -> "county", "provinces" ->
    "province"), or "" for any other word (settlement words, "villages", stay as
    they are: the geocoder reads them in the plural)."""
    if word not in words and word.islower() and word.endswith("s") and words.get(word[:-1]) == "unit":
        # a plural the table leaves out, written in lower case after a list ("Lagos and
        # Ogun states"; a capitalised "States" is a name's own: "the United States")
        return word[:-1]
    if words.get(word) != "unit" or word in tables.settlement_words():
        return ""
    for one in (word[:-3] + "y" if word.endswith("ies") else "", word[:-1], word[:-2]):
        if one and one != word and words.get(one) == "unit" and word.endswith("s"):
            return one
    return ""


#: "... Clark County, " / "Orleans Parish, " right before a name: the name is the county's unit
_AFTER_COUNTY_RE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:County|Parish|Borough),\s*$")


@dataclass(frozen=True)
class Context:
    """What the words around one span say about it."""

    near: bool = False            # "near X", "outskirts of X" -> precision 2
    direction: str = ""           # "northern X"
    feature_after: str = ""       # "X prison" -> "prison"
    feature_kind_after: str = ""  # kind of that word (site, district, region, unit)
    feature_before: str = ""      # "the desert of X", "neighbourhoods of X"
    feature_kind_before: str = ""
    titled: bool = False          # "Major-General X", "director X" -> a person
    container_at: int = -1        # where "in Y" / ", Y" / "of Y" puts Y (char offset)
    container_comma: bool = False  # the container came after a comma (weaker: lists)
    locative: bool = False        # "in X", "market of X", "X market": words that name a place
    container_near: bool = False  # "X, east of Y": the container is a town X lies near
    town_title: bool = False      # "the Mayor of X", "X Mayor ...": X is a town
    local: bool = False           # "a Lebanon woman", "Jo Doe, 54, of Lebanon", "12 Elm St., Lebanon": a town or state
    unit_body: bool = False       # "the University of X": a body named after a state as often as a country
    target: bool = False          # "struck X", "airstrikes on X", "X came under fire": an attack's target
    armed_target: bool = False    # "jihadists attacked X": the target of armed men named before the verb
    after_county: str = ""        # "Clark County, X" -> "Clark": X may be that county's state

    @property
    def connector_in(self) -> bool:
        """True when "in Y" / "of Y" (not a comma) follows: X lies inside Y."""
        return self.container_at >= 0 and not self.container_comma

    @property
    def region(self) -> bool:
        """True when the mention is a larger area of the named place (precision 3)."""
        return bool(self.direction) or "region" in (self.feature_kind_after, self.feature_kind_before)


#: a name, and the dash before or after it, of the other town of a linking road ("Kaduna-")
_LINK_NAME = r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?"
_LINK_BEFORE_RE = re.compile(rf"\b{_LINK_NAME}\s*[-–]\s*$")
_LINK_AFTER_RE = re.compile(rf"\s*[-–]\s*{_LINK_NAME}\s+([a-z]+)\b")
_LINK_WORD_AFTER_RE = re.compile(r"\s+([a-z]+)\b")
#: "between X and Y", "between the towns of X and Y"
_BETWEEN_FIRST_RE = re.compile(r"\bbetween\s+(?:the\s+(?:towns?|villages?|cities|localities)\s+of\s+)?$", re.I)
_BETWEEN_SECOND_RE = re.compile(
    rf"\bbetween\s+(?:the\s+(?:towns?|villages?|cities|localities)\s+of\s+)?{_LINK_NAME}\s+and\s+$", re.I)


def _on_link(text: str, before: str, end: int) -> bool:
    """The name is one end of a stretch between two towns ("the Kaduna-Abuja road", "between
    Dori and Seytenga"): the event lies near it, not in it (precision 2). Road words:
    ``data/geo/road_link_words.tsv``."""
    if "between" in before.lower():
        if _BETWEEN_FIRST_RE.search(before) and re.match(rf"\s+and\s+{_LINK_NAME}", text[end:end + 60]):
            return True
        if _BETWEEN_SECOND_RE.search(before):
            return True
    if not any(d in text[max(0, end - 60):end + 40] for d in "-–"):
        return False
    words = tables.road_link_words()
    m = _LINK_AFTER_RE.match(text, end, min(len(text), end + 60))
    if m and m.group(1).lower() in words:
        return True
    m = _LINK_WORD_AFTER_RE.match(text, end, min(len(text), end + 30))
    return bool(m and m.group(1).lower() in words and _LINK_BEFORE_RE.search(before))


def read_context(text: str, start: int, end: int) -> Context:
    """Read the words just before and after ``text[start:end]``."""
    before = text[max(0, start - 60):start]
    after = text[end:end + 60]
    words = tables.feature_words()
    # cheap substring tests first: the anchored searches below are the slow part
    tail = before[-45:].lower()
    near = any(k in tail for k in _NEAR_KEYS) and bool(_NEAR_RE.search(before)) or _on_link(text, before, end) or (
        " of" in tail[-16:] and any(k in tail[-30:] for k in _DIRECTION_KEYS) and bool(_DIRECTION_OF_RE.search(before)))
    m = _DIRECTION_RE.search(before) if any(k in tail[-25:] for k in _DIRECTION_KEYS) else None
    direction = m.group(1).lower() if m else ""
    feature_before = kind_before = ""
    m = _OF_BEFORE_RE.search(before) if " of" in tail[-10:] else None
    if m:
        # "the border area of X": the larger (region) word decides
        last = (m.group(2) or m.group(1)).lower()
        # a sea word counts only right before "of" ("the Gulf of Aden", not "the Red
        # Sea port of al-Hudaydah")
        found = [w.lower() for w in m.groups() if w and w.lower() in words
                 and (words[w.lower()] != "natural" or w.lower() == last)]
        found.sort(key=lambda w: words[w] != "region")
        if found:
            feature_before, kind_before = found[0], words[found[0]]
    if not feature_before and any(k in tail[-6:] for k in (",", "and", "or")):
        m = _OF_LIST_BEFORE_RE.search(before)
        if m and words.get(m.group(1).lower()) in ("unit", "district", "region"):
            feature_before, kind_before = m.group(1).lower(), words[m.group(1).lower()]
    feature_after = kind_after = ""
    m = _AFTER_WORD_RE.match(after)
    if m and m.group(1).lower() in words:
        feature_after = m.group(1).lower()
        kind_after = words[feature_after]
    elif m and _singular(m.group(1), words) and _LIST_BEFORE_RE.search(before):
        # "Rio de Janeiro and Sao Paulo states": the last item of a list is one state
        feature_after = _singular(m.group(1), words)
        kind_after = words[feature_after]
    elif "," in after[:2] or " and " in after[:5] or " or " in after[:4]:
        # "Barrow, Jackson and Madison counties": the plural unit word after a list
        # says what each item is
        m = _LIST_AFTER_RE.match(text[end:end + 120])
        if m and _singular(m.group(1), words):
            feature_after = _singular(m.group(1), words)
            kind_after = words[feature_after]
    if feature_after and _LIST_BEFORE_RE.search(before):
        # "Jackson and Madison counties", "Anbar and Nineveh provinces": the last item
        # of a list is one county, one province ("Indiana counties" are Indiana's)
        feature_after = _singular(feature_after, words) or feature_after
        kind_after = words[feature_after]
    poss = _POSSESSIVE_REGION_RE.match(after)
    if poss and words.get(poss.group(1).lower()) == "region":
        feature_after, kind_after = poss.group(1).lower(), "region"
    # ("arrested by Danbury police", "said Litchfield Fire Chief Jo Kane": a title word
    # before a name that a local body's word follows is the body's, and the name its place)
    # (nor before a town's officer: "said Mabini Vice-Mayor Jo Cruz")
    body = _BODY_AFTER_RE.match(after)
    # (so before a body two places share: "said Kent and Essex police", a joint force)
    joint = _JOINT_BODY_AFTER_RE.match(after)
    titled = bool(_TITLE_RE.search(before[-40:])) and not (
        (body and body.group(1).lower() in tables.institution_words()) or _TOWN_TITLE_AFTER_RE.match(after)
        or (joint and joint.group(1).lower() in tables.institution_words()) or names_town_officer(text, end))
    # "X in Y" / "X, Y" / "X of Y" (optionally after a feature word: "X prison in Y")
    rest = after
    offset = end
    fm = re.match(r"^(?:['’]s)?\s+(?:[A-Za-z]+)", rest)
    if feature_after and fm:
        offset += fm.end()
        rest = text[offset:offset + 60]
    cm = _CONNECTOR_RE.match(rest)
    if cm and _DATE_WORD_RE.match(rest, cm.end()):
        cm = None
    container_at = offset + cm.end() if cm else -1
    comma = bool(cm) and cm.group(1).strip() == ","
    near_of = False
    if "," in rest[:3]:
        nm = _NEAR_CONNECTOR_RE.match(rest)
        if nm:
            container_at, comma, near_of = offset + nm.end(), True, True
    target = _targeted_place(before, after)
    armed_target = target and _armed_before(before.lower())
    locative = (near or bool(feature_before) or kind_after in ("site", "district", "unit")
                or _attacked_place(before, after) or target
                or (any(k in tail[-16:] for k in ("in", "throughout", "across"))
                    and bool(_LOCATIVE_RE.search(before))))
    town_title = bool(_TOWN_TITLE_BEFORE_RE.search(before) or _TOWN_TITLE_AFTER_RE.match(after))
    lm = _LOCAL_BEFORE_RE.search(before) if any(ch.isdigit() for ch in before[-11:]) else None
    local = bool(_LOCAL_AFTER_RE.match(after) or (lm and _person_word(lm.group(1))))
    if not local and before.endswith("of ") and _PERSON_OF_BEFORE_RE.search(before) \
            and re.match(r"\s*[,;.]", after) and _gives_homes(text):
        # "survived by a sister, Jo Doe of Alverton;" in a report that gives homes by ages or
        # house addresses (an obituary, a police log): a town; "King Abdul of Jordan" in a
        # report on diplomacy stays the country
        pm = _PERSON_OF_BEFORE_RE.search(before)
        kin = pm.group(1)
        local = (kin is None or kin in ("of", "to") or kin.rstrip("s") in tables.kin_words()) \
            and pm.group(2).casefold() not in words \
            and pm.group(2).casefold() not in tables.institution_words()
    if not local and "," in before[-4:] and any(ch.isdigit() for ch in before):
        # a house address gives where someone lives: a town, not the country of its name
        am = _ADDRESS_BEFORE_RE.search(before)
        local = bool(am) and am.group(1).casefold() in tables.thoroughfare_words()
    bm = _BODY_WORD_OF_RE.search(before) if " of" in tail[-9:] else None
    if bm is None and any(k in tail[-6:] for k in (",", "and", "or")):
        bm = _OF_LIST_BEFORE_RE.search(before)  # "the universities of Leeds and X"
    unit_body = bool(bm) and bm.group(1).lower() in tables.unit_named_bodies()
    cm = _AFTER_COUNTY_RE.search(before) if "," in tail[-3:] else None
    after_county = cm.group(1) if cm else ""
    return Context(near, direction, feature_after, kind_after, feature_before, kind_before,
                   titled, container_at, comma, locative, near_of, town_title, local, unit_body, target,
                   armed_target, after_county)
