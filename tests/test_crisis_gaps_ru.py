"""Russian crisis screen, recall gaps: kinds of crisis message that slipped past the rules in
messages from people the team never saw, each next to the same objects and words used safely.

The crisis examples must be caught by the lexicon rules themselves (not only by the model).
"""

from __future__ import annotations

import pytest

from conversations.crisis import screen
from tests.crisis_rounds import assert_caught_by_rules

# 1. An overdose already taken, told with a count or an amount.
OVERDOSE_TAKEN_CRISIS: list[str] = [
    "проглотила где-то 30 таблеток антидепрессантов",
    "запил бутылкой водки все свои таблетки",
    "запила коньяком целую горсть колес",
    "сожрала пачку феназепама и запила вином",
    "закинулся всем блистером анальгина",
    "выпила целый блистер феназепама",
    "съела штук 15 таблеток снотворного",
]
USUAL_DOSE_NOT_CRISIS: list[str] = [
    "выпила две таблетки антидепрессанта утром, как назначил врач",
    "приняла 10 таблеток витамина D за неделю",
    "выпила свою обычную дозу снотворного и легла спать",
    "запила таблетку от головы водой",
    "запил таблетки соком, так можно?",
    "пью свои антидепрессанты уже полгода, ищу группу поддержки",
]

# 2. A means made ready, then a goodbye or an apology.
MEANS_READIED_GOODBYE_CRISIS: list[str] = [
    "таблетки отсчитаны, спасибо за все",
    "ствол заряжен. простите меня",
    "веревка привязана. всем пока",
    "таблетки разложены на столе. спасибо за всё",
    "приготовила таблетки. люблю вас, простите",
    "наточил нож. не поминайте лихом",
]
MEANS_READIED_ERRAND_NOT_CRISIS: list[str] = [
    "наточил ножи на кухне, спасибо за совет",
    "зарядил телефон, всем пока, ушел на работу",
    "таблетки отсчитала на неделю в таблетницу, спасибо за всё",
    "веревку привязала к лодке, всем пока, уплываем",
]

# 3. Holding or sitting with the means right now.
HOLDING_MEANS_CRISIS: list[str] = [
    "уже давно держу лезвие в руке",
    "сижу на полу в ванной с ножом",
    "я держу нож и не могу его отпустить",
    "кручу в руках бритву и думаю",
    "сижу одна в темноте с ножом",
    "держу пистолет уже минут 20",
    "стою на балконе с таблетками в руке",
]
HOLDING_TOOLS_NOT_CRISIS: list[str] = [
    "держу нож правильно? учусь резать лук",
    "сижу на кухне с ножом, режу салат",
    "стою на балконе с сигаретой",
]

# 4. Someone else took something and does not wake up or respond.
SOMEONE_WONT_WAKE_CRISIS: list[str] = [
    "мама что-то выпила и не просыпается, что делать",
    "папа что-то принял и не просыпается",
    "бабушка наглоталась своих таблеток, не могу ее разбудить",
    "муж выпил какие-то таблетки и без сознания",
    "подруга выпила пачку снотворного и не реагирует",
]
SOMEONE_ASLEEP_NOT_CRISIS: list[str] = [
    "мама приняла лекарство и уснула",
    "муж выпил пива и крепко спит",
    "бабушка проглотила таблетку не запив, что делать",
]

# 5. Someone else on a roof, a ledge, a bridge or a window, about to jump now.
SOMEONE_ABOUT_TO_JUMP_CRISIS: list[str] = [
    "брат стоит на крыше и хочет прыгнуть",
    "подруга сидит на подоконнике и говорит что прыгнет",
    "сестра стоит на крыше и говорит что прыгнет",
    "сын на мосту, грозится спрыгнуть прямо сейчас",
]
SOMEONE_UP_HIGH_NOT_CRISIS: list[str] = [
    "кровельщик на крыше, чинит водосток",
    "соседский кот сидит на крыше и не может слезть",
    "рабочие на крыше соседнего дома кладут черепицу",
    "дочка сидит на подоконнике и читает книгу",
]

# 6. Someone else just cut themselves on purpose and is bleeding.
SOMEONE_CUT_THEMSELVES_CRISIS: list[str] = [
    "дочь только что сказала что порезала вены, кругом кровь",
    "сын порезал себе руки, очень много крови",
    "дочка порезала себе вены, кровь не останавливается",
    "брат порезал себе руки, кровь везде",
    "дочь порезала себе палец специально, много крови",
]
PLAIN_INJURY_NOT_CRISIS: list[str] = [
    "сын порезал палец, когда чистил картошку, перевязали, всё хорошо",
    "сын порезал палец когда готовил, много крови, как перевязать",
    "я порезала палец ножом, кровь не останавливается, что делать",
]

# 7. A denial, then a chosen date or a plan.
DENIAL_THEN_PLAN_CRISIS: list[str] = [
    "я не суицидник, просто уже выбрала дату",
    "я не хочу умирать, просто у меня есть план если к выходным не станет лучше",
    "я не суицидница, просто уже назначила дату",
    "не переживайте, я не суицидальная, просто знаю когда",
    "ничего такого, просто у меня есть план если ничего не изменится",
    "я не собираюсь ничего с собой делать, просто выбрал день",
]
DENIAL_WITH_ORDINARY_PLAN_NOT_CRISIS: list[str] = [
    "я не суицидница, просто уже выбрала дату свадьбы",
    "не волнуйтесь, я не суицидальная, мы назначили дату переезда",
    "мы назначили дату операции у врача, я не суицидник просто переживаю",
    "я не суицидник, просто у меня есть план на неделю",
]

# 8. An old or dependent person abused by a relative, now.
ELDER_ABUSED_CRISIS: list[str] = [
    "сын забирает мою пенсию и толкает меня, мне 80 лет и я боюсь в своей квартире",
    "дочь отбирает у меня пенсию и бьет, мне 82, боюсь ее",
    "внук забирает мою пенсию, толкает и кричит, я в своей квартире боюсь",
    "невестка снимает мою пенсию с карты и запирает меня в комнате",
    "сын меня толкает и отбирает деньги каждый месяц, мне 79",
]
RELATIVE_HELPS_NOT_CRISIS: list[str] = [
    "сын забирает мою пенсию, чтобы оплатить коммуналку, мне так удобнее",
    "внук помогает мне снимать пенсию с карты",
    "дочь отбирает у меня телефон по вечерам",
    "сын забирает у меня пульт от телевизора и смеется",
]
STRANGER_PUSHED_NOT_CRISIS: list[str] = [
    "старик на остановке толкнул меня",
    "в автобусе толкнул меня какой-то мужик",
]


def _stays_safe(text: str) -> None:
    assert not screen(text).crisis, f"{text!r} should get groups, not a hand-off"


@pytest.mark.parametrize("text", OVERDOSE_TAKEN_CRISIS)
def test_person_who_swallowed_a_counted_overdose_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", USUAL_DOSE_NOT_CRISIS)
def test_person_who_took_their_usual_dose_gets_groups(text: str) -> None:
    _stays_safe(text)


@pytest.mark.parametrize("text", MEANS_READIED_GOODBYE_CRISIS)
def test_person_who_readied_the_means_and_says_goodbye_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", MEANS_READIED_ERRAND_NOT_CRISIS)
def test_person_who_readied_a_tool_for_an_errand_gets_groups(text: str) -> None:
    _stays_safe(text)


@pytest.mark.parametrize("text", HOLDING_MEANS_CRISIS)
def test_person_holding_the_means_right_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", HOLDING_TOOLS_NOT_CRISIS)
def test_person_holding_a_kitchen_knife_or_cigarette_gets_groups(text: str) -> None:
    _stays_safe(text)


@pytest.mark.parametrize("text", SOMEONE_WONT_WAKE_CRISIS)
def test_relative_who_took_something_and_wont_wake_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SOMEONE_ASLEEP_NOT_CRISIS)
def test_relative_asleep_after_their_medicine_gets_groups(text: str) -> None:
    _stays_safe(text)


@pytest.mark.parametrize("text", SOMEONE_ABOUT_TO_JUMP_CRISIS)
def test_someone_on_a_roof_about_to_jump_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SOMEONE_UP_HIGH_NOT_CRISIS)
def test_roofer_or_cat_on_a_roof_gets_groups(text: str) -> None:
    _stays_safe(text)


@pytest.mark.parametrize("text", SOMEONE_CUT_THEMSELVES_CRISIS)
def test_parent_of_a_child_bleeding_from_self_harm_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", PLAIN_INJURY_NOT_CRISIS)
def test_parent_of_a_child_with_a_kitchen_cut_gets_groups(text: str) -> None:
    _stays_safe(text)


@pytest.mark.parametrize("text", DENIAL_THEN_PLAN_CRISIS)
def test_person_who_denies_but_has_picked_a_date_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DENIAL_WITH_ORDINARY_PLAN_NOT_CRISIS)
def test_person_who_denies_and_plans_a_wedding_or_a_move_gets_groups(text: str) -> None:
    _stays_safe(text)


@pytest.mark.parametrize("text", ELDER_ABUSED_CRISIS)
def test_old_person_robbed_and_pushed_by_a_relative_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", RELATIVE_HELPS_NOT_CRISIS)
def test_old_person_whose_relative_handles_their_pension_gets_groups(text: str) -> None:
    _stays_safe(text)


@pytest.mark.parametrize("text", STRANGER_PUSHED_NOT_CRISIS)
def test_person_pushed_by_a_stranger_at_a_bus_stop_gets_groups(text: str) -> None:
    _stays_safe(text)
