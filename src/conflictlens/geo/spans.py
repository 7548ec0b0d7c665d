"""Which stretches of a report may name a place: the model's entities cleaned to bare names,
untagged capitalised runs, and the spans that are people, organisations, streets, vehicles,
portfolios or headlines rather than places.

Kept apart from ranking: what counts as a candidate name changes for other reasons (the
model's tagging, English name forms) than which gazetteer place a name means.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from . import tables
from .context import ABBR_WORD, dateline_span
from .gazetteer import Candidate
from .normalize import ARTICLES
from .unit_spans import unit_name_start
from .patterns import (_LIST_AFTER_RE, _LOCAL_AFTER_RE, DIRECTIONS, Context, _town_body_after_re, names_town_body,
                       read_context)


#: Entity labels worth trying; NORP (demonyms) only informs the country prior.
LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})
#: a preposition of place right before a name: "from ", "in "
_PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|at|from|to|near)[ \t]+$")
#: Labels (and "" for spans the NER missed) whose spans must match strictly.
STRICT = frozenset({"PERSON", "ORG", ""})

_ART = "|".join(sorted((a for a in ARTICLES if a.isalpha()), key=len, reverse=True))
_WORD = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_CAPS_RE = re.compile(
    rf"(?<![\w\-])(?:(?:{_ART})-)?{_WORD}(?:[ \t]+(?:(?:{_ART})[- ])?{_WORD})*"
)
_LEAD_RE = re.compile(rf"^(?:the\s+|(?:{DIRECTIONS})\s+)+", re.I)
#: an article opening a capitalised run ("The", or a sentence's "A Longview woman")
#: "Northwest Side", "South Side": a section of a city, named by its direction alone
_SECTION_RE = re.compile(rf"^(?:{DIRECTIONS})\s+side\b", re.I)
_THE_RE = re.compile(r"^(?:the|an?)\s+(?=\S)", re.I)
#: "the City of Alverton", "State of Illinois": the unit word is not part of the name
_UNIT_OF_RE = re.compile(r"^(?:state|city|town|village|county|province|governorate|municipality)\s+of\s+", re.I)
#: a compass word and a unit word: "Eastern Province", "North-West Frontier Province"
_COMPASS_UNIT_RE = re.compile(rf"(?:{DIRECTIONS})(?:[ -][\w'’]+){{0,2}}\s+(?:province|region|state)", re.I)
_ARTICLE_BEFORE_RE = re.compile(rf"(?<![\w\-])(?:{_ART})-$", re.I)
_SUFFIX_RE = re.compile(r"-(?:based|born|area|bound|owned|run)$", re.I)
#: "-based", "-born" right after a name: "based in" or "born in" that place
#: (the hyphen may close the entity before it: the model tags "Hilton Head-" of "Hilton Head-based")
_BASED_RE = re.compile(r"(?:-|(?<=-))(?:based|born)\b", re.I)
#: the same words closing a capitalised run: "Ogun-based"
_BASED_TAIL_RE = re.compile(r"-(?:based|born)$", re.I)
_POSSESSIVE_RE = re.compile(r"(?:['’]s|(?<=s)['’])$")  # "al-Anbar's", "the Philippines'"
#: what joins a name to the next in one capitalised run: a possessive ("Syria's Aleppo") or a
#: hyphen ("EU-Israel")
_JOINT_RE = re.compile(r"(?:['’]s|(?<=s)['’])[ \t]+|-(?=[A-Z])")
_GAP_RE = re.compile(r"[ \t]+")
#: a number of one to three figures closing a name: " 4" of "Lexington 4"
_NUMBER_AFTER_NAME_RE = re.compile(r"[ \t]+\d{1,3}$")
#: a capitalised word joined to a word in lower case by a hyphen, then a gap ("Houthi-controlled ")
_COMPOUND_MODIFIER_RE = re.compile(r"([A-Z][\w'’]*-[a-z][\w'’]*)[ \t]+(?=[A-Z])")
_STOP_NAMES = frozenset(
    "the a an this that these those he she it they we i monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september "
    "october november december yesterday today".split()
)
#: Titles written capitalised before a name or "of": never a place name themselves
#: ("Mayor of Boston" is no Mayor, Maryland; "Nigeria President Muhammadu Buhari")
_TITLE_WORDS = frozenset(
    "mayor governor president minister premier senator chancellor secretary ambassador envoy "
    "spokesman spokeswoman spokesperson commissioner chairman chairwoman lieutenant-governor "
    "prime deputy vice lt. gov. sen. rep. pres. sheriff".split()
)
#: a unit after a comma: "Christmas, Florida" (a capitalised word that no sentence opens)
_UNIT_AFTER_RE = re.compile(r",\s+[A-Z]")
#: a house block's number before a name: "the 400 block of Elmhurst", "the 900 block of
#: South Ashland", "of N. Ashland" is a street
_BLOCK_OF_RE = re.compile(rf"\b\d+\s+block\s+of\s+(?:the\s+)?(?:(?:{DIRECTIONS}|[NSEW]\.?)\s+)?$", re.I)
#: a house number and a compass point before a name: "at 412 W. Center", "2210 North
#: Hastings" (a street given without its street word)
_HOUSE_NUMBER_RE = re.compile(r"(?<![\w.,])\d{1,6}\s+(?:[NSEW]\.?|North|South|East|West)\s+$")
#: the next capitalised word after a name (" Buren", " St."): a street's may follow
_NEXT_NAME_WORD_RE = re.compile(r"[ \t]+(?P<word>[A-Z][\w'-]*\.?)(?![\w-])")
#: a model year right before a car maker's name: "a 2001 Cadillac"
_MODEL_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\s+$")
#: a one-letter initial and its full stop right before a name: "D. " of "D. Valentine", "H. "
#: of "Charles H. Wilson" (not a compass point written short, "W. Phila.", nor a dotted
#: initialism's last letter, "U.S. ")
_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.])[A-DF-MO-RT-VX-Z]\.[ \t]+$")
#: a possessive closing its phrase after a name: "'s" of "at Culver's, 1200 Elm Ave.", "the
#: local McDonald's to watch" (a mark, or a word no noun the possessive owns can be; not a
#: quotation mark, which may open the title it owns: Alverton's "Grandest Parade")
_POSSESSIVE_ALONE_RE = re.compile(r"['’]s(?=\s*(?:[,.;:!?)\]]|$)|[ \t]+(?:to|in|on|at|and|or|for|from|with|where"
                                  r"|was|is|has|had|will|would|that|which|who|when)\b)")
#: a possessive closing brackets an editor put into a quotation ("we back (Ukraine's) bid")
_BRACKETED_POSSESSIVE_RE = re.compile(r"['’]s[)\]]")
#: a comparison before a name, whose possessive stands for a noun said before it ("higher
#: than Alverton's", "larger than that of Alverton's")
_COMPARISON_BEFORE_RE = re.compile(r"\b(?:than|as|(?:that|those)[ \t]+of)[ \t]+$", re.I)
#: a slash between two names, no spaces around it: "U.S./Japan", "Syria/Iraq"
_SLASH_PAIR_RE = re.compile(r"[\w.]/[A-Z]")
#: the word of a school below high school, or an academy's, right after a name: "Alverton
#: Elementary", "Brill Middle School", "Kanab elementary schools", "Price Academy"
_LOWER_SCHOOL_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \t]+(?:(?:[Ee]lementary|[Pp]rimary|[Ii]ntermediate)\b"
    r"|(?:[Mm]iddle|[Jj]unior)[ \t]+(?:[Hh]igh[ \t]+)?[Ss]chools?\b|Academy\b)")
#: the rest of a school's name and "in" before a capitalised name: " School in Fort Worth"
_SCHOOL_IN_TOWN_RE = re.compile(r"(?:[ \t]+[A-Z][\w'’]*)*,?[ \t]+in[ \t]+[A-Z]")
#: a word in lower case right before a name: "agency " of "the news agency Xinhua"
_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w-])([a-z]+)[ \t]+$")
#: "the" right before a name
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
#: a month's name closing a run, then a day's number: " April" of "in Alverton April 4"
_MONTH_CLOSING_RE = re.compile(r"[ \t]+(?:%s)$" % "|".join(calendar.month_name[1:]))
_DAY_AFTER_RE = re.compile(r"[ \t]+\d{1,2}\b(?!\.\d)")
#: a year after a season's word: "the Summer of 2011", "Spring 2003"
_YEAR_AFTER_RE = re.compile(r",?[ \t]+(?:of[ \t]+)?(?:1[89]|20)\d\d\b")
#: "on" right before a name: a court is sat in or appeared before, a street is "on Elm Court"
_ON_BEFORE_RE = re.compile(r"(?<![\w-])on[ \t]+$")
#: a capitalised word next: the street word opens a longer name ("Highway Patrol")
_CAPITAL_NEXT_RE = re.compile(r"[ \t]+[A-Z]")
#: a party letter and a home town after a legislator's name: "R-Elbow Lake", "DFL-Cook",
#: "(D-Charleston)" (a state abbreviation, "D-Ill.", is read as one); closed by a comma, a
#: bracket or a dash, a hyphen standing for one ("R-Elbow Lake - said") or a dash a wrong
#: decoding garbled ("â€”" shown as "â")
_PARTY_TOWN_RE = re.compile(r"(?<![\w-])(?:R|D|I|DFL)-(?P<town>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})"
                            r"(?=\s*[,);\]]|\s+(?:[—–-]|â)\s)")
#: a legislator's home town before a party member's noun, after a comma or a bracket:
#: "Rep. Jane Doe, a Hays Democrat," (the noun from ``data/geo/party_member_words.tsv``)
_PARTY_MEMBER_TOWN_RE = r"[,(]\s*an?\s+(?P<town>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?)\s+(?P<word>[A-Z][A-Za-z]+)\b"


#: a person's age and home town: "Jo Doe, 22, of Alverton," (the town a report gives
#: for whoever it names, which the model tags anything)
_AGE_OF_TOWN_RE = re.compile(r",\s\d{1,3},\s+of\s+(?P<town>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?)(?=\s*[,.;)])")
#: a home town set off by commas after a person's name: ", of Alverton," (the person's
#: name before it is the model's; :meth:`SpanFinder._person_home_town_spans`)
_COMMA_OF_TOWN_RE = re.compile(r",\s+of\s+(?P<town>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?)(?=\s*[,;)])")
#: a house address and its town: "of 412 Elm St., Alverton," (the street word is
#: checked against ``data/geo/thoroughfare_words.tsv``)
_ADDRESS_TOWN_RE = re.compile(
    r"\b\d{1,6}\s+(?:[NSEW]\.\s+)?(?:[A-Z][\w'’]*\s+){1,3}(?P<street>[A-Z][a-z]*)\.?,\s+"
    r"(?P<town>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?)(?=\s*[,.;)])")
#: the next word, in lower case: "police" of "Alverton police"
_LOWER_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")
#: a lower-case word after a maker's name, hyphenated ones whole: "pick-up" of "a Nissan pick-up truck"
_VEHICLE_NOUN_AFTER_RE = re.compile(r"[ \t]+([a-z]+(?:-[a-z]+)?)\b")
_BODY_OF_BEFORE_RE = re.compile(r"([A-Z][\w.]*)[ \t]+of[ \t]+$")
#: the label words of a headline before its subject: "Boys basketball: ", "Whoops! "
_HEADLINE_LABEL_RE = re.compile(r"[^.!?:;\n]{1,40}[:!][ \t]+")
#: what stands between two items of a list: "Texas, Ohio", "Utah and Idaho"
_LIST_SEP_RE = re.compile(r"^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$")
#: words between a place name and a site word that belong to the site's name
_SITE_QUALIFIERS = frozenset({"international", "regional", "national", "central", "general", "military"})
#: a capitalised word right before an entity, not at a sentence's start
_WORD_BEFORE_RE = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]+) $")
_DIRECTION_AFTER_RE = re.compile(r" (?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\b")
@lru_cache(maxsize=1)
def _particle_joint() -> str:
    """A Romance particle and its article between two words of a place's name, as a
    pattern: " de la ", " dos ", or joined by hyphens as French names are ("Croix-des-Bouquets",
    "Saint-Louis-du-Nord") (``data/geo/name_particles.tsv``)."""
    particles, articles = tables.name_particles()

    def alt(ws):
        return "|".join(sorted(ws, key=len, reverse=True))

    return (rf"(?:[ \t]+(?:{alt(particles)})(?:[ \t]+(?:{alt(articles)}))?[ \t]+"
            rf"|-(?:{alt(particles)})-)(?=[A-Z])")


@lru_cache(maxsize=1)
def _particle_name_after_re() -> re.Pattern:
    """A Romance particle and one or two capitalised words after a name ("Rio Grande"
    + " do Sul", " del Cauca", " y León": the model often stops at the particle)."""
    return re.compile(rf"{_particle_joint()}[A-Z][\w'’-]*(?:(?P<second>[ \t]+[A-Z][\w'’-]*))?")


@lru_cache(maxsize=1)
def _particle_joint_re() -> re.Pattern:
    """A particle between two capitalised words (:func:`_particle_joint`), compiled."""
    return re.compile(_particle_joint())


@lru_cache(maxsize=1)
def _particle_right_re() -> re.Pattern:
    """The capitalised words after a particle, up to three, and one more particle and
    one or two words ("Rio Preto", "Santo Agostinho", "Piedra de la Cruz")."""
    words = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
    return re.compile(rf"{words}(?:{_particle_joint()}[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?")


#: one to three capitalised words ending right before a particle (a name's first words)
_PARTICLE_LEFT_RE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’-]*$")
#: a whole name with a particle inside names a town of at least this many people when
#: the model tagged it anything else: towns named after a person ("Jose de San Martin",
#: "Ponce de Leon") are small, and that person is meant more often than the village
PARTICLE_NAME_TOWN = 5_000
#: a name opened by an abbreviated word ("Ft. Worth", "Mt. Pleasant"), one or two words
#: after it, not a saint's possession ("St. Mary's Hospital", "ST. MARY'S"); in capitals too, as
#: transcripts write them ("IN THE ST. ALVERTON AREA")
_ABBR_NAME_RE = re.compile(rf"(?<![\w.]){ABBR_WORD}(?P<one>[A-Z][a-z]\w*|[A-Z][A-Z]+)"
                           r"(?:[ \t]+(?:[A-Z][a-z]\w*|[A-Z][A-Z]+))?\b(?!['’][sS]\b)")
#: "X police", "X and Y police": the word after a name (and a listed name) is a local body's
_INSTITUTION_AFTER_RE = re.compile(r"\s+(?:(?:and|&)\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+)?([A-Za-z']+)")
#: a preposition of place inside an entity, before a capitalised name: " in ", " to "
#: (or ending it, where an abbreviation after it was cut off: "Tulsa to" of "Tulsa to D.C.")
_PREPOSITION_IN_ENTITY_RE = re.compile(r"[ \t]+(?:in|at|near|outside|to|from)(?:[ \t]+(?=[A-Z])|[ \t]*$)")
#: "on" and a numbered road's word inside an entity: " on Highway 30" of "Alverton on
#: Highway 30" (the road's word is checked against the road tables)
_ON_ROAD_IN_ENTITY_RE = re.compile(r"[ \t]+on[ \t]+(?=(?P<word>[A-Z][a-z]+)\.?[ \t]+\d)")
#: one capitalised word in the possessive opening an entity, then another capitalised word:
#: "Alverton's " of "Alverton's Tom Thumb"
_POSSESSIVE_OPENING_RE = re.compile(r"(?P<name>[A-Z][A-Za-z\-]+)['’][sS][ \t]+(?=[A-Z])")
#: the one "and" between two capitalised names inside an entity: " and " of "Alverton and Brill"
_AND_IN_ENTITY_RE = re.compile(r"(?<=[a-z.])[ \t]+and[ \t]+(?=[A-Z][^ \t]*(?:[ \t]+[A-Z][^ \t]*){0,2}$)")
#: an empty joint: the name after a hyphen a tagged name took in opens right there
_EMPTY_RE = re.compile("")
#: a compass point written short before a name: "S.E. ", "W. ", "N.W. "
_SHORT_DIRECTION_RE = re.compile(r"^(?:[NS]\.?[EW]\.|[NSEW]\.)[ \t]*(?=[A-Z][a-z])")
#: a dotted initialism before a hyphen and a word in lower case: "U.S." of "U.S.-led"
_INITIALISM_BEFORE_HYPHEN_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?=-[a-z])")
#: Label of the spans of a unit abbreviation ("Ill.", "NSW"), read from a data table.
ABBREVIATION = "ABBR"
#: a capitalised word joined by a hyphen right after a name: "-Rogersville" of "Logan-Rogersville"
_HYPHEN_NAME_AFTER_RE = re.compile(r"-[A-Z][a-z'’]+(?![\w-])")
#: Label of the place of a dateline ("ALVERTON —"): a place by position, whatever the NER says.
DATELINE = "DATELINE"


@lru_cache(maxsize=1)
def _abbreviation_re() -> re.Pattern:
    """Unit abbreviations as written (``data/geo/admin1_abbreviations.tsv``).

    A form with a full stop inside ("N.Y.") or of three letters or more ("NSW") is
    read anywhere; the others ("Ill.", "IL") only after "Town, " or a party letter
    ("(D-Ill.)"), since "Mass." and "IN" alone are words; so are forms that spell a
    word however long ("ACT": "an ACT of revenge" is no Australian territory). A
    short form with its full stop is read too before a word in lower case ("Mass.
    lawmakers"), where no sentence can have ended, and a form that lost its last full
    stop ("Yonkers, N.Y, on Friday", "D-Calif,") in the bound places before a comma,
    semicolon or bracket, where nothing but the unit can stand, or before a dateline's
    station tag ("Alverton, Ind (WXYZ) -"). A form ending in its full stop may run into
    the next sentence's first word where the text lost the space between them ("a ride
    to D.C.And then"): the capital after the full stop opens that sentence. A short form
    marked "+" in the table spells no word and stands alone in reports ("a lab in NY"):
    it is read anywhere.
    """
    forms = tables.admin1_abbreviations()
    words = tables.admin1_abbreviation_words()
    free = [f for f in forms if f not in words and ("." in f[:-1] or ("." not in f and len(f) >= 3))
            or f in tables.admin1_free_abbreviations()]
    bound = [f for f in forms if f not in free]
    # (a short form with its full stop before a word in lower case, "Mass. lawmakers",
    # "Fla. economist", is no sentence's end: a sentence opens with a capital)
    dotted = [f for f in bound if f.endswith(".") and f not in words]
    # (a form written without its last full stop, "Yonkers, N.Y, on Friday", "Ortiz,
    # D-Calif, told", in the bound places only and before a comma, semicolon or bracket,
    # or a space and an opening bracket: "Alverton, Ind (WXYZ) -")
    dotless = [f[:-1] for f in forms if f.endswith(".") and f not in words and len(f) > 2
               and f[:-1] not in forms]

    def alt(fs):
        return "|".join(re.escape(f) for f in sorted(fs, key=len, reverse=True))

    return re.compile(rf"(?:(?<![\w.])(?:{alt(free)})|(?:(?<=[A-Za-z.], )|(?<=\b[RDI]-))(?:{alt(bound)})"
                      rf"|(?<![\w.])(?:{alt(dotted)})(?=[ \t]+[a-z])"
                      rf"|(?:(?<=[A-Za-z.], )|(?<=\b[RDI]-))(?:{alt(dotless)})(?=[,;)]|[ \t]\())"
                      r"(?:(?![\w])|(?<=\.)(?=[A-Z][a-z]))")


#: "Trinidad and Tobago", "Castile and Leon": one to three capitalised words each side
#: of "and" (or "&"); the words before it ending right there (a whole unit's name
#: is looked for, longest first)
_AND_LEFT_RE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’-]*[ \t]+(?:and|&)[ \t]+$")
_AND_RIGHT_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")
_AND_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+(?=[A-Z])")
#: "Isle of Man", "Republic of the Congo": one to three capitalised words before "of"
#: (and "the"), then the words after it, as for "and"
_OF_RE = re.compile(r"[ \t]+of(?:[ \t]+the)?[ \t]+(?=[A-Z])")
_OF_LEFT_RE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’-]*[ \t]+of(?:[ \t]+the)?[ \t]+$")
#: the capitalised word right before a name, one space apart ("Matabeleland " of "Matabeleland South")
_WORD_BEFORE_NAME_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+) $")
#: the word starting at a point
_WORD_AT_RE = re.compile(r"[\w'’-]+")
#: "North and South Kivu": a word, "and", then a name of two or more words
_COORDINATED_RE = re.compile(r"(?<![\w'-])(?P<first>[A-Z][\w'-]+) (?:and|&) "
                             r"(?P<second>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*?) (?P<head>[A-Z][\w'-]+)")


def party_member_towns(text: str) -> list[tuple[int, int]]:
    """The offsets of each legislator's home town written before a party member's noun
    ("Sen. Jo Doe, a Hays Democrat,"), save a faction or chamber ("a House Democrat")."""
    words, qualifiers = tables.party_member_words(), tables.party_member_qualifiers()
    found = []
    for m in re.finditer(_PARTY_MEMBER_TOWN_RE, text):
        noun, town = m.group("word").casefold(), m.group("town").casefold()
        if noun in words and town not in qualifiers:
            found.append(m.span("town"))
    return found


def abbreviation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every unit abbreviation in ``text`` ("Peoria, Ill.")."""
    return [(m.start(), m.end()) for m in _abbreviation_re().finditer(text)]


@dataclass
class _Span:
    """A stretch of report text that may name a place, cleaned to the bare name."""

    start: int
    end: int
    label: str
    #: the last word a coordination left to the second name and this one shares:
    #: "North" of "North and South Kivu" names North Kivu
    elided: str = ""
    #: the report's first words, untagged ("Alverton thanks donors" as a headline): a
    #: place only where the report bears it out (:meth:`Geocoder._opening_borne_out`)
    opening: bool = False

    def name(self, text: str) -> str:
        s = text[self.start:self.end]
        return f"{s} {self.elided}" if self.elided else s


class SpanFinder:
    """Span finding of :class:`~conflictlens.geo.geocoder.Geocoder` (a mixin: it reads ``self.gaz``)."""

    def _clean(self, text: str, start: int, end: int, label: str) -> _Span | None:
        """Trim a raw span to the bare name.

        Drops a leading "the" and direction word, a possessive and trailing feature
        words ("Ghuwayran prison" -> "Ghuwayran"; :func:`read_context` reads them
        back), and takes in an Arabic article the NER left outside ("al-").
        """
        s = text[start:end]
        m = _THE_RE.match(s)
        if m and not (m.group().strip().lower() != "the"
                      and any(c.match == "exact" for c in self.gaz.lookup(s))):  # "A Coruña"
            start += m.end()
            s = text[start:end]
        m = _UNIT_OF_RE.match(s)
        if m and m.end() < len(s):
            start += m.end()
            s = text[start:end]
        if _SECTION_RE.match(s):
            return None  # "the Northwest Side": a section of the report's city, no town of its own
        # "western Nineveh" -> "Nineveh" (the context reader sees the direction),
        # but "South Sudan", "West Virginia" are names in their own right.
        m = _LEAD_RE.match(s)
        if m and not any(c.match == "exact" for c in self.gaz.lookup(_POSSESSIVE_RE.sub("", s))) \
                and not self._named_start(s) and not self._direction_opens_name(s, m.end()) \
                and not self._direction_opens_town_body(s):
            if s[m.end():].rstrip(".").casefold() in tables.thoroughfare_words() and s[:1].isupper():
                return None  # "East Street", "West Rd.": a street named by its direction alone
            start += m.end()
        s = text[start:end]
        # "S.E. Alverton", "N.W. Brill": a compass point written short before the name is
        # a part of the place, as "western Nineveh" is (a house number before it makes
        # the whole a street: :meth:`_street` reads the text before the span)
        m = _SHORT_DIRECTION_RE.match(s)
        if m and not self.gaz.lookup(s):
            start += m.end()
            s = text[start:end]
        # "Metro Vancouver", "Greater Manchester": the city, when the whole is no place
        first, _sep, rest = s.partition(" ")
        if rest[:1].isupper() and first.casefold() in tables.area_words() \
                and not any(c.match == "exact" for c in self.gaz.lookup(s)) \
                and any(c.match == "exact" and c.level == "city" for c in self.gaz.lookup(rest)):
            start += len(first) + 1
            s = text[start:end]
            label = "GPE"
        sm = _SUFFIX_RE.search(s)  # "Gori-based", "Alverton-area"
        if sm and sm.start() > 0:
            end = start + sm.start()
            s = text[start:end]
        if label in STRICT and _BASED_RE.match(text, end):
            # "Northbrook-based Crate & Barrel", "the Gori-born singer": based or born
            # in a place, whatever the model tagged the name
            label = "GPE"
        pm = _POSSESSIVE_RE.search(s)
        if pm and pm.start() > 0:
            end = start + pm.start()
        s = text[start:end]
        nm = _NUMBER_AFTER_NAME_RE.search(s)
        if nm and nm.start() > 0 and s[:nm.start()].split()[-1].casefold().rstrip(".") \
                not in tables.thoroughfare_words() | tables.numbered_road_words():
            # "Lexington 4" (a school district), "Alverton 2" (a team, a ward): a number
            # after a name numbers something of the place's; no town's name ends in one
            # (a road's does: "Route 66", "Highway 30")
            end = start + nm.start()
            s = text[start:end]
        mm = _MONTH_CLOSING_RE.search(s)
        if mm and mm.start() > 0 and _DAY_AFTER_RE.match(text, end):
            # "planned in Alverton April 4": a date written right after the name, which
            # the capitalised run took in; no town's name ends in a month's
            end = start + mm.start()
            s = text[start:end]
        words = s.split()
        site = False  # a site word went: "Da Nang International Airport" -> "Da Nang"
        while len(words) > 1 and (self._features.get(words[-1].lower(), "natural") != "natural"
                                  or (site and words[-1].lower() in _SITE_QUALIFIERS)):
            site = site or self._features.get(words[-1].lower()) == "site"
            if any(c.match == "exact" and ((c.primary and c.level == "city") or c.level == "continent")
                   for c in self.gaz.lookup(s)):
                break  # part of a town's own name ("Kansas City") or a feature's ("Ural Mountains")
            if self._small_town_word(s, words[-1]):
                break  # "Lore City": a village's own name, which only the small towns hold
            if self._compass_unit(s):
                break  # "Eastern Province": the unit's own name, not a town called Eastern
            end = start + s.rstrip().rfind(words[-1]) - 1
            while end > start and text[end - 1] == " ":
                end -= 1
            s = text[start:end]
            words = s.split()
        # include an Arabic article the NER left out ("al-" + "Hasakeh")
        am = _ARTICLE_BEFORE_RE.search(text[max(0, start - 5):start])
        if am:
            start -= len(am.group())
        s = text[start:end].strip(" ,;:-\"“”")
        if s.endswith(".") and "." not in s[:-1]:  # a full stop, not "U.S."
            s = s[:-1]
        if not s or s.lower() in _STOP_NAMES or len(s) < 2:
            return None
        if s.islower():
            return None  # "found near the dead swan": a common noun the model tagged, no name
        # ("in the Senate", "at Christmas", "on Easter, April 4": data/geo/common_names.tsv)
        unit_after = _UNIT_AFTER_RE.match(text, end) \
            and text[end:].lstrip(", ").split(" ", 1)[0].casefold() not in _STOP_NAMES
        if s.casefold() in tables.common_names() and not unit_after:
            return None
        off = text.find(s, start, end + 1)
        if off >= 0 and self._street(text, off, off + len(s)):
            return None
        if off >= 0 and _street_word_cut(text, off, s):
            return None
        if off >= 0 and self._vehicle(text, off, off + len(s)):
            return None
        if off >= 0 and _court_kind(text, off, off + len(s)):
            return None
        if off >= 0 and _term_of_office(text, off, off + len(s)) \
                and not any(c.match == "exact" and c.level in ("country", "admin1") for c in self.gaz.lookup(s)):
            return None  # (a country's or state's is its government's: "the US administration")
        if off >= 0 and self._portfolio(text, off, off + len(s)):
            return None
        if off >= 0 and _epithet(text, off, off + len(s)):
            return None  # "Ivor the Bold": a ruler's or hero's name, no town (nor Bold)
        if off >= 0 and s.casefold() in tables.season_words() and _YEAR_AFTER_RE.match(text, off + len(s)):
            return None  # "in the Summer of 2011": a time of year
        if s.casefold() in tables.area_words() and not _UNIT_AFTER_RE.match(text, off + len(s)):
            return None  # "Metro police said": the area word of a city left unnamed
        if off >= 0 and self._the_town_word(text, off, off + len(s)):
            return None
        if off >= 0 and _opens_quoted_title(text, off):
            return None
        if off >= 0 and _currency_code(text, off, off + len(s)):
            return None
        if off >= 0 and _INITIAL_BEFORE_RE.search(text, max(0, off - 4), off):
            return None  # "D. Valentine", "Charles H. Wilson": a surname after an initial
        if off >= 0 and self._shop_name(text, off, off + len(s)):
            return None
        if off >= 0 and self._names_lower_school(text, off, off + len(s)):
            return None
        if off >= 0 and _outlet_named(text, off):
            return None
        if off >= 0 and label == "PERSON" and _household_named(text, off, off + len(s)):
            return None
        return _Span(off, off + len(s), label)

    def _small_town_word(self, s: str, word: str) -> bool:
        """True when a capitalised settlement word closing ``s`` ("City", "Town") belongs to
        a small US town's own name that no gazetteer town has ("Lore City", "Pleasant City,
        Ohio": the ``zipcodes`` towns, geo/small_places.py), while what it would leave has no
        town of its own ("Lore" none, "Pleasant" only other towns' old names): cut, the rest
        names nothing, or a far namesake. ("Kirkuk City" keeps its cut: Kirkuk is a town.)"""
        if not word[:1].isupper() or self._features.get(word.lower()) != "unit":
            return False
        if not any(c.match == "exact" for c in self.gaz.small_places(s)):
            return False
        rest = s[:s.rstrip().rfind(word)].strip()
        return not any(c.match == "exact" and c.primary for c in self.gaz.lookup(rest))

    def _names_lower_school(self, text: str, start: int, end: int) -> bool:
        """True when a place's name opens an elementary or middle school's or an academy's
        name ("Kennedy Elementary School", "Price Middle School", "Delta Academy"; the
        school's word after the span or inside it) and the report places the name nowhere
        else ("in Kanab", "of Kanab", "Kanab, Utah"): a town has several such schools, named
        after people and neighbourhoods far more often than after the town, so the name
        honours someone or a part of town. A high school most often bears its town's name
        and is left to the rules of named bodies, and so is a name with a kind word before
        the school's ("Riverton Christian Academy"); a school the words put in a town
        ("Alverton Middle School in Fort Worth") is left to the site's reading, which places
        it in that town, and a local body's academy ("the Kanab Police Academy") is the town's."""
        m = next((m for m in _LOWER_SCHOOL_AFTER_RE.finditer(text, start, end + 40) if m.start() <= end), None)
        if m is None or m.start() == start or _SCHOOL_IN_TOWN_RE.match(text, m.end()):
            return False
        name = text[start:m.start()]
        if not any(c.match == "exact" for c in self.gaz.lookup(name)):
            return False
        key = re.escape(name)
        for p in re.finditer(rf"\b(?:in|near|of|from|to)[ \t]+(?:the[ \t]+)?{key}(?![\w-])(?![ \t]+[A-Z])"
                             rf"|(?<![\w-]){key},[ \t]+[A-Z]", text):
            if not (p.start() <= start < p.end()):
                return False
        return True

    def _shop_name(self, text: str, start: int, end: int) -> bool:
        """True when a one-word name in the possessive owns no noun after it ("dinner at
        Culver's, 1200 Elm Ave.", "walked to the local McDonald's to watch"): a shop or
        restaurant named after its founder, as such names are, and no place (a place's
        possessive owns something: "Alverton's mayor"). Not after a comparison ("higher
        than Alverton's"), nor where the possessive is a place's own name ("St. John's"), nor
        in brackets an editor put in ("we support (Ukraine's) bid"): its noun follows them."""
        name = text[start:end]
        return " " not in name and _POSSESSIVE_ALONE_RE.match(text, end) is not None \
            and not _COMPARISON_BEFORE_RE.search(text, max(0, start - 16), start) \
            and not _BRACKETED_POSSESSIVE_RE.match(text, end) \
            and not any(c.match == "exact" for c in self.gaz.lookup(text[start:end + 2]))

    def _the_town_word(self, text: str, start: int, end: int) -> bool:
        """True when "the" comes before a one-word name that is only a town's or county's
        ("the Webster was sold", "security in the Gulf", "on the Hill"): English gives a
        town no article, so the words name a building, a body, a team or a region
        called after it. A country, state, region or natural feature may take one ("the
        Sudan", "the Punjab", "the Vistula"), as may a town whose own name holds it
        ("The Hague"), and so may a name a feature word follows ("the Alverton prison")."""
        name = text[start:end]
        if " " in name or "-" in name or not _THE_BEFORE_RE.search(text, max(0, start - 5), start):
            return False
        # (only a name that heads its phrase: "the Alverton laboratory", "the Alverton
        # area" use the town's name to say where, as "the Alverton prison" does)
        if not _PHRASE_END_RE.match(text, end):
            return False
        cands = [c for c in self.gaz.lookup(name) if c.match == "exact"]
        return bool(cands) and all(c.level in ("city", "admin2") for c in cands) \
            and not any(c.match == "exact" for c in self.gaz.lookup(f"The {name}"))

    def _compass_unit(self, s: str) -> bool:
        """True for a compass word and a unit word that name a first-level unit
        together ("Eastern Province", "Northern Region"): the unit word is part of
        the name, and the compass word alone is a town elsewhere or nothing."""
        m = _COMPASS_UNIT_RE.fullmatch(s.strip())
        return m is not None and any(c.match == "exact" and c.level == "admin1" for c in self.gaz.lookup(s))

    def _direction_opens_name(self, s: str, lead: int) -> bool:
        """True when the direction word opening ``s`` begins the name of a country or
        first-level unit inside a longer name ("West Virginia Democrats", "South Sudan
        Airways"): the words after it alone, Virginia or Sudan, would be another
        place. (Not a town: "North Arlington" in a name may be a part of Arlington; nor
        an all but empty territory: "South Georgia News" in a report on Atlanta is
        the state's.)"""
        if not s[:1].isupper() or s[:lead].strip().casefold() == "the":
            return False
        words = s.split()
        return len(words) > 2 and any(
            not _LEAD_RE.fullmatch(" ".join(words[:k]) + " ")  # "North West" is no name here
            and any(c.match == "exact" and c.level in ("country", "admin1") and c.population >= 50_000
                    for c in self.gaz.lookup(" ".join(words[:k])))
            for k in range(2, min(4, len(words) - 1) + 1))

    def _direction_opens_town_body(self, s: str) -> bool:
        """True when a direction word and the words after it are a town's own name opening
        a local public body's name ("the West Alverton City Council", "North Brill
        Police"): a section of a town has no council or police of its own, so the
        body is that town's, not one of the town named without the direction."""
        words = _THE_RE.sub("", s).split()
        return bool(words) and words[0][:1].isupper() and any(
            _POSSESSIVE_RE.sub("", words[k]).casefold() in tables.institution_words()
            and any(c.match == "exact" and c.primary and c.level == "city"
                    for c in self.gaz.lookup(" ".join(words[:k])))
            for k in range(2, min(3, len(words) - 1) + 1))

    @staticmethod
    def _street(text: str, start: int, end: int) -> bool:
        """True when the name is (part of) a street's: a street word follows it ("toward
        Van Buren St. when") or ends it ("on River Road in Moretown"), or a house block's
        number comes before it ("the 400 block of Elmhurst"). A street named after
        a town places nothing there.
        A street word that also names a body ("Superior Court") or opens a longer name
        ("Highway Patrol", "Dr. Richard Lee", "St. Paris") says no street."""
        def street_word(w: str, at: int) -> bool:
            word = w.casefold().rstrip(".")
            return word in tables.thoroughfare_words() and word not in tables.institution_words() \
                and not _CAPITAL_NEXT_RE.match(text, at)
        if _BLOCK_OF_RE.search(text, max(0, start - 40), start):
            return True  # "the 400 block of Elmhurst": police give a street by its block
        if _streets_listed(text, end):
            return True  # "Lakeview and Elm streets": the plural street word names each item
        first = text[start:end].split()[0]
        if _HOUSE_NUMBER_RE.search(text, max(0, start - 20), start) or (
                re.fullmatch(r"[NSEW]\.", first)
                and _HOUSE_NUMBER_RE.search(text, max(0, start - 12), start + len(first) + 1)):
            return True  # "an apartment at 412 W. Center": a house's address
        words = text[start:end].split()
        if len(words) > 1 and words[-1][:1].isupper() and street_word(words[-1], end) \
                and not _UNIT_AFTER_RE.match(text, end):
            return True
        if _ON_BEFORE_RE.search(text, max(0, start - 4), start):
            after = _NEXT_NAME_WORD_RE.match(text, end)
            if after and after.group("word").casefold().rstrip(".") in tables.thoroughfare_words() \
                    and not _CAPITAL_NEXT_RE.match(text, after.end()):
                return True  # "on Elm Court": a court word after "on" closes a street's name
        at = end
        for _ in range(3):  # up to two more words of the street's name before its street word
            after = _NEXT_NAME_WORD_RE.match(text, at)
            if after is None:
                break
            at = after.end()
            if street_word(after.group("word"), at):
                return True
        return False

    def _vehicle(self, text: str, start: int, end: int) -> bool:
        """True when a car maker's or an aircraft model's name (``data/geo/vehicle_makes.tsv``)
        stands for a vehicle: a model's name follows it ("a Ford Bronco"; not a unit's or
        a body's word, "Ford County", "Pontiac Police"), a model year comes before it ("a
        2001 Cadillac") or a vehicle's word follows it ("two Apache helicopters")."""
        if _THE_BEFORE_RE.search(text, max(0, start - 5), start) and _model_named(text, text[start:end]):
            return True  # "a Ford Bronco ... the Bronco": the model, told again alone
        if text[start:end].casefold() not in tables.vehicle_makes():
            return False
        if _MODEL_YEAR_RE.search(text, max(0, start - 8), start):
            return True
        noun = _VEHICLE_NOUN_AFTER_RE.match(text, end)
        if noun and noun.group(1) in tables.vehicle_nouns():
            return True
        after = _NEXT_NAME_WORD_RE.match(text, end)
        if after is None:
            return False
        word = after.group("word").casefold().rstrip(".")
        return word not in self._features and word not in tables.institution_words() \
            and word not in tables.thoroughfare_words()

    @staticmethod
    def _portfolio(text: str, start: int, end: int) -> bool:
        """True when a government portfolio's word that is also a town comes before a
        body's word or after it and "of" (``data/geo/portfolio_words.tsv``): "the Justice
        Department", "Commerce Secretary Jo Kane", "the Chamber of Commerce" name the
        portfolio, not Justice, Illinois."""
        words = tables.portfolio_words()
        if words.get(text[start:end].casefold()) != "portfolio":
            return False
        before = _BODY_OF_BEFORE_RE.search(text, max(0, start - 30), start)
        if before and words.get(before.group(1).casefold().rstrip(".")) == "body":
            return True
        after = _NEXT_NAME_WORD_RE.match(text, end)
        return after is not None and words.get(after.group("word").casefold().rstrip(".")) == "body"

    def _spans(self, doc, text: str, toponyms: bool = False) -> list[_Span]:
        """The report's place-name candidates, taken in order so that each later reading
        gives way to the characters an earlier one took: abbreviations and the dateline,
        legislators' and people's home towns, coordinated names, names opened by an
        abbreviated word, the model's entities, initialisms before a hyphen, then the
        untagged capitalised runs; compounds are split last."""
        out: list[_Span] = []
        taken = [False] * (len(text) + 1)
        abbrs = self._abbreviation_spans(text, out, taken)
        # "Ft. Worth police": a name opened by an abbreviated word, which the small model
        # often misses or cuts ("Worth"), is a candidate when it is, as written, a town's
        # or county's name; an entity the model tagged over all of it stays the model's
        ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in LABELS]
        abbrs = self._party_town_spans(text, out, taken, abbrs)
        abbrs = self._party_member_town_spans(text, out, taken, abbrs)
        abbrs = self._home_town_spans(text, out, taken, abbrs)
        self._person_home_town_spans(doc, text, out, taken)
        abbrs = self._and_name_spans(text, out, taken, abbrs)
        abbrs = self._of_name_spans(text, out, taken, abbrs)
        abbrs = self._particle_name_spans(doc, text, out, taken, abbrs)
        abbrs = self._coordinated_spans(doc, text, out, taken, abbrs)
        abbrs = self._abbreviated_name_spans(text, out, taken, abbrs, ents)
        self._entity_spans(doc, text, out, taken, abbrs, ents)
        self._initialism_spans(text, out, taken)
        self._capitalised_run_spans(doc, text, toponyms, out, taken)
        out = [part for sp in out for part in self._split_compound(text, sp)]
        out.sort(key=lambda s: s.start)
        return out

    def _abbreviation_spans(self, text: str, out: list[_Span], taken: list[bool]) -> list[tuple[int, int]]:
        """Abbreviated units and the dateline, which no entity over them may take."""
        abbrs = abbreviation_spans(text)
        for a, b in abbrs:
            out.append(_Span(a, b, ABBREVIATION))
            _claim(taken, a, b)
        dl = dateline_span(text)
        if dl and not any(taken[dl[0]:dl[1]]):
            out.append(_Span(dl[0], dl[1], DATELINE))
            abbrs = [*abbrs, dl]  # NER entities over it give way, as for abbreviations
            _claim(taken, *dl)
        return abbrs

    def _party_town_spans(self, text: str, out: list[_Span], taken: list[bool],
                          abbrs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A legislator's home town after a party letter, which the model rarely tags."""
        # "Rep. Jane Doe, R-Elbow Lake,", "(D-Charleston)": a legislator's home town
        return _legislator_towns((m.span("town") for m in _PARTY_TOWN_RE.finditer(text)), out, taken, abbrs)

    def _party_member_town_spans(self, text: str, out: list[_Span], taken: list[bool],
                                 abbrs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A legislator's home town before a party member's noun ("Sen. Jo Doe, a Hays
        Democrat,"): US news names a member by party and home town this way, and the
        small model tags the pair a person or the town a nationality; a faction or
        chamber before the noun ("a House Democrat") is no town
        (``data/geo/party_member_qualifiers.tsv``)."""
        return _legislator_towns(party_member_towns(text), out, taken, abbrs)

    def _home_town_spans(self, text: str, out: list[_Span], taken: list[bool],
                         abbrs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A person's home town after an age or a house address, often tagged a person."""
        # "Jo Doe, 22, of Alverton,", "of 412 Elm St., Alverton,": a home town after an
        # age or a house address, which the model often tags a person or a body
        for a, b in self._home_towns(text):
            if any(taken[a:b]):
                continue
            sp = self._clean(text, a, b, "GPE")
            if sp is None:
                continue
            out.append(sp)
            abbrs = [*abbrs, (a, b)]
            _claim(taken, a, b)
        return abbrs

    def _person_home_town_spans(self, doc, text: str, out: list[_Span], taken: list[bool]) -> None:
        """A person's home town set off by commas right after the person's name ("Jo
        Doe, of Alverton, was hurt"): news gives where someone lives so, and the model
        often leaves the name untagged. Read as an untagged name (a place only in a country
        the report is about), so a body's name in that slot ("Jo Doe, of Acme,") needs a
        town of the report's country to count."""
        ends = {e.end_char for e in doc.ents if e.label_ == "PERSON"}
        for m in _COMMA_OF_TOWN_RE.finditer(text):
            a, b = m.span("town")
            if m.start() not in ends or any(taken[a:b]) or any(
                    e.start_char < b and a < e.end_char and (e.start_char, e.end_char) != (a, b)
                    for e in doc.ents):
                continue
            sp = self._clean(text, a, b, "")
            if sp is not None:
                out.append(sp)
                _claim(taken, a, b)

    def _and_name_spans(self, text: str, out: list[_Span], taken: list[bool],
                        abbrs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A country's or first-level unit's own name with "and" inside ("Trinidad and
        Tobago", "Castile and Leon"), kept whole: the model tags it in two parts, or cuts
        it after the "and" ("Trinidad and" + "Tobago"), and each part is then read as a
        place of its own (a Spanish town Castilla, a Mexican Leon)."""
        for m in _AND_RE.finditer(text):
            left = _AND_LEFT_RE.search(text, max(0, m.start() - 60), m.end())
            right = _AND_RIGHT_RE.match(text, m.end())
            if left is None or right is None:
                continue
            whole = self._whole_and_name(text, left.start(), m, right)
            if whole is None or any(taken[whole[0]:whole[1]]):
                continue
            out.append(_Span(whole[0], whole[1], "GPE"))
            abbrs = [*abbrs, whole]
            _claim(taken, *whole)
        return abbrs

    def _of_name_spans(self, text: str, out: list[_Span], taken: list[bool],
                       abbrs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A place's own name with "of" inside ("Isle of Man", "the Democratic Republic of
        the Congo", "Bay of Bengal", "Isle of Wight"), kept whole: the
        model cuts it at the "of" or leaves it untagged, and the last part alone is then
        read as another place (Man, a town in Ivory Coast; a bare "Congo")."""
        for m in _OF_RE.finditer(text):
            left = _OF_LEFT_RE.search(text, max(0, m.start() - 60), m.end())
            right = _AND_RIGHT_RE.match(text, m.end())
            if left is None or right is None:
                continue
            whole = self._whole_and_name(text, left.start(), m, right, seas=True)
            # ("the State of Illinois", "the City of Glen Carbon": the unit word is no part
            # of the name, which the other readers take)
            if whole is None or any(taken[whole[0]:whole[1]]) or _UNIT_OF_RE.match(text[whole[0]:whole[1]]):
                continue
            out.append(_Span(whole[0], whole[1], "GPE"))
            abbrs = [*abbrs, whole]
            _claim(taken, *whole)
        return abbrs

    def _particle_name_spans(self, doc, text: str, out: list[_Span], taken: list[bool],
                             abbrs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A town's or unit's own name of several words with a Romance particle inside
        ("Vila Nova de Gaia", "Ribeirao das Neves", "Ciudad del Este"), kept whole: the
        small model tags such names a person or a work of art, cuts them at the
        particle, or leaves them untagged, and the first words alone then name another
        place ("Ribeirao" is Ribeirao Preto) or none. Only where the whole, as written, is
        the own name of a place of :data:`PARTICLE_NAME_TOWN` people or more, and no
        title makes it a person's. A name the model tagged a place stays the model's, and
        so does one inside a longer entity ("the villages of San Francisco, Agusan del Sur",
        "Santiago de Compostela Cathedral"), whose own rules read its parts."""
        kept = []
        for e in doc.ents:
            if e.label_ in LABELS:
                at = _THE_RE.match(e.text)
                kept.append((e.start_char + (at.end() if at else 0), e.end_char, e.label_))
        for m in _particle_joint_re().finditer(text):
            left = _PARTICLE_LEFT_RE.search(text, max(0, m.start() - 60), m.start())
            right = _particle_right_re().match(text, m.end())
            if left is None or right is None:
                continue
            whole = self._whole_particle_name(text, left.start(), m.start(), right)
            if whole is None or any(taken[whole[0]:whole[1]]) \
                    or any(x <= whole[0] and whole[1] <= y and (label in ("GPE", "LOC") or (x, y) != whole)
                           for x, y, label in kept) \
                    or read_context(text, whole[0], whole[1]).titled:
                continue
            out.append(_Span(whole[0], whole[1], "GPE"))
            abbrs = [*abbrs, whole]
            _claim(taken, *whole)
        return abbrs

    def _whole_particle_name(self, text: str, left_at: int, joint_at: int, right: re.Match
                             ) -> tuple[int, int] | None:
        """(start, end) of the longest name around a particle that is, as written, a
        populous place's own name (:meth:`_particle_name_spans`); None if none."""
        lefts = [left_at + w.start() for w in re.finditer(r"(?<![\w'’.-])[A-Z]", text[left_at:joint_at])]
        ends = [right.start() + w.end() for w in re.finditer(r"[A-Z][\w'’-]*", right.group())]
        for a in lefts:
            for b in reversed(ends):
                pm = _POSSESSIVE_RE.search(text, a, b)  # "Ciudad del Este's mayor"
                b = pm.start() if pm else b
                if any(c.match == "exact" and c.primary and c.level in ("city", "admin1", "admin2")
                       and c.population >= PARTICLE_NAME_TOWN for c in self.gaz.lookup(text[a:b])):
                    return a, b
        return None

    def _whole_and_name(self, text: str, left_at: int, m: re.Match, right: re.Match,
                        seas: bool = False) -> tuple[int, int] | None:
        """(start, end) of the longest "A and B" (or "A of B") around the joint ``m`` that
        is, as written or in its normal form, the name of a country or first-level unit
        (never a near spelling), or with ``seas`` the own name, as written, of a sea, a
        region, a county or a town ("Bay of Bengal", "Isle of Wight", "Port of Spain");
        None if no such name."""
        lefts = [w.start() for w in re.finditer(r"(?<![\w'’.-])[A-Z]", text[left_at:m.start()])]
        ends = [right.start() + w.end() for w in re.finditer(r"[A-Z][\w'’-]*", right.group())]
        for a in lefts:
            for b in reversed(ends):
                start = left_at + a
                if any(c.level in ("country", "admin1") and c.match in ("exact", "normalised")
                       or seas and c.level in ("continent", "admin2", "city") and c.match == "exact" and c.primary
                       for c in self.gaz.lookup(text[start:b])):
                    return start, b
        return None

    def _coordinated_spans(self, doc, text: str, out: list[_Span], taken: list[bool],
                           abbrs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Coordinated names sharing a head ("North and South ..."), each a place."""
        # "North and South Kivu" (the model tags it whole, or "North and" + "South Kivu")
        for a, b, shared in self._coordinated(text, doc.ents):
            out += shared
            abbrs = [*abbrs, (a, b)]
            _claim(taken, a, b)
        return abbrs

    def _abbreviated_name_spans(self, text: str, out: list[_Span], taken: list[bool],
                                abbrs: list[tuple[int, int]], ents) -> list[tuple[int, int]]:
        """A town's name opened by an abbreviated word, where no entity covers it."""
        for a, b in self._abbreviated_names(text):
            if any(taken[a:b]) or any(x <= a and b <= y for x, y in ents):
                continue
            out.append(_Span(a, b, "GPE"))
            abbrs = [*abbrs, (a, b)]
            _claim(taken, a, b)
        return abbrs

    def _entity_spans(self, doc, text: str, out: list[_Span], taken: list[bool],
                      abbrs: list[tuple[int, int]], ents) -> None:
        """The model's entities, cleaned to the names they hold (headline verbs, trailing
        nouns, abbreviations, hyphenated pairs, prepositions and commas inside)."""
        for start, end, label in self._joined_ents(text, doc.ents):
            if label == "NORP" and self._unit_name(text[start:end], ("country",)):
                label = "GPE"  # "South Sudan" tagged a nationality: a country's own name
            elif label == "NORP" and (_PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, start - 8), start)
                                       or _settlement_of_before(text, start)) \
                    and text[start:end].casefold() not in tables.demonyms():
                # "returned from Cancún", "the town of Kelundoro": the model took a
                # foreign-looking name for a nationality, but a preposition of place or a
                # town's word and "of" puts no adjective before a noun
                label = "GPE"
            if label not in LABELS:
                continue
            lead = doc.char_span(start, end, alignment_mode="expand")
            if lead is not None and len(lead) > 1 and lead[0].tag_ == "VBG" and lead[1].pos_ == "PROPN" \
                    and self._opens_report(text, start):
                # "Rethinking Egypt-US relations", "Visiting Alverton on a budget": a
                # headline's opening verb the model ran into the name after it, whose
                # label was the whole's; the name is read as an untagged one (inside a
                # report, "Racing Victoria said" is a body's own name)
                start, label = lead[1].idx, ""
            elif lead is not None and self._sentence_modifier(lead):
                # "Small Dundy and Perkins counties lost": a sentence's capital made
                # a common adjective open the name, which the model then ran into it
                start = lead[1].idx
            if label in ("FAC", "ORG", "LOC"):
                # "Alverton immigration" of "in Alverton immigration raid": the model ran
                # a name on over the common nouns after it, which are no part of it
                start, end = _without_trailing_nouns(text, start, end)
            if label == "PERSON":
                start, end, label = self._person_as_place(text, start, end)
            form_end = self._unit_abbreviation_end(text, start, end) if label == "GPE" else 0
            if form_end and not any(taken[start:form_end]):
                # "Leased to Mass. promoter": the model tagged a unit's short form that is read
                # only in bound places ("Peoria, Mass."); read as a word it is a near
                # spelling of a town ("Mesa"), read as the model's place it is the unit
                out.append(_Span(start, form_end, ABBREVIATION))
                _claim(taken, start, form_end)
                continue
            # "Charleston, W.Va." tagged as one entity: the town is what comes before
            inner = [a for a, b in abbrs if start <= a < end]
            if inner:
                end = min(inner)
                if re.fullmatch(rf"\s*(?:{DIRECTIONS})\s*", text[start:end], re.I):
                    continue  # "Western Mass.": the part of the unit, no name of its own
            # (or starts inside one: "PAUL" of the dateline "ST. PAUL")
            if any(start <= a < end or a <= start < b for a, b in abbrs) or end <= start:
                continue
            # "Logan" + "-Rogersville": the model often tags only the first of two places
            # joined by a hyphen; the pair is read as one span, which
            # :meth:`_split_compound` splits unless the gazetteer knows it whole
            hm = _HYPHEN_NAME_AFTER_RE.match(text, end) if label in ("GPE", "LOC") else None
            if hm and not any(taken[end:hm.end()]) and not any(a < hm.end() and end < b for a, b in [*abbrs, *ents]):
                end = hm.end()
            # "Mashonaland" + " West": the model often leaves a trailing direction word out
            dm = _DIRECTION_AFTER_RE.match(text, end)
            if dm and any(c.match == "exact" for c in self.gaz.lookup(text[start:dm.end()])):
                end = dm.end()
            end = self._particle_name_end(text, start, end, taken)
            # "Mission" + "Viejo", "American" + "South": or the first word of a two-word
            # name, when the two words are a place's own name and the first is not a
            # sentence's first (a country's too: "French" + "Polynesia", the adjective
            # tagged a nationality, was the Pacific region)
            wm = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
            if wm and not any(taken[wm.start(1):wm.end(1)]) and any(
                    c.match == "exact" and c.primary and c.level in ("city", "admin1", "admin2", "country", "continent")
                    for c in self.gaz.lookup(text[wm.start(1):end])):
                start = wm.start(1)
            # "the Grace Church in Alverton", "Tulsa to D.C.": an entity the model ran on
            # over a preposition holds a second name, where the words place it
            pm = _PREPOSITION_IN_ENTITY_RE.search(text, start, end)
            road = None if pm else self._on_road(text, start, end)
            pieces = [(start, end, label)]
            listed = self._listed_towns(text, start, end) if label in ("ORG", "PERSON") and not pm else None
            owner = self._possessive_town(text, start, end) if label in ("ORG", "PERSON", "FAC") else None
            if listed:
                pieces = listed
            elif owner:
                # "Alverton's Tom Thumb supermarket", "ALVERTON'S Mr Ice Cream": a town's
                # possessive opening a body's or person's name says whose they are; the
                # town is a name of its own (untagged: the usual rules decide), the rest
                # keeps the model's label
                pieces = [(start, owner[0], ""), (owner[1], end, label)]
            elif road and road.start() > start:
                # the name before is a place on the road, whatever the whole's label
                pieces = [(start, road.start(), "GPE"), (road.end(), end, "")]
            elif pm and pm.start() > start:
                pieces = [(start, pm.start(), label),
                          (pm.end(), end, "GPE" if label in ("GPE", "LOC", "FAC") else "")][:1 + (pm.end() < end)]
            for p_start, p_end, p_label in pieces:
                for a, b in self._comma_parts(text, p_start, p_end, p_label):
                    sp = self._clean(text, a, b, p_label)
                    if sp:
                        out.append(sp)
            _claim(taken, start, end)

    def _possessive_town(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """(end of the name, start of the rest) where an entity opens with one word in the
        possessive and capitalised words follow ("Alverton's Tom Thumb"), and that word is,
        as written, a town's or unit's own name, no given name nor a capitalised common
        word ("Macy's Parade", "Senate's"); else None."""
        m = _POSSESSIVE_OPENING_RE.match(text, start, end)
        if m is None:
            return None
        name = m.group("name")
        key = name.casefold()
        if key in tables.given_names() or key in tables.common_names() or key in tables.demonyms() \
                or (not name.isupper() and _english_word(name)):
            return None
        if not self._names_place_itself(name):
            return None
        return m.end("name"), m.end()

    def _listed_towns(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """ "in Alverton and Brill", "the cities of Alverton and Brill": two names joined by
        "and" that the model tagged as one organisation or person, after a preposition of
        place or a town's word and "of", which puts no body or person there; each is a
        place when it is, as written, a town's or unit's own name (the pieces, labelled
        places), else none. A whole name with "and" inside ("Trinidad and Tobago") was
        taken before (:meth:`_and_name_spans`)."""
        m = _AND_IN_ENTITY_RE.search(text, start, end)
        if m is None or not (_PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, start - 8), start)
                             or _settlement_of_before(text, start)):
            return []
        parts = [(start, m.start()), (m.end(), end)]
        for a, b in parts:
            name = text[a:b]
            if name.casefold() in tables.common_names() or not self._names_place_itself(name):
                return []
        return [(a, b, "GPE") for a, b in parts]

    def _names_place_itself(self, name: str) -> bool:
        """``name``, as written, is a town's or unit's own name, or exactly a state's or a
        country's: a piece cut from a tagged body's or person's name is a place only then."""
        return any(_own_name(c) or (c.match == "exact" and c.level in ("admin1", "country"))
                   for c in self.gaz.lookup(name))

    def _particle_name_end(self, text: str, start: int, end: int, taken: list[bool]) -> int:
        """The end of a place's own name that runs on after the entity over a Romance
        particle ("Rio Grande" + " do Sul", "Mato Grosso" + " do Sul", "Castilla" + " y
        Leon"): the model often stops at the particle, leaving a town or unit of the
        first words alone, often far away. Only where the whole, as written, is a place's
        own name; else ``end``."""
        m = _particle_name_after_re().match(text, end)
        if m is None:
            return end
        for stop in (m.end(), m.start("second")) if m.group("second") else (m.end(),):
            if not any(taken[end:stop]) and any(c.match == "exact" and c.primary
                                                for c in self.gaz.lookup(text[start:stop])):
                return stop
        return end

    @staticmethod
    def _on_road(text: str, start: int, end: int) -> re.Match | None:
        """A numbered road after "on" inside an entity ("west of Alverton on Highway 30" tagged as one
        organisation): a place on a numbered road, where the model ran the town's name
        on over the road's; split off as "in" and "to" are (a body's "on", "the Council
        on Aging", names no road)."""
        m = _ON_ROAD_IN_ENTITY_RE.search(text, start, end)
        if m and m.group("word").casefold() in tables.thoroughfare_words() | tables.numbered_road_words():
            return m
        return None

    @staticmethod
    def _unit_abbreviation_end(text: str, start: int, end: int) -> int:
        """The end of a first-level unit's short form with its full stop
        (``data/geo/admin1_abbreviations.tsv``) that an entity ``text[start:end]`` is,
        with or without that stop ("Mass." or "Mass" + "."), else 0."""
        forms = tables.admin1_abbreviations()
        for stop in (end, end + 1):
            if text[stop - 1:stop] == "." and text[start:stop] in forms:
                return stop
        return 0

    def _sentence_modifier(self, span) -> bool:
        """True when an entity opens a sentence with a common adjective, adverb or verb
        before a proper noun ("Small Dundy ...", "Rural Alverton ..."), capitalised
        only because the sentence opens there, and the whole is no place's own name
        ("Little Rock", "Great Falls" stay whole)."""
        first = span[0]
        return len(span) > 1 and first.is_sent_start and first.pos_ in ("ADJ", "ADV", "VERB") \
            and first.tag_ != "VBG" and first.is_alpha and span[1].pos_ == "PROPN" \
            and not any(c.match == "exact" for c in self.gaz.lookup(span.text)) \
            and not self._place_opens(span)

    def _place_opens(self, span) -> bool:
        """True when the first two or three words of a longer entity are, as written, a
        town's or unit's own name ("Long Beach" of "Long Beach Superior Court Judge"):
        the adjective opening it belongs to the name whose body follows."""
        return any(_own_name(c) or (c.match == "exact" and c.primary and c.level in ("admin1", "admin2"))
                   for k in (2, 3) if len(span) > k for c in self.gaz.lookup(span[:k].text))

    def _initialism_spans(self, text: str, out: list[_Span], taken: list[bool]) -> None:
        """A dotted initialism before a hyphen, which the capitalised runs cannot hold."""
        # "the U.S.-led invasion", "a U.K.-based charity": a dotted initialism before a
        # hyphen and a word in lower case, which the model leaves untagged and the
        # capitalised runs below cannot hold (strict: only an exact country or unit counts)
        for m in _INITIALISM_BEFORE_HYPHEN_RE.finditer(text):
            a, b = m.span()
            if not any(taken[a:b]):
                out.append(_Span(a, b, ""))
                _claim(taken, a, b)

    def _capitalised_run_spans(self, doc, text: str, toponyms: bool, out: list[_Span],
                               taken: list[bool]) -> None:
        """Untagged capitalised runs that words or the report make a name candidate."""
        demonyms = tables.demonyms()
        tagged = {_POSSESSIVE_RE.sub("", e.text) for e in doc.ents if e.label_ in ("GPE", "LOC")}
        # names the model tagged anything elsewhere (a headline's "Alverton thanks
        # donors", whose body tags Alverton an organisation): candidates held to the
        # strict rules, which the report's plain mentions then settle
        named = {_POSSESSIVE_RE.sub("", e.text) for e in doc.ents if e.label_ in LABELS} \
            if toponyms else set()
        runs = [part for m in _CAPS_RE.finditer(text) for part in _split_at_preposition(text, *m.span())]
        k = 0
        while k < len(runs):
            a, b = runs[k]
            k += 1
            a, b = self._town_before_body(doc, text, a, b)
            cm = _COMPOUND_MODIFIER_RE.match(text, a, b)
            if cm and cm.end() < b:
                # "Houthi-controlled Hodeidah", "Saudi-led Coalition": a name joined to a
                # participle in lower case modifies the name after it and is no part of it
                runs.insert(k, (cm.end(), b))
                b = cm.end(1)
            if any(taken[a:b]):
                # "in South Sudan David Shearer said": the words before a tagged name
                t = taken.index(True, a, b)
                e = t
                while e < b and taken[e]:
                    e += 1
                # "Nigeria's Kano state", "Syria's Aleppo province", "an EU-Israel summit":
                # a tagged name's possessive or hyphen opens another name (a part of the
                # place, a partner), which the model often leaves untagged; the words
                # after it are a run of their own
                j = _JOINT_RE.match(text, e, b)
                if j is None and _POSSESSIVE_RE.search(text, t, e):
                    j = _GAP_RE.match(text, e, b)  # (the tagged name took its "'s")
                if j is None and e > t and text[e - 1] == "-" and text[e:e + 1].isupper():
                    # ("the Greenbrier County-Alverton County line": the tagged name
                    # took the hyphen, and the name after it opens right there)
                    j = _EMPTY_RE.match(text, e)
                if j is not None and j.end() < b and e > t:
                    runs.insert(k, (j.end(), b))
                b = t
            # "Mayor of Boston", "Nigeria President ...": a title is no place name
            words = [w for w in re.finditer(r"\S+", text[a:b])]
            while words and words[-1].group().casefold() in _TITLE_WORDS:
                words.pop()
            if not words or words[0].group().casefold() in _TITLE_WORDS:
                continue
            b = a + words[-1].end()
            raw = text[a:b]
            if not _CAPS_RE.fullmatch(raw) or text[b:b + 1] == "$":
                continue  # (a currency's code, "US$58", names no place)
            if raw.casefold() in demonyms or raw.casefold() in _STOP_NAMES:
                continue
            unit_of = _UNIT_OF_RE.match(text[a:b + 8])
            if unit_of and a + unit_of.end() > b:
                # "the State of Ohio", "the City of Alverton": the unit word before "of" is
                # no name of its own; the name after "of" is the place
                continue
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None:
                continue
            # "Stolen Alverton tractor turns up", "Several Ohio towns": a sentence's capital
            # makes a common word open the run; it is no part of the name after it
            while len(span) > 1 and span[0].is_sent_start and span[0].pos_ in ("ADJ", "VERB", "ADV") \
                    and span[1].pos_ == "PROPN" and span[0].is_alpha:
                span = span[1:]
                a = span.start_char
                raw = text[a:b]
            # A capitalised word is a name candidate when tagged a proper noun, when
            # a feature word follows it mid-sentence ("the attack on Ghuwaryan prison"),
            # or when the model tagged the same words a place elsewhere in the report (a
            # headline's "Alverton thanks donors"; one sense per report decides)
            opening = False
            if span[0].is_sent_start and self._english_before_based(raw):
                continue  # ("Faith-based groups": a common word, capitalised as the sentence opens)
            if not any(t.pos_ == "PROPN" for t in span) and raw not in tagged and raw not in named:
                nxt = doc[span.end] if span.end < len(doc) else None
                # (or when it opens the report: a headline's "Alverton residents meet",
                # in toponym output, kept only where the report bears it out)
                opening = toponyms and self._opens_report(text, a)
                # ("Alverton and two nearby towns": a plural noun of places joined to the
                # word makes it a name candidate, even where it opens a sentence)
                joined = self._joined_to_places(text, _Span(a, b, ""))
                # ("Kivu residents fled", "Alverton police said": a word no English list
                # holds, opening a sentence past the headline before a local people's or
                # body's word, is a town's name the model took for an adjective)
                homely = False
                if span[0].is_sent_start and not self._opens_report(text, a):
                    words_after = text[b:b + 40]
                    # (or a town's own body: "Darien police", "Brill officers")
                    homely = bool(_LOCAL_AFTER_RE.match(words_after) or names_town_body(text, b)) \
                        and (not _english_word(raw) or names_town_body(text, b)
                             and self._town_of_named_county(text, raw))
                # ("a Carlow-based charity": based or born in a place the gazetteer knows
                # as written, which the model took for a common noun)
                based = self._based_in_known(raw, span[0].is_sent_start)
                if (span[0].is_sent_start or nxt is None or nxt.lower_ not in self._features) \
                        and not (opening or joined or homely or based) \
                        and not (not span[0].is_sent_start and self._listed_with_places(text, a, b, doc.ents)) \
                        and not (not span[0].is_sent_start and self._listed_before_unit_word(text, b)):
                    continue
                if nxt is not None and self._features.get(nxt.lower_) == "district" and not opening \
                        and all(t.pos_ == "ADJ" for t in span) and _english_word(raw):
                    # "a Caesarean section": an adjective before the word, no part of a town
                    # (a word no English list holds is a name the model took for an
                    # adjective: "in Kasese district")
                    continue
            sp = self._clean(text, a, b, "")
            if sp:
                sp.opening = opening
                out.append(sp)

    @staticmethod
    def _english_before_based(raw: str) -> bool:
        """True when a run is an English word and "-based" or "-born" ("Faith-based")."""
        m = _BASED_TAIL_RE.search(raw)
        return m is not None and m.start() > 0 and _english_word(raw[:m.start()])

    def _based_in_known(self, raw: str, sentence_start: bool) -> bool:
        """True when a run is a name and "-based" or "-born" ("Carlow-based") and the
        gazetteer has the name, as written, as a place: the words say based or born in it.
        Not an English word opening a sentence ("Faith-based groups"), capitalised only there."""
        m = _BASED_TAIL_RE.search(raw)
        return m is not None and m.start() > 0 and not (sentence_start and self._english_before_based(raw)) \
            and any(c.match == "exact" for c in self.gaz.lookup(raw[:m.start()]))

    def _town_of_named_county(self, text: str, name: str) -> bool:
        """True when the gazetteer knows a town of exactly this name whose county the report
        names in full ("Mentor police said ... Lake County deputies"): an English word opening
        a sentence before a town's body ("Mentor police") is that town's name, not a common
        noun ("Transit police", "Campus police"), when the report bears its county out."""
        return any(c.match == "exact" and c.level == "city" and c.admin2
                   and re.search(r"\b" + re.escape(c.admin2) + r"\b", text)
                   for c in self.gaz.lookup(name))

    def _town_before_body(self, doc, text: str, a: int, b: int) -> tuple[int, int]:
        """An untagged run that a town body's words close (``data/geo/town_body_words.tsv``)
        without the day or time word, or the sentence's capitalised preposition, opening
        it ("On Sunday Kerrville Police went" -> "Kerrville Police"): they are no part of
        the body's name, whose town is read from it; a run that is itself a place's name
        stays whole."""
        body = _town_body_after_re()
        cut = next((m.start() for m in re.finditer(r"[ \t]+", text[a:b])
                    if (bm := body.match(text, a + m.start())) and bm.end() == b), None)
        if cut is None or any(c.match == "exact" for c in self.gaz.lookup(text[a:b])):
            return a, b
        span = doc.char_span(a, a + cut, alignment_mode="expand")
        if span is None:
            return a, b
        while len(span) > 1 and (span[0].ent_type_ in ("DATE", "TIME")
                                 or (span[0].is_sent_start and span[0].pos_ in ("ADP", "SCONJ"))):
            span = span[1:]
        # (the body's words stay in the run: a body's own name is read whole, its town
        # taken from it, :meth:`_inner_resolution`)
        return span.start_char, b

    def _listed_before_unit_word(self, text: str, b: int) -> bool:
        """True when a list ending in a plural unit or area word follows the words
        before ``b`` ("Kasese and Bundibugyo districts", "Oyo, Osun and Ekiti states"):
        the word says what each item is, so an item the model tagged a nationality or
        left untagged is a name candidate (held to the strict rules of an untagged name)."""
        m = _LIST_AFTER_RE.match(text[b:b + 120])
        if m is None:
            return False
        word = m.group(1)
        one = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""
        return any(self._features.get(w) in ("unit", "district", "region") for w in (word, one) if w) \
            and word.endswith("s")

    @staticmethod
    def _listed_with_places(text: str, a: int, b: int, ents) -> bool:
        """True when the words ``text[a:b]`` stand in a list right after or before a
        name the model tagged a place ("Brill, Dorrance, Alverton and two others"): an
        item of a list of places, which the model may tag a verb, is a name candidate
        (held to the strict rules of an untagged name)."""
        for e in ents:
            if e.label_ not in ("GPE", "LOC"):
                continue
            if e.end_char <= a and _LIST_SEP_RE.match(text[e.end_char:a]):
                return True
            if b <= e.start_char and _LIST_SEP_RE.match(text[b:e.start_char]):
                return True
        return False

    @staticmethod
    def _opens_report(text: str, at: int) -> bool:
        """True when ``at`` is where a report's headline begins its subject: the
        report's first character, or right after the headline's label words ("Boys
        basketball: ", "Whoops! ")."""
        return at == 0 or _HEADLINE_LABEL_RE.fullmatch(text, 0, at) is not None

    @staticmethod
    def _home_towns(text: str) -> list[tuple[int, int]]:
        """(start, end) of the towns a report gives as someone's home: after an age
        ("Jo Doe, 22, of Alverton,") or after a house address ending in a street word
        ("of 412 Elm St., Alverton,"). The words place the name whatever the model
        tagged it."""
        out = [m.span("town") for m in _AGE_OF_TOWN_RE.finditer(text)]
        streets = tables.thoroughfare_words()
        out += [m.span("town") for m in _ADDRESS_TOWN_RE.finditer(text)
                if m.group("street").casefold() in streets]
        return sorted(set(out))

    def _joined_ents(self, text: str, ents) -> list[tuple[int, int, str]]:
        """(start, end, label) of the model's entities, with two place entities one
        space apart joined when together they are a place's own name: the small model
        often cuts "Gun Barrel City" into "Gun" and "Barrel City"."""
        out = self._units_whole([(e.start_char, e.end_char, e.label_) for e in ents], text)
        i = 0
        while i + 1 < len(out):
            (a, b, la), (c, d, lc) = out[i], out[i + 1]
            if la in ("GPE", "LOC") and lc in ("GPE", "LOC") and text[b:c] == " " and any(
                    x.match == "exact" and x.primary and x.level != "country" for x in self.gaz.lookup(text[a:d])):
                out[i:i + 2] = [(a, d, "GPE")]
                continue
            if la in ("GPE", "LOC") and text[b:c] == " " and (" " not in text[c:d] or (
                    len(text[a:d].split()) >= 3 and lc == "PERSON")) and any(
                    x.match == "exact" and x.primary and x.level in ("city", "admin1", "admin2")
                    for x in self.gaz.lookup(text[a:d])):
                # "Boa" + "Vista", "Volta" + "Redonda": the second word of a town's own
                # name tagged as a body or a person; read alone it is another town ("Dera" +
                # "Ismail Khan": a town's name of three words or more whose tail reads as a
                # man's name, too long a whole to be met by chance); so a unit's ("Kalimantan"
                # + "Barat", its compass word in the country's language taken for a surname)
                out[i:i + 2] = [(a, d, "GPE")]
                continue
            i += 1
        joined = []
        k = 0
        while k < len(out):
            nxt = out[k + 1] if k + 1 < len(out) else None
            e = self._with_hyphen_tail(text, out[k], nxt)
            e = self._with_untagged_tail(text, e, nxt) if e == out[k] else e
            joined.append(e)
            # (the word the model tagged a nationality, now the name's tail, is no entity)
            k += 2 if nxt is not None and e[1] >= nxt[1] else 1
        return joined

    def _with_hyphen_tail(self, text: str, ent: tuple[int, int, str],
                          nxt: tuple[int, int, str] | None) -> tuple[int, int, str]:
        """An entity with the capitalised words after a hyphen when together they are a
        unit's own name ("Samegrelo" + "-Zemo Svaneti", "Rhineland" + "-Palatinate"): the
        small model stops a name at its hyphen and tags the first part a person or body."""
        a, b, label = ent
        if label not in LABELS:
            return ent
        tail = _HYPHEN_TAIL_RE.match(text, b)
        if tail is None:
            return ent
        for end in sorted({tail.end(), tail.end(1)}, reverse=True):
            if nxt is not None and nxt[0] < end and nxt[1] > end:
                continue
            if any(x.match == "exact" and x.primary and x.level in ("admin1", "admin2")
                   for x in self.gaz.lookup(text[a:end])):
                return a, end, "GPE"
        return ent

    def _units_whole(self, ents: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
        """The entities with a unit's name the model cut before its unit word made whole
        ("Contra" + "Costa County", untagged "Prince" + "William County": geo/unit_spans.py),
        a place, the entities inside the head dropped."""
        out: list[tuple[int, int, str]] = []
        for a, b, label in ents:
            start = unit_name_start(self.gaz, text, a, b) if label in LABELS else a
            if start < a:
                out = [e for e in out if e[1] <= start]
                a, label = start, "GPE"
            out.append((a, b, label))
        return out

    def _with_untagged_tail(self, text: str, ent: tuple[int, int, str],
                            nxt: tuple[int, int, str] | None) -> tuple[int, int, str]:
        """A place entity with the word after it when together they are a place's name:
        the small model tags "Belle" of "in Belle Plaine" alone, and cuts two-word names
        of towns and units at their second word, which it leaves untagged or tags a
        nationality ("Merthyr" of Merthyr Tydfil, "Kalimantan" of Kalimantan Timur), or
        at a lower-case article ("Deir" of "Deir ez-Zor")."""
        a, b, label = ent
        if label not in ("GPE", "LOC"):
            return ent
        tail = _CAPITALISED_WORD_RE.match(text, b)
        limit = nxt[0] if nxt is not None else len(text)
        if tail and tail.end() <= limit and any(
                x.match == "exact" and x.primary and x.level == "city" for x in self.gaz.lookup(text[a:tail.end()])):
            return a, tail.end(), "GPE"
        tail = _NAME_TAIL_RE.match(text, b)
        if tail is None:
            return ent
        if nxt is not None and nxt[0] < tail.end() and not (nxt[2] == "NORP" and nxt[0] == tail.start(1)
                                                             and nxt[1] == tail.end()):
            return ent
        if any(x.match == "exact" and x.level in ("city", "admin1", "admin2") and (x.primary or x.level == "city")
               for x in self.gaz.lookup(text[a:tail.end()])):
            return a, tail.end(), "GPE"
        return ent

    def _abbreviated_names(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the names opened by an abbreviated word ("Ft. Worth") that
        the gazetteer has as a town or county, as written: the two words after the
        abbreviation, else the one."""
        out = []
        for m in _ABBR_NAME_RE.finditer(text):
            if m.group("one").isupper() and re.search(r"[a-z]", text[max(0, m.start() - 30):m.end() + 30]):
                continue  # (capitals only in a passage in capitals: "ST. LOUIS, Mo. (KXYZ)" is a dateline)
            for end in dict.fromkeys((m.end(), m.end("one"))):
                if any(c.match == "exact" and c.level in ("city", "admin2")
                       for c in self.gaz.lookup(text[m.start():end])):
                    out.append((m.start(), end))
                    break
        return out

    def _unit_name(self, name: str, levels=("country", "admin1", "admin2")) -> bool:
        """True when ``name`` is, as spelt, the own name of a country or unit."""
        return any(c.match == "exact" and c.primary and c.level in levels for c in self.gaz.lookup(name))

    def _person_as_place(self, text: str, start: int, end: int) -> tuple[int, int, str]:
        """A span the model took for a person that is a place by the words around:
        a country or unit name opening it before a person's name ("the envoy for South
        Sudan David Shearer" -> "South Sudan"), or a unit name before a local body's
        word, alone or listed ("said Devon and Cornwall police", "Kent Police")."""
        words = list(re.finditer(r"\S+", text[start:end]))
        if len(words) >= 3 and any(c.level == "admin2" and c.match == "exact" and c.primary
                                   and c.name == text[start:end] for c in self.gaz.lookup(text[start:end])):
            # "Van Buren County", "De Soto Parish": a county's whole name, as the gazetteer
            # files it, is no unit's name before a person's ("Van" is no Turkish province here)
            return start, end, "GPE"
        for n in (3, 2, 1):
            if len(words) - n >= 2 and all(w.group()[:1].isupper() for w in words[n:]):
                head_end = start + words[n - 1].end()
                if self._unit_name(text[start:head_end], ("country", "admin1")):
                    return start, head_end, "GPE"
        for n in (3, 2, 1):
            if len(words) > n and words[n].group().casefold() in tables.institution_words() \
                    and all(w.group()[:1].isupper() for w in words[:n]):
                head_end = start + words[n - 1].end()
                if any(_own_name(c) for c in self.gaz.lookup(text[start:head_end])):
                    # "Ravenna Fire Chief Jo Kane", "Ravenna police Capt. Jo Kane": a town's
                    # name before its body's word and title (in either case), read as an
                    # untagged name (a place only in the report's country)
                    return start, head_end, ""
        after = _INSTITUTION_AFTER_RE.match(text, end)
        if after and after.group(1).lower() in tables.institution_words() \
                and self._unit_name(text[start:end]):
            return start, end, "GPE"
        return start, end, "PERSON"

    def _named_start(self, s: str) -> bool:
        """True when a direction word opens a longer name whose first two or three words
        are a place's name and the words after the direction are no major place: "West
        Bank Health Ministry" ("Bank" is only villages; "South Georgia News" is Georgia's)."""
        words = s.split()
        for n in (2, 3):
            if len(words) > n and any(c.match == "exact" and c.level != "city"
                                      for c in self.gaz.lookup(" ".join(words[:n]))):
                return not any(c.match == "exact" and (c.level != "city" or c.population >= 100_000)
                               for c in self.gaz.lookup(" ".join(words[1:n])))
        return False

    def _comma_parts(self, text: str, start: int, end: int, label: str = "GPE") -> list[tuple[int, int]]:
        """An entity the model ran over a comma ("Pandi, Bulacan") or a slash between two
        names ("U.S./Japan") is read as its parts when each part is a place name the
        gazetteer knows as spelt; else kept whole."""
        s = text[start:end]
        sep = "," if "," in s else "/" if _SLASH_PAIR_RE.search(s) else None
        if sep is None:
            # (a name the model took for a person or body, "Delmer Washington", stays whole)
            return self._state_parts(text, start, end) if label in ("GPE", "LOC", "FAC") else [(start, end)]
        # ("U.S./Japan relations", "the Syria/Turkey border": two places joined by a slash,
        # each a place when the gazetteer knows each as spelt; "Biała/Bielsko" stays whole
        # when it is one place's name)
        if sep == "/" and any(c.match == "exact" for c in self.gaz.lookup(s)):
            return [(start, end)]
        parts, pos = [], start
        for piece in s.split(sep):
            a = pos + len(piece) - len(piece.lstrip())
            b = pos + len(piece.rstrip())
            pos += len(piece) + 1
            name = text[a:b]
            if " of " in name:  # "Barangays of Santa Maria, Davao del Sur"
                a += name.rindex(" of ") + 4
                name = text[a:b]
            the = _THE_RE.match(name)
            if the and the.group().strip().casefold() == "the":
                # "Romania, the Czech Republic, South Africa": a list the model ran into one
                # entity, whose pieces each open with the article their name takes
                a += the.end()
                name = text[a:b]
            if not name[:1].isupper() or not any(c.match == "exact" for c in self.gaz.lookup(name)):
                return [(start, end)]
            parts.append((a, b))
        return parts

    def _state_parts(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """ "Palmer Alaska": an entity that is a town's name and then a state's, written
        without the comma, is read as its two parts (else the whole, which no place
        is called, finds only a namesake spelt alike elsewhere)."""
        s = text[start:end]
        words = list(re.finditer(r"\S+", s))
        if len(words) < 2 or any(c.match == "exact" for c in self.gaz.lookup(s)):
            return [(start, end)]
        for k in (1, 2):
            if len(words) <= k:
                continue
            head = s[:words[-k - 1].end()]
            unit = s[words[-k].start():]
            if not unit[:1].isupper() or not head[:1].isupper():
                continue
            units = {(c.country_code, c.admin1_code) for c in self.gaz.lookup(unit)
                     if c.match == "exact" and c.level == "admin1" and c.primary}
            # only a town that lies in that state ("Western Kasai" is no town Western in Kasai)
            if any(c.match == "exact" and c.level == "city" and (c.country_code, c.admin1_code) in units
                   for c in self.gaz.lookup(head)):
                return [(start, start + len(head)), (start + words[-k].start(), end)]
        return [(start, end)]

    def _coordinated(self, text: str, ents) -> list[tuple[int, int, list[_Span]]]:
        """ "North and South Kivu", "Central and South America": two places sharing
        their last word, written once, where the model tagged a name. The first word
        is read with that word (North Kivu) when the gazetteer has both names, at one
        level above towns, and not the whole ("Bosnia and Herzegovina", "Trinidad and
        Tobago" stay one name): (start, end, the two spans) of each."""
        out = []

        def level(name: str) -> str | None:
            return next((c.level for c in self.gaz.lookup(name) if c.match == "exact" and c.level != "city"), None)
        for m in _COORDINATED_RE.finditer(text):
            label = next((e.label_ for e in ents if e.start_char < m.end() and m.start("first") < e.end_char
                          and e.label_ in LABELS), None)
            if label is None or any(c.match == "exact" for c in self.gaz.lookup(m.group())):
                continue
            if self._closes_name_before(text, m.start("first")):
                continue  # "Matabeleland South and Mashonaland East": two whole names listed
            head = m.group("head")
            second = level(text[m.start("second"):m.end()])
            if second is None or level(f"{m.group('first')} {head}") != second:
                continue
            out.append((m.start("first"), m.end(), [_Span(m.start("first"), m.end("first"), label, elided=head),
                                                     _Span(m.start("second"), m.end(), label)]))
        return out

    def _closes_name_before(self, text: str, at: int) -> bool:
        """True when the word at ``at`` ends a unit's or country's name that the capitalised
        word before it opens ("Matabeleland South", "Kalimantan Barat"): that word is no
        compass word shared with the next name, as in "North and South Kivu"."""
        m = _WORD_BEFORE_NAME_RE.search(text, max(0, at - 40), at)
        end = _WORD_AT_RE.match(text, at)
        return m is not None and end is not None and any(
            c.match == "exact" and c.primary and c.level in ("country", "admin1", "admin2")
            for c in self.gaz.lookup(text[m.start(1):end.end()]))

    def _split_compound(self, text: str, sp: _Span) -> list[_Span]:
        """ "Lebanon-Syria", "Greenbrier-Pocahontas County": names joined by a hyphen
        that the gazetteer does not know as one name are read one by one (never an
        Arabic article: "al-Qaim" stays whole). A part of two capitals ("EU-Chile",
        "Kenya-US") is an acronym, read under the strict rules of an untagged name,
        unless an adjective is joined to it ("UK-Peruvian citizenship" says whose)."""
        name = sp.name(text)
        if "-" not in name or self.gaz.lookup(name):
            return [sp]
        parts = []
        adjective = any(w.strip().casefold() in tables.demonyms() for w in name.split("-"))
        for m in re.finditer(r"[^-]+", name):
            word = m.group().strip()
            acronym = len(word) == 2 and word.isupper() and word.isalpha() and not adjective
            if (len(word) < 3 and not acronym) or not word[:1].isupper() or word.casefold() in ARTICLES:
                return [sp]
            part = self._clean(text, sp.start + m.start(), sp.start + m.end(), "" if acronym else sp.label)
            if part is not None:
                parts.append(part)
        return parts if len(parts) >= 2 else [sp]

    def _natural(self, name: str, ctx: Context | None = None) -> bool:
        """True for a sea or strait ("the Red Sea"), or its head word alone ("the Gulf",
        "Gulf security"): not the unit named after it (a county is "Gulf County", a
        province "Gulf Province": the unit word follows)."""
        words = name.split()
        if not words or self._features.get(words[-1].lower()) != "natural" \
                or (len(words) < 2 and not words[0][:1].isupper()):
            return False
        return ctx is None or ctx.feature_kind_after != "unit"


#: an opening quotation mark right before a name
_QUOTE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))[\"“]$")
#: a short title in quotation marks from where a name opens it: capitalised words and the
#: small words of titles, up to the closing mark ("Thomas and Friends")
_QUOTED_TITLE_RE = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|and|of|the|a|an|in|on|over|&))*[\"”]")


#: a town's word and "of" right before a name: "the village of ", "towns of "
_WORD_OF_BEFORE_RE = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+$")


def _settlement_of_before(text: str, start: int) -> bool:
    """True when a town's word of features.tsv and "of" come right before ``start``
    ("the village of X"): what follows is a place's name."""
    m = _WORD_OF_BEFORE_RE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1) in tables.settlement_words()


def _opens_quoted_title(text: str, start: int) -> bool:
    """True when a name opens a short title in quotation marks, all of it capitalised
    words ("the \u201cAlverton and Friends\u201d toys", "the \u201cAlverton\u201d brand"): a
    work's, a product's or a brand's name, which is called after a place as often as
    after anything, and places nothing."""
    return bool(_QUOTE_BEFORE_RE.search(text, max(0, start - 2), start)) \
        and _QUOTED_TITLE_RE.match(text, start) is not None


def _outlet_named(text: str, start: int) -> bool:
    """True when a news outlet's noun in lower case comes right before the name ("the news
    agency Xinhua reported", "the tabloid Alia", ``data/geo/media_nouns.tsv``): the name is
    the outlet's own, which places nothing, whatever town bears it."""
    m = _LOWER_WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1) in tables.media_nouns()


#: a word in lower case after a name and what follows it: "home reported" of "the Marsh home
#: reported", "home of" of "the Alverton home of Jo Doe"
_NOUN_AFTER_RE = re.compile(r"[ \t]+([a-z]+)(?P<of>[ \t]+of\b)?")


def _household_named(text: str, start: int, end: int) -> bool:
    """True when "the" and a one-word name the model took for a person come before a
    household's noun ("the Marsh home reported smoke", "in the Boren vehicle",
    ``data/geo/household_nouns.tsv``): the family's name, as "the Smith home" is, not a town
    ("the Alverton home of Jo Doe", with "of", is a home in Alverton)."""
    if " " in text[start:end] or not _THE_BEFORE_RE.search(text, max(0, start - 5), start):
        return False
    m = _NOUN_AFTER_RE.match(text, end)
    return m is not None and m.group(1) in tables.household_nouns() and not m.group("of")


def _streets_listed(text: str, end: int) -> bool:
    """True when a plural street word follows the name, or the list the name opens ("at
    Elm and Alverton streets", "Rivers, Brill and Oak avenues"): each item is a street's
    name. (Words of four letters or more: "ways", "courts" say other things.)"""
    after = _LOWER_WORD_AFTER_RE.match(text, end)
    word = after.group(1) if after else ""
    if not word.endswith("s"):
        m = _LIST_AFTER_RE.match(text[end:end + 120])
        word = m.group(1) if m else ""
    one = word[:-1]
    return word.endswith("s") and len(one) >= 4 and one in tables.thoroughfare_words() \
        and one not in ("court", "place", "drive", "pike")


#: a capitalised word right before a name: "Hollyhock " of "Hollyhock Lane"
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][\w'’]*[ \t]+$")


def _street_word_cut(text: str, start: int, name: str) -> bool:
    """True when the name is a street word alone that closes a street's name the model cut
    in two ("of 22 Hollyhock Lane," tagged "Lane" a person): the street's end, no county
    or town of that name (``data/geo/thoroughfare_words.tsv``)."""
    return " " not in name and name.casefold().rstrip(".") in tables.thoroughfare_words() \
        and _CAPITALISED_BEFORE_RE.search(text, max(0, start - 30), start) is not None


#: a dollar sign and an amount right after a code: "$US 15 billion", "$NZ4.5m"
_AMOUNT_AFTER_RE = re.compile(r"[ \t]?\d")


def _currency_code(text: str, start: int, end: int) -> bool:
    """True when a country's code of two or three capitals is written with a dollar sign
    to say whose dollar an amount is in ("$US 15 billion", "US$ 3 million", "$NZ4.5m"): a
    currency's code, which places nothing (the report's country prior reads the sign)."""
    name = text[start:end]
    if not (2 <= len(name) <= 3 and name.isalpha() and name.isupper()):
        return False
    if text[end:end + 1] == "$":
        return True
    return text[start - 1:start] == "$" and _AMOUNT_AFTER_RE.match(text, end) is not None


#: an English preposition spelt like an Arabic article between two capitalised words: "the
#: Bird Flu Laboratory at Alverton", "known as Brill" (the run's pattern lets "at" and "as"
#: join names such as "Tall at Tamr", which English news hyphenates)
_PREPOSITION_IN_RUN_RE = re.compile(r"[ \t]+(?:at|as)[ \t]+(?=[A-Z])")


def _split_at_preposition(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A capitalised run cut at a lower-case "at" or "as" inside it: two names, not one."""
    out = []
    for m in _PREPOSITION_IN_RUN_RE.finditer(text, a, b):
        out.append((a, m.start()))
        a = m.end()
    return [*out, (a, b)]


def _english_word(words: str) -> bool:
    """True when any of the words is in the model's lists of English words."""
    from ..nlp.parser import dictionary_word
    return any(dictionary_word(w.lower()) for w in words.split())


def _claim(taken: list[bool], a: int, b: int) -> None:
    """Mark characters a..b as a span's, so that a later step's span over them gives way."""
    taken[a:b] = [True] * (b - a)


def _legislator_towns(spans, out: list, taken: list[bool],
                      abbrs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Claim each legislator's home-town span not yet taken as a town (GPE) and an
    abbreviation-like span the model's tags must not override; the abbreviations after."""
    for a, b in spans:
        if any(taken[a:b]):
            continue
        out.append(_Span(a, b, "GPE"))
        abbrs = [*abbrs, (a, b)]
        _claim(taken, a, b)
    return abbrs


def _without_trailing_nouns(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of an entity without the words in lower case ending it, when a
    capitalised word opens it ("Alverton immigration" -> "Alverton"); one ending
    capitalised, or opened in lower case ("the immigration office"), is kept whole."""
    words = list(re.finditer(r"\S+", text[start:end]))
    k = len(words)
    while k > 1 and words[k - 1].group().isalpha() and words[k - 1].group().islower():
        k -= 1
    if k == len(words) or not words[0].group()[:1].isupper() or words[k - 1].group().islower():
        return start, end
    return start, start + words[k - 1].end()


#: up to two capitalised words after a hyphen ("-Zemo Svaneti" of "Samegrelo-Zemo Svaneti")
_HYPHEN_TAIL_RE = re.compile(r"-([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?![\w'’-])")
#: one capitalised word after a space ("Plaine" of "Belle Plaine")
_CAPITALISED_WORD_RE = re.compile(r" [A-Z][a-z]+\b")
#: a place name's second word: capitalised, or a capitalised word after a lower-case article
#: and a hyphen (" ez-Zor", " al-Hawa"), ending the phrase's name
_NAME_TAIL_RE = re.compile(rf" ((?:(?:{_ART})-)?[A-Z][a-z]+)(?![\w'’-])")
#: what may follow a name that heads its phrase: a mark, or a verb or word that no noun
#: phrase goes on with ("the Webster was sold", "security in the Gulf.", "on the Hill for")
#: (not "and", "or" nor a comma: "the Alverton and Brill communities" lists towns' names as
#: modifiers)
_PHRASE_END_RE = re.compile(r"(?:['’]s)?(?:\s*(?:[.;:!?)\]\"”]|$)|[ \t]+(?:is|was|has|had|will|would|in|on|at"
                            r"|of|for|to|from|with|by|that|which|where|last|this)\b)")
#: "Court" or "Courts" right after a name
_COURT_AFTER_RE = re.compile(r"[ \t]+Courts?\b")


def _court_kind(text: str, start: int, end: int) -> bool:
    """True when the name is a court's kind before "Court" ("Superior Court Judge",
    ``data/geo/court_kinds.tsv``): a rank of court, not the town of Superior."""
    return text[start:end].casefold() in tables.court_kinds() and bool(_COURT_AFTER_RE.match(text, end))


@lru_cache(maxsize=1)
def _makers_re() -> re.Pattern:
    """A car maker's name of ``data/geo/vehicle_makes.tsv`` and the space after it."""
    makers = sorted(tables.vehicle_makes(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(m) for m in makers) + r")\s+", re.IGNORECASE)


def _model_named(text: str, name: str) -> bool:
    """True when the report writes ``name`` after a maker's name ("a Ford Bronco"): a
    model of that maker wherever it is told again as "the Bronco"."""
    return any(text.startswith(name, m.end()) and not text[m.end() + len(name):][:1].isalnum()
               for m in _makers_re().finditer(text))


#: "the" and a capitalised word right after a name: an epithet when the word is one of
#: ``data/geo/epithet_words.tsv`` ("Ivor the Bold")
_EPITHET_AFTER_RE = re.compile(r"[ \t]+the[ \t]+([A-Z][a-z]+)\b")
#: a capitalised name and "the" right before a word
_NAME_THE_BEFORE_RE = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]*[ \t]+the[ \t]+$")


def _epithet(text: str, start: int, end: int) -> bool:
    """True when the name at ``start:end`` is followed by an epithet ("Magda the Wise"),
    or is the epithet after a name: the whole is a person's name, as rulers and heroes
    are called, and neither word a place's."""
    m = _EPITHET_AFTER_RE.match(text, end)
    if m is not None and m.group(1).casefold() in tables.epithet_words():
        return True
    return text[start:end].casefold() in tables.epithet_words() \
        and _NAME_THE_BEFORE_RE.search(text, max(0, start - 40), start) is not None


def _term_of_office(text: str, start: int, end: int) -> bool:
    """True when a one-word name is a leader's before a word of their term of office
    ("the Clinton administration", ``data/geo/office_terms.tsv``), or opens a list of
    leaders' names the plural word closes ("the Clinton and Bush administrations"): a
    person, no town."""
    if " " in text[start:end]:
        return False
    after = _LOWER_WORD_AFTER_RE.match(text, end)
    if after is not None and after.group(1) in tables.office_terms():
        return True
    listed = _LIST_AFTER_RE.match(text[end:end + 120])
    return listed is not None and listed.group(1).endswith("s") and listed.group(1) in tables.office_terms()


def _own_name(c: Candidate) -> bool:
    """A town matched by its own name, or a county by its name without "County"."""
    return (c.match == "exact" or c.variant) and (c.level == "admin2" or (c.level == "city" and c.primary))
