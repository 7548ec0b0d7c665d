"""An armed group's name is no town abroad that GeoNames happens to spell so ("Hamas" is one of
Hamm's names in Germany): the warprobe probe. Invented sentences, real names."""
from __future__ import annotations

from geo_helpers import found


def test_an_armed_groups_name_is_no_town_abroad(geocoder):
    got = found(geocoder, "KHAN YOUNIS, Gaza -- Hamas's military wing said its men ambushed an armoured "
                          "column east of Khan Younis on Friday. Hamas did not give a toll.")
    assert all(m.country_code != "DE" for m in got.values()), {t: m.country_code for t, m in got.items()}
    assert "Khan Younis" in got
