"""Round 7, English: recall gaps the unseen sets showed (doses of a named medicine, a joke then
the truth, standing at a drop described, someone else in danger now, a weapon just reached, harm
on the way, self-harm urges alone, veiled intent) and the hard safe lines the rules still fired on
(ordinary farewells, stated denials, idioms, carers quoting, disowned OCD thoughts, a relative who
self-harms, recovery, habitual hyperbole, ordinary ropes and guns, a parent's papers in order).

Crisis lines must be caught by the RULES (not only the model); safe lines must get groups."""

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# --- crisis, by family ---------------------------------------------------------------------------

DOSE_OF_A_NAMED_MEDICINE_CRISIS = [
    "how much amitryptiline would it take to kill me",
    "i've got about 45 lexapro put aside, would that be enough",
    "is 30 of my dads diazepam enough",
    "have stashed maybe 70 of my setraline over the winter, is that enough now",
    "would a whole box of co-codamol do the job",
    "what's the fatal dose of trazodone for a woman my size",
    "will 40 quetiapine be enough",
    "is a full packet of zolpidem enough to not wake up",
]

JOKE_OR_DENIAL_THEN_THE_TRUTH_CRISIS = [
    "haha relax I'm not suicidal 😂 ok fine yes. I've had a plan for weeks",
    "lol dont worry about me. that's a lie, the rope is in my wardrobe",
    "im fine honestly haha. who am i kidding, truth is i bought the pills on monday",
    "nah im good dw. ok actually yes i am",
]

STANDING_AT_A_DROP_NOW_CRISIS = [
    "been out on the balcony for an hour just looking down",
    "standing at the station, the next freight train comes through without stopping",
    "sat on the roof of the multi storey staring down at the concrete",
    "my feet are hanging over the edge of the bridge",
    "stood on the viaduct since midnight staring at the tracks",
]

SOMEONE_ELSE_IN_DANGER_NOW_CRISIS = [
    "my coworker climbed onto the window ledge and refuses to come back in",
    "my nan swallowed loads of her heart tablets, says she's had enough, she's getting drowsy",
    "my sister just texted 'goodbye, I took all my pills' and isn't answering",
]

WEAPON_JUST_REACHED_CRISIS = [
    "worked out the code to the safe where my stepdad keeps his shotgun",
    "i found the key for my grandads gun cabinet",
    "finally got my hands on my uncles pistol and nobody knows",
    "i know where my dad hides his gun now",
]

HARM_TO_OTHERS_ON_THE_WAY_CRISIS = [
    "omw to that prick's flat with a bat, tonight he pays",
    "heading to her house now with a knife, she's not getting away with it",
]

SELF_HARM_URGE_ALONE_CRISIS = [
    "gonna break open a disposable razor to get the blades out",
    "unscrewing the pencil sharpener so i can get the blade",
]

VEILED_INTENT_CRISIS = [
    "i won't be a burden to anyone for much longer",
    "would anybody even notice if i wasn't around",
    "I work on a ward, I know exactly which pills to take and how much, just waiting till my shift ends",
    "got a big life insurance policy this year, you know what I'm getting at",
    "going to my mums grave tonight and staying there with her forever",
    "manic again, no sleep, taking the car on the motorway to see if it'll hit 200",
    "gonna drive flat out tonight and not brake",
]

THREAT_AGAINST_THE_WRITER_QUOTED_CRISIS = [
    "my husband just said 'I'm going to kill you tonight' and locked the door",
    "my boyfriend said he'll kill me when he gets home and he's drinking",
]

# The guards widened this round must keep these: a threat from a relative, a client in danger now.
GUARDS_KEEP_A_DANGER_NOW_CRISIS = [
    "my mum says she'll kill me when she gets home, last time she hit me with a belt",
    "a patient told me he's going to kill me when he gets out",
    "my client just told me she took all her pills, what do I do",
    "my son says he is going to kill himself if he doesn't get help",
    "intrusive thoughts about jumping off the bridge and honestly I don't want to live anymore",
    "tired of life, nothing dramatic, going to take all my pills tonight",
    "since my last attempt nothing got better and tonight I'm doing it again",
    "the urges to cut are back tonight and i have the blade",
]

ALL_ROUND7_EN_CRISIS = (
    DOSE_OF_A_NAMED_MEDICINE_CRISIS
    + JOKE_OR_DENIAL_THEN_THE_TRUTH_CRISIS
    + STANDING_AT_A_DROP_NOW_CRISIS
    + SOMEONE_ELSE_IN_DANGER_NOW_CRISIS
    + WEAPON_JUST_REACHED_CRISIS
    + HARM_TO_OTHERS_ON_THE_WAY_CRISIS
    + SELF_HARM_URGE_ALONE_CRISIS
    + VEILED_INTENT_CRISIS
    + THREAT_AGAINST_THE_WRITER_QUOTED_CRISIS
    + GUARDS_KEEP_A_DANGER_NOW_CRISIS
)

# --- safe, by family -----------------------------------------------------------------------------

ORDINARY_FAREWELL_NOT_CRISIS = [
    "saying goodbye to you all, we're moving to Dublin in March. thanks for everything",
    "this is my last session with you because I'm changing to night shifts, bye all",
    "goodbye everyone, I got a new job up north so Wednesdays are out for me now",
    "saying my goodbyes to the Monday group, I've switched to the one closer to work",
]

STATED_DENIAL_NOT_CRISIS = [
    "I'm tired of life in the sense of exams, rent and my ex, nothing dramatic",
    "sick of everything, not in a dark way, just burnt out from work",
    "I'm tired of living like this but I want to live, I need a new routine",
    "not in the sense of wanting to die, more that I feel numb. any groups?",
    "I have no thoughts of suicide, I'm just very lonely since the move",
]

IDIOM_NOT_CRISIS = [
    "I nearly laughed myself to death at the panto",
    "we almost died laughing at his best man speech",
]

CARER_OR_PROFESSIONAL_QUOTING_NOT_CRISIS = [
    "volunteer on a helpline: how should I respond to someone who says they've got the tablets ready?",
    "As a youth worker I hear young people say they want to die. Any supervision groups for us?",
    "I'm a teacher, how do I answer a pupil who says he wants to kill himself after losing a match?",
]

DISOWNED_INTRUSIVE_THOUGHTS_NOT_CRISIS = [
    "intrusive thoughts about pushing a stranger onto the tracks, I'd never do it, it's my OCD",
    "intrusive images of jumping off the balcony, my therapist says it's OCD, looking for an ERP group",
    "I have OCD and get intrusive thoughts of stabbing my wife, they horrify me",
]

RELATIVE_WHO_SELF_HARMS_NOT_CRISIS = [
    "my son has been cutting, he's with CAMHS now, is there a parents group?",
    "my girlfriend self harms and I don't know how to help her, is there a partners group?",
]

RECOVERY_NOT_CRISIS = [
    "years ago I cut myself, now I'm 6 years clean and want to help run a peer group",
    "I stopped self harming in 2017 and I'd like to volunteer with teens",
    "eighteen months since my last self harm, pretty proud, is there a milestone group?",
    "the urges to cut have mostly gone since DBT, any alumni groups?",
    "I have no intent to hurt myself, I just miss my brother",
]

HABITUAL_HYPERBOLE_NOT_CRISIS = [
    "my manager always says 'I'll jump out the window' whenever the server goes down lol",
    "my bf says 'I'm gonna kill myself' every time his team loses haha",
    "my flatmate goes 'just shoot me' every time the wifi drops kkk",
    "my sister says 'I want to die' whenever she gets her exam results, she's fine",
    "my coworker said 'just shoot me now' when the meeting ran over lol",
    "I feel like a burden at work because I'm new and slow",
]

ORDINARY_OBJECTS_NOT_CRISIS = [
    "picked up a new rope today, it's for the dinghy",
    "dad keeps his rifle locked in a safe, I'd like to go hunting with him this autumn",
    "we stood on the bridge for an hour watching the fireworks",
    "is 2 ibuprofen enough for a bad headache?",
    "I have 30 sertraline left, is that enough until my next prescription?",
    "can you die from stopping benzodiazepines too quickly? my GP is tapering me",
    "the express goes straight through my station without stopping, so annoying, I change at Leeds",
    "been on the balcony a while looking down at the street party, it's lovely",
]

TRIVIAL_WOULD_KILL_ME_NOT_CRISIS = [
    "my big sister will actually murder me if she finds out I wore her boots",
    "i'm gonna strangle my flatmate, he ate my leftovers AGAIN",
    "my nephew says he's going to kill himself if he doesn't get a PS5 for christmas, he's 9",
    "Before anyone panics: I'm safe, nobody is hurting me, I just want a book club",
]

CARER_REPORTING_PAST_WORDS_NOT_CRISIS = [
    "Samaritans volunteer: a caller once said she had the tablets ready. that was months ago, "
    "is there a group for listeners?",
    "a client told us she took an overdose at 20, she's 45 and well. clinician peer group?",
    "my 15 year old was in hospital after a suicide attempt last year and is doing well now",
]

PARENTS_PAPERS_IN_ORDER_NOT_CRISIS = [
    "my father had put all his papers in order before he died of cancer last spring",
]

ALL_ROUND7_EN_NOT_CRISIS = (
    ORDINARY_FAREWELL_NOT_CRISIS
    + STATED_DENIAL_NOT_CRISIS
    + IDIOM_NOT_CRISIS
    + CARER_OR_PROFESSIONAL_QUOTING_NOT_CRISIS
    + DISOWNED_INTRUSIVE_THOUGHTS_NOT_CRISIS
    + RELATIVE_WHO_SELF_HARMS_NOT_CRISIS
    + RECOVERY_NOT_CRISIS
    + HABITUAL_HYPERBOLE_NOT_CRISIS
    + ORDINARY_OBJECTS_NOT_CRISIS
    + PARENTS_PAPERS_IN_ORDER_NOT_CRISIS
    + TRIVIAL_WOULD_KILL_ME_NOT_CRISIS
    + CARER_REPORTING_PAST_WORDS_NOT_CRISIS
)


def _caught_by_the_rules(text: str) -> None:
    assert_caught_by_rules(text)


def _gets_groups(text: str) -> None:
    assert_gets_groups(text)


# --- crisis stories ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", DOSE_OF_A_NAMED_MEDICINE_CRISIS)
def test_person_asking_how_many_pills_of_their_antidepressant_are_lethal_gets_emergency_help(
    text: str,
) -> None:
    _caught_by_the_rules(text)


@pytest.mark.parametrize("text", JOKE_OR_DENIAL_THEN_THE_TRUTH_CRISIS)
def test_person_who_jokes_they_are_fine_then_admits_a_plan_gets_emergency_help(text: str) -> None:
    _caught_by_the_rules(text)


@pytest.mark.parametrize("text", STANDING_AT_A_DROP_NOW_CRISIS)
def test_person_describing_standing_at_a_drop_or_the_tracks_gets_emergency_help(text: str) -> None:
    _caught_by_the_rules(text)


@pytest.mark.parametrize("text", SOMEONE_ELSE_IN_DANGER_NOW_CRISIS)
def test_person_whose_colleague_or_grandmother_is_in_danger_now_gets_emergency_help(
    text: str,
) -> None:
    _caught_by_the_rules(text)


@pytest.mark.parametrize("text", WEAPON_JUST_REACHED_CRISIS)
def test_person_who_just_got_access_to_a_family_gun_gets_emergency_help(text: str) -> None:
    _caught_by_the_rules(text)


@pytest.mark.parametrize("text", HARM_TO_OTHERS_ON_THE_WAY_CRISIS)
def test_person_on_the_way_to_hurt_someone_with_a_weapon_gets_emergency_help(text: str) -> None:
    _caught_by_the_rules(text)


@pytest.mark.parametrize("text", SELF_HARM_URGE_ALONE_CRISIS)
def test_person_taking_a_blade_out_of_a_sharpener_or_razor_gets_emergency_help(text: str) -> None:
    _caught_by_the_rules(text)


@pytest.mark.parametrize("text", VEILED_INTENT_CRISIS)
def test_person_hinting_they_will_not_be_around_gets_emergency_help(text: str) -> None:
    _caught_by_the_rules(text)


@pytest.mark.parametrize("text", THREAT_AGAINST_THE_WRITER_QUOTED_CRISIS)
def test_victim_quoting_a_partners_threat_to_kill_them_tonight_gets_emergency_help(
    text: str,
) -> None:
    _caught_by_the_rules(text)


# --- safe stories --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ORDINARY_FAREWELL_NOT_CRISIS)
def test_member_saying_goodbye_because_they_move_or_change_shifts_gets_groups(text: str) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", STATED_DENIAL_NOT_CRISIS)
def test_person_tired_of_life_in_an_ordinary_sense_who_says_so_gets_groups(text: str) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", IDIOM_NOT_CRISIS)
def test_person_who_nearly_laughed_to_death_gets_groups(text: str) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", CARER_OR_PROFESSIONAL_QUOTING_NOT_CRISIS)
def test_teacher_asking_how_to_answer_a_pupil_who_said_he_wants_to_die_gets_groups(
    text: str,
) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", DISOWNED_INTRUSIVE_THOUGHTS_NOT_CRISIS)
def test_person_with_ocd_describing_disowned_intrusive_thoughts_gets_groups(text: str) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", RELATIVE_WHO_SELF_HARMS_NOT_CRISIS)
def test_parent_or_partner_of_someone_who_self_harms_seeking_a_family_group_gets_groups(
    text: str,
) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", RECOVERY_NOT_CRISIS)
def test_person_years_past_self_harm_wanting_to_facilitate_gets_groups(text: str) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", HABITUAL_HYPERBOLE_NOT_CRISIS)
def test_person_quoting_a_bosss_habitual_hyperbole_gets_groups(text: str) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_OBJECTS_NOT_CRISIS)
def test_person_with_a_rope_for_the_boat_or_a_pharmacy_question_gets_groups(text: str) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", PARENTS_PAPERS_IN_ORDER_NOT_CRISIS)
def test_person_whose_late_father_had_put_his_papers_in_order_gets_groups(text: str) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", GUARDS_KEEP_A_DANGER_NOW_CRISIS)
def test_relative_threat_or_client_in_danger_now_still_gets_emergency_help(text: str) -> None:
    _caught_by_the_rules(text)


@pytest.mark.parametrize("text", TRIVIAL_WOULD_KILL_ME_NOT_CRISIS)
def test_sister_who_would_kill_me_over_her_boots_gets_groups(text: str) -> None:
    _gets_groups(text)


@pytest.mark.parametrize("text", CARER_REPORTING_PAST_WORDS_NOT_CRISIS)
def test_helpline_volunteer_remembering_a_callers_words_gets_groups(text: str) -> None:
    _gets_groups(text)


def test_there_are_at_least_thirty_examples_each_way() -> None:
    assert len(ALL_ROUND7_EN_CRISIS) >= 30
    assert len(ALL_ROUND7_EN_NOT_CRISIS) >= 30
