"""Warning signs: one alone is ordinary, two different ones in a message hand off.

People preparing to die rarely say so. They say goodbye, give the cat away, mention a day after
which things won't matter. Each of those is something many people say for ordinary reasons, so
the screen counts them (frame "sign" in the lexicons) and hands off at the second different one.
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules, screen

# Each line holds two different warning signs, often in two sentences.
SIGNS_CRISIS = [
    "I found a new home for my dog on Tuesday. I won't be around past the weekend.",
    "Left a letter for my mum under her pillow. Now I'm only waiting for everyone to be asleep.",
    "Cleared out my room so there's less for my parents to deal with after. Nothing left to sort.",
    "I've been visiting my friends one last time this month without them realising.",
    "I've saved up my sleeping pills since March. I feel calm for the first time in years.",
    "Standing at the edge of the platform at Euston. Everything is ready for tonight.",
    "Got a rope from the hardware shop. They'd all be better off without me.",
    "Sitting on the window ledge, 11th floor. Said my goodbyes to everyone earlier.",
    "There are 3 boxes of paracetamol under my bed. I've made up my mind.",
    "Scheduled an email to go out to my sister at 9 am tomorrow. She'll understand when she reads it.",
    "My passwords are on the table for my wife. I won't need any of it after Friday.",
    "I know where my dad keeps the key to his gun cabinet. Nobody knows what I'm planning.",
    "Deleted my instagram and all my photos. It's my last weekend, honestly.",
    "My family think I'm just tired. I know exactly how many I need to take.",
]

# One sign alone, or two explained by an ordinary reason: a list of groups is the right answer.
SIGNS_NOT_CRISIS = [
    "I said goodbye to my colleagues today, it was my last day at work before I retire. "
    "Any groups for retired men in Leeds?",
    "We're moving to Spain, so I gave away most of my books and said bye to the neighbours.",
    "I rehomed my dog because my new flat doesn't allow pets and I'm gutted. Any pet loss groups?",
    "I wrote a letter to my MP about mental health waiting lists. Any campaigning groups?",
    "Decluttering before the baby comes, gave away loads of clothes. Postnatal groups in Bath?",
    "I cancelled my gym membership, it was too expensive. Free groups for anxiety?",
    "I feel calm for the first time in years since I started the new meds. Any maintenance groups?",
    "I stood on the bridge at Clifton and took photos of the sunset, it helped my mood.",
    "Waiting for the bus to my first group meeting, nervous!",
    "My grandad made a will last month and it upset the whole family. Grief groups?",
]


@pytest.mark.parametrize("text", SIGNS_CRISIS)
def test_a_message_with_two_warning_signs_gets_the_handoff(text: str) -> None:
    assert screen(text).crisis, text


@pytest.mark.parametrize("text", SIGNS_NOT_CRISIS)
def test_one_warning_sign_or_an_ordinary_reason_gets_the_groups(text: str) -> None:
    assert not screen(text).crisis, (text, firing_rules(text))


def test_one_sign_alone_is_not_enough_and_a_second_different_one_is() -> None:
    goodbye = "I rang my gran one last time before her move."
    assert not screen(goodbye).crisis
    # The same sign twice is still one sign.
    assert not screen(goodbye + " Then I visited my uncle one final time.").crisis
    assert screen(goodbye + " I won't be around after Sunday.").crisis


def test_a_warning_sign_about_someone_else_does_not_count() -> None:
    text = "My brother gave away his guitar. He's moving to Canada after Sunday."
    assert not screen(text).crisis


def test_a_warning_sign_beside_a_stated_ordinary_reason_does_not_count() -> None:
    signs = "I rehomed my cat and cancelled my phone contract."
    assert screen(signs).crisis
    assert not screen("We're moving to Australia next month! " + signs).crisis


def test_another_languages_idiom_does_not_hide_a_warning_sign() -> None:
    # German idioms know "doku*" (a documentary); in Russian "документы" are papers set out.
    text = (
        "Сложила все документы на стол для сестры. "
        "Больше мне ничего не нужно будет после воскресенья."
    )
    assert screen(text).crisis


def test_a_pronoun_of_another_language_does_not_make_a_sign_someone_elses() -> None:
    # Spanish "he" is "I have"; read as English "he", it made these acts someone else's.
    assert screen("He cancelado el contrato del piso. He regalado mi guitarra.").crisis
    # An English "he" still does.
    assert not screen("He cancelled his lease. He gave away his guitar.").crisis
