"""A denial or a joke that the writer takes back ("haha I'm not suicidal ... ok actually I am")
no longer counts: the hit it discarded fires, or the learned model reads the message. Honest
denials that go on ("I'm not suicidal, actually I'm doing better") stay safe (*_retraction.toml)."""

from __future__ import annotations

import pytest

from conversations.crisis import screen

TAKEN_BACK: list[str] = [
    "haha don't worry im not suicidal lol. ok actually i am",
    "I'm not suicidal. Who am I kidding, I've been thinking about it all week",
    "im not going to kill myself lol jk. thats a lie, i bought the pills today",
    "keine sorge, bin nicht suizidal 😂 ok doch. ich denk jeden tag dran",
    "ich will nicht sterben. wem mach ich was vor",
    "je veux pas mourir lol. trêve de plaisanterie, j'ai les médocs",
    "jaja tranqui no me voy a tirar de ningún lado 😂... mentira",
    "no quiero morir jaja. bromas aparte, tengo las pastillas",
    "kkk relaxa, não vou me matar... mentira. vou sim",
    "не переживайте, я не хочу умирать)) ... вру. хочу",
    "ничего, я не думаю о суициде. кого я обманываю",
]

STILL_DENIED: list[str] = [
    "I'm not suicidal, actually I'm doing better, just lonely",
    "im not going to kill myself lol, i just need a group for stress",
    "ich bin nicht suizidal, eigentlich geht es mir besser",
    "je veux pas mourir, en fait je suis juste crevée",
    "No soy suicida, la verdad es que solo estoy cansada",
    "não quero morrer, na verdade só estou cansada",
    "я не хочу умирать, на самом деле просто устала",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_person_who_takes_back_a_joking_denial_gets_emergency_help(text: str) -> None:
    assert screen(text).crisis


@pytest.mark.parametrize("text", STILL_DENIED)
def test_person_whose_denial_goes_on_calmly_gets_groups(text: str) -> None:
    assert not screen(text).crisis
