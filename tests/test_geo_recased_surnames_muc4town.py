"""A surname after a given name that re-cased wire copy left in lower case ("senator anselmo
Rodriguez") is a person's, not a town of that name. Invented reports, real place names."""
from __future__ import annotations

from conflictlens.geo.people import recased_surnames
from conflictlens.model import Report

_DEMANDS = ("BOGOTA, 8 APR 90 (EFE) -- [TEXT] THE REBELS KIDNAPPED TWO ENGINEERS.  THEY DEMAND THE DISMISSAL\n"
            "OF OIL COMPANY PRESIDENT EVARISTO RESTREPO.  THE REBELS ALSO ATTACKED A PIPELINE.\n")
_SPOKESMAN = ("BOGOTA, 8 APR 90 (EFE) -- [TEXT] THE REBELS HAD KIDNAPPED THE ENGINEER.  REBEL COMMANDER\n"
              "EVARISTO RODRIGUEZ ANNOUNCED THIS TO REPORTERS.\n")


def test_a_surname_after_a_lower_case_given_name_is_no_town(pipeline):
    # (re-casing writes "Restrepo", a town it knows, but not the given name before it)
    a = pipeline.analyse(Report(id="t", text=_DEMANDS))
    assert "Restrepo" not in {p.name for p in a.places}
    assert a.events and {e.location for e in a.events} == {"Bogota"}


def test_a_surname_that_is_a_town_abroad_puts_no_event_abroad(pipeline):
    events = pipeline.process(Report(id="t", text=_SPOKESMAN))
    assert events and {e.country for e in events} == {"Colombia"}


def test_a_place_particle_or_a_longer_name_is_no_given_name(pipeline, nlp):
    # (a lower-case word of the place's own name or kind, or a name going on, tells no person)
    text = pipeline.prepare("REBELS BURNED A BARN ON FINCA FLORES AND SHOT WILFREDO LOPEZ IN THE\n"
                            "CASERIO ROSALES NEAR FINCA SANTA ELENA.  THE ARMY SAID SO.")
    assert recased_surnames(nlp(text)) == {"lopez"}
