"""Crisis screen, Russian, round 10: regional and oblique wording.

Crisis: going under the ice or freezing in the snow, a stove damper shut in a bathhouse, a beam
that will hold where nobody comes, a place scouted for height, a death staged as an accident,
pills poured out and terse "means. now." messages, "leaving the game" of life, relieving the
family of the burden of me, a child who swallowed pills, someone else on the edge now (gas, a
bridge, a roof), Ukrainian, Belarusian and surzhyk abuse, cutting and threats, a weapon already
packed, a baby or a pet about to be hurt, a self-burn with a household object, a passport taken
by an employer, hurt after a jump.
Safe: the same objects and words in ordinary life (a kitchen knife, a boss who "will kill me",
a roof climbed for a chore, blood given at a clinic, a weekend away, the window as a joke, a
goodbye to a job or a team, a quote from someone in one's care, fear of death).
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# Part A. Crisis families, in the words people type.
UNDER_THE_ICE_CRISIS: list[str] = [
    "выйду на лёд водохранилища и пойду, пока не провалюсь",
    "пойду по тонкому льду ночью одна до середины, чтоб провалиться",
    "на какой глубине подо льдом уже точно не спасут",
    "сколько надо пролежать в сугробе, чтобы уснуть и не проснуться",
    "как быстро человек захлебнется в ледяной воде",
    "лёд на речке ещё не встал. хочу выйти прогуляться на середину ночью одна",
]
STOVE_AND_BEAM_CRISIS: list[str] = [
    "протоплю баньку, прикрою заслонку пораньше и лягу спать",
    "закрою задвижку в печке и затоплю, и всё",
    "как угореть в бане насмерть, чтоб тихо",
    "в гараже крюк под потолком выдержит, никто туда до лета не зайдет",
    "балка в бане крепкая, никто не помешает",
    "выбрала число, когда родители уедут на дачу, на чердаке",
    "уеду в деревню, там в сарае перекладина надёжная. до весны ни души не будет",
]
PLACE_AND_STAGED_ACCIDENT_CRISIS: list[str] = [
    "погуглила, где в городе крыши повыше и открыты",
    "с десятого этажа точно насмерть или выживают?",
    "врежусь завтра в отбойник на трассе, чтобы выглядело как несчастный случай",
    "сделаю так, чтоб подумали, что это случайно, таблетки и ванна",
    "какую артерию перерезать, чтоб наверняка",
    "как резануть, чтоб не спасли",
]
MEANS_IN_HAND_AND_TERSE_CRISIS: list[str] = [
    "колёса уже высыпала на стол, перед собой",
    "выдавила весь блистер снотворное в ладонь",
    "снотворное. всё. сегодня.",
    "бритва. вены. щас.",
    "не ем пятый день нарочно, в глазах темнеет, и я не остановлюсь",
]
LEAVING_THE_GAME_OF_LIFE_CRISIS: list[str] = [
    "ухожу из этого мира, не ищите",
    "это последняя глава моей истории, и она закончится сегодня ночью",
    "попрощалась со всеми, кто мне дорог. теперь можно",
    "финита ля комедия. всем пока",
    "я на последней странице своей книги, конец будет сегодня ночью",
    "выпиливаюсь из чата. и не только. из всего",
]
BURDEN_AND_BELARUSIAN_FAREWELL_CRISIS: list[str] = [
    "решил освободить детей от себя, так им будет легче",
    "приняла решение избавить родных от этого бремени",
    "Прабач мяне, мама. Больш не магу.",
    "Вибачте мене всі. Більше не можу.",
]
SOMEONE_ELSE_IN_DANGER_NOW_CRISIS: list[str] = [
    "дочка наглоталась моих снотворных, сколько не знаю",
    "внук выпил жидкость для мытья окон, плачет",
    "дед включил все конфорки и говорит, что так лучше, запах уже в подъезде",
    "подруга позвонила с крыши, попрощалась и не берёт трубку",
    "брат заперся в ванной и не открывает, вчера говорил что не хочет жить",
    "дочь 15 лет стоит на краю крыши пятиэтажки, я еду, что делать",
    "прыгнула с моста, выбралась, очень холодно, я одна",
]
SURZHYK_ABUSE_AND_HARM_CRISIS: list[str] = [
    "тато знову п'яний, лупить маму, ми з сестрою ховаємося в шафі",
    "отчим опять нажрался и бьёт, я закрылась в туалете",
    "айчым выпіў і зноў б'е маці",
    "знову порізала руку, кров не зупиняється",
    "дык зноў хочацца парэзацца, лязо ляжыць побач",
    "сейчас пойду и зарежу его, нож с собой",
    "поквитаюсь с ним вечером, бита уже в багажнике, лежит в машине",
    "щас выброшу этого кота из окна, достал, держите меня",
    "хочется встряхнуть его со всей силы, чтобы замолчал",
    "вчера опять прижигала руку сигаретой и хочется ещё",
    "бригадир отобрал паспорта, заперли нас в общаге и не платят",
    "хозяин забрал у нас документы и не выпускает с участка, вчера избил",
]

UKRAINIAN_BELARUSIAN_AND_FOLK_CRISIS: list[str] = [
    "сёння ўначы скончу з сабой",
    "покінчу з собою, як всі заснуть",
    "повішуся в гаражі, мені все одно",
    "хлопець мене душив, боюся йти додому",
    "чоловік мене лупить, діти плачуть",
    "уйду в тайгу зимой без одежды, чтоб замёрзнуть",
    "выскочу на трассе под камаз, решено",
    "сыграю в ящик сегодня ночью, сама",
]

CRISIS_FAMILIES = {
    "under_the_ice": UNDER_THE_ICE_CRISIS,
    "stove_and_beam": STOVE_AND_BEAM_CRISIS,
    "place_and_staged_accident": PLACE_AND_STAGED_ACCIDENT_CRISIS,
    "means_in_hand_and_terse": MEANS_IN_HAND_AND_TERSE_CRISIS,
    "leaving_the_game_of_life": LEAVING_THE_GAME_OF_LIFE_CRISIS,
    "burden_and_belarusian_farewell": BURDEN_AND_BELARUSIAN_FAREWELL_CRISIS,
    "someone_else_in_danger_now": SOMEONE_ELSE_IN_DANGER_NOW_CRISIS,
    "surzhyk_abuse_and_harm": SURZHYK_ABUSE_AND_HARM_CRISIS,
    "ukrainian_belarusian_and_folk": UKRAINIAN_BELARUSIAN_AND_FOLK_CRISIS,
}

# Part B. The same objects and words in ordinary life.
KITCHEN_AND_HYPERBOLE_SAFE: list[str] = [
    "вечно режусь тёркой, когда тру морковку, есть нормальные перчатки?",
    "порезалась об бумагу, болит хуже чем ножом",
    "мама меня убьёт за двойку по химии, она ещё не знает",
    "шеф меня завтра уроет за этот проект, а я ещё не начинал",
    "пристрелите меня, опять отключили свет на весь день",
    "если ещё раз включат эту рекламу, выйду в окно ахах",
    "ещё одно совещание и я выпрыгну из окна лол",
    "тону в отчётах, квартальный конец, кто тоже бухгалтер?",
]
CHORES_AND_CLINIC_SAFE: list[str] = [
    "муж полез на крышу сбросить снег, стою внизу нервничаю",
    "сдала кровь из вены натощак, голова кружится, это нормально?",
    "маму прооперировали, была большая потеря крови, врачи говорят стабильна",
    "хочу пропасть на пару дней, выключить телефон и отоспаться",
    "ребёнок проглотил одну таблетку витамина D, это опасно?",
    "люблю фоткать электрички, часами стою у путей с камерой",
    "перед тем как топить баню, всегда открываю вьюшку, меня так дед учил",
    "как угореть не боитесь? у нас в деревне печка, страшно за детей",
]
GOODBYES_AND_QUOTES_SAFE: list[str] = [
    "последний рабочий день в компании, спасибо всем, прощайте, ребята!",
    "Пишу прощальную речь коллегам, ухожу на пенсию после сорока лет",
    "последняя смена в больнице, прощаюсь с коллегами, переезжаю к дочке",
    "финита ля комедия, сериал закончился, всем пока до следующего сезона",
    "один из учеников после контрольной сказал «лучше бы я умер», как реагировать?",
    "дедушка, за которым я ухаживаю, постоянно повторяет «скорее бы помереть»",
    "в комментах какой-то парень написал «меня скоро не будет», куда пожаловаться?",
    "брат сказал «если Спартак вылетит, прыгну с моста», Спартак вылетел, брат смотрит сериалы",
    "сын написал «хочу сдохнуть», когда проиграл катку в доту",
    "как отличить, это про суицид или просто усталость у подростка?",
    "ищу группу для тех, кто пережил попытку самоубийства близкого",
    "у меня страх смерти, панические атаки по ночам, есть группы?",
    "прыгнул с гаража в детстве и сломал ногу, с тех пор боюсь высоты",
]
SURZHYK_AND_FOLK_SAFE: list[str] = [
    "та я щас повішусь з цими звітами, шутка, є групи по вигоранню?",
    "покончу з курінням з понеділка, тримайте кулаки",
    "полезу под машину, посмотрю, что там стучит",
    "уеду в горы насовсем, буду жить в деревне и пасти коз",
    "уйду в лес за грибами на весь день, телефон не ловит",
    "кошки с девятого этажа выживают? наш кот упал с балкона",
    "муж выпил пива, я с детьми в комнате смотрю мультики",
    "лёд ещё тонкий, можно провалиться, не ходите на рыбалку",
    "затоплю печку, закрою вьюшку, когда прогорит, и лягу спать",
]

SAFE_FAMILIES = {
    "kitchen_and_hyperbole": KITCHEN_AND_HYPERBOLE_SAFE,
    "chores_and_clinic": CHORES_AND_CLINIC_SAFE,
    "goodbyes_and_quotes": GOODBYES_AND_QUOTES_SAFE,
    "surzhyk_and_folk": SURZHYK_AND_FOLK_SAFE,
}


@pytest.mark.parametrize("text", family_cases(CRISIS_FAMILIES))
def test_person_using_regional_or_oblique_wording_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE_FAMILIES))
def test_same_objects_and_words_in_ordinary_life_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", UNDER_THE_ICE_CRISIS)
def test_person_walking_out_onto_thin_ice_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SURZHYK_ABUSE_AND_HARM_CRISIS[:3])
def test_child_hiding_from_a_drunk_father_in_surzhyk_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


def test_stove_damper_shut_on_purpose_gets_help_but_opened_safely_gets_groups() -> None:
    assert_caught_by_rules("закрою вьюшку и растоплю печь, лягу и всё")
    assert_gets_groups("перед тем как топить баню, всегда открываю вьюшку, меня так дед учил")


def test_child_who_swallowed_a_blister_gets_help_but_one_vitamin_gets_groups() -> None:
    assert_caught_by_rules("малыш сгрыз таблетки из блистера, блистер пустой")
    assert_gets_groups("ребёнок проглотил одну таблетку глицина, это опасно?")


def test_person_using_a_ukrainian_or_belarusian_word_for_ending_it_gets_emergency_help() -> None:
    assert_caught_by_rules("вирішила: покінчу з собою сьогодні")


def test_exasperation_about_renovation_in_surzhyk_gets_groups() -> None:
    assert_gets_groups(
        "та я щас повішусь з цим ремонтом, шутка, але є групи для тих, хто в стресі?"
    )


def test_goodbye_to_colleagues_on_moving_gets_groups() -> None:
    assert_gets_groups("сегодня последний день в офисе, спасибо всем и прощайте! уезжаю в Казань")


def test_coach_quoting_a_boy_after_a_lost_match_gets_groups() -> None:
    assert_gets_groups("один из мальчишек после матча крикнул «лучше бы я сдох»")
