"""Round 9, English: emergencies described rather than named. Someone else's body shows the
danger (won't wake, blue lips, foaming, slow breathing, gas behind a locked door, found hanging),
lethal means sought or bought with no reason given (a barbiturate, poison, pharmacies visited so
nobody asks, a knot "not for camping"), a gun at hand while alone, money and insurance as the
reason, words meant to be read afterwards, affairs wound up, reckless danger on purpose, a moment
chosen without naming the act, abuse or violence about to happen. The same objects and words in
ordinary use (a hunter's rifle for the season, poison for the mice, a sailing knot, a toddler's
long nap, a paramedic's shift, paying rent ahead of a holiday) must still get groups.

Crisis lines must be caught by the RULES (not only the model); safe lines must get groups."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# --- crisis, by family ---------------------------------------------------------------------------

SOMEONE_ELSE_UNRESPONSIVE_CRISIS = [
    "my mate wont wake up after the house party and his lips look blue",
    "my boyfriend isnt responding at all and his lips have gone purple",
    "my sister is foaming at the mouth and shaking, please help",
    "hes breathing really slowly and he wont respond when i shake him",
    "my dad wont wake up and his breathing sounds rattly",
    "my brother took a load of stuff, now hes making gurgling noises and wont wake",
]

GAS_OR_FUMES_CRISIS = [
    "my son has locked himself in his room and there's a strong smell of gas",
    "i can smell gas from the bathroom and my flatmate has locked the door and wont answer",
    "my husband is slumped in the car in the garage and the engine is still running",
    "my dad locked himself in the garage with the car running",
]

FOUND_HANGING_CRISIS = [
    "just found my brother hanging in the shed, i think he's still moving",
    "found him hanging from the banister what do i do",
]

MEANS_SOUGHT_CRISIS = [
    "where can i get nembutal in the uk",
    "anyone know a site that ships pentobarbital",
    "ordered sodium nitrite, it arrives on monday",
    "bought rat poison at the market this morning",
    "got some antifreeze today, enough for me",
    "went round three different chemists so nobody would ask questions",
    "how do you tie a strong knot - no, not for camping",
    "need a knot that will hold my weight",
]

GUN_AT_HAND_ALONE_CRISIS = [
    "grandad's hunting rifle is still in the house and im on my own here",
    "my husbands carbine is in the wardrobe and hes working away all week",
    "i know where dad keeps the shotgun and the shells, im home alone till sunday",
]

MONEY_AS_THE_REASON_CRISIS = [
    "honestly my wife would be better off with the insurance money than with me",
    "took out life insurance last month, at least the kids will get something",
    "without me there would be more money left for them",
    "if i wasnt around there would be more money for the family",
    "at least the payout would look after them",
    "at least my kids will get the insurance money",
]

WORDS_FOR_AFTER_CRISIS = [
    "please tell my son later it wasnt his fault",
    "make sure my little sister knows it wasnt her fault",
    "sis if you read this i love you, sorry its like this",
    "thanks for everything, take care guys. im off",
    "tell my daughter i always loved her",
]

AFFAIRS_WOUND_UP_CRISIS = [
    "paid the rent a month in advance, fed the fish and left a note",
    "made a list of who gets each of my things, its on the kitchen table",
    "sent my best friend my phone passcode and asked her to keep my plants",
]

RECKLESS_ON_PURPOSE_CRISIS = [
    "crossed the junction without looking yesterday, on purpose",
    "stepped out into the road on purpose last night",
    "if the plane crashes on the way home thats fine by me",
    "been walking along the edge of the platform when the trains come, its calmer",
    "whats the tallest building round here without a doorman? im not suicidal",
    "how do i get onto the roof of a car park without anyone stopping me",
]

MOMENT_CHOSEN_CRISIS = [
    "as soon as my son is asleep tonight",
    "when i fall asleep i hope every time that that's it",
    "every night i pray that this is it",
]

ABUSE_OR_VIOLENCE_NOW_CRISIS = [
    "my uncle is staying over again and when he does he comes into my room. im 12",
    "my coach wants me to stay alone with him after training again and im scared",
    "im so angry im about to hit my mother, i can barely hold back",
    "im this close to slapping my son right now, i need help",
]

# --- safe, by family -----------------------------------------------------------------------------

ORDINARY_BODY_AND_HOME_SAFE = [
    "my toddler wont wake up from her nap, is it normal to sleep three hours?",
    "my dog is foaming at the mouth after chewing a toad, do i need a vet",
    "paramedic here, last shift a patient's lips were blue and it stuck with me, any peer groups?",
    "my lips go blue when i swim in the sea lol",
    "there's a faint smell of gas near the cooker so i rang the gas board",
    "my son locked himself in his room after we argued about his phone, parenting groups?",
    "found my son hanging out with an older crowd, worried about him",
]

ORDINARY_MEANS_SAFE = [
    "what is nembutal used for by vets",
    "where can i buy sodium nitrite for curing bacon at home",
    "bought rat poison at the market for the mice in the shed",
    "we have rats in the garden so i got some rat poison",
    "how do i tie a proper knot for sailing",
    "topped up the antifreeze in the car this morning",
    "bought three packs of paracetamol because my migraines are back",
]

ORDINARY_GUN_SAFE = [
    "taking grandad's hunting rifle out for the season, need to clean it first",
    "my dad shoots clays and keeps his shotgun on his certificate",
    "im alone at home this weekend, is there a group on saturday?",
    "my rifle is locked in the gun safe, im on my own this weekend, any groups",
]

ORDINARY_MONEY_SAFE = [
    "how does life insurance work if you have kids",
    "took out insurance for the car last week, so expensive",
    "money is tight and my wife and i keep arguing, any couples groups",
]

ORDINARY_FAREWELLS_AND_ERRANDS_SAFE = [
    "thanks for everything, take care guys, im off to bed",
    "please tell my son later that dinner is in the oven",
    "sis if you read this call me about sunday lunch",
    "paid the rent a month ahead before the holiday, fed the fish and left the keys with a friend",
    "made a list of who gets what for the move, it's on the fridge",
    "sent my friend my door code so she can water my plants while im in spain",
]

ORDINARY_RISK_AND_TIMING_SAFE = [
    "crossed the road without looking and nearly got hit, so stupid of me",
    "crossed the road on purpose to avoid my ex",
    "im scared of flying, what if the plane crashes",
    "what's the tallest building in london, we're visiting for the views",
    "as soon as my son is asleep tonight ill join the online meeting",
    "when i fall asleep i get awful nightmares",
]

ORDINARY_FAMILY_SAFE = [
    "my uncle is staying over again, he snores so loudly",
    "my coach wants me to stay after training for extra drills",
    "so angry at my mother for reading my diary, need someone to talk to",
]


@pytest.mark.parametrize("text", SOMEONE_ELSE_UNRESPONSIVE_CRISIS)
def test_friend_who_will_not_wake_up_with_blue_lips_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", GAS_OR_FUMES_CRISIS)
def test_someone_locked_in_with_gas_or_exhaust_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", FOUND_HANGING_CRISIS)
def test_someone_found_hanging_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", MEANS_SOUGHT_CRISIS)
def test_lethal_means_sought_without_a_reason_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", GUN_AT_HAND_ALONE_CRISIS)
def test_gun_within_reach_while_alone_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", MONEY_AS_THE_REASON_CRISIS)
def test_insurance_or_money_as_the_reason_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", WORDS_FOR_AFTER_CRISIS)
def test_words_meant_to_be_read_afterwards_get_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", AFFAIRS_WOUND_UP_CRISIS)
def test_affairs_wound_up_get_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", RECKLESS_ON_PURPOSE_CRISIS)
def test_reckless_danger_on_purpose_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", MOMENT_CHOSEN_CRISIS)
def test_a_moment_chosen_without_naming_the_act_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", ABUSE_OR_VIOLENCE_NOW_CRISIS)
def test_abuse_or_violence_about_to_happen_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", ORDINARY_BODY_AND_HOME_SAFE)
def test_toddler_nap_pet_or_paramedic_shift_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_MEANS_SAFE)
def test_poison_for_pests_or_a_sailing_knot_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_GUN_SAFE)
def test_hunter_cleaning_a_rifle_for_the_season_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_MONEY_SAFE)
def test_ordinary_insurance_question_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_FAREWELLS_AND_ERRANDS_SAFE)
def test_paying_rent_ahead_before_a_holiday_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_RISK_AND_TIMING_SAFE)
def test_fear_of_flying_or_a_trip_to_a_tall_building_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_FAMILY_SAFE)
def test_ordinary_family_annoyance_gets_groups(text: str) -> None:
    assert_gets_groups(text)
