"""Issue #4, generalisation round: codebook rules stated as word families and syntax,
checked on invented sentences (no dataset text)."""
from __future__ import annotations

import pytest

from classify_helpers import candidates, subtypes


@pytest.mark.parametrize("text", [
    # a battle noun used of a contest that is not armed
    "The mayor is locked in a legal battle with the opposition over the vote count in Velta.",
    "Police officers in Tolma have stepped up the fight against drug trafficking.",
    "Soldiers in Orvan joined the battle against the epidemic by disinfecting streets.",
    # "engage" names fighting only when armed forces are what is engaged
    "The army engaged in talks with community elders in Marsk on Tuesday.",
])
def test_figurative_fighting_is_no_battle(text):
    assert "Armed clash" not in subtypes(text)


@pytest.mark.parametrize("text", [
    "Heavy fighting against the rebels continued near Velta on Monday.",
    "Troops engaged the militants near Korvana for several hours.",
    "A fierce battle over the hilltop left six fighters dead near Qarsa.",
])
def test_armed_fighting_stays_a_battle(text):
    assert "Armed clash" in subtypes(text)


def test_an_event_had_without_is_negated():
    got = subtypes("Government troops withdrew from the town of Velta, handing it to local militias without a fight.")
    assert "Armed clash" not in got and "Non-violent transfer of territory" in got, got


@pytest.mark.parametrize("text, expected", [
    # soldiers or police off duty are civilians when attacked (codebook, actor type 7)
    ("Gunmen shot dead an off-duty police officer outside a bakery in Velta.", "Attack"),
    # an abduction that ends in death is an attack: the dead found afterwards
    ("The bodies of four traders abducted by militiamen were found near Marsk.", "Attack"),
    # a person killed by an armed party is named by an unarmed role
    ("Security forces killed a union organiser in Qarsa on Tuesday.", "Attack"),
])
def test_attack_targets(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_coup_in_other_words_and_what_came_before_it():
    got = subtypes("A military junta took power in Velta after arresting the president.")
    assert got and got[0] == "Other", got


def test_fighting_conjoined_as_a_cause_of_displacement():
    got = subtypes("Hundreds of families have been displaced by the floods and fighting in Marsk.")
    assert "Other" in got and "Armed clash" not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Hundreds of farmers chanted slogans outside the district office in Velta.", "Peaceful protest"),
    ("Traders observed a bandh in Marsk to oppose the new tax.", "Peaceful protest"),
    ("Militia fighters committed gender-based violence against displaced women in Tolma.", "Sexual violence"),
    ("Air defences intercepted three drones over Orvan on Monday.", "Disrupted weapons use"),
    ("Police discovered a bomb factory in a house in Korvana.", "Disrupted weapons use"),
    ("Two herders were killed when they stepped on a mine near Qarsa.", "Remote explosive/landmine/IED"),
    ("Cattle rustlers drove away 300 cows from a village near Delmora.", "Looting/property destruction"),
    ("Insurgents took up positions in the hills above Velta.", "Headquarters or base established"),
])
def test_word_families(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text, expected", [
    # a gathering stopped with no one told hurt is intervention ...
    ("Police crushed a sit-in by teachers in Velta.", "Protest with intervention"),
    ("The rally of the opposition in Orvan was suppressed by the police.", "Protest with intervention"),
    # ... a blow, a wound or live fire on the demonstrators is excessive force
    ("Police fired at demonstrators in Marsk, wounding three.", "Excessive force against protesters"),
    ("An officer hit a demonstrator with a baton during a rally in Tolma.", "Excessive force against protesters"),
])
def test_intervention_or_excessive_force(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_screen_sees_victims_told_by_their_harm():
    from conflictlens.events.screen import default_screen
    assert default_screen().may_hold_event(
        "A teenager died of his injuries after being hit by a tear gas canister during a march in Korvana.")


def report_labels(text: str) -> list[str]:
    """The report's candidates after the report-level rules (classifier.report_candidates)."""
    from conflictlens.events.classifier import report_candidates
    return [c.sub_event_type for c in report_candidates(candidates(text))]


@pytest.mark.parametrize("text, news", [
    # an ongoing state: a progressive verb, a perfect verb with a long period, a gerund subject
    ("A roadside bomb killed two farmers in Tolma on Sunday. Security forces have been battling insurgents "
     "in the area since 2015.", "Remote explosive/landmine/IED"),
    ("Soldiers raped two women in a village near Velta, a rights group said. The army is fighting "
     "separatist rebels in the region.", "Sexual violence"),
    ("The army deployed 2,000 troops to Orvan on Monday. Fighting between herders and farmers has killed "
     "hundreds there this year.", "Change to group/activity"),
    # what a place lives with, one of a series
    ("Gunmen killed seven villagers in an overnight raid on Velta. The region has been plagued by fighting "
     "between the army and jihadist groups for years.", "Attack"),
    ("Police defused a bomb outside a church in Marsk on Sunday. The city has suffered a series of "
     "bombings claimed by the militants.", "Disrupted weapons use"),
])
def test_background_yields_to_the_news(text, news):
    got = report_labels(text)
    assert got and got[0] == news and len(set(got)) == 1, got


@pytest.mark.parametrize("text, expected", [
    # news told in the perfect, or over a recent period, is still news
    ("Heavy fighting has killed 20 people in Velta.", "Armed clash"),
    ("Troops and rebels have clashed in Marsk over the weekend.", "Armed clash"),
    # with nothing else told, the background stays a candidate
    ("The army has been fighting rebels in the region for years.", "Armed clash"),
    # a series carried out, and what had happened earlier in the same story, are news
    ("Warplanes carried out a series of air strikes on rebel positions near Velta. Earlier, the rebels had "
     "taken several hostages.", "Air/drone strike"),
    ("Warplanes carried out a series of air strikes on rebel positions near Velta. Earlier, the rebels had "
     "taken several hostages.", "Abduction/forced disappearance"),
])
def test_news_in_the_perfect_is_not_background(text, expected):
    assert expected in report_labels(text)


@pytest.mark.parametrize("text", [
    # the parties of the trigger conditions are party words: a crowd ...
    "Irate youths attacked a tax collector in Velta.",
    # ... a trigger of several words is specific enough alone
    "Investigators said a chemical attack hit the suburb of Marsk in December.",
    "Shops in the Tolma market were set ablaze overnight.",
])
def test_screen_general_parties_and_phrases(text):
    from conflictlens.events.screen import default_screen
    assert default_screen().may_hold_event(text)


@pytest.mark.parametrize("text", [
    "The central bank left interest rates unchanged and shares closed higher.",
    "The airline said its new jet would enter service next year.",
    "The union said the deal would be put to a vote of its members.",
])
def test_screen_still_skips_business_news(text):
    from conflictlens.events.screen import default_screen
    assert not default_screen().may_hold_event(text)


def test_a_launch_told_apart_from_its_interception_is_disrupted():
    got = report_labels("Air defences intercepted two missiles over Velta on Sunday. The missiles were fired by "
                        "rebel forces from the hills east of the city.")
    assert got and set(got) == {"Disrupted weapons use"}, got
    # people hurt by the attack: it was not stopped
    got = report_labels("Air defences intercepted two missiles over Velta on Sunday. A third missile fired by the "
                        "rebels hit a market, killing four people.")
    assert "Shelling/artillery/missile attack" in got, got


def test_rebel_forces_are_not_the_state():
    got = subtypes("Rebel forces seized control of the airport in Velta.")
    assert got and got[0] == "Non-state actor overtakes territory", got
    got = subtypes("Government forces regained control of the Marsk highway.")
    assert got and got[0] == "Government regains territory", got


@pytest.mark.parametrize("text, expected", [
    # a crowd on one side of a clash with at most one armed side is a riot ...
    ("Clashes erupted between police and supporters of the opposition leader in Velta on Monday.",
     "Violent demonstration"),
    # ... a demonstration when the crowd is a political side or fights against an issue ...
    ("Opposition supporters fought running battles with police in the streets of Orvan.", "Violent demonstration"),
    ("Students clashed with police in Marsk against the closure of the university.", "Violent demonstration"),
    # ... a mob otherwise
    ("Youths clashed with police in Tolma after a man died in custody.", "Mob violence"),
    # a crowd that gathers or storms a building to protest is demonstrating
    ("Hundreds of angry residents stormed the police station in Qarsa to protest the killing of a trader.",
     "Violent demonstration"),
])
def test_crowds_in_clashes(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_protest_going_on_when_its_people_were_arrested():
    got = subtypes("Police arrested 20 activists who were marching to the parliament in Orvan.")
    assert got and got[0] == "Protest with intervention", got
    # people arrested for a protest they hold as a habit: the arrest is the news
    got = subtypes("The security service continues to detain people who organise or take part in demonstrations.")
    assert got and got[0] == "Arrests", got


def test_mobilising_people_to_protest_is_not_yet_a_protest():
    assert "Peaceful protest" not in subtypes(
        "Party officials are mobilising two thousand supporters to protest against the governor in Velta.")


@pytest.mark.parametrize("text, expected", [
    # irregular verb forms of the trigger lexicon reach the screen and the matcher
    ("Police found a large quantity of ammunition and rifles during a search in Delmora.", "Disrupted weapons use"),
    # a device that failed to go off
    ("The bomb failed to explode and was later removed by soldiers in Marsk.", "Disrupted weapons use"),
    # a mine set off by a vehicle
    ("Three soldiers died when their vehicle ran over a mine near Tolma.", "Remote explosive/landmine/IED"),
    # the weapon named in the description of the explosion's doer names its kind
    ("A man wearing an explosive vest detonated it among worshippers in Velta.", "Suicide bomb"),
])
def test_weapons_round(text, expected):
    from conflictlens.events.screen import default_screen
    assert default_screen().may_hold_event(text)
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text, expected", [
    ("Representatives of the two sides signed a memorandum of understanding in Marsk to end hostilities.", "Agreement"),
    ("Warring factions in Tolma reached an accord to share power.", "Agreement"),
    # surrender in other words
    ("Hundreds of militants laid down their arms and handed themselves over to the army in Orvan.", "Agreement"),
    # bases: a building turned into one, a presence established
    ("The rebels turned a school in Tolma into their headquarters.", "Headquarters or base established"),
    ("Foreign troops established a presence at the airbase in Orvan.", "Headquarters or base established"),
    # an agreement named as the frame of a transfer is not the news
    ("The militia handed over the city of Velta to government forces under the agreement.",
     "Non-violent transfer of territory"),
])
def test_strategic_developments_round(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_according_to_is_no_accord():
    assert "Agreement" not in subtypes("According to the mayor, the market in Velta reopened on Monday.")


@pytest.mark.parametrize("text", [
    # a relative clause of an event told elsewhere is not told here
    "The group claimed responsibility for a car bomb in the southern city of Velta on Friday that killed eight "
    "people and wounded more than 100, a news agency reported.",
    # who is blamed for an event is an attribution
    "Foreign suicide bombers are suspected to be behind the twin blasts in Marsk, the minister said.",
])
def test_attributions_are_no_events(text):
    assert subtypes(text) == []


def test_a_relative_clause_of_a_real_event_stays():
    got = subtypes("A car bomb that killed eight people went off in Velta on Friday.")
    assert got and got[0] == "Remote explosive/landmine/IED", got


@pytest.mark.parametrize("text", [
    # a harm phrase that is what the protest is about
    "Demonstrators marched in Marsk to demand justice for three men shot dead last week.",
    # the demonstrators are the party: a protest trigger with a crowd word passes the screen
    "Thousands rallied in Tolma in support of the jailed opposition leader.",
    # the purpose of what a crowd did is the demonstration it held
    "Farmers drove their tractors into the centre of Marsk to protest against the new law.",
])
def test_peaceful_protests_round(text):
    from conflictlens.events.screen import default_screen
    assert default_screen().may_hold_event(text)
    got = subtypes(text)
    assert got and got[0] == "Peaceful protest", got


@pytest.mark.parametrize("text, expected", [
    # detainees are unarmed; the object inside a trigger phrase is its target
    ("Police officers beat a detainee to death in a cell in Delmora.", "Attack"),
    # a plural of "-man" read as a name at the start of a sentence is still an armed party
    ("Militiamen killed four members of a family in their home near Velta.", "Attack"),
    # a clause describing the target is not the target ("at a checkpoint" is where the man failed to stop)
    ("Soldiers shot dead a man who failed to stop at a checkpoint in Marsk.", "Attack"),
    ("Soldiers killed 15 militants who attacked their base in Tolma.", "Armed clash"),
])
def test_targets_round(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text", [
    "Houses in the village of Velta were razed overnight.",
    "Shops in Marsk were looted on Sunday night.",
])
def test_property_words_name_their_victim_for_the_screen(text):
    from conflictlens.events.screen import default_screen
    assert default_screen().may_hold_event(text)


@pytest.mark.parametrize("text", [
    "Gunmen hijacked a truck carrying food aid on the road to Velta.",
    "Armed men broke into the district office in Marsk and made off with computers.",
])
def test_goods_taken_in_other_words(text):
    got = subtypes(text)
    assert got and got[0] == "Looting/property destruction", got


def test_an_attacked_garrison_is_no_base():
    assert "Headquarters or base established" not in subtypes("Militants attacked the army garrison in Tolma.")


@pytest.mark.parametrize("text, news", [
    # dated well before the news
    ("Warplanes struck rebel positions in Marsk. The rebels captured the town last month.", "Air/drone strike"),
    ("Teachers protested in Tolma over unpaid salaries. Last month, police fired tear gas at a similar protest.",
     "Peaceful protest"),
    ("The government imposed a curfew in Delmora. The move follows deadly clashes between rival communities "
     "last week.", "Change to group/activity"),
])
def test_earlier_events_yield_to_the_news(text, news):
    got = report_labels(text)
    assert got and got[0] == news and len(set(got)) == 1, got


def test_a_record_of_many_events_yields_to_the_news():
    got = report_labels("Police seized 200 kg of explosives in Qarsa. The militants have carried out several "
                        "bombings in the region.")
    assert got and set(got) == {"Disrupted weapons use"}, got
    # news told in the perfect with one event stays news
    assert "Remote explosive/landmine/IED" in report_labels("Militants have carried out a bombing in Qarsa.")


def test_a_crowd_voicing_a_demand_is_demonstrating():
    got = subtypes("Security forces killed five people when they fired on a crowd demanding water in Marsk.")
    assert got and got[0] == "Excessive force against protesters", got
    # a demand made by a government is no demonstration
    assert "Peaceful protest" not in subtypes("The ministry demanded an apology from the embassy in Velta.")


# --- codebook-outward round: word families and rules checked on invented sentences ---

def test_a_gerund_after_a_reference_word_is_background():
    got = subtypes("The army and the rebels agreed to a ceasefire in the town of Velta after weeks of fighting.")
    assert got and got[0] == "Agreement" and "Armed clash" not in got, got
    # fighting told as the news stays a battle
    assert "Armed clash" in subtypes("Heavy fighting broke out between the army and the rebels in Velta.")


@pytest.mark.parametrize("text, expected", [
    # a trailing modifier of the object completes the phrase
    ("Militiamen burned a woman alive in the village of Marsk.", "Attack"),
    # people described by a participle are what is executed
    ("The bodies of five civilians executed by the militants were found near the town of Qarsa.", "Attack"),
    # people named by where they live are civilians
    ("Suspected herdsmen attacked the community of Velta, killing ten.", "Attack"),
])
def test_attack_in_other_forms(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_burn_without_a_person_stays_property():
    got = subtypes("Militiamen burned the market of Marsk.")
    assert got and got[0] == "Looting/property destruction", got


@pytest.mark.parametrize("text", [
    "The militia seized cattle from herders near the town of Tolma.",
    "Soldiers confiscated the property of opposition members in the town of Velta.",
])
def test_goods_taken_are_looting(text):
    got = subtypes(text)
    assert got and got[0] == "Looting/property destruction", got


def test_seized_weapons_and_places_keep_their_readings():
    assert subtypes("Troops seized a large cache of weapons in the town of Velta.")[0] == "Disrupted weapons use"
    assert subtypes("Rebels seized the town of Marsk after heavy fighting.")[0] == "Non-state actor overtakes territory"


def test_property_burnt_by_a_crowd_is_mob_violence():
    got = subtypes("Angry residents set ablaze the house of a suspected witch in the village of Marsk.")
    assert got and got[0] == "Mob violence", got
    # by an armed party it stays property destruction
    got = subtypes("Militiamen set ablaze the house of a village chief in Marsk.")
    assert got and got[0] == "Looting/property destruction", got


@pytest.mark.parametrize("text", [
    "A bomb exploded prematurely in the town of Velta, killing the two militants who were carrying it.",
    "Three militants were killed when the bomb they were planting exploded near the village of Marsk.",
])
def test_a_bomb_set_off_by_its_planter_is_disrupted(text):
    got = subtypes(text)
    assert got and got[0] == "Disrupted weapons use", got


def test_a_bomb_that_hit_its_target_stays_an_explosion():
    got = subtypes("A bomb exploded in the market of Velta, killing four shoppers.")
    assert got and got[0] == "Remote explosive/landmine/IED", got


@pytest.mark.parametrize("text", [
    "A blast at a coal mine near Velta killed 21 miners.",
    "A transformer exploded in the market of Marsk, injuring three.",
    "Thieves blew up a cash machine in Qarsa overnight.",
])
def test_industrial_and_criminal_explosions_are_no_event(text):
    assert subtypes(text) == [], subtypes(text)


def test_an_arrest_for_an_ordinary_crime_is_no_development():
    assert "Arrests" not in subtypes("Police arrested a man for robbing a bank in Velta.")
    assert "Arrests" not in subtypes("Police detained three drug dealers in Marsk.")
    got = subtypes("Police arrested the opposition leader in Velta.")
    assert got and got[0] == "Arrests", got


@pytest.mark.parametrize("text", [
    # force told as a noun done by the authorities, or as violent, is not the demonstrators' violence
    "At least ten people died in the violent crackdown on protesters in Velta.",
    "Police violence against peaceful demonstrators left three people dead in Marsk.",
    # a demonstration as the target of the force used on it
    "Gunmen opened fire on a peaceful march in Qarsa, wounding six.",
    "Pro-government thugs attacked a peaceful rally with knives in Tolma, wounding 12.",
])
def test_force_on_demonstrators_told_in_other_ways(text):
    got = subtypes(text)
    assert got and got[0] == "Excessive force against protesters", got


def test_violence_by_demonstrators_stays_a_riot():
    got = subtypes("Protesters threw stones at police and burned tyres in Velta.")
    assert got and got[0] == "Violent demonstration", got
    # a gathering of armed men attacked is no demonstration
    assert "Excessive force against protesters" not in subtypes(
        "A gathering of soldiers was attacked with a grenade in Marsk, killing two.")


@pytest.mark.parametrize("text, expected", [
    ("The army seized back control of the town of Velta.", "Government regains territory"),
    ("Troops dislodged the militants from the town of Marsk.", "Government regains territory"),
    ("Government forces ousted the rebels from the village of Qarsa.", "Government regains territory"),
])
def test_territory_retaken_in_other_words(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_ousting_a_president_stays_a_coup():
    got = subtypes("The army ousted the president in Velta on Tuesday.")
    assert got and got[0] == "Other", got


def test_a_place_entered_as_the_other_side_withdraws_is_a_transfer():
    got = subtypes("Military police entered the town of Velta after the rebels withdrew under a deal.")
    assert got and got[0] == "Non-violent transfer of territory", got
    # entering with no withdrawal told is no transfer
    assert "Non-violent transfer of territory" not in subtypes("Troops entered the town of Marsk on Monday.")


def test_a_place_fallen_into_the_hands_of_a_group():
    got = subtypes("The district headquarters in the town of Velta fell into the hands of the rebels.")
    assert got and got[0] == "Non-state actor overtakes territory", got


@pytest.mark.parametrize("text, expected", [
    # one side's weapon names a one-sided attack
    ("Militants ambushed an army convoy with a roadside bomb near the town of Velta.", "Remote explosive/landmine/IED"),
    # two sides fighting, with an explosion in the fight, stay a battle
    ("Soldiers clashed with militants near the town of Marsk, and a mortar shell hit a house.", "Armed clash"),
])
def test_one_sided_attack_words_yield_to_the_weapon(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_the_toll_of_an_attributed_event_is_no_violence_here():
    text = ("The group claimed responsibility for a car bomb in the city of Velta on Friday that killed eight "
            "people and wounded more than 100, the agency reported.")
    assert subtypes(text) == [], subtypes(text)
    # killing told beside an event told as earlier is still violence of this sentence
    got = subtypes("After the bombing in Velta, gunmen killed two villagers in Marsk.")
    assert "Attack" in got, got


def test_a_perfect_epistemic_modal_tells_a_past_event():
    got = subtypes("Police said the bomb may have been planted by militants near the market in Velta on Monday.")
    assert got and got[0] == "Remote explosive/landmine/IED", got
    # a counterfactual did not happen, nor did what will happen
    assert subtypes("The bomb could have killed hundreds of people in Marsk, police said.") == []
    assert "Peaceful protest" not in subtypes("Teachers will protest in Qarsa next week.")


@pytest.mark.parametrize("text, expected", [
    ("Two women were stripped naked and paraded through the village of Velta by militiamen.", "Sexual violence"),
    ("Militants forcibly married dozens of girls in the town of Marsk.", "Sexual violence"),
    ("Government forces used nerve gas against the town of Qarsa.", "Chemical weapon"),
    ("A gas attack on the town of Tolma killed 40 people, rescuers said.", "Chemical weapon"),
    ("Three soldiers were killed when their truck hit an anti-tank mine near the town of Velta.",
     "Remote explosive/landmine/IED"),
])
def test_other_words_for_sexual_violence_chemicals_and_mines(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_tear_gas_is_no_chemical_weapon():
    assert "Chemical weapon" not in subtypes("Police fired tear gas at protesters in the town of Velta.")


@pytest.mark.parametrize("text, expected", [
    # a relative of an armed man is unarmed
    ("Gunmen shot dead the wife of a police officer in the town of Velta.", "Attack"),
    # an armed man is not
    ("Gunmen shot dead a police officer at a checkpoint in the town of Marsk.", "Armed clash"),
])
def test_the_target_is_the_person_its_head_noun_names(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_a_device_found_is_disrupted_even_when_people_are_killed_nearby():
    got = subtypes("Security forces killed a militant and defused the explosive device he had planted in Velta.")
    assert "Remote explosive/landmine/IED" not in got and "Disrupted weapons use" in got, got
    # an explosion that went off stays
    got = subtypes("A bomb exploded in the market of Marsk, killing three; police defused a second bomb nearby.")
    assert "Remote explosive/landmine/IED" in got, got


def test_a_device_found_in_one_sentence_disrupts_a_harmless_explosion_told_in_another():
    got = report_labels("Police found a bomb under a car in the town of Velta. The device was detonated in a "
                        "field nearby.")
    assert got and set(got) == {"Disrupted weapons use"}, got


@pytest.mark.parametrize("text", [
    "Two protesters were killed when the demonstrators were violently dispersed by troops in Velta.",
    "The violence against the protesters in Marsk left three people dead and dozens injured.",
    "Several protesters suffered burns and one died after police fired at the march in Qarsa.",
])
def test_violence_done_to_demonstrators_is_not_theirs(text):
    got = subtypes(text)
    assert got and got[0] == "Excessive force against protesters", got


def test_a_place_taken_after_shelling_was_taken_through_violence():
    got = subtypes("Government forces recaptured the town of Velta after heavy shelling, as the rebels withdrew.")
    assert got and got[0] == "Government regains territory", got
    # taken with no violence told, it is a transfer
    got = subtypes("Government forces took over the town of Velta after the rebels withdrew.")
    assert got and got[0] == "Non-violent transfer of territory", got


@pytest.mark.parametrize("text", [
    "The army set up an observation point near the town of Velta.",
    "The militants established bunkers and trenches on the outskirts of the town of Marsk.",
])
def test_installations_set_up_are_bases(text):
    got = subtypes(text)
    assert got and got[0] == "Headquarters or base established", got


@pytest.mark.parametrize("text, expected", [
    ("Settlers uprooted 300 olive trees in the village of Velta.", "Looting/property destruction"),
    ("Students burnt an effigy of the chief minister in Marsk on Monday.", "Peaceful protest"),
    ("Party workers showed black flags to the minister's convoy in Qarsa.", "Peaceful protest"),
])
def test_property_destroyed_and_protests_in_regional_words(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


def test_uprooted_families_are_no_property_destruction():
    assert "Looting/property destruction" not in subtypes("Floods uprooted thousands of families in Velta.")


def test_a_trigger_word_qualifying_a_noun_of_violence_names_an_event():
    got = subtypes("A mob killing of two suspected thieves was reported in the village of Velta.")
    assert got and got[0] == "Mob violence", got
    # of a noun that is not violence it names a thing
    assert "Violent demonstration" not in subtypes("Riot police patrolled the streets of Marsk.")


@pytest.mark.parametrize("text", [
    "Police thrashed the protesters with sticks in Velta, leaving several unconscious.",
    "A police truck ran over two demonstrators during the protest in Marsk.",
])
def test_serious_harm_to_demonstrators_in_other_words(text):
    got = subtypes(text)
    assert got and got[0] == "Excessive force against protesters", got


def test_words_of_sport_are_no_harm_at_a_protest():
    got = subtypes("Thousands of people kicked off the protest outside the football club in Velta.")
    assert got and got[0] == "Peaceful protest", got


def test_sexual_violence_in_legal_words():
    got = subtypes("A soldier was charged after he had carnal knowledge of a girl in the village of Velta.")
    assert got and got[0] == "Sexual violence", got


def test_armed_men_leaving_a_place_is_a_transfer():
    got = subtypes("The rebels left the town of Velta under an evacuation deal.")
    assert got and got[0] == "Non-violent transfer of territory", got
    # both conditions must hold: civilians leaving a town, or rebels leaving a meeting, are no transfer
    assert "Non-violent transfer of territory" not in subtypes("Thousands of residents left the town of Velta.")
    assert "Non-violent transfer of territory" not in subtypes("The rebels left the peace talks on Monday.")
    # men who killed there did not give the place up without violence
    got = subtypes("The attackers killed three people and left the area on motorbikes.")
    assert got and got[0] == "Attack", got
