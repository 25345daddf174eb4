"""A lasting recovery told in its own sentence: "I wanted to die every day. Therapy saved my
life." The recovery dates thoughts and self-harm told in the past tense elsewhere in the message,
in every language the screen reads. It never dates an overdose or a danger (they may be minutes
old), a thought told in the present, or anything when the message names a recent time or says it
is back; and "soon it will all be behind me" or "it's over" are farewells, not recoveries."""

from __future__ import annotations

import pytest

from conversations.crisis import read_rules, screen
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

SAFE_RECOVERY_IN_ANOTHER_SENTENCE = [
    "I tried to kill myself when I was younger. It's all behind me now. Any peer groups in Leeds?",
    "I used to cut my arms. I'm three years clean now and I'd like to help others.",
    "I wanted to die every single day. Therapy saved my life.",
    "I wanted to die. Today I'm doing much better, and I'd like a group.",
    "Ich wollte mich umbringen. Das liegt zum Glück lange hinter mir.",
    "Ich wollte sterben. Die Therapie hat mir das Leben gerettet.",
    "Ich wollte sterben. Heute geht es mir viel besser.",
    "Je voulais mourir tous les jours. La thérapie m'a sauvée.",
    "J'avais envie de mourir. Aujourd'hui je vais beaucoup mieux.",
    "J'ai voulu mourir. Je m'en suis sortie.",
    "Quería morirme todos los días. La terapia me salvó.",
    "Quería morir. Hoy estoy mucho mejor.",
    "Eu me cortava todos os dias. Hoje estou bem.",
    "Eu queria morrer. Hoje estou muito melhor.",
    "Я резала себя. Сейчас у меня всё хорошо.",
    "Я хотела умереть. Сейчас у меня всё хорошо.",
    # "That was years ago" dates the sentence before it, and a bare topic too.
    "I wanted to kill myself after the divorce. That was five years ago. Now I run a dads group.",
    "Suicidal thoughts. That was years ago. Looking for a walking group.",
    "Ich wollte mich nach der Scheidung umbringen. Das war vor fünf Jahren.",
    "Je voulais me tuer après le divorce. C'était il y a cinq ans.",
    "Quería matarme después del divorcio. Eso fue hace cinco años.",
    "Eu queria me matar depois do divórcio. Isso foi há cinco anos.",
    "Я хотел покончить с собой после развода. Это было пять лет назад.",
]

CRISIS_THAT_A_RECOVERY_DOES_NOT_DATE = [
    # A danger or an overdose told in the past tense may be minutes old.
    "I took all my pills. I'm doing much better now.",
    # Told in the present.
    "I want to die. Therapy helped me before.",
    # A recent time, or "it is back", anywhere in the message.
    "I wanted to die. It's all behind me now. But yesterday I cut again.",
    "Quería morirme. La terapia me salvó, pero anoche volví a cortarme.",
    "Я хотела умереть. Это в прошлом, но вчера я снова порезалась.",
    "I wanted to kill myself. That was five years ago. But yesterday I bought rope.",
    "I want to kill myself. That was five years ago I first felt it.",
    # Farewells that sound like a recovery.
    "Ich wollte mich umbringen. Bald ist alles hinter mir.",
    "es ist vorbei. tschüss.",
]

CRISIS_NOT_A_RECOVERY = [
    # "Went out with an iron bar" is not "got through it".
    "j'ai tellement de rage que je vais frapper le premier qui me parle, je suis sorti avec une barre de fer",
    "Es ist vorbei. Ich verabschiede mich von diesem Leben.",
]


@pytest.mark.parametrize("text", SAFE_RECOVERY_IN_ANOTHER_SENTENCE)
def test_a_past_told_with_a_lasting_recovery_in_another_sentence_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", CRISIS_THAT_A_RECOVERY_DOES_NOT_DATE)
def test_a_recovery_does_not_date_a_danger_a_present_or_a_recent_time(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_NOT_A_RECOVERY)
def test_words_that_only_look_like_a_recovery_still_hand_off(text: str) -> None:
    assert screen(text).crisis, f"{text!r} should hand off"


def test_a_lasting_recovery_asks_the_model_to_be_as_sure_as_against_a_guard() -> None:
    recovered = "I went through a very dark time when I could not see myself living. That is all behind me now."
    reading = read_rules(recovered)
    assert reading.guarded and not reading.fired and not reading.firm
    assert not screen(recovered).crisis


def test_a_recovery_with_a_recent_time_leaves_the_model_its_usual_threshold() -> None:
    back = (
        "J'ai traversé une période très sombre. C'est derrière moi, mais hier soir tout est revenu."
    )
    assert not read_rules(back).guarded
