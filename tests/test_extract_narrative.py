"""Narrative dating (events.extract.narrative): retellings folded, events anchored to their story's date or the
publication day, undated non-events dropped. Each test is a small article through the whole pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import Article, analyse, dating, narrative, pipeline
from events.extract.dictionaries import default_dictionaries
from events.extract.pipeline import _event_rules

PUBLISHED = date(2015, 7, 30)  # a Thursday
D = default_dictionaries()


def _events(text: str, published: date | None = PUBLISHED):
    return analyse(Article(text=text, published=published)).events


def _statements(text: str):
    return [e for e in _events(text) if e.type == "statement"]


def _violent(text: str, published: date | None = PUBLISHED):
    return [e for e in _events(text, published) if D.types[e.type].violent]


def _only(type_name: str, text: str, published: date | None = PUBLISHED):
    """The one event of ``type_name`` the text gives (the unpacking fails if it gives none or several)."""
    (event,) = [e for e in _events(text, published) if e.type == type_name]
    return event


def test_a_headline_retold_by_the_dated_lead_is_one_event():
    text = ("18 dead in IS attack on Kurdish town.\n\nIslamic State fighters attacked the town of Sarrin in Aleppo province on "
            "Monday, killing 18 people, a monitor said.")
    (event,) = _violent(text)
    assert (event.date.first, event.date.basis) == (date(2015, 7, 27), "explicit")
    assert event.fatalities.best == 18


def test_a_count_in_the_city_is_no_retelling_of_a_strike_in_the_countryside():
    # the place finder reads both as Aleppo; "the north Aleppo countryside" and "in the city" are two places
    text = ("The White Helmets said one of their buildings in Haritan in the north Aleppo countryside was hit by an air "
            "strike on Saturday. Three people two of them children died and more than nine people were injured by barrel "
            "bombs dropped from helicopters in the city the observatory said on Saturday.")
    assert len([e for e in _violent(text, date(2016, 6, 18)) if e.type == "airstrike"]) == 2
    # the same strike told with "the city" in both is still one
    same = ("An air strike hit a market in the city of Aleppo on Saturday. "
            "Three people died in the air strike in the city, the observatory said.")
    assert len([e for e in _violent(same, date(2016, 6, 18)) if e.type == "airstrike"]) == 1


@pytest.mark.parametrize("text", D.cues["events"]["countryside_examples"])
def test_countryside_examples_are_two_strikes(text):
    assert len([e for e in _violent(text, date(2016, 6, 18)) if e.type == "airstrike"]) == 2


def test_a_toll_broken_down_by_means_keeps_each_part():
    # the shelling's three are counted on from the strikes' five: the next part, not the strikes told again
    text = ("At least eight people were killed on Wednesday in the town of Rastan in central Homs province, the Observatory "
            "said. Five of them died in air strikes on the town's market place which also wounded dozens of people. "
            "Another three were killed in shelling earlier Wednesday.")
    found = _violent(text, date(2016, 7, 13))
    assert any(e.type == "shelling" and e.evidence.startswith("Another three") for e in found)
    assert any(e.type == "airstrike" and e.evidence.startswith("Five of them") for e in found)
    from events.extract.narrative import _next_part
    (shelling,) = [e for e in found if e.type == "shelling"]
    (strikes,) = [e for e in found if e.evidence.startswith("Five of them")]
    assert _next_part(shelling, strikes, D)
    from dataclasses import replace
    assert not _next_part(replace(shelling, evidence="Three were killed in shelling earlier Wednesday."), strikes, D)


def test_strikes_told_after_the_days_shelling_are_a_happening_of_their_own():
    # each telling's own word names its means, of different kinds: the jets' strikes are not the shelling told again
    text = ("Activists in Homs said that nearly 40 people including women were killed in mutual shelling between "
            "government forces and rebels on the town and its countryside on Wednesday. Recent airstrikes by government "
            "jets hit residents waiting outside a bakery in the al-Waer district causing dozens of casualties.")
    found = _violent(text, date(2016, 8, 25))
    assert sorted(e.type for e in found) == ["airstrike", "shelling"]
    assert any(e.evidence.startswith("Recent airstrikes") for e in found)
    # a bombardment told by both means in one sentence takes in the air raid told of it after
    both = ("Hours of air strikes and shelling on Friday hit the town of Rastan north of Homs, the monitor said. "
            "Activists said a nurse was killed in an air raid as he treated the wounded.")
    assert len(_violent(both, date(2016, 8, 25))) == 1


def test_means_told_apart_reads_the_triggers_and_the_sentences():
    from dataclasses import replace
    from events.extract.merge import means_told_apart
    text = "Recent airstrikes by government jets hit a bakery. Nearly 40 people were killed in mutual shelling on Wednesday."
    strikes, shelling = (e for e in _events(text, date(2016, 8, 25)) if D.types[e.type].violent)
    assert {strikes.trigger, shelling.trigger} == {"airstrikes", "shelling"}
    assert means_told_apart(strikes, shelling) and means_told_apart(shelling, strikes)
    # a means named elsewhere in the sentence is not the trigger's: "Fighting" names none
    fighting = replace(shelling, trigger="Fighting", evidence="Fighting raged as helicopters dropped a barrel bomb.")
    assert not means_told_apart(fighting, shelling)
    # the shelling's sentence naming air strikes too: one bombardment, not told apart
    assert not means_told_apart(strikes, replace(shelling, evidence="Hours of air strikes and shelling hit the town."))


def test_another_strike_told_with_also_is_not_a_retelling_and_takes_the_story_date():
    text = ("Government air strikes killed 13 civilians in Rastan on Friday, a monitor said. "
            "Air strikes also targeted the nearby town of Talbiseh, wounding several people.")
    first, second = _violent(text)
    assert first.date.first == second.date.first == date(2015, 7, 24)
    assert (first.date.basis, second.date.basis) == ("explicit", "anchored")
    assert second.date.text == first.date.text == "Friday"


def test_a_sentence_opened_by_earlier_with_its_own_toll_is_the_previous_scene_not_a_retelling():
    # a day's report lists its incidents, each with its count; "Earlier" opens the one before
    text = ("Terrorists on Saturday targeted with rocket shells groups of civilians in al-Haidariye neighborhood of Aleppo "
            "killing 3 of them. "
            "Earlier a source at Aleppo Police Command said that terrorists fired a number of rocket shells at al-Midan "
            "neighborhood in Aleppo city killing 3 civilians including 2 women.")
    assert len([e for e in _violent(text) if e.type == "shelling"]) == 2
    # no count of its own: "Earlier" may name the happening just told again
    from dataclasses import replace
    from events.extract.narrative import _earlier_scene
    (first,) = [e for e in _violent(text) if "al-Midan" in e.evidence]
    assert _earlier_scene(first)
    assert not _earlier_scene(replace(first, evidence="Earlier reports said that terrorists fired rocket shells at al-Midan killing 3 civilians."))
    assert not _earlier_scene(replace(first, evidence="Earlier the terrorists fired rocket shells at al-Midan.", fatalities=None))


def test_another_bombing_told_with_too_is_not_a_retelling():
    # narrative rule 1: "too" says what "also" says; before a word it grades ("too many") it does not
    text = ("Six civilians were killed on Saturday in three terrorist explosions in Salamyieh area in the countryside of Hama. "
            "The source added that a civilian was injured too in a terrorist bombing with an explosive device on the road.")
    first, second = _violent(text)
    assert first.date.first == second.date.first == date(2015, 7, 25)
    from dataclasses import replace
    from events.extract.narrative import _another
    assert not _another(replace(second, evidence="Too many civilians were injured in the bombing."))


def test_the_victims_named_again_as_subject_are_the_happening_told_before():
    # pipeline.THE_VICTIMS: a back reference, folded by rule 7 whatever "also" says
    for text in ("ISIL terrorists shot two civilians dead after blindfolding them in the village. "
                 "The two victims were also crucified in the square of the village, witnesses said.",
                 "At least 65 bodies of civilians were found in the town retaken by government forces from IS. "
                 "Most of the victims are believed to have been killed by IS."):
        assert len(_violent(text)) == 1, text
    assert len(_violent("ISIL terrorists shot two civilians dead in the village. "
                        "Two other civilians were also crucified in the square of the town.")) == 2


def test_many_strikes_and_one_they_include_are_two_happenings():
    # pipeline._including: "including" before a strike word of the same family cuts the clause; victims it counts do not
    strikes = _violent("The United States and its allies have launched hundreds of air raids against IS in Iraq and Syria "
                       "including four strikes in Kobane on Tuesday.")
    assert [e.trigger for e in strikes] == ["air raids", "strikes"]
    assert strikes[1].date.first == date(2015, 7, 28)
    assert len(_violent("Barrel bombs dropped from government helicopters on Thursday killed at least 11 civilians "
                        "including three children in raids on the town.")) == 1


def test_a_statement_without_a_time_expression_is_the_news_of_the_publication_day():
    (statement,) = [e for e in _events("Russia condemned the attack on the aid convoy.") if e.type in ("statement", "accusation")]
    assert (statement.date.first, statement.date.precision, statement.date_basis) == (PUBLISHED, "day", "publication")


def test_a_statement_after_a_violent_event_is_not_anchored_to_it():
    text = "Israeli troops killed two militants in Gaza on Tuesday. Russia condemned the raid."
    (statement,) = [e for e in _events(text) if e.type in ("statement", "accusation")]
    assert statement.date_basis == "publication"


def test_speech_is_anchored_across_wire_paragraphs_of_one_sentence_but_not_across_a_paragraph_of_several():
    wire = "Russia condemned the shelling on Tuesday.\n\nRussia accused the rebels of the siege of Aleppo."
    prose = ("Russia condemned the shelling on Tuesday. The convoy reached the city at night.\n\n"
             "Russia accused the rebels of the siege of Aleppo. It gave no evidence.")
    for text, basis, day in ((wire, "anchored", date(2015, 7, 28)), (prose, "publication", PUBLISHED)):
        (accusation,) = [e for e in _events(text) if e.evidence.startswith("Russia accused")]
        assert (accusation.date_basis, accusation.date.first) == (basis, day)


def test_a_month_does_not_anchor_the_next_sentence():
    text = "The rebels began fighting in February 2003. Rebels attacked a police post near Nyala, killing three."
    later = [e for e in _violent(text) if "Nyala" in e.evidence]
    assert later and all(e.date.basis != "anchored" for e in later)


def test_an_event_placed_only_after_another_stays_undated():
    text = "Russia welcomed the agreement following the visit of the Russian envoy to Damascus."
    meetings = [e for e in _events(text) if e.type == "diplomatic_meeting"]
    assert all(e.date.first is None and e.date_basis == "none" for e in meetings)


def test_undated_diplomacy_with_no_party_named_is_no_event():
    assert not _events("A series of peace conferences over the past year has made little progress towards a settlement.")


def test_a_statement_with_no_speaker_is_no_event():
    assert not [e for e in _events('"The situation is very grave," the statement added.') if e.type == "statement"]


def test_a_speech_noun_beside_a_verb_with_no_named_speaker_is_no_event_but_a_document_that_speaks_is():
    # "the ministers" name no one, and "speeches" set off by a comma has no speaker of its own; a statement that is the
    # verb's subject speaks for whoever issued it, and "In a statement, the White House said" has its speaker.
    assert _statements("In speeches before the signing ceremony, the ministers said their countries saw NATO membership "
                       "as an assurance of security.") == []
    assert _statements("The State Department on Sunday issued a worldwide caution to U.S. travelers. An accompanying "
                       "statement specifically warned against all travel to Pakistan.")
    said = _statements('In a statement, the White House said it would do "whatever is necessary" to ensure compliance.')
    assert said and said[0].actor_names[0] == "United States"


def test_unknown_attackers_with_a_place_stay_even_undated():
    (event,) = _violent("Gunmen abducted two aid workers near Idlib.")
    assert event.date.first is None and event.date_basis == "none"


def test_an_article_without_a_publication_date_still_gives_its_events():
    analysis = analyse(Article(text="The U.S. and its allies began bombing Syria in Sept. 2014."))
    assert analysis.published is None
    (campaign,) = analysis.events
    assert (campaign.date.value, campaign.date_basis) == ("2014-09", "explicit")


def test_details_of_one_attack_told_after_it_are_that_attack():
    text = ("Islamic State fighters attacked a school in Sarrin in Aleppo province on Monday, a monitor said. "
            "A first attacker blew himself up, then the rest opened fire. "
            "At least 10 Kurdish fighters were killed in the blast and the gun battle that followed.")
    (attack,) = _violent(text)
    assert attack.date.first == date(2015, 7, 27) and attack.fatalities.best == 10


def test_a_happening_told_as_not_happening_is_no_event():
    text = "The United States has no intention of attacking or invading the country, the statement said."
    assert not _violent(text)
    assert "airstrike" not in {e.type for e in _events("No air strikes were reported in Idlib on Monday.")}


def test_a_figure_that_only_looks_like_a_negation_keeps_its_event():
    (strike,) = _violent("No fewer than 20 people were killed in air strikes on Idlib on Monday.")
    assert strike.fatalities.low == 20


def test_a_meeting_named_inside_a_quotation_is_what_the_speaker_talks_about():
    text = '"The visit offers a useful opportunity to review bilateral relations," the Pakistani spokeswoman said.'
    assert "diplomatic_meeting" not in {e.type for e in _events(text)}


def test_said_only_attributes_a_new_event_but_is_news_about_one_told_before():
    new = _events("The Syrian army said it killed 20 militants in Hama on Monday.")
    assert [e.type for e in new if e.type == "statement"] == [] and _violent("The Syrian army said it killed 20 militants in Hama on Monday.")
    text = ("Israeli troops raided Beit Hanoun in Gaza on Tuesday, killing four militants. "
            "Russia said the raid in Beit Hanoun was a violation of international law.")
    statements = [e for e in _events(text) if e.type == "statement"]
    assert statements and statements[0].actor_names[0] == "Russia"


def test_a_speech_that_tells_a_happening_again_by_a_past_verb_describes_it_and_is_no_news():
    # "the strikes" frames the deaths the verb tells: the speech describes the strikes (events-guide.md, rule 6);
    # "the raid ... was a violation" names the raid in what is said: that speech is news (the test above).
    for speech in ("The Russian Defense Ministry also stressed that important Daesh commanders were also killed during the strikes.",
                   "The Turkish General Staff said in a statement on Wednesday that at least 14 militants were killed during the shelling."):
        text = "Russian warplanes struck Islamic State positions in Deir ez-Zor on Tuesday, killing 80 militants. " + speech
        assert not _statements(text), speech
        assert _violent(text)
    retold = ("Russian jets struck the town of Jisr al-Shaghour on Sunday, killing 12 people. "
              "The Syrian Foreign Ministry said Russian jets struck the town of Jisr al-Shaghour.")
    assert not _statements(retold) and _violent(retold)
    named_before = ("The US-led coalition which launched an air war against ISIL in Syria last September said it had carried out "
                    "significant air strikes against Raqa.")
    assert not _statements(named_before) and _violent(named_before)
    placed = ("Two Russian pilots were killed in Syria after Islamic State militants shot down a helicopter near Palmyra the "
              "Russian military was quoted as saying by local media.")
    assert not _statements(placed) and _violent(placed)
    pledge = "Israeli Prime Minister Ariel Sharon said Tuesday that the targeted killings of wanted Palestinian militants will continue."
    assert _statements("Israeli troops killed two Hamas militants in Gaza on Monday. " + pledge)


def test_a_speech_that_gives_a_war_wide_toll_describes_the_war_but_one_about_an_occasion_is_news():
    for text in ("The U.N. in August said that more than 191000 people are believed to have been killed in the conflict so far.",
                 "The Sri Lankan government said that over 3,000 people died in the conflict between December 2005 and October 2006."):
        assert not _statements(text), text
    occasion = ("The UN Children's agency UNICEF said on Thursday that airstrikes on a school in Idlib province early on "
                "Wednesday may be the deadliest attack on a school since Syria's war began.")
    assert _statements(occasion)


def test_a_noun_told_as_not_happening_and_an_undated_feared_event_are_no_events():
    assert not _events("Protests are not reported in Mosul, in northern Iraq.")
    assert _events("Protests were held in Baghdad on Monday.")
    assert not _events("The groups agreed on the possibility of a deal if the United Nations could guarantee a cease-fire.")


def test_a_meeting_named_only_in_passing_is_a_mention_but_one_held_is_news():
    text = "A series of peace conferences over the past year by the African Union has made little progress."
    assert "diplomatic_meeting" not in {e.type for e in _events(text)}
    held = [e for e in _events("The African Union held talks with Sudan in Abuja.") if e.type == "diplomatic_meeting"]
    assert held and held[0].date_basis == "publication"


def test_what_a_party_condemns_is_named_not_told():
    types = {e.type for e in _events("Turkey strongly condemned cross-border shelling into Syria.")}
    assert "statement" in types and "shelling" not in types


def test_a_condemnation_is_a_statement_and_blaming_a_party_an_accusation():
    assert {e.type for e in _events("Egypt's ambassador on Tuesday condemned the cowardly bombings.")} == {"statement"}
    assert "accusation" in {e.type for e in _events("Turkey on Tuesday accused the YPG of carrying out the bombing.")}


def test_a_violent_noun_named_again_with_the_or_a_possessive_is_folded_into_the_event_told_before():
    text = ("Government air strikes on a cattle market in Tal Hamis killed at least 39 people on Tuesday, a monitor said. "
            "Tuesday's bombing was especially deadly because it struck the market at its busiest hour. "
            "Twelve children were killed in the Tal Hamis market bombing.")
    (event,) = _violent(text)
    assert (event.type, event.date.first, event.fatalities.best) == ("airstrike", date(2015, 7, 28), 39)


def test_a_definite_violent_noun_with_a_date_of_its_own_is_another_event():
    text = ("Government air strikes killed 13 civilians in Rastan on Tuesday, a monitor said. "
            "The bombing of Talbiseh on Sunday had killed five.")
    first, second = _violent(text)
    assert (first.date.first, second.date.first) == (date(2015, 7, 28), date(2015, 7, 26))


def test_the_back_reference_pattern_needs_a_determiner_right_before_the_noun():
    from events.extract.pipeline import BACK_REFERENCE
    for told_again in ("killed in the blast", "Tuesday's bombing", "Tuesdays bombing", "the Kenya embassy bombing",
                       "these evil attacks"):
        assert BACK_REFERENCE.search(told_again[: told_again.rfind(" ") + 1]), told_again
    for new in ("the town hit by airstrikes", "a deadly bombing", "the army said airstrikes"):
        assert not BACK_REFERENCE.search(new[: new.rfind(" ") + 1]), new


def test_violence_told_as_what_a_party_is_or_is_known_for_is_no_event():
    for description in ("The Mungiki are a shadowy group blamed for a string of recent murders around the nation.",
                        "General Soleimani was responsible for the deaths of hundreds of service members.",
                        "He spent his entire life engaging in jihad in the path of God.",
                        "The US had been allied with Kurdish groups in fighting ISIS.",
                        "The Kurds were instrumental in our successful fight against ISIS in Syria.",
                        "Two Middle East terrorists with records of successful attacks against Western targets have ties to Baghdad."):
        assert not _violent(description), description


def test_a_denial_is_not_a_description():
    (event,) = _violent("Russia said it was not responsible for the air strike on the market in Idlib on Tuesday.")
    assert event.status == "denied"


def test_talks_named_as_a_process_joined_left_or_wanted_are_no_meeting():
    for process in ("Sinn Fein was expelled from peace talks on Feb. 20 in punishment for two killings.",
                    "Syria had indicated its interest in resuming talks with Israel.",
                    "The Taliban wants the Afghan government shut out of peace talks.",
                    "Police seized a car bomb on Sunday on the eve of the return to peace talks by Sinn Fein."):
        assert not [e for e in _events(process) if e.type == "diplomatic_meeting"], process


def test_a_deal_named_as_the_frame_of_another_act_takes_neither_its_time_nor_the_report_day():
    # cues.toml [events] frames: "on Friday under a deal reached between ...": the leaving is Friday's, the deal older
    for text in D.cues["events"]["frames_examples"]:
        deal = _only("agreement", text)
        assert (deal.date.first, deal.date.basis) == (None, "none"), text
    # a time told in the deal's own phrase still dates it
    text = "The opposition continued to mull over a US-Russia truce deal due to take effect on Monday."
    truce = _only("ceasefire", text, date(2016, 9, 11))
    assert truce.date.first == date(2016, 9, 12)
    # and a deal made is no frame
    (made,) = [e for e in _events("Rebels and the government reached a deal on Friday to evacuate the town.")
               if e.type == "agreement"]
    assert made.date.first == date(2015, 7, 24)


def test_a_deal_framing_an_act_with_no_time_at_all_is_kept_when_its_parties_or_breach_are_told():
    # _framed_deal_told: no time anywhere in the sentence, the framed deal is no mere mention (narrative rule 5) when its
    # own phrase names its parties or tells it broken; it stays undated
    for text in ("Hundreds of families left the two besieged towns under a deal reached between the army and the insurgents.",
                 "The Free Syrian Army accused Islamic State of violating the truce agreement by keeping the prisoners."):
        (deal,) = [e for e in _events(text) if e.type in ("agreement", "ceasefire")]
        assert (deal.date.first, deal.date.basis) == (None, "none"), text
    # a bare "under a deal" names the deal the story told before: a mention, dropped
    assert not [e for e in _events("The families had left under a deal where in exchange fighters were given safe passage.")
                if e.type == "agreement"]


def test_a_truce_or_deal_tried_for_is_none_made():
    text = "Close to 500000 people have been killed and several attempts at securing a long-lasting truce have faltered."
    assert not [e for e in _events(text) if e.type == "ceasefire"]
    assert [e for e in _events("A long-lasting truce took hold in Aleppo on Monday.") if e.type == "ceasefire"]


@pytest.mark.parametrize("sentence", D.cues["events"]["wishes_examples"])
def test_a_deal_wanted_or_pushed_for_is_none_made(sentence):
    assert not [e for e in _events(sentence) if e.type in ("agreement", "ceasefire", "diplomatic_meeting")], sentence


@pytest.mark.parametrize("sentence", D.cues["events"]["wishes_not_examples"])
def test_a_deal_one_was_forced_into_is_still_told(sentence):
    assert [e for e in _events(sentence) if e.type == "agreement"], sentence


def test_talks_to_be_resumed_on_a_given_day_are_a_planned_meeting():
    meeting = _only("diplomatic_meeting", "Israel and Syria will resume talks in Washington on Monday.")
    assert (meeting.status, meeting.date.first) == ("planned", date(2015, 8, 3))


def test_a_proposal_told_as_made_without_a_date_is_the_news_of_the_publication_day():
    proposal = _only("proposal", "Russia proposed a draft resolution on the aid corridors.")
    assert (proposal.status, proposal.date.first, proposal.date_basis) == ("proposed", PUBLISHED, "publication")


def test_deaths_told_alone_after_a_dated_attack_are_its_toll_told_again():
    text = ("A car bomb was rammed into a military base in Maidan Shahr on Monday. "
            "A Taliban spokesperson claimed 190 were dead.")
    (event,) = _violent(text)
    assert (event.type, event.date.first, event.fatalities.best) == ("bombing", date(2015, 7, 27), 190)


def test_one_toll_read_for_two_clauses_of_a_sentence_is_one_event():
    text = ("A car bomb was rammed into a military base in Maidan Shahr. "
            "A councillor described witnessing 35 bodies in one hospital, with some casualties transported to Kabul.")
    assert len([e for e in _violent(text) if e.fatalities is not None and e.fatalities.best == 35]) == 1


def test_a_headline_attack_retold_by_a_dated_bombing_is_one_event():
    text = ("18 dead in IS attack on Kurdish town.\n\nA suicide bomber blew up a car bomb in the town of Sarrin on Monday, "
            "killing 18 people, a monitor said.")
    (event,) = _violent(text)
    assert (event.type, event.date.first) == ("bombing", date(2015, 7, 27))


def test_violence_told_as_what_usually_happens_is_no_event():
    for habitual in ("Barrel bombs are crude weapons that are typically dropped from helicopters.",
                     "Israel often responds with air strikes on Gaza.",
                     "The UN has warned the Darfur region is falling into chaos, with murder, robbery and rape on the increase.",
                     # How common it is, how many rounds a place has seen: no one occasion.
                     "Claims of chemical weapons attacks particularly the use of chlorine are not uncommon in Syrias conflict.",
                     "Latakia province where the town is located has seen several rounds of heavy fighting."):
        assert not _violent(habitual), habitual
    assert _violent("Israel often warned Hamas, and on Monday its jets struck Gaza.")


def test_deaths_told_in_another_clause_of_the_sentence_are_the_toll_of_its_violence():
    text = ("The almost simultaneous bombings at the U.S. embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, on Aug. 7 "
            "killed 257 people.")
    (event,) = _violent(text)
    assert (event.type, event.fatalities.best) == ("bombing", 257)


def test_those_killed_names_the_dead_of_the_attack_told_before():
    text = ("Government air strikes on a cattle market in Tal Hamis killed at least 39 people on Tuesday, a monitor said. "
            "The Observatory director said nine of those killed had been identified as civilians.")
    (event,) = _violent(text)
    assert event.fatalities.best == 39


def test_a_trigger_word_inside_a_party_name_is_no_event():
    events = _events("The High Negotiations Committee issued a statement on Saturday.")
    assert not [e for e in events if e.type == "diplomatic_meeting"]
    assert [e for e in _events("Russian warplanes struck Idlib on Monday.") if e.type == "airstrike"]


def test_the_talks_named_again_are_the_talks_told_before_unless_their_own_dates_differ():
    text = ("Iran and the European Union held talks in Vienna on Monday. "
            "Iran said the talks had made progress.")
    assert len([e for e in _events(text) if e.type == "diplomatic_meeting"]) == 1
    text = ("The third round of six-party talks was held in Beijing on Monday. "
            "The fourth-round talks ended on Sept. 19.")
    assert len([e for e in _events(text) if e.type == "diplomatic_meeting"]) == 2


def test_the_attack_named_again_after_an_undated_attack_is_that_attack():
    text = ("The speech came a week after a drone attack on oil infrastructure in Saudi Arabia. "
            "The Saudi government said the attack included cruise missiles.")
    assert len(_violent(text)) == 1


def test_a_war_which_has_killed_is_a_total_not_an_event():
    assert not _violent("Aleppo has seen the heaviest fighting of the five-year civil war which has killed more than 300000 people.")


def test_a_bomb_found_seized_or_defused_is_no_bombing():
    for foiled in ("Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday in a shed in Dundalk.",
                   "Police seized a car bomb under construction on Sunday.",
                   "The bomb discovered in the Irish Republic was destined for an unknown target."):
        assert not [e for e in _violent(foiled) if e.type == "bombing"], foiled
    seized = _only("weapons_seized", "Police seized a car bomb under construction on Sunday.")
    assert seized.date.first == date(2015, 7, 26)


def test_violence_over_past_years_is_habitual():
    assert not _violent("Confrontations among protesters and the police have provoked widespread violence in Northern "
                        "Ireland for the past three summers.")


def test_a_verb_used_as_a_noun_without_a_toll_is_no_event():
    assert not [e for e in _violent("The cargo was destined for an unknown target in Northern Ireland.") if e.trigger == "target"]
    assert _violent("The rebel fire has killed at least 21 civilians in Aleppo.")


def test_one_speakers_sentences_on_one_day_are_one_statement():
    text = ("President Bill Clinton on Thursday condemned the Kenya embassy bombing. "
            "Clinton said the United States will not retreat from the world because of terrorist attacks.")
    speeches = [e for e in _events(text) if e.type in ("statement", "accusation")]
    assert len(speeches) == 1 and speeches[0].actor_names[0] == "Bill Clinton"
    text = ("President Bill Clinton on Thursday condemned the Kenya embassy bombing. "
            "Secretary of State Madeleine Albright said the United States will not retreat.")
    assert len([e for e in _events(text) if e.type in ("statement", "accusation")]) == 2


def test_said_is_news_when_the_other_event_of_its_sentence_is_only_named():
    text = ('Following the killing of Gemayel, Lebanese Prime Minister Fouad Seniora said at a press conference that '
            'the murder of the minister "will not terrorize us".')
    assert "statement" in {e.type for e in _events(text)}
    assert "statement" not in {e.type for e in _events("The Syrian army said it killed 20 militants in Hama on Monday.")}


def test_any_names_no_particular_happening():
    text = "The United States had not, as of yesterday, announced any plans to remove its troops from Iraq."
    assert "proposal" not in {e.type for e in _events(text)}


def test_a_pledge_and_a_call_for_unity_are_statements_not_proposals():
    types = {e.type for e in _events("Prime Minister Fouad Seniora on Tuesday called for unity and pledged that his government "
                                     "will protect the people.")}
    assert "statement" in types and "proposal" not in types


def test_a_speech_named_after_an_anchor_with_no_speaker_is_no_event():
    assert "statement" not in {e.type for e in _events("The director flew to Washington immediately after the press conference.")}


def test_a_groups_sentences_on_one_day_are_one_statement_but_a_states_officials_are_apart():
    text = ("In a statement on Sunday, the Syrian Democratic Forces announced a deal with Damascus. "
            "The SDF said the Syrian army will deploy along the border.")
    assert len([e for e in _events(text) if e.type == "statement"]) == 1
    text = ("Iraqi Prime Minister Adil Abdul-Mahdi on Sunday condemned the strike. "
            "Iraq's foreign ministry said on Sunday the strike violated Iraqi sovereignty.")
    assert len([e for e in _events(text) if e.type == "statement"]) == 2


def test_an_invitation_is_a_proposal():
    text = "On Wednesday NATO leaders invited Serbia and Montenegro to join the Partnership for Peace program."
    assert "proposal" in {e.type for e in _events(text)}


def test_a_groups_undated_speech_after_its_dated_one_is_that_speech():
    text = ("The Tamil Tigers on Monday vowed to fight on for independence. The island has known war for decades. "
            "Its economy has suffered. Tourism has fallen. Exports have fallen too. "
            "The Tamil Tigers' speech has renewed fears of war.")
    assert len([e for e in _events(text) if e.type == "statement"]) == 1


def test_a_future_in_what_is_said_does_not_make_the_speech_planned():
    text = '"We will never accept the pressure against Syria," Information Minister Mahdi Dakhlullah told reporters on Tuesday.'
    assert [e.status for e in _events(text) if e.type == "statement"] == ["occurred"]


def test_a_meeting_told_before_its_announcer_is_the_news_not_the_announcement():
    text = ("The fifth round of the six-party talks will begin on Nov. 9 in Beijing, Chinese Foreign Ministry spokesman "
            "Kong Quan announced at a regular press conference on Thursday.")
    types = [e.type for e in _events(text)]
    assert "diplomatic_meeting" in types and "statement" not in types


def test_what_is_condemned_with_quoted_epithets_is_named_not_told():
    text = 'Egypt\'s ambassador on Tuesday condemned the "cowardly, criminal and tragic" bombings.'
    assert {e.type for e in _events(text)} == {"statement"}


def test_a_hypothetical_event_dated_only_by_the_publication_is_dropped():
    events = _events("Efforts are ongoing to negotiate a peaceful end to the conflict.")
    assert not [e for e in events if e.type == "diplomatic_meeting"]


def test_violence_named_as_a_possibility_is_kept_once_as_a_hypothetical_event():
    # Rule 4: "a possible strike", "the threat of air strikes": the guide's hypothetical event, undated, told once.
    text = ("The prime minister says he remains committed to a possible strike against Iraq. "
            "France also backs action including possible strikes against Iraqi targets.")
    (event,) = [e for e in _events(text) if e.type == "airstrike"]
    assert event.status == "hypothetical" and event.date.first is None
    assert "Iraq" in {a.name for a in event.actors}


@pytest.mark.parametrize("sentence", D.cues["events"]["possible_violence_examples"])
def test_every_possible_violence_example_keeps_its_hypothetical_strike(sentence):
    assert [e.status for e in _events(sentence) if e.type == "airstrike"] == ["hypothetical"], sentence


@pytest.mark.parametrize("sentence", D.cues["events"]["possible_violence_not_examples"])
def test_no_possible_violence_counter_example_keeps_an_undated_hypothetical(sentence):
    assert not [e for e in _events(sentence) if e.status == "hypothetical" and e.date.first is None], sentence


def test_violence_named_as_a_possibility_with_no_party_is_still_dropped():
    # "the threat of torture" in a legal test, "possible attacks" feared on someone: a danger, nobody's violence.
    assert not _violent("Asylum is granted only where there is an imminent threat of torture in the homeland.")
    assert not _violent("The party said it wanted to protect the donor from possible attacks.")
    # a degree or a clause after "possible" names no possibility; the noun phrase's own words may stand between
    pattern = narrative._possible_pattern(D)
    assert not pattern.search("must be met with the severest possible ")
    assert not pattern.search("it takes all measures possible to avoid civilian ")
    assert pattern.search("a move that could avert possible U.S. military ")


def test_details_told_after_an_attack_named_only_generically_are_that_attack():
    # "an attack" says only that violence happened: the rockets told after it are how it was done, one event.
    text = ("On Friday, the coalition said an attack that day on an Iraqi air base near Mosul produced no casualties. "
            "The base houses U.S. personnel. It lies south of the city. Its runway is long. "
            "Seventeen rockets struck near the base, according to Iraqi military.")
    (event,) = _violent(text)
    assert event.date.first == date(2015, 7, 24)


def test_another_victim_or_also_in_a_retelling_does_not_make_another_attack():
    # "another man", "also died": more victims of the same attack; "another attack" is another happening.
    same = ("Government air strikes on Tuesday targeted the town of Saraqeb, a monitor said. "
            "Eleven civilians were killed in Saraqeb and another man died in the town, according to the group.")
    assert len(_violent(same)) == 1
    retold = ("A bombing on Tuesday killed a photojournalist in the port town of Mokha. "
              "At least five other civilians reportedly also died in Tuesday's attack.")
    assert len(_violent(retold)) == 1
    other = ("A car bombing on Tuesday killed five in Kabul. Another car bombing killed three in the city.")
    assert len(_violent(other)) == 2


def test_protests_told_as_what_usually_happens_are_no_event():
    for habitual in ("Confrontations among Catholic protesters and the police have provoked violence for the past three summers.",
                     "He has been arrested more than a dozen times during abortion protests in seven states."):
        assert not [e for e in _events(habitual) if e.type == "protest"], habitual
    told = "More than 2,000 Catholic protesters rallied in Portadown on Sunday."
    assert [e for e in _events(told) if e.type == "protest"]


def test_violence_people_fear_being_caught_in_is_feared_not_told():
    feared = ("Residents said they feared being caught in airstrikes or shelling when they ventured to the wells "
              "south of the city to draw water.")
    assert not _violent(feared)
    assert _violent("Residents said they were caught in airstrikes south of the city on Monday.")
    # The danger or threat of strikes is what people act on, not a strike told ("for fear of" already said so).
    danger = ("Several charity kitchens in eastern districts have also stopped operating due to the danger of airstrikes.")
    assert not _violent(danger)


def test_a_violent_word_that_qualifies_a_noun_names_no_happening():
    assert not _violent("YPG is the main fighting force of the SDF, largely Kurdish.")
    assert not _violent("Iraq's third attack option would be a strike through terrorism.")
    assert not _violent("Saddam said a shooting war could produce body bags courtesy of Baghdad.")
    assert _violent("Rebels are fighting forces loyal to the government in Aleppo.")


def test_violence_a_party_welcomes_is_named_not_told():
    text = ("The Syrian government welcomed a joint air campaign by Russia and the United States, its foreign ministry said "
            "on Tuesday.")
    assert not [e for e in _events(text) if e.type in ("air_campaign", "airstrike")]


def test_protesters_who_speak_are_the_speakers_not_a_protest():
    text = "Protesters have claimed Iran is unduly influencing their government."
    assert not [e for e in _events(text) if e.type == "protest"]
    assert [e for e in _events("Protesters rallied in Baghdad on Friday.") if e.type == "protest"]


def test_the_same_days_happening_told_again_further_on_by_the_same_side_is_one_event():
    text = ("The Kurdish-led SDF announced a deal with Damascus after Turkey began a military offensive into northern Syria "
            "on Wednesday. The United States announced a withdrawal. Erdogan spoke to reporters. NATO met in Brussels. "
            "On Wednesday, Turkey began a military offensive with airstrikes followed by a ground invasion.")
    assert len(_violent(text)) == 1


def test_what_was_folded_into_a_telling_stays_when_that_telling_is_folded_in_turn():
    text = ("Activists reported that at least 75 people died from barrel bomb attacks by the Syrian air force. "
            "The activists said some corpses were beyond recognition. "
            "The bombs were dropped on a camp near al-Habeet in Idlib province on Wednesday. "
            "Footage showed burning tents. The camp shelters displaced families. The United States said it was horrified. "
            "Camp residents told Reuters that the attack took place on Wednesday with two barrel bombs dropped from a helicopter.")
    (event,) = _violent(text)
    assert event.fatalities.best == 75


def test_violence_that_is_blamed_or_condemned_in_the_passive_is_the_topic_not_told():
    text = ("Russia has said it will not stop its airstrikes.\n\nRussia's airstrikes have been blamed for increasing the war's "
            "toll on Syrian civilians, prompting more of them to flee across the border into Turkey.")
    assert {e.type for e in _events(text)} <= {"statement", "accusation"}


def test_violence_judged_by_an_opinion_after_a_copula_is_not_told_again():
    """cues.toml [events] judged: the happening is told elsewhere; the sentence says what someone thinks of it."""
    for text in D.cues["events"]["judged_examples"]:
        assert not _violent(text), text
    for text in D.cues["events"]["judged_not_examples"]:
        assert _violent(text), text


def test_a_siege_named_as_a_lasting_condition_is_no_event():
    text = "Aid reached civilian neighborhoods under siege by Syrian government troops."
    assert not _violent(text)
    assert _violent("Syrian government troops laid siege to the town of Madaya on Monday.")


def test_a_violent_verb_with_an_abstract_object_is_a_figure_of_speech():
    for figure in ("NATO's enlargement has been an historic success in advancing stability, peace and cooperation in Europe.",
                   "The opposition attacked the decision in parliament on Monday."):
        assert not _violent(figure), figure
    assert _violent("Government troops advanced on the town of Qusayr on Monday.")


def test_a_violent_word_in_another_sense_is_no_event():
    # A policy's gerund with its object, an initiative seized, an illness: the typed word in a sense that is no violence.
    for figure in ("Moreover fighting terrorism one country at a time will not end the threat, the minister said on Monday.",
                   "Berlin sought to seize the diplomatic initiative on the crisis on Tuesday.",
                   "The former minister suffered a heart attack on Monday and was taken to hospital."):
        assert not _violent(figure), figure
    # The noun with a word between it and the object stays a battle: "fighting ended the talks" is the fighting's effect.
    assert _violent("Heavy fighting ended the talks in the town of Qusayr on Monday.")
    assert _violent("Rebels seized the town of Qusayr on Tuesday.")


def test_a_generic_word_shared_further_on_does_not_make_the_same_days_violence_one():
    # "killed" names no kind of violence: the air raids are not the killing told four sentences before.
    text = ("Mohammad Mesouti was killed by regime forces in Aleppo on Thursday, activists said. The ceasefire began this week. "
            "Aid trucks waited at the border. The UN urged restraint. "
            "On Thursday 23 civilians were killed in regime air raids on a town in Aleppo province.")
    assert len(_violent(text)) == 2


def test_a_deal_named_to_place_another_event_is_the_deal_the_article_tells():
    text = ("Air strikes hit the opposition-held city of Idlib, killing 40 people, hours after the United States and "
            "Russia announced a deal intended to bring a ceasefire.\n\n"
            "The United States and Russia announced a deal on Saturday that would establish a nationwide ceasefire.")
    deals = [e for e in _events(text) if e.type == "agreement"]
    assert len(deals) == 1
    assert deals[0].date.value == "2015-08-01"  # the Saturday before the publication, a Thursday
    # A deal placed by the strikes and told nowhere else stays, undated.
    alone = [e for e in _events(text.split("\n\n")[0]) if e.type == "agreement"]
    assert len(alone) == 1 and alone[0].date.first is None


def test_what_had_happened_before_the_story_takes_neither_its_day_nor_the_publication():
    text = ("The United States imposed sanctions on the militia on Friday.\n\n"
            "The United States had also levied individual sanctions against its commander.")
    sanctions = [e for e in _events(text) if e.type == "sanctions"]
    assert [e.date.basis for e in sanctions] == ["explicit", "none"]
    # Told in the simple past, the same sentence is the day's story.
    told = [e for e in _events(text.replace("had also levied", "also levied")) if e.type == "sanctions"]
    assert all(e.date.first is not None for e in told)


def test_a_verbs_s_form_used_as_a_plural_noun_tells_no_event():
    assert not [e for e in _events("U.S. officials claim they already see signs Saddam Hussein is getting nervous.")
                if e.type == "agreement"]
    assert not _violent("Kopp wears eyeglasses, is 5 feet, 10 inches tall and weighs 150 to 175 pounds.")
    assert _violent("The army pounds rebel positions in Aleppo on Monday.")


def test_what_is_dated_after_the_report_is_planned_not_occurred():
    events = _events("Israeli Prime Minister Benjamin Netanyahu says considerable gaps remain between Israeli and Palestinian "
                     "positions before next week's talks in London.")
    talks = [e for e in events if e.type == "diplomatic_meeting"]
    assert talks and all(e.status == "planned" for e in talks)


def test_one_speech_a_day_is_keyed_by_who_speaks_not_by_the_first_name_told():
    text = ("In looking ahead to the expansion of NATO, Polish Foreign Minister Bronislaw Geremek said on Friday, "
            "``We should keep the door of the alliance open.'' "
            "NATO Secretary General Javier Solana says, ``The accession of Poland is perhaps the clearest demonstration of "
            "the fact that Europe is growing closer together.''")
    assert len(_statements(text)) == 2
    assert "protest" not in {e.type for e in _events(text)}  # "the clearest demonstration of the fact": no protest


@pytest.mark.parametrize("text", D.cues["events"]["announcing_verbs_examples"])
def test_an_announcement_is_news_of_its_own_not_the_speech_before_told_on(text):
    # narrative rule 8 folds a speaker's later words that day into their first speech; an announcement stays apart
    assert len(_statements(text)) == 2


@pytest.mark.parametrize("text", D.cues["events"]["announcing_verbs_not_examples"])
def test_the_same_speakers_words_told_on_stay_one_speech(text):
    assert len(_statements(text)) == 1


def test_a_name_inside_a_participle_aside_is_not_who_speaks():
    text = ("U.S. Secretary of State Madeleine Albright visited Tanzania on Tuesday. "
            "Tanzanian Foreign Minister Jakaya Kikwete, standing beside Albright in Dar es Salaam, said on Tuesday "
            "there are no new leads. Albright told the foreign minister on Tuesday that the American people share in "
            "the sorrow of the Tanzanians.")
    speeches = _statements(text)
    assert len(speeches) == 2
    first = next(e for e in speeches if "Kikwete" in e.evidence)
    assert [a.name for a in first.actors if a.role == "agent"] == ["Jakaya Kikwete"]


def test_a_participle_after_a_comma_goes_on_with_the_speech_before_it():
    text = ("US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks, saying there was "
            '"no evidence the attacks came from Yemen."')
    types = [e.type for e in _events(text) if e.type in ("statement", "accusation")]
    assert types == ["accusation"]


def test_a_participle_after_a_speech_noun_goes_on_with_that_speech():
    text = ("Foreign Minister Karl Weber was the first senior German official to mention the agreement in a speech last "
            "month, saying at the time that Germany would honour it.")
    assert len(_statements(text)) == 1


def test_a_speech_participle_is_said_by_the_subject_of_the_clause_before_it():
    text = "Iran's deputy foreign minister replied from Tehran within hours, saying Washington had broken its word."
    speeches = _statements(text)
    assert len(speeches) == 1
    assert [a.name for a in speeches[0].actors][:1] == ["Iran"]


def test_a_negation_before_an_aside_of_commas_still_negates_the_speech():
    text = "The United States had not, as of yesterday, announced any plans to remove the troops from Iraq."
    assert not {"statement", "proposal"} & {e.type for e in _events(text)}
    assert "proposal" in {e.type for e in _events("The United States, as of yesterday, announced plans to remove the troops from Iraq.")}


def test_a_quoted_retelling_before_the_verb_makes_the_speaker_its_source():
    text = ("A lawyer for the defendants was killed when gunmen opened fire at his car in Baghdad on Tuesday. "
            '"Unknown gunmen opened fire at a car carrying the two defense lawyers in western Baghdad, killing Adel Abbas," '
            "Iraqi police officer Col. Ali Muhmoud told Xinhua.")
    assert "statement" not in {e.type for e in _events(text)}
    text = ("Gemayel was shot dead in Beirut on Tuesday. Lebanese Prime Minister Fouad Seniora said the murder of Gemayel "
            "was an attack on the state.")
    assert "statement" in {e.type for e in _events(text)}


def test_a_retelling_named_again_before_the_speaker_makes_the_speaker_its_source():
    # Commas lost (scraped pages): "the mortar attack" is folded as told again before narrative rules run.
    for text in ("Rebels fired mortar rounds at an election rally in Daraa on Tuesday killing 21 people. Pro-government "
                 "militiamen were also among those killed in the mortar attack which was carried out by an Islamist rebel "
                 "brigade the Britain-based watchdog said.",
                 "Two suicide bombers struck a police station in Damascus on Wednesday killing 17 people. Two of the suicide "
                 "bombers detonated their explosives in front of the police station the interior ministry said in a statement."):
        assert "statement" not in {e.type for e in _events(text)}
    text = ("Government jets bombed a market in Douma on Tuesday, killing 30 people. The United States and France termed "
            "the bombing a war crime and said Syria was responsible.")
    assert "statement" in {e.type for e in _events(text)}


def test_a_first_telling_whose_fuller_retelling_gives_the_sentence_still_makes_its_speaker_the_source():
    text = ("A Daesh counterattack on Syrian regime forces advancing towards Tabaqa on Monday left 28 militants dead a "
            "monitor said. Dozens of Daesh militants early on Monday attacked government positions south of the town of "
            "Tabaqa on the Euphrates River said the Syrian Observatory for Human Rights. Observatory head Rami Abdel Rahman "
            'said fierce clashes broke out. "Eleven regime fighters and 17 Daesh fighters were killed in the attack" said '
            "Abdel Rahman.")
    events = _events(text)
    assert "statement" not in {e.type for e in events}
    assert any(e.evidence.startswith('"Eleven regime fighters') for e in events)  # the fuller telling gives the sentence


def test_a_telling_with_a_figure_keeps_the_sentence_over_a_vague_retelling_that_names_the_attacker():
    from dataclasses import replace

    from events.extract import narrative
    from events.extract.records import ActorMention

    (lead,) = _violent("At least nine people were killed in suicide attacks in Damascus on Wednesday.")
    (vague,) = _violent("Suicide bombers killed several people in Damascus.")
    vague = replace(vague, actors=(ActorMention(name="Al-Nusra Front", text="Nusra", start=0, end=5, role="agent"),))
    one = narrative._fold(lead, vague)
    assert one.evidence == lead.evidence and one.fatalities.best == 9
    assert "Al-Nusra Front" in {a.name for a in one.actors}  # what the retelling adds stays


def test_a_toll_dated_only_by_its_telling_is_the_count_of_the_violence_dated_by_its_own_words():
    # A Saturday report: the deaths are Friday's bombings', "as dawn broke Saturday" is when officials counted them.
    saturday = date(1998, 8, 8)
    text = ("Terrorist bombings at U.S. embassies in Kenya and Tanzania blew apart buildings and buses.\n\n"
            "At least 82 were killed and more than 1,700 injured, officials said as dawn broke Saturday.\n\n"
            "The suspected car bombings occurred 700 kilometers from each other but just minutes apart on Friday.")
    (bombing,) = _violent(text, saturday)
    assert (bombing.date.first, bombing.date.basis) == (date(1998, 8, 7), "explicit")
    assert bombing.fatalities.best == 82
    assert not bombing.evidence.startswith("At least 82")  # a telling of the bombings, not the count


def test_reported_is_a_reporting_verb_whose_day_is_the_telling_s():
    # A Tuesday report: "Syrian media reported Tuesday" is the telling's day; the strikes were Monday's.
    tuesday = date(2017, 5, 16)
    text = ("US-led coalition strikes against Daesh terrorists in the eastern Syrian city of Abu Kamal left at least 31 "
            "civilians dead and dozens injured Syrian media reported Tuesday. "
            "US-led coalition jets struck Abu Kamal on Monday.")
    (strikes,) = _violent(text, tuesday)
    assert (strikes.date.first, strikes.date.basis) == (date(2017, 5, 15), "explicit")


def test_a_toll_dated_by_its_telling_with_no_other_violence_keeps_that_date():
    text = "Air strikes on a school in Idlib killed 22 children, UNICEF said Wednesday."
    (strike,) = _violent(text)
    assert strike.date.first == date(2015, 7, 29)


def test_violence_dated_only_by_its_telling_takes_the_day_the_next_sentences_tell_it_in_detail():
    # A Sunday report: the monitor spoke on Sunday; the executions it tells were Saturday's.
    sunday = date(2014, 6, 29)
    text = ("A jihadist group has publicly executed nine men in Aleppo province, a monitor said on Sunday. "
            "The report comes amid fierce fighting near Damascus, the monitor said. "
            '"The group executed eight men in Deir Hafer" on Saturday, the monitor said.')
    executions = [e for e in _violent(text, sunday) if e.type == "attack_on_civilians"]
    assert executions and all(e.date.first == date(2014, 6, 28) for e in executions)
    # The detail told in the next sentence dates the summary, and they are one happening.
    monday = date(2014, 9, 22)
    text = ("Government air strikes killed at least 42 people in Idlib province, the monitor said on Monday. "
            "The air raids on Sunday killed 19 people outside Saraqeb and 23 in the town of Maaret al-Numan.")
    (strikes,) = _violent(text, monday)
    assert (strikes.date.first, strikes.fatalities.best) == (date(2014, 9, 21), 42)


def test_violence_dated_only_by_its_telling_takes_the_day_a_definite_retelling_gives_it():
    # A Tuesday report: "the blast" told again with its own day dates the bombing; the lead keeps its sentence and toll.
    tuesday = date(2014, 5, 6)
    text = ("About 30 Syrian government fighters were killed when rebels set off a bomb in a tunnel beneath a checkpoint "
            "in Idlib province, activists said on Tuesday. Rebels regularly carry out guerrilla attacks against his forces "
            "but the size of the blast which occurred on Monday was unusual.")
    (bombing,) = _violent(text, tuesday)
    assert (bombing.date.first, bombing.fatalities.best) == (date(2014, 5, 5), 30)
    assert bombing.evidence.startswith("About 30 Syrian government fighters")
    # Not the other way round: a retelling dated only by its own telling's day leaves the lead's own date.
    text = ("Rebels set off a bomb in a tunnel beneath a checkpoint in Idlib province on Monday, killing 30 soldiers. "
            "The blast killed mostly officers, activists said on Tuesday.")
    assert {e.date.first for e in _violent(text, tuesday)} == {date(2014, 5, 5)}


def test_violence_dated_by_its_telling_keeps_that_day_when_what_follows_is_dated_later_or_another_happening():
    text = ("Air strikes on Raqa killed 25 civilians, a monitor said on Wednesday. "
            "Separately, rebels shelled a village near Hama on Thursday.")
    strike = next(e for e in _violent(text) if e.type == "airstrike")
    assert strike.date.first == date(2015, 7, 29)


def test_a_violent_noun_that_characterises_or_qualifies_is_no_event():
    for text in D.cues["events"]["copulas_examples"] + D.cues["events"]["qualified_examples"]:
        assert not _violent(text), text
    assert _violent("There was an attack on the police station in Homs on Monday.")
    assert _violent("It was the deadliest attack this year, killing 40 people in Homs.")


def test_violence_that_victims_of_governs_names_the_people_not_a_happening():
    for text in D.cues["events"]["victims_of_examples"]:
        assert not _violent(text), text
    for text in D.cues["events"]["victims_of_not_examples"]:
        assert _violent(text), text
    # told before, the strike keeps its own telling; the victims' sentence adds no second one
    text = ("An air strike hit a clinic in Idlib on Monday. On Tuesday aid workers flew in to treat survivors of the "
            "air strike.")
    assert [e.type for e in _violent(text)] == ["airstrike"]


def test_dead_counted_again_as_part_of_a_toll_are_no_new_event():
    friday = date(1998, 8, 8)
    text = ("The Friday explosions at U.S. embassies in Nairobi, Kenya, and Dar-es-Salaam, Tanzania, killed at least 110 "
            "people. The 11 Americans were killed in Kenya, along with five Kenyan employees at the embassy.")
    assert len(_violent(text, friday)) == 1
    text = ("A car bomb killed 247 people at the U.S. embassy in Nairobi on Friday. Ten more died in Dar es Salaam. "
            "That brought the toll for both bombings to 259.")
    assert not [e for e in _events(text, friday) if e.evidence.startswith("That brought")]


def test_a_later_telling_that_dates_a_month_dated_happening_to_a_day_is_that_happening():
    text = ("Foreign Minister Don McKinnon said that terrorist bombings this month of U.S. embassies in Nairobi, Kenya and "
            "Dar es Salaam, Tanzania, were an outrage. U.S. forces on Thursday launched cruise missile strikes. "
            "The embassy bombings, on Aug. 7, killed 247 people in Kenya and 10 in Tanzania.")
    bombings = [e for e in _events(text, date(1998, 8, 21)) if e.type == "bombing"]
    # The month's telling is the day-dated one: no bombing is left dated by the month. The day's telling lists its
    # dead place by place ("247 people in Kenya and 10 in Tanzania"): two bombings (pipeline._listed_items; the gold
    # of APW19980820.1428 lists them apart, Nairobi and Dar es Salaam), each the day's.
    assert sorted(e.location.name for e in bombings) == ["Kenya", "Tanzania"]
    assert all((e.date.first, e.date.precision) == (date(1998, 8, 7), "day") for e in bombings)


def test_figures_of_speech_and_capabilities_are_no_violence():
    for text in D.cues["events"]["figurative_examples"] + D.cues["events"]["descriptions_examples"]:
        assert not _violent(text), text
    assert _violent("In a long attack on the town on Thursday, rebels killed 12 soldiers.")
    for text in D.cues["events"]["compared_since_examples"]:
        assert [e.type for e in _violent(text)] in ([], ["chemical_attack"]), text
        assert not [e for e in _violent(text) if e.fatalities is not None], text
    for text in D.cues["events"]["gerund_for_examples"]:
        assert [e.type for e in _events(text, date(1990, 8, 15))] == ["sanctions"], text
    assert _violent("The army began shelling Homs on Monday, killing 5 people.")
    for text in D.cues["roles"]["passive_speech_examples"]:
        assert not _statements(text), text
    assert _statements("Crown Prince Hassan said today the king was carrying a message.")
    assert _violent("Iraq used chemical weapons against Kurdish villages in March 1988.")


def test_arms_held_and_parties_described_by_a_participle_are_no_violence():
    for text in (D.cues["events"]["arms_held_examples"] + D.cues["events"]["parties_examples"]
                 + D.cues["events"]["described_gap_examples"]):
        assert not _violent(text), text
    assert _violent("Hezbollah fired its rockets at Haifa on Monday.")
    assert _violent("Rebels are fighting the Syrian army in Aleppo.")
    assert _violent("Rebels are fighting against the Syrian army in Aleppo.")


def test_a_title_case_headline_is_the_body_s_violence_told_again_whatever_its_word():
    text = ("40 Terrorists Killed in Latest Syrian Army Offensive in Aleppo.\n\n"
            "About 40 militants were killed in the battle in al-Malaah northwest of Aleppo on Thursday, military sources said.")
    (event,) = _violent(text)
    assert event.date.first == date(2015, 7, 30) and event.fatalities.best == 40


def test_deaths_folded_with_their_cause_take_the_cause_s_type():
    text = ("Iran admitted on Saturday that its military had shot down a Ukrainian passenger jet near Tehran on Wednesday. "
            "The 176 people on board were all killed.")
    (event,) = _violent(text)
    assert event.type != "casualties"


def test_violence_named_in_a_relative_clause_is_dated_by_its_story_not_by_the_main_clause():
    wednesday = date(1998, 8, 26)
    text = ("U.S. Ambassador Prudence Bushnell wrapped up some unfinished business on Wednesday, meeting with Kenya's trade "
            "minister to finish talks that were interrupted by the car bombing of the embassy.\n\n"
            "On Aug. 7, Bushnell, Trade Minister Joseph Kimotho and others had just ended a news conference in a building "
            "adjacent to the embassy. They were talking when the bomb went off, killing 247 people.")
    (bombing,) = _violent(text, wednesday)
    assert (bombing.date.first, bombing.date.basis) == (date(1998, 8, 7), "anchored")
    assert bombing.fatalities.best == 247


def test_that_and_a_verb_open_a_clause_on_the_weapon_dated_with_its_attack():
    sunday = date(2016, 10, 30)
    text = ("Terrorist organizations targeted on Sunday al-Hamadaniyeh area in Aleppo city with shells that contained "
            "toxic gases.")
    (attack,) = _violent(text, sunday)
    assert attack.type == "chemical_attack" and attack.date.first == sunday
    # A name after "that" is no verb: "warnings ... that US air strikes could do harm" stays what is said.
    assert not _violent("Clinton glossed over warnings from Moscow on Thursday that US air strikes against Iraq could "
                        "do serious harm to relations.", date(1998, 2, 13))


def test_a_day_told_right_after_the_event_s_noun_is_its_own_not_an_attribute_of_the_next_word():
    saturday = date(2000, 4, 1)
    text = ("Tens of thousands of people paid tribute to the men who launched the Cuban Revolution more than four decades "
            "ago in a rally Saturday demanding the return of Elian Gonzalez.")
    (rally,) = [e for e in analyse(Article(text=text, published=saturday)).events if e.type == "protest"]
    assert rally.date.first == saturday
    # A meeting struck by violence is no talks, dated or not.
    text = ("In Idlib twenty-eight heads of the Ahrar al-Sham militant group were killed in an explosion that targeted "
            "a meeting tonight according to the Syrian opposition.")
    assert "diplomatic_meeting" not in {e.type for e in analyse(Article(text=text, published=date(2014, 9, 9))).events}


def test_an_adverb_ends_the_subject_no_definite_phrase_across_it():
    sunday = date(2016, 11, 20)
    text = ("Earlier in the day terrorist groups fired a mortar shell on al-Furqan School in Aleppo, killing seven students. "
            "The terrorists also fired rocket shells on the Faculty of Law and the neighborhoods of al-Sabil and al-Midan "
            "killing two persons.")
    assert len(_violent(text, sunday)) == 2


def test_said_that_opens_what_is_said_not_a_relative_clause():
    text = "Reports said on Thursday that militants lost over one hundred fighters in the battle near Aleppo."
    (battle,) = _violent(text)
    assert battle.date.first == date(2015, 7, 30)


def test_deaths_counted_over_a_whole_year_are_a_total_not_an_occasion():
    assert not _violent("The Israelis suffered a record 39 deaths in southern Lebanon last year.")
    assert _violent("Howes had been killed in 1996 by a Khmer Rouge faction.")


def test_a_running_count_this_year_ends_a_long_clause_but_earlier_this_month_dates_another_happening():
    # event_types.toml has_killed_this_year, twentieth stop: the year may close a clause that names the town and wounded
    assert not _violent("Shelling from across the border has claimed 15 lives and wounded scores of others in the "
                        "frontier town of Reyhanli in southern Turkey this year.")
    # "earlier this month" dates the push, not a count: the counterattack with its day stays
    (event,) = _violent("An Islamic State counterattack in Hama has left 30 soldiers dead on Sunday in a heavy blow to an "
                        "army push launched earlier this month.")
    assert event.fatalities.best == 30


def test_a_nation_s_dead_over_last_month_and_the_dead_since_a_truce_broke_down_are_totals_not_occasions():
    # a monitor's monthly tally for a whole nation, and a count over the time since a truce's collapse: background
    assert not _violent("Last month, almost 900 Iraqi civilians were killed, a rights group said, most of them in bombings.")
    assert not _violent("Scores of people have died since the breakdown of the ceasefire, the monitor said.")
    assert not _violent("Aid agencies warned on Friday, with hundreds of civilians killed since the collapse of a truce.")
    # the period told with its occasion, or a count with no nation, stays an event with its toll
    (ambush,) = _violent("Last month 12 Syrian civilians were killed in an ambush near Palmyra.")
    assert ambush.fatalities.best == 12
    (bombings,) = _violent("Last month bombings claimed by the group in the coastal towns of Jableh and Tartus killed at "
                           "least 150 people.")
    assert bombings.fatalities.low == 150
    (raids,) = _violent("In April more than 50 civilians were killed by barrel bombs on the town.")
    assert raids.fatalities.low == 51


def test_air_cover_of_another_operation_is_no_air_strike():
    (example,) = D.cues["events"]["air_support_examples"]
    assert "airstrike" not in {e.type for e in _events(example)}
    assert "airstrike" in {e.type for e in _events("An Israeli air strike backed by intelligence hit a car in Gaza on Monday.")}


def test_a_capture_told_by_the_effort_going_on_is_an_undated_offensive_with_no_toll():
    for text in D.cues["events"]["efforts_examples"]:
        offensives = [e for e in _events(text) if e.type == "ground_offensive"]
        assert offensives and all(e.status in ("occurred", "reported") and e.date.first is None and e.fatalities is None
                                  for e in offensives), text
    for text in D.cues["events"]["efforts_not_examples"]:
        assert all(e.status == "hypothetical" for e in _events(text) if e.type == "ground_offensive"), text
    assert {e.status for e in _events("Rebels have been trying to persuade the army to capture the town.")
            if e.type == "ground_offensive"} <= {"hypothetical"}


def test_deaths_told_without_their_cause_on_the_day_of_an_offensive_are_its_toll():
    wednesday = date(2006, 11, 2)
    text = ("The Israeli army stormed early on Wednesday morning the town of Beit Hanoun in a large-scale military operation. "
            "Palestinian medics said that seven Palestinians were killed on Wednesday.")
    (event,) = _violent(text, wednesday)
    assert event.fatalities.best == 7


def test_a_vague_toll_and_a_figure_in_its_range_count_the_same_dead():
    sunday = date(2016, 2, 21)
    text = ("Kerry spoke of the scores of people killed hours earlier by twin explosions in Homs on Sunday. "
            "A human rights monitor says the double blasts in Homs killed 46 people.")
    (bombing,) = _violent(text, sunday)
    assert bombing.fatalities.best == 46


def test_a_floor_and_a_source_s_figure_above_it_within_its_step_count_the_same_dead():
    monday = date(2016, 10, 4)
    text = ("At least 20 people were killed and 55 wounded during a suicide bombing that struck a wedding in the city of "
            "Hasakah on Monday, the Observatory reported. \"A suicide bomber blew himself up inside a hall in Tall Tawil "
            "village during the wedding, killing at least 22 civilians,\" Observatory chief Rami Abdel Rahman told AFP.")
    (bombing,) = _violent(text, monday)
    assert bombing.fatalities.best == 20  # the report's own count; the guide's "at least 20" is 20
    # A step or more above the floor, or a smaller floor told after it (a part, or more dead elsewhere), is other dead.
    for later in ("at least 40 civilians", "at least 10 civilians"):
        assert len(_violent(text.replace("at least 22 civilians", later), monday)) == 2, later


def test_an_abduction_is_violence_and_the_attackers_noun_yields_to_the_verb():
    for text in D.cues["events"]["agent_nouns_examples"]:
        assert "abduction" in {e.type for e in _events(text)}, text
    # Violence told as what has happened over years is habitual, abductions too.
    assert not _violent("Mexico and Colombia have suffered from a rash of kidnappings in recent years.")


def test_an_agent_is_not_borrowed_from_background_dated_by_a_month_or_a_year():
    text = ("Eleven civilians were killed in Saraqeb on Tuesday, the Observatory said. "
            "In November Al Nusra Front expelled Western-backed rebels from their Idlib positions.")
    killed = [e for e in _violent(text) if "Saraqeb" in e.evidence]
    assert killed and all("Al-Nusra Front" not in {a.name for a in e.actors} for e in killed)


def test_a_deal_signed_again_the_same_day_by_the_same_parties_is_one_deal():
    text = ("The presidents of Poland and the Czech Republic signed papers of accession to NATO on Tuesday. "
            "Poland's Aleksander Kwasniewski and Vaclav Havel signed the preparatory documents on Tuesday in their palaces.")
    deals = [e for e in _events(text) if e.type == "agreement"]
    assert len(deals) == 1 and deals[0].date.first == date(2015, 7, 28)
    # Two deals on different days are two.
    text = "Russia and Turkey signed a deal on Monday. Russia and Turkey signed a second deal on Tuesday."
    assert len([e for e in _events(text) if e.type == "agreement"]) == 2


def test_a_speech_that_talks_placed_after_it_is_the_news_of_the_report_day():
    # The talks place what is said ("before next week's talks"): the speech is news, dated by the report, not by the talks.
    text = ("Israeli Prime Minister Benjamin Netanyahu says considerable gaps remain between Israeli and Palestinian "
            "positions before next week's talks in London.")
    events = _events(text)
    (speech,) = [e for e in events if e.type == "statement"]
    assert speech.date.first == PUBLISHED
    (talks,) = [e for e in events if e.type == "diplomatic_meeting"]
    assert talks.status == "planned" and talks.date.precision == "week" and talks.date.first > PUBLISHED


def test_a_round_told_with_no_party_is_a_round_of_the_one_named_meeting_and_has_its_members():
    text = ("The six-party talks, aiming at resolving the nuclear issue, group China, North Korea, the United States, "
            "South Korea, Russia and Japan. The first round was held in August 2003 in Beijing.")
    (first_round,) = [e for e in _events(text) if e.type == "diplomatic_meeting" and "first round" in e.evidence]
    assert {"China", "United States", "Japan"} <= {a.name for a in first_round.actors}


@pytest.mark.parametrize("text,type_name,day", [
    # Rule 12: an undated planned meeting of the same party is more of the dated trip.
    ("Iranian Foreign Minister Manouchehr Mottaki will visit Pakistan on Monday for talks with Pakistani leaders. "
     "Mottaki was also expected to discuss Iran's nuclear programme with Pakistani officials, she said.",
     "diplomatic_meeting", date(2015, 8, 3)),
    # Rule 9: a known summit named to place a speech is that summit.
    ("NATO leaders opened a two-day summit in Riga on Tuesday. NATO Secretary-General Jaap de Hoop Scheffer told "
     "reporters shortly after the conclusion of the NATO summit that the alliance would study the idea.",
     "diplomatic_meeting", date(2015, 7, 28)),
    # Rule 9: a ceremony named to place speeches is the accession told with its body.
    ("Poland, Hungary and the Czech Republic on Tuesday formally joined NATO at a ceremony in Independence. In speeches "
     "before the signing ceremony, the ministers said their countries saw NATO membership as an assurance.",
     "agreement", date(2015, 7, 28)),
], ids=["planned-trip", "summit-placing-speech", "ceremony-placing-speeches"])
def test_a_diplomatic_event_told_again_is_one_event(text, type_name, day):
    (event,) = [e for e in _events(text) if e.type == type_name]
    assert event.date.first == day


def test_a_day_of_a_trip_planned_for_the_week_dates_the_trip():
    # Rule 12: the arrival day told for the same place is the day of the trip planned "this week" (PUBLISHED is a
    # Thursday: Saturday is August 1, in the report's week).
    text = ("Turkish Foreign Minister Mevlut Cavusoglu will visit Iran this week for talks with Iranian leaders, an "
            "official said on Thursday. Cavusoglu -- who is expected to arrive in Iran on Saturday -- will be making his "
            "first visit to the country since March, the official said.")
    (trip,) = [e for e in _events(text) if e.type == "diplomatic_meeting"]
    assert (trip.date.first, trip.date.precision) == (date(2015, 8, 1), "day")
    # another party's trip on a day of that week is not this one
    other = ("Turkish Foreign Minister Mevlut Cavusoglu will visit Iran this week for talks with Iranian leaders. "
             "Jordan's King Abdullah will visit Egypt on Saturday for talks with Egyptian leaders.")
    assert len([e for e in _events(other) if e.type == "diplomatic_meeting"]) == 2


@pytest.mark.parametrize("text", D.cues["events"]["first_since_examples"]
                         + ["Mottaki will be making his first visit to the country since August when he was named to his post."])
def test_a_time_after_since_behind_a_first_visit_is_not_the_visit_s(text):
    # "his first visit ... since 2008": 2008 is when the last visit was (dating.counted_since); the plan has no time
    (visit,) = [e for e in _events(text) if e.type == "diplomatic_meeting"]
    assert visit.date.first is None
    assert dating.counted_since(text, text.index("visit"), _timex(text, "since"), _event_rules(D).first_since)


def _timex(text: str, after: str):
    """The first time expression the article's analysis finds after the word ``after``."""
    return next(t for t in analyse(Article(text=text, published=PUBLISHED)).timexes if t.start > text.index(after))


def test_a_planned_event_takes_its_own_time_not_the_reporting_verb_s():
    wednesday = date(2016, 10, 12)
    for text in ("US officials on Wednesday said Kerry will meet Lavrov in Geneva on Saturday.",
                 "Officials said on Wednesday that Kerry will meet Lavrov in Geneva on Saturday.",
                 "Kerry and Lavrov to meet in Geneva US officials on Wednesday said Kerry will meet Lavrov on Saturday."):
        meeting = _only("diplomatic_meeting", text, wednesday)
        assert meeting.date.first == date(2016, 10, 15), text
    # told as done, the saying's day bounds it: "announced it had entered into an agreement"
    (deal,) = [e for e in _events("Late on Sunday, the SDF announced it had entered into an agreement with Damascus.",
                                  date(2019, 10, 15)) if e.type == "agreement"]
    assert deal.date.first == date(2019, 10, 13)


def test_a_plan_whose_only_time_is_its_source_s_stays_undated():
    wednesday = date(2016, 10, 12)
    for text in ("An envoy of the United Nations is also expected to travel to Damascus, a spokesman said at a news briefing today.",
                 "US officials said on Wednesday that Kerry will meet Lavrov in Geneva.",
                 "Kerry will meet Lavrov in Geneva, US officials said Wednesday."):
        meeting = _only("diplomatic_meeting", text, wednesday)
        assert (meeting.date.first, meeting.status) == (None, "planned"), text
    # a time of its own after the source's still dates it; and a meeting told as held keeps the saying's day
    meeting = _only("diplomatic_meeting", "Kerry will meet Lavrov in Geneva, US officials said, on Friday.", wednesday)
    assert meeting.date.first == date(2016, 10, 14)
    held = _only("diplomatic_meeting", "Kerry met Lavrov in Geneva, US officials said on Wednesday.", wednesday)
    assert held.date.first == wednesday


def test_contracted_negations_likely_events_and_signs_seen_tell_no_happening():
    for text in D.cues["events"]["negations_examples"]:
        assert not _violent(text), text
    assert not _violent("There are likely to be additional American prisoners of war taken.")
    assert not [e for e in _events("There are signs that Saddam is nervous.") if e.type == "agreement"]
    assert [e for e in _events("Syria signs the deal on Monday.") if e.type == "agreement"]
    assert _violent("Allied troops engaged Iraq's Republican Guard on Sunday.")


def test_an_exhortation_quoted_and_a_noun_qualifying_another_tell_no_violence():
    assert not _violent('"Fight them," he urged Iraqis in a radio address.')
    assert not _violent('"All Iraqis, fight them with all the power you have."')
    assert not _violent("The Americans say their battle plans call for operating as far north as Basra.")
    assert not _violent("White House spokesman Marlin Fitzwater cautioned about early battle reports.")
    assert _violent("Rebels fight government troops in Aleppo, a monitor said on Monday.")


def test_a_time_in_what_is_said_does_not_date_the_saying():
    text = "Czech Foreign Minister Jan Kavan said on Friday he was in Kansas City in 1968 when Soviet troops swept in."
    speech = _only("statement", text, date(1999, 3, 13))
    assert speech.date.first == date(1999, 3, 12)
    text = "Czech Foreign Minister Jan Kavan said he was in Kansas City in 1968 when Soviet troops swept in."
    assert all(e.date.first is None or e.date.first.year == 1999 for e in _events(text, date(1999, 3, 13)) if e.type == "statement")


def test_a_later_time_told_after_an_act_told_done_dates_its_content_not_the_act():
    published = date(1999, 2, 16)
    text = ("Secretary of State Madeleine Albright has invited the foreign ministers of Poland, the Czech Republic and "
            "Hungary to a ceremony in Independence, Mo., on March 12 to mark the accession of the three countries.")
    invitation = _only("proposal", text, published)
    assert (invitation.date.first, invitation.date.basis) == (published, "publication")
    text = "Police have warned of an upsurge in political violence in Kenya ahead of December 2007 general elections."
    warning = _only("statement", text, date(2006, 12, 17))
    assert (warning.date.first, warning.date.basis) == (date(2006, 12, 17), "publication")
    # a plan told in the future keeps its own later time; so does a time before the publication
    text = "Albright will invite the foreign ministers to a ceremony on March 12."
    assert [e.date.first for e in _events(text, published) if e.type == "proposal"] == [date(1999, 3, 12)]
    text = "NATO invited the three countries to join the alliance in July 1997 at the Madrid summit."
    assert [e.date.value for e in _events(text, published) if e.type == "proposal"] == ["1997-07"]


def test_an_official_trip_to_a_named_place_is_a_visit_and_a_crowd_leaving_is_none():
    for text in D.cues["events"]["travellers_examples"]:
        assert "diplomatic_meeting" in {e.type for e in _events(text, date(1998, 9, 30))}, text
    for text in D.cues["events"]["travellers_not_examples"]:
        trips = [e for e in _events(text, date(1998, 9, 30)) if e.type == "diplomatic_meeting"]
        assert all(e.trigger.lower() == "consultations" for e in trips), text
    # the talks a trip is for are still told by their noun
    text = "Special ambassador Mikhail Sytenko left Tuesday for consultations with the governments of Syria and Jordan."
    assert [e.trigger for e in _events(text, date(1990, 8, 15)) if e.type == "diplomatic_meeting"] == ["consultations"]


def test_a_trip_or_call_of_private_people_or_reporters_is_no_diplomacy():
    for text in D.cues["events"]["private_doers_examples"]:
        assert not {"diplomatic_meeting", "proposal"} & {e.type for e in _events(text, date(2014, 8, 17))}, text
    # a party's own trip, and a meeting noun the words only stand near, stay
    text = "Kerry met Lavrov in Geneva on Friday as refugees travelled to Turkey."
    assert [e.trigger for e in _events(text, date(2016, 9, 30)) if e.type == "diplomatic_meeting"] == ["met"]
    text = "The Syrian Coalition will prioritize the suffering of residents of Deir Ezzor in its upcoming meetings on Monday."
    assert [e.trigger for e in _events(text, date(2016, 9, 17)) if e.type == "diplomatic_meeting"] == ["meetings"]


def test_a_crowds_call_is_its_protest_and_a_meeting_struck_or_a_need_met_is_no_talks():
    text = ("Daraa was the cradle of Syria's uprising in 2011 when demonstrators took to the streets to call for "
            "President Bashar al-Assad's ouster.")
    assert [e.type for e in _events(text, date(2017, 7, 9))] == ["protest"]
    text = ("As the death toll in Lebanon has mounted, the Israeli government has been faced with a growing grassroots "
            "movement calling for Israel's unilateral withdrawal from Lebanon.")
    assert "proposal" not in {e.type for e in _events(text, date(1998, 3, 1))}
    text = ("Later SANA's correspondent said that the Air Force destroyed a base in which a meeting for leaders of Ahrar "
            "al-Cham and Jabhat al-Nusra terrorist groups was being held in al-Rastan area, killing 5 terrorists.")
    assert "diplomatic_meeting" not in {e.type for e in _events(text, date(2016, 11, 27))}
    text = "As NATO allies, the goal is much smaller armies capable of meeting a variety of contingencies."
    assert not _events(text, date(1999, 3, 12))


def test_an_outing_accounts_offered_and_a_call_a_period_runs_from_are_no_diplomacy():
    for text in ("There are intangibles in close family bonds that are more valuable than bicycles and trips to Disney World.",
                 "Elian Gonzalez, the boy who survived an ill-fated migrant smuggling trip across the Florida Straits, was returned.",
                 "Other reports from opposition sources in the area offered different accounts on the casualty figures.",
                 "The Syrian government has blocked the inspectors since calling for a U.N. inquiry in March."):
        assert not {"diplomatic_meeting", "proposal"} & {e.type for e in _events(text, date(2013, 8, 27))}, text
    # an official's short trip and an offer of a plan stay
    assert [e.type for e in _events("Scharping, ending a two-day visit, said Poland was well prepared.", date(1998, 12, 5))
            if e.type == "diplomatic_meeting"] == ["diplomatic_meeting"]
    assert [e.type for e in _events("Russia offered a plan to end the siege on Monday.", date(2016, 9, 30))] == ["proposal"]


def test_a_role_or_a_watch_told_in_the_present_is_no_protest_held():
    for text in ("Gerard Rice, a former IRA prisoner who leads anti-Orange protests in a Catholic neighborhood of south "
                 "Belfast, said communities would not be left alone.",
                 "Even miles away from sign-waving demonstrators who keep vigil outside the tiny house in Little Havana, "
                 "talk about the standoff is everywhere."):
        assert "protest" not in {e.type for e in _events(text, date(2000, 3, 30))}, text
    text = "About 100 protesters marched in front of the federal building in Orlando on Friday night."
    assert [e.type for e in _events(text, date(2000, 1, 7))] == ["protest"]


def test_a_news_conference_held_by_one_party_is_no_meeting_but_a_joint_one_is():
    for text in D.cues["events"]["briefings_examples"]:
        assert "diplomatic_meeting" not in {e.type for e in _events(text, date(1999, 10, 8))}, text
    for text in D.cues["events"]["briefings_joint"]:
        assert "diplomatic_meeting" in {e.type for e in _events(text, date(1998, 8, 8))}, text


def test_an_and_inside_an_organisation_s_name_is_no_second_party_at_its_news_conference():
    text = ("On Wednesday, the Campaign for Peace and Justice Action Network plans to hold a news conference to show "
            "a new film.")
    assert "diplomatic_meeting" not in {e.type for e in _events(text, date(1998, 10, 26))}
    text = "On Aug. 7, the ambassador, a trade minister and others had just ended a news conference in Nairobi."
    assert "diplomatic_meeting" in {e.type for e in _events(text, date(1998, 8, 26))}


def test_a_meeting_placed_just_after_before_a_happening_dated_to_the_day_takes_that_day():
    published = date(2005, 11, 17)
    for text in D.cues["anchors"]["same_day_examples"]:
        meeting = _only("diplomatic_meeting", text, published)
        others = [e for e in _events(text, published) if e.type != "diplomatic_meeting"]
        assert (meeting.date.first, meeting.date.basis) == (others[0].date.first, "anchored"), text
    # "days after", "since": not the same day's story, left undated
    text = "Bush said on Thursday he had no hope, days after a meeting with King Hussein of Jordan."
    meeting = _only("diplomatic_meeting", text, published)
    assert meeting.date.first is None


def test_signs_with_no_object_after_it_is_the_plural_noun_not_a_deal_signed():
    for text in D.cues["events"]["signed_object_examples"]:
        assert "agreement" not in {e.type for e in _events(text, date(2016, 6, 11))}, text
    for text in ("Russia signs the deal with Turkey on Monday.", "Iran signs 10-year economic deal with China.",
                 "Putin signs Ukraine's plan on Monday."):
        assert "agreement" in {e.type for e in _events(text, date(2016, 6, 11))}, text


def test_an_anchoring_phrase_closed_by_a_comma_does_not_place_the_main_clause_s_event():
    published = date(2020, 1, 5)
    for text in D.cues["anchors"]["comma_closed_examples"]:
        told = [e for e in _events(text, published) if not D.types[e.type].violent]
        assert told and all(e.date.first == published for e in told), text
    # still placed when the phrase runs on to the trigger
    (meeting,) = [e for e in _events("Russia welcomed the agreement following the visit of the Russian envoy to Damascus.",
                                     published) if e.type == "diplomatic_meeting"]
    assert meeting.date.first is None


def test_violence_named_again_to_place_another_event_is_the_violence_the_article_tells():
    # Rule 9: "Prior to the Slepian's shooting" and "after the bombings that targeted U.S. embassies" name a happening
    # the article tells in its own right: no second shooting, no second bombing.
    shooting = ("A sniper shot dead the doctor Barnett Slepian in his home in Buffalo on Friday. "
                "Prior to the Slepian's shooting, the suspect had traveled the country and the world, police said.")
    bombing = ("Car bombs exploded at the U.S. embassies in Nairobi and Dar es Salaam on Friday, killing 257 people.\n\n"
               "The secretary of state headed to East Africa on Tuesday, seeking to show support after the bombings "
               "that targeted U.S. embassies.")
    # The names of the sentence are those of what it places: Mofaz is not the bomber.
    mall = ("The radical Islamic Jihad movement was behind a suicide bombing on a shopping mall on Monday.\n\n"
            "The strike comes after Defence Minister Shaul Mofaz gave the green light to the resumption of targeted "
            "killing operations in the wake of the bombing at the mall in Netanya which killed five Israelis.")
    for text, day in ((shooting, date(2015, 7, 24)), (bombing, date(2015, 7, 24)), (mall, date(2015, 7, 27))):
        (event,) = _violent(text)
        assert event.date.first == day
    # Told nowhere else, violence named to place another event stays, undated.
    (alone,) = _violent(shooting.split(". ", 1)[1])
    assert alone.date.first is None


def test_two_happenings_placed_side_by_side_are_two_events():
    # cues.toml [clauses] and_placing
    text = ("Israel resumed targeted killings on Wednesday in the wake of the bombing at the mall in Netanya which "
            "killed five Israelis and following a series of rocket attacks on Israeli soil fired from Gaza.")
    types = {e.type for e in _violent(text) if e.trigger.lower() in ("bombing", "rocket attacks")}
    assert types == {"bombing", "shelling"}


def test_violence_of_a_span_a_means_or_a_choice_is_no_happening():
    for text in (D.cues["events"]["spans_examples"] + D.cues["events"]["used_to_examples"]
                 + D.cues["events"]["descriptions_choice_examples"]):
        assert not _violent(text), text
    # dated, or told as a happening, the same words stay violence
    assert _violent("Rebels used a car bomb to attack a checkpoint in Homs on Tuesday, killing 12 soldiers.")
    assert _violent("Government forces shelled Waar on Monday after two years of fighting, killing five people.")
    assert _violent("Tribal fighters clashed with Islamic State near al-Sheitaat on Sunday, killing 12 militants.")


def test_a_happening_told_again_and_again_stays_within_reach_of_its_latest_telling():
    # narrative._scored_retelling's last_told: the bodies counted four sentences after the lead, one after the directorate's
    # own retelling of the raid, are the same strike; "21 others were killed" counts other dead (COUNTED_ON)
    text = ("Air strikes hit a field hospital run by volunteers in a rebel-held town in the north killing six medics "
            "activists said Tuesday. The strike was one of the worst against medical workers who operate in rebel areas "
            "and who have drawn attention for working in dire conditions. Medics have often been hit by regime air strikes "
            "in so-called double tap raids as they try to save others. The local health directorate in Idlib province said "
            "an air raid on the hospital in Kafr Takharim killed six of its staff. The directorate said four bodies were "
            "pulled from the rubble and rescuers were still searching for the others.")
    assert len(_violent(text, date(2017, 5, 2))) == 1
    counted_on = text.replace("four bodies were pulled from the rubble and rescuers were still searching for the others",
                              "21 others were killed in strikes on the town since dawn")
    assert len(_violent(counted_on, date(2017, 5, 2))) == 2


def test_violence_told_as_kept_up_in_the_present_is_no_happening():
    # cues.toml [events] kept_up: "continues to use chemical substances", "is continuing to attack": the war's course
    for text in D.cues["events"]["kept_up_examples"]:
        assert not _violent(text), text
    # with a place finer than a country, a toll, or in the past, it stays violence
    for text in D.cues["events"]["kept_up_not_examples"]:
        assert _violent(text), text
    # a time told from the cue on is a day of its own
    (event,) = _violent("Rebels continue to shell government-held districts on Monday.")
    assert event.date.basis == "explicit"


def test_fighting_told_as_growing_is_the_war_s_course_not_a_clash():
    # cues.toml [events] fighting_grows: "as fighting has intensified", "there has been increased fighting" (twentieth stop)
    for text in D.cues["events"]["fighting_grows_examples"]:
        assert not _violent(text), text
    # a place finer than a country, a toll, or a simple past with its own day: a clash told
    for text in D.cues["events"]["fighting_grows_not_examples"]:
        assert [e.type for e in _violent(text)] == ["clashes"], text


def test_violence_named_as_the_cause_of_a_state_is_no_happening():
    # cues.toml [events] causes: "displaced by fighting", "for fear of aerial bombardment", "fleeing from the fighting"
    for text in D.cues["events"]["causes_examples"]:
        assert not _violent(text), text
    # told with its toll, its own time, its own place or its party, or no object of the cue, it stays violence
    for text in D.cues["events"]["causes_not_examples"]:
        assert _violent(text), text


def test_violence_named_as_what_is_to_stop_is_no_happening():
    # cues.toml [events] halted: "agreed to halt bombing", "a freeze on fighting"
    for text in D.cues["events"]["halted_examples"]:
        assert not _violent(text), text
    # told with its toll, the violence to stop stays a happening
    for text in D.cues["events"]["halted_not_examples"]:
        assert _violent(text), text


def test_happenings_counted_as_many_of_a_kind_are_no_event():
    # cues.toml [events] generic_plural: "Dozens of similar agreements have been brokered"
    for text in D.cues["events"]["generic_plural_examples"]:
        assert "agreement" not in {e.type for e in _events(text, PUBLISHED)}, text
    for text in D.cues["events"]["generic_plural_not_examples"]:
        assert _violent(text), text
    # one similar happening, or one dated, is told
    assert "agreement" in {e.type for e in _events("Dozens of similar agreements were signed in Homs on Monday.", PUBLISHED)}


def test_a_place_described_by_the_de_escalation_zone_it_lies_in_tells_the_deal_not_a_truce():
    # event_types.toml [types.ceasefire] senses: the deal is the event, the zone the place's description
    for text in ("Idlib is one of four so-called \"de-escalation\" zones under a deal brokered by Russia Turkey and Iran in May.",
                 "Atareb is inside what is known as a de-escalation zone under an agreement between Turkey Russia and Iran to reduce the bloodshed.",
                 "Atareb is in an area that is part of a \"de-escalation zone\" agreed under a deal earlier this year between Russia and Turkey."):
        types = {e.type for e in _events(text, PUBLISHED)}
        assert "agreement" in types and "ceasefire" not in types, (text, types)
    # a zone set up, told as the news, stays a truce
    assert "ceasefire" in {e.type for e in _events("Russia Turkey and Iran agreed on Thursday to set up a de-escalation zone in Idlib.", PUBLISHED)}


def test_violence_named_as_the_cause_keeps_the_announcement_s_other_violence():
    text = ("Idlib administration on Monday announced it was suspending its work as a result of intensive aerial "
            "bombardment by the Russian and Assad regime air forces.")
    assert not _violent(text)
    assert _violent("Six people were killed on Monday as a result of intensive aerial bombardment of Idlib.")


def test_violence_talked_of_with_a_modal_or_a_condition_after_it_is_no_event():
    for text in D.cues["events"]["conditional_after_examples"]:
        assert not _violent(text), text
    assert _violent("The air strikes on Idlib on Monday killed 12 civilians, which could raise the toll of the week.")
    assert _violent("An air strike on a market in Idlib on Monday could have killed dozens, a monitor said.")
    # "May" with its capital inside a sentence is the month, not the modal (pipeline._modal_after).
    (told,) = _violent("The militants were eliminated by Russian airstrikes on May 25 while fleeing Raqqa.", date(2017, 5, 27))
    assert (told.status, told.date.value) == ("occurred", "2017-05-25")
    assert not _violent("Officials warned that US air strikes on Iraq may do serious harm to the talks.", date(2017, 5, 27))


def test_violence_told_under_can_or_cannot_is_a_capacity_and_no_event():
    # modal22: "can" / "can't" before a violent word, or after a violent noun with an onset verb (cues.toml [events]
    # ability_modals): no event, not even a hypothetical one.
    for text in D.cues["events"]["ability_examples"]:
        assert not _violent(text), text
    # Guards: what is said or seen under "can" happened; "was able to" tells a past ability as done.
    for text in D.cues["events"]["ability_not_examples"]:
        assert _violent(text), text
    # The same violence told as done is the event.
    (told,) = _violent("The tribesmen repelled the Islamic State fighters in Deir al-Zor on Sunday, he said.")
    assert told.status == "occurred"


def test_an_undated_title_case_headline_is_the_undated_body_s_violence_told_again():
    # Neither telling dated: rule 1 has no dated target, yet the headline names what the body tells next.
    text = ("Nusra Front Mortar Attack Kills Injures over 70 Syrians in Eastern Aleppo Province.\n\n"
            "Tens of civilians were killed and injured in Nusra Front mortar attacks in Eastern Aleppo, media reports said.")
    (event,) = _violent(text)
    assert event.type == "shelling"
    # A body that tells it with a generic word ("the attack") keeps the headline's kind of violence.
    text = ("05-05-2016 Several Syrians Killed Injured in Homs Suicide Blasts. Several people were killed and injured in twin "
            "terrorist attacks that hit Homs eastern countryside. Several people were killed and injured in twin terrorist attacks "
            "that hit Homs eastern countryside. SANA news agency reported the attack quoting Homs Governor "
            "Talal al-Barazi as puting the death toll at six and the number of injured at 28. The terrorists blew up a car and "
            "a motorcycle in al-Mukhraam al-Fouqani town in the eastern countryside of Homs province the agency said according to Barazi.")
    (event,) = _violent(text, published=None)
    assert event.type == "bombing" and event.fatalities.best == 6


def test_a_headline_s_open_toll_and_the_lead_s_figure_it_names_are_one_count():
    # "over 19" (19 and up) and "at least 19": the headline tells the lead's strikes, not others.
    text = ("Wednesday 10 August 2016 20:02 Syrian Coalition: Targeting Civilians Is Terrorism Pure and Simple as over 19 "
            "Civilians Killed in Russian Airstrikes on Rural Deir Ezzor. Activists said that at least 19 civilians including "
            "women and children were killed and dozens more wounded in airstrikes believed to be carried out by the Russian "
            "air force on the village of Almehemdiya in western rural Deir Ezzor.")
    (event,) = _violent(text, published=None)
    assert event.fatalities.best == 19
    # Below the open figure's floor, or a step or more above it, they count other dead.
    for toll in (12, 213):
        text = ("Over 40 Civilians Killed in Russian Airstrikes on Rural Deir Ezzor. Activists said that at least "
                f"{toll} civilians were killed in airstrikes on the village of Almehemdiya in western rural Deir Ezzor.")
        assert len(_violent(text, published=None)) == 2, toll


def test_a_headline_toll_is_the_lead_s_total_not_the_victims_counted_among_it():
    text = ("05-07-2015 US Raids on ISILs Syria Stronghold Kill 22 including Civilians. Six civilians including a child were "
            "among at least 22 people killed in US air strikes on the stronghold of the Takfiri group ISIL on Saturday and "
            "Sunday a monitor said.")
    (event,) = _violent(text, published=None)
    assert event.fatalities.best == 22 and event.date.first is not None


def test_strikes_made_fiercer_are_a_campaign_not_the_day_s_strike_told_again():
    text = ("Activists in northern rural Homs said that the Assad regime and Russian forces have recently intensified aerial "
            "attacks on rebel-held areas. At least 13 civilians were killed and 30 others wounded in airstrikes by regime and "
            "Russian fighter jets on the town of Alghantou on Friday.")
    campaign, strike = _violent(text, published=date(2016, 8, 20))
    assert (campaign.type, campaign.date.first) == ("air_campaign", None)
    assert (strike.type, strike.date.first, strike.fatalities.best) == ("airstrike", date(2016, 8, 19), 13)
    # A headline's word for the series still names the lead's strikes.
    text = ("135 Civilians Killed in Escalating Bombardment on Idlib in Last Three Days. Activists in Idlib province said "
            "that at least 135 civilians have been killed in airstrikes on towns and villages on Monday.")
    (event,) = _violent(text, published=date(2016, 12, 6))
    assert event.fatalities.best == 135


def test_two_undated_tellings_that_count_the_same_dead_are_one_happening():
    # Nothing dates the story: the headline and the lead count the same ten dead of the same rocket fire.
    text = ("Wed Feb 3 2016 At Least 10 Civilians killed 40 injured in Rocket Fire in Daraa Syria. Ten civilians have been "
            "killed and around 40 injured following terrorists rocket attacks on residential neighborhoods in Daraa City in "
            "southern Syria SANA news agency reports.")
    (event,) = _violent(text, published=None)
    assert (event.type, event.fatalities.best) == ("shelling", 10)
    assert event.evidence.startswith("At Least 10") and event.evidence.endswith("reports.")
    # Other counts are other happenings; so may two incidents that each killed two.
    text = ("Ten civilians have been killed following rocket attacks on Daraa City. Four civilians have been killed "
            "following rocket attacks on Daraa City.")
    assert len(_violent(text, published=None)) == 2
    text = ("In the meantime other ISIL terrorists shot two civilians dead after blindfolding them and tying their hands. "
            "Earlier ISIL terrorists shot two citizens dead in al-Hessan village.")
    assert len(_violent(text, published=None)) == 2


def test_strikes_told_as_many_over_a_year_or_since_a_day_are_a_campaign():
    text = "Since July 11 regime bombardment of IS-held towns in Aleppo has cost the lives of 136 civilians."
    assert [e.type for e in _violent(text, published=date(2015, 7, 22))] == ["air_campaign"]
    text = "In 2015, Saudi Arabia started supporting the government of Hadi, providing airstrikes against the Houthis."
    assert [e.type for e in _violent(text, published=date(2019, 9, 15))] == ["air_campaign"]
    # One strike, or strikes placed in a month or on a day, stay strikes.
    for text in ("A US airstrike killed the commander in 2016.", "Airstrikes killed seven civilians in Raqqa last month.",
                 "Airstrikes killed seven civilians in Raqqa on Monday."):
        assert [e.type for e in _violent(text, published=date(2017, 5, 3))] == ["airstrike"], text


def test_a_claim_of_responsibility_for_violence_named_again_is_dated_by_that_violence():
    march, october = D.cues["responsibility"]["claims_named_examples"]
    (claim,) = _statements(march)
    assert (claim.date.first, claim.date.last, claim.date.basis) == (date(2015, 3, 1), date(2015, 3, 31), "anchored")
    (claim,) = _statements(october)
    assert (claim.date.first, claim.date.basis) == (date(2014, 10, 2), "anchored")
    # ... and made of it: told with no place of its own, it takes that violence's ("police station in Damascus")
    assert (claim.location.name, claim.location.admin1) == ("Damascus", "Damascus")
    # a bare claim is the report's day's news
    (bare,) = _statements("Suicide attackers killed at least 17 people at a police station in Damascus on Monday. "
                          "The Islamic State group claimed responsibility.")
    assert (bare.date.first, bare.date.basis) == (PUBLISHED, "publication")


def test_violence_of_the_same_kind_told_later_with_no_other_violence_dated_between_is_the_leads_day():
    lead = "Government air strikes on the town of Jassem killed 16 civilians on Monday, a monitoring group said. "
    talk = ("The strikes came in response to a rebel offensive. "
            "\"The regime is striking populated areas,\" Observatory director Rami Abdel Rahman said. "
            "Rebels still have the upper hand in Daraa, he said. Supply lines from Jordan are still open, he added. ")
    later = "Elsewhere air strikes on Douma killed at least 10 civilians, the observatory said."
    first, second = _violent(lead + talk + later, date(2015, 2, 2))
    assert first.date.first == second.date.first == date(2015, 2, 2)
    assert second.date.basis == "anchored"
    # violence of another kind dated between ends the lead's story: the strike stays undated
    between = "Rebels captured the village of Tal Hamra on Sunday, the group said. "
    strikes = [e for e in _violent(lead + between + talk + later, date(2015, 2, 2)) if e.type == "airstrike"]
    assert [e.date.first for e in strikes] == [date(2015, 2, 2), None]


def test_what_the_war_began_with_is_a_happening_without_the_war_toll():
    for text in D.cues["events"]["war_began_with_examples"]:
        violent = _violent(text, date(2016, 7, 20))
        assert [e.type for e in violent] == ["attack_on_civilians"], text
        assert violent[0].date.first is not None and violent[0].date.first.year == 2011, text
        assert violent[0].fatalities is None, text  # the count is the war's, not the crackdown's
        assert "Syrian government" in {a.name for a in violent[0].actors}, text
    # the war-wide toll alone stays background, and so do strikes counted over it
    assert not _violent("More than 300000 people have been killed since the start of the war.", date(2016, 7, 20))
    assert not _violent("Russian air strikes have killed 4000 civilians since Moscow intervened in Syria in 2015.", date(2016, 7, 20))


def test_a_crackdown_that_opened_the_war_is_a_happening_whatever_frame_counts_the_war():
    # cues.toml [events] war_opening_acts: the crackdown told in a war-wide frame by other words than "began with"
    texts = D.cues["events"]["war_opening_acts_examples"] + [
        "The country has been gripped by a bloody civil war since early 2011 initiated by the regime which cracked down "
        "on peaceful demonstrations."]
    for text in texts:
        violent = _violent(text, date(2014, 7, 20))
        assert [e.type for e in violent] == ["attack_on_civilians"], text
        assert violent[0].date.first is not None and violent[0].date.first.year == 2011, text
        assert violent[0].fatalities is None, text  # the war's count is not the crackdown's
    # told with no time at all it is still the war's story (war_origin), and a toll alone stays background
    assert not _violent("More than 150000 people have died in the uprising which began as peaceful marches and turned "
                        "into a civil war after a government crackdown.", date(2014, 7, 20))
    assert not _violent("More than 170000 people have been killed in the conflict since 2011.", date(2014, 7, 20))
    # a day's violence told just before the background line does not borrow the crackdown's hand (story._war_opening)
    text = ("In Raqqa two women were stoned to death for adultery on Friday, the monitor said. "
            + D.cues["events"]["war_opening_acts_examples"][1])
    stoning = [e for e in _violent(text, date(2014, 7, 20)) if e.date.first is not None and e.date.first.year == 2014]
    assert stoning and not [a for a in stoning[0].actors if a.role == "agent"]


def test_how_the_war_began_told_with_no_time_is_background():
    # cues.toml [events] war_origin_nouns: the war's story, undated, names no happening; its protests neither
    for text in D.cues["events"]["war_origin_examples"]:
        events = _events(text, date(2014, 5, 6))
        assert not [e for e in events if e.type in ("protest", "attack_on_civilians")], text
    # dated from the war's noun on, what it began with is kept, dated by its own words
    for text in D.cues["events"]["war_origin_not_examples"]:
        kept = [e for e in _events(text, date(2014, 5, 6)) if e.type == "attack_on_civilians"]
        assert kept and kept[0].date.first is not None and kept[0].date.first.year == 2011, text
    # a dated happening told before the war's story stays
    text = "Government forces shelled Homs on Monday, three years after the uprising began as peaceful protests."
    assert [e.type for e in _violent(text, date(2014, 5, 6))] == ["shelling"]


def test_the_happening_a_period_counts_from_is_told_by_a_noun_too():
    # cues.toml [events] since_when: "since June 9 when it launched a lightning offensive" tells the offensive of June 9,
    # though the battling since then is a period
    text = "ISIL has been battling Iraqi government forces since June 9 when it launched a lightning offensive in the north of the country."
    offensives = [e for e in _violent(text, date(2014, 8, 1)) if e.type == "ground_offensive"]
    assert [e.date.value for e in offensives] == ["2014-06-09"]


def test_an_air_campaign_begun_as_a_periods_start_is_the_campaign():
    # cues.toml [events] campaign_since: the campaign begun, dated by its own words, neither a war toll nor a yardstick
    for text in D.cues["events"]["campaign_since_examples"]:
        campaigns = [e for e in _violent(text, date(2016, 7, 20)) if e.type == "air_campaign"]
        assert [e.date.value for e in campaigns] == ["2014"], text
    # an offensive begun stays the period's start, and the toll since a war began stays background
    assert not [e for e in _violent("At least 37 government fighters have been killed since the regime launched its "
                                    "offensive for Tabaqa.", date(2017, 3, 30)) if e.type == "ground_offensive"]
    assert not _violent("More than 300000 people have been killed since the start of the war.", date(2016, 7, 20))


def test_fighting_begun_in_a_year_of_its_own_is_a_happening_not_a_war_toll():
    # cues.toml [events] fighting_since: the fighting noun told as a period's start, with the year of its beginning, is
    # that fighting (clashes in that year), though the sentence counts a state since then
    for text in D.cues["events"]["fighting_since_examples"]:
        clashes = [e for e in _violent(text, date(2016, 7, 20)) if e.type == "clashes"]
        assert len(clashes) == 1 and clashes[0].date.value[:4] in ("2012", "2013"), text
    # a toll counted since the fighting began stays a war-wide count, and a war's start is no trigger
    assert not _violent("More than 300000 people have been killed since fighting began in 2011.", date(2016, 7, 20))
    assert not _violent("The city has been divided since the war began in 2012.", date(2016, 7, 20))
    # with no year of its own the period's start stays the frame
    assert not [e for e in _violent("The city has been divided since fighting began there.", date(2016, 7, 20))
                if e.type == "clashes"]


def test_a_headline_folded_with_the_body_gives_the_body_its_evidence():
    # Rule 1 keeps the first telling when the retelling tells no more; a title-case headline told first still gives way
    # to the body's sentence as evidence (events-guide.md: the sentence that tells the event best), and what the headline
    # gave (type, parties, toll) stays.
    from events.extract import narrative
    [headline] = _violent("Qaeda Attacks Syria Kurd Town Kills 17.", date(2013, 8, 17))
    [body] = _violent("Al-Qaeda loyalists attacked a mainly Kurdish town in northeastern Syria, killing 17 people.", date(2013, 8, 17))
    assert narrative._headline(headline) and not narrative._headline(body)
    one = narrative._fold(headline, body)
    assert one.evidence == body.evidence and (one.evidence_start, one.evidence_end) == (body.evidence_start, body.evidence_end)
    assert (one.type, one.fatalities) == (headline.type, headline.fatalities)
    assert narrative._fold(body, headline).evidence == body.evidence


def test_a_party_s_political_body_speaks_as_the_party_a_monitor_does_not():
    # actors.toml: the Syrian National Coalition is an organisation, member_of the Syrian opposition: its declaration or
    # condemnation in a sentence that names violence is the guide's statement by a named party ...
    for text in ("The Syrian Coalition has declared the entire province of Idlib a disaster area in light of continued "
                 "deadly aerial campaign by the Assad regime and Russian forces.",
                 "The Syrian Coalition strongly condemned the attack on Almehemdiya and the targeting of civilians.",
                 "The deaths in Deir az-Zour on Wednesday prompted outrage from the opposition Syrian National Coalition "
                 "which described the incident as a heinous crime."):
        assert [e.actors[0].name for e in _statements(text)][:1] in (["Syrian National Coalition"], ["Syrian opposition"]), text
    # ... while a monitor (an organisation of no party) is only the source of the violence it reports
    assert not _statements("The Syrian Observatory for Human Rights said air strikes killed 12 civilians in Idlib on Monday.")


def test_a_season_or_a_quarter_dates_an_event_by_its_year():
    # The guide's dates are days, weeks, months and years: "last fall" in a June 1999 report is 1998, the whole year.
    (shooting,) = _violent("Dr. Barnett Slepian was killed in his kitchen by a sniper's bullet last fall.",
                           published=date(1999, 6, 7))
    assert (shooting.date.first, shooting.date.last, shooting.date.precision, shooting.date.value) == (
        date(1998, 1, 1), date(1998, 12, 31), "year", "1998")
    # a named happening of that year is not the same one told more closely ("the January 1998 bombing")
    text = ("Dr. Barnett Slepian was killed in his kitchen by a sniper's bullet last fall. "
            "Eric Rudolph has been on the run since the January 1998 bombing of a Birmingham, Ala., abortion clinic.")
    assert len(_violent(text, published=date(1999, 5, 7))) == 2


def test_a_span_counted_back_from_the_report_dates_by_the_week_or_month_holding_it():
    published = date(2016, 8, 13)
    first, second = D.cues["anchors"]["to_report_examples"]
    (clashes,) = _violent(first, published=published)
    assert (clashes.date.first, clashes.date.last, clashes.date.precision) == (date(2016, 8, 1), date(2016, 8, 31), "month")
    (bombing,) = _violent(second, published=date(2016, 5, 18))
    assert (bombing.date.first, bombing.date.last, bombing.date.precision) == (date(2016, 5, 1), date(2016, 5, 31), "month")
    # four days back from a Friday are all in its week: that week (the guide's unit), no day of it
    (killed,) = _violent("At least 86 government fighters were killed in fighting south of Aleppo in the past four days.",
                         published=date(2016, 6, 17))
    assert (killed.date.value, killed.date.precision) == ("2016-W24", "week")
    # ... as three days back from a Saturday that opens a month are ("Oct 29 to Nov 1": week 44, no month)
    (killed,) = _violent("Fierce clashes in and around Kobani have killed about 100 IS fighters in the past three days.",
                         published=date(2014, 11, 1))
    assert killed.date.value == "2014-W44"
    # a span no week or month holds, and a duration nothing counts back, stay durations: no date from them
    for text, day in (("Airstrikes killed dozens of civilians in Aleppo over the past ten days.", date(2016, 5, 2)),
                      ("Airstrikes killed dozens of civilians in Aleppo for ten days.", date(2016, 5, 22)),
                      ("Airstrikes killed dozens of civilians in Aleppo in the past few hours.", date(2016, 5, 2))):
        assert all(e.date.first is None for e in _violent(text, published=day)), text


def test_a_span_of_hours_counted_back_is_the_day_s_news_or_the_days_it_covers():
    # a day's worth of hours or less is the report's day (the gold writes "in the past 24 hours" as that day)
    (strikes,) = _violent("Airstrikes killed dozens of civilians in Aleppo in the past 24 hours.", published=date(2016, 5, 2))
    assert (strikes.date.value, strikes.date.precision, strikes.date.basis) == ("2016-05-02", "day", "explicit")
    # more hours are days counted back: "the last 48 hours" on a Friday is that week, a tally as "the past two days" is
    first, second = D.cues["anchors"]["to_report_hours_examples"]
    (strikes,) = _violent(first, published=date(2017, 10, 6))
    assert (strikes.date.value, strikes.date.precision) == ("2017-W40", "week")
    assert dating.tally(strikes.date)
    # counted back from the day its source spoke, told after it in its sentence, not from the report's
    (strikes,) = [e for e in _violent(second, published=date(2017, 10, 8)) if e.type == "airstrike"]
    assert strikes.date.value == "2017-10-07"
    # a headline over a lead dated only by such a tally is that lead told again
    text = ("Over 100 ISIL Terrorists Killed in Russian Offensive in Homs. Over 100 terrorists have been killed in the Russian "
            "air raids on ISIL positions in the Central Homs province in the last 48 hours military sources said on Friday.")
    (raids,) = _violent(text, published=date(2016, 3, 12))
    assert raids.date.value == "2016-W10"


def test_an_opening_placing_phrase_with_no_comma_is_a_clause_of_its_own():
    # cues.toml [clauses] placed_opening: the violent noun after "Just days after" is placed; the verb after it tells the
    # main clause's happening, dated by its own words, never merged with the placed one nor typed by it
    for text in D.cues["clauses"]["placed_opening_examples"]:
        placed, told = _violent(text, published=date(2017, 4, 8))
        assert placed.trigger != told.trigger, text
    bus = D.cues["clauses"]["placed_opening_examples"][0]
    placed, killed = _violent(bus, published=date(2017, 4, 8))
    assert (placed.type, placed.date.first) == ("chemical_attack", None)
    assert (killed.date.value, killed.date.basis) == ("2017-04-08", "explicit")
    assert killed.type != "chemical_attack"  # story.complete_from_story: violence that only places is no means
    # the placed violence is one the reader knows: folded into its telling in its own right (narrative rule 9)
    text = (bus + " The sources said the bomb had gone off on a bus transporting workers. On Tuesday in a chemical attack "
            "blamed on the Assad regime some 100 civilians were killed.")
    assert sorted((e.type, e.date.value) for e in _violent(text, published=date(2017, 4, 8))) == [
        ("bombing", "2017-04-08"), ("chemical_attack", "2017-04-04")]
    # a verb before "after" makes it the main clause's own placing: one happening, as before
    for text in D.cues["clauses"]["placed_opening_not_examples"]:
        assert len(_violent(text, published=date(2015, 7, 31))) == 1, text


def test_violence_told_then_what_it_answers_is_two_happenings():
    # cues.toml [clauses] placed_after: the answer keeps its own type and day; the answered strike is another happening,
    # undated, placed nowhere by the answer's places
    for text in D.cues["clauses"]["placed_after_examples"]:
        answer, answered = _violent(text, published=date(2020, 1, 10))
        assert answer.trigger != answered.trigger, text
        assert answer.date.basis == "explicit" and answered.date.first is None, text
    text = ("Iran fired ballistic missiles at two bases housing American troops in Iraq in response to the American drone "
            "strike that killed a senior Iranian commander.")
    answer, answered = _violent(text, published=date(2020, 1, 9))
    assert (answer.type, answer.actor_names[0]) == ("shelling", "Iran")
    assert answered.type == "airstrike" and answered.actor_names[0] == "United States"
    # named again with "the", the answered strike is the one told before, not the answer of its own sentence
    text = ("An Israeli airstrike killed two Hamas members in Gaza on Sunday. Hamas fired rockets into southern Israel on "
            "Monday in revenge for the Israeli airstrike.")
    assert sorted((e.type, e.date.value) for e in _violent(text, published=date(2020, 1, 10))) == [
        ("airstrike", "2020-01-05"), ("shelling", "2020-01-06")]
    # an answer only threatened is not parted from what it answers
    text = "The group warned that it would fire rockets at the capital in response to deadly air strikes on its towns."
    assert len(_violent(text, published=date(2020, 1, 10))) <= 1
    for text in D.cues["clauses"]["placed_after_not_examples"]:
        assert not any(e.type == "airstrike" for e in _violent(text, published=date(2020, 1, 10))), text


def test_violence_named_again_as_the_subject_of_a_placing_verb_keeps_no_place_told_after_the_verb():
    # cues.toml [clauses] placed_by_verb: "Mondays twin bombings came as IS fighters press their assault on ... Kobane"
    # names the morning's Hasakeh bombings; Kobane is the assault's place, not theirs: one happening, dated Monday
    first, second = D.cues["clauses"]["placed_by_verb_examples"]
    lead = ("At least 30 Kurdish fighters were killed when two Islamic State suicide bombers detonated their trucks at "
            "the northern entrance to Hasakeh a monitor said. ")
    (bombing,) = _violent(lead + first, published=date(2014, 10, 6))
    assert (bombing.date.value, bombing.location.name) == ("2014-10-06", "Hasakah")
    lead = "At least 50 people were killed and 100 others injured in twin bomb attacks in the al-Zahraa neighbourhood of Homs on Sunday. "
    (bombing,) = _violent(lead + second, published=date(2016, 2, 22))
    assert (bombing.date.value, bombing.location.name) == ("2016-02-21", "al-Zahraa")
    # the times after the verb are the placing happening's: "came a day after ... its air strikes last week"
    text = ("At least 15 civilians were killed in fresh air strikes by the US-led coalition near Manbij on Thursday. The "
            "strikes came a day after the coalition opened an investigation into its air strikes last week near Manbij.")
    assert [e.date.value for e in _violent(text, published=date(2016, 7, 29))] == ["2016-07-28"]
    # no determiner: new strikes; "came within": a place reached
    for text in D.cues["clauses"]["placed_by_verb_not_examples"]:
        (violence,) = _violent(text, published=date(2016, 8, 18))
        assert violence.location is None or violence.location.name != "Aleppo", text
    (fighting,) = _violent(D.cues["clauses"]["placed_by_verb_not_examples"][1], published=date(2016, 8, 18))
    assert fighting.location.name == "Qardaha"


def test_a_ground_offensive_a_blast_or_raid_is_placed_by_is_an_event_of_its_own():
    # pipeline._placed_by_ground_taken: "Wednesdays explosion came as ... pressed ahead with their offensive to take
    # Manbij": one clause made the offensive one event with the blast named again (the blast's priority)
    lead = "A car bomb exploded in a crowded market in Qamishli on Tuesday killing 20 people a monitor said. "
    for told in ("The blast came as Kurdish-led fighters pressed on with their offensive to capture the town of Tabqa further west.",
                 "The blast came as government troops are making headway in their operations to recapture the town of Deir Hafer.",
                 "The blast came as the rebel alliance said it had begun a new offensive to liberate the district of Zahra."):
        kinds = sorted(e.type for e in _violent(lead + told, published=date(2016, 7, 28)))
        assert kinds == ["bombing", "ground_offensive"], told
    # a bare noun after the verb: a side's state, or an offensive told in its own right elsewhere; the blast stays alone
    for told in ("The blast came as government forces are on the offensive against the extremists in other parts of the country.",
                 "The blast came as IS fighters press their assault on the town of Kobane."):
        assert [e.type for e in _violent(lead + told, published=date(2016, 7, 28))] == ["bombing"], told


def test_a_happening_placed_just_before_a_clause_dated_by_a_month_or_year_takes_that_year():
    text = ("The Clinton administration embarked on the expansion of NATO in 1993 after Clinton met in Washington with "
            "President Havel and Lech Walesa.")
    meeting = _only("diplomatic_meeting", text, date(1999, 3, 12))
    assert (meeting.date.value, meeting.date.precision, meeting.date.basis) == ("1993", "year", "anchored")
    text = ("The Syrian conflict began as a peaceful uprising in March 2011 but escalated into a civil war after the "
            "government unleashed a brutal crackdown on dissent.")
    (crackdown,) = _violent(text, published=date(2015, 2, 2))
    assert (crackdown.date.first, crackdown.date.last, crackdown.date.basis) == (date(2011, 1, 1), date(2011, 12, 31), "anchored")
    # a title-case headline's "After", a past perfect between, "days after" and a day left to narrative rule 13: undated
    for text in ("Violence Erupts as Islamic State Rises (1881) Related Kobani in Ruins After Anti-IS Airstrikes",
                 "In January this year, police concluded he had probably been killed soon after being abducted.",
                 "Bush said on Thursday he had no hope, days after a meeting with King Hussein of Jordan."):
        placed = [e for e in _events(text, date(2015, 2, 2)) if e.type in ("airstrike", "air_campaign", "abduction",
                                                                           "diplomatic_meeting")]
        assert all(e.date.first is None for e in placed), text


def test_a_capture_told_in_a_subordinate_clause_is_an_event_of_its_own_time():
    # cues.toml [events] since_when and subordinate_capture: the capture has its own agent and date; the main clause's
    # event keeps its own.
    for text in D.cues["events"]["since_when_examples"] + D.cues["events"]["subordinate_capture_examples"]:
        captures = [e for e in _violent(text, date(2016, 11, 21)) if e.type == "ground_offensive"]
        assert captures, text
    since, after = D.cues["events"]["since_when_examples"]
    (capture,) = [e for e in _violent(since, date(2016, 11, 21)) if e.type == "ground_offensive"]
    assert (capture.date.value, capture.actor_names[0]) == ("2012", "Syrian opposition")
    strikes = _violent(D.cues["events"]["subordinate_capture_examples"][0], date(2014, 9, 17))
    assert [(e.type, e.date.value) for e in strikes] == [("airstrike", "2014-09-15"), ("ground_offensive", "2012")]
    assert strikes[1].actor_names[0] == "rebels"  # the captor of the subordinate clause, not the strikes' agent
    # the same party told again ("killed 270 ... when they captured"), or a state ("which IS has besieged for months"):
    # one happening, no second event
    one = "Islamic State killed 270 soldiers when they captured a Syrian gas field on Thursday."
    assert [e.type for e in _violent(one, date(2014, 7, 18))] == ["ground_offensive"]
    state = "Air attacks on al-Bab aim at the Kweyris airport which IS has besieged for more than a year."
    assert [e.type for e in _violent(state, date(2014, 7, 18))] == ["airstrike"]
    # cues.toml [events] capture_forces: a force named by a common noun is the capture's own subject
    for text in D.cues["events"]["capture_forces_examples"]:
        assert {"shelling", "ground_offensive"} <= {e.type for e in _violent(text, date(2016, 8, 28))}, text
    aerial = ("The fresh aerial assault was accompanied by the regime's advance on the northeastern outskirts of Aleppo "
              "where its forces captured several hilltops overlooking the opposition-held areas.")
    assert sorted(e.type for e in _violent(aerial, date(2016, 10, 13))) == ["airstrike", "ground_offensive"]


def test_a_capture_told_in_passing_with_a_year_ends_no_days_story():
    # "X fell to Y": Y took X (event_types.toml fell_under_control), dated by its own "last year"; told between two
    # strikes of one day's story, that background does not end the story.
    text = ("Russian jets struck an outpost in Idlib province on Sunday, killing six fighters. The village houses families "
            "from Daraya which fell to Assad regime forces last year. Fighter jets also struck the town of Urum al Kubra, "
            "where five civilians were killed.")
    events = _violent(text, date(2017, 4, 2))
    assert [(e.type, e.date.value) for e in events] == [("airstrike", "2017-04-02"), ("ground_offensive", "2016"),
                                                      ("airstrike", "2017-04-02")]
    # the captor after "fell to" acts ("Assad regime forces": Assad and the state he acts for)
    assert {"Bashar al-Assad", "Syrian government"} == set(events[1].actor_names[:2])


def test_an_undated_telling_of_an_undated_story_s_violence_is_that_violence_told_again():
    # Nothing dates the story: deaths told without their cause, or a source's quote telling the strike in its own words,
    # tell the violence told before once more (rule 1 where neither telling is dated).
    text = ("Government forces clashed with Islamic State terrorists in the eastern countryside of Homs, a military source told "
            "SANA. Several vehicles with machine guns were put out of action, the source said. Among the killed militants is an "
            "emissary who commanded the group's formations in central Syria.")
    assert [e.type for e in _violent(text, published=None)] == ["clashes"]
    text = ("Terrorists launched a missile on Dabbit hospital in Aleppo, killing at least ten people, a source said. "
            "\"Terrorists carried out a missile attack on the hospital, leaving dozens injured,\" the source told RIA Novosti.")
    (event,) = _violent(text, published=None)
    assert (event.type, event.fatalities.best) == ("shelling", 10)


def test_undated_violence_told_apart_by_its_scene_or_its_count_stays_apart():
    # A roundup's next scene ("In Hama ..."), victims counted on ("three other persons", "another hospital"), a place where
    # the first telling names none: other happenings, though no date tells them apart.
    for text in ("Army airstrikes destroyed hideouts of ISIS terrorists in the villages of the eastern countryside of Hama. "
                 "In Hama army units foiled an attack launched by al-Nusra Front terrorists.",
                 "Terrorists fired rocket shells on al-Jamilia neighborhood in Aleppo, injuring 55 people. Three other persons "
                 "were injured when terrorists fired a rocket shell on a street in the city.",
                 "Russian aircraft carried out four raids on a hospital at dawn, the monitor said. An air raid on another "
                 "hospital had wounded five people, it said.",
                 "Air strikes hit a hospital at dawn, the monitor said. Air strikes hit a market in Idlib, killing five people."):
        assert len(_violent(text, published=None)) == 2, text
    # "In the meantime" says another happening, as "meanwhile" does, even on the day told before.
    text = ("Terrorists fired rocket shells at Seif al-Dawla neighborhood on Saturday evening, killing four civilians. "
            "In the meantime a woman was injured as terrorists fired rocket shells at al-Fouaa.")
    assert len(_violent(text, published=date(2016, 11, 27))) == 2


def test_a_lower_case_opening_headline_gives_way_to_the_body_telling_with_its_figure():
    # The opening line is a headline even in lower case (short, undated, no auxiliary): the body's sentence that counts the
    # dead is the evidence, as for a title-case headline (next to the headline, both sentences are).
    text = ("12 March 2016 5 persons killed 20 others injured in terrorist rocket attacks on Homs city. Terrorist "
            "organizations fired dozens of shells on residential neighborhoods in Homs city claiming the lives of 5 persons. A "
            "source at Homs "
            "Police Command said that terrorists located in the northern neighborhoods of Homs city targeted a residential "
            "neighborhood in Homs city with 6 rocket shells killing 5 persons injuring 20 others.")
    (event,) = _violent(text, published=None)
    assert event.evidence.startswith("A source at Homs Police Command") and event.fatalities.best == 5
    # A prose lead is no headline: it stays the evidence.
    text = ("A car bomb killed five people on Monday in the Sumaria area of Damascus, state media said. Five people were "
            "killed in the blast, the agency said.")
    (event,) = _violent(text)
    assert event.evidence.startswith("A car bomb killed five people")


def test_undated_violence_of_one_type_told_again_at_the_same_place_in_other_words_is_one_happening():
    # Nothing dates the story: "missile attack" and "rocket attacks" share no word, but one type at one place is the same
    # shelling told again by a source.
    text = ("At least ten people have been killed and dozens injured after terrorists fired rockets at a hospital in Aleppo. "
            '"Terrorists carried out a missile attack on the hospital in Aleppo leaving dozens of people injured" the source '
            "told reporters.")
    (event,) = _violent(text, published=None)
    assert event.fatalities.best == 10
    # At two different places they stay two.
    text = ("At least ten people have been killed and dozens injured after terrorists fired rockets at a hospital in Aleppo. "
            "Terrorists carried out a missile attack on a school in Homs leaving dozens of people injured.")
    assert len(_violent(text, published=None)) == 2


def test_business_deals_offers_and_talks_are_no_diplomacy():
    # cues.toml [events] commerce: a company's offer, merger talks or shareholders' meeting is no diplomatic event
    diplomacy = {"diplomatic_meeting", "proposal", "agreement"}
    for text in D.cues["events"]["commerce_examples"]:
        assert not [e for e in _events(text, date(1989, 11, 1)) if e.type in diplomacy], text
    for text in D.cues["events"]["commerce_not_examples"]:
        assert [e for e in _events(text, date(1989, 11, 1)) if e.type in diplomacy], text


def test_a_violent_word_inside_a_name_is_no_violence():
    # cues.toml [events] name_words_examples: "Merrill Lynch", "Battle Creek" name a company and a place
    for text in D.cues["events"]["name_words_examples"]:
        assert not _violent(text), text
    for text in D.cues["events"]["name_words_not_examples"]:
        assert _violent(text), text


def test_ground_taken_in_a_clause_of_money_or_market_holdings_is_a_market_s_or_a_court_s_word():
    # cues.toml [events] market_figure: "Net advanced to $94.2 million", "advances in Tokyu Group shares", "seize a
    # defendant's assets" tell prices, results and a court's seizure (wire copy on markets); a share of ground or a
    # count of positions stays ground taken.
    for text in D.cues["events"]["market_figure_examples"]:
        assert not [e for e in _events(text, date(1989, 11, 1)) if e.type == "ground_offensive"], text
    for text in D.cues["events"]["market_figure_not_examples"]:
        assert [e for e in _events(text, date(2016, 5, 1)) if e.type == "ground_offensive"], text


def test_a_company_makes_no_statement():
    # cues.toml [events] company_suffixes: a speaker named with a company's legal form is no party of a statement
    for text in D.cues["events"]["company_suffixes_examples"]:
        assert not [e for e in _events(text, date(1989, 11, 1)) if e.type == "statement"], text
    for text in D.cues["events"]["company_suffixes_not_examples"]:
        assert [e for e in _events(text, date(1989, 11, 1)) if e.type == "statement"], text


def test_a_protest_named_as_a_charge_and_a_course_kept_up_for_months_are_no_events():
    for text in D.cues["events"]["gerund_for_protest_examples"]:
        assert not [e for e in _events(text, date(1999, 5, 7)) if e.type == "protest"], text
    for text in D.cues["events"]["habitual_for_months_examples"]:
        assert not [e for e in _events(text, date(2000, 4, 3)) if e.type in ("statement", "clashes")], text
    assert [e for e in _events("Rebels and ISIL fought on Sunday near Hammuriyeh.", date(2014, 6, 29)) if e.type == "clashes"]


def test_what_gunmen_or_a_sniper_fire_is_a_shooting():
    # cues.toml [events] agent_fire: "gunmen opened fire" is an attack on civilians, not shelling
    for text in D.cues["events"]["agent_fire_examples"]:
        assert [e.type for e in _violent(text, date(2005, 11, 8))] == ["attack_on_civilians"], text
    assert [e.type for e in _violent("Gunmen fired rockets at the village on Monday, killing 3.", date(2005, 11, 8))] == ["shelling"]


def test_an_appeal_to_a_court_is_no_statement():
    for text in D.cues["events"]["courts_examples"]:
        assert not _statements(text), text
    for text in D.cues["events"]["courts_not_examples"]:
        assert _statements(text), text


def test_a_violent_verb_with_a_deal_or_talks_as_object_is_a_figure_of_speech():
    for text in D.cues["events"]["abstract_objects_examples"]:
        assert not _violent(text), text
    for text in D.cues["events"]["abstract_objects_not_examples"]:
        assert _violent(text), text


def test_a_violent_participle_used_as_an_adjective_tells_no_violence():
    for text in D.cues["events"]["adjective_participles_examples"]:
        assert not _violent(text), text
    assert _violent("Government forces besieged the town on Monday.")


def test_strikes_named_again_are_the_strikes_of_a_sentence_that_told_fighting_beside_them():
    # narrative rule 7: of two kinds of violence told side by side in the nearest sentence, "the strikes" are the strikes
    text = ("Air strikes on two villages killed at least 85 civilians on Tuesday as intense fighting was underway between the "
            "militants and government forces. Residents blamed the government. The monitor said at least 56 civilians were "
            "killed in the strikes on the villages.")
    strikes, fighting = _violent(text)
    assert (strikes.type, strikes.fatalities.best, fighting.type) == ("airstrike", 85, "clashes")
    assert strikes.date.first == fighting.date.first == date(2015, 7, 28)


def test_two_kinds_of_violence_told_side_by_side_stay_two_when_the_story_dates_them():
    # narrative rule 2: anchored to the day told before, a strike and clashes of one sentence are not one detail of the other
    text = ("Turkish media said at least two rebels were killed in the attack. A rebel spokesman said it took place on Tuesday. "
            "The monitor said helicopters struck as intense clashes were underway between Kurdish-led fighters and "
            "Turkey-backed forces near the town and that 11 rebels were killed.")
    kinds = {e.type: e for e in _violent(text) if e.evidence.startswith("The monitor")}
    assert set(kinds) == {"airstrike", "clashes"}
    assert kinds["airstrike"].date.first == kinds["clashes"].date.first == date(2015, 7, 28)


@pytest.mark.parametrize("sentence", D.cues["events"]["series_span_examples"])
def test_strikes_told_over_a_span_of_days_are_a_campaign_apart_from_the_days_strike(sentence):
    # cues.toml [events] series_span: a series, neither folded into the day's strike nor anchored to its day
    text = "Air strikes killed 12 civilians in the town on Thursday, a monitor said. " + sentence
    strike, series = _violent(text)
    assert (strike.type, strike.fatalities.best, strike.date.first) == ("airstrike", 12, date(2015, 7, 30))
    assert (series.type, series.date.first) == ("air_campaign", None)


def test_strikes_told_as_going_on_are_the_campaign_apart_from_the_days_strike():
    # event_types.toml air_campaign campaign_going_on: "are carrying out air strikes" is the series the day's news sits in
    text = ("Air strikes killed 12 civilians in the town on Thursday, a monitor said. Both Russian and Syrian warplanes are "
            "carrying out air strikes over Aleppo in support of a major offensive by regime forces.")
    strike, series, offensive = _violent(text)
    assert (strike.type, strike.fatalities.best, strike.date.first) == ("airstrike", 12, date(2015, 7, 30))
    assert (series.type, series.date.first) == ("air_campaign", None)
    # cues.toml [clauses] side_by_side "in support of", [events] offensive_going_on: the offensive they support, going on
    assert (offensive.type, offensive.date.first) == ("ground_offensive", None)
    (series,) = _violent("Assad forces are pounding opposition-held eastern parts of the city with strikes from the air.")
    assert series.type == "air_campaign"
    # event_types.toml campaign_grows: strikes told as the subject of their own going on or growing
    text = ("Jets raided Douma on Friday killing two people, activists said. Bombardment by regime forces and the "
            "Iranian-backed foreign militias on rebel-held areas in Damascus and its suburbs continues unabated.")
    strike, series = _violent(text)
    assert (strike.type, series.type, series.date.first) == ("airstrike", "air_campaign", None)
    assert not [e for e in _violent("Rescuers work in areas where air strikes have intensified recently.") if e.type == "air_campaign"]
    assert not [e for e in _violent("Aerial bombardment had intensified over the past 48 hours.") if e.type == "air_campaign"]
    # a habit, or strikes told as done, are no campaign going on
    assert not _violent("Israel often responds with air strikes.")
    assert [e.type for e in _violent("Russian warplanes carried out air strikes on Aleppo on Thursday.")] == ["airstrike"]


@pytest.mark.parametrize("sentence", D.cues["events"]["offensive_going_on_examples"])
def test_an_offensive_told_as_going_on_is_kept_apart_from_the_days_strike(sentence):
    # cues.toml [events] offensive_going_on: the offensive is neither folded into the day's strike nor anchored to its day
    text = "Air strikes killed 12 civilians in the town on Thursday, a monitor said. " + sentence
    strike, *rest = _violent(text)
    assert (strike.type, strike.fatalities.best, strike.date.first) == ("airstrike", 12, date(2015, 7, 30))
    going = [e for e in rest if e.type != "air_campaign"]
    assert len(going) == 1 and going[0].date.first is None and going[0].fatalities is None


def test_an_offensive_going_on_is_apart_from_the_days_clash_and_its_relative_clause_is_no_habit():
    text = ("Clashes erupted in Aleppo on Thursday killing 12 fighters. The clashes came amid an offensive by regime forces "
            "which rebels have resisted for months.")
    clash, offensive = _violent(text)
    assert (clash.type, clash.date.first, clash.fatalities.best) == ("clashes", date(2015, 7, 30), 12)
    assert (offensive.type, offensive.date.first) == ("ground_offensive", None)
    # named as one and told over weeks, it is the same offensive told again, not the day's clash
    text = ("Clashes erupted in Aleppo on Thursday killing 12 fighters. The clashes came amid an intensified regime "
            "offensive in the area. But in recent weeks an intensified offensive points to a new determination to retake the area.")
    assert [(e.type, e.date.first) for e in _violent(text)] == [("clashes", date(2015, 7, 30)), ("ground_offensive", None)]
    # the not-examples: an offensive told as done on its day, and one named again ("the offensive")
    not_examples = D.cues["events"]["offensive_going_on_not_examples"]
    assert [(e.type, e.date.first) for e in _violent(not_examples[0])] == [("ground_offensive", date(2015, 7, 26))]
    assert not [e for e in _violent("Air strikes killed 12 civilians on Thursday. " + not_examples[1]) if e.date.first is None]
    # a state told as background is no offensive
    assert not _violent("The regime has controlled the area for years.")


def test_habits_classes_and_protest_groups_are_no_happenings():
    for text in (D.cues["events"]["habitual_examples"] + D.cues["events"]["descriptions_class_examples"]
                 + D.cues["events"]["protest_modified_examples"]):
        assert not [e for e in _violent(text)], text
        assert not [e for e in analyse(Article(text=text, published=date(2016, 1, 1))).events if e.type == "protest"], text
    assert _violent("Arson and bombings at clinics killed two people on Monday.")


def test_violence_intended_in_the_words_quoted_with_no_time_is_what_is_said():
    text = ("``We will keep fighting with the laws so Elian Gonzalez can live in a free country like his mother wanted,'' "
            "Lazaro Gonzalez said.")
    assert not _violent(text)
    text = '"After additional reconnaissance we planned an operation to destroy Daesh command posts by missile and airstrikes" Konashenkov said.'
    assert not _violent(text)


def test_violence_only_foreseen_with_no_time_is_no_event_but_a_plan_a_party_makes_is():
    # cues.toml [events] own_plans: a planned violent event with no date but the report's is dropped unless a party is told
    # making the plan; quoted, it is what is said either way.
    for text in D.cues["events"]["own_plans_not_examples"]:
        assert not [e for e in _violent(text) if e.status == "planned"], text
    for text in D.cues["events"]["own_plans_examples"]:
        assert [e.status for e in _violent(text)] == ["planned"], text
    assert not _violent('"The ceasefire has collapsed and people are getting ready to be hit by barrel bombs.')
    assert not _violent('"We will continue to target the terrorists in all their hideouts" the source told AFP.')
    # A time of its own keeps it: "will launch an offensive on Friday" is planned and placed.
    assert [e.status for e in _violent("The army will launch an offensive on Idlib on Friday.")] == ["planned"]


def test_two_tellings_of_one_count_are_one_happening_whatever_their_words():
    text = ("Airstrikes on Daesh-held villages in northern Syria killed at least 85 civilians on Tuesday. Residents blamed "
            "the U.S.-led coalition for the strikes. The official Anadolu Agency put the death toll at least at 85 adding "
            "that 50 civilians were also wounded in airstrikes.")
    (event,) = _violent(text)
    assert event.date.first is not None and event.fatalities.best == 85
    # Two kinds of violence with no hand in common stay two, whatever their counts.
    text = ("A car bomb killed 15 people in Azaz on Monday. Elsewhere in the province, a new report said fighting had killed "
            "15 people in Azaz.")
    assert len(_violent(text)) == 2


def test_an_earlier_count_is_the_same_happening_counted_before():
    (text,) = D.cues["events"]["earlier_count_examples"]
    (event,) = _violent(text)
    assert event.fatalities.best == 9


def test_the_weapon_of_the_attack_named_again_is_that_attack():
    # "They claimed the attack was caused by an airstrike carried out either by the regime or Russian warplanes": the
    # weapon of the chemical attack told before, no air strike of its own.
    from pathlib import Path
    text = (Path(__file__).parent / "data" / "events-gold" / "reviewed3" / "urn_fakes_26_1918150030.txt").read_text(encoding="utf-8")
    events = analyse(Article(text=text, published=date(2017, 4, 4))).events
    assert not [e for e in events if e.evidence.startswith("They claimed the attack was caused by an airstrike")]
    assert [e for e in events if e.type == "airstrike" and "Warplanes continued to pound the town after the attack" in e.evidence]


# Issue 12, recall of violence (recall7).
def test_a_run_of_violent_verbs_each_with_its_victims_and_place_tells_one_happening_per_verb():
    text = ("ISIL terrorists killed and crucified two more citizens in al-Hessan village executed two others in Mouhessen "
            "town and assassinated lawyer Dawood Suleiman al-Shaher in Deir Ezzor.")
    events = [e for e in _violent(text) if e.type == "attack_on_civilians"]
    assert len(events) == 3
    assert all("Islamic State" in e.actor_names for e in events)
    # verbs joined directly share their victims: one happening
    assert len(_violent("ISIL terrorists killed and crucified two citizens in al-Hessan village.")) == 1


def test_violence_a_condemnation_names_with_a_day_well_before_the_report_is_told():
    text = "Iran had condemned Iraq's invasion of Kuwait on Aug. 2 but also criticized the multinational force."
    event = _only("ground_offensive", text, date(1990, 8, 15))
    assert event.date.first == date(1990, 8, 2)
    # the report's own day is the speech's, and what is alleged stays a claim
    assert not _violent("Estrada on Tuesday condemned the bombings of the U.S. embassies in Kenya and Tanzania.",
                        date(1998, 8, 11))


def test_attacks_told_with_different_wounded_are_two_attacks():
    text = ("On Thursday two children were injured in a terrorist attack with 13 rocket shells on Harfa village in Quneitra. "
            "A person was injured in a terrorist attack with a rocket shell on Hadar village in Quneitra.")
    assert len(_violent(text)) == 2
    same = ("Terrorists fired rocket shells on al-Midan on Thursday, killing a woman and injuring four civilians. "
            "A woman was killed and 35 others were injured in terrorist attacks with rocket shells on residential neighborhoods.")
    assert len(_violent(same)) == 1


def test_other_rocket_shells_are_another_attack():
    text = ("Terrorists targeted al-Shrafiyeh neighborhood with rocket shells on Wednesday, killing a woman. "
            "Other rocket shells fired by terrorists on al-Ramouseh neighborhood injured two civilians.")
    assert len(_violent(text)) == 2


def test_a_side_borrowed_from_the_story_does_not_part_two_tellings_of_one_place():
    # The activists' count has no raider of its own sentence: the Turkish warplanes told next lend it one, a guess that
    # does not make it another happening than the coalition's strikes on Tokhar that day (narrative._sides_apart).
    text = ("Airstrikes by the US-led coalition killed at least 85 civilians in the village of Tokhar on Tuesday, a monitor said. "
            "Another activist group, the Local Coordination Committees, said dozens of civilians, mostly families, were killed. "
            "Turkish warplanes have struck the area of Tokhar before.")
    told = [e for e in _violent(text, date(2016, 7, 20)) if e.evidence.startswith("Another activist group")]
    assert told == []
    (strikes,) = [e for e in _violent(text, date(2016, 7, 20)) if e.fatalities is not None and e.fatalities.best == 85]
    assert "US-led coalition" in {a.name for a in strikes.actors if a.role == "agent"}


def test_a_speech_that_says_another_party_was_behind_the_violence_is_an_accusation():
    text = ("French Foreign Minister Laurent Fabius said on Saturday that all indications show that Syria's government was "
            "behind a chemical massacre near Damascus that the opposition claims killed hundreds.")
    (event,) = [e for e in _events(text) if e.type in ("statement", "accusation")]
    assert event.type == "accusation"
    assert event.actor_names[:2] == ("Laurent Fabius", "Syrian government")
    # a relative, a doubt, a negation or the speaker's own claim blames nobody
    for text in ("The Observatory said it could not determine whether Russia or the Syrian government was behind the attack.",
                 "Assad told AP that Russia was not behind a deadly attack on an aid convoy on Monday.",
                 "Daesh said on Monday they were responsible for a suicide bombing on a bus on Sunday."):
        assert not [e for e in _events(text) if e.type == "accusation"], text


def test_a_speaker_that_says_it_looks_into_a_happening_announces_an_inquiry():
    text = ("Reuters quoted the US State Department as saying that it was looking into the reported use of chemical "
            "weapons in Saraqeb.")
    (event,) = _statements(text)
    assert "United States" in event.actor_names


def test_a_speaker_that_says_it_ordered_the_violence_announces_its_decision():
    # pipeline.SELF_ORDER: the speaker's own pronoun and an ordering verb right after "said" ("said he ordered ...").
    for text in ("French President Francois Hollande said he ordered air strikes against a jihadist base in Raqqa on "
                 "Sunday, calling the group a threat to France.",
                 "Prime Minister Theresa May said on Saturday that she had authorised British jets to strike a chemical "
                 "weapons site near Homs."):
        (event,) = _statements(text)
        assert event.actor_names[0] in ("Francois Hollande", "France", "Theresa May", "United Kingdom"), text
    # the act itself told after the pronoun, no decision: still the source of what it tells
    assert not _statements("The army said on Tuesday it killed 20 militants in Hama.")
    assert not _statements("The coalition said it had carried out two strikes near Raqqa on Monday.")


def test_a_speech_in_a_clause_of_time_after_the_other_events_is_news_of_its_own():
    text = ("The Russian air force targeted at least 243 vital civilian facilities between September 30 2015 and March 15 "
            "2016 when Russia announced partial withdrawal of its forces from Syria.")
    (event,) = _statements(text)
    assert (event.actor_names, event.date.first) == (("Russia",), date(2016, 3, 15))
    # "the army said it killed 20 militants": still the source of what it tells
    assert not _statements("The army said on Tuesday it killed 20 militants in Hama.")


def test_quoted_words_that_name_a_happening_are_the_speakers_own():
    text = ("U.S. Surgeon General David Satcher on Wednesday led a team of medical specialists to Africa.\n\n"
            "``We want to help innocent Kenyans who suffered in the bombing,'' Satcher said at a news conference.")
    (event,) = _statements(text)
    assert "David Satcher" in event.actor_names
    # quoted words that tell the happening are what the speech reports
    assert not _statements('"The attack killed 20 people in Idlib on Tuesday," the Syrian Observatory said.')


def test_a_speech_that_judges_a_happening_it_names_is_news_not_its_attribution():
    # pipeline.JUDGED: a definite violent noun after the speech verb, then a copula and what it is said to be.
    for speech in ('Last week the Pentagon stated that the US-led coalitions airstrikes on the Syrian army positions were an '
                   '"unintentional regrettable error."',
                   "A number of Syrian officials said on Thursday that the attack was intentional."):
        statements = _statements(speech)
        assert statements, speech
    # told, not judged: a passive participle, a hedge or a degree word after the copula
    from events.extract.pipeline import JUDGED
    assert JUDGED.match(" on the Syrian army positions were an error.")
    for after in (" was carried out by Russian warplanes.", " was likely to have been carried out by Russian warplanes.",
                  " were especially intense around Ramussa.", " in Idlib was launched on Sunday."):
        assert not JUDGED.match(after), after


def test_a_past_form_listed_alone_is_a_past_verb_not_a_base_form_used_as_a_noun():
    # "stated" (event_types.toml [types.statement]) after "the Pentagon" was read as "the state", a noun: no speech.
    assert _statements("The Pentagon stated on Monday that the United States will send more troops to Iraq.")
    from events.extract.dictionaries import _inflect
    assert _inflect("stated") == [("stated", "past")]
    assert _inflect("arrived in") == [("arrived in", "past")]


def test_a_visit_named_as_the_occasion_of_a_request_is_no_meeting_of_its_own():
    # pipeline.SETTING: "on an official visit to Mexico" is where the request was made, told once (the request)
    text = ("Last week, FBI Director Louis Freeh, on an official visit to Mexico, asked Mexican authorities to join the hunt "
            "for Kopp, federal officials have said.")
    types = [e.type for e in _events(text, date(1999, 1, 22))]
    assert "proposal" in types and "diplomatic_meeting" not in types


def test_a_meeting_named_as_a_setting_but_dated_by_its_own_day_is_a_meeting():
    # pipeline.OWN_DAY: "at an emergency meeting Friday" tells the meeting and its day; "at the Madrid summit" does not
    text = ("Moscow has complained that Turkey is about to send ground forces into Syria, and it called for Security Council "
            "action to block that at an emergency meeting Friday.")
    assert "diplomatic_meeting" in {e.type for e in _events(text, date(2016, 2, 21))}
    text = "NATO invited the three countries to join the alliance in July 1997 at the Madrid summit."
    assert "diplomatic_meeting" not in {e.type for e in _events(text, date(1999, 3, 12))}


def test_an_opening_headline_s_figure_summing_the_body_s_counts_does_not_part_it_from_the_lead():
    # The headline counts the days' dead together (57); the dated lead tells yesterday's 18 and the body the day before's.
    text = ("Fri Apr 29 2016 57 Civilians killed 150 Injured in Continued Terrorist Attacks on Aleppo. Yesterday in continued "
            "terrorist attacks on Aleppo city 18 civilians have been killed according to the latest death toll. On Wednesday "
            "10 civilians were killed and 37 others were injured in similar terrorist attacks on residential neighborhoods "
            "in Aleppo city.")
    events = _violent(text, published=None)
    assert sorted(e.fatalities.best for e in events) == [10, 18]
    assert all(e.date.first is not None for e in events)


def test_an_opening_headline_placed_elsewhere_than_the_lead_stays_apart():
    text = ("Fri Apr 29 2016 12 Civilians Killed in Terrorist Attacks on Homs. Yesterday terrorist rocket attacks on "
            "Aleppo city killed 18 civilians.")
    assert len(_violent(text, published=None)) == 2


def test_deaths_told_without_a_cause_with_also_are_more_victims_of_the_day_s_violence():
    text = ("Islamic State fighters attacked the Shaer gas field in Homs province on Tuesday, killing 30 soldiers, a monitor "
            "said. An unknown number of jihadists were also killed, the monitor's director told AFP.")
    (event,) = _violent(text)
    assert event.fatalities.best == 30
    # Violence named anew with "also" is still another happening.
    text = ("Islamic State fighters attacked the Shaer gas field in Homs province on Tuesday, killing 30 soldiers, a monitor "
            "said. Air strikes also killed 12 people in Raqqa.")
    assert len(_violent(text)) == 2


def test_a_happening_told_as_recent_or_earlier_stays_undated():
    for text in D.cues["anchors"]["vague_past_examples"]:
        events = _events(text)
        assert events and all(e.date.first is None and e.date.basis == "none" for e in events), text
    # nor does the dated story it is told in date it: "recently" places it before the report, nowhere more precisely
    text = ("Government air strikes killed 13 civilians in Rastan on Friday, a monitor said. "
            "Recently fierce clashes erupted between rebels and Islamic State fighters in Talbiseh.")
    strikes, clashes = _violent(text)
    assert strikes.date.first == date(2015, 7, 24)
    assert (clashes.date.first, clashes.date.basis) == (None, "none")
    # a statement told as made earlier is not the news of the report's day
    (said,) = _statements("The US government recently announced new regulations on the export of arms to Syria.")
    assert said.date.first is None


def test_an_event_noun_told_as_recent_is_not_anchored_to_the_story_s_day():
    text = ("Rebel fighters shelled a school in the city on Wednesday, killing two children, a monitor said. "
            "Recent air strikes by government jets hit people queuing at a bakery in the Alommal district.")
    shelling, strikes = _violent(text)
    assert shelling.date.first == date(2015, 7, 29)
    assert (strikes.date.first, strikes.date.basis) == (None, "none")
    # "recent" of another noun, or with a day of the event's own, leaves the day alone
    (strike,) = _violent("Jets struck a market in Idlib on Wednesday, days after recent threats by the government.")
    assert strike.date.first == date(2015, 7, 29)
    (killing,) = _violent("The most recent assassination was the killing of a journalist on Monday.")
    assert killing.date.first == date(2015, 7, 27)


def test_a_vague_word_of_another_noun_or_after_a_count_dates_nothing():
    for text in D.cues["anchors"]["vague_past_not_examples"]:
        events = _violent(text)
        assert events and all(e.date.first is not None for e in events), text


# A one-paragraph round-up: the day's news (a Monday, the report's day) and three sentences that date nothing.
ROUND_UP_DAY = date(2014, 3, 17)
ROUND_UP_OPENING = ("Six people were killed and 20 wounded Monday by a car bomb in a Homs district, a monitoring group said. "
                    "Homs has seen some of Syrias worst violence. Only a handful of districts remain in rebel control. "
                    "Residents survive on herbs. ")


def test_violence_of_a_one_paragraph_round_up_takes_the_day_of_the_news_that_opens_it():
    text = ("Six people were killed and 20 wounded Monday by a car bomb in a Homs district, a monitoring group said. "
            "Homs has seen some of Syrias worst violence since the outbreak of the revolt. "
            "Only a handful of districts in the heart of the city remain in rebel control. "
            "Besieged for nearly two years residents there survive on little more than herbs. "
            "Fighting raged further north in Aleppo as helicopters dropped a barrel bomb on an opposition area of the city. "
            "North of the capital the army backed by Hezbollah shelled Flita.")
    published = date(2014, 3, 17)  # a Monday
    events = _violent(text, published=published)
    assert len(events) >= 3
    assert all(e.date.first == published for e in events), [(e.type, e.date) for e in events]
    assert {e.date.basis for e in events[1:]} == {"anchored"}


def test_a_round_up_does_not_date_a_state_a_description_or_another_paragraph():
    published = ROUND_UP_DAY
    for told in ("Fuaa and Kafraya have been under rebel siege for more than two years.",
                 "Hasakahs population swelled by Syrians fleeing areas that fell under Daish control.",
                 "The US and allies use the Incirlik air base to bomb ISIL positions in northern Syria."):
        events = _violent(ROUND_UP_OPENING + told, published=published)
        assert all(e.date.first is None for e in events[1:]), told
    # a new paragraph is another part of the story; and the day must be the report's news, not last year's
    events = _violent(ROUND_UP_OPENING + "\n\nHelicopters dropped a barrel bomb on an opposition area of Aleppo.", published=published)
    assert events[-1].date.first is None
    events = _violent(ROUND_UP_OPENING + "Helicopters dropped a barrel bomb on an opposition area of Aleppo.", published=date(2014, 3, 27))
    assert events[-1].date.first is None


def test_a_round_up_dates_what_a_source_added_that_the_army_did():
    # "that" right after a reporting verb tells what is reported, not a thing described ("areas that fell under Daish
    # control" stays undated, above).
    published = ROUND_UP_DAY
    events = _violent(ROUND_UP_OPENING + "It added that the army killed a number of militants in Daraa Province.", published=published)
    assert (events[-1].date.first, events[-1].date.basis) == (published, "anchored"), [(e.type, e.date) for e in events]


@pytest.mark.parametrize("told", D.cues["events"]["went_on_examples"])
def test_a_round_up_dates_violence_a_party_continued_or_began_to_wage(told):
    # "to" after a past verb of going on is no purpose: the day's fighting, told in SANA's round-up (cues.toml went_on).
    published = ROUND_UP_DAY
    events = _violent(ROUND_UP_OPENING + told, published=published)
    assert (events[-1].date.first, events[-1].date.basis) == (published, "anchored"), [(e.type, e.date) for e in events]


@pytest.mark.parametrize("told", D.cues["events"]["went_on_not_examples"])
def test_a_round_up_does_not_date_violence_named_as_a_purpose(told):
    published = ROUND_UP_DAY
    events = _violent(ROUND_UP_OPENING + told, published=published)
    assert all(e.date.first is None for e in events[1:]), [(e.type, e.date) for e in events]


@pytest.mark.parametrize("sentence", D.cues["anchors"]["going_on_examples"])
def test_violence_told_as_going_on_is_the_news_of_the_report_day(sentence):
    clashes = _only("clashes", sentence, date(2016, 7, 9))
    assert (clashes.date.first, clashes.date.basis) == (date(2016, 7, 9), "publication")


@pytest.mark.parametrize("sentence", D.cues["anchors"]["going_on_not_examples"])
def test_violence_told_as_going_on_in_the_past_or_described_is_not_dated_by_the_report(sentence):
    clashes = _only("clashes", sentence, date(2016, 7, 9))
    assert clashes.date.first is None


def test_a_speech_in_the_present_perfect_is_not_anchored_to_a_day_told_before():
    # English puts no day told before on a present perfect: the accusation holds as of the report, its day.
    text = ("The Syrian government said on Saturday it would allow U.N. inspectors to visit the sites. "
            "The Syrian government has accused rebels of launching the chemical attacks to provoke an international reaction.")
    accusation = _only("accusation", text, date(2013, 8, 25))
    assert (accusation.date.first, accusation.date.basis) == (date(2013, 8, 25), "publication")
    text = text.replace("has accused", "accused")
    accusation = _only("accusation", text, date(2013, 8, 25))
    assert (accusation.date.first, accusation.date.basis) == (date(2013, 8, 24), "anchored")


def test_violence_in_the_present_perfect_is_not_anchored_to_a_day_told_before():
    # The same for violence: "have shelled" tells what has happened by the report, on no day of the story told before.
    text = ("Government warplanes struck the town of Tal Tamr on Tuesday the monitor said. "
            "Rebels have shelled government districts of Hasakah city.")
    shelling = _only("shelling", text, date(2014, 9, 25))
    assert shelling.date.first is None
    text = text.replace("have shelled", "shelled")
    shelling = _only("shelling", text, date(2014, 9, 25))
    assert (shelling.date.first, shelling.date.basis) == (date(2014, 9, 23), "anchored")


def test_an_offensive_governed_by_a_present_perfect_is_not_anchored_to_a_day_told_before():
    # The noun trigger's verb is the present perfect ("have also launched an offensive"): background that has happened by
    # the report, on no day of the story told before it. The simple past is the story's day; an infinitive's perfect
    # ("believed to have been killed") is not the guard's.
    text = ("Jihadists killed 30 soldiers in an attack on an air base on Sunday the monitor said. "
            "Kurdish forces have also launched an offensive near the city of Hasakah.")
    offensive = _only("ground_offensive", text, date(2016, 6, 22))
    assert offensive.date.first is None
    text = text.replace("have also launched", "also launched")
    offensive = _only("ground_offensive", text, date(2016, 6, 22))
    assert (offensive.date.first, offensive.date.basis) == (date(2016, 6, 19), "anchored")


def test_the_present_perfect_guard_leaves_an_infinitive_perfect_to_its_story():
    from events.extract.narrative import PERFECT_GOVERNS
    assert PERFECT_GOVERNS.search("the prisoners have been ") is not None
    assert PERFECT_GOVERNS.search("rebels have responded by ") is not None
    assert PERFECT_GOVERNS.search("prisoners were believed to have been ") is None


def test_a_dated_attack_told_after_deaths_told_without_their_cause_is_their_cause():
    # The deaths told first ("killed at least 14 civilians ... overnight"), the cause told next with a dawn of the same
    # day: one happening, not two.
    text = ("Syria insurgents killed at least 14 civilians in the village of Khatab in central Hama province overnight. "
            '"An armed terrorist group infiltrated the village of Khatab at dawn and committed a massacre among the civilian '
            'residents killing 14 of them" SANA quoted a police source as saying.')
    events = _violent(text, published=date(2014, 7, 9))
    assert len(events) == 1, [(e.type, e.date, e.evidence) for e in events]


def test_a_round_up_dates_violence_that_took_in_a_retelling_and_reads_the_day_where_it_was_first_told():
    # Rule 15 after folding: the mortar took in the next sentence's shelling (one telling over two sentences), and is
    # still violence left undated; the lead's day counts from the lead, though a fuller retelling further on gave the
    # happening its sentence.
    published = ROUND_UP_DAY
    events = _violent(ROUND_UP_OPENING + "In Damascus a mortar hit the central Umayyad square a security source told AFP. "
                      "North of the capital the army shelled Flita.", published=published)
    assert [(e.trigger, e.date.first, e.date.basis) for e in events[1:]] == [("mortar", published, "anchored")]
    text = ("Syrian insurgents led by Islamist groups began a major offensive to gain full control of the divided northern "
            "city of Aleppo a monitor said on Thursday. The fall of the city would be a major blow for the government. "
            "It would deepen the partition of the country. A statement by the groups said their goal was to rule the city. "
            "Army helicopters dropped a barrel bomb on an opposition area of the city. The Jamiyat al Zahra has long been "
            "coveted by the rebels. Abdul Rahman said at least 20 insurgents were killed in the offensive.")
    published = date(2015, 7, 2)
    by_trigger = {e.trigger: e for e in _violent(text, published=published)}
    assert by_trigger["offensive"].evidence.startswith("Abdul Rahman")  # the fuller telling's sentence
    assert (by_trigger["barrel bomb"].date.first, by_trigger["barrel bomb"].date.basis) == (published, "anchored")


def test_what_the_story_s_happening_came_after_is_that_day_s():
    # Rule 18: "The assault came after rebels fired ..." says what the day's strikes came after: that day's story.
    published = date(2015, 2, 5)  # a Thursday
    lead = ("At least 45 people were killed in Syrian government air strikes on opposition areas around Damascus on "
            "Thursday, a monitor said. The Observatory said at least six children were among those killed. ")
    for told in D.cues["anchors"]["came_after_examples"][:1]:
        placed = _violent(lead + told, published=published)[-1]
        assert (placed.type, placed.date.first, placed.date.basis) == ("shelling", published, "anchored")
    # the happening of another day ("two days after") is that many days before the day's news (dating.day_apart)
    placed = _violent(lead + "The assault came two days after rebels fired at least 70 rockets and mortar rounds at the "
                      "capital.", published=published)[-1]
    assert (placed.date.first, placed.date.basis) == (date(2015, 2, 3), "anchored")
    # told in the past perfect, or past the anchoring reach: undated
    for told in ("The assault came after rebels had fired at least 70 rockets and mortar rounds at the capital.",
                 "Homs has seen some of Syrias worst violence. Only a handful of districts remain in rebel control. "
                 "Residents survive on herbs. The assault came after rebels fired at least 70 rockets and mortar rounds at the capital."):
        placed = _violent(lead + told, published=published)[-1]
        assert placed.date.first is None, told
    text = ("Late on Sunday, the United States President Donald Trump, in a statement delivered via the press secretary, "
            "announced US troops would be leaving Syria. " + D.cues["anchors"]["came_after_examples"][1])
    call = _only("diplomatic_meeting", text, published=date(2019, 10, 8))
    assert (call.date.first, call.date.basis) == (date(2019, 10, 6), "anchored")


def test_a_happening_placed_a_week_before_is_the_week_or_month_holding_it():
    # "a week" is a round figure: six to eight days before the main clause's day, the smallest week or month holding them
    # (dating.day_apart)
    text = ("The row over the power-sharing agreement comes just a week after the long-running talks restarted and is "
            "the first sign of trouble.")
    talks = _only("diplomatic_meeting", text, published=date(2005, 12, 5))
    assert (talks.date.value, talks.date.precision) == ("2005-11", "month")  # Nov 27-29 straddles two weeks
    text = ("Barely a week since the US and Russia agreed to halt bombing and let humanitarian aid into Aleppo the deals "
            "shaky implementation looks set to dominate the meeting.")
    by_type = {e.type: e for e in _events(text, published=date(2016, 9, 16))}
    assert by_type["agreement"].date.value == "2016-W36"  # "since" counts back from the report's day
    assert by_type.get("bombing") is None or by_type["bombing"].date.first is None  # what was agreed is not placed
    # a bound is no gap: "less than a week after" places nothing
    text = "The offensive began less than a week after the US and Russia signed a deal in Geneva."
    deal = _only("agreement", text, published=date(2016, 9, 20))
    assert deal.date.first is None


def test_the_opening_violence_takes_the_day_the_next_sentences_tell():
    # Rule 16: the lead names the happening, the next sentences say when.
    text = ("Twin Bomb Attacks Kill 50 Injure Dozens in Syrias Homs Province. "
            "At least 50 people have lost their lives and 100 others sustained injuries in twin bomb attacks targeting a "
            "residential neighborhood in Syrias western city of Homs. "
            "Security officials said two vehicles laden with explosives went off within less than a minute of each other "
            "at a traffic light in the city on Sunday morning.")
    published = date(2016, 2, 21)  # a Sunday
    lead = next(e for e in _violent(text, published=published) if "twin bomb attacks targeting" in e.evidence)
    assert lead.date.first == published  # anchored, or folded into the dated telling
    text = ("In Turkish airstrikes and artillery attacks on two villages near Jarablus 40 civilians were killed. "
            "Also Turkish Army killed 25 Kurdish YPG fighters calling them terrorists. "
            "On Sunday Turkish warplanes and artillery pounded areas held by pro-Kurdish forces close to Jarablus.")
    events = _violent(text, published=date(2016, 8, 29))
    also = next(e for e in events if "Also Turkish Army" in e.evidence)
    assert (also.date.first, also.date.basis) == (date(2016, 8, 28), "anchored")


def test_the_opening_violence_of_another_kind_keeps_no_day_of_the_violence_told_after_it():
    # docs/annotation-conventions.md Q2 (decided): violence with no time of its own, told before any dated violence, is
    # undated; a later day dates it only when the later telling may be the same happening (its kind's family).
    published = date(2016, 11, 21)
    text = ("One mother and her child have died after an aerial bomb targeted their home near Masaken Hanano "
            "neighbourhood in eastern Aleppo according to human rights group. At least 19 people were killed overnight "
            "according to the Syrian Observatory due to heavy shelling and regime forces advance.")
    lead = next(e for e in _violent(text, published=published) if "aerial bomb" in e.evidence)
    assert lead.date.first is None
    # a bare or definite bomb word names an air strike or shelling as well: the retelling's day is the lead's
    text = ("Intense bombing of rebel-held areas of Aleppo has resumed as UK MPs consider whether to investigate possible "
            "Russian war crimes in Syria. Russian forces returned to their intense aerial bombardment of rebel-held "
            "eastern Aleppo on Tuesday.")
    lead = next(e for e in _violent(text, published=date(2016, 10, 11)) if "Intense bombing" in e.evidence)
    assert (lead.date.first, lead.date.basis) == (date(2016, 10, 11), "anchored")


def test_the_opening_violence_keeps_no_day_of_another_province_a_later_sentence_or_old_news():
    published = date(2016, 4, 23)
    lead = "Assads Bombing of Aleppo Encouraged by International Communitys Bias, the Syrian Coalition said. "
    dated = "At least 13 civilians were killed on Saturday when regime forces bombed a popular market in Douma in Rural Damascus. "
    first = _violent(lead + dated, published=published)[0]
    assert first.date.first is None and "Aleppo" in first.evidence
    # told after the day's violence, it is rule 15's; far from it, or when the day is not the report's news, nothing dates it
    opening = "Dozens of people were killed in Aleppo in the bombing of a market. "
    filler = "The city has seen some of the worst violence of the war. Residents survive on little. "
    events = _violent(opening + filler + "Warplanes struck the market in Aleppo on Saturday.", published=published)
    assert events[0].date.first is None
    events = _violent(opening + "Warplanes struck the market in Aleppo on Saturday.", published=date(2016, 5, 3))
    assert events[0].date.first is None


def test_tonight_dates_its_clause_and_is_the_evening_of_the_report_day():
    text = ("In Idlib twenty-eight heads of the Ahrar al-Sham militant group were killed in an explosion that targeted a "
            "meeting tonight according to the Observatory.")
    (blast,) = _violent(text, published=date(2014, 9, 9))
    assert (blast.date.first, blast.date.last, blast.date.basis) == (date(2014, 9, 9), date(2014, 9, 9), "explicit")


def test_the_attack_named_again_gives_the_attack_just_told_its_own_day():
    # "The attack" names the attack of the sentence before (no new event); its own day is that attack's when the first
    # telling gave none. A bare "at around noon" is not read as the report's day when the clause names the day.
    published = date(2016, 4, 8)  # a Friday
    lead = ("Twenty-three people have been killed and over 100 others injured in a chemical attack by Jaysh al-Islam "
            "terrorists in a neighborhood of Aleppo. ")
    (undated,) = _violent(lead, published)
    assert undated.date.first is None
    (event,) = _violent(lead + "The attack was carried out at around noon local time (0900 GMT) on Thursday and caused "
                        "choking among those affected.", published)
    assert event.type == "chemical_attack"
    assert (event.date.first, event.date.basis) == (date(2016, 4, 7), "explicit")
    # a day of the saying is not the attack's
    (said,) = _violent(lead + "The attack caused choking among those affected, the doctor said on Thursday.", published)
    assert said.date.first != date(2016, 4, 7) or said.date.basis != "explicit"


def test_a_period_after_since_that_measures_an_occasion_is_no_war_toll():
    # "the biggest loss of life ... since they started operations": the period measures the shoot-down told before the
    # comparing word ([events] compared_since), not a toll counted over it.
    published = date(2016, 8, 3)
    text = ("Russias Ministry of Defence said that a Russian helicopter was shot down near Saraqeb on Monday killing all "
            "five people on board in the biggest officially acknowledged loss of life experienced by Russian forces since "
            "they started operations in Syria.")
    violent = _violent(text, published)
    assert violent and all(e.date.first == date(2016, 8, 1) for e in violent)
    # the occasion told after the comparing word retells one told before: still no event dated by the period's year
    assert not _violent("It was the largest and deadliest attack to hit the city since the beginning of Syrias conflict "
                        "in March 2011.", published)
    # "some of the worst violence since": a period's
    assert not _violent("Homs has seen some of Syrias worst violence since the outbreak of the conflict in March 2011.",
                        published)


def test_a_period_a_relative_clause_gives_a_places_state_is_no_war_toll():
    # cues.toml [events] state_since: "the city that has been divided since July 2012" tells how long the city has been so;
    # the bombardment told before it is an occasion of the report's day, not a toll counted since 2012.
    published = date(2016, 7, 2)
    for text in D.cues["events"]["state_since_examples"]:
        (event,) = _violent("Rebel fire hit Aleppo on Friday. " + text, published)[-1:]
        assert event.type == "shelling" and "bombardment" in event.trigger and event.date.first.year == 2016
    # a toll counted since a year with no place's state before the period stays a war-wide count
    for text in D.cues["events"]["state_since_not_examples"]:
        assert not _violent(text, published)
    # the war's own period after a place's state frames no occasion either
    assert not _violent("More than 300000 people have been killed in Aleppo which has been divided since the war began.",
                        published)


def test_a_kind_of_violence_named_with_its_own_day_is_no_retelling_of_another_kind_told_before():
    text = ("Since Wednesday clashes between the two forces have rocked the city of Hasakeh leaving 23 civilians dead the "
            "Observatory said. Thursday's government raids on Hasakeh were the first time the regime had bombarded Kurdish "
            "positions from the air.")
    events = _violent(text, date(2016, 8, 19))
    assert [(e.type, e.date.value) for e in events] == [("clashes", "2016-W33"), ("airstrike", "2016-08-18")]


def test_the_attack_of_a_day_or_the_raids_still_name_the_violence_told_before():
    assert len(_violent("A car bomb killed 20 people in Homs on Saturday. Saturday's attack was the deadliest in the city "
                        "this year.", date(2016, 8, 19))) == 1
    assert len(_violent("Rebels clashed with government forces in Homs on Saturday. The raids on Saturday were the first "
                        "in the area.", date(2016, 8, 19))) == 1


def test_a_happening_in_its_nth_day_began_n_minus_one_days_before_the_day_told():
    text = ("Turkish President Recep Tayyip Erdogan vowed Sunday to fight Islamic State and Kurdish fighters on the fifth day "
            "of a major offensive that has left dozens dead. Two US-backed groups have clashed near Jarabulus.")
    events = _violent(text, published=date(2016, 8, 29))
    (offensive,) = [e for e in events if e.trigger == "offensive"]
    assert (offensive.date.value, offensive.date.basis) == ("2016-08-24", "explicit")
    # The story told around it is Sunday's, not the offensive's first day.
    assert all(e.date.value != "2016-08-24" for e in events if e is not offensive)
    (offensive,) = _violent("It's the second day of an offensive by the security forces against villages.",
                            published=date(1998, 3, 6))
    assert offensive.date.value == "1998-03-05"
    # No day told, none counted.
    (offensive,) = _violent("Rebels fought on the fifth day of an offensive by the army.", published=date(1998, 3, 6))
    assert offensive.date.value != "1998-03-02"


def test_violence_told_on_the_nth_day_of_an_offensive_is_the_day_s_and_the_offensive_is_another():
    # The day's strikes and the incursion they fall in, told in one clause: two happenings, the incursion begun days before.
    text = ("Turkish artillery and warplanes killed at least 15 villagers in northern Syria on Monday the fourth day of an "
            "incursion against the jihadists.")
    events = _violent(text, published=date(2016, 8, 30))
    (incursion,) = [e for e in events if e.trigger == "incursion"]
    assert (incursion.type, incursion.date.value) == ("ground_offensive", "2016-08-26")
    (strike,) = [e for e in events if e is not incursion]
    assert strike.date.value == "2016-08-29" and strike.fatalities is not None and strike.fatalities.best == 15
    # Going on for days, the incursion holds a town taken on its first day: no retelling of it.
    taken = _violent(text + " The monitor said the shelling hit villages south of Jarablus which the Turkish-backed "
                     "rebels captured on the first day of the incursion.", published=date(2016, 8, 30))
    assert any(e.trigger == "captured" for e in taken) and any(e.trigger == "incursion" for e in taken)
    # "the first day": the strikes fell as it began, one day; no second happening is cut off.
    assert [e.trigger for e in _violent("Turkish warplanes struck villages near Jarablus on Wednesday the first day of an "
                                        "incursion against the jihadists.", published=date(2016, 8, 25))] != []
    assert len(_violent("Turkish warplanes struck villages near Jarablus on Wednesday the first day of an incursion "
                        "against the jihadists.", published=date(2016, 8, 25))) == 1
    # A bare bomb word so cut off names the strikes' weapon: two days of air strikes, not a bombing on the ground.
    events = _violent("Air strikes hit the rebel-held east of the city on Wednesday in a third day of renewed bombing that has "
                      "killed at least 40 people a monitor said.", published=date(2016, 11, 17))
    assert sorted((e.type, e.date.value) for e in events) == [("airstrike", "2016-11-14"), ("airstrike", "2016-11-16")]


def test_a_week_that_holds_a_tally_anchors_nothing_and_takes_no_other_killing_as_told_again():
    text = ("Local sources said the popular resistance in the eastern area killed several ISIL terrorists during the past "
            "two days including Tunisians. Three other terrorists were killed in an ambush in al-Ghabra village 130 km "
            "southeast of Deir Ezzor city.")
    tally, ambush = _violent(text, published=date(2016, 4, 3))  # a Sunday: Friday to Sunday is week 13
    assert tally.date.value == "2016-W13"
    assert ambush.date.value != "2016-W13"


def test_violence_after_after_that_caused_the_main_clauses_deaths_is_told_not_placed():
    text = ("The Syrian Observatory for Human Rights said Monday that at least 15 people were killed as the coalition carried "
            "out raids in a northern district of Manbij city. The group said six more people lost their lives in a village "
            "near Manbij after similar attacks by coalition fighter jets.")
    events = _violent(text, published=date(2016, 7, 18))
    assert [e.date.first for e in events] == [date(2016, 7, 18)] * len(events)
    (caused,) = [e for e in events if "six more" in e.evidence]
    # "The group said ...": a plain attribution gives no status of its own (cues.toml [status] attributed).
    assert (caused.date.basis, caused.status) == ("anchored", "occurred")
    # Not another act placed after ("after taking several days"), nor deaths counted over a span ("In the past two weeks").
    text = ("Russian air strikes on Thursday night killed 14 people near Mayadeen. Moscow reported their deaths after taking "
            "several days to confirm the results of an earlier strike on the northern outskirts of Albu Kamal.")
    assert any("earlier strike" in e.evidence and e.date.first is None for e in _violent(text, published=date(2017, 10, 8)))
    text = ("Syrian regime air raids killed more than 30 people in Aleppo on Friday. In the past two weeks more than 200 "
            "civilians have been killed in Aleppo after regime forces responded with air raids to rebel rocket fire.")
    assert any("past two weeks" in e.evidence and e.date.first is None for e in _violent(text, published=date(2016, 6, 3)))


def test_a_lower_case_headline_is_the_lead_dated_by_a_span():
    # narrative._headline_told_on: the lead's "during the past two weeks" dates it to a month; the headline names it.
    text = ("August 17 2014 Islamic State executed 700 people from Syrian tribe: monitoring group. The Islamic State militant "
            "group has executed 700 members of a tribe it has been battling in eastern Syria during the past two weeks the "
            "Syrian Observatory for Human Rights said.")
    (event,) = _violent(text, published=None)
    assert event.evidence.startswith("The Islamic State militant group") and event.date.first is not None


def test_a_headline_and_its_lead_naming_the_same_parties_are_one_strike():
    # "Syria air strike" reads Syria as the strike's hand; the headline and the lead both name Russia and Nusra Front.
    text = ("Thu Oct 5 2017 Russia says kills 7 Nusra Front field commanders in Syria air strike. A Russian air strike killed "
            "49 Nusra Front militants including seven of its field commanders in Syrias Idlib province Russias Rossiya 24 "
            "state television channel reported on Thursday.")
    events = analyse(Article(text=text, published=None, url="x")).events
    assert [e.type for e in events] == ["airstrike"]
    assert events[0].evidence.startswith("A Russian air strike")


@pytest.mark.parametrize("text", D.cues["events"]["among_told_examples"])
def test_victims_counted_among_a_toll_told_before_are_that_happening_s_dead(text):
    # cues.toml [events] among_told: the context their sentence names ("is fighting", "offensives") is no other happening.
    events = _violent(text, published=None)
    assert len(events) == 1 and events[0].fatalities.best in (26, 38)


@pytest.mark.parametrize("text", D.cues["events"]["among_told_not_examples"])
def test_victims_among_an_indefinite_toll_tell_the_happening_itself(text):
    (event,) = _violent(text, published=date(2016, 7, 3))
    assert event.fatalities.best == 31


def test_a_speech_told_on_after_a_quote_is_keyed_by_who_is_named_after_the_verb():
    text = ("``Poland forever returns where she has always belonged _ the free world,'' said Bronislaw Geremek, the "
            "foreign minister of Poland. Geremek said he had brought some mementoes from Poland to the library. "
            "``It helped us to win,'' Geremek said.")
    assert len(_statements(text)) == 1


@pytest.mark.parametrize("text,type_name,day", [
    # Rule 17: a proposal with no time of its own is the one its party made yesterday.
    ("Iraq's Saddam Hussein assumed the role of embattled Arab hero in offering his first rough proposal for a "
     "negotiated end to the confrontation. The Iraqi leader, in an initiative designed to rally Arab opinion, proposed "
     "yesterday that he will withdraw his troops from Kuwait only if Israel withdraws from the occupied territories.",
     "proposal", date(2015, 7, 29)),
    # Rule 17: a visit told again by the same word on the report's day.
    ("All the information at our disposal converges to indicate that there was a chemical massacre, French Foreign "
     "Minister Laurent Fabius said on a visit to Ramallah. Fabius arrived on Monday on a visit to Israel and the "
     "Palestinian territories.",
     "diplomatic_meeting", date(2015, 7, 27)),
], ids=["proposal", "visit"])
def test_a_diplomatic_event_told_with_no_time_of_its_own_is_its_party_s_dated_one(text, type_name, day):
    (event,) = [e for e in _events(text) if e.type == type_name]
    assert event.date.first == day


@pytest.mark.parametrize("text,type_name", [
    # Another move of the same party is another proposal.
    ("Cuba on Monday offered to let the boy's father travel alone to the United States. In another dramatic move, "
     "Castro announced that the chief of the Cuban Interests Section in Washington was willing to revoke the diplomatic "
     "immunity on his residence, where Cuba has proposed Gonzalez stay with Elian.", "proposal"),
    # A deal weeks before the report is not the report's day's signing.
    ("Secretary of State Madeleine Albright signed the accession documents of Poland. On April 4, 1949, on behalf of "
     "the United States, Dean Acheson signed the Washington treaty.", "agreement"),
], ids=["another-move", "weeks-before"])
def test_a_diplomatic_event_of_another_day_or_move_stays_apart(text, type_name):
    assert len([e for e in _events(text) if e.type == type_name]) == 2


@pytest.mark.parametrize("text", [
    ("Secretary of the Syrian Coalitions political committee Riyad Alhassan condemned the use of cluster munitions by "
     "the Russian air force. Alhassan stressed that Russia cannot claim to be a sponsor of the political process while "
     "it is carrying out acts that amount to state terrorism in Syria."),
    # The speech word is in what he said; the first capitalised word before it is a place, no surname.
    ("Vice-president of the Syrian Coalition Muwaffaq Nyrabia said that Russias policies in Syria are designed to put "
     "Syrians in front of two hard choices. Nyrabia pointed out that the aftermath of the deadly airstrikes by the Assad "
     "regime and Russian forces on Aleppo indicates systematic and deliberate attacks against residents of the city."),
], ids=["stressed", "pointed-out"])
def test_a_speaker_named_by_surname_alone_tells_on_his_speech_of_that_day(text):
    # The gazetteer knows neither man: the full name told before the verb of his first speech says who speaks.
    assert len([e for e in _events(text) if e.type in ("statement", "accusation")]) == 1


@pytest.mark.parametrize("text", [
    ("The Iraqi Foreign Ministry said Americans in Iraq will stay there until the crisis ends. "
     "The Soviet Foreign Ministry said Soviet women and children would be permitted to leave Iraq."),
    # A title opening the sentence is no surname, though an earlier speaker bore it.
    ('Iranian President Hassan Rouhani said, "The Islamic Republic of Iran deeply regrets this disastrous mistake." '
     'President of Ukraine Volodymyr Zelenskyy said, "We expect from Iran assurances of their readiness for a full and '
     'open investigation."'),
], ids=["tail-of-a-name", "title"])
def test_a_word_that_is_no_surname_standing_alone_tells_no_speech_on(text):
    assert len(_statements(text)) == 2


def test_a_speech_is_not_dated_by_a_day_only_planned_before_it():
    text = ("Obama said on Thursday he is shifting his focus to domestic priorities. The administration is also "
            "scrambling to make sure Americans sign up for insurance under the new law starting October 1. We're going "
            "to focus on some specific issues including the budget debates Obama said.")
    assert {e.date.first for e in _statements(text)} == {PUBLISHED}


def test_a_spokesman_saying_again_his_state_s_word_voices_its_statement():
    text = ("Iran on Thursday condemned the bombing of U.S. embassies in Kenya and Tanzania. "
            "Foreign Ministry spokesman Mahmoud Mohammadi said that Iran condemns any acts which may result in the death "
            "of innocent people. He expressed hope terrorism will be uprooted through international cooperation.")
    (statement,) = _statements(text)
    assert "Mahmoud Mohammadi" in {a.name for a in statement.actors}


def test_a_spokesman_saying_other_words_speaks_for_himself():
    text = ("Iran on Thursday condemned the bombing of U.S. embassies in Kenya and Tanzania. "
            "Foreign Ministry spokesman Mahmoud Mohammadi said that Iran will send investigators to Nairobi.")
    assert len(_statements(text)) == 2


def test_details_told_apart_are_not_folded_into_a_summary_of_several_provinces():
    # The lead sums up the day's attacks in three provinces; each scene told after it, in a place of its own, is one of them.
    text = ("The Takfiri terrorist organizations on Wednesday targeted with rocket and mortar shells the cities of Damascus "
            "and Aleppo and al-Fouaa town in Idleb. SANA reporter in Aleppo said that terrorists fired a rocket shell on "
            "Iskandaron Street in al-Jamilyeh neighborhood in Aleppo city killing 3 citizens and injuring 8 others. "
            "Earlier the reporter noted that a rocket shell was fired by terrorists and landed in al-Mohafazah "
            "neighborhood killing 2 children.")
    assert len(_violent(text)) == 3


def test_a_detail_of_a_lead_in_one_province_is_still_that_lead_told_again():
    text = ("Terrorists on Wednesday targeted with rocket shells the neighborhoods of Aleppo city. SANA reporter in Aleppo "
            "said that terrorists fired a rocket shell on Iskandaron Street in al-Jamilyeh neighborhood in Aleppo city "
            "killing 3 citizens and injuring 8 others.")
    assert len(_violent(text)) == 1


def test_a_party_s_air_campaign_begun_is_an_event_dated_by_its_own_words():
    text = "Russia began carrying out strikes in Syria in September 2015, a year after the United States did."
    event = _only("air_campaign", text)
    assert event.date.value == "2015-09"
    assert "Russia" in event.actor_names


def test_a_page_title_run_into_the_page_s_date_is_the_headline_of_an_undated_lead():
    # A scraped page's title line ends with its credit and no full stop; the page's date cut after it ends the line:
    # a headline whatever its case, never the prose lead, so the undated lead tells its strike in full.
    text = ("Air raids kill 11 civilians in east Syria Monitor AFP Friday 15 Jul 2016 Syrian or Russian air raids on the "
            "Al-Boulil region in the eastern province of Deir Ezzor killed civilians including four women and four "
            "children the Britain-based monitor said. The area is some 30 kilometres southeast of the provincial capital.")
    (event,) = _violent(text, None)
    assert event.evidence.startswith("Syrian or Russian air raids")
    assert event.fatalities.best == 11


def test_a_lower_case_first_line_with_no_date_after_it_may_still_be_the_prose_lead():
    text = ("ISIL terrorists shot two civilians dead in the village of Hessan. Two other civilians were also crucified "
            "in the square.")
    assert len(_violent(text, None)) == 2


def test_an_opening_headline_lent_a_place_by_the_next_sentence_is_still_the_body_s_bombing():
    # The headline names only Syria; Fuaa, lent by the next sentence, is a guess that does not part it from the bombing
    # west of Aleppo the body tells, whose sentence it gives way to.
    text = ("Death toll in bomb attack on Syria evacuees rises to 112. Many residents of Fuaa lost their lives. "
            "The Syrian Observatory for Human Rights said that 98 evacuees were killed when an explosives-laden vehicle "
            "hit their buses at a transit point west of Aleppo on Saturday. It said the remainder of the dead were aid "
            "workers.")
    bombings = [e for e in _violent(text, date(2017, 4, 16)) if e.type == "bombing"]
    (bombing,) = bombings
    assert bombing.evidence.startswith("The Syrian Observatory")
    assert bombing.date.first == date(2017, 4, 15)


def test_a_claim_that_another_event_happened_is_its_source():
    # "X claimed that ..." is the guide's reported status of what is claimed, no statement of its own
    for text in D.cues["events"]["claim_verbs_examples"]:
        assert _statements(text) == [], text
        assert [e for e in _events(text) if e.type != "statement"], text


def test_a_claim_of_responsibility_is_still_news():
    for text in D.cues["events"]["claim_verbs_not_examples"]:
        assert [e for e in _events(text) if e.type == "statement"], text


def test_a_group_telling_its_own_fighters_act_claims_it_and_the_act_is_the_one_told_before():
    # "IS said ... one of its fighters ... blowing himself up": the claim of responsibility is IS's statement; the
    # bombing it tells is the attack the article told first, not a second one.
    for text in D.cues["events"]["own_fighters_examples"]:
        events = _events(text)
        assert [e.actors[0].name for e in events if e.type == "statement"], text
        assert len([e for e in events if D.types[e.type].violent]) == 1, text
    # An army's own fighters (a state is no armed group) and a monitor's own staff: the speech stays the source.
    for text in D.cues["events"]["own_fighters_not_examples"]:
        assert _statements(text) == [], text
        assert _violent(text), text


def test_blame_for_a_happening_told_before_is_an_accusation_and_names_the_violence_again():
    (text,) = D.cues["events"]["blames_known_examples"]
    events = _events(text, date(2016, 9, 21))
    (accusation,) = [e for e in events if e.type == "accusation"]
    assert accusation.actors[0].name == "White Helmets"
    assert {"Russia", "Syrian government"} <= {a.name for a in accusation.actors}
    assert len([e for e in events if D.types[e.type].violent]) == 1


def test_an_aid_body_that_condemns_or_blames_speaks_but_one_that_counts_is_a_source():
    (text,) = D.cues["events"]["organisation_stance_examples"]
    assert [e.actors[0].name for e in _statements(text)] == ["White Helmets"]
    for text in D.cues["events"]["organisation_stance_not_examples"]:
        assert [e for e in _events(text) if e.type in ("statement", "accusation")] == [], text


def test_an_offensive_and_a_capture_cut_off_after_it_are_never_merged_as_one_sentence_s_events():
    # The capture of a subordinate clause (cues.toml [events] subordinate_capture) is a happening apart from the offensive
    # its main clause tells, even when both are ground offensives with no tolls or agents that differ.
    before = D.cues["events"]["subordinate_capture_examples"][2]
    assert [(e.type, e.date.value) for e in _violent(before, date(2017, 2, 26))] == [("bombing", ""), ("ground_offensive", "2016-12")]
    advances = D.cues["events"]["subordinate_capture_examples"][1]
    offensives = [e for e in _violent(advances, date(2015, 2, 2)) if e.type == "ground_offensive"]
    assert sorted(e.trigger for e in offensives) == ["advances", "recaptured"]
    retook = ("Pro-regime fighters backed by Russian air strikes retook the villages of Zaytan and Khalasa south of Aleppo "
              "city after losing control of them hours earlier.")
    assert len([e for e in _violent(retook, date(2016, 6, 8)) if e.type == "ground_offensive"]) == 2


def test_fire_opened_on_people_is_a_shooting_and_on_forces_a_clash_not_shelling():
    # event_types.toml patterns opened_fire_on_people and opened_fire_on_forces: "fire" alone is a verb of shelling.
    houses = _violent("The fleeing terrorists opened machine gun fire on houses in Harfa village on Monday.")
    assert {e.type for e in houses} == {"attack_on_civilians"}, [(e.type, e.trigger) for e in houses]
    patrol = _violent("Gunmen opened fire on a police patrol in Kirkuk on Monday, killing two officers.")
    assert {e.type for e in patrol} == {"clashes"}, [(e.type, e.trigger) for e in patrol]
    # Shells fired stay shelling.
    assert {e.type for e in _violent("Terrorists fired rocket shells at al-Midan neighborhood on Monday.")} == {"shelling"}


def test_an_attack_foiled_is_a_clash_and_borrows_no_strike_told_nearby():
    # event_types.toml pattern foiled_attack: the whole phrase is the trigger, so the generic "attack" borrows nothing.
    text = ("Russian warplanes struck ISIS positions near Tabqa on Monday. The Syrian Democratic Forces have foiled ISIS "
            "large-scale attack near the town of Manbij on Monday killing 80 terrorists.")
    foiled = [e for e in _violent(text) if "foiled" in e.evidence and "Manbij" in e.evidence]
    assert foiled and {e.type for e in foiled} == {"clashes"}, [(e.type, e.evidence) for e in _violent(text)]
    # "foiling the attack" names the attack told before: no new clash.
    assert not _violent("A military source said the clashes ended with foiling the attack on Monday.") or all(
        e.trigger.lower() != "foiling the attack" for e in _violent("A military source said the clashes ended with foiling the attack on Monday."))


def test_a_title_case_headline_s_speech_gives_way_to_the_lead_that_tells_it():
    # The headline says the Coalition declared; the lead tells the declaration: one statement, the lead's sentence.
    text = ("Syrian Coalition Declares Idlib Disaster Area amid Deadly Aerial Campaign. The Syrian Coalition has declared "
            "the entire province of Idlib a disaster area in light of continued deadly aerial campaign by the Assad regime.")
    (statement,) = _statements(text)
    assert statement.evidence.startswith("The Syrian Coalition has declared")
    # A headline whose speaker the lead does not name stays.
    text = ("Syrian Coalition Condemns Attack on Interim Government Headquarters in Azaz. A car bomb exploded near the "
            "headquarters in Azaz on Tuesday.")
    assert [s.evidence[:16] for s in _statements(text)] == ["Syrian Coalition"]


def test_ground_taken_told_as_an_aim_achieved_is_an_offensive():
    text = "The Syrian army managed to control a number of villages east of Khanasser on Monday."
    (event,) = _violent(text)
    assert event.type == "ground_offensive"
    assert not _violent("IS managed to control parts of the field on Monday.")


def test_ground_won_named_by_the_control_it_gives_is_a_ground_offensive():
    # event_types.toml ground_offensive patterns control_won and managed_to_control: the territory taken, as "took
    # control" tells; an aim ("to gain full control of") and a place's past ("gained full control of last year") are none.
    for text in ("The Syrian army managed to control a number of villages in east of Khanasser in Aleppo southern countryside.",
                 "The Syrian army on Wednesday established full control of al-Masasneh village southwest of Mourek.",
                 "The army eventually managed to win full control over the Northern flank of the city."):
        assert [e.type for e in _violent(text, date(2016, 3, 10))] == ["ground_offensive"], text
    for text in ("The evacuees arrived in Aleppo which the government gained full control of last year.",
                 "Residents said the army wants to gain full control of the divided northern city."):
        assert [e.type for e in _violent(text, date(2016, 3, 10))] == [], text


def test_a_call_upon_a_party_is_a_speech_as_a_call_on_it():
    text = ("President of the Syrian Coalition Anas Alabdah called upon the United Nations to take urgent action to "
            "protect civilians in Deir Ezzor.")
    (speech,) = _statements(text)
    (as_on,) = _statements(text.replace("called upon", "called on"))
    assert (speech.type, speech.status, speech.date.value) == (as_on.type, as_on.status, as_on.date.value) == (
        "statement", "occurred", "2015-07-30")


def test_a_habitual_cue_written_in_a_name_is_no_habit():
    # pipeline._habitual: "Daily Mail" is a newspaper; "daily" in lower case still tells a habit.
    named = ("He later added detail about the number of ISIS terrorists killed during a failed offensive on the "
             "outskirts of Efrin according to Daily Mail.")
    assert [e.type for e in _violent(named, date(2016, 3, 10))] == ["ground_offensive"]
    habit = "Rebels carried out attacks on the outskirts of Efrin daily."
    assert _violent(habit, date(2016, 3, 10)) == []


def test_a_quoted_retelling_gives_its_figure_not_its_sentence_to_the_reporters_telling_of_the_dead():
    # narrative._fold: the reporter's own telling of the dead stays the happening's sentence; the quotation's figure
    # is its toll.
    lead = ("The Islamic state terrorist group has executed tens of its own fighters in recent days on charges of fleeing "
            "Raqqa the capital of its Caliphate.")
    text = (lead + ' They try to find safer shelters informed sources said. "The ISIL has executed at least 70 of its own '
            'members who tried to leave Raqqa" the sources said.')
    (event,) = _violent(text, date(2016, 7, 11))
    assert (event.type, event.evidence, event.fatalities.best) == ("attack_on_civilians", lead, 70)


@pytest.mark.parametrize("text", D.cues["events"]["toll_breakdown_examples"])
def test_a_toll_broken_down_by_place_right_after_the_count_is_that_count(text):
    # cues.toml [events] toll_breakdown: the lead keeps its sentence and figure.
    (event,) = _violent(text, published=date(2016, 7, 18))
    assert event.fatalities.best in (21, 9)
    assert event.evidence.startswith(("Airstrikes by", "At least nine"))


@pytest.mark.parametrize("text", D.cues["events"]["toll_breakdown_not_examples"])
def test_parts_that_add_up_to_more_than_the_count_told_are_another_happening(text):
    assert len(_violent(text, published=date(2016, 7, 18))) == 2


def test_a_number_passed_tells_more_than_a_vague_toll():
    text = ("Nasr al-Hariri of the Syrian Coalition decries the silence of the US-led coalition over the Raqqa massacre in "
            "which dozens of civilians were killed by Assad's air force. The world chose to remain silent. Over 130 "
            "civilians were killed and hundreds wounded when Assad's air force carried out nine air raids on the city.")
    (event,) = _violent(text, date(2014, 11, 27))
    assert event.evidence.startswith("Over 130") and event.fatalities.low == 131


def test_a_toll_told_by_a_toll_word_alone_gives_its_figure_not_its_sentence():
    text = ('"A suicide bomber on a motorcycle blew himself up in the Salihiah neighbourhood of Hasakah city," said Rami '
            "Abdel Rahman head of the Syrian Observatory for Human Rights. The Islamic State group claimed responsibility "
            "for the attack. Kurdish police put the death toll at 16 earlier.")
    (event,) = _violent(text, date(2016, 7, 5))
    assert event.evidence.startswith('"A suicide bomber') and event.fatalities.best == 16
    for sentence in D.cues["events"]["toll_words_examples"]:
        assert any(narrative._toll_told(e, D) for e in _violent(sentence)), sentence


def test_a_larger_count_told_by_the_toll_word_is_the_figure_of_the_happening_it_tells_again():
    text = ("Pro-Damascus media outlets said a suicide attacker detonated a car bomb near the buses on Saturday and killed "
            "at least 22 people. The British-based Syrian Observatory for Human Rights said the death toll was at least 24.")
    (event,) = _violent(text, date(2017, 4, 15))
    assert event.evidence.startswith("Pro-Damascus") and event.fatalities.best == 24
    # A count the sentence calls a former one is not the latest.
    stale = text.replace("said the death toll", "had initially said the death toll")
    assert [e.fatalities.best for e in _violent(stale, date(2017, 4, 15))] == [22]


COUNT_TOLD = ("The number of Assyrian Christian men women and children abducted in the last three days stands at 220 in "
              "Hasakeh province the Syrian Observatory for Human Rights said today. ")


def test_a_part_of_a_count_told_with_no_place_or_date_of_its_own_is_that_count_told_again():
    # rule 1b (folds.toml): no place and no date of its own, a source's words: scored as a retelling
    text = COUNT_TOLD + "Some 12 men and two women were abducted from their village, an activist said."
    event = _only("abduction", text)
    assert event.date.first == date(2015, 7, 27)


@pytest.mark.parametrize("detail", [
    "Some 12 men and two women were abducted from their village on Wednesday, an activist said.",  # a date of its own
    "Twelve more men were abducted from their village, an activist said.",  # victims counted on
    "Some 12 men and two women were abducted in Aleppo, an activist said.",  # a place that differs
])
def test_a_detail_with_a_date_place_or_word_of_its_own_is_not_scored_as_the_count_told(detail):
    assert len([e for e in _events(COUNT_TOLD + detail) if e.type == "abduction"]) == 2


VETOED = {
    # each names its means, of different kinds: a barrel bomb from the air, shelling from the ground
    "means_differ": ("Fighting raged further north in Aleppo between rebels and regime loyalists as helicopters dropped a "
                     "barrel bomb on an opposition area of the city, the Observatory said. At least one man was killed by "
                     "regime shelling while clashes raged on the city's front lines, the group said."),
    # the army's day across the country sums up many happenings: not the strike of the headline told again
    "summary_apart": ("Syrian Army Kills 31 ISIL Terrorists in Raqqa Province. The Syrian warplanes targeted ISIL strongholds "
                      "in Raqqa province killing 31 terrorists including commanders. The Syrian army foiled militant "
                      "infiltration attempts and targeted the terrorists gatherings across the country killing and injuring "
                      "scores of them."),
    # two bombings counted at once; a part of the toll with a place phrase of its own is one of them (a place the
    # place finder does not know: one it reads is told apart by its place already)
    "part_of_several": ("Two bombs exploded outside U.S. embassies in Kenya and Tanzania Friday, killing at least 81 people and "
                        "injuring more than 1,700 others. Seven people died of their wounds in the Tanzanian capital of "
                        "Dar-es-Salaam, officials said."),
    # a party's denial is news of its own, not the attack told again
}


def test_a_denial_is_not_scored_as_a_retelling_of_the_attack():
    # folds.toml denial_apart: a party's denial is news of its own, not the attack told again
    from dataclasses import replace
    from events.extract.folding import load_folds
    (attack,) = _violent("A suspected chemical attack killed 58 people in Khan Sheikhun on Tuesday.")
    denied = replace(attack, status="denied")
    cues = narrative._fold_cues(1, denied, 0, attack, D, "", False, False)
    assert cues["denial_apart"] and load_folds().score(cues) is None
    assert not narrative._fold_cues(1, attack, 0, attack, D, "", False, False)["denial_apart"]


def test_the_embassy_bombings_told_place_by_place_keep_their_own_places():
    text = ("Two bombs exploded outside U.S. embassies in Kenya and Tanzania Friday, killing at least 81 people and "
            "injuring more than 1,700 others.\n\nAt least 74, including eight Americans, were killed in Nairobi, "
            "the capital of Kenya, and more then 1,640 were wounded. At least seven were reported dead in the "
            "Tanzanian capital of Dar es Salaam, and 72 others were hurt.")
    places = [e.location.name for e in _violent(text)]
    assert "Dar es Salaam" in places and "Damascus" not in places


def test_a_toll_restated_is_the_happening_told_before():
    # folds.toml [words] toll_restated: "bringing the toll to 61" counts the dead of the strikes told just before
    text = ("Three strikes hit the northwestern town of Atareb on Monday the Syrian Observatory for Human Rights said. "
            '"A number of people died of their wounds bringing the toll to 61 people including five children" SOHR said.')
    (strike,) = _violent(text)
    assert strike.evidence.startswith("Three strikes")


def test_more_wounded_after_the_dead_counts_no_other_dead():
    # folds.toml [words] more_wounded: "dozens more were wounded" is no counted_on veto; "Four more people died" is
    text = ('Opposition minister among 12 dead in Syria car bomb. A car bomb killed at least 12 people in the town of Inkhil '
            'in Daraa province on Thursday. "Twelve people were killed" and dozens more were wounded, an activist told AFP.')
    assert len(_violent(text)) == 1
    assert len(_violent("Six were killed in a car bomb in Hama on Monday. Four more people died in the city.")) == 2


def test_deaths_told_alone_keep_the_sentence_of_the_violence_they_count():
    text = ("Earlier in the day a blast occurred near a bus convoy evacuating residents of the besieged towns of Fua and "
            "Kefraya to Aleppo. It is difficult to say as there are many burnt bodies around the damaged buses\" the source "
            "told Sputnik.")
    (blast,) = _violent(text)
    assert blast.evidence.startswith("Earlier in the day") and blast.type == "bombing"


def test_a_retelling_with_a_borrowed_place_leaves_the_first_telling_its_place():
    text = ("Five dead in blast by security HQ in central Syria. At least five people were killed on Thursday in a bomb blast "
            "near a military intelligence headquarters in Hama province, a monitor said. "
            '"A truck packed with explosives detonated near a branch of the military intelligence killing at least five '
            'people" the Observatory said. In the northern province of Raqa two suicide bombers exploded inside an army base.')
    assert any(e.location is not None and e.location.name == "Hama" and e.fatalities and e.fatalities.best == 5
               for e in _violent(text))


@pytest.mark.parametrize("veto", sorted(VETOED))
def test_a_fold_veto_of_folds_toml_keeps_another_happening_apart(veto, monkeypatch):
    # rule 1b: with the veto the later telling stands; without it the scored fold would take it in
    text = VETOED[veto]
    import dataclasses
    from events.extract.folding import load_folds
    kept = len(_violent(text))
    folds = load_folds()
    monkeypatch.setattr(narrative, "load_folds", lambda: dataclasses.replace(folds, vetoes=folds.vetoes - {veto}))
    assert kept == len(_violent(text)) + 1


def test_a_title_case_headline_folds_into_its_undated_lead_of_its_own_family_not_into_other_dated_violence():
    # settle: the headline names its lead (Tokhar lies in Manbij); the dated capture of a base is another happening
    text = ("Dozens Killed in International Coalition Airstrikes on Manbij. Airstrikes led by the international coalition have "
            "killed dozens of people and injured others in Tokhar according to the Syrian Observatory for Human Rights. "
            "Meanwhile the US military announced in a statement that opposition fighters backed by the United States took "
            "control of a base in the city of Manbij at the beginning of the week. The Director of the Syrian Observatory told "
            "AFP that the bombing carried out by the international coalition targeted the outskirts of the village of Tokhar "
            "at dawn yesterday which resulted in 56 civilians dying.")
    strike, capture = _violent(text)
    assert strike.type == "airstrike" and strike.evidence.startswith("Airstrikes led by")
    assert capture.type == "ground_offensive" and capture.fatalities is None


def test_a_retelling_displaces_the_first_telling_only_by_what_its_own_sentence_tells():
    # narrative._fold: "workers ... suspected ... chlorine gas", lent the barrel bombs' regime by the story, tells no
    # more than the spokesman's 33 people affected by the gas in Saraqeb told before it
    from pathlib import Path
    text = (Path(__file__).parent / "data/events-gold/reviewed5/urn_fakes_28_1918150033.txt").read_text()
    gas = [e for e in _violent(text, None) if e.type == "chemical_attack" and not e.date.first]
    assert [e.evidence[:33] for e in gas] == ["Meanwhile a spokesman for Syria C"]


@pytest.mark.parametrize("sentence", D.cues["events"]["progressive_going_on_examples"])
def test_violence_told_in_the_perfect_progressive_is_a_campaign_going_on(sentence):
    # cues.toml [events] progressive_going_on: neither folded into the day's strike nor anchored to its day
    text = "Air strikes killed 12 civilians in the town on Thursday, a monitor said. " + sentence
    strike, *rest = _violent(text)
    assert (strike.type, strike.fatalities.best, strike.date.first) == ("airstrike", 12, date(2015, 7, 30))
    assert [(e.type, e.date.first) for e in rest] == [("ground_offensive", None)]


def test_a_past_participle_or_a_noun_after_has_been_is_no_campaign_going_on():
    # the not-examples: the day's toll and the day's fighting stay the day's
    killed, fighting = D.cues["events"]["progressive_going_on_not_examples"]
    assert [(e.type, e.date.first) for e in _violent("Air strikes hit the town on Thursday. " + killed)] == [
        ("airstrike", date(2015, 7, 30))]
    assert [e.date.first for e in _violent(fighting)] == [date(2015, 7, 30)]


def test_a_countrywide_summary_is_no_retelling_of_the_placed_happening_before_it():
    # narrative._retelling_of with _summary_of_places: "in several areas across the country" sums up many happenings
    text = ("The Syrian army targeted the militants gatherings on the barrens of Assal Al-Ward in Qalamoun killing the "
            "terrorist commander Abu Taha sources told Al-Manar. Units of the Syrian armed forces also inflicted on Saturday "
            "heavy losses upon terrorists and destroyed their equipment in several areas across the country.")
    assert [(e.evidence[:20], e.date.first) for e in _violent(text)] == [
        ("The Syrian army targ", None), ("Units of the Syrian ", date(2015, 7, 25))]


def test_a_title_case_headline_s_speech_gives_way_to_the_lead_s_speech_on_a_day_of_its_own():
    # The headline's day is the report's; the lead tells the claim's own day (Sunday).
    text = ("Extremists in Syria Admit Killing 30 Alawites . On Sunday terrorist group Al-Nusra Front claimed "
            "responsibility for Tuesdays attacks in which at least 30 Alawites were shot dead.")
    statements = [e for e in _events(text, date(2013, 9, 6)) if e.type == "statement"]
    assert [s.evidence[:8] for s in statements] == ["On Sunda"]
    assert statements[0].date.value == "2013-09-01"


def test_a_demonstration_of_a_state_or_a_fact_is_its_proof_not_a_protest():
    # event_types.toml protest sense shown_proof.
    for text in ('The death toll from air strikes on a Syrian town has risen to 61 a war monitor said on Tuesday a '
                 'demonstration of the fragile state of areas set up in attempt to ease the violence.',
                 "Two years of talks are a demonstration of the fact that the sides cannot agree, the envoy said on Monday."):
        assert "protest" not in [e.type for e in _events(text)], text
    # People after the determiner hold the gathering.
    text = "On Monday police dispersed a demonstration of the city residents in Hama demanding water."
    assert "protest" in [e.type for e in _events(text)]


def test_a_lower_case_headline_is_its_lead_dated_only_by_the_story_told_after_it():
    # The lead takes its day from the story after it (anchored) once rule 1 has passed the headline: the headline is
    # still the lead told first, not a strike of its own.
    text = ('Sun Aug 17 2014 Syrian air strikes on ISIL-controlled Raqqa kills 19. Syrian air force bombers have pounded '
            'a major stronghold of the ISIL terrorist group in northern Syiran town of Raqqa reportedly killing at least '
            '19 terrorists on the ground. Reporting the bombing of areas occupied by the Takfiri terrorist group on '
            'Sunday the opposition-linked Syrian Observatory for Human Rights further said the Syrian warplanes '
            'conducted more than a dozen airstrikes against ISIL position in the town over the past 24 hours. Director '
            'of the UK-based Observatory Rami Abdurrahman also stated that six of the Syrian air raids targeted Raqqas '
            'military court. He added that at least 16 Takfiri terrorists were killed in the town and around 40 wounded. '
            'Other reports from opposition sources in the area offered different accounts on the casualty figures. '
            'Opposition-linked groups inside Syria further reported government airstrikes on ISIL-controlled areas in '
            'Aleppo province as well including the towns of Akhtarin and Dabiq.')
    strikes = [e for e in _violent(text, published=None) if e.type == "airstrike"]
    assert not [e for e in strikes if e.evidence.startswith("Syrian air strikes on")]
    (lead,) = [e for e in strikes if e.evidence.startswith("Syrian air force")]
    assert lead.fatalities.best == 19 and lead.date.value == "2014-08-17"


def test_a_toll_told_as_risen_gives_way_to_the_retelling_of_the_happening_with_that_count():
    text = ('The death toll from air strikes on a Syrian town in a "de-escalation zone" has risen to 61 a war monitor said '
            "on Tuesday. Jihadist rebels blamed Russian warplanes of carrying out Mondays attack. The British-based Syrian "
            "Observatory for Human Rights said three air strikes hit the market in Atareb west of Aleppo and killed at "
            "least 61 people.")
    strikes = [e for e in _violent(text, date(2017, 11, 14)) if e.type == "airstrike"]
    assert [e.evidence[:24] for e in strikes] == ["The British-based Syrian"]
    assert strikes[0].fatalities.best == 61
    # A part of the dead told on is no telling of the happening: the updated toll keeps its sentence.
    part = text.replace("killed at least 61 people", "killed at least 24 people")
    assert any(e.evidence.startswith("The death toll") for e in _violent(part, date(2017, 11, 14)))


# A gas attack told first, then by a second source four sentences on (folds.toml [fold] far_reach, one_attack).
GAS_FIRST = ("At least four people died when gas believed to be chlorine was dropped alongside barrel bombs on a "
             "neighbourhood of the Syrian city of Aleppo on Wednesday, a hospital said. The manager of the hospital said "
             "seven people were still receiving treatment. He said he was keeping pieces of clothing as evidence. "
             "Aid groups have asked for access to the city. Talks on a truce are due to resume in Geneva. ")


def test_a_second_source_telling_one_gas_attack_by_its_means_is_that_attack_told_again():
    text = GAS_FIRST + ("Syria Civil Defence said it had recorded three deaths and 22 injuries after a barrel containing a "
                        "gas suspected of being chlorine fell on the Zubdiya neighbourhood of Aleppo.")
    events = _events(text, date(2016, 8, 11))
    (attack,) = [e for e in events if D.types[e.type].violent]
    assert attack.evidence.startswith("At least four people died") and attack.date.first == date(2016, 8, 10)
    # the count's speaker is its source, no statement of its own (rule 6)
    assert not [e for e in events if e.type == "statement" and e.evidence.startswith("Syria Civil Defence")]


@pytest.mark.parametrize("later", [
    # another attack, told so
    "In another attack a barrel containing chlorine gas fell on the town of Saraqeb, killing three, the group said.",
    # a place apart, not inside the first telling's
    "Syria Civil Defence said a barrel containing chlorine gas fell on Saraqeb in Idlib province, killing three.",
])
def test_a_telling_of_the_same_means_that_says_it_is_another_stands_apart(later):
    assert len(_violent(GAS_FIRST + later, date(2016, 8, 11))) == 2


def test_a_telling_of_other_means_is_not_scored_so_far_back():
    # no means of one attack in common: five sentences back is beyond the scored fold's reach
    text = GAS_FIRST + "Rebel shelling killed three people in the Zubdiya neighbourhood of Aleppo, the group said."
    assert len(_violent(text, date(2016, 8, 11))) == 2


@pytest.mark.parametrize("pattern, text, found", [
    (narrative.ANOTHER, "said Idris Nahsen a Kurdish official in Kobane also known as Ain al-Arab", False),
    (narrative.ANOTHER, "Air strikes also targeted the nearby town", True),
    (narrative.COUNTED_ON, "the Observatory further said that the bombing killed 19", False),
    (narrative.COUNTED_ON, "A further nine people died", True),
    (narrative.OPENS_ON_TIME, "Earlier reports said that the army struck positions in Hama", False),
    (narrative.OPENS_ON_TIME, "Earlier ISIL terrorists shot two citizens dead", True),
])
def test_a_second_name_a_source_saying_more_and_earlier_reports_mark_no_other_happening(pattern, text, found):
    match = pattern.match(text) if pattern is narrative.OPENS_ON_TIME else pattern.search(text)
    assert (match is not None) == found


def test_a_telling_that_names_the_attack_as_what_it_came_after_is_not_scored_as_that_attack():
    # folds.toml came_after_means: "After the gas attack" names the first telling as a time, not this one's means
    from dataclasses import replace
    from events.extract.folding import load_folds
    (attack,) = _violent(GAS_FIRST.split(". ")[0] + ".", date(2016, 8, 11))
    hospital = replace(attack, evidence="After the gas attack helicopters dropped barrel bombs on a hospital where "
                                        "victims were treated, the group said.")
    cues = narrative._fold_cues(5, hospital, 0, attack, D, "", False, True)
    assert cues["came_after_means"] and load_folds().score(cues) is None
    count = replace(attack, evidence="Syria Civil Defence said it had recorded three deaths after a barrel containing a "
                                     "gas suspected of being chlorine fell on the Zubdiya neighbourhood.")
    cues = narrative._fold_cues(5, count, 0, attack, D, "", False, True)
    assert cues["same_means"] and not cues["came_after_means"]


# The same party named by a label in a second source's telling (folds.toml label_sides, narrative._label_shared).
ALLIANCE = ("At least nine people were killed and dozens wounded on Thursday as a new Islamist opposition alliance "
            "including Al-Qaeda's Syrian affiliate attacked government-held parts of Aleppo city a monitor said. ")


def test_a_party_named_by_a_label_in_a_second_source_is_a_side_in_common():
    text = ALLIANCE + ("The Syrian Observatory for Human Rights said four civilians had been killed and more than 70 "
                       "wounded in a massive multi-district assault by the rebel coalition.")
    assert len(_violent(text, date(2015, 7, 2))) == 1
    # a group named by its own name, not the first telling's, stays apart
    other = text.replace("by the rebel coalition", "by Kurdish fighters")
    assert len(_violent(other, date(2015, 7, 2))) == 2


def test_a_label_shares_no_side_with_the_party_the_first_telling_acted_on():
    from dataclasses import replace
    from events.extract.records import ActorMention
    (first,) = _violent("The Syrian army has killed at least 100 ISIS terrorists in Deir Ezzor province.", date(2016, 2, 14))
    assert "Islamic State" in [a.name for a in first.actors if a.role == "target"]
    label = ActorMention("Islamic State", "terrorists", 1000, 1011, role="agent")
    later = replace(first, actors=(label,), evidence="The vehicles were destroyed with terrorists around getting killed.",
                    evidence_start=990, evidence_end=1060)
    assert not narrative._label_shared(later, first, D)
    agent = replace(first, actors=tuple(replace(a, role="agent") if a.name == "Islamic State" else a for a in first.actors))
    assert narrative._label_shared(later, agent, D)


def test_a_possessive_day_of_a_violent_noun_dates_the_story_dated_only_by_its_report():
    # "Mondays attack" named in the blame: the air strikes the lead tells (dated only by the headline's toll update, said
    # on Tuesday) happened on Monday.
    text = ("At least 61 killed in air strike on Syrian market town. The death toll from air strikes on a Syrian town has "
            "risen to 61 a war monitor said on Tuesday. Rebels blamed Russian warplanes for carrying out Mondays attack. "
            "The Observatory said three air strikes hit the market in Atareb west of Aleppo and killed at least 61 people.")
    (strike,) = _violent(text, date(2017, 11, 14))
    assert strike.type == "airstrike" and strike.date.value == "2017-11-13" and strike.date.basis == "anchored"
    # violence whose own sentence tells its day, or holds the noun, keeps its day: the noun names another happening
    (bomb,) = _violent("A car bomb killed 20 people in Homs on Tuesday. The blast came a day after Monday's attack on a "
                       "checkpoint in Hama killed five.", date(2017, 11, 14))[:1]
    assert bomb.date.value == "2017-11-14"
    strike = _violent("Three air strikes hit the market in Atareb and killed at least 61 people the Observatory said on "
                      "Tuesday. Rebels blamed Russian warplanes for Monday's attack.", date(2017, 11, 14))[0]
    assert strike.date.value == "2017-11-14"


def test_arms_seized_in_the_course_of_an_operation_are_part_of_it():
    for text in D.cues["events"]["seized_in_operation_examples"]:
        assert "weapons_seized" not in {e.type for e in _events(text)}, text
    for text in D.cues["events"]["seized_in_operation_not_examples"]:
        assert "weapons_seized" in {e.type for e in _events(text)}, text
    text = ('The soldiers "found a cache of explosives and mortar rounds" during a raid near Helmand, the army said.')
    assert "weapons_seized" not in {e.type for e in _events(text)}


def test_arms_handled_as_things_are_no_violence():
    for text in D.cues["events"]["arms_handled_examples"]:
        assert not _violent(text), text
    for text in D.cues["events"]["arms_handled_not_examples"]:
        assert _violent(text), text
    # the clause's other violent words still tell theirs
    (event,) = _violent("The coalition conducted 18 strikes on Monday and destroyed 13 fighting positions and two car bombs near Manbij.")
    assert event.type == "airstrike"
    # another verb in -ed ends the object; a verb of equipping does not
    handled = _event_rules(D).arms_handled
    assert not handled.search("Assad agreed to destroy his chemical arsenal and joined the ")
    assert handled.search("the army units destroyed 3 vehicles rigged with ")


def test_arms_handled_in_the_passive_are_no_violence():
    # cues.toml [events] arms_handled_passive: the weapon the subject of "were destroyed", "were defused"; a firing or a
    # toll between keeps the act, and so does a trigger that names the act ("the bombardments").
    for text in D.cues["events"]["arms_handled_passive_examples"]:
        assert not _violent(text), text
    for text in D.cues["events"]["arms_handled_passive_not_examples"]:
        assert _violent(text), text
    assert not _violent("Mortar shells rockets and heavy machine guns belonging to the militants were dismantled by army engineers.")


def test_violence_an_inquiry_looks_into_is_no_happening():
    for text in D.cues["events"]["inquired_examples"]:
        assert not _violent(text), text
    for text in D.cues["events"]["inquired_not_examples"]:
        assert _violent(text), text


def test_violence_suspects_are_questioned_over_is_the_custody_s_topic_not_a_second_telling():
    # cues.toml [events] questioned_over: "in custody for questioning about the bombing" names the bombing told before;
    # one with a place of its own, or with no determiner, may be the only telling of other shootings, and stays.
    for text in D.cues["events"]["questioned_over_examples"]:
        events = _violent(text, date(1998, 11, 20))
        assert len(events) == 1 and "questioning" not in events[0].evidence and "connection" not in events[0].evidence, text
    for text in D.cues["events"]["questioned_over_not_examples"]:
        first, second = text.split(". ", 1)
        assert _violent(second), text
    rules = _event_rules(D)
    assert rules.questioned_over.search("six people were in custody for questioning about the ")
    assert not rules.questioned_over.search("six people were in custody on Monday near the ")


def test_a_ground_force_that_targeted_positions_is_shelling_not_the_air_strikes_told_nearby():
    # event_types.toml [types.shelling] pattern ground_force_targeted: "targeted" alone is a generic word that took the
    # type of the air strikes told around it.
    text = ("The army's air force hit positions of ISIL terrorists in Palmyra on Friday. In Aleppo city army units targeted "
            "terrorist organizations sites in the neighborhoods of al-Rashidin and al-Sakhour killing a number of terrorists.")
    units = [e for e in _violent(text) if "army units" in e.evidence]
    assert units and {e.type for e in units} == {"shelling"}, [(e.type, e.trigger) for e in _violent(text)]
    # Strikes that targeted are air strikes: the air-strike noun is the subject.
    strikes = _violent("The position was hit in army airstrikes that targeted sites of the terrorists in Eastern Ghouta on Friday.")
    assert {e.type for e in strikes} == {"airstrike"}, [(e.type, e.trigger) for e in strikes]


def test_a_means_inferred_from_a_target_is_lent_to_no_generic_deaths_told_next():
    # story._inferred_means: the deaths told next borrow the air strike named, not the shelling read off "targeted".
    text = ("The army's air force hit positions of ISIL terrorists in Palmyra on Friday. In Aleppo city army units targeted "
            "terrorist organizations sites in the neighborhoods of al-Rashidin and al-Sakhour killing a number of terrorists. "
            "Four more ISIS terrorists were killed in an army operation against their gathering in the vicinity of Deir "
            "Ezzor military airport.")
    killed = [e for e in _violent(text) if e.evidence.startswith("Four more")]
    assert killed and {e.type for e in killed} == {"airstrike"}, [(e.type, e.trigger) for e in _violent(text)]


def test_explosive_rounds_fired_are_shelling_not_a_bombing():
    # event_types.toml [types.shelling] noun "explosive round": a fired projectile, not a bomb.
    hurt = _violent("Meanwhile in Damascus city one person was injured by explosive rounds fired by terrorists on al-Mazraa neighborhood on Monday.")
    assert {e.type for e in hurt} == {"shelling"}, [(e.type, e.trigger) for e in hurt]


def test_a_halt_or_freeze_of_fighting_is_a_truce_but_one_sought_or_traded_for_is_none():
    # issue 12, eighteenth stop: "A two-day freeze on fighting brokered by Moscow and Washington this month expired"
    events = _events("The monitor said a three-day freeze on fighting agreed by Ankara and Moscow was holding on Sunday.")
    assert [e.type for e in events] == ["ceasefire"]  # the phrase is the trigger: its "fighting" tells no clashes
    events = _events("A halt to Russia's air strikes on the eastern districts was holding on Wednesday, the Observatory said.")
    assert [e.type for e in events] == ["ceasefire"]
    # a halt called for is the call's content (the proposal), one traded for is a deal's terms: no truce in force
    assert [e.type for e in _events("Turkey called for an immediate halt to the shelling of the town.")] == ["proposal"]
    text = "The rebels would hand over the prisoners in exchange for a halt to the bombing, the Observatory said."
    assert "ceasefire" not in {e.type for e in _events(text)}


def test_a_summit_told_beside_a_one_party_news_conference_is_a_meeting_and_the_speech_stays_news():
    # issue 12, eighteenth stop: the news conference is no meeting, but the summit of its clause is one, and the
    # speech made at it is news of its own, not the summit's attribution
    text = ("Putin said at a news conference in Beijing at the conclusion of a summit with leaders of Asian countries "
            "that he expected no deal.")
    events = _events(text)
    assert {e.type for e in events} == {"statement", "diplomatic_meeting"}
    assert [e.trigger for e in events if e.type == "diplomatic_meeting"] == ["summit"]
    assert [e.type for e in _events("Putin told a news conference in Beijing on Monday that he expected no deal.")] == ["statement"]


def test_a_meeting_noun_with_its_own_holding_participle_is_a_meeting_of_its_own():
    # issue 12, eighteenth stop: "a visit ... aimed at encouraging recently resumed peace talks" tells the visit and the talks
    text = "Kerry arrived early Sunday on a visit to Egypt and Jordan aimed at encouraging recently resumed peace talks, his office said."
    assert sorted(e.trigger for e in _events(text) if e.type == "diplomatic_meeting") == ["peace talks", "visit"]
    text = "Kerry arrived early Sunday on a visit to Egypt and Jordan aimed at encouraging the peace talks, his office said."
    assert [e.trigger for e in _events(text) if e.type == "diplomatic_meeting"] == ["visit"]


def test_a_person_named_after_an_unnamed_official_s_speech_gave_it():
    # narrative rule 8 (_named_after_speech): the official is named only after his words were told
    text = ("A senior Syrian official said today that Damascus would hold to its firm positions. "
            "The official was Information Minister Mahdi Dakhlullah, a close ally of the president. "
            '"Syria is pressed because it refuses occupation," Dakhlullah told reporters.')
    (statement,) = _statements(text)
    assert "Mahdi Dakhlullah" in {a.name for a in statement.actors}


def test_a_body_s_spokesman_named_after_its_statement_voices_it():
    text = ("The United Nations said on Wednesday that its inspectors will visit three sites in Syria. "
            "The team will travel as soon as possible, said U.N. spokesman Martin Nesirky. "
            "Nesirky said the mission will also seek clarification from the member states.")
    (statement,) = _statements(text)
    assert {"United Nations", "Martin Nesirky"} <= {a.name for a in statement.actors}


def test_a_person_named_after_another_party_s_speech_speaks_for_himself():
    text = ("The Security Council condemned the bombing of the hospital. "
            "Russian Foreign Minister Sergei Lavrov arrived in New York. "
            "Lavrov said Moscow would veto any new sanctions against Damascus.")
    assert len(_statements(text)) == 2


def test_a_sentence_opened_by_the_speaker_s_surname_tells_his_words_on():
    # narrative rule 8 (_surname_opening): the party named before the speech word is not who speaks
    text = ("Vice-president of the Syrian Coalition Muwaffaq Nyrabia said on Monday that Russia leaves Syrians two hard "
            "choices. Nyrabia pointed out that the aftermath of the raids by Russian forces on Aleppo indicates "
            "deliberate attacks on civilians.")
    (statement,) = _statements(text)
    assert statement.actors[0].name == "Muwaffaq Nyrabia"


def test_a_monitor_s_chairman_named_after_it_is_no_person_acting_for_a_party():
    # mentions.BODY_OF_TITLE: a party's body names its titled holder; a monitor's people stay that source
    text = ("The chairman of the Syrian Network for Human Rights Fadel Abdul Ghani told reporters that a government "
            "helicopter dropped the barrel bomb.")
    assert "Fadel Abdul Ghani" not in {a.name for e in _events(text) for a in e.actors}


def test_violence_named_as_the_topic_of_talk_is_not_anchored_to_the_talk_s_day():
    # A meeting dated Monday, then the ministers "talked about" an attack: the attack is what was talked about, told
    # again, not done on the meeting's day. Told as a happening in the next sentence, it is still that day's.
    text = ("The foreign minister held phone talks on Monday with his Russian and Turkish counterparts. "
            "The ministers talked about the deadly suspected gas attack on the town of Saraqeb which killed 40 people.")
    attack = _only("chemical_attack", text, date(2017, 4, 12))
    assert attack.date.first is None
    text = text.replace("The ministers talked about the deadly suspected gas attack on", "A deadly gas attack hit")
    attack = _only("chemical_attack", text, date(2017, 4, 12))
    assert (attack.date.first, attack.date.basis) == (date(2017, 4, 10), "anchored")


def test_a_wire_dateline_inside_a_scraped_page_dates_no_violent_lead():
    # The page's own date, then a wire dateline run into the lead: the dateline's day is the report's, and a violent
    # lead with no time words of its own stays undated (annotation-conventions Q2); a day in the lead still dates it.
    text = ("02.11.2015 Car bombs kill 12 in Hama. BEIRUT November 2 (RIA Novosti) - A double car bomb attack in the "
            "central Syrian city of Hama has killed 12 people including four children Lebanese media reported.")
    bombing = _only("bombing", text, None)
    assert bombing.date.first is None
    text = text.replace("has killed 12 people", "killed 12 people on Sunday")
    bombing = _only("bombing", text, None)
    assert (bombing.date.first, bombing.date.basis) == (date(2015, 11, 1), "explicit")
    assert pipeline.in_wire_dateline(text, text.index("November"), text.index("November") + len("November 2"))
    assert not pipeline.in_wire_dateline("on November 2 (local time) the army", 3, 13)


RESUMED = ("Government forces returned to their heavy aerial bombardment of rebel-held districts of Homs on Tuesday after "
           "several days of calm, residents said. \"It was quiet in the last few days,\" said Ahmad Saleh, a resident of "
           "the Khalidiya district. \"But this morning it was bad again with warplanes and artillery shelling our street. "
           "At least six died including a child.\"")


def test_a_retelling_of_a_telling_folded_away_goes_where_that_telling_went():
    # "this morning it was bad again with warplanes" is folded into the dated bombardment first; the count told after it
    # is of that one happening and joins it, not the telling folded away (where it was lost with its toll).
    (event,) = _violent(RESUMED, date(2016, 10, 11))
    assert event.evidence.startswith("Government forces") and event.fatalities.best == 6
    # The larger count a journalist gives as the death toll in his own sentence is the latest figure; he is its source,
    # no party of the bombardment.
    told = RESUMED + " The monitor confirmed the reports of bombing while local activist Omar Haddad placed the death toll from the air raids at 40."
    (event,) = _violent(told, date(2016, 10, 11))
    assert event.fatalities.best == 40 and "Omar Haddad" not in event.actor_names
    assert set(event.actor_names) == {"Syrian government", "Syrian opposition"}


def test_a_retelling_followed_down_a_fold_chain_keeps_its_own_agents_and_targets_only():
    (condemned,) = _violent("The offensive drew strong condemnation from the United States which said it had received "
                            "reports of hospitals and clinics being bombed.")
    assert "United States" in condemned.actor_names and not narrative._chain_parties(condemned).actors
    (struck,) = _violent("An activist network said Russian jets struck the towns of Saraqeb and Binnish.")
    assert [a.name for a in narrative._chain_parties(struck).actors] == ["Russia"]


def test_a_retelling_of_another_kind_is_not_followed_down_a_fold_chain():
    (shelling,) = _violent("The regime also pounded a key supply route north of the city overnight.")
    (airstrike,) = _violent("Russian fighter jets resumed their missions targeting positions of the Nusra Front.")
    assert not narrative._same_family(airstrike, shelling)
    (deaths,) = _violent("At least six people were killed in the town, medics said.")
    assert deaths.type == "casualties" and narrative._same_family(deaths, shelling)


def test_a_figure_given_as_the_death_toll_in_its_sentence_is_named_the_toll():
    (named,) = _violent("A local journalist placed the death toll from the air raids at 50.")
    assert narrative._toll_named(named)
    (apart,) = [e for e in _violent("The death toll is expected to rise. Rescuers said the two air raids killed 19.")
                if e.fatalities is not None]
    from dataclasses import replace
    assert not narrative._toll_named(replace(apart, evidence="The death toll is expected to rise. " + apart.evidence))


def test_a_second_source_counting_the_same_dead_at_the_named_place_is_the_same_shelling():
    # folds.toml names_same_place: a source's count naming the place of the shelling told before it, the same dead
    text = ("Two people killed in rocket attacks on Hama and Latakia. In Hama a man was killed by a rocket shell fired on "
            "the al-Hader quarter. In Latakia one civilian was killed and four others "
            "were injured by mortar shells fired by terrorists on the al-Raml quarter. A police source in Latakia said "
            "terrorist groups fired six shells on the quarter killing one person and injuring four.")
    latakia = [e for e in _violent(text, None) if e.location is not None and e.location.name == "Latakia"]
    assert len(latakia) == 1


def test_a_part_of_a_toll_of_several_kinds_of_violence_is_kept_apart():
    # folds.toml [words] several: the dead of clashes, suicide bombings and air strikes counted together sum up several
    # happenings; the suicide bombers among them, told at their own place, are one of those happenings
    text = ("Jihadists suffer heavy losses in Kobani. At least 40 jihadists have been killed in the past day in clashes "
            "suicide bombings and coalition air strikes in the town of Kobani a monitor said on Sunday. The monitor said at "
            "least four of those killed were suicide bombers who blew themselves up at the border crossing of Kobani.")
    assert len(_violent(text, None)) == 2


@pytest.mark.parametrize("first, second, one", [
    ("Jarablus", "Jarabulus", True),
    ("al-Qardaha", "Qardaha", True),
    ("Al Mayadin", "Mayadeen", True),
    ("Tell Abyad", "Tal Abyad", True),
    ("Hama", "Homs", False),
    ("Midan", "Mayadin", False),  # one key, two governorates (Damascus, Deir ez-Zor): two places
])
def test_two_spellings_of_one_place_name_in_one_governorate_are_one_place(first, second, one):
    placed = {e.location.text: e.location for e in _violent(
        f"Jets struck {first} on Monday killing five people. Rockets hit {second} on Tuesday killing three people.", None)
        if e.location is not None}
    assert narrative.one_place(placed[first], placed[second]) is one


def test_an_opening_line_with_no_place_of_its_own_is_not_parted_from_the_body_s_placed_telling():
    # A standfirst names the story before the body places it: the body's town does not make it a scene of its own.
    text = ("Date of publication 3 August 2016 The assailant was riding a motorbike when he attacked a crowd outside a market. "
            '"A suicide bomber on a motorbike blew himself up in the Ghuwayran district of Hasakah city" said the head of '
            "the monitor adding that 12 people were killed.")
    (event,) = _violent(text, published=None)
    assert event.type == "bombing" and event.fatalities.best == 12 and event.location.admin1 == "Al-Hasakah"
    # Further on, a telling with no place of its own is no opening line: the placed shelling after it is a scene apart.
    text = ("Delegates met in Geneva on Tuesday. The talks ended without a deal. Government forces shelled rebel positions. "
            "Mortar shells hit a market in Idlib.")
    assert len([e for e in _violent(text, published=None) if e.type == "shelling"]) == 2


def test_a_person_killing_told_again_with_no_date_or_a_coarser_one_is_one_event():
    # Rule 1c: an undated telling naming the victim of a killing dated to a month (any word for the violence).
    text = ("Police in Ontario issued a warrant on Monday for a man on the most wanted list. He was charged "
            "last year in the October 1998 shooting death of Dr. Barnet Slepian, a physician in Buffalo.\n\n"
            "Slepian was killed by a single gunshot fired from a wooded area through a window of his home.")
    violent = _violent(text, date(2000, 1, 24))
    assert [(e.date.value, e.date.precision) for e in violent] == [("1998-10", "month")]
    # the finer telling keeps its sentence: it dates the killing
    assert "October 1998" in violent[0].evidence
    # A coarser date of its own that holds the first telling's: a year against a day.
    text = ("Dr. Hugh Redmond was shot dead at his clinic in Ottawa on March 3, 1997, police said. Investigators "
            "say the gunman who killed Dr. Hugh Redmond in 1997 fled across the border.")
    violent = _violent(text, date(1998, 5, 4))
    assert [e.date.value for e in violent] == ["1997-03-03"]


def test_a_killing_of_another_person_or_a_coarser_date_that_does_not_hold_is_kept_apart():
    text = ("Dr. Hugh Redmond was shot dead at his clinic in Ottawa on March 3, 1997, police said. Investigators "
            "say the gunman who killed Dr. Garson Romalis in 1997 fled across the border.")
    assert len(_violent(text, date(1998, 5, 4))) == 2
    text = ("Dr. Hugh Redmond was shot dead at his clinic in Ottawa on March 3, 1997, police said. Investigators "
            "say Dr. Hugh Redmond was also shot at in 1995.")
    assert len(_violent(text, date(1998, 5, 4))) == 2


def test_victims_named_are_persons_acted_on_or_titled_not_agents():
    (first,) = _violent("Kopp was indicted in the shooting death of Dr. Barnet Slepian in Buffalo in October 1998.",
                        date(2000, 1, 24))
    assert narrative._victims_named(first) == {"Slepian"}


def test_tellings_dated_in_years_that_do_not_meet_are_never_one_happening():
    # a crackdown dated 2011 only by its sentence is not a stoning of 2014 told again (rule 1b's dates_differ and
    # _told_apart); a year that holds the other's day is a coarser telling of it, not another happening
    from dataclasses import replace
    from events.extract.narrative import _told_apart, years_apart
    from events.extract.records import EventDate
    stoning = _violent("Islamic State militants stoned a woman to death in Raqqa on May 3, 2014.", date(2014, 5, 5))[0]
    crackdown = replace(stoning, date=EventDate(date(2011, 1, 1), date(2011, 12, 31), "year", "2011", "2011", "anchored"))
    assert years_apart(crackdown, stoning) and years_apart(stoning, crackdown)
    assert _told_apart(crackdown, stoning, D)
    that_year = replace(crackdown, date=EventDate(date(2014, 1, 1), date(2014, 12, 31), "year", "2014", "2014", "anchored"))
    assert not years_apart(that_year, stoning)
    said_then = replace(crackdown, date=replace(crackdown.date, basis="publication"))
    assert not years_apart(said_then, stoning)


def test_victims_counted_on_are_not_a_detail_of_the_violence_told_just_before():
    # narrative.COUNTED_MORE in _same_happening: "Five more", "A further five", "Another five" militants killed two
    # sentences after an army unit's raid that killed nine are other dead of another happening, as the scored fold's
    # counted_on veto reads them; the same dead told without the word are that raid told again.
    told = ("An army unit destroyed a number of IS gatherings near the military airport in Deir Ezzor on Sunday, killing 9 "
            "of the militants. The unit also seized their weapons and ammunition. ")
    for counted in ("Five more IS militants", "A further five IS militants", "Another five IS militants"):
        assert len(_violent(told + counted + " were killed near the airport.", date(2016, 2, 15))) == 3, counted
    assert len(_violent(told + "Five IS militants were killed near the airport.", date(2016, 2, 15))) == 2
    # "other" names other doers as often ("while other units destroyed a bulldozer"): the scored fold alone weighs it
    assert not narrative.COUNTED_MORE.search("Jabhat al-Nusra terrorists and other terrorist groups targeted the square")
    assert narrative.COUNTED_ON.search("Jabhat al-Nusra terrorists and other terrorist groups targeted the square")


# Issue 12, further dead told as "another N ... in PLACE" (another20).
def test_further_dead_counted_in_another_place_with_the_verb_left_out_are_their_own_happening():
    # pipeline.ELIDED_COUNT: "and another 14 people ... in the village of Kafr Nabl", no verb of its own
    text = ("Government air raids on Tuesday killed 11 people including four children near the town of Maarat al-Numan "
            "and another 14 people among them five women in the village of Kafr Nabl a monitor said.")
    strikes = [e for e in _violent(text) if e.type == "airstrike"]
    assert len(strikes) == 2
    assert all(e.date.first == date(2015, 7, 28) for e in strikes)
    # with no count of further dead in a place, one happening
    assert len(_violent("Government air raids on Tuesday killed 11 people including four children near the town of "
                        "Maarat al-Numan a monitor said.")) == 1
    # the clause's own verb is a trigger already: no word "another" made one
    assert not pipeline._elided_kills(*_words("Air raids killed 11 people in Idlib and another 14 were killed in Hama."))
    # a count of people living somewhere, after no killing verb, tells nothing
    assert not pipeline._elided_kills(*_words("There are 110000 of them in northern Israel and another 20000 in the Golan."))


# Issue 12, lists told in one sentence (listsplit21).
def test_each_further_item_of_a_list_of_places_is_its_own_happening():
    # pipeline._listed_items: counts (or ordinals) with a place each, no verb between, after a killing verb or plural
    # violence: strikes (or dead) in different places told apart are separate events (events-guide.md)
    text = ("The coalition said on Monday it had carried out eight air strikes against the militants six near Raqqa "
            "and two at Palmyra in the centre.")
    strikes = [e for e in _violent(text) if e.type == "airstrike"]
    assert sorted(e.location.name for e in strikes) == ["Palmyra", "Raqqa"]
    text = ("Four more people were killed in government raids elsewhere in the country one in Hama province a second "
            "in Homs province and a third in Idlib province on Tuesday.")
    strikes = [e for e in _violent(text) if e.type == "airstrike"]
    assert len(strikes) == 3
    assert [e.fatalities.best for e in strikes] == [1, 1, 1]  # each item's dead, the first too (_listed_first)
    assert sorted(e.location.name for e in strikes) == ["Hama", "Homs", "Idlib"]
    assert all(e.date.first == date(2015, 7, 28) for e in strikes)
    # one item alone is no list; bodies counted place by place are no strikes told apart (no killing verb, no plural
    # violence); a count with its own verb is read by its own trigger
    assert not pipeline._listed_items(*_words("Air raids killed 11 people in Idlib on Tuesday."))
    assert not pipeline._listed_items(*_words("The office said 150 bodies were counted in Zamalka 100 in Kfar Batna "
                                              "and 40 in Erbin."))
    assert not pipeline._listed_items(*_words("Air raids killed 11 people in Idlib and 14 were killed in Hama."))


def _words(text: str):
    from events.extract.matcher import fold
    dictionaries = default_dictionaries()
    found = pipeline.find_triggers(text, fold(text), ((0, len(text)),), dictionaries)
    return text, found, dictionaries.types


def test_a_span_of_years_dates_its_events_by_neither_year():
    # "between 1994 and 1997": no week, month or year holds the span, and its first year is not when the attacks were
    (attacks,) = _violent("Police named the man as a suspect in three sniper attacks on doctors between 1994 and 1997.")
    assert (attacks.date.first, attacks.date.basis) == (None, "none")
    (fighting,) = _violent("Rebels fought government forces in the old city from 2012 to 2014.")
    assert fighting.date.first is None
    # told with a time of its own, it is no retelling of a dated shooting of the same kind
    shooting, attacks = _violent("A sniper shot a doctor in his kitchen on Wednesday, police said. Police named the man as "
                                 "a suspect in three sniper attacks on doctors in Canada between 1994 and 1997.")
    assert shooting.date.first == date(2015, 7, 29) and attacks.date.first is None
    # two years told together without "between" or "from" are two times, and one year alone is its event's
    (gas,) = _violent("An inquiry found government forces used chlorine gas at least three times in 2014 and 2015.")
    assert gas.date.value == "2014"
    (attacks,) = _violent("Police named the man as a suspect in three sniper attacks on doctors in 1994.")
    assert attacks.date.value == "1994"


def test_a_victim_also_among_the_dead_told_far_on_is_the_same_shelling():
    # "also among": a victim counted within the toll told before, not another happening (ANOTHER's "also")
    text = ("Government shelling killed at least eight people in the rebel-held town of Douma on Thursday, a monitor said. "
            "The United Nations called for a pause in the fighting. "
            "Aid agencies said food was running short in the besieged areas. "
            "The talks in Geneva are due to resume next week. "
            "Russia said it would send more aid. "
            "A monitoring group said a child was also among at least eight people killed in government shelling on Douma.")
    assert len(_violent(text)) == 1
    (among,) = _violent("A child was also among the eight people killed in the shelling.")
    assert not narrative._another(among)
    (more,) = _violent("A child was also killed in the shelling.")
    assert narrative._another(more)


def test_two_tellings_that_read_the_same_two_parties_the_other_way_round_are_not_told_apart_by_their_agents():
    # narrative.roles_swapped: one ambush whose killer one sentence's roles misread; not a headline, not another word,
    # not a third party
    from dataclasses import replace
    from events.extract.records import ActorMention
    (first,) = _violent("A Syrian army unit killed dozens of Nusra Front militants in an ambush near Adra on Wednesday.")
    start = first.evidence_end + 1

    def told(event, begin, army_role, front_role, trigger="ambush", more=()):
        actors = (ActorMention("Syrian government", "Syrian army", begin + 2, begin + 13, role=army_role),
                  ActorMention("Al-Nusra Front", "Nusra Front", begin + 20, begin + 31, role=front_role), *more)
        return replace(event, actors=actors, evidence_start=begin, evidence_end=begin + len(event.evidence),
                       trigger=trigger)

    misread = told(first, 0, "", "agent")
    retold = told(first, start, "agent", "target")
    assert narrative.roles_swapped(retold, misread)
    assert not narrative._sides_apart(retold, misread)
    assert not narrative.roles_swapped(retold, told(first, 0, "agent", "target"))  # the same reading: not swapped
    assert not narrative.roles_swapped(told(first, start, "agent", "target", trigger="shelled"), misread)
    third = (ActorMention("Hezbollah", "Hezbollah", start + 40, start + 49, role=""),)
    assert not narrative.roles_swapped(told(first, start, "agent", "target", more=third), misread)
    assert narrative._sides_apart(told(first, start, "agent", "target", trigger="shelled"), misread)


def test_a_speech_with_no_time_takes_the_day_its_speakers_pronoun_tells_in_the_next_sentences():
    # pipeline._day_said_on: the accusation has no time words; "it said late Monday" two sentences on is its day.
    published = date(2017, 3, 8)  # a Wednesday
    text = ("Turkey has accused Greece of sheltering eight officers who fled after the coup attempt. "
            "\"The officers are wanted for treason\" the foreign ministry said in a statement. "
            "\"They must be returned without delay\" it said late Monday.")
    (accusation,) = [e for e in _events(text, published) if e.type == "accusation"]
    assert (accusation.date.first, accusation.date.basis) == (date(2017, 3, 6), "anchored")
    # another speaker's speech between: the pronoun may be theirs, and the report's day stays
    text = ("Turkey has accused Greece of sheltering eight officers who fled after the coup attempt. "
            "Greece denied the charge. \"We will not hand them over\" it said late Monday.")
    (accusation,) = [e for e in _events(text, published) if e.type == "accusation"]
    assert (accusation.date.first, accusation.date.basis) == (published, "publication")


def test_a_count_of_the_wounded_is_the_figure_next_to_its_verb_not_an_article_before_it():
    # narrative._injury_counts: "In a related incident four people were wounded" counts four, not the "a" of "a related
    # incident"; so a booby-trapped car told again with its four wounded is one bombing, not two
    (told,) = _violent("In a related incident four people were wounded in a booby-trapped car blown up in the market of Qamishli.")
    assert narrative._injured(told, D) == 4
    (one,) = _violent("A woman was injured in a booby-trapped car blown up in the market of Qamishli.")
    assert narrative._injured(one, D) == 1
    text = ("A source said that terrorists on Monday morning blew up a booby-trapped car parked in the market of Qamishli "
            "wounding four civilians. "
            "In a related incident four people were wounded in a booby-trapped car blown up in the market of Qamishli.")
    assert len(_violent(text)) == 1


@pytest.mark.parametrize("words", D.cues["responsibility"]["violence_named_examples"])
def test_words_about_violence_told_before_with_no_place_of_their_own_are_placed_where_it_was(words):
    text = "A chemical attack killed 1429 people in Eastern Ghouta on August 21 2013. " + words
    spoken = [e for e in _events(text) if e.type in ("statement", "accusation") and e.evidence_start > 0]
    assert spoken and all(e.location is not None and e.location.name == "Eastern Ghouta" for e in spoken)


@pytest.mark.parametrize("words", D.cues["responsibility"]["violence_named_not_examples"])
def test_words_that_name_no_violence_told_before_borrow_no_place(words):
    text = "A chemical attack killed 1429 people in Eastern Ghouta on August 21 2013. " + words
    assert all(e.location is None for e in _events(text) if e.type in ("statement", "accusation") and e.evidence_start > 0)


def test_words_about_violence_with_a_place_of_their_own_keep_it():
    text = ("A chemical attack killed 1429 people in Eastern Ghouta on August 21 2013. "
            "In Moscow, the Russian foreign ministry denied responsibility for the attack.")
    spoken = [e for e in _events(text) if e.type in ("statement", "accusation") and e.evidence_start > 0]
    assert spoken and all(e.location.name == "Moscow" for e in spoken)
