"""Someone asks about groups for people who want to die or who self-harm, then says it is them:
"Groups for people who want to kill themselves? That's me right now." The question alone is
about others and gets groups; with the writer in it, it hands off, in every language the screen
reads. A bereaved person who says "that's me", a parent asking for a child, or someone who runs
a group ("c'est moi qui anime") still gets groups."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

CRISIS_THE_WRITER_IS_ONE_OF_THEM = [
    "Groups for people who want to kill themselves? that's me right now",
    "Is there a group for people who self harm? asking for myself",
    "Is there a group for people who self harm? I'm one of them.",
    "any support for adults who think about suicide a lot, like me",
    "Gibt es Gruppen für Leute, die sich umbringen wollen? Das bin ich.",
    "wollte nur fragen ob es gruppen gibt für leute die sich umbringen wollen, weil das bin grad ich",
    "Gibt es was für Menschen, die sich ritzen? Ich bin eine davon.",
    "Y a-t-il des groupes pour les gens qui veulent mourir ? C'est moi.",
    "un groupe pour les personnes qui se scarifient ? je demande pour moi",
    "¿Hay grupos para personas que quieren suicidarse? Esa soy yo.",
    "¿algún grupo para gente que se corta? soy una de ellas",
    "Tem grupo para quem quer se matar? Essa sou eu.",
    "tem grupo pra pessoas que se cortam? pergunto por mim",
    "Есть группы для тех, кто хочет покончить с собой? Это я.",
    "есть ли группа для тех, кто режет себя? я одна из них",
]

SAFE_ABOUT_SOMEONE_ELSE_OR_THE_WRITERS_OWN_ROLE = [
    "Is there a group for people who want to kill themselves? My son is one of them.",
    "Is there a group for people who self harm? Asking for my daughter.",
    "Is there a group for people bereaved by suicide? That's me.",
    "Groups for people who self harm? I run one, that's my job",
    "Gibt es Gruppen für Leute, die sich umbringen wollen? Das bin ich nicht, es ist mein Bruder.",
    "Gibt es Gruppen für Hinterbliebene nach Suizid? Das bin ich.",
    "Y a-t-il des groupes pour les gens qui veulent mourir ? C'est moi qui anime un groupe.",
    "¿Hay grupos para personas que quieren suicidarse? Pregunto por mi hijo.",
    "Tem grupo para quem quer se matar? Pergunto pela minha irmã.",
    # Russian "for those who want to die" hands off on its own (a reviewed recall-first rule).
]


@pytest.mark.parametrize("text", CRISIS_THE_WRITER_IS_ONE_OF_THEM)
def test_a_writer_who_is_one_of_the_people_they_ask_about_is_handed_off(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_ABOUT_SOMEONE_ELSE_OR_THE_WRITERS_OWN_ROLE)
def test_a_question_about_others_or_from_their_carer_gets_groups(text: str) -> None:
    assert_gets_groups(text)
