"""Round 8, English: recall gaps the unseen sets showed (a last thank-you with no reason given, a
passive wish to die in one's sleep, someone else who has taken something or is found now,
finality with preparations, a denial then a small retraction and a sign, wanting to join someone
who died, someone else's threat just made before they left, danger said in passing inside a group
request, questions about when a drop or a line is empty) and the hard safe lines the rules still
fired on (heat and embarrassment idioms, news and songs, non-lethal dose questions, grief after a
suicide, self-harm long behind, negations after the topic, professionals shaken by their work,
trivial threats about siblings, flatmates and pets, things that "want me dead").

Crisis lines must be caught by the RULES (not only the model); safe lines must get groups."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# --- crisis, by family ---------------------------------------------------------------------------

LAST_THANK_YOU_CRISIS = [
    "you lot were the only ones who ever really listened to me. thank you. take care",
    "thank you all, you meant so much to me. bye",
    "cheers for everything guys, you were the only people who cared. goodbye",
    "you guys mattered to me more than you know. thanks for everything x",
]

WISH_TO_DIE_IN_ONE_S_SLEEP_CRISIS = [
    "every night i lie there hoping my heart just gives out in my sleep",
    "i keep praying that tonight is the night i dont wake up",
    "honestly just want to go to sleep and never wake up again",
    "wish i could just die peacefully in my sleep",
]

SOMEONE_ELSE_HAS_TAKEN_SOMETHING_CRISIS = [
    "my grandad rang to say goodbye, said he'd taken everything he had, he lives two hours away",
    "found my dad slumped in his chair with empty packets of tablets next to him",
    "my auntie called and said she has taken what was needed and wants to sleep now",
    "my flatmate is unresponsive on her bed and there are empty blister packs on the floor",
    "my gran phoned and said she'd done what she needed to and not to worry, she lives alone in devon",
]

FINALITY_WITH_PREPARATIONS_CRISIS = [
    "tidied my room so my parents don't have to deal with it after i'm gone",
    "cleaned the whole flat and left the keys on the kitchen table",
    "scrubbed the place top to bottom so nobody has to deal with my mess afterwards",
    "it's my last night here, cleaned my room so mum won't have to",
]

DENIAL_THEN_A_RETRACTION_AND_A_SIGN_CRISIS = [
    "i'm not suicidal. well, a bit. i've looked up how many pills it would take",
    "no no im fine... ok maybe not. been standing on the bridge for an hour",
    "im not suicidal or anything, just tired. well, a little. sat on the car park roof all afternoon",
    "im fine haha... not really. been sitting by the tracks since midnight",
]

JOINING_SOMEONE_WHO_DIED_CRISIS = [
    "my wife died in june and i plan to join her before our anniversary",
    "i'll be with him again soon, i've made up my mind",
    "lost my boy last spring and i intend to be with him by christmas",
    "my husband passed and i'm ready to join him now",
]

SOMEONE_ELSE_THREATENED_AND_LEFT_CRISIS = [
    "my mate said he'd jump off the bridge and stormed out an hour ago",
    "my sister said she's going to end it all and ran out the door",
    "my boyfriend said he'd throw himself in front of a train and walked out 20 minutes ago",
    "my son texted that he's going to the viaduct and now his phone is off",
]

DANGER_IN_PASSING_IN_A_GROUP_REQUEST_CRISIS = [
    "any bipolar groups in cardiff? might not need one, i'm on the roof right now",
    "looking for an ocd group near york. doesn't matter much, i've got the pills in front of me",
]

WHEN_A_DROP_IS_EMPTY_CRISIS = [
    "what time is the multi storey roof deserted",
    "when are the tracks quiet so nobody can stop me",
    "when does the car park close, want to go up when nobody is there",
    "what time do the freight trains come through when there's no one around",
    "how often do security check the top floor of the car park at night",
]

# --- safe, by family -----------------------------------------------------------------------------

HEAT_AND_EMBARRASSMENT_IDIOMS_SAFE = [
    "it's 38 degrees, this heat is actually deadly, any indoor groups?",
    "i nearly died of shame when i waved at someone who wasn't waving at me",
    "boiling hot today, i'm dying out here",
    "wanted the floor to swallow me when my mic was on in the meeting 😂",
]

NEWS_SONGS_AND_FILMS_SAFE = [
    "the stabbing on the news really shook me up, can't sleep, is that normal",
    "that film about the school shooting wrecked me, still thinking about it",
    "a song about suicidal thoughts came on and it really moved me",
]

NON_LETHAL_DOSE_QUESTIONS_SAFE = [
    "can you overdose on melatonin? i take 10mg to sleep",
    "is a vitamin c overdose dangerous",
    "my elderly mum accidentally took her blood pressure tablets twice this morning, who do i ring",
    "whats the lethal dose of caffeine, i drink four energy drinks a day in exam season",
    "is it ok to have a few glasses of wine on lexapro at my cousin's wedding",
    "cut my chin open on the cupboard, it's bleeding a lot",
]

GRIEF_AFTER_A_SUICIDE_SAFE = [
    "my uncle took his own life last year and i'm looking for a suicide bereavement group in cardiff",
    "lost my brother to suicide in 2019, is there a support group for siblings",
]

SELF_HARM_LONG_BEHIND_SAFE = [
    "i cut myself all through my teens, stopped six years ago, looking for a bpd group",
    "self harmed for most of uni, haven't done it since 2018, looking for a dbt group",
    "five years clean from self harm today, want to volunteer as a peer mentor",
    "two years since my last attempt and i'm stable, any peer support groups?",
    "6 years clean from self harm today, i want to give back as a peer mentor",
]

NEGATION_AFTER_THE_TOPIC_SAFE = [
    "thoughts of hurting myself — none, I just want to find my people",
    "self harm - never, i'm just very anxious about uni",
    "i have never wanted to kill myself, i just hate my job",
    "hurting myself isn't something i'd do, i just feel flat",
    "any suicidal thoughts? no, just burnt out and want a group",
    "i have zero thoughts of ending my life, i'm just lonely",
]

PROFESSIONALS_SHAKEN_BY_THEIR_WORK_SAFE = [
    "paramedic here, we had a suicide call yesterday and it's stuck with me, groups for medics?",
    "train driver, had someone jump in front of my train last month, looking for support",
    "firefighter here, we pulled a guy out of the river who had jumped, can't stop thinking about it",
]

TRIVIAL_THREATS_SAFE = [
    "I'll kill my brother if he takes my charger again",
    "gonna murder my flatmate if she leaves her dishes in the sink one more time",
    "i'm going to kill my brother, he spoiled the finale",
    "i'll strangle my roommate if he plays that song again",
]

THINGS_THAT_WANT_ME_DEAD_SAFE = [
    "this spreadsheet wants me dead",
    "my smoke alarm is suicidal, beeping all night",
    "hangover from hell, someone kill me now",
]

CRISIS_FAMILIES = {
    "last_thank_you": LAST_THANK_YOU_CRISIS,
    "wish_to_die_in_sleep": WISH_TO_DIE_IN_ONE_S_SLEEP_CRISIS,
    "someone_else_has_taken_something": SOMEONE_ELSE_HAS_TAKEN_SOMETHING_CRISIS,
    "finality_with_preparations": FINALITY_WITH_PREPARATIONS_CRISIS,
    "denial_then_retraction": DENIAL_THEN_A_RETRACTION_AND_A_SIGN_CRISIS,
    "joining_someone_who_died": JOINING_SOMEONE_WHO_DIED_CRISIS,
    "someone_else_threatened_and_left": SOMEONE_ELSE_THREATENED_AND_LEFT_CRISIS,
    "danger_in_passing": DANGER_IN_PASSING_IN_A_GROUP_REQUEST_CRISIS,
    "when_a_drop_is_empty": WHEN_A_DROP_IS_EMPTY_CRISIS,
}

SAFE_FAMILIES = {
    "heat_and_embarrassment": HEAT_AND_EMBARRASSMENT_IDIOMS_SAFE,
    "news_songs_films": NEWS_SONGS_AND_FILMS_SAFE,
    "non_lethal_doses": NON_LETHAL_DOSE_QUESTIONS_SAFE,
    "grief_after_suicide": GRIEF_AFTER_A_SUICIDE_SAFE,
    "self_harm_long_behind": SELF_HARM_LONG_BEHIND_SAFE,
    "negation_after_topic": NEGATION_AFTER_THE_TOPIC_SAFE,
    "professionals": PROFESSIONALS_SHAKEN_BY_THEIR_WORK_SAFE,
    "trivial_threats": TRIVIAL_THREATS_SAFE,
    "things_that_want_me_dead": THINGS_THAT_WANT_ME_DEAD_SAFE,
}


@pytest.mark.parametrize("text", family_cases(CRISIS_FAMILIES))
def test_crisis_family_of_round_8_is_caught_by_the_rules(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE_FAMILIES))
def test_hard_safe_line_of_round_8_gets_groups(text: str) -> None:
    assert_gets_groups(text)


# --- stories, both ways --------------------------------------------------------------------------


def test_person_hoping_their_heart_stops_in_their_sleep_gets_emergency_help() -> None:
    assert_caught_by_rules("every night I lie in bed hoping my heart just stops while I'm asleep")


def test_person_thanking_everyone_then_saying_bye_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "you were the only ones who ever listened. thanks for everything. take care"
    )


def test_mum_found_with_empty_packets_and_slow_breathing_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "came home and mum is passed out on the sofa, empty blister packs everywhere, her breathing is really slow"
    )


def test_denial_taken_back_while_on_a_bridge_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "I'm not suicidal, just tired... well, a bit. I stared at the bridge all afternoon"
    )


def test_bereaved_parent_meaning_to_join_their_son_gets_emergency_help() -> None:
    assert_caught_by_rules("my son died in March and I mean to join him before Christmas")


def test_flatmate_who_threatened_the_metro_and_ran_out_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "my flatmate said he'd throw himself under the metro and ran out 10 minutes ago"
    )


def test_group_request_from_a_window_ledge_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "is there an ADHD group in Porto? maybe I won't even need it, I'm sitting in the 9th floor window with my legs hanging out"
    )


def test_paramedic_shaken_by_a_suicide_call_gets_groups() -> None:
    assert_gets_groups(
        "paramedic here, yesterday we had a suicide call, I can't get it out of my head, are there groups for medics?"
    )


def test_son_of_a_father_who_killed_himself_looking_for_a_loss_group_gets_groups() -> None:
    assert_gets_groups(
        "my father killed himself three years ago, looking for a bereaved-by-suicide group near Nantes"
    )


def test_sibling_threat_over_a_charger_gets_groups() -> None:
    assert_gets_groups("I'll kill my brother if he takes my charger again")


def test_past_self_harm_with_recovery_gets_groups() -> None:
    assert_gets_groups(
        "I cut myself all through my twenties, I stopped 4 years ago, looking for a BPD group"
    )


def test_tenant_handing_back_the_keys_is_not_read_as_a_farewell_by_the_rules() -> None:
    from conversations.crisis import firing_rules

    assert not firing_rules(
        "cleaned everything and left the keys on the table for the landlord, end of tenancy done"
    )


def test_self_harm_milestone_then_relapse_still_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "six months clean from self harm, but I cut again last night and want to do it again"
    )


def test_denial_to_someone_else_s_question_taken_back_still_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "my gp asked if i think about ending it, honestly no. well maybe sometimes"
    )


def test_milestone_then_trying_again_tonight_still_gets_emergency_help() -> None:
    assert_caught_by_rules("three years since my last attempt. tonight i'm going to try again")


def test_threat_against_the_writer_is_never_a_trivial_threat() -> None:
    assert_caught_by_rules("my dad said he's going to kill me if i tell anyone")
