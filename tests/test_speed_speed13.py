"""Work done once instead of per call (speed13): the same answers, sooner."""
from conflictlens.events.triggers import _initial_subject_named_by_mistake
from conflictlens.geo import tables
from conflictlens.geo.normalize import exact_key
from conflictlens.nlp.truecase import mostly_upper


class _Untouchable(str):
    """A text that may not be walked character by character in Python."""

    def __iter__(self):
        raise AssertionError("counted character by character")


def test_capitals_of_an_ascii_text_are_counted_without_a_python_loop():
    shout = _Untouchable("GUNMEN STORM A POLICE POST IN VELTA, KILLING TWO officers")
    assert mostly_upper(shout) and mostly_upper(shout, 0.6)
    calm = _Untouchable("Gunmen stormed a police post in Velta on Sunday, killing two officers")
    assert not mostly_upper(calm)
    assert not mostly_upper(_Untouchable("TOO SHORT TO TELL"))  # fewer than 20 letters


def test_non_ascii_text_is_counted_as_before():
    assert mostly_upper("ÉMEUTES À BRAZZAVILLE: LA POLICE TIRE SUR LA FOULE")
    assert not mostly_upper("Émeutes à Brazzaville : la police tire sur la foule")
    # (at the threshold: 16 capitals of 20 letters is 0.8)
    assert mostly_upper("ÀBCDEFGHIJKLMNOPqrst")
    assert not mostly_upper("ÀBCDEFGHIJKLMNOpqrst")


class _Token:
    """A token whose sentence may not be asked for: ``tok.sent`` is worked out anew on each call."""

    def __init__(self, ent_type_, ent_iob_):
        self.ent_type_, self.ent_iob_, self.i = ent_type_, ent_iob_, 0

    @property
    def sent(self):
        raise AssertionError("the sentence was looked up")


def test_a_word_no_person_is_never_looked_up_in_its_sentence():
    assert not _initial_subject_named_by_mistake(_Token("", "O"))
    assert not _initial_subject_named_by_mistake(_Token("GPE", "B"))
    assert not _initial_subject_named_by_mistake(_Token("PERSON", "I"))


def test_titled_surnames_and_sentence_starts_read_as_before(nlp):
    """Tokens made once per report (geo.people.titled_surnames, the paragraph_breaks component)."""
    from conflictlens.geo.people import titled_surnames
    doc = nlp("Judge Manning said the inquiry would go on. Officer Carver said nothing.\n"
              "Police near Velta said a man known as 'Mr. Alverton' fled; Sheriff Brill County staff followed.")
    assert titled_surnames(doc) == {"manning", "carver"}
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:3] == ["Judge", "Officer", "Police"]
    assert titled_surnames(nlp("Judge")) == set() and titled_surnames(nlp("Judge Manning")) == set()


def test_unit_alias_keys_are_the_aliases_exact_keys():
    keys = tables.unit_alias_keys()
    assert keys is tables.unit_alias_keys()  # worked out once
    assert [(cc, unit) for cc, unit, _k in keys] == [(cc, unit) for cc, unit, _a in tables.unit_aliases()]
    for (_cc, _unit, k), (_c, _u, aliases) in zip(keys, tables.unit_aliases()):
        assert k == {exact_key(a) for a in aliases}


def test_units_are_found_by_their_english_names_each_its_own(geocoder):
    lower = geocoder.gaz.lookup("Lower Shabelle", "SO")
    middle = geocoder.gaz.lookup("middle  shabelle", "SO")
    assert lower and lower[0].level == "admin1" and lower[0].match == "exact"
    assert middle and middle[0].level == "admin1"
    assert lower[0].place_id != middle[0].place_id
    # (a name of another country's unit is no unit of Somalia)
    assert not any(c.level == "admin1" for c in geocoder.gaz.lookup("Extreme North", "SO"))
