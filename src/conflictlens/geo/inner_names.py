"""Places named inside longer names that are no place ("the Mosul Dam", "the University
of Georgia"): the town or unit opening the name, and bodies often named after a person
whose name is no place.

Kept apart from span finding: these read a name already rejected as a place.
"""

from __future__ import annotations

import re

from ..model import PlaceMention
from . import tables
from .context import CountryPrior
from .gazetteer import Candidate, haversine_km
from .normalize import normalize_name
from .patterns import Context, read_context
from .spans import ABBREVIATION, DATELINE, STRICT, _own_name, _POSSESSIVE_RE, _Span
from .prior import _ACRONYM_RE
from .ranking import LOCAL_KM, _spelt_alike
from .resolve import _Resolution


#: "the " right before a name
_THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+$")
#: a word of dotted capital initials: "U.S.", "U.K."
_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,}")
#: a public body's word and "of" right before a name: "University of ", "Council of Greater "
_BODY_OF_RE = re.compile(r"\b([A-Za-z']+)\s+of\s+(?:(?:the|Metropolitan|Greater)\s+)?$")
#: the last words of a name after "of": "United Way of Metropolitan Atlanta"
_OF_PLACE_RE = re.compile(r"\bof\s+(?:(?:the|Metropolitan|Greater)\s+)?(?P<name>[A-Z][\w.'’]*(?:[ \-][A-Z][\w.'’]*)?)$")
#: a one-word name after "of" inside a longer name: "the University of Kentucky College of Law"
_MID_OF_PLACE_RE = re.compile(r"\bof\s+(?:(?:the|Metropolitan|Greater)\s+)?(?P<name>[A-Z][\w.'’]*)(?=\s+[A-Z])")


class InnerNames:
    """Places inside longer names for :class:`~conflictlens.geo.geocoder.Geocoder` (a mixin)."""

    def _inner(self, text: str, sp: _Span, prior: CountryPrior) -> PlaceMention | None:
        """A place named inside a longer name (:meth:`_inner_resolution`), as a mention."""
        found = self._inner_resolution(text, sp, prior)
        return self._mention(*found[:4]) if found else None

    def _inner_resolution(self, text: str, sp: _Span, prior: CountryPrior
                          ) -> tuple[str, _Span, Context, _Resolution, bool] | None:
        """A place named inside a longer name: (text, its span, context, resolution,
        whether a local public body's word placed it).

        "the U.S. Centers for Disease Control", "SOS Children's Villages Sudan": the
        whole span is no place, but its first or last words are a country. A town or
        unit is taken only at the start of the name of a local public body ("Alverton
        Police Department", "the Brill County Board of Education": a word of
        ``data/geo/institution_words.tsv`` follows it), under the rules of the whole
        span's label; a unit inside another name ("western Nineveh Operations")
        names a command, not where something happened. Person names are never split.
        """
        if sp.label == "PERSON":
            return None
        words = list(re.finditer(r"\S+", text[sp.start:sp.end]))
        if len(words) < 2:
            return None
        pieces = []
        for k in range(min(4, len(words) - 1), 0, -1):  # 4: "People's Republic of China"
            pieces.append((words[0].start(), words[k - 1].end(), self._body_word(text, sp.start + words[k].start(), words[k].group())))
            pieces.append((words[-k].start(), words[-1].end(), ""))
        # (or a country's dotted initials anywhere inside it: "New U.S. Airline Cleared",
        # a headline the model tagged a body whole; they stand for nothing but the country)
        pieces += [(w.start(), w.end(), "") for w in words[1:-1] if _DOTTED_INITIALS_RE.fullmatch(w.group())]
        institutions = tables.institution_words()
        named = tables.named_institution_words()
        head = self._named_head(words)
        for a, b, after in pieces:
            s = text[sp.start + a:sp.start + b]
            core = _POSSESSIVE_RE.sub("", s).rstrip(",.;:") if len(s) > 3 else s
            if not core[:1].isupper():
                continue
            if after and head and _POSSESSIVE_RE.sub("", after).casefold() not in institutions:
                after = head  # "Wasilla Bible Church": the name's head word says the body
            if core != s.rstrip(",.;:") and _POSSESSIVE_RE.sub("", after).casefold() in named:
                continue  # "St. Mary's Church", "King's College": a saint's or person's, no town
            if _POSSESSIVE_RE.sub("", after).casefold() in institutions and self._longer_place(core, after):
                # "Kansas City Power & Light": with the body's word the name is a longer
                # place's own ("Kansas City"), so the word is that place's, not a body's
                continue
            if _POSSESSIVE_RE.sub("", after).casefold() in institutions:
                # (the public body's word places the name as "in X" does: read as a
                # place name spelt as the gazetteer has it, not under the organisation's
                # stricter rules; "Turkish Health Minister" names no place)
                strict = core.casefold() in tables.demonyms()
                sub = self._clean(text, sp.start + a, sp.start + a + len(core), sp.label if strict else "GPE")
                if sub is not None:
                    ctx = read_context(text, sub.start, sub.end)
                    res = self._resolve(text, sub, ctx, prior, lambda: None)
                    if res is not None and (strict or res.cand.match == "exact") \
                            and not self._named_body_afar(after, res.cand, prior) \
                            and not self._named_after_other_name(core, after, res.cand):
                        return text, sub, ctx, res, not strict
            of = _BODY_OF_RE.search(text, max(0, sp.start + a - 40), sp.start + a)
            # (only the name's first "of": "the University of Kentucky College of Law"
            # is Kentucky's, and its college's "of Law" names a subject, not a town)
            if of and " of " in text[sp.start:of.start(1)]:
                of = None
            if of and not after and of.group(1).casefold() in institutions \
                    and core.casefold() not in tables.demonyms():
                # "the University of Hartford", "the City Council of Alverton": the
                # place of a public body named after it
                sub = self._clean(text, sp.start + a, sp.start + a + len(core), "GPE")
                if sub is not None:
                    ctx = read_context(text, sub.start, sub.end)
                    res = self._resolve(text, sub, ctx, prior, lambda: None)
                    if res is not None and res.cand.match == "exact":
                        return text, sub, ctx, res, True
            exact = [c for c in self.gaz.lookup(core) if c.match == "exact"]
            if exact and exact[0].level in ("country", "continent"):  # "Central and South America"
                # ranked like any name: "South Georgia News" in a report on Atlanta is the state's
                sub = _Span(sp.start + a, sp.start + a + len(core), sp.label)
                # (a town's body, "Palestine Independent School District", is the town's
                # where a town has the name, else no answer: never the country)
                ctx = read_context(text, sub.start, sub.end)
                res = self._resolve(text, sub, ctx if ctx.local else Context(), prior, lambda: None)
                if res is not None:
                    return text, sub, Context(), _Resolution(res.cand, min(res.conf, 0.5)), False
        return None

    #: the most qualifying words read between a town and its body's word
    MAX_QUALIFIERS = 2

    @staticmethod
    def _body_word(text: str, at: int, word: str) -> str:
        """The ``word`` at ``at`` after a name's first words, or, where that word and up to
        :data:`MAX_QUALIFIERS` after it qualify a body (``body_qualifier_words.tsv``:
        "the Alverton Metropolitan Police", "Brill Independent School District"), the
        public body's word they lead to (read past the span, which may end before it):
        the town still opens the body's name."""
        qualifiers, institutions = tables.body_qualifier_words(), tables.institution_words()
        words = [w.group() for w in re.finditer(r"\S+", text[at:at + 80])][:InnerNames.MAX_QUALIFIERS + 1]
        j = 0
        while j < len(words) - 1 and j < InnerNames.MAX_QUALIFIERS and words[j].casefold() in qualifiers:
            j += 1
        after = _POSSESSIVE_RE.sub("", words[j]) if words else ""
        return after if j > 0 and after[:1].isupper() and after.casefold() in institutions else word

    def _longer_place(self, core: str, after: str) -> bool:
        """True when ``core`` and the word ``after`` it, together, are the exact name of a town
        ("Kansas City", "Carson City"): that word belongs to the town's name. (A county's,
        "Laurel County", is read as the county through the unit's word.)"""
        return any(c.match == "exact" and c.level == "city"
                   for c in self.gaz.lookup(f"{core} {_POSSESSIVE_RE.sub('', after)}"))

    def _state_name(self, name: str, prior: CountryPrior) -> bool:
        """True for a first-level unit's own name that no country bears ("Minnesota",
        "Ontario"; not "Georgia"), nor a plain word or a people's adjective, of a country the
        report is about or in a report that names none."""
        if not name[:1].isupper() or name.casefold() in tables.demonyms() or _ACRONYM_RE.match(name):
            return False
        cands = [c for c in self.gaz.lookup(name) if c.match == "exact"]
        return any(c.primary and c.level == "admin1" and (not prior or c.country_code in prior) for c in cands) \
            and not any(c.level in ("country", "continent") for c in cands)

    @staticmethod
    def _named_head(words) -> str:
        """The last word of a capitalised name when it is a ``named`` institution word
        ("Wasilla Bible Church", "Alverton Christian Academy"): the words between the
        opening town and it name the body's kind, so the town still opens the body's name."""
        if len(words) < 3 or not all(w.group()[:1].isupper() for w in words):
            return ""
        head = _POSSESSIVE_RE.sub("", words[-1].group()).rstrip(",.;:")
        return head if head.casefold() in tables.named_institution_words() else ""

    @staticmethod
    def _named_after_other_name(core: str, after: str, cand: Candidate) -> bool:
        """True when a body often named after a person ("Duke University", ``named`` in
        ``institution_words.tsv``) opens with a town's other name, neither its own nor a
        spelling of it (Duke, a former name of Erwin): the name honours someone."""
        return _POSSESSIVE_RE.sub("", after).casefold() in tables.named_institution_words() \
            and cand.level == "city" and not _own_name(cand) and not _spelt_alike(core, cand.name)

    def _short_for_named_body(self, text: str, sp: _Span, ctx: Context, res: _Resolution,
                              prior: CountryPrior, spans: list[_Span]) -> bool:
        """True when a bare name opens, elsewhere in the report, the name of a body often
        named after a person ("Franklin Elementary School") and the town it was read as
        lies outside the states the report names or is in (:meth:`_named_body_afar`):
        "at Franklin", "students near Franklin" then say the body's short name. A unit
        after it ("Franklin, Tennessee") still places it; a state's capital or a city of
        100,000 or more keeps its name ("Washington University" leaves Washington), and so
        does the report's dateline town ("ALVERTON -- ... beside the Alverton High School
        parking lot": the report is written from that town, its school is the town's)."""
        c = res.cand
        if c.level != "city" or self._placed_by_container(text, ctx) or c.population >= 100_000 \
                or c.feature_code in ("PPLC", "PPLA"):
            return False
        key = normalize_name(sp.name(text))
        if any(s.label == DATELINE and normalize_name(s.name(text)) == key for s in spans):
            return False
        name = re.escape(sp.name(text))
        for m in re.finditer(rf"(?<![\w-]){name}((?:[ \t]+[A-Z][\w'’-]*){{1,3}})", text):
            if any(self._named_body_afar(w, c, prior) for w in m.group(1).split()):
                return True
        return False

    #: the capitalised words a comma puts after a name: "Tennessee", "New South Wales", "Tenn."
    _AFTER_COMMA_RE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}")

    def _placed_by_container(self, text: str, ctx: Context) -> bool:
        """True when the words after a name place it: "in Y", "of Y", or a comma and a
        country, a first- or second-level unit or a unit's abbreviation ("Franklin,
        Tennessee", "Franklin, Tenn."). A comma before anything else ("a teacher at
        Franklin, Jo Doe", "near Franklin, including ...", "at Franklin, is ...") is a
        pause in the sentence, no unit holding the name."""
        if ctx.container_at < 0:
            return False
        if not ctx.container_comma:
            return True
        m = self._AFTER_COMMA_RE.match(text, ctx.container_at)
        if m is None:
            return False
        words = m.group().split()
        abbreviations = tables.admin1_abbreviations()
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k]).rstrip(",;:")
            if name in abbreviations or name.rstrip(".") in abbreviations \
                    or tables.admin1_abbreviation_units(name):
                return True
            if any(c.match == "exact" and c.level in ("country", "admin1", "admin2")
                   for c in self.gaz.lookup(name.rstrip("."))):
                return True
        return False

    def _definite_far_town(self, text: str, sp: _Span, ctx: Context, res: _Resolution,
                           prior: CountryPrior) -> bool:
        """True when a one-word name the model took for a person or a body, or left
        untagged, follows "the" ("as the Center told parents", "the Royal wrestler") and
        reads only as a town under 100,000 people outside the units the report names or is
        in and far from its towns: a town's name takes no article, so "the X" is a body, a
        team or a thing named X. Words that place it ("in", "X, Y", "a X man") keep it."""
        c = res.cand
        if sp.label not in STRICT or c.level != "city" or c.population >= 100_000 \
                or " " in sp.name(text) or not _THE_BEFORE_RE.search(text, max(0, sp.start - 5), sp.start):
            return False
        if ctx.container_at >= 0 or ctx.locative or ctx.local or ctx.town_title:
            return False
        units = prior.admin1_codes | prior.local_admin1
        if not units or c.admin1_code in units:
            return False
        return not any(haversine_km(lat, lon, c.latitude, c.longitude) <= LOCAL_KM
                       for lat, lon, _k in prior.local_points)

    def _named_body_afar(self, after: str, cand: Candidate, prior: CountryPrior) -> bool:
        """True when a body often named after a person ("Lindbergh High School",
        ``named`` in ``institution_words.tsv``) opens with a town or county outside the
        states the report names or is in (or holding a county it names): the name honours
        someone, it places nothing. (A report placed in no state and naming no county
        keeps the town: its school is most often its own.)"""
        if _POSSESSIVE_RE.sub("", after).casefold() not in tables.named_institution_words():
            return False
        units = prior.admin1_codes | prior.local_admin1
        if not units:
            # (a report placed in no state by name or town may still name counties:
            # the states holding a county of each such name)
            units = {c.admin1_code for name in prior.county_names for c in self.gaz.lookup(name)
                     if c.level == "admin2" and c.match == "exact"}
        if not units or cand.level not in ("city", "admin2") or cand.admin1_code in units:
            return False
        # (near the report's towns, or in a county it names: "Houston County ... two
        # Crockett High School students" is the Crockett of that county)
        return not (cand.admin2 and normalize_name(cand.admin2) in prior.counties) and not any(
            haversine_km(lat, lon, cand.latitude, cand.longitude) <= LOCAL_KM for lat, lon, _k in prior.local_points)

    def _outlet_town(self, name: str, prior: CountryPrior) -> Candidate | None:
        """The town of the outlet's home when ``name`` is its name (a paper named after
        it, or one the outlet table places there): in the home's state the one nearest
        its point, else (a paper's name that several states share, the report settling
        none) the largest of the home's country; None for any other name."""
        home = prior.outlet
        if home is None or not home.name or not home.country_code \
                or normalize_name(home.name) != normalize_name(name):
            return None
        towns = [c for c in self.gaz.lookup(name, home.country_code)
                 if c.level == "city" and c.match == "exact" and _own_name(c)
                 and (not home.admin1_code or c.admin1_code == home.admin1_code)]
        if home.latitude is None:
            return max(towns, key=lambda c: c.population, default=None)
        return min(towns, key=lambda c: haversine_km(c.latitude, c.longitude, home.latitude, home.longitude),
                   default=None)

    def _opening_place(self, text: str, sp: _Span, prior: CountryPrior,
                       plain: set[str]) -> PlaceMention | None:
        """The town or unit whose own name opens a longer name that is no place ("the
        Alverton Science Museum", "the Ohio National Guard") or ends it after "of"
        ("the United Way of Metropolitan Atlanta", "National Life of Vermont") or follows "of"
        inside it ("the University of Kentucky College of Law"),
        resolved under the rules of the whole span's label (an organisation's: a
        country the report is about). Toponym output only: an organisation's name
        says where it belongs, not where something happened. Person names and
        streets ("Memphis Street") are never split, and a town counts only where the
        report plainly names it elsewhere (``plain``: normalised names), lies in a
        state the report names or is in ("the Webb Center" is no Webb, Texas), or
        is a town of 100,000 or more after "of" ("the Financial Times of London"); a
        county only as "X County" or where the report names it so (most counties
        bear a person's name: "Brown Motor Company")."""
        if sp.label in ("PERSON", ABBREVIATION, DATELINE):
            return None
        from .sublocal import _outdoor_feature
        if _outdoor_feature(sp.name(text)):
            return None  # ("Zion National Park" is no town of Zion: geo/sublocal.py places it)
        words = list(re.finditer(r"\S+", text[sp.start:sp.end]))
        after = text[sp.end:sp.end + 12].split()[:1]
        streets = tables.thoroughfare_words()
        if any(a.casefold().rstrip(".,") in streets for a in after if a[:1].isupper()):
            return None
        # (a street word inside the name keeps its opening words out, "Memphis Street
        # Church", but not the place after "of" that ends it, "the United Way of Atlanta")
        # (a state's road word after the state's name, "the Florida Highway Patrol", "Ohio
        # State Highway Patrol", is the state's road body: no street named after it)
        state_roads = tables.state_road_words()

        def street_inside(i: int) -> bool:
            word = words[i].group().casefold().rstrip(".,")
            if word not in streets:
                return False
            head = " ".join(w.group() for w in words[:i] if w.group() != "State")
            return word not in state_roads or not any(
                c.match == "exact" and c.level == "admin1" for c in self.gaz.lookup(head))
        inside = any(street_inside(i) for i in range(1, len(words)))
        pieces = [(sp.start, sp.start + words[k - 1].end()) for k in (2, 1)
                  if not inside and len(words) > k and all(w.group()[:1].isupper() for w in words[:k + 1])]
        # (a state's own name opening the body's name is read as a place name, below; not in
        # a report about other countries: "Kentucky Fried Chicken outlets" in Perth, a brand's)
        opens_state = not inside and len(words) > 1 and self._state_name(
            _POSSESSIVE_RE.sub("", words[0].group()), prior)
        of = _OF_PLACE_RE.search(text, sp.start, sp.end)
        if of and of.end() == sp.end:
            pieces.append(of.span("name"))
        of_piece = pieces[-1] if of and of.end() == sp.end else None
        # (or inside it: "the University of Kentucky College of Law")
        mid = [m.span("name") for m in _MID_OF_PLACE_RE.finditer(text, sp.start, sp.end)]
        pieces += mid
        # (or ends it after its own capitalised words: "Education Minnesota", "Special
        # Olympics Ohio", a body's chapter in a state the report names or is in)
        tails = [(sp.start + words[-k].start(), sp.end) for k in (2, 1)
                 if len(words) > k and all(w.group()[:1].isupper() for w in words)
                 and not (of and of.end() == sp.end)]
        pieces += tails
        for a, b in pieces:
            core = _POSSESSIVE_RE.sub("", text[a:b])
            if core.casefold() in tables.demonyms() or _ACRONYM_RE.match(core) \
                    or self._portfolio(text, a, a + len(core)):
                continue
            if not any(_own_name(c) or (c.match == "exact" and c.primary and c.level == "admin1")
                       for c in self.gaz.lookup(core)):
                continue
            # (a name after "of" inside the longer name is read as a place
            # name, "of" placing it as "in" does)
            # (and so is a state's own name opening it: the name itself says the country,
            # where the report may name none)
            state = opens_state and a == sp.start and b == sp.start + words[0].end()
            sub = _Span(a, a + len(core), "GPE" if (a, b) in mid or state else sp.label)
            ctx = read_context(text, sub.start, sub.end)
            res = self._resolve(text, sub, ctx, prior, lambda: None)
            home_town = self._outlet_town(core, prior) if a == sp.start else None
            if home_town is not None and not (res is not None and res.cand.level == "city"
                                              and _own_name(res.cand) and normalize_name(core) in plain):
                # ("Alverton High School", "Alverton Police" in the Alverton paper: its own
                # town, though the report names it nowhere else; where it does, as it reads it)
                m = self._mention(text, sub, ctx, _Resolution(home_town, 0.5))
                m.kind = "organisation"
                return m
            if res is None or not (_own_name(res.cand) or res.cand.level == "admin1" and res.cand.match == "exact"):
                continue
            units = prior.admin1_codes | prior.local_admin1
            if (a, b) in tails and (res.cand.level != "admin1" or res.cand.admin1_code not in units):
                continue  # ("Monongahela National Forest" is no Forest region abroad)
            # (a large town ending the name after "of", "the United Way of Metropolitan
            # Atlanta", "the Financial Times of London", is that town's body wherever
            # the report is; a small one, "the Bank of Mercy", is not)
            large = (a, b) in (of_piece, *mid) and res.cand.level == "city" and res.cand.population >= 100_000
            if res.cand.level == "admin1" or normalize_name(core) in plain or large \
                    or (res.cand.level == "city" and res.cand.admin1_code in units):
                m = self._mention(text, sub, ctx, res)
                m.kind = "organisation"
                return m
        return None
