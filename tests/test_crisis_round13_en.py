"""Round 13, English: false alarms by class, and their crisis twins. Metaphors of suicide about
sport, money, politics, games and plants; hyperbole over a trivial trigger ("one more Teams call
and I'm jumping out the window"); a past dated by an age, a school year or a year, with today's
life as the contrast; someone else, now in care; professionals and shops asking how to respond;
ordinary uses of means and farewell words (helium for balloons, charcoal for the bbq, a last
message in a chat before switching apps).

Crisis lines must be caught by the RULES (not only the model); safe lines must get groups."""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# --- crisis, by class -----------------------------------------------------------------------------

ABOUT_MYSELF_NOT_THE_MATCH_CRISIS = [
    "after that match i feel suicidal, i can't go on",
    "im going to kill myself over the debt tonight",
    "i'm a nurse and i want to die",
    "i've eaten nothing for days and i want to die",
]

LAUGH_THEN_A_PLAN_CRISIS = [
    "lol im fine. the rope's in my bag, tonight",
    "one more night like this and i'll end it",
    "another night like last night and i'm going to kill myself",
    "if he hits me again i'll kill myself",
    "one more meeting with him and i'm going to kill myself, i mean it",
    "if the wifi drops again i'll hang myself, not joking",
    "the train was late again and i'm going to throw myself in front of the next one tonight",
    "i'm going to throw myself off the nearest bridge tonight",
    "kill me now, he found the pills",
    "i'll kill myself if my dog dies",
]

PAST_BUT_BACK_CRISIS = [
    "at 15 i wanted to jump off that bridge and now the feeling is back, tonight i'm going",
    "in 2016 i gave all my stuff away and planned everything. now im doing it again",
    "when i was 17 i wrote goodbye letters and now i've written new ones",
    "i wrote goodbye letters last night",
    "two years since my last relapse but i cut again tonight",
    "cut myself last night again",
]

SOMEONE_ELSE_IN_DANGER_NOW_CRISIS = [
    "my friend just told me she took the pills",
    "my sister was discharged today after an overdose and she's taken more pills now",
    "just found a noose in my son's room",
    "my best friend says she is going to kill herself tonight",
    "a friend told me last month she'd been thinking about suicide, now she says she's going to do it tonight",
    "what do i do, someone just took an overdose in front of me",
]

MEANS_WITH_INTENT_CRISIS = [
    "i bought a helium tank and a bag, i'm done",
    "ordered a helium tank and it's not for any party",
    "i've got the charcoal and tape for the car, tonight's the night",
    "this is my last message here because im leaving this world, goodbye chat",
    "i'm buying rope today to hang myself",
    "how many pills would be lethal",
]

CRISIS = {
    "about_myself_not_the_match": ABOUT_MYSELF_NOT_THE_MATCH_CRISIS,
    "laugh_then_a_plan": LAUGH_THEN_A_PLAN_CRISIS,
    "past_but_back": PAST_BUT_BACK_CRISIS,
    "someone_else_in_danger_now": SOMEONE_ELSE_IN_DANGER_NOW_CRISIS,
    "means_with_intent": MEANS_WITH_INTENT_CRISIS,
}

# Each new rule, and one crisis line it is the rule for.
NEW_RULE_EXAMPLES = {
    "en.suicidal.r13_one_more_like_this": "one more night like this and i'll end it",
}

# --- safe, by class -------------------------------------------------------------------------------

METAPHOR_SAFE = [
    "that back pass was defensive suicide, how does a pro do that 🤦‍♂️",
    "our keeper committed suicide by coming off his line like that. 3-0 down at half time",
    "the back four committed suicide with that high line, 4-0 at the break",
    "that substitution was tactical suicide tbh",
    "coach made us run suicides for 40 mins, my legs are dead",
    "pe teacher made us do suicides till we nearly threw up",
    "running suicides on the court for an hour, my calves are gone",
    "Economists say the new tariffs are economic suicide. Heard it on the radio this morning.",
    "the chancellor's budget is economic suicide according to every paper",
    "my basil plants all commit suicide the moment i look at them",
    "my crypto portfolio killed itself overnight lol",
    "our carry suicided into five of them again, gg",
]

HYPERBOLE_SAFE = [
    "one more Teams call and I'm jumping out the window 😂",
    "one more zoom call and i'm walking into the sea",
    "if I have to fill in one more spreadsheet I'm walking into the sea 🌊😩",
    'if I hear "per my last email" one more time I\'m walking into the sea 🌊🙃',
    "if i get one more reply all email today im jumping out the window lol",
    "another teams meeting that could have been an email, throwing myself out the window 😂",
    "I'll hang myself with my own lanyard if this conference runs over again 🙃 jk jk",
    "i'll kill myself if the wifi drops again kkkk",
    'the self checkout said "unexpected item in bagging area" six times. I\'m going to throw myself off the nearest trolley 😂',
    "im going to throw myself off the nearest sofa if my flatmate sings that song again",
    "if the 8:12 is cancelled again I'm lying down on the tracks in protest lmao 🚆 (southern rail users support group when)",
    "kill me now, my toddler has found the glitter",
    "kill me now, my toddler got into the glitter again",
    "eaten so much over christmas I want to die 🥴",
    "eaten too much cheese at my nans, i want to die 😂",
    "i want to die, my crush saw me in my pyjamas",
    "gonna overdose on pumpkin spice lattes this autumn no regrets 🎃☕",
    "gonna OD on mince pies and christmas films this weekend",
    "writing farewell letters to all my plants because I'm going on holiday and my flatmate can't keep anything alive 🪴😂",
    "writing goodbye letters to my colleagues cos i start a new job monday",
    "left my laptop on the train. if it doesn't turn up tell my mum I loved her 💀 (my dissertation's on it)",
]

PAST_AND_OVER_SAFE = [
    "at 15 I'd have joked about jumping off that bridge and meant it. I'm 29 now and I run across it every morning",
    "in 2016 I gave all my stuff away and planned everything. my brother found out and got me help. 8 years on and I'm a nurse. still here.",
    "in 2015 i gave everything away and planned it all. 9 years on, still here and happy",
    "I wrote goodbye letters when I was 17. I'm 34 now. Found them in a box this week and cried for that kid. She made it. Group for attempt survivors?",
    "I was that kid who wrote goodbye letters in year 10. Still have them in a box. Now I'm 40 and a youth worker. Looking for training groups.",
    "when i was 16 i wrote goodbye letters. now im 30, married and doing well",
    "at 14 id have said i wanted to die every day, now im 35 and love my life",
    "My last attempt was before lockdown. Good team around me now, crisis plan, the lot. I'm safe. Just looking for a women's circle.",
    "my last attempt was before the pandemic, im doing well now",
    "I was suicidal all through my PhD. finished it, got out of academia, feel like a different person. any groups for recovering academics haha",
    "i was suicidal all through my masters, now im a lecturer and fine",
    "Used to get drunk and think about driving into a wall. Been teetotal since 2016. Looking for a men's group just for company.",
    "used to think about crashing the car on purpose. been in therapy since 2018",
    "Three years since my last relapse with self-harm. Celebrated with cake today 🎂 any groups for long term recovery?",
    "two years since my last relapse with self harm, celebrating today",
    "cut myself last in march 2019. i still count the days sometimes just for the pride of it. 1800ish now 💪",
    "cut myself last in june 2018, proud of how far ive come",
]

SOMEONE_ELSE_IN_CARE_SAFE = [
    "A friend told me last month she'd been thinking about suicide. She's in therapy now and doing well. How can I keep supporting her?",
    "a friend told me in march he'd been thinking about suicide, he's seeing someone now",
    "my colleague told me months ago she'd thought about ending it, she's much better now",
    "Mum was admitted in January after taking too many of her tablets. She's home with a care plan and much brighter now. Where can I find a carers' group?",
    "my son was hospitalised last year after taking too many pills, he's doing well now",
    "My partner was discharged from hospital last week after an overdose. He's under the crisis team. Is there a group for partners?",
    "my sister was discharged from the psych ward after an overdose, any groups for siblings?",
    "A teammate was hospitalised after an overdose last season. He's back training and doing well. Coaches want to know how to support him.",
    "boyfriend's on suicide watch at the hospital. i'm at home. i can't sleep. is there a group for partners of people in hospital",
    "my flatmate is on suicide watch in hospital, who supports the flatmates?",
    "last year we found a rope in my flatmate's room. he got help and he's fine now. the rest of us are still a bit shaken. group for that?",
    "dad lost his job and said he \"might as well be dead\" at tea last night. we talked for hours, he's got a GP appointment Monday and he's here with us. groups for men his age?",
    "grandad said he might as well be dead when the telly broke",
    "my best mate's brother took his own life in june. how do i help my mate, he won't talk about it",
    "my brother won't talk about it since his mate died",
    "flatmate told me she has a stash of tablets so i told her GP with her permission and they're sorted now. what groups can she join?",
]

PROFESSIONALS_SAFE = [
    "I manage a hardware shop. What should staff do if someone buying rope seems really distressed?",
    "i'm a pharmacist, what should i do if a customer buying paracetamol seems distressed?",
    "Support worker in a hostel. How should I respond if a resident tells me they've been saving their meds? Looking for training.",
    "I volunteer on a helpline. What do I say when someone asks me directly how many pills would be lethal? I want to handle it well.",
    "what do i say if a caller says they've got pills saved up? new samaritans volunteer",
    "how do we respond when a pupil tells us they're self harming? looking for training",
    "I'm a chaplain in a prison. What groups exist for prisoners after release who've self harmed inside?",
    "im a chaplain, what groups exist for inmates who self harm?",
    "I'm a hairdresser and clients tell me everything. One said she'd been thinking about dying but was seeing her GP. Is there training for people like me?",
    "student nurse, first suicide on placement today. i'm ok, just want to know if there's a debrief group for students",
    "student nurse here, had my first suicide on placement, want a debrief group",
]

ORDINARY_WORDS_SAFE = [
    "Bought a helium canister for the wedding arch and there's half left. Anyone in Leeds want it for a party?",
    "bought a helium tank for my daughter's 6th birthday balloons, any tips for not running out halfway? also parenting group near Bolton",
    "helium for the balloon arch at my sister's wedding, where do i get it",
    "Charcoal for the bbq, check. Burgers, check. Friends, check. Loneliness group? Not needed this weekend 😎",
    "got the charcoal on the barbecue, anyone want to come round",
    "bbq charcoal is so expensive now",
    "thank you all, this is my last message in this chat because I'm coming off the app, but I'll still be on discord",
    "this is my last message here because im switching to the whatsapp group",
    "Dad calls it his 'when I'm gone folder'. Insurance, pension, the lot. He's 79 and plays golf three times a week. We just roll our eyes.",
    "my nan calls it her when im gone folder, all her bills are in it",
]

DENIAL_SAFE = [
    "GP asked if I'd ever thought about ending it and I honestly said no. I just feel flat. Groups for low mood?",
    "my therapist asked if i ever thought about ending it and i honestly said no, just tired",
    "Let me say this first: I'm not going to kill myself. I've got too much to live for. But I'm exhausted caring for my wife.",
    "im not suicidal, ive got too much to live for, just stressed about work",
]

SAFE = {
    "metaphor": METAPHOR_SAFE,
    "hyperbole": HYPERBOLE_SAFE,
    "past_and_over": PAST_AND_OVER_SAFE,
    "someone_else_in_care": SOMEONE_ELSE_IN_CARE_SAFE,
    "professionals": PROFESSIONALS_SAFE,
    "ordinary_words": ORDINARY_WORDS_SAFE,
    "denial": DENIAL_SAFE,
}


# --- stories --------------------------------------------------------------------------------------


def test_office_worker_joking_about_one_more_teams_call_gets_groups() -> None:
    assert_gets_groups("one more Teams call today and I'm jumping out the window 😂😂")


def test_person_for_whom_one_more_night_like_this_is_too_much_gets_emergency_help() -> None:
    assert_caught_by_rules("one more night like this and i'll end it, i can't do it anymore")


def test_nurse_whose_goodbye_letters_are_twenty_years_old_gets_groups() -> None:
    assert_gets_groups(
        "I wrote goodbye letters when I was 17. I'm 34 now. Found them in a box this week "
        "and cried for that kid. She made it. Group for attempt survivors?"
    )


def test_partner_of_a_man_on_suicide_watch_gets_groups() -> None:
    assert_gets_groups(
        "boyfriend's on suicide watch at the hospital. i'm at home. i can't sleep. "
        "is there a group for partners of people in hospital"
    )


def test_parent_who_just_found_a_noose_gets_emergency_help() -> None:
    assert_caught_by_rules("just found a noose in my son's room")


def test_helium_bought_for_no_party_gets_emergency_help() -> None:
    assert_caught_by_rules("ordered a helium tank and it's not for any party")


# --- families -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", family_cases(CRISIS))
def test_person_in_danger_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE))
def test_metaphor_joke_past_care_work_or_ordinary_word_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize(("rule", "text"), sorted(NEW_RULE_EXAMPLES.items()))
def test_each_new_rule_is_named_for_its_example(rule: str, text: str) -> None:
    assert rule in firing_rules(text), (rule, firing_rules(text))
    assert_caught_by_rules(text)
