"""Page furniture (share buttons, social networks, print and email links: data/store/
furniture_words.txt) is no evidence that two reports tell one incident: it is left out of the
names and content words the store compares reports by (store/dedupe.py: report_names,
report_people, report_terms), on SQLite and PostgreSQL (the ``store`` fixture). Invented
reports."""
from __future__ import annotations

from datetime import date

import pytest

from conflictlens.store import dedupe
from test_dedupe import crime, report
from test_dedupe_resemblance import DEPOT, _town, related

# the template one invented site puts under every story it publishes
FURNITURE = ("\nTwitter | Facebook | Pinterest | Google | Email | Print | Like\nLoading Comments\n"
             "Related\nAdvertisement\nSubscribe to our Newsletter\nPhoto Gallery\n")
HUNTING = ("BRACKWELL, Ind. - A teenager was wounded by his own rifle while hunting squirrels near Ostler Pond, "
           "Conservation Officer Mirela Tandy said. He was flown to Saint Orrin in stable condition.")
FARMHOUSE = ("A farmer and his two daughters lay dead of gunshot wounds in their kitchen on Culvey Road outside "
             "Dunmore Falls. Sheriff Anselm Roak believes the farmer killed the girls, then himself.")
HUNTING_FOLLOWUP = ("The Brackwell teenager wounded while hunting squirrels near Ostler Pond is home from Saint "
                    "Orrin, Conservation Officer Mirela Tandy said, warning hunters to unload their rifles.")
FILLERS = ("Harlow Springs news: the Riverside budget was discussed.",
           "Harlow Springs news: the Hollis Park library was discussed.",
           "Harlow Springs news: the Wexford school board was discussed.")


def test_page_furniture_is_no_name():
    names = dedupe.report_names(HUNTING + FURNITURE)
    assert names == dedupe.report_names(HUNTING)
    assert {"mirela", "tandy", "ostler", "brackwell"} <= set(names)
    for word in ("gallery", "twitter", "print", "facebook", "loading", "email", "pinterest", "like", "google",
                 "share", "related", "advertisement", "comments", "subscribe", "newsletter", "photo"):
        assert word not in names
    # nor a run of such words a full name ("Loading Comments", "Photo Gallery")
    assert dedupe.report_people(HUNTING + FURNITURE) == dedupe.report_people(HUNTING)


@pytest.mark.parametrize("word, kept", [
    ("pinterest", False), ("comments", False), ("comment", False), ("newsletter", False), ("loading", False),
    ("squirrel", True), ("rifle", True), ("pond", True),
])
def test_page_furniture_is_no_content_word(word, kept):
    terms = dedupe.report_terms(HUNTING + FURNITURE + " Readers left comments on the newsletter.")
    assert (word in terms) is kept


def _filled(store):
    for i, text in enumerate(FILLERS):
        store.add_report(report(f"town{i}", text=text, published=date(2021, 5, 1)), [])


def test_two_incidents_under_one_sites_share_buttons_stay_apart(store):
    _filled(store)
    hunting = store.add_report(report("h1", text=HUNTING + FURNITURE, source="Brackwell Channel 7",
                                      published=date(2021, 5, 3)),
                               [crime(sub_event_type="Accidental shooting", location="Brackwell", fatalities=0)])
    # another incident six days later in another county, from the same site: a crime dated by
    # the page's day may be the stored one when their reports share its names, but the only
    # words they share are the template's
    farmhouse = store.add_report(report("f1", text=FARMHOUSE + FURNITURE, source="Brackwell Channel 7",
                                        published=date(2021, 5, 9)),
                                 [crime(event_date=date(2021, 5, 9), location="Dunmore Falls", latitude=39.5,
                                        longitude=-94.1, fatalities=3)])
    assert farmhouse[0].event_id_cnty != hunting[0].event_id_cnty
    assert store.counts()["events"] == 2
    # a follow-up from that site naming the hunter's people and places is still his incident,
    # though it dates it by its own day and places it elsewhere
    later = store.add_report(report("h2", text=HUNTING_FOLLOWUP + FURNITURE, source="Brackwell Channel 7",
                                    published=date(2021, 5, 6)),
                             [crime(event_date=date(2021, 5, 6), sub_event_type="Accidental shooting",
                                    location="Saint Orrin", latitude=39.3, longitude=-94.4, fatalities=0)])
    assert [e.event_id_cnty for e in later] == [hunting[0].event_id_cnty]
    assert store.event(hunting[0].event_id_cnty).article_ids == ("h1", "h2")


def test_a_report_sharing_only_share_buttons_resembles_no_incident(store):
    _town(store)
    depot = store.add_report(report("k2", text=DEPOT + FURNITURE.lower(), published=date(2021, 5, 3)),
                             [crime(latitude=39.2, location="Harlow Springs depot")])[0]
    store.add_report(report("a1", text="the council opened the new footbridge over the canal lock beside the "
                                        "old mill." + FURNITURE.lower(), published=date(2021, 5, 6)), [])
    assert related(store, "a1") == []
    # the arrest story of the same site is linked to the shooting its own words tell
    store.add_report(report("a2", text="detectives arrested a man over the shooting of the bus driver at the "
                                        "tram depot on the ring road." + FURNITURE.lower(),
                            published=date(2021, 5, 6)), [])
    assert related(store, "a2") == [depot.event_id_cnty]


# an invented station's copyright and credit lines, under every story it publishes
CREDITS = ("\nKXYZ Logo\nCopyright 2021 Brackwell Broadcasting Inc. All Rights Reserved.\n"
           "Some material for this story came from the Associated Press.\n")


def test_copyright_and_credit_lines_are_no_names():
    names = dedupe.report_names(HUNTING + CREDITS)
    for word in ("all", "inc", "logo", "broadcasting", "associated", "press"):
        assert word not in names
    assert {"mirela", "tandy", "ostler", "kxyz"} <= set(names)
    assert "associated press" not in dedupe.report_people(HUNTING + CREDITS)



# an invented site's calls to its readers around a story
CALLS = "\nBuy Photo\nPlease enable scripts to view this page.\nJoin the Conversation\nContact Us\nPage 2\n"


def test_a_sites_calls_to_its_readers_are_no_names():
    names = dedupe.report_names(HUNTING + CALLS)
    assert names == dedupe.report_names(HUNTING)
    assert dedupe.report_people(HUNTING + CALLS) == dedupe.report_people(HUNTING)
