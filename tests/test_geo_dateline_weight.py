"""Issue 3: a bare dateline ("CAMBRIDGE —") says the country of its largest namesake
for the report's other names, but is no evidence for its own reading: the report's
other signs (its money) choose among that name's towns. The report is written for
this test; the town is a real place, the events invented."""
from __future__ import annotations

from geo_helpers import found


def test_a_bare_dateline_is_no_evidence_for_its_own_reading(geocoder):
    text = ("CAMBRIDGE — The city council approved a $4 million plan for new bike lanes on Monday "
            "night. Cambridge officials said work would begin in May.")
    got = found(geocoder, text)
    assert got["CAMBRIDGE"].admin1 == "Massachusetts"
    assert got["Cambridge"].admin1 == "Massachusetts"
