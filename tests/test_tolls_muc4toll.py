"""Death tolls of all-capital wire copy (old agency and radio reports, hard-wrapped and
re-cased before parsing) and the toll rules they showed up. Invented sentences and names."""
from __future__ import annotations

import pytest

from conflictlens.events.fatalities import sentence_death_figures, total_deaths
from toll_helpers import parsed_toll


def _prepared_toll(pipeline, nlp, text: str) -> int:
    """The deaths the parse reader counts over the text as the pipeline prepares it."""
    doc = nlp(pipeline.prepare(text))
    return total_deaths([f for s in doc.sents for f in sentence_death_figures(s)])


_WRAPPED = ("TEGUCIGALPA, 12 MAR 90 (RADIO KESTREL) -- [TEXT] JUDGE EMILIO VASKEZ OF THE HIGH\n"
            "COURT WAS SHOT DEAD THIS MORNING OUTSIDE HIS HOUSE, ALONG WITH TWO\n"
            "HONDURAN BODYGUARDS OF HIS ESCORT, THE POLICE REPORTED TODAY.\n")


def test_a_wrapped_line_of_capital_copy_runs_on_before_a_name(pipeline, nlp):
    """Re-casing gives "Honduran" its capital at the start of the next line: the wrap is still
    inside the sentence, whose companions ("along with two Honduran bodyguards") count."""
    prepared = pipeline.prepare(_WRAPPED)
    assert "\n" not in prepared.rstrip("\n")
    assert _prepared_toll(pipeline, nlp, _WRAPPED) == 3


def test_a_short_line_of_ordinary_text_keeps_its_break(pipeline):
    """Mixed-case text is not taken for wire copy: a short title line stays a line of its own."""
    text = "Two guards shot dead in Norvale\nTwo guards were shot dead on Monday in Norvale, police said.\n"
    assert pipeline.prepare(text).split("\n")[0] == "Two guards shot dead in Norvale"


def test_a_wrapped_line_ending_in_initials_runs_on(pipeline):
    """"TWO U.S." at a line's end: the stop of the initials ends no sentence."""
    text = ("TEGUCIGALPA, 12 MAR 90 (RADIO KESTREL) -- [TEXT] LAST NIGHT TWO U.S.\n"
            "ENGINEERS WERE SHOT DEAD OUTSIDE A HOTEL IN THE NORTH OF THE CAPITAL.\n")
    assert "\n" not in pipeline.prepare(text).rstrip("\n")


@pytest.mark.parametrize("text, toll", [
    # initials keep their stop inside the victims' group
    ("During the night of 3 May two U.K. engineers, who worked for a mining firm, were murdered by gunmen.", 2),
    # a relative clause set off by commas between the victims and their verb
    ("Late on Friday three ferrymen, whose boat had run aground near the weir, were shot dead.", 3),
])
def test_victims_told_apart_from_their_verb(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("An American citizen was shot dead in Norvale on Monday.", 1),
    ("Gunmen killed a Canadian citizen on the coast road.", 1),
])
def test_a_citizen_is_a_person(text, toll):
    assert parsed_toll(text) == toll


def test_a_toll_told_over_several_places_is_split_across_their_rows(pipeline):
    """Spec §6: a total over several places is spread over their rows (leftover deaths to the
    first place named), not told again in each place's row."""
    from toll_helpers import coded_fatalities
    text = ("Five soldiers were killed on Monday in clashes with Taliban fighters in Kandahar and Herat, "
            "officials said.")
    tolls = coded_fatalities(pipeline, text)
    assert len(tolls) == 2 and sorted(tolls) == [2, 3]


@pytest.mark.parametrize("text, toll", [
    ("The conflict in the north, which began in 2011, has killed more than 9,000 people.", 0),
    ("The feud between the two smuggling clans has by now cost the lives of 40 villagers, the mayor told us.", 0),
    ("The insurgency has left thousands dead across the valley.", 0),
])
def test_a_wars_toll_is_no_incidents(text, toll):
    """The toll of a long war told as background is no event's fatalities."""
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("Three soldiers were killed on Monday in the war against the rebels.", 3),
    ("The attack has killed 12 people, the governor said.", 12),
])
def test_an_incidents_toll_in_a_war_still_counts(text, toll):
    assert parsed_toll(text) == toll


def _mention(sent_index, deaths, place):
    from datetime import date

    from conflictlens.events.candidate import Candidate
    from conflictlens.events.mentions import EventMention
    from conflictlens.model import Evidence
    return EventMention(candidate=Candidate("Violence against civilians", "Attack", [], ""), sent_index=sent_index,
                        paragraph=sent_index, evidence=Evidence("", 0, 0), trigger_char=0, places=[place],
                        place_source="sentence", days=[date(2026, 5, 4)], date_source="sentence", deaths=deaths)


def test_a_victim_named_in_two_rows_counts_once():
    """"The assassination of Tobin Ralls" in the lead and "Ralls was shot dead along with two
    of his guards" later, told as two rows: one death, counted in the fuller row."""
    from conflictlens.events.episodes import Episode
    from conflictlens.events.rows import victims_named_once
    from conflictlens.model import DeathFigure, PlaceMention

    def place(name):
        return PlaceMention(start=0, end=0, text=name, name=name, geonameid=1, latitude=0.0, longitude=0.0,
                            country_code="AF")

    lead = _mention(0, [DeathFigure(1, "Tobin Ralls", 0, 0, "Tobin Ralls")], place("Kandahar"))
    later = _mention(3, [DeathFigure(1, "Ralls", 0, 0, "Ralls"), DeathFigure(2, "guards", 0, 0, "two guards")],
                     place("Herat"))
    first, second = Episode(mentions=[(lead, lead.places[0])]), Episode(mentions=[(later, later.places[0])])
    victims_named_once([first, second])
    assert [f.count for m, _ in first.mentions for f in m.deaths] == []
    assert [f.count for m, _ in second.mentions for f in m.deaths] == [1, 2]


def test_a_surname_after_two_fuller_names_of_it_folds_without_error():
    """"Ann Roe" folded into "Jo Ann Roe" before the bare "Roe" is read: the surname joins the
    fullest name, not the one already folded away (which raised a KeyError)."""
    from conflictlens.events.episodes import Episode
    from conflictlens.events.rows import victims_named_once
    from conflictlens.model import DeathFigure, PlaceMention

    def place(name):
        return PlaceMention(start=0, end=0, text=name, name=name, geonameid=1, latitude=0.0, longitude=0.0,
                            country_code="AF")

    rows = [_mention(i, [DeathFigure(1, name, 0, 0, name)], place(town))
            for i, (name, town) in enumerate([("Ann Roe", "Kandahar"), ("Jo Ann Roe", "Herat"), ("Roe", "Kabul")])]
    episodes = [Episode(mentions=[(m, m.places[0])]) for m in rows]
    victims_named_once(episodes)
    assert sum(f.count for ep in episodes for m, _ in ep.mentions for f in m.deaths) == 1


def test_two_victims_of_a_kind_in_two_rows_both_count():
    """A person noun is no name: "a soldier" in each of two rows may be two soldiers."""
    from conflictlens.events.episodes import Episode
    from conflictlens.events.rows import victims_named_once
    from conflictlens.model import DeathFigure, PlaceMention

    def place(name):
        return PlaceMention(start=0, end=0, text=name, name=name, geonameid=1, latitude=0.0, longitude=0.0,
                            country_code="AF")

    one = _mention(0, [DeathFigure(1, "Soldier", 0, 0, "A soldier")], place("Kandahar"))
    two = _mention(3, [DeathFigure(1, "Soldier", 0, 0, "A soldier")], place("Herat"))
    first, second = Episode(mentions=[(one, one.places[0])]), Episode(mentions=[(two, two.places[0])])
    victims_named_once([first, second])
    assert [f.count for ep in (first, second) for m, _ in ep.mentions for f in m.deaths] == [1, 1]


def test_a_closing_quote_starts_no_sentence_in_capital_copy(pipeline):
    """Re-casing capitalises after an opening quote, not after a closing one: 'a "foreign
    cell" killed ...' keeps its verb in lower case, and the killing is read."""
    text = ('TEGUCIGALPA, 12 MAR 90 (RADIO KESTREL) -- [TEXT] THE MINISTER SAID TODAY THAT\n'
            'A "FOREIGN CELL" KILLED JUDGE EMILIO VASKEZ OUTSIDE THE COURT. "WE WILL FIND THEM," HE ADDED.\n')
    prepared = pipeline.prepare(text)
    assert '" killed' in prepared and '"We will' in prepared


@pytest.mark.parametrize("text, toll", [
    ("The bombing recalled the 2015 massacre at the market, in which 130 people died.", 0),
    ("Let us recall the sinking of the ferry, in which more than 90 people died, and the murder of many clerks.", 0),
])
def test_history_a_sentence_recalls_is_no_toll(text, toll):
    assert parsed_toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("Police recalled that three people were killed in the attack.", 3),
    ("Hundreds gathered to remember the three teens killed on Friday.", 3),
])
def test_the_reports_own_dead_told_with_such_verbs_count(text, toll):
    assert parsed_toll(text) == toll
