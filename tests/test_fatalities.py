"""Mechanics of death-figure extraction (spec §6), pinned with invented sentences."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conflictlens.events.fatalities import (
    counted_figures, find_death_figures, parse_number, split_over_days, toll_updates, total_deaths,
)
from conflictlens.model import DeathFigure


def figs(text):
    return [(f.count, f.group) for f in find_death_figures(text)]


def counts(text):
    return [f.count for f in find_death_figures(text)]


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize("text, value", [
    ("45", 45), ("1,200", 1200), ("five", 5), ("twenty-three", 23), ("Twenty three", 23),
    ("one hundred and twelve", 112), ("a hundred", 100), ("a dozen", 12), ("dozens", 12),
    ("hundreds", 100), ("tens", 10), ("several", 3), ("many", 3), ("a few", 3),
    ("half a dozen", 6), ("1.5 million", 1_500_000), ("a", 1),
    ("militants", None), ("", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


# ---------------------------------------------------------------- what counts as a death

@pytest.mark.parametrize("text, expected", [
    ("At least 45 militants were killed in the clashes.", [(45, "militants")]),
    ("Gunmen stormed the village, killing five.", [(5, "")]),
    ("Rebels killed 5 people and wounded 10.", [(5, "people")]),
    ("5 dead after a blast in the market.", [(5, "")]),
    ("5 bodies were found near the river.", [(5, "")]),
    ("Five were killed in the raid.", [(5, "")]),
    ("The blast claimed the lives of twenty-three soldiers.", [(23, "soldiers")]),
    ("Three policemen lost their lives.", [(3, "policemen")]),
    ("Twelve villagers perished in the fire.", [(12, "villagers")]),
    ("Nine prisoners died in custody.", [(9, "prisoners")]),
    ("More than 20 soldiers were slain.", [(20, "soldiers")]),
    ("Seven hostages were executed.", [(7, "hostages")]),
    ("The group beheaded 4 aid workers.", [(4, "aid workers")]),
    ("Over 30 people were massacred.", [(30, "people")]),
    ("The death toll rose to 30.", [(30, "")]),
    ("The clashes left 7 people dead.", [(7, "people")]),
    ("A soldier was killed.", [(1, "soldier")]),
    ("One of the guards was shot dead.", [(1, "guards")]),
    ("5 people in Aleppo were killed.", [(5, "people")]),
])
def test_death_figures(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text", [
    "Ten people were wounded in the blast.",
    "Dozens were injured and three were hurt.",
    "The army arrested 12 suspects.",
    "The clashes caused dozens of casualties.",
    "Police detained 40 protesters.",
    "A 31-year-old cyclist was shot in the knee.",
    "Fighters dug a three-meter trench 5 km from the border.",
    "Several prisoners managed to escape.",
    "In 2019 the group took the town.",
])
def test_not_deaths(text):
    assert find_death_figures(text) == []


def test_categories_are_separate_figures():
    assert figs("28 Asayish members and five civilians perished in the clashes.") == [
        (28, "Asayish members"), (5, "civilians")]
    assert figs("Troops killed 5 fighters and 3 civilians.") == [(5, "fighters"), (3, "civilians")]
    assert figs("5 soldiers, 3 policemen and 2 civilians were killed.") == [
        (5, "soldiers"), (3, "policemen"), (2, "civilians")]


def test_included_subgroup_is_not_added():
    assert counts("The attack killed 12 people, including 3 children.") == [12]
    assert counts("Gunmen killed 12, among them 4 women.") == [12]


def test_killers_are_not_victims():
    assert figs("Two gunmen killed 5 civilians.") == [(5, "civilians")]
    assert figs("Two airstrikes killed 5 civilians.") == [(5, "civilians")]


def test_qualifiers_and_vague_words():
    f = find_death_figures("At least 45 ISIS militants were killed.")[0]
    assert (f.count, f.qualifier, f.text) == (45, "at least", "At least 45 ISIS militants")
    assert find_death_figures("More than 20 people were killed.")[0].qualifier == "more than"
    assert find_death_figures("Over 20 people were killed.")[0].qualifier == "more than"
    f = find_death_figures("Up to 7 people were killed.")[0]
    assert (f.count, f.qualifier) == (7, "up to")
    f = find_death_figures("A car bomb killed 10 to 15 people.")[0]
    assert f.count == 10  # lowest figure of a range
    for text, n in [("Dozens of people were killed.", 12), ("Hundreds of civilians died.", 100),
                    ("Tens of fighters were killed.", 10), ("Several soldiers died.", 3),
                    ("A dozen militants were killed.", 12), ("A few guards died.", 3),
                    ("Many civilians were killed.", 3)]:
        f = find_death_figures(text)[0]
        assert f.count == n, text


def test_zero_deaths():
    for text in ("No one was killed in the attack.", "There were no casualties.",
                 "Nobody died in the blast."):
        fs = find_death_figures(text)
        assert fs and all(f.count == 0 for f in fs), text


def test_plural_deaths_without_number_is_vague_three():
    f = find_death_figures("The shelling caused deaths and injuries.")
    assert [(x.count, x.qualifier) for x in f] == [(3, "vague")]


def test_offsets_into_full_text():
    text = "Intro. Rebels killed 5 soldiers. Later 9 died."
    start = text.index("Rebels")
    end = text.index("Later")
    f = find_death_figures(text, start, end)
    assert [(x.count, text[x.start:x.end]) for x in f] == [(5, "5 soldiers")]
    assert isinstance(f[0], DeathFigure)


# ---------------------------------------------------------------- totals and splits

def _f(count, group):
    return DeathFigure(count=count, group=group, start=0, end=0, text="")


def test_total_deaths_adds_groups_and_counts_repeats_once():
    assert total_deaths([_f(45, "ISIS militants"), _f(28, "Asayish members"), _f(5, "civilians")]) == 78
    assert total_deaths([_f(5, "civilians"), _f(5, "Civilians"), _f(3, "soldiers")]) == 8
    assert total_deaths([]) == 0


@pytest.mark.parametrize("total, n, expected", [
    (12, 3, [4, 4, 4]), (7, 3, [3, 2, 2]), (8, 3, [3, 3, 2]), (0, 2, [0, 0]), (5, 1, [5]), (2, 4, [1, 1, 0, 0]),
])
def test_split_over_days(total, n, expected):
    assert split_over_days(total, n) == expected
    assert sum(split_over_days(total, n)) == total


# ---------------------------------------------------------------- seed

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "seed").exists(), reason="../shared absent")
def test_seed_fatalities():
    text = (SHARED / "seed" / "ghuwayran-2022-01-23.txt").read_text(encoding="utf-8")
    by_sentence = {}
    for m in re.finditer(r"[^.\n]+(?:\.(?!\w)|\n|$)", text):
        fs = find_death_figures(text, m.start(), m.end())
        if fs:
            by_sentence[m.group().strip()[:40]] = [(f.count, f.group, f.qualifier) for f in fs]
    assert by_sentence == {
        "At least 45 ISIS militants were killed i": [(45, "ISIS militants", "at least")],
        "Yesterday, SOHR director, Rami Abdul-Rah": [(28, "Asayish members", "exact"), (5, "civilians", "exact")],
    }
    figures = [f for fs in (find_death_figures(text, m.start(), m.end())
                            for m in re.finditer(r"[^.\n]+(?:\.(?!\w)|\n|$)", text)) for f in fs]
    assert total_deaths(figures) == 78


def test_killed_or_wounded_is_unclear():
    assert find_death_figures("1,200 soldiers were killed or wounded.") == []
    assert find_death_figures("Fifty people were killed or injured in the blast.") == []


def test_death_nouns_only_right_after_the_number():
    assert find_death_figures("Thousands of public bodies are ill-prepared.") == []
    assert counts("Rescuers recovered 14 bodies.") == [14]


def test_article_needs_a_killing_context():
    assert find_death_figures("The firm executed a letter of intent.") == []
    assert find_death_figures("a singer with a voice to die for") == []


def test_deaths_of_the_n_group():
    assert figs("He mourned the deaths of the seven astronauts.") == [(7, "astronauts")]


def test_the_source_after_a_list_of_victims_is_not_a_victim():
    text = "Clashes killed seven soldiers and four militants, a local commander said."
    figures = find_death_figures(text)
    assert [(f.count, f.group) for f in figures] == [(7, "soldiers"), (4, "militants")]


def test_n_of_them_is_the_toll_unless_a_larger_total_came_first():
    text = "The drone struck a convoy on Sunday, killing at least nine of them, the army said."
    assert [f.count for f in find_death_figures(text)] == [9]
    text = "The attack killed 12 people, three of them children."
    assert [f.count for f in find_death_figures(text)] == [12]


# ---------------------------------------------------------------- people killed one by one (parsed)

def sent_figs(nlp, text):
    from conflictlens.events.fatalities import sentence_death_figures
    return [(f.count, f.group) for s in nlp(text).sents for f in sentence_death_figures(s)]


@pytest.mark.parametrize("text, expected", [
    ("Provincial governor Tomas Arrieta died on Monday after gunmen fired on his convoy.", 1),
    ("Maria Ocampo, a shopkeeper on the main square, was killed.", 1),
    ("The mayor was murdered outside the town hall.", 1),
    ("The senator was shot to death as he left a meeting.", 1),
    ("A local journalist was gunned down in the market.", 1),
    ("His cook and one of his guards were killed in the ambush.", 2),
    ("The bodies of three farmers were found near the river.", 3),
    ("Villagers found the body of a teacher on the road.", 1),
    ("Jonas Ferreira's body was found in a ditch.", 1),
    ("The attacker was shot dead by guards.", 1),
    ("Rebels blamed the army for the murder of 10 union members.", 10),
    ("Government troops killed the rebel commander.", 1),
    ("Gunmen killed a farmer and his son.", 2),
    ("Five members of the same family were killed.", 5),
    # suicide attackers are counted (spec 6)
    ("A suicide bomber blew himself up at a checkpoint, killing five soldiers.", 6),
])
def test_people_killed_one_by_one(nlp, text, expected):
    assert sum(c for c, _ in sent_figs(nlp, text)) == expected, sent_figs(nlp, text)


@pytest.mark.parametrize("text", [
    "The mayor was not killed in the attack.",
    "The judge could have been killed.",
    "The peace proposal died in committee.",
    "The mayor was wounded and his bodyguard was arrested.",
])
def test_no_one_by_one_death(nlp, text):
    assert sent_figs(nlp, text) == []


def test_a_pronoun_death_counts_only_when_nothing_else_does(nlp):
    # "he died": its antecedent is counted where named; alone it is one death (issue #6)
    from conflictlens.events.fatalities import sentence_death_figures
    figs = [f for s in nlp("He died in hospital two days later.").sents for f in sentence_death_figures(s)]
    assert [(f.count, f.qualifier) for f in figs] == [(1, "pronoun")]
    named = DeathFigure(count=1, group="mayor", start=100, end=105, text="mayor")
    assert counted_figures([*figs, named]) == [named]


def test_one_by_one_does_not_double_a_number(nlp):
    assert sent_figs(nlp, "A soldier was killed and two others were wounded.") == [(1, "soldier")]
    assert sent_figs(nlp, "Two soldiers who were killed in the ambush were buried.") == [(2, "soldiers")]


def test_an_age_between_commas_is_not_a_toll():
    assert counts("Adriana Molina, 58, was killed outside her home.") == []
    assert counts("Rebels attacked the post, killing 12, three of them soldiers.") == [12]


def test_clock_times_are_not_people():
    assert figs("The blast at 1130 GMT killed four pedestrians.") == [(4, "pedestrians")]


def test_deaths_told_after_the_event_join_it(pipeline):
    """A sentence that only tells the toll belongs to the violent event told before it."""
    from datetime import date
    from conflictlens.model import Report
    text = ("A roadside bomb exploded near a police checkpoint in Jalalabad, Afghanistan on Monday. "
            "Four policemen were killed.\n\n"
            "In a separate incident, gunmen attacked a bus in Kunduz on Sunday. The driver was killed "
            "and the conductor died later in hospital.\n")
    events = pipeline.process(Report(id="apart", text=text, published=date(2023, 6, 7)))
    by_place = {e.location: e.fatalities for e in events}
    assert by_place.get("Jalalabad") == 4
    blast = next(e for e in events if e.location == "Jalalabad")
    assert "Police Forces of" in blast.actor1 + blast.actor2
    assert by_place.get("Kunduz") == 2


def test_the_victim_is_someone_already_counted(nlp):
    from conflictlens.events.fatalities import sentence_death_figures
    doc = nlp("A man was shot dead outside a bar on Monday. The victim died at the scene.")
    figures = [f for s in doc.sents for f in sentence_death_figures(s)]
    assert [f.count for f in figures] == [1, 1]
    assert total_deaths(figures) == 1
    alone = [f for f in figures if f.group == "victim"]
    assert total_deaths(alone) == 1  # told alone, "the victim" is still one death


# ---------------------------------------------------------------- conflicting figures (spec 6)

def test_conflicting_figures_take_the_lowest_and_name_the_others():
    from conflictlens.events.fatalities import reconcile_figures
    from datetime import date
    fri = [date(2023, 6, 9)]
    told = [(_f(12, "villagers"), 0, fri, "police"), (_f(20, "villagers"), 2, None, "Amnesty International")]
    kept, notes = reconcile_figures(told)
    assert [f.count for f in kept] == [12]
    assert notes == ["20 villagers (Amnesty International)"]


def test_different_victims_or_different_days_are_not_a_conflict():
    from conflictlens.events.fatalities import reconcile_figures
    from datetime import date
    told = [(_f(28, "Asayish members"), 0, None, ""), (_f(5, "civilians"), 1, None, "")]
    assert [f.count for f in reconcile_figures(told)[0]] == [28, 5]
    told = [(_f(5, "soldiers"), 0, [date(2023, 6, 9)], ""), (_f(3, "soldiers"), 1, [date(2023, 6, 10)], "")]
    kept, notes = reconcile_figures(told)
    assert [f.count for f in kept] == [5, 3] and notes == []
    # the same toll told twice is no conflict either (counted once by total_deaths)
    told = [(_f(45, "ISIS militants"), 0, None, "SOHR"), (_f(45, "militants"), 3, None, "")]
    assert reconcile_figures(told)[1] == []


def test_conflicting_reports_in_one_report_end_to_end(pipeline):
    from datetime import date
    from conflictlens.model import Report
    text = ("Gunmen killed 12 villagers in an attack on Kukawa in Borno State, Nigeria, on Friday, police said.\n\n"
            "Amnesty International said the gunmen killed 20 villagers in the Kukawa attack.\n")
    events = pipeline.process(Report(id="conflict", text=text, published=date(2023, 6, 12)))
    assert [e.fatalities for e in events] == [12]
    assert "Conflicting figures: 20 villagers (Amnesty International)" in events[0].notes


def test_tolls_of_different_days_are_added_up_and_split(pipeline):
    from datetime import date
    from conflictlens.model import Report
    text = ("Heavy clashes broke out between the army and Al Shabaab fighters in Beledweyne, Somalia, on Friday, "
            "and 5 soldiers were killed.\n\nThe clashes in Beledweyne continued on Saturday, when 3 soldiers were killed.\n")
    events = pipeline.process(Report(id="days", text=text, published=date(2023, 6, 12)))
    assert sum(e.fatalities for e in events) == 8 and len(events) == 2


@pytest.mark.parametrize("text, expected", [
    ("The president condemned the assassination of Governor Ramon Ortiz by gunmen this morning.", 1),
    ("Police foiled an attempted assassination of the mayor.", 0),
    ("The plot for the murder of the senator was uncovered.", 0),
    ("An assassination attempt against the general failed.", 0),
])
def test_the_killing_of_a_person(nlp, text, expected):
    assert sum(c for c, _ in sent_figs(nlp, text)) == expected


def test_an_article_counts_only_before_a_person():
    assert counts("A soldier was killed in the raid.") == [1]
    assert counts("A Nigerian was killed in the blast.") == [1]
    assert figs("Marco Lenz, a reporter for a television channel, was killed.") == []  # the parse reads him


def test_a_person_in_apposition_counts_once(nlp):
    assert sent_figs(nlp, "Marco Lenz, a reporter for a television channel, was killed.") == [(1, "Marco Lenz")]


@pytest.mark.parametrize("text, kind, count", [
    ("The death toll from Monday's shooting rose to five, police said.", "rise", 5),
    ("The number of dead has risen to 12.", "rise", 12),
    ("The teenager died of his wounds on Tuesday.", "later_death", None),
    ("The medical examiner confirmed that three people were killed.", "official", 3),
])
def test_toll_updates(text, kind, count):
    (found,) = toll_updates("The mayor spoke. " + text)
    assert found[:2] == (kind, count) and ("The mayor spoke. " + text)[found[2]:found[3]] == text


@pytest.mark.parametrize("text", [
    "Two men were shot dead on Main Street.",
    "Prices rose to 5 dollars.",  # a rise with no deaths
    "Police confirmed the arrest of a suspect.",  # a confirmation with no count
    "The man was taken to hospital where he died.",  # told in the first report too
])
def test_not_toll_updates(text):
    assert toll_updates(text) == []


def test_a_risen_toll_names_its_figure_however_long_the_tolls_description():
    text = ("The death toll from Friday's fighting between the militants and the guards at the hill prison "
            "outside the town rose to 45, the guards said on Sunday.")
    assert [(f.count, f.text) for f in find_death_figures(text)] == [(45, "45")]
    # no toll, or a sentence ending between: nothing
    assert find_death_figures("Ticket prices for the match in the town rose to 12, officials said.") == []
    assert find_death_figures("The death toll was not given. Prices in the town rose to 12 on Sunday.") == []
