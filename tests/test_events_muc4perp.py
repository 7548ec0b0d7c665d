"""Claims and accusations told apart from the attack they name (events.claims)."""
from datetime import date

import pytest

from event_helpers import only_violent_event, violent_rows

PUBLISHED = date(1990, 3, 7)
_TALKS = "The ELN has held peace talks with the government since last year. Talks resume in May."


@pytest.mark.parametrize("later", [
    # a claim in a later paragraph naming the attack's day
    "The FARC claimed responsibility for Monday's bombing of the power station.",
    # an accusation by the army
    "The army blamed the FARC for the bombing.",
    # an attribution of the attack
    "Investigators attributed the bombing to the FARC.",
])
def test_a_later_paragraph_claiming_or_laying_the_attack_names_its_perpetrator(pipeline, later):
    text = ("A bomb exploded outside a power station in Saravena on Monday, wounding four guards.\n\n"
            f"{_TALKS}\n\n{later}")
    assert only_violent_event(pipeline, text, PUBLISHED).actor1.startswith("FARC")


def test_a_later_claim_goes_to_the_attack_of_its_day_not_to_another(pipeline):
    text = ("A bomb exploded outside a power station in Saravena on Monday, wounding four guards. "
            "Gunmen shot dead a judge in Cali on Sunday.\n\n"
            f"{_TALKS}\n\nThe FARC claimed responsibility for Monday's bombing of the power station.")
    rows = {e.location: e.actor1 for e in violent_rows(pipeline, text, PUBLISHED)}
    assert rows["Saravena"].startswith("FARC")
    assert rows["Cali"].startswith("Unidentified")


def test_a_statement_claiming_the_killing_is_the_groups_claim(pipeline):
    text = ("Gunmen shot dead a judge in Saravena on Monday.\n\n"
            "The FARC on Tuesday issued a statement claiming responsibility for the killing.")
    assert only_violent_event(pipeline, text, PUBLISHED).actor1.startswith("FARC")



def test_a_name_after_a_persons_title_is_a_victim_though_tagged_a_firm(pipeline):
    text = "Gunmen on Monday killed farmer Anselmo Quispe in the town of Huanta, Ayacucho department, police said."
    assert only_violent_event(pipeline, text, PUBLISHED).fatalities == 1


def test_a_running_total_over_days_is_not_the_incidents_toll(pipeline):
    text = ("Gunmen on Monday shot dead deputy Julio Mendoza in the town of Huanta, Ayacucho department. "
            "So far, three deputies have been murdered in less than 20 days.")
    assert only_violent_event(pipeline, text, PUBLISHED).fatalities == 1
