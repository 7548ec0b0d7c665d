"""The outlet's home (its source and URL) as weak geo evidence: read from the outlet table,
from a place name in the domain or outlet name, or from a country's domain ending; it
settles namesakes a report leaves open and never outweighs what the report says."""
from __future__ import annotations

import json
from datetime import date

import pytest

from bench_helpers import load_bench
from conflictlens.geo.outlet import OutletHome, host_of
from conflictlens.model import Report
from conflictlens.nlp.parser import parse


FIRE = "A fire damaged a warehouse in Springfield on Tuesday, fire officials said."


def places(geocoder, text, outlet=None):
    return {m.text: m for m in geocoder.find_places(parse(text), outlet=outlet)}


@pytest.mark.parametrize("url, host", [
    ("https://www.example.com/2024/05/story.html", "www.example.com"),
    ("news.Example.co.uk", "news.example.co.uk"),
    ("http://example.org:8080/x", "example.org"),
    ("", ""),
    # an archive's copy names the page's own outlet, not the archive
    ("http://web.archive.org/web/20150102030405/http://www.example-herald.com/a/b", "www.example-herald.com"),
    ("https://archive.org/web/20150102030405id_/https://news.example.net/x", "news.example.net"),
    ("https://web.archive.org/about", "web.archive.org"),
])
def test_host_of_reads_urls_and_bare_domains(url, host):
    assert host_of(url) == host


def test_the_table_gives_a_listed_outlets_home_by_domain_or_name(geocoder):
    by_url = geocoder.outlet_home(url="https://www.bostonglobe.com/metro/2024/05/06/story.html")
    by_sub = geocoder.outlet_home(url="https://apps.bostonglobe.com/x")
    by_name = geocoder.outlet_home(source="the boston globe")
    for home in (by_url, by_sub, by_name):
        assert (home.country_code, home.admin1_code, home.how) == ("US", "US.MA", "table")
    national = geocoder.outlet_home(source="The Hindu")
    assert (national.country_code, national.admin1_code, national.latitude) == ("IN", "", None)


def test_a_users_table_extends_the_packaged_one(geocoder, tmp_path, monkeypatch):
    table = tmp_path / "outlets.tsv"
    table.write_text("# my outlets\nalvertoncourier.example\tSpringfield\tUS\tIL\n", encoding="utf-8")
    monkeypatch.setenv("CONFLICTLENS_OUTLETS", str(table))
    home = geocoder.outlet_home(url="https://alvertoncourier.example/a/b")
    assert (home.country_code, home.admin1_code, home.name) == ("US", "US.IL", "Springfield")


def test_a_place_name_in_the_domain_or_outlet_name_is_read_when_unambiguous(geocoder):
    home = geocoder.outlet_home(url="https://www.tuscaloosadailyherald.com/news/1")
    assert (home.country_code, home.admin1_code, home.how) == ("US", "US.AL", "domain")
    home = geocoder.outlet_home(source="The Tuscaloosa Evening Star")
    assert (home.admin1_code, home.how) == ("US.AL", "name")


@pytest.mark.parametrize("url", [
    "tuscaloosabakery.com",        # a word that is no newspaper's
    "dailyherald.com",             # no place at all
    "crimewatch.tv",               # an ending sold for other uses
])
def test_no_home_from_ambiguous_or_unreadable_domains(geocoder, url):
    assert geocoder.outlet_home(url=url) is None


def test_a_papers_town_shared_by_several_states_is_only_a_name_until_the_report_settles_it(geocoder):
    home = geocoder.outlet_home(url="springfieldherald.com")
    assert (home.country_code, home.admin1_code, home.name, home.masthead) == ("", "", "springfield", True)
    assert geocoder.outlet_home(url="www.concordherald.com").masthead


def test_a_papers_town_is_the_namesake_the_reports_other_places_lie_around(geocoder):
    # of the Concords, the one near Hopkinton (New Hampshire and Massachusetts have one
    # each: the bigger); then Hillsboro is that Concord's neighbour, not Oregon's city
    text = ("A barn burned down near Hillsboro on Sunday, and crews from Hopkinton helped put out "
            "the fire, the chief said.")
    got = places(geocoder, text, geocoder.outlet_home(url="https://www.concordherald.com/a"))
    assert got["Hillsboro"].admin1 == "New Hampshire"
    # a state's name says that state; a capital's ("Washington") says nothing, which
    # leaves only the country holding most Springfields
    home = geocoder.outlet_home(url="springfieldherald.com")
    text = "A state trooper from Ohio and an aide who flew in from Washington toured the flooded road."
    assert geocoder._masthead_home(home, text, geocoder._spans(parse(text), text)).admin1_code == "US.OH"
    text = "An aide who flew in from Washington toured the flooded road."
    alone = geocoder._masthead_home(home, text, geocoder._spans(parse(text), text))
    assert (alone.country_code, alone.admin1_code, alone.latitude) == ("US", "", None)
    # a name around most of them (a Portland lies within 150 km of most Middletowns)
    # tells them apart only by the few it lies right beside: the Connecticut pair
    home = geocoder.outlet_home(url="middletownherald.com")
    text = "The selectmen of Portland met on Monday night."
    beside = geocoder._masthead_home(home, text, geocoder._spans(parse(text), text))
    assert (beside.country_code, beside.admin1_code) == ("US", "US.CT")
    got = places(geocoder, "Portland selectmen hire a lawyer. PORTLAND — The board hired a lawyer on Monday.", home)
    assert got["PORTLAND"].admin1 == "Connecticut"


def test_a_papers_town_no_report_place_settles_is_in_the_country_of_most_of_its_namesakes(geocoder):
    # the Paris paper's lone Paris, with nothing French in the report, is an American
    # Paris (the country holding most real towns of the name), not the French capital
    home = geocoder.outlet_home(url="www.parisherald.com")
    got = places(geocoder, STABBING.format("Paris"), home)["Paris"]
    assert (got.country_code, got.level) == ("US", "city")


def test_a_papers_town_no_report_place_settles_is_in_the_country_holding_more_namesakes_than_any(geocoder):
    # (two American Jordans against one town each in three other countries: no half of
    # them, but more than any other country holds)
    home = geocoder.outlet_home(url="www.jordanbeacon.com")
    text = "The team will play its home game on Friday at 6 p.m., a coach said."
    alone = geocoder._masthead_home(home, text, geocoder._spans(parse(text), text))
    assert (alone.country_code, alone.admin1_code, alone.name) == ("US", "", "jordan")


def test_a_papers_own_name_in_its_report_is_its_town_not_a_country(geocoder):
    # the Jordan paper's "Jordan girls' team" is the town's, not the Middle East's
    text = ("Schedule change. The Jordan girls' basketball team will now play its home game "
            "against Alverton on Friday at 6 p.m., a coach said.")
    assert places(geocoder, text)["Jordan"].level == "country"
    got = places(geocoder, text, geocoder.outlet_home(url="https://www.jordanbeacon.com/sports/1"))["Jordan"]
    assert (got.country_code, got.level) == ("US", "city")


@pytest.mark.parametrize("url, state", [
    ("www.massnow.com", "US.MA"),            # "Mass." without its full stop
    ("https://connherald.com/a", "US.CT"),
    ("minn-daily-news.com", "US.MN"),
])
def test_a_states_abbreviation_in_the_domain_gives_that_state(geocoder, url, state):
    home = geocoder.outlet_home(url=url)
    assert (home.country_code, home.admin1_code, home.latitude) == ("US", state, None)


def test_a_state_outlets_springfield_is_that_states(geocoder):
    got = places(geocoder, FIRE, geocoder.outlet_home(url="https://www.massnow.com/news/1"))
    assert got["Springfield"].admin1 == "Massachusetts"


def test_a_country_ending_says_the_country_and_narrows_the_domains_name(geocoder):
    assert geocoder.outlet_home(url="example-news.ca") == OutletHome("CA", how="country-domain")
    # Cambridge is ambiguous worldwide, but not within Britain
    assert geocoder.outlet_home(url="cambridgeherald.com").country_code == ""
    home = geocoder.outlet_home(url="www.cambridgeherald.co.uk")
    assert (home.country_code, home.admin1_code, home.name) == ("GB", "GB.ENG", "Cambridge")


def test_a_lone_ambiguous_town_is_placed_by_the_outlets_home(geocoder):
    illinois = OutletHome("US", "US.IL", 39.80, -89.64, "Springfield", "table")
    massachusetts = geocoder.outlet_home(source="The Boston Globe")
    assert places(geocoder, FIRE, illinois)["Springfield"].admin1 == "Illinois"
    assert places(geocoder, FIRE, massachusetts)["Springfield"].admin1 == "Massachusetts"
    tennessee = OutletHome("US", "US.TN", 35.61, -87.04, "Columbia", "table")
    robbery = "Two men were arrested in Columbia after a robbery at a gas station, police said."
    assert places(geocoder, robbery, tennessee)["Columbia"].admin1 == "Tennessee"


def test_the_report_outweighs_its_outlet(geocoder):
    illinois = OutletHome("US", "US.IL", 39.80, -89.64, "Springfield", "table")
    text = "A fire damaged a warehouse in Springfield, Mo., on Tuesday, fire officials said."
    assert places(geocoder, text, illinois)["Springfield"].admin1 == "Missouri"
    text = "Police in Springfield and Peoria searched for the driver, officers in both towns said."
    assert places(geocoder, text, OutletHome("US", "US.MA", 42.36, -71.06, "Boston", "table")
                  )["Springfield"].admin1 == "Illinois"


STABBING = "Two men were charged after a stabbing outside a bar in {} on Friday night, police said."


@pytest.mark.parametrize("url, town, extra, country", [
    # a Canadian paper's London, with nothing British in the report, is London, Ontario
    ("https://www.example-news.ca/a", "London", "", "CA"),
    # ... but not once the report speaks of Britain
    ("https://www.example-news.ca/a", "London", " British detectives flew in from Scotland.", "GB"),
    # ... nor from a paper of no known country
    ("https://www.example-news.com/a", "London", "", "GB"),
    # ... nor for a village of the outlet's country (Paris, Ontario is no real town's size)
    ("https://www.example-news.ca/a", "Paris", "", "FR"),
])
def test_a_capitals_namesake_in_the_outlets_country_wins_when_the_report_is_silent(
        geocoder, url, town, extra, country):
    home = geocoder.outlet_home(url=url)
    assert places(geocoder, STABBING.format(town) + extra, home)[town].country_code == country


def test_a_province_named_like_a_town_abroad_is_the_one_in_the_outlets_country(geocoder):
    # Ontario is also a Californian city: in a Canadian paper, with no other town of the
    # province named, "central Ontario" still says the province and its country, which
    # outweighs the dollar sign's United States for Chatham
    text = ("A man from Chatham drowned on Sunday when his $40,000 boat overturned on a lake in "
            "central Ontario's cottage country.")
    got = places(geocoder, text, geocoder.outlet_home(url="https://www.example-news.ca/a"))
    assert got["Ontario"].level == "admin1" and got["Chatham"].admin1 == "Ontario"
    # a paper of no known country leaves the name to a bigger Chatham
    assert places(geocoder, text)["Chatham"].country_code != "CA"


def test_the_pipeline_passes_the_reports_source_to_the_geocoder(violence_pipeline):
    body = "A man was shot dead outside a bar in Springfield late on Saturday, police said."
    report = Report(id="o1", title="Man shot dead", text="Man shot dead\n\n" + body, published=date(2024, 5, 6),
                    source="The Boston Globe")
    events = [e for e in violence_pipeline.process(report) if e.event_type == "Other violence"]
    assert events and {e.admin1 for e in events} == {"Massachusetts"}


def test_geoparse_reads_the_url_option_and_jsonl_urls(tmp_path):
    from test_cli import cli
    path = tmp_path / "fire.txt"
    path.write_text(FIRE + "\n", encoding="utf-8")
    r = cli("geoparse", str(path), "--url", "https://www.bostonglobe.com/metro/story.html")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.splitlines()[0])["admin1"] == "Massachusetts"
    line = json.dumps({"id": "j1", "text": FIRE, "url": "https://www.bostonglobe.com/y"})
    r = cli("geoparse", "--input-format", "jsonl", stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.splitlines()[0])["admin1"] == "Massachusetts"


def test_the_geoparse_benchmark_reads_each_articles_url(tmp_path):
    bench = load_bench("eval_geoparse")
    xml = tmp_path / "tiny.xml"
    xml.write_text(
        "<articles><article><domain>alverton.example</domain><url>http://alverton.example/1</url>"
        "<text>A fire in Springfield.</text><toponyms><toponym><start>10</start><end>21</end>"
        "<phrase>Springfield</phrase><gaztag><lat>39.8</lat><lon>-89.6</lon></gaztag></toponym></toponyms>"
        "</article><article><source>https://wire.example/2</source><text>Rain.</text><locations/></article>"
        "</articles>", encoding="utf-8")
    rows = list(bench._articles(xml))
    assert [r[2] for r in rows] == ["http://alverton.example/1", "https://wire.example/2"]
    assert rows[0][1][0][2] == "Springfield"
