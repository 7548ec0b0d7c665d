"""Reported death figures in one sentence (spec §6).

Rule-based on purpose: a figure must be a count of people reported killed, never of
the wounded, the arrested or "casualties" (which ACLED codes as 0).  Every word list
(death verbs, exclusions, vague quantities, number words) lives in
``data/fatalities/lexicon.toml`` so coders can tune it without touching code.
"""
from __future__ import annotations

import calendar
import re
import tomllib
from functools import lru_cache
from importlib import resources

from ..model import DeathFigure

__all__ = ["find_death_figures", "sentence_death_figures", "counted_figures", "total_deaths",
           "split_over_days", "parse_number", "reconcile_figures", "attach_deaths_told_apart", "is_person_token",
           "determiner_before", "toll_updates", "drop_counts_called_hurt_later", "is_death_verb",
           "told_as_listed_incident"]


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    """Load the word lists once per process."""
    path = resources.files("conflictlens").joinpath("data/fatalities/lexicon.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


_LEX = _lexicon()
VAGUE: dict[str, int] = {k.lower(): int(v) for k, v in _LEX["vague"].items()}
QUALIFIERS: dict[str, str] = {k.lower(): v for k, v in _LEX["qualifiers"].items()}
#: a figure's qualifier -> how it tells a toll ("lower bound", "vague"); unlisted: "exact"
TOLL_KINDS: dict[str, str] = {k.lower(): v for k, v in _LEX["toll_kinds"].items()}
NUMBER_WORDS = tuple(w.lower() for w in _LEX["numbers"]["words"])
_D = _LEX["death"]
TRANSITIVE = frozenset(w.lower() for w in _D["transitive"])
DEATH_NOUNS = frozenset(w.lower() for w in _D["nouns"])
EXCLUDE = frozenset(w.lower() for w in _LEX["exclude"]["words"])
NON_PERSON = frozenset(w.lower() for w in _LEX["non_person"]["words"])
STOP = frozenset(w.lower() for w in _LEX["grammar"]["stop"])
_CLAUSE_FINAL = frozenset(w.lower() for w in _D["clause_final"])
_AFTER_FIRST = frozenset(w.split()[0].lower() for w in _D["after"])


def _alt(words) -> str:
    """A regex alternation, longest phrase first, spaces matching any whitespace."""
    uniq = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


_NUMW = _alt(NUMBER_WORDS)
_WORDNUM = rf"(?:{_NUMW})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMW}))*"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?)"
_CORE = rf"(?:{_DIGITS}|{_alt(VAGUE)}|{_WORDNUM})"
_QUAL = _alt(QUALIFIERS)
_QTY = re.compile(
    rf"(?<![\w.,$£€#/-])(?:(?P<q>{_QUAL})\s+)?(?P<n>{_CORE}|an?)(?![\w%])"
    rf"(?:\s*(?:-|–|to|or)\s*(?P<n2>{_CORE})(?![\w%]))?", re.I)
_AUX = _alt(_LEX["grammar"]["aux"])
_DEATH_AFTER = _alt(_D["after"])
_EXCL = _alt(EXCLUDE)
_PP = r"(?:in|at|near|from|inside|outside|across|around)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
_RIGHT = re.compile(
    rf"(?:\s*,)?(?:\s+{_PP}(?:\s*,)?)?(?:\s+{_AUX})*\s+(?:(?P<death>{_DEATH_AFTER})|(?P<excl>{_EXCL}))(?![\w])", re.I)
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
#: nouns for two people ("parents", "twins")
_PAIR_WORDS = frozenset(w.lower() for w in _LEX["pairs"]["words"])
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
_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|whom\s+)?", re.I)
_TOKEN = re.compile(r"\s*([A-Za-z][\w'’.-]*)")
_CHAIN_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|plus\s+)", re.I)
_AGE = re.compile(r"[\s-]*(?:years?|yrs?)[\s-]*old", re.I)
#: "Perez, 65, was killed": a small number set off by commas right after a word is an age
_APPOSED_AGE_BEFORE = re.compile(r"[^\W\d],\s*$")
_APPOSED_AGE_AFTER = re.compile(r"\s*,")
#: "the cousins, both 17, were killed": a bare number right after these words is the people's age
_AGE_AFTER = frozenset(w.lower() for w in _LEX["ages_after"]["words"])
#: ... and after a plural person noun it counts them: "both" is two
_BOTH_AGE = re.compile(r"both\s+\d{1,3}\b(?!\s*-)", re.I)
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
_SURVIVAL_TOLD = re.compile(rf"\b(?:{_alt(_D['self_survived'])})\b", re.I)


def tells_self_survived(text: str) -> bool:
    """A sentence telling the doer's shot at himself was an attempted suicide: he lived."""
    return bool(_SURVIVAL_TOLD.search(text))


_ROUNDUP = re.compile(rf"\b(?:{_alt(_LEX['roundup']['markers'])})\s+(?:[\w-]+\s+)?"
                      rf"(?:{_alt(_LEX['roundup']['incidents'])})\b", re.I)


def tells_separate_incidents(text: str) -> bool:
    """A sentence gathering the dead of several incidents ("two teens died in separate
    shootings"): its count is no toll of any one of them."""
    return bool(_ROUNDUP.search(text))
#: Prefilter: a sentence with none of these words reports no death (nor a zero toll).
_ANY_DEATH = re.compile(
    rf"\b(?:{_alt(_D['after'] + _D['before'] + _D['toll'] + _D['nouns'] + _D['self_killing'])}"
    rf"|no\s+one|nobody|no\s+casualties|no\s+lives)\b", re.I)
_PLAIN_DEATHS = re.compile(r"\b(?:fatalities|deaths)\b", re.I)
_NOT_BEFORE_ONE = frozenset(["no", "the", "every", "any", "each", "this", "that", "which", "someone"])
_PREV = re.compile(r"([A-Za-z]+)\W*$")
#: "the three people", "all the four people": a number told as people known already
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|told|reported|reports|added|stated|confirmed|announced)\b", re.I)


#: "a holdup in Brill and a boy slain in a robbery": "and" right before the victim ...
_LISTED_BEFORE = re.compile(r"\band\s+$", re.I)
#: ... who is killed in an incident of his own, an indefinite one
_LISTED_AFTER = re.compile(rf"(?:\s*,)?\s+(?:(?:who|that)\s+(?:was|were)\s+|(?:was|were)\s+)?"
                           rf"{_alt(_D['participle'])}\s+in\s+an?\s+(?:[\w'’-]+\s+){{0,2}}?"
                           rf"{_alt(_LEX['listed']['incidents'])}(?![\w-])", re.I)


def told_as_listed_incident(f: DeathFigure, text: str, trigger_start: int) -> bool:
    """A victim the sentence lists after its incident as the dead of another ("our weekend summary:
    a holdup in Brill and a boy slain in a robbery"): those deaths belong to
    the incident the victim was killed in, not to the one the sentence's trigger names."""
    return (f.start > trigger_start and bool(_LISTED_BEFORE.search(text[trigger_start:f.start]))
            and bool(_LISTED_AFTER.match(text, f.end)))


def parse_number(text: str) -> int | None:
    """An integer from digits, number words or vague words ("dozens" = 12), else None."""
    from text_to_num import text2num

    s = re.sub(r"\s+", " ", text.strip().lower().replace("–", "-"))
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", s):
        return int(s.replace(",", ""))
    m = re.fullmatch(r"(\d+(?:\.\d+)?) ?(million|thousand|hundred)", s)
    if m:
        mult = {"million": 1_000_000, "thousand": 1000, "hundred": 100}[m.group(2)]
        return int(round(float(m.group(1)) * mult))
    if s in VAGUE:
        return VAGUE[s]
    if s.endswith(" of") and s[:-3] in VAGUE:
        return VAGUE[s[:-3]]
    if s in ("a", "an"):
        return 1
    if s.startswith(("a ", "an ")):
        s = "one " + s.split(" ", 1)[1]
    try:
        return int(text2num(s.replace("-", " "), "en"))
    except (ValueError, TypeError):
        pass
    try:
        return int(float(s))
    except ValueError:
        return None


class _Qty:
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
        pos = gend = t.start(1) + len(t.group(1).rstrip(".,"))
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
                q = _Qty(m.start(), m.end(), min(v1, v2) if v2 is not None else v1, qual, article)
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
        if m and not re.search(r"\bno\s+(?:\w+\s+)?$", text[max(start, m.start() - 12):m.start()], re.I):
            out.append(DeathFigure(count=VAGUE.get("several", 3), group="", start=m.start(),
                                   end=m.end(), text=m.group(), qualifier="vague"))
    out.sort(key=lambda f: f.start)
    return out


def _norm_group(g: str) -> str:
    return " ".join(g.lower().split())


def counted_figures(figures: list[DeathFigure]) -> list[DeathFigure]:
    """The figures that count: "the victim died" (an anaphoric figure) names someone
    already counted, so it counts only when nothing else does; "he died" (a pronoun) only
    when not even such a figure does (and once: its group is the same for every pronoun). The doer's own death told
    after his violence ("shot his wife before killing himself") counts beside his victims'
    deaths only: alone it leaves out victims whose fate is not told (a toll the lowest
    figure must not undercut), and a toll of everyone ("five people were found dead")
    already holds it."""
    victims = [f for f in figures if f.qualifier != "self"]
    if any(f.qualifier not in ("anaphoric", "pronoun") and f.count for f in victims):
        named = [f for f in victims if f.qualifier not in ("anaphoric", "pronoun")]
        victims = named + [f for f in victims if _others_told_again(f, named)]
    elif any(f.qualifier == "anaphoric" and f.count for f in victims):
        victims = [f for f in victims if f.qualifier != "pronoun"]  # "the boy died ... he was pronounced dead"
    if not any(f.count for f in victims) or any(f.count and _holds_the_doer(f) for f in victims):
        return victims
    return sorted([*victims, *(f for f in figures if f.qualifier == "self")], key=lambda f: f.start)


def _holds_the_doer(f: DeathFigure) -> bool:
    """A toll of everyone ("five people were found dead") or of a pair the doer belongs to
    ("the boy's parents were found dead" after a murder-suicide): his own death is among it.
    Not a count of whom he killed ("killing 3", "killed his parents")."""
    return not f.victims_only and (_group_key(f.group) == "people" or f.group.lower() in _PAIR_WORDS)


def _kind_key(group: str) -> str:
    """The kind of victims a group names, singular: "two children" and "a child" one kind."""
    key = _group_key(group)
    return key[:-3] if key.endswith("children") else key


def _others_told_again(f: DeathFigure, named: list[DeathFigure]) -> bool:
    """"The two children died" beside a count of others only ("their father died"): the
    children the article names as told of before were told as shot, not counted dead, so
    they count. Only for two or more of a kind no counted figure names (a generic "the two
    victims" may be anyone counted; "the woman died" beside "his wife" is the wife)."""
    if f.qualifier == "anaphoric" and _another_name(f, named):
        return True
    if f.qualifier != "anaphoric" or f.count < 2 or _group_key(f.group) == "people":
        return False
    return all(_kind_key(g.group) != _kind_key(f.group) for g in named if g.count)


def _another_name(f: DeathFigure, named: list[DeathFigure]) -> bool:
    """"Ida Haskett died ... Tam Haskett was pronounced dead": a full name told dead again
    beside counted victims all named by other names is another victim, not one counted."""
    counted = [g for g in named if g.count]
    if not (_is_name(f.group) and len(f.group.split()) > 1 and counted):
        return False
    full_names = _full_names([f, *counted])
    key = _person_key(f.group, full_names)
    return all(_is_name(g.group) and _person_key(g.group, full_names) != key for g in counted)


def _full_names(figures) -> set[str]:
    """The names with a given name ("Ida Haskett") among the figures' groups, lower case."""
    return {_norm_group(f.group) for f in figures if _is_name(f.group) and len(f.group.split()) > 1}


def _person_key(group: str, full_names: set[str]) -> str:
    """Whom a figure's group names: a surname told alone ("Haskett") is the person of the
    full name ending in it, so it counts once; full names with other given names ("Ida
    Haskett", "Tam Haskett") are other people."""
    norm = _norm_group(group)
    if " " in norm or not _is_name(group):
        return norm
    return next((full for full in sorted(full_names) if full.split()[-1] == norm), norm)


def total_deaths(figures: list[DeathFigure]) -> int:
    """Add up figures for different groups; the same (count, group) told twice counts once
    (``counted_figures`` first), a surname told alone once with its full name."""
    seen: set[tuple[int, str]] = set()
    total = 0
    counted = counted_figures(figures)
    full_names = _full_names(counted)
    for f in counted:
        key = (f.count, _person_key(f.group, full_names))
        if key in seen:
            continue
        seen.add(key)
        total += f.count
    return total


def toll_kind(figures: list[DeathFigure]) -> str:
    """How a toll added up from ``figures`` is told, so that reports' tolls can be weighed
    (an exact count beats a bound or an estimate): "vague" when a figure counting toward it
    is an estimate or a vague word, else "lower bound" when one is ("at least two"), else
    "exact"."""
    kinds = {TOLL_KINDS.get(f.qualifier, "exact") for f in counted_figures(figures) if f.count}
    return "vague" if "vague" in kinds else "lower bound" if "lower bound" in kinds else "exact"


def split_over_days(total: int, n_days: int) -> list[int]:
    """Spread a multi-day total evenly; leftover deaths go to the first days (spec §6)."""
    if n_days <= 0:
        return []
    base, rest = divmod(max(total, 0), n_days)
    return [base + 1] * rest + [base] * (n_days - rest)


_V = _LEX["victims"]
_V_PASSIVE = frozenset(_V["passive"])
_V_TO_DEATH = frozenset(_V["to_death"])
_V_TO_DEATH_WORDS = frozenset(_V["to_death_words"])
_V_INTRANSITIVE = frozenset(_V["intransitive"])
_V_WOUND_VERBS = frozenset(_V["fatal_wound_verbs"])
_V_WOUND_NOUNS = frozenset(_V["fatal_wound_nouns"])
_V_FATAL = frozenset(_V["fatal_words"])
_V_SUFFER = frozenset(_V["suffer_verbs"])
_V_INFLICT = frozenset(_V["inflict_verbs"])
_V_INFLICTED_ON = frozenset(_V["inflicted_on"])
#: causes of death that are no violence ("died in a car crash")
_OTHER_CAUSE = re.compile(rf"\b{_alt(_V['other_causes'])}\b")
_CAUSE_PREPS = frozenset(("in", "of", "from", "during", "after"))
#: lemma -> particles that make it a verb of dying ("pass" + "away")
_V_PHRASAL: dict[str, frozenset] = {}
for _lemma, _particle in _V.get("intransitive_phrasal", []):
    _V_PHRASAL[_lemma] = _V_PHRASAL.get(_lemma, frozenset()) | {_particle}
_V_BODY = frozenset(_V["body"])
_V_NOMINAL = frozenset(_V["nominal"])
_V_PERSONS = frozenset(w.lower() for w in _V["persons"])
_V_COLLECTIVES = frozenset(w.lower() for w in _V["collectives"])
_V_ANAPHORS = frozenset(w.lower() for w in _V["anaphors"])
_V_PRONOUNS = frozenset(w.lower() for w in _V["pronouns"])
_V_PRONOUNCED = frozenset(w.lower() for w in _V["pronounced_dead"])
_V_DEAD_VERBS = frozenset(w.lower() for w in _V["found_dead"]) | _V_PRONOUNCED
#: "himself", "herself", "self": the killer as one more object of his killing
REFLEXIVES = frozenset(w.lower() for w in _V["reflexives"])
#: a sentence telling a murder-suicide: its shooting killed ("shot the boy, then himself")
_REFLEXIVE_JOINS = frozenset(("and", "then", "later"))
_MURDER_SUICIDE = re.compile(rf"(?<!attempted )\b(?:{_alt(_V['murder_suicide'])})\b", re.I)
#: the group of a death told by a pronoun ("he died"): one person, whichever pronoun tells it
PRONOUN_GROUP = "(he/she)"
#: words before a victim noun that give its count themselves ("a 2-year-old", "his son")
_DETERMINERS = frozenset(w.lower() for w in _V["determiners"])
_NOT_A_VICTIM_ENT = frozenset("GPE ORG LOC NORP FAC DATE TIME CARDINAL ORDINAL MONEY QUANTITY PERCENT "
                              "EVENT PRODUCT LAW WORK_OF_ART LANGUAGE".split())
_NOT_REAL = frozenset(_V["not_real"])
_NOBODY = frozenset(_V["nobody"])
_ATTEMPT = frozenset(_V["attempt"])
#: "aged 7 and 11" after a plural noun: its victims counted by the ages listed (two or more)
_AGES = re.compile(rf"\b(?:{_alt(_V['ages'])})\s+(\d{{1,3}}(?:\s*,\s*\d{{1,3}})*\s*,?\s*and\s+\d{{1,3}})\b(?!\s*-)",
                   re.I)


def determiner_before(text: str, start: int) -> bool:
    """A determiner is the word before ``start`` ("a 2-year-old", "his 5-year-old son"): it gives
    the count of the noun that follows, so the noun itself is no count."""
    m = _PREV.search(text, max(0, start - 20), start)
    return bool(m) and m.group(1).lower() in _DETERMINERS


def is_person_token(tok) -> bool:
    """A token that names a person: a person noun of the lexicon ("man", "teen") or a
    person's name."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _V_PERSONS or tok.lower_ in _V_PERSONS


def _names_a_person(group: str) -> bool:
    """"a Taliban commander", "a Nigerian": the last word is a person noun or a name."""
    last = group.split()[-1] if group.split() else ""
    return last.lower() in _V_PERSONS or last[:1].isupper()


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
    if v.pos_ not in ("NOUN", "PROPN"):
        return 0
    kids = list(v.children)
    if any(c.lower_ in _NOBODY for c in kids):
        return 0
    lemma = v.lemma_.lower()
    if lemma in _V_COLLECTIVES or v.lower_ in _V_COLLECTIVES:
        return 0  # "Family ... died": a group of no told size, not one person
    if v.dep_ == "poss" and v.pos_ == "PROPN" and v.head.lemma_.lower() in _V_BODY:
        return 1
    if _name_among_names(v):
        return 1
    if lemma in NON_PERSON or v.ent_type_ in _NOT_A_VICTIM_ENT:
        return 0
    # a title or an apposition also names a person: "defense minister general enrique albujar"
    person = v.ent_type_ == "PERSON" or lemma in _V_PERSONS or v.lower_ in _V_PERSONS or v.pos_ == "PROPN" or any(
        c.dep_ in ("compound", "nmod", "appos") and c.lemma_.lower() in _V_PERSONS for c in kids)
    if not person:
        return 0
    nums = [c for c in kids if c.dep_ == "nummod"]
    if nums:  # "five members of the family" (only a person noun: not "two Navas")
        return (parse_number(nums[0].text) or 0) if lemma in _V_PERSONS else 0
    if v.tag_ in ("NNS", "NNPS"):
        # "his parents were shot to death", "both men died": a noun for two people counts two
        both = any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in kids)
        return 2 if v.lower_ in _PAIR_WORDS or both else _ages_listed(v)
    return 1


def _name_among_names(v) -> bool:
    """A bare capitalised word in a list of three or more names, one of them a person's
    ("Ivo, Tam and Lise Brandt were killed"): a given name, whatever label the tagger gave it
    (it often reads the first names of such a list as an organisation or a place)."""
    if v.pos_ != "PROPN" or v.lower_ in _V_PERSONS or not v.text[:1].isupper() or any(
            c.dep_ in ("compound", "det", "poss", "nummod", "amod") for c in v.children):
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
    from ..nlp import doc_text
    text = doc_text(v.doc)
    end = v.idx + len(v.text)
    comma = re.compile(r",?\s*").match(text, end)
    m = _AGES.match(text, comma.end(), min(len(text), end + 40))
    if m:
        return len(re.findall(r"\d+", m.group(1)))
    # "the cousins, both 17, were killed": the age of both, so two people
    return 2 if comma.end() > end and _BOTH_AGE.match(text, comma.end()) else 0


def _kills(tok) -> bool:
    """A verb that kills: "killed", "murdered", or "shot" with "dead"/"to death" after it
    (or "fatally", "mortally" on it)."""
    lemma = tok.lemma_.lower()
    if lemma in _V_PASSIVE:
        return True
    kids = list(tok.children)
    if lemma in _V_WOUND_VERBS:
        return any(c.lower_ in _V_TO_DEATH_WORDS for c in kids)  # "fatally wounded", never "wounded"
    if lemma in _V_TO_DEATH:
        if _MURDER_SUICIDE.search(tok.sent.text):
            return True  # "shot his neighbour, then himself" in a sentence calling it a murder-suicide
        return any(c.lower_ in _V_TO_DEATH_WORDS for c in kids) or any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in kids) or (
            lemma == "gun" and any(c.lower_ == "down" for c in kids))
    return False


def is_death_verb(tok) -> bool:
    """A verb that tells a death: one that kills (``_kills``) or a dying verb ("died") whose
    cause is no other than violence."""
    return tok.pos_ in ("VERB", "AUX") and (_kills(tok) or tok.lemma_.lower() in _V_INTRANSITIVE
                                            and not _other_cause(tok))


def _headline(sent) -> bool:
    """A line with no final punctuation: headline style, which drops articles and auxiliaries."""
    return not sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", ")", ":", ";"))


def _other_cause(tok) -> bool:
    """A dying verb whose own preposition names a cause that is no violence ("died in a car
    crash", "died of cancer")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _CAUSE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and _OTHER_CAUSE.search(
                        " ".join(t.lemma_.lower() for t in obj.subtree)):
                    return True
    return False


def _found_dead(kids) -> list:
    """"Police found Jo Marr dead", "deputies found his two brothers shot to death": the ones
    found, when what they were found is dead or killed (the parser makes them the subject of
    a clause under "found", or its object beside "dead")."""
    out = []
    for c in kids:
        if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and (c.lower_ == "dead" or c.pos_ == "VERB" and _kills(c)):
            out += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if c.lower_ == "dead":
                out += [g for g in kids if g.dep_ == "dobj"]
    return out


def _death_subjects(tok) -> list:
    """The victims a death word governs: "X was killed", "troops killed X", "X was shot
    to death", "X was found dead", "X died", "the murder of X", "the body of X", "X's body"."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if tok.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "neg" or c.lower_ in _NOT_REAL for c in kids):
            return []  # "was not killed", "could have been killed"
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
        if passive and (_kills(tok) or lemma in _V_DEAD_VERBS and any(
                c.lower_ == "dead" or c.dep_ in ("xcomp", "oprd", "advcl") and _kills(c) for c in kids)):
            # "X was found dead", "X was pronounced dead", "a mother and her son were found shot to death"
            return [c for c in kids if c.dep_ == "nsubjpass"]
        if not passive and lemma in _V_PRONOUNCED and any(c.lower_ == "dead" for c in kids):
            return [c for c in kids if c.dep_ == "dobj"]  # "doctors pronounced the boy dead"
        if not passive and lemma in _V_DEAD_VERBS:
            return _found_dead(kids)
        if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and _kills(tok) and tok.head.pos_ in ("NOUN", "PROPN"):
            return [tok.head]  # "a toddler fatally shot at ...", "Toddler Killed in ... Shooting"
        if not passive and _kills(tok):
            objects = [c for c in kids if c.dep_ == "dobj"]
            if not objects and _headline(tok.sent) and not any(c.dep_ == "aux" for c in kids):
                # a headline drops the auxiliary: "Teen shot dead in Akron" is "a teen was shot dead"
                return [c for c in kids if c.dep_ == "nsubj"]
            return objects
        if lemma in _V_INTRANSITIVE or any(
                c.dep_ in ("prt", "advmod") and c.lower_ in _V_PHRASAL.get(lemma, ()) for c in kids):
            if _other_cause(tok):
                return []  # "the grandfather died in a car crash": no death of the violence
            own = [c for c in kids if c.dep_ == "nsubj"]
            if not own and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ == "neg" or c.lower_ in _NOT_REAL for c in tok.head.children):
                # "a teen was shot and later died": the one shot is the one who died
                return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return own
        return []
    if lemma in _V_WOUND_NOUNS and tok.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in _V_FATAL for c in kids):
        return _fatal_wound_victims(tok)
    if lemma in _V_NOMINAL and tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS"):
        # (and "the murders of a woman and her son": each one named after "of")
        if any(c.lemma_.lower() in _ATTEMPT or c.lower_ in _ATTEMPT for c in (*kids, tok.head, tok.head.head)):
            return []  # "an attempted assassination of", "the plot for the murder of"
        return [g for c in kids if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if lemma in _V_BODY and tok.pos_ == "NOUN" and tok.tag_ == "NN":
        owners = [c for c in kids if c.dep_ == "poss"]
        owners += [g for c in kids if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return owners
    return []


def _fatal_wound_victims(wound) -> list:
    """Whom a wound called fatal killed: the subject of a verb of suffering ("Jo Marr suffered a
    mortal wound", Jo Marr "suffering a fatal knife wound"), or those it was inflicted on (a
    blast that "inflicted mortal wounds on two guards"). Not when the verb is negated or unreal
    ("could have suffered a fatal wound")."""
    verb = wound.head.head if wound.dep_ == "pobj" and wound.head.dep_ == "prep" else wound.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" or c.lower_ in _NOT_REAL for c in verb.children):
        return []
    lemma = verb.lemma_.lower()
    if lemma in _V_SUFFER:
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (not own or all(c.tag_ in ("WP", "WDT") for c in own)) and verb.dep_ in ("acl", "relcl") \
                and verb.head.pos_ in ("NOUN", "PROPN"):
            own = [verb.head]  # "a man suffering from a fatal wound", "Jo Marr, who suffered a mortal wound"
        return own
    if lemma in _V_INFLICT:
        return [g for c in (*wound.children, *verb.children) if c.dep_ == "prep" and c.lower_ in _V_INFLICTED_ON
                for g in c.children if g.dep_ == "pobj"]
    return []


def _reflexive_objects(tok, subjects) -> list:
    """The killer named as one more object of his own killing: "killed the girl and himself",
    "kills nephew, self", "shot his neighbour, then himself in what deputies call a murder-suicide"."""
    if not (tok.pos_ in ("VERB", "AUX") and _kills(tok)) or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return []
    around = [c for s in subjects for c in (*s.conjuncts, *(k for k in s.children if k.dep_ == "appos"))]
    around += [c for c in tok.children if c.dep_ in ("conj", "dobj")]
    if subjects:
        # "shot his son, then himself ...", the parser hanging the reflexive elsewhere: the
        # reflexive right after the last victim, joined by "and", "then" or a comma
        last = max(v.right_edge.i for v in subjects)
        tail = [t for t in tok.sent if last < t.i <= last + 4]
        for t in tail:
            if t.lower_ in REFLEXIVES and t.dep_ != "pobj" and all(
                    x.is_punct or x.lower_ in _REFLEXIVE_JOINS for x in tail if x.i < t.i):
                around.append(t)
    found = {c.i: c for c in around if c.lower_ in REFLEXIVES}
    return [found[i] for i in sorted(found)]


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


def _antecedent_people(v) -> list:
    """The people a plural pronoun ("they", "both") names: the last nominal subject before it
    in its sentence, else in the sentence before, with its conjuncts, when they count two or
    more; else none."""
    sent = v.sent
    previous = v.doc[sent.start - 1].sent if sent.start > 0 else None
    for where in (sent, previous):
        if where is None:
            continue
        subjects = [t for t in where if t.i < v.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")]
        if subjects:
            people = [subjects[-1], *subjects[-1].conjuncts]
            return people if sum(_person_count(p) for p in people) >= 2 else []
    return []


def _plural_pronoun_figure(v) -> DeathFigure | None:
    """"The cook and his nephew were flown to Akron General, where they later died": the deaths of the
    people the pronoun names, someone told of before (counted like "the victim died")."""
    people = _antecedent_people(v)
    if not people:
        return None
    return DeathFigure(count=sum(_person_count(p) for p in people), group=" and ".join(p.text for p in people),
                       start=v.idx, end=v.idx + len(v.text), text=v.text, qualifier="anaphoric", definite=True)


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
                if v.lower_ in _V_PRONOUNS and v.pos_ == "PRON":
                    # "he died": someone told of before, counted once when nothing else counts him
                    out.append(DeathFigure(count=1, group=PRONOUN_GROUP, start=v.idx, end=v.idx + len(v.text),
                                           text=v.text, qualifier="pronoun"))
                    continue
                if v.lower_ in _V_PLURAL_PRONOUNS and v.pos_ in ("PRON", "DET"):
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
    return out


def sentence_death_figures(sent) -> list[DeathFigure]:
    """Death figures of a parsed sentence: the numbers ``find_death_figures`` reads, and
    people killed one by one with no number ("the mayor was murdered", "Perez and his
    driver died") that no number already covers."""
    from ..nlp import doc_text
    text = doc_text(sent.doc)
    figures = find_death_figures(text, sent.start_char, sent.end_char)
    for f in _victims_one_by_one(sent, text):
        if not any(g.start < f.end and f.start < g.end for g in figures):
            figures.append(f)
    figures.sort(key=lambda f: f.start)
    return figures


#: figures that name someone told of before ("the victim died", "he died")
_BACK_REFERENCES = ("anaphoric", "pronoun")
#: "himself", "herself": someone the report told of before, killing himself
_REFLEXIVE = ("himself", "herself")
#: event types whose deaths a following sentence may tell ("Gunmen attacked the bus.
#: Five passengers were killed.")
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Other violence")


_V_KIN = frozenset(w.lower() for w in _V["kin"])
_V_OWNERS = frozenset(w.lower() for w in _V["owners"])


#: after a relative: its name set off by commas (an age may follow), then a verb of dying
_NAMED_KIN_DIED = re.compile(rf",\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*\s*,(?:\s*\d{{1,3}}\s*,)?"
                             rf"\s+{_alt(_V['kin_died'])}\b")


#: "deputies found Milo's parents dead", "his wife was found dead": the relative's body found
_KIN_FOUND = re.compile(r"\bfound\s+$", re.I)
_KIN_DEAD = re.compile(r"\s+dead\b", re.I)
_KIN_FOUND_DEAD = re.compile(r"\s+(?:was|were)\s+(?:later\s+)?found\s+dead\b", re.I)
#: the owner right before a relative's noun: "his", "Eva's"
_OWNER_BEFORE = re.compile(r"(?:\b(?:his|her|their)|[A-Za-z]+['’]s)\s+$", re.I)


def kin_by_owner(f: DeathFigure, text: str) -> bool:
    """A relative owned by a possessive ("His brother", "Milo's parents") who died, named ("His
    brother, Tobin Marsh, died at the hospital"), or whose body was found (deputies "found
    Milo's parents dead"), ``text`` being the report's: the owner is someone the report told
    of before, so the death is of the violence told before, however far back."""
    words = [w.lower() for w in f.text.split()]
    if f.qualifier != "exact" or not words or words[-1] not in _V_KIN or len(words) > 2:
        return False
    start = f.start
    if len(words) == 2:
        owner = words[0]
    else:  # "parents" read alone: its owner is the word before it
        m = _OWNER_BEFORE.search(text, max(0, f.start - 30), f.start)
        if not m:
            return False
        owner, start = m.group().split()[0].lower(), m.start()
    if owner in _V_OWNERS and _NAMED_KIN_DIED.match(text, f.end):
        return True
    if not (owner in _V_OWNERS or owner.endswith(("'s", "’s"))):
        return False
    return bool(_KIN_FOUND_DEAD.match(text, f.end)) or bool(
        _KIN_DEAD.match(text, f.end) and _KIN_FOUND.search(text, max(0, start - 12), start))


def not_gathered(told_apart, text: str) -> list:
    """``told_apart`` less the headline figures that count the dead of separate incidents: a
    headline that tells them as such ("3 killed in separate shootings"), or one whose count a
    sentence of the report tells so ("Pair slain" over "two men were slain in unrelated
    attacks"). That count is no one incident's toll; each incident's own dead are told
    elsewhere."""
    gathered = set()
    for lo, hi in _sentences(text):
        if tells_separate_incidents(text[lo:hi]):
            gathered.add(total_deaths(find_death_figures(text, lo, hi)))
    out = []
    for s_index, paragraph, figures in told_apart:
        if figures and all(f.headline for f in figures) and (
                total_deaths(figures) in gathered or any(tells_separate_incidents(f.text) for f in figures)):
            continue
        out.append((s_index, paragraph, figures))
    return out


#: a named death told before any violence in the report's first paragraphs ("Jo Marr, 16, died
#: of her injuries", the lead of the story) joins violence told this many paragraphs after it
_NAMED_LEAD_PARAGRAPHS = 4
_NAMED_LEAD_REACH = 2


def _named_death(figures) -> bool:
    """Every figure is one person told by name ("Jo Marr died")."""
    return bool(figures) and all(f.count == 1 and f.qualifier == "exact" and _is_name(f.group)
                                 and not f.headline for f in figures)


def attach_deaths_told_apart(mentions, told_apart, text: str = "") -> None:
    """Deaths told in a sentence that is no event of its own belong to the violent event
    told just before it in its paragraph (or in the sentence before): "A bomb exploded in
    the market. Four people were killed." A toll told before any event is left alone
    (it is more often a summary: "the war has claimed 120 deaths"), unless a headline tells it:
    it is the toll of the report's lead event (``DeathFigure.headline``).

    ``told_apart``: ``(sentence index, paragraph index, figures)`` for each such sentence;
    ``text``: the report's (parsed) text, where a relative's name is read (``kin_by_owner``).
    The figures join the first mention of the chosen sentence; a toll told twice still
    counts once (``total_deaths``)."""
    violent = [m for m in mentions if m.candidate.event_type in _VIOLENT and m.date_source != "reference"]
    for s_index, paragraph, figures in told_apart:
        if violent and all(f.headline for f in figures):
            # a headline that tells no event ("Three people dead east of Alverton") tells the
            # toll of the report's lead event (counted when its body tells none)
            violent[0].deaths = [*violent[0].deaths, *figures]
            continue
        before = [m for m in violent if m.sent_index < s_index and (
            m.paragraph == paragraph or m.sent_index == s_index - 1)]
        if not before and figures and all(
                f.qualifier in _BACK_REFERENCES or f.group.lower() in _REFLEXIVE
                or kin_by_owner(f, text) for f in figures):
            # "The man later passed away": "the man", "he" name someone told of before, so
            # the death is the last violent event's however many paragraphs lie between, as is
            # a named relative's ("His brother, Tobin Marsh, died") and the doer's own (his
            # suicide told paragraphs after the killing names him, told of before)
            before = [m for m in violent if m.sent_index < s_index]
        if not before and paragraph < _NAMED_LEAD_PARAGRAPHS and _named_death(figures):
            # a named death in the lead, told before the violence that caused it ("Jo Marr, 16,
            # caught a ricochet and died by morning. ... a pistol her cousin was cleaning went off")
            after = [m for m in violent if m.sent_index > s_index and m.paragraph <= paragraph + _NAMED_LEAD_REACH]
            before = after[:1]
        if not before:
            continue
        target = before[-1]
        first = next(m for m in mentions if m.sent_index == target.sent_index)
        if first.candidate.event_type not in _VIOLENT:
            first = target
        first.deaths = [*first.deaths, *figures]


_VAGUE_KILL = re.compile(rf"\b{_alt(_LEX['called_hurt_later']['vague_kills'])}\b", re.I)
_HURT = _alt(_LEX["called_hurt_later"]["hurt"])


def _told_only_by_a_vague_kill(sentence: str) -> bool:
    """The sentence's only death word is one that may mean shot ("gunned down")."""
    return bool(_VAGUE_KILL.search(sentence)) and not _ANY_DEATH.search(_VAGUE_KILL.sub(" ", sentence))


def _called_hurt_after(count: int, text: str) -> bool:
    """"the six injured", "of the six wounded": the same count named as hurt."""
    word = NUMBER_WORDS[count - 1] if 0 < count <= 20 else str(count)
    return bool(re.search(rf"\bthe\s+(?:{count}|{word})\s+(?:[a-z]+\s+)?{_HURT}\b", text, re.I))


def drop_counts_called_hurt_later(mentions, text: str) -> None:
    """A count told only as "gunned down" that the report later calls hurt ("the six
    injured") is no toll: the later, specific wording wins over the vague verb."""
    for m in mentions:
        if m.deaths and _told_only_by_a_vague_kill(m.evidence.text):
            later = text[m.evidence.end:]
            m.deaths = [f for f in m.deaths if not _called_hurt_after(f.count, later)]


def _is_name(group: str) -> bool:
    """"Arlo Venkman", "Johnson": a person's name, not a person noun ("teen", "Teen")."""
    words = group.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in _V_PERSONS


def nouns_named_elsewhere(told) -> set[int]:
    """The one-person figures by noun ("left a teen dead") that name someone another sentence
    names ("Arlo Venkman was killed"): ``id``s of the noun figures to leave out. ``told``:
    ``(figure, sentence key)`` pairs. Only for one victim named, nouns for one person, and
    no noun sharing a sentence with the name ("Perez and his driver died": two people); victims
    named in a list ("Ann, Bo and Cy were shot dead ... killed his wife") are each another person."""
    single = [(f, s) for f, s in told if f.count == 1 and f.qualifier == "exact" and f.group.split()]
    full_names = _full_names(f for f, _ in single)
    names = {(_person_key(f.group, full_names), s) for f, s in single if _is_name(f.group)}
    nouns = [(f, s) for f, s in single if not _is_name(f.group)]
    named_sentences = {s for _, s in names}
    if len({n for n, _ in names}) != 1 or not _one_person(f for f, _ in nouns) \
            or any(s in named_sentences for _, s in nouns):
        return set()
    return {id(f) for f, _ in nouns}


def _one_person(nouns) -> bool:
    """The one-person noun figures all name one person: one noun ("the teen" twice), or nouns
    one figure's words hold together ("his teen son" and "Teen": the teen is the son);
    "a soldier" and "a guard" told apart may be two people."""
    nouns = list(nouns)
    keys = {_group_key(f.group) for f in nouns}
    if len(keys) <= 1:
        return True
    return any(keys <= {_group_key(w) for w in f.text.split()} for f in nouns)


_GENERIC_GROUPS = frozenset(["", "people", "persons", "person", "others", "dead", "bodies", "body", "victims"])


def _group_key(group: str) -> str:
    """The victims a figure counts, for comparing figures: "45 ISIS militants" and "60
    militants" count the same militants; "people" and no group are everyone."""
    words = [w for w in re.sub(r"['’]s\b", "", group.lower()).split() if w not in ("other", "more", "further")]
    if not words or " ".join(words) in _GENERIC_GROUPS:
        return "people"
    head = words[-1]
    if head.endswith("men"):
        return head[:-3] + "man"
    return head[:-1] if len(head) > 3 and head.endswith("s") and not head.endswith("ss") else head


def reconcile_figures(told) -> tuple[list[DeathFigure], list[str]]:
    """Conflicting figures for the same victims take the lowest (spec §6: "record the
    lowest figure ... and mention the dispute in the notes").

    ``told``: ``(figure, sentence id, days, source)`` for each figure of an event, where
    ``days`` is what the figure's own sentence dates (``None`` when it names no day) and
    ``source`` who the sentence attributes it to ("" when nobody). Two figures for the same
    victims from different sentences with different counts conflict unless their
    sentences name different days (then they are the tolls of different days, added up).
    Returns the figures to add up and one note per figure left out ("60 (Reuters)")."""
    by_key: dict[str, list] = {}
    for item in told:
        by_key.setdefault(_group_key(item[0].group), []).append(item)
    kept: list[DeathFigure] = []
    notes: list[str] = []
    for items in by_key.values():
        counts = {f.count for f, *_ in items if f.count}
        named_days = {tuple(d) for _, _, d, _ in items if d}
        sentences = {s for _, s, _, _ in items}
        if len(counts) < 2 or len(sentences) < 2 or len(named_days) > 1:
            kept += [f for f, *_ in items]
            continue
        low = min(counts)
        kept += [f for f, *_ in items if f.count in (0, low)]
        for f, _, _, source in items:
            if f.count not in (0, low):
                note = f"{f.count} {f.group}".strip() + (f" ({source})" if source else "")
                if note not in notes:
                    notes.append(note)
    kept.sort(key=lambda f: f.start)
    return kept, notes


_U = _LEX["update"]
#: kind of update -> its cue phrases (data/fatalities/lexicon.toml [update])
_UPDATE_CUES = {kind: re.compile(rf"(?<![\w]){_alt(_U[kind])}(?![\w])", re.I)
                for kind in ("rise", "later_death", "official")}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])|\n+")


def _sentences(text: str):
    """(start, end) of each sentence of a raw text (a full stop, ! or ? before a capital, or a line break)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def toll_updates(text: str) -> list[tuple[str, int | None, int, int]]:
    """The sentences of a report telling a toll as news of its own (spec §1, §6): a risen toll
    ("the death toll rose to 5"), a victim who died after the first reports ("died of his
    wounds on Tuesday", "a second victim"), or a count confirmed by an official body ("the
    coroner confirmed"). Each as ``(kind, count, start, end)``: the sentence's total of death
    figures (None when it gives none: "he died of his wounds"; a rise or a confirmation
    without one is none), the sentence's offsets.
    Kinds: "rise", "later_death", "official"; the first cue in the sentence decides."""
    out = []
    for lo, hi in _sentences(text):
        found = [(m.start(), kind) for kind, cue in _UPDATE_CUES.items() if (m := cue.search(text, lo, hi))]
        if not found:
            continue
        kind = min(found)[1]
        figures = [f for f in counted_figures(find_death_figures(text, lo, hi)) if f.count > 0]
        count = total_deaths(figures) if figures else None
        if kind != "later_death" and count is None:
            continue  # a toll rises to a count, an official confirms one: else nothing here
        out.append((kind, count, lo, hi))
    return out
