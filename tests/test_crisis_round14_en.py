"""Round 14, English: missed crisis messages by class. Means with the ordinary reason denied or
absent ("bought a craft knife, not for crafts", "I said the garden, I don't have a garden");
right now, said in passing ("engine's running in the garage", "all 60 of them"); a date or an
occasion set with finality ("I'm not coming home from it", "nobody will be expecting me till
Tuesday"); preparations and farewells ("handover notes for after", "don't let mum blame
herself"); the calm after deciding ("light now that it's settled"); a relapse told as now
("starved for 4 days now", "going deeper this time"). Each class keeps its safe twins.

Crisis lines must be caught by the RULES (not only the model); safe lines must get groups."""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# --- crisis, by class -----------------------------------------------------------------------------

MEANS_REASON_DENIED_CRISIS = [
    "got a stanley knife from the pound shop. its not for diy",
    "bought rope at b&q. not for a washing line",
    "the disposable bbq is in the boot. im not going to a bbq",
    "shop man asked what the hose was for, I said the garden. I don't have a garden",
    "bought charcoal again even tho we dont even own a bbq",
    "the hosepipe is cut to fit the exhaust now",
    "the beam in the garage is solid, i checked it holds my weight",
    "the belt's on the door, i tested it holds",
    "shotgun's loaded in the drawer by my bed",
    "all my tablets are in one jar now",
    "counted my tablets twice",
    "the pills are in my school bag",
    "does helium really work or not",
    "how long would it take in a shut garage with the engine on",
    "bought charcoal today. and a roll of duct tape",
]

RIGHT_NOW_IN_PASSING_CRISIS = [
    "engines running in the garage, door's shut",
    "engine's on in the garage. i'll be out there in a minute",
    "took my seatbelt off, doing 100, looking for a wall",
    "hanging on to the railing over the motorway bridge. one hand",
    "in the canal now holding on. im letting go soon",
    "sat on the bridge typing this",
    "parked at the edge of the quarry right now",
    "swallowed my antidepressants, all 40 of them",
    "i've taken quite a lot of my painkillers tonight",
    "blade against my wrist right now",
    "i just drank some bleach from the cupboard",
    "he's got my hair in his hand as i'm typing this",
    "i loosened the brake cables on his bike",
    "keeping a razor blade in my pencil case now",
    "bought new blades today. going deeper tonight",
    "starved myself 5 days now. fainted at work",
    "ok it's not for the view. 12th floor ledge",
]

DATE_SET_CRISIS = [
    "after my exam results, whatever happens i'm not coming home",
    "got my tribunal friday. not coming back from it",
    "one way ticket booked, not getting a return ticket",
    "my flatmates are away all of easter. im going to use that",
    "mum's on nights from the 3rd. that's when",
    "husband takes the kids camping. it'll be saturday",
    "wait till my brother moves out so he isnt the one who finds me",
    "mums birthday is the 4th, i want to die the same day she did",
    "After the christening. I won't spoil it for them. then im done",
    "booked friday off so nobody will be expecting me till monday",
    "one last normal christmas with the kids first",
    "having a nice last week so far",
    "want the bills paid up so my partner isnt left short",
]

FAREWELLS_CRISIS = [
    "dont let dad blame himself",
    "when you read this, you were the best brother",
    "mum doesn't know it was the last visit",
    "told him not to open it until after im gone",
    "my son won't remember me, maybe that's for the best",
    "there won't be another birthday for me",
    "i told her i'm just decluttering. i'm not decluttering",
    "left my handover notes for after",
    "thanks for the numbers but i won't need them now",
    "won't be at next week's group or any after. thanks all",
    "its not stupid, its planned",
    "i'm ok tonight. tomorrow is another matter, my choice",
    "told my team i'm downsizing. downsizing to nothing",
    "cleaned the flat top to bottom, didn't want whoever comes after to find it a mess",
    "said goodbye to my dog today. he doesn't understand",
    "if a train hit me tomorrow i'd be relieved",
    "my last shift is friday, then i'm driving to beachy head",
    "buying paracetamol at three shops so nobody notices",
    "my counsellor thinks i'm better now. i didnt tell her why",
    "neighbour's having the dog, she thinks it's for a holiday",
    "my sister said what, are you dying or something? kind of",
    "handing my dad's watch to my son tomorrow. wanted to do it face to face before",
    "gave my guitar to my mate. thanks for all the laughs",
]

CALM_AND_SIGNS_CRISIS = [
    "i feel so much lighter now that its decided",
    "at peace now that i know when",
    "the relief of having a date is amazing",
    "not even worried about my mot on friday cos i wont be there",
    "my funeral playlist is done",
    "tying up loose ends. cancelled my phone contract",
    "did my will. no more loose ends, i can go anytime",
    "backed up the photos for my sister. deleted all my accounts",
    "found a new home for my cat. after that there's nobody relying on me",
    "oddly calm. nothing left on my list",
]

CRISIS = {
    "means_reason_denied": MEANS_REASON_DENIED_CRISIS,
    "right_now_in_passing": RIGHT_NOW_IN_PASSING_CRISIS,
    "date_set": DATE_SET_CRISIS,
    "farewells": FAREWELLS_CRISIS,
    "calm_and_signs": CALM_AND_SIGNS_CRISIS,
}

# Each new rule, and one crisis line it is the rule for.
NEW_RULE_EXAMPLES = {
    "en.suicidal.r14_means_reason_denied": "bought a new craft knife today. not for crafts",
    "en.suicidal.r14_means_rigged": "the hose from the garden fits the exhaust",
    "en.self_harm.r14_blade_kept_on_me": "keep a blade in my phone case now",
    "en.suicidal.r14_lethality_question": "does helium actually work",
    "en.immediate_danger.r14_right_now_in_passing": "engine's running in the garage, I'll be out there shortly",
    "en.abuse_now.r14_abuse_right_now": "He's got my hair in his fist while I'm typing this",
    "en.harm_to_others.r14_harm_other_rigged": "I've loosened the wheel nuts on his car",
    "en.suicidal.r14_date_set": "after the court hearing, i'm not coming home from it",
    "en.suicidal.r14_farewell_words": "Don't let mum blame herself",
    "en.suicidal.r14_half_answer": "he said what are you dying or something. sort of mate",
    "en.suicidal.r14_means_at_hand_extra": "bought the charcoal today. and a roll of tape.",
    "en.immediate_danger.r14_not_the_view": "sitting on the window ledge. ok it's not the view. 8th floor",
    "en.suicidal.r14_go_whenever": "no loose ends now, I can go whenever",
    "en.suicidal.r14_goodbye_pet": "said bye to the cat. she doesnt understand",
    "en.immediate_danger.r14_drank_poison": "i drank the weedkiller from the shed. it tastes awful",
    "en.suicidal.r14_kept_secret": "my therapist said I seem more settled. i just didn't tell her why",
    "en.suicidal.r14_cover_story": "sent my savings to my brother. said it's an early christmas present",
    "en.suicidal.r14_calm_decided": "I feel light now that it's settled",
    "en.suicidal.r14_sign_loose_ends": "Just tying up loose ends. Closed my bank account.",
    "en.suicidal.r14_sign_papers_signed": "sorted the will with the solicitor. said goodbye to everyone",
    "en.suicidal.r14_sign_left_for_them": "Backed up the photos for mum. Deleted all my accounts.",
    "en.suicidal.r14_sign_gave_it_all": "gave my tools to the lad next door. thanks for everything",
    "en.suicidal.r14_sign_before_unsaid": "giving nan's ring to my cousin tomorrow. wanted to hand it over in person before",
    "en.suicidal.r14_sign_pet_placed": "found a lovely family for Biscuit. after that there's nobody relying on me",
    "en.suicidal.r14_sign_nobody_needs_me": "rehomed my dog. there's nobody relying on me now",
    "en.suicidal.r14_sign_list_done": "I'm oddly at peace. Nothing left on the list.",
    "en.suicidal.r14_sign_oddly_calm": "I'm oddly at peace. Nothing left on the list.",
    "en.suicidal.r14_sign_thanks_for_everything": "gave my tools to the lad next door. cheers for the chats",
}

# --- safe twins, by class -------------------------------------------------------------------------

MEANS_FOR_ITS_USE_SAFE = [
    "bought a new craft knife today for my scrapbooking, so excited",
    "got a craft knife for crafts with the kids, any parenting groups in york?",
    "put a hook in the beam for my hanging plant",
    "screwed a hook into the ceiling beam for the baby bouncer",
    "bought a hose for the garden, finally sorting the veg patch",
    "shop man asked what the hose was for and I said the garden, he threw in a nozzle",
    "charcoal for the bbq on saturday, who's coming",
    "the beam in the loft is solid, the surveyor said so",
    "the garage fitted the exhaust pipe, car sounds great",
    "my tablets are all in one dosette box now, so much easier",
    "helium for the balloons at my son's party, does it actually work in the cold?",
    "does paracetamol actually work for period pain?",
    "bought tape and boxes for moving house",
    "my dad's gun is locked in the cabinet for the shooting season",
]

RIGHT_NOW_BUT_ORDINARY_SAFE = [
    "engine's running, defrosting the car before work",
    "took all 14 of them like the doctor said, course finished",
    "sat on the bridge eating my lunch watching the ducks",
    "parked at the top of the cliffs right now watching the sunset",
    "the barber had a razor at my neck and i sneezed",
    "my toddler has got my hair in his fist lol, teething",
    "loosened the wheel nuts on his car to change the flat tyre",
    "drank the tea then sprayed weedkiller on the patio",
    "bought new blades for my razor, legs are smooth",
    "im letting go of the past, therapy is helping",
]

DATES_THAT_ARE_ORDINARY_SAFE = [
    "not booking a return flight because I'm moving to Spain",
    "kids go to their dad's for two weeks, i'll miss them so much",
    "one last normal week before the baby arrives",
    "a good last week of term so far",
    "want the rent paid first so my flatmate isn't left short while I'm travelling",
    "after the party i'm not coming home, staying at my mate's",
    "As soon as the house sale completes we're moving to Portugal",
]

FAREWELLS_THAT_ARE_ORDINARY_SAFE = [
    "tying up loose ends before my new job starts",
    "handover notes done for my maternity leave",
    "thanks for the list but I won't need it now, found a group through my GP",
    "won't be at Thursday's meeting or any after because I'm switching to the online group",
    "finished the funeral playlist for nan, the service is thursday",
    "my mum won't remember me when i visit, maybe that's for the best, she has dementia",
    "said bye to the cat before my holiday, she doesn't understand why I'm packing",
    "nan didn't know it was the last time I'd see her before she passed",
    "told her not to open the card till her birthday",
    "don't let mum blame herself for nan's fall, it wasn't her fault",
    "there won't be a christmas for me this year, I'm working in A&E",
    "gave my sister my old jeans, decluttering before the move",
    "deep cleaned the flat for the end of tenancy inspection, didn't want the landlord to find it in a state",
    "feel so much lighter now that it's settled, we got the flat!",
    "the relief of having a date for my surgery is unreal",
    "calm after therapy today, feel lighter now",
    "buying the christmas presents bit by bit so nobody notices",
    "found a lovely family for the kittens on a rehoming page",
    "know the train times at the level crossing by heart, my son loves watching them",
    "taking the kids to beachy head on saturday for a walk",
]

SAFE = {
    "means_for_its_use": MEANS_FOR_ITS_USE_SAFE,
    "right_now_but_ordinary": RIGHT_NOW_BUT_ORDINARY_SAFE,
    "dates_that_are_ordinary": DATES_THAT_ARE_ORDINARY_SAFE,
    "farewells_that_are_ordinary": FAREWELLS_THAT_ARE_ORDINARY_SAFE,
}

# The learned model alone alarms on these twins (it did before this round too); the new rules,
# with their guards, must stay quiet on them.
MODEL_ALONE_SAFE_TWINS = [
    "engine's running in the garage to warm it up, door's open",
    "hanging onto the railing on the ferry, it's so windy",
    "parents are away all of august, im going to use that time to revise",
    "booked Monday off so nobody will be expecting me till Tuesday, long weekend in Wales!",
    "after the exams, then i'm done with uni forever, cant wait",
    "nothing left on the list, christmas shopping done, oddly calm",
]


# --- stories --------------------------------------------------------------------------------------


def test_person_whose_craft_knife_is_not_for_crafts_gets_emergency_help() -> None:
    assert_caught_by_rules("bought a new craft knife today. not for crafts")


def test_parent_buying_a_craft_knife_for_the_kids_crafts_gets_groups() -> None:
    assert_gets_groups("got a craft knife for crafts with the kids, any parenting groups in york?")


def test_widower_with_the_engine_running_in_the_garage_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "Grief group for widowers please, Sheffield area. Engine's running in the garage, "
        "I'll be out there shortly, but my son might want the details."
    )


def test_driver_defrosting_the_car_gets_groups() -> None:
    assert_gets_groups("engine's running, defrosting the car before work")


def test_person_who_will_not_come_home_from_the_hearing_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "after the court hearing on monday, whatever happens, i'm not coming home from it"
    )


def test_grandchild_who_made_nans_funeral_playlist_gets_groups() -> None:
    assert_gets_groups("finished the funeral playlist for nan, the service is thursday")


def test_person_light_now_that_it_is_settled_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "no more panic. no more crying. I just feel sort of light now that it's settled."
    )


def test_person_back_to_starving_after_recovery_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "starved for 4 days now after 2 years recovered. dizzy, fell on the stairs."
    )


# --- families -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", family_cases(CRISIS))
def test_person_in_danger_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE))
def test_ordinary_means_dates_and_farewells_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize(("rule", "text"), sorted(NEW_RULE_EXAMPLES.items()))
def test_each_new_rule_is_named_for_its_example(rule: str, text: str) -> None:
    assert rule in firing_rules(text), (rule, firing_rules(text))
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", MODEL_ALONE_SAFE_TWINS)
def test_no_rule_fires_on_an_ordinary_twin_the_model_alone_doubts(text: str) -> None:
    assert not firing_rules(text), firing_rules(text)
