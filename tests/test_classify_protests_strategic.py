"""Issue #4, group B (protests, riots, strategic developments): codebook rules stated as word
families and syntax, checked on invented sentences (no dataset text)."""
from __future__ import annotations

import pytest

from classify_helpers import subtypes


@pytest.mark.parametrize("text", [
    # a coup named as known already is no event of the report (codebook: Other is the coup itself)
    "Velta coup: the union slaps sanctions on army leaders.",
    "Opponents of the military coup in Velta say the junta must release the elected leaders.",
    "The military coup in Marsk has sparked widespread condemnation.",
    "The coup leader met the foreign envoy in Qarsa on Tuesday.",
    "A year after the coup, the economy of Tolma is in ruins.",
])
def test_a_coup_only_named_is_no_event(text):
    assert "Other" not in subtypes(text)


@pytest.mark.parametrize("text", [
    "The army staged a coup in Velta on Tuesday.",
    "The military seized power in a coup in Marsk on Monday.",
    "There was a military coup in Qarsa on Wednesday.",
    "A military coup toppled the president of Tolma on Sunday.",
    "The president was ousted in a coup by army officers in Orvan on Monday.",
])
def test_a_coup_told_as_happening_is_other(text):
    got = subtypes(text)
    assert got and got[0] == "Other", got


@pytest.mark.parametrize("text", [
    # the main verb hung by the parser from the last noun of a long subject names the demonstrators
    "Thousands of opponents of the March 3 palace coup gathered in Velta on Saturday.",
])
def test_demonstrators_of_a_long_subject(text):
    got = subtypes(text)
    assert got and got[0] == "Peaceful protest", got


def test_a_passive_with_its_agent_names_no_demonstrators():
    assert "Violent demonstration" not in subtypes("Hundreds of roads blocked by snow in the hills above Marsk.")


@pytest.mark.parametrize("text", [
    # harm or arrests told of an earlier day are what the protest is about, not force used on it
    "Protesters gathered in Velta to mourn those killed by security forces last week.",
    "Some 80 residents demonstrated in Marsk on Tuesday, where 19 people were killed in unrest last March.",
    # (a strike with a public gathering: a strike alone is no demonstration, spec §2.2)
    "Three opposition parties called a general strike and held a march that closed Qarsa, protesting the arrest of their activists the week before.",
    "Thousands marched in Tolma on Sunday, defiant after the movement's darkest hour on Saturday, when soldiers "
    "opened fire on a sit-in, killing two students.",
])
def test_earlier_force_is_what_a_protest_is_about(text):
    got = subtypes(text)
    assert got and got[0] == "Peaceful protest", got


@pytest.mark.parametrize("text, expected", [
    # force told on the protest's own day stays force used on it
    ("Police shot dead two demonstrators during a rally against fuel prices in Velta last week.",
     "Excessive force against protesters"),
    ("Police arrested 30 protesters who gathered outside the parliament in Marsk.", "Protest with intervention"),
    ("Security forces opened fire on protesters in Qarsa on Monday, killing three.", "Excessive force against protesters"),
])
def test_force_on_the_day_stays_force(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text", [
    # violence aimed at the demonstrators, or done by men described as armed, is force used on them
    # (codebook: Excessive force covers state and non-state attackers)
    "Armed men attacked protesters at the sit-in in Velta, killing five.",
    "Gunmen attacked the demonstrators in Marsk's central square, wounding twelve.",
])
def test_violence_aimed_at_demonstrators_is_force_on_them(text):
    got = subtypes(text)
    assert got and got[0] == "Excessive force against protesters", got


@pytest.mark.parametrize("text", [
    # the demonstrators' own violence stays a violent demonstration
    "Protesters attacked a police station in Velta during a march against the new tax.",
    "Demonstrators threw stones at police in Marsk, who responded with tear gas.",
])
def test_demonstrators_violence_stays_a_riot(text):
    got = subtypes(text)
    assert got and got[0] == "Violent demonstration", got


def test_a_demonstration_named_as_what_is_staged_in_any_form():
    # the lemmatiser reads "was staged" as "stag": the verb is matched in all its forms
    got = subtypes("A rally was staged in Velta to condemn the drone strike that killed 10 civilians.")
    assert got and got[0] == "Peaceful protest", got


def test_screen_sees_a_crowd_three_words_before_its_verb():
    from conflictlens.events.screen import default_screen
    screen = default_screen()
    assert screen.may_hold_event("Thousands of angry local farmers demonstrated in Velta on Sunday.")
    assert not screen.may_hold_event("Thousands of fans at the new stadium in Velta cheered as the team "
                                     "demonstrated its speed.")


@pytest.mark.parametrize("text, expected", [
    # a crowd named by its cause is demonstrating; fire opened on it is force used on a demonstration
    ("Police opened fire on anti-coup crowds in Velta on Sunday, killing at least 18 people.",
     "Excessive force against protesters"),
    ("Pro-democracy crowds gathered outside the parliament in Marsk on Monday.", "Peaceful protest"),
])
def test_a_crowd_named_by_its_cause_demonstrates(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text", [
    "A large crowd watched the football final in Velta on Sunday.",
    "Anti-aircraft guns were moved to the hills above Qarsa.",
])
def test_a_crowd_with_no_cause_or_an_anti_word_alone_is_no_demonstration(text):
    assert "Peaceful protest" not in subtypes(text)


@pytest.mark.parametrize("text", [
    # a demonstration named as the setting of arrests, though dated by a possessive, is the one stopped
    "Police detained more than 100 people at Sunday's opposition march in Velta.",
    # a march blocked was under way
    "Riot police blocked the march and arrested several of its organisers in Marsk.",
    # a demonstration broken up, then people arrested: the intervention told in two clauses
    "Several people were arrested after police broke up an unauthorised protest in Qarsa.",
])
def test_arrests_of_a_demonstration_stopped_are_its_intervention(text):
    got = subtypes(text)
    assert got and got[0] == "Protest with intervention", got


def test_a_demonstration_dated_by_a_possessive_as_the_setting_is_the_event():
    # "during Sunday's protest": the setting of what happened, on its day, not an earlier event
    # (the arrests above are typed so by other rules too; here only the setting keeps the demonstration)
    got = subtypes("Looters ransacked shops during Sunday's protest in Velta.")
    assert got and got[0] == "Violent demonstration", got


@pytest.mark.parametrize("text", [
    # arrests after a demonstration that nobody stopped stay arrests
    "The opposition leader was arrested in Velta after he attended a protest last month.",
    "Police arrested five men in Marsk after Sunday's rally.",
])
def test_arrests_after_an_unhindered_demonstration_stay_arrests(text):
    got = subtypes(text)
    assert got and got[0] == "Arrests", got


@pytest.mark.parametrize("text", [
    # relief and public-health measures are no security measures of political violence
    "The army mobilised units to rescue families cut off in the flood-hit villages near Velta.",
    "The government imposed a curfew in Marsk to curb the spread of the coronavirus.",
    "Soldiers were deployed to Qarsa to help residents after the earthquake.",
])
def test_measures_against_disasters_or_epidemics_are_no_development(text):
    assert "Change to group/activity" not in subtypes(text)


@pytest.mark.parametrize("text", [
    "Police imposed a curfew in Tolma after two nights of rioting.",
    "The army deployed additional troops to the border district of Orvan on Friday.",
    # a disaster told beside violence does not make the security measure a relief effort
    "A curfew was imposed in Velta after the floods and clashes between rival youths.",
])
def test_security_measures_stay_developments(text):
    assert "Change to group/activity" in subtypes(text)


@pytest.mark.parametrize("text", [
    # a state's protest is diplomacy, not a demonstration
    "Velta recalled its ambassador from Marsk in protest at the minister's statements.",
    "The foreign ministry of Qarsa protested the decision to close the consulate.",
    # an arrest of common criminals is no political arrest
    "Police arrested a gang of car thieves in Velta on Monday.",
    "Police seized 200 kg of heroin from a truck in Marsk and arrested its driver.",
    # people evacuated from an industrial fire, people killed by a leak: mishaps
    "Hundreds of people were evacuated after a fire at a chemical warehouse in Tolma.",
    "A chemical leak at a plant in Orvan killed 11 people and forced the evacuation of nearby villages.",
])
def test_diplomacy_crime_and_mishaps_are_no_event(text):
    assert subtypes(text) == [], subtypes(text)


@pytest.mark.parametrize("text, expected", [
    # demonstrators' protest and political arrests stay events
    ("Residents of Velta protested the closure of the clinic outside the town hall.", "Peaceful protest"),
    ("Police arrested the opposition leader in Marsk on Monday.", "Arrests"),
    ("Government troops evacuated their positions in Qarsa and rebels entered the town unopposed.",
     "Non-violent transfer of territory"),
])
def test_demonstrations_arrests_and_transfers_stay_events(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text", [
    # an aircraft that crashes kills by mishap, not by a strike
    "A military plane crashed near Velta, killing all 12 soldiers on board.",
    "An army helicopter crashed in bad weather near Marsk, killing two pilots.",
    # arrests of gang members and kidnappers for money are arrests of common criminals
    "The suspected kidnappers of the two engineers were arrested in Qarsa.",
    "Police arrested five members of a car theft syndicate in Tolma.",
])
def test_crashes_and_arrests_of_gangs_are_no_event(text):
    assert subtypes(text) == [], subtypes(text)


@pytest.mark.parametrize("text, expected", [
    ("Military aircraft bombed rebel positions near Velta, killing 12 fighters.", "Air/drone strike"),
    ("Police arrested two suspected members of the rebel movement in Marsk.", "Arrests"),
])
def test_strikes_and_political_arrests_stay_events(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text", [
    # a riot word negated by its own affix names no violence
    "Activists held a non-violent sit-in outside the governor's office in Velta.",
    "Students staged a violence-free march through Marsk on Friday.",
    # what the victims mourned suffered is the topic of a vigil, not its harm
    "Hundreds of people held a vigil in Qarsa for the victims of the mosque attacks, calling for gun control.",
])
def test_negated_or_mourned_violence_leaves_a_peaceful_protest(text):
    got = subtypes(text)
    assert got and got[0] == "Peaceful protest", got


@pytest.mark.parametrize("text", [
    # a formal complaint, an act of one doer, a walkout inside parliament: no demonstration (codebook)
    "The team filed a protest with the league over the referee's decision in Velta.",
    "The opposition walked out of parliament in Marsk in protest at the budget.",
    "A man set himself on fire outside the parliament in Qarsa in protest at unemployment.",
])
def test_a_complaint_or_one_doers_act_is_no_demonstration(text):
    assert subtypes(text) == [], subtypes(text)


@pytest.mark.parametrize("text", [
    "Traders shut their shops in Velta in protest against the new tax.",
    "Students and teachers boycotted classes in Marsk in protest at the arrest of a lecturer.",
    "Demonstrators threw stones at police in Qarsa after a violent night.",
])
def test_a_crowds_protest_stays_a_demonstration(text):
    got = subtypes(text)
    assert got and got[0] in ("Peaceful protest", "Violent demonstration"), got


@pytest.mark.parametrize("text, expected", [
    # people forced out of or leaving their homes are displaced (codebook: Other)
    ("Hundreds of families were forced out of their villages by the fighting in Velta.", "Other"),
    ("About 3,000 residents left their homes in Marsk after attacks by the militia.", "Other"),
    # an armed group named by its name is an armed doer
    ("The Islamic State announced the formation of a new province in Qarsa.", "Change to group/activity"),
    ("Al-Shabaab militants destroyed a telecommunication mast in Tolma.", "Looting/property destruction"),
    # a bomber named as stopped before the attack: the attack was disrupted
    ("A would-be suicide bomber was shot dead before he could detonate his vest in Orvan.", "Disrupted weapons use"),
])
def test_displacement_named_groups_and_stopped_bombers(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text", [
    # people or goods handed over are no territory; a jail named as a place is no arrest
    "A charity handed over two truckloads of vaccines to the district hospital in Velta.",
    "The minister left his home in Marsk for the airport on Monday.",
])
def test_handovers_of_goods_and_leaving_home_alone_are_no_event(text):
    got = subtypes(text)
    assert "Non-violent transfer of territory" not in got and "Other" not in got, got


def test_a_jail_named_as_a_place_is_no_arrest():
    got = subtypes("Dozens of prisoners broke out of the jail in Velta during the attack.")
    assert "Arrests" not in got, got


def test_screen_sees_an_armed_group_by_its_name():
    from conflictlens.events.screen import default_screen
    assert default_screen().may_hold_event("The Islamic State announced the formation of a new province.")
    assert not default_screen().may_hold_event("The company announced the formation of a new subsidiary.")


@pytest.mark.parametrize("text", [
    "The farmers' stir against the farm laws entered its 50th day at the border near Velta.",
    # a riot word naming the kind of demonstration is no violence
    "Students held a torch rally in Marsk on Friday evening.",
])
def test_protest_campaigns_and_torch_rallies_are_peaceful(text):
    got = subtypes(text)
    assert got and got[0] == "Peaceful protest", got


def test_a_decision_that_stirs_anger_is_no_protest():
    assert "Peaceful protest" not in subtypes("The decision stirred anger among traders in Velta.")


def test_a_demonstration_attempted_and_met_with_force_is_an_intervention():
    got = subtypes("Riot police dispersed activists who attempted to march to the parliament in Velta.")
    assert got and got[0] == "Protest with intervention", got


def test_a_demonstration_only_attempted_is_no_event():
    assert subtypes("The activists tried to hold a rally in Velta but called it off because of the rain.") == []


def test_a_tickers_acronym_in_a_capitalised_headline_names_no_armed_group():
    assert subtypes("TARSA MACHINE WORKS <TMW> SETS VELTA PACT") == []


def test_a_market_rally_is_no_demonstration():
    assert "Peaceful protest" not in subtypes("The carmaker staged an explosive rally on Wall Street as its shares rose.")


def test_a_rally_staged_by_supporters_stays_a_demonstration():
    got = subtypes("Opposition supporters staged a rally in Velta on Saturday.")
    assert got and got[0] == "Peaceful protest", got


@pytest.mark.parametrize("text", [
    "Soldiers fired into the crowd of protesters at the toll gate in Velta, in what witnesses called a massacre.",
    "Snipers targeted protesters in the central square of Marsk, killing three.",
    "Two protesters were martyred when security forces fired on a demonstration in Qarsa.",
    "Police gunned down four demonstrators in Tolma on Friday.",
])
def test_force_on_demonstrators_in_other_words(text):
    got = subtypes(text)
    assert got and got[0] == "Excessive force against protesters", got


@pytest.mark.parametrize("text", [
    "Thousands rallied in Velta on Martyrs' Day to demand jobs.",
    "Thousands rallied in Marsk to mourn the protesters slain by soldiers in March, demanding justice.",
])
def test_remembered_killings_leave_a_peaceful_protest(text):
    got = subtypes(text)
    assert got and got[0] == "Peaceful protest", got


@pytest.mark.parametrize("text, expected", [
    ("Gunmen opened fire on mourners at a funeral in Velta, killing six.", "Attack"),
    ("A suicide bomber blew himself up at a funeral in Marsk, killing 15 mourners.", "Suicide bomb"),
    ("Soldiers shot dead two men on their way to a funeral in Qarsa.", "Attack"),
])
def test_other_violence_at_funerals_keeps_its_type(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text, expected", [
    # a coup stopped is a coup told (codebook: Other), a bomb attack stopped a disrupted weapon's use
    ("A coup attempt was foiled in Velta on Tuesday, the army said.", "Other"),
    ("The army said it had thwarted a coup attempt in Marsk on Tuesday.", "Other"),
    ("Police foiled a bomb attack on a church in Qarsa.", "Disrupted weapons use"),
])
def test_what_was_foiled_decides_the_development(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text", [
    # a clause describing the doer, or a weapon word naming what a business makes, is no armed party
    "Carriers acquiring aircraft have used leasing deals in the past, brokers noted.",
    "Aircraft manufacturers agreed a deal with the airline to supply 40 jets.",
])
def test_business_deals_with_weapon_words_are_no_agreement(text):
    assert "Agreement" not in subtypes(text)


@pytest.mark.parametrize("text", [
    "Militia leaders agreed a deal with the army to end the fighting in Beni.",
    "Soldiers who had mutinied agreed a deal with the government in Bouake.",
])
def test_armed_parties_agreeing_a_deal_stay_agreement(text):
    assert subtypes(text) == ["Agreement"]


@pytest.mark.parametrize("text", [
    # a disaster told first, the measures answering it next: relief, not a security measure
    "Wildfires have burnt thousands of hectares near Velta since Sunday. "
    "The government declared a state of emergency and deployed troops to the area.",
    "Heavy floods swept through villages in the Marsk valley on Monday. Soldiers were deployed to the region on Tuesday.",
    "A cholera outbreak has killed 40 people in Qarsa province. Authorities imposed a curfew in the city on Friday.",
])
def test_measures_after_a_disaster_told_before_are_no_security_measure(text):
    assert "Change to group/activity" not in subtypes(text)


@pytest.mark.parametrize("text", [
    "Gunmen killed 40 people in Qarsa province on Thursday. Authorities imposed a curfew in the city on Friday.",
    "Floods and clashes between soldiers and rebels hit Marsk on Monday. "
    "The government deployed troops to the region on Tuesday.",
    "Heavy floods swept through villages in the Marsk valley on Monday.\n\n"
    "The government imposed a curfew in Velta on Tuesday after rebels attacked a checkpoint.",
])
def test_measures_after_violence_stay_security_measures(text):
    assert "Change to group/activity" in subtypes(text)


@pytest.mark.parametrize("text", [
    # flight told as the purpose of a move already made, or as refugees arriving (codebook: Other,
    # people displaced by fighting); the fighting they fled is its cause, not a clash told here
    "More than 3,000 refugees crossed into Chad on Monday to escape the fighting in Darfur.",
    "Families have left their villages in Ituri to escape the attacks by militias.",
    "Some 12,000 refugees have arrived in Velta since the fighting began in March, the UN said.",
])
def test_refugees_crossing_or_arriving_are_displaced(text):
    assert subtypes(text) == ["Other"]


@pytest.mark.parametrize("text", [
    "Some 12,000 tourists have arrived in Velta since the festival began in March.",
    "Thousands of migrants crossed the border to look for work in the mines.",
    "The inmates tried to escape the prison on Monday.",
])
def test_arrivals_and_crossings_of_others_are_no_displacement(text):
    assert "Other" not in subtypes(text)


@pytest.mark.parametrize("text, expected", [
    # prisoners rioting are a disorderly crowd outside any demonstration (codebook: Mob violence) ...
    ("Prisoners rioted at Velta central prison on Sunday, setting fire to mattresses.", "Mob violence"),
    ("A prison riot broke out in Marsk on Monday, leaving three inmates dead.", "Mob violence"),
    ("Inmates rioted in the Qarsa jail after a fight between rival gangs.", "Mob violence"),
    # ... unless they riot over their demands, a demonstration turned violent
    ("Inmates protesting over overcrowding rioted at Velta prison, burning mattresses.", "Violent demonstration"),
    ("Students rioted in Velta on Monday, burning tyres.", "Violent demonstration"),
    ("Dozens of prisoners escaped from Marsk prison on Monday.", "Other"),
])
def test_prison_riots_are_mob_violence(text, expected):
    got = subtypes(text)
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text, disaster", [
    # fires told as driven by the weather are a natural disaster, not arson
    ("Fanned by high winds, dozens of fires are burning across the hills of Velta. "
     "The governor declared a state of emergency on Friday.", True),
    ("Rebels set fire to the market in Marsk on Thursday. The governor declared a state of emergency on Friday.", False),
])
def test_wind_driven_fires_are_a_disaster(text, disaster):
    assert ("Change to group/activity" not in subtypes(text)) == disaster


@pytest.mark.parametrize("text, expected", [
    # a word in angle brackets is a stock symbol in wire copy, not a mob
    ("HALDEN <MOB> UNIT TO BUILD NEW REFINERY", []),
    ("Three refiners -- Norvik Oil <NVK>, Halden Petroleum <MOB>, Tarsa Gas <TRS> -- cut prices.", []),
    ("A mob attacked the police station in Velta on Monday.", ["Mob violence"]),
    # the noun 'defect' is a flaw; defection is told by the verb
    ("Lawsuits alleged that the drug caused birth defects, a company spokesman said.", []),
    ("Two hundred soldiers defected to the rebels in Velta on Monday.", ["Change to group/activity"]),
])
def test_tickers_and_flaws_are_no_events(text, expected):
    assert subtypes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a mine named by what is dug from it is a pit, not a weapon found
    ("The company operates the richest gold mine located in Amapa state, the statement said.", []),
    ("Police located a landmine near the market in Marsk.", ["Disrupted weapons use"]),
    ("Troops located two mines near the bridge in Qarsa on Monday.", ["Disrupted weapons use"]),
])
def test_a_gold_mine_is_no_weapon(text, expected):
    assert subtypes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # something other than a presence taken back (a nomination, a recommendation) is no withdrawal from a place
    ("The senator withdrew his nomination for the post in Washington on Monday.", []),
    ("The board withdrew a recommendation to accept a cash offer from Norfolk Southern Corp.", []),
    ("The army withdrew its troops from Velta on Monday.", ["Non-violent transfer of territory"]),
    ("Rebels withdrew from the town of Marsk on Sunday.", ["Non-violent transfer of territory"]),
])
def test_withdrawing_a_nomination_is_no_transfer(text, expected):
    assert subtypes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people arrested and charged with a common crime: no politically significant arrest
    ("The manager has been arrested by police in Velta and charged with grand theft and embezzlement.", []),
    ("Police arrested the former bank clerk in Marsk and charged him with fraud.", []),
    ("Police arrested the opposition leader in Marsk and charged him with treason.", ["Arrests"]),
])
def test_arrests_charged_with_a_common_crime_are_no_political_arrests(text, expected):
    assert subtypes(text) == expected


def test_armed_prisoners_revolting_are_no_mob():
    # inmates who seize weapons in a riot are armed, not a disorderly crowd: the revolt stays a development
    got = subtypes("A prison riot broke out in Velta as the prisoners seized weapons from the armory "
                   "and took control of the jail.")
    assert "Mob violence" not in got and "Other" in got, got


def test_prisoners_rioting_reported_by_police_stay_a_mob():
    got = subtypes("Prisoners rioted at Velta jail on Monday, setting fire to mattresses, police sources said.")
    assert got and got[0] == "Mob violence", got


@pytest.mark.parametrize("text, expected", [
    # an editor's insertion in square brackets must not cut the verb from its place
    ("Government forces withdrew today [Sunday] from the Qaim crossing, allowing the militants to take it.",
     ["Non-violent transfer of territory"]),
    ("Rebel fighters withdrew yesterday [Monday] from the town of Marsk.", ["Non-violent transfer of territory"]),
    ("The senator withdrew today [Sunday] his nomination for the post.", []),
])
def test_a_bracketed_insertion_keeps_the_withdrawal_whole(text, expected):
    assert subtypes(text) == expected


def test_prepared_text_keeps_its_length_with_brackets_read_as_an_aside():
    from conflictlens.nlp import prepare_text
    text = "Forces withdrew today [Sunday] from the town.\n[text] Rebels [of the front] entered it."
    prepared = prepare_text(text)
    assert len(prepared) == len(text)
    assert "(Sunday)" in prepared and "(of the front)" in prepared


@pytest.mark.parametrize("text, expected", [
    # an armed word used of a party or a company names no armed men: no agreement between armed actors
    ("Leaders of the five coalition parties in Velta have agreed to meet today to settle their differences.", []),
    ("Officers and directors of the firm, who hold 9 pct of its shares, have agreed to back the takeover.", []),
    ("The coalition forces and the rebels agreed to a ceasefire in Marsk on Monday.", ["Agreement"]),
    ("Army officers and rebel commanders agreed to a ceasefire in Marsk on Monday.", ["Agreement"]),
])
def test_armed_words_in_a_civil_sense_name_no_armed_party(text, expected):
    assert subtypes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a decision prepares ("sets the stage for", "paves the way for") is to come, not told as done
    ("Ministers want wage increases held to four percent, setting the stage for clashes with the unions.", []),
    ("The decision paves the way for clashes with the unions this spring.", []),
    ("Soldiers clashed with rebels on the way to Velta on Monday.", ["Armed clash"]),
    ("The final stage of the clashes between the army and the rebels left ten dead in Velta on Monday.",
     ["Armed clash"]),  # (a stage "of" the clashes, not one "for" them)
])
def test_clashes_a_decision_prepares_are_not_told_as_done(text, expected):
    got = subtypes(text)
    assert got[:1] == expected, got
