"""Death figures read by pattern from one sentence's words (spec §6).

Rule-based on purpose: a figure must be a count of people reported killed, never of the
wounded, the arrested or "casualties" (which ACLED codes as 0). ``find_death_figures``
finds each quantity, reads the victim group after it, and keeps it only when a death cue
stands before or after it (chains of added-up groups share one cue); it also counts the
doer's own death ("killed himself") and "no one was killed" (a 0 figure).
"""
from __future__ import annotations

import calendar
import re

from ...model import DeathFigure
from .lexicon import (DEATH_NOUNS, EXCLUDE, NON_PERSON, QUALIFIERS, STOP, TRANSITIVE, VAGUE, _AFTER_FIRST, _AGES,
                      _ANY_DEATH, _CLAUSE_FINAL, _D, _LEX, _PREV, _V_PERSONS, _alt)
from .cues import told_as_a_wars_toll, told_as_an_aggregate, told_of_earlier_incidents
from .quantities import _CORE, _QTY, _QUAL, parse_number


_AUX = _alt(_LEX["grammar"]["aux"])
_DEATH_AFTER = _alt(_D["after"])
_EXCL = _alt(EXCLUDE)
#: a place or a whole the victims are told in or of between them and their death word ("six members of
#: the security forces dead": members of a body, as "two farmers in the village" are of a place)
_PP = r"(?:in|at|near|from|inside|outside|across|around|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
#: "two farmers, who were on their way home, were killed": a relative clause set off by commas
#: between the victims and their verb
_ASIDE = r"\s*,\s*(?:who|whom|whose)\b[^,;.()]{1,80},"
_RIGHT = re.compile(
    rf"(?:{_ASIDE})?(?:\s*,)?(?:\s+{_PP}(?:\s*,)?)?(?:\s+{_AUX})*\s+(?:(?P<death>{_DEATH_AFTER})|(?P<excl>{_EXCL}))(?![\w])",
    re.I)
_KILLED_OR_HURT = re.compile(rf"\s+(?:or|and|and/or)\s+(?:{_EXCL})(?![\w])", re.I)
_PASSIVE = re.compile(r"\b(?:were|was|been|be|are|is|got|get|being)\b", re.I)
_OBJECT = re.compile(rf"\s+(?:(?:{_QUAL})\s+)?(?:{_CORE}|an?|the|his|her|their|its|two|himself|herself|[A-Z])(?![\w])",
                     re.I)
#: "kills himself, 2 others": the doer's own death told before his victims' number
_SELF_FIRST = r"(?:\s+(?:himself|herself)(?:\s*,)?(?:\s+and)?)?"
_LEFT = re.compile(
    rf"(?:(?P<death>{_alt(_D['before'])}){_SELF_FIRST}"
    rf"|(?P<toll>{_alt(_D['toll'])})\b[^.;,\d]{{0,40}}?(?:\bto|\bat|\bof|\breached|\bhit|\bis|\bwas|\bstood\s+at|:))"
    rf"\s*:?\s*(?:(?:the|a\s+total\s+of|a\s+further|another|an\s+additional|some)\s+)?$"
    rf"|(?P<excl>{_EXCL})\s*$", re.I)
_TOLL_ROSE_REACH = 200
_TOLL_ROSE = re.compile(rf"\b{_alt(_D['toll'])}\b[^.;\d]{{0,{_TOLL_ROSE_REACH}}}?\s{_alt(_LEX['update']['rise'])}"
                        rf"\s*:?\s*(?:(?:the|a\s+total\s+of|some)\s+)?$", re.I)
#: a noun for two people ("parents", "twins") is its own count
_PAIR = re.compile(rf"(?<![\w'’-]){_alt(_LEX['pairs']['words'])}(?![\w'’-])", re.I)
#: month names and abbreviations: a number after one is a day ("Sept. 3")
_WEEKDAYS = frozenset(w.lower() for w in calendar.day_name)
_MONTHS = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))
#: "one of the two who died": the first number is one of the second's
_OF_NUMBER = re.compile(rf"\s+of\s+(?:(?:the|those|these)\s+)?(?P<n>{_CORE})(?![\w%])", re.I)
_WHO = re.compile(r"\s*,?\s*(?:who|that|which)\b", re.I)
_RELATIVE = re.compile(r"\b(?:who|that|which)\b", re.I)
#: "one of the two men killed in ...": a killing participle right after the whole's group tells the
#: whole died (as a clause with "who" after the whole does), so the whole is the toll, not the part
_PARTICIPLE = re.compile(rf"\s+(?:{_alt(_D['participle'])})(?![\w])", re.I)
#: the first word after a verb: a relative clause's killing of a named or plain noun object
_NEXT_WORD = re.compile(r"\s+([^\W\d][\w'’-]*)")
#: "a mother of four": the number counts her family
_FAMILY_OF = re.compile(rf"\b{_alt(_LEX['family_of']['words'])}\s+of\s*$", re.I)
#: cues before a number that tell it as whom someone killed ("killing 3"), not a toll of everyone
_KILLER_CUE = re.compile(r"(?:kill|murder|slaughter|massacr|execut|assassinat|shoot|shot|gun)\w*(?:\s+(?:dead|down))?"
                         r"(?:\s+(?:himself|herself)(?:\s*,)?(?:\s+and)?)?$", re.I)
_SUB_BEFORE = re.compile(rf"(?:{_alt(_LEX['subgroup']['before'])})\s*:?\s*$", re.I)
_SUB_AFTER = re.compile(rf"\s*(?:{_alt(_LEX['subgroup']['after'])})(?![\w])", re.I)
#: "of" and a determiner before the group a number counts a part of ("one of his guards": the guards, as
#: "two of the soldiers"; a possessive left unread gave no group, and the bare number took the sentence's toll)
_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|whom\s+|his\s+|her\s+|our\s+|these\s+|those\s+)?", re.I)
_TOKEN = re.compile(r"\s*([A-Za-z][\w'’.-]*)")
_INITIALS = re.compile(r"(?:[A-Za-z]\.){2,}")
_CHAIN_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|plus\s+)", re.I)
_AGE = re.compile(r"[\s-]*(?:years?|yrs?)[\s-]*old", re.I)
#: "Perez, 65, was killed": a small number set off by commas right after a word is an age (text
#: tokenised for a corpus writes "Perez , 65 , was killed": the same age)
_APPOSED_AGE_BEFORE = re.compile(r"[^\W\d] ?,\s*$")
_APPOSED_AGE_AFTER = re.compile(r"\s*,")
#: "the cousins, both 17, were killed": a bare number right after these words is the people's age
_AGE_AFTER = frozenset(w.lower() for w in _LEX["ages_after"]["words"])
_ZERO = re.compile(
    rf"\b(?:(?:no\s+one|nobody|none)(?:\s+{_AUX})*\s+(?:{_DEATH_AFTER})"
    rf"|no\s+(?:\w+\s+)?(?:deaths|fatalities|casualties|loss\s+of\s+life|dead)\b"
    rf"|no\s+(?:lives|life)\s+(?:were|was|had\s+been|have\s+been)\s+lost"
    rf"|no\s+(?:people|civilians|soldiers|one)\s+(?:were|was|had\s+been|have\s+been)\s+(?:killed|hurt))", re.I)
#: "killed himself", "turned the gun on herself": the doer's own death
_SELF = re.compile(rf"\b{_alt(_D['self_killing'])}\b", re.I)
_SELF_SEQUEL = frozenset(w.lower() for w in _D["self_sequel"])
#: a failed try at suicide told a few words after the doer's phrase: he survived
_SELF_SURVIVED = re.compile(rf"^(?:\W*\w+){{0,6}}?\W+(?:{_alt(_D['self_survived'])})\b", re.I)
_PLAIN_DEATHS = re.compile(r"\b(?:fatalities|deaths)\b", re.I)
#: "these shooting deaths", "the deaths": a definite bare death noun (a determiner, at most one
#: word between: "the shelling caused deaths" is no such noun) that no "of" follows points back
#: at deaths told elsewhere: no figure of its own
_TOLD_BEFORE = re.compile(r"\b" + _alt(_D["told_before"]) + r"\s+(?:[\w'’-]+\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_NOT_BEFORE_ONE = frozenset(["no", "the", "every", "any", "each", "this", "that", "which", "someone"])
#: "the three people", "all the four people": a number told as people known already
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
#: "..., a local commander said": a number a verb of saying follows names the source, no victim
_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|told|reported|reports|added|stated|confirmed|announced)\b", re.I)


class _Qty:
    """A number found in the sentence, with the victim group read after it and what the rules
    learn of it (``flags``: a subgroup, no person, an exclusion, the doer's victims)."""
    __slots__ = ("start", "end", "value", "qualifier", "group", "gend", "flags", "article")

    def __init__(self, start, end, value, qualifier, article):
        self.start, self.end, self.value, self.qualifier = start, end, value, qualifier
        self.group, self.gend, self.flags, self.article = "", end, set(), article


def _read_group(text: str, q: _Qty, stop: int) -> None:
    """The victim noun phrase after the number ("ISIS militants", "of the prisoners")."""
    pos = q.end
    m = _OF.match(text, pos, stop)
    if m:
        pos = m.end()
    words, gstart, gend = [], None, q.end
    while len(words) < 4:
        t = _TOKEN.match(text, pos, stop)
        if not t:
            break
        w = t.group(1).rstrip(".,").lower()
        if w in STOP or w in DEATH_NOUNS or w in _AFTER_FIRST or w in EXCLUDE or w in NON_PERSON:
            if w in EXCLUDE:
                q.flags.add("excl")
            elif w in NON_PERSON and not words:
                q.flags.add("nonperson")
            break
        if gstart is None:
            gstart = t.start(1)
        words.append(t.group(1))
        # (initials keep their stop: "two U.S. citizens")
        kept = t.group(1) if _INITIALS.fullmatch(t.group(1)) else t.group(1).rstrip(".,")
        pos = gend = t.start(1) + len(kept)
    if words:
        q.group = text[gstart:gend]
        q.gend = gend
        if words[-1].lower() in NON_PERSON:
            q.flags.add("nonperson")


def _left_status(text: str, q: _Qty, lo: int) -> str | None:
    left = text[max(lo, q.start - 70):q.start]
    cut = max(left.rfind(";"), left.rfind(". "))
    if cut >= 0:
        left = left[cut + 1:]
    m = _LEFT.search(left)
    if m and m.group("death") and _KILLER_CUE.fullmatch(left[m.start("death"):].strip()):
        q.flags.add("killed_by")
    if not m:
        # "the death toll from Friday's fighting at the prison ... rose to 45": a toll that
        # rose names its figure however far the toll's own description runs
        wide = text[max(lo, q.start - _TOLL_ROSE_REACH):q.start]
        return "death" if _TOLL_ROSE.search(wide[max(wide.rfind(";"), wide.rfind(". ")) + 1:]) else None
    if m.group("excl"):
        return "excl"
    if q.article and m.group("death") and m.group("death").lower().startswith("execut"):
        return None  # "executed a letter of intent"
    return "death"


def _right_status(text: str, q: _Qty, hi: int) -> str | None:
    m = _RIGHT.match(text, q.gend, min(hi, q.gend + 90))
    if not m:
        return None
    if m.group("excl"):
        return "excl"
    cue = re.sub(r"\s+", " ", m.group("death").lower())
    if cue in _CLAUSE_FINAL and not re.match(r"\s*(?:[.,;:)!?]|$)", text[m.end():hi]):
        return None  # "shot, two fatally" but not "a boy fatally shot himself" (counted by the verb)
    if q.group and cue in DEATH_NOUNS and cue != "dead":
        return None  # "public bodies": a noun only means deaths right after the number
    if q.article and re.search(r"\bto\b", text[q.gend:m.start("death")]):
        return None  # "a voice to die for"
    if _KILLED_OR_HURT.match(text, m.end(), hi):
        return "excl"  # "killed or wounded": deaths unclear, ACLED codes 0
    if cue in TRANSITIVE and not _PASSIVE.search(text, q.gend, m.start("death")):
        if _OBJECT.match(text, m.end(), hi):  # "two gunmen killed 5 people": the killers
            return None
        if _RELATIVE.search(text, q.gend, m.start("death")) and _object_word(text, m.end(), hi):
            return None  # "one of the robbers in the raid that killed Jo Marr": a doer, not a victim
    return "death"


def _object_word(text: str, pos: int, hi: int) -> bool:
    """A word after an active killing verb that can be its object: not a grammar word,
    a month or a weekday ("who killed Monday" is no clause a report writes, but keep it safe)."""
    w = _NEXT_WORD.match(text, pos, hi)
    if not w:
        return False
    word = w.group(1).lower()
    return word not in STOP and word not in _MONTHS and word not in _WEEKDAYS


def told_as_toll(f: DeathFigure, text: str, start: int) -> bool:
    """Is ``f`` a death toll's count ("the death toll rose to 12", "bringing the toll to two"),
    ``start`` its sentence's start? A toll is the incident's total so far: it holds the deaths
    its sentence tells besides ("X died, bringing the death toll to two" is two, not three)."""
    lead = text[start:f.start]
    m = _LEFT.search(lead)
    return bool(m and m.group("toll")) or bool(_TOLL_ROSE.search(lead))


def toll_holds_the_rest(figures: list[DeathFigure], text: str, start: int) -> list[DeathFigure]:
    """A sentence's figures, only its toll's count when it tells one (:func:`told_as_toll`)."""
    tolls = [f for f in figures if f.count > 0 and told_as_toll(f, text, start)]
    return tolls or figures


def find_death_figures(text: str, start: int = 0, end: int | None = None) -> list[DeathFigure]:
    """Reported numbers of people killed in ``text[start:end]`` (one sentence).

    Victim groups that are added up ("28 Asayish members and five civilians") give
    one figure each; a subgroup ("including 3 children") gives none; injuries,
    arrests and "casualties" give none.  "No one was killed" gives a 0 figure.
    """
    end = len(text) if end is None else end
    if not _ANY_DEATH.search(text, start, end):
        return []
    qtys: list[_Qty] = []
    whole_at: set[int] = set()  # "two of the four men were killed": the four is no toll
    ages = [a.span(1) for a in _AGES.finditer(text, start, end)]  # "aged 6 and 9": ages, no toll
    for m in _QTY.finditer(text, start, end):
        if m.start() in whole_at or any(lo <= m.start() < hi for lo, hi in ages):
            continue
        n_text = m.group("n")
        article = n_text.lower() in ("a", "an")
        after = text[m.end():m.end() + 20]
        if after.startswith("-") and after[1:2].isalpha():
            continue  # "three-meter", "5-year-old", "two-day"
        if _AGE.match(after) or text[m.end():m.end() + 1] == ":":
            continue
        if (not m.group("q") and re.fullmatch(r"\d{1,3}", n_text) and _APPOSED_AGE_AFTER.match(text, m.end())
                and _APPOSED_AGE_BEFORE.search(text, max(start, m.start() - 4), m.start())):
            continue
        prev = _PREV.search(text, max(start, m.start() - 15), m.start())
        prev_w = prev.group(1).lower() if prev else ""
        if n_text.lower() == "one" and prev_w in _NOT_BEFORE_ONE:
            continue
        if prev_w in _MONTHS and re.fullmatch(r"\d{1,2}", n_text):
            continue  # "on Sept. 3": a day
        if prev_w in ("aged", "age") or _FAMILY_OF.search(text, max(start, m.start() - 20), m.start()):
            continue
        if prev_w in _AGE_AFTER and re.fullmatch(r"\d{1,3}", n_text) and not m.group("q"):
            continue  # "two men, both 20, were shot": a number after "both" is their age, no toll
        v1 = parse_number(n_text)
        v2 = parse_number(m.group("n2")) if m.group("n2") else None
        if v1 is None:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", n_text) and not m.group("q"):
            continue  # a year
        q_word = re.sub(r"\s+", " ", (m.group("q") or "").lower())
        qual = QUALIFIERS.get(q_word, "exact")
        if v2 is not None and v2 != v1:
            qual = "at least"
        elif n_text.lower() in VAGUE or n_text.lower().rstrip(" of") in VAGUE:
            qual = "vague" if qual == "exact" else qual
        q = _Qty(m.start(), m.end(), min(v1, v2) if v2 is not None else v1, qual, article)
        of_n = _OF_NUMBER.match(text, m.end(), end)
        if of_n:
            whole = _Qty(of_n.start("n"), of_n.end(), 0, "exact", False)
            _read_group(text, whole, end)
            if not _WHO.match(text, whole.gend, end) and not _PARTICIPLE.match(text, whole.gend, end):
                # "two of the four men were killed": the first number is the toll, of the whole's group
                whole_at.add(of_n.start("n"))
                q.group, q.gend, q.flags = whole.group, whole.gend, whole.flags
                qtys.append(q)
                continue
        if _SUB_BEFORE.search(text, max(start, m.start() - 30), m.start()) or of_n or (
                _SUB_AFTER.match(text, m.end(), end) and any(p.value > q.value for p in qtys)):
            # "killing 12, three of them children"; but "killing nine of them" alone is the toll
            q.flags.add("sub")
        _read_group(text, q, end)
        if article and (not q.group or q.group.lower().endswith("s") and not q.group.lower().endswith("ss")
                        or not _names_a_person(q.group)):
            continue  # "a" only counts before a singular person ("a soldier was killed", not "a channel")
        qtys.append(q)
    for m in _PAIR.finditer(text, start, end):
        # "parents, 2 children dead": a noun for two people is its own count
        if not any(q.start <= m.start() < q.gend for q in qtys):
            q = _Qty(m.start(), m.end(), 2, "exact", False)
            q.group = m.group()
            qtys.append(q)
    qtys.sort(key=lambda q: q.start)

    # chains of added-up groups: "28 Asayish members and five civilians"
    chains: list[list[_Qty]] = []
    for q in qtys:
        if _ATTRIBUTION_AFTER.match(text, q.gend, end):
            continue  # "..., a local commander said": the source, not a victim
        if chains:
            prev = chains[-1][-1]
            sep = _CHAIN_SEP.fullmatch(text, prev.gend, q.start)
            if sep and prev.group and q.group and "sub" not in q.flags:
                chains[-1].append(q)
                continue
        chains.append([q])

    out: list[DeathFigure] = []
    for chain in chains:
        left = _left_status(text, chain[0], start)
        right = _right_status(text, chain[-1], end)
        for i, q in enumerate(chain):
            if "sub" in q.flags or "nonperson" in q.flags or "excl" in q.flags:
                continue
            status = right if (i == len(chain) - 1 and right) else (left or right)
            if status != "death":
                continue
            out.append(DeathFigure(count=q.value, group=q.group, start=q.start, end=q.gend,
                                   text=text[q.start:q.gend], qualifier=q.qualifier,
                                   victims_only="killed_by" in chain[0].flags,
                                   definite=bool(_DEFINITE.search(text, max(start, q.start - 12), q.start))))

    for m in _SELF.finditer(text, start, end):
        # the one who killed is dead too ("shot his wife before killing himself"): one more death
        if _SELF_SURVIVED.match(text[m.end():end]):
            continue
        if not any(f.start <= m.start() < f.end for f in out):
            prev = _PREV.search(text, max(start, m.start() - 15), m.start())
            sequel = bool(prev) and prev.group(1).lower() in _SELF_SEQUEL
            out.append(DeathFigure(count=1, group=m.group().split()[-1], start=m.start(), end=m.end(),
                                   text=m.group(), qualifier="self" if sequel else "exact"))
    for m in _ZERO.finditer(text, start, end):
        if not any(f.start <= m.start() < f.end for f in out):
            out.append(DeathFigure(count=0, group="", start=m.start(), end=m.end(),
                                   text=m.group(), qualifier="exact"))
    if not out:
        m = _PLAIN_DEATHS.search(text, start, end)
        if m and not re.search(r"\bno\s+(?:\w+\s+)?$", text[max(start, m.start() - 12):m.start()], re.I) \
                and not (_TOLD_BEFORE.search(text[max(start, m.start() - 30):m.start()])
                         and not _OF_AFTER.match(text, m.end())):
            out.append(DeathFigure(count=VAGUE.get("several", 3), group="", start=m.start(),
                                   end=m.end(), text=m.group(), qualifier="vague"))
    out.sort(key=lambda f: f.start)
    return [f for f in out if not told_of_earlier_incidents(f, text, end) and not told_as_a_wars_toll(f, text, start)
            and not told_as_an_aggregate(f, text, start, end)]


def _names_a_person(group: str) -> bool:
    """"a Taliban commander", "a Nigerian": the last word is a person noun or a name."""
    last = group.split()[-1] if group.split() else ""
    return last.lower() in _V_PERSONS or last[:1].isupper()
