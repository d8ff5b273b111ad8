"""The coder's general rules, one sentence each (written for these tests; the gold set in
tests/gold measures them at scale)."""
from __future__ import annotations

from conftest import dyads


def test_a_demand_targets_the_clause_it_governs_and_codes_nothing_else(code):
    events = code("Russia demanded that Ukraine withdraw its troops from four regions.")
    assert dyads(events) == {("RUS", "UKR", "REQUEST")}


def test_a_promise_of_force_is_a_threat_and_a_promise_to_stop_is_not(code):
    assert dyads(code("The Houthis vowed to keep attacking ships linked to Israel.")) == {("YEM", "ISR", "THREATEN")}
    stop = code("Russia and Ukraine agreed to stop attacking each other's ships.")
    assert {e.plover["type"] for e in stop} == {"RETREAT"}


def test_unnamed_actors_take_the_country_where_the_sentence_puts_them(code):
    events = code("Gunmen killed 12 villagers in an attack in northwest Nigeria.")
    assert {(e.source.code, e.target.code) for e in events} == {("NGAREB", "NGACVL")}


def test_the_two_countries_are_the_pair_named_before(code):
    events = code("Ethiopia and Eritrea traded accusations on Monday. The two countries fought a border war in 1998.")
    war = [e for e in events if e.plover["type"] == "ASSAULT"]
    assert {frozenset((e.source.country, e.target.country)) for e in war} == {frozenset(("ETH", "ERI"))}
    assert all(e.modality == "historical" and e.date == "1998" for e in war)


def test_a_reaction_to_an_event_told_before_targets_its_author(code):
    events = code("American and British warplanes struck Houthi targets in Yemen. Iran condemned the strikes.")
    condemned = {e.target.country for e in events if e.plover["type"] == "ACCUSE"}
    assert condemned == {"USA", "GBR"}


def test_a_mediator_acts_between_the_sides_named_before(code):
    events = code("A ceasefire between Israel and Hamas took effect on Sunday. "
                  "The truce, brokered by Qatar and Egypt, calls for a pause in fighting.")
    mediated = {(e.source.country, e.target.country) for e in events if e.cameo == "045"}
    assert mediated == {("QAT", "ISR"), ("QAT", "PSE"), ("EGY", "ISR"), ("EGY", "PSE")}


def test_missiles_fired_at_a_country_are_an_attack_and_into_the_sea_a_show_of_force(code):
    assert dyads(code("Iran fired about 180 ballistic missiles at Israel on Tuesday.")) == {("IRN", "ISR", "ASSAULT")}
    assert dyads(code("North Korea fired two ballistic missiles into the sea on Tuesday.")) == {("PRK", None, "MOBILIZE")}


def test_a_visit_is_located_at_its_destination_and_a_vague_date_is_read_to_its_comma(code):
    (visit,) = code("Modi visited Kyiv on Friday, the first trip by an Indian prime minister to Ukraine.", "2024-08-24")
    assert (visit.target.country, visit.location.name, visit.date) == ("UKR", "Kyiv", "2024-08-23")
    (left,) = code("The last French troops left Chad on Friday, ending decades of military presence.", "2025-02-01")
    assert left.date == "2025-01-31"


def test_a_verdict_is_a_rebuke_and_a_reference_finds_its_author(code):
    events = code("The United States and Britain said they would impose new sanctions. Moscow called the measures illegal.")
    rebukes = {(e.source.country, e.target.country) for e in events if e.plover["type"] == "ACCUSE"}
    assert rebukes == {("RUS", "USA"), ("RUS", "GBR")}
    dismissed = code("Russia accused Estonia of harassing its ships. Estonia dismissed the accusations as absurd.")
    assert ("EST", "RUS", "REJECT") in dyads(dismissed)


def test_an_attack_or_concession_naming_no_one_is_done_at_home(code):
    shelled = code("Myanmar's army shelled a monastery in the Sagaing region, killing 20 people.")
    assert {(e.source.code, e.target.code) for e in shelled} == {("MMRMIL", "MMRCVL")}
    scrapped = code("The Bolivian government scrapped a fuel price increase after days of road blockades.")
    assert dyads(scrapped) == {("BOL", "BOL", "CONCEDE")}


def test_a_withdrawal_from_a_border_targets_the_neighbour_not_the_troops(code):
    events = code("Kenya's army pulled its soldiers back from the border with Somalia.")
    assert dyads(events) == {("KEN", "SOM", "RETREAT")}


def test_an_investigation_naming_no_one_concerns_the_other_country_named(code):
    events = code("The Dutch regulator began an investigation into whether Russian hackers breached the ministry.")
    assert dyads(events) == {("NLD", "RUS", "ACCUSE")}


def test_unnamed_people_in_a_threat_belong_to_the_other_country_named(code):
    events = code("Hamas threatened to delay the release of the remaining hostages, accusing Israel of breaking the truce.")
    threats = [e for e in events if e.plover["type"] == "THREATEN"]
    assert [(e.source.country, e.target.code) for e in threats] == [("PSE", "ISRCVL")]


def test_its_in_an_intrusion_is_the_state_intruded_on(code):
    events = code("Japan scrambled fighter jets after Chinese and Russian bombers entered its air defense zone.")
    intrusions = {(e.source.country, e.target.country if e.target else None) for e in events if e.cameo == "150"}
    assert intrusions == {("CHN", "JPN"), ("RUS", "JPN")}


def test_sympathy_after_an_attack_names_its_victim(code):
    events = code("Germany's chancellor expressed solidarity with Poland after the Russian drone attack.")
    attacks = [e for e in events if e.plover["type"] == "ASSAULT"]
    assert [(e.source.country, e.target.country) for e in attacks] == [("RUS", "POL")]


def test_a_region_of_the_americas_is_not_the_united_states(code):
    events = code("Farmers drove tractors into Paris to protest against a trade deal with Latin American countries.")
    assert {e.source.country for e in events} == {"FRA"}


def test_a_participle_with_an_agent_is_done_by_the_agent_to_its_noun(code):
    events = code("The Taliban freed two American hostages in exchange for Afghan prisoners released by Washington.")
    assert {("AFG", "USA"), ("USA", "AFG")} <= {(e.source.country, e.target.country) for e in events
                                                 if e.plover["type"] == "RETREAT"}


def test_money_put_into_a_country_targets_it(code):
    assert dyads(code("Qatar pledged to invest $10 billion in Egypt.")) == {("QAT", "EGY", "AGREE")}


def test_a_promise_not_to_use_force_is_no_threat(code):
    events = code("Ethiopia and Eritrea agreed not to threaten or use force against each other.")
    assert {e.plover["type"] for e in events} == {"AGREE"}
    assert {frozenset((e.source.country, e.target.country)) for e in events} == {frozenset(("ETH", "ERI"))}


def test_each_other_pairs_the_subjects(code):
    events = code("India and Pakistan accused each other of violating the ceasefire.")
    assert {frozenset((e.source.country, e.target.country)) for e in events if e.plover["type"] == "ACCUSE"} == \
        {frozenset(("IND", "PAK"))}


def test_drills_of_two_named_states_are_joint(code):
    events = code("Russian and Chinese naval exercises began in the Sea of Japan on Monday.")
    assert {(frozenset((e.source.country, e.target.country)), e.plover["type"]) for e in events} == \
        {(frozenset(("RUS", "CHN")), "COOPERATE")}


def test_an_object_pronoun_is_not_its_own_subject(code):
    events = code("Azerbaijan's president blamed Russia for the crash. Putin apologized to him on Saturday.")
    assert ("RUSGOV", "AZEGOV", "SUPPORT") in {(e.source.code, e.target.code, e.plover["type"]) for e in events}


def test_weapons_sent_are_not_the_recipient_and_aid_to_no_one_named_goes_to_the_country_the_story_is_about(code):
    events = code("Russian missiles struck Ukraine's power grid overnight. Ukraine's air force said most were shot "
                  "down. Kyiv asked its allies for more air defenses. Germany said it would send more tanks.")
    assert ("DEU", "UKR", "AID") in dyads(events)


def test_a_verdict_joined_to_another_is_still_a_rebuke(code):
    events = code("Brazil called the raid an authoritarian act and a violation of international law.")
    assert {e.plover["type"] for e in events} == {"ACCUSE"}


def test_approving_a_membership_bid_endorses_the_applicant(code):
    events = code("Hungary's parliament approved Sweden's bid to join NATO on Monday.")
    assert {(e.source.code, e.target.country, e.plover["type"]) for e in events} == {("HUNLEG", "SWE", "SUPPORT")}


def test_a_nominalised_reference_finds_the_act_of_its_verb(code):
    events = code("Hungary's parliament approved Sweden's bid to join NATO. Sweden signed a deal with Brazil. "
                  "NATO welcomed the vote.")
    assert ("IGOWSTNAT", "HUNLEG", "SUPPORT") in {(e.source.code, e.target.code, e.plover["type"]) for e in events
                                                   if e.source and e.target}


def test_an_organisation_lends_its_code_to_no_coordinated_group(code):
    events = code("The Organization of American States and several Latin American governments criticized Ecuador.")
    assert {e.source.code for e in events} == {"IGOAMROAS"}


def test_aid_given_to_a_dative_targets_it_not_what_is_given(code):
    assert dyads(code("Japan will give Ukraine another 2 billion dollars in aid next year.")) == {("JPN", "UKR", "AID")}


def test_appeals_in_spite_of_which_a_state_acted_were_made_to_it(code):
    events = code("Greece returned 30 migrants to Turkey despite appeals from the European Union.")
    assert any(e.plover["type"] == "REQUEST" and e.target and e.target.country == "GRC" for e in events)


def test_sanctions_decried_are_on_the_decrier_and_drills_judged_are_not_the_judges(code):
    assert ("USA", "IND", "SANCTION") in dyads(code("India's trade minister criticized the U.S. tariffs as unfair."))
    events = code("Beijing condemned the joint drills by Manila and Tokyo as a provocation.")
    assert {frozenset((e.source.country, e.target.country)) for e in events if e.plover["type"] == "COOPERATE"} == \
        {frozenset(("PHL", "JPN"))}


def test_ceasing_aid_is_a_sanction_not_aid(code):
    events = code("The United States said it would cease military aid to Ukraine.")
    assert {(e.source.country, e.target.country, e.plover["type"]) for e in events} == {("USA", "UKR", "SANCTION")}


def test_relief_carried_by_a_ship_or_plane_is_aid_to_where_it_goes(code):
    assert dyads(code("Japan dispatched a navy ship with relief supplies to Tonga.")) == {("JPN", "TON", "AID")}
    assert dyads(code("New Zealand sent two transport planes carrying aid to Samoa.")) == {("NZL", "WSM", "AID")}


def test_distributing_relief_to_a_conjunct_object_names_the_recipients(code):
    events = code("The World Food Programme distributed flour and cash to Afghan refugees in Iran.")
    assert {(e.plover["type"], e.target.country if e.target else None) for e in events if e.plover["type"] == "AID"} == \
        {("AID", "AFG")}


def test_a_verdict_on_an_act_in_its_own_object_targets_the_act_s_authors(code):
    events = code("Beijing condemned the joint drills by Manila and Tokyo as a provocation.")
    assert {e.target.country for e in events if e.plover["type"] == "ACCUSE"} == {"PHL", "JPN"}


def test_a_withdrawal_from_a_foreign_town_and_ships_massed_in_waters_near_a_state_target_that_state(code):
    assert dyads(code("Ukrainian troops withdrew from Kursk after months of fighting.")) == {("UKR", "RUS", "RETREAT")}
    assert dyads(code("Russian warships massed in waters off Norway on Monday.")) == {("RUS", "NOR", "MOBILIZE")}


def test_a_speech_act_added_to_a_report_is_the_speaker_s(code):
    events = code("Estonia's foreign minister said Russia had violated its airspace, accusing Moscow of provocation.")
    assert ("EST", "RUS", "ACCUSE") in dyads(events)


def test_weapons_shot_down_belong_to_the_last_attacker_not_to_a_show_of_force(code):
    events = code("Iran fired dozens of missiles at Israel. Jordan scrambled fighter jets. "
                  "Most of the missiles were intercepted by Israel's air defenses.")
    assert {(e.source.code, e.target.country) for e in events if e.trigger == "intercepted"} == {("ISRMIL", "IRN")}


def test_the_victims_of_an_armed_attack_are_the_other_state_s_the_sentence_names_or_its_city_s(code):
    assert ("ARM", "AZE", "ASSAULT") in dyads(code("Azerbaijan said Armenian artillery killed two civilians."))
    # a state's own justice is not an attack on the state it is accused of serving
    assert {e.target.country for e in code("Iran executed a man convicted of spying for Israel.")} == {"IRN"}
    assert ("RUS", "UKR", "ASSAULT") in dyads(code("Russian forces shelled Kharkiv on Monday."))


def test_a_vow_to_respond_is_a_threat_at_the_last_attacker_not_the_last_to_appeal(code):
    events = code("Israeli jets struck targets near Damascus. The United Nations urged Syria to show restraint. "
                  "Syria's foreign minister vowed that Syria would respond.")
    assert ("SYR", "ISR", "THREATEN") in dyads(events)
    assert not any(e.plover["type"] == "THREATEN" for e in code("The minister pledged to respond to the crisis."))


def test_an_act_of_terrorism_is_a_rebuke_of_the_act_s_author(code):
    events = code("Russian forces shelled Kharkiv on Monday. Kyiv called the shelling an act of terrorism.")
    assert ("UKR", "RUS", "ACCUSE") in dyads(events)


def test_the_authorities_of_a_story_are_its_country_s(code):
    events = code("Serbian police arrested 20 protesters in Belgrade on Monday. Serbia's president said the protests "
                  "were funded from abroad. The European Union urged the authorities to respect the right to protest.")
    assert any(e.plover["type"] == "REQUEST" and e.target and e.target.country == "SRB" for e in events)


def test_dispersing_protesters_with_tear_gas_is_repression(code):
    events = code("Police in Belgrade used tear gas to disperse thousands of protesters.")
    assert {(e.source.code, e.target.country, e.cameo) for e in events} == {("SRBCOP", "SRB", "175")}


def test_a_possessive_is_its_clause_subject_s(code):
    events = code("Iran launched drones at Israel overnight, in its first direct attack on Israeli territory.")
    assert {(e.source.country, e.target.country) for e in events if e.trigger == "attack"} == {("IRN", "ISR")}


def test_the_opposition_judging_its_own_country_s_police_is_no_own_side(code):
    events = code("Turkish police detained the opposition leader on Wednesday. "
                  "The main opposition party in Turkey called the detention a coup.")
    assert any(e.plover["type"] == "ACCUSE" and e.target and e.target.country == "TUR" for e in events)


def test_a_threat_against_a_third_party_is_not_at_the_speaker_s_own_state(code):
    events = code("A ceasefire between Israel and Hezbollah took effect on Wednesday. "
                  "Netanyahu warned that Israel would strike Hezbollah if it violated the truce.")
    assert ("ISR", "LBN", "THREATEN") in dyads(events)
    assert not any(e.target and e.target.code == "LBN" for e in events if e.plover["type"] == "THREATEN")


def test_forces_that_are_to_withdraw_will_and_a_deal_s_mediators_act_between_its_sides(code):
    events = code("A truce between Armenia and Azerbaijan took effect on Monday. Under the deal, brokered by "
                  "Russia, Armenian troops are to withdraw from the border villages.")
    assert {e.modality for e in events if e.plover["type"] == "RETREAT" and e.trigger == "withdraw"} == {"future"}
    assert {e.target.country for e in events if e.cameo == "045"} == {"ARM", "AZE"}


def test_saying_an_act_was_illegal_rebukes_its_author(code):
    events = code("The European Union imposed new sanctions on Russia on Monday. The Kremlin said the sanctions were illegal.")
    assert ("RUS", "EUR", "ACCUSE") in dyads(events)
    assert not any(e.plover["type"] == "ACCUSE" for e in code("Officials said the talks were constructive."))


def test_who_is_disarmed_is_the_target(code):
    events = code("Lebanon's cabinet tasked the army with disarming Hezbollah.")
    assert {(e.target.code, e.plover["type"]) for e in events} == {("LBNREB", "RETREAT")}


def test_a_town_seized_or_hit_is_found_by_its_full_name_even_when_mistagged(code):
    seized = code("Rebels of the Rapid Support Forces seized the city of El Obeid on Sunday.")
    assert {e.target.country for e in seized if e.plover["type"] == "COERCE"} == {"SDN"}
    killed = code("Russian troops killed hundreds of civilians in Bucha during their occupation of the town.")
    assert {e.target.code for e in killed} == {"UKRCVL"}


def test_saying_ones_side_will_punish_or_respond_is_a_threat(code):
    punished = code("Iran's foreign minister said Israel would be punished for the killing of its diplomats.")
    assert ("IRN", "ISR", "THREATEN") in dyads(punished)
    respond = code("India's army chief said the military would respond to any Pakistani attack.")
    assert ("IND", "PAK", "THREATEN") in dyads(respond)
    # another country's future strike is reported, not threatened by the speaker
    assert not any(e.plover["type"] == "THREATEN" for e in code("Biden said Israel would strike Iran."))
    assert not any(e.plover["type"] == "THREATEN" for e in code("Mexico said it would take the case to the World Court."))


def test_saying_another_country_must_act_is_a_demand_on_it_not_on_the_listener(code):
    events = code("Putin told the Hungarian leader that Ukraine must pull its troops out of four regions.")
    assert dyads(events) == {("RUS", "UKR", "REQUEST")}
    assert not any(e.plover["type"] == "REQUEST" for e in code("Biden said America must lead."))


def test_saying_someone_was_responsible_for_a_death_is_an_accusation(code):
    events = code("The French president said Moscow was responsible for the death of the dissident.")
    assert ("FRA", "RUS", "ACCUSE") in dyads(events)
    assert not any(e.plover["type"] == "ACCUSE" for e in code("Germany said the ministry was responsible for security."))


def test_a_reply_names_every_side_of_the_act_it_answers_and_a_reply_in_the_same_sentence(code):
    struck = code("American and British warplanes and warships struck rebel targets in Yemen. The Houthis vowed to retaliate.")
    assert {e.target.country for e in struck if e.plover["type"] == "THREATEN"} == {"USA", "GBR"}
    assert {e.source.country for e in struck if e.plover["type"] == "ASSAULT"} == {"USA", "GBR"}
    same = code("Beijing condemned the arms sale to Taiwan by the United States and said it would take countermeasures.")
    assert ("CHN", "USA", "THREATEN") in dyads(same)


def test_a_condemned_strike_is_the_last_act_of_force_told_before(code):
    events = code("An Israeli airstrike destroyed the Iranian embassy annex in Beirut. Iraq condemned the strike.")
    assert ("IRQ", "ISR", "ACCUSE") in dyads(events)


def test_an_offer_to_mediate_and_a_main_verb_hung_on_its_subject(code):
    assert dyads(code("Qatar offered to mediate between Sudan and Chad.")) == {("QAT", "SDN", "AGREE"), ("QAT", "TCD", "AGREE")}
    hung = code("Thai and Cambodian troops clashed on the border. Malaysia, which chairs the regional bloc, "
                "offered to mediate between the two countries.")
    assert {(e.source.country, e.target.country) for e in hung if e.cameo == "039"} == {("MYS", "THA"), ("MYS", "KHM")}


def test_an_action_after_said_that_the_parser_joined_to_the_reported_clause_is_the_speaker_s(code):
    events = code("Japan's foreign ministry said the missile launch posed a threat to peace and summoned the Chinese ambassador.")
    assert ("JPN", "CHN", "ACCUSE") in dyads(events)


def test_a_sum_in_military_aid_is_aid_and_a_sum_pledged_is_a_promise_only(code):
    events = code("Britain announced 500 million pounds in military funding for Ukraine.")
    assert dyads(events) == {("GBR", "UKR", "AID")}
    pledged = code("Japan pledged $500 million in humanitarian aid to Sudan.")
    assert {e.plover["type"] for e in pledged} == {"AGREE"}


def test_calling_a_plan_theft_rebukes_its_author_and_a_vow_to_respond_answers_it(code):
    events = code("The European Union agreed to lend Ukraine money raised on frozen Russian assets. "
                  "Moscow called the plan theft and vowed to respond.")
    assert {(s, t, kind) for s, t, kind in dyads(events) if s == "RUS"} == {("RUS", "EUR", "ACCUSE"), ("RUS", "EUR", "THREATEN")}


def test_a_complaint_to_the_un_is_about_the_other_side_and_what_it_called_is_no_second_rebuke(code):
    events = code("Syria's government condemned what it called Turkish aggression and said it would complain "
                  "to the U.N. Security Council.")
    assert dyads(events) == {("SYR", "TUR", "ACCUSE")}


def test_opposing_what_others_do_is_criticism_and_opposing_a_plan_is_refusal(code):
    opposed = code("China firmly opposed Japan and the Philippines forming a bloc.")
    assert dyads(opposed) == {("CHN", "JPN", "ACCUSE"), ("CHN", "PHL", "ACCUSE")}
    assert {e.plover["type"] for e in code("Hungary opposed the plan to admit Ukraine.")} == {"REJECT"}


def test_a_show_of_force_nearby_is_aimed_at_the_other_country_named(code):
    events = code("Japan scrambled fighter jets as Russian warships gathered nearby.")
    assert ("RUS", "JPN", "MOBILIZE") in dyads(events)


def test_people_flown_somewhere_make_no_visit(code):
    assert code("Officials said the detainees were flown to Texas aboard a military aircraft.") == []


def test_both_sides_are_the_pair_named_before_not_the_one_urging_them(code):
    events = code("China raised tariffs on American goods. The European Union urged both sides to return to talks.")
    assert {e.target.country for e in events if e.plover["type"] == "REQUEST"} == {"CHN", "USA"}


def test_the_north_is_the_state_named_before_as_north(code):
    events = code("North Korea said it had launched a spy satellite. South Korea suspended part of a military "
                  "agreement with the North in response. Pyongyang then scrapped the agreement.")
    assert {("KOR", "PRK", "SANCTION"), ("PRK", "KOR", "SANCTION")} <= dyads(events)


def test_them_after_a_crowd_is_the_crowd_and_tear_gas_is_repression(code):
    events = code("Chile and Peru refused to recognize the result. Thousands of people protested in Caracas, "
                  "and security forces fired tear gas at them.", "2024-07-31")
    fired = [e for e in events if e.trigger.startswith("fired")]
    assert [(e.cameo, e.target.code) for e in fired] == [("175", "VENCVL")]
    assert code("Gunmen fired bullets at the convoy in northern Nigeria.")[0].cameo == "190"


def test_a_refusal_of_what_the_story_told_concerns_the_story_s_country(code):
    events = code("Venezuela's electoral council declared Nicolas Maduro the winner of Sunday's election. "
                  "The opposition said Venezuela's vote was rigged. Argentina and Chile refused to recognize the result.",
                  "2024-07-31")
    assert {("ARG", "VEN", "REJECT"), ("CHL", "VEN", "REJECT")} <= dyads(events)


def test_a_sanction_naming_no_one_is_aimed_at_the_other_country_named(code):
    events = code("Trump ramped up his trade war with Canada on Tuesday, doubling the tariffs on steel.")
    assert ("USA", "CAN", "SANCTION") in dyads(events)


def test_calling_tariffs_a_joke_is_a_rebuke(code):
    assert ("CHN", "USA", "ACCUSE") in dyads(code("Beijing called the U.S. tariffs a joke."))


def test_a_headline_event_that_no_sentence_of_the_body_tells_is_dropped(code):
    events = code("Former NATO chief calls for common front to counter trade aggression\n\n"
                  "A former NATO secretary-general urged European governments to coordinate their trade policy. "
                  "He spoke at a conference in Brussels. Several ministers attended.")
    assert not any(e.sentence_index == 0 and e.plover["type"] == "REJECT" for e in events)
    told = code("Iran fires missiles at Israel\n\nIran fired about 180 missiles at Israel on Tuesday. "
                "Most were shot down. Sirens sounded across the country.")
    assert any(e.sentence_index == 0 and e.plover["type"] == "ASSAULT" for e in told)


def test_a_subject_hung_on_the_auxiliary_still_acts(code):
    events = code("Egypt and Qatar are mediating between Israel and Hamas.")
    assert {(e.source.country, e.target.country) for e in events} == \
        {("EGY", "ISR"), ("EGY", "PSE"), ("QAT", "ISR"), ("QAT", "PSE")}


def test_blocking_a_proposal_is_a_refusal_and_blocking_a_road_a_protest(code):
    assert dyads(code("Hungary blocked the EU's new sanctions package against Russia.")) == {("HUN", "EUR", "REJECT")}
    assert {e.plover["type"] for e in code("Farmers blocked the road to the airport in Paris.")} == {"PROTEST"}


def test_warplanes_sent_toward_a_country_are_a_show_of_force_and_to_it_military_aid(code):
    assert dyads(code("China sent 30 warplanes toward Taiwan.")) == {("CHN", "TWN", "MOBILIZE")}
    assert dyads(code("Britain sent jets to Ukraine.")) == {("GBR", "UKR", "AID")}


def test_drones_shot_down_referred_to_as_them_are_the_attacker_s(code):
    events = code("Russian drones attacked the port of Odesa overnight. Ukraine's air force said it had shot down 20 of them.")
    assert ("UKR", "RUS", "ASSAULT") in dyads(events)


def test_states_do_not_march_but_may_protest(code):
    assert code("Russia and China are not marching in lockstep, the analyst said.") == []
    assert dyads(code("Japan protested to China over the incursion.")) == {("JPN", "CHN", "ACCUSE")}


def test_the_gulf_state_and_the_islamic_republic_are_states_named_by_description(code):
    assert ("ISR", "QAT", "SUPPORT") in dyads(code("Qatar mediated the deal. Israel thanked the Gulf state."))
    assert ("KOR", "PRK", "ACCUSE") in dyads(code("North Korea fired missiles. Seoul condemned the reclusive state."))
    assert ("USA", "IRN", "THREATEN") in dyads(code("Washington vowed to punish the Islamic Republic."))


def test_a_blocked_mission_is_restricted_movement_and_the_move_refers_to_it(code):
    events = code("Chinese coast guard ships blocked a Philippine resupply mission on Sunday. Manila called the move illegal.")
    assert {("CHN", "PHL", "COERCE"), ("PHL", "CHN", "ACCUSE")} <= dyads(events)


def test_a_step_welcomed_is_the_last_step_of_others_not_the_speaker_s_own_in_the_same_sentence(code):
    events = code("Azerbaijan and Armenia signed a peace framework at the White House. "
                  "Russia, which has long mediated between the two, welcomed the step.")
    assert {("RUS", "AZE", "SUPPORT"), ("RUS", "ARM", "SUPPORT")} <= dyads(events)


def test_saying_measures_amounted_to_terrorism_rebukes_their_author(code):
    events = code("The United States imposed sanctions on Iran's oil exports. Tehran said the measures amounted to economic terrorism.")
    assert ("IRN", "USA", "ACCUSE") in dyads(events)


def test_a_sum_in_loans_to_a_country_is_for_it(code):
    assert dyads(code("Japan will provide $4.5 billion in loans to Ukraine.")) == {("JPN", "UKR", "AID")}


def test_blaming_someone_for_a_decision_targets_them_and_fighting_alongside_is_cooperation(code):
    events = code("The United States blamed the Wagner Group, which has fought alongside Malian troops since 2021, "
                  "for the junta's decision.")
    assert dyads(events) == {("USA", "RUS", "ACCUSE"), ("RUS", "MLI", "COOPERATE")}
    assert dyads(code("Kyiv blamed the attack on Moscow.")) == {("UKR", "RUS", "ACCUSE")}


def test_ending_a_mission_somewhere_is_a_withdrawal_from_it_and_the_mission_is_its_organisation(code):
    assert dyads(code("France ended its military presence in Chad.")) == {("FRA", "TCD", "RETREAT")}
    events = code("The United Nations kept 13,000 peacekeepers in Mali. Mali's foreign minister accused the mission "
                  "of failing to protect civilians.")
    assert ("MLI", "IGOUNO", "ACCUSE") in dyads(events)


def test_a_bloc_named_by_its_members_is_one_party(code):
    events = code("The European Union and the Mercosur bloc of Brazil, Argentina, Uruguay and Paraguay concluded "
                  "a free trade agreement.")
    assert dyads(events) == {("EUR", c, "SUPPORT") for c in ("BRA", "ARG", "URY", "PRY")}


def test_saying_a_deal_is_unacceptable_refuses_it_and_protesting_against_it_targets_its_makers(code):
    events = code("The European Union and Canada concluded a trade agreement. France said the deal was unacceptable. "
                  "Thousands of French farmers protested against the agreement.")
    assert {("FRA", "EUR", "REJECT"), ("FRA", "EUR", "PROTEST")} <= dyads(events)


def test_telling_of_war_crimes_accuses_and_a_second_verb_in_the_speaker_s_tense_is_the_speaker_s(code):
    events = code("Erdogan told the crowd that Israel was committing war crimes in Gaza and called the West the main culprit.")
    assert dyads(events) == {("TUR", "ISR", "ACCUSE"), ("TUR", "WST", "ACCUSE")}


def test_an_invitation_declined_is_refused_to_whoever_made_it_and_thanks_for_cooperation_are_one_event(code):
    events = code("The BRICS group invited Argentina to become a member. Argentina later declined the invitation.")
    assert {("IGOBRICS", "ARG", "AGREE"), ("ARG", "IGOBRICS", "REJECT")} <= dyads(events)
    assert dyads(code("Zambia's president thanked China for its cooperation.")) == {("ZMB", "CHN", "SUPPORT")}


def test_calling_an_act_historic_praises_its_author_and_criticizing_what_was_called_targets_it(code):
    events = code("The BRICS group invited Egypt and Ethiopia to join. Xi called the expansion historic.")
    assert ("CHN", "IGOBRICS", "SUPPORT") in dyads(events)
    assert dyads(code("China criticized what it called U.S. attempts to contain it.")) == {("CHN", "USA", "ACCUSE")}


def test_a_group_led_by_a_country_is_that_country(code):
    assert dyads(code("Zambia agreed on Thursday with its official creditors, led by China, to restructure its debt.")) == \
        {("ZMB", "CHN", "AGREE")}
    assert ("SAU", "YEM", "ASSAULT") in dyads(code("A coalition led by Saudi Arabia struck Houthi positions."))


def test_diplomats_given_hours_to_leave_are_expelled_and_questioning_an_election_is_criticism(code):
    events = code("Venezuela gave Argentine diplomats 72 hours to leave the country after Buenos Aires questioned "
                  "President Nicolas Maduro's re-election.", "2024-08-01")
    assert dyads(events) == {("VEN", "ARG", "SANCTION"), ("ARG", "VEN", "ACCUSE")}


def test_calling_someone_is_a_phone_call_and_a_visit_during_which_one_speaks_is_a_visit(code):
    assert dyads(code("Trump then called Ukrainian President Volodymyr Zelenskyy to brief him.", "2025-02-13")) == \
        {("USA", "UKR", "CONSULT")}
    visit = code("Spain's prime minister said during a visit to Beijing that he would urge the EU to reconsider.")
    assert ("ESP", "CHN", "CONSULT") in dyads(visit)


def test_a_promise_reaches_a_second_to_clause_and_the_killings_are_the_killers(code):
    events = code("Brazil agreed to take custody of the residence and to represent Argentina's interests in Venezuela.")
    assert ("BRA", "ARG", "AGREE") in dyads(events)
    killed = code("Rebel fighters killed dozens of villagers in Sudan's Darfur region. The United States condemned the killings.")
    assert ("USA", "SDN", "ACCUSE") in dyads(killed)


def test_a_demand_to_halt_an_offensive_targets_who_launched_it_and_both_sides_exclude_the_one_calling(code):
    events = code("Azerbaijani forces launched an offensive in Nagorno-Karabakh. France demanded an immediate halt to the offensive.")
    assert ("FRA", "AZE", "REQUEST") in dyads(events)
    sides = code("Armenia accused Azerbaijan of provocations. Russia, which has peacekeepers in the area, "
                 "called on both sides to stop the bloodshed.")
    assert {t for s, t, kind in dyads(sides) if s == "RUS"} == {"ARM", "AZE"}


def test_both_sides_of_a_civil_war_are_its_two_forces(code):
    events = code("Sudan's army and the Rapid Support Forces clashed in Khartoum. "
                  "The United States called on both sides to protect civilians.")
    assert ("USA", "SDN", "REQUEST") in dyads(events)


def test_an_offer_to_mediate_is_between_the_last_two_at_odds_and_calling_someone_a_friend_is_praise(code):
    events = code("Pakistan struck Iran on Thursday. China, which has close ties with both countries, offered to mediate.")
    assert {("CHN", "PAK", "AGREE"), ("CHN", "IRN", "AGREE")} <= dyads(events)
    assert dyads(code("Orban called Fico a friend.", "2024-05-16")) == {("HUN", "SVK", "SUPPORT")}


def test_someone_arrested_by_no_one_named_was_arrested_by_the_country_s_police(code):
    events = code("Slovakia's prime minister was shot in the Slovak town of Handlova. "
                  "A 71-year-old man was detained at the scene.")
    assert [(e.source.code, e.target.code) for e in events if e.cameo == "173"] == [("SVKCOP", "SVKCVL")]


def test_leaders_pledging_to_deepen_their_cooperation_pledge_to_each_other_but_offers_stay_separate(code):
    events = code("Xi Jinping and Vladimir Putin pledged to deepen their cooperation.", "2024-07-05")
    assert ("CHN", "RUS", "AGREE") in dyads(events) or ("RUS", "CHN", "AGREE") in dyads(events)
    offered = code("Australia, Canada and the United States all offered to resettle the refugees.")
    assert not any(e.target and e.target.country in ("AUS", "CAN", "USA") for e in offered)


def test_joining_an_organisation_is_cooperation_but_a_bid_to_join_is_not_yet(code):
    assert dyads(code("Belarus formally joined the Shanghai Cooperation Organization.")) == {("BLR", "IGOSCO", "SUPPORT")}
    assert not any(e.cameo == "050" for e in code("Hungary approved Sweden's bid to join NATO."))


def test_what_an_until_clause_names_is_a_condition(code):
    events = code("The Houthis said they would keep targeting Israeli ships until Israel stopped its offensive in Gaza.")
    assert not any(e.source and e.source.country == "ISR" for e in events)


def test_the_authorities_are_the_story_s_country_unless_named_before_by_the_same_noun(code):
    events = code("Georgia's president said the election was rigged. Georgia's parliament met on Monday. "
                  "The Kremlin rejected the accusation. The European Union urged the authorities to investigate.")
    assert ("IGOEUREEC", "GEOGOV") in {(e.source.code, e.target.code) for e in events if e.plover["type"] == "REQUEST"}


def test_a_town_spelled_another_way_is_still_a_town_and_a_strike_on_it_targets_its_state(code):
    assert dyads(code("Russian missiles struck Zaporizhzhia overnight.")) == {("RUS", "UKR", "ASSAULT")}
    assert dyads(code("Israeli troops pulled out of the Jabalia area after weeks of fighting.")) == {("ISR", "PSE", "RETREAT")}


def test_condemning_what_one_called_a_massacre_targets_the_author_of_the_last_act_of_force(code):
    for verdict in ("condemned what it called another massacre of civilians", "condemned the massacre of civilians"):
        events = code(f"Israeli jets struck a school in Gaza. The European Union {verdict}.")
        assert ("IGOEUREEC", "ISR", "ACCUSE") in {(e.source.code, e.target.country, e.plover["type"]) for e in events}


def test_voicing_alarm_is_criticism_of_whoever_the_alarm_is_about(code):
    assert ("USA", "RUS", "ACCUSE") in dyads(code("The United States voiced alarm at Russia's deployment of troops."))


def test_expelling_each_other_s_diplomats_pairs_the_two_and_a_number_of_them_is_looked_through(code):
    events = code("India and Canada each expelled six of the other's diplomats on Monday.")
    assert {frozenset((e.source.country, e.target.country)) for e in events if e.cameo == "166"} == {frozenset(("IND", "CAN"))}
    assert dyads(code("India expelled six of Canada's diplomats.")) == {("IND", "CAN", "SANCTION")}


def test_agreeing_to_someone_s_terms_concedes_and_assuring_someone_is_a_promise(code):
    assert dyads(code("The White House said Colombia had agreed to all of Trump's terms.", "2025-01-27")) == \
        {("COL", "USA", "CONCEDE")}
    assert dyads(code("Trump assured the emir of Qatar that it would not happen again.", "2025-09-10")) == {("USA", "QAT", "AGREE")}


def test_being_unhappy_about_an_act_rebukes_its_author(code):
    events = code("Israel struck a building in Doha on Tuesday. Trump said he was very unhappy about the strike.", "2025-09-10")
    assert ("USA", "ISR", "ACCUSE") in dyads(events)


def test_an_office_holder_the_dictionary_does_not_know_is_the_story_s_country_s(code):
    events = code("Security forces in South Sudan arrested a senior official in Juba on Wednesday. "
                  "The United States urged President Salva Kiir to release him.", "2025-03-27")
    assert ("USA", "SSD", "REQUEST") in dyads(events)
    # not when the person acts in another state's clause
    other = code("Israeli police clashed with protesters in Jerusalem. Israel's army fired at Gaza. "
                 "The United States voiced concern over the violence, with National Security Advisor "
                 "Jake Sullivan speaking by phone with his counterpart.", "2023-04-10")
    assert not any(e.source and e.source.country == "ISR" and e.cameo[:2] == "04" for e in other)


def test_a_ship_operated_by_a_country_s_firm_is_that_country_s(code):
    assert dyads(code("Iran's navy seized a Greek-operated oil tanker in the Gulf of Oman.")) == {("IRN", "GRC", "COERCE")}


def test_a_headline_event_with_no_target_yields_to_the_body_s_telling(code):
    events = code("Iran seizes oil tanker\n\nIran's navy seized a Greek-operated oil tanker on Thursday.\n\n"
                  "Washington demanded its release.", "2024-01-12")
    assert {(e.source.country, e.target.country if e.target else None) for e in events if e.cameo == "171"} == {("IRN", "GRC")}


def test_a_country_s_adjective_on_a_building_does_not_place_the_event_in_that_country(code):
    events = code("About 30 gunmen ambushed a Kosovo police patrol near the village of Banjska, killing one officer, "
                  "before barricading themselves in a Serbian Orthodox monastery.")
    assert not any(e.location and e.location.country == "SRB" for e in events)


def test_rejecting_the_decision_after_arrest_warrants_rejects_the_court(code):
    events = code("The International Criminal Court issued arrest warrants on Thursday for Israeli Prime Minister "
                  "Benjamin Netanyahu. Netanyahu's office rejected the decision as antisemitic.", "2024-11-22")
    assert ("ISR", "IGOICC", "REJECT") in dyads(events)
    assert dyads(code("Myanmar's junta ignored the U.N. resolution.")) == {("MMR", "IGOUNO", "REJECT")}


def test_a_description_in_apposition_is_not_a_second_actor_and_criticising_a_pact_targets_its_signers(code):
    events = code("India, Nepal's neighbor, called for calm.")
    assert {e.source.country for e in events} == {"IND"}
    pact = code("Japan and the Philippines signed a defense pact on Monday. China criticized the pact.", "2024-07-08")
    assert {e.target.country for e in pact if e.plover["type"] == "ACCUSE"} == {"JPN", "PHL"}


def test_each_signing_with_a_third_party_is_its_own_and_joining_a_party_s_campaign_meets_no_one(code):
    events = code("Italy and Canada each signed a ten-year security agreement with Ukraine.")
    assert dyads(events) == {("ITA", "UKR", "SUPPORT"), ("CAN", "UKR", "SUPPORT")}
    joined = code("American bombers struck three Iranian nuclear sites, joining Israel's campaign against Iran.")
    assert dyads(joined) == {("USA", "IRN", "ASSAULT")}


def test_killed_in_a_country_s_airstrike_names_the_killer_and_the_strike_is_the_last_striker_s(code):
    events = code("Hezbollah said its leader was killed in an Israeli airstrike in Beirut. "
                  "The Israeli military said the strike also killed an Iranian commander.", "2024-09-28")
    assert {("ISR", "LBN", "ASSAULT"), ("ISR", "IRN", "ASSAULT")} <= dyads(events)


def test_saying_an_attack_will_have_consequences_threatens_its_author(code):
    events = code("American bombers struck three Iranian nuclear sites overnight. "
                  "Iran's foreign minister said the attack would have everlasting consequences.", "2025-06-22")
    assert ("IRN", "USA", "THREATEN") in dyads(events)


def test_welcoming_the_decision_welcomes_the_last_friendly_act_not_the_hostile_reply(code):
    events = code("Spain formally recognized a Palestinian state on Tuesday. Israel recalled its ambassador from Spain. "
                  "The Palestinian Authority welcomed the decision as historic.", "2024-05-29")
    assert ("PSE", "ESP", "SUPPORT") in dyads(events) and ("PSE", "ISR", "SUPPORT") not in dyads(events)


def test_calling_the_move_unfair_rebukes_its_author_and_taking_all_necessary_actions_threatens(code):
    events = code("President Donald Trump on Wednesday ordered an additional 25% tariff on Indian goods. "
                  "India's foreign ministry called the move unfair and said the country would take all actions "
                  "necessary to protect its interests.", "2025-08-07")
    assert {("IND", "USA", "ACCUSE"), ("IND", "USA", "THREATEN")} <= dyads(events)


def test_cancelling_a_summit_rejects_meeting_those_it_was_to_bring_together(code):
    events = code("Jordan canceled a summit it was to host on Wednesday with U.S. President Joe Biden "
                  "and the Egyptian and Palestinian leaders.", "2023-10-18")
    assert {e.target.country for e in events if e.cameo == "125"} == {"USA", "EGY", "PSE"}


def test_protesters_outside_an_embassy_protest_against_its_state(code):
    assert ("JOR", "ISR", "PROTEST") in dyads(code("Protesters gathered outside the Israeli embassy in Amman."))


def test_saying_a_deal_is_null_and_void_refuses_it_and_somaliland_is_somalia(code):
    events = code("Ethiopia signed an agreement with the breakaway region of Somaliland. Somalia's cabinet called "
                  "the deal a violation of its sovereignty and said it was null and void.", "2024-01-03")
    assert {("ETH", "SOM", "SUPPORT"), ("SOM", "ETH", "REJECT"), ("SOM", "ETH", "ACCUSE")} <= \
        dyads(events) | {(t, s, p) for s, t, p in dyads(events) if p == "SUPPORT"}


def test_the_if_clause_of_a_threat_is_a_condition_and_voting_to_join_is_joining(code):
    assert dyads(code("Trump had threatened military action if Iran refused to give up its nuclear ambitions.",
                      "2025-04-13")) == {("USA", "IRN", "THREATEN")}
    assert dyads(code("Armenia's parliament voted on Tuesday to join the International Criminal Court.")) == \
        {("ARM", "IGOICC", "SUPPORT")}


def test_shuttling_between_the_two_delegations_mediates_between_them(code):
    events = code("U.S. and Iranian envoys held indirect talks in Muscat on Saturday. "
                  "Oman's foreign minister shuttled between the two delegations.", "2025-04-13")
    assert {e.target.country for e in events if e.cameo == "045"} == {"USA", "IRN"}


def test_announcing_a_truce_told_before_is_not_the_announcer_s_truce(code):
    events = code("India and Pakistan agreed on Saturday to a full and immediate ceasefire. "
                  "U.S. President Donald Trump announced the truce first.", "2025-05-11")
    assert not any(e.source and e.source.country == "USA" and e.cameo == "0871" for e in events)


def test_also_attending_after_a_visit_attends_where_the_last_visit_went(code):
    events = code("Serbian President Aleksandar Vucic attended Russia's Victory Day parade in Moscow on Friday. "
                  "Slovak Prime Minister Robert Fico also attended, the only other leader from an EU member state.",
                  "2025-05-10")
    assert {(e.source.country, e.target.country) for e in events if e.cameo == "042"} == {("SRB", "RUS"), ("SVK", "RUS")}


def test_defying_warnings_rejects_who_warned_and_the_remarks_are_what_was_said(code):
    events = code("Serbian President Aleksandar Vucic attended the parade in Moscow, defying warnings from the "
                  "European Union.", "2025-05-10")
    assert ("SRB", "IGOEUREEC", "REJECT") in {(e.source.country, e.target.code, e.plover["type"]) for e in events}
    said = code("President Donald Trump said on Tuesday that the United States would take over the Gaza Strip. "
                "Saudi Arabia rejected the idea. Hamas called the remarks ridiculous and absurd.", "2025-02-06")
    assert ("PSE", "USA", "ACCUSE") in dyads(said)


def test_help_from_others_in_brokering_makes_them_mediators_too(code):
    events = code("Israel and Hamas agreed to a four-day truce. "
                  "The deal was brokered by Qatar, with help from Egypt and the United States.", "2023-11-23")
    assert {e.source.country for e in events if e.cameo == "045"} == {"QAT", "EGY", "USA"}


def test_cutting_tariffs_eases_sanctions_and_saying_the_war_will_resume_threatens(code):
    assert dyads(code("Trump said he would cut tariffs on Chinese goods.", "2025-10-31")) == {("USA", "CHN", "RETREAT")}
    events = code("Israel and Hamas agreed to a four-day truce. Netanyahu said the war would resume after the pause.",
                  "2023-11-23")
    assert any(e.plover["type"] == "THREATEN" and e.source.country == "ISR" for e in events)


def test_a_court_suspending_an_office_holder_coerces_and_a_first_name_recalls_the_person(code):
    events = code("Thai court suspends prime minister over leaked call. Thailand's Constitutional Court suspended "
                  "Prime Minister Paetongtarn Shinawatra from office on Tuesday. In the call, Paetongtarn "
                  "criticized a Thai army commander.", "2025-07-02")
    assert {("THA", "THA", "COERCE"), ("THA", "THA", "ACCUSE")} <= dyads(events)


def test_refusing_to_rule_out_force_to_take_a_territory_threatens_it(code):
    events = code("President-elect Donald Trump on Tuesday refused to rule out using military or economic pressure "
                  "to take control of Greenland, the Danish territory in the Arctic.", "2025-01-08")
    assert dyads(events) == {("USA", "GRL", "THREATEN")}


def test_what_is_blamed_is_alleged_and_an_onlooker_is_no_author(code):
    assert dyads(code("Moscow blamed Ukrainian shelling for the breach.")) == {("RUS", "UKR", "ACCUSE")}
    assert not code("The Mexican government said it was following the arrests of its citizens closely.")


def test_troops_ordered_to_a_city_are_deployed(code):
    events = code("President Donald Trump ordered 2,000 National Guard troops to Los Angeles on Saturday.", "2025-06-09")
    assert [(e.source.country, e.cameo) for e in events] == [("USA", "154")]


def test_missiles_fired_at_a_facility_in_a_region_hit_its_state_and_shot_down_missiles_were_the_target_s_doing(code):
    events = code("Ukraine fired six American-made ATACMS missiles at a military facility in Russia's Bryansk region on "
                  "Tuesday. Russia's defense ministry said five of the missiles had been shot down.", "2024-11-20")
    assert {("UKR", "RUS", "ASSAULT"), ("RUS", "UKR", "ASSAULT")} <= dyads(events)


def test_a_number_of_attackers_are_the_attackers_and_a_vow_to_pursue_them_threatens(code):
    assert dyads(code("Police in Ecuador said they had arrested 13 of the attackers.")) == {("ECU", "ECU", "COERCE")}
    assert dyads(code("Prime Minister Narendra Modi vowed to pursue the attackers.", "2025-04-25")) == \
        {("IND", "IND", "THREATEN")}


def test_it_opening_a_sentence_is_the_last_sentence_s_subject(code):
    events = code("Syria's interim leader met a Russian delegation in Damascus on Tuesday. The Syrian side demanded "
                  "that Moscow hand over Assad. It also asked Russia to pay compensation.", "2025-01-29")
    assert ("SYR", "RUS", "REQUEST") in dyads(events) and not any(e.source.country == "RUS" for e in events if e.cameo == "020")


def test_would_not_go_unpunished_and_vowing_punishment_for_a_state_threaten(code):
    events = code("Hamas blamed Israel for the killing and said it would not go unpunished.", "2024-08-01")
    assert ("PSE", "ISR", "THREATEN") in dyads(events)
    assert dyads(code("Iran's supreme leader vowed harsh punishment for Israel.")) == {("IRN", "ISR", "THREATEN")}


def test_a_participle_after_a_comma_is_the_asker_s_and_the_government_is_the_story_s(code):
    events = code("Nicaragua asked the International Court of Justice on Monday to order Germany to halt military aid "
                  "to Israel, accusing Berlin of facilitating genocide in Gaza.", "2024-04-08")
    assert ("NIC", "DEU", "ACCUSE") in dyads(events)
    georgia = code("Protests spread across Georgia. Georgian police detained dozens in Tbilisi. "
                   "The European Union criticized the government.", "2025-03-12")
    assert ("IGOEUREEC", "GEOGOV") in {(e.source.code, e.target.code) for e in georgia if e.target}


def test_a_deal_brokered_in_the_sentence_of_a_ceasefire_is_between_its_sides_and_a_resolution_speaks_for_its_adopters(code):
    events = code("A ceasefire between Israel and Hamas took effect in Gaza on Friday after the Israeli cabinet approved "
                  "a deal brokered by the United States, Egypt, Qatar and Turkey.", "2025-10-10")
    assert {(e.source.country, e.target.country) for e in events if e.cameo == "045"} >= {("EGY", "ISR"), ("EGY", "PSE")}
    adopted = code("The U.N. General Assembly on Wednesday adopted a resolution demanding that Israel end its occupation "
                   "of Palestinian territories within 12 months.", "2024-09-19")
    assert ("IGOUNO", "ISR", "REQUEST") in dyads(adopted)


def test_deaths_in_an_accident_are_no_attack(code):
    assert code("Iran's president and foreign minister were killed when their helicopter crashed in fog.", "2024-05-20") == []
    assert code("Two soldiers were killed in a helicopter crash in northern Mali.", "2024-05-20") == []
    assert dyads(code("Gunmen killed two soldiers during a raid in northern Mali.", "2024-05-20")) == {("MLI", "MLI", "ASSAULT")}


def test_the_leaders_after_a_meeting_are_all_who_met(code):
    events = code("Biden hosted Kishida and Yoon at Camp David on Friday. The leaders agreed to hold military exercises "
                  "every year.", "2023-08-18")
    agreed = {frozenset((e.source.country, e.target.country)) for e in events if e.plover["type"] == "AGREE"}
    assert agreed == {frozenset(p) for p in (("USA", "JPN"), ("USA", "KOR"), ("JPN", "KOR"))}


def test_the_league_is_the_league_named_before_and_suspending_a_state_reduces_relations(code):
    events = code("Arab foreign ministers met in Cairo to discuss the Arab League's future. "
                  "The league suspended Syria in 2011 over its violent crackdown on protesters.", "2023-05-07")
    assert ("IGOARBARL", "SYR", "SANCTION") in dyads(events)
    assert "ASSAULT" not in {e.plover["type"] for e in events}     # the reason for a sanction is alleged


def test_troops_ordered_to_withdraw_withdraw_and_the_town_is_the_one_told_before(code):
    events = code("Ukraine's army chief said on Saturday that he had ordered troops to withdraw from the eastern town of "
                  "Avdiivka. Russia's defense ministry said its forces had taken full control of the town.", "2024-02-17")
    assert ("UKR", None, "RETREAT") in dyads(events)
    assert "MOBILIZE" not in {e.plover["type"] for e in events}
    assert ("RUS", "UKR", "COERCE") in dyads(events)


def test_blame_laid_on_a_thing_accuses_no_one(code):
    assert code("Zelenskyy blamed the loss on shortages of artillery shells.", "2024-02-17") == []
    assert dyads(code("Kyiv blamed the attack on Russia.", "2024-02-17")) == {("UKR", "RUS", "ACCUSE")}


def test_the_package_and_the_sanctions_are_the_last_ones_told(code):
    events = code("European Union governments adopted a package of sanctions against Russia on Friday. "
                  "Slovakia had blocked the package for weeks. Russia said the sanctions were illegal.", "2025-07-18")
    assert ("SVK", "EUR", "REJECT") in dyads(events)
    assert ("RUS", "EUR", "ACCUSE") in dyads(events)


def test_coordinated_verdicts_rebuke_and_reserving_the_right_to_respond_threatens(code):
    events = code("Putin said Russia was suspending its participation in New START, the last arms control treaty with "
                  "the United States. Blinken called the decision deeply unfortunate and irresponsible.", "2023-02-21")
    assert ("USA", "RUS", "ACCUSE") in dyads(events)
    balloon = code("A U.S. fighter jet shot down a Chinese balloon on Saturday. China's foreign ministry called the move "
                   "a clear overreaction and said it reserved the right to respond.", "2023-02-05")
    assert {("CHN", "USA", "ACCUSE"), ("CHN", "USA", "THREATEN")} <= dyads(balloon)


def test_fighting_between_two_forces_and_the_paramilitary_force_is_no_army(code):
    events = code("U.S. special forces evacuated American diplomats from Khartoum on Sunday as fighting between Sudan's "
                  "army and a rival paramilitary force entered its second week. Biden said the army and the Rapid Support "
                  "Forces must agree to a ceasefire. The paramilitary force accused the army of bombing residential areas "
                  "of the capital.", "2023-04-23")
    codes = {(e.source.code, e.target.code, e.plover["type"]) for e in events}
    assert {("SDNMIL", "SDNREB", "ASSAULT"), ("SDNREB", "SDNMIL", "ACCUSE")} <= codes
    assert {e.source.country for e in events if e.plover["type"] == "ACCUSE"} == {"SDN"}


def test_two_states_releasing_prisoners_release_each_other_s(code):
    events = code("Russia and Ukraine each released 103 prisoners of war on Saturday in an exchange mediated by the "
                  "United Arab Emirates.", "2024-09-14")
    released = {frozenset((e.source.country, e.target.country)) for e in events if e.plover["type"] == "RETREAT"}
    assert released == {frozenset(("RUS", "UKR"))}


def test_a_military_operation_against_someone_attacks_them(code):
    assert ("ISR", "PSE", "ASSAULT") in dyads(code("Israel launched a military operation against Hamas in Rafah.", "2024-05-07"))
    assert code("Turkey launched a rescue operation after the earthquake.", "2024-05-07") == []


def test_an_alliance_of_armed_groups_is_those_groups_and_the_rebels_are_the_armed_groups_named_before(code):
    events = code("Myanmar's military and an alliance of three ethnic armed groups agreed to a ceasefire after talks in "
                  "the Chinese city of Kunming. The rebels had seized the town days earlier.", "2024-01-12")
    codes = {(e.source.code, e.target.code if e.target else None, e.plover["type"]) for e in events}
    assert ("MMRMIL", "MMRREB", "RETREAT") in codes
    assert {e.source.code for e in events if e.plover["type"] == "COERCE"} == {"MMRREB"}


def test_his_fighters_in_a_clause_reported_by_an_office_are_that_office_s(code):
    events = code("The head of Russia's Wagner mercenary group said on Saturday that his fighters had taken full control "
                  "of the eastern Ukrainian city of Bakhmut.", "2023-05-20")
    assert ("RUS", "UKR", "COERCE") in dyads(events)


def test_an_act_by_no_one_named_counts_only_for_force_and_release(code):
    events = code("Libya's eastern administration, which is not recognized internationally, asked for help.", "2023-09-13")
    assert "SUPPORT" not in {e.plover["type"] for e in events}
    assert dyads(code("Three soldiers were killed in northern Mali.", "2023-09-13")) == {(None, "MLI", "ASSAULT")}


def test_relief_arriving_from_states_is_their_aid_to_where_it_arrives(code):
    events = code("Rescue teams and aid from Egypt, Turkey and the United Arab Emirates arrived in eastern Libya on "
                  "Wednesday.", "2023-09-13")
    assert dyads(events) == {("EGY", "LBY", "AID"), ("TUR", "LBY", "AID"), ("ARE", "LBY", "AID")}
    assert dyads(code("The French president arrived in Kyiv on Tuesday.", "2023-09-13")) == {("FRA", "UKR", "CONSULT")}


def test_storming_an_embassy_protests_against_its_state_and_a_congratulatory_message_praises(code):
    events = code("Hundreds of protesters stormed and set fire to the Swedish embassy in Baghdad on Thursday.", "2023-07-20")
    assert dyads(events) == {("IRQ", "SWE", "PROTEST")}
    assert ("CHN", "USA", "SUPPORT") in dyads(code("Xi Jinping sent a congratulatory message to Trump.", "2024-11-07"))


def test_a_law_acts_for_whoever_passed_it_and_a_troubling_vote_is_rebuked(code):
    events = code("Israel's parliament passed two laws on Monday that ban UNRWA from operating in Israel. "
                  "The United States said it was deeply troubled by the vote.", "2024-10-28")
    codes = {(e.source.code, e.target.code if e.target else None, e.plover["type"]) for e in events}
    assert {("ISRLEG", "IGOUNO", "COERCE"), ("USA", "ISRLEG", "ACCUSE")} <= codes
    vetoed = code("The United States vetoed a U.N. Security Council resolution on Friday that would have demanded a "
                  "ceasefire in Gaza.", "2023-12-08")
    assert "USA" not in {e.source.country for e in vetoed if e.plover["type"] == "REQUEST"}   # nor for its vetoer


def test_talks_hosted_receive_those_who_met_and_pulling_out_of_talks_halts_them(code):
    events = code("Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met in Doha on Tuesday in talks "
                  "hosted by Qatar's emir. The M23 rebels pulled out of peace talks with Congo's government.", "2025-03-18")
    codes = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}
    assert {("QATGOV", "CODGOV", "043"), ("QATGOV", "RWAGOV", "043"), ("CODREB", "CODGOV", "164")} <= codes


def test_a_denial_in_a_which_clause_answers_the_accuser_and_a_call_for_an_inquiry_targets_its_subject(code):
    events = code("Congo accuses Rwanda of backing the M23 with troops and weapons, which Kigali denies.", "2025-03-18")
    assert ("RWA", "COD", "REJECT") in dyads(events)
    inquiry = code("The Greek coast guard said the passengers had refused its offers of help. The U.N. refugee agency "
                   "called for an investigation into the coast guard's response.", "2023-06-14")
    assert ("IGOUNO", "GRC", "REQUEST") in dyads(inquiry)


def test_drills_near_a_border_are_a_show_of_force_and_would_pay_for_the_crime_threatens(code):
    assert ("RUS", "UKR", "MOBILIZE") in dyads(code("Russia began drills with tactical nuclear weapons on Tuesday near its "
                                                    "border with Ukraine.", "2024-05-21"))
    assert ("IRN", "ISR", "THREATEN") in dyads(code("An Israeli airstrike near Damascus killed a senior adviser in Iran's "
                                                    "Revolutionary Guards. Raisi said Israel would certainly pay for the "
                                                    "crime.", "2023-12-25"))


def test_a_headline_target_that_is_only_the_place_yields_to_the_body(code):
    events = code("Iran says Israeli strike in Syria killed senior Guards commander\n\nAn Israeli airstrike near Damascus "
                  "on Monday killed Razi Mousavi, a senior adviser in Iran's Revolutionary Guards, Iranian state media "
                  "said.\n\nThe Israeli military declined to comment.", "2023-12-25")
    assert {(s, t) for s, t, p in dyads(events) if p == "ASSAULT"} == {("ISR", "IRN")}


def test_coordinated_verbs_share_their_object(code):
    events = code("Ukraine's security service said on Sunday it had destroyed or damaged dozens of Russian military "
                  "aircraft at four air bases.", "2025-06-01")
    assert dyads(events) == {("UKR", "RUS", "ASSAULT")}


def test_repeating_propaganda_in_a_reported_clause_is_rebuked(code):
    assert dyads(code("The White House said Brazil was repeating Russian and Chinese propaganda.", "2023-04-17")) == \
        {("USA", "BRA", "ACCUSE")}


def test_a_ban_on_a_state_s_goods_sanctions_it_and_a_ban_weighed_is_no_act(code):
    events = code("Poland, Hungary and Slovakia have kept bans on imports of Ukrainian grain to protect their farmers.",
                  "2023-09-20")
    assert dyads(events) == {("POL", "UKR", "SANCTION"), ("HUN", "UKR", "SANCTION"), ("SVK", "UKR", "SANCTION")}
    assert code("The Philippine government said it was considering a ban on imports of Chinese drones.", "2025-02-06") == []


def test_withdrawing_an_ambassador_reduces_relations_with_the_state_of_the_town(code):
    assert dyads(code("Turkey had already withdrawn its own ambassador from Tel Aviv for consultations.", "2023-10-28")) == \
        {("TUR", "ISR", "SANCTION")}
    both = code("Israel and Turkey restored ties in 2022. Both countries withdrew ambassadors in 2018.", "2023-10-28")
    assert {frozenset((s, t)) for s, t, p in dyads(both) if p == "SANCTION"} == {frozenset(("ISR", "TUR"))}


def test_signing_an_agreement_to_stop_fighting_is_a_truce(code):
    events = code("Ethiopia's government and Tigrayan forces signed an agreement in Pretoria on Wednesday to permanently "
                  "stop fighting.", "2022-11-02")
    assert {e.plover["type"] for e in events} == {"RETREAT"}


def test_the_territory_is_the_one_named_before(code):
    events = code("France declared a state of emergency in New Caledonia on Wednesday. Paris sent hundreds of police "
                  "reinforcements to the Pacific territory.", "2024-05-16")
    assert ("FRA", "NCL") in {(s, t) for s, t, _p in dyads(events)}


def test_a_relative_clause_inside_an_accusation_is_news_and_its_insurgents_are_their_country_s(code):
    events = code("Mali's military government cut diplomatic relations with Ukraine on Sunday, accusing Kyiv of supporting "
                  "the separatist rebels who ambushed Malian troops and Russian mercenaries last month.", "2024-08-05")
    assert ("MLIREB", "MLIMIL") in {(e.source.code, e.target.code) for e in events if e.plover["type"] == "ASSAULT"}


def test_an_offer_to_send_something_is_made_to_the_story_s_country_not_to_what_is_sent(code):
    events = code("Haiti's gangs control the capital. The U.N. approved a force for Haiti. Kenya has offered to send "
                  "1,000 police officers.", "2023-10-02")
    assert ("KEN", "HTI", "AGREE") in dyads(events)
    assert ("KEN", "KEN", "AGREE") not in dyads(events)


def test_his_arrest_is_done_to_him(code):
    events = code("Putin arrived in Mongolia on Tuesday for his first visit to a member of the International Criminal "
                  "Court since it issued a warrant for his arrest.", "2024-09-03")
    assert "COERCE" not in {e.plover["type"] for e in events if e.source and e.source.country == "RUS"}


def test_the_pkk_is_turkey_s_insurgents_and_ending_an_armed_struggle_de_escalates(code):
    events = code("The Kurdistan Workers' Party said on Monday that it would dissolve itself and end its four-decade armed "
                  "struggle against the Turkish state.", "2025-05-12")
    assert dyads(events) == {("TUR", "TUR", "RETREAT")}
    assert {e.source.code for e in events} == {"TURREB"}


def test_welcoming_his_election_welcomes_him(code):
    events = code("Lebanon's parliament elected the army commander, Joseph Aoun, as president on Thursday. Saudi Arabia "
                  "welcomed his election.", "2025-01-09")
    assert ("SAU", "LBN", "SUPPORT") in dyads(events)


def test_a_verdict_in_apposition_rebukes_and_a_date_after_call_is_no_call_on(code):
    events = code("President Donald Trump called Ukrainian President Volodymyr Zelenskyy a dictator without elections on "
                  "Wednesday.", "2025-02-19")
    assert dyads(events) == {("USA", "UKR", "ACCUSE")}
    assert ("RUS", "USA", "SUPPORT") in dyads(code("Trump spoke about the war. The Kremlin said it agreed with Trump's "
                                                   "assessment.", "2025-02-19"))


def test_a_court_removing_a_prime_minister_or_dissolving_a_party_coerces(code):
    events = code("Thai court removes prime minister. Thailand's Constitutional Court removed Prime Minister Srettha "
                  "Thavisin from office on Wednesday. The ruling came a week after the court dissolved the main "
                  "opposition party.", "2024-08-14")
    assert {e.source.code for e in events if e.plover["type"] == "COERCE"} == {"THAJUD"}
    assert len({e.target.code for e in events if e.plover["type"] == "COERCE"}) == 2


def test_cutting_aid_is_a_sanction_even_when_parsed_as_one_noun(code):
    events = code("The talks collapsed weeks after Trump cut aid to Colombia, citing its drug policy.", "2025-03-01")
    assert dyads(events) == {("USA", "COL", "SANCTION")}
    assert {e.cameo for e in events} == {"162"}


def test_a_diplomat_no_longer_welcome_or_persona_non_grata_is_expelled_and_the_expulsion_has_an_author(code):
    events = code("Mexico's foreign minister said on Monday that Peru's ambassador was no longer welcome in Mexico. "
                  "Peru's government called the expulsion unjustified.", "2024-05-02")
    assert dyads(events) == {("MEX", "PER", "SANCTION"), ("PER", "MEX", "ACCUSE")}
    assert dyads(code("Poland declared three Belarusian diplomats persona non grata.", "2024-05-02")) == \
        {("POL", "BLR", "SANCTION")}


def test_the_office_of_a_president_speaks_for_him(code):
    events = code("The office of Brazilian President Luiz Inacio Lula da Silva called the tariffs blackmail.", "2025-07-10")
    assert {e.source.code for e in events} == {"BRAGOV"}


def test_a_case_thrown_out_is_turned_down_for_whoever_brought_it(code):
    events = code("The International Court of Justice threw out a case in which Bolivia accused Chile of diverting a "
                  "river.", "2022-12-01")
    assert {e.target.country for e in events if e.plover["type"] == "REJECT"} == {"BOL"}
    other = code("The International Court of Justice threw out Guyana's complaint against Venezuela.", "2022-12-01")
    assert {e.target.country for e in other if e.plover["type"] == "REJECT"} == {"GUY"}


def test_the_place_the_lead_names_is_the_story_s_country_and_them_may_be_a_crowd_named_as_an_object(code):
    events = code("Russian troops arrive in Kazakhstan as unrest spreads. Russian paratroopers began arriving in "
                  "Kazakhstan on Thursday. President Kassym-Jomart Tokayev had asked Russia and its allies for help. "
                  "Police said dozens of rioters had been killed and more than 2,000 people detained. Tokayev "
                  "rejected calls for talks with the protesters and called them terrorists.", "2022-01-07")
    assert ("KAZ", "KAZ", "COERCE") in dyads(events)
    assert {e.source.code for e in events if e.cameo == "173"} == {"KAZCOP"}
    assert {e.target.country for e in events if e.plover["type"] in ("ACCUSE", "REJECT")} == {"KAZ"}


def test_her_after_a_surname_is_that_person_and_it_in_a_subordinate_clause_is_the_main_subject(code):
    events = code("U.S. House Speaker Nancy Pelosi left Taipei on Wednesday. China fired missiles into the waters "
                  "around Taiwan as it began its largest drills near the island. China imposed sanctions on Pelosi "
                  "and her family.", "2022-08-06")
    assert {e.target.country for e in events if e.plover["type"] == "SANCTION"} == {"USA"}
    assert {e.source.country for e in events if e.sentence_index == 1} == {"CHN"}


def test_a_first_name_is_no_town_and_a_surrender_is_a_rebuke(code):
    events = code("Britain and Mauritius signed a treaty on Thursday. Opposition leader Kemi Adeyemi called the "
                  "treaty a surrender.", "2025-05-23")
    assert not any(e.source.country == "FIN" for e in events)
    assert dyads(code("Britain and Mauritius signed a treaty on Thursday. Conservative leader Kemi Badenoch called "
                      "the treaty a surrender.", "2025-05-23")) >= {("GBR", "GBR", "ACCUSE")}


def test_a_rally_to_demand_a_departure_targets_whoever_is_to_depart(code):
    events = code("Thousands of people rallied in Bamako to demand the departure of French troops.", "2022-02-20")
    assert dyads(events) == {("MLI", "FRA", "PROTEST")}


def test_a_missile_fired_off_its_own_coast_is_aimed_at_no_one(code):
    events = code("South Korea and Japan held talks in Tokyo on Thursday. Hours later, North Korea fired a ballistic "
                  "missile into the sea off its east coast.", "2023-03-17")
    assert ("PRK", None, "MOBILIZE") in dyads(events)
    assert not any(e.source.country == "PRK" and e.target for e in events)


def test_the_west_african_country_is_the_one_named_and_it_cuts_ties_with_the_other(code):
    events = code("France said on Wednesday that it would withdraw its troops from Mali, after the West African "
                  "country's military government ended an agreement that allowed them to operate there.", "2022-02-18")
    assert ("MLI", "FRA", "SANCTION") in dyads(events)
    assert not any(e.source.country == "WST" for e in events)


def test_a_leader_fleeing_abroad_travels_there_and_a_fleeing_crowd_does_not(code):
    events = code("Sri Lankan President Gotabaya Rajapaksa flew to Singapore on Thursday, a day after fleeing to the "
                  "Maldives.", "2022-07-15")
    assert {e.target.country for e in events if e.cameo == "042"} == {"SGP", "MDV"}
    assert code("Thousands of people fled to Chad to escape the fighting.", "2023-06-01") == []


def test_calling_someone_a_champion_praises_him_and_ties_cut_with_an_accusation_are_cut_with_the_accused(code):
    assert dyads(code("Indian Prime Minister Narendra Modi called Abe a champion of democracy.", "2022-07-09")) == \
        {("IND", "JPN", "SUPPORT")}
    events = code("Chad broke off relations in 2021, accusing Sudan of arming rebels backed by Libya.",
                  "2023-01-01")
    assert ("TCD", "SDN", "SANCTION") in dyads(events)


def test_a_reply_to_provocations_by_someone_blames_them_and_a_call_to_reply_does_not(code):
    assert dyads(code("Baku said it had responded to provocations by Armenian troops.", "2022-09-14")) == \
        {("AZE", "ARM", "ACCUSE")}
    assert not any(e.plover["type"] == "ACCUSE" for e in code(
        "Kabul said the world should respond to this provocation by the Taliban.", "2023-01-01"))


def test_the_resolution_is_the_one_the_vote_adopted_and_forces_raised_to_fight_in_a_country_target_it(code):
    events = code("The U.N. General Assembly voted on Wednesday to condemn Russia's annexation of four regions of "
                  "Ukraine. Russia's ambassador called the resolution provocative.", "2022-10-13")
    assert ("RUS", "IGOUNO", "ACCUSE") in dyads(events)
    events = code("President Vladimir Putin ordered a mobilization on Wednesday, calling up 300,000 reservists to fight "
                  "in Ukraine.", "2022-09-22")
    assert {e.target.country for e in events if e.plover["type"] == "MOBILIZE"} == {"UKR"}


def test_a_missile_over_a_country_is_a_show_of_force_at_it_and_the_launch_is_the_firer_s(code):
    events = code("North Korea fired a ballistic missile over Japan on Tuesday, prompting the Japanese government to "
                  "warn residents in the north to take cover. The White House called the launch reckless.", "2022-10-04")
    assert dyads(events) == {("PRK", "JPN", "MOBILIZE"), ("USA", "PRK", "ACCUSE")}


def test_an_army_on_its_highest_readiness_is_mobilised_and_two_speakers_urge_both_other_sides(code):
    events = code("Serbia put its army on the highest level of combat readiness on Monday as tensions rose in northern "
                  "Kosovo. The European Union and the United States urged both sides to show restraint.", "2022-12-27")
    assert ("SRB", "XKX", "MOBILIZE") in dyads(events)
    urged = {(e.source.code, e.target.country) for e in events if e.plover["type"] == "REQUEST"}
    assert urged == {(s, t) for s in ("IGOEUREEC", "USA") for t in ("SRB", "XKX")}


def test_leaders_named_by_surname_are_their_governments(code):
    events = code("Aliyev met Pashinyan in Washington. Vucic accused Kurti of provocations.", "2025-08-08")
    assert {e.source.code for e in events} >= {"AZEGOV", "SRBGOV"}


def test_the_right_to_defend_is_reserved_as_a_threat_and_a_relative_clause_s_noun_is_its_object(code):
    events = code("Egypt accused Ethiopia of rejecting compromise and said it reserved the right to defend its water "
                  "security.", "2023-12-20")
    assert ("EGY", "ETH", "THREATEN") in dyads(events)
    events = code("China has lifted most of the trade barriers it imposed on Australian goods in 2020.", "2023-11-07")
    assert dyads(events) == {("CHN", "AUS", "RETREAT"), ("CHN", "AUS", "SANCTION")}


def test_threatening_efforts_endangers_them_and_the_seizure_is_the_taker_s(code):
    events = code("Israeli tanks took control of the Rafah crossing on Tuesday. Egypt condemned the seizure, saying it "
                  "threatened efforts to reach a ceasefire.", "2024-05-08")
    assert "THREATEN" not in {e.plover["type"] for e in events}
    assert ("EGY", "ISR", "ACCUSE") in dyads(events)
    assert dyads(code("Trump threatened tariffs on Canada.", "2025-02-01")) == {("USA", "CAN", "THREATEN")}


def test_a_person_s_arrest_is_done_to_that_person(code):
    events = code("Bosnian prosecutors ordered the arrest of Milorad Dodik. His lawyer said Dodik's arrest would be "
                  "illegal.", "2025-03-14")
    assert not any(e.source and e.source.code == "BIHGOV" and e.cameo == "173" for e in events)


def test_the_only_member_that_has_not_ratified_is_the_copula_s_subject(code):
    events = code("Hungary is now the only member of the alliance that has not ratified Sweden's accession.", "2024-01-24")
    assert dyads(events) == {("HUN", "SWE", "SUPPORT")}
    assert {e.modality for e in events} == {"negated"}
    events = code("Russia became the first country to formally recognize the Taliban government.", "2025-07-03")
    assert {e.source.country for e in events} == {"RUS"}


def test_agreeing_that_others_should_act_is_no_threat_and_a_concern_s_content_is_no_event(code):
    events = code("Joe Biden and Xi Jinping met in Lima. The two leaders agreed that humans, not artificial "
                  "intelligence, should keep control over decisions to use nuclear weapons. Biden raised concerns "
                  "about China's support for Russia's defense industry.", "2024-11-17")
    assert "THREATEN" not in {e.plover["type"] for e in events}
    assert ("USA", "CHN", "AGREE") in dyads(events)
    assert ("CHN", "RUS", "SUPPORT") not in dyads(events)
    assert ("USA", "CHN", "ACCUSE") in dyads(events)


def test_his_visit_is_the_subject_s_and_leaving_a_court_is_no_retreat(code):
    events = code("Syria's interim president, Ahmed al-Sharaa, met Russian President Vladimir Putin in the Kremlin on "
                  "Wednesday on his first visit to Moscow. Sharaa asked Russia to hand over Bashar al-Assad.",
                  "2025-10-16")
    assert {(e.source.country, e.target.country) for e in events if e.cameo == "042"} == {("SYR", "RUS")}
    assert ("SYR", "RUS", "REQUEST") in dyads(events)
    events = code("Hungary announced its withdrawal from the International Criminal Court, calling it a tool of "
                  "political persecution.", "2025-04-03")
    assert {e.cameo for e in events if e.plover["type"] == "SANCTION"} == {"161"}
    assert ("HUN", "IGOICC", "ACCUSE") in dyads(events)


def test_ending_negotiations_with_a_country_halts_them(code):
    events = code("President Donald Trump said on Thursday that he was ending all trade negotiations with Canada.",
                  "2025-10-24")
    assert dyads(events) == {("USA", "CAN", "SANCTION")}
    assert {e.cameo for e in events} == {"164"}


def test_a_government_dissolving_parties_bans_them_and_opposition_figures_are_the_story_s(code):
    events = code("Mali's junta dissolves all political parties. Mali's military government dissolved all political "
                  "parties on Tuesday. Opposition figures called the move an attack on democracy.", "2025-05-15")
    assert {e.cameo for e in events if e.plover["type"] == "COERCE"} == {"1722"}
    assert ("MLIOPP", "MLIGOV") in {(e.source.code, e.target.code) for e in events if e.plover["type"] == "ACCUSE"}


def test_a_crowd_gathered_to_celebrate_is_no_protest(code):
    assert code("Protesters gathered outside Congress in Lima to celebrate.", "2025-10-11") == []
    assert {e.plover["type"] for e in code("Protesters gathered outside Congress in Lima to demand new elections.",
                                           "2025-10-11")} == {"PROTEST"}


def test_telling_someone_that_a_third_party_s_act_is_unacceptable_rebukes_the_third_party(code):
    events = code("Secretary of State Marco Rubio told Panamanian President Jose Raul Mulino that China's influence over "
                  "the canal was unacceptable.", "2025-02-03")
    assert {(e.source.country, e.target.country) for e in events if e.plover["type"] == "ACCUSE"} == {("USA", "CHN")}


def test_a_noun_of_the_lexicon_refers_to_the_last_act_of_its_kind(code):
    # "the operation" is the drone strike (an attack), not the arrests told after it: praise of
    # one's own side's act is no dyad
    events = code("Ukrainian drones struck a dozen Russian bombers at an air base in Siberia on Sunday. Russia said the "
                  "strikes were a terrorist act and detained several people. Zelenskyy praised the operation as "
                  "brilliant.", "2025-06-02")
    assert "SUPPORT" not in {e.plover["type"] for e in events}
    assert ("UKR", "RUS", "ASSAULT") in dyads(events)


def test_being_to_blame_and_bearing_responsibility_are_the_speaker_s_accusations(code):
    events = code("NATO's secretary general said Ukraine was not to blame and that Russia bore ultimate responsibility "
                  "for the war.", "2022-11-17")
    assert dyads(events) == {("IGOWSTNAT", "RUS", "ACCUSE")}
    assert dyads(code("Poland's foreign minister said Moscow was to blame for the blast.")) == {("POL", "RUS", "ACCUSE")}


def test_a_broker_named_after_a_swap_mediates_between_its_parties(code):
    events = code("Russia released American basketball player Brittney Griner on Thursday in exchange for Viktor Bout. "
                  "The two were swapped at Abu Dhabi's airport, in a deal the United Arab Emirates said it had helped "
                  "to broker.", "2022-12-09")
    assert {("ARE", "RUS", "CONSULT"), ("ARE", "USA", "CONSULT")} <= dyads(events)


def test_a_person_introduced_by_nationality_keeps_it_and_is_detained_by_the_police_of_the_place(code):
    events = code("Russia released American basketball player Brittney Griner on Thursday. Griner was detained at a "
                  "Moscow airport in February.", "2022-12-09")
    assert ("RUS", "USA", "COERCE") in dyads(events)
    one = code("American basketball player Brittney Griner was detained at a Moscow airport in February.", "2022-12-09")
    assert dyads(one) == {("RUS", "USA", "COERCE")}


def test_a_private_person_s_travel_and_work_are_no_events(code):
    assert code("Chinese migrant David Gee reached San Francisco in 1928. Gee worked in a laundry with a relative.",
                "2025-05-05") == []


def test_the_first_of_several_weapons_is_the_weapons(code):
    events = code("Germany said it would deliver the first of four IRIS-T air defense systems to Ukraine within days.",
                  "2022-10-11")
    assert dyads(events) == {("DEU", "UKR", "AID")}


def test_places_listed_after_an_attack_s_objects_are_targets_not_attackers(code):
    events = code("Russia fired more than 80 missiles at cities across Ukraine on Monday, including central Kyiv, "
                  "killing at least 19 people.", "2022-10-11")
    assert {e.source.country for e in events} == {"RUS"}


def test_a_victory_for_dialogue_is_praise(code):
    events = code("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after talks in Beijing. "
                  "China's top diplomat, Wang Yi, called the agreement a victory for dialogue and peace.", "2023-03-11")
    assert {("CHN", "SAU", "SUPPORT"), ("CHN", "IRN", "SUPPORT")} <= dyads(events)


def test_a_sign_of_support_is_praise(code):
    events = code("President Joe Biden made an unannounced visit to Kyiv on Monday. Zelenskyy called the visit an "
                  "extremely important sign of support for all Ukrainians.", "2023-02-21")
    assert ("UKR", "USA", "SUPPORT") in dyads(events)


def test_sanctions_in_response_fall_on_the_author_of_the_last_act(code):
    events = code("Putin recognized two separatist regions of Ukraine on Monday. The United States and the European "
                  "Union said they would impose sanctions in response.", "2022-02-22")
    assert {(e.source.country, e.target.country) for e in events if e.plover["type"] == "SANCTION"} \
        == {("USA", "RUS"), ("EUR", "RUS")}


def test_a_verdict_told_as_a_participle_judges_the_subject(code):
    events = code("The European Union agreed to open membership talks with Ukraine. The Kremlin said the move was "
                  "politicized.", "2023-12-15")
    assert ("RUS", "EUR", "ACCUSE") in dyads(events)


def test_an_act_without_which_something_happens_is_not_done(code):
    events = code("European Union leaders agreed to open talks with Ukraine after Viktor Orban left the room so that "
                  "the decision could pass without his veto.", "2023-12-15")
    assert "REJECT" not in {e.plover["type"] for e in events}


def test_opec_plus_rebuffs_and_a_verdict_the_parser_took_for_a_verb_still_rebukes(code):
    events = code("The OPEC+ alliance agreed on Wednesday to cut output, rebuffing lobbying by the United States. "
                  "The White House called the decision shortsighted.", "2022-10-06")
    assert dyads(events) == {("IGOOPC", "USA", "REJECT"), ("USA", "IGOOPC", "ACCUSE")}


def test_the_kingdom_in_a_speaker_s_clause_is_the_speaker_s_and_keeping_up_mediation_is_an_offer(code):
    events = code("Zelenskyy urged leaders to resist Russia's occupation of Ukrainian land. Saudi Crown Prince Mohammed "
                  "bin Salman, who hosted the summit, said the kingdom was ready to keep mediating between Moscow and "
                  "Kyiv.", "2023-05-20")
    offers = {(e.source.country, e.target.country, e.cameo) for e in events if e.plover["type"] == "AGREE"}
    assert offers == {("SAU", "RUS", "039"), ("SAU", "UKR", "039")}
    assert not any(e.cameo == "043" and e.target is not None for e in events)


def test_granting_candidate_status_cooperates_and_a_historic_moment_praises(code):
    events = code("European Union leaders granted Ukraine and Moldova the status of candidates for membership on "
                  "Thursday. Zelenskyy called the decision a unique and historic moment.", "2022-06-24")
    assert dyads(events) == {("EUR", "UKR", "SUPPORT"), ("EUR", "MDA", "SUPPORT"), ("UKR", "EUR", "SUPPORT")}


def test_a_visit_told_before_and_commented_on_is_no_new_visit(code):
    events = code("Zelenskyy flew on to Japan for the summit in Hiroshima. Russia's foreign ministry did not comment on "
                  "the visit.", "2023-05-20")
    assert {e.source.country for e in events} == {"UKR"}


def test_a_partnership_announced_by_several_pairs_them_and_the_pact_names_them_all(code):
    events = code("Australia, Britain and the United States announced a security partnership on Wednesday. Foreign "
                  "Minister Jean-Yves Le Drian called the pact a stab in the back.", "2021-09-18")
    assert {frozenset((e.source.country, e.target.country)) for e in events if e.plover["type"] == "SUPPORT"} \
        == {frozenset(p) for p in (("AUS", "GBR"), ("AUS", "USA"), ("GBR", "USA"))}
    assert {(e.source.country, e.target.country) for e in events if e.plover["type"] == "ACCUSE"} \
        == {("FRA", "AUS"), ("FRA", "GBR"), ("FRA", "USA")}


def test_a_headline_ending_in_an_initialism_is_a_headline():
    from accord.extract import is_heading
    assert is_heading("France recalls envoys over submarine pact between Australia, Britain and U.S.")
    assert not is_heading("The talks ended without a deal.")


def test_a_group_with_no_home_country_is_not_placed_where_it_was_hit(code):
    events = code("A U.S. drone strike killed al-Qaida leader Ayman al-Zawahiri on the balcony of a house in Kabul over "
                  "the weekend, President Joe Biden said on Monday.", "2022-08-02")
    assert [(e.source.country, e.target.country, e.target.code[:9]) for e in events] == [("USA", None, "IMGMOSALQ")]


def test_a_state_of_emergency_declared_with_an_arrest_is_kept(code):
    events = code("Myanmar's military detained the country's elected leader, Aung San Suu Kyi, early on Monday and "
                  "declared a one-year state of emergency.", "2021-02-02")
    assert {e.cameo for e in events} == {"173", "1724"}


def test_leaders_agreeing_to_ban_a_country_s_airlines_sanction_it(code):
    events = code("European Union leaders called the diversion a hijacking and agreed on Monday to ban Belarusian "
                  "airlines from the bloc's airspace.", "2021-05-25")
    assert ("EUR", "BLR", "SANCTION") in dyads(events)
    assert "THREATEN" not in {e.plover["type"] for e in events}


def test_calls_for_a_release_go_to_the_detainer_and_flying_home_is_no_visit(code):
    events = code("Russian opposition leader Alexei Navalny was detained at a Moscow airport on Sunday minutes after "
                  "flying home from Germany. The United States and the European Union called for his immediate "
                  "release.", "2021-01-18")
    assert dyads(events) == {("RUS", "RUS", "COERCE"), ("USA", "RUS", "REQUEST"), ("EUR", "RUS", "REQUEST")}


def test_supporters_gathered_to_greet_someone_do_not_protest(code):
    assert code("Hundreds of supporters gathered at Vnukovo airport to greet Alexei Navalny.", "2021-01-18") == []


def test_aid_announced_by_the_story_s_own_country_goes_to_its_last_partner(code):
    events = code("Zelenskyy visits Washington\n\nUkrainian President Volodymyr Zelenskyy met President Joe Biden at the "
                  "White House on Wednesday. Biden announced $1.85 billion in new military aid for the war, including "
                  "a Patriot missile battery.", "2022-12-22")
    assert ("USA", "UKR", "AID") in dyads(events)


def test_scaling_back_military_activity_de_escalates_and_the_host_of_talks_hosts_their_parties(code):
    events = code("Russian and Ukrainian negotiators held peace talks in Istanbul on Tuesday. Russia said it would "
                  "sharply reduce military activity around Kyiv. Turkish President Recep Tayyip Erdogan, who hosted "
                  "the talks, said both sides had made progress.", "2022-03-30")
    assert ("RUS", "UKR", "RETREAT") in dyads(events)
    assert {(e.source.country, e.target.country) for e in events if e.cameo == "043"} == {("TUR", "RUS"), ("TUR", "UKR")}


def test_an_event_with_no_country_on_either_side_is_not_coded(code):
    events = code("Poland sent thousands of troops to its border with Belarus on Monday after hundreds of migrants "
                  "gathered on the Belarusian side near the village of Kuznica.", "2021-11-09")
    assert dyads(events) == {("POL", "BLR", "MOBILIZE")}


def test_hours_of_talks_are_talks(code):
    events = code("Senior U.S. and Russian diplomats held more than seven hours of talks in Geneva on Monday.", "2022-01-11")
    assert dyads(events) == {("USA", "RUS", "CONSULT")}


def test_calling_someone_a_killer_in_a_belief_is_a_rebuke_and_a_factory_can_be_struck(code):
    events = code("President Joe Biden said in a television interview that he thought Vladimir Putin was a killer.",
                  "2021-03-18")
    assert dyads(events) == {("USA", "RUS", "ACCUSE")}
    assert dyads(code("On Friday, Russia struck a factory outside Kyiv that made the missiles.", "2022-04-15")) \
        == {("RUS", "UKR", "ASSAULT")}


def test_a_surname_in_the_dictionary_used_as_another_man_s_first_name_is_not_him(code):
    events = code("A U.S. drone strike killed Major General Qassem Soleimani, the commander of Iran's Quds Force, at "
                  "Baghdad's airport on Friday, the Pentagon said.", "2020-01-04")
    assert dyads(events) == {("USA", "IRN", "ASSAULT")}


def test_someone_arrested_whom_the_dictionary_does_not_know_is_a_civilian_of_the_place(code):
    events = code("Venezuelan security forces detained a former candidate's campaign manager on Monday.", "2024-08-05")
    assert {(e.source.country, e.target.code, e.cameo) for e in events} == {("VEN", "VENCVL", "173")}
    events = code("Bolivian troops stormed the presidential palace in La Paz. Police arrested Zuniga shortly afterward.",
                  "2024-06-27")
    assert ("BOL", "BOL", "COERCE") in dyads(events)


def test_regretting_a_decision_rebukes_its_author_and_leaving_a_treaty_breaks_with_its_party(code):
    events = code("China imposed tariffs on Japanese seafood on Monday. Tokyo said it strongly regretted the "
                  "decision.", "2024-06-04")
    assert ("JPN", "CHN", "ACCUSE") in dyads(events)
    events = code("The United States formally withdrew from the Intermediate-Range Nuclear Forces Treaty with Russia "
                  "on Friday.", "2019-08-02")
    assert {(e.source.country, e.target.country, e.cameo) for e in events} == {("USA", "RUS", "161")}


def test_attackers_with_no_country_are_where_they_fire_from(code):
    events = code("Militants fired two rockets from Gaza into southern Israel on Tuesday, the Israeli military said.",
                  "2020-09-16")
    assert {(e.source.code, e.target.country) for e in events} == {("PSEREB", "ISR")}


def test_the_host_of_a_signing_receives_all_who_signed_and_a_rebuke_of_the_deals_targets_them_all(code):
    events = code("Israel signed agreements establishing diplomatic relations with the United Arab Emirates and "
                  "Bahrain at a White House ceremony on Tuesday hosted by President Donald Trump. The Palestinian "
                  "leadership condemned the deals as a betrayal of their cause.", "2020-09-16")
    assert {e.target.country for e in events if e.cameo == "043"} == {"ISR", "ARE", "BHR"}
    assert {e.target.country for e in events if e.plover["type"] == "ACCUSE"} == {"ISR", "ARE", "BHR"}


def test_troops_sent_to_border_areas_are_a_show_of_force_at_the_other_side(code):
    events = code("North Korea blew up a liaison office with South Korea on Tuesday. On Wednesday, North Korea's "
                  "military said it would send troops back into border areas.", "2020-06-17")
    assert ("PRK", "KOR", "MOBILIZE") in dyads(events)


def test_a_threat_at_no_one_named_is_aimed_at_the_story_s_country_and_a_bare_condemnation_where_the_appeal_is(code):
    events = code("Soldiers in Guinea detained President Alpha Conde on Sunday. Guinea's borders were closed. U.N. "
                  "Secretary-General Antonio Guterres condemned any takeover of government by force and called for "
                  "Conde's immediate release. ECOWAS threatened to impose sanctions if constitutional order was not "
                  "restored.", "2021-09-06")
    assert {e.target.country for e in events if e.plover["type"] in ("ACCUSE", "REQUEST", "THREATEN")} == {"GIN"}
    assert {e.plover["type"] for e in events if e.source.country.startswith("IGO")} == {"ACCUSE", "REQUEST", "THREATEN"}


def test_a_sum_suspended_in_aid_is_aid_stopped_and_a_demand_s_unnamed_government_is_the_other_country_s(code):
    events = code("The United States suspended $700 million in emergency aid to Sudan and demanded that the "
                  "civilian-led government be restored.", "2021-10-28")
    assert {(e.source.country, e.target.code, e.cameo) for e in events} == {("USA", "SDN", "162"), ("USA", "SDNGOV", "100")}


def test_accepting_an_invitation_to_visit_and_ousting_a_president(code):
    events = code("Egyptian President Abdel Fattah el-Sisi accepted an invitation to visit Turkey.", "2024-02-15")
    assert {(e.source.country, e.target.country, e.cameo) for e in events} == {("EGY", "TUR", "036")}
    events = code("Egypt's military ousted President Mohamed Morsi in 2013.", "2024-02-15")
    assert {(e.source.code, e.target.code, e.plover["type"]) for e in events} == {("EGYMIL", "EGYGOV", "COERCE")}


def test_an_appositive_that_retells_the_clause_s_visit_is_not_another_visit(code):
    events = code("Turkish President Recep Tayyip Erdogan arrived in Cairo on Wednesday for talks with Egyptian "
                  "President Abdel Fattah el-Sisi, his first visit to Egypt since 2012.", "2024-02-15")
    assert {(e.source.country, e.target.country, e.cameo) for e in events if e.cameo == "042"} == {("TUR", "EGY", "042")}


def test_a_law_acts_for_its_signer_and_it_in_a_verdict_is_the_move_named_before(code):
    events = code("Iranian President Masoud Pezeshkian on Wednesday signed into law a bill suspending cooperation "
                  "with the International Atomic Energy Agency. Germany called the move a devastating signal, and "
                  "the U.S. State Department said it was unacceptable.", "2025-07-03")
    assert dyads(events) == {("IRN", "IGOUNO", "SANCTION"), ("DEU", "IRN", "ACCUSE"), ("USA", "IRN", "ACCUSE")}


def test_withdrawing_a_complaint_concedes_and_leaving_a_list_eases_sanctions(code):
    events = code("South Korea said it would withdraw its complaint against Japan at the World Trade Organization.",
                  "2023-03-17")
    assert dyads(events) == {("KOR", "JPN", "CONCEDE")}
    events = code("The United States said it would remove Cuba from its list of state sponsors of terrorism, as part "
                  "of a deal brokered by the Vatican. The Cuban government welcomed the decision.", "2025-01-15")
    assert ("USA", "CUB", "RETREAT") in dyads(events) and ("CUB", "USA", "SUPPORT") in dyads(events)


def test_a_refusal_to_let_someone_act_concerns_whoever_would_be_let(code):
    events = code("Turkey restricted exports of some goods to Israel in April, after Israel refused to let it airdrop "
                  "aid into Gaza.", "2024-05-03")
    assert ("ISR", "TUR", "REJECT") in dyads(events)


def test_an_opposition_with_no_country_opposes_the_government_it_faces(code):
    events = code("In Seoul, opposition lawmakers accused President Yoon Suk Yeol of humiliating diplomacy.", "2023-03-17")
    assert {(e.source.country, e.target.code, e.plover["type"]) for e in events} == {("KOR", "KORGOV", "ACCUSE")}


def test_drones_launched_at_a_country_s_plants_are_an_attack_and_its_denial_of_meaningless_accusations_a_rebuke(code):
    events = code("Yemen's Houthi rebels said they had launched drones at two Saudi oil facilities on Saturday. Mike "
                  "Pompeo blamed Iran for the attack. Iran denied any role and called the accusations meaningless.",
                  "2019-09-17")
    assert {("YEM", "SAU", "ASSAULT"), ("USA", "IRN", "ACCUSE"), ("IRN", "USA", "ACCUSE")} <= dyads(events)


def test_weapons_launched_at_a_ship_that_shot_them_down_are_told_by_the_downing(code):
    events = code("A U.S. Navy destroyer in the Red Sea shot down three cruise missiles and several drones launched "
                  "by Houthi forces in Yemen on Thursday.", "2023-10-20")
    assert {e.plover["type"] for e in events} == {"ASSAULT"}


def test_an_operation_that_will_continue_is_a_threat_and_an_attempt_to_intimidate_a_rebuke(code):
    events = code("Turkey launched a military offensive against Kurdish-led forces in northeast Syria. The United "
                  "States imposed sanctions on three Turkish ministers on Monday. Vice President Mike Pence said he "
                  "would travel to Ankara. Erdogan said the operation would continue. He called the sanctions an "
                  "attempt to intimidate Turkey.", "2019-10-15")
    assert {("USA", "TUR", "CONSULT"), ("TUR", "SYR", "THREATEN"), ("TUR", "USA", "ACCUSE")} <= dyads(events)


def test_a_deal_finalized_by_two_and_signed_by_one_is_praised_for_both(code):
    events = code("Lebanon and Israel finalized an agreement on Thursday setting their maritime border. Lebanese "
                  "President Michel Aoun signed the agreement in Beirut. U.S. President Joe Biden called the deal "
                  "historic.", "2022-10-28")
    assert {e.target.country for e in events if e.cameo == "051"} == {"LBN", "ISR"}


def test_the_decision_is_the_last_act_not_the_last_words(code):
    events = code("President Donald Trump said the United States was withdrawing from the 2015 nuclear agreement with "
                  "Iran. Iranian President Hassan Rouhani warned that Iran could resume enriching uranium without "
                  "limits. Britain, France and Germany said they regretted the decision.", "2018-05-09")
    assert {e.target.country for e in events if e.source.country in ("GBR", "FRA", "DEU")} == {"USA"}


def test_troops_ordered_back_to_base_de_escalate_and_the_pullback_is_theirs(code):
    events = code("Russian Defense Minister Sergei Shoigu on Thursday ordered troops to return to their bases, after "
                  "weeks of military exercises near Ukraine's border. Ukrainian President Volodymyr Zelenskyy "
                  "welcomed the pullback.", "2021-04-23")
    assert {("RUS", "UKR", "RETREAT"), ("UKR", "RUS", "SUPPORT")} <= dyads(events)


def test_a_meeting_proposed_to_no_one_named_is_proposed_to_the_other_party_of_the_sentence(code):
    events = code("U.S. President Joe Biden, who had called Putin last week, proposed a summit in a third country.",
                  "2021-04-23")
    assert ("USA", "RUS", "AGREE") in dyads(events)


def test_a_flag_names_whose_ship_is_seized_and_a_seizure_before_a_threat_is_told_not_threatened(code):
    events = code("Iran's Revolutionary Guards seized the British-flagged oil tanker Stena Impero on Friday. Iranian "
                  "officials had threatened to retaliate after British Royal Marines helped seize an Iranian tanker "
                  "off Gibraltar two weeks earlier.", "2019-07-21")
    assert {("IRN", "GBR", "COERCE"), ("IRN", "GBR", "THREATEN"), ("GBR", "IRN", "COERCE")} <= dyads(events)


def test_condemning_the_mutiny_condemns_the_soldiers_who_seized_power(code):
    events = code("Mutinous soldiers detained Mali's President Ibrahim Boubacar Keita on Tuesday. France and the "
                  "African Union condemned the mutiny.", "2020-08-20")
    assert {(e.source.country, e.target.code) for e in events if e.plover["type"] == "ACCUSE"} == \
        {("FRA", "MLIMIL"), ("IGOAFRAU", "MLIMIL")}


def test_a_pledge_about_the_source_s_own_land_is_aimed_at_whom_the_land_would_threaten(code):
    events = code("The United States signed an agreement with the Taliban in Doha on Saturday. Under the deal, the "
                  "Taliban pledged not to let al-Qaida use Afghanistan to threaten the United States.", "2020-03-01")
    assert ("AFG", "USA", "AGREE") in dyads(events)


def test_aid_with_no_recipient_named_is_for_the_place_it_reaches_else_the_first_other_country_named(code):
    events = code("Armenia sent a convoy of five trucks carrying food and water across its border with Turkey on "
                  "Saturday.", "2023-02-13")
    assert dyads(events) == {("ARM", "TUR", "AID")}
    events = code("A deadly earthquake struck Turkey and Syria. In Syria, aid from the United Nations reached the "
                  "northwest through the Bab al-Hawa crossing from Turkey.", "2023-02-13")
    assert {e.target.country for e in events if e.plover["type"] == "AID"} == {"SYR"}


def test_what_a_side_will_not_commit_to_is_not_done(code):
    events = code("The Afghan government said it would not commit to releasing 5,000 Taliban prisoners.", "2020-03-01")
    assert not [e for e in events if e.plover["type"] == "RETREAT"]


def test_a_president_ousted_by_his_country_s_military_is_of_that_country_whatever_the_story(code):
    events = code("Egyptian President Abdel Fattah el-Sisi arrived in Ankara on Wednesday for talks with Turkish "
                  "President Recep Tayyip Erdogan. Relations between the two countries were frozen for a decade after "
                  "the Egyptian military ousted President Mohamed Morsi, an ally of Ankara.", "2024-09-05")
    assert {(e.source.code, e.target.code) for e in events if e.cameo == "170"} == {("EGYMIL", "EGYGOV")}


def test_calling_a_move_unfriendly_is_a_rebuke(code):
    events = code("Moldova expelled dozens of Russian diplomats on Wednesday. The Russian embassy called the move "
                  "unfriendly.", "2023-07-27")
    assert ("RUS", "MDA", "ACCUSE") in dyads(events)


def test_terminating_an_agreement_breaks_with_the_other_party_and_judging_a_named_act_does_not_redo_it(code):
    events = code("The Philippines formally notified the United States on Tuesday that it was terminating the "
                  "Visiting Forces Agreement.", "2020-02-12")
    assert dyads(events) == {("PHL", "USA", "SANCTION")}
    events = code("Chinese Foreign Minister Wang Yi threatened the Czech Republic. German Foreign Minister Heiko Maas "
                  "called China's threats unacceptable.", "2020-09-01")
    assert dyads(events) == {("CHN", "CZE", "THREATEN"), ("DEU", "CHN", "ACCUSE")}


def test_the_delegation_received_is_the_last_visitor(code):
    events = code("Czech Senate President Milos Vystrcil arrived in Taipei on Sunday at the head of a 90-member "
                  "delegation. Taiwan's President Tsai Ing-wen received the delegation.", "2020-09-01")
    assert ("TWN", "CZE", "CONSULT") in dyads(events)


def test_a_verb_coordinated_with_a_reported_verdict_is_the_speaker_s(code):
    events = code("Protests broke out in Belarus after the election. The European Union said the election had been "
                  "neither free nor fair and threatened sanctions against those responsible for the violence.",
                  "2020-08-12")
    assert ("IGOEUREEC", "BLR", "THREATEN") in {(e.source.code, e.target.country, e.plover["type"]) for e in events}


def test_leaving_for_a_country_is_a_visit_and_foreign_forces_are_no_one_named(code):
    events = code("Belarusian opposition candidate Svetlana Tsikhanouskaya has left for Lithuania.", "2020-08-12")
    assert dyads(events) == {("BLR", "LTU", "CONSULT")}
    events = code("Lukashenko accused foreign forces of orchestrating the protests, and Russian President Vladimir "
                  "Putin congratulated him on his victory.", "2020-08-12")
    assert ("BLR", "RUS", "ACCUSE") not in dyads(events)


def test_police_cracking_down_on_protests_against_the_ruler_repress_his_people(code):
    events = code("Belarusian opposition candidate Svetlana Tsikhanouskaya has left for Lithuania, the Lithuanian "
                  "foreign minister said on Tuesday, after police cracked down on protests against President "
                  "Alexander Lukashenko's claim of a landslide re-election.", "2020-08-12")
    assert {(e.source.code, e.target.code, e.cameo) for e in events if e.cameo[:2] in ("14", "17", "18")} == \
        {("BLRCOP", "BLRCVL", "175"), ("BLRCVL", "BLRGOV", "140")}


def test_diplomats_withdrawn_for_security_reasons_are_evacuated_not_recalled(code):
    events = code("Turkey recalled its ambassador to Israel on Saturday. Israel had already withdrawn its diplomats "
                  "from Turkey last month for security reasons.", "2023-11-05")
    assert dyads(events) == {("TUR", "ISR", "SANCTION")}


def test_what_would_have_happened_did_not(code):
    events = code("President Donald Trump said he had called off strikes on three Iranian sites because they would "
                  "have killed about 150 people.", "2019-06-22")
    assert not [e for e in events if e.cameo == "190"]


def test_a_commitment_parsed_as_an_adverbial_clause_and_welcoming_the_declaration_of_two(code):
    events = code("Trump committed to provide security guarantees to North Korea.", "2018-06-13")
    assert dyads(events) == {("USA", "PRK", "AGREE")}
    events = code("North Korean leader Kim Jong Un and South Korean President Moon Jae-in agreed to work toward the "
                  "denuclearization of the peninsula. China welcomed the declaration.", "2018-04-28")
    assert {e.target.country for e in events if e.source.country == "CHN"} == {"PRK", "KOR"}


def test_appeals_to_all_sides_of_a_civil_war_and_concern_at_the_fighting(code):
    events = code("Forces loyal to eastern commander Khalifa Haftar pushed toward Tripoli on Friday, clashing with "
                  "fighters allied to Libya's U.N.-backed government. U.N. Secretary-General Antonio Guterres met "
                  "Haftar in Benghazi. The United States and Italy said they were deeply concerned by the fighting and "
                  "urged all sides to de-escalate.", "2019-04-06")
    assert {("IGOUNO", "LBY", "CONSULT"), ("USA", "LBY", "ACCUSE"), ("USA", "LBY", "REQUEST"), ("ITA", "LBY", "REQUEST")} \
        <= dyads(events)


def test_what_an_appeal_asks_for_is_not_done_and_martial_law_approved_is_imposed(code):
    events = code("NATO and the European Union called on Russia to release the ships and their crews.", "2018-11-27")
    assert {e.plover["type"] for e in events} == {"REQUEST"}
    events = code("Ukraine's parliament approved martial law in regions bordering Russia on Monday.", "2018-11-27")
    assert {(e.source.code, e.cameo) for e in events} == {("UKRLEG", "1724")}


def test_the_two_sides_after_a_leader_named_by_surname_alone(code):
    events = code("Philippine President Rodrigo Duterte announced his separation from the United States during a visit "
                  "to Beijing. Duterte held talks with Chinese President Xi Jinping, and the two sides signed 13 "
                  "agreements on trade.", "2016-10-20")
    assert {(e.source.country, e.target.country) for e in events if e.cameo == "057"} <= {("PHL", "CHN"), ("CHN", "PHL")}
    assert [e for e in events if e.cameo == "057"]


def test_a_pledge_of_money_to_no_one_named_goes_to_the_last_partner(code):
    events = code("Philippine President Rodrigo Duterte visited China. China pledged $24 billion in investment and "
                  "loans.", "2016-10-20")
    assert ("CHN", "PHL", "AGREE") in dyads(events)


def test_it_called_unjustified_and_a_move_disagreed_with_are_the_act_told_before(code):
    events = code("President Donald Trump recognized Jerusalem as the capital of Israel on Wednesday. Britain said it "
                  "disagreed with the move, and Saudi Arabia called it unjustified and irresponsible.", "2018-12-07")
    assert {("GBR", "USA", "ACCUSE"), ("SAU", "USA", "ACCUSE")} <= dyads(events)
    events = code("European leaders rallied behind Zelenskyy, and German Chancellor Olaf Scholz called it wrong and "
                  "dangerous to deny him democratic legitimacy.", "2025-02-20")
    assert not [e for e in events if e.source.country == "DEU" and e.target is not None and e.target.country == "UKR"]
    events = code("President Donald Trump recognized Jerusalem as the capital of Israel. Thousands of Palestinians "
                  "protested against the decision in Gaza. Germany said it disagreed with the move.", "2018-12-07")
    assert ("DEU", "USA", "ACCUSE") in dyads(events)
    events = code("The State Department revoked the visas of six students. It is not a crime to disagree with the "
                  "decision.", "2025-03-13")
    assert not [e for e in events if e.plover["type"] == "ACCUSE"]


def test_a_reaction_drawn_from_a_place_and_a_visit_where_someone_is_due(code):
    events = code("President Donald Trump recognized Jerusalem as the capital of Israel on Wednesday. The decision "
                  "drew condemnation from Saudi Arabia and Jordan.", "2018-12-07")
    assert {("SAU", "USA", "ACCUSE"), ("JOR", "USA", "ACCUSE")} <= dyads(events)
    events = code("Philippine President Rodrigo Duterte met Xi Jinping in Beijing. The remarks drew concern in Tokyo, "
                  "where Duterte is due to visit next week.", "2016-10-20")
    assert ("PHL", "JPN", "CONSULT") in dyads(events)


def test_missiles_launched_at_a_place_attack_its_state_not_the_missiles_owner(code):
    events = code("The United States launched more than 100 missiles at three sites in Syria early on Saturday. Britain "
                  "fired missiles at three sites in Syria.", "2018-04-14")
    assert dyads(events) == {("USA", "SYR", "ASSAULT"), ("GBR", "SYR", "ASSAULT")}
    events = code("Iran's Revolutionary Guards said they had fired ballistic missiles at what they called an Israeli spy "
                  "headquarters.", "2024-01-16")
    assert not [e for e in events if e.target is not None and e.target.country == "IRN"]
    events = code("Iran launched a drone at dawn. Ukraine's air force said it had shot down 30 of the 62 drones launched "
                  "at the capital.", "2024-01-16")
    assert not [e for e in events if e.cameo[:2] in ("18", "19", "20") and e.trigger.startswith("launched")]


def test_a_denied_act_is_not_done_and_strikes_said_necessary_are_praised(code):
    events = code("The Syrian government has denied using chemical weapons.", "2018-04-14")
    assert not [e for e in events if e.cameo[:2] in ("18", "19", "20")]
    events = code("The United States, Britain and France launched more than 100 missiles at three sites in Syria early "
                  "on Saturday. German Chancellor Angela Merkel said the strikes were necessary and appropriate.", "2018-04-14")
    assert {e.target.country for e in events if e.source.country == "DEU" and e.plover["type"] == "SUPPORT"} == \
        {"USA", "GBR", "FRA"}


def test_a_rebuke_of_the_move_passes_over_the_speakers_own_reply(code):
    events = code("North Korea banned all Malaysians in the country from leaving on Tuesday, and Malaysia responded by "
                  "barring North Korean embassy staff from leaving Kuala Lumpur. Malaysian Prime Minister Najib Razak "
                  "called the move abhorrent.", "2017-03-07")
    assert ("MYS", "PRK", "ACCUSE") in dyads(events)


def test_a_country_said_obliged_to_comply_is_asked_to(code):
    events = code("Japan said China was obliged to comply with the ruling.", "2016-07-12")
    assert dyads(events) == {("JPN", "CHN", "REQUEST")}


def test_a_headline_ending_in_a_quoted_phrase_is_a_headline():
    from accord.extract import is_heading
    assert is_heading("North Korea threatens Guam after Trump warns of 'fire and fury'")
    assert not is_heading('Tehran called the allegations "baseless."')


def test_force_the_speakers_side_could_use_or_plans_is_a_threat(code):
    events = code("North Korea said on Wednesday it was examining a plan to fire missiles at the U.S. Pacific territory "
                  "of Guam.", "2017-08-09")
    assert dyads(events) == {("PRK", "USA", "THREATEN")}
    events = code("Japan's defense minister said Tokyo could legally shoot down any missile headed toward Guam.", "2017-08-09")
    assert {(e.source.country, e.plover["type"]) for e in events} == {("JPN", "THREATEN")}


def test_a_pilot_captured_after_a_downing_and_an_envoy_summoned_to_protest(code):
    events = code("Pakistan said it shot down two Indian fighter jets over Kashmir on Wednesday and captured a pilot. "
                  "India summoned Pakistan's acting high commissioner to protest.", "2019-02-27")
    assert dyads(events) == {("PAK", "IND", "ASSAULT"), ("PAK", "IND", "COERCE"), ("IND", "PAK", "ACCUSE")}


def test_troops_entering_another_country_are_a_show_of_force(code):
    events = code("Senegalese troops entered Gambia on Thursday to force longtime ruler Yahya Jammeh to hand over "
                  "power.", "2017-01-19")
    assert ("SEN", "GMB", "MOBILIZE") in dyads(events)


def test_the_summit_hosted_is_of_those_named_together_before_and_a_danger_warned_of_is_no_threat(code):
    events = code("The leaders of Egypt, Ethiopia and Sudan agreed on Tuesday to continue talks on the dam. The virtual "
                  "summit was hosted by South African President Cyril Ramaphosa.", "2020-07-22")
    assert {e.target.country for e in events if e.source.country == "ZAF"} == {"EGY", "ETH", "SDN"}
    events = code("Egypt has accused Ethiopia of acting unilaterally and warned that the dam threatens its share of Nile "
                  "water.", "2020-07-22")
    assert dyads(events) == {("EGY", "ETH", "ACCUSE")}


def test_land_seized_from_a_state_and_a_historical_or_undone_act_is_not_the_move(code):
    events = code("President Donald Trump signed a proclamation on Monday recognizing Israel's sovereignty over the Golan "
                  "Heights, which it seized from Syria in the 1967 war. Syria's foreign ministry said the move was a "
                  "blatant attack on its sovereignty.", "2019-03-26")
    assert {("ISR", "SYR", "COERCE"), ("SYR", "USA", "ACCUSE")} <= dyads(events)
    events = code("President Donald Trump signed a proclamation on Monday recognizing Israel's sovereignty over the Golan "
                  "Heights. The European Union said it did not recognize Israeli sovereignty over the territory, and "
                  "Russia warned that the decision could set off a new wave of tension in the region.", "2019-03-26")
    assert {e.target.country for e in events if e.source.country == "RUS"} == {"USA"}
    assert {e.plover["type"] for e in events if e.source.country == "RUS"} == {"ACCUSE"}


def test_an_act_of_historic_justice_is_praise_and_the_occupied_west_bank_is_no_indian_town(code):
    events = code("President Donald Trump recognized Israel's sovereignty over the Golan Heights. Israeli Prime Minister "
                  "Benjamin Netanyahu called the decision an act of historic justice.", "2019-03-26")
    assert ("ISR", "USA", "SUPPORT") in dyads(events)
    events = code("Israel annexed settlements in the occupied West Bank.", "2020-01-29")
    assert dyads(events) == {("ISR", "PSE", "COERCE")}


def test_the_two_sides_are_not_those_who_speak_in_the_sentence(code):
    events = code("Palestinian President Mahmoud Abbas rejected a Middle East plan unveiled by President Donald Trump. "
                  "The plan would allow Israel to annex Jewish settlements. Jordan warned against any annexation of "
                  "Palestinian land, while Egypt urged the two sides to study the proposal carefully.", "2020-01-29")
    assert {e.target.country for e in events if e.source.country == "EGY"} == {"ISR", "PSE"}


def test_results_not_recognized_are_the_storys_and_a_saudi_led_coalition_is_saudi(code):
    events = code("The United States imposed sanctions on Venezuelan President Nicolas Maduro on Monday. Peru, Colombia, "
                  "Argentina and Mexico said they would not recognize the results.", "2017-08-01")
    assert {(e.source.country, e.target.country, e.modality) for e in events if e.cameo == "054"} == \
        {(c, "VEN", "negated") for c in ("PER", "COL", "ARG", "MEX")}
    events = code("The Saudi-led coalition accused the Houthis of firing missiles at Riyadh.", "2016-10-09")
    assert dyads(events) == {("SAU", "YEM", "ACCUSE")}


def test_congratulations_also_sent_go_where_the_last_ones_went(code):
    events = code("U.S. President Joe Biden congratulated Lula on his victory. Chinese President Xi Jinping and French "
                  "President Emmanuel Macron also sent congratulations.", "2022-10-31")
    assert {(e.source.country, e.target.country) for e in events} == {("USA", "BRA"), ("CHN", "BRA"), ("FRA", "BRA")}
    events = code("French troops arrived in Kabul on Monday. Afghan security forces also arrived and controlled the site.",
                  "2021-08-20")
    assert not [e for e in events if e.source.country == "AFG" and e.target is not None]


def test_an_inquiry_called_for_into_killings_and_the_protest_movement(code):
    events = code("Security forces stormed a protest camp in Khartoum and killed dozens of people. Britain and the United "
                  "States called for an independent investigation into the killings.", "2019-06-06")
    assert {("GBR", "SDN", "REQUEST"), ("USA", "SDN", "REQUEST")} <= dyads(events)
    events = code("The African Union suspended Sudan on Thursday. Sudan's military council offered talks. The protest "
                  "movement urged Sudanese to join a campaign of civil disobedience.", "2019-06-06")
    assert ("IGOAFRAU", "REQUEST") not in {(e.source.code, e.plover["type"]) for e in events}


def test_forces_ordered_to_observe_a_ceasefire_are_not_mobilised(code):
    events = code("Kiir and Machar later ordered their forces to observe a ceasefire.", "2016-07-11")
    assert not [e for e in events if e.plover["type"] == "MOBILIZE"]


def test_a_region_of_a_country_and_a_gerund_tagged_a_noun(code):
    events = code("Israel deployed troops to the southern region of Lebanon.", "2018-01-22")
    assert dyads(events) == {("ISR", "LBN", "MOBILIZE")}
    events = code("Turkish jets began bombing positions of the YPG militia.", "2018-01-22")
    assert dyads(events) == {("TUR", "SYR", "ASSAULT")}


def test_officials_briefed_a_breach_of_an_accord_and_sanctions_merely_mentioned(code):
    events = code("Iranian Foreign Minister Mohammad Javad Zarif met Macron in Biarritz and briefed British and German "
                  "officials.", "2019-08-26")
    assert {("IRN", "GBR", "CONSULT"), ("IRN", "DEU", "CONSULT")} <= dyads(events)
    events = code("Iran said on Monday it had begun enriching uranium beyond the limit set by its nuclear deal, its "
                  "second breach of the accord in a week.", "2019-07-08")
    assert dyads(events) == {("IRN", None, "REJECT")}
    events = code("Tehran said it would keep reducing its commitments unless European countries helped it get around "
                  "U.S. sanctions.", "2019-07-08")
    assert not [e for e in events if e.plover["type"] == "SANCTION"]


def test_the_two_leaders_after_a_leader_named_with_title_and_name_and_pro_government_forces(code):
    events = code("Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan agreed on Monday to create "
                  "a demilitarized zone around the Syrian province of Idlib. The two leaders announced the deal after "
                  "talks in Sochi.", "2018-09-18")
    assert {(e.source.country, e.target.country) for e in events if e.plover["type"] == "CONSULT"} <= \
        {("RUS", "TUR"), ("TUR", "RUS")}
    assert [e for e in events if e.plover["type"] == "CONSULT"]
    events = code("Russia and Turkey brokered a deal on Tuesday. Turkey accused the Syrian government of blocking the "
                  "evacuation. Pro-government forces shelled the last rebel districts.", "2016-12-14")
    assert {e.source.country for e in events if e.plover["type"] == "ASSAULT"} == {"SYR"}


def test_apps_banned_officials_declared_unwelcome_and_a_speaker_concerned_about_itself(code):
    events = code("India banned 59 Chinese mobile apps on Monday. China said it was strongly concerned and was verifying "
                  "the situation.", "2020-06-30")
    assert dyads(events) == {("IND", "CHN", "SANCTION"), ("CHN", "IND", "ACCUSE")}
    events = code("Ethiopia's foreign ministry declared seven senior United Nations officials persona non grata on "
                  "Thursday and gave them 72 hours to leave the country.", "2021-10-01")
    assert {(e.source.country, e.target.country, e.plover["type"]) for e in events} == {("ETH", "IGOUNO", "SANCTION")}
    events = code("Guterres said the U.N. was engaging with the Ethiopian government.", "2021-10-01")
    assert ("IGOUNO", "ETH", "CONSULT") in dyads(events)


def test_a_crowd_in_the_streets_of_a_city_protesting_against_a_neighbour(code):
    events = code("Congo ordered Rwanda's ambassador to leave the country on Saturday. Thousands of people took to the "
                  "streets of Goma to protest against Rwanda.", "2022-10-31")
    assert [(e.source.country, e.target.country) for e in events if e.plover["type"] == "PROTEST"] == [("COD", "RWA")]


def test_strikes_summon_no_one_and_hitting_targets_on_a_country_s_soil_attacks_it(code):
    events = code("Tehran said the Pakistani raids killed several villagers and summoned Pakistan's charge d'affaires.",
                  "2024-01-18")
    assert ("IRN", "PAK", "ACCUSE") in dyads(events)
    assert not [e for e in events if e.plover["type"] == "ACCUSE" and e.source.country == "PAK"]
    events = code("Islamabad struck back two days after Iran hit targets on Pakistani soil.", "2024-01-18")
    assert ("IRN", "PAK", "ASSAULT") in dyads(events)
    events = code("Iranian drones struck bases in Pakistan's Balochistan province.", "2024-01-16")
    assert ("IRN", "PAK", "ASSAULT") in dyads(events)
    events = code("Israel launched strikes on Iranian air defenses overnight. The strikes hit radar sites near "
                  "Isfahan, the army said.", "2024-04-19")
    assert not [e for e in events if e.trigger == "hit"]


def test_envoys_given_hours_to_leave_or_barred_from_returning_are_expelled(code):
    events = code("Riyadh broke off relations with Tehran. Foreign Minister Adel al-Jubeir gave Iranian diplomats two "
                  "days to leave the kingdom.", "2016-01-04")
    assert ("SAU", "IRN", "SANCTION") in dyads(events)
    assert "166" in {e.cameo for e in events}
    events = code("Islamabad barred Iran's ambassador from returning to the capital.", "2024-01-17")
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("166", "PAK", "IRN")]


def test_an_offer_to_help_mediate_is_between_the_two_sides_at_odds(code):
    events = code("Pakistan fired missiles at Iran on Thursday. Tehran said its missiles and drones had struck only "
                  "militants. Beijing, a friend of both, offered to help mediate.", "2024-01-18")
    assert {(e.source.country, e.target.country) for e in events if e.cameo == "039"} == {("CHN", "PAK"), ("CHN", "IRN")}


def test_a_decision_to_cut_funds_and_suspend_talks_is_a_sanction_on_whom_it_cuts(code):
    events = code("Foreign ministers of the European Union agreed to cut loans to Turkey and to suspend talks on a "
                  "transport deal, in response to Turkish drilling off Cyprus.", "2019-07-16")
    assert dyads(events) == {("EUR", "TUR", "SANCTION")}
    events = code("Riga said it would lower its ties with Moscow.", "2023-01-24")
    assert dyads(events) == {("LVA", "RUS", "SANCTION")}


def test_a_past_verb_coordinated_with_a_to_clause_is_the_asker_s_own_act(code):
    events = code("Pakistani ministers also asked the World Bank to review its lending to Afghanistan and called on "
                  "Kabul to stop its support for militants.", "2023-05-02")
    assert {("PAK", "IGOWBK", "REQUEST"), ("PAK", "AFG", "REQUEST")} <= dyads(events)


def test_a_relative_shares_the_person_s_country_and_a_government_is_no_she(code):
    events = code("Tehran freed British aid worker Nazanin Zaghari-Ratcliffe on Wednesday. The Iranian government had "
                  "accused Zaghari-Ratcliffe of plotting a coup. Her husband had campaigned for her release and staged "
                  "hunger strikes outside the Foreign Office.", "2022-03-17")
    assert {("GBR", "IRN", "REQUEST"), ("GBR", "GBR", "PROTEST")} <= dyads(events)
    # (and a crowd that gathered to greet someone held no meeting)
    events = code("Vladimir Putin arrived in Pyongyang on Wednesday. Thousands of North Koreans who had gathered at the "
                  "airport to greet him waved flags.", "2024-06-19")
    assert dyads(events) == {("RUS", "PRK", "CONSULT")}


def test_riot_police_sent_with_soldiers_to_a_border_are_a_show_of_force_at_the_neighbour(code):
    events = code("Athens sent more troops and riot police to its border with Turkey on Sunday.", "2020-03-01")
    assert dyads(events) == {("GRC", "TUR", "MOBILIZE")}


def test_an_act_declared_null_and_void_is_rejected_and_a_threatened_act_is_not_done(code):
    events = code("The U.N. General Assembly voted on Thursday to declare Russia's annexation of the four regions null "
                  "and void, despite threats by Moscow to cut gas supplies to countries that backed the text.",
                  "2022-10-13")
    assert ("IGOUNO", "RUS", "REJECT") in dyads(events)
    assert not [e for e in events if e.plover["type"] == "SANCTION"]
    events = code("Russia annexed four Ukrainian regions. The U.N. General Assembly voted to declare the annexation null "
                  "and void. Ukraine welcomed the result.", "2022-10-13")
    assert ("UKR", "IGOUNO", "SUPPORT") in dyads(events)


def test_the_militia_is_an_armed_group_and_the_escalation_is_its_attacker_s(code):
    events = code("Turkish artillery shelled positions held by the Kurdish YPG militia in northern Syria. Damascus asked "
                  "the U.N. Security Council to intervene. Ankara vowed a harsh response if the militia tried to take "
                  "the town. France said it was deeply concerned about the escalation.", "2016-02-15")
    assert {("TUR", "SYR", "THREATEN"), ("FRA", "TUR", "ACCUSE")} <= dyads(events)
    assert not [e for e in events if e.plover["type"] == "THREATEN" and e.target.country == "IGOUNO"]


def test_instructors_and_rifles_sent_to_the_government_in_a_capital_are_military_aid(code):
    events = code("Moscow sent military instructors to the Central African Republic and delivered rifles to the "
                  "government in Bangui. Paris questioned Moscow's motives.", "2018-03-22")
    assert dyads(events) == {("RUS", "CAF", "AID"), ("FRA", "RUS", "ACCUSE")}


def test_an_opposition_rejecting_the_results_rejects_its_government_which_threatens_it(code):
    events = code("Police surrounded the homes of Ivorian opposition leaders in Abidjan. The opposition rejected the "
                  "results. The government said the opposition leaders would be prosecuted.", "2020-11-04")
    assert {("CIV", "CIV", "COERCE"), ("CIV", "CIV", "REJECT"), ("CIV", "CIV", "THREATEN")} <= dyads(events)


def test_no_justification_for_a_coup_rebukes_its_authors_and_a_call_to_restore_rule_concerns_the_country(code):
    events = code("Thai army seizes power\n\nThailand's army chief seized power in a coup on Thursday after months of "
                  "protests.\n\nSoldiers detained several former ministers.\n\nThe United States said there was no "
                  "justification for the coup.\n\nU.N. Secretary-General Ban Ki-moon called for a prompt return to "
                  "civilian rule.", "2014-05-23")
    assert {("USA", "THA", "ACCUSE"), ("IGOUNO", "THA", "REQUEST")} <= dyads(events)


def test_a_call_made_to_offer_condolences_is_a_phone_call(code):
    events = code("Greek Prime Minister Kyriakos Mitsotakis called President Recep Tayyip Erdogan to offer his "
                  "condolences.", "2023-02-07")
    assert ("GRC", "TUR", "CONSULT") in dyads(events)


def test_dropping_planned_changes_concedes_and_an_inquiry_called_for_concerns_the_country(code):
    events = code("Uzbek leader drops constitutional changes\n\nUzbekistan's president declared a state of emergency in "
                  "Karakalpakstan on Saturday after protesters clashed with police in Nukus.\n\nPresident Shavkat "
                  "Mirziyoyev dropped planned constitutional changes that had sparked the protests.\n\nThe European "
                  "Union called for an independent investigation into the deaths.", "2022-07-04")
    assert {("UZB", "UZB", "CONCEDE"), ("EUR", "UZB", "REQUEST")} <= dyads(events)


def test_ordering_a_consulate_closed_in_retaliation_reduces_ties_and_is_one_act(code):
    events = code("Beijing ordered Washington to close its consulate in Chengdu, retaliating for the American order to "
                  "shut the Chinese consulate in Houston. China called the American move a political provocation.",
                  "2020-07-24")
    assert dyads(events) == {("CHN", "USA", "SANCTION"), ("USA", "CHN", "SANCTION"), ("CHN", "USA", "ACCUSE")}


def test_a_case_filed_against_a_state_accuses_it_and_it_is_not_the_court(code):
    events = code("Ukraine filed a case against Russia at the International Court of Justice, accusing it of planning "
                  "genocide.", "2022-02-27")
    assert dyads(events) == {("UKR", "RUS", "ACCUSE")}
    assert {e.cameo for e in events} == {"115", "112"}
    events = code("Baghdad said it would file a complaint with the U.N. Security Council.", "2022-02-27")
    assert not [e for e in events if e.cameo == "115"]


def test_a_plot_organized_is_blamed_and_a_country_s_creditors_are_not_the_country(code):
    events = code("Montenegro's prosecutor said Russian nationalists had organized a plot to kill the prime minister.",
                  "2016-11-06")
    assert ("MNE", "RUS", "ACCUSE") in dyads(events)
    events = code("The IMF reached a deal with Sri Lanka. The fund urged Sri Lanka's creditors, including China, to agree "
                  "on restructuring its debts.", "2022-12-02")
    assert [(e.source.country, e.target.country) for e in events if e.plover["type"] == "REQUEST"] == [("IGOIMF", "CHN")]
    events = code("Bosnian Serb leader Milorad Dodik called the American sanctions unjust.", "2022-01-06")
    assert ("BIH", "USA", "ACCUSE") in dyads(events)


def test_a_court_annulling_an_election_coerces_and_the_government_may_judge_its_court(code):
    events = code("Kenya's Supreme Court annulled President Uhuru Kenyatta's election victory on Friday. Kenyatta said he "
                  "disagreed with the decision. At a rally, he called the judges crooks.", "2017-09-02")
    assert [(e.source.code, e.target.code, e.plover["type"]) for e in events] == [
        ("KENJUD", "KENGOV", "COERCE"), ("KENGOV", "KENJUD", "ACCUSE"), ("KENGOV", "KENJUD", "ACCUSE")]


def test_a_call_for_a_transition_concerns_the_story_s_country(code):
    events = code("Burkina Faso's president quits\n\nBurkina Faso's President Blaise Compaore resigned on Friday after "
                  "protesters set fire to parliament in Ouagadougou.\n\nThe African Union called for a civilian-led "
                  "transition.", "2014-11-01")
    assert ("IGOAFRAU", "BFA", "REQUEST") in dyads(events)


def test_not_ruling_out_a_military_option_threatens_and_a_refusal_of_force_answers_it(code):
    events = code("Trump said he was not ruling out a military option to deal with the crisis in Venezuela. Caracas "
                  "called the remark an act of craziness. Peru and Mexico rejected any use of force.", "2017-08-12")
    assert {("USA", "VEN", "THREATEN"), ("VEN", "USA", "ACCUSE"), ("PER", "USA", "REJECT"),
            ("MEX", "USA", "REJECT")} <= dyads(events)
    assert [e.modality for e in events if e.plover["type"] == "THREATEN"] == ["asserted"]
    assert not [e for e in code("Trump ruled out a military option in Venezuela.", "2017-08-12")
                if e.plover["type"] == "THREATEN"]


def test_troops_sent_to_counter_a_country_and_threats_cited_from_it(code):
    events = code("The United States sent 1,500 more troops to the Middle East to counter Iran. Washington had rushed "
                  "bombers to the Gulf, citing threats from Iran.", "2019-05-25")
    assert ("USA", "IRN", "MOBILIZE") in dyads(events)
    assert ("USA", "IRN", "ACCUSE") in dyads(events)
    assert not [e for e in events if e.plover["type"] == "THREATEN"]


def test_a_postponed_visit_is_refused_and_a_verdict_ending_the_object_rebukes(code):
    events = code("Trump postponed a state visit to Denmark. Danish Prime Minister Mette Frederiksen had called the idea "
                  "of selling the island absurd. On Wednesday Trump called her comments nasty.", "2019-08-22")
    assert {("USA", "DNK", "REJECT"), ("DNK", "USA", "ACCUSE"), ("USA", "DNK", "ACCUSE")} <= dyads(events)
    assert not [e for e in events if e.plover["type"] in ("CONSULT", "REQUEST")]


def test_a_deployment_hung_on_another_s_act_threatens_and_a_right_to_act_is_no_act(code):
    events = code("President Abdel Fattah al-Sisi said that Egypt could send its army into Libya if forces of the "
                  "Tripoli-based government advanced on Sirte. The government in Tripoli called the remarks a "
                  "declaration of war. Saudi Arabia said it supported Egypt's right to defend its borders.", "2020-06-21")
    assert ("EGY", "LBY", "THREATEN") in dyads(events)
    assert ("LBY", "EGY", "ACCUSE") in dyads(events)
    assert not [e for e in events if e.source.country == "EGY" and e.plover["type"] == "SUPPORT"]
    assert not [e for e in code("Egypt said it could send its army into Libya.", "2020-06-21")
                if e.plover["type"] == "THREATEN"]


def test_aid_sent_to_help_a_country_is_for_it_and_a_march_to_demand_is_one_protest(code):
    events = code("The United States and Britain sent teams of experts to help Nigeria search for the girls. Hundreds "
                  "of protesters marched in Abuja to demand that the government do more.", "2014-05-07")
    assert {("USA", "NGA", "AID"), ("GBR", "NGA", "AID")} <= dyads(events)
    assert [e.plover["type"] for e in events if e.source.country == "NGA"] == ["PROTEST"]


def test_a_movement_s_leader_is_the_movement_s_and_a_delisting_eases_sanctions(code):
    events = code("Colombian President Juan Manuel Santos and the leader of the FARC rebels, Rodrigo Londono, signed a "
                  "peace agreement in Cartagena on Monday. The European Union suspended the FARC from its list of "
                  "terrorist organizations.", "2016-09-27")
    assert [(e.source.code, e.target.code, e.plover["type"]) for e in events] == [
        ("COLGOV", "COLREB", "SUPPORT"), ("IGOEUREEC", "COLREB", "RETREAT")]
    events = code("Japan's prime minister asked South Korea for forgiveness.", "2016-09-27")
    assert [(e.cameo, e.target.country) for e in events] == [("055", "KOR")]


def test_a_danger_said_of_an_act_rebukes_its_authors(code):
    events = code("Russia and Belarus began joint military exercises on Friday. Poland said the exercises threatened "
                  "its security. Lithuania said the drills posed a threat to the region.", "2021-09-11")
    assert {("POL", "RUS", "ACCUSE"), ("POL", "BLR", "ACCUSE"), ("LTU", "RUS", "ACCUSE")} <= dyads(events)
    events = code("Poland said Russia threatened to cut gas supplies.", "2021-09-11")
    assert not [e for e in events if e.plover["type"] == "ACCUSE"]


def test_pledged_cash_is_aid_promised_and_the_dead_of_a_disaster_were_killed_by_no_one(code):
    events = code("An undersea volcano erupted near Tonga on Saturday. China pledged emergency cash and supplies to "
                  "Tonga. Tonga's government called the eruption an unprecedented disaster and said three people "
                  "had been killed.", "2022-01-21")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [("CHN", "TON", "AGREE")]


def test_a_breach_said_of_a_law_rebukes_its_maker_and_the_law_is_its_maker_s_later(code):
    events = code("Prime Minister Boris Johnson said China's national security law for Hong Kong was a clear and serious "
                  "breach of the 1984 Joint Declaration. U.S. Secretary of State Mike Pompeo called the law an affront "
                  "to all nations.", "2020-07-02")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [
        ("GBR", "CHN", "ACCUSE"), ("USA", "CHN", "ACCUSE")]


def test_the_commission_is_the_one_named_and_police_arrest_their_own_people(code):
    events = code("Guatemala ended its agreement with the U.N.-backed International Commission against Impunity in "
                  "Guatemala. President Jimmy Morales accused the commission of violating the country's laws.",
                  "2019-01-08")
    assert ("GTM", "IGOUNO", "ACCUSE") in dyads(events)
    events = code("China's embassy in London accused Britain of interfering in China's internal affairs. Hong Kong "
                  "police arrested about 370 people at protests on Wednesday.", "2020-07-02")
    assert [(e.source.code, e.target.code) for e in events if e.plover["type"] == "COERCE"] == [("HKGCOP", "HKGCVL")]


def test_a_broker_of_an_agreed_deal_mediates_between_its_sides(code):
    events = code("Morocco agreed to establish relations with Israel in a deal brokered by the United States.", "2020-12-11")
    assert [(e.source.country, e.target.country, e.cameo) for e in events] == [
        ("MAR", "ISR", "030"), ("USA", "MAR", "045"), ("USA", "ISR", "045")]


def test_a_warning_against_haste_threatens_no_one_and_western_sahara_is_no_west(code):
    events = code("German Chancellor Angela Merkel said she deeply regretted the decision but warned against hasty "
                  "conclusions.", "2016-06-25")
    assert not [e for e in events if e.plover["type"] == "THREATEN"]
    events = code("The Polisario Front, which seeks independence for Western Sahara, said it rejected the U.S. "
                  "decision.", "2020-12-11")
    assert [(e.source.code, e.target.country, e.plover["type"]) for e in events] == [("ESHREB", "USA", "REJECT")]


def test_people_acted_on_during_protests_protested_against_the_doer_or_what_the_protests_name(code):
    events = code("Israeli troops shot dead about 60 Palestinians during protests on the Gaza border.", "2018-05-16")
    assert ("PSECVL", "ISR", "PROTEST") in {(e.source.code, e.target.country, e.plover["type"]) for e in events}
    events = code("China's national security law for Hong Kong took effect on Tuesday. Hong Kong police arrested about "
                  "370 people at protests against the law on Wednesday.", "2020-07-02")
    assert [(e.source.code, e.target.code, e.plover["type"]) for e in events] == [
        ("HKGCOP", "HKGCVL", "COERCE"), ("HKGCVL", "CHN", "PROTEST")]


def test_a_seizure_of_power_is_from_the_own_government_and_a_shadow_government_demands(code):
    events = code("Thailand's army seized power on Thursday.", "2014-05-23")
    assert [(e.source.code, e.target.code, e.cameo) for e in events] == [("THAMIL", "THAGOV", "170")]
    events = code("Myanmar's shadow National Unity Government said the military must release political prisoners.",
                  "2021-04-25")
    assert [(e.source.code, e.target.code, e.plover["type"]) for e in events] == [("MMROPP", "MMRMIL", "REQUEST")]


def test_a_headline_past_tense_is_passive_and_a_downed_airliner_neither_kills_nor_visits(code):
    events = code("Malaysian airliner shot down over eastern Ukraine, killing 298\n\nA Malaysia Airlines passenger jet "
                  "flying from Amsterdam to Kuala Lumpur was shot down over eastern Ukraine on Thursday, killing all "
                  "298 people on board.\n\nUkraine accused pro-Russian separatists of firing the missile.", "2014-07-18")
    assert [(e.source.code if e.source else None, e.target.country, e.plover["type"]) for e in events] == [
        (None, "MYS", "ASSAULT"), (None, "MYS", "ASSAULT"), ("UKR", "UKR", "ACCUSE")]


def test_what_is_undermined_or_asked_whether_is_no_act(code):
    events = code("The White House said it was extremely disappointed and that Moscow had undermined law enforcement "
                  "cooperation between the two countries. Press secretary Jay Carney said the United States was "
                  "reviewing whether President Barack Obama should attend a planned summit with President Vladimir "
                  "Putin in Moscow.", "2013-08-02")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [("USA", "RUS", "ACCUSE")]


def test_a_general_removing_the_president_from_power_is_a_coup_the_presidency_may_rebuke(code):
    events = code("Burundi general says he has ousted president\n\nA Burundian army general said on Wednesday that he "
                  "had removed President Pierre Nkurunziza from power.\n\nThe presidency called the announcement a "
                  "joke.", "2015-05-14")
    assert [(e.source.country, e.target.country, e.cameo) for e in events][-2:] == [
        ("BDI", "BDI", "170"), ("BDI", "BDI", "111")]
    assert events[-1].target.sectors and "MIL" in events[-1].target.sectors
    events = code("Chad's President Deby killed on front line\n\nChad's President Idriss Deby died on Tuesday of wounds "
                  "suffered while visiting troops.\n\nThe army announced his death.", "2021-04-21")
    assert not [e for e in events if e.plover["type"] == "ASSAULT" and e.source is not None]


def test_a_protest_called_a_riot_rebukes_the_protesters(code):
    events = code("Tens of thousands of protesters rallied outside Hong Kong's legislature on Wednesday against a bill "
                  "that would allow extraditions to mainland China. Hong Kong's leader, Carrie Lam, called the protest an "
                  "organized riot.", "2019-06-13")
    assert [(e.source.code, e.target.code, e.plover["type"]) for e in events] == [
        ("HKGCVLOPP", "HKGGOV", "PROTEST"), ("HKGGOV", "HKGCVLOPP", "ACCUSE")]


def test_forces_repress_their_own_people_and_action_against_opponents_threatens(code):
    events = code("Venezuelan security forces fired tear gas at protesters near the border with Colombia on Saturday.",
                  "2019-02-24")
    assert [(e.source.country, e.target.country, e.cameo) for e in events] == [("VEN", "VEN", "175")]
    events = code("Secretary of State Mike Pompeo said the United States would take action against those who opposed "
                  "the peaceful restoration of democracy in Venezuela.", "2019-02-24")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [("USA", "VEN", "THREATEN")]


def test_all_options_open_threatens_and_a_backed_campaign_s_aim_is_not_done(code):
    events = code("Trump said all options remained open on Venezuela.", "2019-03-20")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [("USA", "VEN", "THREATEN")]
    events = code("Bolsonaro agreed to let Americans visit Brazil without visas and backed the U.S. campaign to oust "
                  "Venezuela's President Nicolas Maduro.", "2019-03-20")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [
        ("BRA", "USA", "AGREE"), ("BRA", "USA", "SUPPORT")]


def test_remarks_named_with_their_speaker_are_his_when_called_racist(code):
    events = code("Envoys condemn Trump's reported remarks\n\nBotswana summoned the U.S. ambassador on Friday, and "
                  "Senegal's president said he was shocked.\n\nHaiti's government called the remarks racist.",
                  "2018-01-13")
    assert ("HTI", "USA", "ACCUSE") in dyads(events)


def test_fire_returned_at_the_attacker_a_sunk_warship_and_countermeasures_vowed(code):
    events = code("North Korean artillery shelled the South Korean island of Yeonpyeong on Tuesday. South Korea "
                  "returned fire.", "2010-11-24")
    assert ("KOR", "PRK", "ASSAULT") in dyads(events)
    events = code("A North Korean submarine sank the South Korean warship Cheonan in March. Japan vowed to take "
                  "countermeasures against China.", "2010-05-21")
    assert {("PRK", "KOR", "ASSAULT"), ("JPN", "CHN", "THREATEN")} <= dyads(events)
    events = code("U.S. special forces killed al-Qaida leader Osama bin Laden in a raid in Pakistan on Monday. Afghan "
                  "President Hamid Karzai welcomed the news.", "2011-05-03")
    assert ("AFG", "USA", "SUPPORT") in dyads(events)


def test_hollande_and_clinton_are_known_in_their_years(code):
    events = code("President Francois Hollande sent troops to Mali on Friday. Hillary Clinton flew to Cairo.",
                  "2013-01-13")
    assert [(e.source.code, e.target.country) for e in events] == [("FRAGOV", "MLI"), ("USAGOV", "EGY")]


def test_a_captured_hometown_and_a_struck_convoy_of_vehicles(code):
    events = code("Fighters of Libya's interim government captured Gaddafi's hometown of Sirte on Thursday. NATO "
                  "warplanes struck a convoy of pro-Gaddafi vehicles near Sirte.", "2011-10-21")
    assert [(e.source.country, e.target.country, e.cameo) for e in events] == [
        ("LBY", "LBY", "192"), ("IGOWSTNAT", "LBY", "190")]


def test_a_suspended_parliament_is_coerced_and_its_speaker_rebukes_the_move(code):
    events = code("Peru's president suspends congress\n\nPeru's president suspended congress on Monday. The speaker of "
                  "congress, Maria Quispe, called the move an unconstitutional coup.", "2022-12-08")
    assert {(e.source.code, e.target.code, e.cameo) for e in events} == {
        ("PERGOV", "PERLEG", "172"), ("PERLEG", "PERGOV", "111")}


def test_an_official_dismissed_is_no_rejection_and_a_verdict_as_is_no_dismissal(code):
    events = code("Tunisia's president dismissed Prime Minister Hichem Mechichi on Sunday.", "2021-07-26")
    assert [e.cameo for e in events if e.plover["type"] == "REJECT"] == []
    events = code("Beijing dismissed Washington as a paper tiger.", "2021-07-26")
    assert [e.cameo[:2] for e in events] == ["12"]


def test_a_person_named_in_apposition_to_a_title_is_that_office_later(code):
    events = code("Tunisia's opposition leader, Kamal Benali, led a march in Tunis. Police stopped Benali from "
                  "entering the parliament building on Monday.", "2021-07-27")
    assert ("TUNCOP", "TUNOPP", "191") in {(e.source.code, e.target.code, e.cameo) for e in events}


def test_a_call_renewed_asks_its_target_and_what_it_asks_is_not_done(code):
    events = code("Spain renewed its call for Britain to hand back Gibraltar.", "2013-03-12")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [("ESP", "GBR", "REQUEST")]
    events = code("It was a wake-up call for all of us in Spain.", "2013-03-12")
    assert events == []


def test_a_stunt_is_a_rebuke(code):
    events = code("Moscow called the NATO summit a Western propaganda stunt.", "2013-03-12")
    assert [(e.source.country, e.plover["type"]) for e in events] == [("RUS", "ACCUSE")]


def test_a_count_of_allies_names_the_countries_last_named(code):
    events = code("China and India clashed on the border. Russia urged its two partners to settle their dispute.",
                  "2020-06-20")
    assert {(e.source.country, e.target.country) for e in events if e.plover["type"] == "REQUEST"} == {
        ("RUS", "CHN"), ("RUS", "IND")}


def test_a_failure_a_harm_is_said_to_come_from_is_blamed(code):
    events = code("Serbia said the talks had collapsed because Kosovo refused to form the association.", "2023-05-01")
    assert ("SRB", "XKX", "ACCUSE") in dyads(events)
    events = code("Serbia said the talks had collapsed because it refused to form the association.", "2023-05-01")
    assert [e.plover["type"] for e in events if e.plover["type"] == "ACCUSE"] == []


def test_a_group_said_to_be_behind_bombings_is_blamed_and_the_speaker_did_not_bomb(code):
    events = code("Kenya said on Monday that a local jihadist group was behind the bombings that killed 40 people in "
                  "Nairobi.", "2019-04-22")
    assert ("KEN", "KEN", "ACCUSE") in dyads(events)
    assert [e.source for e in events if e.plover["type"] == "ASSAULT"] == [None]


def test_the_violence_condemned_is_its_authors(code):
    events = code("Israeli police stormed the al-Aqsa mosque on Friday. The United States voiced concern. Turkey "
                  "condemned the recent violence.", "2021-05-10")
    assert ("TUR", "ISR", "ACCUSE") in dyads(events)


def test_hostages_taken_and_students_fired_on(code):
    events = code("Gunmen from the Abu Sayyaf group took a priest and several churchgoers hostage in Jolo, the "
                  "Philippines.", "2017-05-24")
    assert [e.cameo for e in events] == ["181"]
    events = code("Nicaraguan police fired on students in Managua on Friday.", "2018-04-21")
    assert [(e.source.code, e.target.country, e.cameo) for e in events] == [("NICCOP", "NIC", "190")]


def test_a_participle_taken_for_the_verb_lends_the_clause_its_subject(code):
    events = code("Manila declared martial law after Islamist militants linked to the Islamic State group overran the "
                  "town of Jolo in the Philippines.", "2017-05-24")
    assert [e.source.code for e in events if e.cameo == "192"] == ["PHLREB"]


def test_the_one_country_named_is_the_story_s_once_the_lead_is_read(code):
    events = code("Duterte declares martial law\n\nPhilippine President Rodrigo Duterte declared martial law on the "
                  "island of Mindanao on Tuesday. Gunmen took a priest and several churchgoers hostage.", "2017-05-24")
    assert [(e.source.code, e.target.country) for e in events if e.cameo == "181"] == [("PHLREB", "PHL")]


def test_a_capital_that_names_an_accord_is_no_party_to_it(code):
    events = code("Brazil said on Thursday that it would withdraw from the Paris climate agreement.", "2017-06-02")
    assert [(e.source.country, e.target) for e in events] == [("BRA", None)]


def test_an_accord_said_not_to_be_reopened_refuses_the_one_who_left_it(code):
    events = code("The United States withdrew from the Kyoto agreement on Monday. Japan said the agreement could not be "
                  "renegotiated.", "2001-03-30")
    assert ("JPN", "USA", "REJECT") in dyads(events)


def test_a_price_rise_suspended_is_a_concession(code):
    events = code("Ecuador's president suspended the fuel price increase on Sunday after days of protests.",
                  "2019-10-14")
    assert [(e.source.country, e.plover["type"]) for e in events if e.source.country == "ECU"
            and e.plover["type"] == "CONCEDE"] == [("ECU", "CONCEDE")]


def test_mobs_attack_and_protesters_attacking_property_riot(code):
    events = code("Mobs attacked shops owned by Zimbabweans in Johannesburg on Monday.", "2019-09-05")
    assert [(e.source.code, e.target.country, e.plover["type"]) for e in events] == [("ZAFCVL", "ZWE", "ASSAULT")]
    events = code("In Harare, protesters attacked South African-owned businesses.", "2019-09-05")
    assert [e.plover["type"] for e in events] == ["PROTEST"]


def test_a_chairman_speaks_for_what_he_chairs(code):
    events = code("The chairman of the African Union Commission urged Sudan to protect civilians.", "2019-09-05")
    assert [(e.source.country, e.target.country) for e in events] == [("IGOAFRAU", "SDN")]


def test_rioters_the_police_say_were_killed_were_killed_by_the_police(code):
    events = code("Kenyan police fired tear gas in Nairobi. Police said six rioters had been killed.", "2023-07-08")
    assert ("KENCOP", "ASSAULT") in {(e.source.code, e.plover["type"]) for e in events if e.sentence_index == 1}


def test_an_act_done_at_someone_s_request_was_asked_by_them(code):
    events = code("Thailand's Constitutional Court dissolved the main opposition party at the government's request.",
                  "2020-02-21")
    assert {(e.source.code, e.target.code, e.cameo) for e in events} == {
        ("THAJUD", "THAPTY", "172"), ("THAGOV", "THAJUD", "020")}


def test_aid_cut_for_no_one_named_is_the_story_s_country_s_and_the_opposition_is_dissolved(code):
    events = code("Cambodia's court dissolves opposition\n\nCambodia's top court dissolved the opposition party on "
                  "Thursday. The White House said it would cut U.S. funding for next year's election.", "2017-11-17")
    assert ("USA", "KHM", "SANCTION") in dyads(events)
    events = code("Cambodia's Supreme Court on Thursday dissolved the main opposition.", "2017-11-17")
    assert [(e.source.code, e.target.code) for e in events] == [("KHMJUD", "KHMOPP")]


def test_protests_no_one_is_named_as_making_are_the_people_s(code):
    events = code("Lebanon's prime minister resigned on Tuesday after two weeks of mass protests against corruption in "
                  "Lebanon.", "2019-10-29")
    assert ("LBN", "LBN", "PROTEST") in dyads(events)
    events = code("Lebanese ministers walked out of the cabinet session in protest.", "2019-10-29")
    assert [e for e in events if e.plover["type"] == "PROTEST"] == []


def test_a_duty_said_to_be_failed_blames_whoever_failed_it(code):
    events = code("Armenia's prime minister said Russian peacekeepers had failed to protect ethnic Armenians.",
                  "2023-10-04")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [("ARM", "RUS", "ACCUSE")]


def test_internet_shut_down_and_a_call_for_a_clause(code):
    events = code("Iraqi authorities shut down internet access across the country on Wednesday.", "2019-10-03")
    assert [(e.source.code, e.cameo) for e in events] == [("IRQGOV", "1721")]
    events = code("Russian troops shelled the town. The United Nations called for the fighting to stop.", "2019-10-03")
    assert ("IGOUNO", "REQUEST") in {(e.source.country, e.plover["type"]) for e in events}


def test_troops_crossing_in_at_a_government_s_request_are_its_help(code):
    events = code("About 1,000 Saudi soldiers crossed into Bahrain on Monday at the request of its government to help "
                  "protect key facilities.", "2011-03-15")
    assert {(e.source.country, e.target.country, e.plover["type"]) for e in events} == {
        ("SAU", "BHR", "AID"), ("BHR", "SAU", "REQUEST")}
    events = code("Turkish troops crossed into northern Syria on Sunday.", "2018-01-22")
    assert [(e.source.country, e.target.country, e.cameo) for e in events] == [("TUR", "SYR", "150")]


def test_a_congress_another_state_possesses_removes_its_president_from_office(code):
    events = code("Guatemala's Congress removed President Otto Perez Molina from office on Tuesday. He fled Guatemala "
                  "City.", "2015-09-02")
    assert [(e.source.code, e.target.country, e.cameo) for e in events] == [("GTMLEG", "GTM", "172")]


def test_clashes_killed_in_were_the_other_side_s_and_neighboring_is_no_verb(code):
    events = code("Rebels seize Central African capital\n\nSeleka rebels seized Bangui, the capital of the Central "
                  "African Republic, on Sunday, forcing President Francois Bozize to flee to neighboring Cameroon. "
                  "Thirteen South African soldiers were killed in clashes with the rebels near Bangui.", "2013-03-25")
    assert {("CAF", "CMR", "CONSULT"), ("CAF", "ZAF", "ASSAULT")} <= dyads(events)


def test_troops_sent_to_secure_an_airport_go_where_it_is(code):
    events = code("France sent 350 more troops to secure Bangui airport on Sunday.", "2013-03-25")
    assert [(e.source.country, e.target.country) for e in events] == [("FRA", "CAF")]


def test_a_sanction_made_to_hang_on_another_s_act_threatens_it(code):
    events = code("The United States said it would cut aid to Niger unless constitutional order was restored.",
                  "2023-07-30")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [("USA", "NER", "THREATEN")]
    events = code("Trump said that if Canada follows through on its tariff on U.S. dairy, he will impose new tariffs.",
                  "2025-03-13")
    assert [(e.source.country, e.target.country, e.plover["type"]) for e in events] == [("USA", "CAN", "THREATEN")]


def test_a_protest_s_purpose_is_the_protest_and_a_passive_pair_shares_its_agent(code):
    events = code("Protesters took to the streets in Shanghai to denounce the government's COVID restrictions.",
                  "2022-11-28")
    assert [e.plover["type"] for e in events] == ["PROTEST"]
    events = code("A BBC journalist was beaten and briefly detained by Chinese police in Shanghai.", "2022-11-28")
    assert {(e.source.code, e.target.code, e.cameo) for e in events} == {
        ("CHNCOP", "GBRMEDCVL", "182"), ("CHNCOP", "GBRMEDCVL", "173")}


def test_protest_leaders_demanding_a_rerun_demand_it_of_their_government(code):
    events = code("Thousands rally in Moscow\n\nTens of thousands of people rallied in Moscow on Saturday to protest "
                  "against fraud in the Russian election. Protest leaders demanded a rerun of the vote and the release "
                  "of detained activists.", "2011-12-11")
    assert [(e.source.code, e.target.code, e.cameo) for e in events if e.sentence_index == 2] == [
        ("RUSOPP", "RUSGOV", "100")]


def test_st_petersburg_is_russia_s(code):
    events = code("Police detained about 100 people at a rally in St. Petersburg on Saturday.", "2011-12-11")
    assert ("RUSCOP", "RUS") in [(e.source.code, e.target.country) for e in events]


def test_forces_deployed_in_the_passive_are_shown_and_a_staged_coup_is_blamed(code):
    events = code("Soldiers from Eswatini's army were deployed to the streets of Mbabane on Tuesday.", "2021-07-01")
    assert [(e.source.code, e.target, e.plover["type"]) for e in events] == [("SWZMIL", None, "MOBILIZE")]
    events = code("Lesotho's prime minister said the army had staged a coup.", "2014-08-31")
    assert [(e.source.code, e.target.code, e.plover["type"]) for e in events] == [("LSOGOV", "LSOMIL", "ACCUSE")]
